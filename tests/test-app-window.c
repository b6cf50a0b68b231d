/* test-app-window.c — the application window driven as a user drives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test starts the real application with fresh XDG folders, opens real
 * windows, types with real key events (xdotool) and answers the dialogs the
 * app shows. The saved file is checked with `resolute-cli info --json` and
 * the Akoma Ntoso schema.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "resolute-error.h"
#include "resolute-footnotes-pane.h"
#include "resolute-ods-text-writer.h"
#include "resolute-outline.h"
#include "resolute-page-private.h"
#include "resolute-properties-dialog.h"
#include "resolute-template-dialog.h"
#include "resolute-warnings-banner.h"
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
  fixture->dir = g_dir_make_tmp ("resolute-app-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  resolute_app_test_quit (fixture->app);
  g_free (fixture->dir);
}

static ResolutePage *
new_from_template (Fixture          *fixture,
                   ResoluteTemplate  template_)
{
  guint n = resolute_window_get_n_pages (fixture->window);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "new-from-template",
                                  g_variant_new_string (resolute_template_get_id (template_)));
  return resolute_app_test_wait_for_page (fixture->window, n + 1);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), action, NULL);
  resolute_app_test_wait (100);
}

static char *
clause_text (ResoluteDocument *document,
             guint             position)
{
  return g_strdup (resolute_inline_get_text (resolute_clause_get_content (
    resolute_document_get_clause (document, position))));
}

static void
answer_message_dialog (ResoluteWindow *window,
                       const char     *response)
{
  GtkWindow *dialog = resolute_window_get_pending_dialog (window);

  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (dialog), response);
  resolute_app_test_wait (200);
}

/* ------------------------------------------------------------------------ */

static void
test_template_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  ResoluteTemplateDialog *dialog;
  ResolutePage *page;
  ResoluteDocument *document;

  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 0);

  activate (fixture, "new-document");
  dialog = RESOLUTE_TEMPLATE_DIALOG (resolute_app_test_wait_for_toplevel (
    RESOLUTE_TYPE_TEMPLATE_DIALOG));
  for (guint i = 0; i < RESOLUTE_N_TEMPLATES; i++)
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                       resolute_template_dialog_get_row (dialog, i))),
                     ==, resolute_template_get_name (i));

  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (resolute_template_dialog_get_row (
                           dialog, RESOLUTE_TEMPLATE_GA_DRAFT))),
                         "row-activated",
                         resolute_template_dialog_get_row (dialog, RESOLUTE_TEMPLATE_GA_DRAFT));
  page = resolute_app_test_wait_for_page (fixture->window, 1);
  g_assert_nonnull (page);
  document = resolute_page_get_document (page);
  g_assert_cmpint (resolute_document_get_kind (document), ==,
                   RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  g_assert_cmpint (resolute_document_get_distribution (document), ==,
                   RESOLUTE_DISTRIBUTION_LIMITED);
  g_assert_false (resolute_page_get_modified (page));
  g_assert_null (resolute_app_test_find_toplevel (RESOLUTE_TYPE_TEMPLATE_DIALOG));

  /* every template opens */
  for (guint i = 0; i < RESOLUTE_N_TEMPLATES; i++)
    {
      page = new_from_template (fixture, i);
      g_assert_nonnull (page);
      g_assert_cmpuint (resolute_document_get_n_clauses (resolute_page_get_document (page)), >, 0);
    }
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 1 + RESOLUTE_N_TEMPLATES);

  /* the window title is the document's */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   resolute_page_get_title (page));
}

/* Moves the cursor to the end of the clause at @position. */
static void
cursor_to_end (ResolutePage *page,
               guint         position)
{
  ResoluteBodyView *view = resolute_page_get_body_view (page);
  ResoluteDocument *document = resolute_page_get_document (page);

  resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, position));
  resolute_app_test_key (GTK_WIDGET (view), "End");
  g_assert_true (resolute_body_view_get_cursor_clause (view)
                 == resolute_document_get_clause (document, position));
}

static guint find_clause (ResoluteDocument *document,
                          const char       *prefix);

static const char *
label_at (ResoluteDocument *document,
          guint             position)
{
  return resolute_clause_get_label (resolute_document_get_clause (document, position));
}

static ResoluteFootnote *
footnote_at (ResoluteDocument *document,
             guint             index)
{
  return g_list_model_get_item (resolute_document_get_footnotes (document), index);
}

static char *
last_plain_text (ResoluteDocument *document,
                 const char       *prefix)
{
  guint position = prefix != NULL ? find_clause (document, prefix)
                                  : resolute_document_get_n_clauses (document) - 1;

  return resolute_document_get_plain_text (document,
                                           resolute_document_get_clause (document, position));
}

static guint
find_clause (ResoluteDocument *document,
             const char       *prefix)
{
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      g_autofree char *text = clause_text (document, i);

      if (g_str_has_prefix (text, prefix))
        return i;
    }
  g_error ("no clause starts with “%s”", prefix);
  return G_MAXUINT;
}

static gint64
json_int (JsonObject *object,
          const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_int_member (object, member);
}

/* The whole way of a new draft: template, typing, sub-paragraphs, footnotes,
 * a cross-reference, a move, undo and redo, and saving. */
