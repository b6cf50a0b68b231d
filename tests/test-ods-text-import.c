/* test-ods-text-import.c — importing the ODS text rendition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "resolute-document.h"
#include "resolute-error.h"
#include "resolute-ods-text-reader.h"
#include "resolute-ods-text-writer.h"
#include "resolute-test-support.h"

static const char *seed_preambular[] = {
  "Reaffirming its commitment to promoting international cooperation, as set forth in the Charter "
  "of the United Nations, in particular Article 1, paragraph 3, as well as relevant provisions of "
  "the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights "
  "on 25 June 19931 for enhancing genuine cooperation among Member States in the field of human "
  "rights,",
  "Recalling its adoption of the United Nations Millennium Declaration on 8 September 20002 and "
  "its resolution 67/169 of 20 December 2012, Human Rights Council resolution 19/33 of 23 March "
  "20123 and the resolutions of the Commission on Human Rights on the enhancement of international "
  "cooperation in the field of human rights,",
};

static const char *seed_footnotes[] = {
  "A/CONF.157/24 (Part I), chap. III.",
  "Resolution 55/2.",
  "See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and "
  "corrigendum (A/67/53 and Corr.1), chap. III, sect. A.",
  "Resolution 66/3.",
  "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static ResoluteDocument *
import_text (const char *text,
             GPtrArray  *warnings)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  document = resolute_ods_text_reader_read (bytes, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
  return document;
}

static ResoluteDocument *
import_data_file (const char *name,
                  GPtrArray  *warnings)
{
  g_autofree char *path = resolute_test_data_path (name);
  g_autoptr(GBytes) bytes = resolute_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  document = resolute_ods_text_reader_read (bytes, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
  return document;
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
  g_autofree char *text = plain_text (document, position);

  g_assert_nonnull (clause);
  g_assert_cmpint (resolute_clause_get_kind (clause), ==, kind);
  g_assert_cmpuint (resolute_clause_get_level (clause), ==, level);
  g_assert_cmpint (resolute_clause_get_continuation (clause), ==, continuation);
  if (!g_str_has_prefix (text, text_start))
    g_error ("clause %u: “%s” does not start with “%s”", position, text, text_start);
}

/* The footnote with @label, by its rendered label. */
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
  return NULL;
}

static char *
footnote_text (ResoluteDocument *document,
               const char       *label)
{
  ResoluteFootnote *footnote = footnote_by_label (document, label);

  g_assert_nonnull (footnote);
  return resolute_document_get_footnote_plain_text (document, footnote);
}

/* Footnote @label is marked in clause @position right after @text_before. */
static void
assert_mark (ResoluteDocument *document,
             const char       *label,
             guint             position,
             const char       *text_before)
{
  ResoluteFootnote *footnote = footnote_by_label (document, label);
  const ResoluteInline *content;

  g_assert_nonnull (footnote);
  content = resolute_clause_get_content (resolute_document_get_clause (document, position));
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

static void
assert_no_warnings (GPtrArray *warnings)
{
  if (warnings->len > 0)
    g_error ("unexpected warning: %s", (const char *) g_ptr_array_index (warnings, 0));
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *part)
{
  for (guint i = 0; i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), part) != NULL)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* The seed: A/RES/68/160                                                   */

