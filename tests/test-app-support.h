/* test-app-support.h — driving the real application in display tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-application.h"
#include "resolute-page.h"
#include "resolute-window.h"

G_BEGIN_DECLS

void                 resolute_app_test_init            (int                 *argc,
                                                        char              ***argv);
int                  resolute_app_test_run             (void);
void                 resolute_app_test_prepare_dirs    (void);
ResoluteApplication *resolute_app_test_new_app         (void);
ResoluteWindow      *resolute_app_test_new_window      (ResoluteApplication *app);
void                 resolute_app_test_quit            (ResoluteApplication *app);
void                 resolute_app_test_wait            (guint                milliseconds);
gboolean             resolute_app_test_wait_for        (gboolean           (*condition) (gpointer),
                                                        gpointer             data,
                                                        guint                timeout_ms);
ResolutePage        *resolute_app_test_wait_for_page   (ResoluteWindow      *window,
                                                        guint                n_pages);
gboolean             resolute_app_test_can_type        (void);
void                 resolute_app_test_xdotool         (GtkWidget           *focus,
                                                        const char          *first_arg,
                                                        ...) G_GNUC_NULL_TERMINATED;
void                 resolute_app_test_type            (GtkWidget           *focus,
                                                        const char          *text);
void                 resolute_app_test_key             (GtkWidget           *focus,
                                                        const char          *keys);
void                 resolute_app_test_respond         (AdwMessageDialog    *dialog,
                                                        const char          *response);
GtkWindow           *resolute_app_test_find_toplevel   (GType                type);
GtkWindow           *resolute_app_test_wait_for_toplevel (GType              type);
void                 resolute_app_test_accept_file_chooser (GFile           *file);
char                *resolute_app_test_snapshot        (GtkWidget           *widget,
                                                        const char          *name);
gboolean             resolute_app_test_writer_works    (void);
gboolean             resolute_app_test_reader_works    (const char          *path);
gboolean             resolute_app_test_reader_works_for_akn (void);
char                *resolute_app_test_cli_info        (const char          *path);

G_END_DECLS
