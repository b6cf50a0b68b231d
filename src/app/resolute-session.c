/* resolute-session.c — drafts autosaved after each change, and their recovery after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in GNOME Text Editor's EditorSession: a few seconds after a document
 * changes, it is saved as Akoma Ntoso to
 * $XDG_DATA_HOME/<app-id>/drafts/<id>.akn, and session.ini beside the folder
 * lists the drafts with the file each belongs to. Saving the document, or
 * closing it and discarding its changes, deletes its draft. So the drafts
 * that a new run finds are the unsaved work of a run that crashed or was
 * killed, and it offers to restore them.
 */

#define G_LOG_DOMAIN "resolute-session"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "resolute-file-format.h"
#include "resolute-session.h"

#define SESSION_GROUP "Session"
#define DRAFT_GROUP_PREFIX "Draft "

typedef struct
{
  ResoluteSession  *session;
  char             *id;
  ResoluteDocument *document;
  GFile            *file;
  char             *title;
  guint             timeout_id;
  gboolean          has_draft;
} Tracked;

struct _ResoluteSession
{
  GObject     parent_instance;

  GSettings  *settings;
  char       *directory;
  GHashTable *tracked;     /* id → Tracked */
  GPtrArray  *recoverable; /* ResoluteDraft */
  guint       autosave_delay; /* ms; 0: from the settings */
};

G_DEFINE_FINAL_TYPE (ResoluteSession, resolute_session, G_TYPE_OBJECT)

static void write_session (ResoluteSession *self,
                           gboolean         clean);

void
resolute_draft_free (ResoluteDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_free (draft->path);
  g_free (draft->uri);
  g_free (draft->title);
  g_free (draft);
}

static void
tracked_free (Tracked *tracked)
{
  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  if (tracked->document != NULL)
    g_signal_handlers_disconnect_by_data (tracked->document, tracked);
  g_clear_object (&tracked->document);
  g_clear_object (&tracked->file);
  g_free (tracked->title);
  g_free (tracked->id);
  g_free (tracked);
}

static char *
session_path (ResoluteSession *self)
{
  return g_build_filename (self->directory, "session.ini", NULL);
}

char *
resolute_session_get_drafts_directory (ResoluteSession *self)
{
  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), NULL);

  return g_build_filename (self->directory, "drafts", NULL);
}

char *
resolute_session_get_draft_path (ResoluteSession *self,
                                 const char      *draft_id)
{
  g_autofree char *drafts = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), NULL);
  g_return_val_if_fail (draft_id != NULL, NULL);

  drafts = resolute_session_get_drafts_directory (self);
  name = g_strconcat (draft_id, ".akn", NULL);
  return g_build_filename (drafts, name, NULL);
}

