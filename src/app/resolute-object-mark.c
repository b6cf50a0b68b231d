/* resolute-object-mark.c — a footnote mark or cross-reference drawn in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A footnote mark or a cross-reference as it stands in the text: a paintable
 * in the buffer, where the U+FFFC of the object is, that draws the number or
 * the wording in the view's font. Paintables, unlike anchored widgets, cost
 * nothing in frames where they are not drawn, so a long resolution with
 * hundreds of marks renumbers at the cost of the marks on screen. It is as
 * high as the font's ascent, so the line keeps its height: a mark sits above
 * the baseline, a reference’s text on it.
 */

#define G_LOG_DOMAIN "resolute-object-mark"

#include "config.h"

#include <adwaita.h>

#include "resolute-object-mark.h"

struct _ResoluteObjectMark
{
  GObject             parent_instance;

  GtkWidget          *view;     /* weak */
  ResoluteClause     *source;   /* the clause whose text holds it */
  ResoluteObjectKind  kind;
  char               *target;
  guint               flags;
  char               *text;
  gboolean            broken;

  PangoLayout        *layout;   /* NULL when the text or the font changed */
  int                 width;
  int                 height;
  int                 baseline;
};

enum {
  MARK_PROP_0,
  MARK_PROP_TEXT,
  MARK_PROP_BROKEN,
  MARK_PROP_KIND,
  MARK_N_PROPS
};

static GParamSpec *mark_properties[MARK_N_PROPS];

static void resolute_object_mark_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ResoluteObjectMark, resolute_object_mark, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      resolute_object_mark_paintable_init))

static void
resolute_object_mark_ensure_layout (ResoluteObjectMark *self)
{
  PangoAttrList *attrs;
  PangoRectangle logical;
  double ascent;

  if (self->layout != NULL || self->view == NULL)
    return;

  self->layout = gtk_widget_create_pango_layout (self->view, self->text);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  ascent = pango_layout_get_baseline (self->layout) / (double) PANGO_SCALE;

  attrs = pango_attr_list_new ();
  if (self->kind == RESOLUTE_OBJECT_NOTE_REF)
    pango_attr_list_insert (attrs, pango_attr_scale_new (0.68));
  else if (self->broken)
    {
      pango_attr_list_insert (attrs, pango_attr_underline_new (PANGO_UNDERLINE_ERROR));
    }
  pango_layout_set_attributes (self->layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  self->baseline = pango_layout_get_baseline (self->layout) / PANGO_SCALE;
  if (self->kind == RESOLUTE_OBJECT_NOTE_REF)
    {
      /* the digits raised by a third of the ascent, the top at the ascent */
      self->width = logical.width + 2;
      self->height = MAX (1, (int) (ascent + 0.5));
    }
  else
    {
      self->width = logical.width + 4;
      self->height = MAX (1, (int) (ascent + 0.5));
    }
}

static void
resolute_object_mark_snapshot (GdkPaintable *paintable,
                               GdkSnapshot  *snapshot,
                               double        width,
                               double        height)
{
  ResoluteObjectMark *self = RESOLUTE_OBJECT_MARK (paintable);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA color;
  double y;

  resolute_object_mark_ensure_layout (self);
  if (self->layout == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (self->view), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (self->kind == RESOLUTE_OBJECT_NOTE_REF)
    y = height - self->baseline - (int) (height / 3.0);
  else
    {
      PangoRectangle logical;
      GdkRGBA background;

      pango_layout_get_pixel_extents (self->layout, NULL, &logical);
      y = height - self->baseline;
      if (self->broken)
        {
          background = (GdkRGBA) { 0.88, 0.11, 0.14, 0.12 };
          color = dark ? (GdkRGBA) { 1.0, 0.48, 0.39, 1.0 } : (GdkRGBA) { 0.75, 0.11, 0.16, 1.0 };
        }
      else
        background = (GdkRGBA) { 0.21, 0.52, 0.89, dark ? 0.28 : 0.14 };
      {
        GskRoundedRect box;

        gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (0, y, width, logical.height),
                                         3);
        gtk_snapshot_push_rounded_clip (snapshot, &box);
        gtk_snapshot_append_color (snapshot, &background, &box.bounds);
        gtk_snapshot_pop (snapshot);
      }
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (self->kind == RESOLUTE_OBJECT_NOTE_REF ? 1 : 2, y));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static int
resolute_object_mark_get_intrinsic_width (GdkPaintable *paintable)
{
  ResoluteObjectMark *self = RESOLUTE_OBJECT_MARK (paintable);

  resolute_object_mark_ensure_layout (self);
  return self->width;
}

static int
resolute_object_mark_get_intrinsic_height (GdkPaintable *paintable)
{
  ResoluteObjectMark *self = RESOLUTE_OBJECT_MARK (paintable);

  resolute_object_mark_ensure_layout (self);
  return self->height;
}

static void
resolute_object_mark_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = resolute_object_mark_snapshot;
  iface->get_intrinsic_width = resolute_object_mark_get_intrinsic_width;
  iface->get_intrinsic_height = resolute_object_mark_get_intrinsic_height;
}

static void
resolute_object_mark_finalize (GObject *object)
{
  ResoluteObjectMark *self = RESOLUTE_OBJECT_MARK (object);

  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->source);
  g_clear_object (&self->layout);
  g_free (self->target);
  g_free (self->text);

  G_OBJECT_CLASS (resolute_object_mark_parent_class)->finalize (object);
}