static void
test_draft_resolution (Fixture       *fixture,
                       gconstpointer  data)
{
  ResolutePage *page;
  ResoluteDocument *document;
  ResoluteBodyView *view;
  ResoluteFootnotesPane *pane;
  GtkWindow *dialog;
  GtkDropDown *drop_down;
  GListModel *targets;
  ResoluteClause *fourth;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *schema = NULL;
  JsonObject *info;
  guint position;

  if (!resolute_app_test_can_type ())
    {
      g_test_skip ("typing needs xdotool and an X display");
      return;
    }

  page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  document = resolute_page_get_document (page);
  view = resolute_page_get_body_view (page);
  pane = resolute_page_get_footnotes_pane (page);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 3);

  /* three preambular paragraphs after the template's, with Enter */
  cursor_to_end (page, 0);
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "Noting the report of the Secretary-General,");
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "Welcoming the work of the Committee,");
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "Bearing in mind the Charter,");
  g_assert_true (resolute_page_get_modified (page));
  g_assert_true (g_str_has_prefix (resolute_page_get_title (page), "•"));

  /* four operative paragraphs after the template's last */
  cursor_to_end (page, resolute_document_get_n_clauses (document) - 1);
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "Requests the Secretary-General to report;");
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "Invites Member States:");
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "to share information;");
  resolute_app_test_key (GTK_WIDGET (view), "Return");
  resolute_app_test_type (GTK_WIDGET (view), "to exchange good practices;");

  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 10);
  g_assert_cmpint (resolute_clause_get_kind (resolute_document_get_clause (document, 3)), ==,
                   RESOLUTE_CLAUSE_PREAMBULAR);
  g_assert_cmpint (resolute_clause_get_kind (resolute_document_get_clause (document, 9)), ==,
                   RESOLUTE_CLAUSE_OPERATIVE);

  /* two sub-paragraphs with Tab */
  position = find_clause (document, "to share information");
  resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, position));
  resolute_app_test_key (GTK_WIDGET (view), "Tab");
  position = find_clause (document, "to exchange good practices");
  resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, position));
  if (resolute_clause_get_level (resolute_document_get_clause (document, position)) == 0)
    resolute_app_test_key (GTK_WIDGET (view), "Tab");
  g_assert_cmpstr (label_at (document, position - 1), ==, "(a)");
  g_assert_cmpstr (label_at (document, position), ==, "(b)");

  /* two footnotes: the window's action puts the note in the pane, where
   * its text is typed */
  cursor_to_end (page, find_clause (document, "Noting the report"));
  resolute_app_test_key (GTK_WIDGET (view), "Left");
  activate (fixture, "insert-footnote");
  g_assert_cmpuint (g_list_model_get_n_items (resolute_document_get_footnotes (document)), ==, 1);
  resolute_app_test_type (GTK_WIDGET (resolute_footnotes_pane_get_entry (pane, 0)), "A/68/123.");
  resolute_app_test_key (GTK_WIDGET (resolute_footnotes_pane_get_entry (pane, 0)), "Return");

  cursor_to_end (page, find_clause (document, "Requests the Secretary-General"));
  resolute_app_test_key (GTK_WIDGET (view), "Left");
  activate (fixture, "insert-footnote");
  g_assert_cmpuint (g_list_model_get_n_items (resolute_document_get_footnotes (document)), ==, 2);
  resolute_app_test_type (GTK_WIDGET (resolute_footnotes_pane_get_entry (pane, 1)),
                          "Resolution 67/169.");
  resolute_app_test_key (GTK_WIDGET (resolute_footnotes_pane_get_entry (pane, 1)), "Return");
  {
    g_autoptr(ResoluteFootnote) first = footnote_at (document, 0);
    g_autoptr(ResoluteFootnote) second = footnote_at (document, 1);

    g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (first)), ==,
                     "A/68/123.");
    g_assert_cmpstr (resolute_footnote_get_label (first), ==, "1");
    g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (second)), ==,
                     "Resolution 67/169.");
    g_assert_cmpstr (resolute_footnote_get_label (second), ==, "2");
  }

  /* a cross-reference, chosen in the dialog: "paragraph 2 above" */
  cursor_to_end (page, resolute_document_get_n_clauses (document) - 1);
  resolute_app_test_key (GTK_WIDGET (view), "Left");
  resolute_app_test_type (GTK_WIDGET (view), " as in ");
  activate (fixture, "insert-cross-reference");
  dialog = resolute_app_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  drop_down = g_object_get_data (G_OBJECT (dialog), "drop-down");
  targets = g_object_get_data (G_OBJECT (dialog), "targets");
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(ResoluteClause) target = g_list_model_get_item (targets, i);

      if (g_strcmp0 (resolute_clause_get_citation (target), "2") == 0)
        gtk_drop_down_set_selected (drop_down, i);
    }
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (dialog), "insert");
  resolute_app_test_wait (200);
  {
    g_autofree char *plain = last_plain_text (document, NULL);

    g_assert_nonnull (strstr (plain, "as in paragraph 2 above"));
  }

  /* paragraph 4 to the top, by the outline */
  fourth = NULL;
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    if (g_strcmp0 (label_at (document, i), "4.") == 0)
      fourth = resolute_document_get_clause (document, i);
  g_assert_nonnull (fourth);
  g_assert_true (g_str_has_prefix (resolute_inline_get_text (resolute_clause_get_content (fourth)),
                                   "Invites Member States"));
  position = find_clause (document, "Decides to take");
  g_assert_true (resolute_outline_drop_clause (resolute_page_get_outline (page), fourth,
                                               resolute_document_get_clause (document, position),
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_clause_get_label (fourth), ==, "1.");
  g_assert_cmpstr (resolute_clause_get_label (resolute_document_get_clause (
                     document, resolute_clause_get_position (fourth) + 1)), ==, "(a)");
  /* the reference followed its paragraph: paragraph 2 is paragraph 3 now, and
   * below the moved sub-paragraph that holds the reference */
  {
    g_autofree char *plain = last_plain_text (document, "to exchange");

    g_assert_nonnull (strstr (plain, "as in paragraph 3 below"));
  }

  /* undo and redo: the window's actions, on the document's one history */
  activate (fixture, "undo");
  g_assert_cmpstr (resolute_clause_get_label (fourth), ==, "4.");
  activate (fixture, "redo");
  g_assert_cmpstr (resolute_clause_get_label (fourth), ==, "1.");
  /* and with the keyboard */
  resolute_app_test_key (GTK_WIDGET (view), "ctrl+z");
  g_assert_cmpstr (resolute_clause_get_label (fourth), ==, "4.");
  resolute_app_test_key (GTK_WIDGET (view), "ctrl+shift+z");
  g_assert_cmpstr (resolute_clause_get_label (fourth), ==, "1.");

  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-draft-resolution");

  /* save: a new document asks for a name */
  if (!resolute_app_test_writer_works ())
    return;

  path = g_build_filename (fixture->dir, "draft.akn", NULL);
  file = g_file_new_for_path (path);
  activate (fixture, "save");
  resolute_app_test_accept_file_chooser (file);
  if (resolute_window_get_pending_dialog (fixture->window) != NULL)
    g_error ("saving failed: %s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (
               resolute_window_get_pending_dialog (fixture->window))));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (resolute_page_get_modified (page));
  g_assert_false (g_str_has_prefix (resolute_page_get_title (page), "•"));
  g_assert_true (g_file_equal (resolute_page_get_file (page), file));

  json = resolute_app_test_cli_info (path);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  info = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_int (info, "preambular"), ==, 4);
  g_assert_cmpint (json_int (info, "operative"), ==, 4);
  g_assert_cmpint (json_int (info, "subparagraphs"), ==, 2);
  g_assert_cmpint (json_int (info, "footnotes"), ==, 2);

  schema = resolute_test_shared_path ("schemas", "akomantoso30.xsd", NULL);
  if (resolute_test_require_shared (schema))
    {
      saved = resolute_test_load_bytes (path);
      resolute_test_validate_schema (saved, &error);
      g_assert_no_error (error);
    }

  /* a second save writes in place and keeps the previous version */
  resolute_app_test_type (GTK_WIDGET (view), " ");
  activate (fixture, "save");
  resolute_app_test_wait (200);
  g_assert_false (resolute_page_get_modified (page));
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  }
}

