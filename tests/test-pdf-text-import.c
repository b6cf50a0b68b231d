/* test-pdf-text-import.c — importing the text copied out of UN PDFs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "resolute-document.h"
#include "resolute-error.h"
#include "resolute-ods-text-reader.h"
#include "resolute-ods-text-writer.h"
#include "resolute-test-support.h"

/* What the corpus README says of each file, beyond expected.json. */
typedef struct
{
  const char *file;
  const char *title;
  const char *job_number;
  ResoluteDocumentKind kind;
} CorpusFile;

static const CorpusFile corpus_files[] = {
  { "A_RES_80_10.txt", "International Day of the World’s Indigenous Women and Girls",
    "25-19432 (E)", RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_80_240.txt", "Support account for peacekeeping operations", "25-21259 (E)",
    RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_80_245.txt", "Unforeseen and extraordinary expenses for 2026", "25-21253 (E)",
    RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_76_113.txt", "Provisional application of treaties", "21-18669 (E)",
    RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_80_34.txt",
    "Implementation of the Convention on the Prohibition of the Development, Production, "
    "Stockpiling and Use of Chemical Weapons and on Their Destruction",
    "25-19826 (E)", RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_72_115.txt",
    "United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider "
    "Appreciation of International Law",
    "17-22153 (E)", RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_79_10.txt",
    "Cooperation between the United Nations and the Collective Security Treaty Organization",
    "24-21660 (E)", RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_RES_79_98.txt", "Question of Western Sahara", "24-23549 (E)",
    RESOLUTE_DOCUMENT_KIND_RESOLUTION },
  { "A_80_L.9.txt", "Report of the International Criminal Court", "25-17846 (E)",
    RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION },
  { "A_C.1_80_L.5.txt",
    "Conclusion of effective international arrangements to assure non-nuclear-weapon States "
    "against the use or threat of use of nuclear weapons",
    "25-15905 (E)", RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION },
  { "A_C.4_80_L.2.txt",
    "Offers by Member States of study and training facilities for inhabitants of "
    "Non-Self-Governing Territories",
    "25-16296 (E)", RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION },
  { "A_C.5_80_L.8.txt", "Working Capital Fund for 2026", "25-21005 (E)",
    RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION },
  { "A_80_L.30.txt",
    /* the text ends the title with a narrow no-break space: not kept */
    "Strengthening of the coordination of emergency humanitarian assistance of the United "
    "Nations",
    "25-20150 (E)", RESOLUTE_DOCUMENT_KIND_AMENDMENT },
  { "A_C.3_80_L.61.txt", "Rights of the child", "25-18531 (E)", RESOLUTE_DOCUMENT_KIND_AMENDMENT },
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static ResoluteDocument *
import_bytes (GBytes    *bytes,
              GPtrArray *warnings)
{
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  document = resolute_ods_text_reader_read (bytes, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
  return document;
}

/* Imports a file of the corpus, or returns NULL when the corpus is absent
 * (the test is then skipped). */
static ResoluteDocument *
import_corpus (const char *name,
               GPtrArray  *warnings)
{
  g_autofree char *path = resolute_test_shared_path ("corpus", "pdf-text", name, NULL);
  g_autoptr(GBytes) bytes = NULL;

  if (!resolute_test_require_shared (path))
    return NULL;
  bytes = resolute_test_load_bytes (path);
  return import_bytes (bytes, warnings);
}

static ResoluteDocument *
import_data_file (const char *name,
                  GPtrArray  *warnings)
{
  g_autofree char *path = resolute_test_data_path (name);
  g_autoptr(GBytes) bytes = resolute_test_load_bytes (path);

  return import_bytes (bytes, warnings);
}

static ResoluteDocument *
import_text (const char *text,
             GPtrArray  *warnings)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return import_bytes (bytes, warnings);
}

static void
assert_stats (ResoluteDocument *document,
              guint             preambular,
              guint             operative,
              guint             subparagraphs,
              guint             footnotes,
              guint             annexes,
              guint             sponsors)
{
  ResoluteDocumentStats stats;

  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.preambular, ==, preambular);
  g_assert_cmpuint (stats.operative, ==, operative);
  g_assert_cmpuint (stats.subparagraphs, ==, subparagraphs);
  g_assert_cmpuint (stats.footnotes, ==, footnotes);
  g_assert_cmpuint (stats.annexes, ==, annexes);
  g_assert_cmpuint (stats.sponsors, ==, sponsors);
}

static void
assert_no_warnings (GPtrArray *warnings)
{
  if (warnings->len > 0)
    g_error ("unexpected warning: %s", (const char *) g_ptr_array_index (warnings, 0));
}

static char *
plain_text (ResoluteDocument *document,
            guint             position)
{
  return resolute_document_get_plain_text (document,
                                           resolute_document_get_clause (document, position));
}

static void
assert_clause (ResoluteDocument   *document,
               guint               position,
               ResoluteClauseKind  kind,
               guint               level,
               gboolean            continuation,
               const char         *text_start)
{
  ResoluteClause *clause = resolute_document_get_clause (document, position);
  g_autofree char *text = NULL;

  g_assert_nonnull (clause);
  text = plain_text (document, position);
  if (resolute_clause_get_kind (clause) != kind || resolute_clause_get_level (clause) != level
      || resolute_clause_get_continuation (clause) != continuation
      || !g_str_has_prefix (text, text_start))
    g_error ("clause %u is %s level %u%s “%.60s”, expected %s level %u%s “%s”", position,
             resolute_clause_kind_to_string (resolute_clause_get_kind (clause)),
             resolute_clause_get_level (clause),
             resolute_clause_get_continuation (clause) ? " (continuation)" : "", text,
             resolute_clause_kind_to_string (kind), level, continuation ? " (continuation)" : "",
             text_start);
}

static void
assert_clause_ends (ResoluteDocument *document,
                    guint             position,
                    const char       *text_end)
{
  g_autofree char *text = plain_text (document, position);

  if (!g_str_has_suffix (text, text_end))
    g_error ("clause %u “%s” does not end with “%s”", position, text, text_end);
}

/* The position of the first clause whose text starts with @start. */
static guint
find_clause (ResoluteDocument *document,
             const char       *start)
{
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      g_autofree char *text = plain_text (document, i);

      if (g_str_has_prefix (text, start))
        return i;
    }
  g_error ("no clause starts with “%s”", start);
  return G_MAXUINT;
}

static ResoluteFootnote *
footnote_by_label (ResoluteDocument *document,
                   const char       *label)
{
  GListModel *footnotes = resolute_document_get_footnotes (document);

  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);

      if (g_strcmp0 (resolute_footnote_get_label (footnote), label) == 0)
        return footnote;
    }
  g_error ("no footnote %s", label);
  return NULL;
}

static void
assert_footnote_text (ResoluteDocument *document,
                      const char       *label,
                      const char       *expected)
{
  g_autofree char *text = resolute_document_get_footnote_plain_text (document,
                                                                     footnote_by_label (document,
                                                                                        label));

  g_assert_cmpstr (text, ==, expected);
}