static ResoluteDocument *
load_seed (GPtrArray *warnings)
{
  g_autofree char *path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  if (!resolute_test_require_shared (path))
    return NULL;
  bytes = resolute_test_load_bytes (path);
  document = resolute_ods_text_reader_read (bytes, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
test_seed (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = load_seed (warnings);
  g_autoptr(GError) error = NULL;
  const ResoluteAgendaItem *item;
  g_autofree char *job_code = NULL;
  g_autofree char *session = NULL;

  if (document == NULL)
    return;

  assert_no_warnings (warnings);
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
  assert_stats (document, 9, 14, 0, 5, 0, 0);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 23);

  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/RES/68/160");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER), ==,
                   "68/160");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Enhancement of international cooperation in the field of human rights");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2013-12-18");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                   "on the report of the Third Committee (A/68/456/Add.2)");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "70th plenary meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2014-02-21");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "68");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_JOB_NUMBER), ==,
                   "13-44905 (E)");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_JOB_CODE), ==,
                   "N1344905E");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_AUTHORING_FORMULA));
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_NOTES));
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE));
  session = resolute_document_get_session_text (document);
  g_assert_cmpstr (session, ==, "Sixty-eighth session");
  job_code = resolute_document_get_job_code (document);
  g_assert_cmpstr (job_code, ==, "N1344905E");

  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_GENERAL_ASSEMBLY);
  g_assert_cmpint (resolute_document_get_kind (document), ==, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   RESOLUTE_DISTRIBUTION_GENERAL);
  g_assert_cmpuint (resolute_document_get_n_agenda_items (document), ==, 1);
  item = resolute_document_get_agenda_item (document, 0);
  g_assert_cmpstr (item->number, ==, "69 (b)");
  g_assert_null (item->title);

  /* the plain text of each paragraph is the line of the rendition */
  for (guint i = 0; i < G_N_ELEMENTS (seed_preambular); i++)
    {
      g_autofree char *text = plain_text (document, i);

      g_assert_cmpstr (text, ==, seed_preambular[i]);
    }
  for (guint i = 0; i < 9; i++)
    assert_clause (document, i, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "");
  for (guint i = 9; i < 23; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);
      g_autofree char *label = g_strdup_printf ("%u.", i - 8);

      assert_clause (document, i, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "");
      g_assert_cmpstr (resolute_clause_get_label (clause), ==, label);
      g_assert_true (resolute_clause_get_auto_opening (clause));
    }
  assert_clause (document, 9, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Reaffirms that it is one of");
  assert_clause (document, 22, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Decides to continue its consideration of the question at its sixty-ninth "
                 "session.");

  /* footnotes: their text, and each mark where it stands */
  for (guint i = 0; i < G_N_ELEMENTS (seed_footnotes); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = footnote_text (document, label);

      g_assert_cmpstr (text, ==, seed_footnotes[i]);
      g_assert_cmpint (resolute_footnote_get_anchor (footnote_by_label (document, label)), ==,
                       RESOLUTE_NOTE_ANCHOR_TEXT);
      ResoluteFootnote *footnote = footnote_by_label (document, label);

      g_assert_cmpuint (resolute_document_count_note_refs (document,
                                                           resolute_footnote_get_id (footnote)),
                        ==, 1);
    }
  assert_mark (document, "1", 0, "on 25 June 1993");
  assert_mark (document, "2", 1, "on 8 September 2000");
  assert_mark (document, "3", 1, "of 23 March 2012");
  assert_mark (document, "4", 2, "Durban Declaration and Programme of Action,");
  assert_mark (document, "5", 8, "at its fifty-second session,");
}

/* Every paragraph of the seed reads back as its line. */
static void
test_seed_lines (void)
{
  g_autofree char *path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = load_seed (warnings);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint position = 0;

  if (document == NULL)
    return;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL && position < 23; i++)
    {
      const char *line = lines[i];
      g_autofree char *text = NULL;
      const char *expected;

      if (line[0] != '\t' || g_str_has_prefix (line, "\tThe General Assembly,"))
        continue;
      expected = line + 1;
      if (g_ascii_isdigit (*expected))
        expected = strchr (expected, '\t') + 1;
      text = plain_text (document, position++);
      g_assert_cmpstr (text, ==, expected);
    }
  g_assert_cmpuint (position, ==, 23);
}

/* Import, then export: the same text from the first line through the last
 * footnote (the exporter regenerates the template block). */
