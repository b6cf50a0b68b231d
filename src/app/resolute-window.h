/* resolute-window.h — a window of documents in tabs, with the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-page.h"
#include "resolute-template.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_WINDOW (resolute_window_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteWindow, resolute_window, RESOLUTE, WINDOW, AdwApplicationWindow)

typedef struct _ResoluteApplication ResoluteApplication;

ResoluteWindow *resolute_window_new                  (ResoluteApplication *application);
AdwTabView     *resolute_window_get_tab_view         (ResoluteWindow      *self);
guint           resolute_window_get_n_pages          (ResoluteWindow      *self);
ResolutePage   *resolute_window_get_page             (ResoluteWindow      *self,
                                                      guint                index);
ResolutePage   *resolute_window_get_current_page     (ResoluteWindow      *self);
ResolutePage   *resolute_window_find_page            (ResoluteWindow      *self,
                                                      GFile               *file);
ResolutePage   *resolute_window_add_document         (ResoluteWindow      *self,
                                                      ResoluteDocument    *document,
                                                      GFile               *file,
                                                      ResoluteFileFormat   format,
                                                      GPtrArray           *warnings,
                                                      const char          *draft_id);
ResolutePage   *resolute_window_new_from_template    (ResoluteWindow      *self,
                                                      ResoluteTemplate     template_);
void            resolute_window_open_file            (ResoluteWindow      *self,
                                                      GFile               *file);
void            resolute_window_choose_template      (ResoluteWindow      *self);
void            resolute_window_save_page_async      (ResoluteWindow      *self,
                                                      ResolutePage        *page,
                                                      gboolean             save_as,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        resolute_window_save_page_finish     (ResoluteWindow      *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void            resolute_window_close_page           (ResoluteWindow      *self,
                                                      ResolutePage        *page);
void            resolute_window_offer_recovery       (ResoluteWindow      *self);
void            resolute_window_restore_drafts       (ResoluteWindow      *self);
void            resolute_window_show_error           (ResoluteWindow      *self,
                                                      const char          *heading,
                                                      const char          *message);
void            resolute_window_show_toast           (ResoluteWindow      *self,
                                                      const char          *message);
GtkWindow      *resolute_window_get_pending_dialog   (ResoluteWindow      *self);

G_END_DECLS
