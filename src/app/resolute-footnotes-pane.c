/* resolute-footnotes-pane.c — every footnote with its live number and editable text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list bound to the document's footnote model (kept in number order by the
 * core). Each row has the footnote number as a button that jumps to its mark
 * ("mark-activated"), and the whole text, wrapped; a click on it opens it
 * in an entry (GTK 4.8's text view does not size itself in a list), and what
 * the user types is applied as one undoable edit when they press Enter,
 * leave the entry or pause for a moment; Escape gives the note back. Only
 * the changed middle of the text is replaced, so the italics of the rest of
 * the note are kept. When the cursor moves into a paragraph that carries
 * marks, their notes are selected, and "Go to Footnote" opens the first: the
 * way back from the text to the notes.
 */

#define G_LOG_DOMAIN "resolute-footnotes-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "resolute-footnotes-pane.h"

#define APPLY_DELAY_MS 700

struct _ResoluteFootnotesPane
{
  GtkWidget         parent_instance;

  GtkStack         *stack;
  GtkListBox       *list_box;

  ResoluteDocument *document;
};

G_DEFINE_FINAL_TYPE (ResoluteFootnotesPane, resolute_footnotes_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  MARK_ACTIVATED,
  PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  ResoluteFootnotesPane *pane;
  ResoluteFootnote      *footnote;
  GtkWidget             *number;
  GtkWidget             *stack;   /* "show": the wrapped text; "edit": the entry */
  GtkWidget             *label;
  GtkWidget             *entry;
  guint                  apply_id;
  gboolean               updating;
} Row;

static void
row_free (Row *row)
{
  g_clear_handle_id (&row->apply_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (row->footnote, row);
  g_clear_object (&row->footnote);
  g_free (row);
}

static char *
footnote_text (ResoluteFootnotesPane *self,
               ResoluteFootnote      *footnote)
{
  return g_strdup (resolute_inline_get_text (resolute_footnote_get_content (footnote)));
}

/**
 * resolute_footnotes_pane_apply:
 *
 * Replaces the text of @footnote by @text as one undoable edit, keeping the
 * spans and objects outside the part that changed.
 */
gboolean
resolute_footnotes_pane_apply (ResoluteFootnotesPane *self,
                               ResoluteFootnote      *footnote,
                               const char            *text,
                               GError               **error)
{
  const ResoluteInline *old_content;
  g_autoptr(ResoluteInline) content = NULL;
  const char *old;
  gsize old_len, new_len, prefix = 0, suffix = 0;

  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self), FALSE);
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTE (footnote), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  old_content = resolute_footnote_get_content (footnote);
  old = resolute_inline_get_text (old_content);
  if (g_strcmp0 (old, text) == 0)
    return TRUE;

  old_len = strlen (old);
  new_len = strlen (text);
  while (prefix < old_len && prefix < new_len && old[prefix] == text[prefix])
    prefix++;
  /* back to a character boundary */
  while (prefix > 0 && (((guchar) old[prefix]) & 0xC0) == 0x80)
    prefix--;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && old[old_len - 1 - suffix] == text[new_len - 1 - suffix])
    suffix++;
  while (suffix > 0 && (((guchar) old[old_len - suffix]) & 0xC0) == 0x80)
    suffix--;

  content = resolute_inline_copy (old_content);
  resolute_inline_delete (content, prefix, old_len - suffix);
  resolute_inline_insert_text (content, prefix, text + prefix, new_len - suffix - prefix);

  return resolute_document_set_footnote_content (self->document,
                                                 resolute_footnote_get_id (footnote), content,
                                                 error);
}

static void
row_apply (Row *row)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&row->apply_id, g_source_remove);
  if (row->pane->document == NULL)
    return;

  if (!resolute_footnotes_pane_apply (row->pane, row->footnote,
                                      gtk_editable_get_text (GTK_EDITABLE (row->entry)), &error))
    g_signal_emit (row->pane, signals[PROBLEM], 0, error->message);
}

static gboolean
apply_timeout (gpointer data)
{
  Row *row = data;

  row->apply_id = 0;
  row_apply (row);
  return G_SOURCE_REMOVE;
}

static void
entry_changed (Row *row)
{
  if (row->updating)
    return;

  g_clear_handle_id (&row->apply_id, g_source_remove);
  row->apply_id = g_timeout_add (APPLY_DELAY_MS, apply_timeout, row);
}

static void
row_update (Row *row)
{
  g_autofree char *text = footnote_text (row->pane, row->footnote);
  const char *label = resolute_footnote_get_label (row->footnote);

  gtk_button_set_label (GTK_BUTTON (row->number), label != NULL ? label : "?");

  if (*text != '\0')
    {
      gtk_label_set_text (GTK_LABEL (row->label), text);
      gtk_widget_remove_css_class (row->label, "dim-label");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (row->label), _("Empty note: click to write it"));
      gtk_widget_add_css_class (row->label, "dim-label");
    }

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->entry)), text) != 0
      && row->apply_id == 0)
    {
      row->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row->entry), text);
      row->updating = FALSE;
    }
}

