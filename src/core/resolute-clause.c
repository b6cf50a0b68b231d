/* resolute-clause.c — one paragraph or sub-paragraph of a resolution
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clause is an item of the document's flat clause list: its kind, its
 * sub-paragraph level (0 for a paragraph, 1 for (a), 2 for (i), …) and its
 * inline content. Its identity (the id) never changes; its number (label)
 * and the way other clauses cite it are derived by the document and change
 * with every structural edit. Clauses are changed only by the document's
 * editing commands; views read them and listen to their notify signals.
 */

#define G_LOG_DOMAIN "resolute-clause"

#include "config.h"

#include "resolute-clause-private.h"
#include "resolute-util-private.h"

struct _ResoluteClause
{
  GObject             parent_instance;

  char               *id;
  ResoluteClauseKind  kind;
  guint               level;
  ResoluteInline     *content;
  char               *heading_label;
  char               *label;
  char               *citation;
  guint               position;
  guint               continuation : 1;
  guint               auto_opening : 1;
};

G_DEFINE_FINAL_TYPE (ResoluteClause, resolute_clause, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_LEVEL,
  PROP_CONTINUATION,
  PROP_AUTO_OPENING,
  PROP_HEADING_LABEL,
  PROP_CONTENT,
  PROP_LABEL,
  PROP_CITATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const kind_names[] = {
  [RESOLUTE_CLAUSE_PREAMBULAR] = "preambular",
  [RESOLUTE_CLAUSE_OPERATIVE] = "operative",
  [RESOLUTE_CLAUSE_ANNEX] = "annex",
  [RESOLUTE_CLAUSE_ANNEX_HEADING] = "annex-heading",
  [RESOLUTE_CLAUSE_ANNEX_PARAGRAPH] = "annex-paragraph",
  [RESOLUTE_CLAUSE_ANNEX_TEXT] = "annex-text",
};

const char *
resolute_clause_kind_to_string (ResoluteClauseKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

gboolean
resolute_clause_kind_from_string (const char         *string,
                                  ResoluteClauseKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (string, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * resolute_clause_is_numbered_kind:
 *
 * Whether paragraphs of @kind carry a number at level 0 (operative and annex
 * paragraphs do; preambular paragraphs do not).
 */
gboolean
resolute_clause_is_numbered_kind (ResoluteClauseKind kind)
{
  return kind == RESOLUTE_CLAUSE_OPERATIVE || kind == RESOLUTE_CLAUSE_ANNEX_PARAGRAPH;
}

/**
 * resolute_clause_kind_has_levels:
 *
 * Whether clauses of @kind can have sub-paragraphs.
 */
gboolean
resolute_clause_kind_has_levels (ResoluteClauseKind kind)
{
  switch (kind)
    {
    case RESOLUTE_CLAUSE_PREAMBULAR:
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
      return TRUE;
    case RESOLUTE_CLAUSE_ANNEX:
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
    default:
      return FALSE;
    }
}

static void
resolute_clause_finalize (GObject *object)
{
  ResoluteClause *self = (ResoluteClause *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->content, resolute_inline_free);
  g_clear_pointer (&self->heading_label, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->citation, g_free);

  G_OBJECT_CLASS (resolute_clause_parent_class)->finalize (object);
}

static void
resolute_clause_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ResoluteClause *self = RESOLUTE_CLAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_CONTINUATION:
      g_value_set_boolean (value, self->continuation);
      break;
    case PROP_AUTO_OPENING:
      g_value_set_boolean (value, self->auto_opening);
      break;
    case PROP_HEADING_LABEL:
      g_value_set_string (value, self->heading_label);
      break;
    case PROP_CONTENT:
      g_value_set_boxed (value, self->content);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_clause_class_init (ResoluteClauseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = resolute_clause_finalize;
  object_class->get_property = resolute_clause_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, RESOLUTE_CLAUSE_ANNEX_TEXT,
                                             RESOLUTE_CLAUSE_PREAMBULAR, flags);
  properties[PROP_LEVEL] = g_param_spec_uint ("level", NULL, NULL, 0, RESOLUTE_CLAUSE_MAX_LEVEL,
                                              0, flags);
  properties[PROP_CONTINUATION] = g_param_spec_boolean ("continuation", NULL, NULL, FALSE, flags);
  properties[PROP_AUTO_OPENING] = g_param_spec_boolean ("auto-opening", NULL, NULL, TRUE, flags);
  properties[PROP_HEADING_LABEL] = g_param_spec_string ("heading-label", NULL, NULL, NULL, flags);
  properties[PROP_CONTENT] = g_param_spec_boxed ("content", NULL, NULL, RESOLUTE_TYPE_INLINE,
                                                 flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
resolute_clause_init (ResoluteClause *self)
{
  self->auto_opening = TRUE;
}

ResoluteClause *
_resolute_clause_new (const char         *id,
                      ResoluteClauseKind  kind,
                      guint               level,
                      ResoluteInline     *content)
{
  ResoluteClause *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (level <= RESOLUTE_CLAUSE_MAX_LEVEL, NULL);

  self = g_object_new (RESOLUTE_TYPE_CLAUSE, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  self->level = level;
  self->content = content != NULL ? content : resolute_inline_new ();

  return self;
}

/* A copy with the same identity, kept by the undo history. */
ResoluteClause *
_resolute_clause_clone (ResoluteClause *self)
{
  ResoluteClause *copy;

  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);

  copy = _resolute_clause_new (self->id, self->kind, self->level,
                               resolute_inline_copy (self->content));
  copy->continuation = self->continuation;
  copy->auto_opening = self->auto_opening;
  copy->heading_label = g_strdup (self->heading_label);

  return copy;
}

/* Gives @self the state of the snapshot @state (same identity), with notifies. */
void
_resolute_clause_assign (ResoluteClause *self,
                         ResoluteClause *state)
{
  g_return_if_fail (g_strcmp0 (self->id, state->id) == 0);

  g_object_freeze_notify (G_OBJECT (self));
  _resolute_clause_set_kind (self, state->kind);
  _resolute_clause_set_level (self, state->level);
  _resolute_clause_set_continuation (self, state->continuation);
  _resolute_clause_set_auto_opening (self, state->auto_opening);
  _resolute_clause_set_heading_label (self, state->heading_label);
  _resolute_clause_take_content (self, resolute_inline_copy (state->content));
  g_object_thaw_notify (G_OBJECT (self));
}

/* Whether going from @before to @after can change any derived number: the
 * kind, level or flags, or the footnote marks and cross-references. */
gboolean
_resolute_clause_changes_numbering (ResoluteClause *before,
                                    ResoluteClause *after)
{
  guint n = resolute_inline_get_n_objects (before->content);

  if (before->kind != after->kind || before->level != after->level
      || before->continuation != after->continuation
      || g_strcmp0 (before->heading_label, after->heading_label) != 0
      || n != resolute_inline_get_n_objects (after->content))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      const ResoluteInlineObject *a = resolute_inline_get_object (before->content, i);
      const ResoluteInlineObject *b = resolute_inline_get_object (after->content, i);

      if (a->kind != b->kind || a->flags != b->flags || g_strcmp0 (a->target, b->target) != 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
_resolute_clause_same_state (ResoluteClause *a,
                             ResoluteClause *b)
{
  return g_strcmp0 (a->id, b->id) == 0 && a->kind == b->kind && a->level == b->level
         && a->continuation == b->continuation && a->auto_opening == b->auto_opening
         && g_strcmp0 (a->heading_label, b->heading_label) == 0
         && resolute_inline_equal (a->content, b->content);
}

void
_resolute_clause_set_kind (ResoluteClause     *self,
                           ResoluteClauseKind  kind)
{
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
_resolute_clause_set_level (ResoluteClause *self,
                            guint           level)
{
  g_return_if_fail (level <= RESOLUTE_CLAUSE_MAX_LEVEL);

  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

void
_resolute_clause_set_continuation (ResoluteClause *self,
                                   gboolean        continuation)
{
  continuation = !!continuation;
  if (self->continuation == continuation)
    return;
  self->continuation = continuation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINUATION]);
}

void
_resolute_clause_set_auto_opening (ResoluteClause *self,
                                   gboolean        auto_opening)
{
  auto_opening = !!auto_opening;
  if (self->auto_opening == auto_opening)
    return;
  self->auto_opening = auto_opening;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_OPENING]);
}

void
_resolute_clause_set_heading_label (ResoluteClause *self,
                                    const char     *label)
{
  if (_resolute_set_str (&self->heading_label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING_LABEL]);
}

/* Takes ownership of @content. */
void
_resolute_clause_take_content (ResoluteClause *self,
                               ResoluteInline *content)
{
  g_return_if_fail (content != NULL);

  if (resolute_inline_equal (self->content, content))
    {
      resolute_inline_free (content);
      return;
    }
  resolute_inline_free (self->content);
  self->content = content;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

/* Returns whether the label or citation changed. */
gboolean
_resolute_clause_set_numbering (ResoluteClause *self,
                                guint           position,
                                const char     *label,
                                const char     *citation)
{
  gboolean changed = FALSE;

  self->position = position;
  if (_resolute_set_str (&self->label, label))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
      changed = TRUE;
    }
  if (_resolute_set_str (&self->citation, citation))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATION]);
      changed = TRUE;
    }

  return changed;
}

const char *
resolute_clause_get_id (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);
  return self->id;
}

ResoluteClauseKind
resolute_clause_get_kind (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), 0);
  return self->kind;
}