static void
test_unsaved_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_SC_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) window_ref = NULL;
  AdwTabPage *tab;

  /* an unmodified tab closes without a question */
  new_from_template (fixture, RESOLUTE_TEMPLATE_HRC_RESOLUTION);
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 2);
  activate (fixture, "close-tab");
  g_assert_null (resolute_window_get_pending_dialog (fixture->window));
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 1);

  resolute_document_insert_text (document, 0, 0, "Gravely concerned, ", &error);
  g_assert_no_error (error);
  g_assert_true (resolute_page_get_modified (page));
  tab = adw_tab_view_get_page (resolute_window_get_tab_view (fixture->window), GTK_WIDGET (page));
  g_assert_true (g_str_has_prefix (adw_tab_page_get_title (tab), "•"));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture->window)), "•"));

  /* closing the tab asks; Cancel keeps everything */
  resolute_window_close_page (fixture->window, page);
  answer_message_dialog (fixture->window, "cancel");
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 1);
  g_assert_true (resolute_page_get_modified (page));

  /* closing the window asks too; Cancel keeps it */
  gtk_window_close (GTK_WINDOW (fixture->window));
  answer_message_dialog (fixture->window, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 1);

  /* Discard closes the tab */
  resolute_window_close_page (fixture->window, page);
  answer_message_dialog (fixture->window, "discard");
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 0);

  /* the window with a modified page, discarded */
  page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, "Recalling also ", NULL);
  window_ref = g_object_ref (GTK_WIDGET (fixture->window));
  gtk_window_close (GTK_WINDOW (fixture->window));
  answer_message_dialog (fixture->window, "discard");
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
}

/* "Save" in the closing dialog saves (asking for a name) and then closes. */
static void
test_close_and_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "closing.akn", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ResolutePage *page;

  if (!resolute_app_test_writer_works ())
    return;

  page = new_from_template (fixture, RESOLUTE_TEMPLATE_COMMITTEE_DRAFT);
  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, "Deeply concerned ",
                                 NULL);

  /* the tab first: Save, a name, and the tab goes */
  resolute_window_close_page (fixture->window, page);
  answer_message_dialog (fixture->window, "save");
  resolute_app_test_accept_file_chooser (file);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 0);

  /* then the window: the file is known, so Save writes it in place */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "open-recent",
                                  g_variant_new_take_string (g_file_get_uri (file)));
  page = resolute_app_test_wait_for_page (fixture->window, 1);
  g_assert_nonnull (page);
  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, "Alarmed ", NULL);
  g_object_ref (fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  answer_message_dialog (fixture->window, "save");
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
  g_object_unref (fixture->window);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ResoluteDocument) saved = resolute_file_format_load (file, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = resolute_document_get_plain_text (saved, resolute_document_get_clause (saved, 0));
    g_assert_true (g_str_has_prefix (text, "Alarmed Deeply concerned "));
  }
}

/* Export as ODS text: a second file; the document keeps its own. */
static void
test_export_text (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "export.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);

  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, "Noting ", NULL);
  activate (fixture, "export-text");
  resolute_app_test_accept_file_chooser (file);
  g_assert_null (resolute_window_get_pending_dialog (fixture->window));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Noting Recalling its previous resolutions"));
  g_assert_true (resolute_page_get_modified (page));
  g_assert_null (resolute_page_get_file (page));
}

static void
test_save_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_DRAFT);
  g_autofree char *path = g_build_filename (fixture->dir, "draft.akn", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* a folder where the file should go: writing it fails (root may write
   * anywhere, so permissions would not do) */
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);

  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, "Noting ", NULL);
  activate (fixture, "save");
  resolute_app_test_accept_file_chooser (file);

  /* an error dialog with the reason; nothing lost */
  g_assert_nonnull (resolute_window_get_pending_dialog (fixture->window));
  g_assert_true (resolute_page_get_modified (page));
  g_assert_null (resolute_page_get_file (page));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  answer_message_dialog (fixture->window, "close");
}

