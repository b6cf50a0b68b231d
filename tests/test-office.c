/* test-office.c — Word and OpenDocument files: what is written, round trips, hand-made files,
 * hostile containers, and LibreOffice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "resolute-docx-reader.h"
#include "resolute-docx-writer.h"
#include "resolute-error.h"
#include "resolute-file-format.h"
#include "resolute-odt-reader.h"
#include "resolute-odt-writer.h"
#include "resolute-ods-text-writer.h"
#include "resolute-template.h"
#include "resolute-test-support.h"
#include "resolute-zip-archive.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#define FIELD(document, name) resolute_document_get_field (document, RESOLUTE_FIELD_##name)

typedef enum
{
  FORMAT_DOCX,
  FORMAT_ODT,
} Format;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static GBytes *
write_format (ResoluteDocument *document,
              Format            format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = format == FORMAT_DOCX ? resolute_docx_writer_write (document, &error)
                                        : resolute_odt_writer_write (document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static ResoluteDocument *
read_format (GBytes    *bytes,
             Format     format,
             GPtrArray *warnings)
{
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document = format == FORMAT_DOCX
                                 ? resolute_docx_reader_read (bytes, warnings, &error)
                                 : resolute_odt_reader_read (bytes, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static xmlDocPtr
read_xml_part (GBytes     *container,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteZipReader) zip = resolute_zip_reader_new (container, "test file", &error);
  g_autoptr(GBytes) part = NULL;
  gsize size;
  const char *data;

  g_assert_no_error (error);
  part = resolute_zip_reader_read (zip, name, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (part, &size);
  return xmlReadMemory (data, size, name, "UTF-8", XML_PARSE_NONET);
}

static void
register_namespaces (xmlXPathContextPtr context)
{
  static const char * const namespaces[] = {
    "w", W_NS,
    "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "xlink", "http://www.w3.org/1999/xlink",
    "dc", "http://purl.org/dc/elements/1.1/",
    "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  };

  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i += 2)
    xmlXPathRegisterNs (context, (const xmlChar *) namespaces[i],
                        (const xmlChar *) namespaces[i + 1]);
}

/* The number XPath @expression gives on @part (count(…), or a node set's size). */
static double
xpath_number (GBytes     *container,
              const char *part,
              const char *expression)
{
  xmlDocPtr doc = read_xml_part (container, part);
  xmlXPathContextPtr context;
  xmlXPathObjectPtr result;
  double value;

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  register_namespaces (context);
  result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  g_assert_nonnull (result);
  if (result->type == XPATH_NODESET)
    value = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;
  else
    value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
  return value;
}

static char *
xpath_string (GBytes     *container,
              const char *part,
              const char *expression)
{
  xmlDocPtr doc = read_xml_part (container, part);
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *copy;

  register_namespaces (context);
  result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
  return copy;
}

/* The dump with clause and footnote ids replaced by their order of
 * appearance: ids are not kept by a round trip unless a bookmark holds them. */
static char *
dump_without_ids (ResoluteDocument *document)
{
  g_autofree char *dump = resolute_test_dump (document);
  g_autoptr(GRegex) regex = g_regex_new ("\\b[cn][0-9a-f]{8}\\b", 0, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);
  gint last = 0;

  g_regex_match (regex, dump, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *id = g_match_info_fetch (match, 0);
      gint start, end;
      const char *token;

      g_match_info_fetch_pos (match, 0, &start, &end);
      token = g_hash_table_lookup (seen, id);
      if (token == NULL)
        {
          char *fresh = g_strdup_printf ("%c#%u", id[0], g_hash_table_size (seen) + 1);

          g_hash_table_insert (seen, g_strdup (id), fresh);
          token = fresh;
        }
      g_string_append_len (out, dump + last, start - last);
      g_string_append (out, token);
      last = end;
      g_match_info_next (match, NULL);
    }
  g_string_append (out, dump + last);
  return g_string_free (out, FALSE);
}

static void
assert_same_dump (const char *actual,
                  const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) e = g_strsplit (expected, "\n", -1);

  for (guint i = 0; a[i] != NULL && e[i] != NULL; i++)
    if (strcmp (a[i], e[i]) != 0)
      {
        g_test_message ("dump line %u differs", i + 1);
        g_assert_cmpstr (a[i], ==, e[i]);
      }
  g_assert_cmpstr (actual, ==, expected);
}

/* Writes @document, reads it back: the same document, ids aside; and
 * writing what was read gives the same bytes. */
static void
assert_round_trip (ResoluteDocument *document,
                   Format            format)
{
  g_autoptr(GBytes) bytes = write_format (document, format);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) back = read_format (bytes, format, warnings);
  g_autoptr(GBytes) again = write_format (back, format);
  g_autofree char *expected = dump_without_ids (document);
  g_autofree char *actual = dump_without_ids (back);

  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 0);
  assert_same_dump (actual, expected);
  g_assert_true (g_bytes_equal (bytes, again));
}

static ResoluteClause *
add (ResoluteDocument   *document,
     ResoluteClauseKind  kind,
     guint               level,
     const char         *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text (text);
  ResoluteClause *clause;

  clause = resolute_document_insert_clause (document, resolute_document_get_n_clauses (document),
                                            kind, level, content, &error);
  g_assert_no_error (error);
  return clause;
}

static void
set (ResoluteDocument *document,
     ResoluteField     which,
     const char       *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (resolute_document_set_field (document, which, value, &error));
}

static guint
offset_after (ResoluteDocument *document,
              guint             position,
              const char       *needle)
{
  const char *text = resolute_inline_get_text (
    resolute_clause_get_content (resolute_document_get_clause (document, position)));
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return (guint) (found - text + strlen (needle));
}

static void
add_footnote (ResoluteDocument *document,
              guint             position,
              const char       *after,
              const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text (text);

  g_assert_nonnull (resolute_document_insert_footnote (document, position,
                                                       offset_after (document, position, after),
                                                       content, &error));
  g_assert_no_error (error);
}

static void
agenda (ResoluteDocument *document,
        const char       *number,
        const char       *title)
{
  g_autoptr(GPtrArray) items = NULL;

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_agenda_item_free);
  g_ptr_array_add (items, resolute_agenda_item_new (number, title));
  resolute_document_set_agenda_items (document, items);
}

/* A draft with every feature: sponsors (one who joined later) and a "*"
 * note, sub-paragraphs at every level, a closing text, footnotes (one with
 * italics, one cited twice), a cross-reference, an author's italics, an
 * annex with headings, numbered paragraphs and text. */
