/* resolute-document.c — a resolution: its metadata, clauses and footnotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document owns a flat list of clauses in reading order (preamble,
 * operative part, annexes), each with a kind and a sub-paragraph level, the
 * footnotes, and the metadata. Everything a user can change goes through the
 * editing functions below: each validates the change, builds invertible
 * commands (see resolute-command.c), applies them and records them in the
 * history. After each change the numbering pass derives, in one walk over the
 * clauses, every paragraph number, sub-paragraph letter, citation and footnote
 * number, so numbers are never stored by hand and follow every edit.
 */

#define G_LOG_DOMAIN "resolute-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "resolute-clause-private.h"
#include "resolute-command-private.h"
#include "resolute-document-private.h"
#include "resolute-error.h"
#include "resolute-footnote-private.h"
#include "resolute-history-private.h"

struct _ResoluteDocument
{
  GObject           parent_instance;

  GListStore       *clauses;          /* ResoluteClause, reading order */
  GPtrArray        *clause_array;     /* the same clauses, for O(1) access (borrowed) */
  GHashTable       *clauses_by_id;    /* id → ResoluteClause (borrowed) */
  GListStore       *footnotes;        /* ResoluteFootnote, in label order (derived) */
  GHashTable       *footnotes_by_id;  /* id → ResoluteFootnote (owned) */
  ResoluteMetadata *metadata;
  ResoluteHistory  *history;
  GRand            *rand;

  ResoluteCommand  *open_group;
  guint             group_depth;

  GPtrArray        *loading;          /* clauses appended by a reader, or NULL */
  guint             needs_renumber : 1;
  guint             changed_pending : 1;
};

G_DEFINE_FINAL_TYPE (ResoluteDocument, resolute_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

enum {
  CHANGED,
  NUMBERING_CHANGED,
  METADATA_CHANGED,
  CLAUSE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  ResoluteClauseKind kind;
  guint level;
  gboolean continuation;
} Shape;

static void renumber (ResoluteDocument *self);

/* ------------------------------------------------------------------------ */
/* Enumerations                                                             */

static const char *const organ_names[] = {
  [RESOLUTE_ORGAN_GENERAL_ASSEMBLY] = "general-assembly",
  [RESOLUTE_ORGAN_SECURITY_COUNCIL] = "security-council",
  [RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL] = "human-rights-council",
  [RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL] = "economic-and-social-council",
};

static const char *const kind_names[] = {
  [RESOLUTE_DOCUMENT_KIND_RESOLUTION] = "resolution",
  [RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION] = "draft-resolution",
  [RESOLUTE_DOCUMENT_KIND_AMENDMENT] = "amendment",
};

static const char *const distribution_names[] = {
  [RESOLUTE_DISTRIBUTION_GENERAL] = "general",
  [RESOLUTE_DISTRIBUTION_LIMITED] = "limited",
  [RESOLUTE_DISTRIBUTION_RESTRICTED] = "restricted",
};

static const char *const field_names[] = {
  [RESOLUTE_FIELD_SYMBOL] = "symbol",
  [RESOLUTE_FIELD_RESOLUTION_NUMBER] = "resolution-number",
  [RESOLUTE_FIELD_TITLE] = "title",
  [RESOLUTE_FIELD_AUTHORING_FORMULA] = "authoring-formula",
  [RESOLUTE_FIELD_OPERATIVE_INTRO] = "operative-intro",
  [RESOLUTE_FIELD_SESSION] = "session",
  [RESOLUTE_FIELD_SESSION_TEXT] = "session-text",
  [RESOLUTE_FIELD_ISSUE_DATE] = "issue-date",
  [RESOLUTE_FIELD_ORIGINAL_LANGUAGE] = "original-language",
  [RESOLUTE_FIELD_LANGUAGE] = "language",
  [RESOLUTE_FIELD_ADOPTION_DATE] = "adoption-date",
  [RESOLUTE_FIELD_MEETING] = "meeting",
  [RESOLUTE_FIELD_ORIGIN] = "origin",
  [RESOLUTE_FIELD_COMMITTEE] = "committee",
  [RESOLUTE_FIELD_SUBMITTED_BY] = "submitted-by",
  [RESOLUTE_FIELD_AMENDED_DOCUMENT] = "amended-document",
  [RESOLUTE_FIELD_JOB_NUMBER] = "job-number",
  [RESOLUTE_FIELD_JOB_CODE] = "job-code",
  [RESOLUTE_FIELD_NOTES] = "notes",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_names) == RESOLUTE_N_FIELDS);

static gboolean
lookup_name (const char *const *names,
             guint              n_names,
             const char        *string,
             guint             *value)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], string) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

const char *
resolute_organ_to_string (ResoluteOrgan organ)
{
  g_return_val_if_fail (organ < G_N_ELEMENTS (organ_names), NULL);
  return organ_names[organ];
}

gboolean
resolute_organ_from_string (const char    *string,
                            ResoluteOrgan *organ)
{
  return lookup_name (organ_names, G_N_ELEMENTS (organ_names), string, (guint *) organ);
}

const char *
resolute_document_kind_to_string (ResoluteDocumentKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
resolute_document_kind_from_string (const char           *string,
                                    ResoluteDocumentKind *kind)
{
  return lookup_name (kind_names, G_N_ELEMENTS (kind_names), string, (guint *) kind);
}

const char *
resolute_distribution_to_string (ResoluteDistribution distribution)
{
  g_return_val_if_fail (distribution < G_N_ELEMENTS (distribution_names), NULL);
  return distribution_names[distribution];
}

gboolean
resolute_distribution_from_string (const char           *string,
                                   ResoluteDistribution *distribution)
{
  return lookup_name (distribution_names, G_N_ELEMENTS (distribution_names), string,
                      (guint *) distribution);
}

const char *
resolute_field_to_string (ResoluteField field)
{
  g_return_val_if_fail (field < RESOLUTE_N_FIELDS, NULL);
  return field_names[field];
}

gboolean
resolute_field_from_string (const char    *string,
                            ResoluteField *field)
{
  return lookup_name (field_names, G_N_ELEMENTS (field_names), string, (guint *) field);
}

/* ------------------------------------------------------------------------ */
/* Object                                                                   */

static void
resolute_document_dispose (GObject *object)
{
  ResoluteDocument *self = (ResoluteDocument *) object;

  g_clear_pointer (&self->open_group, _resolute_command_free);
  g_clear_pointer (&self->loading, g_ptr_array_unref);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (resolute_document_parent_class)->dispose (object);
}

static void
resolute_document_finalize (GObject *object)
{
  ResoluteDocument *self = (ResoluteDocument *) object;

  g_clear_pointer (&self->clause_array, g_ptr_array_unref);
  g_clear_object (&self->clauses);
  g_clear_pointer (&self->clauses_by_id, g_hash_table_unref);
  g_clear_object (&self->footnotes);
  g_clear_pointer (&self->footnotes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->metadata, _resolute_metadata_free);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (resolute_document_parent_class)->finalize (object);
}

static void
resolute_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ResoluteDocument *self = RESOLUTE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_document_class_init (ResoluteDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = resolute_document_dispose;
  object_class->finalize = resolute_document_finalize;
  object_class->get_property = resolute_document_get_property;

  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, RESOLUTE_TYPE_HISTORY,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ResoluteDocument::changed:
   *
   * Emitted once after every change, undo or redo, when the document is
   * consistent again (numbers derived).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * ResoluteDocument::numbering-changed:
   *
   * Emitted when a derived number changed: a paragraph or sub-paragraph label,
   * a footnote number, or the text of cross-references.
   */
  signals[NUMBERING_CHANGED] = g_signal_new ("numbering-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                             0);

  /**
   * ResoluteDocument::metadata-changed:
   *
   * Emitted when a metadata field, the organ, kind, distribution, sponsors or
   * agenda items changed.
   */
  signals[METADATA_CHANGED] = g_signal_new ("metadata-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  /**
   * ResoluteDocument::clause-changed:
   * @clause: the clause whose state a command just set
   * @structural: whether its kind, level, flags or inline objects changed
   *
   * Emitted each time a command (or its undo) gives a clause a new state:
   * its content, kind, level or flags. One handler on the document tells a
   * view what to redraw, where a handler on every clause's notify would make
   * each renumbering pay for the label and citation notifications of every
   * clause.
   */
  signals[CLAUSE_CHANGED] = g_signal_new ("clause-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          2, RESOLUTE_TYPE_CLAUSE, G_TYPE_BOOLEAN);
}

static void
resolute_document_init (ResoluteDocument *self)
{
  self->clauses = g_list_store_new (RESOLUTE_TYPE_CLAUSE);
  self->clause_array = g_ptr_array_new ();
  self->clauses_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->footnotes = g_list_store_new (RESOLUTE_TYPE_FOOTNOTE);
  self->footnotes_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->metadata = _resolute_metadata_new ();
  self->metadata->fields[RESOLUTE_FIELD_LANGUAGE] = g_strdup ("eng");
  self->history = _resolute_history_new ();
  self->rand = g_rand_new ();
}

ResoluteDocument *
resolute_document_new (void)
{
  return g_object_new (RESOLUTE_TYPE_DOCUMENT, NULL);
}

/**
 * resolute_document_set_id_seed:
 *
 * Makes the ids of new clauses and footnotes reproducible (for tests).
 */
void
resolute_document_set_id_seed (ResoluteDocument *self,
                               guint32           seed)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));

  g_rand_set_seed (self->rand, seed);
}

char *
_resolute_document_new_id (ResoluteDocument *self,
                           const char       *prefix)
{
  for (;;)
    {
      char *id = g_strdup_printf ("%s%08x", prefix, g_rand_int (self->rand));

      if (!g_hash_table_contains (self->clauses_by_id, id)
          && !g_hash_table_contains (self->footnotes_by_id, id))
        return id;
      g_free (id);
    }
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

/**
 * resolute_document_get_clauses:
 *
 * Returns: (transfer none): the clauses in reading order, as a #GListModel
 * of #ResoluteClause that views can bind to.
 */
GListModel *
resolute_document_get_clauses (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->clauses);
}

guint
resolute_document_get_n_clauses (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->clause_array->len;
}

/**
 * resolute_document_get_clause:
 *
 * Returns: (transfer none) (nullable): the clause at @position.
 */
ResoluteClause *
resolute_document_get_clause (ResoluteDocument *self,
                              guint             position)
{
  ResoluteClause *clause;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (position >= self->clause_array->len)
    return NULL;
  clause = g_ptr_array_index (self->clause_array, position);
  return clause;
}

ResoluteClause *
resolute_document_lookup_clause (ResoluteDocument *self,
                                 const char       *id)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->clauses_by_id, id);
}

/**
 * resolute_document_get_subtree_length:
 *
 * Returns the number of clauses that make up the clause at @position with
 * its sub-paragraphs (and the continuation text that closes them): what moves
 * or is deleted with it.
 */
guint
resolute_document_get_subtree_length (ResoluteDocument *self,
                                      guint             position)
{
  ResoluteClause *clause;
  guint n;
  guint level;
  guint length = 1;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);

  clause = resolute_document_get_clause (self, position);
  if (clause == NULL)
    return 0;

  n = resolute_document_get_n_clauses (self);
  level = resolute_clause_get_level (clause);
  while (position + length < n)
    {
      ResoluteClause *next = resolute_document_get_clause (self, position + length);
      guint next_level = resolute_clause_get_level (next);

      if (resolute_clause_get_kind (next) != resolute_clause_get_kind (clause))
        break;
      if (next_level < level)
        break;
      if (next_level == level && !resolute_clause_get_continuation (next))
        break;
      /* a continuation at the same level closes this clause's list */
      length++;
      if (next_level == level)
        break;
    }

  return length;
}

