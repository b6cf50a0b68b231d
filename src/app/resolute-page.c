/* resolute-page.c — one document in a tab: outline, body, footnotes and status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like GNOME Text Editor's EditorPage: a view of one document. The page
 * shows the import warnings, the search bar, a sidebar with the outline and
 * the footnotes, the body view and a status line, and it knows where the
 * document is saved. It changes the document only through its commands, so
 * everything done here is on the document's one undo history.
 */

#define G_LOG_DOMAIN "resolute-page"

#include "config.h"

#include <glib/gi18n.h>

#include "resolute-page-private.h"
#include "resolute-properties-dialog.h"

G_DEFINE_FINAL_TYPE (ResolutePage, resolute_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_MODIFIED,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define AKN_MIME_TYPE "application/x-akomantoso+xml"

/* ------------------------------------------------------------------------ */
/* Titles and status                                                        */

/**
 * resolute_page_dup_name:
 *
 * The name a user knows the document by: its title, else its symbol, else
 * its file name.
 */
char *
resolute_page_dup_name (ResolutePage *self)
{
  const char *title;
  const char *symbol;

  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  title = resolute_document_get_field (self->document, RESOLUTE_FIELD_TITLE);
  symbol = resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (symbol != NULL && *symbol != '\0')
    return g_strdup (symbol);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled Resolution"));
}

static void
update_titles (ResolutePage *self)
{
  g_autofree char *name = resolute_page_dup_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *basename = NULL;
  const char *symbol = resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);
  gboolean modified = resolute_document_get_modified (self->document);

  /* Translators: "•" marks a document with unsaved changes */
  title = modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  if (self->file != NULL)
    basename = g_file_get_basename (self->file);
  else if (self->origin != NULL)
    {
      g_autofree char *origin = g_file_get_basename (self->origin);

      /* Translators: the file a document was imported from */
      basename = g_strdup_printf (_("imported from %s"), origin);
    }
  else
    basename = g_strdup (_("not saved"));

  if (symbol != NULL && *symbol != '\0' && g_strcmp0 (symbol, name) != 0)
    subtitle = g_strdup_printf ("%s — %s", symbol, basename);
  else
    subtitle = g_steal_pointer (&basename);

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  if (g_strcmp0 (subtitle, self->subtitle) != 0)
    {
      g_free (self->subtitle);
      self->subtitle = g_steal_pointer (&subtitle);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
    }

  if (self->session != NULL && self->draft_id != NULL)
    resolute_session_update_file (self->session, self->draft_id, self->file, name);
}

