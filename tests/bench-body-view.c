/* bench-body-view.c — how fast the editing surface is with a 2,000-clause resolution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under a display:
 *   xvfb-run -a meson test -C _build --benchmark --verbose bench-body-view
 * or directly: xvfb-run -a _build/tests/bench-body-view [N_CLAUSES]
 * (BENCH_RUNS=n sets how many edits each median takes).
 *
 * Prints three figures (medians):
 *   open      from the bytes of an Akoma Ntoso file to the first frame drawn
 *             with the text (reading, set_document(), that frame);
 *   keystroke one typed character in the middle of the document: the
 *             handling (document command, buffer update), then to the frame;
 *   renumber  Enter at the start of operative paragraph 1, which renumbers
 *             every paragraph after it, then to the frame.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "resolute-akn-reader.h"
#include "resolute-akn-writer.h"
#include "resolute-body-view.h"

#define RUNS (g_getenv ("BENCH_RUNS") ? atoi (g_getenv ("BENCH_RUNS")) : 21)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The shape of bench-document's: a fifth preambular, every fourth operative
 * paragraph with sub-paragraphs, a footnote every ten clauses and a
 * cross-reference every twenty-five. */
static ResoluteDocument *
build_document (guint n_clauses)
{
  ResoluteDocument *document = resolute_document_new ();
  guint n_preambular = n_clauses / 5;

  resolute_document_set_id_seed (document, 1);
  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "A very long resolution", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "80/999", NULL);

  for (guint position = 0; position < n_clauses; position++)
    {
      gboolean preambular = position < n_preambular;
      gboolean sub = !preambular && position % 4 != 0 && position > n_preambular;
      g_autofree char *words = g_strdup_printf ("%s the report of the Secretary-General on the "
                                                "item %u, and all relevant resolutions of the "
                                                "General Assembly %s",
                                                preambular ? "Recalling" : "Requests", position,
                                                preambular ? "," : ";");
      g_autoptr(ResoluteInline) text = resolute_inline_new_from_text (words);

      resolute_document_insert_clause (document, position,
                                       preambular ? RESOLUTE_CLAUSE_PREAMBULAR
                                                  : RESOLUTE_CLAUSE_OPERATIVE,
                                       sub ? 1 : 0, text, NULL);
      if (position % 10 == 0)
        {
          g_autoptr(ResoluteInline) note = resolute_inline_new_from_text ("Resolution 55/2.");

          resolute_document_insert_footnote (document, position, 9, note, NULL);
        }
      if (!preambular && position % 25 == 0)
        resolute_document_insert_cross_reference (
          document, position, 0,
          resolute_clause_get_id (resolute_document_get_clause (document, n_preambular)),
          RESOLUTE_CROSS_REF_DIRECTION, NULL);
    }

  resolute_document_clear_history (document);
  return document;
}

typedef struct
{
  gint64 started;  /* the frame's before-paint */
  gint64 painted;  /* its after-paint */
} Frame;