GListModel *
resolute_document_get_footnotes (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->footnotes);
}

ResoluteFootnote *
resolute_document_lookup_footnote (ResoluteDocument *self,
                                   const char       *id)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->footnotes_by_id, id);
}

/**
 * resolute_document_count_note_refs:
 *
 * Returns how many marks in the text refer to the footnote @footnote_id.
 */
guint
resolute_document_count_note_refs (ResoluteDocument *self,
                                   const char       *footnote_id)
{
  guint count = 0;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);

  for (guint i = 0, n = resolute_document_get_n_clauses (self); i < n; i++)
    {
      const ResoluteInline *content
        = resolute_clause_get_content (resolute_document_get_clause (self, i));

      for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);

          if (object->kind == RESOLUTE_OBJECT_NOTE_REF && g_strcmp0 (object->target, footnote_id) == 0)
            count++;
        }
    }

  return count;
}

ResoluteHistory *
resolute_document_get_history (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  return self->history;
}

const ResoluteLanguage *
resolute_document_get_language (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  return resolute_language_get (self->metadata->fields[RESOLUTE_FIELD_LANGUAGE]);
}

const char *
resolute_document_get_field (ResoluteDocument *self,
                             ResoluteField     field)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (field < RESOLUTE_N_FIELDS, NULL);
  return self->metadata->fields[field];
}

ResoluteOrgan
resolute_document_get_organ (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->metadata->organ;
}

ResoluteDocumentKind
resolute_document_get_kind (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->metadata->kind;
}

ResoluteDistribution
resolute_document_get_distribution (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->metadata->distribution;
}

guint
resolute_document_get_n_sponsors (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->metadata->sponsors->len;
}

const ResoluteSponsor *
resolute_document_get_sponsor (ResoluteDocument *self,
                               guint             index)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  if (index >= self->metadata->sponsors->len)
    return NULL;
  return g_ptr_array_index (self->metadata->sponsors, index);
}

guint
resolute_document_get_n_agenda_items (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  return self->metadata->agenda_items->len;
}

const ResoluteAgendaItem *
resolute_document_get_agenda_item (ResoluteDocument *self,
                                   guint             index)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  if (index >= self->metadata->agenda_items->len)
    return NULL;
  return g_ptr_array_index (self->metadata->agenda_items, index);
}

/**
 * resolute_document_get_star_note:
 * @anchor: %RESOLUTE_NOTE_ANCHOR_TITLE or %RESOLUTE_NOTE_ANCHOR_SPONSORS
 *
 * Returns: (transfer none) (nullable): the "*" footnote on the title or on the
 * sponsors line.
 */
ResoluteFootnote *
resolute_document_get_star_note (ResoluteDocument   *self,
                                 ResoluteNoteAnchor  anchor)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (anchor != RESOLUTE_NOTE_ANCHOR_TEXT, NULL);

  g_hash_table_iter_init (&iter, self->footnotes_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (resolute_footnote_get_anchor (value) == anchor)
      return value;

  return NULL;
}

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || c == '\'' || c == 0x2019 || c == '-';

      if (word_char && !in_word)
        words++;
      in_word = word_char;
    }

  return words;
}

void
resolute_document_get_stats (ResoluteDocument      *self,
                             ResoluteDocumentStats *stats)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (stats != NULL);

  memset (stats, 0, sizeof *stats);
  for (guint i = 0, n = resolute_document_get_n_clauses (self); i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);
      g_autofree char *text = resolute_document_get_plain_text (self, clause);

      stats->words += count_words (text);
      if (kind == RESOLUTE_CLAUSE_ANNEX)
        stats->annexes++;
      if (resolute_clause_get_continuation (clause)
          || (kind != RESOLUTE_CLAUSE_PREAMBULAR && kind != RESOLUTE_CLAUSE_OPERATIVE))
        continue;
      if (resolute_clause_get_level (clause) > 0)
        stats->subparagraphs++;
      else if (kind == RESOLUTE_CLAUSE_PREAMBULAR)
        stats->preambular++;
      else
        stats->operative++;
    }
  stats->footnotes = g_hash_table_size (self->footnotes_by_id);
  stats->sponsors = self->metadata->sponsors->len;
}

/* ------------------------------------------------------------------------ */
/* Structure rules                                                          */

static guint
zone_of (ResoluteClauseKind kind)
{
  switch (kind)
    {
    case RESOLUTE_CLAUSE_PREAMBULAR:
      return 0;
    case RESOLUTE_CLAUSE_OPERATIVE:
      return 1;
    case RESOLUTE_CLAUSE_ANNEX:
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      return 2;
    }
}

/* Checks that a sequence of clause shapes forms a valid resolution body. The
 * messages name the rule, for the user who tried to break it. */
static gboolean
check_shapes (const Shape  *shapes,
              guint         n,
              GError      **error)
{
  gboolean in_annex = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const Shape *shape = &shapes[i];
      const Shape *prev = i > 0 ? &shapes[i - 1] : NULL;

      if (prev != NULL && zone_of (shape->kind) < zone_of (prev->kind))
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       shape->kind == RESOLUTE_CLAUSE_PREAMBULAR
                         ? _("Clause %u: a preambular paragraph cannot follow operative paragraphs or annexes")
                         : _("Clause %u: an operative paragraph cannot follow an annex"),
                       i + 1);
          return FALSE;
        }

      if (zone_of (shape->kind) == 2 && !in_annex)
        {
          if (shape->kind != RESOLUTE_CLAUSE_ANNEX)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           _("Clause %u: annex content must come after an annex heading"),
                           i + 1);
              return FALSE;
            }
          in_annex = TRUE;
        }

      if (shape->level > RESOLUTE_CLAUSE_MAX_LEVEL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       _("Clause %u: sub-paragraphs go at most %u levels deep"), i + 1,
                       RESOLUTE_CLAUSE_MAX_LEVEL);
          return FALSE;
        }

      if (!resolute_clause_kind_has_levels (shape->kind))
        {
          if (shape->level != 0 || shape->continuation)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           _("Clause %u: annex titles and headings cannot be sub-paragraphs"),
                           i + 1);
              return FALSE;
            }
          continue;
        }

      if (shape->continuation)
        {
          if (prev == NULL || prev->kind != shape->kind || prev->level <= shape->level)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           _("Clause %u: closing text must follow the last sub-paragraph of its paragraph"),
                           i + 1);
              return FALSE;
            }
          continue;
        }

      if (shape->level > 0)
        {
          if (prev == NULL || prev->kind != shape->kind
              || (prev->continuation ? prev->level : prev->level + 1) < shape->level)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           _("Clause %u: a sub-paragraph must follow its paragraph or a sub-paragraph one level up"),
                           i + 1);
              return FALSE;
            }
          if (prev->continuation && prev->level < shape->level)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           _("Clause %u: a sub-paragraph cannot follow the closing text of its paragraph"),
                           i + 1);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static GArray *
current_shapes (ResoluteDocument *self)
{
  guint n = resolute_document_get_n_clauses (self);
  GArray *shapes = g_array_sized_new (FALSE, FALSE, sizeof (Shape), n + 1);

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      Shape shape = {
        resolute_clause_get_kind (clause),
        resolute_clause_get_level (clause),
        resolute_clause_get_continuation (clause),
      };

      g_array_append_val (shapes, shape);
    }

  return shapes;
}

/* Checks that every footnote mark in @content refers to an existing footnote
 * and that cross-references name a clause id. */
static gboolean
check_content (ResoluteDocument      *self,
               const ResoluteInline  *content,
               GError               **error)
{
  if (!resolute_inline_check (content, error))
    return FALSE;

  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      if (object->kind == RESOLUTE_OBJECT_NOTE_REF
          && resolute_document_lookup_footnote (self, object->target) == NULL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       _("The text refers to a footnote that does not exist (%s)"), object->target);
          return FALSE;
        }
      if (object->kind == RESOLUTE_OBJECT_NOTE_REF
          && resolute_footnote_get_anchor (resolute_document_lookup_footnote (self, object->target))
               != RESOLUTE_NOTE_ANCHOR_TEXT)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       _("The “*” note of the title or sponsors cannot be marked in the text"));
          return FALSE;
        }
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Applying commands                                                        */

static void
emit_changed (ResoluteDocument *self)
{
  if (self->needs_renumber)
    renumber (self);
  self->changed_pending = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Applies @command and records it: in the open group, or as one undo step. */
static void
run (ResoluteDocument *self,
     ResoluteCommand  *command)
{
  _resolute_command_apply (command, self, TRUE);

  if (self->loading != NULL)
    {
      _resolute_command_free (command);
      return;
    }

  if (self->open_group != NULL)
    {
      _resolute_command_group_add (self->open_group, command);
      self->changed_pending = TRUE;
      return;
    }

  _resolute_history_push (self->history, command);
  emit_changed (self);
}

/**
 * resolute_document_begin_group:
 * @description: what the user sees in "Undo …"
 *
 * Starts a group of changes that undo and redo as one step. Groups nest; the
 * outermost description wins.
 */
void
resolute_document_begin_group (ResoluteDocument *self,
                               const char       *description)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));

  if (self->group_depth++ == 0)
    self->open_group = _resolute_command_new_group (description);
}

void
resolute_document_end_group (ResoluteDocument *self)
{
  ResoluteCommand *group;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->open_group);
  if (_resolute_command_group_get_n_children (group) == 0)
    {
      _resolute_command_free (group);
      return;
    }

  if (self->loading != NULL)
    {
      _resolute_command_free (group);
      return;
    }

  _resolute_history_push (self->history, group);
  emit_changed (self);
}

/* Drops the group after a failure inside it, undoing what it already did. */
static void
abort_group (ResoluteDocument *self)
{
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  _resolute_command_apply (self->open_group, self, FALSE);
  g_clear_pointer (&self->open_group, _resolute_command_free);
  if (self->changed_pending)
    emit_changed (self);
}

/**
 * resolute_document_abort_group:
 *
 * Ends the group opened by the matching resolute_document_begin_group() by
 * undoing everything done inside it, without recording anything: a view that
 * tries a compound edit and meets a refusal half-way leaves the document as it
 * was. Only an outermost group is undone; inside another group this only
 * closes it.
 */
void
resolute_document_abort_group (ResoluteDocument *self)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  abort_group (self);
}

/**
 * resolute_document_seal_undo:
 *
 * Ends a run of typing: the next text edit starts a new undo step.
 */
void
resolute_document_seal_undo (ResoluteDocument *self)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  _resolute_history_seal (self->history);
}

void
_resolute_document_splice (ResoluteDocument *self,
                           guint             position,
                           guint             n_removed,
                           GPtrArray        *inserted)
{
  for (guint i = 0; i < n_removed; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, position + i);

      g_hash_table_remove (self->clauses_by_id, resolute_clause_get_id (clause));
    }
  for (guint i = 0; i < inserted->len; i++)
    {
      ResoluteClause *clause = g_ptr_array_index (inserted, i);

      g_hash_table_insert (self->clauses_by_id, (gpointer) resolute_clause_get_id (clause), clause);
    }

  g_ptr_array_remove_range (self->clause_array, position, n_removed);
  for (guint i = 0; i < inserted->len; i++)
    g_ptr_array_insert (self->clause_array, position + i, g_ptr_array_index (inserted, i));
  /* last: views react to items-changed and must find the array up to date */
  g_list_store_splice (self->clauses, position, n_removed, inserted->pdata, inserted->len);
  self->needs_renumber = TRUE;
}

