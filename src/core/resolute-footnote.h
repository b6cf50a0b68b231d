/* resolute-footnote.h — a note printed at the foot of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-inline.h"
#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_FOOTNOTE (resolute_footnote_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteFootnote, resolute_footnote, RESOLUTE, FOOTNOTE, GObject)

const char           *resolute_footnote_get_id      (ResoluteFootnote *self);
ResoluteNoteAnchor    resolute_footnote_get_anchor  (ResoluteFootnote *self);
const ResoluteInline *resolute_footnote_get_content (ResoluteFootnote *self);
const char           *resolute_footnote_get_label   (ResoluteFootnote *self);

G_END_DECLS
