/* test-akn.c — the native file format: Akoma Ntoso 3.0 written, validated and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "resolute-akn-reader.h"
#include "resolute-akn-writer.h"
#include "resolute-document-private.h"
#include "resolute-error.h"
#include "resolute-ods-text-reader.h"
#include "resolute-template.h"
#include "resolute-test-support.h"

#define AKN_NS "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define RES_NS "https://github.com/resolute/ns/1.0"

/* ------------------------------------------------------------------------ */
/* Building documents                                                        */

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
  g_assert_nonnull (clause);
  return clause;
}

static ResoluteClause *
add_continuation (ResoluteDocument   *document,
                  ResoluteClauseKind  kind,
                  guint               level,
                  const char         *text)
{
  g_autoptr(GError) error = NULL;
  guint position = resolute_document_get_n_clauses (document);
  ResoluteClause *clause = add (document, kind, level + 1, text);

  g_assert_true (resolute_document_set_clause_level (document, position, level, &error));
  g_assert_no_error (error);
  g_assert_true (resolute_document_set_clause_continuation (document, position, TRUE, &error));
  g_assert_no_error (error);
  return clause;
}

static guint
position_of (ResoluteClause *clause)
{
  return resolute_clause_get_position (clause);
}

static guint
offset_of (ResoluteClause *clause,
           const char     *needle)
{
  const char *text = resolute_inline_get_text (resolute_clause_get_content (clause));
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  return hit - text;
}

static ResoluteFootnote *
add_footnote (ResoluteDocument *document,
              ResoluteClause   *clause,
              const char       *after,
              const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text (text);
  ResoluteFootnote *footnote;

  footnote = resolute_document_insert_footnote (document, position_of (clause),
                                                offset_of (clause, after) + strlen (after), content,
                                                &error);
  g_assert_no_error (error);
  g_assert_nonnull (footnote);
  return footnote;
}

/* Replaces the content of @clause by its content with a span over @needle. */
static void
add_span (ResoluteDocument *document,
          ResoluteClause   *clause,
          const char       *needle,
          ResoluteSpanKind  kind,
          const char       *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteInline) content = resolute_inline_copy (resolute_clause_get_content (clause));
  guint start = offset_of (clause, needle);

  resolute_inline_set_span (content, kind, start, start + strlen (needle), value, TRUE);
  g_assert_true (resolute_document_set_clause_content (document, position_of (clause), content,
                                                       &error));
  g_assert_no_error (error);
}

static void
set (ResoluteDocument *document,
     ResoluteField     field,
     const char       *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (resolute_document_set_field (document, field, value, &error));
  g_assert_no_error (error);
}

