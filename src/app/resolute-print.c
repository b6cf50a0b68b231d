/* resolute-print.c — printing and print preview through the page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation whose pages come from the same page layout as the PDF
 * export (resolute-page-layout.c): "begin-print" lays the document out for
 * the paper the user chose (US Letter or A4; other papers get the A4 page),
 * "draw-page" draws one page on the printer's Cairo context, in points from
 * the top-left corner of the sheet. Print preview goes through the same
 * operation: its "preview" signal is answered here, each page is recorded
 * as the operation draws it, and the pages are shown in a window of their
 * own with a Print button; no outside previewer is needed.
 */

#define G_LOG_DOMAIN "resolute-print"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "resolute-error.h"
#include "resolute-export-dialog.h"
#include "resolute-print.h"

/* the settings of the last print, for the next one */
static GtkPrintSettings *last_settings;

typedef struct
{
  ResoluteDocument   *document;
  ResolutePaperSize   paper;
  ResolutePageLayout *layout;
  GError             *error;
  GtkWindow          *parent;
  GtkPrintOperation  *previewing; /* a reference while a preview is made */
  GPtrArray          *surfaces;   /* recorded preview pages */
  cairo_t            *cr;
  double              width;
  double              height;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->layout);
  g_clear_error (&job->error);
  g_clear_weak_pointer (&job->parent);
  g_clear_pointer (&job->surfaces, g_ptr_array_unref);
  g_clear_pointer (&job->cr, cairo_destroy);
  g_free (job);
}

static ResolutePaperSize
paper_of_setup (GtkPageSetup *setup)
{
  double width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  double height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);

  if (fabs (MIN (width, height) - 612) < 3 && fabs (MAX (width, height) - 792) < 3)
    return RESOLUTE_PAPER_LETTER;
  return RESOLUTE_PAPER_A4;
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  ResolutePaperSize paper = paper_of_setup (gtk_print_context_get_page_setup (context));

  if (job->layout == NULL || paper != job->paper)
    {
      ResolutePageLayoutOptions options = { .paper = paper };

      g_clear_object (&job->layout);
      g_clear_error (&job->error);
      job->paper = paper;
      job->layout = resolute_page_layout_new (job->document, &options, &job->error);
      if (job->layout == NULL)
        {
          gtk_print_operation_cancel (operation);
          return;
        }
    }
  resolute_page_layout_get_page_size (job->layout, &job->width, &job->height);
  gtk_print_operation_set_n_pages (operation,
                                   (int) resolute_page_layout_get_n_pages (job->layout));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (job->layout != NULL && page >= 0
      && (guint) page < resolute_page_layout_get_n_pages (job->layout))
    resolute_page_layout_render_page (job->layout, cr, (guint) page);
}

/* ------------------------------------------------------------------------ */
/* Preview                                                                  */

struct _ResolutePrintPreview
{
  AdwWindow         parent_instance;

  AdwWindowTitle   *window_title;
  GtkBox           *pages_box;
  GtkButton        *print_button;

  ResoluteDocument *document;
  GPtrArray        *surfaces;
  double            width;
  double            height;
};

G_DEFINE_FINAL_TYPE (ResolutePrintPreview, resolute_print_preview, ADW_TYPE_WINDOW)

/* on screen, a point of the page is this many pixels */
#define PREVIEW_SCALE 1.25

static void
draw_preview_page (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        data)
{
  cairo_surface_t *surface = data;
  double scale = width / (double) MAX (1, gtk_drawing_area_get_content_width (area));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PREVIEW_SCALE * scale, PREVIEW_SCALE * scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
}

static void
print_clicked (ResolutePrintPreview *self)
{
  g_autoptr(GError) error = NULL;

  if (!resolute_print_document (GTK_WINDOW (self), self->document,
                                GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Print"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
resolute_print_preview_dispose (GObject *object)
{
  ResolutePrintPreview *self = RESOLUTE_PRINT_PREVIEW (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (resolute_print_preview_parent_class)->dispose (object);
}

static void
resolute_print_preview_finalize (GObject *object)
{
  ResolutePrintPreview *self = RESOLUTE_PRINT_PREVIEW (object);

  /* after the pages that draw them are gone */
  g_clear_pointer (&self->surfaces, g_ptr_array_unref);

  G_OBJECT_CLASS (resolute_print_preview_parent_class)->finalize (object);
}

static void
resolute_print_preview_class_init (ResolutePrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_print_preview_dispose;
  object_class->finalize = resolute_print_preview_finalize;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, ResolutePrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, ResolutePrintPreview, pages_box);
  gtk_widget_class_bind_template_child (widget_class, ResolutePrintPreview, print_button);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
resolute_print_preview_init (ResolutePrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the recorded @surfaces (transfer full), pages of @width × @height
 * points. */
static ResolutePrintPreview *
resolute_print_preview_new (GtkWindow        *parent,
                            ResoluteDocument *document,
                            GPtrArray        *surfaces,
                            double            width,
                            double            height)
{
  ResolutePrintPreview *self = g_object_new (RESOLUTE_TYPE_PRINT_PREVIEW,
                                             "transient-for", parent, NULL);
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);
  g_autofree char *count = g_strdup_printf (ngettext ("%u page", "%u pages", surfaces->len),
                                            surfaces->len);
  g_autofree char *subtitle = symbol != NULL && *symbol != '\0'
                                ? g_strdup_printf ("%s — %s", symbol, count)
                                : g_strdup (count);

  self->document = g_object_ref (document);
  self->surfaces = surfaces;
  self->width = width;
  self->height = height;
  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint i = 0; i < surfaces->len; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, surfaces->len);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) (width * PREVIEW_SCALE));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           (int) (height * PREVIEW_SCALE));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_preview_page,
                                      g_ptr_array_index (surfaces, i), NULL);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_box_append (self->pages_box, area);
    }

  return self;
}

