/* resolute-object-mark.h — a footnote mark or cross-reference drawn in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_OBJECT_MARK (resolute_object_mark_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteObjectMark, resolute_object_mark, RESOLUTE, OBJECT_MARK, GObject)

ResoluteObjectMark *resolute_object_mark_new        (GtkWidget                  *view);
void                resolute_object_mark_update     (ResoluteObjectMark         *self,
                                                     ResoluteDocument           *document,
                                                     const ResoluteInlineObject *object,
                                                     ResoluteClause             *source);
void                resolute_object_mark_invalidate (ResoluteObjectMark         *self);
ResoluteObjectKind  resolute_object_mark_get_kind   (ResoluteObjectMark         *self);
const char         *resolute_object_mark_get_target (ResoluteObjectMark         *self);
gboolean            resolute_object_mark_get_broken (ResoluteObjectMark         *self);

G_END_DECLS
