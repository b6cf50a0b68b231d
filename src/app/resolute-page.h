/* resolute-page.h — one document in a tab: outline, body, footnotes and status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-body-view.h"
#include "resolute-document.h"
#include "resolute-file-format.h"
#include "resolute-footnotes-pane.h"
#include "resolute-outline.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_PAGE (resolute_page_get_type ())

G_DECLARE_FINAL_TYPE (ResolutePage, resolute_page, RESOLUTE, PAGE, GtkWidget)

ResolutePage          *resolute_page_new                  (ResoluteDocument   *document,
                                                           GFile              *file,
                                                           ResoluteFileFormat  format);
ResoluteDocument      *resolute_page_get_document         (ResolutePage       *self);
GFile                 *resolute_page_get_file             (ResolutePage       *self);
ResoluteFileFormat     resolute_page_get_format           (ResolutePage       *self);
gboolean               resolute_page_get_modified         (ResolutePage       *self);
gboolean               resolute_page_get_can_save         (ResolutePage       *self);
const char            *resolute_page_get_title            (ResolutePage       *self);
const char            *resolute_page_get_subtitle         (ResolutePage       *self);
char                  *resolute_page_dup_name             (ResolutePage       *self);
const char            *resolute_page_get_draft_id         (ResolutePage       *self);
void                   resolute_page_set_draft_id         (ResolutePage       *self,
                                                           const char         *draft_id);
gboolean               resolute_page_save_to_file         (ResolutePage       *self,
                                                           GFile              *file,
                                                           GError            **error);
gboolean               resolute_page_export_to_file       (ResolutePage       *self,
                                                           GFile              *file,
                                                           ResoluteFileFormat  format,
                                                           GError            **error);
void                   resolute_page_set_warnings         (ResolutePage       *self,
                                                           GPtrArray          *warnings);
guint                  resolute_page_get_n_warnings       (ResolutePage       *self);
gboolean               resolute_page_get_banner_revealed  (ResolutePage       *self);
void                   resolute_page_set_zoom             (ResolutePage       *self,
                                                           guint               percent);
void                   resolute_page_set_sidebar_visible  (ResolutePage       *self,
                                                           gboolean            visible);
gboolean               resolute_page_get_sidebar_visible  (ResolutePage       *self);
void                   resolute_page_show_sidebar_page    (ResolutePage       *self,
                                                           const char         *name);
ResoluteBodyView      *resolute_page_get_body_view        (ResolutePage       *self);
ResoluteOutline       *resolute_page_get_outline          (ResolutePage       *self);
ResoluteFootnotesPane *resolute_page_get_footnotes_pane   (ResolutePage       *self);
char                  *resolute_page_get_status_text      (ResolutePage       *self);
char                  *resolute_page_get_cursor_text      (ResolutePage       *self);
void                   resolute_page_begin_search         (ResolutePage       *self,
                                                           gboolean            replace);
void                   resolute_page_end_search           (ResolutePage       *self);
void                   resolute_page_grab_focus_body      (ResolutePage       *self);
void                   resolute_page_show_properties      (ResolutePage       *self);
void                   resolute_page_insert_footnote      (ResolutePage       *self);
void                   resolute_page_go_to_footnote       (ResolutePage       *self);
void                   resolute_page_choose_cross_reference (ResolutePage     *self);

G_END_DECLS