static ResoluteDocument *
make_full_draft (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(ResoluteInline) star = resolute_inline_new_from_text (
    "Reissued for technical reasons on 5 November 2025.");
  g_autoptr(ResoluteInline) note = resolute_inline_new_from_text (
    "See Official Records of the General Assembly, Eightieth Session.");
  g_autoptr(GError) error = NULL;
  ResoluteClause *target;
  ResoluteFootnote *footnote;

  resolute_document_set_id_seed (document, 7);
  resolute_document_set_kind (document, RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  resolute_document_set_distribution (document, RESOLUTE_DISTRIBUTION_LIMITED);
  set (document, RESOLUTE_FIELD_SYMBOL, "A/C.3/80/L.50");
  set (document, RESOLUTE_FIELD_TITLE, "Enhancement of international cooperation");
  set (document, RESOLUTE_FIELD_SESSION, "80");
  set (document, RESOLUTE_FIELD_ISSUE_DATE, "2025-11-01");
  set (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, "eng");
  set (document, RESOLUTE_FIELD_COMMITTEE, "Third Committee");
  set (document, RESOLUTE_FIELD_JOB_NUMBER, "25-54321 (E)");
  set (document, RESOLUTE_FIELD_NOTES, "Informal consultations on 3 November.");
  agenda (document, "71 (b)", "Promotion and protection of human rights");
  resolute_document_add_sponsor (document, "Albania", FALSE);
  resolute_document_add_sponsor (document, "Bosnia and Herzegovina", FALSE);
  resolute_document_add_sponsor (document, "Japan", TRUE);
  g_assert_nonnull (resolute_document_set_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS,
                                                     star, &error));

  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
       "Reaffirming its commitment to promoting international cooperation,");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Recalling also its resolutions, in particular:");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 1, "resolution 67/169 of 20 December 2012;");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 1, "resolution 68/160 of 18 December 2013,");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Reaffirms the importance of cooperation;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Calls upon States:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To cooperate, in particular:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "through dialogue;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "through assistance, including:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 3, "technical assistance, which covers:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "training;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "equipment;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 3, "financial assistance;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To report;");
  target = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
                "and to keep the question under review, as set out in ;");
  g_assert_true (resolute_document_set_clause_continuation (
    document, resolute_document_get_n_clauses (document) - 1, TRUE, &error));
  g_assert_no_error (error);
  (void) target;
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
       "Requests the Secretary-General to report, inter alia, on the matter.");

  /* "as set out in paragraph 1 above" in the continuation */
  target = resolute_document_get_clause (document, 4);
  g_assert_true (resolute_document_insert_cross_reference (
    document, 14, offset_after (document, 14, "set out in "), resolute_clause_get_id (target),
    RESOLUTE_CROSS_REF_DIRECTION, &error));
  g_assert_no_error (error);
  /* "inter alia" in italics, as the author set it */
  {
    guint start = offset_after (document, 15, "report, ");

    g_assert_true (resolute_document_set_emphasis (document, 15, start,
                                                   start + strlen ("inter alia"),
                                                   RESOLUTE_SPAN_ITALIC, TRUE, &error));
  }

  add_footnote (document, 0, "cooperation,", "Resolution 55/2.");
  footnote = resolute_document_insert_footnote (document, 4, offset_after (document, 4,
                                                                           "cooperation;"),
                                                note, &error);
  g_assert_no_error (error);
  /* the author's italics in a note */
  {
    const char *text = resolute_inline_get_text (resolute_footnote_get_content (footnote));
    guint start = strstr (text, "Official") - text;
    g_autoptr(ResoluteInline) content = NULL;

    content = resolute_inline_copy (resolute_footnote_get_content (footnote));

    resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, start,
                              start + strlen ("Official Records of the General Assembly"), NULL,
                              TRUE);
    g_assert_true (resolute_document_set_footnote_content (
      document, resolute_footnote_get_id (footnote), content, &error));
  }
  /* the same note cited again */
  g_assert_true (resolute_document_insert_note_ref (document, 15,
                                                    offset_after (document, 15, "matter."),
                                                    resolute_footnote_get_id (footnote), &error));
  g_assert_no_error (error);

  add (document, RESOLUTE_CLAUSE_ANNEX, 0, "Guidelines on cooperation");
  add (document, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, "These guidelines apply to every State.");
  add (document, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, "General provisions");
  g_assert_true (resolute_document_set_clause_heading_label (
    document, resolute_document_get_n_clauses (document) - 1, "I.", &error));
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "States shall cooperate.");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "States shall report:");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, "every year;");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, "in writing.");
  add (document, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, "Final provisions");
  g_assert_true (resolute_document_set_clause_heading_label (
    document, resolute_document_get_n_clauses (document) - 1, "Guideline 2", &error));
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "These guidelines take effect at once.");
  g_assert_no_error (error);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);

  return document;
}

/* An adopted resolution in French */
static ResoluteDocument *
make_french (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(GError) error = NULL;

  resolute_document_set_id_seed (document, 9);
  set (document, RESOLUTE_FIELD_LANGUAGE, "fra");
  set (document, RESOLUTE_FIELD_SYMBOL, "A/RES/68/160");
  set (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "68/160");
  set (document, RESOLUTE_FIELD_TITLE,
       "Renforcement de la coopération internationale dans le domaine des droits de l’homme");
  set (document, RESOLUTE_FIELD_SESSION, "68");
  set (document, RESOLUTE_FIELD_ISSUE_DATE, "2014-02-21");
  set (document, RESOLUTE_FIELD_ADOPTION_DATE, "2013-12-18");
  set (document, RESOLUTE_FIELD_MEETING, "70e séance plénière");
  set (document, RESOLUTE_FIELD_JOB_NUMBER, "13-44905 (F)");
  agenda (document, "69 b)", NULL);
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
       "Réaffirmant son attachement à la promotion de la coopération internationale,");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Rappelant sa résolution 67/169,");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Réaffirme que la coopération est essentielle :");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "au niveau national ;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "au niveau international ;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
       "Décide de poursuivre l’examen de la question à sa soixante-neuvième session.");
  add_footnote (document, 0, "internationale,", "A/CONF.157/24 (Part I), chap. III.");
  g_assert_true (resolute_document_check (document, &error));
  return document;
}

/* A Security Council resolution in Spanish (no title, so no "*" note on
 * it), with cross-references worded every way */