static void
resolute_object_mark_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ResoluteObjectMark *self = RESOLUTE_OBJECT_MARK (object);

  switch (prop_id)
    {
    case MARK_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case MARK_PROP_BROKEN:
      g_value_set_boolean (value, self->broken);
      break;
    case MARK_PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_object_mark_class_init (ResoluteObjectMarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = resolute_object_mark_finalize;
  object_class->get_property = resolute_object_mark_get_property;

  /* what it shows, for tests and accessibility */
  mark_properties[MARK_PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  mark_properties[MARK_PROP_BROKEN] = g_param_spec_boolean ("broken", NULL, NULL, FALSE, flags);
  mark_properties[MARK_PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, MARK_N_PROPS, mark_properties);
}

static void
resolute_object_mark_init (ResoluteObjectMark *self)
{
}

/* Forgets the layout: the font changed (zoom) or the style did. */
void
resolute_object_mark_invalidate (ResoluteObjectMark *self)
{
  g_clear_object (&self->layout);
  gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
}


/**
 * resolute_object_mark_new:
 * @view: the text view whose font the mark uses (not referenced)
 */
ResoluteObjectMark *
resolute_object_mark_new (GtkWidget *view)
{
  ResoluteObjectMark *self = g_object_new (RESOLUTE_TYPE_OBJECT_MARK, NULL);

  g_set_weak_pointer (&self->view, view);
  return self;
}

ResoluteObjectKind
resolute_object_mark_get_kind (ResoluteObjectMark *self)
{
  g_return_val_if_fail (RESOLUTE_IS_OBJECT_MARK (self), 0);
  return self->kind;
}

const char *
resolute_object_mark_get_target (ResoluteObjectMark *self)
{
  g_return_val_if_fail (RESOLUTE_IS_OBJECT_MARK (self), NULL);
  return self->target;
}

gboolean
resolute_object_mark_get_broken (ResoluteObjectMark *self)
{
  g_return_val_if_fail (RESOLUTE_IS_OBJECT_MARK (self), FALSE);
  return self->broken;
}

/* Gives @mark what @object is and the words or number it stands for now. */
void
resolute_object_mark_update (ResoluteObjectMark         *mark,
                             ResoluteDocument           *document,
                             const ResoluteInlineObject *object,
                             ResoluteClause             *source)
{
  ResoluteInlineObject current = { mark->kind, 0, mark->target, mark->flags };
  g_autofree char *text = NULL;
  gboolean broken;

  if (object != NULL)
    {
      current = *object;
      mark->kind = object->kind;
      mark->flags = object->flags;
      if (g_strcmp0 (mark->target, object->target) != 0)
        {
          g_free (mark->target);
          mark->target = g_strdup (object->target);
        }
      current.target = mark->target;
    }
  if (source != NULL)
    g_set_object (&mark->source, source);

  text = resolute_document_render_object (document, mark->source, &current);
  broken = mark->kind == RESOLUTE_OBJECT_CROSS_REF
           && resolute_document_lookup_clause (document, mark->target) == NULL;
  if (g_strcmp0 (text, mark->text) == 0 && broken == mark->broken && mark->layout != NULL)
    return;

  g_free (mark->text);
  mark->text = g_steal_pointer (&text);
  mark->broken = broken;
  g_clear_object (&mark->layout);
  gdk_paintable_invalidate_size (GDK_PAINTABLE (mark));
}

