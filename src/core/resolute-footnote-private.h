/* resolute-footnote-private.h — what only the document changes on a footnote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-footnote.h"

G_BEGIN_DECLS

ResoluteFootnote *_resolute_footnote_new          (const char         *id,
                                                   ResoluteNoteAnchor  anchor,
                                                   ResoluteInline     *content);
ResoluteFootnote *_resolute_footnote_clone        (ResoluteFootnote   *self);
void              _resolute_footnote_take_content (ResoluteFootnote   *self,
                                                   ResoluteInline     *content);
gboolean          _resolute_footnote_set_label    (ResoluteFootnote   *self,
                                                   const char         *label);

G_END_DECLS
