/* resolute-clause.h — one paragraph or sub-paragraph of a resolution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-inline.h"
#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_CLAUSE (resolute_clause_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteClause, resolute_clause, RESOLUTE, CLAUSE, GObject)

const char           *resolute_clause_get_id            (ResoluteClause *self);
ResoluteClauseKind    resolute_clause_get_kind          (ResoluteClause *self);
guint                 resolute_clause_get_level         (ResoluteClause *self);
gboolean              resolute_clause_get_continuation  (ResoluteClause *self);
gboolean              resolute_clause_get_auto_opening  (ResoluteClause *self);
const char           *resolute_clause_get_heading_label (ResoluteClause *self);
const ResoluteInline *resolute_clause_get_content       (ResoluteClause *self);
const char           *resolute_clause_get_label         (ResoluteClause *self);
const char           *resolute_clause_get_citation      (ResoluteClause *self);
guint                 resolute_clause_get_position      (ResoluteClause *self);
gboolean              resolute_clause_is_numbered_kind  (ResoluteClauseKind kind);
gboolean              resolute_clause_kind_has_levels   (ResoluteClauseKind kind);
const char           *resolute_clause_kind_to_string    (ResoluteClauseKind kind);
gboolean              resolute_clause_kind_from_string  (const char         *string,
                                                         ResoluteClauseKind *kind);

G_END_DECLS
