/* resolute-export-dialog.c — export the final text: PDF, Word, OpenDocument or ODS text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user picks the format, and for a PDF the paper size and whether the
 * first page carries a QR code; "Export…" then asks where. The whole file is
 * made in memory first and written through a temporary file that is renamed
 * into place (resolute_file_format_write_atomically()), so a failed export
 * leaves neither a partial file nor a changed old one; the reason is shown
 * in a dialog on the window. The document keeps its own file and state.
 */

#define G_LOG_DOMAIN "resolute-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "resolute-export-dialog.h"
#include "resolute-pdf-writer.h"
#include "resolute-window.h"

struct _ResoluteExportDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  AdwComboRow    *format_row;
  AdwComboRow    *paper_row;
  AdwActionRow   *qr_row;
  GtkSwitch      *qr_switch;
  GtkButton      *export_button;

  GtkWindow      *parent;
  ResolutePage   *page;
};

G_DEFINE_FINAL_TYPE (ResoluteExportDialog, resolute_export_dialog, ADW_TYPE_WINDOW)

/* the formats of the list, in its order */
static const ResoluteFileFormat formats[] = {
  RESOLUTE_FILE_FORMAT_PDF,
  RESOLUTE_FILE_FORMAT_DOCX,
  RESOLUTE_FILE_FORMAT_ODT,
  RESOLUTE_FILE_FORMAT_ODS_TEXT,
};

static const char *
format_extension (ResoluteFileFormat format)
{
  switch (format)
    {
    case RESOLUTE_FILE_FORMAT_PDF:
      return ".pdf";
    case RESOLUTE_FILE_FORMAT_DOCX:
      return ".docx";
    case RESOLUTE_FILE_FORMAT_ODT:
      return ".odt";
    case RESOLUTE_FILE_FORMAT_ODS_TEXT:
      return ".txt";
    case RESOLUTE_FILE_FORMAT_AKN:
      return ".akn";
    case RESOLUTE_FILE_FORMAT_UNKNOWN:
    default:
      return "";
    }
}

/**
 * resolute_paper_size_default:
 *
 * Returns: US Letter where the locale's paper is Letter, A4 elsewhere.
 */
ResolutePaperSize
resolute_paper_size_default (void)
{
  const char *name = gtk_paper_size_get_default ();

  return g_str_equal (name, GTK_PAPER_NAME_LETTER) ? RESOLUTE_PAPER_LETTER : RESOLUTE_PAPER_A4;
}

/**
 * resolute_export_document:
 * @options: (nullable): paper size and QR code of a PDF
 *
 * Writes @document in @format to @file: the whole file is made first, then
 * written atomically; on failure @file is neither created nor changed.
 */
gboolean
resolute_export_document (ResoluteDocument                 *document,
                          GFile                            *file,
                          ResoluteFileFormat                format,
                          const ResolutePageLayoutOptions  *options,
                          GError                          **error)
{
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == RESOLUTE_FILE_FORMAT_PDF)
    data = resolute_pdf_writer_write_with_options (document, options, error);
  else
    data = resolute_file_format_serialize (document, format, error);
  if (data == NULL)
    return FALSE;

  return resolute_file_format_write_atomically (file, data, FALSE, error);
}

static void
update_rows (ResoluteExportDialog *self)
{
  gboolean pdf = resolute_export_dialog_get_format (self) == RESOLUTE_FILE_FORMAT_PDF;

  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), pdf);
  gtk_widget_set_visible (GTK_WIDGET (self->qr_row), pdf);
  adw_window_title_set_subtitle (self->window_title,
                                 resolute_file_format_get_name (resolute_export_dialog_get_format (self)));
}

static void
format_changed (ResoluteExportDialog *self)
{
  update_rows (self);
}

ResoluteFileFormat
resolute_export_dialog_get_format (ResoluteExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self), RESOLUTE_FILE_FORMAT_UNKNOWN);

  selected = adw_combo_row_get_selected (self->format_row);
  return selected < G_N_ELEMENTS (formats) ? formats[selected] : RESOLUTE_FILE_FORMAT_PDF;
}

void
resolute_export_dialog_set_format (ResoluteExportDialog *self,
                                   ResoluteFileFormat    format)
{
  g_return_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i] == format)
      adw_combo_row_set_selected (self->format_row, i);
}

ResolutePaperSize
resolute_export_dialog_get_paper (ResoluteExportDialog *self)
{
  g_return_val_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self), RESOLUTE_PAPER_A4);

  return adw_combo_row_get_selected (self->paper_row) == 1 ? RESOLUTE_PAPER_LETTER
                                                          : RESOLUTE_PAPER_A4;
}

void
resolute_export_dialog_set_paper (ResoluteExportDialog *self,
                                  ResolutePaperSize     paper)
{
  g_return_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->paper_row, paper == RESOLUTE_PAPER_LETTER ? 1 : 0);
}

