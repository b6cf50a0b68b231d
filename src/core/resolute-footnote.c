/* resolute-footnote.c — a note printed at the foot of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Footnotes are referenced by marks (inline objects) in clauses and are
 * numbered 1, 2, … in the order of their first mark; the "*" notes hang on
 * the title or the sponsors line instead. The label is derived by the
 * document whenever marks move.
 */

#define G_LOG_DOMAIN "resolute-footnote"

#include "config.h"

#include "resolute-footnote-private.h"
#include "resolute-util-private.h"

struct _ResoluteFootnote
{
  GObject             parent_instance;

  char               *id;
  ResoluteNoteAnchor  anchor;
  ResoluteInline     *content;
  char               *label;
};

G_DEFINE_FINAL_TYPE (ResoluteFootnote, resolute_footnote, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ANCHOR,
  PROP_CONTENT,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
resolute_footnote_finalize (GObject *object)
{
  ResoluteFootnote *self = (ResoluteFootnote *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->content, resolute_inline_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (resolute_footnote_parent_class)->finalize (object);
}

static void
resolute_footnote_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ResoluteFootnote *self = RESOLUTE_FOOTNOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ANCHOR:
      g_value_set_uint (value, self->anchor);
      break;
    case PROP_CONTENT:
      g_value_set_boxed (value, self->content);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_footnote_class_init (ResoluteFootnoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = resolute_footnote_finalize;
  object_class->get_property = resolute_footnote_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_ANCHOR] = g_param_spec_uint ("anchor", NULL, NULL, 0,
                                               RESOLUTE_NOTE_ANCHOR_SPONSORS, 0, flags);
  properties[PROP_CONTENT] = g_param_spec_boxed ("content", NULL, NULL, RESOLUTE_TYPE_INLINE,
                                                 flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
resolute_footnote_init (ResoluteFootnote *self)
{
}

ResoluteFootnote *
_resolute_footnote_new (const char         *id,
                        ResoluteNoteAnchor  anchor,
                        ResoluteInline     *content)
{
  ResoluteFootnote *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (RESOLUTE_TYPE_FOOTNOTE, NULL);
  self->id = g_strdup (id);
  self->anchor = anchor;
  self->content = content != NULL ? content : resolute_inline_new ();

  return self;
}

ResoluteFootnote *
_resolute_footnote_clone (ResoluteFootnote *self)
{
  return _resolute_footnote_new (self->id, self->anchor, resolute_inline_copy (self->content));
}

void
_resolute_footnote_take_content (ResoluteFootnote *self,
                                 ResoluteInline   *content)
{
  if (resolute_inline_equal (self->content, content))
    {
      resolute_inline_free (content);
      return;
    }
  resolute_inline_free (self->content);
  self->content = content;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

gboolean
_resolute_footnote_set_label (ResoluteFootnote *self,
                              const char       *label)
{
  if (!_resolute_set_str (&self->label, label))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
  return TRUE;
}

const char *
resolute_footnote_get_id (ResoluteFootnote *self)
{
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (self), NULL);
  return self->id;
}

ResoluteNoteAnchor
resolute_footnote_get_anchor (ResoluteFootnote *self)
{
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (self), 0);
  return self->anchor;
}

const ResoluteInline *
resolute_footnote_get_content (ResoluteFootnote *self)
{
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (self), NULL);
  return self->content;
}

/**
 * resolute_footnote_get_label:
 *
 * Returns the footnote's mark: "1", "2", … or "*". Derived by the document.
 */
const char *
resolute_footnote_get_label (ResoluteFootnote *self)
{
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (self), NULL);
  return self->label != NULL ? self->label : "";
}
