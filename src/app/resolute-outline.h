/* resolute-outline.h — the sidebar outline: masthead, preamble, operative paragraphs, footnotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_OUTLINE (resolute_outline_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteOutline, resolute_outline, RESOLUTE, OUTLINE, GtkWidget)

GtkWidget        *resolute_outline_new               (void);
ResoluteDocument *resolute_outline_get_document      (ResoluteOutline  *self);
void              resolute_outline_set_document      (ResoluteOutline  *self,
                                                      ResoluteDocument *document);
GListModel       *resolute_outline_get_model         (ResoluteOutline  *self);
guint             resolute_outline_find_row          (ResoluteOutline  *self,
                                                      gpointer          item);
GtkWidget        *resolute_outline_get_row_widget    (ResoluteOutline  *self,
                                                      gpointer          item);
void              resolute_outline_activate_row      (ResoluteOutline  *self,
                                                      guint             row);
void              resolute_outline_set_context_clause (ResoluteOutline *self,
                                                      ResoluteClause   *clause);
gboolean          resolute_outline_drop_clause       (ResoluteOutline  *self,
                                                      ResoluteClause   *dragged,
                                                      ResoluteClause   *target,
                                                      GError          **error);
char             *resolute_outline_describe_clause   (ResoluteDocument *document,
                                                      ResoluteClause   *clause);

G_END_DECLS