static ResoluteDocument *
make_council (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(GError) error = NULL;
  const char *preambular, *operative;

  resolute_document_set_id_seed (document, 11);
  set (document, RESOLUTE_FIELD_LANGUAGE, "spa");
  resolute_document_set_organ (document, RESOLUTE_ORGAN_SECURITY_COUNCIL);
  set (document, RESOLUTE_FIELD_SYMBOL, "S/RES/2118 (2013)");
  set (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "2118 (2013)");
  set (document, RESOLUTE_FIELD_ADOPTION_DATE, "2013-09-27");
  set (document, RESOLUTE_FIELD_ISSUE_DATE, "2013-09-27");
  set (document, RESOLUTE_FIELD_MEETING, "7038ª sesión");
  set (document, RESOLUTE_FIELD_JOB_NUMBER, "13-48826 (S)");
  preambular = resolute_clause_get_id (add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
                                            "Recordando sus resoluciones anteriores, "));
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decide:");
  operative = resolute_clause_get_id (add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "Actuar;"));
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
       "Decide seguir ocupándose activamente de la cuestión, según  y .");
  g_assert_true (resolute_document_insert_cross_reference (
    document, 3, offset_after (document, 3, "según "), preambular, RESOLUTE_CROSS_REF_PLAIN,
    &error));
  g_assert_true (resolute_document_insert_cross_reference (
    document, 3, offset_after (document, 3, " y "), operative, RESOLUTE_CROSS_REF_BARE, &error));
  g_assert_true (resolute_document_insert_cross_reference (
    document, 0, offset_after (document, 0, "anteriores, "), operative, RESOLUTE_CROSS_REF_PLAIN,
    &error));
  g_assert_no_error (error);
  g_assert_true (resolute_document_check (document, &error));
  return document;
}

/* An adopted resolution that names no meeting: the date of adoption alone
 * closes it */
static ResoluteDocument *
make_without_meeting (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(GError) error = NULL;

  resolute_document_set_id_seed (document, 17);
  set (document, RESOLUTE_FIELD_SYMBOL, "A/RES/80/12");
  set (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "80/12");
  set (document, RESOLUTE_FIELD_TITLE, "World Testing Day");
  set (document, RESOLUTE_FIELD_ADOPTION_DATE, "2025-12-01");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Recalling its resolution 79/1,");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides to proclaim 1 May World Testing Day.");
  add_footnote (document, 0, "79/1,", "Resolution 79/1.");
  g_assert_true (resolute_document_check (document, &error));
  return document;
}

static void
span_on (ResoluteInline   *content,
         ResoluteSpanKind  kind,
         const char       *words,
         const char       *value)
{
  const char *text = resolute_inline_get_text (content);
  const char *found = strstr (text, words);

  g_assert_nonnull (found);
  resolute_inline_set_span (content, kind, found - text, found - text + strlen (words), value,
                            TRUE);
}

/* References to other documents and tracked changes, in the text and in a
 * note */
static ResoluteDocument *
make_changes (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(ResoluteInline) first = resolute_inline_new_from_text (
    "Recalling its resolution 67/169 of 20 December 2012,");
  g_autoptr(ResoluteInline) second = resolute_inline_new_from_text (
    "Decides to act now and later, in good faith.");
  g_autoptr(ResoluteInline) note = resolute_inline_new_from_text ("See resolution 55/2.");
  g_autoptr(GError) error = NULL;

  resolute_document_set_id_seed (document, 13);
  resolute_document_set_kind (document, RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  resolute_document_set_distribution (document, RESOLUTE_DISTRIBUTION_LIMITED);
  set (document, RESOLUTE_FIELD_SYMBOL, "A/80/L.7");
  set (document, RESOLUTE_FIELD_TITLE, "Amended text");
  set (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, "eng");
  resolute_document_add_sponsor (document, "Chile", FALSE);
  span_on (first, RESOLUTE_SPAN_REFERENCE, "resolution 67/169 of 20 December 2012",
           "/akn/un/statement/deliberation/un-ga/2012-12-20/67-169");
  span_on (second, RESOLUTE_SPAN_INSERTION, "now ", "proposal-1");
  span_on (second, RESOLUTE_SPAN_DELETION, "and later", "proposal-2");
  span_on (note, RESOLUTE_SPAN_REFERENCE, "resolution 55/2",
           "/akn/un/statement/deliberation/un-ga/2000-09-08/55-2");
  g_assert_nonnull (resolute_document_insert_clause (document, 0, RESOLUTE_CLAUSE_PREAMBULAR, 0,
                                                     first, &error));
  g_assert_nonnull (resolute_document_insert_clause (document, 1, RESOLUTE_CLAUSE_OPERATIVE, 0,
                                                     second, &error));
  g_assert_nonnull (resolute_document_insert_footnote (document, 1,
                                                       offset_after (document, 1, "faith."),
                                                       note, &error));
  g_assert_no_error (error);
  return document;
}

/* ------------------------------------------------------------------------ */
/* What is written                                                          */

static void
test_docx_structure (void)
{
  g_autoptr(ResoluteDocument) document = make_full_draft ();
  g_autoptr(GBytes) bytes = write_format (document, FORMAT_DOCX);
  g_autoptr(GBytes) again = write_format (document, FORMAT_DOCX);
  g_autofree char *first_label = NULL;
  g_autofree char *title = NULL;

  g_assert_true (g_bytes_equal (bytes, again));

  /* every paragraph names a style; the body's styles are used */
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:body/w:p[not(w:pPr/w:pStyle)]"),
                     ==, 0);
  for (guint i = 0; i < 9; i++)
    {
      static const char * const used[] = {
        "ResSponsors", "ResTitleUnnumbered", "ResFormula", "ResPreambular", "ResOperative",
        "ResSubParagraph1", "ResSubParagraph4", "ResContinuation", "ResAnnexHeading",
      };
      g_autofree char *expression = g_strdup_printf ("//w:p/w:pPr/w:pStyle[@w:val='%s']", used[i]);
      g_autofree char *defined = g_strdup_printf ("//w:style[@w:styleId='%s']", used[i]);

      g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", expression), >=, 1);
      g_assert_cmpfloat (xpath_number (bytes, "word/styles.xml", defined), ==, 1);
    }
  /* no direct paragraph formatting */
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:body/w:p/w:pPr/w:ind"), ==, 0);

  /* numbers as text, then a tab */
  first_label = xpath_string (bytes, "word/document.xml",
                              "//w:p[w:pPr/w:pStyle/@w:val='ResOperative'][1]/w:r[1]/w:t");
  g_assert_cmpstr (first_label, ==, "1.");
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml",
                                   "//w:p[w:pPr/w:pStyle/@w:val='ResSubParagraph4']"
                                   "/w:r[1][w:t='i.']/w:tab"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:numPr"), ==, 0);
  /* the opening phrase in its character style */
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml",
                                   "//w:r[w:rPr/w:rStyle/@w:val='ResOpening'][w:t='Reaffirming']"),
                     ==, 1);

  /* real footnotes, the "*" one with its own mark, one cited twice */
  g_assert_cmpfloat (xpath_number (bytes, "word/footnotes.xml", "//w:footnote[not(@w:type)]"),
                     ==, 3);
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:footnoteReference"), ==, 3);
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml",
                                   "//w:footnoteReference[@w:customMarkFollows='1']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/footnotes.xml", "//w:footnote//w:i"), ==, 1);

  /* the cross-reference: an internal link to a bookmark, in its wording */
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml",
                                   "//w:hyperlink[w:r/w:t='paragraph 1 above']"), ==, 1);
  g_assert_cmpfloat (
    xpath_number (bytes, "word/document.xml",
                  "//w:bookmarkStart[@w:name=//w:hyperlink/@w:anchor]"), ==, 1);

  /* first page, odd and even pages; "n/N" from fields */
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:sectPr/w:titlePg"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/settings.xml", "//w:evenAndOddHeaders"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/document.xml", "//w:headerReference"), ==, 3);
  g_assert_cmpfloat (xpath_number (bytes, "word/footer2.xml", "//w:fldSimple[@w:instr=' PAGE ']"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/footer3.xml",
                                   "//w:fldSimple[@w:instr=' NUMPAGES ']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/footer1.xml", "//w:t[.='25-54321 (E)']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/footer1.xml", "//w:t[.='Please recycle']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/footer1.xml", "//w:drawing"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/_rels/footer1.xml.rels",
                                   "//*[@Target='media/barcode.png']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/header1.xml", "//w:tbl//w:t[.='General Assembly']"),
                     ==, 1);
  /* the symbol outside: right on odd pages, left on even ones */
  g_assert_cmpfloat (xpath_number (bytes, "word/header2.xml",
                                   "//w:p/w:r[last()]/w:t[.='A/C.3/80/L.50']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "word/header3.xml",
                                   "//w:p/w:r[1]/w:t[.='A/C.3/80/L.50']"), ==, 1);

  title = xpath_string (bytes, "docProps/core.xml", "//dc:title");
  g_assert_cmpstr (title, ==, "Enhancement of international cooperation");
  g_assert_cmpfloat (xpath_number (bytes, "docProps/core.xml", "//dc:language[.='en']"), ==, 1);
}