static void
test_seed_round_trip (void)
{
  g_autofree char *path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = load_seed (warnings);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  const char *end;

  if (document == NULL)
    return;

  exported = resolute_ods_text_writer_write (document, &error);
  if (exported == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    {
      g_test_skip ("the ODS text writer is not there yet");
      return;
    }
  g_assert_no_error (error);
  output = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  end = strstr (contents, "[DU1]<<ODS JOB NO>>");
  g_assert_nonnull (end);
  g_assert_true (strlen (output) >= (gsize) (end - contents));
  g_assert_cmpint (strncmp (output, contents, end - contents), ==, 0);
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */

static void
test_errors (void)
{
  static const struct
  {
    const char *data;
    gsize length;
    const char *message;
  } cases[] = {
    { "", 0, "empty" },
    { " \n\t\n \n", 5, "white space" },
    { "\tThe General Assembly,\n\tRecalling\xff its resolution,\n", 35, "Line 2, column 11" },
    { "[DU1]\nResolution\0adopted\n", 24, "Line 2" },
    { "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12", 13, "binary" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].data, cases[i].length);
      g_autoptr(GError) error = NULL;
      g_autoptr(ResoluteDocument) document = NULL;

      document = resolute_ods_text_reader_read (bytes, NULL, &error);
      g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
      g_assert_null (document);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

static void
test_not_utf8 (void)
{
  /* Windows-1252 text: "Côte d’Ivoire" */
  static const char latin[] = "\tThe General Assembly,\n\tWelcoming C\xf4te d\x92Ivoire,\n";
  g_autoptr(GBytes) bytes = g_bytes_new (latin, sizeof latin - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = resolute_ods_text_reader_read (bytes, NULL, &error);

  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_assert_nonnull (strstr (error->message, "Line 2"));
}

/* ------------------------------------------------------------------------ */
/* Synthetic documents in the rendition's conventions                       */

/* Exports @document and compares the body with @path, through the last
 * footnote line. */
static void
assert_round_trip (ResoluteDocument *document,
                   const char       *name)
{
  g_autofree char *path = resolute_test_data_path (name);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  const char *end;

  exported = resolute_ods_text_writer_write (document, &error);
  if (exported == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    return;
  g_assert_no_error (error);
  output = g_strndup (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  end = strstr (contents, "[DU1]<<ODS JOB NO>>");
  if (end == NULL)
    end = contents + strlen (contents);
  if (strlen (output) < (gsize) (end - contents) || strncmp (output, contents, end - contents) != 0)
    g_error ("%s does not export as it was imported:\n%s", name, output);
}

static void
test_draft_with_sponsors (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/draft-third-committee.txt",
                                                           warnings);
  static const char *sponsors[] = {
    "Albania", "Bosnia and Herzegovina", "Canada", "Chile", "Côte d’Ivoire", "Trinidad and Tobago",
    "United Kingdom of Great Britain and Northern Ireland",
  };
  const ResoluteAgendaItem *item;
  ResoluteFootnote *star;
  g_autofree char *star_text = NULL;

  assert_no_warnings (warnings);
  assert_stats (document, 3, 2, 11, 4, 0, G_N_ELEMENTS (sponsors));
  for (guint i = 0; i < G_N_ELEMENTS (sponsors); i++)
    g_assert_cmpstr (resolute_document_get_sponsor (document, i)->name, ==, sponsors[i]);

  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   RESOLUTE_DISTRIBUTION_LIMITED);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/C.3/80/L.12");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Promotion and protection of the human rights of older persons");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Third Committee");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE), ==,
                   "eng");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "80");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2025-10-14");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE));
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER));
  item = resolute_document_get_agenda_item (document, 0);
  g_assert_cmpstr (item->number, ==, "25");
  g_assert_cmpstr (item->title, ==, "Social development");

  star = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);
  g_assert_nonnull (star);
  star_text = resolute_document_get_footnote_plain_text (document, star);
  g_assert_cmpstr (star_text, ==,
                   "Any changes to the list of sponsors will be reflected in the official record "
                   "of the meeting.");
  g_assert_null (resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_TITLE));

  /* four levels of sub-paragraphs, and the text that closes them */
  assert_clause (document, 1, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Recognizing that older persons");
  assert_clause (document, 2, RESOLUTE_CLAUSE_PREAMBULAR, 1, FALSE, "Ageism");
  assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 1, FALSE, "Violence");
  assert_clause (document, 4, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, "Deeply concerned");
  assert_clause (document, 5, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Calls upon States");
  assert_clause (document, 8, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "Non-contributory pensions;");
  assert_clause (document, 10, RESOLUTE_CLAUSE_OPERATIVE, 3, FALSE, "They are affordable;");
  assert_clause (document, 12, RESOLUTE_CLAUSE_OPERATIVE, 4, FALSE, "Decisions about their place");
  assert_clause (document, 13, RESOLUTE_CLAUSE_OPERATIVE, 4, FALSE,
                 "Decisions about their medical");
  assert_clause (document, 14, RESOLUTE_CLAUSE_OPERATIVE, 3, TRUE,
                 "and are subject to independent");
  assert_clause (document, 15, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE, "Combating ageism");
  assert_clause (document, 16, RESOLUTE_CLAUSE_OPERATIVE, 0, TRUE, "and to report thereon");
  assert_clause (document, 17, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "Requests the Secretary-General");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 12)), ==,
                   "i.");
  g_assert_cmpstr (resolute_clause_get_citation (resolute_document_get_clause (document, 13)), ==,
                   "1 (b) (ii) b ii");

  assert_mark (document, "1", 0, "on the human rights of older persons,");
  assert_mark (document, "2", 4, "2.1 billion by 2050");
  assert_mark (document, "3", 16, "to the Human Rights Council;");

  assert_round_trip (document, "ods/draft-third-committee.txt");
}

