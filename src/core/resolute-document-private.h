/* resolute-document-private.h — what commands and file readers use inside the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"
#include "resolute-metadata-private.h"

G_BEGIN_DECLS

/* Applied by commands */
void              _resolute_document_splice               (ResoluteDocument   *self,
                                                           guint               position,
                                                           guint               n_removed,
                                                           GPtrArray          *inserted);
void              _resolute_document_clause_state_changed (ResoluteDocument   *self,
                                                           ResoluteClause     *clause,
                                                           gboolean            structural);
void              _resolute_document_add_footnote         (ResoluteDocument   *self,
                                                           ResoluteFootnote   *footnote);
void              _resolute_document_remove_footnote      (ResoluteDocument   *self,
                                                           ResoluteFootnote   *footnote);
void              _resolute_document_set_metadata         (ResoluteDocument   *self,
                                                           const ResoluteMetadata *metadata);

/* Used by file readers: build a document without history, then check it once */
void              _resolute_document_load_begin           (ResoluteDocument   *self);
ResoluteClause   *_resolute_document_load_clause          (ResoluteDocument   *self,
                                                           const char         *id,
                                                           ResoluteClauseKind  kind,
                                                           guint               level,
                                                           ResoluteInline     *content);
ResoluteFootnote *_resolute_document_load_footnote        (ResoluteDocument   *self,
                                                           const char         *id,
                                                           ResoluteNoteAnchor  anchor,
                                                           ResoluteInline     *content);
void              _resolute_document_load_clause_flags    (ResoluteDocument   *self,
                                                           ResoluteClause     *clause,
                                                           gboolean            continuation,
                                                           gboolean            auto_opening,
                                                           const char         *heading_label);
gboolean          _resolute_document_load_end             (ResoluteDocument   *self,
                                                           GError            **error);
char             *_resolute_document_new_id               (ResoluteDocument   *self,
                                                           const char         *prefix);

G_END_DECLS