static void
test_odt_structure (void)
{
  g_autoptr(ResoluteDocument) document = make_full_draft ();
  g_autoptr(GBytes) bytes = write_format (document, FORMAT_ODT);
  g_autoptr(GBytes) again = write_format (document, FORMAT_ODT);
  g_autoptr(ResoluteZipReader) zip = NULL;
  g_autoptr(GError) error = NULL;
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  g_autofree char *label = NULL;

  g_assert_true (g_bytes_equal (bytes, again));

  /* "mimetype" first, stored, without an extra field: its bytes at 30 */
  g_assert_cmpint (data[8] | (data[9] << 8), ==, 0);      /* stored */
  g_assert_cmpint (data[28] | (data[29] << 8), ==, 0);    /* no extra field */
  g_assert_cmpmem (data + 30, strlen ("mimetypeapplication/vnd.oasis.opendocument.text"),
                   "mimetypeapplication/vnd.oasis.opendocument.text",
                   strlen ("mimetypeapplication/vnd.oasis.opendocument.text"));
  zip = resolute_zip_reader_new (bytes, "test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_zip_reader_get_name (zip, 0), ==, "mimetype");
  {
    /* told from a Word file by its content alone */
    g_autoptr(ResoluteDocument) sniffed = NULL;

    sniffed = resolute_file_format_read (bytes, RESOLUTE_FILE_FORMAT_UNKNOWN, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (sniffed);
  }

  g_assert_cmpfloat (xpath_number (bytes, "content.xml", "//text:p[not(@text:style-name)]"), ==, 0);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:p[@text:style-name='ResSubParagraph3']"), ==, 2);
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml",
                                   "//style:style[@style:name='ResOperative']"
                                   "[@style:display-name]"),
                     ==, 1);
  label = xpath_string (bytes, "content.xml",
                        "//text:p[@text:style-name='ResOperative'][1]/text()[1]");
  g_assert_cmpstr (label, ==, "1.");
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:p[@text:style-name='ResOperative'][1]/text:tab"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:note[@text:note-class='footnote']"), ==, 3);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml", "//text:note-citation[@text:label='*']"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml", "//text:note-ref"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:a[starts-with(@xlink:href, '#')]"
                                   "[.='paragraph 1 above']"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:bookmark[concat('#', @text:name)=//text:a/@xlink:href]"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//text:span[@text:style-name='ResOpening']"), >=, 5);

  /* first page: the masthead table and the job number with its barcode;
   * later pages: heads and "n/N" on left and right pages */
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml",
                                   "//style:master-page[@style:name='ResPage']"
                                   "/style:header-first/table:table"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml",
                                   "//style:master-page[@style:name='ResPage']"
                                   "/style:footer-first//draw:image"
                                   "[@xlink:href='Pictures/barcode.png']"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml",
                                   "//style:master-page[@style:name='ResPage']/style:footer-left"
                                   "//text:page-count"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml",
                                   "//style:master-page[@style:name='ResPage']/style:footer"
                                   "//text:page-number"),
                     ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "styles.xml", "//style:header-left"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "content.xml",
                                   "//style:style[@style:master-page-name='ResPage']"),
                     ==, 1);
  g_assert_true (resolute_zip_reader_has (zip, "Pictures/barcode.png"));
  g_assert_cmpfloat (xpath_number (bytes, "meta.xml", "//dc:language[.='en']"), ==, 1);
  g_assert_cmpfloat (xpath_number (bytes, "meta.xml",
                                   "//meta:user-defined[@meta:name='ResoluteNotes']"), ==, 1);
}

/* ------------------------------------------------------------------------ */
/* Round trips                                                              */

static void
test_round_trip_built (gconstpointer data)
{
  Format format = GPOINTER_TO_INT (data);
  g_autoptr(ResoluteDocument) draft = make_full_draft ();
  g_autoptr(ResoluteDocument) french = make_french ();
  g_autoptr(ResoluteDocument) council = make_council ();
  g_autoptr(ResoluteDocument) changes = make_changes ();
  g_autoptr(ResoluteDocument) without_meeting = make_without_meeting ();

  assert_round_trip (draft, format);
  assert_round_trip (french, format);
  assert_round_trip (council, format);
  assert_round_trip (changes, format);
  assert_round_trip (without_meeting, format);
}

