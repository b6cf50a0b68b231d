/* resolute-window-actions.c — the actions of a window: files, editing, view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "win." actions of the header bar, the menus and the keyboard
 * shortcuts. The ones about a document act on the selected tab, and are
 * disabled when there is none (undo and redo follow its history).
 */

#define G_LOG_DOMAIN "resolute-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "resolute-export-dialog.h"
#include "resolute-page-private.h"
#include "resolute-print.h"
#include "resolute-window-private.h"

static ResolutePage *
current (gpointer user_data)
{
  return resolute_window_get_current_page (RESOLUTE_WINDOW (user_data));
}

static void
new_document_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  resolute_window_choose_template (RESOLUTE_WINDOW (user_data));
}

static void
new_from_template_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  ResoluteTemplate template_;

  if (resolute_template_from_id (g_variant_get_string (parameter, NULL), &template_))
    resolute_window_new_from_template (RESOLUTE_WINDOW (user_data), template_);
}

static void
open_response (GtkNativeDialog *chooser,
               int              response,
               ResoluteWindow  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          resolute_window_open_file (self, file);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static GtkFileFilter *
filter_new (const char  *name,
            const char **mime_types,
            const char **suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; suffixes != NULL && suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  return filter;
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  GtkFileChooserNative *chooser;
  static const char *all_suffixes[] = { "akn", "xml", "txt", "docx", "odt", "pdf", NULL };
  static const char *akn_types[] = { "application/x-akomantoso+xml", NULL };
  static const char *akn_suffixes[] = { "akn", "xml", NULL };
  static const char *text_suffixes[] = { "txt", NULL };
  static const char *office_types[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    NULL,
  };
  static const char *office_suffixes[] = { "docx", "odt", NULL };
  static const char *pdf_types[] = { "application/pdf", NULL };
  static const char *pdf_suffixes[] = { "pdf", NULL };

  chooser = gtk_file_chooser_native_new (_("Open Resolution"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("All Resolutions"), akn_types, all_suffixes));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("Akoma Ntoso"), akn_types, akn_suffixes));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("ODS Text (Import)"), NULL, text_suffixes));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("Word and OpenDocument (Import)"), office_types,
                                           office_suffixes));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("UN Document PDF (Import)"), pdf_types,
                                           pdf_suffixes));
  g_signal_connect (chooser, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  resolute_window_open_file (RESOLUTE_WINDOW (user_data), file);
}

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  ResoluteWindow *self = RESOLUTE_WINDOW (object);

  /* errors were shown to the user already */
  if (resolute_window_save_page_finish (self, result, NULL))
    resolute_window_show_toast (self, _("Saved"));
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_window_save_page_async (user_data, page, FALSE, NULL, saved, NULL);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_window_save_page_async (user_data, page, TRUE, NULL, saved, NULL);
}

static void
export_response (GtkNativeDialog *chooser,
                 int              response,
                 ResoluteWindow  *self)
{
  ResolutePage *page = g_object_get_data (G_OBJECT (chooser), "page");

  if (response == GTK_RESPONSE_ACCEPT && page != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!resolute_page_export_to_file (page, file, RESOLUTE_FILE_FORMAT_ODS_TEXT, &error))
        resolute_window_show_error (self, _("Could Not Export"), error->message);
      else
        resolute_window_show_toast (self, _("Exported"));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_text_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  ResolutePage *page = current (self);
  GtkFileChooserNative *chooser;
  static const char *text_suffixes[] = { "txt", NULL };
  g_autofree char *name = NULL;
  const char *symbol;

  if (page == NULL)
    return;

  symbol = resolute_document_get_field (resolute_page_get_document (page), RESOLUTE_FIELD_SYMBOL);
  name = g_strconcat (symbol != NULL && *symbol ? symbol : _("Untitled Resolution"), ".txt", NULL);
  g_strdelimit (name, "/\\:", '-');

  chooser = gtk_file_chooser_native_new (_("Export as ODS Text"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               filter_new (_("ODS Text"), NULL, text_suffixes));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "page", g_object_ref (page), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export as PDF, Word or OpenDocument: the Export dialog, with the format
 * of the menu item chosen. */
static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  ResolutePage *page = current (self);
  const char *name = g_action_get_name (G_ACTION (action));
  ResoluteFileFormat format = RESOLUTE_FILE_FORMAT_PDF;
  ResoluteExportDialog *dialog;

  if (page == NULL)
    return;

  if (g_str_equal (name, "export-docx"))
    format = RESOLUTE_FILE_FORMAT_DOCX;
  else if (g_str_equal (name, "export-odt"))
    format = RESOLUTE_FILE_FORMAT_ODT;

  dialog = resolute_export_dialog_new (GTK_WINDOW (self), page, format);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Print and Print Preview: the page layout of the PDF, through
 * GtkPrintOperation. */
static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  ResolutePage *page = current (self);
  gboolean preview = g_str_equal (g_action_get_name (G_ACTION (action)), "print-preview");
  g_autoptr(GError) error = NULL;

  if (page == NULL)
    return;

  if (!resolute_print_document (GTK_WINDOW (self), resolute_page_get_document (page),
                                preview ? GTK_PRINT_OPERATION_ACTION_PREVIEW
                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                &error))
    resolute_window_show_error (self, preview ? _("Could Not Show the Print Preview")
                                              : _("Could Not Print"),
                                error->message);
}

static void
not_yet_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  /* a menu item that does nothing */
}