static void
modified_changed (ResolutePage *self)
{
  update_titles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * resolute_page_get_status_text:
 *
 * "3 preambular · 4 operative · 2 footnotes · 512 words"
 */
char *
resolute_page_get_status_text (ResolutePage *self)
{
  ResoluteDocumentStats stats;
  g_autofree char *preambular = NULL;
  g_autofree char *operative = NULL;
  g_autofree char *footnotes = NULL;
  g_autofree char *words = NULL;

  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  resolute_document_get_stats (self->document, &stats);
  preambular = g_strdup_printf (ngettext ("%u preambular", "%u preambular", stats.preambular),
                                stats.preambular);
  operative = g_strdup_printf (ngettext ("%u operative", "%u operative", stats.operative),
                               stats.operative);
  footnotes = g_strdup_printf (ngettext ("%u footnote", "%u footnotes", stats.footnotes),
                               stats.footnotes);
  words = g_strdup_printf (ngettext ("%u word", "%u words", stats.words), stats.words);

  return g_strjoin (" · ", preambular, operative, footnotes, words, NULL);
}

/**
 * resolute_page_get_cursor_text:
 *
 * "Operative paragraph 3 (b)": where the cursor is.
 */
char *
resolute_page_get_cursor_text (ResolutePage *self)
{
  ResoluteClause *clause;
  const char *citation;

  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  clause = resolute_body_view_get_cursor_clause (self->body_view);
  if (clause == NULL)
    return g_strdup ("");

  citation = resolute_clause_get_citation (clause);
  switch (resolute_clause_get_kind (clause))
    {
    case RESOLUTE_CLAUSE_PREAMBULAR:
      /* Translators: the cursor is in the preambular paragraph at this position */
      return g_strdup_printf (_("Preambular paragraph %u"),
                              resolute_clause_get_position (clause) + 1);
    case RESOLUTE_CLAUSE_OPERATIVE:
      return g_strdup_printf (_("Operative paragraph %s"), citation != NULL ? citation : "");
    case RESOLUTE_CLAUSE_ANNEX:
      return g_strdup (_("Annex"));
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      return g_strdup_printf (_("Annex paragraph %s"), citation != NULL ? citation : "");
    }
}

static gboolean
update_status_idle (gpointer data)
{
  ResolutePage *self = data;
  g_autofree char *status = NULL;

  self->status_id = 0;
  status = resolute_page_get_status_text (self);
  gtk_label_set_text (self->status_label, status);
  return G_SOURCE_REMOVE;
}

static void
queue_status (ResolutePage *self)
{
  /* counting words walks the whole text: not on every keystroke */
  if (self->status_id == 0)
    self->status_id = g_timeout_add (150, update_status_idle, self);
}

static void
cursor_clause_changed (ResolutePage *self)
{
  g_autofree char *text = resolute_page_get_cursor_text (self);

  gtk_label_set_text (self->cursor_label, text);
  resolute_footnotes_pane_highlight_clause (self->footnotes_pane,
                                            resolute_body_view_get_cursor_clause (self->body_view));
}

/* ------------------------------------------------------------------------ */
/* Sidebar                                                                  */

static void
clause_activated (ResolutePage   *self,
                  ResoluteClause *clause)
{
  resolute_body_view_jump_to_clause (self->body_view, clause);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static void
footnote_activated (ResolutePage     *self,
                    ResoluteFootnote *footnote)
{
  resolute_body_view_jump_to_footnote (self->body_view, footnote);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* However it was inserted (the window's action, the body's Ctrl+Alt+F), a
 * new note opens in the pane for its text. */
static void
footnote_inserted (ResolutePage     *self,
                   ResoluteFootnote *footnote)
{
  resolute_page_show_sidebar_page (self, "footnotes");
  resolute_footnotes_pane_focus_footnote (self->footnotes_pane, footnote);
}

static void
forward_problem (ResolutePage *self,
                 const char   *message)
{
  g_signal_emit (self, signals[PROBLEM], 0, message);
}

void
resolute_page_set_sidebar_visible (ResolutePage *self,
                                   gboolean      visible)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  gtk_widget_set_visible (self->sidebar, visible);
}

gboolean
resolute_page_get_sidebar_visible (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);

  return gtk_widget_get_visible (self->sidebar);
}

/**
 * resolute_page_show_sidebar_page:
 * @name: "outline" or "footnotes"
 */
void
resolute_page_show_sidebar_page (ResolutePage *self,
                                 const char   *name)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  gtk_widget_set_visible (self->sidebar, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, name);
}

void
resolute_page_show_properties (ResolutePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ResolutePropertiesDialog *dialog;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  dialog = resolute_properties_dialog_new (self->document);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
masthead_activated (ResolutePage *self)
{
  resolute_page_show_properties (self);
}

/* ------------------------------------------------------------------------ */
/* Files                                                                    */

ResoluteDocument *
resolute_page_get_document (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->document;
}

/**
 * resolute_page_get_file:
 *
 * Returns: (nullable) (transfer none): the Akoma Ntoso file the document is
 *   saved to; %NULL for a new or imported document
 */
GFile *
resolute_page_get_file (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->file;
}

ResoluteFileFormat
resolute_page_get_format (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), RESOLUTE_FILE_FORMAT_UNKNOWN);

  return self->file != NULL ? RESOLUTE_FILE_FORMAT_AKN : RESOLUTE_FILE_FORMAT_UNKNOWN;
}

GFile *
_resolute_page_get_origin (ResolutePage *self)
{
  return self->origin != NULL ? self->origin : self->file;
}

gboolean
resolute_page_get_modified (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);

  return resolute_document_get_modified (self->document);
}

/**
 * resolute_page_get_can_save:
 *
 * Whether "Save" writes in place, or must ask for an Akoma Ntoso name first
 * (a new document, or one imported from a text).
 */
