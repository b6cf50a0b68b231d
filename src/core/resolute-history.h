/* resolute-history.h — the undo and redo stacks of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_HISTORY (resolute_history_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteHistory, resolute_history, RESOLUTE, HISTORY, GObject)

gboolean    resolute_history_get_can_undo         (ResoluteHistory *self);
gboolean    resolute_history_get_can_redo         (ResoluteHistory *self);
gboolean    resolute_history_get_modified         (ResoluteHistory *self);
const char *resolute_history_get_undo_description (ResoluteHistory *self);
const char *resolute_history_get_redo_description (ResoluteHistory *self);
guint       resolute_history_get_n_undo           (ResoluteHistory *self);
guint       resolute_history_get_n_redo           (ResoluteHistory *self);

G_END_DECLS