/* Footnote @label is marked in clause @position right after @text_before. */
static void
assert_mark (ResoluteDocument *document,
             const char       *label,
             guint             position,
             const char       *text_before)
{
  ResoluteFootnote *footnote = footnote_by_label (document, label);
  ResoluteClause *clause = resolute_document_get_clause (document, position);
  const ResoluteInline *content = resolute_clause_get_content (clause);

  for (guint i = 0; i < resolute_inline_get_n_objects (content); i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      const char *text = resolute_inline_get_text (content);
      gsize len = strlen (text_before);

      if (object->kind == RESOLUTE_OBJECT_NOTE_REF
          && g_strcmp0 (object->target, resolute_footnote_get_id (footnote)) == 0
          && object->offset >= len && strncmp (text + object->offset - len, text_before, len) == 0)
        return;
    }
  g_error ("footnote %s is not marked after “%s” in clause %u", label, text_before, position);
}

static gboolean
any_clause_contains (ResoluteDocument *document,
                     const char       *part)
{
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      g_autofree char *text = plain_text (document, i);

      if (strstr (text, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* No page furniture in any paragraph: the symbol, the job number, page
 * numbers "2/5", the barcode, a footnote rule. */
static void
assert_no_furniture (ResoluteDocument *document)
{
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);
  const char *job = resolute_document_get_field (document, RESOLUTE_FIELD_JOB_NUMBER);
  g_autofree char *short_job = job != NULL ? g_strndup (job, 8) : NULL;
  g_autoptr(GRegex) page = g_regex_new ("(^|\\s)\\d/\\d(\\s|$)", 0, 0, NULL);

  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      g_autofree char *text = plain_text (document, i);

      if ((symbol != NULL && strstr (text, symbol) != NULL)
          || (short_job != NULL && strstr (text, short_job) != NULL)
          || g_regex_match (page, text, 0, NULL) || strstr (text, "_____") != NULL
          || strstr (text, "Please recycle") != NULL || strstr (text, "  ") != NULL)
        g_error ("page furniture in clause %u: %s", i, text);
    }
}

/* ------------------------------------------------------------------------ */
/* The corpus, against expected.json                                        */

static void
test_corpus_file (gconstpointer data)
{
  const CorpusFile *file = data;
  g_autofree char *expected_path = resolute_test_shared_path ("corpus", "pdf-text", "expected.json",
                                                              NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *expected;
  ResoluteDocumentStats stats;

  if (!resolute_test_require_shared (expected_path))
    return;
  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  expected = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                            file->file);
  g_assert_nonnull (expected);

  document = import_corpus (file->file, warnings);
  if (document == NULL)
    return;
  assert_no_warnings (warnings);
  resolute_document_get_stats (document, &stats);

  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   json_object_get_string_member (expected, "symbol"));
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==, file->title);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_JOB_NUMBER), ==,
                   file->job_number);
  g_assert_cmpint (resolute_document_get_kind (document), ==, file->kind);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_GENERAL_ASSEMBLY);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   file->kind == RESOLUTE_DOCUMENT_KIND_RESOLUTION ? RESOLUTE_DISTRIBUTION_GENERAL
                                                                   : RESOLUTE_DISTRIBUTION_LIMITED);

  if (json_object_has_member (expected, "preambular"))
    {
      g_assert_cmpuint (stats.preambular, ==, json_object_get_int_member (expected, "preambular"));
      g_assert_cmpuint (stats.operative, ==, json_object_get_int_member (expected, "operative"));
      g_assert_cmpuint (stats.subparagraphs, ==,
                        json_object_get_int_member (expected, "subparagraphs"));
    }
  g_assert_cmpuint (stats.footnotes, ==, json_object_get_int_member (expected, "footnotes"));
  g_assert_cmpuint (stats.annexes, ==, json_object_get_int_member (expected, "annexes"));
  g_assert_cmpuint (stats.sponsors, ==, json_object_get_int_member (expected, "sponsors"));

  assert_no_furniture (document);

  /* adopted resolutions: the heading and closing lines */
  if (file->kind == RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    {
      const char *number = resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER);

      g_assert_nonnull (number);
      g_assert_true (g_str_has_suffix (json_object_get_string_member (expected, "symbol"), number));
      g_assert_nonnull (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE));
      g_assert_nonnull (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING));
      g_assert_nonnull (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN));
    }
  g_assert_nonnull (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE));
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), !=, NULL);
  g_assert_cmpuint (resolute_document_get_n_agenda_items (document), ==, 1);
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_NOTES));
}

/* The dump of a document without its ids (new at each import) and the job
 * code (the rendition writes the derived one down). */
static char *
normalized_dump (ResoluteDocument *document)
{
  g_autofree char *dump = resolute_test_dump (document);
  g_autoptr(GRegex) ids = g_regex_new ("\\b[cn][0-9a-f]{8}\\b", 0, 0, NULL);
  g_autoptr(GRegex) job_code = g_regex_new ("^job-code: .*\\n", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *without_ids = g_regex_replace_literal (ids, dump, -1, 0, "ID", 0, NULL);

  return g_regex_replace_literal (job_code, without_ids, -1, 0, "", 0, NULL);
}

/* A file of the corpus imported, exported as the ODS rendition and imported
 * again is the same document: the two forms of text agree. */
static void
test_corpus_round_trip (gconstpointer data)
{
  const CorpusFile *file = data;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus (file->file, warnings);
  g_autoptr(ResoluteDocument) again = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (document == NULL)
    return;

  exported = resolute_ods_text_writer_write (document, &error);
  if (exported == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    {
      g_test_skip ("the ODS text writer is not there yet");
      return;
    }
  g_assert_no_error (error);
  again = import_bytes (exported, warnings);
  assert_no_warnings (warnings);

  before = normalized_dump (document);
  after = normalized_dump (again);
  g_assert_cmpstr (after, ==, before);
}

/* Every file of the corpus is listed in expected.json and tested above. */
static void
test_corpus_complete (void)
{
  g_autofree char *expected_path = resolute_test_shared_path ("corpus", "pdf-text", "expected.json",
                                                              NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) members = NULL;

  if (!resolute_test_require_shared (expected_path))
    return;
  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  members = json_object_get_members (json_node_get_object (json_parser_get_root (parser)));
  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (corpus_files));
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (corpus_files); i++)
        found |= strcmp (corpus_files[i].file, l->data) == 0;
      g_assert_true (found);
    }
}

/* ------------------------------------------------------------------------ */
/* Spot checks of the corpus                                                */

static void
test_80_10 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_80_10.txt", warnings);
  const ResoluteAgendaItem *item;

  if (document == NULL)
    return;

  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                   "without reference to a Main Committee (A/80/L.11)");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2025-11-26");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "51st plenary meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "80");
  item = resolute_document_get_agenda_item (document, 0);
  g_assert_cmpstr (item->number, ==, "13");
  g_assert_cmpstr (item->title, ==,
                   "Integrated and coordinated implementation of and follow-up to the outcomes of "
                   "the major United Nations conferences and summits in the economic, social and "
                   "related fields");

  /* the footnote block between preambular paragraphs 3 and 4 */
  assert_clause (document, 2, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Recalling the Universal Declaration");
  assert_clause_ends (document, 2, "on Population and Development,10");
  assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "Reaffirming the 2030 Agenda");

  /* marks set apart by spaces, glued to a word, glued to a year */
  assert_mark (document, "1", 1, "International Covenant on Civil and Political Rights,");
  assert_mark (document, "3", 1, "Forms of Racial Discrimination,");
  assert_mark (document, "4", 1, "Convention on the Rights of the Child");
  assert_mark (document, "9", 2, "the Durban Declaration and Programme of Action");
  assert_mark (document, "11", 3, "the 2030 Agenda for Sustainable Development");
  assert_mark (document, "13", 6, "respectively,");
  {
    g_autofree char *text = plain_text (document, 1);

    g_assert_true (strstr (text, "Political Rights,1 the International Covenant") != NULL);
    g_assert_true (strstr (text, "Racial Discrimination,3 the Convention") != NULL);
  }

  /* a continuation line that starts with a year */
  assert_footnote_text (document, "10",
                        "Report of the International Conference on Population and Development, "
                        "Cairo, 5–13 September 1994 (United Nations publication, Sales No. "
                        "E.95.XIII.18), chap. I, resolution 1, annex.");
  assert_footnote_text (document, "2", "Ibid.");
  assert_clause (document, 13, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Stresses that the cost");
}