/* A resolution that uses every feature the model has. */
static ResoluteDocument *
make_full_document (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (
    (GDestroyNotify) resolute_agenda_item_free);
  g_autoptr(GError) error = NULL;
  ResoluteClause *p1, *p2, *p3, *o1, *o2, *o2b, *o3, *o4, *annex, *heading, *ap1;
  ResoluteFootnote *charter;

  resolute_document_set_id_seed (document, 42);

  set (document, RESOLUTE_FIELD_SYMBOL, "A/RES/68/160");
  set (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "68/160");
  set (document, RESOLUTE_FIELD_TITLE,
       "Enhancement of international cooperation in the field of human rights");
  set (document, RESOLUTE_FIELD_AUTHORING_FORMULA, "The General Assembly,");
  set (document, RESOLUTE_FIELD_SESSION, "68");
  set (document, RESOLUTE_FIELD_ISSUE_DATE, "2014-02-21");
  set (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, "eng");
  set (document, RESOLUTE_FIELD_ADOPTION_DATE, "2013-12-18");
  set (document, RESOLUTE_FIELD_MEETING, "70th plenary meeting");
  set (document, RESOLUTE_FIELD_ORIGIN, "on the report of the Third Committee (A/68/456/Add.2)");
  set (document, RESOLUTE_FIELD_JOB_NUMBER, "13-44905 (E)");
  set (document, RESOLUTE_FIELD_JOB_CODE, "N1344905E");
  set (document, RESOLUTE_FIELD_NOTES,
       "Checked against the ODS text.\n\tSecond line & <markup> \"quoted\"\r\nend");
  resolute_document_set_organ (document, RESOLUTE_ORGAN_GENERAL_ASSEMBLY);
  resolute_document_set_kind (document, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
  resolute_document_set_distribution (document, RESOLUTE_DISTRIBUTION_GENERAL);
  resolute_document_add_sponsor (document, "Albania", FALSE);
  resolute_document_add_sponsor (document, "Côte d’Ivoire", FALSE);
  resolute_document_add_sponsor (document, "Japan", TRUE);
  g_ptr_array_add (items,
                   resolute_agenda_item_new ("69 (b)", "Promotion and protection of human rights"));
  g_ptr_array_add (items, resolute_agenda_item_new ("70", NULL));
  resolute_document_set_agenda_items (document, items);

  /* preamble: a note, sub-paragraphs at two levels with closing texts */
  p1 = add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
            "Reaffirming its commitment to the Vienna Declaration and Programme of Action "
            "adopted on 25 June 1993 for enhancing genuine cooperation,");
  charter = add_footnote (document, p1, "1993", "A/CONF.157/24 (Part I), chap. III.");
  p2 = add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Recalling also the following:");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 1, "the Durban Declaration;");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 1, "the review conferences, namely:");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 2, "Geneva 2009;");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 2, "New York 2011;");
  add_continuation (document, RESOLUTE_CLAUSE_PREAMBULAR, 1, "all of which matter;");
  add_continuation (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "and their role in cooperation,");
  p3 = add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
            "Noting with appreciation resolution 67/169 of 20 December 2012 "
            "and the report “A & B” <draft>,");
  add_span (document, p3, "resolution 67/169 of 20 December 2012", RESOLUTE_SPAN_REFERENCE,
            "/akn/un/statement/deliberation/un-ga/2012-12-20/67-169");
  add_span (document, p3, "the report “A & B”", RESOLUTE_SPAN_BOLD, NULL);
  add_span (document, p3, "report “A & B” <draft>", RESOLUTE_SPAN_ITALIC, NULL);

  /* operative part */
  o1 = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
            "Reaffirms the Vienna Declaration, and recalls ;");
  g_assert_true (resolute_document_insert_note_ref (
    document, position_of (o1), offset_of (o1, " Declaration") + strlen (" Declaration"),
    resolute_footnote_get_id (charter), &error));
  g_assert_no_error (error);
  add_footnote (document, o1, "recalls", "Resolution 55/2.");
  o2 = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Requests the Secretary-General:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To report;");
  o2b = add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To consult, in particular:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "States:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 3, "in Africa:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "west;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "east;");
  add_continuation (document, RESOLUTE_CLAUSE_OPERATIVE, 3, "and so on;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "organizations;");
  add_continuation (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
                    "and to report at its sixty-ninth session;");
  o3 = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
            "Further invites States to act as set out in ;");
  g_assert_true (
    resolute_document_set_clause_auto_opening (document, position_of (o3), FALSE, &error));
  g_assert_no_error (error);
  add_span (document, o3, "Further invites", RESOLUTE_SPAN_ITALIC, NULL);
  g_assert_true (resolute_document_insert_cross_reference (document, position_of (o3),
                                                           offset_of (o3, " ;") + 1,
                                                           resolute_clause_get_id (o2b),
                                                           RESOLUTE_CROSS_REF_DIRECTION, &error));
  g_assert_no_error (error);
  o4 = add (
    document, RESOLUTE_CLAUSE_OPERATIVE, 0,
    "Decides to continue its consideration of the question at its next session, see  and .");
  /* an explicit italic that covers the automatic opening and more */
  add_span (document, o4, "Decides to continue", RESOLUTE_SPAN_ITALIC, NULL);
  add_span (document, o4, "continue its consideration", RESOLUTE_SPAN_DELETION, "prop-7");
  add_span (document, o4, "next session", RESOLUTE_SPAN_INSERTION, "prop-8");
  add_span (document, o4, "question", RESOLUTE_SPAN_INSERTION, NULL);
  g_assert_true (resolute_document_insert_cross_reference (
    document, position_of (o4), offset_of (o4, "see ") + 4, resolute_clause_get_id (o2),
    RESOLUTE_CROSS_REF_BARE, &error));
  g_assert_no_error (error);
  g_assert_true (resolute_document_insert_cross_reference (document, position_of (o4),
                                                           offset_of (o4, " and .") + 5,
                                                           resolute_clause_get_id (p2),
                                                           RESOLUTE_CROSS_REF_PLAIN, &error));
  g_assert_no_error (error);
  g_assert_true (
    resolute_document_set_clause_heading_label (document, position_of (o4), "Final", &error));
  g_assert_no_error (error);

  /* "*" notes */
  {
    g_autoptr(ResoluteInline) title_note = resolute_inline_new_from_text (
      "Reissued for technical reasons on 3 March 2014.");
    g_autoptr(ResoluteInline) sponsors_note = resolute_inline_new_from_text (
      "Later joined by Japan.");

    resolute_inline_set_span (title_note, RESOLUTE_SPAN_ITALIC, 0, 8, NULL, TRUE);
    g_assert_nonnull (
      resolute_document_set_star_note (document, RESOLUTE_NOTE_ANCHOR_TITLE, title_note, &error));
    g_assert_no_error (error);
    g_assert_nonnull (resolute_document_set_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS,
                                                       sponsors_note, &error));
    g_assert_no_error (error);
  }

  /* annexes: a title with a note, text, headings with and without a label,
   * numbered paragraphs with sub-paragraphs, an empty annex */
  annex = add (document, RESOLUTE_CLAUSE_ANNEX, 0, "Guidelines on cooperation");
  add_footnote (document, annex, "Guidelines", "See also resolution 66/3.");
  add (document, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, "These guidelines apply to all States.");
  add (document, RESOLUTE_CLAUSE_ANNEX_TEXT, 1, "unnumbered sub-paragraph;");
  heading = add (document, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, "General principles");
  g_assert_true (
    resolute_document_set_clause_heading_label (document, position_of (heading), "I.", &error));
  g_assert_no_error (error);
  ap1 = add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "Cooperation is voluntary:");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, "in form;");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, "in substance.");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "Cooperation is reported, as in paragraph 1.");
  add (document, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, "Final provisions");
  add (document, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, "These guidelines are reviewed every year.");
  add (document, RESOLUTE_CLAUSE_ANNEX, 0, "");
  g_assert_true (resolute_document_insert_cross_reference (
    document, position_of (ap1) + 3, 0, resolute_clause_get_id (ap1), 0, &error));
  g_assert_no_error (error);

  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
  return document;
}

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */

static GBytes *
write_akn (ResoluteDocument *document)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = resolute_akn_writer_write (document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* Validates @bytes when the schema is there; says so once when it is not. */
static void
assert_valid (GBytes *bytes)
{
  g_autofree char *schema = resolute_test_shared_path ("schemas", "akomantoso30.xsd", NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_message ("%s is absent: the file is not validated against the schema", schema);
      return;
    }
  if (!resolute_test_validate_schema (bytes, &error))
    {
      g_test_message ("%.*s", (int) g_bytes_get_size (bytes),
                      (const char *) g_bytes_get_data (bytes, NULL));
      g_assert_no_error (error);
    }
}

static ResoluteDocument *
read_akn (GBytes    *bytes,
          GPtrArray *warnings)
{
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document = resolute_akn_reader_read (bytes, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (char *) g_ptr_array_index (warnings, i));
}

/* Save, validate, open, compare the documents and the bytes of a second save. */
static void
assert_round_trip (ResoluteDocument *document)
{
  g_autoptr(GBytes) first = write_akn (document);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) reopened = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = resolute_test_dump (document);
  g_autofree char *after = NULL;

  assert_valid (first);
  reopened = read_akn (first, warnings);
  print_warnings (warnings);
  g_assert_cmpuint (warnings->len, ==, 0);

  after = resolute_test_dump (reopened);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (resolute_document_check (reopened, &error));
  g_assert_no_error (error);
  g_assert_false (resolute_document_get_modified (reopened));

  second = write_akn (reopened);
  g_assert_true (g_bytes_equal (first, second));
}