void
_resolute_document_clause_state_changed (ResoluteDocument *self,
                                         ResoluteClause   *clause,
                                         gboolean          structural)
{
  /* Kind, level, flags and marks feed the numbering; typing does not, and
   * skipping the pass keeps keystrokes cheap in long documents. */
  if (structural)
    self->needs_renumber = TRUE;
  g_signal_emit (self, signals[CLAUSE_CHANGED], 0, clause, structural);
}

void
_resolute_document_add_footnote (ResoluteDocument *self,
                                 ResoluteFootnote *footnote)
{
  g_hash_table_insert (self->footnotes_by_id, (gpointer) resolute_footnote_get_id (footnote),
                       g_object_ref (footnote));
  self->needs_renumber = TRUE;
}

void
_resolute_document_remove_footnote (ResoluteDocument *self,
                                    ResoluteFootnote *footnote)
{
  g_hash_table_remove (self->footnotes_by_id, resolute_footnote_get_id (footnote));
  self->needs_renumber = TRUE;
}

void
_resolute_document_set_metadata (ResoluteDocument       *self,
                                 const ResoluteMetadata *metadata)
{
  gboolean language_changed = g_strcmp0 (self->metadata->fields[RESOLUTE_FIELD_LANGUAGE],
                                         metadata->fields[RESOLUTE_FIELD_LANGUAGE]) != 0;

  _resolute_metadata_free (self->metadata);
  self->metadata = _resolute_metadata_copy (metadata);
  if (language_changed)
    self->needs_renumber = TRUE;
  g_signal_emit (self, signals[METADATA_CHANGED], 0);
}

/* ------------------------------------------------------------------------ */
/* Numbering                                                                */

static int
compare_footnote_ids (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 (resolute_footnote_get_id (*(ResoluteFootnote **) a),
                    resolute_footnote_get_id (*(ResoluteFootnote **) b));
}

/* One walk over the clauses: labels, citations, footnote numbers. */
static void
renumber (ResoluteDocument *self)
{
  const ResoluteLanguage *language = resolute_document_get_language (self);
  const char *join;
  guint n = resolute_document_get_n_clauses (self);
  guint counters[RESOLUTE_CLAUSE_MAX_LEVEL + 1] = { 0 };
  char *parts[RESOLUTE_CLAUSE_MAX_LEVEL + 1] = { NULL };
  guint n_operative = 0;
  guint n_annexes = 0;
  guint annex_index = 0;
  guint preambular_index = 0;
  guint operative_index = 0;
  guint note_number = 0;
  gboolean changed = FALSE;
  ResoluteClauseKind parent_kind = RESOLUTE_CLAUSE_PREAMBULAR;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  self->needs_renumber = FALSE;
  join = resolute_language_get_word (language, "CitationJoin");

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (resolute_clause_get_level (clause) == 0 && !resolute_clause_get_continuation (clause))
        {
          if (kind == RESOLUTE_CLAUSE_OPERATIVE)
            n_operative++;
          else if (kind == RESOLUTE_CLAUSE_ANNEX)
            n_annexes++;
        }
    }

  /* the "*" notes come first */
  for (ResoluteNoteAnchor anchor = RESOLUTE_NOTE_ANCHOR_TITLE;
       anchor <= RESOLUTE_NOTE_ANCHOR_SPONSORS; anchor++)
    {
      ResoluteFootnote *star = resolute_document_get_star_note (self, anchor);

      if (star != NULL)
        {
          g_autofree char *label = g_strnfill (order->len + 1, '*');

          changed |= _resolute_footnote_set_label (star, label);
          g_ptr_array_add (order, star);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);
      guint level = resolute_clause_get_level (clause);
      const ResoluteInline *content = resolute_clause_get_content (clause);
      g_autofree char *label = NULL;
      g_autofree char *citation = NULL;

      if (resolute_clause_get_continuation (clause))
        {
          citation = g_strdup (parts[0]);
          for (guint l = 1; l <= level; l++)
            {
              g_autofree char *prefix = g_steal_pointer (&citation);

              citation = g_strconcat (prefix != NULL ? prefix : "", join,
                                      parts[l] != NULL ? parts[l] : "", NULL);
            }
        }
      else if (level == 0)
        {
          for (guint l = 0; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
            {
              counters[l] = 0;
              g_clear_pointer (&parts[l], g_free);
            }
          parent_kind = kind;

          switch (kind)
            {
            case RESOLUTE_CLAUSE_PREAMBULAR:
              preambular_index++;
              parts[0] = g_strdup_printf ("%u", preambular_index);
              break;

            case RESOLUTE_CLAUSE_OPERATIVE:
              operative_index++;
              parts[0] = resolute_language_format_citation (language, 0, operative_index);
              if (n_operative > 1)
                label = resolute_language_format_label (language, kind, 0, operative_index);
              break;

            case RESOLUTE_CLAUSE_ANNEX:
              annex_index++;
              operative_index = 0;
              if (n_annexes > 1)
                {
                  g_autofree char *roman = resolute_format_roman (annex_index, TRUE);

                  label = resolute_language_expand (language, "AnnexNumbered", "n", roman, NULL);
                  parts[0] = g_steal_pointer (&roman);
                }
              else
                label = g_strdup (resolute_language_get_word (language, "Annex"));
              break;

            case RESOLUTE_CLAUSE_ANNEX_HEADING:
              operative_index = 0;
              label = g_strdup (resolute_clause_get_heading_label (clause));
              break;

            case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
              operative_index++;
              parts[0] = resolute_language_format_citation (language, 0, operative_index);
              label = resolute_language_format_label (language, kind, 0, operative_index);
              break;

            case RESOLUTE_CLAUSE_ANNEX_TEXT:
            default:
              break;
            }
          citation = g_strdup (parts[0]);
        }
      else
        {
          counters[level]++;
          for (guint l = level + 1; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
            {
              counters[l] = 0;
              g_clear_pointer (&parts[l], g_free);
            }
          g_free (parts[level]);
          parts[level] = resolute_language_format_citation (language, level, counters[level]);
          label = resolute_language_format_label (language, parent_kind, level, counters[level]);

          citation = g_strdup (parts[0]);
          for (guint l = 1; l <= level; l++)
            {
              g_autofree char *prefix = g_steal_pointer (&citation);

              citation = g_strconcat (prefix != NULL ? prefix : "",
                                      prefix != NULL ? join : "",
                                      parts[l] != NULL ? parts[l] : "", NULL);
            }
        }

      changed |= _resolute_clause_set_numbering (clause, i, label, citation);

      for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);
          ResoluteFootnote *footnote;
          g_autofree char *number = NULL;

          if (object->kind != RESOLUTE_OBJECT_NOTE_REF
              || g_hash_table_contains (seen, object->target))
            continue;
          footnote = resolute_document_lookup_footnote (self, object->target);
          if (footnote == NULL || resolute_footnote_get_anchor (footnote) != RESOLUTE_NOTE_ANCHOR_TEXT)
            continue;
          g_hash_table_add (seen, object->target);
          number = g_strdup_printf ("%u", ++note_number);
          changed |= _resolute_footnote_set_label (footnote, number);
          g_ptr_array_add (order, footnote);
        }
    }

  for (guint l = 0; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
    g_free (parts[l]);

  /* footnotes without a mark (only possible in a file we were given) go last */
  if (order->len < g_hash_table_size (self->footnotes_by_id))
    {
      g_autoptr(GPtrArray) orphans = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->footnotes_by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (!g_ptr_array_find (order, value, NULL))
          g_ptr_array_add (orphans, value);
      g_ptr_array_sort (orphans, compare_footnote_ids);
      for (guint i = 0; i < orphans->len; i++)
        {
          changed |= _resolute_footnote_set_label (g_ptr_array_index (orphans, i), "?");
          g_ptr_array_add (order, g_ptr_array_index (orphans, i));
        }
    }

  /* keep the footnote list model in label order */
  {
    guint n_notes = g_list_model_get_n_items (G_LIST_MODEL (self->footnotes));
    gboolean same = n_notes == order->len;

    for (guint i = 0; same && i < n_notes; i++)
      {
        ResoluteFootnote *listed = g_list_model_get_item (G_LIST_MODEL (self->footnotes), i);

        same = listed == g_ptr_array_index (order, i);
        g_object_unref (listed);
      }
    if (!same)
      {
        g_list_store_splice (self->footnotes, 0, n_notes, order->pdata, order->len);
        changed = TRUE;
      }
  }

  if (changed)
    g_signal_emit (self, signals[NUMBERING_CHANGED], 0);
}

/* ------------------------------------------------------------------------ */
/* Derived text                                                             */

static char *
lowercase_first (const char *text)
{
  gunichar first;
  char buffer[8];
  int len;

  if (text == NULL || *text == '\0')
    return g_strdup (text);
  first = g_unichar_tolower (g_utf8_get_char (text));
  len = g_unichar_to_utf8 (first, buffer);
  return g_strconcat ((buffer[len] = '\0', buffer), g_utf8_next_char (text), NULL);
}

static char *
render_cross_ref (ResoluteDocument           *self,
                  ResoluteClause             *source,
                  const ResoluteInlineObject *object)
{
  const ResoluteLanguage *language = resolute_document_get_language (self);
  ResoluteClause *target = resolute_document_lookup_clause (self, object->target);
  ResoluteClauseKind kind;
  const char *key = "Paragraph";

  if (target == NULL)
    return g_strdup (resolute_language_get_word (language, "BrokenReference"));

  kind = resolute_clause_get_kind (target);
  if (kind == RESOLUTE_CLAUSE_PREAMBULAR)
    {
      guint position = resolute_clause_get_position (target);
      ResoluteClause *parent = target;
      g_autofree char *ordinal = NULL;
      g_autofree char *text = NULL;
      const char *suffix;
      guint index;

      while (resolute_clause_get_level (parent) > 0 && position > 0)
        parent = resolute_document_get_clause (self, --position);
      index = (guint) g_ascii_strtoull (resolute_clause_get_citation (parent), NULL, 10);
      ordinal = lowercase_first (resolute_language_get_ordinal (language, index));
      text = resolute_language_expand (language,
                                       (object->flags & RESOLUTE_CROSS_REF_BARE)
                                         ? "PreambularParagraph"
                                         : "PreambularParagraphCited",
                                       "ordinal", ordinal != NULL ? ordinal : "", NULL);
      suffix = resolute_clause_get_citation (target) + strlen (resolute_clause_get_citation (parent));
      return g_strconcat (text, suffix, NULL);
    }

  if (kind == RESOLUTE_CLAUSE_ANNEX || kind == RESOLUTE_CLAUSE_ANNEX_HEADING)
    return g_strdup (resolute_clause_get_label (target));

  if (object->flags & RESOLUTE_CROSS_REF_BARE)
    return g_strdup (resolute_clause_get_citation (target));

  if ((object->flags & RESOLUTE_CROSS_REF_DIRECTION) && source != NULL && source != target)
    key = resolute_clause_get_position (target) < resolute_clause_get_position (source)
            ? "ParagraphAbove"
            : "ParagraphBelow";

  return resolute_language_expand (language, key, "n", resolute_clause_get_citation (target), NULL);
}

