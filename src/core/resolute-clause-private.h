/* resolute-clause-private.h — what only the document changes on a clause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-clause.h"

G_BEGIN_DECLS

ResoluteClause *_resolute_clause_new               (const char           *id,
                                                    ResoluteClauseKind    kind,
                                                    guint                 level,
                                                    ResoluteInline       *content);
ResoluteClause *_resolute_clause_clone             (ResoluteClause       *self);
void            _resolute_clause_set_kind          (ResoluteClause       *self,
                                                    ResoluteClauseKind    kind);
void            _resolute_clause_set_level         (ResoluteClause       *self,
                                                    guint                 level);
void            _resolute_clause_set_continuation  (ResoluteClause       *self,
                                                    gboolean              continuation);
void            _resolute_clause_set_auto_opening  (ResoluteClause       *self,
                                                    gboolean              auto_opening);
void            _resolute_clause_set_heading_label (ResoluteClause       *self,
                                                    const char           *label);
void            _resolute_clause_take_content      (ResoluteClause       *self,
                                                    ResoluteInline       *content);
gboolean        _resolute_clause_set_numbering     (ResoluteClause       *self,
                                                    guint                 position,
                                                    const char           *label,
                                                    const char           *citation);
void            _resolute_clause_assign            (ResoluteClause       *self,
                                                    ResoluteClause       *state);
gboolean        _resolute_clause_changes_numbering (ResoluteClause       *before,
                                                    ResoluteClause       *after);
gboolean        _resolute_clause_same_state        (ResoluteClause       *a,
                                                    ResoluteClause       *b);

G_END_DECLS
