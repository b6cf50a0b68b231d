/* resolute-preferences-window.c — text size, autosave and sidebar preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to its settings key: a change applies at once to every
 * window, and there is nothing to confirm.
 */

#define G_LOG_DOMAIN "resolute-preferences-window"

#include "config.h"

#include "resolute-preferences-window.h"

struct _ResolutePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkSpinButton        *zoom_spin;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *sidebar_switch;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (ResolutePreferencesWindow, resolute_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
resolute_preferences_window_dispose (GObject *object)
{
  ResolutePreferencesWindow *self = RESOLUTE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (resolute_preferences_window_parent_class)->dispose (object);
}

static void
resolute_preferences_window_class_init (ResolutePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ResolutePreferencesWindow, zoom_spin);
  gtk_widget_class_bind_template_child (widget_class, ResolutePreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, ResolutePreferencesWindow, sidebar_switch);
}

static void
resolute_preferences_window_init (ResolutePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ResolutePreferencesWindow *
resolute_preferences_window_new (GSettings *settings)
{
  ResolutePreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RESOLUTE_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "zoom", gtk_spin_button_get_adjustment (self->zoom_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "autosave-interval",
                   gtk_spin_button_get_adjustment (self->autosave_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sidebar-visible", self->sidebar_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  return self;
}