static void
test_80_240 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_80_240.txt", warnings);

  if (document == NULL)
    return;

  /* the footnote block after the closing lines */
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "69th (resumed) plenary meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2025-12-30");
  assert_clause_ends (document, 2,
                      "Advisory Committee on Administrative and Budgetary Questions.");
  assert_footnote_text (document, "1", "Relevant parts of A/80/400.");
  assert_footnote_text (document, "3", "A/80/538.");
  assert_mark (document, "1", 0, "for the 2025/26 period,");
  assert_mark (document, "2", 0, "Committee on internal oversight");
  assert_mark (document, "3", 0, "Budgetary Questions,");
}

static void
test_80_245 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_80_245.txt", warnings);

  if (document == NULL)
    return;

  /* "The General Assembly" without its comma, and no preamble */
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_AUTHORING_FORMULA), ==,
                   "The General Assembly");
  assert_clause (document, 0, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Authorizes the Secretary-General");
  assert_clause (document, 1, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "Such commitments not exceeding");
  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "Such commitments as the President");
  assert_clause (document, 3, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE,
                 "The designation of ad hoc judges");
  assert_clause (document, 4, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "The calling of witnesses");
  assert_clause (document, 6, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "The payment of pensions");
  assert_clause_ends (document, 6, "not exceeding a total of 205,000 dollars;");
  /* (v) after (iv), across a page break and a footnote block */
  assert_clause (document, 7, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "The work of the Court");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 7)), ==,
                   "(v)");
  assert_clause (document, 8, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "Such commitments not exceeding a total of 500,000");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 8)), ==,
                   "(c)");
  assert_mark (document, "1", 0, "Financial Regulations and Rules of the United Nations");
  {
    g_autofree char *text = plain_text (document, 0);

    g_assert_nonnull (strstr (text, "United Nations1 and the provisions of paragraph 3 below"));
  }
}

static void
test_76_113_annex (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_76_113.txt", warnings);
  ResoluteClause *clause;
  guint guideline_4;
  guint guideline_9;
  guint n;

  if (document == NULL)
    return;

  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "49th plenary meeting");
  /* "paragraph 1 (a)" inside preambular paragraph 3 is text */
  assert_clause (document, 2, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Emphasizing the continuing importance");
  assert_clause_ends (document, 2,
                      "Article 13, paragraph 1 (a), of the Charter of the United Nations,");
  assert_mark (document, "2", 7, "seventy-sixth session of the General Assembly,");
  {
    g_autofree char *text = plain_text (document, 7);

    g_assert_nonnull (strstr (text, "General Assembly,2 after the International Law Commission"));
  }

  assert_clause (document, 10, RESOLUTE_CLAUSE_ANNEX, 0, FALSE,
                 "Text of the guidelines on provisional application of treaties");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 10)), ==,
                   "Annex");
  assert_clause (document, 11, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Scope");
  g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (document, 11)),
                   ==,
                   "Guideline 1");
  assert_clause (document, 12, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE,
                 "The present guidelines concern");

  /* Guideline 4: (a), (b), then (i) and (ii) after a page break and footnote 2 */
  guideline_4 = find_clause (document, "Form of agreement");
  assert_clause (document, guideline_4 + 1, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE,
                 "In addition to the case");
  assert_clause (document, guideline_4 + 2, RESOLUTE_CLAUSE_ANNEX_TEXT, 1, FALSE,
                 "a separate treaty; or");
  assert_clause (document, guideline_4 + 3, RESOLUTE_CLAUSE_ANNEX_TEXT, 1, FALSE,
                 "any other means");
  assert_clause (document, guideline_4 + 4, RESOLUTE_CLAUSE_ANNEX_TEXT, 2, FALSE,
                 "a resolution, decision");
  assert_clause (document, guideline_4 + 5, RESOLUTE_CLAUSE_ANNEX_TEXT, 2, FALSE,
                 "a declaration by a State");

  /* numbered paragraphs of Guidelines 9–11 are annex paragraphs */
  guideline_9 = find_clause (document, "Termination");
  clause = resolute_document_get_clause (document, guideline_9);
  g_assert_cmpstr (resolute_clause_get_heading_label (clause), ==, "Guideline 9");
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u.", i);

      assert_clause (document, guideline_9 + i, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE, "");
      clause = resolute_document_get_clause (document, guideline_9 + i);
      g_assert_cmpstr (resolute_clause_get_label (clause), ==, label);
    }
  n = find_clause (document,
                   "Internal law of States, rules of international organizations and observance of "
                   "provisionally applied treaties");
  assert_clause (document, n, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Internal law");
  assert_clause (document, n + 1, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE,
                 "A State that has agreed");
  n = resolute_document_get_n_clauses (document);
  assert_clause (document, n - 2, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE,
                 "Agreement to provisional application with limitations deriving from internal law "
                 "of States or rules of international organizations");
  assert_clause (document, n - 1, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE,
                 "The present guidelines are without");
}

