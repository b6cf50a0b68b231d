/* test-app-print.c — Export, Print and Print Preview in the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application under Xvfb: GtkPrintOperation prints the document to
 * a PDF file (as "Print to File" does) with the page layout, which pdfinfo
 * and pdftotext read back; Print Preview shows the pages the operation
 * drew; the Export dialog writes PDF (both paper sizes), Word and
 * OpenDocument files, and shows an error, leaving no file, when it cannot.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "resolute-error.h"
#include "resolute-export-dialog.h"
#include "resolute-file-format.h"
#include "resolute-print.h"
#include "resolute-test-support.h"
#include "test-app-support.h"

typedef struct
{
  ResoluteApplication *app;
  ResoluteWindow      *window;
  char                *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->app = resolute_app_test_new_app ();
  fixture->window = resolute_app_test_new_window (fixture->app);
  fixture->dir = g_dir_make_tmp ("resolute-print-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  resolute_app_test_quit (fixture->app);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo) is not installed");
      return FALSE;
    }
  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext -layout of the whole file, white space collapsed */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *raw = run (argv);
  g_auto(GStrv) words = g_strsplit_set (raw, " \t\n\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };

  return run (argv);
}

static ResoluteDocument *
load_seed (void)
{
  g_autofree char *path = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);

  if (!resolute_test_require_shared (path))
    return NULL;
  return resolute_test_load_document (path, NULL);
}

static ResolutePage *
open_seed (Fixture *fixture)
{
  g_autoptr(ResoluteDocument) document = load_seed ();
  ResolutePage *page;

  if (document == NULL)
    return NULL;
  page = resolute_window_add_document (fixture->window, document, NULL,
                                       RESOLUTE_FILE_FORMAT_UNKNOWN, NULL, NULL);
  g_assert_nonnull (page);
  return resolute_app_test_wait_for_page (fixture->window, 1);
}