/**
 * resolute_document_render_object:
 * @source: (nullable): the clause that holds @object
 *
 * Returns the text @object stands for: a footnote's number, or the current
 * wording of a cross-reference ("paragraph 3 (b) above").
 */
char *
resolute_document_render_object (ResoluteDocument           *self,
                                 ResoluteClause             *source,
                                 const ResoluteInlineObject *object)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (object != NULL, NULL);

  if (object->kind == RESOLUTE_OBJECT_NOTE_REF)
    {
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (self, object->target);

      return g_strdup (footnote != NULL ? resolute_footnote_get_label (footnote) : "?");
    }

  return render_cross_ref (self, source, object);
}

typedef struct
{
  ResoluteDocument *document;
  ResoluteClause   *clause;
} RenderData;

static char *
render_object_cb (const ResoluteInlineObject *object,
                  gpointer                    user_data)
{
  RenderData *data = user_data;

  return resolute_document_render_object (data->document, data->clause, object);
}

/**
 * resolute_document_get_plain_text:
 *
 * Returns the text of @clause with its footnote numbers and cross-reference
 * wording in place of the marks, without the paragraph number.
 */
char *
resolute_document_get_plain_text (ResoluteDocument *self,
                                  ResoluteClause   *clause)
{
  RenderData data = { self, clause };

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (clause), NULL);

  return resolute_inline_to_plain (resolute_clause_get_content (clause), render_object_cb, &data);
}

char *
resolute_document_get_footnote_plain_text (ResoluteDocument *self,
                                           ResoluteFootnote *footnote)
{
  RenderData data = { self, NULL };

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (footnote), NULL);

  return resolute_inline_to_plain (resolute_footnote_get_content (footnote), render_object_cb,
                                   &data);
}

/**
 * resolute_document_get_opening_length:
 *
 * Returns the length in bytes of the opening phrase of @clause that is set in
 * italics automatically, or 0 when the clause has none or the author took
 * over its emphasis.
 */
gsize
resolute_document_get_opening_length (ResoluteDocument *self,
                                      ResoluteClause   *clause)
{
  ResoluteClauseKind kind;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (clause), 0);

  kind = resolute_clause_get_kind (clause);
  if (!resolute_clause_get_auto_opening (clause) || resolute_clause_get_level (clause) > 0
      || resolute_clause_get_continuation (clause)
      || (kind != RESOLUTE_CLAUSE_PREAMBULAR && kind != RESOLUTE_CLAUSE_OPERATIVE))
    return 0;

  return resolute_language_match_opening (resolute_document_get_language (self), kind,
                                          resolute_inline_get_text (resolute_clause_get_content (clause)));
}

/**
 * resolute_document_get_display_content:
 *
 * Returns: (transfer full): the content of @clause as it is printed: with its
 * automatic italic opening phrase as a span.
 */
ResoluteInline *
resolute_document_get_display_content (ResoluteDocument *self,
                                       ResoluteClause   *clause)
{
  ResoluteInline *content;
  gsize opening;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (clause), NULL);

  content = resolute_inline_copy (resolute_clause_get_content (clause));
  opening = resolute_document_get_opening_length (self, clause);
  if (opening > 0)
    resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 0, opening, NULL, TRUE);

  return content;
}

/**
 * resolute_document_get_session_text:
 *
 * Returns "Sixty-eighth session", or %NULL when the session is not set.
 */
char *
resolute_document_get_session_text (ResoluteDocument *self)
{
  const char *text;
  const char *number;
  guint64 session;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  text = self->metadata->fields[RESOLUTE_FIELD_SESSION_TEXT];
  if (text != NULL && *text != '\0')
    return g_strdup (text);

  number = self->metadata->fields[RESOLUTE_FIELD_SESSION];
  if (number == NULL || !g_ascii_string_to_unsigned (number, 10, 1, 999, &session, NULL))
    return NULL;

  return resolute_language_format_session (resolute_document_get_language (self), session);
}

/**
 * resolute_document_get_authoring_formula:
 *
 * Returns the authoring formula as printed: the field when the author set
 * one, else the organ's usual formula in the document language ("The General
 * Assembly,").
 */
const char *
resolute_document_get_authoring_formula (ResoluteDocument *self)
{
  const char *formula;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  formula = self->metadata->fields[RESOLUTE_FIELD_AUTHORING_FORMULA];
  if (formula != NULL)
    return formula;
  return resolute_language_get_formula (resolute_document_get_language (self),
                                        self->metadata->organ);
}

/**
 * resolute_document_get_sponsors_text:
 *
 * Returns the sponsors as the sponsors line names them: "A, B and C".
 */
char *
resolute_document_get_sponsors_text (ResoluteDocument *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  for (guint i = 0; i < self->metadata->sponsors->len; i++)
    g_ptr_array_add (names, ((ResoluteSponsor *) g_ptr_array_index (self->metadata->sponsors, i))->name);
  g_ptr_array_add (names, NULL);

  return resolute_language_join_list (resolute_document_get_language (self),
                                      (const char * const *) names->pdata);
}

static char *
job_digits (ResoluteDocument *self)
{
  const char *job = self->metadata->fields[RESOLUTE_FIELD_JOB_NUMBER];
  GString *digits = g_string_new (NULL);

  for (const char *p = job; p != NULL && *p != '\0' && *p != '('; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);

  if (digits->len == 0)
    {
      g_string_free (digits, TRUE);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

/**
 * resolute_document_get_job_code:
 *
 * Returns the ODS job code ("N1344905E"): the stored one, or one derived from
 * the job number "13-44905 (E)" with the New York prefix N.
 */
char *
resolute_document_get_job_code (ResoluteDocument *self)
{
  const char *stored;
  const char *job;
  const char *paren;
  g_autofree char *digits = NULL;
  char letter;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  stored = self->metadata->fields[RESOLUTE_FIELD_JOB_CODE];
  if (stored != NULL && *stored != '\0')
    return g_strdup (stored);

  digits = job_digits (self);
  if (digits == NULL)
    return NULL;

  job = self->metadata->fields[RESOLUTE_FIELD_JOB_NUMBER];
  paren = strchr (job, '(');
  letter = paren != NULL && g_ascii_isalpha (paren[1])
             ? paren[1]
             : resolute_language_get_job_letter (resolute_document_get_language (self))[0];

  return g_strdup_printf ("N%s%c", digits, letter);
}

/**
 * resolute_document_get_barcode_text:
 *
 * Returns the Code 39 text of the job number barcode: "*1344905*".
 */
char *
resolute_document_get_barcode_text (ResoluteDocument *self)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  digits = job_digits (self);
  if (digits == NULL)
    return NULL;
  return g_strdup_printf ("*%s*", digits);
}

/**
 * resolute_document_get_broken_references:
 *
 * Returns: (transfer container) (element-type ResoluteClause): the clauses that
 * hold a cross-reference whose target was deleted, in reading order.
 */
GPtrArray *
resolute_document_get_broken_references (ResoluteDocument *self)
{
  GPtrArray *broken = g_ptr_array_new ();

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  for (guint i = 0, n = resolute_document_get_n_clauses (self); i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);

      for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);

          if (object->kind == RESOLUTE_OBJECT_CROSS_REF
              && resolute_document_lookup_clause (self, object->target) == NULL)
            {
              g_ptr_array_add (broken, clause);
              break;
            }
        }
    }

  return broken;
}

/**
 * resolute_document_check:
 *
 * Checks every invariant of the model: the structure rules, unique ids, each
 * inline's integrity, footnote marks that point at footnotes, footnotes
 * numbered 1…n in reading order with no footnote left without a mark, and
 * paragraph numbers that run 1…n.
 */
gboolean
resolute_document_check (ResoluteDocument  *self,
                         GError           **error)
{
  g_autoptr(GArray) shapes = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint expected_note = 0;
  guint expected_operative = 0;
  guint n_operative = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  shapes = current_shapes (self);
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    return FALSE;

  n = resolute_document_get_n_clauses (self);
  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);

      if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_OPERATIVE
          && resolute_clause_get_level (clause) == 0 && !resolute_clause_get_continuation (clause))
        n_operative++;
    }

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);
      g_autoptr(GError) local_error = NULL;

      if (!g_hash_table_add (ids, (gpointer) resolute_clause_get_id (clause))
          || resolute_document_lookup_clause (self, resolute_clause_get_id (clause)) != clause)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       "clause %u: id %s is not unique", i + 1, resolute_clause_get_id (clause));
          return FALSE;
        }
      if (resolute_clause_get_position (clause) != i)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       "clause %u: cached position %u", i + 1, resolute_clause_get_position (clause));
          return FALSE;
        }
      if (!check_content (self, content, &local_error))
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, "clause %u: %s", i + 1,
                       local_error->message);
          return FALSE;
        }

      if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_OPERATIVE
          && resolute_clause_get_level (clause) == 0 && !resolute_clause_get_continuation (clause))
        {
          g_autofree char *expected = NULL;

          expected_operative++;
          expected = n_operative > 1 ? g_strdup_printf ("%u.", expected_operative) : g_strdup ("");
          if (g_strcmp0 (resolute_clause_get_label (clause), expected) != 0)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           "clause %u: operative paragraph labelled “%s”, expected “%s”", i + 1,
                           resolute_clause_get_label (clause), expected);
              return FALSE;
            }
        }

      for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);
          g_autofree char *expected = NULL;
          ResoluteFootnote *footnote;

          if (object->kind != RESOLUTE_OBJECT_NOTE_REF || g_hash_table_contains (seen, object->target))
            continue;
          g_hash_table_add (seen, object->target);
          footnote = resolute_document_lookup_footnote (self, object->target);
          expected = g_strdup_printf ("%u", ++expected_note);
          if (g_strcmp0 (resolute_footnote_get_label (footnote), expected) != 0)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           "footnote %s is numbered %s, expected %s in reading order",
                           object->target, resolute_footnote_get_label (footnote), expected);
              return FALSE;
            }
        }
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->footnotes_by_id);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        const char *id = resolute_footnote_get_id (value);
        const ResoluteInline *content = resolute_footnote_get_content (value);

        if (g_hash_table_contains (ids, id))
          {
            g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                         "footnote id %s is also a clause id", id);
            return FALSE;
          }
        if (resolute_footnote_get_anchor (value) == RESOLUTE_NOTE_ANCHOR_TEXT
            && !g_hash_table_contains (seen, id))
          {
            g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                         _("Footnote “%s” has no mark in the text"), id);
            return FALSE;
          }
        if (!resolute_inline_check (content, NULL))
          {
            g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                         "footnote %s: broken content", id);
            return FALSE;
          }
        for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
          if (resolute_inline_get_object (content, j)->kind == RESOLUTE_OBJECT_NOTE_REF)
            {
              g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                           "footnote %s holds a footnote mark", id);
              return FALSE;
            }
      }
  }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Editing: metadata                                                        */

static void
change_metadata (ResoluteDocument *self,
                 ResoluteMetadata *after,
                 const char       *description,
                 const char       *merge_key)
{
  ResoluteCommand *command;

  if (_resolute_metadata_equal (self->metadata, after))
    {
      _resolute_metadata_free (after);
      return;
    }

  command = _resolute_command_new_metadata (_resolute_metadata_copy (self->metadata), after);
  _resolute_command_set_description (command, description);
  _resolute_command_set_merge_key (command, merge_key);
  run (self, command);
}

