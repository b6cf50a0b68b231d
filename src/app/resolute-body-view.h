/* resolute-body-view.h — the editing surface: the text of a resolution, laid out like the final text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_BODY_VIEW (resolute_body_view_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteBodyView, resolute_body_view, RESOLUTE, BODY_VIEW, GtkSourceView)

/* Properties: "document" (read-write), "cursor-clause" (read-only), "zoom"
 * (1.0 = 12 pt; 0.5 to 3.0). Signal: "footnote-inserted" (ResoluteFootnote),
 * after the user inserted one, so that its text can be focused.
 *
 * Actions, with their keys (the window may bind the same ones):
 *   body.indent          Tab             demote: paragraph → (a) → (i) → a. → i.
 *   body.outdent         Shift+Tab       promote
 *   body.move-up         Alt+Up          the paragraph with its sub-paragraphs
 *   body.move-down       Alt+Down
 *   body.toggle-kind     Ctrl+Shift+K    preambular ↔ operative
 *   body.italic          Ctrl+I          on the selection
 *   body.bold            Ctrl+B
 *   body.insert-footnote Ctrl+Alt+F
 *   body.undo            Ctrl+Z          the document's history
 *   body.redo            Ctrl+Shift+Z, Ctrl+Y
 *   body.zoom-in         Ctrl+plus
 *   body.zoom-out        Ctrl+minus
 *   body.zoom-reset      Ctrl+0
 */

GtkWidget        *resolute_body_view_new                 (void);
ResoluteDocument *resolute_body_view_get_document        (ResoluteBodyView *self);
void              resolute_body_view_set_document        (ResoluteBodyView *self,
                                                          ResoluteDocument *document);
/* The clause that holds the cursor (property "cursor-clause", notified). */
ResoluteClause   *resolute_body_view_get_cursor_clause   (ResoluteBodyView *self);
/* Moves the cursor to the start of @clause and scrolls to it. */
void              resolute_body_view_jump_to_clause      (ResoluteBodyView *self,
                                                          ResoluteClause   *clause);
/* Moves the cursor just after the first mark of @footnote and scrolls to it. */
void              resolute_body_view_jump_to_footnote    (ResoluteBodyView *self,
                                                          ResoluteFootnote *footnote);
/* Inserts a footnote at the cursor; returns it (the caller focuses its text). */
ResoluteFootnote *resolute_body_view_insert_footnote     (ResoluteBodyView *self);
/* Inserts a cross-reference to @target at the cursor. */
gboolean          resolute_body_view_insert_cross_reference (ResoluteBodyView *self,
                                                          ResoluteClause   *target,
                                                          GError          **error);

G_END_DECLS