gboolean
resolute_page_get_can_save (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);

  return self->file != NULL;
}

const char *
resolute_page_get_title (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->title;
}

const char *
resolute_page_get_subtitle (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->subtitle;
}

const char *
resolute_page_get_draft_id (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->draft_id;
}

void
resolute_page_set_draft_id (ResolutePage *self,
                            const char   *draft_id)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
}

void
_resolute_page_attach_session (ResolutePage    *self,
                               ResoluteSession *session,
                               const char      *draft_id)
{
  g_autofree char *name = resolute_page_dup_name (self);

  g_set_object (&self->session, session);
  g_free (self->draft_id);
  self->draft_id = resolute_session_track (session, self->document, draft_id, self->file, name);
}

void
_resolute_page_detach_session (ResolutePage *self,
                               gboolean      discard)
{
  if (self->session != NULL && self->draft_id != NULL)
    resolute_session_untrack (self->session, self->draft_id, discard);
  g_clear_object (&self->session);
}

static void
set_file (ResolutePage *self,
          GFile        *file)
{
  if (g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
    }
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) AKN_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "resolute %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  if (resolute_file_format_from_filename (uri) == RESOLUTE_FILE_FORMAT_ODS_TEXT)
    data.mime_type = (char *) "text/plain";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_resolute_page_add_recent (GFile *file)
{
  add_recent (file);
}

/**
 * resolute_page_save_to_file:
 * @file: an Akoma Ntoso file (.akn or .xml)
 *
 * Saves the document to @file, keeping the previous version as "name~"; on
 * success the page belongs to @file and is unmodified. On failure nothing
 * changes: neither the old file, nor the page.
 */
gboolean
resolute_page_save_to_file (ResolutePage  *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  if (resolute_file_format_from_filename (basename) != RESOLUTE_FILE_FORMAT_AKN)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Resolute saves resolutions as Akoma Ntoso: choose a name ending in .akn "
                     "(use Export for a text)"));
      return FALSE;
    }

  if (!resolute_file_format_save (self->document, file, RESOLUTE_FILE_FORMAT_AKN, TRUE, error))
    return FALSE;

  set_file (self, file);
  g_clear_object (&self->origin);
  resolute_document_set_unmodified (self->document);
  add_recent (file);
  update_titles (self);
  return TRUE;
}

/**
 * resolute_page_export_to_file:
 *
 * Writes the document in another format (the ODS text); the page keeps its
 * file and its unsaved state.
 */
gboolean
resolute_page_export_to_file (ResolutePage        *self,
                              GFile               *file,
                              ResoluteFileFormat   format,
                              GError             **error)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return resolute_file_format_save (self->document, file, format, TRUE, error);
}

void
resolute_page_set_warnings (ResolutePage *self,
                            GPtrArray    *warnings)
{
  g_autofree char *name = NULL;
  GFile *origin;

  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  origin = _resolute_page_get_origin (self);
  name = origin != NULL ? g_file_get_basename (origin) : NULL;
  resolute_warnings_banner_set_warnings (self->banner, name, warnings);
}

guint
resolute_page_get_n_warnings (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), 0);

  return resolute_warnings_banner_get_n_warnings (self->banner);
}

gboolean
resolute_page_get_banner_revealed (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), FALSE);

  return resolute_warnings_banner_get_revealed (self->banner);
}

ResoluteWarningsBanner *
_resolute_page_get_banner (ResolutePage *self)
{
  return self->banner;
}

ResoluteBodyView *
resolute_page_get_body_view (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->body_view;
}

ResoluteOutline *
resolute_page_get_outline (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->outline;
}

ResoluteFootnotesPane *
resolute_page_get_footnotes_pane (ResolutePage *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE (self), NULL);

  return self->footnotes_pane;
}