static void
test_security_council (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/security-council.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 4, 3, 0, 1, 0, 0);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_SECURITY_COUNCIL);
  g_assert_cmpint (resolute_document_get_kind (document), ==, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
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
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_AUTHORING_FORMULA));
  assert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE,
                 "Acting under Chapter VII of the Charter of the United Nations,");
  assert_clause (document, 6, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Decides to remain seized");
  assert_mark (document, "1", 2, "Secretary-General of 1 May 2023,");

  assert_round_trip (document, "ods/security-council.txt");
}

static void
test_human_rights_council (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/hrc-resolution.txt", warnings);
  const ResoluteAgendaItem *item;

  assert_no_warnings (warnings);
  assert_stats (document, 2, 2, 0, 2, 0, 0);
  g_assert_cmpint (resolute_document_get_organ (document), ==, RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL), ==,
                   "A/HRC/RES/55/19");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER), ==,
                   "55/19");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "The right to food");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "54th meeting");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2024-04-04");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "55");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE), ==,
                   "eng");
  /* the record of the vote has no field of its own: it is kept in the notes */
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_NOTES), ==,
                   "[Adopted without a vote.]");
  item = resolute_document_get_agenda_item (document, 0);
  g_assert_cmpstr (item->number, ==, "3");
  g_assert_true (g_str_has_prefix (item->title, "Promotion and protection of all human rights"));
  assert_mark (document, "1", 1, "Universal Declaration of Human Rights");
  assert_mark (document, "2", 1, "Economic, Social and Cultural Rights,");
}

static void
test_annex_sections (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/annex-sections.txt", warnings);
  ResoluteClause *clause;

  assert_no_warnings (warnings);
  /* a single operative paragraph has no number */
  assert_stats (document, 1, 1, 0, 1, 1, 0);
  assert_clause (document, 1, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "Decides to establish");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 1)), ==, "");

  assert_clause (document, 2, RESOLUTE_CLAUSE_ANNEX, 0, FALSE,
                 "Terms of reference of the global forum");
  clause = resolute_document_get_clause (document, 3);
  assert_clause (document, 3, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Purpose");
  g_assert_cmpstr (resolute_clause_get_heading_label (clause), ==, "I.");
  assert_clause (document, 4, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE, "The forum shall serve");
  assert_clause (document, 5, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE, "The forum shall meet");
  assert_clause (document, 6, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Participation");
  /* numbering starts again under each heading */
  assert_clause (document, 7, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE,
                 "Participation in the forum");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 7)), ==,
                   "1.");
  assert_clause (document, 8, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 1, FALSE, "All States Members");
  assert_clause (document, 10, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, TRUE, "and to observers");
  assert_clause (document, 11, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Officers");
  g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (document, 11)),
                   ==,
                   "Guideline 1");
  assert_clause (document, 12, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE, "The forum shall elect");
  assert_clause (document, 13, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, "Final provisions");
  g_assert_cmpstr (resolute_clause_get_heading_label (resolute_document_get_clause (document, 13)),
                   ==, NULL);
  assert_clause (document, 14, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE,
                 "The present terms of reference");
  /* a mark in an annex paragraph */
  assert_mark (document, "1", 4, "exchange of experiences on road safety.");

  assert_round_trip (document, "ods/annex-sections.txt");
}

