/* resolute-preferences-window.h — text size, autosave and sidebar preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RESOLUTE_TYPE_PREFERENCES_WINDOW (resolute_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ResolutePreferencesWindow, resolute_preferences_window, RESOLUTE,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

ResolutePreferencesWindow *resolute_preferences_window_new (GSettings *settings);

G_END_DECLS
