/* resolute-outline.c — the sidebar outline: masthead, preamble, operative paragraphs, footnotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list view over a flattened model: a masthead row, a heading, the
 * preambular paragraphs, a heading, the operative paragraphs and annexes, a
 * heading and the footnotes. The clause rows are filters over the document's
 * clause list, so every edit shows at once. A click jumps to the clause
 * ("clause-activated"); a row can be dragged onto another to move the
 * paragraph with its sub-paragraphs; its context menu deletes, moves and
 * changes the kind of a paragraph — all through the document's commands.
 */

#define G_LOG_DOMAIN "resolute-outline"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "resolute-outline.h"

#define ROW_KIND_KEY "resolute-outline-row-kind"

typedef enum
{
  ROW_HEADING = 1,
  ROW_MASTHEAD,
} RowKind;

struct _ResoluteOutline
{
  GtkWidget           parent_instance;

  GtkListView        *list_view;

  ResoluteDocument   *document;
  GListStore         *sections;
  GtkFlattenListModel *flat;
  GtkCustomFilter    *preamble_filter;
  GtkCustomFilter    *operative_filter;
  GtkStringObject    *masthead;

  ResoluteClause     *context_clause;
};

G_DEFINE_FINAL_TYPE (ResoluteOutline, resolute_outline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  CLAUSE_ACTIVATED,
  FOOTNOTE_ACTIVATED,
  MASTHEAD_ACTIVATED,
  PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_preambular (gpointer item,
               gpointer user_data)
{
  return resolute_clause_get_kind (item) == RESOLUTE_CLAUSE_PREAMBULAR;
}

static gboolean
is_operative (gpointer item,
              gpointer user_data)
{
  return resolute_clause_get_kind (item) != RESOLUTE_CLAUSE_PREAMBULAR;
}

static GListModel *
single (GObject *item)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  g_list_store_append (store, item);
  return G_LIST_MODEL (store);
}

static GtkStringObject *
heading (const char *title,
         RowKind     kind)
{
  GtkStringObject *object = gtk_string_object_new (title);

  g_object_set_data (G_OBJECT (object), ROW_KIND_KEY, GUINT_TO_POINTER (kind));
  return object;
}

/* "Recalling its resolution 67/169 …" with the opening phrase in italics; the
 * paragraph label ("3.", "(b)") is shown apart. */
char *
resolute_outline_describe_clause (ResoluteDocument *document,
                                  ResoluteClause   *clause)
{
  g_autofree char *plain = resolute_document_get_plain_text (document, clause);
  gsize opening = resolute_document_get_opening_length (document, clause);
  g_autofree char *head = NULL;
  g_autofree char *rest = NULL;
  const char *text = plain != NULL ? plain : "";
  gsize length = strlen (text);
  glong rest_chars;

  /* the opening length is counted in the content; trust it only where it
   * falls on a character boundary of the plain text */
  if (opening > length || !g_utf8_validate (text, opening, NULL))
    opening = 0;

  head = g_markup_escape_text (text, opening);
  rest_chars = g_utf8_strlen (text + opening, -1);
  if (rest_chars > 80)
    {
      g_autofree char *cut = g_utf8_substring (text + opening, 0, 80);

      rest = g_markup_printf_escaped ("%s…", cut);
    }
  else
    rest = g_markup_escape_text (text + opening, -1);

  if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_ANNEX_HEADING
      || resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_ANNEX)
    return g_strdup_printf ("<b>%s%s</b>", head, rest);

  if (*text == '\0')
    return g_markup_printf_escaped ("<span alpha=\"50%%\">%s</span>", _("(empty paragraph)"));

  return g_strdup_printf ("<i>%s</i>%s", head, rest);
}

static const char *
clause_number (ResoluteClause *clause)
{
  const char *label;

  if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_ANNEX)
    return _("Annex");
  if (resolute_clause_get_continuation (clause))
    return "";
  label = resolute_clause_get_label (clause);
  if (label == NULL || *label == '\0')
    label = resolute_clause_get_heading_label (clause);
  return label != NULL ? label : "";
}

/* ------------------------------------------------------------------------ */
/* Rows                                                                     */

typedef struct
{
  GtkWidget *number;
  GtkWidget *text;
  GObject   *item;
} Row;