static gboolean
has_draft_id (GPtrArray  *drafts,
              const char *id)
{
  for (guint i = 0; i < drafts->len; i++)
    if (g_strcmp0 (((ResoluteDraft *) g_ptr_array_index (drafts, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

/* Reads what the last run left: the drafts session.ini lists, and any draft
 * written just before a crash that the list did not name yet. */
static void
load_recoverable (ResoluteSession *self)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *path = session_path (self);
  g_autofree char *drafts = resolute_session_get_drafts_directory (self);
  g_autoptr(GDir) dir = NULL;
  g_auto(GStrv) groups = NULL;
  const char *name;

  if (g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, NULL))
    groups = g_key_file_get_groups (keyfile, NULL);

  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      ResoluteDraft *draft;

      if (!g_str_has_prefix (groups[i], DRAFT_GROUP_PREFIX))
        continue;

      draft = g_new0 (ResoluteDraft, 1);
      draft->id = g_strdup (groups[i] + strlen (DRAFT_GROUP_PREFIX));
      draft->path = resolute_session_get_draft_path (self, draft->id);
      draft->uri = g_key_file_get_string (keyfile, groups[i], "uri", NULL);
      draft->title = g_key_file_get_string (keyfile, groups[i], "title", NULL);
      if (draft->uri != NULL && draft->uri[0] == '\0')
        g_clear_pointer (&draft->uri, g_free);

      if (!g_file_test (draft->path, G_FILE_TEST_IS_REGULAR) || !g_uuid_string_is_valid (draft->id))
        {
          resolute_draft_free (draft);
          continue;
        }
      g_ptr_array_add (self->recoverable, draft);
    }

  dir = g_dir_open (drafts, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      ResoluteDraft *draft;

      if (!g_str_has_suffix (name, ".akn"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".akn"));
      if (!g_uuid_string_is_valid (id) || has_draft_id (self->recoverable, id))
        continue;

      draft = g_new0 (ResoluteDraft, 1);
      draft->id = g_steal_pointer (&id);
      draft->path = g_build_filename (drafts, name, NULL);
      g_ptr_array_add (self->recoverable, draft);
    }
}

static void
resolute_session_dispose (GObject *object)
{
  ResoluteSession *self = RESOLUTE_SESSION (object);

  g_clear_pointer (&self->tracked, g_hash_table_unref);
  g_clear_pointer (&self->recoverable, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (resolute_session_parent_class)->dispose (object);
}

static void
resolute_session_finalize (GObject *object)
{
  ResoluteSession *self = RESOLUTE_SESSION (object);

  g_free (self->directory);

  G_OBJECT_CLASS (resolute_session_parent_class)->finalize (object);
}

static void
resolute_session_class_init (ResoluteSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = resolute_session_dispose;
  object_class->finalize = resolute_session_finalize;
}

static void
resolute_session_init (ResoluteSession *self)
{
  self->tracked = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) tracked_free);
  self->recoverable = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_draft_free);
}

/**
 * resolute_session_new_for_directory:
 * @settings: (nullable): where the autosave interval is read
 * @directory: where session.ini and drafts/ live
 */
ResoluteSession *
resolute_session_new_for_directory (GSettings  *settings,
                                    const char *directory)
{
  ResoluteSession *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (RESOLUTE_TYPE_SESSION, NULL);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  self->directory = g_strdup (directory);
  load_recoverable (self);
  write_session (self, FALSE);
  return self;
}

/**
 * resolute_session_new:
 *
 * The session of this user: $XDG_DATA_HOME/<app-id>.
 */
ResoluteSession *
resolute_session_new (GSettings *settings)
{
  g_autofree char *directory = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);

  return resolute_session_new_for_directory (settings, directory);
}

const char *
resolute_session_get_directory (ResoluteSession *self)
{
  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), NULL);

  return self->directory;
}

guint
resolute_session_get_autosave_delay (ResoluteSession *self)
{
  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), 0);

  if (self->autosave_delay > 0)
    return self->autosave_delay;
  if (self->settings != NULL)
    return MAX (1u, g_settings_get_uint (self->settings, "autosave-interval")) * 1000;
  return 3000;
}

/**
 * resolute_session_set_autosave_delay:
 * @milliseconds: the delay after a change, or 0 for the one in the settings
 */
void
resolute_session_set_autosave_delay (ResoluteSession *self,
                                     guint            milliseconds)
{
  g_return_if_fail (RESOLUTE_IS_SESSION (self));

  self->autosave_delay = milliseconds;
}

/* session.ini: every draft on disk, of open documents and of recoverable ones
 * not yet restored or discarded, so that a second crash loses nothing. */