static void
test_80_34 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_80_34.txt", warnings);
  guint op2, op3, op5, op12, n;

  if (document == NULL)
    return;

  /* preambular paragraphs 10 and 11 without a blank line between them */
  assert_clause (document, 9, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Emphasizing that the Third Review");
  assert_clause_ends (document, 9, "an example of effective multilateralism,");
  assert_clause (document, 10, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Convinced that the Convention, 28 years");
  assert_clause (document, 11, RESOLUTE_CLAUSE_PREAMBULAR, 1, FALSE,
                 "International peace and security,");
  assert_clause (document, 15, RESOLUTE_CLAUSE_PREAMBULAR, 1, FALSE,
                 "Promoting international cooperation");

  /* a page break inside operative paragraph 2 */
  op2 = find_clause (document, "Recalls that article I, paragraph 5");
  assert_clause (document, op2, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "");
  {
    g_autofree char *text = plain_text (document, op2);

    g_assert_nonnull (strstr (text, "Chemical Weapons and on Their Destruction provides that"));
  }

  /* one word per line, and marks glued to years */
  op3 = op2 + 1;
  assert_clause (document, op3, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Notes with grave concern");
  {
    g_autofree char *text = plain_text (document, op3);

    g_assert_nonnull (strstr (text, "visits requested by Ukraine, which confirmed the presence of "
                                    "the riot control agent 2‑chlorobenzalmalononitrile"));
    g_assert_nonnull (strstr (text, "of 18 November 2024,3 14 February 20254 and 20 June 20255 "
                                    "following"));
  }
  assert_mark (document, "3", op3, "of 18 November 2024,");
  assert_mark (document, "4", op3, "14 February 2025");
  assert_mark (document, "5", op3, "and 20 June 2025");
  assert_mark (document, "6", op3 + 1, "technical assistance by Germany,");

  /* 5 (a)–(f), a page break between (b) and (c), then the closing text */
  op5 = op3 + 2;
  assert_clause (document, op5, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Also condemns");
  assert_clause (document, op5 + 2, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "The report of the Joint Investigative Mechanism of 26 October");
  assert_clause_ends (document, op5 + 2, "at Khan Shaykhun on 4 April 2017;");
  assert_clause (document, op5 + 3, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "The first report of the Investigation");
  assert_clause (document, op5 + 6, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "The fourth report");
  assert_clause (document, op5 + 7, RESOLUTE_CLAUSE_OPERATIVE, 0, TRUE,
                 "and demands that the perpetrators");
  assert_clause (document, op5 + 8, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Recognizes that the secretive");

  /* marks glued "Saraqib15", spaced "Ltamenah, 14" */
  assert_mark (document, "14", find_clause (document, "The reports of the fact-finding mission"),
               "alleged incidents in Ltamenah,");
  assert_mark (document, "15", find_clause (document, "The reports of the fact-finding mission"),
               "Saraqib");

  /* 12 (a)–(d), its closing text across a page break and a footnote block */
  op12 = find_clause (document, "Also recalls the adoption of:");
  assert_clause (document, op12 + 4, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "Decision C-28/DEC.12");
  assert_clause (document, op12 + 5, RESOLUTE_CLAUSE_OPERATIVE, 0, TRUE,
                 "and stresses the importance");
  assert_clause_ends (document, op12 + 5, "on the implementation of decision EC-94/DEC.2;22");
  assert_mark (document, "22", op12 + 5, "decision EC-94/DEC.2;");

  /* U+2011 and the compound hyphens at line ends are kept */
  g_assert_true (any_clause_contains (document, "non‑discriminatory"));
  g_assert_true (any_clause_contains (document, "capacity-building support"));
  g_assert_true (any_clause_contains (document, "central nervous system-acting chemicals"));
  g_assert_true (any_clause_contains (document, "EC-M-33/DEC.1 and EC‑94/DEC.2 and Security "
                                                "Council resolution 2118 (2013)"));
  g_assert_false (any_clause_contains (document, "capacity- building"));
  g_assert_false (any_clause_contains (document, "capacitybuilding"));

  assert_footnote_text (document, "1", "League of Nations, Treaty Series, vol. XCIV, No. 2138.");
  assert_footnote_text (document, "24", "United Nations, Treaty Series, vol. 2160, No. 1240.");
  n = find_clause (document, "Welcomes the cooperation between the United Nations and the");
  assert_mark (document, "24", n, "between the United Nations and the Organisation,");
}

static void
test_72_115 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_72_115.txt", warnings);
  ResoluteFootnote *first;

  if (document == NULL)
    return;

  g_assert_null (resolute_document_get_agenda_item (document, 0)->title);
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "80");
  /* the page break exactly between preambular paragraphs 6 and 7 */
  assert_clause_ends (document, 5, "while bearing in mind limitations on available resources,");
  assert_clause (document, 6, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Taking note with appreciation");

  /* footnote 1 cited twice */
  first = footnote_by_label (document, "1");
  g_assert_cmpuint (resolute_document_count_note_refs (document, resolute_footnote_get_id (first)),
                    ==, 2);
  assert_mark (document, "1", 6, "implementation of the Programme of Assistance");
  assert_mark (document, "1", 15, "activities specified in his report");
  assert_footnote_text (document, "1", "A/72/517.");
  assert_footnote_text (document, "2", "A/70/423, A/71/432 and A/72/517.");
  assert_footnote_text (document, "3", "A/70/423, para. 45.");
  assert_mark (document, "3",
               find_clause (document, "Recognizes the importance of the United Nations legal"),
               "his previous report");

  /* 2 (a)–(d) across a page break between (a) and (b) */
  assert_clause (document, 16, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "The International Law Fellowship");
  assert_clause_ends (document, 16, "with a minimum of 20 fellowships;");
  assert_clause (document, 17, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "The United Nations Regional Courses");
  assert_clause (document, 20, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Also authorizes");
  g_assert_true (any_clause_contains (document, "the biennium 2018–2019, should voluntary"));
  assert_clause_ends (document,
                      find_clause (document, "Decides to include in the provisional agenda"),
                      "Wider Appreciation of International Law”.");
}

static void
test_79_10 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_79_10.txt", warnings);

  if (document == NULL)
    return;

  /* a page break inside preambular paragraph 5 */
  assert_clause (document, 4, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Referring to all previous relevant resolutions");
  {
    g_autofree char *text = plain_text (document, 4);

    g_assert_nonnull (strstr (text, "the relevant statements by its President, including those of "
                                    "13 January 20103 and 6 August 2013,4 which"));
  }
  assert_mark (document, "3", 4, "13 January 2010");
  assert_mark (document, "4", 4, "6 August 2013,");
  /* spacing errors are kept */
  g_assert_true (any_clause_contains (document, "73/331 of 25 July 2019,75/276 of 28 April 2021"));
  g_assert_true (any_clause_contains (document, "the report of the Secretary -General on"));
  g_assert_true (any_clause_contains (document, "natural and human-made disasters"));
  /* footnote continuation lines that start with years */
  assert_footnote_text (document, "3",
                        "S/PRST/2010/1; see Resolutions and Decisions of the Security Council, 1 "
                        "August 2009–31 July 2010 (S/INF/65).");
  assert_footnote_text (document, "4",
                        "S/PRST/2013/12; see Resolutions and Decisions of the Security Council, 1 "
                        "August 2013–31 July 2014 (S/INF/69).");
  assert_footnote_text (document, "6",
                        "See Official Records of the Economic and Social Council, 2009, Supplement "
                        "No. 8 (E/2009/28), chap. I, sect. C.");
  assert_mark (document, "7", 10, "special session on the world drug problem,");
  /* the last page holds only operative paragraph 9 */
  assert_clause (document, resolute_document_get_n_clauses (document) - 1,
                 RESOLUTE_CLAUSE_OPERATIVE, 0,
                 FALSE, "Decides to include in the provisional agenda of its eighty-first session");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "125 (t)");
}

static void
test_79_98 (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_RES_79_98.txt", warnings);

  if (document == NULL)
    return;

  /* the origin bracket over two lines */
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                   "on the report of the Special Political and Decolonization Committee (Fourth "
                   "Committee) (A/79/431, para. 33)");
  /* lines that start with numbers and parenthesised years stay inside their paragraphs */
  assert_clause (document, 5, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Recalling further Security Council resolutions 658 (1990)");
  assert_clause_ends (document, 5,
                      "1675 (2006) of 28 April 2006 and 1720 (2006) of 31 October 2006,");
  assert_clause (document, 6, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Underlining the adoption of Security Council resolutions 1754");
  assert_clause_ends (document, 6,
                      "2654 (2022) on 27 October 2022 and 2703 (2023) on 30 October 2023,");
  g_assert_true (any_clause_contains (document, "in Dürnstein, Austria"));
  assert_clause (document, 15, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Supports the process of negotiations");
  assert_clause_ends (document, 16, "and the success of negotiations;");
  assert_mark (document, "1", 12, "Colonial Countries and Peoples for 2024,");
  assert_mark (document, "2", 13, "the report of the Secretary-General,");
}

static void
test_l9_sponsors (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_corpus ("A_80_L.9.txt", warnings);
  ResoluteFootnote *star;
  g_autofree char *star_text = NULL;
  gboolean seen_korea = FALSE;

  if (document == NULL)
    return;

  g_assert_cmpstr (resolute_document_get_sponsor (document, 0)->name, ==, "Andorra");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 5)->name, ==, "Bosnia and Herzegovina");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 13)->name, ==,
                   "Democratic Republic of the Congo");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 35)->name, ==,
                   "Netherlands (Kingdom of the)");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 55)->name, ==,
                   "United Kingdom of Great Britain and Northern Ireland");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 58)->name, ==, "Zambia");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 59)->name, ==, "State of Palestine");
  for (guint i = 0; i < resolute_document_get_n_sponsors (document); i++)
    {
      const char *name = resolute_document_get_sponsor (document, i)->name;

      seen_korea |= strcmp (name, "Republic of Korea") == 0;
      g_assert_false (g_str_has_suffix (name, " "));
      g_assert_null (strchr (name, '*'));
      g_assert_null (strchr (name, ':'));
    }
  g_assert_true (seen_korea);

  /* ":* draft resolution": the note of the sponsors line */
  star = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);
  g_assert_nonnull (star);
  star_text = resolute_document_get_footnote_plain_text (document, star);
  g_assert_cmpstr (star_text, ==,
                   "Any changes to the list of sponsors will be reflected in the official record "
                   "of the meeting.");
  g_assert_cmpstr (resolute_footnote_get_label (star), ==, "*");

  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE), ==,
                   "eng");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE));
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING));
  g_assert_true (any_clause_contains (document, "transitional justice in conflict and "
                                                "post-conflict societies"));
  assert_mark (document, "1", 1, "the Rome Statute of the International Criminal Court");
  assert_mark (document, "9", find_clause (document, "Continues to welcome the statement"),
               "Council of 12 February 2013,");
  assert_footnote_text (document, "9",
                        "S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 "
                        "August 2012–31 July 2013 (S/INF/68).");
  assert_mark (document, "10", resolute_document_get_n_clauses (document) - 5,
               "the work of the Organization;");
}