static void
row_update (GtkWidget *box)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (gtk_widget_get_ancestor (box, RESOLUTE_TYPE_OUTLINE));
  Row *row = g_object_get_data (G_OBJECT (box), "row");
  RowKind kind;

  if (row->item == NULL || self == NULL || self->document == NULL)
    return;

  kind = GPOINTER_TO_UINT (g_object_get_data (row->item, ROW_KIND_KEY));

  gtk_widget_remove_css_class (box, "heading");
  gtk_widget_remove_css_class (box, "masthead");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_visible (row->number, kind != ROW_HEADING);

  if (RESOLUTE_IS_CLAUSE (row->item))
    {
      ResoluteClause *clause = RESOLUTE_CLAUSE (row->item);
      g_autofree char *markup = resolute_outline_describe_clause (self->document, clause);

      gtk_label_set_text (GTK_LABEL (row->number), clause_number (clause));
      gtk_label_set_markup (GTK_LABEL (row->text), markup);
      gtk_widget_set_margin_start (box, 6 + 16 * resolute_clause_get_level (clause));
    }
  else if (RESOLUTE_IS_FOOTNOTE (row->item))
    {
      ResoluteFootnote *footnote = RESOLUTE_FOOTNOTE (row->item);
      g_autofree char *plain = resolute_document_get_footnote_plain_text (self->document, footnote);

      gtk_label_set_text (GTK_LABEL (row->number), resolute_footnote_get_label (footnote));
      gtk_label_set_text (GTK_LABEL (row->text), plain);
    }
  else if (kind == ROW_MASTHEAD)
    {
      const char *symbol = resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);
      const char *title = resolute_document_get_field (self->document, RESOLUTE_FIELD_TITLE);
      g_autofree char *markup = NULL;

      markup = g_markup_printf_escaped ("<b>%s</b>\n<small>%s</small>",
                                        symbol != NULL && *symbol ? symbol : _("Masthead"),
                                        title != NULL ? title : "");
      gtk_label_set_text (GTK_LABEL (row->number), "");
      gtk_label_set_markup (GTK_LABEL (row->text), markup);
      gtk_widget_add_css_class (box, "masthead");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (row->number), "");
      gtk_label_set_text (GTK_LABEL (row->text),
                          gtk_string_object_get_string (GTK_STRING_OBJECT (row->item)));
      gtk_widget_add_css_class (box, "heading");
    }
}

static GdkContentProvider *
drag_prepare (GtkDragSource *source,
              double         x,
              double         y,
              GtkWidget     *box)
{
  Row *row = g_object_get_data (G_OBJECT (box), "row");

  if (row->item == NULL || !RESOLUTE_IS_CLAUSE (row->item))
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_STRING,
                                         resolute_clause_get_id (RESOLUTE_CLAUSE (row->item)));
}

