/* resolute-command-private.h — an invertible change to a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is built from a few primitive commands, each holding the state
 * from before and after the change so that it can be applied forwards (do,
 * redo) and backwards (undo) any number of times, and replayed on another
 * copy of the document. Groups make one undo step of several primitives.
 */

#pragma once

#include "resolute-clause.h"
#include "resolute-footnote.h"
#include "resolute-metadata-private.h"
#include "resolute-types.h"

G_BEGIN_DECLS

typedef struct _ResoluteCommand ResoluteCommand;

typedef enum
{
  RESOLUTE_COMMAND_GROUP,
  RESOLUTE_COMMAND_SPLICE,         /* clauses removed and inserted at a position */
  RESOLUTE_COMMAND_CLAUSE_STATE,   /* a clause's kind, level, flags or content */
  RESOLUTE_COMMAND_FOOTNOTE_ADD,
  RESOLUTE_COMMAND_FOOTNOTE_REMOVE,
  RESOLUTE_COMMAND_FOOTNOTE_STATE, /* a footnote's text */
  RESOLUTE_COMMAND_METADATA,
} ResoluteCommandType;

ResoluteCommand     *_resolute_command_new_group          (const char             *description);
void                 _resolute_command_group_add          (ResoluteCommand        *group,
                                                           ResoluteCommand        *child);
guint                _resolute_command_group_get_n_children (ResoluteCommand      *group);
ResoluteCommand     *_resolute_command_new_splice         (guint                   position,
                                                           GPtrArray              *removed,
                                                           GPtrArray              *inserted);
ResoluteCommand     *_resolute_command_new_clause_state   (guint                   position,
                                                           ResoluteClause         *before,
                                                           ResoluteClause         *after);
ResoluteCommand     *_resolute_command_new_footnote       (ResoluteFootnote       *footnote,
                                                           gboolean                add);
ResoluteCommand     *_resolute_command_new_footnote_state (const char             *id,
                                                           ResoluteInline         *before,
                                                           ResoluteInline         *after);
ResoluteCommand     *_resolute_command_new_metadata       (ResoluteMetadata       *before,
                                                           ResoluteMetadata       *after);
void                 _resolute_command_free               (ResoluteCommand        *self);
ResoluteCommandType  _resolute_command_get_type           (ResoluteCommand        *self);
const char          *_resolute_command_get_description    (ResoluteCommand        *self);
void                 _resolute_command_set_description    (ResoluteCommand        *self,
                                                           const char             *description);
void                 _resolute_command_set_merge_key      (ResoluteCommand        *self,
                                                           const char             *key);
gboolean             _resolute_command_try_merge          (ResoluteCommand        *self,
                                                           ResoluteCommand        *next);
void                 _resolute_command_apply              (ResoluteCommand        *self,
                                                           ResoluteDocument       *document,
                                                           gboolean                forward);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteCommand, _resolute_command_free)

G_END_DECLS
