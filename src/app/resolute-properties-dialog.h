/* resolute-properties-dialog.h — the metadata of a document: masthead, dates, sponsors, agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_PROPERTIES_DIALOG (resolute_properties_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ResolutePropertiesDialog, resolute_properties_dialog, RESOLUTE,
                      PROPERTIES_DIALOG, AdwPreferencesWindow)

ResolutePropertiesDialog *resolute_properties_dialog_new       (ResoluteDocument         *document);
ResoluteDocument         *resolute_properties_dialog_get_document (ResolutePropertiesDialog *self);
AdwEntryRow              *resolute_properties_dialog_get_field_row
                                                               (ResolutePropertiesDialog *self,
                                                                ResoluteField             field);
gboolean                  resolute_properties_dialog_apply_field
                                                               (ResolutePropertiesDialog *self,
                                                                ResoluteField             field);
AdwEntryRow              *resolute_properties_dialog_get_sponsor_entry
                                                               (ResolutePropertiesDialog *self);
GtkListBox               *resolute_properties_dialog_get_sponsor_list
                                                               (ResolutePropertiesDialog *self);

G_END_DECLS