/* GtkPrintOperation writes the pages of the layout to a PDF file. */
static void
test_print_to_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(ResoluteDocument) document = NULL;
  g_autofree char *a4 = g_build_filename (fixture->dir, "printed-a4.pdf", NULL);
  g_autofree char *letter = g_build_filename (fixture->dir, "printed-letter.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "United Nations", "A/RES/68/160", "General Assembly", "Distr.: General", "21 February 2014",
    "Resolution adopted by the General Assembly", "68/160. Enhancement of international",
    "The General Assembly,", "Reaffirming its commitment", "14. Decides to continue",
    "70th plenary meeting", "1 A/CONF.157/24 (Part I), chap. III.", "2/3", "3/3",
  };

  if (!have_poppler () || (document = load_seed ()) == NULL)
    return;

  g_assert_true (resolute_print_export_pdf (document, a4, RESOLUTE_PAPER_A4, &error));
  g_assert_no_error (error);
  info = pdf_info (a4);
  g_assert_nonnull (strstr (info, "Pages:           3\n"));
  g_assert_nonnull (strstr (info, "(A4)"));
  text = pdf_text (a4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” was not printed:\n%s", expected[i], text);

  g_clear_pointer (&info, g_free);
  g_assert_true (resolute_print_export_pdf (document, letter, RESOLUTE_PAPER_LETTER, &error));
  g_assert_no_error (error);
  info = pdf_info (letter);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  g_assert_nonnull (strstr (info, "Pages:           3\n"));

  /* an empty document: the error, and no file */
  {
    g_autoptr(ResoluteDocument) empty = resolute_document_new ();
    g_autofree char *path = g_build_filename (fixture->dir, "empty.pdf", NULL);

    g_assert_false (resolute_print_export_pdf (empty, path, RESOLUTE_PAPER_A4, &error));
    g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

/* Print Preview shows the pages GtkPrintOperation drew, with a Print button. */
static void
test_print_preview (Fixture       *fixture,
                    gconstpointer  data)
{
  ResolutePage *page = open_seed (fixture);
  GtkWindow *preview;

  if (page == NULL)
    return;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "print-preview", NULL);
  preview = resolute_app_test_wait_for_toplevel (RESOLUTE_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (preview);
  g_assert_cmpuint (resolute_print_preview_get_n_pages (RESOLUTE_PRINT_PREVIEW (preview)), ==, 3);
  g_assert_true (resolute_print_preview_get_document (RESOLUTE_PRINT_PREVIEW (preview))
                 == resolute_page_get_document (page));
  gtk_window_set_default_size (preview, 820, 1000);
  g_free (resolute_app_test_snapshot (GTK_WIDGET (preview), "app-print-preview"));
  gtk_window_destroy (preview);
  resolute_app_test_wait (100);
}

/* The menu's export and print items work on the document of the tab. */
static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  GActionGroup *actions = G_ACTION_GROUP (fixture->window);
  const char *names[] = { "export-pdf", "export-docx", "export-odt", "print", "print-preview" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_false (g_action_group_get_action_enabled (actions, names[i]));
  if (open_seed (fixture) == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_action_group_get_action_enabled (actions, names[i]));

  /* Export as Word opens the Export dialog with Word chosen */
  g_action_group_activate_action (actions, "export-docx", NULL);
  {
    GtkWindow *dialog = resolute_app_test_wait_for_toplevel (RESOLUTE_TYPE_EXPORT_DIALOG);
    g_autofree char *name = NULL;

    g_assert_cmpint (resolute_export_dialog_get_format (RESOLUTE_EXPORT_DIALOG (dialog)), ==,
                     RESOLUTE_FILE_FORMAT_DOCX);
    name = resolute_export_dialog_suggest_name (RESOLUTE_EXPORT_DIALOG (dialog));
    g_assert_cmpstr (name, ==, "A-RES-68-160.docx");
    gtk_window_destroy (dialog);
    resolute_app_test_wait (100);
  }
}

/* The Export dialog: a Letter PDF with a QR code, through the file chooser
 * as the user does it; Word and OpenDocument through the same dialog; an
 * error dialog and no file for a place that cannot be written. */
static void
test_export_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  ResolutePage *page = open_seed (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "A-RES-68-160.pdf", NULL);
  g_autofree char *plain = g_build_filename (fixture->dir, "plain-file", NULL);
  g_autofree char *inside = g_build_filename (plain, "out.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) inside_file = g_file_new_for_path (inside);
  g_autoptr(GError) error = NULL;
  ResoluteExportDialog *dialog;
  g_autofree char *info = NULL;

  if (page == NULL || !have_poppler ())
    return;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "export-pdf", NULL);
  dialog = RESOLUTE_EXPORT_DIALOG (resolute_app_test_wait_for_toplevel (RESOLUTE_TYPE_EXPORT_DIALOG));
  g_assert_cmpint (resolute_export_dialog_get_format (dialog), ==, RESOLUTE_FILE_FORMAT_PDF);
  resolute_export_dialog_set_paper (dialog, RESOLUTE_PAPER_LETTER);
  resolute_export_dialog_set_qr_code (dialog, TRUE);
  g_free (resolute_app_test_snapshot (GTK_WIDGET (dialog), "app-export-dialog"));

  /* Export… asks where, writes, closes the dialog and says so */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL);
  resolute_app_test_accept_file_chooser (pdf_file);
  g_assert_null (resolute_app_test_find_toplevel (RESOLUTE_TYPE_EXPORT_DIALOG));
  g_assert_null (resolute_window_get_pending_dialog (fixture->window));
  info = pdf_info (pdf);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  g_assert_nonnull (strstr (info, "Pages:           3\n"));
  /* the document keeps its own state */
  g_assert_null (resolute_page_get_file (page));

  /* Word and OpenDocument go through resolute_file_format_serialize (): a
   * file, or the writer's error and no file */
  {
    const ResoluteFileFormat others[] = { RESOLUTE_FILE_FORMAT_DOCX, RESOLUTE_FILE_FORMAT_ODT,
                                          RESOLUTE_FILE_FORMAT_ODS_TEXT };

    dialog = resolute_export_dialog_new (GTK_WINDOW (fixture->window), page,
                                         RESOLUTE_FILE_FORMAT_DOCX);
    for (guint i = 0; i < G_N_ELEMENTS (others); i++)
      {
        g_autofree char *name = NULL;
        g_autofree char *path = NULL;
        g_autoptr(GFile) file = NULL;
        g_autoptr(GError) other_error = NULL;

        resolute_export_dialog_set_format (dialog, others[i]);
        name = resolute_export_dialog_suggest_name (dialog);
        path = g_build_filename (fixture->dir, name, NULL);
        file = g_file_new_for_path (path);
        if (resolute_export_dialog_export_to_file (dialog, file, &other_error))
          g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
        else
          {
            g_assert_nonnull (other_error);
            g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
          }
      }

    /* nowhere to write: an error, and nothing written */
    g_assert_true (g_file_set_contents (plain, "not a folder", -1, NULL));
    resolute_export_dialog_set_format (dialog, RESOLUTE_FILE_FORMAT_PDF);
    g_assert_false (resolute_export_dialog_export_to_file (dialog, inside_file, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (inside, G_FILE_TEST_EXISTS));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* the same through the chooser: the error shows as a dialog */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "export-pdf", NULL);
  dialog = RESOLUTE_EXPORT_DIALOG (resolute_app_test_wait_for_toplevel (RESOLUTE_TYPE_EXPORT_DIALOG));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL);
  {
    g_autofree char *folder = g_build_filename (fixture->dir, "folder.pdf", NULL);
    g_autoptr(GFile) folder_file = g_file_new_for_path (folder);

    /* a folder in the way of the file */
    g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
    resolute_app_test_accept_file_chooser (folder_file);
    g_assert_nonnull (resolute_window_get_pending_dialog (fixture->window));
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    resolute_app_test_respond (ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (fixture->window)),
                               "close");
  }
}

/* An empty document cannot be printed: the reason in a dialog. */
static void
test_print_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(ResoluteDocument) empty = resolute_document_new ();

  resolute_window_add_document (fixture->window, empty, NULL, RESOLUTE_FILE_FORMAT_UNKNOWN, NULL,
                                NULL);
  resolute_app_test_wait_for_page (fixture->window, 1);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "print-preview", NULL);
  resolute_app_test_wait (100);
  g_assert_nonnull (resolute_window_get_pending_dialog (fixture->window));
  g_assert_null (resolute_app_test_find_toplevel (RESOLUTE_TYPE_PRINT_PREVIEW));
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (fixture->window)),
                             "close");
}

int
main (int   argc,
      char *argv[])
{
  resolute_app_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/Resolute/App/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("print/to-pdf", test_print_to_pdf);
  ADD ("print/preview", test_print_preview);
  ADD ("print/actions", test_actions);
  ADD ("export/dialog", test_export_dialog);
  ADD ("print/error", test_print_error);

  return resolute_app_test_run ();
}