static void
close_tab_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_window_close_page (user_data, page);
  else
    gtk_window_close (GTK_WINDOW (user_data));
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_document_undo (resolute_page_get_document (page));
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_document_redo (resolute_page_get_document (page));
}

static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_page_begin_search (page, g_str_equal (g_action_get_name (G_ACTION (action)),
                                                   "replace"));
}

static void
zoom_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  guint zoom = g_settings_get_uint (self->settings, "zoom");

  if (g_str_equal (name, "zoom-in"))
    zoom = MIN (300, zoom + 10);
  else if (g_str_equal (name, "zoom-out"))
    zoom = MAX (50, zoom - 10);
  else
    zoom = 100;
  g_settings_set_uint (self->settings, "zoom", zoom);
}

static void
properties_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_page_show_properties (page);
}

static void
insert_footnote_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_page_insert_footnote (page);
}

static void
go_to_footnote_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_page_go_to_footnote (page);
}

static void
insert_cross_reference_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  ResolutePage *page = current (user_data);

  if (page != NULL)
    resolute_page_choose_cross_reference (page);
}

/* The body view's editing actions, for the menu: "italic" runs body.italic
 * on the current page's text, where the cursor and selection are. */
static void
body_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResolutePage *page = current (user_data);
  g_autofree char *name = NULL;

  if (page == NULL)
    return;

  name = g_strconcat ("body.", g_variant_get_string (parameter, NULL), NULL);
  gtk_widget_activate_action (GTK_WIDGET (resolute_page_get_body_view (page)), name, NULL);
  resolute_page_grab_focus_body (page);
}

static void
show_sidebar_page_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  ResoluteWindow *self = user_data;
  ResolutePage *page = current (self);

  g_settings_set_boolean (self->settings, "sidebar-visible", TRUE);
  if (page != NULL)
    resolute_page_show_sidebar_page (page, g_variant_get_string (parameter, NULL));
}

static const GActionEntry window_actions[] = {
  { "new-document", new_document_action },
  { "new-from-template", new_from_template_action, "s" },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "save", save_action },
  { "save-as", save_as_action },
  { "export-text", export_text_action },
  { "export-pdf", export_action },
  { "export-docx", export_action },
  { "export-odt", export_action },
  { "print", print_action },
  { "print-preview", print_action },
  { "close-tab", close_tab_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "find", find_action },
  { "replace", find_action },
  { "zoom-in", zoom_action },
  { "zoom-out", zoom_action },
  { "zoom-reset", zoom_action },
  { "properties", properties_action },
  { "insert-footnote", insert_footnote_action },
  { "go-to-footnote", go_to_footnote_action },
  { "insert-cross-reference", insert_cross_reference_action },
  { "show-sidebar-page", show_sidebar_page_action, "s" },
  { "body", body_action, "s" },
  { "none", not_yet_action },
};

/* the actions that need a document */
static const char *const page_actions[] = {
  "save", "save-as", "export-text", "find", "replace", "properties", "insert-footnote",
  "go-to-footnote", "body",
  "insert-cross-reference", "show-sidebar-page",
  "export-pdf", "export-docx", "export-odt", "print", "print-preview",
};

/* shown, disabled */
static const char *const later_actions[] = {
  "none",
};

static void
set_enabled (ResoluteWindow *self,
             const char     *name,
             gboolean        enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_resolute_window_update_actions (ResoluteWindow *self)
{
  ResolutePage *page = resolute_window_get_current_page (self);
  ResoluteHistory *history = NULL;

  if (page != NULL)
    history = resolute_document_get_history (resolute_page_get_document (page));

  for (guint i = 0; i < G_N_ELEMENTS (page_actions); i++)
    set_enabled (self, page_actions[i], page != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (later_actions); i++)
    set_enabled (self, later_actions[i], FALSE);

  set_enabled (self, "undo", history != NULL && resolute_history_get_can_undo (history));
  set_enabled (self, "redo", history != NULL && resolute_history_get_can_redo (history));
}

void
_resolute_window_init_actions (ResoluteWindow *self)
{
  g_autoptr(GAction) sidebar = NULL;

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);

  sidebar = g_settings_create_action (self->settings, "sidebar-visible");
  g_action_map_add_action (G_ACTION_MAP (self), sidebar);

  _resolute_window_update_actions (self);
}
