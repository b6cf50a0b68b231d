/* test-document.c — the document model: numbering, footnotes, editing commands, undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-error.h"
#include "resolute-template.h"
#include "resolute-test-support.h"

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

static const char *
label_at (ResoluteDocument *document,
          guint             position)
{
  return resolute_clause_get_label (resolute_document_get_clause (document, position));
}

/* A small resolution: 2 preambular, 3 operative, the second with (a), (b), (i). */
static ResoluteDocument *
make_sample (void)
{
  ResoluteDocument *document = resolute_document_new ();

  resolute_document_set_id_seed (document, 7);
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Recalling its resolution 67/169 of 20 December 2012,");
  add (document, RESOLUTE_CLAUSE_PREAMBULAR, 0, "Deeply concerned by the situation,");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides to act;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Requests the Secretary-General:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To report;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "To consult, in particular:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "States;");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides to remain seized of the matter.");
  return document;
}

static void
test_numbering (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;
  ResoluteDocumentStats stats;

  g_assert_cmpstr (label_at (document, 0), ==, "");
  g_assert_cmpstr (label_at (document, 2), ==, "1.");
  g_assert_cmpstr (label_at (document, 3), ==, "2.");
  g_assert_cmpstr (label_at (document, 4), ==, "(a)");
  g_assert_cmpstr (label_at (document, 5), ==, "(b)");
  g_assert_cmpstr (label_at (document, 6), ==, "(i)");
  g_assert_cmpstr (label_at (document, 7), ==, "3.");
  g_assert_cmpstr (resolute_clause_get_citation (resolute_document_get_clause (document, 6)), ==,
                   "2 (b) (i)");

  resolute_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.preambular, ==, 2);
  g_assert_cmpuint (stats.operative, ==, 3);
  g_assert_cmpuint (stats.subparagraphs, ==, 3);

  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
}

static void
test_lone_operative_not_numbered (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();

  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides to proclaim the day.");
  g_assert_cmpstr (label_at (document, 0), ==, "");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Invites all States.");
  g_assert_cmpstr (label_at (document, 0), ==, "1.");
  g_assert_cmpstr (label_at (document, 1), ==, "2.");
}