static gboolean
valid_iso_date (const char *value)
{
  guint y, m, d;
  char rest;

  return sscanf (value, "%4u-%2u-%2u%c", &y, &m, &d, &rest) == 3 && strlen (value) == 10
         && g_date_valid_dmy (d, m, y);
}

/**
 * resolute_document_set_field:
 * @value: (nullable): the new value; %NULL or "" clears the field
 *
 * Dates must be ISO 8601 (`2013-12-18`), the session a number.
 */
gboolean
resolute_document_set_field (ResoluteDocument  *self,
                             ResoluteField      field,
                             const char        *value,
                             GError           **error)
{
  ResoluteMetadata *after;
  g_autofree char *merge_key = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (field < RESOLUTE_N_FIELDS, FALSE);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("The text is not valid UTF-8"));
      return FALSE;
    }

  if (value != NULL
      && (field == RESOLUTE_FIELD_ISSUE_DATE || field == RESOLUTE_FIELD_ADOPTION_DATE)
      && !valid_iso_date (value))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD"), value);
      return FALSE;
    }

  if (value != NULL && field == RESOLUTE_FIELD_SESSION
      && !g_ascii_string_to_unsigned (value, 10, 1, 999, NULL, NULL))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("“%s” is not a session number"), value);
      return FALSE;
    }

  if (field == RESOLUTE_FIELD_LANGUAGE && value == NULL)
    value = "eng";

  after = _resolute_metadata_copy (self->metadata);
  g_free (after->fields[field]);
  after->fields[field] = g_strdup (value);
  merge_key = g_strdup_printf ("field:%u", field);
  change_metadata (self, after, _("Edit Document Properties"), merge_key);

  return TRUE;
}

void
resolute_document_set_organ (ResoluteDocument *self,
                             ResoluteOrgan     organ)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (organ < G_N_ELEMENTS (organ_names));

  after = _resolute_metadata_copy (self->metadata);
  after->organ = organ;
  change_metadata (self, after, _("Change Organ"), NULL);
}

void
resolute_document_set_kind (ResoluteDocument     *self,
                            ResoluteDocumentKind  kind)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (kind < G_N_ELEMENTS (kind_names));

  after = _resolute_metadata_copy (self->metadata);
  after->kind = kind;
  change_metadata (self, after, _("Change Document Kind"), NULL);
}

void
resolute_document_set_distribution (ResoluteDocument     *self,
                                    ResoluteDistribution  distribution)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (distribution < G_N_ELEMENTS (distribution_names));

  after = _resolute_metadata_copy (self->metadata);
  after->distribution = distribution;
  change_metadata (self, after, _("Change Distribution"), NULL);
}

/**
 * resolute_document_set_sponsors:
 * @sponsors: (element-type ResoluteSponsor): the sponsors in order
 */
void
resolute_document_set_sponsors (ResoluteDocument *self,
                                GPtrArray        *sponsors)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (sponsors != NULL);

  after = _resolute_metadata_copy (self->metadata);
  g_ptr_array_set_size (after->sponsors, 0);
  for (guint i = 0; i < sponsors->len; i++)
    g_ptr_array_add (after->sponsors, resolute_sponsor_copy (g_ptr_array_index (sponsors, i)));
  change_metadata (self, after, _("Edit Sponsors"), NULL);
}

void
resolute_document_add_sponsor (ResoluteDocument *self,
                               const char       *name,
                               gboolean          joined_later)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (name != NULL);

  after = _resolute_metadata_copy (self->metadata);
  g_ptr_array_add (after->sponsors, resolute_sponsor_new (name, joined_later));
  change_metadata (self, after, _("Add Sponsor"), NULL);
}

gboolean
resolute_document_remove_sponsor (ResoluteDocument  *self,
                                  guint              index,
                                  GError           **error)
{
  ResoluteMetadata *after;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (index >= self->metadata->sponsors->len)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("There is no sponsor %u"),
                   index + 1);
      return FALSE;
    }

  after = _resolute_metadata_copy (self->metadata);
  g_ptr_array_remove_index (after->sponsors, index);
  change_metadata (self, after, _("Remove Sponsor"), NULL);
  return TRUE;
}

gboolean
resolute_document_move_sponsor (ResoluteDocument  *self,
                                guint              from,
                                guint              to,
                                GError           **error)
{
  ResoluteMetadata *after;
  gpointer sponsor;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (from >= self->metadata->sponsors->len || to >= self->metadata->sponsors->len)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("There is no sponsor %u"),
                   MAX (from, to) + 1);
      return FALSE;
    }

  after = _resolute_metadata_copy (self->metadata);
  sponsor = g_ptr_array_steal_index (after->sponsors, from);
  g_ptr_array_insert (after->sponsors, to, sponsor);
  change_metadata (self, after, _("Move Sponsor"), NULL);
  return TRUE;
}

/**
 * resolute_document_set_agenda_items:
 * @items: (element-type ResoluteAgendaItem): the agenda items
 */
void
resolute_document_set_agenda_items (ResoluteDocument *self,
                                    GPtrArray        *items)
{
  ResoluteMetadata *after;

  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);

  after = _resolute_metadata_copy (self->metadata);
  g_ptr_array_set_size (after->agenda_items, 0);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (after->agenda_items, resolute_agenda_item_copy (g_ptr_array_index (items, i)));
  change_metadata (self, after, _("Edit Agenda Items"), NULL);
}

/* ------------------------------------------------------------------------ */
/* Editing: clauses                                                         */

static gboolean
check_position (ResoluteDocument  *self,
                guint              position,
                GError           **error)
{
  if (position >= resolute_document_get_n_clauses (self))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("There is no clause at position %u"), position + 1);
      return FALSE;
    }
  return TRUE;
}

/* Removes the footnotes among @candidates (ids) that no mark refers to any
 * more: deleting a footnote's last mark deletes the footnote. */
static void
collect_footnotes (ResoluteDocument *self,
                   GPtrArray        *candidates)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (self,
                                                                      g_ptr_array_index (candidates, i));

      if (footnote != NULL && resolute_footnote_get_anchor (footnote) == RESOLUTE_NOTE_ANCHOR_TEXT
          && resolute_document_count_note_refs (self, resolute_footnote_get_id (footnote)) == 0)
        run (self, _resolute_command_new_footnote (footnote, FALSE));
    }
}

static void
add_note_targets (GPtrArray            *ids,
                  const ResoluteInline *content)
{
  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      if (object->kind == RESOLUTE_OBJECT_NOTE_REF
          && !g_ptr_array_find_with_equal_func (ids, object->target, g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (object->target));
    }
}

/* Records a change of the clause at @position to the state of @after (a
 * detached snapshot, taken). */
static void
set_clause_state (ResoluteDocument *self,
                  guint             position,
                  ResoluteClause   *after,
                  const char       *description,
                  const char       *merge_key)
{
  ResoluteClause *clause = resolute_document_get_clause (self, position);
  ResoluteCommand *command;

  if (_resolute_clause_same_state (clause, after))
    {
      g_object_unref (after);
      return;
    }

  command = _resolute_command_new_clause_state (position, _resolute_clause_clone (clause), after);
  _resolute_command_set_description (command, description);
  _resolute_command_set_merge_key (command, merge_key);
  run (self, command);
}

static ResoluteClause *
snapshot (ResoluteDocument *self,
          guint             position)
{
  return _resolute_clause_clone (resolute_document_get_clause (self, position));
}

/**
 * resolute_document_insert_clause:
 * @position: where the new clause goes (0 … number of clauses)
 * @content: (nullable): its text
 *
 * Returns: (transfer none): the new clause.
 */
ResoluteClause *
resolute_document_insert_clause (ResoluteDocument      *self,
                                 guint                  position,
                                 ResoluteClauseKind     kind,
                                 guint                  level,
                                 const ResoluteInline  *content,
                                 GError               **error)
{
  g_autoptr(GArray) shapes = NULL;
  g_autofree char *id = NULL;
  GPtrArray *inserted;
  ResoluteClause *clause;
  Shape shape = { kind, level, FALSE };

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (position > resolute_document_get_n_clauses (self))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("There is no clause at position %u"), position + 1);
      return NULL;
    }
  if (kind > RESOLUTE_CLAUSE_ANNEX_TEXT)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("Unknown kind of clause"));
      return NULL;
    }
  if (content != NULL && !check_content (self, content, error))
    return NULL;

  shapes = current_shapes (self);
  g_array_insert_val (shapes, position, shape);
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    return NULL;

  id = _resolute_document_new_id (self, "c");
  clause = _resolute_clause_new (id, kind, level,
                                 content != NULL ? resolute_inline_copy (content) : NULL);
  inserted = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (inserted, clause);

  {
    ResoluteCommand *command = _resolute_command_new_splice (position, NULL, inserted);

    _resolute_command_set_description (command,
                                       kind == RESOLUTE_CLAUSE_PREAMBULAR ? _("Insert Preambular Paragraph")
                                       : kind == RESOLUTE_CLAUSE_OPERATIVE ? _("Insert Operative Paragraph")
                                       : kind == RESOLUTE_CLAUSE_ANNEX   ? _("Insert Annex")
                                                                          : _("Insert Paragraph"));
    run (self, command);
  }

  return clause;
}

/**
 * resolute_document_delete_clauses:
 *
 * Deletes @n_clauses clauses from @position, with the footnotes that only
 * they referred to. Cross-references to them become broken references, which
 * the document reports (see resolute_document_get_broken_references()).
 */
gboolean
resolute_document_delete_clauses (ResoluteDocument  *self,
                                  guint              position,
                                  guint              n_clauses,
                                  GError           **error)
{
  g_autoptr(GArray) shapes = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *removed;
  ResoluteCommand *command;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (n_clauses == 0)
    return TRUE;
  if (position + n_clauses > resolute_document_get_n_clauses (self) || position + n_clauses < position)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("There is no clause at position %u"), position + n_clauses);
      return FALSE;
    }

  shapes = current_shapes (self);
  g_array_remove_range (shapes, position, n_clauses);
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    {
      g_prefix_error (error, _("Cannot delete: "));
      return FALSE;
    }

  removed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_clauses; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, position + i);

      g_ptr_array_add (removed, g_object_ref (clause));
      add_note_targets (notes, resolute_clause_get_content (clause));
    }

  resolute_document_begin_group (self, n_clauses == 1 ? _("Delete Paragraph") : _("Delete Paragraphs"));
  command = _resolute_command_new_splice (position, removed, NULL);
  run (self, command);
  collect_footnotes (self, notes);
  resolute_document_end_group (self);

  return TRUE;
}

/**
 * resolute_document_move_clauses:
 * @destination: the position the first moved clause has after the move
 */