/* "The General Assembly" without a comma, "Resolves that:", the Chair's line,
 * no footnotes */
static void
test_chair_resolves_that (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/chair-resolves-that.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 0, 2, 2, 0, 0, 0);
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SUBMITTED_BY), ==,
                   "Draft resolution submitted by the Chair of the Committee following informal "
                   "consultations");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_OPERATIVE_INTRO), ==,
                   "Resolves that:");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_AUTHORING_FORMULA), ==,
                   "The General Assembly");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Working Capital Fund for 2026");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_COMMITTEE), ==,
                   "Fifth Committee");
  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (resolute_document_get_footnotes (document)), ==, 0);
  assert_clause (document, 0, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE,
                 "The Working Capital Fund shall");

  assert_round_trip (document, "ods/chair-resolves-that.txt");
}

/* A French text: its words, dates, ordinals and "a)" labels */
static void
test_french (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_data_file ("ods/french.txt", warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 1, 2, 4, 1, 0, 0);
  g_assert_cmpstr (resolute_language_get_code (resolute_document_get_language (document)), ==,
                   "fra");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2013-12-18");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==,
                   "2014-02-21");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_SESSION), ==, "68");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_MEETING), ==,
                   "70e séance plénière");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN), ==,
                   "sur la base du rapport de la Troisième Commission (A/68/456/Add.2)");
  g_assert_cmpstr (resolute_document_get_agenda_item (document, 0)->number, ==, "69 b)");
  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 1, FALSE,
                 "par la coopération internationale ;");
  assert_clause (document, 4, RESOLUTE_CLAUSE_OPERATIVE, 2, FALSE, "entre les religions ;");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (document, 4)), ==,
                   "i)");
  assert_mark (document, "1", 0, "la Charte des Nations Unies,");
}

/* Security Council, sponsors, annexes, sub-paragraphs: texts without any
 * template block, as a user may paste them */
static void
test_without_template_block (void)
{
  static const char text[] =
    "Albania and Bosnia and Herzegovina: draft resolution\n"
    "Cooperation between the United Nations and the Council of Europe\n"
    "\tThe General Assembly,\n"
    "\tRecalling its resolution 78/5 of 26 October 2023,\n"
    "\t1.\tWelcomes the cooperation between the two organizations;\n"
    "\t2.\tDecides to include in the provisional agenda of its eighty-second session the sub-item "
    "entitled “Cooperation between the United Nations and the Council of Europe”.\n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);

  assert_no_warnings (warnings);
  assert_stats (document, 1, 2, 0, 0, 0, 2);
  g_assert_cmpstr (resolute_document_get_sponsor (document, 0)->name, ==, "Albania");
  g_assert_cmpstr (resolute_document_get_sponsor (document, 1)->name, ==, "Bosnia and Herzegovina");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Cooperation between the United Nations and the Council of Europe");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL));
  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
}

/* Sponsor lists: names that hold "and", a star after a name, one sponsor */
static void
test_sponsor_lines (void)
{
  static const struct
  {
    const char *line;
    const char *names[6];
    ResoluteNoteAnchor star;
  } cases[] = {
    { "Bosnia and Herzegovina: draft resolution", { "Bosnia and Herzegovina" },
      RESOLUTE_NOTE_ANCHOR_TEXT },
    { "Belarus and Russian Federation: draft resolution", { "Belarus", "Russian Federation" },
      RESOLUTE_NOTE_ANCHOR_TEXT },
    { "Zambia and Trinidad and Tobago: draft resolution", { "Zambia", "Trinidad and Tobago" },
      RESOLUTE_NOTE_ANCHOR_TEXT },
    { "Antigua and Barbuda, Saint Kitts and Nevis, Saint Vincent and the Grenadines and Sao Tome "
      "and Principe: draft resolution",
      { "Antigua and Barbuda", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
        "Sao Tome and Principe" },
      RESOLUTE_NOTE_ANCHOR_TEXT },
    { "Uganda*: draft resolution", { "Uganda" }, RESOLUTE_NOTE_ANCHOR_SPONSORS },
    { "Iran (Islamic Republic of), Venezuela (Bolivarian Republic of) and Viet Nam:* revised draft "
      "resolution",
      { "Iran (Islamic Republic of)", "Venezuela (Bolivarian Republic of)", "Viet Nam" },
      RESOLUTE_NOTE_ANCHOR_SPONSORS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\nA title\n\tThe General Assembly,\n\tRecalling "
                                               "its resolutions,\n"
                                               "\tDecides to remain seized of the matter.\n%s",
                                               cases[i].line,
                                               cases[i].star != RESOLUTE_NOTE_ANCHOR_TEXT
                                                 ? "\n* On behalf of the States Members of the "
                                                   "United Nations that are members of the Group "
                                                   "of 77 and China.\n"
                                                 : "");
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(ResoluteDocument) document = import_text (text, warnings);
      guint n = 0;

      assert_no_warnings (warnings);
      while (n < G_N_ELEMENTS (cases[i].names) && cases[i].names[n] != NULL)
        {
          g_assert_cmpstr (resolute_document_get_sponsor (document, n)->name, ==,
                           cases[i].names[n]);
          n++;
        }
      g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, n);
      if (cases[i].star != RESOLUTE_NOTE_ANCHOR_TEXT)
        g_assert_nonnull (resolute_document_get_star_note (document, cases[i].star));
      g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==, "A title");
      assert_stats (document, 1, 1, 0, cases[i].star != RESOLUTE_NOTE_ANCHOR_TEXT ? 1 : 0, 0, n);
    }
}