static void
number_clicked (Row *row)
{
  g_signal_emit (row->pane, signals[MARK_ACTIVATED], 0, row->footnote);
}

static void
row_edit (Row *row)
{
  gtk_stack_set_visible_child_name (GTK_STACK (row->stack), "edit");
  gtk_widget_grab_focus (row->entry);
}

static void
row_show (Row *row)
{
  if (row->apply_id != 0)
    row_apply (row);
  gtk_stack_set_visible_child_name (GTK_STACK (row->stack), "show");
}

static void
entry_activated (Row *row)
{
  row_apply (row);
  row_show (row);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   Row                   *row)
{
  g_autofree char *text = NULL;

  if (keyval != GDK_KEY_Escape)
    return FALSE;

  /* Escape: back to the note as it is */
  g_clear_handle_id (&row->apply_id, g_source_remove);
  text = footnote_text (row->pane, row->footnote);
  row->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row->entry), text);
  row->updating = FALSE;
  row_show (row);
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ResoluteFootnotesPane *self = user_data;
  ResoluteFootnote *footnote = item;
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *show = gtk_button_new ();
  GtkEventController *focus;
  GtkEventController *keys;
  Row *row = g_new0 (Row, 1);

  row->pane = self;
  row->footnote = g_object_ref (footnote);
  row->number = gtk_button_new ();
  row->stack = gtk_stack_new ();
  row->label = gtk_label_new (NULL);
  row->entry = gtk_entry_new ();

  gtk_widget_add_css_class (row->number, "flat");
  gtk_widget_add_css_class (row->number, "numeric");
  gtk_widget_set_valign (row->number, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (row->number, _("Go to the mark in the text"));

  /* the note as it prints, wrapped; a click edits it */
  gtk_label_set_wrap (GTK_LABEL (row->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (row->label), 0.0);
  gtk_button_set_child (GTK_BUTTON (show), row->label);
  gtk_widget_add_css_class (show, "flat");
  gtk_widget_add_css_class (show, "footnote-text");
  gtk_widget_set_tooltip_text (show, _("Edit the note"));

  gtk_stack_set_vhomogeneous (GTK_STACK (row->stack), FALSE);
  gtk_stack_set_interpolate_size (GTK_STACK (row->stack), TRUE);
  gtk_stack_add_named (GTK_STACK (row->stack), show, "show");
  gtk_stack_add_named (GTK_STACK (row->stack), row->entry, "edit");
  gtk_widget_set_hexpand (row->stack, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Footnote text"), -1);

  gtk_box_append (GTK_BOX (box), row->number);
  gtk_box_append (GTK_BOX (box), row->stack);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  g_object_set_data_full (G_OBJECT (list_row), "row", row, (GDestroyNotify) row_free);

  row_update (row);

  g_signal_connect_swapped (row->number, "clicked", G_CALLBACK (number_clicked), row);
  g_signal_connect_swapped (show, "clicked", G_CALLBACK (row_edit), row);
  g_signal_connect_swapped (row->entry, "changed", G_CALLBACK (entry_changed), row);
  g_signal_connect_swapped (row->entry, "activate", G_CALLBACK (entry_activated), row);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed), row);
  gtk_widget_add_controller (row->entry, keys);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (row_show), row);
  gtk_widget_add_controller (row->entry, focus);

  /* disconnected when the row goes (row_free) */
  g_signal_connect_swapped (footnote, "notify::label", G_CALLBACK (row_update), row);
  g_signal_connect_swapped (footnote, "notify::content", G_CALLBACK (row_update), row);
  return list_row;
}

static void
update_empty (ResoluteFootnotesPane *self)
{
  GListModel *footnotes = self->document != NULL
                           ? resolute_document_get_footnotes (self->document) : NULL;
  gboolean empty = footnotes == NULL || g_list_model_get_n_items (footnotes) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static Row *
get_row (ResoluteFootnotesPane *self,
         guint                  index)
{
  GtkListBoxRow *list_row = gtk_list_box_get_row_at_index (self->list_box, index);

  return list_row != NULL ? g_object_get_data (G_OBJECT (list_row), "row") : NULL;
}

/**
 * resolute_footnotes_pane_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry of the note at @index (shown
 *   when the note is edited)
 */
GtkEditable *
resolute_footnotes_pane_get_entry (ResoluteFootnotesPane *self,
                                   guint                  index)
{
  Row *row;

  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self), NULL);

  row = get_row (self, index);
  return row != NULL ? GTK_EDITABLE (row->entry) : NULL;
}

