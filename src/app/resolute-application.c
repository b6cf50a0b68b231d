/* resolute-application.c — the application: windows, session, settings and app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like GNOME Text Editor's EditorApplication: it owns the settings and the
 * session (drafts and crash recovery), opens files given on the command line
 * in the current window, and holds the actions that are not about one window.
 */

#define G_LOG_DOMAIN "resolute-application"

#include "config.h"

#include <glib/gi18n.h>

#include "resolute-app-resources.h"
#include "resolute-application.h"
#include "resolute-preferences-window.h"

struct _ResoluteApplication
{
  AdwApplication   parent_instance;

  GSettings       *settings;
  ResoluteSession *session;
  gboolean         recovery_offered;
};

G_DEFINE_FINAL_TYPE (ResoluteApplication, resolute_application, ADW_TYPE_APPLICATION)

ResoluteApplication *
resolute_application_new (void)
{
  return g_object_new (RESOLUTE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/resolute/Resolute",
                       NULL);
}

/* The installed schema, or the one compiled in the build tree when Resolute
 * runs uninstalled (./_build/src/app/resolute). */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      build_source = g_settings_schema_source_new_from_directory (RESOLUTE_BUILD_DATADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APPLICATION_ID, FALSE);
    }

  if (schema == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);

  return g_settings_new_full (schema, NULL, NULL);
}

GSettings *
resolute_application_get_settings (ResoluteApplication *self)
{
  g_return_val_if_fail (RESOLUTE_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = create_settings ();
  return self->settings;
}

ResoluteSession *
resolute_application_get_session (ResoluteApplication *self)
{
  g_return_val_if_fail (RESOLUTE_IS_APPLICATION (self), NULL);

  return self->session;
}

ResoluteWindow *
resolute_application_new_window (ResoluteApplication *self)
{
  g_return_val_if_fail (RESOLUTE_IS_APPLICATION (self), NULL);

  return resolute_window_new (self);
}

ResoluteWindow *
resolute_application_get_current_window (ResoluteApplication *self)
{
  g_return_val_if_fail (RESOLUTE_IS_APPLICATION (self), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RESOLUTE_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static ResoluteWindow *
ensure_window (ResoluteApplication *self)
{
  ResoluteWindow *window = resolute_application_get_current_window (self);

  if (window == NULL)
    window = resolute_application_new_window (self);

  return window;
}

/* After a crash, the first window offers the drafts the last run left. */
static void
maybe_offer_recovery (ResoluteApplication *self,
                      ResoluteWindow      *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  if (resolute_session_has_recoverable (self->session))
    resolute_window_offer_recovery (window);
}

static void
resolute_application_activate (GApplication *application)
{
  ResoluteApplication *self = RESOLUTE_APPLICATION (application);
  ResoluteWindow *window = ensure_window (self);

  gtk_window_present (GTK_WINDOW (window));
  maybe_offer_recovery (self, window);
}

static void
resolute_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  ResoluteApplication *self = RESOLUTE_APPLICATION (application);
  ResoluteWindow *window = ensure_window (self);

  for (int i = 0; i < n_files; i++)
    resolute_window_open_file (window, files[i]);

  gtk_window_present (GTK_WINDOW (window));
  maybe_offer_recovery (self, window);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ResoluteApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (resolute_application_new_window (self)));
}

/* Closes every window; each asks about its unsaved documents first. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ResoluteApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ResoluteApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  ResolutePreferencesWindow *preferences;

  preferences = resolute_preferences_window_new (resolute_application_get_settings (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ResoluteApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Resolute developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Resolute"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Draft United Nations resolutions"),
                        "developer-name", _("The Resolute developers"),
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/resolute",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new-document", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close-tab", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.replace", { "<Control>h", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-reset", { "<Control>0", NULL } },
  { "win.sidebar-visible", { "F9", NULL } },
  { "win.properties", { "<Alt>Return", NULL } },
  { "win.insert-footnote", { "<Control><Alt>f", NULL } },
  { "win.go-to-footnote", { "<Control><Alt>n", NULL } },
  { "win.insert-cross-reference", { "<Control><Alt>r", NULL } },
  { "win.print", { "<Control>p", NULL } },
};

static void
resolute_application_startup (GApplication *application)
{
  ResoluteApplication *self = RESOLUTE_APPLICATION (application);

  resolute_app_register_resource ();

  G_APPLICATION_CLASS (resolute_application_parent_class)->startup (application);

  /* once per process (the tests start several applications) */
  if (g_strcmp0 (g_get_application_name (), g_get_prgname ()) == 0)
    g_set_application_name (_("Resolute"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  if (gdk_display_get_default () != NULL)
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (css, "/io/github/resolute/Resolute/ui/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  /* dark style follows the system */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  self->session = resolute_session_new (resolute_application_get_settings (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
resolute_application_shutdown (GApplication *application)
{
  ResoluteApplication *self = RESOLUTE_APPLICATION (application);

  if (self->session != NULL)
    resolute_session_shutdown (self->session);

  G_APPLICATION_CLASS (resolute_application_parent_class)->shutdown (application);
}

static void
resolute_application_dispose (GObject *object)
{
  ResoluteApplication *self = RESOLUTE_APPLICATION (object);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (resolute_application_parent_class)->dispose (object);
}

static void
resolute_application_class_init (ResoluteApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = resolute_application_dispose;
  app_class->startup = resolute_application_startup;
  app_class->shutdown = resolute_application_shutdown;
  app_class->activate = resolute_application_activate;
  app_class->open = resolute_application_open;
}

static void
resolute_application_init (ResoluteApplication *self)
{
}
