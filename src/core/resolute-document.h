/* resolute-document.h — a resolution: its metadata, clauses and footnotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "resolute-agenda-item.h"
#include "resolute-clause.h"
#include "resolute-footnote.h"
#include "resolute-history.h"
#include "resolute-inline.h"
#include "resolute-language.h"
#include "resolute-sponsor.h"
#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_DOCUMENT (resolute_document_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteDocument, resolute_document, RESOLUTE, DOCUMENT, GObject)

/**
 * ResoluteDocumentStats:
 *
 * The counts a user and `resolute-cli info` see. Paragraph counts are those
 * of the resolution itself, not of its annexes; sub-paragraphs are counted
 * at every level, in the preamble and the operative part.
 */
typedef struct
{
  guint preambular;
  guint operative;
  guint subparagraphs;
  guint footnotes;
  guint annexes;
  guint sponsors;
  guint words;
} ResoluteDocumentStats;

ResoluteDocument       *resolute_document_new                    (void);
void                    resolute_document_set_id_seed            (ResoluteDocument       *self,
                                                                  guint32                 seed);

/* Reading */
GListModel             *resolute_document_get_clauses            (ResoluteDocument       *self);
guint                   resolute_document_get_n_clauses          (ResoluteDocument       *self);
ResoluteClause         *resolute_document_get_clause             (ResoluteDocument       *self,
                                                                  guint                   position);
ResoluteClause         *resolute_document_lookup_clause          (ResoluteDocument       *self,
                                                                  const char             *id);
guint                   resolute_document_get_subtree_length     (ResoluteDocument       *self,
                                                                  guint                   position);
GListModel             *resolute_document_get_footnotes          (ResoluteDocument       *self);
ResoluteFootnote       *resolute_document_lookup_footnote        (ResoluteDocument       *self,
                                                                  const char             *id);
guint                   resolute_document_count_note_refs        (ResoluteDocument       *self,
                                                                  const char             *footnote_id);
ResoluteHistory        *resolute_document_get_history            (ResoluteDocument       *self);
const ResoluteLanguage *resolute_document_get_language           (ResoluteDocument       *self);
const char             *resolute_document_get_field              (ResoluteDocument       *self,
                                                                  ResoluteField           field);
ResoluteOrgan           resolute_document_get_organ              (ResoluteDocument       *self);
ResoluteDocumentKind    resolute_document_get_kind               (ResoluteDocument       *self);
ResoluteDistribution    resolute_document_get_distribution       (ResoluteDocument       *self);
guint                   resolute_document_get_n_sponsors         (ResoluteDocument       *self);
const ResoluteSponsor  *resolute_document_get_sponsor            (ResoluteDocument       *self,
                                                                  guint                   index);
guint                   resolute_document_get_n_agenda_items     (ResoluteDocument       *self);
const ResoluteAgendaItem *resolute_document_get_agenda_item      (ResoluteDocument       *self,
                                                                  guint                   index);
ResoluteFootnote       *resolute_document_get_star_note          (ResoluteDocument       *self,
                                                                  ResoluteNoteAnchor      anchor);
void                    resolute_document_get_stats              (ResoluteDocument       *self,
                                                                  ResoluteDocumentStats  *stats);
gboolean                resolute_document_check                  (ResoluteDocument       *self,
                                                                  GError                **error);

/* Derived text */
char                   *resolute_document_render_object          (ResoluteDocument       *self,
                                                                  ResoluteClause         *source,
                                                                  const ResoluteInlineObject *object);
char                   *resolute_document_get_plain_text         (ResoluteDocument       *self,
                                                                  ResoluteClause         *clause);
char                   *resolute_document_get_footnote_plain_text (ResoluteDocument      *self,
                                                                  ResoluteFootnote       *footnote);
gsize                   resolute_document_get_opening_length     (ResoluteDocument       *self,
                                                                  ResoluteClause         *clause);
ResoluteInline         *resolute_document_get_display_content    (ResoluteDocument       *self,
                                                                  ResoluteClause         *clause);
char                   *resolute_document_get_session_text       (ResoluteDocument       *self);
const char             *resolute_document_get_authoring_formula  (ResoluteDocument       *self);
char                   *resolute_document_get_sponsors_text      (ResoluteDocument       *self);
char                   *resolute_document_get_job_code           (ResoluteDocument       *self);
char                   *resolute_document_get_barcode_text       (ResoluteDocument       *self);
GPtrArray              *resolute_document_get_broken_references  (ResoluteDocument       *self);

/* Editing: every call is one undoable step, or part of the open group */
void                    resolute_document_begin_group            (ResoluteDocument       *self,
                                                                  const char             *description);
void                    resolute_document_end_group              (ResoluteDocument       *self);
void                    resolute_document_abort_group            (ResoluteDocument       *self);
void                    resolute_document_seal_undo              (ResoluteDocument       *self);
gboolean                resolute_document_set_field              (ResoluteDocument       *self,
                                                                  ResoluteField           field,
                                                                  const char             *value,
                                                                  GError                **error);
void                    resolute_document_set_organ              (ResoluteDocument       *self,
                                                                  ResoluteOrgan           organ);