guint
resolute_print_preview_get_n_pages (ResolutePrintPreview *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PRINT_PREVIEW (self), 0);

  return self->surfaces != NULL ? self->surfaces->len : 0;
}

ResoluteDocument *
resolute_print_preview_get_document (ResolutePrintPreview *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PRINT_PREVIEW (self), NULL);

  return self->document;
}

static void
preview_got_page_size (GtkPrintOperationPreview *preview,
                       GtkPrintContext          *context,
                       GtkPageSetup             *page_setup,
                       PrintJob                 *job)
{
  cairo_rectangle_t extents = { 0, 0, job->width, job->height };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_clear_pointer (&job->cr, cairo_destroy);
  job->cr = cairo_create (surface);
  g_ptr_array_add (job->surfaces, surface);
  gtk_print_context_set_cairo_context (context, job->cr, 72, 72);
}

static void
preview_ready (GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               PrintJob                 *job)
{
  guint n = job->layout != NULL ? resolute_page_layout_get_n_pages (job->layout) : 0;
  GtkPrintOperation *operation = job->previewing;

  for (guint i = 0; i < n; i++)
    gtk_print_operation_preview_render_page (preview, (int) i);
  gtk_print_operation_preview_end_preview (preview);
  g_clear_pointer (&job->cr, cairo_destroy);

  if (n > 0)
    {
      ResolutePrintPreview *window = resolute_print_preview_new (job->parent, job->document,
                                                                 g_steal_pointer (&job->surfaces),
                                                                 job->width, job->height);

      gtk_window_present (GTK_WINDOW (window));
    }

  job->previewing = NULL;
  g_object_unref (operation);
}

static gboolean
preview (GtkPrintOperation        *operation,
         GtkPrintOperationPreview *preview,
         GtkPrintContext          *context,
         GtkWindow                *parent,
         PrintJob                 *job)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);

  /* the operation paginates on a context of its own before any page */
  job->cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  gtk_print_context_set_cairo_context (context, job->cr, 72, 72);

  job->surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  job->previewing = g_object_ref (operation);
  g_signal_connect (preview, "got-page-size", G_CALLBACK (preview_got_page_size), job);
  g_signal_connect (preview, "ready", G_CALLBACK (preview_ready), job);
  return TRUE;
}

/* ------------------------------------------------------------------------ */

/**
 * resolute_print_operation_new:
 * @paper: the paper the operation offers first
 *
 * Returns: (transfer full): an operation that prints @document with the
 * page layout, in points from the top-left corner of each sheet.
 */
GtkPrintOperation *
resolute_print_operation_new (ResoluteDocument  *document,
                              ResolutePaperSize  paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *size = gtk_paper_size_new (paper == RESOLUTE_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                          : GTK_PAPER_NAME_A4);
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);
  const char *title = resolute_document_get_field (document, RESOLUTE_FIELD_TITLE);
  PrintJob *job = g_new0 (PrintJob, 1);

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  job->document = g_object_ref (document);
  job->paper = paper;

  gtk_page_setup_set_paper_size (setup, size);
  gtk_paper_size_free (size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, symbol != NULL && *symbol != '\0' ? symbol
                                               : title != NULL && *title != '\0' ? title
                                                                                 : _("Resolution"));
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  g_object_set_data_full (G_OBJECT (operation), "resolute-print-job", job,
                          (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_signal_connect (operation, "preview", G_CALLBACK (preview), job);
  return operation;
}

/**
 * resolute_print_document:
 * @parent: (nullable): the window of the dialogs
 * @action: the print dialog, printing straight away, or the preview
 *
 * Lays @document out, failing early (an empty document, no fonts), then
 * runs the print operation.
 */
gboolean
resolute_print_document (GtkWindow                *parent,
                         ResoluteDocument         *document,
                         GtkPrintOperationAction   action,
                         GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  ResolutePageLayoutOptions options = { .paper = resolute_paper_size_default () };
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);

  operation = resolute_print_operation_new (document, options.paper);
  job = g_object_get_data (G_OBJECT (operation), "resolute-print-job");
  job->layout = resolute_page_layout_new (document, &options, error);
  if (job->layout == NULL)
    return FALSE;
  g_set_weak_pointer (&job->parent, parent);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (job->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      return FALSE;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
  return TRUE;
}

/**
 * resolute_print_export_pdf:
 *
 * Prints @document to the PDF file @filename through GtkPrintOperation, as
 * "Print to File" does. The layout is made first: a document that cannot
 * be laid out leaves no file.
 */
gboolean
resolute_print_export_pdf (ResoluteDocument   *document,
                           const char         *filename,
                           ResolutePaperSize   paper,
                           GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  ResolutePageLayoutOptions options = { .paper = paper };
  PrintJob *job;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  operation = resolute_print_operation_new (document, paper);
  job = g_object_get_data (G_OBJECT (operation), "resolute-print-job");
  job->layout = resolute_page_layout_new (document, &options, error);
  if (job->layout == NULL)
    return FALSE;

  gtk_print_operation_set_export_filename (operation, filename);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (job->error != NULL)
    {
      g_remove (filename);
      g_propagate_error (error, g_steal_pointer (&job->error));
      return FALSE;
    }
  return TRUE;
}