static void
test_committee_drafts (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) first = import_corpus ("A_C.1_80_L.5.txt", warnings);
  g_autoptr(ResoluteDocument) fourth = NULL;
  g_autoptr(ResoluteDocument) fifth = NULL;
  guint n;

  if (first == NULL)
    return;

  g_assert_cmpstr (resolute_document_get_field (first, RESOLUTE_FIELD_COMMITTEE), ==,
                   "First Committee");
  g_assert_cmpstr (resolute_document_get_sponsor (first, 10)->name, ==,
                   "Venezuela (Bolivarian Republic of)");
  g_assert_cmpstr (resolute_document_get_sponsor (first, 3)->name, ==,
                   "Iran (Islamic Republic of)");
  /* "7 February 1984." continues footnote 2 */
  assert_footnote_text (first, "2",
                        "The Committee on Disarmament was redesignated the Conference on "
                        "Disarmament as from 7 February 1984.");
  assert_footnote_text (first, "7", "See A/57/759-S/2003/332, annex I.");
  assert_mark (first, "1", 8, "the first special session devoted to disarmament,");
  assert_mark (first, "2", 9, "the special report of the Committee on Disarmament");
  assert_mark (first, "6", 11, "Threat of Use of Nuclear Weapons,");
  g_assert_true (any_clause_contains (first,
                                      "to assure non-nuclear-weapon States against the use"));
  g_assert_true (any_clause_contains (first, "unilateral declarations made by all the "
                                             "nuclear-weapon States"));

  fourth = import_corpus ("A_C.4_80_L.2.txt", warnings);
  g_assert_cmpstr (resolute_document_get_field (fourth, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Special Political and Decolonization Committee (Fourth Committee)");
  g_assert_cmpstr (resolute_document_get_sponsor (fourth, 4)->name, ==,
                   "Venezuela (Bolivarian Republic of)");
  g_assert_true (any_clause_contains (fourth, "that have not yet attained self-government or "
                                              "independence"));
  /* a page break and footnote block inside operative paragraph 4 */
  n = find_clause (fourth, "Urges the administering Powers");
  assert_clause_ends (fourth, n,
                      "to provide all the facilities necessary to enable students to avail "
                      "themselves of such offers;");
  assert_clause (fourth, n + 1, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Requests the Secretary-General");
  assert_mark (fourth, "1", 1, "the report of the Secretary-General,");

  fifth = import_corpus ("A_C.5_80_L.8.txt", warnings);
  g_assert_cmpstr (resolute_document_get_field (fifth, RESOLUTE_FIELD_SUBMITTED_BY), ==,
                   "Draft resolution submitted by the Chair of the Committee following informal "
                   "consultations");
  g_assert_cmpstr (resolute_document_get_field (fifth, RESOLUTE_FIELD_OPERATIVE_INTRO), ==,
                   "Resolves that:");
  g_assert_cmpstr (resolute_document_get_field (fifth, RESOLUTE_FIELD_AUTHORING_FORMULA), ==,
                   "The General Assembly");
  g_assert_cmpstr (resolute_document_get_field (fifth, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Fifth Committee");
  assert_clause (fifth, 0, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "The Working Capital Fund shall be established");
  /* a page break inside 5 (b), and the placeholder kept */
  n = find_clause (fifth, "Such sums as may be necessary to finance commitments");
  assert_clause (fifth, n, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "");
  assert_clause_ends (fifth, n, "for reimbursing the Working Capital Fund;");
  g_assert_true (any_clause_contains (fifth, "resolution 80/___ of __ December 2025 relating to "
                                             "unforeseen and extraordinary"));
  assert_no_warnings (warnings);
}

static void
test_amendments (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) plenary = import_corpus ("A_80_L.30.txt", warnings);
  g_autoptr(ResoluteDocument) third = NULL;

  if (plenary == NULL)
    return;

  g_assert_cmpint (resolute_document_get_kind (plenary), ==, RESOLUTE_DOCUMENT_KIND_AMENDMENT);
  g_assert_cmpuint (resolute_document_get_n_sponsors (plenary), ==, 1);
  g_assert_cmpstr (resolute_document_get_sponsor (plenary, 0)->name, ==,
                   "United States of America");
  g_assert_cmpstr (resolute_document_get_field (plenary, RESOLUTE_FIELD_AMENDED_DOCUMENT), ==,
                   "draft resolution A/80/L.25");
  g_assert_nonnull (resolute_document_get_star_note (plenary, RESOLUTE_NOTE_ANCHOR_SPONSORS));
  g_assert_false (any_clause_contains (plenary, "Any changes to the list of sponsors"));

  third = import_corpus ("A_C.3_80_L.61.txt", warnings);
  g_assert_cmpint (resolute_document_get_kind (third), ==, RESOLUTE_DOCUMENT_KIND_AMENDMENT);
  g_assert_cmpuint (resolute_document_get_n_sponsors (third), ==, 2);
  g_assert_cmpstr (resolute_document_get_sponsor (third, 0)->name, ==, "Belarus");
  g_assert_cmpstr (resolute_document_get_sponsor (third, 1)->name, ==, "Russian Federation");
  g_assert_cmpstr (resolute_document_get_field (third, RESOLUTE_FIELD_AMENDED_DOCUMENT), ==,
                   "revised draft resolution A/C.3/80/L.20/Rev.1");
  g_assert_cmpstr (resolute_document_get_field (third, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Third Committee");
  assert_no_warnings (warnings);
}

/* ------------------------------------------------------------------------ */
/* Synthetic texts in the layouts of UN PDFs                                */

static void
test_security_council (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("pdf/security-council.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 6, 3, 3, 4, 0, 0);
  assert_no_furniture (document);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_SECURITY_COUNCIL);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "S/RES/2719 (2023)");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER), ==,
                   "2719 (2023)");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "9518th meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2023-12-21");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2023-12-28");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE));
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_NOTES));

  /* a footnote block in the middle of a sentence */
  assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Taking note of the joint report");
  assert_clause_ends (document, 3,
                      "the common African position on the financing of peace support operations,");
  assert_clause (document, 5, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Acting under Chapter VII of the Charter of the United Nations,");
  /* a page break between (a) and (b) */
  assert_clause (document, 7, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "They are authorized");
  assert_clause_ends (document, 7, "under Chapter VII of the Charter;");
  assert_clause (document, 8, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "They comply with");
  assert_clause (document, 9, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "They are subject");
  assert_clause (document, 10, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Requests the Secretary-General");
  g_assert_true (any_clause_contains (document, "in accordance with paragraph 1 (a) above;"));

  assert_mark (document, "1", 2, "Peace and Security Council of the African Union,");
  assert_mark (document, "2", 2, "Secretary-General of 1 May 2023,");
  assert_mark (document, "3", 3, "and the Secretary-General");
  assert_mark (document, "4", 8, "developed by the African Union;");
  assert_footnote_text (document, "4", "See S/2023/565, annex, paras. 35–41.");
  {
    g_autofree char *text = plain_text (document, 2);

    g_assert_nonnull (strstr (text, "of 1 May 2023,2 which sets out"));
  }
}

/* A Geneva layout: "GE." job numbers, bare page numbers, the number and
 * title on two lines, the vote after the closing lines */
static void
test_human_rights_council (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("pdf/hrc-resolution.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 4, 2, 0, 2, 0, 0);
  assert_no_furniture (document);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/HRC/RES/55/19");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER), ==,
                   "55/19");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "The right to food");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "55");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "54th meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2024-04-04");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_JOB_NUMBER), ==,
                   "GE.24-06512(E)");
  g_assert_nonnull (strstr (resolute_document_get_field (document, RESOLUTE_FIELD_NOTES),
                            "[Adopted without a vote.]"));
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->title, ==,
                   "Promotion and protection of all human rights, civil, political, economic, "
                   "social and cultural rights, including the right to development");
  /* a page break between preambular paragraphs, after the footnotes */
  assert_clause_ends (document, 2, "including Council resolution 52/12 of 4 April 2023,");
  assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "Deeply concerned");
  assert_mark (document, "2", 1, "Economic, Social and Cultural Rights");
}

