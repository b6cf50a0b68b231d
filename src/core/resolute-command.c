/* resolute-command.c — an invertible change to a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "resolute-command"

#include "config.h"

#include "resolute-clause-private.h"
#include "resolute-command-private.h"
#include "resolute-document-private.h"
#include "resolute-footnote-private.h"

struct _ResoluteCommand
{
  ResoluteCommandType  type;
  char                *description;
  char                *merge_key;

  /* GROUP */
  GPtrArray           *children;

  /* SPLICE, CLAUSE_STATE */
  guint                position;
  GPtrArray           *removed;
  GPtrArray           *inserted;
  ResoluteClause      *before;
  ResoluteClause      *after;
  gboolean             structural; /* changes what the numbering depends on */

  /* FOOTNOTE_ADD, FOOTNOTE_REMOVE, FOOTNOTE_STATE */
  ResoluteFootnote    *footnote;
  char                *footnote_id;
  ResoluteInline      *note_before;
  ResoluteInline      *note_after;

  /* METADATA */
  ResoluteMetadata    *metadata_before;
  ResoluteMetadata    *metadata_after;
};

static ResoluteCommand *
command_new (ResoluteCommandType type)
{
  ResoluteCommand *self = g_new0 (ResoluteCommand, 1);

  self->type = type;
  return self;
}

ResoluteCommand *
_resolute_command_new_group (const char *description)
{
  ResoluteCommand *self = command_new (RESOLUTE_COMMAND_GROUP);

  self->description = g_strdup (description);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) _resolute_command_free);
  return self;
}

void
_resolute_command_group_add (ResoluteCommand *group,
                             ResoluteCommand *child)
{
  g_return_if_fail (group->type == RESOLUTE_COMMAND_GROUP);

  g_ptr_array_add (group->children, child);
}

guint
_resolute_command_group_get_n_children (ResoluteCommand *group)
{
  g_return_val_if_fail (group->type == RESOLUTE_COMMAND_GROUP, 0);

  return group->children->len;
}

/* Takes @removed and @inserted (arrays of ResoluteClause owning a reference). */
ResoluteCommand *
_resolute_command_new_splice (guint      position,
                              GPtrArray *removed,
                              GPtrArray *inserted)
{
  ResoluteCommand *self = command_new (RESOLUTE_COMMAND_SPLICE);

  self->position = position;
  self->removed = removed != NULL ? removed : g_ptr_array_new_with_free_func (g_object_unref);
  self->inserted = inserted != NULL ? inserted : g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

/* Takes @before and @after: detached snapshots of the clause at @position. */
ResoluteCommand *
_resolute_command_new_clause_state (guint           position,
                                    ResoluteClause *before,
                                    ResoluteClause *after)
{
  ResoluteCommand *self = command_new (RESOLUTE_COMMAND_CLAUSE_STATE);

  g_return_val_if_fail (g_strcmp0 (resolute_clause_get_id (before),
                                   resolute_clause_get_id (after)) == 0, NULL);

  self->position = position;
  self->before = before;
  self->after = after;
  self->structural = _resolute_clause_changes_numbering (before, after);
  return self;
}

/* Takes a reference to @footnote. */
ResoluteCommand *
_resolute_command_new_footnote (ResoluteFootnote *footnote,
                                gboolean          add)
{
  ResoluteCommand *self = command_new (add ? RESOLUTE_COMMAND_FOOTNOTE_ADD
                                           : RESOLUTE_COMMAND_FOOTNOTE_REMOVE);

  self->footnote = g_object_ref (footnote);
  return self;
}

/* Takes @before and @after. */
ResoluteCommand *
_resolute_command_new_footnote_state (const char     *id,
                                      ResoluteInline *before,
                                      ResoluteInline *after)
{
  ResoluteCommand *self = command_new (RESOLUTE_COMMAND_FOOTNOTE_STATE);

  self->footnote_id = g_strdup (id);
  self->note_before = before;
  self->note_after = after;
  return self;
}

/* Takes @before and @after. */
ResoluteCommand *
_resolute_command_new_metadata (ResoluteMetadata *before,
                                ResoluteMetadata *after)
{
  ResoluteCommand *self = command_new (RESOLUTE_COMMAND_METADATA);

  self->metadata_before = before;
  self->metadata_after = after;
  return self;
}

void
_resolute_command_free (ResoluteCommand *self)
{
  if (self == NULL)
    return;

  g_free (self->description);
  g_free (self->merge_key);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->inserted, g_ptr_array_unref);
  g_clear_object (&self->before);
  g_clear_object (&self->after);
  g_clear_object (&self->footnote);
  g_free (self->footnote_id);
  g_clear_pointer (&self->note_before, resolute_inline_free);
  g_clear_pointer (&self->note_after, resolute_inline_free);
  g_clear_pointer (&self->metadata_before, _resolute_metadata_free);
  g_clear_pointer (&self->metadata_after, _resolute_metadata_free);
  g_free (self);
}

