/* resolute-page-actions.c — search and replace, zoom, footnotes and cross-references of a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find and replace work on the body view's buffer through a
 * GtkSourceSearchContext, so replacing is typing: the body view turns it into
 * document edits, on the one undo history.
 */

#define G_LOG_DOMAIN "resolute-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "resolute-page-private.h"

/* ------------------------------------------------------------------------ */
/* Search                                                                   */

static void update_occurrences (ResolutePage *self);

GtkSourceSearchContext *
_resolute_page_get_search_context (ResolutePage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));

  if (self->search_context != NULL
      && GTK_TEXT_BUFFER (gtk_source_search_context_get_buffer (self->search_context)) != buffer)
    g_clear_object (&self->search_context);

  if (self->search_context == NULL)
    {
      self->search_context = gtk_source_search_context_new (GTK_SOURCE_BUFFER (buffer),
                                                            self->search_settings);
      g_signal_connect_object (self->search_context, "notify::occurrences-count",
                               G_CALLBACK (update_occurrences), self, G_CONNECT_SWAPPED);
    }
  return self->search_context;
}

static void
update_occurrences (ResolutePage *self)
{
  GtkSourceSearchContext *context = _resolute_page_get_search_context (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter start, end;
  int count = gtk_source_search_context_get_occurrences_count (context);
  int position = -1;
  g_autofree char *text = NULL;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    position = gtk_source_search_context_get_occurrence_position (context, &start, &end);

  if (count < 0 || gtk_source_search_settings_get_search_text (self->search_settings) == NULL)
    text = g_strdup ("");
  else if (position > 0)
    /* Translators: "3 of 12" search results */
    text = g_strdup_printf (_("%d of %d"), position, count);
  else
    text = g_strdup_printf (ngettext ("%d match", "%d matches", count), count);

  gtk_label_set_text (self->occurrences_label, text);
}

static void
select_match (ResolutePage      *self,
              const GtkTextIter *start,
              const GtkTextIter *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));

  gtk_text_buffer_select_range (buffer, start, end);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->body_view), (GtkTextIter *) start, 0.1,
                                FALSE, 0, 0);
  update_occurrences (self);
}

static void
search_forward (ResolutePage *self)
{
  GtkSourceSearchContext *context = _resolute_page_get_search_context (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter from, start, end;

  gtk_text_buffer_get_selection_bounds (buffer, NULL, &from);
  if (gtk_source_search_context_forward (context, &from, &start, &end, NULL))
    select_match (self, &start, &end);
  else
    update_occurrences (self);
}

static void
search_backward (ResolutePage *self)
{
  GtkSourceSearchContext *context = _resolute_page_get_search_context (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter from, start, end;

  gtk_text_buffer_get_selection_bounds (buffer, &from, NULL);
  if (gtk_source_search_context_backward (context, &from, &start, &end, NULL))
    select_match (self, &start, &end);
  else
    update_occurrences (self);
}

static void
search_changed (ResolutePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter start, end, from;

  gtk_source_search_settings_set_search_text (self->search_settings, *text ? text : NULL);
  _resolute_page_get_search_context (self);

  /* search from the start of the selection, so typing refines the match */
  gtk_text_buffer_get_selection_bounds (buffer, &from, NULL);
  if (*text != '\0'
      && gtk_source_search_context_forward (self->search_context, &from, &start, &end, NULL))
    select_match (self, &start, &end);
  else
    update_occurrences (self);
}

static void
replace_one (ResolutePage *self)
{
  GtkSourceSearchContext *context = _resolute_page_get_search_context (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end)
      || gtk_source_search_context_get_occurrence_position (context, &start, &end) <= 0)
    {
      search_forward (self);
      return;
    }

  if (!gtk_source_search_context_replace (context, &start, &end, replacement, -1, &error))
    {
      g_signal_emit_by_name (self, "problem", error->message);
      return;
    }
  search_forward (self);
}

static void
replace_all (ResolutePage *self)
{
  GtkSourceSearchContext *context = _resolute_page_get_search_context (self);
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autoptr(GError) error = NULL;

  resolute_document_begin_group (self->document, _("Replace All"));
  gtk_source_search_context_replace_all (context, replacement, -1, &error);
  resolute_document_end_group (self->document);
  if (error != NULL)
    g_signal_emit_by_name (self, "problem", error->message);
  update_occurrences (self);
}

static void
search_stopped (ResolutePage *self)
{
  resolute_page_end_search (self);
}

void
resolute_page_begin_search (ResolutePage *self,
                            gboolean      replace)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end)
      && gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *selected = gtk_text_iter_get_text (&start, &end);

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), selected);
    }

  gtk_widget_set_visible (self->replace_box, replace);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_source_search_context_set_highlight (_resolute_page_get_search_context (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
resolute_page_end_search (ResolutePage *self)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (self->search_context != NULL)
    gtk_source_search_context_set_highlight (self->search_context, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

void
_resolute_page_class_add_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_forward);
  gtk_widget_class_bind_template_callback (widget_class, search_backward);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, replace_one);
  gtk_widget_class_bind_template_callback (widget_class, replace_all);
}