/* A draft: sponsors whose names hold "and", a star note on the title, four
 * levels, continuations, page breaks between a. and b. and inside (c) */
static void
test_draft_four_levels (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("pdf/draft-four-levels.txt", warnings);
  static const char *sponsors[] = {
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Côte d’Ivoire", "Iraq",
    "Saint Vincent and the Grenadines", "Trinidad and Tobago",
  };
  ResoluteFootnote *star;
  g_autofree char *star_text = NULL;

  assert_no_warnings (warnings);
  assert_stats (document, 2, 2, 9, 3, 0, G_N_ELEMENTS (sponsors));
  assert_no_furniture (document);
  for (guint i = 0; i < G_N_ELEMENTS (sponsors); i++)
    g_assert_cmpstr (resolute_document_get_sponsor (document, i)->name, ==, sponsors[i]);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Disaster risk reduction");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Second Committee");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "18 (c)");
  star = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_TITLE);
  g_assert_nonnull (star);
  star_text = resolute_document_get_footnote_plain_text (document, star);
  g_assert_cmpstr (star_text, ==,
                   "Issued in accordance with the provisional programme of work of the Committee.");

  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Calls upon States");
  assert_clause (document, 3, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "Strengthening");
  assert_clause (document, 4, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "Investing");
  assert_clause (document, 5, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "Risk-informed");
  assert_clause_ends (document, 5, "including those of human-made and natural origin;");
  assert_clause (document, 6, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE,
                 "Early warning systems that cover:");
  assert_clause (document, 7, RESOLUTE_CLAUSE_OPERATIVE, 3, FALSE, "Hydrometeorological hazards;");
  assert_clause (document, 8, RESOLUTE_CLAUSE_OPERATIVE, 3, FALSE,
                 "Geological hazards, including:");
  assert_clause (document, 9, RESOLUTE_CLAUSE_OPERATIVE, 4, FALSE, "Earthquakes;");
  assert_clause (document, 10, RESOLUTE_CLAUSE_OPERATIVE, 4, FALSE, "Volcanic eruptions;");
  assert_clause (document, 11, RESOLUTE_CLAUSE_OPERATIVE, 3, TRUE, "and tsunamis");
  assert_clause (document, 12, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "Enhancing disaster preparedness");
  assert_clause_ends (document, 12, "best practices among Member States, as appropriate;");
  assert_clause (document, 13, RESOLUTE_CLAUSE_OPERATIVE, 0, TRUE,
                 "and encourages the international community");
  assert_clause (document, 14, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Requests the Secretary-General");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 10)), ==,
                   "ii.");
  assert_mark (document, "1", 0, "Disaster Risk Reduction 2015–2030,");
  assert_mark (document, "2", 1, "the growing number of people affected by them,");
}

/* The same resolution in three shapes: PyMuPDF's (an empty line at each
 * page break, then the running head), text copied page by page (the head
 * inline, no empty line) and pdftotext's (the footer at the foot of the
 * page, a form feed, the header). A footnote runs over to the next page. */
static void
test_page_layouts (void)
{
  static const char *files[] = {
    "pdf/running-heads.txt",
    "pdf/no-page-breaks.txt",
    "pdf/pdftotext.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(ResoluteDocument) document = import_data_file (files[i], warnings);

      assert_no_warnings (warnings);
      assert_stats (document, 5, 4, 0, 3, 0, 0);
      assert_no_furniture (document);
      g_assert_false (any_clause_contains (document, "of impunity "));
      g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                       "The safety of journalists and the issue of impunity");
      g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                       "on the report of the Third Committee (A/80/482/Add.2, para. 41)");
      /* the paragraph that the footnote block and the page break cut */
      assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "Deeply concerned");
      assert_clause_ends (document, 3,
                          "in the course of their work, and that the number of women journalists "
                          "who are attacked online is rising,");
      assert_clause (document, 4, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "Condemning unequivocally");
      assert_clause_ends (document, 7, "detained journalists and media workers;");
      assert_clause (document, 8, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                     "Requests the Secretary-General");
      assert_footnote_text (document, "3",
                            "See Official Records of the General Assembly, Seventy-seventh "
                            "Session, Supplement No. 53A (A/77/53/Add.1), chap. II.");
      assert_mark (document, "1", 1, "Universal Declaration of Human Rights");
      assert_mark (document, "3", 2, "of 6 October 2022,");
      g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                       "49th plenary meeting");
    }
}