/* Marks glued to years, to words, to punctuation; a footnote cited twice */
static void
test_marks (void)
{
  static const char text[] =
    "\tThe General Assembly,\n"
    "\tRecalling the Vienna Declaration of 25 June 19931 and Article 1, paragraph 3, of the "
    "Charter, the Convention on the Rights of the Child2 and the Programme of Action,3\n"
    "\tNoting the report of the Secretary-General,4 and in particular paragraphs 13 and 14 of that "
    "report,4 as well as the Beijing Declaration5 of 1995,\n"
    "\t1.\tWelcomes the entry into force on 3 May 2008 of the Convention on the Rights of Persons "
    "with Disabilities,6 and the report of the Committee (CRPD/C/2/Corr.1);\n"
    "\t2.\tDecides to remain seized of the matter.\n"
    "\n"
    "1 A/CONF.157/24 (Part I), chap. III.\n"
    "2 United Nations, Treaty Series, vol. 1577, No. 27531.\n"
    "3 Resolution 66/3.\n"
    "4 A/80/100.\n"
    "5 Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995.\n"
    "6 United Nations, Treaty Series, vol. 2515, No. 44910.\n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);
  g_autofree char *second = plain_text (document, 1);
  ResoluteFootnote *four = footnote_by_label (document, "4");

  assert_no_warnings (warnings);
  assert_stats (document, 2, 2, 0, 6, 0, 0);
  assert_mark (document, "1", 0, "25 June 1993");
  assert_mark (document, "2", 0, "Rights of the Child");
  assert_mark (document, "3", 0, "Programme of Action,");
  assert_mark (document, "4", 1, "the Secretary-General,");
  assert_mark (document, "4", 1, "of that report,");
  assert_mark (document, "5", 1, "the Beijing Declaration");
  assert_mark (document, "6", 2, "Rights of Persons with Disabilities,");
  g_assert_cmpuint (resolute_document_count_note_refs (document, resolute_footnote_get_id (four)),
                    ==, 2);
  /* numbers that are not marks are left alone */
  g_assert_cmpstr (second, ==,
                   "Noting the report of the Secretary-General,4 and in particular paragraphs 13 "
                   "and 14 of that report,4 as well as the Beijing Declaration5 of 1995,");
  {
    g_autofree char *first = plain_text (document, 0);

    g_assert_nonnull (strstr (first, "Article 1, paragraph 3, of the Charter"));
  }
}