static void
test_round_trip_seed (gconstpointer data)
{
  Format format = GPOINTER_TO_INT (data);
  g_autofree char *path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autoptr(ResoluteDocument) document = NULL;

  if (!resolute_test_require_shared (path))
    return;
  document = resolute_test_load_document (path, NULL);
  assert_round_trip (document, format);
}

static void
test_round_trip_corpus (gconstpointer data)
{
  Format format = GPOINTER_TO_INT (data);
  g_autofree char *dir_path = resolute_test_shared_path ("corpus", "pdf-text", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!resolute_test_require_shared (dir_path))
    return;
  dir = g_dir_open (dir_path, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt") && strcmp (name, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(ResoluteDocument) document = resolute_test_load_document (path, NULL);

      g_test_message ("%s", (const char *) g_ptr_array_index (names, i));
      assert_round_trip (document, format);
    }
}

/* A new document from each template, with its placeholders ("A/RES/80/",
 * no job number yet), survives the trip too. */
static void
test_round_trip_templates (gconstpointer data)
{
  Format format = GPOINTER_TO_INT (data);
  g_autoptr(GDateTime) today = g_date_time_new_utc (2025, 10, 9, 12, 0, 0);

  for (ResoluteTemplate t = 0; t < RESOLUTE_N_TEMPLATES; t++)
    {
      g_autoptr(ResoluteDocument) document = resolute_template_create (t, today);

      g_test_message ("template %s", resolute_template_get_id (t));
      assert_round_trip (document, format);
    }
}

/* ------------------------------------------------------------------------ */
/* Hand-made files                                                          */

static void
add_tree (ResoluteZipWriter *zip,
          const char        *root,
          const char        *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autofree char *child = *relative != '\0' ? g_strconcat (relative, "/", entry, NULL)
                                                 : g_strdup (entry);
      g_autofree char *full = g_build_filename (root, child, NULL);

      if (strcmp (child, "mimetype") == 0)
        continue;
      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        add_tree (zip, root, child);
      else
        {
          g_autoptr(GBytes) bytes = resolute_test_load_bytes (full);

          resolute_zip_writer_add (zip, child, bytes, TRUE);
        }
    }
}

/* Zips a folder of tests/data/office, its "mimetype" first and stored. */
static GBytes *
zip_folder (const char *name)
{
  g_autofree char *relative = g_build_filename ("office", name, NULL);
  g_autofree char *root = resolute_test_data_path (relative);
  g_autofree char *mimetype = g_build_filename (root, "mimetype", NULL);
  g_autoptr(ResoluteZipWriter) zip = resolute_zip_writer_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if (g_file_test (mimetype, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GBytes) type = resolute_test_load_bytes (mimetype);

      resolute_zip_writer_add (zip, "mimetype", type, FALSE);
    }
  add_tree (zip, root, "");
  bytes = resolute_zip_writer_finish (zip, &error);
  g_assert_no_error (error);
  return bytes;
}

static const char *
clause_text (ResoluteDocument *document,
             guint             position)
{
  return resolute_inline_get_text (
    resolute_clause_get_content (resolute_document_get_clause (document, position)));
}

static void
test_hand_made_docx (void)
{
  g_autoptr(GBytes) bytes = zip_folder ("draft-numbering");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = read_format (bytes, FORMAT_DOCX, warnings);
  ResoluteDocumentStats stats;
  ResoluteClause *clause;
  const ResoluteInline *content;

  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));

  /* the masthead table and the sponsors line */
  g_assert_cmpstr (FIELD (document, SYMBOL), ==, "A/C.3/80/L.99");
  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   RESOLUTE_DISTRIBUTION_LIMITED);
  g_assert_cmpstr (FIELD (document, ISSUE_DATE), ==, "2025-11-03");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "80");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Third Committee");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "71 (b)");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->title, ==,
                   "Promotion and protection of human rights");
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 3);
  g_assert_cmpstr (resolute_document_get_sponsor (document, 2)->name, ==, "Norway");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Protection of testers");

  /* Word's automatic numbering: 1., (a), (b), 2. */
  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.preambular, ==, 2);
  g_assert_cmpuint (stats.operative, ==, 2);
  g_assert_cmpuint (stats.subparagraphs, ==, 2);
  g_assert_cmpuint (stats.footnotes, ==, 2);
  clause = resolute_document_get_clause (document, 3);
  g_assert_cmpuint (resolute_clause_get_level (clause), ==, 1);
  g_assert_cmpstr (resolute_clause_get_label (clause), ==, "(a)");
  g_assert_cmpstr (clause_text (document, 3), ==, "by the law;");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 5)), ==,
                   "2.");

  /* the openings in italics are automatic; "inter alia" keeps its italics;
   * the raised digits are the marks of the notes typed at the end */
  g_assert_true (resolute_clause_get_auto_opening (resolute_document_get_clause (document, 0)));
  clause = resolute_document_get_clause (document, 0);
  g_assert_cmpuint (resolute_document_get_opening_length (document, clause), ==,
                    strlen ("Recalling"));
  content = resolute_clause_get_content (resolute_document_get_clause (document, 1));
  g_assert_cmpuint (resolute_inline_get_n_spans (content), ==, 1);
  g_assert_cmpuint (resolute_inline_get_span (content, 0)->kind, ==, RESOLUTE_SPAN_ITALIC);
  g_assert_cmpuint (resolute_inline_get_n_objects (content), ==, 1);
  g_assert_cmpuint (resolute_inline_get_n_objects (
                      resolute_clause_get_content (resolute_document_get_clause (document, 0))),
                    ==, 1);
  {
    GListModel *notes = resolute_document_get_footnotes (document);
    g_autoptr(ResoluteFootnote) second = g_list_model_get_item (notes, 1);

    g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (second)), ==,
                     "A/80/100.");
  }
}