/* Two annexes with sections, paragraphs numbered again in each, rules; a
 * resolution with a single, unnumbered operative paragraph */
static void
test_annexes (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("pdf/annexes.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 2, 1, 0, 0, 2, 0);
  assert_no_furniture (document);
  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Decides to establish a global forum");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 2)), ==, "");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "91st plenary meeting");

  assert_clause (document, 3, RESOLUTE_CLAUSE_ANNEX, 0, FALSE,
                 "Terms of reference of the global forum on road safety");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 3)), ==,
                   "Annex I");
  assert_clause (document, 4, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Purpose");
  g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (document, 4)),
                   ==, "I.");
  assert_clause (document, 5, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE, "The forum shall serve");
  assert_clause (document, 7, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Participation");
  assert_clause (document, 8, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE,
                 "Participation in the forum");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 8)), ==,
                   "1.");
  assert_clause (document, 9, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, FALSE, "All States Members");
  assert_clause (document, 11, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 2, FALSE,
                 "The regional commissions;");
  assert_clause (document, 13, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, FALSE,
                 "Non-governmental organizations");
  assert_clause (document, 14, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE,
                 "Other relevant stakeholders");
  assert_clause (document, 15, RESOLUTE_CLAUSE_ANNEX, 0, FALSE, "Rules of procedure");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 15)), ==,
                   "Annex II");
  assert_clause (document, 16, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Officers");
  g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (document, 16)),
                   ==, "Rule 1");
  assert_clause (document, 17, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE, "The forum shall elect");
  assert_clause (document, 19, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE,
                 "The forum shall make every effort");
}

/* Section headings among operative paragraphs ("I" / "Programme of work"):
 * kept in the notes with a warning, the paragraphs numbered on */
static void
test_operative_sections (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("pdf/sixth-committee-sections.txt",
                                                           warnings);
  const char *notes;

  assert_stats (document, 2, 5, 2, 2, 0, 10);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "Line 49: "));
  notes = resolute_document_get_field (document, RESOLUTE_FIELD_NOTES);
  g_assert_nonnull (strstr (notes, "I Programme of work"));
  g_assert_nonnull (strstr (notes, "II Methods of work"));
  g_assert_cmpstr (resolute_document_get_sponsor (document, 9)->name, ==,
                   "United Kingdom of Great Britain and Northern Ireland");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Report of the International Law Commission on the work of its seventy-sixth "
                   "session");
  assert_clause (document, 3, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Expresses its appreciation");
  assert_clause (document, 6, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Draws the attention");
  assert_clause (document, 7, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Encourages the Commission");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 7)), ==,
                   "4.");
  assert_footnote_text (document, "1",
                        "Official Records of the General Assembly, Eightieth Session, Supplement "
                        "No. 10 (A/80/10).");
  assert_mark (document, "2", 4, "crimes against humanity;");
}

/* A few paragraphs pasted without masthead or formula still import, with a
 * warning; and an empty or binary paste is an error */
static void
test_fragment (void)
{
  static const char text[] =
    "Recalling its resolution 79/1 of 22 September 2024 on the Pact for the\n"
    "Future,1 \n"
    " \n"
    "1. \n"
    "Decides to convene a high-level meeting on the implementation of the\n"
    "Pact for the Future in 2026; \n"
    " \n"
    "2. \n"
    "Requests the President of the General Assembly to organize the meeting.\n"
    "_______________ \n"
    " \n"
    "1 Resolution 79/1. \n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);
  g_autoptr(GBytes) binary = g_bytes_new ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) none = NULL;

  assert_stats (document, 1, 2, 0, 1, 0, 0);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "Line 1: "));
  assert_mark (document, "1", 0, "the Pact for the Future,");
  assert_clause_ends (document, 1, "of the Pact for the Future in 2026;");

  none = resolute_ods_text_reader_read (binary, NULL, &error);
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
  g_assert_null (none);
  g_assert_nonnull (strstr (error->message, "binary"));
}

/* The same kind of piece as pdftotext or a PDF viewer gives it: no blank
 * line between the paragraphs, the numbers on the paragraphs' first lines */
static void
test_fragment_without_blank_lines (void)
{
  static const char text[] =
    "Recalling its resolution 67/169 of 20 December 2012 and Human Rights Council\n"
    "resolution 19/33 of 23 March 2012,\n"
    "Noting with appreciation the work of the Special Rapporteur on the situation of\n"
    "human rights defenders,1\n"
    "1. Urges all States to cooperate fully with the Special Rapporteur in the\n"
    "performance of the mandate;\n"
    "2. Requests the Secretary-General to report to the General Assembly at its\n"
    "seventieth session.\n"
    "__________________\n"
    "1 See A/68/262.\n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);

  assert_stats (document, 2, 2, 0, 1, 0, 0);
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE));
  g_assert_cmpuint (warnings->len, ==, 1); /* no authoring formula */
  assert_mark (document, "1", 1, "human rights defenders,");
  assert_clause_ends (document, 0, "resolution 19/33 of 23 March 2012,");
  assert_clause_ends (document, 3, "at its seventieth session.");
}

/* pdftotext joins a compound broken at a line end and drops its hyphen
 * ("SecretaryGeneral"); a compound the text writes whole elsewhere gets its
 * hyphens back, in the case the word has, and the footnote marks after it
 * stay where they were */
static void
test_compounds_restored (void)
{
  static const char text[] =
    "1. Requests the Secretary-General to report on non-nuclear-weapon States;\n"
    "\f"
    "2. Welcomes the report of the SecretaryGeneral,1 and the work of the\n"
    "Ad Hoc Committee on NonNuclear-Weapon States and nonnuclear-weapon States;\n"
    "3. Notes the recovery of the economy and the cooperation of States.\n"
    "__________________\n"
    "1 A/80/1.\n"
    "\f";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);
  g_autofree char *second = plain_text (document, 1);
  g_autofree char *third = plain_text (document, 2);

  assert_stats (document, 0, 3, 0, 1, 0, 0);
  g_assert_true (g_str_has_prefix (second, "Welcomes the report of the Secretary-General,"));
  g_assert_nonnull (strstr (second, "on Non-Nuclear-Weapon States and non-nuclear-weapon States;"));
  /* words the text never hyphenates are left alone */
  g_assert_cmpstr (third, ==, "Notes the recovery of the economy and the cooperation of States.");
  assert_mark (document, "1", 1, "Welcomes the report of the Secretary-General,");
}

/* Marks set apart by spaces after a comma, a closing bracket, a name that
 * ends in a number, a word in lower case; numbers of the text left alone */