static void
test_open_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "absent.akn", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  resolute_window_open_file (fixture->window, file);
  resolute_app_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  dialog = ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "absent.akn"));
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 0);
  answer_message_dialog (fixture->window, "close");
}

/* The seed ODS text, damaged in a way the reader reports. */
static char *
write_odd_text (Fixture *fixture)
{
  g_autofree char *seed = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, "odd.txt", NULL);
  GString *text;

  g_file_get_contents (seed, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  /* a control character, as from a damaged copy: replaced, with a warning */
  g_assert_cmpuint (g_string_replace (text, "\t1.\tReaffirms", "\t1.\tReaffirms\x01", 1), ==, 1);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  g_string_free (text, TRUE);
  return path;
}

/* A UN document's PDF opens as an import of its text, in the window's
 * thread-backed open path: the same document as the text it was made from,
 * and Save asks for a .akn name instead of writing over the PDF. */
static void
test_open_pdf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *seed = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "A-RES-68-160.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) seed_file = NULL;
  g_autoptr(ResoluteDocument) reference = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  ResolutePage *page;

  if (!resolute_test_require_shared (seed) || !resolute_app_test_reader_works (seed))
    return;

  seed_file = g_file_new_for_path (seed);
  reference = resolute_file_format_load (seed_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (resolute_file_format_save (reference, pdf, RESOLUTE_FILE_FORMAT_PDF, FALSE,
                                            &error));
  g_assert_no_error (error);

  resolute_window_open_file (fixture->window, pdf);
  page = resolute_app_test_wait_for_page (fixture->window, 1);
  g_assert_nonnull (page);
  g_assert_null (resolute_page_get_file (page));
  g_assert_false (resolute_page_get_can_save (page));
  g_assert_cmpuint (resolute_page_get_n_warnings (page), ==, 0);
  g_assert_false (resolute_page_get_banner_revealed (page));

  /* every word, mark and field: the same ODS text (the dump would differ
   * in the ids the import gives) */
  {
    g_autoptr(GBytes) expected_text = resolute_ods_text_writer_write (reference, NULL);
    g_autoptr(GBytes) actual_text =
      resolute_ods_text_writer_write (resolute_page_get_document (page), NULL);

    expected = g_strndup (g_bytes_get_data (expected_text, NULL), g_bytes_get_size (expected_text));
    actual = g_strndup (g_bytes_get_data (actual_text, NULL), g_bytes_get_size (actual_text));
  }
  g_assert_cmpstr (actual, ==, expected);
  g_assert_true (g_file_query_exists (pdf, NULL));
}

static void
test_import_warnings (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *seed = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  const char *candidates[2];
  g_autofree char *odd = NULL;
  gboolean seen_banner = FALSE;

  if (!resolute_test_require_shared (seed) || !resolute_app_test_reader_works (seed))
    return;

  odd = write_odd_text (fixture);
  candidates[0] = seed;
  candidates[1] = odd;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (candidates[i]);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(ResoluteDocument) reference = NULL;
      g_autoptr(GError) error = NULL;
      ResolutePage *page;

      reference = resolute_file_format_load (file, expected, &error);
      g_assert_no_error (error);

      resolute_window_open_file (fixture->window, file);
      page = resolute_app_test_wait_for_page (fixture->window, i + 1);
      g_assert_nonnull (page);

      /* an import is not the document's file: saving asks for a .akn name */
      g_assert_null (resolute_page_get_file (page));
      g_assert_false (resolute_page_get_can_save (page));
      g_assert_cmpuint (resolute_document_get_n_clauses (resolute_page_get_document (page)), ==,
                        resolute_document_get_n_clauses (reference));

      g_assert_cmpuint (resolute_page_get_n_warnings (page), ==, expected->len);
      g_assert_true (resolute_page_get_banner_revealed (page) == (expected->len > 0));
      if (expected->len > 0)
        {
          GtkWindow *details;

          seen_banner = TRUE;
          resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-import-warnings");
          details = resolute_warnings_banner_show_details (
            RESOLUTE_WARNINGS_BANNER (gtk_widget_get_first_child (GTK_WIDGET (page))));
          g_assert_true (ADW_IS_MESSAGE_DIALOG (details));
          resolute_app_test_wait (200);
          resolute_app_test_respond (ADW_MESSAGE_DIALOG (details), "close");
        }
    }

  if (!seen_banner)
    g_test_incomplete ("the reader reported no warning for either text");
}

/* ------------------------------------------------------------------------ */

