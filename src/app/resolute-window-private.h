/* resolute-window-private.h — what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-window.h"

G_BEGIN_DECLS

struct _ResoluteWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkStack             *stack;
  AdwTabBar            *tab_bar;
  AdwTabView           *tab_view;
  AdwToastOverlay      *toast_overlay;

  GMenu                *recent_menu;
  GSettings            *settings;
  GtkWindow            *dialog;       /* the open message dialog, for tests */
  GBinding             *title_binding;
  GBinding             *subtitle_binding;
  ResolutePage         *bound_page;
  gulong                history_handler;
  GObject              *bound_history;
  gboolean              closing;      /* the user agreed to close */
};

void _resolute_window_init_actions      (ResoluteWindow *self);
void _resolute_window_update_actions    (ResoluteWindow *self);
void _resolute_window_present_dialog    (ResoluteWindow *self,
                                         GtkWindow      *dialog);

G_END_DECLS