static void
test_spaced_marks (void)
{
  static const char text[] =
    "The General Assembly, \n"
    " \n"
    "Recalling the statement of the Group of Least Developed Countries on COVID-19 1 and \n"
    "the New Urban Agenda adopted by the United Nations Conference on Housing and \n"
    "Sustainable Urban Development (Habitat III), 2  and paragraphs 1 to 10 and 13 \n"
    "of the annex thereto, \n"
    " \n"
    "Welcoming the adoption by consensus of the agenda 3 and the indicative timetable \n"
    "for 2025\u201320284 of the working group, and the submission of its updated version in \n"
    "2014, 5 \n"
    " \n"
    "1. \n"
    "Decides to meet on 24, 25 and 30 March 2026 and on 1 April 2026. \n"
    "_______________ \n"
    " \n"
    "1 A/74/843, annex. \n"
    " \n"
    "2 Resolution 71/256, annex. \n"
    " \n"
    "3 A/AC.297/2025/3. \n"
    " \n"
    "4 A/AC.297/2025/CRP.2/Rev.5. \n"
    " \n"
    "5 See CD/1985. \n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  assert_no_warnings (warnings);
  assert_stats (document, 2, 1, 0, 5, 0, 0);
  assert_mark (document, "1", 0, "Least Developed Countries on COVID-19");
  assert_mark (document, "2", 0, "(Habitat III),");
  assert_mark (document, "3", 1, "by consensus of the agenda");
  assert_mark (document, "4", 1, "timetable for 2025\u20132028");
  assert_mark (document, "5", 1, "updated version in 2014,");
  first = plain_text (document, 0);
  g_assert_cmpstr (first, ==,
                   "Recalling the statement of the Group of Least Developed Countries on COVID-191 "
                   "and the New Urban Agenda adopted by the United Nations Conference on Housing "
                   "and Sustainable Urban Development (Habitat III),2 and paragraphs 1 to 10 and "
                   "13 of the annex thereto,");
  second = plain_text (document, 1);
  g_assert_true (g_str_has_suffix (second, "in 2014,5"));
  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Decides to meet on 24, 25 and 30 March 2026 and on 1 April 2026.");
}

/* Marks and footnote numbers kept as superscript digits, as some PDF
 * viewers copy them */
static void
test_superscript_marks (void)
{
  static const char text[] =
    "The General Assembly, \n"
    " \n"
    "Recalling the Universal Declaration of Human Rights,¹ the International Covenant \n"
    "on Civil and Political Rights² and its resolution 79/1 of 22 September 2024,³ \n"
    " \n"
    "1. \n"
    "Decides to remain seized of the matter. \n"
    "_______________ \n"
    " \n"
    "¹ Resolution 217 A (III). \n"
    " \n"
    "² See resolution 2200 A (XXI), annex. \n"
    " \n"
    "³ Resolution 79/1. \n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);
  g_autofree char *first = NULL;

  assert_no_warnings (warnings);
  assert_stats (document, 1, 1, 0, 3, 0, 0);
  assert_mark (document, "1", 0, "Universal Declaration of Human Rights,");
  assert_mark (document, "2", 0, "Civil and Political Rights");
  assert_mark (document, "3", 0, "of 22 September 2024,");
  assert_footnote_text (document, "3", "Resolution 79/1.");
  first = plain_text (document, 0);
  g_assert_nonnull (strstr (first, "Human Rights,1 the International Covenant"));
}

/* Mangled copies of the corpus (lines dropped, doubled, swapped, cut,
 * bytes changed) import into valid documents or fail with a parse error;
 * they never crash and never break the model. */
static void
test_mangled_corpus (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251126);

  for (guint f = 0; f < G_N_ELEMENTS (corpus_files); f++)
    {
      g_autofree char *path = resolute_test_shared_path ("corpus", "pdf-text", corpus_files[f].file,
                                                         NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      guint n_lines;

      if (!resolute_test_require_shared (path))
        return;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      n_lines = g_strv_length (lines);

      for (guint round = 0; round < 12; round++)
        {
          g_autoptr(GString) mangled = g_string_new (NULL);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(ResoluteDocument) document = NULL;
          guint cut = g_rand_int_range (rand, 1, n_lines + 1);

          for (guint i = 0; i < n_lines && i < cut; i++)
            {
              guint dice = g_rand_int_range (rand, 0, 40);

              if (dice == 0)
                continue; /* dropped */
              if (dice == 1 && i + 1 < n_lines)
                {
                  g_string_append_printf (mangled, "%s\n%s\n", lines[i + 1], lines[i]);
                  i++;
                  continue;
                }
              g_string_append (mangled, lines[i]);
              if (dice == 2)
                g_string_append_printf (mangled, "\n%s", lines[i]);
              if (dice == 3)
                g_string_append (mangled, " (iv) 12. * 3 ____");
              if (dice == 4 && *lines[i] != '\0')
                g_string_truncate (mangled, mangled->len - 1);
              g_string_append_c (mangled, '\n');
            }
          if (round % 4 == 3 && mangled->len > 10)
            mangled->str[g_rand_int_range (rand, 0, mangled->len)] = '\xc3';

          bytes = g_bytes_new (mangled->str, mangled->len);
          document = resolute_ods_text_reader_read (bytes, NULL, &error);
          if (document == NULL)
            {
              g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
              continue;
            }
          g_assert_no_error (error);
          g_assert_true (resolute_document_check (document, &error));
          g_assert_no_error (error);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corpus_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Resolute/PdfText/corpus/%s", corpus_files[i].file);

      g_test_add_data_func (path, &corpus_files[i], test_corpus_file);
    }
  for (guint i = 0; i < G_N_ELEMENTS (corpus_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Resolute/PdfText/round-trip/%s",
                                               corpus_files[i].file);

      g_test_add_data_func (path, &corpus_files[i], test_corpus_round_trip);
    }
  g_test_add_func ("/Resolute/PdfText/corpus-complete", test_corpus_complete);
  g_test_add_func ("/Resolute/PdfText/A_RES_80_10", test_80_10);
  g_test_add_func ("/Resolute/PdfText/A_RES_80_240", test_80_240);
  g_test_add_func ("/Resolute/PdfText/A_RES_80_245", test_80_245);
  g_test_add_func ("/Resolute/PdfText/A_RES_76_113", test_76_113_annex);
  g_test_add_func ("/Resolute/PdfText/A_RES_80_34", test_80_34);
  g_test_add_func ("/Resolute/PdfText/A_RES_72_115", test_72_115);
  g_test_add_func ("/Resolute/PdfText/A_RES_79_10", test_79_10);
  g_test_add_func ("/Resolute/PdfText/A_RES_79_98", test_79_98);
  g_test_add_func ("/Resolute/PdfText/A_80_L.9", test_l9_sponsors);
  g_test_add_func ("/Resolute/PdfText/committee-drafts", test_committee_drafts);
  g_test_add_func ("/Resolute/PdfText/amendments", test_amendments);
  g_test_add_func ("/Resolute/PdfText/security-council", test_security_council);
  g_test_add_func ("/Resolute/PdfText/human-rights-council", test_human_rights_council);
  g_test_add_func ("/Resolute/PdfText/draft-four-levels", test_draft_four_levels);
  g_test_add_func ("/Resolute/PdfText/page-layouts", test_page_layouts);
  g_test_add_func ("/Resolute/PdfText/annexes", test_annexes);
  g_test_add_func ("/Resolute/PdfText/operative-sections", test_operative_sections);
  g_test_add_func ("/Resolute/PdfText/fragment", test_fragment);
  g_test_add_func ("/Resolute/PdfText/compounds-restored", test_compounds_restored);
  g_test_add_func ("/Resolute/PdfText/fragment-without-blank-lines",
                   test_fragment_without_blank_lines);
  g_test_add_func ("/Resolute/PdfText/spaced-marks", test_spaced_marks);
  g_test_add_func ("/Resolute/PdfText/superscript-marks", test_superscript_marks);
  g_test_add_func ("/Resolute/PdfText/mangled-corpus", test_mangled_corpus);

  return g_test_run ();
}
