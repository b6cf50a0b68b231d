/* test-random-edits.c — thousands of random editing commands, checking the invariants after each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After every command: the model's invariants hold (structure rules, numbers
 * contiguous, footnotes numbered in reading order, no footnote without a
 * mark, every cross-reference renders its live target or is reported
 * broken); undo restores the exact previous saved bytes and redo re-applies
 * them. The seed is the GLib test seed: a failure prints it, and
 * `--seed R02S…` replays the same run.
 */

#include "config.h"

#include <string.h>

#include "resolute-error.h"
#include "resolute-test-support.h"

static const char *const words[] = {
  "Recalling", "Reaffirming", "Decides", "Requests", "the", "Secretary-General", "to",
  "report", "on", "“cooperation”", "Côte d’Ivoire", "–", "resolution", "67/169", "of",
  "20 December 2012", "and", "States", "Welcomes", "Calls upon", "international", "law",
};

typedef struct
{
  ResoluteDocument *document;
  GRand            *rand;
  guint             applied;
  guint             refused;
} Fixture;

/* Everything that is saved, plus the derived state. */
static char *
snapshot (ResoluteDocument *document)
{
  g_autofree char *dump = resolute_test_dump (document);
  g_autofree char *akn = resolute_test_save_akn (document);

  return g_strconcat (dump, "\n----\n", akn, NULL);
}

static guint
pick (Fixture *fixture,
      guint    n)
{
  return n == 0 ? 0 : g_rand_int_range (fixture->rand, 0, n);
}

static char *
random_text (Fixture *fixture)
{
  GString *text = g_string_new (NULL);
  guint n = 1 + pick (fixture, 5);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[pick (fixture, G_N_ELEMENTS (words))]);
    }
  return g_string_free (text, FALSE);
}

/* A random byte offset on a character boundary of @content. */
static guint
random_offset (Fixture              *fixture,
               const ResoluteInline *content)
{
  const char *text = resolute_inline_get_text (content);
  glong n_chars = g_utf8_strlen (text, resolute_inline_get_length (content));
  glong index = pick (fixture, n_chars + 1);

  return g_utf8_offset_to_pointer (text, index) - text;
}

static const ResoluteInline *
content_at (Fixture *fixture,
            guint    position)
{
  return resolute_clause_get_content (resolute_document_get_clause (fixture->document, position));
}

static ResoluteFootnote *
random_footnote (Fixture *fixture)
{
  GListModel *footnotes = resolute_document_get_footnotes (fixture->document);
  guint n = g_list_model_get_n_items (footnotes);
  g_autoptr(ResoluteFootnote) footnote = NULL;

  if (n == 0)
    return NULL;
  footnote = g_list_model_get_item (footnotes, pick (fixture, n));
  return footnote; /* the document keeps its own reference */
}

/* Applies one random command. Returns whether the document accepted it; a
 * refused command must report why. */