static void
test_hand_made_odt (void)
{
  g_autoptr(GBytes) bytes = zip_folder ("list-draft");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = read_format (bytes, FORMAT_ODT, warnings);
  ResoluteDocumentStats stats;
  ResoluteFootnote *star;
  GListModel *notes;
  g_autoptr(ResoluteFootnote) note = NULL;

  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));

  /* the masthead typed as lines at the top */
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==, "A/80/L.98");
  g_assert_cmpstr (FIELD (document, ISSUE_DATE), ==, "2025-11-10");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "12");
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 2);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Testing of documents");
  star = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);
  g_assert_nonnull (star);
  g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (star)), ==,
                   "Reissued for technical reasons.");

  /* list labels from the list style: 1., (a), (b), 2. */
  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.preambular, ==, 1);
  g_assert_cmpuint (stats.operative, ==, 2);
  g_assert_cmpuint (stats.subparagraphs, ==, 2);
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 3)), ==,
                   "(b)");

  /* a real footnote, its italics kept */
  notes = resolute_document_get_footnotes (document);
  for (guint i = 0; i < g_list_model_get_n_items (notes) && note == NULL; i++)
    {
      g_autoptr(ResoluteFootnote) each = g_list_model_get_item (notes, i);

      if (resolute_footnote_get_anchor (each) == RESOLUTE_NOTE_ANCHOR_TEXT)
        note = g_object_ref (each);
    }
  g_assert_nonnull (note);
  g_assert_cmpstr (resolute_footnote_get_label (note), ==, "1");
  g_assert_cmpuint (resolute_inline_get_n_spans (resolute_footnote_get_content (note)), ==, 1);
}

/* ------------------------------------------------------------------------ */
/* Hostile containers                                                       */

static GBytes *
zip_of (const char * const *names,
        GBytes             *data,
        guint               n)
{
  g_autoptr(ResoluteZipWriter) zip = resolute_zip_writer_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  for (guint i = 0; i < n; i++)
    resolute_zip_writer_add (zip, names[i], data, TRUE);
  bytes = resolute_zip_writer_finish (zip, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
assert_refused (GBytes     *bytes,
                Format      format,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;

  document = format == FORMAT_DOCX ? resolute_docx_reader_read (bytes, NULL, &error)
                                   : resolute_odt_reader_read (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, RESOLUTE_ERROR, code);
  g_test_message ("%s", error->message);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_hostile (void)
{
  g_autoptr(ResoluteDocument) document = make_french ();
  g_autoptr(GBytes) docx = write_format (document, FORMAT_DOCX);
  g_autoptr(GBytes) odt = write_format (document, FORMAT_ODT);
  g_autoptr(GBytes) small = g_bytes_new_static ("<x/>", 4);
  gsize size;
  const guint8 *data = g_bytes_get_data (docx, &size);

  /* not a zip; truncated; damaged */
  {
    g_autoptr(GBytes) text = g_bytes_new_static ("Just some text, not a zip.", 26);
    g_autoptr(GBytes) truncated = g_bytes_new (data, size / 2);
    g_autofree guint8 *damaged = g_memdup2 (data, size);
    g_autoptr(GBytes) damaged_bytes = NULL;

    assert_refused (text, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, "not a zip");
    assert_refused (truncated, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, "damaged");
    assert_refused (truncated, FORMAT_ODT, RESOLUTE_ERROR_PARSE, "damaged");
    /* flip bytes inside the deflated data of the document part, past its
     * local header */
    {
      const guint8 *name = memmem (data, size, "word/document.xml", strlen ("word/document.xml"));
      gsize start;

      g_assert_nonnull (name);
      start = (name - data) + strlen ("word/document.xml") + 40;
      for (gsize i = start; i < start + 100 && i < size; i++)
        damaged[i] ^= 0x5a;
    }
    damaged_bytes = g_bytes_new_take (g_steal_pointer (&damaged), size);
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ResoluteDocument) back = resolute_docx_reader_read (damaged_bytes, NULL, &error);

      g_assert_null (back);
      g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
    }
  }

  /* missing parts */
  {
    static const char * const names[] = { "word/styles.xml" };
    static const char * const odf[] = { "styles.xml" };
    g_autoptr(GBytes) no_document = zip_of (names, small, 1);
    g_autoptr(GBytes) no_content = zip_of (odf, small, 1);

    assert_refused (no_document, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, "word/document.xml");
    assert_refused (no_content, FORMAT_ODT, RESOLUTE_ERROR_PARSE, "content.xml");
  }

  /* paths out of the container */
  {
    static const char * const dots[] = { "word/document.xml", "../../evil.xml" };
    static const char * const absolute[] = { "/etc/evil.xml", "content.xml" };
    g_autoptr(GBytes) up = zip_of (dots, small, 2);
    g_autoptr(GBytes) root = zip_of (absolute, small, 2);

    assert_refused (up, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, "../../evil.xml");
    assert_refused (root, FORMAT_ODT, RESOLUTE_ERROR_PARSE, "/etc/evil.xml");
  }

  /* bombs: a part that inflates past the bound, parts that do together,
   * too many parts */
  {
    static const char * const one[] = { "word/document.xml" };
    static const char * const four[] = { "content.xml", "styles.xml", "meta.xml", "settings.xml" };
    g_autoptr(GBytes) zeros = g_bytes_new_take (g_malloc0 (RESOLUTE_ZIP_MAX_ENTRY_SIZE + 1),
                                                RESOLUTE_ZIP_MAX_ENTRY_SIZE + 1);
    g_autoptr(GBytes) quarter = g_bytes_new_take (g_malloc0 (RESOLUTE_ZIP_MAX_TOTAL_SIZE / 4 + 1),
                                                  RESOLUTE_ZIP_MAX_TOTAL_SIZE / 4 + 1);
    g_autoptr(GBytes) bomb = zip_of (one, zeros, 1);
    g_autoptr(GBytes) bombs = zip_of (four, quarter, 4);
    g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GBytes) crowd = NULL;

    g_assert_cmpuint (g_bytes_get_size (bomb), <, 100 * 1024);
    assert_refused (bomb, FORMAT_DOCX, RESOLUTE_ERROR_TOO_LARGE, "word/document.xml");
    assert_refused (bombs, FORMAT_ODT, RESOLUTE_ERROR_TOO_LARGE, NULL);
    for (guint i = 0; i <= RESOLUTE_ZIP_MAX_ENTRIES; i++)
      g_ptr_array_add (many, g_strdup_printf ("part%u.xml", i));
    crowd = zip_of ((const char * const *) many->pdata, small, many->len);
    assert_refused (crowd, FORMAT_DOCX, RESOLUTE_ERROR_TOO_LARGE, "parts");
  }

  /* a DTD with entities, internal or external */
  {
    static const char * const names[] = { "word/document.xml" };
    static const char * const odf[] = { "content.xml" };
    const char *laughs = "<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                         "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>&b;</w:t>"
                         "</w:r></w:p></w:body></w:document>";
    const char *external = "<?xml version=\"1.0\"?>\n"
                           "<!DOCTYPE office:document-content [<!ENTITY x SYSTEM "
                           "\"file:///etc/passwd\">]>\n"
                           "<office:document-content xmlns:office=\"urn:oasis:names:tc:"
                           "opendocument:xmlns:office:1.0\">&x;</office:document-content>";
    g_autoptr(GBytes) laughs_part = g_bytes_new_static (laughs, strlen (laughs));
    g_autoptr(GBytes) external_part = g_bytes_new_static (external, strlen (external));
    g_autoptr(GBytes) laughs_zip = zip_of (names, laughs_part, 1);
    g_autoptr(GBytes) external_zip = zip_of (odf, external_part, 1);

    assert_refused (laughs_zip, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, "document type");
    assert_refused (external_zip, FORMAT_ODT, RESOLUTE_ERROR_PARSE, "document type");
  }

  /* a Word file named .odt and the other way round say what they are */
  assert_refused (docx, FORMAT_ODT, RESOLUTE_ERROR_PARSE, ".docx");
  assert_refused (odt, FORMAT_DOCX, RESOLUTE_ERROR_PARSE, ".odt");
}

