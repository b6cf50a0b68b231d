/* bench-document.c — how long a 2,000-clause resolution takes to open, save and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C _build --benchmark --verbose` or directly:
 *   _build/tests/bench-document [N_CLAUSES]
 * Prints one line per figure (median of several runs).
 */

#include "config.h"

#include <stdlib.h>

#include "resolute-akn-reader.h"
#include "resolute-akn-writer.h"
#include "resolute-file-format.h"
#include "resolute-ods-text-writer.h"

#define RUNS 7

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

/* A long resolution: a fifth preambular, the rest operative with every
 * fourth paragraph carrying (a)–(c), footnotes and cross-references. */
static ResoluteDocument *
build_document (guint n_clauses)
{
  ResoluteDocument *document = resolute_document_new ();
  guint n_preambular = n_clauses / 5;
  guint position = 0;

  resolute_document_set_id_seed (document, 1);
  resolute_document_set_field (document, RESOLUTE_FIELD_SYMBOL, "A/RES/80/999", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "A very long resolution", NULL);

  while (position < n_clauses)
    {
      g_autoptr(ResoluteInline) text = NULL;
      gboolean preambular = position < n_preambular;
      g_autofree char *words = g_strdup_printf ("%s the report of the Secretary-General on the item %u, "
                                                "and all relevant resolutions of the General Assembly %s",
                                                preambular ? "Recalling" : "Requests", position,
                                                preambular ? "," : ";");

      text = resolute_inline_new_from_text (words);
      resolute_document_insert_clause (document, position,
                                       preambular ? RESOLUTE_CLAUSE_PREAMBULAR : RESOLUTE_CLAUSE_OPERATIVE,
                                       (!preambular && position % 4 != 0 && position > n_preambular) ? 1 : 0,
                                       text, NULL);
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
      position++;
    }

  return document;
}

int
main (int   argc,
      char *argv[])
{
  guint n_clauses = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 2000;
  double build[RUNS], save[RUNS], open[RUNS], insert_top[RUNS], keystroke[RUNS], undo[RUNS], ods[RUNS];
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GBytes) akn = NULL;
  g_autoptr(GError) error = NULL;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(ResoluteDocument) built = NULL;
      g_autoptr(ResoluteDocument) opened = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) text = NULL;
      gint64 t0, t1;
      guint first_operative;

      t0 = g_get_monotonic_time ();
      built = build_document (n_clauses);
      t1 = g_get_monotonic_time ();
      build[run] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      bytes = resolute_akn_writer_write (built, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      save[run] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      opened = resolute_akn_reader_read (bytes, NULL, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      open[run] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      text = resolute_ods_text_writer_write (opened, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      ods[run] = (t1 - t0) / 1000.0;

      /* a new operative paragraph at the top renumbers everything after it */
      first_operative = n_clauses / 5;
      t0 = g_get_monotonic_time ();
      resolute_document_insert_clause (opened, first_operative, RESOLUTE_CLAUSE_OPERATIVE, 0, NULL,
                                       &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      insert_top[run] = (t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      resolute_document_undo (opened);
      t1 = g_get_monotonic_time ();
      undo[run] = (t1 - t0) / 1000.0;

      /* one keystroke in the middle of the document, averaged over 100 */
      t0 = g_get_monotonic_time ();
      for (guint i = 0; i < 100; i++)
        resolute_document_insert_text (opened, n_clauses / 2, 0, "x", NULL);
      t1 = g_get_monotonic_time ();
      keystroke[run] = (t1 - t0) / 1000.0 / 100;

      if (run == 0)
        {
          document = g_object_ref (opened);
          akn = g_bytes_ref (bytes);
        }
    }

  g_print ("document: %u clauses, %u footnotes, Akoma Ntoso %zu bytes (median of %d runs)\n",
           resolute_document_get_n_clauses (document),
           g_list_model_get_n_items (resolute_document_get_footnotes (document)),
           g_bytes_get_size (akn), RUNS);
  g_print ("build by editing commands: %8.2f ms\n", median (build, RUNS));
  g_print ("save (Akoma Ntoso):        %8.2f ms\n", median (save, RUNS));
  g_print ("open (Akoma Ntoso):        %8.2f ms\n", median (open, RUNS));
  g_print ("export ODS text:           %8.2f ms\n", median (ods, RUNS));
  g_print ("insert paragraph at top:   %8.3f ms (renumbers all)\n", median (insert_top, RUNS));
  g_print ("undo that insertion:       %8.3f ms\n", median (undo, RUNS));
  g_print ("one keystroke:             %8.3f ms\n", median (keystroke, RUNS));

  return 0;
}