ResoluteCommandType
_resolute_command_get_type (ResoluteCommand *self)
{
  return self->type;
}

const char *
_resolute_command_get_description (ResoluteCommand *self)
{
  return self->description;
}

void
_resolute_command_set_description (ResoluteCommand *self,
                                   const char      *description)
{
  g_free (self->description);
  self->description = g_strdup (description);
}

void
_resolute_command_set_merge_key (ResoluteCommand *self,
                                 const char      *key)
{
  g_free (self->merge_key);
  self->merge_key = g_strdup (key);
}

/* The single primitive a group holds, or the command itself. */
static ResoluteCommand *
only_primitive (ResoluteCommand *self)
{
  while (self->type == RESOLUTE_COMMAND_GROUP && self->children->len == 1)
    self = g_ptr_array_index (self->children, 0);
  return self;
}

/**
 * _resolute_command_try_merge:
 *
 * Folds @next into @self when both are edits of the same clause's text
 * carrying the same merge key (consecutive typing), so that one undo takes
 * back a run of keystrokes. Returns %TRUE when @next was folded in (the
 * caller then frees it).
 */
gboolean
_resolute_command_try_merge (ResoluteCommand *self,
                             ResoluteCommand *next)
{
  ResoluteCommand *a;
  ResoluteCommand *b;

  if (self->merge_key == NULL || g_strcmp0 (self->merge_key, next->merge_key) != 0)
    return FALSE;

  a = only_primitive (self);
  b = only_primitive (next);
  if (a->type != RESOLUTE_COMMAND_CLAUSE_STATE || b->type != RESOLUTE_COMMAND_CLAUSE_STATE
      || a->position != b->position)
    return FALSE;

  g_clear_object (&a->after);
  a->after = g_steal_pointer (&b->after);
  a->structural |= b->structural;
  return TRUE;
}

void
_resolute_command_apply (ResoluteCommand  *self,
                         ResoluteDocument *document,
                         gboolean          forward)
{
  switch (self->type)
    {
    case RESOLUTE_COMMAND_GROUP:
      if (forward)
        for (guint i = 0; i < self->children->len; i++)
          _resolute_command_apply (g_ptr_array_index (self->children, i), document, TRUE);
      else
        for (guint i = self->children->len; i > 0; i--)
          _resolute_command_apply (g_ptr_array_index (self->children, i - 1), document, FALSE);
      break;

    case RESOLUTE_COMMAND_SPLICE:
      if (forward)
        _resolute_document_splice (document, self->position, self->removed->len, self->inserted);
      else
        _resolute_document_splice (document, self->position, self->inserted->len, self->removed);
      break;

    case RESOLUTE_COMMAND_CLAUSE_STATE:
      {
        ResoluteClause *clause = resolute_document_get_clause (document, self->position);

        g_assert (clause != NULL);
        g_assert (g_strcmp0 (resolute_clause_get_id (clause),
                             resolute_clause_get_id (self->before)) == 0);
        _resolute_clause_assign (clause, forward ? self->after : self->before);
        _resolute_document_clause_state_changed (document, clause, self->structural);
      }
      break;

    case RESOLUTE_COMMAND_FOOTNOTE_ADD:
    case RESOLUTE_COMMAND_FOOTNOTE_REMOVE:
      if (forward == (self->type == RESOLUTE_COMMAND_FOOTNOTE_ADD))
        _resolute_document_add_footnote (document, self->footnote);
      else
        _resolute_document_remove_footnote (document, self->footnote);
      break;

    case RESOLUTE_COMMAND_FOOTNOTE_STATE:
      {
        ResoluteFootnote *footnote = resolute_document_lookup_footnote (document,
                                                                        self->footnote_id);

        g_assert (footnote != NULL);
        _resolute_footnote_take_content (
          footnote, resolute_inline_copy (forward ? self->note_after : self->note_before));
      }
      break;

    case RESOLUTE_COMMAND_METADATA:
      _resolute_document_set_metadata (document,
                                       forward ? self->metadata_after : self->metadata_before);
      break;

    default:
      g_assert_not_reached ();
    }
}