/* Evaluates @expression on @bytes (prefixes akn: and res:) and returns the
 * string value. */
static char *
xpath_string (GBytes     *bytes,
              const char *expression)
{
  xmlDocPtr doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 "document.akn", NULL, XML_PARSE_NONET);
  xmlXPathContextPtr context;
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *copy;

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (context, (const xmlChar *) "akn", (const xmlChar *) AKN_NS);
  xmlXPathRegisterNs (context, (const xmlChar *) "res", (const xmlChar *) RES_NS);
  result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
  return copy;
}

#define assert_xpath(bytes, expression, expected)                  \
  G_STMT_START                                                     \
  {                                                                \
    g_autofree char *_value = xpath_string ((bytes), (expression)); \
    g_assert_cmpstr (_value, ==, (expected));                      \
  }                                                                \
  G_STMT_END

static gboolean
has_warning (GPtrArray  *warnings,
             const char *fragment)
{
  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), fragment) != NULL)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                     */

static void
test_round_trip (void)
{
  g_autoptr(ResoluteDocument) document = make_full_document ();

  assert_round_trip (document);
}

static void
test_deterministic (void)
{
  g_autoptr(ResoluteDocument) a = make_full_document ();
  g_autoptr(ResoluteDocument) b = make_full_document ();
  g_autoptr(GBytes) first = write_akn (a);
  g_autoptr(GBytes) again = write_akn (a);
  g_autoptr(GBytes) other = write_akn (b);

  g_assert_true (g_bytes_equal (first, again));
  g_assert_true (g_bytes_equal (first, other));
}

static void
test_structure (void)
{
  g_autoptr(ResoluteDocument) document = make_full_document ();
  g_autoptr(GBytes) bytes = write_akn (document);
  ResoluteClause *o2b = resolute_document_get_clause (document, 12);

  g_assert_cmpstr (resolute_clause_get_label (o2b), ==, "(b)");

  /* identification */
  assert_xpath (bytes, "string(/akn:akomaNtoso/akn:statement/@name)", "resolution");
  assert_xpath (bytes, "string(//akn:FRBRWork/akn:FRBRuri/@value)",
                "/akn/un/statement/deliberation/un-ga/2013-12-18/68-160");
  assert_xpath (bytes, "string(//akn:FRBRWork/akn:FRBRcountry/@value)", "un");
  assert_xpath (bytes, "string(//akn:FRBRWork/akn:FRBRnumber/@showAs)", "68/160");
  assert_xpath (bytes, "string(//akn:FRBRExpression/akn:FRBRlanguage/@language)", "eng");
  assert_xpath (bytes, "string(//akn:references/akn:TLCOrganization[@eId='sponsor_2']/@showAs)",
                "Côte d’Ivoire");
  assert_xpath (bytes, "string(//akn:proprietary/@source)", "#resolute");
  assert_xpath (bytes, "string(//res:sponsor[3]/@joinedLater)", "true");

  /* preface */
  assert_xpath (bytes, "string(//akn:preface/akn:p[@class='title']/akn:docNumber)", "68/160");
  assert_xpath (bytes, "string(//akn:preface//akn:docTitle/akn:authorialNote/@marker)", "*");
  assert_xpath (bytes, "count(//akn:preface//akn:docProponent)", "3");
  assert_xpath (
    bytes, "string(//akn:preface//akn:docProponent/following-sibling::akn:authorialNote/@marker)",
    "**");

  /* preamble and body */
  assert_xpath (bytes, "string(//akn:preamble/akn:formula[@name='enactingFormula']/akn:p)",
                "The General Assembly,");
  assert_xpath (bytes, "string(//akn:preamble/akn:container[1]/@name)", "reaffirming");
  assert_xpath (bytes, "string(//akn:preamble/akn:container[2]/@name)", "recallingAlso");
  assert_xpath (bytes, "string(//akn:preamble/akn:container[1]/akn:p/akn:i[@res:auto='opening'])",
                "Reaffirming");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_1']/akn:num)", "1.");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_2']/akn:list/akn:point[2]/@eId)",
                "para_2__list_1__point_b");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_2']/akn:list/akn:point[2]/@GUID)",
                resolute_clause_get_id (o2b));
  assert_xpath (
    bytes,
    "string(//akn:point[@eId='para_2__list_1__point_b__list_1__point_i__list_1__point_a']/akn:num)",
    "a.");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_2']/akn:list/akn:wrapUp/akn:p)",
                "and to report at its sixty-ninth session;");

  /* a note cited twice: the note at its first mark, a reference later */
  assert_xpath (bytes, "count(//akn:authorialNote[@eId='fn_1'])", "1");
  assert_xpath (bytes, "string(//akn:preamble//akn:authorialNote[@eId='fn_1']/@placement)",
                "bottom");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_1']//akn:noteRef/@href)", "#fn_1");

  /* cross-references */
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_3']//akn:ref/@href)",
                "#para_2__list_1__point_b");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_3']//akn:ref)", "paragraph 2 (b) above");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_4']//akn:ref[1])", "2");

  /* conclusions and annexes */
  assert_xpath (bytes, "string(//akn:conclusions//akn:docDate/@date)", "2013-12-18");
  assert_xpath (bytes, "count(//akn:attachments/akn:attachment)", "2");
  assert_xpath (bytes, "string(//akn:attachment[1]/akn:doc/akn:preface/akn:p[1])", "Annex I");
  assert_xpath (bytes, "string(//akn:attachment[1]//akn:hcontainer[1]/akn:num)", "I.");
  assert_xpath (bytes, "string(//akn:attachment[1]//akn:hcontainer[1]/akn:paragraph[1]/@eId)",
                "att_1__sec_1__para_1");
}