void
_resolute_page_init_search (ResolutePage *self)
{
  self->search_settings = gtk_source_search_settings_new ();
  gtk_source_search_settings_set_wrap_around (self->search_settings, TRUE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

void
_resolute_page_search_dispose (ResolutePage *self)
{
  g_clear_object (&self->search_context);
  g_clear_object (&self->search_settings);
}

/* ------------------------------------------------------------------------ */
/* Zoom                                                                     */

/**
 * resolute_page_set_zoom:
 * @percent: the size of the text, 100 being the normal size
 */
void
resolute_page_set_zoom (ResolutePage *self,
                        guint         percent)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  /* the body view lays the text out for its zoom: margins, indents, labels */
  g_object_set (self->body_view, "zoom", CLAMP (percent, 50, 300) / 100.0, NULL);
}

/* ------------------------------------------------------------------------ */
/* Footnotes and cross-references                                           */

void
resolute_page_insert_footnote (ResolutePage *self)
{
  ResoluteFootnote *footnote;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  /* the pane opens the note on the body view's "footnote-inserted" */
  footnote = resolute_body_view_insert_footnote (self->body_view);
  if (footnote == NULL)
    g_signal_emit_by_name (self, "problem", _("A footnote cannot be inserted here"));
}

/**
 * resolute_page_go_to_footnote:
 *
 * From a mark in the text back to its note: shows the footnotes and opens the
 * note of the first mark in the paragraph that holds the cursor.
 */
void
resolute_page_go_to_footnote (ResolutePage *self)
{
  ResoluteClause *clause;
  const ResoluteInline *content;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  clause = resolute_body_view_get_cursor_clause (self->body_view);
  content = clause != NULL ? resolute_clause_get_content (clause) : NULL;
  for (guint i = 0; content != NULL && i < resolute_inline_get_n_objects (content); i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      ResoluteFootnote *footnote;

      if (object->kind != RESOLUTE_OBJECT_NOTE_REF)
        continue;
      footnote = resolute_document_lookup_footnote (self->document, object->target);
      if (footnote == NULL)
        continue;

      resolute_page_show_sidebar_page (self, "footnotes");
      resolute_footnotes_pane_focus_footnote (self->footnotes_pane, footnote);
      return;
    }

  g_signal_emit_by_name (self, "problem", _("This paragraph has no footnote mark"));
}

gboolean
_resolute_page_insert_cross_reference_to (ResolutePage    *self,
                                          ResoluteClause  *target,
                                          GError         **error)
{
  return resolute_body_view_insert_cross_reference (self->body_view, target, error);
}

static void
cross_reference_response (AdwMessageDialog *dialog,
                          const char       *response,
                          ResolutePage     *self)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (dialog), "drop-down");
  GListModel *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  g_autoptr(ResoluteClause) target = NULL;
  g_autoptr(GError) error = NULL;
  guint selected;

  if (g_strcmp0 (response, "insert") != 0)
    return;

  selected = gtk_drop_down_get_selected (drop_down);
  target = g_list_model_get_item (targets, selected);
  if (target == NULL)
    return;

  if (!_resolute_page_insert_cross_reference_to (self, target, &error))
    g_signal_emit_by_name (self, "problem", error->message);
  resolute_page_grab_focus_body (self);
}

static gboolean
is_numbered (gpointer item,
             gpointer user_data)
{
  const char *citation = resolute_clause_get_citation (item);

  return citation != NULL && *citation != '\0';
}

static char *
describe_target (ResoluteClause *clause,
                 gpointer        user_data)
{
  ResoluteDocument *document = user_data;
  g_autofree char *text = resolute_document_get_plain_text (document, clause);
  g_autofree char *cut = g_utf8_substring (text, 0, MIN (60, g_utf8_strlen (text, -1)));

  /* Translators: a paragraph in the list of cross-reference targets */
  return g_strdup_printf (_("Paragraph %s: %s…"), resolute_clause_get_citation (clause), cut);
}

static void
unref_document (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

/**
 * resolute_page_choose_cross_reference:
 *
 * Asks which paragraph to refer to, and inserts "paragraph N above" at the
 * cursor.
 */
void
resolute_page_choose_cross_reference (ResolutePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFilterListModel *targets;
  GtkExpression *expression;
  GtkWidget *dialog;
  GtkWidget *drop_down;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  targets = gtk_filter_list_model_new (
    g_object_ref (resolute_document_get_clauses (self->document)),
    GTK_FILTER (gtk_custom_filter_new (is_numbered, NULL, NULL)));
  if (g_list_model_get_n_items (G_LIST_MODEL (targets)) == 0)
    {
      g_object_unref (targets);
      g_signal_emit_by_name (self, "problem", _("There is no numbered paragraph to refer to"));
      return;
    }

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (describe_target),
                                            g_object_ref (self->document), unref_document);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (targets)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Insert Cross-Reference"),
                                   _("The reference shows the paragraph’s number and follows "
                                     "it when paragraphs move."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "insert", _("_Insert"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "insert",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "insert");
  g_object_set_data (G_OBJECT (dialog), "drop-down", drop_down);
  g_object_set_data_full (G_OBJECT (dialog), "targets", targets, g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (cross_reference_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
