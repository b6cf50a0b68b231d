/* bench-pdf.c — how long a 2,000-clause resolution takes to export as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-pdf DIR [N_CLAUSES]
 *
 * Builds a long adopted resolution (a fifth preambular, the rest operative,
 * every fourth paragraph with three sub-paragraphs, a note every tenth;
 * paragraphs of two to six lines, sub-paragraphs of one to three), saves it as DIR/bench.akn for tests/bench-pdf.sh to
 * convert with resolute-cli and LibreOffice, then times the PDF export as
 * the app and resolute-cli run it: lay out, draw, write the file atomically.
 * Prints the median of several runs, and the layout alone.
 */

#include "config.h"

#include <stdlib.h>

#include "resolute-file-format.h"
#include "resolute-page-layout.h"
#include "resolute-pdf-writer.h"

#define RUNS 5

static const char *const words[] = {
  "cooperation", "international", "the", "of", "and", "human", "rights", "Member", "States",
  "to", "in", "development", "sustainable", "promotion", "protection", "field", "report",
  "Secretary-General", "United", "Nations", "relevant", "including", "all", "its", "further",
};

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

/* A paragraph of @min to @min + @spread words. */
static char *
paragraph (const char *opening,
           guint       seed,
           guint       min,
           guint       spread,
           char        end)
{
  GString *text = g_string_new (opening);
  guint n = min + (seed * 37) % spread;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, words[(seed * 7 + i * 13 + i / 3) % G_N_ELEMENTS (words)]);
    }
  g_string_append_c (text, end);
  return g_string_free (text, FALSE);
}

static ResoluteDocument *
build_document (guint n_clauses)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_agenda_item_free);
  guint n_preambular = n_clauses / 5;

  resolute_document_set_id_seed (document, 1);
  resolute_document_set_field (document, RESOLUTE_FIELD_SYMBOL, "A/RES/80/999", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER, "80/999", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE,
                               "Strengthening of international cooperation in the field of "
                               "human rights", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_SESSION, "80", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_ISSUE_DATE, "2025-12-19", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_ADOPTION_DATE, "2025-12-15", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_MEETING, "60th plenary meeting", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_ORIGIN,
                               "on the report of the Third Committee (A/80/480)", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_JOB_NUMBER, "25-21999 (E)", NULL);
  g_ptr_array_add (items, resolute_agenda_item_new ("71 (b)", "Promotion and protection of "
                                                    "human rights"));
  resolute_document_set_agenda_items (document, items);

  for (guint position = 0; position < n_clauses; position++)
    {
      gboolean preambular = position < n_preambular;
      gboolean sub = !preambular && position % 4 != 0 && position > n_preambular;
      /* paragraphs of 30 to 80 words, sub-paragraphs of 12 to 36, as in the
       * UN's long resolutions */
      g_autofree char *words_ = paragraph (preambular ? "Recalling" : sub ? "The" : "Requests",
                                           position, sub ? 12 : 30, sub ? 24 : 50,
                                           preambular ? ',' : ';');
      g_autoptr(ResoluteInline) text = resolute_inline_new_from_text (words_);

      resolute_document_insert_clause (document, position,
                                       preambular ? RESOLUTE_CLAUSE_PREAMBULAR
                                                  : RESOLUTE_CLAUSE_OPERATIVE,
                                       sub ? 1 : 0, text, NULL);
      if (position % 10 == 0)
        {
          g_autoptr(ResoluteInline) note = resolute_inline_new_from_text (
            "See Official Records of the General Assembly, Seventy-ninth Session, Supplement "
            "No. 53 (A/79/53), chap. III.");

          resolute_document_insert_footnote (document, position, 9, note, NULL);
        }
    }

  resolute_document_set_unmodified (document);
  return document;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GFile) akn = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *akn_path = NULL;
  g_autofree char *pdf_path = NULL;
  double export_times[RUNS];
  double layout_times[RUNS];
  guint n_clauses = 2000;
  guint n_pages = 0;
  gsize size = 0;

  if (argc < 2)
    {
      g_printerr ("usage: bench-pdf DIR [N_CLAUSES]\n");
      return 2;
    }
  if (argc > 2)
    n_clauses = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  document = build_document (n_clauses);
  akn_path = g_build_filename (argv[1], "bench.akn", NULL);
  pdf_path = g_build_filename (argv[1], "bench.pdf", NULL);
  akn = g_file_new_for_path (akn_path);
  pdf = g_file_new_for_path (pdf_path);
  if (!resolute_file_format_save (document, akn, RESOLUTE_FILE_FORMAT_AKN, FALSE, &error))
    {
      g_printerr ("bench-pdf: %s\n", error->message);
      return 1;
    }

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(ResolutePageLayout) layout = resolute_page_layout_new (document, NULL, &error);
      g_autoptr(GBytes) bytes = NULL;

      if (layout == NULL)
        {
          g_printerr ("bench-pdf: %s\n", error->message);
          return 1;
        }
      layout_times[run] = (g_get_monotonic_time () - start) / 1e6;
      n_pages = resolute_page_layout_get_n_pages (layout);

      /* what Export and resolute-cli do: serialise, then write atomically */
      start = g_get_monotonic_time ();
      bytes = resolute_file_format_serialize (document, RESOLUTE_FILE_FORMAT_PDF, &error);
      if (bytes == NULL
          || !resolute_file_format_write_atomically (pdf, bytes, FALSE, &error))
        {
          g_printerr ("bench-pdf: %s\n", error->message);
          return 1;
        }
      export_times[run] = (g_get_monotonic_time () - start) / 1e6;
      size = g_bytes_get_size (bytes);
    }

  g_print ("Resolute PDF export, %u clauses (%u pages, %" G_GSIZE_FORMAT " KB): %.3f s "
           "(median of %u; layout alone %.3f s)\n",
           n_clauses, n_pages, size / 1024, median (export_times, RUNS), RUNS,
           median (layout_times, RUNS));
  return 0;
}
