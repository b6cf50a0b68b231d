/* resolute-warnings-banner.h — a non-blocking bar that tells what an import could not place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RESOLUTE_TYPE_WARNINGS_BANNER (resolute_warnings_banner_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteWarningsBanner, resolute_warnings_banner, RESOLUTE, WARNINGS_BANNER,
                      GtkWidget)

GtkWidget  *resolute_warnings_banner_new          (void);
void        resolute_warnings_banner_set_warnings (ResoluteWarningsBanner *self,
                                                   const char             *file_name,
                                                   GPtrArray              *warnings);
guint       resolute_warnings_banner_get_n_warnings (ResoluteWarningsBanner *self);
const char *resolute_warnings_banner_get_title    (ResoluteWarningsBanner *self);
gboolean    resolute_warnings_banner_get_revealed (ResoluteWarningsBanner *self);
void        resolute_warnings_banner_dismiss      (ResoluteWarningsBanner *self);
GtkWindow  *resolute_warnings_banner_show_details (ResoluteWarningsBanner *self);

G_END_DECLS