/* ------------------------------------------------------------------------ */
/* LibreOffice                                                              */

static char *
find_soffice (void)
{
  char *path = g_find_program_in_path ("soffice");

  if (path == NULL)
    path = g_find_program_in_path ("libreoffice");
  return path;
}

/* Runs LibreOffice headless on @inputs, converting them to @target in @dir,
 * with a profile of its own. */
static void
convert (const char  *soffice,
         const char  *dir,
         const char  *target,
         const char **inputs)
{
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) soffice);
  g_ptr_array_add (argv, profile);
  g_ptr_array_add (argv, (gpointer) "--headless");
  g_ptr_array_add (argv, (gpointer) "--convert-to");
  g_ptr_array_add (argv, (gpointer) target);
  g_ptr_array_add (argv, (gpointer) "--outdir");
  g_ptr_array_add (argv, (gpointer) dir);
  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) inputs[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("soffice --convert-to %s: %s%s", target, out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_null (strstr (err, "Error"));
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Collapses white space, so that lines LibreOffice wraps compare. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xa0)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Every paragraph in LibreOffice's text of the file, every footnote in the
 * text of its PDF (LibreOffice's text export leaves the notes out). */
static void
assert_has_every_paragraph (ResoluteDocument *document,
                            const char       *text,
                            const char       *pdf_text,
                            const char       *what)
{
  g_autofree char *all = squeeze (text);
  g_autofree char *printed = pdf_text != NULL ? squeeze (pdf_text) : NULL;
  GListModel *notes = resolute_document_get_footnotes (document);

  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      g_autofree char *plain = resolute_document_get_plain_text (
        document, resolute_document_get_clause (document, i));
      g_autofree char *words = squeeze (plain);
      /* the start of the paragraph: the note marks LibreOffice writes apart */
      g_autofree char *head = g_utf8_substring (words, 0, MIN (g_utf8_strlen (words, -1), 30));

      if (strstr (all, head) == NULL)
        g_error ("%s lacks paragraph %u: “%s”", what, i + 1, head);
    }
  for (guint i = 0; printed != NULL && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (notes, i);
      g_autofree char *plain = resolute_document_get_footnote_plain_text (document, footnote);
      g_autofree char *words = squeeze (plain);
      g_autofree char *head = g_utf8_substring (words, 0, MIN (g_utf8_strlen (words, -1), 30));

      if (strstr (printed, head) == NULL)
        g_error ("the PDF of %s lacks footnote %s: “%s”", what,
                 resolute_footnote_get_label (footnote), head);
    }
}

/* The text of a PDF, by pdftotext, or %NULL without poppler-utils. */
static char *
pdf_to_text (const char *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  const char *argv[] = { NULL, "-enc", "UTF-8", pdf, "-", NULL };
  int status = 0;

  if (pdftotext == NULL)
    {
      g_test_message ("pdftotext (poppler-utils) is absent: footnotes in the PDF not checked");
      return NULL;
    }
  argv[0] = pdftotext;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
save (GBytes     *bytes,
      const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static void
test_libreoffice (void)
{
  g_autofree char *soffice = find_soffice ();
  g_autofree char *seed_path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autoptr(ResoluteDocument) draft = make_full_draft ();
  g_autoptr(ResoluteDocument) seed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *draft_docx = NULL, *draft_odt = NULL, *seed_docx = NULL, *seed_odt = NULL;
  g_autofree char *lo_dir = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: install libreoffice-writer-nogui");
      return;
    }
  if (!resolute_test_require_shared (seed_path))
    return;
  seed = resolute_test_load_document (seed_path, NULL);

  dir = g_dir_make_tmp ("resolute-office-XXXXXX", &error);
  g_assert_no_error (error);
  draft_docx = g_build_filename (dir, "draft.docx", NULL);
  draft_odt = g_build_filename (dir, "draft-odt.odt", NULL);
  seed_docx = g_build_filename (dir, "seed.docx", NULL);
  seed_odt = g_build_filename (dir, "seed-odt.odt", NULL);
  {
    g_autoptr(GBytes) a = write_format (draft, FORMAT_DOCX);
    g_autoptr(GBytes) b = write_format (draft, FORMAT_ODT);
    g_autoptr(GBytes) c = write_format (seed, FORMAT_DOCX);
    g_autoptr(GBytes) d = write_format (seed, FORMAT_ODT);

    save (a, draft_docx);
    save (b, draft_odt);
    save (c, seed_docx);
    save (d, seed_odt);
  }

  /* to text and to PDF: every paragraph and every footnote, no error */
  {
    const char *inputs[] = { draft_docx, draft_odt, seed_docx, seed_odt, NULL };
    const char *names[] = { "draft", "draft-odt", "seed", "seed-odt" };
    ResoluteDocument *documents[] = { draft, draft, seed, seed };

    convert (soffice, dir, "txt:Text (encoded):UTF8", inputs);
    convert (soffice, dir, "pdf", inputs);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *txt_name = g_strconcat (names[i], ".txt", NULL);
        g_autofree char *pdf_name = g_strconcat (names[i], ".pdf", NULL);
        g_autofree char *txt = g_build_filename (dir, txt_name, NULL);
        g_autofree char *pdf = g_build_filename (dir, pdf_name, NULL);
        g_autofree char *text = read_text (txt);
        g_autofree char *head = NULL;
        g_autofree char *printed = NULL;

        g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
        head = read_text (pdf);
        g_assert_true (g_str_has_prefix (head, "%PDF-"));
        printed = pdf_to_text (pdf);
        assert_has_every_paragraph (documents[i], text, printed, txt_name);

        /* the PDF that LibreOffice made, opened in Resolute: its notes
         * under a drawn rule are found by their smaller type; the seed
         * comes back as the same ODS text */
        {
          g_autoptr(ResoluteDocument) opened = resolute_test_load_document (pdf, NULL);

          resolute_test_assert_same_stats (documents[i], opened);
          if (documents[i] == seed)
            {
              g_autoptr(GBytes) expected = resolute_ods_text_writer_write (seed, NULL);
              g_autoptr(GBytes) actual = resolute_ods_text_writer_write (opened, NULL);

              g_assert_true (g_bytes_equal (expected, actual));
            }
        }
      }
  }

  /* LibreOffice saves our OpenDocument file as Word: the same structure */
  {
    const char *inputs[] = { draft_odt, seed_odt, NULL };
    const char *names[] = { "draft-odt.docx", "seed-odt.docx" };
    ResoluteDocument *documents[] = { draft, seed };

    lo_dir = g_build_filename (dir, "lo", NULL);
    g_mkdir (lo_dir, 0700);
    convert (soffice, lo_dir, "docx", inputs);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (lo_dir, names[i], NULL);
        g_autoptr(GBytes) bytes = resolute_test_load_bytes (path);
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(ResoluteDocument) back = read_format (bytes, FORMAT_DOCX, warnings);
        g_autofree char *expected = dump_without_ids (documents[i]);
        g_autofree char *actual = dump_without_ids (back);

        for (guint w = 0; w < warnings->len; w++)
          g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, w));
        assert_same_dump (actual, expected);
      }
  }

  /* the pages of the Word and OpenDocument files, to look at (tests/artifacts) */
  {
    static const char * const pdfs[][2] = {
      { "draft.pdf", "office-draft-docx" },
      { "draft-odt.pdf", "office-draft-odt" },
      { "seed.pdf", "office-seed-docx" },
    };
    g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
    g_autofree char *artifacts = g_test_build_filename (G_TEST_DIST, "artifacts", NULL);

    for (guint i = 0; pdftoppm != NULL && i < G_N_ELEMENTS (pdfs); i++)
      {
        g_autofree char *pdf = g_build_filename (dir, pdfs[i][0], NULL);
        g_autofree char *prefix = g_build_filename (artifacts, pdfs[i][1], NULL);
        const char *argv[] = { pdftoppm, "-r", "70", "-png", pdf, prefix, NULL };
        int status = 0;

        if (g_mkdir_with_parents (artifacts, 0755) != 0)
          break;
        g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                      NULL, &status, NULL);
      }
  }

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

    g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  }
}