static void
test_minimal_documents (void)
{
  /* an empty document, a Security Council resolution with one unnumbered
   * paragraph, a preamble only */
  g_autoptr(ResoluteDocument) empty = resolute_document_new ();
  g_autoptr(ResoluteDocument) council = resolute_document_new ();
  g_autoptr(ResoluteDocument) preamble = resolute_document_new ();
  g_autoptr(GBytes) bytes = NULL;

  assert_round_trip (empty);

  resolute_document_set_id_seed (council, 3);
  resolute_document_set_organ (council, RESOLUTE_ORGAN_SECURITY_COUNCIL);
  set (council, RESOLUTE_FIELD_SYMBOL, "S/RES/2118 (2013)");
  set (council, RESOLUTE_FIELD_RESOLUTION_NUMBER, "2118 (2013)");
  set (council, RESOLUTE_FIELD_AUTHORING_FORMULA, "The Security Council,");
  add (council, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides to remain seized of the matter.");
  assert_round_trip (council);
  bytes = write_akn (council);
  assert_xpath (bytes, "count(//akn:mainBody/akn:paragraph/akn:num)", "0");
  assert_xpath (bytes, "string(//akn:FRBRWork/akn:FRBRuri/@value)",
                "/akn/un/statement/deliberation/un-sc/0001-01-01/2118_%282013%29");

  resolute_document_set_id_seed (preamble, 4);
  add (preamble, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Recalling its resolutions,");
  assert_round_trip (preamble);
}

static void
test_drafts (void)
{
  ResoluteDocumentKind kinds[] = { RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION,
                                   RESOLUTE_DOCUMENT_KIND_AMENDMENT };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(ResoluteDocument) document = resolute_document_new ();
      g_autoptr(ResoluteInline) note = resolute_inline_new_from_text ("Reissued.");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      resolute_document_set_id_seed (document, 10 + i);
      resolute_document_set_kind (document, kinds[i]);
      resolute_document_set_distribution (document, RESOLUTE_DISTRIBUTION_LIMITED);
      set (document, RESOLUTE_FIELD_SYMBOL, i == 0 ? "A/C.3/80/L.50/Rev.1" : "A/C.3/80/L.61");
      set (document, RESOLUTE_FIELD_TITLE, "Rights of the child");
      set (document, RESOLUTE_FIELD_COMMITTEE, "Third Committee");
      set (document, RESOLUTE_FIELD_ISSUE_DATE, "2025-11-03");
      if (i == 1)
        set (document, RESOLUTE_FIELD_AMENDED_DOCUMENT, "draft resolution A/C.3/80/L.50");
      resolute_document_add_sponsor (document, "Albania", FALSE);
      resolute_document_add_sponsor (document, "Australia", FALSE);
      resolute_document_add_sponsor (document, "Japan", TRUE);
      g_assert_nonnull (
        resolute_document_set_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS, note, &error));
      g_assert_no_error (error);
      add (document, RESOLUTE_CLAUSE_OPERATIVE, 0,
           "After operative paragraph 3, insert a new paragraph, reading:");
      add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "In operative paragraph 64, delete “and”.");
      assert_round_trip (document);

      bytes = write_akn (document);
      assert_xpath (bytes, "string(/akn:akomaNtoso/akn:statement/@name)",
                    i == 0 ? "resolutionDraft" : "amendment");
      assert_xpath (
        bytes, "string(//akn:preface/akn:p[@class='sponsors'])",
        i == 0
          ? "Albania, Australia and Japan:Reissued. draft resolution"
          : "Albania, Australia and Japan:Reissued. amendment to draft resolution A/C.3/80/L.50");
      assert_xpath (
        bytes, "string(//akn:preface/akn:p[@class='sponsors']/akn:authorialNote/@marker)", "*");
      assert_xpath (bytes, "string(//akn:FRBRWork/akn:FRBRuri/@value)",
                    i == 0 ? "/akn/un/statement/deliberation/un-ga/2025-11-03/A-C.3-80-L.50-Rev.1"
                           : "/akn/un/statement/deliberation/un-ga/2025-11-03/A-C.3-80-L.61");
    }
}

static void
test_french (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autoptr(GBytes) bytes = NULL;
  ResoluteClause *first;

  resolute_document_set_id_seed (document, 5);
  set (document, RESOLUTE_FIELD_LANGUAGE, "fra");
  set (document, RESOLUTE_FIELD_SYMBOL, "A/RES/68/160");
  set (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "68/160");
  set (document, RESOLUTE_FIELD_TITLE,
       "Renforcement de la coopération internationale dans le domaine des droits de l’homme");
  set (document, RESOLUTE_FIELD_AUTHORING_FORMULA, "L’Assemblée générale,");
  set (document, RESOLUTE_FIELD_ADOPTION_DATE, "2013-12-18");
  set (document, RESOLUTE_FIELD_SESSION, "68");
  resolute_document_add_sponsor (document, "Côte d’Ivoire", FALSE);
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
       "Réaffirmant son attachement à la coopération internationale,");
  first = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Prie le Secrétaire général :");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "De faire rapport ;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "De consulter :");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "les États ;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Décide de poursuivre l’examen de la question.");
  add_footnote (document, first, "général", "Résolution 55/2.");
  assert_round_trip (document);

  bytes = write_akn (document);
  assert_xpath (bytes, "string(//akn:FRBRExpression/akn:FRBRlanguage/@language)", "fra");
  assert_xpath (bytes, "string(//akn:paragraph[@eId='para_1']/akn:list/akn:point[1]/akn:num)",
                "a)");
  assert_xpath (
    bytes, "string(//akn:point[@eId='para_1__list_1__point_b__list_1__point_i']/akn:num)", "i)");
  assert_xpath (bytes, "string(//akn:FRBRExpression/akn:FRBRuri/@value)",
                "/akn/un/statement/deliberation/un-ga/2013-12-18/68-160/fra@");
}

static void
test_templates (void)
{
  g_autoptr(GDateTime) today = g_date_time_new_utc (2025, 10, 1, 12, 0, 0);

  for (ResoluteTemplate t = 0; t < RESOLUTE_N_TEMPLATES; t++)
    {
      g_autoptr(ResoluteDocument) document = resolute_template_create (t, today);

      g_test_message ("template %s", resolute_template_get_id (t));
      assert_round_trip (document);
    }
}

