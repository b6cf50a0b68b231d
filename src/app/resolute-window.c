/* resolute-window.c — a window of documents in tabs, with the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like GNOME Text Editor's EditorWindow: a header bar (open with the recent
 * files, new from a template, the document's title, save, export and the
 * primary menu), a tab bar and a tab view of ResolutePage. Files come from
 * the command line, the open dialog, the recent list and drag and drop.
 * Closing a modified tab or the window asks Save / Discard / Cancel, and a
 * failed save leaves everything as it was.
 */

#define G_LOG_DOMAIN "resolute-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "resolute-application.h"
#include "resolute-page-private.h"
#include "resolute-template-dialog.h"
#include "resolute-window-private.h"

G_DEFINE_FINAL_TYPE (ResoluteWindow, resolute_window, ADW_TYPE_APPLICATION_WINDOW)

#define MAX_RECENT 10

static ResoluteSession *
get_session (ResoluteWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return RESOLUTE_IS_APPLICATION (app)
           ? resolute_application_get_session (RESOLUTE_APPLICATION (app)) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Pages                                                                    */

AdwTabView *
resolute_window_get_tab_view (ResoluteWindow *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);

  return self->tab_view;
}

guint
resolute_window_get_n_pages (ResoluteWindow *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), 0);

  return adw_tab_view_get_n_pages (self->tab_view);
}

ResolutePage *
resolute_window_get_page (ResoluteWindow *self,
                          guint           index)
{
  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);

  if (index >= (guint) adw_tab_view_get_n_pages (self->tab_view))
    return NULL;
  return RESOLUTE_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (self->tab_view,
                                                                           index)));
}

ResolutePage *
resolute_window_get_current_page (ResoluteWindow *self)
{
  AdwTabPage *page;

  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);

  page = adw_tab_view_get_selected_page (self->tab_view);
  return page != NULL ? RESOLUTE_PAGE (adw_tab_page_get_child (page)) : NULL;
}

ResolutePage *
resolute_window_find_page (ResoluteWindow *self,
                           GFile          *file)
{
  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);

  for (guint i = 0; i < resolute_window_get_n_pages (self); i++)
    {
      ResolutePage *page = resolute_window_get_page (self, i);
      GFile *page_file = _resolute_page_get_origin (page);

      if (page_file != NULL && g_file_equal (page_file, file))
        return page;
    }
  return NULL;
}

static void
page_problem (ResoluteWindow *self,
              const char     *message)
{
  resolute_window_show_toast (self, message);
}

static void
apply_zoom (ResoluteWindow *self)
{
  guint zoom = g_settings_get_uint (self->settings, "zoom");

  for (guint i = 0; i < resolute_window_get_n_pages (self); i++)
    resolute_page_set_zoom (resolute_window_get_page (self, i), zoom);
}

/* The body view zooms itself with Ctrl+plus too: the setting follows, and
 * with it every page and the preferences. */
static void
body_zoom_changed (ResoluteWindow   *self,
                   GParamSpec       *pspec,
                   ResoluteBodyView *view)
{
  double zoom;
  guint percent;

  g_object_get (view, "zoom", &zoom, NULL);
  percent = CLAMP ((guint) (zoom * 100 + 0.5), 50, 300);
  if (percent != g_settings_get_uint (self->settings, "zoom"))
    g_settings_set_uint (self->settings, "zoom", percent);
}

static void
apply_sidebar (ResoluteWindow *self)
{
  gboolean visible = g_settings_get_boolean (self->settings, "sidebar-visible");

  for (guint i = 0; i < resolute_window_get_n_pages (self); i++)
    resolute_page_set_sidebar_visible (resolute_window_get_page (self, i), visible);
}

/**
 * resolute_window_add_document:
 * @file: (nullable): the file @document was read from
 * @warnings: (nullable) (element-type utf8): what the reader reported
 * @draft_id: (nullable): the draft a restored document continues
 *
 * Returns: (transfer none): the new page, selected
 */