static void
test_outline_jump (Fixture       *fixture,
                   gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  ResoluteOutline *outline = resolute_page_get_outline (page);
  ResoluteBodyView *view = resolute_page_get_body_view (page);
  ResoluteClause *last = resolute_document_get_clause (document, 2);
  ResoluteClause *first = resolute_document_get_clause (document, 0);
  guint row;

  /* masthead, Preamble, 1 clause, Operative Part, 2 clauses, Footnotes */
  g_assert_cmpuint (g_list_model_get_n_items (resolute_outline_get_model (outline)), ==, 7);

  row = resolute_outline_find_row (outline, last);
  g_assert_cmpuint (row, ==, 5);
  resolute_outline_activate_row (outline, row);
  resolute_app_test_wait (100);
  g_assert_true (resolute_body_view_get_cursor_clause (view) == last);

  resolute_outline_activate_row (outline, resolute_outline_find_row (outline, first));
  resolute_app_test_wait (100);
  g_assert_true (resolute_body_view_get_cursor_clause (view) == first);

  /* the masthead row opens the properties */
  resolute_outline_activate_row (outline, 0);
  g_assert_nonnull (resolute_app_test_wait_for_toplevel (RESOLUTE_TYPE_PROPERTIES_DIALOG));
  gtk_window_destroy (resolute_app_test_find_toplevel (RESOLUTE_TYPE_PROPERTIES_DIALOG));

  /* a footnote row jumps to its mark */
  resolute_body_view_jump_to_clause (view, last);
  g_assert_nonnull (resolute_body_view_insert_footnote (view));
  resolute_body_view_jump_to_clause (view, first);
  {
    g_autoptr(ResoluteFootnote) footnote = footnote_at (document, 0);

    row = resolute_outline_find_row (outline, footnote);
    g_assert_cmpuint (row, ==, 7);
    resolute_outline_activate_row (outline, row);
    resolute_app_test_wait (100);
    g_assert_true (resolute_body_view_get_cursor_clause (view) == last);
  }
}

static void
test_outline_reorder (Fixture       *fixture,
                      gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  ResoluteOutline *outline = resolute_page_get_outline (page);
  ResoluteClause *one = resolute_document_get_clause (document, 1);
  ResoluteClause *two = resolute_document_get_clause (document, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteInline) text = resolute_inline_new_from_text ("Urges States to act;");

  /* drag 2 onto 1 */
  g_assert_true (resolute_outline_drop_clause (outline, two, one, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_clause_get_label (two), ==, "1.");
  g_assert_cmpuint (resolute_outline_find_row (outline, two), <,
                    resolute_outline_find_row (outline, one));
  /* and back down, below it */
  g_assert_true (resolute_outline_drop_clause (outline, two, one, &error));
  g_assert_cmpstr (resolute_clause_get_label (two), ==, "2.");

  /* a preambular paragraph cannot go among the operative ones */
  g_assert_false (resolute_outline_drop_clause (outline, resolute_document_get_clause (document, 0),
                                                two, &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID);
  g_clear_error (&error);

  /* the context menu's actions */
  resolute_outline_set_context_clause (outline, one);
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.move-down", NULL);
  g_assert_cmpstr (resolute_clause_get_label (one), ==, "2.");
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.move-up", NULL);
  g_assert_cmpstr (resolute_clause_get_label (one), ==, "1.");

  resolute_document_insert_clause (document, 3, RESOLUTE_CLAUSE_OPERATIVE, 0, text, &error);
  g_assert_no_error (error);
  resolute_outline_set_context_clause (outline, resolute_document_get_clause (document, 3));
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.indent", NULL);
  g_assert_cmpstr (label_at (document, 3), ==, "(a)");
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.outdent", NULL);
  g_assert_cmpstr (label_at (document, 3), ==, "3.");

  resolute_outline_set_context_clause (outline, one);
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.set-kind", "s", "preambular");
  g_assert_cmpint (resolute_clause_get_kind (one), ==, RESOLUTE_CLAUSE_PREAMBULAR);
  g_assert_cmpuint (resolute_outline_find_row (outline, one), ==, 3); /* under Preamble now */
  activate (fixture, "undo");
  g_assert_cmpint (resolute_clause_get_kind (one), ==, RESOLUTE_CLAUSE_OPERATIVE);
  g_assert_cmpuint (resolute_outline_find_row (outline, one), ==, 4);

  resolute_outline_set_context_clause (outline, two);
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.delete", NULL);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 3);
  g_assert_cmpuint (resolute_outline_find_row (outline, two), ==, G_MAXUINT);
  activate (fixture, "undo");
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 4);

  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-outline");
}

/* Where the middle of @widget is, in X coordinates of its window's surface. */
static void
surface_point (GtkWidget *widget,
               int       *x,
               int       *y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                  gtk_widget_get_height (widget) / 2.0);
  graphene_point_t point;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  *x = (int) (point.x + dx);
  *y = (int) (point.y + dy);
}

/* A real drag with the mouse, in the outline: paragraph 2 onto paragraph 1. */
static void
test_outline_drag (Fixture       *fixture,
                   gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  ResoluteOutline *outline = resolute_page_get_outline (page);
  ResoluteClause *one = resolute_document_get_clause (document, 1);
  ResoluteClause *two = resolute_document_get_clause (document, 2);
  GtkWidget *from, *to;
  GdkSurface *surface;
  g_autofree char *window_id = NULL;
  int x1, y1, x2, y2;

  if (!resolute_app_test_can_type ())
    {
      g_test_skip ("dragging needs xdotool and an X display");
      return;
    }

  resolute_app_test_wait (300);
  from = resolute_outline_get_row_widget (outline, two);
  to = resolute_outline_get_row_widget (outline, one);
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  surface_point (from, &x1, &y1);
  surface_point (to, &x2, &y2);
  surface = gtk_native_get_surface (gtk_widget_get_native (GTK_WIDGET (outline)));
  window_id = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));

  {
    g_autofree char *sx1 = g_strdup_printf ("%d", x1);
    g_autofree char *sy1 = g_strdup_printf ("%d", y1);
    g_autofree char *sy1b = g_strdup_printf ("%d", y1 - 8);
    g_autofree char *sy1c = g_strdup_printf ("%d", y1 - 20);
    g_autofree char *sx2 = g_strdup_printf ("%d", x2);
    g_autofree char *sy2 = g_strdup_printf ("%d", y2);

    resolute_app_test_xdotool (GTK_WIDGET (outline), "mousemove", "--window", window_id, sx1, sy1,
                               "mousedown", "1", "sleep", "0.2",
                               "mousemove", "--window", window_id, sx1, sy1b, "sleep", "0.2",
                               "mousemove", "--window", window_id, sx1, sy1c, "sleep", "0.2",
                               "mousemove", "--window", window_id, sx2, sy2, "sleep", "0.3",
                               "mouseup", "1", NULL);
  }
  resolute_app_test_wait (500);

  g_assert_cmpstr (resolute_clause_get_label (two), ==, "1.");
  g_assert_cmpstr (resolute_clause_get_label (one), ==, "2.");
  activate (fixture, "undo");
  g_assert_cmpstr (resolute_clause_get_label (two), ==, "2.");
}