void
resolute_page_grab_focus_body (ResolutePage *self)
{
  g_return_if_fail (RESOLUTE_IS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* ------------------------------------------------------------------------ */
/* Object                                                                   */

static void
set_document (ResolutePage     *self,
              ResoluteDocument *document)
{
  g_assert (self->document == NULL);

  self->document = g_object_ref (document);
  resolute_body_view_set_document (self->body_view, document);
  resolute_outline_set_document (self->outline, document);
  resolute_footnotes_pane_set_document (self->footnotes_pane, document);

  g_signal_connect_object (document, "changed", G_CALLBACK (queue_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "metadata-changed", G_CALLBACK (update_titles), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (resolute_document_get_history (document), "notify::modified",
                           G_CALLBACK (modified_changed), self, G_CONNECT_SWAPPED);
}

static void
resolute_page_constructed (GObject *object)
{
  ResolutePage *self = RESOLUTE_PAGE (object);

  G_OBJECT_CLASS (resolute_page_parent_class)->constructed (object);

  if (self->document == NULL)
    {
      g_autoptr(ResoluteDocument) document = resolute_document_new ();

      set_document (self, document);
    }

  update_titles (self);
  update_status_idle (self);
  cursor_clause_changed (self);
}

static void
resolute_page_dispose (GObject *object)
{
  ResolutePage *self = RESOLUTE_PAGE (object);
  GtkWidget *child;

  /* not closed by the user (who was asked): unsaved work stays a draft */
  _resolute_page_detach_session (self, FALSE);
  _resolute_page_search_dispose (self);
  g_clear_handle_id (&self->status_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_PAGE);
  /* and the unnamed children of the template */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->origin);

  G_OBJECT_CLASS (resolute_page_parent_class)->dispose (object);
}

static void
resolute_page_finalize (GObject *object)
{
  ResolutePage *self = RESOLUTE_PAGE (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->draft_id);

  G_OBJECT_CLASS (resolute_page_parent_class)->finalize (object);
}

static void
resolute_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ResolutePage *self = RESOLUTE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, resolute_page_get_modified (self));
      break;
    case PROP_CAN_SAVE:
      g_value_set_boolean (value, resolute_page_get_can_save (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ResolutePage *self = RESOLUTE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      if (g_value_get_object (value) != NULL)
        set_document (self, g_value_get_object (value));
      break;
    case PROP_FILE:
      set_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_page_class_init (ResolutePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = resolute_page_constructed;
  object_class->dispose = resolute_page_dispose;
  object_class->finalize = resolute_page_finalize;
  object_class->get_property = resolute_page_get_property;
  object_class->set_property = resolute_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RESOLUTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_SAVE] = g_param_spec_boolean ("can-save", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ResolutePage::problem:
   * @message: why something the user asked for was refused
   */
  signals[PROBLEM] = g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (RESOLUTE_TYPE_BODY_VIEW);
  g_type_ensure (RESOLUTE_TYPE_OUTLINE);
  g_type_ensure (RESOLUTE_TYPE_FOOTNOTES_PANE);
  g_type_ensure (RESOLUTE_TYPE_WARNINGS_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/resolute/Resolute/ui/resolute-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, banner);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, replace_box);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, replace_all_button);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, occurrences_label);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, outline);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, footnotes_pane);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, body_view);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ResolutePage, cursor_label);
  gtk_widget_class_bind_template_callback (widget_class, clause_activated);
  gtk_widget_class_bind_template_callback (widget_class, footnote_activated);
  gtk_widget_class_bind_template_callback (widget_class, masthead_activated);
  gtk_widget_class_bind_template_callback (widget_class, forward_problem);
  gtk_widget_class_bind_template_callback (widget_class, footnote_inserted);
  gtk_widget_class_bind_template_callback (widget_class, cursor_clause_changed);
  _resolute_page_class_add_search (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "page");
}

static void
resolute_page_init (ResolutePage *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  _resolute_page_init_search (self);
}

/**
 * resolute_page_new:
 * @file: (nullable): the file @document was read from
 * @format: the format of @file: an Akoma Ntoso page saves back to it; an
 *   imported text is remembered as the origin, and "Save" asks for a name
 */
ResolutePage *
resolute_page_new (ResoluteDocument   *document,
                   GFile              *file,
                   ResoluteFileFormat  format)
{
  ResolutePage *self;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (RESOLUTE_TYPE_PAGE,
                       "document", document,
                       NULL);
  if (file != NULL && format == RESOLUTE_FILE_FORMAT_AKN)
    set_file (self, file);
  else if (file != NULL)
    self->origin = g_object_ref (file);
  update_titles (self);
  return self;
}
