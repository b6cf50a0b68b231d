/* resolute-template-dialog.c — choose the kind of resolution to start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The five templates of the core with their descriptions, the most recently
 * used first. Activating one emits "template-chosen" and closes the dialog.
 */

#define G_LOG_DOMAIN "resolute-template-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "resolute-template-dialog.h"

struct _ResoluteTemplateDialog
{
  AdwWindow   parent_instance;

  GtkListBox *list_box;
  GtkWidget  *rows[RESOLUTE_N_TEMPLATES];
};

G_DEFINE_FINAL_TYPE (ResoluteTemplateDialog, resolute_template_dialog, ADW_TYPE_WINDOW)

enum {
  TEMPLATE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_activated (ResoluteTemplateDialog *self,
               GtkListBoxRow          *row)
{
  guint template_ = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "template"));

  g_object_ref (self);
  g_signal_emit (self, signals[TEMPLATE_CHOSEN], 0, template_);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

GtkListBoxRow *
resolute_template_dialog_get_row (ResoluteTemplateDialog *self,
                                  ResoluteTemplate        template_)
{
  g_return_val_if_fail (RESOLUTE_IS_TEMPLATE_DIALOG (self), NULL);
  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);

  return GTK_LIST_BOX_ROW (self->rows[template_]);
}

static void
resolute_template_dialog_class_init (ResoluteTemplateDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * ResoluteTemplateDialog::template-chosen:
   * @template_: the #ResoluteTemplate
   */
  signals[TEMPLATE_CHOSEN] = g_signal_new ("template-chosen", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-template-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteTemplateDialog, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
resolute_template_dialog_init (ResoluteTemplateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * resolute_template_dialog_new:
 * @recent_ids: (nullable): template ids, the most recently used first
 */
ResoluteTemplateDialog *
resolute_template_dialog_new (const char *const *recent_ids)
{
  ResoluteTemplateDialog *self = g_object_new (RESOLUTE_TYPE_TEMPLATE_DIALOG, NULL);
  gboolean placed[RESOLUTE_N_TEMPLATES] = { FALSE, };
  ResoluteTemplate order[RESOLUTE_N_TEMPLATES];
  guint n = 0;

  for (guint i = 0; recent_ids != NULL && recent_ids[i] != NULL; i++)
    {
      ResoluteTemplate template_;

      if (resolute_template_from_id (recent_ids[i], &template_) && !placed[template_])
        {
          placed[template_] = TRUE;
          order[n++] = template_;
        }
    }
  for (guint i = 0; i < RESOLUTE_N_TEMPLATES; i++)
    if (!placed[i])
      order[n++] = i;

  for (guint i = 0; i < RESOLUTE_N_TEMPLATES; i++)
    {
      ResoluteTemplate template_ = order[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     resolute_template_get_name (template_));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   resolute_template_get_description (template_));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "template", GUINT_TO_POINTER (template_));
      gtk_list_box_append (self->list_box, row);
      self->rows[template_] = row;
    }

  return self;
}