static void
test_special_text (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autoptr(ResoluteDocument) reopened = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ResoluteClause *clause;

  resolute_document_set_id_seed (document, 6);
  /* white space that XML would normalize, markup characters, a line break,
   * text in right-to-left and astral planes */
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0,
       "  Leading and  double  spaces\tand\ttabs\r\nand CR,  ");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides <b>not</b> & “quotes” ' \" ]]> 𝕏 مرحبا;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "");
  assert_round_trip (document);

  /* references that are not valid URIs, an id with a space in it */
  {
    g_autoptr(ResoluteInline) content = resolute_inline_new_from_text ("See [1] and 50% and here.");
    g_autoptr(ResoluteDocument) loaded = NULL;
    g_autoptr(GBytes) saved = NULL;
    g_autoptr(GError) error = NULL;
    ResoluteClause *odd;

    resolute_inline_set_span (content, RESOLUTE_SPAN_REFERENCE, 4, 7, "[1]", TRUE);
    resolute_inline_set_span (content, RESOLUTE_SPAN_REFERENCE, 12, 15, "50%", TRUE);
    resolute_inline_set_span (content, RESOLUTE_SPAN_REFERENCE, 20, 24, "a b", TRUE);
    g_assert_true (resolute_document_set_clause_content (document, 1, content, &error));
    g_assert_no_error (error);
    assert_round_trip (document);

    saved = write_akn (document);
    assert_xpath (saved, "string(//akn:ref[@res:href='50%']/@href)", "50%25");

    loaded = resolute_document_new ();
    _resolute_document_load_begin (loaded);
    odd = _resolute_document_load_clause (loaded, "odd id", RESOLUTE_CLAUSE_OPERATIVE, 0, NULL);
    g_assert_true (_resolute_document_load_end (loaded, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (resolute_clause_get_id (odd), ==, "odd id");
    assert_round_trip (loaded);
  }

  /* characters XML 1.0 cannot carry are left out of the file */
  clause = add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Bell\a and escape\x1b here.");
  bytes = write_akn (document);
  assert_valid (bytes);
  reopened = read_akn (bytes, NULL);
  g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (
                     resolute_document_lookup_clause (reopened, resolute_clause_get_id (clause)))),
                   ==, "Bell and escape here.");
}

static void
test_after_edits (void)
{
  g_autoptr(ResoluteDocument) document = make_full_document ();
  GRand *rand = g_rand_new_with_seed (1234);

  /* a broken cross-reference: its target deleted */
  {
    g_autoptr(GPtrArray) broken = NULL;

    g_assert_true (resolute_document_delete_clauses (document, 12, 1, NULL));
    broken = resolute_document_get_broken_references (document);
    g_assert_cmpuint (broken->len, ==, 1);
    assert_round_trip (document);
  }

  /* any sequence of edits leaves a document that saves and reads back */
  for (guint step = 0; step < 300; step++)
    {
      guint n = resolute_document_get_n_clauses (document);
      guint position = n > 0 ? g_rand_int_range (rand, 0, n) : 0;
      ResoluteClause *clause = n > 0 ? resolute_document_get_clause (document, position) : NULL;
      guint length = clause != NULL ? resolute_inline_get_length (resolute_clause_get_content (clause)) : 0;
      guint offset = 0;

      /* a character boundary that is not inside a mark */
      if (length > 0)
        {
          const char *text = resolute_inline_get_text (resolute_clause_get_content (clause));

          offset = g_rand_int_range (rand, 0, length + 1);
          while (offset > 0 && offset < length && (text[offset] & 0xC0) == 0x80)
            offset--;
        }

      switch (g_rand_int_range (rand, 0, 12))
        {
        case 0:
          resolute_document_indent_clause (document, position, NULL);
          break;
        case 1:
          resolute_document_outdent_clause (document, position, NULL);
          break;
        case 2:
          resolute_document_insert_text (document, position, offset, "new “text” ", NULL);
          break;
        case 3:
          resolute_document_set_emphasis (document, position, 0, offset, RESOLUTE_SPAN_BOLD,
                                          g_rand_boolean (rand), NULL);
          break;
        case 4:
          resolute_document_set_emphasis (document, position, offset / 2, offset,
                                          RESOLUTE_SPAN_ITALIC, g_rand_boolean (rand), NULL);
          break;
        case 5:
          {
            g_autoptr(ResoluteInline) note = resolute_inline_new_from_text ("A note.");

            resolute_document_insert_footnote (document, position, offset, note, NULL);
          }
          break;
        case 6:
          if (n > 0)
            resolute_document_insert_cross_reference (
              document, position, offset,
              resolute_clause_get_id (resolute_document_get_clause (document, g_rand_int_range (rand, 0, n))),
              g_rand_int_range (rand, 0, 4), NULL);
          break;
        case 7:
          resolute_document_split_clause (document, position, offset, NULL);
          break;
        case 8:
          resolute_document_merge_clause (document, position, NULL);
          break;
        case 9:
          resolute_document_delete_text (document, position, offset / 2, offset, NULL);
          break;
        case 10:
          resolute_document_set_clause_continuation (document, position, g_rand_boolean (rand), NULL);
          break;
        default:
          if (n > 1)
            resolute_document_move_clauses (document, position, 1, g_rand_int_range (rand, 0, n), NULL);
          break;
        }

      if (step % 10 == 9)
        assert_round_trip (document);
    }
  g_rand_free (rand);

  {
    ResoluteDocumentStats stats;

    resolute_document_get_stats (document, &stats);
    g_test_message ("after the edits: %u preambular, %u operative, %u sub-paragraphs, %u footnotes",
                    stats.preambular, stats.operative, stats.subparagraphs, stats.footnotes);
  }
}

/* ------------------------------------------------------------------------ */
/* Files of other tools                                                      */