static gboolean
apply_random_command (Fixture *fixture)
{
  ResoluteDocument *document = fixture->document;
  guint n = resolute_document_get_n_clauses (document);
  guint position = pick (fixture, n);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = random_text (fixture);
  gboolean ok = FALSE;
  guint choice = pick (fixture, 22);

  if (n == 0)
    choice = 0;

  switch (choice)
    {
    case 0:
    case 1:
    case 2:
      {
        g_autoptr(ResoluteInline) content = resolute_inline_new_from_text (text);
        ResoluteClauseKind kind = pick (fixture, 10) < 4 ? RESOLUTE_CLAUSE_PREAMBULAR
                                  : pick (fixture, 10) < 8 ? RESOLUTE_CLAUSE_OPERATIVE
                                                           : RESOLUTE_CLAUSE_ANNEX + pick (fixture, 4);
        guint level = pick (fixture, 3) == 0 ? pick (fixture, RESOLUTE_CLAUSE_MAX_LEVEL + 1) : 0;

        ok = resolute_document_insert_clause (document, pick (fixture, n + 1), kind, level, content,
                                              &error) != NULL;
      }
      break;

    case 3:
      /* deleting whole paragraphs less often than inserting, so that the
       * document grows to a few dozen clauses */
      if (n < 40 && pick (fixture, 3) > 0)
        return FALSE;
      ok = resolute_document_delete_clauses (document, position,
                                             resolute_document_get_subtree_length (document, position),
                                             &error);
      break;

    case 4:
      ok = resolute_document_move_clause_up (document, position, &error);
      break;

    case 5:
      ok = resolute_document_move_clause_down (document, position, &error);
      break;

    case 6:
      ok = resolute_document_split_clause (document, position,
                                           random_offset (fixture, content_at (fixture, position)),
                                           &error) != NULL;
      break;

    case 7:
      ok = resolute_document_merge_clause (document, position, &error);
      break;

    case 8:
      ok = resolute_document_indent_clause (document, position, &error);
      break;

    case 9:
      ok = resolute_document_outdent_clause (document, position, &error);
      break;

    case 10:
      ok = resolute_document_set_clause_kind (document, position,
                                              pick (fixture, 2) ? RESOLUTE_CLAUSE_OPERATIVE
                                                                : RESOLUTE_CLAUSE_PREAMBULAR,
                                              &error);
      break;

    case 11:
    case 12:
      ok = resolute_document_insert_text (document, position,
                                          random_offset (fixture, content_at (fixture, position)),
                                          text, &error);
      break;

    case 13:
      {
        const ResoluteInline *content = content_at (fixture, position);
        guint a = random_offset (fixture, content);
        guint b = random_offset (fixture, content);

        ok = resolute_document_delete_text (document, position, MIN (a, b), MAX (a, b), &error);
      }
      break;

    case 14:
      {
        const ResoluteInline *content = content_at (fixture, position);
        guint a = random_offset (fixture, content);
        guint b = random_offset (fixture, content);

        ok = resolute_document_set_emphasis (document, position, MIN (a, b), MAX (a, b),
                                             pick (fixture, 2) ? RESOLUTE_SPAN_ITALIC : RESOLUTE_SPAN_BOLD,
                                             pick (fixture, 3) > 0, &error);
      }
      break;

    case 15:
    case 16:
      {
        g_autoptr(ResoluteInline) note = resolute_inline_new_from_text (text);

        ok = resolute_document_insert_footnote (document, position,
                                                random_offset (fixture, content_at (fixture, position)),
                                                note, &error) != NULL;
      }
      break;

    case 17:
      {
        ResoluteFootnote *footnote = random_footnote (fixture);

        if (footnote == NULL)
          return FALSE;
        if (pick (fixture, 2))
          {
            g_autoptr(ResoluteInline) note = resolute_inline_new_from_text (text);

            ok = resolute_document_set_footnote_content (document, resolute_footnote_get_id (footnote),
                                                         note, &error);
          }
        else if (resolute_footnote_get_anchor (footnote) == RESOLUTE_NOTE_ANCHOR_TEXT)
          ok = resolute_document_insert_note_ref (document, position,
                                                  random_offset (fixture, content_at (fixture, position)),
                                                  resolute_footnote_get_id (footnote), &error);
        else
          return FALSE;
      }
      break;

    case 18:
      {
        ResoluteFootnote *footnote = random_footnote (fixture);

        if (footnote == NULL)
          return FALSE;
        ok = resolute_document_remove_footnote (document, resolute_footnote_get_id (footnote), &error);
      }
      break;

    case 19:
      {
        ResoluteClause *target = resolute_document_get_clause (document, pick (fixture, n));

        ok = resolute_document_insert_cross_reference (document, position,
                                                       random_offset (fixture, content_at (fixture, position)),
                                                       resolute_clause_get_id (target),
                                                       pick (fixture, 2) ? RESOLUTE_CROSS_REF_DIRECTION : 0,
                                                       &error);
      }
      break;

    case 20:
      ok = resolute_document_set_clause_continuation (document, position, pick (fixture, 2), &error);
      break;

    case 21:
    default:
      switch (pick (fixture, 5))
        {
        case 0:
          ok = resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, text, &error);
          break;
        case 1:
          resolute_document_add_sponsor (document, text, pick (fixture, 2));
          ok = TRUE;
          break;
        case 2:
          ok = resolute_document_remove_sponsor (document,
                                                 pick (fixture, resolute_document_get_n_sponsors (document) + 1),
                                                 &error);
          break;
        case 3:
          {
            g_autoptr(ResoluteInline) note = resolute_inline_new_from_text (text);

            ok = resolute_document_set_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS,
                                                  pick (fixture, 3) ? note : NULL, &error) != NULL
                 || error == NULL;
          }
          break;
        default:
          ok = resolute_document_set_field (document, RESOLUTE_FIELD_LANGUAGE,
                                            pick (fixture, 2) ? "fra" : "eng", &error);
          break;
        }
      break;
    }

  if (!ok)
    {
      /* a refusal always says why */
      g_assert_nonnull (error);
      g_assert_true (error->domain == RESOLUTE_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL) && *error->message != '\0');
    }
  return ok;
}

