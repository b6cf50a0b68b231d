/* resolute-footnotes-pane.h — every footnote with its live number and editable text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_FOOTNOTES_PANE (resolute_footnotes_pane_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteFootnotesPane, resolute_footnotes_pane, RESOLUTE, FOOTNOTES_PANE,
                      GtkWidget)

GtkWidget        *resolute_footnotes_pane_new              (void);
ResoluteDocument *resolute_footnotes_pane_get_document     (ResoluteFootnotesPane *self);
void              resolute_footnotes_pane_set_document     (ResoluteFootnotesPane *self,
                                                            ResoluteDocument      *document);
GtkEditable      *resolute_footnotes_pane_get_entry        (ResoluteFootnotesPane *self,
                                                            guint                  index);
GtkEditable      *resolute_footnotes_pane_edit             (ResoluteFootnotesPane *self,
                                                            guint                  index);
GtkButton        *resolute_footnotes_pane_get_mark_button  (ResoluteFootnotesPane *self,
                                                            guint                  index);
gboolean          resolute_footnotes_pane_apply            (ResoluteFootnotesPane *self,
                                                            ResoluteFootnote      *footnote,
                                                            const char            *text,
                                                            GError               **error);
void              resolute_footnotes_pane_focus_footnote   (ResoluteFootnotesPane *self,
                                                            ResoluteFootnote      *footnote);
void              resolute_footnotes_pane_highlight_clause (ResoluteFootnotesPane *self,
                                                            ResoluteClause        *clause);

G_END_DECLS
