/* resolute-history.c — the undo and redo stacks of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history only stores commands; the document applies them. It also
 * remembers which point of the history matches the file on disk, so that
 * undoing back to it makes the document unmodified again.
 */

#define G_LOG_DOMAIN "resolute-history"

#include "config.h"

#include "resolute-history-private.h"

struct _ResoluteHistory
{
  GObject    parent_instance;

  GPtrArray *undo;        /* ResoluteCommand, oldest first */
  GPtrArray *redo;        /* ResoluteCommand, the next to redo last */
  gint       clean_depth; /* length of @undo that matches the saved file, or -1 */
  gboolean   sealed;      /* the next command may not merge into the top one */
};

G_DEFINE_FINAL_TYPE (ResoluteHistory, resolute_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
} State;

static State
get_state (ResoluteHistory *self)
{
  State state = {
    resolute_history_get_can_undo (self),
    resolute_history_get_can_redo (self),
    resolute_history_get_modified (self),
  };
  return state;
}

static void
notify_changes (ResoluteHistory *self,
                State            before)
{
  State after = get_state (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
resolute_history_finalize (GObject *object)
{
  ResoluteHistory *self = (ResoluteHistory *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (resolute_history_parent_class)->finalize (object);
}

static void
resolute_history_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ResoluteHistory *self = RESOLUTE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, resolute_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, resolute_history_get_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, resolute_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_history_class_init (ResoluteHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = resolute_history_finalize;
  object_class->get_property = resolute_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
resolute_history_init (ResoluteHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) _resolute_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) _resolute_command_free);
  self->sealed = TRUE;
}

ResoluteHistory *
_resolute_history_new (void)
{
  return g_object_new (RESOLUTE_TYPE_HISTORY, NULL);
}

/* Takes @command, which the document has just applied. */
void
_resolute_history_push (ResoluteHistory *self,
                        ResoluteCommand *command)
{
  State before = get_state (self);

  if (!self->sealed && self->undo->len > 0 && (gint) self->undo->len != self->clean_depth
      && _resolute_command_try_merge (g_ptr_array_index (self->undo, self->undo->len - 1),
                                      command))
    _resolute_command_free (command);
  else
    {
      if (self->clean_depth > (gint) self->undo->len)
        self->clean_depth = -1; /* the saved state was in the redo stack */
      g_ptr_array_set_size (self->redo, 0);
      g_ptr_array_add (self->undo, command);
    }
  self->sealed = FALSE;

  notify_changes (self, before);
}

/* Returns the command to undo (owned by the caller until it pushes it back
 * with _resolute_history_push_undone()), or %NULL. */
ResoluteCommand *
_resolute_history_pop_undo (ResoluteHistory *self)
{
  if (self->undo->len == 0)
    return NULL;
  return g_ptr_array_steal_index (self->undo, self->undo->len - 1);
}

ResoluteCommand *
_resolute_history_pop_redo (ResoluteHistory *self)
{
  if (self->redo->len == 0)
    return NULL;
  return g_ptr_array_steal_index (self->redo, self->redo->len - 1);
}

void
_resolute_history_push_undone (ResoluteHistory *self,
                               ResoluteCommand *command)
{
  State before = get_state (self);

  /* pop_undo() already shortened the stack; count it as still there */
  before.can_undo = TRUE;
  before.modified = (gint) self->undo->len + 1 != self->clean_depth;
  g_ptr_array_add (self->redo, command);
  self->sealed = TRUE;
  notify_changes (self, before);
}

void
_resolute_history_push_redone (ResoluteHistory *self,
                               ResoluteCommand *command)
{
  State before = get_state (self);

  before.can_redo = TRUE;
  before.modified = (gint) self->undo->len != self->clean_depth;
  g_ptr_array_add (self->undo, command);
  self->sealed = TRUE;
  notify_changes (self, before);
}

/**
 * _resolute_history_seal:
 *
 * Ends a run of typing: the next command starts a new undo step.
 */
void
_resolute_history_seal (ResoluteHistory *self)
{
  self->sealed = TRUE;
}

void
_resolute_history_clear (ResoluteHistory *self)
{
  State before = get_state (self);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->clean_depth = 0;
  self->sealed = TRUE;
  notify_changes (self, before);
}

void
_resolute_history_set_unmodified (ResoluteHistory *self)
{
  State before = get_state (self);

  self->clean_depth = self->undo->len;
  self->sealed = TRUE;
  notify_changes (self, before);
}

void
_resolute_history_set_modified (ResoluteHistory *self)
{
  State before = get_state (self);

  self->clean_depth = -1;
  notify_changes (self, before);
}

gboolean
resolute_history_get_can_undo (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
resolute_history_get_can_redo (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/**
 * resolute_history_get_modified:
 *
 * Whether the document differs from what was last saved or opened.
 */
gboolean
resolute_history_get_modified (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), FALSE);
  return self->clean_depth != (gint) self->undo->len;
}

const char *
resolute_history_get_undo_description (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return _resolute_command_get_description (g_ptr_array_index (self->undo, self->undo->len - 1));
}

const char *
resolute_history_get_redo_description (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return _resolute_command_get_description (g_ptr_array_index (self->redo, self->redo->len - 1));
}

guint
resolute_history_get_n_undo (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), 0);
  return self->undo->len;
}

guint
resolute_history_get_n_redo (ResoluteHistory *self)
{
  g_return_val_if_fail (RESOLUTE_IS_HISTORY (self), 0);
  return self->redo->len;
}