static void
write_session (ResoluteSession *self,
               gboolean         clean)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = session_path (self);
  GHashTableIter iter;
  gpointer value;

  g_key_file_set_boolean (keyfile, SESSION_GROUP, "clean-shutdown", clean);

  for (guint i = 0; i < self->recoverable->len; i++)
    {
      ResoluteDraft *draft = g_ptr_array_index (self->recoverable, i);
      g_autofree char *group = g_strconcat (DRAFT_GROUP_PREFIX, draft->id, NULL);

      g_key_file_set_string (keyfile, group, "uri", draft->uri != NULL ? draft->uri : "");
      g_key_file_set_string (keyfile, group, "title", draft->title != NULL ? draft->title : "");
    }

  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tracked *tracked = value;
      g_autofree char *group = NULL;
      g_autofree char *uri = NULL;

      if (!tracked->has_draft)
        continue;
      group = g_strconcat (DRAFT_GROUP_PREFIX, tracked->id, NULL);
      uri = tracked->file != NULL ? g_file_get_uri (tracked->file) : g_strdup ("");
      g_key_file_set_string (keyfile, group, "uri", uri);
      g_key_file_set_string (keyfile, group, "title", tracked->title != NULL ? tracked->title : "");
    }

  if (g_mkdir_with_parents (self->directory, 0700) != 0
      || !g_key_file_save_to_file (keyfile, path, &error))
    g_debug ("Could not write %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}

static void
delete_draft (ResoluteSession *self,
              Tracked         *tracked)
{
  g_autofree char *path = NULL;

  if (!tracked->has_draft)
    return;

  path = resolute_session_get_draft_path (self, tracked->id);
  g_unlink (path);
  tracked->has_draft = FALSE;
  write_session (self, FALSE);
}

static gboolean
save_draft (ResoluteSession *self,
            Tracked         *tracked,
            GError         **error)
{
  g_autofree char *drafts = resolute_session_get_drafts_directory (self);
  g_autofree char *path = resolute_session_get_draft_path (self, tracked->id);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (g_mkdir_with_parents (drafts, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the drafts folder %s: %s"), drafts,
                   g_strerror (saved_errno));
      return FALSE;
    }

  if (!resolute_file_format_save (tracked->document, file, RESOLUTE_FILE_FORMAT_AKN, FALSE, error))
    return FALSE;

  tracked->has_draft = TRUE;
  write_session (self, FALSE);
  return TRUE;
}

static gboolean
autosave_timeout (gpointer data)
{
  Tracked *tracked = data;
  g_autoptr(GError) error = NULL;

  tracked->timeout_id = 0;

  if (!resolute_document_get_modified (tracked->document))
    delete_draft (tracked->session, tracked);
  else if (!save_draft (tracked->session, tracked, &error))
    g_debug ("Autosave of draft %s failed: %s", tracked->id, error->message);

  return G_SOURCE_REMOVE;
}

static void
document_changed (Tracked *tracked)
{
  if (!resolute_document_get_modified (tracked->document))
    {
      g_clear_handle_id (&tracked->timeout_id, g_source_remove);
      delete_draft (tracked->session, tracked);
      return;
    }

  if (tracked->timeout_id == 0)
    tracked->timeout_id = g_timeout_add (resolute_session_get_autosave_delay (tracked->session),
                                         autosave_timeout, tracked);
}

static void
history_modified_changed (Tracked *tracked)
{
  /* saved, or undone back to the saved state */
  if (!resolute_document_get_modified (tracked->document))
    document_changed (tracked);
}

/**
 * resolute_session_track:
 * @draft_id: (nullable): the draft a restored document continues, or %NULL
 * @file: (nullable): the file the document belongs to
 *
 * Returns: (transfer full): the draft id of @document
 */
char *
resolute_session_track (ResoluteSession  *self,
                        ResoluteDocument *document,
                        const char       *draft_id,
                        GFile            *file,
                        const char       *title)
{
  Tracked *tracked;

  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), NULL);
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  tracked = g_new0 (Tracked, 1);
  tracked->session = self;
  tracked->id = draft_id != NULL ? g_strdup (draft_id) : g_uuid_string_random ();
  tracked->document = g_object_ref (document);
  tracked->file = file != NULL ? g_object_ref (file) : NULL;
  tracked->title = g_strdup (title);

  if (draft_id != NULL)
    {
      g_autofree char *path = resolute_session_get_draft_path (self, draft_id);

      tracked->has_draft = g_file_test (path, G_FILE_TEST_IS_REGULAR);
    }

  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed), tracked);
  g_signal_connect_swapped (resolute_document_get_history (document), "notify::modified",
                            G_CALLBACK (history_modified_changed), tracked);
  g_hash_table_replace (self->tracked, tracked->id, tracked);

  if (resolute_document_get_modified (document) && !tracked->has_draft)
    document_changed (tracked);

  return g_strdup (tracked->id);
}