static void
drag_begin (GtkDragSource *source,
            GdkDrag       *drag,
            GtkWidget     *box)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (box);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop (GtkDropTarget *target,
      const GValue  *value,
      double         x,
      double         y,
      GtkWidget     *box)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (gtk_widget_get_ancestor (box, RESOLUTE_TYPE_OUTLINE));
  Row *row = g_object_get_data (G_OBJECT (box), "row");
  g_autoptr(GError) error = NULL;
  ResoluteClause *dragged;

  if (self == NULL || self->document == NULL || !G_VALUE_HOLDS_STRING (value))
    return FALSE;

  dragged = resolute_document_lookup_clause (self->document, g_value_get_string (value));
  if (dragged == NULL || row->item == NULL || !RESOLUTE_IS_CLAUSE (row->item))
    return FALSE;

  if (!resolute_outline_drop_clause (self, dragged, RESOLUTE_CLAUSE (row->item), &error))
    {
      g_signal_emit (self, signals[PROBLEM], 0, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
context_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *box)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (gtk_widget_get_ancestor (box, RESOLUTE_TYPE_OUTLINE));
  Row *row = g_object_get_data (G_OBJECT (box), "row");
  GtkWidget *popover = g_object_get_data (G_OBJECT (box), "popover");

  if (self == NULL || row->item == NULL || !RESOLUTE_IS_CLAUSE (row->item))
    return;

  resolute_outline_set_context_clause (self, RESOLUTE_CLAUSE (row->item));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
row_free (Row *row)
{
  g_clear_object (&row->item);
  g_free (row);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ResoluteOutline          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkBuilder *builder;
  GMenuModel *menu;
  GtkWidget *popover;
  GtkDragSource *source;
  GtkDropTarget *target;
  GtkGesture *click;
  Row *row = g_new0 (Row, 1);

  row->number = gtk_label_new (NULL);
  row->text = gtk_label_new (NULL);
  gtk_widget_add_css_class (row->number, "numeric");
  gtk_widget_add_css_class (row->number, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (row->number), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (row->number), 4);
  gtk_label_set_xalign (GTK_LABEL (row->text), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (row->text), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (row->text), 2);
  gtk_label_set_wrap (GTK_LABEL (row->text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (row->text, TRUE);
  gtk_box_append (GTK_BOX (box), row->number);
  gtk_box_append (GTK_BOX (box), row->text);
  gtk_widget_add_css_class (box, "outline-row");
  g_object_set_data_full (G_OBJECT (box), "row", row, (GDestroyNotify) row_free);

  builder = gtk_builder_new_from_resource (
    "/io/github/resolute/Resolute/ui/resolute-outline-menu.ui");
  menu = G_MENU_MODEL (gtk_builder_get_object (builder, "clause_menu"));
  popover = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  /* a child of the box: the box unparents it when it goes */
  gtk_widget_set_parent (popover, box);
  g_object_set_data (G_OBJECT (box), "popover", popover);
  g_object_unref (builder);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (context_pressed), box);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (click));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), box);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin), box);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop), box);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (target));

  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ResoluteOutline          *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  Row *row = g_object_get_data (G_OBJECT (box), "row");
  GObject *object = gtk_list_item_get_item (item);
  RowKind kind = GPOINTER_TO_UINT (g_object_get_data (object, ROW_KIND_KEY));

  g_set_object (&row->item, object);
  gtk_list_item_set_activatable (item, kind != ROW_HEADING);
  gtk_list_item_set_selectable (item, kind != ROW_HEADING);

  if (RESOLUTE_IS_CLAUSE (object))
    {
      g_signal_connect_object (object, "notify::content", G_CALLBACK (row_update), box,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (object, "notify::label", G_CALLBACK (row_update), box,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (object, "notify::level", G_CALLBACK (row_update), box,
                               G_CONNECT_SWAPPED);
    }
  else if (RESOLUTE_IS_FOOTNOTE (object))
    {
      g_signal_connect_object (object, "notify::content", G_CALLBACK (row_update), box,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (object, "notify::label", G_CALLBACK (row_update), box,
                               G_CONNECT_SWAPPED);
    }
  row_update (box);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            ResoluteOutline          *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  Row *row = g_object_get_data (G_OBJECT (box), "row");

  if (row->item != NULL)
    g_signal_handlers_disconnect_by_data (row->item, box);
  g_clear_object (&row->item);
}

/* ------------------------------------------------------------------------ */

static void
activate_cb (GtkListView     *list_view,
             guint            position,
             ResoluteOutline *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->flat), position);
  RowKind kind;

  if (item == NULL)
    return;

  kind = GPOINTER_TO_UINT (g_object_get_data (item, ROW_KIND_KEY));
  if (RESOLUTE_IS_CLAUSE (item))
    g_signal_emit (self, signals[CLAUSE_ACTIVATED], 0, item);
  else if (RESOLUTE_IS_FOOTNOTE (item))
    g_signal_emit (self, signals[FOOTNOTE_ACTIVATED], 0, item);
  else if (kind == ROW_MASTHEAD)
    g_signal_emit (self, signals[MASTHEAD_ACTIVATED], 0);
}

void
resolute_outline_activate_row (ResoluteOutline *self,
                               guint            row)
{
  g_return_if_fail (RESOLUTE_IS_OUTLINE (self));

  g_signal_emit_by_name (self->list_view, "activate", row);
}

/* A change of kind moves a paragraph between the preamble and the operative
 * part: the filters must look again. */