gboolean
resolute_export_dialog_get_qr_code (ResoluteExportDialog *self)
{
  g_return_val_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->qr_switch);
}

void
resolute_export_dialog_set_qr_code (ResoluteExportDialog *self,
                                    gboolean              qr_code)
{
  g_return_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->qr_switch, qr_code);
}

/**
 * resolute_export_dialog_suggest_name:
 *
 * Returns: (transfer full): "A-RES-68-160.pdf": the symbol, or the page's
 * name, with the chosen format's extension.
 */
char *
resolute_export_dialog_suggest_name (ResoluteExportDialog *self)
{
  const char *symbol;
  g_autofree char *base = NULL;
  char *name;

  g_return_val_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self), NULL);

  symbol = resolute_document_get_field (resolute_page_get_document (self->page),
                                        RESOLUTE_FIELD_SYMBOL);
  if (symbol != NULL && *symbol != '\0')
    base = g_strdup (symbol);
  else
    {
      g_autofree char *page_name = resolute_page_dup_name (self->page);
      char *dot = page_name != NULL ? strrchr (page_name, '.') : NULL;

      if (dot != NULL)
        *dot = '\0';
      base = g_strdup (page_name != NULL && *page_name != '\0' ? page_name
                                                               : _("Untitled Resolution"));
    }
  name = g_strconcat (base, format_extension (resolute_export_dialog_get_format (self)), NULL);
  g_strdelimit (name, "/\\:", '-');
  return name;
}

/**
 * resolute_export_dialog_export_to_file:
 *
 * Writes the page's document to @file in the chosen format, with the chosen
 * paper size and QR code for a PDF.
 */
gboolean
resolute_export_dialog_export_to_file (ResoluteExportDialog  *self,
                                       GFile                 *file,
                                       GError               **error)
{
  ResolutePageLayoutOptions options = { 0 };

  g_return_val_if_fail (RESOLUTE_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  options.paper = resolute_export_dialog_get_paper (self);
  options.qr_code = resolute_export_dialog_get_qr_code (self);
  return resolute_export_document (resolute_page_get_document (self->page), file,
                                   resolute_export_dialog_get_format (self), &options, error);
}

static void
chooser_response (GtkNativeDialog      *chooser,
                  int                   response,
                  ResoluteExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      GtkWindow *parent = self->parent;
      gboolean ok;

      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "wait");
      ok = resolute_export_dialog_export_to_file (self, file, &error);
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);

      if (RESOLUTE_IS_WINDOW (parent))
        {
          if (!ok)
            {
              g_autofree char *name = g_file_get_basename (file);
              g_autofree char *heading = g_strdup_printf (_("Could Not Export %s"), name);

              resolute_window_show_error (RESOLUTE_WINDOW (parent), heading, error->message);
            }
          else
            {
              g_autofree char *name = g_file_get_basename (file);
              g_autofree char *message = g_strdup_printf (_("Exported as %s"), name);

              resolute_window_show_toast (RESOLUTE_WINDOW (parent), message);
            }
        }
      else if (!ok)
        g_warning ("export failed: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ResoluteExportDialog *self = RESOLUTE_EXPORT_DIALOG (widget);
  ResoluteFileFormat format = resolute_export_dialog_get_format (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = resolute_export_dialog_suggest_name (self);
  g_autofree char *pattern = g_strconcat ("*", format_extension (format), NULL);

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, resolute_file_format_get_name (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
resolute_export_dialog_dispose (GObject *object)
{
  ResoluteExportDialog *self = RESOLUTE_EXPORT_DIALOG (object);

  g_clear_object (&self->page);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (resolute_export_dialog_parent_class)->dispose (object);
}

static void
resolute_export_dialog_class_init (ResoluteExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, qr_row);
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, qr_switch);
  gtk_widget_class_bind_template_child (widget_class, ResoluteExportDialog, export_button);
  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_bind_template_callback (widget_class, format_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
resolute_export_dialog_init (ResoluteExportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    gtk_string_list_append (names, resolute_file_format_get_name (formats[i]));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (names));
  resolute_export_dialog_set_paper (self, resolute_paper_size_default ());
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->export_button));
  update_rows (self);
}

/**
 * resolute_export_dialog_new:
 * @parent: the window it belongs to; errors and the result are shown there
 * @format: the format chosen first
 */
ResoluteExportDialog *
resolute_export_dialog_new (GtkWindow          *parent,
                            ResolutePage       *page,
                            ResoluteFileFormat  format)
{
  ResoluteExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RESOLUTE_IS_PAGE (page), NULL);

  self = g_object_new (RESOLUTE_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->page = g_object_ref (page);
  g_set_weak_pointer (&self->parent, parent);
  resolute_export_dialog_set_format (self, format);
  update_rows (self);
  return self;
}