static void
test_footnotes_pane (Fixture       *fixture,
                     gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  ResoluteBodyView *view = resolute_page_get_body_view (page);
  ResoluteFootnotesPane *pane = resolute_page_get_footnotes_pane (page);
  ResoluteClause *second = resolute_document_get_clause (document, 2);
  GtkButton *mark;
  g_autoptr(ResoluteFootnote) footnote = NULL;
  g_autoptr(GError) error = NULL;
  GtkEditable *entry;

  resolute_body_view_jump_to_clause (view, second);
  activate (fixture, "insert-footnote");
  footnote = g_list_model_get_item (resolute_document_get_footnotes (document), 0);
  g_assert_nonnull (footnote);

  /* the text typed in the pane goes to the model, as one undoable step */
  entry = resolute_footnotes_pane_get_entry (pane, 0);
  g_assert_nonnull (entry);
  g_assert_true (resolute_footnotes_pane_edit (pane, 0) == entry);
  gtk_editable_set_text (entry, "A/CONF.157/24 (Part I), chap. III.");
  gtk_widget_grab_focus (GTK_WIDGET (view)); /* leaving the note applies it */
  resolute_app_test_wait (900);
  g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (footnote)), ==,
                   "A/CONF.157/24 (Part I), chap. III.");

  /* only the changed part is replaced: emphasis elsewhere stays */
  {
    const ResoluteInline *old = resolute_footnote_get_content (footnote);
    g_autoptr(ResoluteInline) content = resolute_inline_copy (old);

    resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 0, 13, NULL, TRUE);
    g_assert_true (resolute_document_set_footnote_content (document,
                                                           resolute_footnote_get_id (footnote),
                                                           content, &error));
    g_assert_no_error (error);
  }
  g_assert_true (resolute_footnotes_pane_apply (pane, footnote,
                                                "A/CONF.157/24 (Part I), chap. IV.", &error));
  g_assert_no_error (error);
  g_assert_true (resolute_inline_has_span (resolute_footnote_get_content (footnote),
                                           RESOLUTE_SPAN_ITALIC, 0, 13));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "A/CONF.157/24 (Part I), chap. IV.");

  activate (fixture, "undo");
  activate (fixture, "undo");
  g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (footnote)), ==,
                   "A/CONF.157/24 (Part I), chap. III.");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "A/CONF.157/24 (Part I), chap. III.");

  /* a second note before the first takes number 1: the live number follows */
  resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, 0));
  activate (fixture, "insert-footnote");
  g_assert_cmpstr (resolute_footnote_get_label (footnote), ==, "2");
  mark = resolute_footnotes_pane_get_mark_button (pane, 1);
  g_assert_cmpstr (gtk_button_get_label (mark), ==, "2");

  /* its number jumps to the mark */
  g_signal_emit_by_name (mark, "clicked");
  resolute_app_test_wait (100);
  g_assert_true (resolute_body_view_get_cursor_clause (view) == second);

  /* and back: from the paragraph with the mark to its note */
  resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, 1));
  activate (fixture, "go-to-footnote"); /* no mark there: a toast, nothing else */
  resolute_body_view_jump_to_clause (view, second);
  activate (fixture, "go-to-footnote");
  entry = resolute_footnotes_pane_get_entry (pane, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (entry)));

  /* Ctrl+Alt+F typed in the text opens the new note in the pane as well */
  if (resolute_app_test_can_type ())
    {
      GListModel *notes = resolute_document_get_footnotes (document);

      resolute_body_view_jump_to_clause (view, resolute_document_get_clause (document, 1));
      resolute_app_test_key (GTK_WIDGET (view), "End ctrl+alt+f");
      g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
      entry = resolute_footnotes_pane_get_entry (pane, 1);
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             GTK_WIDGET (entry)));
      resolute_app_test_type (GTK_WIDGET (entry), "Resolution 60/1.");
      resolute_app_test_key (GTK_WIDGET (entry), "Return");
      {
        g_autoptr(ResoluteFootnote) typed = footnote_at (document, 1);

        g_assert_cmpstr (resolute_inline_get_text (resolute_footnote_get_content (typed)), ==,
                         "Resolution 60/1.");
      }
    }

  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-footnotes-pane");
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_DRAFT);
  ResoluteDocument *document = resolute_page_get_document (page);
  ResolutePropertiesDialog *dialog;
  AdwEntryRow *row;

  activate (fixture, "properties");
  dialog = RESOLUTE_PROPERTIES_DIALOG (resolute_app_test_wait_for_toplevel (
    RESOLUTE_TYPE_PROPERTIES_DIALOG));

  row = resolute_properties_dialog_get_field_row (dialog, RESOLUTE_FIELD_TITLE);
  gtk_editable_set_text (GTK_EDITABLE (row), "Torture and other cruel treatment");
  g_assert_true (resolute_properties_dialog_apply_field (dialog, RESOLUTE_FIELD_TITLE));
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Torture and other cruel treatment");
  g_assert_cmpstr (resolute_page_get_title (page), ==, "• Torture and other cruel treatment");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   "• Torture and other cruel treatment");

  /* a date is checked */
  row = resolute_properties_dialog_get_field_row (dialog, RESOLUTE_FIELD_ADOPTION_DATE);
  gtk_editable_set_text (GTK_EDITABLE (row), "18 December 2013");
  g_assert_false (resolute_properties_dialog_apply_field (dialog, RESOLUTE_FIELD_ADOPTION_DATE));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "2013-12-18");
  g_assert_true (resolute_properties_dialog_apply_field (dialog, RESOLUTE_FIELD_ADOPTION_DATE));
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE), ==,
                   "2013-12-18");

  /* sponsors */
  gtk_editable_set_text (GTK_EDITABLE (resolute_properties_dialog_get_sponsor_entry (dialog)),
                         "Denmark");
  g_signal_emit_by_name (resolute_properties_dialog_get_sponsor_entry (dialog), "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (resolute_properties_dialog_get_sponsor_entry (dialog)),
                         "Argentina");
  g_signal_emit_by_name (resolute_properties_dialog_get_sponsor_entry (dialog), "entry-activated");
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 2);
  g_assert_nonnull (gtk_list_box_get_row_at_index (
    resolute_properties_dialog_get_sponsor_list (dialog), 1));

  resolute_app_test_snapshot (GTK_WIDGET (dialog), "app-properties");

  /* metadata is on the same history: undo in the window shows in the dialog */
  activate (fixture, "undo");
  g_assert_cmpuint (resolute_document_get_n_sponsors (document), ==, 1);
  activate (fixture, "undo");
  activate (fixture, "undo");
  g_assert_null (resolute_document_get_field (document, RESOLUTE_FIELD_ADOPTION_DATE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  activate (fixture, "undo");
  g_assert_cmpstr (resolute_document_get_field (document, RESOLUTE_FIELD_TITLE), ==,
                   "Title of the resolution");
  g_assert_false (resolute_page_get_modified (page));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *seed = resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();
  ResolutePage *page;

  if (resolute_test_require_shared (seed) && resolute_app_test_reader_works (seed))
    {
      g_autoptr(GFile) file = g_file_new_for_path (seed);

      resolute_window_open_file (fixture->window, file);
      page = resolute_app_test_wait_for_page (fixture->window, 1);
    }
  else
    page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  g_assert_nonnull (page);

  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-seed-outline");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-sidebar-page",
                                  g_variant_new_string ("footnotes"));
  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-seed-footnotes");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-sidebar-page",
                                  g_variant_new_string ("outline"));
  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-seed-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  activate (fixture, "close-tab");
  resolute_app_test_snapshot (GTK_WIDGET (fixture->window), "app-empty");
}