ResolutePage *
resolute_window_add_document (ResoluteWindow     *self,
                              ResoluteDocument   *document,
                              GFile              *file,
                              ResoluteFileFormat  format,
                              GPtrArray          *warnings,
                              const char         *draft_id)
{
  ResoluteSession *session = get_session (self);
  ResolutePage *page;
  AdwTabPage *tab;

  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  page = resolute_page_new (document, file, format);
  resolute_page_set_zoom (page, g_settings_get_uint (self->settings, "zoom"));
  resolute_page_set_sidebar_visible (page, g_settings_get_boolean (self->settings,
                                                                   "sidebar-visible"));
  g_signal_connect_object (page, "problem", G_CALLBACK (page_problem), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (resolute_page_get_body_view (page), "notify::zoom",
                           G_CALLBACK (body_zoom_changed), self, G_CONNECT_SWAPPED);

  tab = adw_tab_view_append (self->tab_view, GTK_WIDGET (page));
  g_object_bind_property (page, "title", tab, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "subtitle", tab, "tooltip", G_BINDING_SYNC_CREATE);
  adw_tab_view_set_selected_page (self->tab_view, tab);

  if (warnings != NULL && warnings->len > 0)
    resolute_page_set_warnings (page, warnings);

  if (session != NULL)
    _resolute_page_attach_session (page, session, draft_id);

  resolute_page_grab_focus_body (page);
  return page;
}

static void
remember_template (ResoluteWindow   *self,
                   ResoluteTemplate  template_)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-templates");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  const char *id = resolute_template_get_id (template_);

  g_strv_builder_add (builder, id);
  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], id) != 0)
      g_strv_builder_add (builder, recent[i]);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-templates", (const char *const *) updated);
}

/**
 * resolute_window_new_from_template:
 *
 * Returns: (transfer none): a page with a new document of @template_, dated
 *   today
 */
ResolutePage *
resolute_window_new_from_template (ResoluteWindow   *self,
                                   ResoluteTemplate  template_)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(ResoluteDocument) document = NULL;

  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);
  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);

  document = resolute_template_create (template_, today);
  remember_template (self, template_);
  return resolute_window_add_document (self, document, NULL, RESOLUTE_FILE_FORMAT_UNKNOWN, NULL,
                                       NULL);
}

static void
template_chosen (ResoluteWindow *self,
                 guint           template_)
{
  resolute_window_new_from_template (self, template_);
}