gboolean
resolute_document_move_clauses (ResoluteDocument  *self,
                                guint              position,
                                guint              n_clauses,
                                guint              destination,
                                GError           **error)
{
  g_autoptr(GArray) shapes = NULL;
  g_autoptr(GArray) moved = NULL;
  guint n;
  GPtrArray *removed;
  GPtrArray *inserted;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  n = resolute_document_get_n_clauses (self);
  if (n_clauses == 0 || position + n_clauses > n || destination + n_clauses > n)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("Cannot move clauses %u–%u to position %u"), position + 1,
                   position + n_clauses, destination + 1);
      return FALSE;
    }
  if (destination == position)
    return TRUE;

  shapes = current_shapes (self);
  moved = g_array_sized_new (FALSE, FALSE, sizeof (Shape), n_clauses);
  g_array_append_vals (moved, &g_array_index (shapes, Shape, position), n_clauses);
  g_array_remove_range (shapes, position, n_clauses);
  g_array_insert_vals (shapes, destination, moved->data, n_clauses);
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    {
      g_prefix_error (error, _("Cannot move there: "));
      return FALSE;
    }

  removed = g_ptr_array_new_with_free_func (g_object_unref);
  inserted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_clauses; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, position + i);

      g_ptr_array_add (removed, g_object_ref (clause));
      g_ptr_array_add (inserted, g_object_ref (clause));
    }

  resolute_document_begin_group (self, n_clauses == 1 ? _("Move Paragraph") : _("Move Paragraphs"));
  run (self, _resolute_command_new_splice (position, removed, NULL));
  run (self, _resolute_command_new_splice (destination, NULL, inserted));
  resolute_document_end_group (self);

  return TRUE;
}

/* The start of the sibling block before the clause at @position: the
 * previous clause of the same kind and level, with its sub-paragraphs. */
static gboolean
previous_sibling (ResoluteDocument *self,
                  guint             position,
                  guint            *sibling)
{
  ResoluteClause *clause = resolute_document_get_clause (self, position);
  guint level = resolute_clause_get_level (clause);
  ResoluteClauseKind kind = resolute_clause_get_kind (clause);

  for (guint i = position; i > 0; i--)
    {
      ResoluteClause *prev = resolute_document_get_clause (self, i - 1);

      if (resolute_clause_get_level (prev) < level || resolute_clause_get_kind (prev) != kind)
        return FALSE;
      if (resolute_clause_get_level (prev) == level && !resolute_clause_get_continuation (prev))
        {
          *sibling = i - 1;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * resolute_document_move_clause_up:
 *
 * Moves the clause at @position, with its sub-paragraphs, before its previous
 * sibling (paragraph 4 becomes paragraph 3).
 */
gboolean
resolute_document_move_clause_up (ResoluteDocument  *self,
                                  guint              position,
                                  GError           **error)
{
  guint sibling;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (!previous_sibling (self, position, &sibling))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("The paragraph is already the first of its kind"));
      return FALSE;
    }

  return resolute_document_move_clauses (self, position,
                                         resolute_document_get_subtree_length (self, position),
                                         sibling, error);
}

gboolean
resolute_document_move_clause_down (ResoluteDocument  *self,
                                    guint              position,
                                    GError           **error)
{
  guint length;
  guint next;
  ResoluteClause *clause;
  ResoluteClause *next_clause;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  clause = resolute_document_get_clause (self, position);
  length = resolute_document_get_subtree_length (self, position);
  next = position + length;
  next_clause = resolute_document_get_clause (self, next);
  if (next_clause == NULL || resolute_clause_get_kind (next_clause) != resolute_clause_get_kind (clause)
      || resolute_clause_get_level (next_clause) != resolute_clause_get_level (clause)
      || resolute_clause_get_continuation (next_clause))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("The paragraph is already the last of its kind"));
      return FALSE;
    }

  return resolute_document_move_clauses (self, position, length,
                                         position + resolute_document_get_subtree_length (self, next),
                                         error);
}

/**
 * resolute_document_split_clause:
 * @offset: byte offset in the clause text where the new clause starts
 *
 * Splits a clause in two at @offset (Enter inside a paragraph). The new
 * clause has the same kind and level and takes the sub-paragraphs that
 * followed the original.
 *
 * Returns: (transfer none): the new clause.
 */
ResoluteClause *
resolute_document_split_clause (ResoluteDocument  *self,
                                guint              position,
                                guint              offset,
                                GError           **error)
{
  ResoluteClause *clause;
  const ResoluteInline *content;
  ResoluteClause *first;
  ResoluteClause *second;
  g_autofree char *id = NULL;
  GPtrArray *inserted;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (!check_position (self, position, error))
    return NULL;

  clause = resolute_document_get_clause (self, position);
  content = resolute_clause_get_content (clause);
  if (offset > resolute_inline_get_length (content)
      || (offset < resolute_inline_get_length (content)
          && (resolute_inline_get_text (content)[offset] & 0xC0) == 0x80))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("Cannot split the paragraph at offset %u"), offset);
      return NULL;
    }
  if (!resolute_clause_kind_has_levels (resolute_clause_get_kind (clause))
      && resolute_clause_get_kind (clause) != RESOLUTE_CLAUSE_ANNEX_HEADING)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("An annex title cannot be split"));
      return NULL;
    }

  first = snapshot (self, position);
  _resolute_clause_take_content (first, resolute_inline_slice (content, 0, offset));

  id = _resolute_document_new_id (self, "c");
  second = _resolute_clause_new (id, resolute_clause_get_kind (clause),
                                 resolute_clause_get_level (clause),
                                 resolute_inline_slice (content, offset,
                                                        resolute_inline_get_length (content)));
  inserted = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (inserted, second);

  resolute_document_begin_group (self, _("Split Paragraph"));
  set_clause_state (self, position, first, NULL, NULL);
  run (self, _resolute_command_new_splice (position + 1, NULL, inserted));
  resolute_document_end_group (self);

  return second;
}

/**
 * resolute_document_merge_clause:
 *
 * Joins the clause at @position to the end of the one before it (Backspace
 * at the start of a paragraph).
 */
gboolean
resolute_document_merge_clause (ResoluteDocument  *self,
                                guint              position,
                                GError           **error)
{
  g_autoptr(GArray) shapes = NULL;
  ResoluteClause *clause;
  ResoluteClause *merged;
  ResoluteInline *content;
  GPtrArray *removed;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (position == 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("The first paragraph has nothing to join"));
      return FALSE;
    }

  shapes = current_shapes (self);
  g_array_remove_index (shapes, position);
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    {
      g_prefix_error (error, _("Cannot join the paragraphs: "));
      return FALSE;
    }

  clause = resolute_document_get_clause (self, position);
  merged = snapshot (self, position - 1);
  content = resolute_inline_copy (resolute_clause_get_content (merged));
  resolute_inline_append (content, resolute_clause_get_content (clause));
  _resolute_clause_take_content (merged, content);

  removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (removed, g_object_ref (clause));

  resolute_document_begin_group (self, _("Join Paragraphs"));
  run (self, _resolute_command_new_splice (position, removed, NULL));
  set_clause_state (self, position - 1, merged, NULL, NULL);
  resolute_document_end_group (self);

  return TRUE;
}

/* Applies new levels or kinds to a run of clauses after checking the whole. */
static gboolean
reshape_clauses (ResoluteDocument  *self,
                 guint              position,
                 guint              length,
                 int                level_delta,
                 const ResoluteClauseKind *kind,
                 const char        *description,
                 GError           **error)
{
  g_autoptr(GArray) shapes = current_shapes (self);

  for (guint i = position; i < position + length; i++)
    {
      Shape *shape = &g_array_index (shapes, Shape, i);

      if ((int) shape->level + level_delta < 0 || (int) shape->level + level_delta > RESOLUTE_CLAUSE_MAX_LEVEL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       level_delta > 0 ? _("Sub-paragraphs go at most %u levels deep")
                                       : _("The paragraph is already at the top level"),
                       RESOLUTE_CLAUSE_MAX_LEVEL);
          return FALSE;
        }
      shape->level += level_delta;
      if (kind != NULL)
        shape->kind = *kind;
    }
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    return FALSE;

  resolute_document_begin_group (self, description);
  for (guint i = position; i < position + length; i++)
    {
      ResoluteClause *after = snapshot (self, i);

      _resolute_clause_set_level (after, resolute_clause_get_level (after) + level_delta);
      if (kind != NULL)
        _resolute_clause_set_kind (after, *kind);
      set_clause_state (self, i, after, NULL, NULL);
    }
  resolute_document_end_group (self);

  return TRUE;
}

/**
 * resolute_document_set_clause_kind:
 *
 * Changes the kind of the clause at @position and of its sub-paragraphs.
 * A preambular paragraph made operative moves to the start of the operative
 * part, an operative one made preambular to the end of the preamble, so that
 * the preamble always comes first.
 */
gboolean
resolute_document_set_clause_kind (ResoluteDocument    *self,
                                   guint                position,
                                   ResoluteClauseKind   kind,
                                   GError             **error)
{
  ResoluteClause *clause;
  ResoluteClauseKind old_kind;
  guint length;
  guint n;
  guint boundary = 0;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  clause = resolute_document_get_clause (self, position);
  old_kind = resolute_clause_get_kind (clause);
  if (old_kind == kind)
    return TRUE;
  if (resolute_clause_get_level (clause) > 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("A sub-paragraph has the kind of its paragraph"));
      return FALSE;
    }

  length = resolute_document_get_subtree_length (self, position);
  if (reshape_clauses (self, position, length, 0, &kind,
                       kind == RESOLUTE_CLAUSE_OPERATIVE    ? _("Make Operative")
                       : kind == RESOLUTE_CLAUSE_PREAMBULAR ? _("Make Preambular")
                                                            : _("Change Paragraph Kind"),
                       &local_error))
    return TRUE;

  if (!((old_kind == RESOLUTE_CLAUSE_PREAMBULAR && kind == RESOLUTE_CLAUSE_OPERATIVE)
        || (old_kind == RESOLUTE_CLAUSE_OPERATIVE && kind == RESOLUTE_CLAUSE_PREAMBULAR)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* the boundary between the preamble and the operative part */
  n = resolute_document_get_n_clauses (self);
  while (boundary < n
         && resolute_clause_get_kind (resolute_document_get_clause (self, boundary))
              == RESOLUTE_CLAUSE_PREAMBULAR)
    boundary++;

  resolute_document_begin_group (self, kind == RESOLUTE_CLAUSE_OPERATIVE ? _("Make Operative")
                                                                          : _("Make Preambular"));
  if (kind == RESOLUTE_CLAUSE_OPERATIVE)
    {
      /* to the end of the preamble, then switch */
      if (!resolute_document_move_clauses (self, position, length, boundary - length, error)
          || !reshape_clauses (self, boundary - length, length, 0, &kind, NULL, error))
        {
          abort_group (self);
          return FALSE;
        }
    }
  else
    {
      if (!resolute_document_move_clauses (self, position, length, boundary, error)
          || !reshape_clauses (self, boundary, length, 0, &kind, NULL, error))
        {
          abort_group (self);
          return FALSE;
        }
    }
  resolute_document_end_group (self);

  return TRUE;
}

gboolean
resolute_document_set_clause_level (ResoluteDocument  *self,
                                    guint              position,
                                    guint              level,
                                    GError           **error)
{
  ResoluteClause *clause;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  clause = resolute_document_get_clause (self, position);
  return reshape_clauses (self, position, 1, (int) level - (int) resolute_clause_get_level (clause),
                          NULL, _("Change Level"), error);
}

/**
 * resolute_document_indent_clause:
 *
 * Demotes the clause at @position with its sub-paragraphs one level:
 * paragraph → (a) → (i) → a. → i. (Tab).
 */
gboolean
resolute_document_indent_clause (ResoluteDocument  *self,
                                 guint              position,
                                 GError           **error)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  return reshape_clauses (self, position, resolute_document_get_subtree_length (self, position), 1,
                          NULL, _("Demote Paragraph"), error);
}

