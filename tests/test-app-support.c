/* test-app-support.c — driving the real application in display tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in Nautilus's display tests: every test gets fresh XDG folders
 * (G_TEST_OPTION_ISOLATE_DIRS), the settings from the build tree, a private
 * session bus (GTestDBus), and a real ResoluteApplication with real windows.
 * Keys are typed with xdotool, so they arrive as X key events through GDK,
 * the way a user's do.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "resolute-error.h"
#include "resolute-file-format.h"
#include "resolute-template.h"
#include "test-app-support.h"

static GTestDBus *test_bus;

void
resolute_app_test_init (int    *argc,
                        char ***argv)
{
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_unsetenv ("GDK_DEBUG"); /* GTK 4.8 does not know no-portals */

  /* GTestDBus unsets DISPLAY (against X11 autolaunch): keep Xvfb's */
  {
    g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

    test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
    g_test_dbus_up (test_bus);
    if (display != NULL)
      g_setenv ("DISPLAY", display, TRUE);
  }
}

int
resolute_app_test_run (void)
{
  int status = g_test_run ();

  /* stop, not down (nor unref, which would go down): GTK keeps its bus
   * connection for the life of the process */
  g_test_dbus_stop (test_bus);
  return status;
}

/* The isolated XDG_DATA_DIRS has no icons, fonts or GtkSourceView styles:
 * add the system's behind it. Call at the start of each test. */
void
resolute_app_test_prepare_dirs (void)
{

  const char *dirs = g_getenv ("XDG_DATA_DIRS");
  g_autofree char *value = g_strconcat (dirs != NULL ? dirs : "", dirs != NULL ? ":" : "",
                                        "/usr/local/share:/usr/share", NULL);

  g_setenv ("XDG_DATA_DIRS", value, TRUE);
}

ResoluteApplication *
resolute_app_test_new_app (void)
{
  static guint n_apps;
  static gboolean system_data_added;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  ResoluteApplication *app;

  resolute_app_test_prepare_dirs ();

  /* one bus name (and object path) per application of the test run */
  id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++n_apps);
  app = g_object_new (RESOLUTE_TYPE_APPLICATION,
                      "application-id", id,
                      "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/resolute/Resolute",
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* GTK's recent files live where the first test's folders were: keep the
   * folder there, since each test's are removed after it */
  {
    g_autofree char *recent = NULL;
    g_autofree char *folder = NULL;

    g_object_get (gtk_recent_manager_get_default (), "filename", &recent, NULL);
    folder = g_path_get_dirname (recent);
    g_mkdir_with_parents (folder, 0700);
  }

  /* the isolated XDG_DATA_DIRS hides the system's icons and styles */
  if (!system_data_added)
    {
      system_data_added = TRUE;
      gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      "/usr/share/icons");
      gtk_source_style_scheme_manager_append_search_path (
        gtk_source_style_scheme_manager_get_default (), "/usr/share/gtksourceview-5/styles");
    }
  return app;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

ResoluteWindow *
resolute_app_test_new_window (ResoluteApplication *app)
{
  ResoluteWindow *window = resolute_application_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (resolute_app_test_wait_for (is_mapped, window, 5000));
  resolute_app_test_wait (200);
  return window;
}

/* Closes every window without questions, as a test ends. */
void
resolute_app_test_quit (ResoluteApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  resolute_app_test_wait (50);
  g_object_unref (app);
}