static void
before_paint (GdkFrameClock *clock,
              Frame         *frame)
{
  if (frame->started == 0)
    frame->started = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock,
             Frame         *frame)
{
  frame->painted = g_get_monotonic_time ();
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits for the next frame the window paints; returns when it ended, and
 * in @work how long the frame itself took (layout, snapshot, rendering). */
static gint64
wait_for_frame (GtkWidget *window,
                double    *work)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { 0, 0 };
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, timeout_cb, &timed_out);
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &frame);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &frame);

  while (frame.painted == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  if (!timed_out)
    g_source_remove (timeout);
  if (work != NULL)
    *work = (frame.painted - frame.started) / 1000.0;
  return frame.painted;
}

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
place_cursor (GtkTextBuffer *buffer,
              int            line,
              int            offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/* What GtkTextView does with a character the input method commits. */
static void
type_at_cursor (GtkTextBuffer *buffer,
                const char    *text)
{
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

int
main (int   argc,
      char *argv[])
{
  guint n_clauses = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 2000;
  double open[5], load[5], first_frame[5], read[5];
  g_autoptr(GBytes) saved = NULL;
  g_autofree double *key_work = g_new0 (double, RUNS);
  g_autofree double *renumber_work = g_new0 (double, RUNS);
  g_autofree double *key_sync = g_new0 (double, RUNS);
  g_autofree double *key_frame = g_new0 (double, RUNS);
  g_autofree double *renumber_sync = g_new0 (double, RUNS);
  g_autofree double *renumber_frame = g_new0 (double, RUNS);
  g_autofree double *core_renumber = g_new0 (double, RUNS);
  guint n_open = 0;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-body-view: no display (run it under xvfb-run)\n");
      return 77;
    }
  adw_init ();

  {
    g_autoptr(ResoluteDocument) built = build_document (n_clauses);
    g_autoptr(GError) error = NULL;

    saved = resolute_akn_writer_write (built, &error);
    g_assert_no_error (error);
  }

  for (guint run = 0; run < G_N_ELEMENTS (open); run++)
    {
      g_autoptr(ResoluteDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      GtkWidget *window = gtk_window_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *view = resolute_body_view_new ();
      gint64 t0, t1, t2, t_read;

      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
      gtk_window_set_child (GTK_WINDOW (window), scroller);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_frame (window, NULL);

      /* from the file's bytes: read, show, draw */
      t_read = g_get_monotonic_time ();
      document = resolute_akn_reader_read (saved, NULL, &error);
      g_assert_no_error (error);
      t0 = g_get_monotonic_time ();
      read[n_open] = (t0 - t_read) / 1000.0;
      resolute_body_view_set_document (RESOLUTE_BODY_VIEW (view), document);
      t1 = g_get_monotonic_time ();
      t2 = wait_for_frame (window, &first_frame[n_open]);
      load[n_open] = (t1 - t0) / 1000.0;
      open[n_open++] = (t2 - t0) / 1000.0;

      if (run == G_N_ELEMENTS (open) - 1)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
          guint first_operative = n_clauses / 5;

          /* let the text view finish laying out the whole text in idle time */
          {
            gboolean done = FALSE;

            g_timeout_add (1500, timeout_cb, &done);
            while (!done)
              g_main_context_iteration (NULL, TRUE);
          }

          resolute_body_view_jump_to_clause (RESOLUTE_BODY_VIEW (view),
                                             resolute_document_get_clause (document,
                                                                           n_clauses / 2));
          drain ();
          wait_for_frame (window, NULL);
          for (guint i = 0; i < RUNS; i++)
            {
              gint64 k0, k1, k2;

              place_cursor (buffer, 2 + n_clauses / 2, 20);
              drain ();
              k0 = g_get_monotonic_time ();
              type_at_cursor (buffer, "x");
              k1 = g_get_monotonic_time ();
              k2 = wait_for_frame (window, &key_work[i]);
              key_sync[i] = (k1 - k0) / 1000.0;
              key_frame[i] = (k2 - k0) / 1000.0;
            }

          resolute_body_view_jump_to_clause (RESOLUTE_BODY_VIEW (view),
                                             resolute_document_get_clause (document,
                                                                           first_operative));
          drain ();
          wait_for_frame (window, NULL);
          for (guint i = 0; i < RUNS; i++)
            {
              gint64 k0, k1, k2;

              place_cursor (buffer, 2 + first_operative, 0);
              drain ();
              k0 = g_get_monotonic_time ();
              type_at_cursor (buffer, "\n");
              k1 = g_get_monotonic_time ();
              k2 = wait_for_frame (window, &renumber_work[i]);
              renumber_sync[i] = (k1 - k0) / 1000.0;
              renumber_frame[i] = (k2 - k0) / 1000.0;
              g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, n_clauses + 1);
              resolute_document_undo (document);
              drain ();
            }
        }

      gtk_window_destroy (GTK_WINDOW (window));
      drain ();
    }

  /* the same Enter in a document that no view shows: the core's share */
  {
    g_autoptr(ResoluteDocument) document = build_document (n_clauses);
    guint first_operative = n_clauses / 5;

    for (guint i = 0; i < RUNS; i++)
      {
        gint64 k0 = g_get_monotonic_time ();

        resolute_document_split_clause (document, first_operative, 0, NULL);
        core_renumber[i] = (g_get_monotonic_time () - k0) / 1000.0;
        resolute_document_undo (document);
      }
  }

  g_print ("clauses: %u\n", n_clauses);
  g_print ("open: %.1f ms from the Akoma Ntoso file's bytes to the first frame drawn "
           "(reading %.1f ms, set_document %.1f ms, that frame %.1f ms)\n",
           median (read, n_open) + median (open, n_open), median (read, n_open),
           median (load, n_open), median (first_frame, n_open));
  g_print ("keystroke: %.2f ms handling; the frame after it %.2f ms of work "
           "(%.1f ms until drawn)\n",
           median (key_sync, RUNS), median (key_work, RUNS), median (key_frame, RUNS));
  g_print ("renumber (Enter at operative paragraph 1): %.2f ms handling; the frame after it "
           "%.2f ms of work (%.1f ms until drawn)\n",
           median (renumber_sync, RUNS), median (renumber_work, RUNS),
           median (renumber_frame, RUNS));
  g_print ("renumber in the document alone (no view): %.2f ms\n", median (core_renumber, RUNS));
  return 0;
}