static ResoluteDocument *
read_sample (const char *name,
             GPtrArray  *warnings)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "akn", name, NULL);
  g_autoptr(GBytes) bytes = resolute_test_load_bytes (path);

  assert_valid (bytes);
  return read_akn (bytes, warnings);
}

static ResoluteFootnote *
footnote_labelled (ResoluteDocument *document,
                   const char       *label)
{
  GListModel *footnotes = resolute_document_get_footnotes (document);

  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);

      if (g_strcmp0 (resolute_footnote_get_label (footnote), label) == 0)
        return footnote;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_foreign_resolution (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = read_sample ("A-RES-68-160.akn", warnings);
  g_autoptr(GError) error = NULL;
  GListModel *footnotes = resolute_document_get_footnotes (document);
  ResoluteDocumentStats stats;
  ResoluteClause *clause;
  g_autofree char *text = NULL;

  print_warnings (warnings);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);

  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_GENERAL_ASSEMBLY);
  g_assert_cmpint (resolute_document_get_kind (document), ==, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/RES/68/160");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER), ==,
                   "68/160");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Enhancement of international cooperation in the field of human rights");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_AUTHORING_FORMULA), ==,
                   "The General Assembly,");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2013-12-18");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2014-02-21");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "68");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "70th plenary meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                   "on the report of the Third Committee (A/68/456/Add.2)");
  g_assert_cmpuint (resolute_document_get_n_agenda_items (document), ==, 1);
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "69 (b)");

  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.preambular, ==, 3);
  g_assert_cmpuint (stats.operative, ==, 4);
  g_assert_cmpuint (stats.subparagraphs, ==, 3);
  g_assert_cmpuint (stats.footnotes, ==, 3);

  /* the opening phrases were italic: they are automatic again */
  clause = resolute_document_get_clause (document, 0);
  g_assert_true (resolute_clause_get_auto_opening (clause));
  g_assert_cmpuint (resolute_inline_get_n_spans (resolute_clause_get_content (clause)), ==, 0);
  text = resolute_document_get_plain_text (document, clause);
  g_assert_cmpstr (
    text, ==,
    "Reaffirming its commitment to promoting international cooperation, as set forth in the "
    "Charter of the United Nations, in particular Article 1, paragraph 3, as well as relevant "
    "provisions of the Vienna Declaration and Programme of Action adopted by the World "
    "Conference on Human Rights on 25 June 19931 for enhancing genuine cooperation among "
    "Member States in the field of human rights,");

  /* sub-paragraphs, a closing text, numbers derived again */
  clause = resolute_document_get_clause (document, 5);
  g_assert_cmpstr (resolute_clause_get_label (clause), ==, "(a)");
  g_assert_cmpint (resolute_clause_get_level (clause), ==, 1);
  clause = resolute_document_get_clause (document, 8);
  g_assert_true (resolute_clause_get_continuation (clause));

  /* the note cited twice is one footnote; a reference to a paragraph is a
   * cross-reference */
  g_assert_cmpuint (g_list_model_get_n_items (footnotes), ==, 3);
  /* what was not kept or was read differently is said, with its line */
  g_assert_true (has_warning (warnings, "Line 31: <lifecycle> in the metadata is not kept"));
  g_assert_true (has_warning (warnings, "the markup <date> is not kept"));
  g_assert_true (has_warning (warnings, "the markup <organization> is not kept"));
  g_assert_true (
    has_warning (warnings, "Line 102: the paragraph numbered “(c)” in the file is numbered “(b)”"));
  g_assert_cmpuint (warnings->len, ==, 4);

  g_assert_cmpuint (resolute_document_count_note_refs (
                      document, resolute_footnote_get_id (footnote_labelled (document, "1"))),
                    ==, 2);

  /* what was read is saved and read again as it is */
  assert_round_trip (document);
}

static void
test_foreign_draft_with_annex (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = read_sample ("draft-with-annex.akn", warnings);
  g_autoptr(GError) error = NULL;
  ResoluteFootnote *star;
  ResoluteDocumentStats stats;
  ResoluteClause *clause;
  const char *const expected[][3] = {
    /* kind, label, text */
    { "preambular", "", "Recalling its resolution 79/95 of 4 December 2024,\xef\xbf\xbc" },
    { "preambular", "", "Having examined the report of the Secretary-General, which describes:" },
    { "preambular", "(a)", "the offers received;" },
    { "preambular", "(b)", "the scholarships granted," },
    { "operative", "1.", "Takes note of the report of the Secretary-General\xef\xbf\xbc;" },
    { "operative", "2.",
      "Expresses its appreciation to those Member States that have made "
      "somescholarships available;" },
    { "operative", "3.",
      "Invites all States to make generous offers, in accordance with \xef\xbf\xbc." },
    { "annex", "Annex", "Offers of scholarships" },
    { "annex-text", "", "The following offers were received." },
    { "annex-heading", "I.", "Offers by States" },
    { "annex-paragraph", "1.", "Algeria offered ten scholarships." },
    { "annex-paragraph", "2.", "Japan offered five scholarships." },
    { "annex-heading", "", "Other offers" },
    { "annex-paragraph", "1.", "None." },
  };

  print_warnings (warnings);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);

  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   RESOLUTE_DISTRIBUTION_LIMITED);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_GENERAL_ASSEMBLY);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/C.4/80/L.2");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_LANGUAGE), ==, "eng");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE), ==,
                   "eng");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "80");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Fourth Committee");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2025-10-20");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "57");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->title, ==,
                   "Offers by Member States of study and training facilities");
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 3);
  g_assert_cmpstr (resolute_document_get_sponsor (document, 2)->name, ==, "Japan");
  star = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);
  g_assert_nonnull (star);
  g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (star)), ==,
                   "Reissued for technical reasons.");

  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      clause = resolute_document_get_clause (document, i);
      g_assert_cmpstr (resolute_clause_kind_to_string (resolute_clause_get_kind (clause)), ==,
                       expected[i][0]);
      g_assert_cmpstr (
        resolute_clause_get_label (clause) != NULL ? resolute_clause_get_label (clause) : "", ==,
        expected[i][1]);
      g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (clause)), ==,
                       expected[i][2]);
    }

  /* "Recalling" was the automatic opening; "Expresses" alone is not the
   * opening Resolute sets ("Expresses its appreciation"): it stays the author's */
  g_assert_true (resolute_clause_get_auto_opening (resolute_document_get_clause (document, 0)));
  clause = resolute_document_get_clause (document, 5);
  g_assert_false (resolute_clause_get_auto_opening (clause));
  g_assert_true (
    resolute_inline_has_span (resolute_clause_get_content (clause), RESOLUTE_SPAN_ITALIC, 0, 9));
  g_assert_true (resolute_inline_has_span (resolute_clause_get_content (clause),
                                           RESOLUTE_SPAN_DELETION, 65, 69));
  g_assert_true (resolute_inline_has_span (resolute_clause_get_content (clause),
                                           RESOLUTE_SPAN_INSERTION, 69, 81));
  g_assert_cmpint (resolute_inline_get_object (
                     resolute_clause_get_content (resolute_document_get_clause (document, 6)), 0)
                     ->kind,
                   ==, RESOLUTE_OBJECT_CROSS_REF);

  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.footnotes, ==, 3);
  g_assert_cmpuint (stats.annexes, ==, 1);

  g_assert_true (has_warning (
    warnings, "Line 53: the preface line “Classified as urgent by the secretariat” is not kept"));
  g_assert_true (has_warning (
    warnings, "Line 40: <note> in the notes (it has no mark in the text) is not kept"));
  g_assert_true (has_warning (warnings, "a paragraph of several blocks is read as one paragraph"));
  g_assert_true (
    has_warning (warnings, "the paragraph numbered “3.” in the file is numbered “1.”"));
  g_assert_cmpuint (warnings->len, ==, 4);

  assert_round_trip (document);
}

