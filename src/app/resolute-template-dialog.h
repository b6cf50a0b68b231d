/* resolute-template-dialog.h — choose the kind of resolution to start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-template.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_TEMPLATE_DIALOG (resolute_template_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteTemplateDialog, resolute_template_dialog, RESOLUTE, TEMPLATE_DIALOG,
                      AdwWindow)

ResoluteTemplateDialog *resolute_template_dialog_new     (const char *const      *recent_ids);
GtkListBoxRow          *resolute_template_dialog_get_row (ResoluteTemplateDialog *self,
                                                          ResoluteTemplate        template_);

G_END_DECLS
