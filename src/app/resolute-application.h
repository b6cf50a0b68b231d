/* resolute-application.h — the application: windows, session, settings and app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-session.h"
#include "resolute-window.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_APPLICATION (resolute_application_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteApplication, resolute_application, RESOLUTE, APPLICATION,
                      AdwApplication)

ResoluteApplication *resolute_application_new             (void);
GSettings           *resolute_application_get_settings    (ResoluteApplication *self);
ResoluteSession     *resolute_application_get_session     (ResoluteApplication *self);
ResoluteWindow      *resolute_application_new_window      (ResoluteApplication *self);
ResoluteWindow      *resolute_application_get_current_window (ResoluteApplication *self);

G_END_DECLS