static void
test_deep_levels (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autoptr(GError) error = NULL;

  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Decides:");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "a");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "b");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 3, "c");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "d");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 4, "e");
  g_assert_cmpstr (label_at (document, 1), ==, "(a)");
  g_assert_cmpstr (label_at (document, 2), ==, "(i)");
  g_assert_cmpstr (label_at (document, 3), ==, "a.");
  g_assert_cmpstr (label_at (document, 4), ==, "i.");
  g_assert_cmpstr (label_at (document, 5), ==, "ii.");

  /* a fifth level does not exist */
  g_assert_false (resolute_document_indent_clause (document, 5, &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
  g_clear_error (&error);

  /* a sub-paragraph cannot skip a level */
  g_assert_null (resolute_document_insert_clause (document, 1, RESOLUTE_CLAUSE_OPERATIVE, 2, NULL,
                                                  &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
}

static void
test_french_labels (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();

  g_assert_true (resolute_document_set_field (document, RESOLUTE_FIELD_LANGUAGE, "fra", NULL));
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Décide :");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 1, "x");
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 2, "y");
  g_assert_cmpstr (label_at (document, 1), ==, "a)");
  g_assert_cmpstr (label_at (document, 2), ==, "i)");
}

static void
test_structure_rules (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;

  /* a preambular paragraph cannot follow an operative one */
  g_assert_null (resolute_document_insert_clause (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, 0, NULL,
                                                  &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
  g_clear_error (&error);

  /* deleting paragraphs 1 and 2 but not the sub-paragraphs of 2 would leave
   * them under a preambular paragraph */
  g_assert_false (resolute_document_delete_clauses (document, 2, 2, &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 8);

  /* with them it works */
  g_assert_cmpuint (resolute_document_get_subtree_length (document, 3), ==, 4);
  g_assert_true (resolute_document_delete_clauses (document, 3, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (label_at (document, 3), ==, "2.");
}

static void
test_footnotes_follow_marks (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(ResoluteInline) first = resolute_inline_new_from_text ("Resolution 67/169.");
  g_autoptr(ResoluteInline) second = resolute_inline_new_from_text ("A/68/456/Add.2.");
  g_autoptr(GError) error = NULL;
  ResoluteFootnote *a;
  ResoluteFootnote *b;
  g_autofree char *text = NULL;

  /* a note in paragraph 2 first, then one in the first preambular paragraph */
  b = resolute_document_insert_footnote (document, 3, 8, second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_footnote_get_label (b), ==, "1");
  a = resolute_document_insert_footnote (document, 0, 9, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_footnote_get_label (a), ==, "1");
  g_assert_cmpstr (resolute_footnote_get_label (b), ==, "2");

  text = resolute_document_get_plain_text (document, resolute_document_get_clause (document, 0));
  g_assert_cmpstr (text, ==, "Recalling1 its resolution 67/169 of 20 December 2012,");

  /* moving paragraph 2 above the preamble is not possible; moving the
   * preambular paragraph with the mark after the other one renumbers */
  g_assert_true (resolute_document_move_clause_down (document, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_footnote_get_label (a), ==, "1");
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);

  /* deleting the only mark deletes the note; undo brings both back */
  {
    guint pos = resolute_clause_get_position (resolute_document_lookup_clause (document,
                                                resolute_clause_get_id (resolute_document_get_clause (document, 1))));
    g_autofree char *id = g_strdup (resolute_footnote_get_id (a));

    g_assert_true (resolute_document_delete_text (document, pos, 9, 12, &error));
    g_assert_no_error (error);
    g_assert_null (resolute_document_lookup_footnote (document, id));
    g_assert_cmpstr (resolute_footnote_get_label (b), ==, "1");
    g_assert_true (resolute_document_undo (document));
    g_assert_nonnull (resolute_document_lookup_footnote (document, id));
    g_assert_true (resolute_document_check (document, &error));
    g_assert_no_error (error);
  }
}

static void
test_cross_references (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;
  ResoluteClause *target = resolute_document_get_clause (document, 5); /* 2 (b) */
  ResoluteClause *source = resolute_document_get_clause (document, 7); /* 3. */
  const ResoluteInlineObject *object;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) broken = NULL;

  g_assert_true (resolute_document_insert_cross_reference (document, 7, 0,
                                                           resolute_clause_get_id (target),
                                                           RESOLUTE_CROSS_REF_DIRECTION, &error));
  g_assert_no_error (error);
  object = resolute_inline_get_object (resolute_clause_get_content (source), 0);
  before = resolute_document_render_object (document, source, object);
  g_assert_cmpstr (before, ==, "paragraph 2 (b) above");

  /* a new operative paragraph at the top renumbers the reference */
  add (document, RESOLUTE_CLAUSE_OPERATIVE, 0, "Welcomes;");
  g_assert_true (resolute_document_move_clauses (document, 8, 1, 2, &error));
  g_assert_no_error (error);
  object = resolute_inline_get_object (resolute_clause_get_content (source), 0);
  after = resolute_document_render_object (document, source, object);
  g_assert_cmpstr (after, ==, "paragraph 3 (b) above");

  /* deleting the target flags the reference */
  g_assert_true (resolute_document_delete_clauses (document, resolute_clause_get_position (target),
                                                   1, &error));
  g_assert_no_error (error);
  broken = resolute_document_get_broken_references (document);
  g_assert_cmpuint (broken->len, ==, 1);
  g_assert_true (g_ptr_array_index (broken, 0) == (gpointer) source);
}

static void
test_preambular_reference (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  ResoluteClause *source = resolute_document_get_clause (document, 2);
  g_autofree char *text = NULL;

  g_assert_true (resolute_document_insert_cross_reference (
    document, 2, 0, resolute_clause_get_id (resolute_document_get_clause (document, 1)), 0, NULL));
  text = resolute_document_render_object (document, source,
                                          resolute_inline_get_object (resolute_clause_get_content (source), 0));
  g_assert_cmpstr (text, ==, "the second preambular paragraph");
}

static void
test_split_merge_undo (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *original = resolute_test_dump (document);
  g_autofree char *split = NULL;
  g_autofree char *redone = NULL;
  ResoluteClause *second;

  second = resolute_document_split_clause (document, 2, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (second)), ==, " to act;");
  g_assert_cmpstr (label_at (document, 3), ==, "2.");
  split = resolute_test_dump (document);

  g_assert_true (resolute_document_merge_clause (document, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (resolute_document_get_clause (document, 2))),
                   ==, "Decides to act;");

  g_assert_true (resolute_document_undo (document));
  {
    g_autofree char *now = resolute_test_dump (document);
    g_assert_cmpstr (now, ==, split);
  }
  g_assert_true (resolute_document_undo (document));
  {
    g_autofree char *now = resolute_test_dump (document);
    g_assert_cmpstr (now, ==, original);
  }
  g_assert_true (resolute_document_redo (document));
  redone = resolute_test_dump (document);
  g_assert_cmpstr (redone, ==, split);
}

static void
test_kind_switch (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;
  ResoluteClause *first = resolute_document_get_clause (document, 0);

  /* the first preambular paragraph made operative becomes paragraph 1 */
  g_assert_true (resolute_document_set_clause_kind (document, 0, RESOLUTE_CLAUSE_OPERATIVE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (resolute_clause_get_position (first), ==, 1);
  g_assert_cmpstr (resolute_clause_get_label (first), ==, "1.");
  g_assert_cmpstr (label_at (document, 2), ==, "2.");

  /* paragraph 3 with its sub-paragraphs made preambular: the last preambular
   * paragraph, with its (a), (b), (i) */
  g_assert_true (resolute_document_set_clause_kind (document, 3, RESOLUTE_CLAUSE_PREAMBULAR, &error));
  g_assert_no_error (error);
  g_assert_cmpint (resolute_clause_get_kind (resolute_document_get_clause (document, 1)), ==,
                   RESOLUTE_CLAUSE_PREAMBULAR);
  g_assert_cmpstr (resolute_inline_get_text (resolute_clause_get_content (resolute_document_get_clause (document, 1))),
                   ==, "Requests the Secretary-General:");
  g_assert_cmpstr (label_at (document, 2), ==, "(a)");
  g_assert_cmpint (resolute_clause_get_kind (resolute_document_get_clause (document, 4)), ==,
                   RESOLUTE_CLAUSE_PREAMBULAR);
  g_assert_cmpstr (label_at (document, 5), ==, "1.");
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
}

static void
test_indent_outdent (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;

  /* paragraph 3 becomes (c) of paragraph 2 */
  g_assert_true (resolute_document_indent_clause (document, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (label_at (document, 7), ==, "(c)");
  /* (b) with its (i) becomes paragraph 3: (i) is its (a), and the former (c)
   * follows as its (b) */
  g_assert_true (resolute_document_outdent_clause (document, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (label_at (document, 5), ==, "3.");
  g_assert_cmpstr (label_at (document, 6), ==, "(a)");
  g_assert_cmpstr (label_at (document, 7), ==, "(b)");
  g_assert_true (resolute_document_check (document, &error));
  g_assert_no_error (error);
}

static void
test_typing_undo_by_word (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  const ResoluteInline *content;

  g_assert_true (resolute_document_insert_text (document, 2, 7, " ", NULL));
  g_assert_true (resolute_document_insert_text (document, 2, 8, "f", NULL));
  g_assert_true (resolute_document_insert_text (document, 2, 9, "i", NULL));
  g_assert_true (resolute_document_insert_text (document, 2, 10, "r", NULL));
  content = resolute_clause_get_content (resolute_document_get_clause (document, 2));
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "Decides fir to act;");

  g_assert_true (resolute_document_undo (document));
  content = resolute_clause_get_content (resolute_document_get_clause (document, 2));
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "Decides  to act;");
  g_assert_true (resolute_document_undo (document));
  content = resolute_clause_get_content (resolute_document_get_clause (document, 2));
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "Decides to act;");
}

static void
test_opening_phrase (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  g_autoptr(GError) error = NULL;
  ResoluteClause *clause = resolute_document_get_clause (document, 1);
  g_autoptr(ResoluteInline) display = NULL;

  /* "Deeply concerned" is italic automatically */
  g_assert_cmpuint (resolute_document_get_opening_length (document, clause), ==,
                    strlen ("Deeply concerned"));
  g_assert_cmpuint (resolute_document_get_opening_length (document,
                                                          resolute_document_get_clause (document, 3)),
                    ==, strlen ("Requests"));

  /* overriding the emphasis hands it over to the author */
  g_assert_true (resolute_document_set_emphasis (document, 1, 0, 6, RESOLUTE_SPAN_ITALIC, FALSE,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (resolute_clause_get_auto_opening (clause));
  display = resolute_document_get_display_content (document, clause);
  g_assert_false (resolute_inline_has_span (display, RESOLUTE_SPAN_ITALIC, 0, 6));
  g_assert_true (resolute_inline_has_span (display, RESOLUTE_SPAN_ITALIC, 7, 16));
}

static void
test_modified_tracking (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  ResoluteHistory *history = resolute_document_get_history (document);

  resolute_document_set_unmodified (document);
  g_assert_false (resolute_document_get_modified (document));
  g_assert_true (resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "A title", NULL));
  g_assert_true (resolute_document_get_modified (document));
  g_assert_true (resolute_history_get_can_undo (history));
  g_assert_true (resolute_document_undo (document));
  g_assert_false (resolute_document_get_modified (document));
  g_assert_true (resolute_document_redo (document));
  g_assert_true (resolute_document_get_modified (document));
}

static void
test_metadata (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session = NULL;
  g_autofree char *code = NULL;
  g_autofree char *barcode = NULL;
  g_autofree char *sponsors = NULL;

  g_assert_true (resolute_document_set_field (document, RESOLUTE_FIELD_SESSION, "68", &error));
  session = resolute_document_get_session_text (document);
  g_assert_cmpstr (session, ==, "Sixty-eighth session");

  g_assert_false (resolute_document_set_field (document, RESOLUTE_FIELD_ADOPTION_DATE,
                                               "18 December 2013", &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);

  resolute_document_set_field (document, RESOLUTE_FIELD_JOB_NUMBER, "13-44905 (E)", NULL);
  code = resolute_document_get_job_code (document);
  barcode = resolute_document_get_barcode_text (document);
  g_assert_cmpstr (code, ==, "N1344905E");
  g_assert_cmpstr (barcode, ==, "*1344905*");

  resolute_document_add_sponsor (document, "Albania", FALSE);
  resolute_document_add_sponsor (document, "Bosnia and Herzegovina", FALSE);
  resolute_document_add_sponsor (document, "Japan", TRUE);
  sponsors = resolute_document_get_sponsors_text (document);
  g_assert_cmpstr (sponsors, ==, "Albania, Bosnia and Herzegovina and Japan");
  g_assert_true (resolute_document_move_sponsor (document, 2, 0, NULL));
  g_assert_cmpstr (resolute_document_get_sponsor (document, 0)->name, ==, "Japan");
}

static void
count_cb (gpointer  instance,
          guint    *counter)
{
  (*counter)++;
}

static void
count_items_cb (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                guint      *counter)
{
  (*counter)++;
}

static void
test_signals (void)
{
  g_autoptr(ResoluteDocument) document = make_sample ();
  guint changed = 0;
  guint numbering = 0;
  guint items_changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (document, "numbering-changed", G_CALLBACK (count_cb), &numbering);
  g_signal_connect (resolute_document_get_clauses (document), "items-changed",
                    G_CALLBACK (count_items_cb), &items_changed);

  /* typing changes no number */
  g_assert_true (resolute_document_insert_text (document, 2, 0, "x", NULL));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (numbering, ==, 0);
  g_assert_cmpuint (items_changed, ==, 0);

  /* a new paragraph at the top of the operative part renumbers, once */
  g_assert_nonnull (resolute_document_insert_clause (document, 2, RESOLUTE_CLAUSE_OPERATIVE, 0,
                                                     NULL, NULL));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (numbering, ==, 1);
  g_assert_cmpuint (items_changed, ==, 1);

  /* a failed command changes nothing and says nothing */
  g_assert_false (resolute_document_delete_clauses (document, 5, 2, NULL));
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_templates (void)
{
  g_autoptr(GDateTime) today = g_date_time_new_utc (2026, 11, 26, 12, 0, 0);

  g_assert_cmpuint (resolute_template_session_for_date (today), ==, 81);

  for (guint i = 0; i < RESOLUTE_N_TEMPLATES; i++)
    {
      g_autoptr(ResoluteDocument) document = resolute_template_create (i, today);
      g_autoptr(GError) error = NULL;
      ResoluteTemplate round_trip;
      ResoluteDocumentStats stats;

      g_assert_true (resolute_template_from_id (resolute_template_get_id (i), &round_trip));
      g_assert_cmpint (round_trip, ==, i);
      g_assert_true (resolute_document_check (document, &error));
      g_assert_no_error (error);
      g_assert_false (resolute_document_get_modified (document));
      g_assert_false (resolute_history_get_can_undo (resolute_document_get_history (document)));
      g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ISSUE_DATE), ==, "2026-11-26");
      resolute_document_get_stats (document, &stats);
      g_assert_cmpuint (stats.preambular, ==, 1);
      g_assert_cmpuint (stats.operative, ==, 2);
      g_assert_cmpstr (label_at (document, 1), ==, "1.");
    }

  {
    g_autoptr(ResoluteDocument) sc = resolute_template_create (RESOLUTE_TEMPLATE_SC_RESOLUTION, today);
    g_autoptr(ResoluteDocument) draft = resolute_template_create (RESOLUTE_TEMPLATE_COMMITTEE_DRAFT, today);

    g_assert_cmpint (resolute_document_get_organ (sc), ==, RESOLUTE_ORGAN_SECURITY_COUNCIL);
    /* the formula follows the organ: it is not written into the field */
    g_assert_null (resolute_document_get_field (sc, RESOLUTE_FIELD_AUTHORING_FORMULA));
    g_assert_cmpstr (resolute_document_get_authoring_formula (sc), ==, "The Security Council,");
    resolute_document_set_organ (sc, RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL);
    g_assert_cmpstr (resolute_document_get_authoring_formula (sc), ==, "The Human Rights Council,");
    g_assert_null (resolute_document_get_field (sc, RESOLUTE_FIELD_TITLE));
    g_assert_cmpint (resolute_document_get_distribution (draft), ==, RESOLUTE_DISTRIBUTION_LIMITED);
    g_assert_cmpstr (resolute_document_get_field (draft, RESOLUTE_FIELD_SYMBOL), ==, "A/C.3/81/L.");
    g_assert_cmpstr (resolute_document_get_field (draft, RESOLUTE_FIELD_COMMITTEE), ==, "Third Committee");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Document/numbering", test_numbering);
  g_test_add_func ("/Resolute/Document/lone-operative", test_lone_operative_not_numbered);
  g_test_add_func ("/Resolute/Document/deep-levels", test_deep_levels);
  g_test_add_func ("/Resolute/Document/french-labels", test_french_labels);
  g_test_add_func ("/Resolute/Document/structure-rules", test_structure_rules);
  g_test_add_func ("/Resolute/Document/footnotes", test_footnotes_follow_marks);
  g_test_add_func ("/Resolute/Document/cross-references", test_cross_references);
  g_test_add_func ("/Resolute/Document/preambular-reference", test_preambular_reference);
  g_test_add_func ("/Resolute/Document/split-merge-undo", test_split_merge_undo);
  g_test_add_func ("/Resolute/Document/kind-switch", test_kind_switch);
  g_test_add_func ("/Resolute/Document/indent-outdent", test_indent_outdent);
  g_test_add_func ("/Resolute/Document/typing-undo", test_typing_undo_by_word);
  g_test_add_func ("/Resolute/Document/opening-phrase", test_opening_phrase);
  g_test_add_func ("/Resolute/Document/modified", test_modified_tracking);
  g_test_add_func ("/Resolute/Document/metadata", test_metadata);
  g_test_add_func ("/Resolute/Document/signals", test_signals);
  g_test_add_func ("/Resolute/Document/templates", test_templates);

  return g_test_run ();
}