/**
 * resolute_footnotes_pane_edit:
 *
 * Opens the note at @index for editing, as a click on its text does.
 *
 * Returns: (transfer none) (nullable): its entry, focused
 */
GtkEditable *
resolute_footnotes_pane_edit (ResoluteFootnotesPane *self,
                              guint                  index)
{
  Row *row;

  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self), NULL);

  row = get_row (self, index);
  if (row == NULL)
    return NULL;
  row_edit (row);
  return GTK_EDITABLE (row->entry);
}

GtkButton *
resolute_footnotes_pane_get_mark_button (ResoluteFootnotesPane *self,
                                         guint                  index)
{
  Row *row;

  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self), NULL);

  row = get_row (self, index);
  return row != NULL ? GTK_BUTTON (row->number) : NULL;
}

static guint
footnote_index (ResoluteFootnotesPane *self,
                ResoluteFootnote      *footnote)
{
  GListModel *model = resolute_document_get_footnotes (self->document);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ResoluteFootnote) item = g_list_model_get_item (model, i);

      if (item == footnote)
        return i;
    }
  return G_MAXUINT;
}

void
resolute_footnotes_pane_focus_footnote (ResoluteFootnotesPane *self,
                                        ResoluteFootnote      *footnote)
{
  Row *row;

  g_return_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self));

  if (self->document == NULL || footnote == NULL)
    return;

  row = get_row (self, footnote_index (self, footnote));
  if (row != NULL)
    {
      gtk_list_box_select_row (self->list_box,
                               GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (row->entry,
                                                                          GTK_TYPE_LIST_BOX_ROW)));
      row_edit (row);
    }
}

/**
 * resolute_footnotes_pane_highlight_clause:
 *
 * Selects the notes whose marks stand in @clause.
 */
void
resolute_footnotes_pane_highlight_clause (ResoluteFootnotesPane *self,
                                          ResoluteClause        *clause)
{
  const ResoluteInline *content;

  g_return_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self));

  gtk_list_box_unselect_all (self->list_box);
  if (self->document == NULL || clause == NULL)
    return;

  content = resolute_clause_get_content (clause);
  for (guint i = 0; i < resolute_inline_get_n_objects (content); i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      ResoluteFootnote *footnote;
      GtkListBoxRow *list_row;

      if (object->kind != RESOLUTE_OBJECT_NOTE_REF)
        continue;
      footnote = resolute_document_lookup_footnote (self->document, object->target);
      if (footnote == NULL)
        continue;
      list_row = gtk_list_box_get_row_at_index (self->list_box, footnote_index (self, footnote));
      if (list_row != NULL)
        gtk_list_box_select_row (self->list_box, list_row);
    }
}

ResoluteDocument *
resolute_footnotes_pane_get_document (ResoluteFootnotesPane *self)
{
  g_return_val_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self), NULL);

  return self->document;
}

void
resolute_footnotes_pane_set_document (ResoluteFootnotesPane *self,
                                      ResoluteDocument      *document)
{
  g_return_if_fail (RESOLUTE_IS_FOOTNOTES_PANE (self));
  g_return_if_fail (document == NULL || RESOLUTE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (resolute_document_get_footnotes (self->document), self);

  g_set_object (&self->document, document);

  if (document != NULL)
    {
      gtk_list_box_bind_model (self->list_box, resolute_document_get_footnotes (document),
                               create_row, self, NULL);
      g_signal_connect_object (resolute_document_get_footnotes (document), "items-changed",
                               G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
    }
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
resolute_footnotes_pane_dispose (GObject *object)
{
  ResoluteFootnotesPane *self = RESOLUTE_FOOTNOTES_PANE (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_FOOTNOTES_PANE);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (resolute_footnotes_pane_parent_class)->dispose (object);
}

static void
resolute_footnotes_pane_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ResoluteFootnotesPane *self = RESOLUTE_FOOTNOTES_PANE (object);

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
resolute_footnotes_pane_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ResoluteFootnotesPane *self = RESOLUTE_FOOTNOTES_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      resolute_footnotes_pane_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_footnotes_pane_class_init (ResoluteFootnotesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_footnotes_pane_dispose;
  object_class->get_property = resolute_footnotes_pane_get_property;
  object_class->set_property = resolute_footnotes_pane_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RESOLUTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MARK_ACTIVATED] = g_signal_new ("mark-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          RESOLUTE_TYPE_FOOTNOTE);
  signals[PROBLEM] = g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-footnotes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ResoluteFootnotesPane, stack);
  gtk_widget_class_bind_template_child (widget_class, ResoluteFootnotesPane, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "footnotespane");
}

static void
resolute_footnotes_pane_init (ResoluteFootnotesPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_empty (self);
}

GtkWidget *
resolute_footnotes_pane_new (void)
{
  return g_object_new (RESOLUTE_TYPE_FOOTNOTES_PANE, NULL);
}