static void
numbering_changed (ResoluteOutline *self)
{
  gtk_filter_changed (GTK_FILTER (self->preamble_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->operative_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rebuild (ResoluteOutline *self)
{
  g_list_store_remove_all (self->sections);

  if (self->document == NULL)
    return;

  {
    GListModel *clauses = resolute_document_get_clauses (self->document);
    g_autoptr(GListModel) masthead = single (G_OBJECT (self->masthead));
    g_autoptr(GtkStringObject) preamble_heading = heading (_("Preamble"), ROW_HEADING);
    g_autoptr(GtkStringObject) operative_heading = heading (_("Operative Part"), ROW_HEADING);
    g_autoptr(GtkStringObject) notes_heading = heading (_("Footnotes"), ROW_HEADING);
    g_autoptr(GListModel) preamble_model = single (G_OBJECT (preamble_heading));
    g_autoptr(GListModel) operative_model = single (G_OBJECT (operative_heading));
    g_autoptr(GListModel) notes_model = single (G_OBJECT (notes_heading));
    GtkFilterListModel *preamble;
    GtkFilterListModel *operative;

    preamble = gtk_filter_list_model_new (g_object_ref (clauses),
                                          g_object_ref (GTK_FILTER (self->preamble_filter)));
    operative = gtk_filter_list_model_new (g_object_ref (clauses),
                                           g_object_ref (GTK_FILTER (self->operative_filter)));

    g_list_store_append (self->sections, masthead);
    g_list_store_append (self->sections, preamble_model);
    g_list_store_append (self->sections, preamble);
    g_list_store_append (self->sections, operative_model);
    g_list_store_append (self->sections, operative);
    g_list_store_append (self->sections, notes_model);
    g_list_store_append (self->sections, resolute_document_get_footnotes (self->document));
    g_object_unref (preamble);
    g_object_unref (operative);
  }
}

static void
masthead_update (ResoluteOutline *self)
{
  GListModel *masthead;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sections)) == 0)
    return;

  /* re-emitting the single item rebinds its row */
  masthead = g_list_model_get_item (G_LIST_MODEL (self->sections), 0);
  g_list_store_remove_all (G_LIST_STORE (masthead));
  g_list_store_append (G_LIST_STORE (masthead), self->masthead);
  g_object_unref (masthead);
}

ResoluteDocument *
resolute_outline_get_document (ResoluteOutline *self)
{
  g_return_val_if_fail (RESOLUTE_IS_OUTLINE (self), NULL);

  return self->document;
}

void
resolute_outline_set_document (ResoluteOutline  *self,
                               ResoluteDocument *document)
{
  g_return_if_fail (RESOLUTE_IS_OUTLINE (self));
  g_return_if_fail (document == NULL || RESOLUTE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->document, document);
  self->context_clause = NULL;

  if (document != NULL)
    {
      g_signal_connect_object (document, "numbering-changed", G_CALLBACK (numbering_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "metadata-changed", G_CALLBACK (masthead_update), self,
                               G_CONNECT_SWAPPED);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * resolute_outline_get_model:
 *
 * Returns: (transfer none): the rows, as the list view shows them
 */
GListModel *
resolute_outline_get_model (ResoluteOutline *self)
{
  g_return_val_if_fail (RESOLUTE_IS_OUTLINE (self), NULL);

  return G_LIST_MODEL (self->flat);
}

/**
 * resolute_outline_find_row:
 *
 * Returns: the row of @item (a clause or footnote), or G_MAXUINT
 */
guint
resolute_outline_find_row (ResoluteOutline *self,
                           gpointer         item)
{
  guint n;

  g_return_val_if_fail (RESOLUTE_IS_OUTLINE (self), G_MAXUINT);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->flat));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->flat), i);

      if (row == item)
        return i;
    }
  return G_MAXUINT;
}

static GtkWidget *
find_row_widget (GtkWidget *widget,
                 gpointer   item)
{
  Row *row = g_object_get_data (G_OBJECT (widget), "row");

  if (row != NULL && row->item == item)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_widget (child, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * resolute_outline_get_row_widget:
 *
 * Returns: (nullable) (transfer none): the widget that shows @item, when its
 *   row is on screen
 */
GtkWidget *
resolute_outline_get_row_widget (ResoluteOutline *self,
                                 gpointer         item)
{
  g_return_val_if_fail (RESOLUTE_IS_OUTLINE (self), NULL);

  return find_row_widget (GTK_WIDGET (self->list_view), item);
}

/**
 * resolute_outline_drop_clause:
 * @dragged: the paragraph the user drags (its sub-paragraphs come along)
 * @target: the row it is dropped on
 *
 * Dropped on a row above it, the paragraph takes that row's place; dropped on
 * a row below, it goes after that row's paragraph and its sub-paragraphs.
 */
gboolean
resolute_outline_drop_clause (ResoluteOutline  *self,
                              ResoluteClause   *dragged,
                              ResoluteClause   *target,
                              GError          **error)
{
  guint from, to, length, destination;

  g_return_val_if_fail (RESOLUTE_IS_OUTLINE (self), FALSE);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (dragged), FALSE);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (target), FALSE);

  from = resolute_clause_get_position (dragged);
  to = resolute_clause_get_position (target);
  length = resolute_document_get_subtree_length (self->document, from);

  if (to >= from && to < from + length)
    return TRUE; /* onto itself or its own sub-paragraphs */

  if (to < from)
    destination = to;
  else
    destination = to + resolute_document_get_subtree_length (self->document, to) - length;

  return resolute_document_move_clauses (self->document, from, length, destination, error);
}