/**
 * resolute_document_outdent_clause:
 *
 * Promotes the clause at @position with its sub-paragraphs one level
 * (Shift+Tab).
 */
gboolean
resolute_document_outdent_clause (ResoluteDocument  *self,
                                  guint              position,
                                  GError           **error)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  return reshape_clauses (self, position, resolute_document_get_subtree_length (self, position), -1,
                          NULL, _("Promote Paragraph"), error);
}

gboolean
resolute_document_set_clause_continuation (ResoluteDocument  *self,
                                           guint              position,
                                           gboolean           continuation,
                                           GError           **error)
{
  g_autoptr(GArray) shapes = NULL;
  ResoluteClause *after;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  shapes = current_shapes (self);
  g_array_index (shapes, Shape, position).continuation = !!continuation;
  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    return FALSE;

  after = snapshot (self, position);
  _resolute_clause_set_continuation (after, continuation);
  set_clause_state (self, position, after, _("Change Paragraph"), NULL);
  return TRUE;
}

gboolean
resolute_document_set_clause_heading_label (ResoluteDocument  *self,
                                            guint              position,
                                            const char        *label,
                                            GError           **error)
{
  ResoluteClause *after;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (label != NULL && !g_utf8_validate (label, -1, NULL))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("The text is not valid UTF-8"));
      return FALSE;
    }

  after = snapshot (self, position);
  _resolute_clause_set_heading_label (after, label);
  set_clause_state (self, position, after, _("Edit Heading"), NULL);
  return TRUE;
}

gboolean
resolute_document_set_clause_auto_opening (ResoluteDocument  *self,
                                           guint              position,
                                           gboolean           auto_opening,
                                           GError           **error)
{
  ResoluteClause *after;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  after = snapshot (self, position);
  _resolute_clause_set_auto_opening (after, auto_opening);
  set_clause_state (self, position, after, _("Change Emphasis"), NULL);
  return TRUE;
}

/* Replaces the content of the clause at @position, removing the footnotes
 * whose last mark the change took away. */
static gboolean
replace_content (ResoluteDocument  *self,
                 guint              position,
                 ResoluteClause    *after,
                 const char        *description,
                 const char        *merge_key,
                 GError           **error)
{
  ResoluteClause *clause = resolute_document_get_clause (self, position);
  g_autoptr(GPtrArray) before_notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after_notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lost = g_ptr_array_new_with_free_func (g_free);

  if (!check_content (self, resolute_clause_get_content (after), error))
    {
      g_object_unref (after);
      return FALSE;
    }

  add_note_targets (before_notes, resolute_clause_get_content (clause));
  add_note_targets (after_notes, resolute_clause_get_content (after));
  for (guint i = 0; i < before_notes->len; i++)
    if (!g_ptr_array_find_with_equal_func (after_notes, g_ptr_array_index (before_notes, i),
                                           g_str_equal, NULL))
      g_ptr_array_add (lost, g_strdup (g_ptr_array_index (before_notes, i)));

  if (lost->len == 0)
    {
      set_clause_state (self, position, after, description, merge_key);
      return TRUE;
    }

  resolute_document_begin_group (self, description);
  set_clause_state (self, position, after, NULL, NULL);
  collect_footnotes (self, lost);
  resolute_document_end_group (self);
  return TRUE;
}

gboolean
resolute_document_set_clause_content (ResoluteDocument      *self,
                                      guint                  position,
                                      const ResoluteInline  *content,
                                      GError               **error)
{
  ResoluteClause *after;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (content != NULL, FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  after = snapshot (self, position);
  _resolute_clause_take_content (after, resolute_inline_copy (content));
  return replace_content (self, position, after, _("Edit Paragraph"), NULL, error);
}

static gboolean
check_offset (const ResoluteInline  *content,
              guint                  offset,
              GError               **error)
{
  if (offset > resolute_inline_get_length (content)
      || (offset < resolute_inline_get_length (content)
          && (resolute_inline_get_text (content)[offset] & 0xC0) == 0x80))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("Offset %u is not a character position in the paragraph"), offset);
      return FALSE;
    }
  return TRUE;
}

/**
 * resolute_document_insert_text:
 *
 * Inserts @text (without line breaks) in the clause at @position. Typing is
 * undone a word at a time.
 */
gboolean
resolute_document_insert_text (ResoluteDocument  *self,
                               guint              position,
                               guint              offset,
                               const char        *text,
                               GError           **error)
{
  ResoluteClause *after;
  ResoluteInline *content;
  g_autofree char *merge_key = NULL;
  gsize len;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("The text is not valid UTF-8"));
      return FALSE;
    }
  if (strpbrk (text, "\n\r") != NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("A paragraph cannot hold a line break; split it instead"));
      return FALSE;
    }

  after = snapshot (self, position);
  if (!check_offset (resolute_clause_get_content (after), offset, error))
    {
      g_object_unref (after);
      return FALSE;
    }

  content = resolute_inline_copy (resolute_clause_get_content (after));
  resolute_inline_insert_text (content, offset, text, -1);
  _resolute_clause_take_content (after, content);

  merge_key = g_strdup_printf ("insert:%s", resolute_clause_get_id (after));
  set_clause_state (self, position, after, _("Typing"), merge_key);

  /* a word ends an undo step */
  len = strlen (text);
  if (len > 0 && (g_ascii_isspace (text[len - 1]) || g_ascii_ispunct (text[len - 1])))
    resolute_document_seal_undo (self);

  return TRUE;
}

/**
 * resolute_document_delete_text:
 *
 * Deletes bytes @start to @end of the clause at @position. Deleting a
 * footnote mark deletes its footnote when it was the only mark.
 */
gboolean
resolute_document_delete_text (ResoluteDocument  *self,
                               guint              position,
                               guint              start,
                               guint              end,
                               GError           **error)
{
  ResoluteClause *after;
  ResoluteInline *content;
  g_autofree char *merge_key = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  after = snapshot (self, position);
  if (start > end || !check_offset (resolute_clause_get_content (after), start, error)
      || !check_offset (resolute_clause_get_content (after), end, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("Invalid range"));
      g_object_unref (after);
      return FALSE;
    }

  content = resolute_inline_copy (resolute_clause_get_content (after));
  resolute_inline_delete (content, start, end);
  _resolute_clause_take_content (after, content);

  merge_key = g_strdup_printf ("delete:%s", resolute_clause_get_id (after));
  return replace_content (self, position, after, _("Delete Text"), merge_key, error);
}

/**
 * resolute_document_set_emphasis:
 *
 * Sets or clears italic or bold on a range. Changing the emphasis of the
 * automatic opening phrase hands its emphasis over to the author.
 */
gboolean
resolute_document_set_emphasis (ResoluteDocument  *self,
                                guint              position,
                                guint              start,
                                guint              end,
                                ResoluteSpanKind   kind,
                                gboolean           on,
                                GError           **error)
{
  ResoluteClause *clause;
  ResoluteClause *after;
  ResoluteInline *content;
  gsize opening;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (kind != RESOLUTE_SPAN_ITALIC && kind != RESOLUTE_SPAN_BOLD)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("Only italic and bold can be set"));
      return FALSE;
    }

  clause = resolute_document_get_clause (self, position);
  if (start > end || !check_offset (resolute_clause_get_content (clause), start, error)
      || !check_offset (resolute_clause_get_content (clause), end, error))
    return FALSE;

  after = snapshot (self, position);
  content = resolute_inline_copy (resolute_clause_get_content (after));
  opening = resolute_document_get_opening_length (self, clause);
  if (kind == RESOLUTE_SPAN_ITALIC && opening > 0 && start < opening)
    {
      resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 0, opening, NULL, TRUE);
      _resolute_clause_set_auto_opening (after, FALSE);
    }
  resolute_inline_set_span (content, kind, start, end, NULL, on);
  _resolute_clause_take_content (after, content);

  set_clause_state (self, position, after,
                    kind == RESOLUTE_SPAN_ITALIC ? _("Italic") : _("Bold"), NULL);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Editing: footnotes and cross-references                                  */

static gboolean
check_note_text (const ResoluteInline  *text,
                 GError               **error)
{
  if (!resolute_inline_check (text, error))
    return FALSE;
  for (guint i = 0, n = resolute_inline_get_n_objects (text); i < n; i++)
    if (resolute_inline_get_object (text, i)->kind == RESOLUTE_OBJECT_NOTE_REF)
      {
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                     _("A footnote cannot hold a footnote mark"));
        return FALSE;
      }
  return TRUE;
}

/**
 * resolute_document_insert_footnote:
 * @text: (nullable): the footnote's text
 *
 * Inserts a footnote mark at @offset in the clause at @position, with a new
 * footnote. Its number follows from the marks before it.
 *
 * Returns: (transfer none): the new footnote.
 */
ResoluteFootnote *
resolute_document_insert_footnote (ResoluteDocument      *self,
                                   guint                  position,
                                   guint                  offset,
                                   const ResoluteInline  *text,
                                   GError               **error)
{
  g_autoptr(ResoluteFootnote) footnote = NULL;
  g_autofree char *id = NULL;
  ResoluteClause *after;
  ResoluteInline *content;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);

  if (!check_position (self, position, error))
    return NULL;
  if (text != NULL && !check_note_text (text, error))
    return NULL;
  if (!check_offset (resolute_clause_get_content (resolute_document_get_clause (self, position)),
                     offset, error))
    return NULL;

  id = _resolute_document_new_id (self, "n");
  footnote = _resolute_footnote_new (id, RESOLUTE_NOTE_ANCHOR_TEXT,
                                     text != NULL ? resolute_inline_copy (text) : NULL);

  after = snapshot (self, position);
  content = resolute_inline_copy (resolute_clause_get_content (after));
  resolute_inline_insert_object (content, offset, RESOLUTE_OBJECT_NOTE_REF, id, 0);
  _resolute_clause_take_content (after, content);

  resolute_document_begin_group (self, _("Insert Footnote"));
  run (self, _resolute_command_new_footnote (footnote, TRUE));
  set_clause_state (self, position, after, NULL, NULL);
  resolute_document_end_group (self);

  return footnote;
}

/**
 * resolute_document_insert_note_ref:
 *
 * Inserts another mark of an existing footnote (a note cited twice).
 */
gboolean
resolute_document_insert_note_ref (ResoluteDocument  *self,
                                   guint              position,
                                   guint              offset,
                                   const char        *footnote_id,
                                   GError           **error)
{
  ResoluteClause *after;
  ResoluteInline *content;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;

  after = snapshot (self, position);
  if (!check_offset (resolute_clause_get_content (after), offset, error))
    {
      g_object_unref (after);
      return FALSE;
    }
  content = resolute_inline_copy (resolute_clause_get_content (after));
  resolute_inline_insert_object (content, offset, RESOLUTE_OBJECT_NOTE_REF, footnote_id, 0);
  _resolute_clause_take_content (after, content);

  return replace_content (self, position, after, _("Insert Footnote Mark"), NULL, error);
}

/**
 * resolute_document_set_star_note:
 * @anchor: %RESOLUTE_NOTE_ANCHOR_TITLE or %RESOLUTE_NOTE_ANCHOR_SPONSORS
 * @text: (nullable): the text of the note; %NULL removes it
 *
 * Sets the "*" note on the title or the sponsors line ("Any changes to the
 * list of sponsors will be reflected in the official record of the meeting.").
 *
 * Returns: (transfer none) (nullable): the note.
 */
