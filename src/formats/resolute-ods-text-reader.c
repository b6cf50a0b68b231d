/* resolute-ods-text-reader.c — imports the ODS text rendition and text copied from UN PDFs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer runs in passes, each in its own file:
 *
 * 1. resolute-text-source: the bytes are checked and split into lines, and
 *    the form of the text is told (the ODS rendition or PDF text);
 * 2. resolute-ods-text-lines or resolute-pdf-text-lines: the lines become
 *    units, one per paragraph, and footnote texts; the masthead, heading
 *    and page furniture go to
 * 3. resolute-text-header, which sets the metadata;
 * 4. resolute-text-recognizer: the units become clauses, and
 *    resolute-text-marks finds where each footnote mark stands.
 *
 * Nothing is kept between calls; the cost is about linear in the text.
 */

#define G_LOG_DOMAIN "resolute-ods-text-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-document-private.h"
#include "resolute-error.h"
#include "resolute-ods-text-lines.h"
#include "resolute-ods-text-reader.h"
#include "resolute-pdf-text-lines.h"
#include "resolute-text-header.h"
#include "resolute-text-recognizer.h"
#include "resolute-text-source.h"
#include "resolute-text-units.h"

/* Lines looked at to tell the language by its authoring formula. */
#define LANGUAGE_SNIFF_LINES 400

static const ResoluteOrgan sniff_organs[] = {
  RESOLUTE_ORGAN_GENERAL_ASSEMBLY,
  RESOLUTE_ORGAN_SECURITY_COUNCIL,
  RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL,
  RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL,
};

static gboolean
is_formula_of (const ResoluteLanguage *language,
               const char             *text)
{
  gsize len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (sniff_organs); i++)
    {
      const char *formula = resolute_language_get_formula (language, sniff_organs[i]);
      gsize formula_len = strlen (formula);

      if (strcmp (text, formula) == 0
          || (formula_len > 1 && len == formula_len - 1 && strncmp (text, formula, len) == 0))
        return TRUE;
    }
  return FALSE;
}

/* The language of the text: the one whose authoring formula it uses. */
static const char *
detect_language (const ResoluteTextSource *source)
{
  static const char * const codes[] = { "eng", "fra", "spa" };

  for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
    {
      const ResoluteLanguage *language = resolute_language_get (codes[c]);

      if (strcmp (resolute_language_get_code (language), codes[c]) != 0)
        continue;
      for (guint i = 0; i < source->n_lines && i < LANGUAGE_SNIFF_LINES; i++)
        if (is_formula_of (language, source->lines[i].text))
          return codes[c];
    }

  return "eng";
}

/**
 * resolute_ods_text_reader_read:
 * @data: the text, UTF-8 (or UTF-16 with a byte order mark)
 * @warnings: (nullable) (element-type utf8): receives a "Line N: …" message
 *   for each line that could not be placed where it belongs
 * @error: a %RESOLUTE_ERROR_PARSE error when @data is empty, binary or not
 *   UTF-8, saying where
 *
 * Imports the ODS text rendition of a UN document (DESIGN.md §2), or the
 * text a user copies out of a UN PDF: lines are joined into paragraphs,
 * page furniture is dropped (what it says goes into the metadata), and each
 * footnote is attached where its mark stands.
 *
 * Returns: (transfer full) (nullable): the document.
 */
ResoluteDocument *
resolute_ods_text_reader_read (GBytes     *data,
                               GPtrArray  *warnings,
                               GError    **error)
{
  g_autoptr(ResoluteTextSource) source = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(ResoluteLabelScheme) scheme = NULL;
  g_autoptr(ResoluteTextBody) body = NULL;
  ResoluteTextHeader *header;
  const ResoluteLanguage *language;
  const char *code;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = resolute_text_source_new (data, warnings, error);
  if (source == NULL)
    return NULL;

  document = resolute_document_new ();
  _resolute_document_load_begin (document);

  code = detect_language (source);
  if (strcmp (code, "eng") != 0)
    resolute_document_set_field (document, RESOLUTE_FIELD_LANGUAGE, code, NULL);
  language = resolute_document_get_language (document);
  scheme = resolute_label_scheme_new (language);
  header = resolute_text_header_new (document, source->form, warnings);

  if (source->form == RESOLUTE_TEXT_FORM_ODS)
    body = resolute_ods_text_lines_read (source, header, language, scheme, warnings);
  else
    body = resolute_pdf_text_lines_read (source, header, language, scheme, warnings);

  resolute_text_recognizer_build (document, header, body, scheme,
                                  source->form == RESOLUTE_TEXT_FORM_PDF, warnings);
  resolute_text_header_finish (header);
  resolute_text_header_free (header);

  if (!_resolute_document_load_end (document, error))
    {
      g_prefix_error (error, _("The text could not be imported: "));
      return NULL;
    }

  return g_steal_pointer (&document);
}