/* Sub-paragraphs at every level, (i) after (h) and after a chapeau */
static void
test_sub_paragraph_levels (void)
{
  static const char text[] =
    "\tThe General Assembly,\n"
    "\t1.\tDecides:\n"
    "\t(a)\tA;\n" "\t(b)\tB;\n" "\t(c)\tC;\n" "\t(d)\tD;\n"
    "\t(e)\tE;\n" "\t(f)\tF;\n" "\t(g)\tG;\n"
    "\t(h)\tH, including:\n"
    "\t(i)\tthe first;\n"
    "\t(ii)\tthe second;\n"
    "\t(i)\tI;\n"
    "\t(j)\tJ, in particular:\n"
    "\t(i)\tone;\n"
    "\t(ii)\ttwo;\n" "\t(iii)\tthree;\n" "\t(iv)\tfour;\n"
    "\t(v)\tfive, namely:\n"
    "\ta.\tfirst;\n"
    "\tb.\tsecond, that is:\n"
    "\ti.\tthe first part;\n"
    "\tii.\tthe second part;\n"
    "\t(vi)\tsix;\n"
    "\tand decides to keep the matter under review;\n"
    "\t2.\tRequests a report.\n";
  static const struct
  {
    const char *label;
    guint level;
  } expected[] = {
    { "1.", 0 }, { "(a)", 1 }, { "(b)", 1 }, { "(c)", 1 }, { "(d)", 1 }, { "(e)", 1 }, { "(f)", 1 },
    { "(g)", 1 }, { "(h)", 1 }, { "(i)", 2 }, { "(ii)", 2 }, { "(i)", 1 }, { "(j)", 1 },
    { "(i)", 2 }, { "(ii)", 2 }, { "(iii)", 2 }, { "(iv)", 2 }, { "(v)", 2 }, { "a.", 3 },
    { "b.", 3 }, { "i.", 4 },
    { "ii.", 4 }, { "(vi)", 2 }, { "", 1 }, { "2.", 0 },
  };
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);

  assert_no_warnings (warnings);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);

      g_assert_cmpuint (resolute_clause_get_level (clause), ==, expected[i].level);
      g_assert_cmpstr (resolute_clause_get_label (clause), ==, expected[i].label);
    }
  g_assert_true (resolute_clause_get_continuation (resolute_document_get_clause (document, 23)));
}

/* A line that cannot be placed becomes a plain paragraph, with a warning
 * that says where it was. */
static void
test_unplaced_line (void)
{
  static const char text[] =
    "[DU1]\n"
    "\tThe General Assembly,\n"
    "\tRecalling its resolution 79/1 of 22 September 2024,\n"
    "\t1.\tWelcomes the report of the Secretary-General;\n"
    "\tThis sentence was pasted here by mistake.\n"
    "\t2.\tDecides to remain seized of the matter.\n";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteDocument) document = import_text (text, warnings);

  assert_stats (document, 1, 3, 0, 0, 0, 0);
  assert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, "This sentence was pasted");
  g_assert_true (has_warning (warnings, "Line 5: "));
  /* and the next number no longer follows on */
  g_assert_true (has_warning (warnings, "Line 6: "));
  g_assert_cmpuint (warnings->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/OdsText/seed", test_seed);
  g_test_add_func ("/Resolute/OdsText/seed-lines", test_seed_lines);
  g_test_add_func ("/Resolute/OdsText/seed-round-trip", test_seed_round_trip);
  g_test_add_func ("/Resolute/OdsText/draft-with-sponsors", test_draft_with_sponsors);
  g_test_add_func ("/Resolute/OdsText/security-council", test_security_council);
  g_test_add_func ("/Resolute/OdsText/human-rights-council", test_human_rights_council);
  g_test_add_func ("/Resolute/OdsText/annex-sections", test_annex_sections);
  g_test_add_func ("/Resolute/OdsText/chair-resolves-that", test_chair_resolves_that);
  g_test_add_func ("/Resolute/OdsText/french", test_french);
  g_test_add_func ("/Resolute/OdsText/without-template-block", test_without_template_block);
  g_test_add_func ("/Resolute/OdsText/sponsor-lines", test_sponsor_lines);
  g_test_add_func ("/Resolute/OdsText/marks", test_marks);
  g_test_add_func ("/Resolute/OdsText/sub-paragraph-levels", test_sub_paragraph_levels);
  g_test_add_func ("/Resolute/OdsText/unplaced-line", test_unplaced_line);
  g_test_add_func ("/Resolute/OdsText/errors", test_errors);
  g_test_add_func ("/Resolute/OdsText/not-utf8", test_not_utf8);

  return g_test_run ();
}