/* Shapes other tools use that the samples do not: no namespace, the
 * formula as a paragraph, a French text with its own numbering and
 * cross-reference wording, groupings in the operative part. */
static void
test_foreign_variants (void)
{
  const char *plain =
    "<akomaNtoso><statement name=\"resolution\"><preamble>"
    "<p>The Security Council,</p>"
    "<p><i>Recalling</i> its resolutions,</p>"
    "</preamble><mainBody><paragraph><content><p><i>Decides</i> to remain seized of the matter."
    "</p></content></paragraph></mainBody></statement></akomaNtoso>";
  const char *french =
    "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
    "<statement name=\"resolution\"><meta><identification source=\"#x\"><FRBRWork>"
    "<FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/><FRBRdate date=\"2020-01-01\" name=\"x\"/>"
    "<FRBRauthor href=\"/akn/ontology/organizations/un/un-sc\"/><FRBRcountry value=\"un\"/></FRBRWork>"
    "<FRBRExpression><FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/>"
    "<FRBRdate date=\"2020-01-01\" name=\"x\"/><FRBRauthor href=\"#x\"/>"
    "<FRBRlanguage language=\"fr\"/></FRBRExpression><FRBRManifestation><FRBRthis value=\"/a\"/>"
    "<FRBRuri value=\"/a\"/><FRBRdate date=\"2020-01-01\" name=\"x\"/><FRBRauthor href=\"#x\"/>"
    "</FRBRManifestation></identification></meta><mainBody>"
    "<section eId=\"sec_1\"><heading>Première partie</heading>"
    "<paragraph eId=\"para_1\"><num>1.</num><list><intro><p>Prie :</p></intro>"
    "<point eId=\"para_1__point_a\"><num>a)</num><content><p>les États ;</p></content></point>"
    "</list></paragraph></section>"
    "<paragraph eId=\"para_2\"><num>2.</num><content><p>Rappelle le "
    "<ref href=\"#para_1__point_a\">paragraphe 1 a) ci-dessus</ref>.</p></content></paragraph>"
    "</mainBody></statement></akomaNtoso>";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) plain_bytes = g_bytes_new_static (plain, strlen (plain));
  g_autoptr(GBytes) french_bytes = g_bytes_new_static (french, strlen (french));
  g_autoptr(ResoluteDocument) council = read_akn (plain_bytes, warnings);
  g_autoptr(ResoluteDocument) francais = NULL;
  ResoluteClause *clause;
  g_autofree char *text = NULL;

  print_warnings (warnings);
  g_assert_true (has_warning (warnings, "Line 1: the document has no namespace"));
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (resolute_document_get_field (council, RESOLUTE_FIELD_AUTHORING_FORMULA), ==,
                   "The Security Council,");
  g_assert_cmpuint (resolute_document_get_n_clauses (council), ==, 2);
  g_assert_true (resolute_clause_get_auto_opening (resolute_document_get_clause (council, 0)));
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (council, 1)), ==, "");
  assert_round_trip (council);

  g_ptr_array_set_size (warnings, 0);
  francais = read_akn (french_bytes, warnings);
  print_warnings (warnings);
  g_assert_cmpstr (resolute_document_get_field (francais, RESOLUTE_FIELD_LANGUAGE), ==, "fra");
  g_assert_cmpint (resolute_document_get_organ (francais), ==, RESOLUTE_ORGAN_SECURITY_COUNCIL);
  g_assert_true (has_warning (warnings, "the <section> groupings of the operative part are not kept"));
  g_assert_cmpuint (warnings->len, ==, 1);
  clause = resolute_document_get_clause (francais, 1);
  g_assert_cmpstr (resolute_clause_get_label (clause), ==, "a)");
  clause = resolute_document_get_clause (francais, 2);
  text = resolute_document_get_plain_text (francais, clause);
  g_assert_cmpstr (text, ==, "Rappelle le paragraphe 1 a) ci-dessus.");
  g_assert_cmpuint (resolute_inline_get_object (resolute_clause_get_content (clause), 0)->flags, ==,
                    RESOLUTE_CROSS_REF_DIRECTION);
  assert_round_trip (francais);

  /* an annex section with text of its own and a subheading */
  {
    const char *annex =
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
      "<statement name=\"resolution\"><mainBody><p>Adopts the annexed text.</p></mainBody>"
      "<attachments><attachment><doc name=\"annex\"><preface><p>Annex</p>"
      "<p>Principles</p></preface><mainBody>"
      "<hcontainer name=\"x\"><num>A.</num><heading>Scope</heading><subheading>In short</subheading>"
      "<content><p>Section text.</p></content></hcontainer>"
      "</mainBody></doc></attachment></attachments></statement></akomaNtoso>";
    g_autoptr(GBytes) annex_bytes = g_bytes_new_static (annex, strlen (annex));
    g_autoptr(ResoluteDocument) annexed = NULL;
    const char *const kinds[] = { "operative", "annex", "annex-heading", "annex-text" };
    const char *const texts[] = { "Adopts the annexed text.", "Principles", "Scope", "Section text." };

    g_ptr_array_set_size (warnings, 0);
    annexed = read_akn (annex_bytes, warnings);
    print_warnings (warnings);
    g_assert_true (has_warning (warnings, "<subheading> in an annex is not kept: “In short”"));
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_cmpuint (resolute_document_get_n_clauses (annexed), ==, G_N_ELEMENTS (kinds));
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        clause = resolute_document_get_clause (annexed, i);
        g_assert_cmpstr (resolute_clause_kind_to_string (resolute_clause_get_kind (clause)), ==, kinds[i]);
        g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (clause)), ==, texts[i]);
      }
    g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (annexed, 2)), ==, "A.");
    assert_round_trip (annexed);
  }
}