static gboolean
timeout_reached (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
resolute_app_test_wait (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
resolute_app_test_wait_for (gboolean (*condition) (gpointer data),
                            gpointer   data,
                            guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return TRUE;
}

typedef struct
{
  ResoluteWindow *window;
  guint           n_pages;
} PageWait;

static gboolean
has_pages (gpointer data)
{
  PageWait *wait = data;

  return resolute_window_get_n_pages (wait->window) >= wait->n_pages;
}

ResolutePage *
resolute_app_test_wait_for_page (ResoluteWindow *window,
                                 guint           n_pages)
{
  PageWait wait = { window, n_pages };

  if (!resolute_app_test_wait_for (has_pages, &wait, 10000))
    return NULL;
  resolute_app_test_wait (100);
  return resolute_window_get_page (window, n_pages - 1);
}

gboolean
resolute_app_test_can_type (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

static void
process_waited (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
wait_check (GSubprocess *process)
{
  gboolean done = FALSE;

  g_subprocess_wait_async (process, NULL, process_waited, &done);
  g_assert_true (resolute_app_test_wait_for (is_true, &done, 60000));
  g_assert_true (g_subprocess_get_successful (process));
}

/**
 * resolute_app_test_xdotool:
 * @focus: the widget that takes the keys; its window gets the X input focus
 *
 * Runs xdotool with the arguments, then lets GTK handle the events.
 */
void
resolute_app_test_xdotool (GtkWidget  *focus,
                           const char *first_arg,
                           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  GtkNative *native = gtk_widget_get_native (focus);
  GdkSurface *surface = gtk_native_get_surface (native);
  const char *arg;
  va_list args;

  gtk_widget_grab_focus (focus);

  /* the X input focus to our window: there is no window manager to give it */
  g_ptr_array_add (argv, g_strdup ("xdotool"));
  g_ptr_array_add (argv, g_strdup ("windowfocus"));
  g_ptr_array_add (argv, g_strdup ("--sync"));
  g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  wait_check (process);
  g_clear_object (&process);
  resolute_app_test_wait (50);

  g_ptr_array_set_size (argv, 0);
  g_ptr_array_add (argv, g_strdup ("xdotool"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  wait_check (process);
  resolute_app_test_wait (150);
}

void
resolute_app_test_type (GtkWidget  *focus,
                        const char *text)
{
  resolute_app_test_xdotool (focus, "type", "--delay", "8", text, NULL);
}

/* keys: xdotool key names separated by spaces ("End Return ctrl+z") */
void
resolute_app_test_key (GtkWidget  *focus,
                       const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    resolute_app_test_xdotool (focus, "key", "--clearmodifiers", names[i], NULL);
}

/* What a click on a response button does: the response, then the dialog
 * closes. */
void
resolute_app_test_respond (AdwMessageDialog *dialog,
                           const char       *response)
{
  g_autoptr(GtkWidget) ref = g_object_ref (GTK_WIDGET (dialog));

  adw_message_dialog_response (dialog, response);
  /* gone, without a second response (closing would emit close-response) */
  if (gtk_widget_get_visible (ref))
    gtk_window_destroy (GTK_WINDOW (dialog));
  resolute_app_test_wait (200);
}

GtkWindow *
resolute_app_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
has_toplevel (gpointer data)
{
  return resolute_app_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
no_toplevel (gpointer data)
{
  return resolute_app_test_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

GtkWindow *
resolute_app_test_wait_for_toplevel (GType type)
{
  g_assert_true (resolute_app_test_wait_for (has_toplevel, GSIZE_TO_POINTER (type), 5000));
  resolute_app_test_wait (100);
  return resolute_app_test_find_toplevel (type);
}

/* Answers the file chooser the app shows (without portals, a
 * GtkFileChooserDialog) with @file, as a user typing a name would. */
void
resolute_app_test_accept_file_chooser (GFile *file)
{
  GtkWindow *dialog = resolute_app_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;

  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, &error);
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  /* the dialog checks the folder asynchronously before it answers */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_true (resolute_app_test_wait_for (no_toplevel,
                                             GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                                             5000));
  resolute_app_test_wait (200);
}

static void
count_paint (GdkFrameClock *clock,
             guint         *painted)
{
  (*painted)++;
}

static gboolean
two_frames_painted (gpointer data)
{
  return *(guint *) data >= 2;
}

/* Waits until the window has drawn two frames after now, so that the text
 * view has validated its layout and what a snapshot shows is what the user
 * sees. */
static void
wait_for_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong handler;

  if (clock == NULL)
    return;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &painted);
  gtk_widget_queue_draw (widget);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  resolute_app_test_wait_for (two_frames_painted, &painted, 2000);
  g_signal_handler_disconnect (clock, handler);
}

/**
 * resolute_app_test_snapshot:
 *
 * Saves what @widget shows as a PNG in $RESOLUTE_TEST_ARTIFACTS (or the
 * build folder), and returns its path.
 */
char *
resolute_app_test_snapshot (GtkWidget  *widget,
                            const char *name)
{
  const char *dir = g_getenv ("RESOLUTE_TEST_ARTIFACTS");
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *folder = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  char *path;
  int width, height;

  folder = dir != NULL ? g_strdup (dir) : g_test_build_filename (G_TEST_BUILT, "artifacts", NULL);
  g_mkdir_with_parents (folder, 0755);
  path = g_build_filename (folder, file_name, NULL);

  resolute_app_test_wait (300);
  wait_for_frames (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* What the X server shows, when it can be asked: a snapshot taken through
   * GtkWidgetPaintable may show the text view's margin layer from an older
   * frame, which is not what the user sees. */
  if (GTK_IS_ROOT (widget) && GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (widget)))
      && g_find_program_in_path ("import") != NULL)
    {
      Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (widget)));
      g_autofree char *window = g_strdup_printf ("0x%lx", (unsigned long) xid);
      const char *argv[] = { "import", "-window", window, path, NULL };
      int status = 0;

      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                                                     | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        {
          g_test_message ("screenshot: %s", path);
          return path;
        }
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                        &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

/* The Akoma Ntoso writer is written apart; until it is in, the tests that
 * save skip with a message. */
gboolean
resolute_app_test_writer_works (void)
{
  g_autoptr(GDateTime) today = g_date_time_new_local (2025, 10, 1, 0, 0, 0);
  g_autoptr(ResoluteDocument) document = resolute_template_create (RESOLUTE_TEMPLATE_GA_RESOLUTION,
                                                                   today);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = resolute_file_format_serialize (document, RESOLUTE_FILE_FORMAT_AKN,
                                                            &error);

  if (bytes == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    {
      g_test_skip ("the Akoma Ntoso writer is not in this tree yet");
      return FALSE;
    }
  g_assert_no_error (error);
  return TRUE;
}

gboolean
resolute_app_test_reader_works (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = resolute_file_format_load (file, NULL, &error);

  if (document == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    {
      g_test_skip_printf ("the reader of %s is not in this tree yet", path);
      return FALSE;
    }
  g_assert_no_error (error);
  return TRUE;
}

gboolean
resolute_app_test_reader_works_for_akn (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<akomaNtoso/>", 13);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;

  document = resolute_file_format_read (bytes, RESOLUTE_FILE_FORMAT_AKN, NULL, &error);
  if (document == NULL && g_error_matches (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED))
    {
      g_test_skip ("the Akoma Ntoso reader is not in this tree yet");
      return FALSE;
    }
  return TRUE;
}

/* `resolute-cli info --json PATH`: what a user sees of the saved file */
char *
resolute_app_test_cli_info (const char *path)
{
  const char *cli = g_getenv ("RESOLUTE_CLI");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_nonnull (cli);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, cli, "info", "--json", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) != 0)
    g_error ("resolute-cli info failed: %s", err);
  return out;
}