ResoluteFootnote *
resolute_document_set_star_note (ResoluteDocument      *self,
                                 ResoluteNoteAnchor     anchor,
                                 const ResoluteInline  *text,
                                 GError               **error)
{
  ResoluteFootnote *existing;
  g_autoptr(ResoluteFootnote) footnote = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (anchor != RESOLUTE_NOTE_ANCHOR_TEXT, NULL);

  if (text != NULL && !check_note_text (text, error))
    return NULL;

  existing = resolute_document_get_star_note (self, anchor);
  if (text == NULL)
    {
      if (existing != NULL)
        {
          ResoluteCommand *command = _resolute_command_new_footnote (existing, FALSE);

          _resolute_command_set_description (command, _("Remove Footnote"));
          run (self, command);
        }
      return NULL;
    }

  if (existing != NULL)
    {
      resolute_document_set_footnote_content (self, resolute_footnote_get_id (existing), text, NULL);
      return existing;
    }

  id = _resolute_document_new_id (self, "n");
  footnote = _resolute_footnote_new (id, anchor, resolute_inline_copy (text));
  {
    ResoluteCommand *command = _resolute_command_new_footnote (footnote, TRUE);

    _resolute_command_set_description (command, _("Insert Footnote"));
    run (self, command);
  }

  return footnote;
}

gboolean
resolute_document_set_footnote_content (ResoluteDocument      *self,
                                        const char            *footnote_id,
                                        const ResoluteInline  *content,
                                        GError               **error)
{
  ResoluteFootnote *footnote;
  ResoluteCommand *command;
  g_autofree char *merge_key = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (content != NULL, FALSE);

  footnote = resolute_document_lookup_footnote (self, footnote_id);
  if (footnote == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("There is no such footnote"));
      return FALSE;
    }
  if (!check_note_text (content, error))
    return FALSE;
  if (resolute_inline_equal (resolute_footnote_get_content (footnote), content))
    return TRUE;

  command = _resolute_command_new_footnote_state (footnote_id,
                                                  resolute_inline_copy (resolute_footnote_get_content (footnote)),
                                                  resolute_inline_copy (content));
  _resolute_command_set_description (command, _("Edit Footnote"));
  merge_key = g_strdup_printf ("note:%s", footnote_id);
  _resolute_command_set_merge_key (command, merge_key);
  run (self, command);
  return TRUE;
}

/**
 * resolute_document_remove_footnote:
 *
 * Deletes a footnote and every mark of it.
 */
gboolean
resolute_document_remove_footnote (ResoluteDocument  *self,
                                   const char        *footnote_id,
                                   GError           **error)
{
  ResoluteFootnote *footnote;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  footnote = resolute_document_lookup_footnote (self, footnote_id);
  if (footnote == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("There is no such footnote"));
      return FALSE;
    }

  g_object_ref (footnote);
  resolute_document_begin_group (self, _("Delete Footnote"));
  for (guint i = 0, n = resolute_document_get_n_clauses (self); i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (self, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);
      ResoluteInline *stripped = NULL;

      for (guint j = resolute_inline_get_n_objects (content); j > 0; j--)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j - 1);

          if (object->kind != RESOLUTE_OBJECT_NOTE_REF || g_strcmp0 (object->target, footnote_id) != 0)
            continue;
          if (stripped == NULL)
            stripped = resolute_inline_copy (content);
          resolute_inline_delete (stripped, object->offset, object->offset + RESOLUTE_OBJECT_UTF8_LEN);
        }

      if (stripped != NULL)
        {
          ResoluteClause *after = snapshot (self, i);

          _resolute_clause_take_content (after, stripped);
          set_clause_state (self, i, after, NULL, NULL);
        }
    }
  if (resolute_document_lookup_footnote (self, footnote_id) != NULL)
    run (self, _resolute_command_new_footnote (footnote, FALSE));
  resolute_document_end_group (self);
  g_object_unref (footnote);

  return TRUE;
}

/**
 * resolute_document_insert_cross_reference:
 * @target_id: the id of the clause referred to
 * @flags: #ResoluteCrossRefFlags
 *
 * Inserts a reference to another clause whose wording ("paragraph 5 above")
 * follows the target's number.
 */
gboolean
resolute_document_insert_cross_reference (ResoluteDocument  *self,
                                          guint              position,
                                          guint              offset,
                                          const char        *target_id,
                                          guint              flags,
                                          GError           **error)
{
  ResoluteClause *after;
  ResoluteInline *content;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);

  if (!check_position (self, position, error))
    return FALSE;
  if (resolute_document_lookup_clause (self, target_id) == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("The paragraph to refer to does not exist"));
      return FALSE;
    }

  after = snapshot (self, position);
  if (!check_offset (resolute_clause_get_content (after), offset, error))
    {
      g_object_unref (after);
      return FALSE;
    }
  content = resolute_inline_copy (resolute_clause_get_content (after));
  resolute_inline_insert_object (content, offset, RESOLUTE_OBJECT_CROSS_REF, target_id, flags);
  _resolute_clause_take_content (after, content);

  set_clause_state (self, position, after, _("Insert Cross-Reference"), NULL);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* History                                                                  */

gboolean
resolute_document_undo (ResoluteDocument *self)
{
  ResoluteCommand *command;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  command = _resolute_history_pop_undo (self->history);
  if (command == NULL)
    return FALSE;

  _resolute_command_apply (command, self, FALSE);
  self->needs_renumber = TRUE;
  _resolute_history_push_undone (self->history, command);
  emit_changed (self);
  return TRUE;
}

gboolean
resolute_document_redo (ResoluteDocument *self)
{
  ResoluteCommand *command;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  command = _resolute_history_pop_redo (self->history);
  if (command == NULL)
    return FALSE;

  _resolute_command_apply (command, self, TRUE);
  self->needs_renumber = TRUE;
  _resolute_history_push_redone (self->history, command);
  emit_changed (self);
  return TRUE;
}

gboolean
resolute_document_get_modified (ResoluteDocument *self)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (self), FALSE);
  return resolute_history_get_modified (self->history);
}

/**
 * resolute_document_set_unmodified:
 *
 * Marks the current state as the one on disk (after a save or an open).
 */
void
resolute_document_set_unmodified (ResoluteDocument *self)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  _resolute_history_set_unmodified (self->history);
}

/**
 * resolute_document_set_modified:
 *
 * Marks the document as differing from any file (an imported text).
 */
void
resolute_document_set_modified (ResoluteDocument *self)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  _resolute_history_set_modified (self->history);
}

/**
 * resolute_document_clear_history:
 *
 * Forgets the undo history and marks the document unmodified: the state it
 * is in now is where the user's work starts (a new document from a template).
 */
void
resolute_document_clear_history (ResoluteDocument *self)
{
  g_return_if_fail (RESOLUTE_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth == 0);

  _resolute_history_clear (self->history);
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                  */

/**
 * _resolute_document_load_begin:
 *
 * Starts building the document from a file: clauses are appended without
 * checks or history until _resolute_document_load_end(). Metadata setters
 * apply directly.
 */
void
_resolute_document_load_begin (ResoluteDocument *self)
{
  g_return_if_fail (self->loading == NULL);
  g_return_if_fail (resolute_document_get_n_clauses (self) == 0);

  self->loading = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * _resolute_document_load_clause:
 * @id: (nullable): the clause id from the file, or %NULL for a new one
 * @content: (transfer full) (nullable): its content
 *
 * Returns: (transfer none): the appended clause.
 */
ResoluteClause *
_resolute_document_load_clause (ResoluteDocument   *self,
                                const char         *id,
                                ResoluteClauseKind  kind,
                                guint               level,
                                ResoluteInline     *content)
{
  g_autofree char *new_id = NULL;
  ResoluteClause *clause;

  g_return_val_if_fail (self->loading != NULL, NULL);

  if (id == NULL || g_hash_table_contains (self->clauses_by_id, id))
    id = new_id = _resolute_document_new_id (self, "c");

  clause = _resolute_clause_new (id, kind, MIN (level, RESOLUTE_CLAUSE_MAX_LEVEL), content);
  g_ptr_array_add (self->loading, clause);
  g_hash_table_insert (self->clauses_by_id, (gpointer) resolute_clause_get_id (clause), clause);

  return clause;
}

void
_resolute_document_load_clause_flags (ResoluteDocument *self,
                                      ResoluteClause   *clause,
                                      gboolean          continuation,
                                      gboolean          auto_opening,
                                      const char       *heading_label)
{
  g_return_if_fail (self->loading != NULL);

  _resolute_clause_set_continuation (clause, continuation);
  _resolute_clause_set_auto_opening (clause, auto_opening);
  _resolute_clause_set_heading_label (clause, heading_label);
}

/**
 * _resolute_document_load_footnote:
 * @id: (nullable): the footnote id from the file, or %NULL for a new one
 * @content: (transfer full) (nullable): its text
 *
 * Returns: (transfer none): the new footnote.
 */
ResoluteFootnote *
_resolute_document_load_footnote (ResoluteDocument   *self,
                                  const char         *id,
                                  ResoluteNoteAnchor  anchor,
                                  ResoluteInline     *content)
{
  g_autofree char *new_id = NULL;
  ResoluteFootnote *footnote;

  g_return_val_if_fail (self->loading != NULL, NULL);

  if (id == NULL || g_hash_table_contains (self->footnotes_by_id, id)
      || g_hash_table_contains (self->clauses_by_id, id))
    id = new_id = _resolute_document_new_id (self, "n");

  footnote = _resolute_footnote_new (id, anchor, content);
  g_hash_table_insert (self->footnotes_by_id, (gpointer) resolute_footnote_get_id (footnote),
                       footnote);

  return footnote;
}

/**
 * _resolute_document_load_end:
 *
 * Ends loading: checks the structure and the footnote marks once, derives
 * the numbering, and starts an empty, unmodified history. On error the
 * document is left empty.
 */
gboolean
_resolute_document_load_end (ResoluteDocument  *self,
                             GError           **error)
{
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GArray) shapes = NULL;

  g_return_val_if_fail (self->loading != NULL, FALSE);

  clauses = g_steal_pointer (&self->loading);
  shapes = g_array_sized_new (FALSE, FALSE, sizeof (Shape), clauses->len);
  for (guint i = 0; i < clauses->len; i++)
    {
      ResoluteClause *clause = g_ptr_array_index (clauses, i);
      Shape shape = {
        resolute_clause_get_kind (clause),
        resolute_clause_get_level (clause),
        resolute_clause_get_continuation (clause),
      };

      g_array_append_val (shapes, shape);
    }

  if (!check_shapes ((Shape *) shapes->data, shapes->len, error))
    goto fail;

  for (guint i = 0; i < clauses->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!check_content (self, resolute_clause_get_content (g_ptr_array_index (clauses, i)),
                          &local_error))
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, _("Clause %u: %s"), i + 1,
                       local_error->message);
          goto fail;
        }
    }

  for (guint i = 0; i < clauses->len; i++)
    g_ptr_array_add (self->clause_array, g_ptr_array_index (clauses, i));
  g_list_store_splice (self->clauses, 0, 0, clauses->pdata, clauses->len);
  renumber (self);
  _resolute_history_clear (self->history);
  g_signal_emit (self, signals[METADATA_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;

fail:
  g_hash_table_remove_all (self->clauses_by_id);
  g_hash_table_remove_all (self->footnotes_by_id);
  return FALSE;
}