/* Our own file with the proprietary block taken out reads as another
 * tool's file would: the structure and most metadata come back. */
static void
test_foreign_without_proprietary (void)
{
  g_autoptr(ResoluteDocument) document = make_full_document ();
  g_autoptr(GBytes) bytes = write_akn (document);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) stripped = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes));
  g_autoptr(GBytes) foreign = NULL;
  g_autoptr(ResoluteDocument) reopened = NULL;
  const char *start = strstr (stripped->str, "<proprietary");
  const char *end = strstr (stripped->str, "</proprietary>");
  ResoluteDocumentStats before, after;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  g_string_erase (stripped, start - stripped->str, end + strlen ("</proprietary>") - start);
  foreign = g_bytes_new (stripped->str, stripped->len);
  assert_valid (foreign);
  reopened = read_akn (foreign, warnings);
  print_warnings (warnings);

  resolute_document_get_stats (document, &before);
  resolute_document_get_stats (reopened, &after);
  g_assert_cmpmem (&before, sizeof before, &after, sizeof after);
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      ResoluteClause *a = resolute_document_get_clause (document, i);
      ResoluteClause *b = resolute_document_get_clause (reopened, i);
      g_autofree char *text_a = resolute_document_get_plain_text (document, a);
      g_autofree char *text_b = resolute_document_get_plain_text (reopened, b);

      g_assert_cmpstr (resolute_clause_get_id (a), ==, resolute_clause_get_id (b));
      g_assert_cmpint (resolute_clause_get_kind (a), ==, resolute_clause_get_kind (b));
      g_assert_cmpuint (resolute_clause_get_level (a), ==, resolute_clause_get_level (b));
      g_assert_cmpstr (resolute_clause_get_label (a), ==, resolute_clause_get_label (b));
      g_assert_cmpstr (text_a, ==, text_b);
    }
  for (ResoluteField field = 0; field < RESOLUTE_N_FIELDS; field++)
    {
      if (field == RESOLUTE_FIELD_JOB_NUMBER || field == RESOLUTE_FIELD_JOB_CODE
          || field == RESOLUTE_FIELD_NOTES)
        continue; /* only our own block carries these */
      g_test_message ("field %s", resolute_field_to_string (field));
      g_assert_cmpstr (resolute_document_get_field (reopened, field), ==,
                       resolute_document_get_field (document, field));
    }
  g_assert_cmpuint (resolute_document_get_n_sponsors (reopened), ==, 3);
  g_assert_cmpuint (resolute_document_get_n_agenda_items (reopened), ==, 2);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* Every text of the shared corpus, imported, saves as valid Akoma Ntoso
 * that reads back as the same document. */
static void
test_corpus (void)
{
  g_autofree char *seed = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autofree char *folder = resolute_test_shared_path ("corpus", "pdf-text", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!resolute_test_require_shared (seed) || !resolute_test_require_shared (folder))
    return;

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  g_ptr_array_insert (paths, 0, g_strdup (seed));
  g_assert_cmpuint (paths->len, >, 1);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GBytes) text = resolute_test_load_bytes (path);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(ResoluteDocument) document = resolute_ods_text_reader_read (text, warnings, &error);

      if (document == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
        {
          g_test_skip ("the ODS text importer is not there yet (it answers NOT_SUPPORTED)");
          return;
        }
      g_test_message ("%s", path);
      g_assert_no_error (error);
      g_assert_nonnull (document);
      assert_round_trip (document);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Akn/roundtrip", test_round_trip);
  g_test_add_func ("/Resolute/Akn/deterministic", test_deterministic);
  g_test_add_func ("/Resolute/Akn/structure", test_structure);
  g_test_add_func ("/Resolute/Akn/minimal", test_minimal_documents);
  g_test_add_func ("/Resolute/Akn/drafts", test_drafts);
  g_test_add_func ("/Resolute/Akn/french", test_french);
  g_test_add_func ("/Resolute/Akn/templates", test_templates);
  g_test_add_func ("/Resolute/Akn/special-text", test_special_text);
  g_test_add_func ("/Resolute/Akn/after-edits", test_after_edits);
  g_test_add_func ("/Resolute/Akn/foreign/resolution", test_foreign_resolution);
  g_test_add_func ("/Resolute/Akn/foreign/draft-with-annex", test_foreign_draft_with_annex);
  g_test_add_func ("/Resolute/Akn/foreign/without-proprietary", test_foreign_without_proprietary);
  g_test_add_func ("/Resolute/Akn/foreign/variants", test_foreign_variants);
  g_test_add_func ("/Resolute/Akn/corpus", test_corpus);

  return g_test_run ();
}