/* ------------------------------------------------------------------------ */
/* The command line                                                         */

static void
run_cli (const char *from,
         const char *to)
{
  const char *cli = g_getenv ("RESOLUTE_CLI");
  const char *argv[] = { cli, "convert", from, to, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                &status, &error);
  g_assert_no_error (error);
  g_test_message ("resolute-cli convert %s %s: %s", from, to, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* resolute-cli convert x.akn x.docx, x.docx y.akn (and the same with .odt):
 * the same Akoma Ntoso file back */
static void
test_cli (void)
{
  g_autoptr(ResoluteDocument) draft = make_full_draft ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *akn = NULL;
  g_autofree char *original = resolute_test_save_akn (draft);
  static const char * const extensions[] = { ".docx", ".odt" };

  if (g_getenv ("RESOLUTE_CLI") == NULL
      || !g_file_test (g_getenv ("RESOLUTE_CLI"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("resolute-cli is not built (RESOLUTE_CLI)");
      return;
    }
  dir = g_dir_make_tmp ("resolute-office-cli-XXXXXX", &error);
  g_assert_no_error (error);
  akn = g_build_filename (dir, "draft.akn", NULL);
  g_file_set_contents (akn, original, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *office_name = g_strconcat ("draft", extensions[i], NULL);
      g_autofree char *office = g_build_filename (dir, office_name, NULL);
      g_autofree char *back = g_build_filename (dir, "back.akn", NULL);
      g_autoptr(ResoluteDocument) first = resolute_test_load_document (akn, NULL);
      g_autoptr(ResoluteDocument) second = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *actual = NULL;

      run_cli (akn, office);
      run_cli (office, back);
      second = resolute_test_load_document (back, NULL);
      expected = dump_without_ids (first);
      actual = dump_without_ids (second);
      assert_same_dump (actual, expected);
      g_remove (office);
      g_remove (back);
    }
  g_remove (akn);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Office/docx/structure", test_docx_structure);
  g_test_add_func ("/Resolute/Office/odt/structure", test_odt_structure);
  g_test_add_data_func ("/Resolute/Office/docx/round-trip-built", GINT_TO_POINTER (FORMAT_DOCX),
                        test_round_trip_built);
  g_test_add_data_func ("/Resolute/Office/odt/round-trip-built", GINT_TO_POINTER (FORMAT_ODT),
                        test_round_trip_built);
  g_test_add_data_func ("/Resolute/Office/docx/round-trip-seed", GINT_TO_POINTER (FORMAT_DOCX),
                        test_round_trip_seed);
  g_test_add_data_func ("/Resolute/Office/odt/round-trip-seed", GINT_TO_POINTER (FORMAT_ODT),
                        test_round_trip_seed);
  g_test_add_data_func ("/Resolute/Office/docx/round-trip-corpus", GINT_TO_POINTER (FORMAT_DOCX),
                        test_round_trip_corpus);
  g_test_add_data_func ("/Resolute/Office/odt/round-trip-corpus", GINT_TO_POINTER (FORMAT_ODT),
                        test_round_trip_corpus);
  g_test_add_data_func ("/Resolute/Office/docx/round-trip-templates", GINT_TO_POINTER (FORMAT_DOCX),
                        test_round_trip_templates);
  g_test_add_data_func ("/Resolute/Office/odt/round-trip-templates", GINT_TO_POINTER (FORMAT_ODT),
                        test_round_trip_templates);
  g_test_add_func ("/Resolute/Office/docx/hand-made", test_hand_made_docx);
  g_test_add_func ("/Resolute/Office/odt/hand-made", test_hand_made_odt);
  g_test_add_func ("/Resolute/Office/hostile", test_hostile);
  g_test_add_func ("/Resolute/Office/cli", test_cli);
  g_test_add_func ("/Resolute/Office/libreoffice", test_libreoffice);

  return g_test_run ();
}