void                    resolute_document_set_kind               (ResoluteDocument       *self,
                                                                  ResoluteDocumentKind    kind);
void                    resolute_document_set_distribution       (ResoluteDocument       *self,
                                                                  ResoluteDistribution    distribution);
void                    resolute_document_set_sponsors           (ResoluteDocument       *self,
                                                                  GPtrArray              *sponsors);
void                    resolute_document_add_sponsor            (ResoluteDocument       *self,
                                                                  const char             *name,
                                                                  gboolean                joined_later);
gboolean                resolute_document_remove_sponsor         (ResoluteDocument       *self,
                                                                  guint                   index,
                                                                  GError                **error);
gboolean                resolute_document_move_sponsor           (ResoluteDocument       *self,
                                                                  guint                   from,
                                                                  guint                   to,
                                                                  GError                **error);
void                    resolute_document_set_agenda_items       (ResoluteDocument       *self,
                                                                  GPtrArray              *items);
ResoluteClause         *resolute_document_insert_clause          (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  ResoluteClauseKind      kind,
                                                                  guint                   level,
                                                                  const ResoluteInline   *content,
                                                                  GError                **error);
gboolean                resolute_document_delete_clauses         (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   n_clauses,
                                                                  GError                **error);
gboolean                resolute_document_move_clauses           (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   n_clauses,
                                                                  guint                   destination,
                                                                  GError                **error);
gboolean                resolute_document_move_clause_up         (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  GError                **error);
gboolean                resolute_document_move_clause_down       (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  GError                **error);
ResoluteClause         *resolute_document_split_clause           (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   offset,
                                                                  GError                **error);
gboolean                resolute_document_merge_clause           (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_kind        (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  ResoluteClauseKind      kind,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_level       (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   level,
                                                                  GError                **error);
gboolean                resolute_document_indent_clause          (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  GError                **error);
gboolean                resolute_document_outdent_clause         (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_continuation (ResoluteDocument      *self,
                                                                  guint                   position,
                                                                  gboolean                continuation,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_heading_label (ResoluteDocument     *self,
                                                                  guint                   position,
                                                                  const char             *label,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_auto_opening (ResoluteDocument      *self,
                                                                  guint                   position,
                                                                  gboolean                auto_opening,
                                                                  GError                **error);
gboolean                resolute_document_set_clause_content     (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  const ResoluteInline   *content,
                                                                  GError                **error);
gboolean                resolute_document_insert_text            (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   offset,
                                                                  const char             *text,
                                                                  GError                **error);
gboolean                resolute_document_delete_text            (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   start,
                                                                  guint                   end,
                                                                  GError                **error);
gboolean                resolute_document_set_emphasis           (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   start,
                                                                  guint                   end,
                                                                  ResoluteSpanKind        kind,
                                                                  gboolean                on,
                                                                  GError                **error);
ResoluteFootnote       *resolute_document_insert_footnote        (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   offset,
                                                                  const ResoluteInline   *text,
                                                                  GError                **error);
gboolean                resolute_document_insert_note_ref        (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   offset,
                                                                  const char             *footnote_id,
                                                                  GError                **error);
ResoluteFootnote       *resolute_document_set_star_note          (ResoluteDocument       *self,
                                                                  ResoluteNoteAnchor      anchor,
                                                                  const ResoluteInline   *text,
                                                                  GError                **error);
gboolean                resolute_document_set_footnote_content   (ResoluteDocument       *self,
                                                                  const char             *footnote_id,
                                                                  const ResoluteInline   *content,
                                                                  GError                **error);
gboolean                resolute_document_remove_footnote        (ResoluteDocument       *self,
                                                                  const char             *footnote_id,
                                                                  GError                **error);
gboolean                resolute_document_insert_cross_reference (ResoluteDocument       *self,
                                                                  guint                   position,
                                                                  guint                   offset,
                                                                  const char             *target_id,
                                                                  guint                   flags,
                                                                  GError                **error);

/* History */
gboolean                resolute_document_undo                   (ResoluteDocument       *self);
gboolean                resolute_document_redo                   (ResoluteDocument       *self);
gboolean                resolute_document_get_modified           (ResoluteDocument       *self);
void                    resolute_document_set_unmodified         (ResoluteDocument       *self);
void                    resolute_document_set_modified           (ResoluteDocument       *self);
void                    resolute_document_clear_history          (ResoluteDocument       *self);

/* Enumerations as words (AKN, JSON, the command line) */
const char             *resolute_organ_to_string                 (ResoluteOrgan           organ);
gboolean                resolute_organ_from_string               (const char             *string,
                                                                  ResoluteOrgan          *organ);
const char             *resolute_document_kind_to_string         (ResoluteDocumentKind    kind);
gboolean                resolute_document_kind_from_string       (const char             *string,
                                                                  ResoluteDocumentKind   *kind);
const char             *resolute_distribution_to_string          (ResoluteDistribution    distribution);
gboolean                resolute_distribution_from_string        (const char             *string,
                                                                  ResoluteDistribution   *distribution);
const char             *resolute_field_to_string                 (ResoluteField           field);
gboolean                resolute_field_from_string               (const char             *string,
                                                                  ResoluteField          *field);

G_END_DECLS