void
resolute_session_update_file (ResoluteSession *self,
                              const char      *draft_id,
                              GFile           *file,
                              const char      *title)
{
  Tracked *tracked;

  g_return_if_fail (RESOLUTE_IS_SESSION (self));

  tracked = g_hash_table_lookup (self->tracked, draft_id);
  if (tracked == NULL)
    return;

  g_set_object (&tracked->file, file);
  if (g_strcmp0 (tracked->title, title) != 0)
    {
      g_free (tracked->title);
      tracked->title = g_strdup (title);
    }
  if (tracked->has_draft)
    write_session (self, FALSE);
}

/**
 * resolute_session_untrack:
 * @discard: the user closed the document, saved or with its changes
 *   discarded: its draft goes. Otherwise (the window went away without
 *   asking) an unsaved draft stays, to be offered at the next start.
 */
void
resolute_session_untrack (ResoluteSession *self,
                          const char      *draft_id,
                          gboolean         discard)
{
  Tracked *tracked;

  g_return_if_fail (RESOLUTE_IS_SESSION (self));

  tracked = g_hash_table_lookup (self->tracked, draft_id);
  if (tracked == NULL)
    return;

  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (resolute_document_get_history (tracked->document), tracked);

  if (discard || !resolute_document_get_modified (tracked->document))
    delete_draft (self, tracked);
  else
    {
      g_autoptr(GError) error = NULL;
      ResoluteDraft *draft;

      /* the latest changes too, then kept as recoverable */
      if (!save_draft (self, tracked, &error))
        g_debug ("Draft %s could not be written: %s", tracked->id, error->message);
      if (tracked->has_draft)
        {
          draft = g_new0 (ResoluteDraft, 1);
          draft->id = g_strdup (tracked->id);
          draft->path = resolute_session_get_draft_path (self, tracked->id);
          draft->uri = tracked->file != NULL ? g_file_get_uri (tracked->file) : NULL;
          draft->title = g_strdup (tracked->title);
          g_ptr_array_add (self->recoverable, draft);
        }
    }

  g_hash_table_remove (self->tracked, draft_id);
  write_session (self, FALSE);
}

/**
 * resolute_session_autosave_now:
 *
 * Writes the draft of a modified document at once (as the timer would).
 */
gboolean
resolute_session_autosave_now (ResoluteSession *self,
                               const char      *draft_id,
                               GError         **error)
{
  Tracked *tracked;

  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), FALSE);

  tracked = g_hash_table_lookup (self->tracked, draft_id);
  if (tracked == NULL)
    return TRUE;

  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  if (!resolute_document_get_modified (tracked->document))
    {
      delete_draft (self, tracked);
      return TRUE;
    }
  return save_draft (self, tracked, error);
}

gboolean
resolute_session_has_recoverable (ResoluteSession *self)
{
  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), FALSE);

  return self->recoverable->len > 0;
}

/**
 * resolute_session_get_recoverable:
 *
 * Returns: (transfer none) (element-type ResoluteDraft): the drafts an
 *   earlier run left
 */
GPtrArray *
resolute_session_get_recoverable (ResoluteSession *self)
{
  g_return_val_if_fail (RESOLUTE_IS_SESSION (self), NULL);

  return self->recoverable;
}

/**
 * resolute_session_forget_recoverable:
 * @delete_draft: %TRUE when the user discarded it, %FALSE when it was restored
 *   (its page tracks it now)
 */
void
resolute_session_forget_recoverable (ResoluteSession *self,
                                     const char      *draft_id,
                                     gboolean         delete_draft_file)
{
  g_return_if_fail (RESOLUTE_IS_SESSION (self));

  for (guint i = 0; i < self->recoverable->len; i++)
    {
      ResoluteDraft *draft = g_ptr_array_index (self->recoverable, i);

      if (g_strcmp0 (draft->id, draft_id) != 0)
        continue;
      if (delete_draft_file)
        g_unlink (draft->path);
      g_ptr_array_remove_index (self->recoverable, i);
      break;
    }
  write_session (self, FALSE);
}

/**
 * resolute_session_shutdown:
 *
 * The application quits normally: pending drafts are written and the session
 * is marked clean.
 */
void
resolute_session_shutdown (ResoluteSession *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (RESOLUTE_IS_SESSION (self));

  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tracked *tracked = value;

      if (tracked->timeout_id != 0)
        autosave_timeout (tracked);
    }
  write_session (self, TRUE);
}