void
resolute_outline_set_context_clause (ResoluteOutline *self,
                                     ResoluteClause  *clause)
{
  g_return_if_fail (RESOLUTE_IS_OUTLINE (self));

  self->context_clause = clause;
}

/* ------------------------------------------------------------------------ */
/* Actions of the context menu                                              */

static gboolean
context_position (ResoluteOutline *self,
                  guint           *position)
{
  if (self->document == NULL || self->context_clause == NULL)
    return FALSE;

  /* the clause may have been deleted since the menu opened */
  if (resolute_document_lookup_clause (self->document,
                                       resolute_clause_get_id (self->context_clause))
      != self->context_clause)
    return FALSE;

  *position = resolute_clause_get_position (self->context_clause);
  return TRUE;
}

static void
report (ResoluteOutline *self,
        GError          *error)
{
  if (error != NULL)
    g_signal_emit (self, signals[PROBLEM], 0, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (widget);
  g_autoptr(GError) error = NULL;
  guint position;

  if (!context_position (self, &position))
    return;

  resolute_document_delete_clauses (self->document, position,
                                    resolute_document_get_subtree_length (self->document, position),
                                    &error);
  self->context_clause = NULL;
  report (self, error);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (widget);
  g_autoptr(GError) error = NULL;
  guint position;

  if (!context_position (self, &position))
    return;

  if (g_str_equal (action_name, "outline.move-up"))
    resolute_document_move_clause_up (self->document, position, &error);
  else
    resolute_document_move_clause_down (self->document, position, &error);
  report (self, error);
}

static void
indent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (widget);
  g_autoptr(GError) error = NULL;
  guint position;

  if (!context_position (self, &position))
    return;

  if (g_str_equal (action_name, "outline.indent"))
    resolute_document_indent_clause (self->document, position, &error);
  else
    resolute_document_outdent_clause (self->document, position, &error);
  report (self, error);
}

static void
set_kind_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (widget);
  g_autoptr(GError) error = NULL;
  ResoluteClauseKind kind;
  guint position;

  if (!context_position (self, &position))
    return;

  if (!resolute_clause_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  resolute_document_set_clause_kind (self->document, position, kind, &error);
  report (self, error);
}

/* ------------------------------------------------------------------------ */

static void
resolute_outline_dispose (GObject *object)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (object);
  GtkWidget *child;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_OUTLINE);
  /* and the unnamed children of the template */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->document);
  g_clear_object (&self->flat);
  g_clear_object (&self->preamble_filter);
  g_clear_object (&self->operative_filter);
  g_clear_object (&self->masthead);

  G_OBJECT_CLASS (resolute_outline_parent_class)->dispose (object);
}

static void
resolute_outline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_outline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ResoluteOutline *self = RESOLUTE_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      resolute_outline_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_outline_class_init (ResoluteOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_outline_dispose;
  object_class->get_property = resolute_outline_get_property;
  object_class->set_property = resolute_outline_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RESOLUTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLAUSE_ACTIVATED] = g_signal_new ("clause-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            1, RESOLUTE_TYPE_CLAUSE);
  signals[FOOTNOTE_ACTIVATED] = g_signal_new ("footnote-activated", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                              1, RESOLUTE_TYPE_FOOTNOTE);
  signals[MASTHEAD_ACTIVATED] = g_signal_new ("masthead-activated", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                              0);
  /**
   * ResoluteOutline::problem:
   * @message: why a move, deletion or change was refused
   */
  signals[PROBLEM] = g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteOutline, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "outline");

  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "outline.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outline.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outline.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "outline.outdent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "outline.set-kind", "s", set_kind_action);
}

static void
resolute_outline_init (ResoluteOutline *self)
{
  GtkListItemFactory *factory;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  self->flat = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (self->sections)));
  g_object_unref (self->sections);
  self->preamble_filter = gtk_custom_filter_new (is_preambular, NULL, NULL);
  self->operative_filter = gtk_custom_filter_new (is_operative, NULL, NULL);
  self->masthead = heading (_("Masthead"), ROW_MASTHEAD);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->flat)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
}

GtkWidget *
resolute_outline_new (void)
{
  return g_object_new (RESOLUTE_TYPE_OUTLINE, NULL);
}
