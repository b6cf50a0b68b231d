/* resolute-warnings-banner.c — a non-blocking bar that tells what an import could not place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 has no AdwBanner (it came in 1.3): this is the same bar, a
 * revealer at the top of the page with a title, a "Details" button that lists
 * every warning, and a close button. The document stays usable underneath.
 */

#define G_LOG_DOMAIN "resolute-warnings-banner"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "resolute-warnings-banner.h"

struct _ResoluteWarningsBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title;

  GPtrArray   *warnings;
  char        *file_name;
};

G_DEFINE_FINAL_TYPE (ResoluteWarningsBanner, resolute_warnings_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * resolute_warnings_banner_set_warnings:
 * @warnings: (nullable) (element-type utf8): what the reader reported
 */
void
resolute_warnings_banner_set_warnings (ResoluteWarningsBanner *self,
                                       const char             *file_name,
                                       GPtrArray              *warnings)
{
  g_autofree char *title = NULL;
  guint n;

  g_return_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self));

  g_ptr_array_set_size (self->warnings, 0);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_ptr_array_add (self->warnings, g_strdup (g_ptr_array_index (warnings, i)));
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);

  n = self->warnings->len;
  title = g_strdup_printf (ngettext ("%s was imported with %u warning",
                                     "%s was imported with %u warnings", n),
                           file_name != NULL ? file_name : _("The document"), n);
  gtk_label_set_text (self->title, title);

  if (gtk_revealer_get_reveal_child (self->revealer) != (n > 0))
    {
      gtk_revealer_set_reveal_child (self->revealer, n > 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
    }
}

guint
resolute_warnings_banner_get_n_warnings (ResoluteWarningsBanner *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self), 0);

  return self->warnings->len;
}

const char *
resolute_warnings_banner_get_title (ResoluteWarningsBanner *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self), NULL);

  return gtk_label_get_text (self->title);
}

gboolean
resolute_warnings_banner_get_revealed (ResoluteWarningsBanner *self)
{
  g_return_val_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
resolute_warnings_banner_dismiss (ResoluteWarningsBanner *self)
{
  g_return_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self));

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return;

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

/**
 * resolute_warnings_banner_show_details:
 *
 * Returns: (transfer none): the dialog that lists the warnings
 */
GtkWindow *
resolute_warnings_banner_show_details (ResoluteWarningsBanner *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GString *text = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  g_return_val_if_fail (RESOLUTE_IS_WARNINGS_BANNER (self), NULL);

  for (guint i = 0; i < self->warnings->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->warnings, i));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Import Warnings"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Resolute read %s but could not place everything. Check "
                                    "these parts against the original:"),
                                  self->file_name != NULL ? self->file_name : _("the file"));
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));

  g_string_free (text, TRUE);
  return GTK_WINDOW (dialog);
}

static void
details_clicked (ResoluteWarningsBanner *self)
{
  resolute_warnings_banner_show_details (self);
}

static void
resolute_warnings_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RESOLUTE_TYPE_WARNINGS_BANNER);

  G_OBJECT_CLASS (resolute_warnings_banner_parent_class)->dispose (object);
}

static void
resolute_warnings_banner_finalize (GObject *object)
{
  ResoluteWarningsBanner *self = RESOLUTE_WARNINGS_BANNER (object);

  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (resolute_warnings_banner_parent_class)->finalize (object);
}

static void
resolute_warnings_banner_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ResoluteWarningsBanner *self = RESOLUTE_WARNINGS_BANNER (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, resolute_warnings_banner_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_warnings_banner_class_init (ResoluteWarningsBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_warnings_banner_dispose;
  object_class->finalize = resolute_warnings_banner_finalize;
  object_class->get_property = resolute_warnings_banner_get_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-warnings-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteWarningsBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, ResoluteWarningsBanner, title);
  gtk_widget_class_bind_template_callback (widget_class, details_clicked);
  gtk_widget_class_bind_template_callback (widget_class, resolute_warnings_banner_dismiss);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "warningsbanner");
}

static void
resolute_warnings_banner_init (ResoluteWarningsBanner *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
resolute_warnings_banner_new (void)
{
  return g_object_new (RESOLUTE_TYPE_WARNINGS_BANNER, NULL);
}
