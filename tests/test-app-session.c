/* test-app-session.c — drafts autosaved after changes, and restored after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>

#include "test-app-support.h"

#define TYPED "Gravely concerned by the crash, "

static char *
draft_path (ResoluteApplication *app,
            ResolutePage        *page)
{
  return resolute_session_get_draft_path (resolute_application_get_session (app),
                                          resolute_page_get_draft_id (page));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
file_absent (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static ResolutePage *
new_page (ResoluteWindow *window)
{
  guint n = resolute_window_get_n_pages (window);

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-from-template",
                                  g_variant_new_string ("ga-resolution"));
  return resolute_app_test_wait_for_page (window, n + 1);
}

static void
test_autosave (void)
{
  ResoluteApplication *app;
  ResoluteWindow *window;
  ResolutePage *page;
  ResoluteDocument *document;
  g_autofree char *path = NULL;
  g_autofree char *session_file = NULL;
  g_autofree char *session_text = NULL;

  if (!resolute_app_test_writer_works ())
    return;

  app = resolute_app_test_new_app ();
  resolute_session_set_autosave_delay (resolute_application_get_session (app), 100);
  window = resolute_app_test_new_window (app);
  page = new_page (window);
  document = resolute_page_get_document (page);
  path = draft_path (app, page);

  /* drafts live in $XDG_DATA_HOME/<app-id>/drafts */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_nonnull (strstr (path, APPLICATION_ID G_DIR_SEPARATOR_S "drafts" G_DIR_SEPARATOR_S));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  resolute_document_insert_text (document, 0, 0, TYPED, NULL);
  g_assert_true (resolute_app_test_wait_for (file_exists, path, 5000));
  session_file = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "session.ini", NULL);
  g_file_get_contents (session_file, &session_text, NULL, NULL);
  g_assert_nonnull (strstr (session_text, resolute_page_get_draft_id (page)));

  /* undone back to the saved state: no unsaved work, no draft */
  resolute_document_undo (document);
  g_assert_true (resolute_app_test_wait_for (file_absent, path, 5000));

  /* closed with its changes discarded: the draft goes too */
  resolute_document_redo (document);
  g_assert_true (resolute_app_test_wait_for (file_exists, path, 5000));
  resolute_window_close_page (window, page);
  resolute_app_test_wait (100);
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (window)),
                               "discard");
  resolute_app_test_wait (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  resolute_app_test_quit (app);
}

/* A window that goes without asking (the session ends, the app is told to
 * quit) keeps the unsaved work as a draft for the next start. */
static void
test_window_gone (void)
{
  ResoluteApplication *app;
  ResoluteWindow *window;
  ResolutePage *page;
  g_autofree char *path = NULL;
  g_autoptr(ResoluteSession) next = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);

  if (!resolute_app_test_writer_works ())
    return;

  app = resolute_app_test_new_app ();
  window = resolute_app_test_new_window (app);
  page = new_page (window);
  path = draft_path (app, page);

  /* changed just now: not autosaved yet, written when the window goes */
  resolute_document_insert_text (resolute_page_get_document (page), 0, 0, TYPED, NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
  resolute_app_test_wait (100);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  resolute_app_test_quit (app);

  next = resolute_session_new_for_directory (NULL, dir);
  g_assert_true (resolute_session_has_recoverable (next));
  g_assert_cmpstr (((ResoluteDraft *) g_ptr_array_index (resolute_session_get_recoverable (next),
                                                         0))->title,
                   ==, "Title of the resolution");
}

/* The child: unsaved work, autosaved, then killed. */
static void
crash_child (void)
{
  ResoluteDocument *document;
  ResoluteApplication *app;
  ResoluteWindow *window;
  ResolutePage *page;
  g_autofree char *path = NULL;

  /* the parent's folders, where it will look for the drafts */
  g_setenv ("XDG_DATA_HOME", g_getenv ("RESOLUTE_TEST_DATA_HOME"), TRUE);

  app = resolute_app_test_new_app ();
  resolute_session_set_autosave_delay (resolute_application_get_session (app), 100);
  window = resolute_app_test_new_window (app);
  page = new_page (window);
  path = draft_path (app, page);

  document = resolute_page_get_document (page);
  resolute_body_view_jump_to_clause (resolute_page_get_body_view (page),
                                     resolute_document_get_clause (document, 0));
  if (resolute_app_test_can_type ())
    resolute_app_test_type (GTK_WIDGET (resolute_page_get_body_view (page)), TYPED);
  else
    resolute_document_insert_text (document, 0, 0, TYPED, NULL);
  g_assert_true (resolute_page_get_modified (page));

  g_assert_true (resolute_app_test_wait_for (file_exists, path, 5000));
  resolute_app_test_wait (200);
  raise (SIGKILL);
}