void
resolute_window_choose_template (ResoluteWindow *self)
{
  ResoluteTemplateDialog *dialog;
  g_auto(GStrv) recent = NULL;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));

  recent = g_settings_get_strv (self->settings, "recent-templates");
  dialog = resolute_template_dialog_new ((const char *const *) recent);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "template-chosen", G_CALLBACK (template_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */

static void
dialog_destroyed (ResoluteWindow *self,
                  GtkWindow      *dialog)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

void
_resolute_window_present_dialog (ResoluteWindow *self,
                                 GtkWindow      *dialog)
{
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/**
 * resolute_window_get_pending_dialog:
 *
 * Returns: (nullable) (transfer none): the message dialog the window shows
 */
GtkWindow *
resolute_window_get_pending_dialog (ResoluteWindow *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WINDOW (self), NULL);

  return self->dialog;
}

void
resolute_window_show_error (ResoluteWindow *self,
                            const char     *heading,
                            const char     *message)
{
  GtkWidget *dialog;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  _resolute_window_present_dialog (self, GTK_WINDOW (dialog));
}

void
resolute_window_show_toast (ResoluteWindow *self,
                            const char     *message)
{
  AdwToast *toast;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ------------------------------------------------------------------------ */
/* Opening                                                                  */

typedef struct
{
  GFile             *file;
  ResoluteDocument  *document;
  GPtrArray         *warnings;
  ResoluteFileFormat format;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->document);
  g_clear_pointer (&data->warnings, g_ptr_array_unref);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;

  data->document = resolute_file_format_load (data->file, data->warnings, &error);
  if (data->document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
open_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ResoluteWindow *self = RESOLUTE_WINDOW (object);
  OpenData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (data->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *heading = NULL;

      /* Translators: %s is a file name */
      heading = g_strdup_printf (_("Could Not Open %s"), name);
      resolute_window_show_error (self, heading, error->message);
      return;
    }

  resolute_window_add_document (self, data->document, data->file, data->format, data->warnings,
                                NULL);
  _resolute_page_add_recent (data->file);
}

/**
 * resolute_window_open_file:
 *
 * Opens @file in a new tab (or shows the tab that has it): an Akoma Ntoso
 * file is loaded, an ODS text is imported; reading happens in a thread, and
 * an error is shown in a dialog.
 */
void
resolute_window_open_file (ResoluteWindow *self,
                           GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  ResolutePage *existing;
  OpenData *data;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  existing = resolute_window_find_page (self, file);
  if (existing != NULL)
    {
      adw_tab_view_set_selected_page (self->tab_view,
                                      adw_tab_view_get_page (self->tab_view,
                                                             GTK_WIDGET (existing)));
      return;
    }

  basename = g_file_get_basename (file);
  data = g_new0 (OpenData, 1);
  data->file = g_object_ref (file);
  data->warnings = g_ptr_array_new_with_free_func (g_free);
  data->format = resolute_file_format_from_filename (basename);
  /* an unknown extension is read by its content, and saved under a new name */

  task = g_task_new (self, NULL, open_done, NULL);
  g_task_set_source_tag (task, resolute_window_open_file);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_thread);
}

static gboolean
drop_files (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            ResoluteWindow *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    resolute_window_open_file (self, l->data);
  g_slist_free (files);
  return files != NULL;
}

/* ------------------------------------------------------------------------ */
/* Recent files                                                             */

static gboolean
is_our_recent (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  ResoluteFileFormat format = resolute_file_format_from_filename (uri);

  if (!gtk_recent_info_exists (info))
    return FALSE;
  if (g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-akomantoso+xml") == 0)
    return TRUE;
  /* a .txt or .xml is ours only when Resolute opened it */
  return format != RESOLUTE_FILE_FORMAT_UNKNOWN
         && gtk_recent_info_has_application (info, g_get_application_name ());
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

static void
update_recent_menu (ResoluteWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);

  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (!is_our_recent (info))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }

  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Files"), "win.none");

      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */

static GFile *
suggested_folder (ResolutePage *page)
{
  GFile *origin = _resolute_page_get_origin (page);

  return origin != NULL ? g_file_get_parent (origin) : NULL;
}

static char *
suggested_name (ResolutePage *page)
{
  GFile *origin = _resolute_page_get_origin (page);
  const char *symbol = resolute_document_get_field (resolute_page_get_document (page),
                                                    RESOLUTE_FIELD_SYMBOL);
  g_autofree char *stem = NULL;

  if (origin != NULL)
    {
      g_autofree char *basename = g_file_get_basename (origin);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      stem = g_strdup (basename);
    }
  else if (symbol != NULL && *symbol != '\0')
    {
      stem = g_strdup (symbol);
      g_strdelimit (stem, "/\\:", '-');
      /* "A-RES-80-" for a number not yet known */
      while (*stem != '\0' && (stem[strlen (stem) - 1] == '-' || stem[strlen (stem) - 1] == '.'))
        stem[strlen (stem) - 1] = '\0';
    }

  if (stem == NULL || *stem == '\0')
    {
      g_free (stem);
      stem = g_strdup (_("Untitled Resolution"));
    }
  return g_strconcat (stem, ".akn", NULL);
}

static GFile *
with_akn_extension (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;

  if (resolute_file_format_from_filename (basename) == RESOLUTE_FILE_FORMAT_AKN)
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  name = g_strconcat (basename, ".akn", NULL);
  return g_file_get_child (parent, name);
}

static gboolean
save_in_task (GTask        *task,
              ResolutePage *page,
              GFile        *file)
{
  ResoluteWindow *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (!resolute_page_save_to_file (page, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Save %s"), name);

      /* the document stays open and modified: nothing is lost */
      resolute_window_show_error (self, heading, error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return FALSE;
    }

  g_task_return_boolean (task, TRUE);
  return TRUE;
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  GTask           *task)
{
  ResolutePage *page = g_task_get_task_data (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = with_akn_extension (chosen);

      save_in_task (task, page, file);
    }
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Saving was cancelled"));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (task);
}

static GtkFileFilter *
akn_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Akoma Ntoso Resolutions"));
  gtk_file_filter_add_mime_type (filter, "application/x-akomantoso+xml");
  gtk_file_filter_add_suffix (filter, "akn");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

/**
 * resolute_window_save_page_async:
 * @save_as: always ask for a name
 *
 * Saves @page to its Akoma Ntoso file, or asks for one first (a new
 * document, an imported text, or @save_as). An error is shown to the user and
 * returned; cancelling the file chooser returns %G_IO_ERROR_CANCELLED.
 */
void
resolute_window_save_page_async (ResoluteWindow      *self,
                                 ResolutePage        *page,
                                 gboolean             save_as,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));
  g_return_if_fail (RESOLUTE_IS_PAGE (page));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, resolute_window_save_page_async);
  g_task_set_task_data (task, g_object_ref (page), g_object_unref);

  if (!save_as && resolute_page_get_can_save (page))
    {
      save_in_task (task, page, resolute_page_get_file (page));
      g_object_unref (task);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Resolution"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), akn_filter ());
  folder = suggested_folder (page);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  name = suggested_name (page);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
resolute_window_save_page_finish (ResoluteWindow  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------------ */
/* Closing                                                                  */

typedef struct
{
  ResoluteWindow *window;
  AdwTabPage     *tab;
} CloseTab;

/* The user closed the tab (it was saved, unmodified, or they discarded its
 * changes): its draft goes with it. */
static void
finish_close (ResoluteWindow *self,
              AdwTabPage     *tab,
              gboolean        confirmed)
{
  if (confirmed)
    _resolute_page_detach_session (RESOLUTE_PAGE (adw_tab_page_get_child (tab)), TRUE);
  adw_tab_view_close_page_finish (self->tab_view, tab, confirmed);
}

static void
close_tab_saved (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CloseTab *close = user_data;
  gboolean saved = resolute_window_save_page_finish (close->window, result, NULL);

  finish_close (close->window, close->tab, saved);
  g_object_unref (close->tab);
  g_free (close);
}

static void
close_tab_response (AdwMessageDialog *dialog,
                    const char       *response,
                    CloseTab         *close)
{
  ResoluteWindow *self = close->window;
  ResolutePage *page = RESOLUTE_PAGE (adw_tab_page_get_child (close->tab));

  if (g_strcmp0 (response, "save") == 0)
    {
      resolute_window_save_page_async (self, page, FALSE, NULL, close_tab_saved, close);
      return;
    }

  finish_close (self, close->tab, g_strcmp0 (response, "discard") == 0);
  g_object_unref (close->tab);
  g_free (close);
}

static GtkWidget *
unsaved_dialog (ResoluteWindow *self,
                const char     *heading,
                const char     *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

static gboolean
close_page_cb (AdwTabView     *tab_view,
               AdwTabPage     *tab,
               ResoluteWindow *self)
{
  ResolutePage *page = RESOLUTE_PAGE (adw_tab_page_get_child (tab));
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  CloseTab *close;

  if (!resolute_page_get_modified (page) || self->closing)
    {
      finish_close (self, tab, TRUE);
      return GDK_EVENT_STOP;
    }

  name = resolute_page_dup_name (page);
  /* Translators: %s is the title of a resolution */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = unsaved_dialog (self, heading,
                           _("If you don’t save, the changes since the last save are lost."));
  close = g_new0 (CloseTab, 1);
  close->window = self;
  close->tab = g_object_ref (tab);
  g_signal_connect (dialog, "response", G_CALLBACK (close_tab_response), close);
  _resolute_window_present_dialog (self, GTK_WINDOW (dialog));
  return GDK_EVENT_STOP;
}

void
resolute_window_close_page (ResoluteWindow *self,
                            ResolutePage   *page)
{
  g_return_if_fail (RESOLUTE_IS_WINDOW (self));
  g_return_if_fail (RESOLUTE_IS_PAGE (page));

  adw_tab_view_close_page (self->tab_view, adw_tab_view_get_page (self->tab_view,
                                                                   GTK_WIDGET (page)));
}

static GPtrArray *
modified_pages (ResoluteWindow *self)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < resolute_window_get_n_pages (self); i++)
    {
      ResolutePage *page = resolute_window_get_page (self, i);

      if (resolute_page_get_modified (page))
        g_ptr_array_add (pages, g_object_ref (page));
    }
  return pages;
}

static void save_all_next (ResoluteWindow *self,
                           GPtrArray      *pages);

static void
save_all_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ResoluteWindow *self = RESOLUTE_WINDOW (object);
  GPtrArray *pages = user_data;

  if (!resolute_window_save_page_finish (self, result, NULL))
    {
      /* a failed or cancelled save stops closing: nothing is lost */
      g_ptr_array_unref (pages);
      return;
    }
  g_ptr_array_remove_index (pages, 0);
  save_all_next (self, pages);
}

static void
save_all_next (ResoluteWindow *self,
               GPtrArray      *pages)
{
  if (pages->len == 0)
    {
      g_ptr_array_unref (pages);
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  resolute_window_save_page_async (self, g_ptr_array_index (pages, 0), FALSE, NULL, save_all_done,
                                   pages);
}

static void
close_window_response (AdwMessageDialog *dialog,
                       const char       *response,
                       ResoluteWindow   *self)
{
  if (g_strcmp0 (response, "save") == 0)
    save_all_next (self, modified_pages (self));
  else if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_window_state (ResoluteWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
resolute_window_close_request (GtkWindow *window)
{
  ResoluteWindow *self = RESOLUTE_WINDOW (window);
  g_autoptr(GPtrArray) pages = NULL;
  GtkWidget *dialog;
  GString *names;

  if (!self->closing)
    {
      pages = modified_pages (self);
      if (pages->len > 0)
        {
          g_autofree char *heading = NULL;

          names = g_string_new (NULL);
          for (guint i = 0; i < pages->len; i++)
            {
              g_autofree char *name = resolute_page_dup_name (g_ptr_array_index (pages, i));

              g_string_append_printf (names, "%s• %s", i > 0 ? "\n" : "", name);
            }
          heading = g_strdup_printf (ngettext ("Save Changes to %u Document?",
                                               "Save Changes to %u Documents?", pages->len),
                                     pages->len);
          dialog = unsaved_dialog (self, heading, names->str);
          g_string_free (names, TRUE);
          g_signal_connect_object (dialog, "response", G_CALLBACK (close_window_response), self,
                                   0);
          _resolute_window_present_dialog (self, GTK_WINDOW (dialog));
          return GDK_EVENT_STOP;
        }
    }

  /* the user agreed: close every tab (their drafts go) and the window */
  self->closing = TRUE;
  save_window_state (self);
  while (adw_tab_view_get_n_pages (self->tab_view) > 0)
    adw_tab_view_close_page (self->tab_view, adw_tab_view_get_nth_page (self->tab_view, 0));

  return GTK_WINDOW_CLASS (resolute_window_parent_class)->close_request (window);
}

/* ------------------------------------------------------------------------ */
/* Recovery                                                                 */

/**
 * resolute_window_restore_drafts:
 *
 * Opens every draft an earlier run left, each with its unsaved changes and
 * the file it belongs to.
 */
void
resolute_window_restore_drafts (ResoluteWindow *self)
{
  ResoluteSession *session = get_session (self);
  g_autoptr(GPtrArray) drafts = NULL;
  GPtrArray *recoverable;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));

  if (session == NULL)
    return;

  /* copy the ids: forgetting a draft changes the session's list */
  recoverable = resolute_session_get_recoverable (session);
  drafts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < recoverable->len; i++)
    g_ptr_array_add (drafts, g_strdup (((ResoluteDraft *) g_ptr_array_index (recoverable, i))->id));

  for (guint i = 0; i < drafts->len; i++)
    {
      const char *id = g_ptr_array_index (drafts, i);
      g_autofree char *path = resolute_session_get_draft_path (session, id);
      g_autoptr(GFile) draft_file = g_file_new_for_path (path);
      g_autoptr(GFile) file = NULL;
      g_autoptr(ResoluteDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      const char *uri = NULL;

      for (guint j = 0; j < recoverable->len; j++)
        if (g_strcmp0 (((ResoluteDraft *) g_ptr_array_index (recoverable, j))->id, id) == 0)
          uri = ((ResoluteDraft *) g_ptr_array_index (recoverable, j))->uri;
      if (uri != NULL)
        file = g_file_new_for_uri (uri);

      document = resolute_file_format_load (draft_file, NULL, &error);
      if (document == NULL)
        {
          resolute_window_show_error (self, _("Could Not Restore a Draft"), error->message);
          continue;
        }

      /* the draft is unsaved work: it stays modified until saved */
      resolute_document_set_modified (document);
      resolute_session_forget_recoverable (session, id, FALSE);
      resolute_window_add_document (self, document, file,
                                    file != NULL ? RESOLUTE_FILE_FORMAT_AKN
                                                 : RESOLUTE_FILE_FORMAT_UNKNOWN,
                                    NULL, id);
    }
}

static void
recovery_response (AdwMessageDialog *dialog,
                   const char       *response,
                   ResoluteWindow   *self)
{
  ResoluteSession *session = get_session (self);

  if (g_strcmp0 (response, "restore") == 0)
    resolute_window_restore_drafts (self);
  else if (g_strcmp0 (response, "discard") == 0 && session != NULL)
    {
      GPtrArray *recoverable = resolute_session_get_recoverable (session);

      while (recoverable->len > 0)
        {
          ResoluteDraft *draft = g_ptr_array_index (recoverable, 0);

          resolute_session_forget_recoverable (session, draft->id, TRUE);
        }
    }
}

/**
 * resolute_window_offer_recovery:
 *
 * Asks whether to restore the unsaved work of a run that ended without
 * closing its documents. "Later" keeps the drafts for the next start.
 */
void
resolute_window_offer_recovery (ResoluteWindow *self)
{
  ResoluteSession *session = get_session (self);
  GPtrArray *recoverable;
  GString *names;
  GtkWidget *dialog;

  g_return_if_fail (RESOLUTE_IS_WINDOW (self));

  if (session == NULL || !resolute_session_has_recoverable (session))
    return;

  recoverable = resolute_session_get_recoverable (session);
  names = g_string_new (NULL);
  for (guint i = 0; i < recoverable->len; i++)
    {
      ResoluteDraft *draft = g_ptr_array_index (recoverable, i);

      g_string_append_printf (names, "%s• %s", i > 0 ? "\n" : "",
                              draft->title != NULL && *draft->title ? draft->title
                                                                    : _("Untitled Resolution"));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   ngettext ("Restore Unsaved Document?",
                                             "Restore Unsaved Documents?", recoverable->len),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                  ngettext ("Resolute did not close normally last time. This "
                                            "document had changes that were not saved:",
                                            "Resolute did not close normally last time. These "
                                            "documents had changes that were not saved:",
                                            recoverable->len),
                                  names->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response), self, 0);
  g_string_free (names, TRUE);
  _resolute_window_present_dialog (self, GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */
/* The current page                                                         */

static void
unbind_page (ResoluteWindow *self)
{
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  if (self->bound_history != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->bound_history, self);
      g_clear_object (&self->bound_history);
    }
  if (self->bound_page != NULL)
    g_signal_handlers_disconnect_by_data (self->bound_page, self);
  self->bound_page = NULL;
}

static void
sync_window_title (ResoluteWindow *self)
{
  const char *title = adw_window_title_get_title (self->window_title);

  gtk_window_set_title (GTK_WINDOW (self), title != NULL && *title ? title : _("Resolute"));
}

static void
selected_page_changed (ResoluteWindow *self)
{
  ResolutePage *page = resolute_window_get_current_page (self);

  unbind_page (self);

  gtk_stack_set_visible_child_name (self->stack, page != NULL ? "tabs" : "empty");

  if (page != NULL)
    {
      self->bound_page = page;
      self->title_binding = g_object_bind_property (page, "title", self->window_title, "title",
                                                    G_BINDING_SYNC_CREATE);
      self->subtitle_binding = g_object_bind_property (page, "subtitle", self->window_title,
                                                       "subtitle", G_BINDING_SYNC_CREATE);
      self->bound_history = g_object_ref (G_OBJECT (resolute_document_get_history (
        resolute_page_get_document (page))));
      g_signal_connect_swapped (self->bound_history, "notify",
                                G_CALLBACK (_resolute_window_update_actions), self);
      g_signal_connect_swapped (page, "notify::can-save",
                                G_CALLBACK (_resolute_window_update_actions), self);
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Resolute"));
      adw_window_title_set_subtitle (self->window_title, NULL);
    }

  sync_window_title (self);
  _resolute_window_update_actions (self);
}

/* ------------------------------------------------------------------------ */

static void
resolute_window_dispose (GObject *object)
{
  ResoluteWindow *self = RESOLUTE_WINDOW (object);

  unbind_page (self);
  if (self->tab_view != NULL)
    g_signal_handlers_disconnect_by_data (self->tab_view, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_WINDOW);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (resolute_window_parent_class)->dispose (object);
}

/* "application" is set after construction: the settings come with it */
static void
setup (ResoluteWindow      *self,
       ResoluteApplication *app)
{
  int width = 0, height = 0;

  self->settings = g_object_ref (resolute_application_get_settings (app));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::zoom", G_CALLBACK (apply_zoom), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sidebar-visible",
                           G_CALLBACK (apply_sidebar), self, G_CONNECT_SWAPPED);

  _resolute_window_init_actions (self);
  selected_page_changed (self);
}

static void
resolute_window_class_init (ResoluteWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = resolute_window_dispose;
  window_class->close_request = resolute_window_close_request;

  g_type_ensure (RESOLUTE_TYPE_PAGE);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, tab_view);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWindow, toast_overlay);

}

static void
resolute_window_init (ResoluteWindow *self)
{
  GtkDropTarget *target;
  GtkRecentManager *recent = gtk_recent_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  /* for the tests, which look at what the button offers */
  g_object_set_data (G_OBJECT (self), "open-button", self->open_button);

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (recent, "changed", G_CALLBACK (update_recent_menu), self,
                           G_CONNECT_SWAPPED);
  update_recent_menu (self);

  g_signal_connect_object (self->tab_view, "close-page", G_CALLBACK (close_page_cb), self, 0);
  g_signal_connect_object (self->tab_view, "notify::selected-page",
                           G_CALLBACK (selected_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->window_title, "notify::title", G_CALLBACK (sync_window_title),
                           self, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_files), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

ResoluteWindow *
resolute_window_new (ResoluteApplication *application)
{
  ResoluteWindow *self;

  g_return_val_if_fail (RESOLUTE_IS_APPLICATION (application), NULL);

  self = g_object_new (RESOLUTE_TYPE_WINDOW,
                       "application", application,
                       NULL);
  setup (self, application);
  return self;
}