guint
resolute_clause_get_level (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), 0);
  return self->level;
}

/**
 * resolute_clause_get_continuation:
 *
 * Whether this clause is the text that closes its parent paragraph after the
 * parent's last sub-paragraph ("…; and demands …"): it is not numbered and
 * stands at its parent's level.
 */
gboolean
resolute_clause_get_continuation (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), FALSE);
  return self->continuation;
}

/**
 * resolute_clause_get_auto_opening:
 *
 * Whether the opening phrase is italicized automatically (the default); when
 * %FALSE the author set the emphasis by hand.
 */
gboolean
resolute_clause_get_auto_opening (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), FALSE);
  return self->auto_opening;
}

const char *
resolute_clause_get_heading_label (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);
  return self->heading_label;
}

const ResoluteInline *
resolute_clause_get_content (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);
  return self->content;
}

/**
 * resolute_clause_get_label:
 *
 * Returns the number printed before the clause ("1.", "(a)"), or "" when it
 * has none. Derived; valid once the clause is in a document.
 */
const char *
resolute_clause_get_label (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);
  return self->label != NULL ? self->label : "";
}

/**
 * resolute_clause_get_citation:
 *
 * Returns how a cross-reference cites the clause: "5", "3 (b)", or for a
 * preambular paragraph its ordinal position ("3").
 */
const char *
resolute_clause_get_citation (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), NULL);
  return self->citation != NULL ? self->citation : "";
}

/**
 * resolute_clause_get_position:
 *
 * Returns the index of the clause in its document's clause list.
 */
guint
resolute_clause_get_position (ResoluteClause *self)
{
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (self), 0);
  return self->position;
}
