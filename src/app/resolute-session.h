/* resolute-session.h — drafts autosaved after each change, and their recovery after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "resolute-document.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_SESSION (resolute_session_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteSession, resolute_session, RESOLUTE, SESSION, GObject)

/**
 * ResoluteDraft:
 * @id: the draft's identity, also the name of its file
 * @path: the Akoma Ntoso file the draft was saved to
 * @uri: (nullable): the file the document belongs to
 * @title: what the user saw in the tab
 *
 * Unsaved work left by an earlier run.
 */
typedef struct
{
  char *id;
  char *path;
  char *uri;
  char *title;
} ResoluteDraft;

void             resolute_draft_free                   (ResoluteDraft   *draft);

ResoluteSession *resolute_session_new                  (GSettings       *settings);
ResoluteSession *resolute_session_new_for_directory    (GSettings       *settings,
                                                        const char      *directory);
const char      *resolute_session_get_directory        (ResoluteSession *self);
char            *resolute_session_get_drafts_directory (ResoluteSession *self);
guint            resolute_session_get_autosave_delay   (ResoluteSession *self);
void             resolute_session_set_autosave_delay   (ResoluteSession *self,
                                                        guint            milliseconds);

/* Documents of open pages: their drafts follow their changes. */
char            *resolute_session_track                (ResoluteSession *self,
                                                        ResoluteDocument *document,
                                                        const char      *draft_id,
                                                        GFile           *file,
                                                        const char      *title);
void             resolute_session_update_file          (ResoluteSession *self,
                                                        const char      *draft_id,
                                                        GFile           *file,
                                                        const char      *title);
void             resolute_session_untrack              (ResoluteSession *self,
                                                        const char      *draft_id,
                                                        gboolean         discard);
gboolean         resolute_session_autosave_now         (ResoluteSession *self,
                                                        const char      *draft_id,
                                                        GError         **error);
char            *resolute_session_get_draft_path       (ResoluteSession *self,
                                                        const char      *draft_id);

/* What an earlier run left */
gboolean         resolute_session_has_recoverable      (ResoluteSession *self);
GPtrArray       *resolute_session_get_recoverable      (ResoluteSession *self);
void             resolute_session_forget_recoverable   (ResoluteSession *self,
                                                        const char      *draft_id,
                                                        gboolean         delete_draft_file);

void             resolute_session_shutdown             (ResoluteSession *self);

G_END_DECLS