/* Files come back from the recent list, by drag and drop, and from the
 * command line into the window that is there. */
static void
test_recent_and_drop (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "recent.akn", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  GtkEventController *drop = NULL;
  GListModel *controllers;
  ResolutePage *page;
  GMenuModel *recent;
  gboolean found = FALSE;

  if (!resolute_app_test_writer_works () || !resolute_app_test_reader_works_for_akn ())
    return;

  page = new_from_template (fixture, RESOLUTE_TEMPLATE_HRC_RESOLUTION);
  g_assert_true (resolute_page_save_to_file (page, file, &error));
  g_assert_no_error (error);
  resolute_app_test_wait (300);

  /* the split button's menu lists it */
  recent = adw_split_button_get_menu_model (
    ADW_SPLIT_BUTTON (g_object_get_data (G_OBJECT (fixture->window), "open-button")));
  for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, i, "target",
                                                                          G_VARIANT_TYPE_STRING);

      found |= target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
    }
  g_assert_true (found);

  /* opening an open file shows its tab */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "open-recent",
                                  g_variant_new_string (uri));
  resolute_app_test_wait (300);
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 1);
  resolute_window_close_page (fixture->window, page);
  resolute_app_test_wait (100);
  g_assert_cmpuint (resolute_window_get_n_pages (fixture->window), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "open-recent",
                                  g_variant_new_string (uri));
  page = resolute_app_test_wait_for_page (fixture->window, 1);
  g_assert_nonnull (page);
  g_assert_true (g_file_equal (resolute_page_get_file (page), file));
  g_assert_true (resolute_page_get_can_save (page));
  resolute_window_close_page (fixture->window, page);
  resolute_app_test_wait (100);

  /* dropped on the window, as a file manager drops it */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        drop = controller;
    }
  g_object_unref (controllers);
  g_assert_nonnull (drop);
  {
    g_auto(GValue) value = G_VALUE_INIT;
    GSList *files = g_slist_prepend (NULL, file);
    gboolean accepted = FALSE;

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
    g_slist_free (files);
    g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
    g_assert_true (accepted);
  }
  page = resolute_app_test_wait_for_page (fixture->window, 1);
  g_assert_nonnull (page);
  g_assert_true (g_file_equal (resolute_page_get_file (page), file));

  /* from the command line: into this window, a second file in a second tab */
  {
    g_autofree char *other_path = g_build_filename (fixture->dir, "other.akn", NULL);
    g_autoptr(GFile) other = g_file_new_for_path (other_path);
    GFile *files[] = { file, other };

    g_assert_true (resolute_page_save_to_file (new_from_template (fixture,
                                                                  RESOLUTE_TEMPLATE_SC_RESOLUTION),
                                               other, &error));
    g_assert_no_error (error);
    activate (fixture, "close-tab");
    g_application_open (G_APPLICATION (fixture->app), files, 2, "");
    page = resolute_app_test_wait_for_page (fixture->window, 2);
    g_assert_nonnull (page);
    g_assert_true (g_file_equal (resolute_page_get_file (page), other));
  }
}

