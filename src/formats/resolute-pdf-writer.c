/* resolute-pdf-writer.c — the final text as a PDF, laid out as the UN issues it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from the page layout (resolute-page-layout.c), drawn on a
 * Cairo PDF surface that writes into memory: the caller writes the bytes to
 * a file atomically, so a failed export leaves nothing behind. Cairo embeds
 * the fonts (subsets) and keeps the text extractable; the writer adds the
 * document information (title, subject, author, keywords), the bookmarks
 * of the preamble and operative paragraphs, the links of footnote marks and
 * cross-references, and the document language as the catalog's /Lang,
 * which Cairo 1.16 has no call for: it is inserted into the finished file
 * and the cross-reference table is shifted to match.
 */

#define G_LOG_DOMAIN "resolute-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "resolute-error.h"
#include "resolute-masthead.h"
#include "resolute-pdf-writer.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static const char *
field (ResoluteDocument *document,
       ResoluteField     which)
{
  const char *value = resolute_document_get_field (document, which);

  return value != NULL && *value != '\0' ? value : NULL;
}

static void
set_metadata (cairo_surface_t  *surface,
              ResoluteDocument *document)
{
  const char *symbol = field (document, RESOLUTE_FIELD_SYMBOL);
  const char *title = field (document, RESOLUTE_FIELD_TITLE);
  const char *issue = field (document, RESOLUTE_FIELD_ISSUE_DATE);
  g_autoptr(GPtrArray) heading = resolute_masthead_get_heading (document);
  g_autofree char *subject = NULL;
  const char *first = NULL;

  /* Title: the title (a Security Council resolution has none: its symbol) */
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  else if (symbol != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, symbol);

  /* Subject: "A/RES/68/160: Resolution adopted by the General Assembly on
   * 18 December 2013", or the sponsors line of a draft */
  for (guint i = 0; i < heading->len && first == NULL; i++)
    {
      ResoluteHeadingLine *line = g_ptr_array_index (heading, i);

      if (line->kind != RESOLUTE_HEADING_TITLE)
        first = line->text;
    }
  if (symbol != NULL && first != NULL)
    subject = g_strdup_printf ("%s: %s", symbol, first);
  else
    subject = g_strdup (symbol != NULL ? symbol : first);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  resolute_masthead_get_organ_name (document));
  if (symbol != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, symbol);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Resolute " PACKAGE_VERSION);

  /* the date of issue, not the time of export: the same document gives the
   * same file */
  if (issue != NULL && strlen (issue) == 10)
    {
      g_autofree char *date = g_strdup_printf ("%sT00:00:00Z", issue);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

/* Finds @needle in the @length bytes at @haystack, from the end. */
static const char *
find_last (const char *haystack,
           gsize       length,
           const char *needle)
{
  gsize n = strlen (needle);

  if (length < n)
    return NULL;
  for (gsize i = length - n + 1; i-- > 0;)
    if (memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

/* Adds "/Lang (en)" to the catalog of the PDF in @pdf and shifts the byte
 * offsets of the cross-reference table (Cairo writes a classic table, one
 * 20-byte line an object). Returns %FALSE, leaving @pdf as it was, when
 * the file does not have the expected shape. */
static gboolean
add_language (GByteArray *pdf,
              const char *tag)
{
  const char *data = (const char *) pdf->data;
  const char *catalog, *startxref, *xref, *entries;
  g_autofree char *insert = NULL;
  g_autofree char *startxref_text = NULL;
  g_autoptr(GString) out = NULL;
  guint64 xref_offset, n_objects, first_object;
  gsize at, delta;
  char *end = NULL;

  catalog = find_last (data, pdf->len, "/Type /Catalog");
  startxref = find_last (data, pdf->len, "startxref");
  if (catalog == NULL || startxref == NULL)
    return FALSE;

  xref_offset = g_ascii_strtoull (startxref + strlen ("startxref"), &end, 10);
  if (end == NULL || xref_offset >= pdf->len || data + xref_offset < catalog)
    return FALSE;
  xref = data + xref_offset;
  if (strncmp (xref, "xref", 4) != 0)
    return FALSE;

  /* "xref\n0 N\n" then N entries "oooooooooo ggggg n\n" */
  first_object = g_ascii_strtoull (xref + 4, &end, 10);
  if (end == NULL || first_object != 0)
    return FALSE;
  n_objects = g_ascii_strtoull (end, &end, 10);
  if (end == NULL || n_objects == 0 || n_objects > 10000000)
    return FALSE;
  while (*end == '\r' || *end == '\n' || *end == ' ')
    end++;
  entries = end;
  if ((gsize) (entries - data) + n_objects * 20 > pdf->len)
    return FALSE;

  insert = g_strdup_printf (" /Lang (%s)", tag);
  delta = strlen (insert);
  at = (catalog - data) + strlen ("/Type /Catalog");

  out = g_string_sized_new (pdf->len + delta + 16);
  g_string_append_len (out, data, at);
  g_string_append (out, insert);
  g_string_append_len (out, data + at, entries - (data + at));
  for (guint64 i = 0; i < n_objects; i++)
    {
      const char *entry = entries + i * 20;
      guint64 offset = g_ascii_strtoull (entry, NULL, 10);

      if (entry[17] == 'n' && offset > at)
        offset += delta;
      g_string_append_printf (out, "%010" G_GUINT64_FORMAT "%.10s", offset, entry + 10);
    }
  {
    const char *after = entries + n_objects * 20;

    g_string_append_len (out, after, startxref - after);
  }
  startxref_text = g_strdup_printf ("startxref\n%" G_GUINT64_FORMAT "\n%%%%EOF\n",
                                    (guint64) (xref_offset + delta));
  g_string_append (out, startxref_text);

  g_byte_array_set_size (pdf, 0);
  g_byte_array_append (pdf, (const guint8 *) out->str, out->len);
  return TRUE;
}

/**
 * resolute_pdf_writer_write_with_options:
 * @options: (nullable): paper size, QR code; %NULL for A4 without QR code
 *
 * Lays @document out and writes it as PDF.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error set
 * when the document is empty, no font can be found or Cairo fails.
 */
GBytes *
resolute_pdf_writer_write_with_options (ResoluteDocument                 *document,
                                        const ResolutePageLayoutOptions  *options,
                                        GError                          **error)
{
  g_autoptr(ResolutePageLayout) layout = NULL;
  g_autoptr(GByteArray) pdf = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = resolute_page_layout_new (document, options, error);
  if (layout == NULL)
    return NULL;

  resolute_page_layout_get_page_size (layout, &width, &height);
  pdf = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width, height);
  set_metadata (surface, document);

  cr = cairo_create (surface);
  for (guint i = 0, n = resolute_page_layout_get_n_pages (layout); i < n; i++)
    {
      resolute_page_layout_render_page (layout, cr, i);
      cairo_show_page (cr);
    }
  resolute_page_layout_add_outline (layout, surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (!add_language (pdf, resolute_language_get_tag (resolute_document_get_language (document))))
    g_debug ("the PDF does not have the expected shape; written without /Lang");

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/**
 * resolute_pdf_writer_write:
 *
 * Writes @document as an A4 PDF; see resolute_pdf_writer_write_with_options().
 *
 * Returns: (transfer full) (nullable): the PDF.
 */
GBytes *
resolute_pdf_writer_write (ResoluteDocument  *document,
                           GError           **error)
{
  return resolute_pdf_writer_write_with_options (document, NULL, error);
}