/* Every cross-reference renders its live target's citation, or its target
 * is gone and the document reports the clause among the broken ones. */
static void
check_cross_references (ResoluteDocument *document)
{
  g_autoptr(GPtrArray) broken = resolute_document_get_broken_references (document);
  guint n_broken = 0;

  for (guint i = 0, n = resolute_document_get_n_clauses (document); i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);
      gboolean clause_broken = FALSE;

      for (guint j = 0; j < resolute_inline_get_n_objects (content); j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);
          ResoluteClause *target;
          g_autofree char *rendered = NULL;

          if (object->kind != RESOLUTE_OBJECT_CROSS_REF)
            continue;
          target = resolute_document_lookup_clause (document, object->target);
          rendered = resolute_document_render_object (document, clause, object);
          if (target == NULL)
            {
              clause_broken = TRUE;
              continue;
            }
          g_assert_true (resolute_document_get_clause (document, resolute_clause_get_position (target))
                         == target);
          if (resolute_clause_get_kind (target) == RESOLUTE_CLAUSE_OPERATIVE)
            g_assert_nonnull (strstr (rendered, resolute_clause_get_citation (target)));
        }
      if (clause_broken)
        {
          g_assert_true (g_ptr_array_find (broken, clause, NULL));
          n_broken++;
        }
    }
  g_assert_cmpuint (n_broken, ==, broken->len);
}

static void
check_invariants (ResoluteDocument *document)
{
  g_autoptr(GError) error = NULL;

  if (!resolute_document_check (document, &error))
    g_error ("invariant broken: %s", error->message);
  check_cross_references (document);
}

static void
test_random_edits (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autofree char *initial = NULL;
  g_autofree char *final = NULL;
  Fixture fixture = { document, g_rand_new_with_seed (g_test_rand_int ()), 0, 0 };
  guint steps = g_test_thorough () ? 20000 : 3000;

  /* slow runners (valgrind) ask for fewer */
  if (g_getenv ("RESOLUTE_RANDOM_STEPS") != NULL)
    steps = (guint) g_ascii_strtoull (g_getenv ("RESOLUTE_RANDOM_STEPS"), NULL, 10);

  resolute_document_set_id_seed (document, g_test_rand_int ());
  initial = snapshot (document);

  for (guint step = 0; step < steps; step++)
    {
      g_autofree char *before = snapshot (document);
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      if (!apply_random_command (&fixture))
        {
          /* FALSE without an error: the command did not apply here */
          g_autofree char *unchanged = snapshot (document);

          fixture.refused++;
          g_assert_cmpstr (unchanged, ==, before); /* a refused command changes nothing */
          continue;
        }
      fixture.applied++;
      check_invariants (document);
      after = snapshot (document);
      if (g_strcmp0 (after, before) == 0)
        continue; /* a no-op (same text set again) records nothing to undo */

      g_assert_true (resolute_document_undo (document));
      check_invariants (document);
      undone = snapshot (document);
      g_assert_cmpstr (undone, ==, before);

      g_assert_true (resolute_document_redo (document));
      check_invariants (document);
      redone = snapshot (document);
      g_assert_cmpstr (redone, ==, after);

      /* keep typing steps apart, so each undo above took back one command */
      resolute_document_seal_undo (document);
    }

  g_test_message ("%u commands applied, %u refused, %u clauses, %u footnotes at the end",
                  fixture.applied, fixture.refused, resolute_document_get_n_clauses (document),
                  g_list_model_get_n_items (resolute_document_get_footnotes (document)));
  g_assert_cmpuint (fixture.applied, >, steps / 4);

  /* the whole history undoes back to the empty document and redoes again */
  final = snapshot (document);
  while (resolute_document_undo (document))
    ;
  {
    g_autofree char *start = snapshot (document);
    g_assert_cmpstr (start, ==, initial);
  }
  while (resolute_document_redo (document))
    ;
  {
    g_autofree char *end = snapshot (document);
    g_assert_cmpstr (end, ==, final);
  }

  g_rand_free (fixture.rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Document/random-edits", test_random_edits);

  return g_test_run ();
}