/* The menus' windows: a new window, preferences, shortcuts, about. */
static void
test_menus (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWindow *window;
  GActionGroup *actions;
  GList *windows;
  GSettings *settings = resolute_application_get_settings (fixture->app);
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "new-window", NULL);
  resolute_app_test_wait (300);
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  /* the new one is the first of the list */
  g_assert_true (windows->data != (gpointer) fixture->window);
  gtk_window_destroy (windows->data);
  resolute_app_test_wait (100);

  gtk_window_present (GTK_WINDOW (fixture->window));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  window = resolute_app_test_wait_for_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  resolute_app_test_snapshot (GTK_WIDGET (window), "app-preferences");
  gtk_window_destroy (window);

  /* the preferences are the settings: zoom and sidebar follow them */
  g_settings_set_boolean (settings, "sidebar-visible", FALSE);
  g_assert_false (resolute_page_get_sidebar_visible (page));
  activate (fixture, "sidebar-visible");
  g_assert_true (resolute_page_get_sidebar_visible (page));
  activate (fixture, "zoom-in");
  g_assert_cmpuint (g_settings_get_uint (settings, "zoom"), ==, 110);
  {
    double zoom;

    g_object_get (resolute_page_get_body_view (page), "zoom", &zoom, NULL);
    g_assert_cmpfloat_with_epsilon (zoom, 1.1, 0.001);
  }
  activate (fixture, "zoom-reset");
  g_assert_cmpuint (g_settings_get_uint (settings, "zoom"), ==, 100);
  /* the body view's own zoom keys move the setting too */
  gtk_widget_activate_action (GTK_WIDGET (resolute_page_get_body_view (page)), "body.zoom-in",
                              NULL);
  g_assert_cmpuint (g_settings_get_uint (settings, "zoom"), >, 100);
  activate (fixture, "zoom-reset");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-help-overlay", NULL);
  window = resolute_app_test_wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  resolute_app_test_snapshot (GTK_WIDGET (window), "app-shortcuts");
  gtk_window_destroy (window);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  window = resolute_app_test_wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (window)), ==,
                   "Resolute");
  gtk_window_destroy (window);

  /* the Paragraph menu runs the body view's actions on the cursor's paragraph */
  {
    ResoluteDocument *document = resolute_page_get_document (page);
    ResoluteClause *last = resolute_document_get_clause (document, 2);

    resolute_body_view_jump_to_clause (resolute_page_get_body_view (page), last);
    g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "body",
                                    g_variant_new_string ("move-up"));
    g_assert_cmpstr (resolute_clause_get_label (last), ==, "1.");
    g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "body",
                                    g_variant_new_string ("toggle-kind"));
    g_assert_cmpint (resolute_clause_get_kind (last), ==, RESOLUTE_CLAUSE_PREAMBULAR);
  }

  /* export and print work on the open document (test-app-print.c) */
  actions = G_ACTION_GROUP (fixture->window);
  g_assert_true (g_action_group_get_action_enabled (actions, "export-pdf"));
  g_assert_true (g_action_group_get_action_enabled (actions, "print"));
  g_assert_true (g_action_group_get_action_enabled (actions, "export-text"));
}

/* Find and replace, on the body view's text, as one undoable step. */
static void
test_find_replace (Fixture       *fixture,
                   gconstpointer  data)
{
  ResolutePage *page = new_from_template (fixture, RESOLUTE_TEMPLATE_GA_RESOLUTION);
  ResoluteDocument *document = resolute_page_get_document (page);
  GtkEditable *search;
  GtkEditable *replace;
  GtkLabel *occurrences;
  g_autofree char *before = NULL;

  before = clause_text (document, 2);
  activate (fixture, "replace");
  search = GTK_EDITABLE (page->search_entry);
  replace = GTK_EDITABLE (page->replace_entry);
  occurrences = page->occurrences_label;
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (search)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (search)));

  gtk_editable_set_text (search, "question");
  resolute_app_test_wait (400);
  g_assert_cmpstr (gtk_label_get_text (occurrences), ==, "1 of 3");

  gtk_editable_set_text (replace, "matter");
  g_signal_emit_by_name (replace, "activate"); /* Replace: the selected match */
  resolute_app_test_wait (300);
  g_assert_true (g_str_has_suffix (clause_text (document, 0), "on the matter,"));

  /* Replace All, then one undo gives back every occurrence */
  g_signal_emit_by_name (page->replace_all_button, "clicked");
  resolute_app_test_wait (300);
  g_assert_null (strstr (clause_text (document, 2), "question"));
  g_assert_nonnull (strstr (clause_text (document, 2), "matter"));
  activate (fixture, "undo");
  g_assert_cmpstr (clause_text (document, 2), ==, before);
  g_assert_true (g_str_has_suffix (clause_text (document, 0), "on the matter,"));

  resolute_page_end_search (page);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (resolute_page_get_body_view (page))));
}

int
main (int   argc,
      char *argv[])
{
  resolute_app_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/Resolute/App/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("window/template-dialog", test_template_dialog);
  ADD ("window/draft-resolution", test_draft_resolution);
  ADD ("window/unsaved-changes", test_unsaved_changes);
  ADD ("window/close-and-save", test_close_and_save);
  ADD ("window/export-text", test_export_text);
  ADD ("window/save-failure", test_save_failure);
  ADD ("window/open-error", test_open_error);
  ADD ("window/import-warnings", test_import_warnings);
  ADD ("window/open-pdf", test_open_pdf);
  ADD ("outline/jump", test_outline_jump);
  ADD ("outline/reorder", test_outline_reorder);
  ADD ("outline/drag", test_outline_drag);
  ADD ("footnotes/edit", test_footnotes_pane);
  ADD ("properties/edit", test_properties);
  ADD ("window/screenshots", test_screenshots);
  ADD ("window/recent-and-drop", test_recent_and_drop);
  ADD ("window/menus", test_menus);
  ADD ("window/find-replace", test_find_replace);

  return resolute_app_test_run ();
}
