/* resolute-page-private.h — what the page's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-page.h"
#include "resolute-session.h"
#include "resolute-warnings-banner.h"

G_BEGIN_DECLS

struct _ResolutePage
{
  GtkWidget               parent_instance;

  /* template */
  ResoluteWarningsBanner *banner;
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *search_entry;
  GtkEntry               *replace_entry;
  GtkWidget              *replace_box;
  GtkWidget              *replace_all_button;
  GtkLabel               *occurrences_label;
  GtkWidget              *sidebar;
  GtkStack               *sidebar_stack;
  ResoluteOutline        *outline;
  ResoluteFootnotesPane  *footnotes_pane;
  GtkScrolledWindow      *scroller;
  ResoluteBodyView       *body_view;
  GtkLabel               *status_label;
  GtkLabel               *cursor_label;

  ResoluteDocument       *document;
  GFile                  *file;   /* the Akoma Ntoso file, or NULL */
  GFile                  *origin; /* the text it was imported from */
  char                   *title;
  char                   *subtitle;
  char                   *draft_id;
  ResoluteSession        *session;
  guint                   status_id;

  GtkSourceSearchSettings *search_settings;
  GtkSourceSearchContext  *search_context;
};

GFile                  *_resolute_page_get_origin        (ResolutePage    *self);
ResoluteWarningsBanner *_resolute_page_get_banner        (ResolutePage    *self);
void                    _resolute_page_attach_session    (ResolutePage    *self,
                                                          ResoluteSession *session,
                                                          const char      *draft_id);
void                    _resolute_page_detach_session    (ResolutePage    *self,
                                                          gboolean         discard);
void                    _resolute_page_add_recent        (GFile           *file);
void                    _resolute_page_class_add_search  (GtkWidgetClass  *widget_class);
void                    _resolute_page_init_search       (ResolutePage    *self);
void                    _resolute_page_search_dispose    (ResolutePage    *self);
GtkSourceSearchContext *_resolute_page_get_search_context (ResolutePage   *self);
gboolean                _resolute_page_insert_cross_reference_to (ResolutePage *self,
                                                          ResoluteClause  *target,
                                                          GError         **error);

G_END_DECLS