static void
test_crash_recovery (void)
{
  ResoluteApplication *app;
  ResoluteWindow *window;
  ResoluteSession *session;
  ResoluteDocument *document;
  ResolutePage *page;
  ResoluteDraft *draft;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      crash_child ();
      return;
    }

  if (!resolute_app_test_writer_works () || !resolute_app_test_reader_works_for_akn ())
    return;

  g_setenv ("RESOLUTE_TEST_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  /* the next start finds the unsaved work and offers it back */
  app = resolute_app_test_new_app ();
  session = resolute_application_get_session (app);
  g_assert_true (resolute_session_has_recoverable (session));
  g_assert_cmpuint (resolute_session_get_recoverable (session)->len, ==, 1);
  draft = g_ptr_array_index (resolute_session_get_recoverable (session), 0);
  g_assert_cmpstr (draft->title, ==, "Title of the resolution");

  g_application_activate (G_APPLICATION (app));
  window = resolute_application_get_current_window (app);
  g_assert_nonnull (window);
  resolute_app_test_wait (300);
  g_assert_nonnull (resolute_window_get_pending_dialog (window));
  resolute_app_test_snapshot (GTK_WIDGET (resolute_window_get_pending_dialog (window)),
                              "app-recovery-dialog");
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (window)),
                               "restore");
  page = resolute_app_test_wait_for_page (window, 1);
  g_assert_nonnull (page);

  document = resolute_page_get_document (page);
  text = resolute_document_get_plain_text (document, resolute_document_get_clause (document, 0));
  g_assert_true (g_str_has_prefix (text, TYPED));
  g_assert_true (resolute_page_get_modified (page));
  g_assert_false (resolute_session_has_recoverable (session));

  /* the restored page keeps its draft until the work is saved or discarded */
  path = draft_path (app, page);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  resolute_window_close_page (window, page);
  resolute_app_test_wait (100);
  resolute_app_test_respond (ADW_MESSAGE_DIALOG (resolute_window_get_pending_dialog (window)),
                               "discard");
  resolute_app_test_wait (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  resolute_app_test_quit (app);

  /* and a start after that has nothing to offer */
  app = resolute_app_test_new_app ();
  g_assert_false (resolute_session_has_recoverable (resolute_application_get_session (app)));
  resolute_app_test_quit (app);
}

static void
test_recovery_later (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  g_autoptr(ResoluteSession) session = NULL;
  g_autoptr(ResoluteSession) again = NULL;
  g_autofree char *drafts = NULL;
  g_autofree char *orphan = NULL;
  ResoluteDraft *draft;
  const char *id = "0b1c4a52-4c1e-4a3e-9b3f-2f6a8d1e7c10";

  /* a draft written just before a crash, not yet in session.ini */
  session = resolute_session_new_for_directory (NULL, dir);
  drafts = resolute_session_get_drafts_directory (session);
  g_mkdir_with_parents (drafts, 0700);
  orphan = resolute_session_get_draft_path (session, id);
  g_file_set_contents (orphan, "<akomaNtoso/>", -1, NULL);
  g_clear_object (&session);

  session = resolute_session_new_for_directory (NULL, dir);
  g_assert_true (resolute_session_has_recoverable (session));
  draft = g_ptr_array_index (resolute_session_get_recoverable (session), 0);
  g_assert_cmpstr (draft->id, ==, id);

  /* "Later": still there at the next start */
  again = resolute_session_new_for_directory (NULL, dir);
  g_assert_true (resolute_session_has_recoverable (again));

  /* "Discard": gone */
  resolute_session_forget_recoverable (again, id, TRUE);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  g_clear_object (&session);
  session = resolute_session_new_for_directory (NULL, dir);
  g_assert_false (resolute_session_has_recoverable (session));
}

int
main (int   argc,
      char *argv[])
{
  resolute_app_test_init (&argc, &argv);

  g_test_add_func ("/Resolute/App/session/autosave", test_autosave);
  g_test_add_func ("/Resolute/App/session/crash-recovery", test_crash_recovery);
  g_test_add_func ("/Resolute/App/session/window-gone", test_window_gone);
  g_test_add_func ("/Resolute/App/session/recovery-later", test_recovery_later);

  return resolute_app_test_run ();
}
