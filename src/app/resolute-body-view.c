/* resolute-body-view.c — the editing surface: a resolution laid out like the final text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GtkSourceView shows the body of a ResoluteDocument:
 *
 *   line 0       the title (RESOLUTE_FIELD_TITLE), with the resolution number
 *                ("68/160.") drawn in its hanging indent;
 *   line 1       the authoring formula ("The General Assembly,");
 *   line 2 + i   clause i of the document, its text byte for byte: every
 *                inline object (footnote mark, cross-reference) is a
 *                paintable, the U+FFFC that stands for it in the model too.
 *
 * Paragraph numbers and sub-paragraph letters are never buffer text: they
 * are drawn in the margin by snapshot_layer() for the visible lines only, from
 * resolute_clause_get_label(), so they cannot be selected or typed over and
 * they follow every renumbering at no cost per clause.
 *
 * The buffer only ever changes through this file. Edits the user makes are
 * caught in the buffer's insert-text and delete-range handlers, stopped, and
 * turned into document commands; the document's signals (the clause list's
 * items-changed, each clause's notify) then bring the affected lines up to
 * date, whether the change came from typing, undo, the outline or the
 * properties dialog. So the buffer cannot diverge from the model.
 */

#define G_LOG_DOMAIN "resolute-body-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "resolute-body-view.h"
#include "resolute-object-mark.h"
#include "resolute-error.h"
#include "resolute-ods-text-reader.h"

#define HEADER_LINES   2
#define TITLE_LINE     0
#define FORMULA_LINE   1
#define CLAUSES_MIME   "application/x-resolute-clauses"
#define CLAUSES_TYPE   "(a(uubbssa(uuus)a(uusu))a{s(sa(uuus)a(uusu))})"
#define BASE_FONT_PT   12.0
#define ZOOM_MIN       0.5
#define ZOOM_MAX       3.0
#define ZOOM_STEP      1.1
#define COLUMN_EMS     42.0

/* How a paragraph is set: one paragraph tag each. */
typedef enum
{
  STYLE_TITLE,
  STYLE_FORMULA,
  STYLE_PREAMBULAR,     /* first line indented */
  STYLE_NUMBERED,       /* operative and annex paragraphs: hanging number */
  STYLE_SUB_1,          /* (a) */
  STYLE_SUB_2,          /* (i) */
  STYLE_SUB_3,          /* a. */
  STYLE_SUB_4,          /* i. */
  STYLE_CONTINUATION_0, /* closing text of a paragraph, after its sub-paragraphs */
  STYLE_CONTINUATION_1,
  STYLE_CONTINUATION_2,
  STYLE_CONTINUATION_3,
  STYLE_CONTINUATION_4,
  STYLE_ANNEX,          /* "Annex" above, the annex title in bold */
  STYLE_ANNEX_HEADING,  /* "Guideline 1" above, the heading in bold */
  STYLE_ANNEX_TEXT,     /* unnumbered annex paragraph */
  N_STYLES
} ParagraphStyle;

/* A clause as it travels through the clipboard. */
typedef struct
{
  ResoluteClauseKind kind;
  guint level;
  gboolean continuation;
  gboolean auto_opening;
  char *heading_label;
  ResoluteInline *content;
} Piece;

struct _ResoluteBodyView
{
  GtkSourceView     parent_instance;

  ResoluteDocument *document;
  GListModel       *clauses;          /* the document's, borrowed */
  GPtrArray        *lines;            /* ResoluteClause per clause line, mirrors @clauses */
  GPtrArray        *marks;            /* ResoluteObjectMark of the inline objects */
  ResoluteClause   *cursor_clause;

  GtkTextTag       *styles[N_STYLES];
  GtkTextTag       *italic_tag;
  GtkTextTag       *bold_tag;
  GtkTextTag       *reference_tag;
  GtkTextTag       *insertion_tag;
  GtkTextTag       *deletion_tag;
  GtkTextTag       *closing_tag;      /* room for the closing lines after the operative part */

  GPtrArray        *preface;          /* BlockLine: the lines above the title */
  GPtrArray        *closing;          /* BlockLine: "70th plenary meeting", the date */
  int               preface_height;   /* pixels */
  int               closing_height;
  ResoluteClause   *closing_clause;   /* the last operative paragraph */

  GtkCssProvider   *font_provider;
  double            zoom;
  double            em;               /* pixels */
  int               title_left;       /* pixels from the margin */
  int               margin;           /* pixels: centres the column */

  /* where the last change from the document landed, for undo and redo */
  int               last_edit_line;
  int               last_edit_index;

  /* the clause that held the cursor when its line was taken out */
  ResoluteClause   *pending_cursor_clause;
  guint             pending_cursor_offset;

  guint             margin_idle;
  guint             close_group_idle;
  guint             updating;         /* > 0 while this file writes the buffer */
  guint             editing;          /* > 0 while it turns an edit into commands */
  guint             user_action_depth;
  guint             objects_dirty : 1;      /* clauses came or went: references may break */
  guint             selection_action : 1;   /* the user action began with a selection */
  guint             action_group_open : 1;  /* and opened a document group */
  guint             hold_group : 1;         /* end_edit() leaves the group open… */
  guint             group_held : 1;         /* …and says so */
};

G_DEFINE_FINAL_TYPE (ResoluteBodyView, resolute_body_view, GTK_SOURCE_TYPE_VIEW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CURSOR_CLAUSE,
  PROP_ZOOM,
  N_PROPS
};

enum {
  FOOTNOTE_INSERTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char body_view_css[] =
  "textview.resolute-body-view {"
  "  font-family: \"Liberation Serif\", \"Times New Roman\", \"DejaVu Serif\", serif;"
  "}\n";

static void sync_clause_line (ResoluteBodyView *self,
                              guint             index);
static void sync_header      (ResoluteBodyView *self);
static void update_objects   (ResoluteBodyView *self);

/* ------------------------------------------------------------------------ */
/* Small helpers                                                            */

static GtkTextBuffer *
get_buffer (ResoluteBodyView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

/* A clause is one line of the buffer: the line and paragraph separators its
 * text should not hold show as a space and U+2028, of the same length in
 * bytes, so that offsets stay those of the model. */
static char *
sanitize_line (const char *text,
               gsize       length)
{
  char *copy = g_strndup (text, length);

  for (char *p = copy; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r')
        *p = ' ';
      else if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xA9)
        p[2] = (char) 0xA8;
    }
  return copy;
}

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_free (piece->heading_label);
  g_clear_pointer (&piece->content, resolute_inline_free);
  g_free (piece);
}

static void
error_bell (ResoluteBodyView *self,
            const GError     *error)
{
  if (error != NULL)
    g_debug ("Refused: %s", error->message);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static guint
n_clause_lines (ResoluteBodyView *self)
{
  return self->lines->len;
}

static ResoluteClause *
clause_at_line (ResoluteBodyView *self,
                int               line)
{
  if (line < HEADER_LINES || (guint) (line - HEADER_LINES) >= self->lines->len)
    return NULL;
  return g_ptr_array_index (self->lines, line - HEADER_LINES);
}

/* The index of @clause among the clause lines, or -1. The position the
 * document cached is right except inside a group of changes. */
static int
find_clause_line (ResoluteBodyView *self,
                  ResoluteClause   *clause)
{
  guint hint = resolute_clause_get_position (clause);
  guint index;

  if (hint < self->lines->len && g_ptr_array_index (self->lines, hint) == clause)
    return hint;
  if (g_ptr_array_find (self->lines, clause, &index))
    return index;
  return -1;
}

static void
get_line_start (ResoluteBodyView *self,
                int               line,
                GtkTextIter      *iter)
{
  gtk_text_buffer_get_iter_at_line (get_buffer (self), iter, line);
}

static void
get_line_end (ResoluteBodyView *self,
              int               line,
              GtkTextIter      *iter)
{
  gtk_text_buffer_get_iter_at_line (get_buffer (self), iter, line);
  if (!gtk_text_iter_ends_line (iter))
    gtk_text_iter_forward_to_line_end (iter);
}

static guint
line_length (ResoluteBodyView *self,
             int               line)
{
  GtkTextIter iter;

  get_line_end (self, line, &iter);
  return gtk_text_iter_get_line_index (&iter);
}

static void
get_iter_at (ResoluteBodyView *self,
             int               line,
             guint             index,
             GtkTextIter      *iter)
{
  guint length = line_length (self, line);

  gtk_text_buffer_get_iter_at_line_index (get_buffer (self), iter, line, MIN (index, length));
}

static void
place_cursor (ResoluteBodyView *self,
              int               line,
              guint             index)
{
  GtkTextIter iter;

  if (line < 0)
    return;
  line = MIN (line, gtk_text_buffer_get_line_count (get_buffer (self)) - 1);
  get_iter_at (self, line, index, &iter);
  gtk_text_buffer_place_cursor (get_buffer (self), &iter);
}

static void
place_cursor_in_clause (ResoluteBodyView *self,
                        guint             position,
                        guint             offset)
{
  place_cursor (self, HEADER_LINES + position, offset);
}

static void
get_cursor (ResoluteBodyView *self,
            int              *line,
            guint            *index)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  *line = gtk_text_iter_get_line (&iter);
  *index = gtk_text_iter_get_line_index (&iter);
}

/* The text of a header line as the document has it. */
static char *
get_header_text (ResoluteBodyView *self,
                 int               line)
{
  const char *text = NULL;

  if (self->document == NULL)
    return g_strdup ("");

  if (line == TITLE_LINE)
    text = resolute_document_get_field (self->document, RESOLUTE_FIELD_TITLE);
  else
    {
      text = resolute_document_get_authoring_formula (self->document);
    }

  /* a header line is one line */
  return text != NULL ? sanitize_line (text, strlen (text)) : g_strdup ("");
}

static char *
get_title_number (ResoluteBodyView *self)
{
  const char *number;

  if (self->document == NULL
      || resolute_document_get_kind (self->document) != RESOLUTE_DOCUMENT_KIND_RESOLUTION
      || resolute_document_get_organ (self->document) == RESOLUTE_ORGAN_SECURITY_COUNCIL)
    return NULL;

  number = resolute_document_get_field (self->document, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  if (number == NULL || *number == '\0')
    return NULL;

  return resolute_language_expand (resolute_document_get_language (self->document),
                                   "ResolutionNumber", "n", number, NULL);
}

/* ------------------------------------------------------------------------ */
/* Layout                                                                   */

static ParagraphStyle
style_for_clause (ResoluteClause *clause)
{
  ResoluteClauseKind kind = resolute_clause_get_kind (clause);
  guint level = resolute_clause_get_level (clause);

  switch (kind)
    {
    case RESOLUTE_CLAUSE_ANNEX:
      return STYLE_ANNEX;
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
      return STYLE_ANNEX_HEADING;
    case RESOLUTE_CLAUSE_PREAMBULAR:
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      break;
    }

  level = MIN (level, RESOLUTE_CLAUSE_MAX_LEVEL);
  if (resolute_clause_get_continuation (clause))
    return STYLE_CONTINUATION_0 + level;
  if (level > 0)
    return STYLE_SUB_1 + level - 1;
  if (kind == RESOLUTE_CLAUSE_PREAMBULAR)
    return STYLE_PREAMBULAR;
  if (kind == RESOLUTE_CLAUSE_ANNEX_TEXT)
    return STYLE_ANNEX_TEXT;
  return STYLE_NUMBERED;
}

/* Left edge of the text of each style, in ems; numbers hang to its left. */
static double
style_left (ParagraphStyle style)
{
  const double body = 3.0;
  const double step = 2.5;

  switch (style)
    {
    case STYLE_TITLE:
      return body + 2.5;
    case STYLE_SUB_1:
    case STYLE_SUB_2:
    case STYLE_SUB_3:
    case STYLE_SUB_4:
      return body + step * (style - STYLE_SUB_1 + 1);
    case STYLE_CONTINUATION_0:
    case STYLE_CONTINUATION_1:
    case STYLE_CONTINUATION_2:
    case STYLE_CONTINUATION_3:
    case STYLE_CONTINUATION_4:
      return body + step * (style - STYLE_CONTINUATION_0);
    case STYLE_FORMULA:
    case STYLE_PREAMBULAR:
    case STYLE_NUMBERED:
    case STYLE_ANNEX:
    case STYLE_ANNEX_HEADING:
    case STYLE_ANNEX_TEXT:
    case N_STYLES:
    default:
      return body;
    }
}

static double
style_indent (ParagraphStyle style)
{
  switch (style)
    {
    case STYLE_FORMULA:
    case STYLE_PREAMBULAR:
    case STYLE_ANNEX_TEXT:
      return 2.5;
    case STYLE_TITLE:
    case STYLE_NUMBERED:
    case STYLE_SUB_1:
    case STYLE_SUB_2:
    case STYLE_SUB_3:
    case STYLE_SUB_4:
    case STYLE_CONTINUATION_0:
    case STYLE_CONTINUATION_1:
    case STYLE_CONTINUATION_2:
    case STYLE_CONTINUATION_3:
    case STYLE_CONTINUATION_4:
    case STYLE_ANNEX:
    case STYLE_ANNEX_HEADING:
    case N_STYLES:
    default:
      return 0.0;
    }
}

/* Room above the paragraph, in ems: the "Annex" line and headings. */
static double
style_above (ParagraphStyle style)
{
  switch (style)
    {
    case STYLE_TITLE:
      return 0.5;
    case STYLE_ANNEX:
      return 4.0;
    case STYLE_ANNEX_HEADING:
      return 2.6;
    case STYLE_FORMULA:
    case STYLE_PREAMBULAR:
    case STYLE_NUMBERED:
    case STYLE_SUB_1:
    case STYLE_SUB_2:
    case STYLE_SUB_3:
    case STYLE_SUB_4:
    case STYLE_CONTINUATION_0:
    case STYLE_CONTINUATION_1:
    case STYLE_CONTINUATION_2:
    case STYLE_CONTINUATION_3:
    case STYLE_CONTINUATION_4:
    case STYLE_ANNEX_TEXT:
    case N_STYLES:
    default:
      return 0.0;
    }
}

/* ------------------------------------------------------------------------ */
/* The lines around the body                                                */

/* A line of the text around the body that the view draws as the final text
 * has it, without making it editable here: the properties dialog edits the
 * adoption date, the origin, the sponsors and the meeting. */
typedef struct
{
  char     *text;
  gboolean  bold;
} BlockLine;

static void
block_line_free (gpointer data)
{
  BlockLine *line = data;

  g_free (line->text);
  g_free (line);
}

static void
add_block_line (GPtrArray *lines,
                char      *text,
                gboolean   bold)
{
  BlockLine *line;

  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return;
    }
  line = g_new0 (BlockLine, 1);
  line->text = text;
  line->bold = bold;
  g_ptr_array_add (lines, line);
}

static char *
format_date_field (ResoluteBodyView *self,
                   ResoluteField     field)
{
  const ResoluteLanguage *language = resolute_document_get_language (self->document);
  const char *iso = resolute_document_get_field (self->document, field);

  return iso != NULL ? resolute_language_format_date (language, iso) : NULL;
}

/* What precedes the title: "Resolution adopted by the General Assembly on
 * 18 December 2013" and "[on the report of the Third Committee (…)]"; on a
 * Council resolution "Resolution 2118 (2013)" and its adoption; on a draft,
 * the sponsors line. */
static void
build_preface (ResoluteBodyView *self,
               GPtrArray        *lines)
{
  const ResoluteLanguage *language = resolute_document_get_language (self->document);
  ResoluteDocument *document = self->document;
  ResoluteFootnote *note;
  const char *organ = resolute_language_get_organ_name (language,
                                                        resolute_document_get_organ (document));
  g_autofree char *date = format_date_field (self, RESOLUTE_FIELD_ADOPTION_DATE);
  const char *number = resolute_document_get_field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  const char *meeting = resolute_document_get_field (document, RESOLUTE_FIELD_MEETING);
  const char *origin = resolute_document_get_field (document, RESOLUTE_FIELD_ORIGIN);

  if (resolute_document_get_kind (self->document) != RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    {
      const char *submitted_by = resolute_document_get_field (document,
                                                              RESOLUTE_FIELD_SUBMITTED_BY);
      g_autofree char *sponsors = NULL;
      g_autofree char *what = NULL;

      if (submitted_by != NULL)
        {
          add_block_line (lines, g_strdup (submitted_by), FALSE);
          return;
        }
      if (resolute_document_get_n_sponsors (self->document) == 0)
        return;
      sponsors = resolute_document_get_sponsors_text (self->document);
      if (resolute_document_get_kind (self->document) == RESOLUTE_DOCUMENT_KIND_AMENDMENT)
        {
          const char *amended = resolute_document_get_field (document,
                                                             RESOLUTE_FIELD_AMENDED_DOCUMENT);

          what = resolute_language_expand (language, "AmendmentTo", "doc", amended, NULL);
        }
      else
        what = g_strdup (resolute_language_get_word (language, "DraftResolution"));
      note = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);
      if (note != NULL)
        add_block_line (lines,
                        resolute_language_expand (language, "SponsorsLineWithNote", "sponsors",
                                                  sponsors, "mark",
                                                  resolute_footnote_get_label (note), "what", what,
                                                  NULL),
                        FALSE);
      else
        add_block_line (lines,
                        resolute_language_expand (language, "SponsorsLine", "sponsors", sponsors,
                                                  "what", what, NULL),
                        FALSE);
      return;
    }

  if (resolute_document_get_organ (self->document) == RESOLUTE_ORGAN_SECURITY_COUNCIL)
    {
      if (number != NULL)
        add_block_line (lines, resolute_language_expand (language, "CouncilResolution", "n", number,
                                                         NULL), TRUE);
      if (date != NULL && meeting != NULL)
        add_block_line (lines,
                        resolute_language_expand (language, "AdoptedAtMeeting", "organ", organ,
                                                  "meeting", meeting, "date", date, NULL),
                        FALSE);
      else if (date != NULL)
        add_block_line (lines,
                        resolute_language_expand (language, "AdoptedOn", "organ", organ, "date",
                                                  date, NULL),
                        FALSE);
      return;
    }

  if (date != NULL)
    add_block_line (lines, resolute_language_expand (language, "AdoptedBy", "organ", organ, "date",
                                                     date, NULL), FALSE);
  if (origin != NULL && origin[0] == '[')
    add_block_line (lines, g_strdup (origin), FALSE);
  else if (origin != NULL)
    add_block_line (lines, resolute_language_expand (language, "Origin", "origin", origin, NULL),
                    FALSE);
}

/* After the operative part of an adopted General Assembly resolution:
 * "70th plenary meeting" and "18 December 2013". */
static void
build_closing (ResoluteBodyView *self,
               GPtrArray        *lines)
{
  if (resolute_document_get_kind (self->document) != RESOLUTE_DOCUMENT_KIND_RESOLUTION
      || resolute_document_get_organ (self->document) == RESOLUTE_ORGAN_SECURITY_COUNCIL)
    return;
  add_block_line (lines,
                  g_strdup (resolute_document_get_field (self->document, RESOLUTE_FIELD_MEETING)),
                  FALSE);
  add_block_line (lines, format_date_field (self, RESOLUTE_FIELD_ADOPTION_DATE), FALSE);
}

/* The width the text of a paragraph at the body's left edge has. */
static int
block_width (ResoluteBodyView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (width <= 0)
    return (int) ((COLUMN_EMS - style_left (STYLE_NUMBERED)) * self->em);
  return MAX (1, width - 2 * self->margin - (int) (style_left (STYLE_NUMBERED) * self->em));
}

static void
set_block_layout (ResoluteBodyView *self,
                  PangoLayout      *layout,
                  BlockLine        *line)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  if (line->bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_width (layout, block_width (self) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, line->text, -1);
}

static int
measure_block (ResoluteBodyView *self,
               GPtrArray        *lines)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  int total = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      int height;

      set_block_layout (self, layout, g_ptr_array_index (lines, i));
      pango_layout_get_pixel_size (layout, NULL, &height);
      total += height;
    }
  return total;
}

/* Draws @lines from @y down, from @x, or ending at @x when @align_right. */
static void
draw_block (ResoluteBodyView *self,
            GtkSnapshot      *snapshot,
            GPtrArray        *lines,
            double            x,
            double            y,
            gboolean          align_right,
            const GdkRGBA    *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      int width, height;

      set_block_layout (self, layout, g_ptr_array_index (lines, i));
      if (align_right)
        {
          pango_layout_set_width (layout, -1);
          pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
        }
      pango_layout_get_pixel_size (layout, &width, &height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (align_right ? x - width : x, y));
      gtk_snapshot_append_layout (snapshot, layout, color);
      gtk_snapshot_restore (snapshot);
      y += height;
    }
}

/* Room above the title for the preface. */
static void
update_preface (ResoluteBodyView *self)
{
  int height;

  g_ptr_array_set_size (self->preface, 0);
  if (self->document != NULL)
    build_preface (self, self->preface);
  height = measure_block (self, self->preface);
  self->preface_height = height;
  g_object_set (self->styles[STYLE_TITLE], "pixels-above-lines",
                (int) (style_above (STYLE_TITLE) * self->em + 0.5)
                  + (height > 0 ? height + (int) (1.3 * self->em) : 0),
                NULL);
}

static void tag_line (ResoluteBodyView *self,
                      int               line,
                      ParagraphStyle    style,
                      ResoluteClause   *clause);

static void
retag_clause (ResoluteBodyView *self,
              ResoluteClause   *clause);

/* Which paragraph the closing lines follow: the last operative one. */
static void
update_closing_clause (ResoluteBodyView *self)
{
  ResoluteClause *last = NULL;
  g_autoptr(ResoluteClause) previous = NULL;

  for (guint i = self->lines->len; i > 0 && self->closing_height > 0; i--)
    {
      ResoluteClause *clause = g_ptr_array_index (self->lines, i - 1);

      if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_OPERATIVE)
        {
          last = clause;
          break;
        }
      if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_PREAMBULAR)
        break;
    }

  if (last == self->closing_clause)
    return;
  previous = g_steal_pointer (&self->closing_clause);
  g_set_object (&self->closing_clause, last);
  if (previous != NULL)
    retag_clause (self, previous);
  if (last != NULL)
    retag_clause (self, last);
}

/* The closing lines and the room they take after the last operative
 * paragraph: when the metadata, the font or the width change. */
static void
update_closing (ResoluteBodyView *self)
{
  int height;

  g_ptr_array_set_size (self->closing, 0);
  if (self->document != NULL)
    build_closing (self, self->closing);
  height = measure_block (self, self->closing);

  if (height != self->closing_height)
    {
      int below = (int) (0.55 * self->em + 0.5) + (height > 0 ? height + (int) self->em : 0);

      self->closing_height = height;
      g_object_set (self->closing_tag, "pixels-below-lines", below, NULL);
    }
  update_closing_clause (self);
}

/* The title hangs after the resolution number: "68/160.<TAB>Title". */
static void
update_title_margin (ResoluteBodyView *self)
{
  g_autofree char *number = get_title_number (self);
  int left = (int) (style_left (STYLE_TITLE) * self->em + 0.5);

  if (number != NULL)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), number);
      PangoAttrList *attrs = pango_attr_list_new ();
      int width;

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_get_pixel_size (layout, &width, NULL);
      left = MAX (left, (int) (style_left (STYLE_NUMBERED) * self->em + width + 1.2 * self->em));
    }

  if (left != self->title_left)
    {
      self->title_left = left;
      g_object_set (self->styles[STYLE_TITLE], "left-margin", self->margin + left, NULL);
    }
}

/* Paragraph margins replace the view's left margin: the margin that centres
 * the column goes into each of them. */
static void
apply_margins (ResoluteBodyView *self)
{
  for (guint i = 0; i < N_STYLES; i++)
    if (i != STYLE_TITLE)
      g_object_set (self->styles[i],
                    "left-margin", self->margin + (int) (style_left (i) * self->em + 0.5),
                    NULL);
  g_object_set (self->styles[STYLE_TITLE], "left-margin", self->margin + self->title_left, NULL);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), self->margin);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), self->margin);
}

static void
update_metrics (ResoluteBodyView *self)
{
  g_autofree char *css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.2f", BASE_FONT_PT * self->zoom);
  css = g_strdup_printf ("textview.resolute-body-view { font-size: %spt; }", size);
  gtk_css_provider_load_from_data (self->font_provider, css, -1);

  /* 1pt is 4/3 px at GTK's 96 dpi */
  self->em = BASE_FONT_PT * self->zoom * 4.0 / 3.0;

  for (guint i = 0; i < N_STYLES; i++)
    g_object_set (self->styles[i],
                  "indent", (int) (style_indent (i) * self->em + 0.5),
                  "pixels-above-lines", (int) (style_above (i) * self->em + 0.5),
                  "pixels-below-lines", (int) ((i == STYLE_TITLE ? 1.2 : 0.55) * self->em + 0.5),
                  NULL);
  self->title_left = -1;
  update_title_margin (self);
  apply_margins (self);
  update_preface (self);
  self->closing_height = -1;
  update_closing (self);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
create_tags (ResoluteBodyView *self)
{
  static const GdkRGBA reference_blue = { 0.21, 0.52, 0.89, 0.6 };
  static const GdkRGBA insertion_green = { 0.15, 0.55, 0.25, 1.0 };
  static const GdkRGBA deletion_red = { 0.75, 0.11, 0.16, 1.0 };
  GtkTextBuffer *buffer = get_buffer (self);

  for (guint i = 0; i < N_STYLES; i++)
    self->styles[i] = gtk_text_buffer_create_tag (buffer, NULL, "wrap-mode", GTK_WRAP_WORD_CHAR,
                                                  NULL);
  g_object_set (self->styles[STYLE_TITLE], "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (self->styles[STYLE_FORMULA], "style", PANGO_STYLE_ITALIC, NULL);
  g_object_set (self->styles[STYLE_ANNEX], "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (self->styles[STYLE_ANNEX_HEADING], "weight", PANGO_WEIGHT_BOLD, NULL);

  self->italic_tag = gtk_text_buffer_create_tag (buffer, "italic", "style", PANGO_STYLE_ITALIC,
                                                 NULL);
  self->bold_tag = gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->reference_tag = gtk_text_buffer_create_tag (buffer, "reference",
                                                    "underline", PANGO_UNDERLINE_SINGLE,
                                                    "underline-rgba", &reference_blue,
                                                    NULL);
  self->insertion_tag = gtk_text_buffer_create_tag (buffer, "insertion",
                                                    "underline", PANGO_UNDERLINE_DOUBLE,
                                                    "foreground-rgba", &insertion_green,
                                                    NULL);
  self->deletion_tag = gtk_text_buffer_create_tag (buffer, "deletion", "strikethrough", TRUE,
                                                   "foreground-rgba", &deletion_red,
                                                   NULL);
  /* created last: its spacing wins over the paragraph's */
  self->closing_tag = gtk_text_buffer_create_tag (buffer, "closing", NULL);
}

/* Sets the tags of a line from the document: its paragraph style, the
 * automatic italics of the opening phrase and the spans. */
static void
tag_line (ResoluteBodyView *self,
          int               line,
          ParagraphStyle    style,
          ResoluteClause   *clause)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  get_line_start (self, line, &start);
  end = start;
  if (!gtk_text_iter_forward_line (&end))
    gtk_text_buffer_get_end_iter (buffer, &end);

  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->styles[style], &start, &end);
  if (clause != NULL && clause == self->closing_clause)
    gtk_text_buffer_apply_tag (buffer, self->closing_tag, &start, &end);

  if (clause != NULL)
    {
      const ResoluteInline *content = resolute_clause_get_content (clause);
      gsize opening = resolute_document_get_opening_length (self->document, clause);

      if (opening > 0)
        {
          GtkTextIter a, b;

          get_iter_at (self, line, 0, &a);
          get_iter_at (self, line, opening, &b);
          gtk_text_buffer_apply_tag (buffer, self->italic_tag, &a, &b);
        }

      for (guint i = 0, n = resolute_inline_get_n_spans (content); i < n; i++)
        {
          const ResoluteSpan *span = resolute_inline_get_span (content, i);
          GtkTextTag *tag = NULL;
          GtkTextIter a, b;

          switch (span->kind)
            {
            case RESOLUTE_SPAN_ITALIC:
              tag = self->italic_tag;
              break;
            case RESOLUTE_SPAN_BOLD:
              tag = self->bold_tag;
              break;
            case RESOLUTE_SPAN_REFERENCE:
              tag = self->reference_tag;
              break;
            case RESOLUTE_SPAN_INSERTION:
              tag = self->insertion_tag;
              break;
            case RESOLUTE_SPAN_DELETION:
              tag = self->deletion_tag;
              break;
            default:
              break;
            }
          if (tag == NULL)
            continue;
          get_iter_at (self, line, span->start, &a);
          get_iter_at (self, line, span->end, &b);
          gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Inline objects                                                           */

static ResoluteObjectMark *
get_mark (const GtkTextIter *iter)
{
  GdkPaintable *paintable = gtk_text_iter_get_paintable (iter);

  return RESOLUTE_IS_OBJECT_MARK (paintable) ? RESOLUTE_OBJECT_MARK (paintable) : NULL;
}

static gboolean
query_tooltip (GtkWidget        *widget,
               int               x,
               int               y,
               gboolean          keyboard_mode,
               GtkTooltip       *tooltip,
               ResoluteBodyView *self)
{
  ResoluteObjectMark *mark;
  GdkRectangle area;
  GtkTextIter iter;
  int bx, by;

  if (self->document == NULL)
    return FALSE;

  if (keyboard_mode)
    gtk_text_buffer_get_iter_at_mark (get_buffer (self), &iter,
                                      gtk_text_buffer_get_insert (get_buffer (self)));
  else
    {
      gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y,
                                             &bx, &by);
      if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
        return FALSE;
    }
  if ((mark = get_mark (&iter)) == NULL)
    return FALSE;

  if (resolute_object_mark_get_kind (mark) == RESOLUTE_OBJECT_NOTE_REF)
    {
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (self->document,
                                                                      resolute_object_mark_get_target (mark));
      g_autofree char *text = NULL;

      if (footnote == NULL)
        return FALSE;
      text = resolute_document_get_footnote_plain_text (self->document, footnote);
      gtk_tooltip_set_text (tooltip, *text != '\0' ? text : _("Empty footnote"));
    }
  else if (resolute_object_mark_get_broken (mark))
    gtk_tooltip_set_text (tooltip, _("The paragraph this reference pointed to was deleted"));
  else
    gtk_tooltip_set_text (tooltip, _("Cross-reference: its wording follows the numbering"));

  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &area);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, area.x,
                                         area.y, &area.x, &area.y);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* Inserts bytes @start to @end of the clause text at @iter: text runs, and
 * a mark for each object. */
static void
insert_content (ResoluteBodyView     *self,
                GtkTextIter          *iter,
                const ResoluteInline *content,
                guint                 start,
                guint                 end,
                ResoluteClause       *source)
{
  GtkTextBuffer *buffer = get_buffer (self);
  const char *text = resolute_inline_get_text (content);
  guint p = start;

  while (p < end)
    {
      const char *hit = memmem (text + p, end - p, RESOLUTE_OBJECT_UTF8, RESOLUTE_OBJECT_UTF8_LEN);
      guint run_end = hit != NULL ? (guint) (hit - text) : end;

      if (run_end > p)
        {
          g_autofree char *run = sanitize_line (text + p, run_end - p);

          gtk_text_buffer_insert (buffer, iter, run, -1);
        }
      if (hit == NULL)
        break;

      {
        const ResoluteInlineObject *object = resolute_inline_find_object (content, run_end);
        g_autoptr(ResoluteObjectMark) mark = resolute_object_mark_new (GTK_WIDGET (self));

        if (object != NULL)
          resolute_object_mark_update (mark, self->document, object, source);
        gtk_text_buffer_insert_paintable (buffer, iter, GDK_PAINTABLE (mark));
        g_ptr_array_add (self->marks, g_object_ref (mark));
      }
      p = run_end + RESOLUTE_OBJECT_UTF8_LEN;
    }
}

/* Drops the marks whose text went: only this list holds them then. */
static void
prune_marks (ResoluteBodyView *self)
{
  for (guint i = self->marks->len; i > 0; i--)
    if (G_OBJECT (g_ptr_array_index (self->marks, i - 1))->ref_count == 1)
      g_ptr_array_remove_index_fast (self->marks, i - 1);
}

/* Re-reads every inline object: numbers and wording after a renumbering. */
static void
update_objects (ResoluteBodyView *self)
{
  prune_marks (self);
  for (guint i = 0; i < self->marks->len; i++)
    resolute_object_mark_update (g_ptr_array_index (self->marks, i), self->document, NULL, NULL);
}

static void
invalidate_marks (ResoluteBodyView *self)
{
  prune_marks (self);
  for (guint i = 0; i < self->marks->len; i++)
    resolute_object_mark_invalidate (g_ptr_array_index (self->marks, i));
}

/* ------------------------------------------------------------------------ */
/* From the document to the buffer                                          */

/* Makes the text between @start and @end (one line) read @text, changing
 * only what differs so that marks and anchors elsewhere in the line stay. */
static void
replace_line_text (ResoluteBodyView     *self,
                   int                   line,
                   const char           *text,
                   const ResoluteInline *content,
                   ResoluteClause       *source)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autofree char *clean = sanitize_line (text, strlen (text));
  GtkTextIter start, end;
  g_autofree char *old = NULL;
  gsize old_len, new_len, prefix = 0, suffix = 0;

  text = clean;
  get_line_start (self, line, &start);
  get_line_end (self, line, &end);
  old = gtk_text_iter_get_slice (&start, &end);
  old_len = strlen (old);
  new_len = strlen (text);

  while (prefix < old_len && prefix < new_len && old[prefix] == text[prefix])
    prefix++;
  while (prefix > 0 && (text[prefix] & 0xC0) == 0x80)
    prefix--;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && old[old_len - 1 - suffix] == text[new_len - 1 - suffix])
    suffix++;
  while (suffix > 0 && (text[new_len - suffix] & 0xC0) == 0x80)
    suffix--;

  if (prefix == old_len && prefix == new_len)
    return;

  self->updating++;
  get_iter_at (self, line, prefix, &start);
  get_iter_at (self, line, old_len - suffix, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  if (content != NULL)
    insert_content (self, &start, content, prefix, new_len - suffix, source);
  else
    gtk_text_buffer_insert (buffer, &start, text + prefix, new_len - suffix - prefix);
  self->updating--;

  self->last_edit_line = line;
  self->last_edit_index = new_len - suffix;
}

static void
sync_clause_line (ResoluteBodyView *self,
                  guint             index)
{
  ResoluteClause *clause = g_ptr_array_index (self->lines, index);
  const ResoluteInline *content = resolute_clause_get_content (clause);
  int line = HEADER_LINES + index;
  GtkTextBuffer *buffer = get_buffer (self);

  replace_line_text (self, line, resolute_inline_get_text (content), content, clause);

  /* the objects the diff kept may stand for other things now */
  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      ResoluteObjectMark *mark;
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_line_index (buffer, &iter, line, object->offset);
      if ((mark = get_mark (&iter)) != NULL)
        resolute_object_mark_update (mark, self->document, object, clause);
    }

  self->updating++;
  tag_line (self, line, style_for_clause (clause), clause);
  self->updating--;
}

static void
sync_header (ResoluteBodyView *self)
{
  update_title_margin (self);
  update_preface (self);
  for (int line = TITLE_LINE; line <= FORMULA_LINE; line++)
    {
      g_autofree char *text = get_header_text (self, line);

      replace_line_text (self, line, text, NULL, NULL);
      self->updating++;
      tag_line (self, line, line == TITLE_LINE ? STYLE_TITLE : STYLE_FORMULA, NULL);
      self->updating--;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
retag_clause (ResoluteBodyView *self,
              ResoluteClause   *clause)
{
  int index = find_clause_line (self, clause);

  if (index < 0)
    return;
  self->updating++;
  tag_line (self, HEADER_LINES + index, style_for_clause (clause), clause);
  self->updating--;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A command gave @clause a new state: its text, kind, level or flags. */
static void
clause_changed (ResoluteDocument *document,
                ResoluteClause   *clause,
                gboolean          structural,
                ResoluteBodyView *self)
{
  int index = find_clause_line (self, clause);

  if (index < 0)
    return;
  sync_clause_line (self, index);
  if (structural)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void update_cursor_clause (ResoluteBodyView *self);

static void
clauses_changed (GListModel       *model,
                 guint             position,
                 guint             removed,
                 guint             added,
                 ResoluteBodyView *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;
  int cursor_line;
  guint cursor_index;

  g_assert (position + removed <= self->lines->len);

  get_cursor (self, &cursor_line, &cursor_index);
  if (self->pending_cursor_clause == NULL && cursor_line >= HEADER_LINES + (int) position
      && cursor_line < HEADER_LINES + (int) (position + removed))
    {
      self->pending_cursor_clause = g_object_ref (clause_at_line (self, cursor_line));
      self->pending_cursor_offset = cursor_index;
    }

  self->updating++;

  if (removed > 0)
    {
      /* each clause line is "\n" + its text */
      get_line_end (self, HEADER_LINES + position - 1, &start);
      get_line_end (self, HEADER_LINES + position + removed - 1, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      g_ptr_array_remove_range (self->lines, position, removed);
    }

  for (guint i = 0; i < added; i++)
    {
      ResoluteClause *clause = g_list_model_get_item (model, position + i);
      const ResoluteInline *content = resolute_clause_get_content (clause);

      get_line_end (self, HEADER_LINES + position + i - 1, &start);
      gtk_text_buffer_insert (buffer, &start, "\n", 1);
      insert_content (self, &start, content, 0, resolute_inline_get_length (content), clause);
      g_ptr_array_insert (self->lines, position + i, clause); /* takes the reference */
      tag_line (self, HEADER_LINES + position + i, style_for_clause (clause), clause);
    }

  self->updating--;

  if (added > 0)
    {
      self->last_edit_line = HEADER_LINES + position + added - 1;
      self->last_edit_index = line_length (self, self->last_edit_line);
    }
  else
    {
      self->last_edit_line = HEADER_LINES + position - 1;
      self->last_edit_index = line_length (self, self->last_edit_line);
    }

  self->objects_dirty |= removed > 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* the cursor's line may hold another clause now, without having moved */
  update_cursor_clause (self);
}

static void
document_changed (ResoluteBodyView *self)
{
  g_autoptr(ResoluteClause) clause = g_steal_pointer (&self->pending_cursor_clause);
  int index;

  /* a deleted target changes the wording of its references without any
   * number changing */
  if (self->objects_dirty)
    {
      self->objects_dirty = FALSE;
      update_objects (self);
    }
  update_closing_clause (self);

  if (clause == NULL)
    return;
  index = find_clause_line (self, clause);
  if (index >= 0)
    place_cursor_in_clause (self, index, self->pending_cursor_offset);
}

static void
numbering_changed (ResoluteBodyView *self)
{
  update_objects (self);
  /* the "*" of a note on the sponsors line */
  if (resolute_document_get_kind (self->document) != RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    update_preface (self);
  /* A redraw alone is not enough in GTK 4.8: after several structural
   * changes between two frames (undo, redo, a move), the margin labels of
   * some lines stayed as they were on screen although the layer was drawn
   * anew. A resize makes GTK repaint the whole view. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
metadata_changed (ResoluteBodyView *self)
{
  sync_header (self);
  update_closing (self);
  /* the language decides the opening phrases */
  for (guint i = 0; i < self->lines->len; i++)
    {
      ResoluteClause *clause = g_ptr_array_index (self->lines, i);

      if (resolute_clause_get_kind (clause) <= RESOLUTE_CLAUSE_OPERATIVE
          && resolute_clause_get_level (clause) == 0)
        {
          self->updating++;
          tag_line (self, HEADER_LINES + i, style_for_clause (clause), clause);
          self->updating--;
        }
    }
}

static void
update_history_actions (ResoluteBodyView *self)
{
  ResoluteHistory *history = self->document ? resolute_document_get_history (self->document) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "body.undo",
                                 history != NULL && resolute_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "body.redo",
                                 history != NULL && resolute_history_get_can_redo (history));
}

/* Builds the whole buffer from the document. */
static void
load_document (ResoluteBodyView *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter iter;
  guint n;

  self->updating++;
  g_ptr_array_set_size (self->lines, 0);
  g_ptr_array_set_size (self->marks, 0);
  gtk_text_buffer_set_text (buffer, "\n", 1);
  self->updating--;

  sync_header (self);
  if (self->document == NULL)
    return;

  n = g_list_model_get_n_items (self->clauses);
  self->updating++;
  gtk_text_buffer_get_end_iter (buffer, &iter);
  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = g_list_model_get_item (self->clauses, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);

      gtk_text_buffer_insert (buffer, &iter, "\n", 1);
      insert_content (self, &iter, content, 0, resolute_inline_get_length (content), clause);
      g_ptr_array_add (self->lines, clause);
    }
  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = g_ptr_array_index (self->lines, i);

      tag_line (self, HEADER_LINES + i, style_for_clause (clause), clause);
    }
  self->updating--;

  update_objects (self);
  update_closing (self);
}

/* ------------------------------------------------------------------------ */
/* From the user to the document                                            */

typedef struct
{
  ResoluteClause *clause;
  guint offset;
} SavedCursor;

static SavedCursor
save_cursor (ResoluteBodyView *self)
{
  SavedCursor saved = { NULL, 0 };
  int line;

  get_cursor (self, &line, &saved.offset);
  saved.clause = clause_at_line (self, line);
  if (saved.clause != NULL)
    g_object_ref (saved.clause);
  return saved;
}

static void
restore_cursor (ResoluteBodyView *self,
                SavedCursor      *saved)
{
  int index;

  if (saved->clause == NULL)
    return;
  index = find_clause_line (self, saved->clause);
  if (index >= 0)
    place_cursor_in_clause (self, index, saved->offset);
  g_clear_object (&saved->clause);
}

/* Opens a document group for a compound edit. */
static void
begin_edit (ResoluteBodyView *self,
            const char       *description)
{
  resolute_document_begin_group (self->document, description);
}

/* Closes it, unless the user action that made it (typing over a selection)
 * goes on: then end_user_action closes it, so the whole action is one step. */
static void
end_edit (ResoluteBodyView *self)
{
  if (self->hold_group)
    {
      self->group_held = TRUE;
      return;
    }
  if (self->selection_action && !self->action_group_open && self->user_action_depth > 0)
    {
      self->action_group_open = TRUE;
      return;
    }
  resolute_document_end_group (self->document);
}

static char *
splice_text (const char *text,
             guint       start,
             guint       end,
             const char *insert)
{
  gsize len = strlen (text);

  start = MIN (start, len);
  end = CLAMP (end, start, len);
  return g_strdup_printf ("%.*s%s%s", (int) start, text, insert, text + end);
}

static void
edit_header (ResoluteBodyView *self,
             int               line,
             guint             start,
             guint             end,
             const char       *insert)
{
  g_autofree char *old = get_header_text (self, line);
  g_autofree char *clean = g_strdelimit (g_strdup (insert), "\r\n", ' ');
  g_autofree char *text = splice_text (old, start, end, clean);
  g_autoptr(GError) error = NULL;

  if (!resolute_document_set_field (self->document,
                                    line == TITLE_LINE ? RESOLUTE_FIELD_TITLE
                                                       : RESOLUTE_FIELD_AUTHORING_FORMULA,
                                    text, &error))
    {
      error_bell (self, error);
      return;
    }
  sync_header (self);
  place_cursor (self, line, MIN (start, strlen (old)) + strlen (clean));
}

/* Deletes from byte @so of clause @ps to byte @eo of clause @pe (@ps < @pe)
 * as one step. The joined paragraph keeps the shape of the first one; when
 * the structure does not allow that (an operative paragraph joined to the
 * last preambular one keeps sub-paragraphs), it keeps the shape of the last. */
static gboolean
delete_across_clauses (ResoluteBodyView *self,
                       guint             ps,
                       guint             so,
                       guint             pe,
                       guint             eo)
{
  ResoluteClause *first = resolute_document_get_clause (self->document, ps);
  ResoluteClause *last = resolute_document_get_clause (self->document, pe);
  const ResoluteInline *a = resolute_clause_get_content (first);
  const ResoluteInline *b = resolute_clause_get_content (last);
  g_autoptr(ResoluteInline) merged = NULL;
  g_autoptr(ResoluteInline) tail = NULL;
  g_autoptr(GError) error = NULL;
  gboolean join = pe == ps + 1 && so == resolute_inline_get_length (a) && eo == 0;
  const char *description = join ? _("Join Paragraphs") : _("Delete Text");

  so = MIN (so, resolute_inline_get_length (a));
  eo = MIN (eo, resolute_inline_get_length (b));
  merged = resolute_inline_slice (a, 0, so);
  tail = resolute_inline_slice (b, eo, resolute_inline_get_length (b));
  resolute_inline_append (merged, tail);

  begin_edit (self, description);
  if (resolute_document_set_clause_content (self->document, ps, merged, &error)
      && resolute_document_delete_clauses (self->document, ps + 1, pe - ps, &error))
    {
      end_edit (self);
      place_cursor_in_clause (self, ps, so);
      return TRUE;
    }
  resolute_document_abort_group (self->document);
  g_clear_error (&error);

  begin_edit (self, description);
  if (resolute_document_set_clause_content (self->document, pe, merged, &error)
      && resolute_document_delete_clauses (self->document, ps, pe - ps, &error))
    {
      end_edit (self);
      place_cursor_in_clause (self, ps, so);
      return TRUE;
    }
  resolute_document_abort_group (self->document);

  error_bell (self, error);
  return FALSE;
}

static gboolean
user_delete (ResoluteBodyView *self,
             int               sl,
             guint             si,
             int               el,
             guint             ei)
{
  g_autoptr(GError) error = NULL;

  if (sl > el || (sl == el && si > ei))
    {
      int l = sl;
      guint i = si;

      sl = el, si = ei, el = l, ei = i;
    }

  if (el < HEADER_LINES)
    {
      if (sl == el)
        edit_header (self, sl, si, ei, "");
      else
        error_bell (self, NULL);
      return TRUE;
    }

  if (sl < HEADER_LINES)
    {
      /* the title and formula stay; the clauses part of the range goes */
      sl = HEADER_LINES;
      si = 0;
    }

  if (sl == el)
    {
      if (si == ei)
        return TRUE;
      begin_edit (self, _("Delete Text"));
      if (!resolute_document_delete_text (self->document, sl - HEADER_LINES, si, ei, &error))
        {
          resolute_document_abort_group (self->document);
          error_bell (self, error);
          return FALSE;
        }
      end_edit (self);
      place_cursor (self, sl, si);
      return TRUE;
    }

  return delete_across_clauses (self, sl - HEADER_LINES, si, el - HEADER_LINES, ei);
}

static void paste_text (ResoluteBodyView *self,
                        const char       *text);

static void
user_enter (ResoluteBodyView *self,
            int               line,
            guint             index)
{
  g_autoptr(GError) error = NULL;
  ResoluteClause *clause;
  guint position;

  if (line == TITLE_LINE)
    {
      place_cursor (self, FORMULA_LINE, 0);
      return;
    }
  if (line == FORMULA_LINE)
    {
      if (n_clause_lines (self) == 0
          && resolute_document_insert_clause (self->document, 0, RESOLUTE_CLAUSE_PREAMBULAR, 0,
                                              NULL, &error) == NULL)
        {
          error_bell (self, error);
          return;
        }
      place_cursor_in_clause (self, 0, 0);
      return;
    }

  position = line - HEADER_LINES;
  clause = resolute_document_get_clause (self->document, position);
  if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_ANNEX)
    {
      /* Enter on an annex title starts its first paragraph */
      if (resolute_document_insert_clause (self->document, position + 1, RESOLUTE_CLAUSE_ANNEX_TEXT,
                                           0, NULL, &error) == NULL)
        {
          error_bell (self, error);
          return;
        }
      place_cursor_in_clause (self, position + 1, 0);
      return;
    }

  /* Enter on an empty sub-paragraph takes it up a level, as in a list */
  if (resolute_clause_get_level (clause) > 0 && !resolute_clause_get_continuation (clause)
      && resolute_inline_is_empty (resolute_clause_get_content (clause))
      && resolute_document_outdent_clause (self->document, position, NULL))
    {
      place_cursor_in_clause (self, position, 0);
      return;
    }

  if (resolute_document_split_clause (self->document, position, index, &error) == NULL)
    {
      error_bell (self, error);
      return;
    }
  place_cursor_in_clause (self, position + 1, 0);
}

static void collect_selection (ResoluteBodyView *self,
                               GPtrArray        *pieces,
                               GHashTable       *notes);
static gboolean insert_pieces_at (ResoluteBodyView  *self,
                                  int                line,
                                  guint              index,
                                  GPtrArray         *pieces,
                                  GHashTable        *notes,
                                  gboolean           move_cursor,
                                  GError           **error);

/* GtkTextView drops text dragged inside the view where it lands while the
 * selection it came from is still there, and deletes that selection after
 * a move. The plain text has lost the footnote marks and the structure:
 * the selection's clauses go in instead, with new footnotes for the marks,
 * so that a move keeps them. */
static gboolean
drop_selection (ResoluteBodyView *self,
                int               line,
                guint             index,
                const char       *text)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GHashTable) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *selected = NULL;
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;
  selected = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (strcmp (selected, text) != 0)
    return FALSE;

  pieces = g_ptr_array_new_with_free_func (piece_free);
  notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) resolute_inline_free);
  collect_selection (self, pieces, notes);
  if (pieces->len == 0)
    return FALSE;

  begin_edit (self, _("Move Text"));
  if (!insert_pieces_at (self, line, index, pieces, notes, FALSE, &error))
    {
      resolute_document_abort_group (self->document);
      error_bell (self, error);
      return TRUE;
    }
  end_edit (self);
  return TRUE;
}

static void
user_insert (ResoluteBodyView *self,
             int               line,
             guint             index,
             const char       *text)
{
  g_autoptr(GError) error = NULL;

  if (strcmp (text, "\n") == 0 || strcmp (text, "\r\n") == 0 || strcmp (text, "\r") == 0)
    {
      user_enter (self, line, index);
      return;
    }

  if (drop_selection (self, line, index, text))
    return;

  if (strpbrk (text, "\r\n") != NULL || strstr (text, "\xe2\x80\xa9") != NULL)
    {
      place_cursor (self, line, index);
      paste_text (self, text);
      return;
    }

  if (line < HEADER_LINES)
    {
      edit_header (self, line, index, index, text);
      return;
    }

  if (!resolute_document_insert_text (self->document, line - HEADER_LINES, index, text, &error))
    {
      error_bell (self, error);
      return;
    }
  /* the model drops object characters: count what went in */
  {
    gsize len = 0;

    for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
      if (g_utf8_get_char (p) != RESOLUTE_OBJECT_CHAR)
        len += g_utf8_next_char (p) - p;
    place_cursor (self, line, index + len);
  }
}

static void
buffer_insert_text (GtkTextBuffer    *buffer,
                    GtkTextIter      *location,
                    const char       *text,
                    int               len,
                    ResoluteBodyView *self)
{
  g_autofree char *copy = NULL;
  int line;
  guint index;

  if (self->updating > 0)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  if (self->document == NULL || len == 0)
    return;

  line = gtk_text_iter_get_line (location);
  index = gtk_text_iter_get_line_index (location);
  copy = g_strndup (text, len);
  self->editing++;
  user_insert (self, line, index, copy);
  self->editing--;

  gtk_text_buffer_get_iter_at_mark (buffer, location, gtk_text_buffer_get_insert (buffer));
}

static void
buffer_delete_range (GtkTextBuffer    *buffer,
                     GtkTextIter      *start,
                     GtkTextIter      *end,
                     ResoluteBodyView *self)
{
  if (self->updating > 0)
    return;

  g_signal_stop_emission_by_name (buffer, "delete-range");
  if (self->document == NULL)
    return;

  self->editing++;
  user_delete (self, gtk_text_iter_get_line (start), gtk_text_iter_get_line_index (start),
               gtk_text_iter_get_line (end), gtk_text_iter_get_line_index (end));
  self->editing--;

  gtk_text_buffer_get_iter_at_mark (buffer, start, gtk_text_buffer_get_insert (buffer));
  *end = *start;
}

static void
buffer_insert_child_anchor (GtkTextBuffer      *buffer,
                            GtkTextIter        *location,
                            GtkTextChildAnchor *anchor,
                            ResoluteBodyView   *self)
{
  if (self->updating > 0)
    return;
  /* objects enter through the document only */
  g_signal_stop_emission_by_name (buffer, "insert-child-anchor");
}

static void
buffer_insert_paintable (GtkTextBuffer    *buffer,
                         GtkTextIter      *location,
                         GdkPaintable     *paintable,
                         ResoluteBodyView *self)
{
  if (self->updating > 0)
    return;
  g_signal_stop_emission_by_name (buffer, "insert-paintable");
}

/* Ends the document group that replacing a selection opened. */
static void
close_action_group (ResoluteBodyView *self)
{
  g_clear_handle_id (&self->close_group_idle, g_source_remove);
  if (self->action_group_open)
    {
      self->action_group_open = FALSE;
      if (self->document != NULL)
        resolute_document_end_group (self->document);
    }
  self->selection_action = FALSE;
}

static gboolean
close_action_group_cb (gpointer data)
{
  ResoluteBodyView *self = data;

  self->close_group_idle = 0;
  close_action_group (self);
  return G_SOURCE_REMOVE;
}

/* Commands that open their own group close the one a user action left
 * open first: a group inside it could not be taken back on a refusal. */
static void
flush_action_group (ResoluteBodyView *self)
{
  if (self->close_group_idle != 0)
    close_action_group (self);
}

static void
buffer_begin_user_action (GtkTextBuffer    *buffer,
                          ResoluteBodyView *self)
{
  if (self->user_action_depth++ > 0)
    return;

  /* GtkTextView types over a selection as two user actions, the deletion
   * and the insertion, one right after the other: they stay one step */
  if (self->close_group_idle != 0)
    {
      g_clear_handle_id (&self->close_group_idle, g_source_remove);
      return;
    }
  self->selection_action = gtk_text_buffer_get_has_selection (buffer);
}

static void
buffer_end_user_action (GtkTextBuffer    *buffer,
                        ResoluteBodyView *self)
{
  g_return_if_fail (self->user_action_depth > 0);

  if (--self->user_action_depth > 0)
    return;
  if (self->action_group_open && self->close_group_idle == 0)
    self->close_group_idle = g_idle_add_full (G_PRIORITY_HIGH, close_action_group_cb, self, NULL);
  else if (!self->action_group_open)
    self->selection_action = FALSE;
}

static void
update_cursor_clause (ResoluteBodyView *self)
{
  int line;
  guint index;
  ResoluteClause *clause;

  /* moving the cursor ends a run of typing, as in other editors */
  if (self->editing == 0 && self->updating == 0 && self->document != NULL)
    resolute_document_seal_undo (self->document);

  get_cursor (self, &line, &index);
  clause = clause_at_line (self, line);
  if (clause != self->cursor_clause)
    {
      self->cursor_clause = clause;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_CLAUSE]);
    }
}

/* ------------------------------------------------------------------------ */
/* Clipboard                                                                */

static GVariant *
inline_to_variant (const ResoluteInline *content)
{
  GVariantBuilder spans, objects;

  g_variant_builder_init (&spans, G_VARIANT_TYPE ("a(uuus)"));
  for (guint i = 0, n = resolute_inline_get_n_spans (content); i < n; i++)
    {
      const ResoluteSpan *span = resolute_inline_get_span (content, i);

      g_variant_builder_add (&spans, "(uuus)", span->kind, span->start, span->end,
                             span->value != NULL ? span->value : "");
    }
  g_variant_builder_init (&objects, G_VARIANT_TYPE ("a(uusu)"));
  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      g_variant_builder_add (&objects, "(uusu)", object->kind, object->offset, object->target,
                             object->flags);
    }
  return g_variant_new ("(sa(uuus)a(uusu))", resolute_inline_get_text (content),
                        &spans, &objects);
}

static gboolean
is_char_boundary (const char *text,
                  gsize       len,
                  guint       offset)
{
  return offset <= len && (offset == len || (text[offset] & 0xC0) != 0x80);
}

/* Rebuilds an inline from the clipboard, checking every offset. */
static ResoluteInline *
inline_from_parts (const char   *text,
                   GVariantIter *spans,
                   GVariantIter *objects)
{
  g_autoptr(ResoluteInline) content = resolute_inline_new ();
  g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (ResoluteInlineObject));
  gsize len = strlen (text);
  const char *p = text;
  ResoluteInlineObject object;
  guint kind, start, end, flags;
  const char *value;
  char *target;
  guint next = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  while (g_variant_iter_next (objects, "(uu&su)", &kind, &object.offset, &target, &flags))
    {
      object.kind = kind;
      object.target = target;
      object.flags = flags;
      g_array_append_val (list, object);
    }

  while (*p != '\0')
    {
      const char *hit = strstr (p, RESOLUTE_OBJECT_UTF8);
      const ResoluteInlineObject *found = NULL;

      if (hit == NULL)
        {
          resolute_inline_append_text (content, p, -1);
          break;
        }
      resolute_inline_append_text (content, p, hit - p);
      for (; next < list->len; next++)
        {
          ResoluteInlineObject *candidate = &g_array_index (list, ResoluteInlineObject, next);

          if (candidate->offset == (guint) (hit - text))
            {
              found = candidate;
              next++;
              break;
            }
        }
      if (found != NULL && (found->kind == RESOLUTE_OBJECT_NOTE_REF
                            || found->kind == RESOLUTE_OBJECT_CROSS_REF))
        resolute_inline_append_object (content, found->kind, found->target, found->flags);
      p = hit + RESOLUTE_OBJECT_UTF8_LEN;
    }

  /* the offsets of spans are those of the original text: only valid when no
   * object was dropped */
  if (resolute_inline_get_length (content) == len)
    while (g_variant_iter_next (spans, "(uuu&s)", &kind, &start, &end, &value))
      if (kind <= RESOLUTE_SPAN_DELETION && start < end && is_char_boundary (text, len, start)
          && is_char_boundary (text, len, end))
        resolute_inline_set_span (content, kind, start, end, *value != '\0' ? value : NULL, TRUE);

  if (!resolute_inline_check (content, NULL))
    return NULL;
  return g_steal_pointer (&content);
}

/* The selection as pieces of clauses, with the footnotes they mark. */
static void
collect_selection (ResoluteBodyView *self,
                   GPtrArray        *pieces,
                   GHashTable       *notes)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;
  int sl, el;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  sl = MAX (gtk_text_iter_get_line (&start), HEADER_LINES);
  el = gtk_text_iter_get_line (&end);

  for (int line = sl; line <= el; line++)
    {
      ResoluteClause *clause = clause_at_line (self, line);
      const ResoluteInline *content;
      guint from, to;
      Piece *piece;

      if (clause == NULL)
        continue;
      content = resolute_clause_get_content (clause);
      from = line == gtk_text_iter_get_line (&start) ? gtk_text_iter_get_line_index (&start) : 0;
      to = line == el ? gtk_text_iter_get_line_index (&end) : resolute_inline_get_length (content);
      if (from >= to && sl != el && line == el)
        continue;

      piece = g_new0 (Piece, 1);
      piece->kind = resolute_clause_get_kind (clause);
      piece->level = resolute_clause_get_level (clause);
      piece->continuation = resolute_clause_get_continuation (clause);
      piece->auto_opening = resolute_clause_get_auto_opening (clause);
      piece->heading_label = g_strdup (resolute_clause_get_heading_label (clause));
      piece->content = resolute_inline_slice (content, from, MAX (from, to));
      g_ptr_array_add (pieces, piece);

      for (guint i = 0, n = resolute_inline_get_n_objects (piece->content); i < n; i++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (piece->content, i);
          ResoluteFootnote *footnote;

          if (object->kind != RESOLUTE_OBJECT_NOTE_REF)
            continue;
          footnote = resolute_document_lookup_footnote (self->document, object->target);
          if (footnote == NULL)
            continue;
          g_hash_table_replace (notes, g_strdup (object->target),
                                resolute_inline_copy (resolute_footnote_get_content (footnote)));
        }
    }
}

static GBytes *
serialize_pieces (GPtrArray  *pieces,
                  GHashTable *notes)
{
  GVariantBuilder clauses, footnotes;
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GVariant) variant = NULL;

  g_variant_builder_init (&clauses, G_VARIANT_TYPE ("a(uubbssa(uuus)a(uusu))"));
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (pieces, i);
      g_autoptr(GVariant) content = g_variant_ref_sink (inline_to_variant (piece->content));
      const char *text;
      g_autoptr(GVariant) spans = NULL;
      g_autoptr(GVariant) objects = NULL;

      g_variant_get (content, "(&s@a(uuus)@a(uusu))", &text, &spans, &objects);
      g_variant_builder_add (&clauses, "(uubbss@a(uuus)@a(uusu))", piece->kind, piece->level,
                             piece->continuation, piece->auto_opening,
                             piece->heading_label != NULL ? piece->heading_label : "", text,
                             spans, objects);
    }

  g_variant_builder_init (&footnotes, G_VARIANT_TYPE ("a{s(sa(uuus)a(uusu))}"));
  g_hash_table_iter_init (&iter, notes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_variant_builder_add (&footnotes, "{s@(sa(uuus)a(uusu))}", key, inline_to_variant (value));

  variant = g_variant_ref_sink (g_variant_new ("(" "a(uubbssa(uuus)a(uusu))"
                                               "a{s(sa(uuus)a(uusu))})", &clauses, &footnotes));
  return g_variant_get_data_as_bytes (variant);
}

static gboolean
deserialize_pieces (GBytes     *bytes,
                    GPtrArray  *pieces,
                    GHashTable *notes)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (
    g_variant_new_from_bytes (G_VARIANT_TYPE (CLAUSES_TYPE), bytes, FALSE));
  g_autoptr(GVariantIter) clauses = NULL;
  g_autoptr(GVariantIter) footnotes = NULL;
  guint kind, level;
  gboolean continuation, auto_opening;
  const char *heading, *text, *id;
  GVariantIter *spans, *objects;

  g_variant_get (variant, CLAUSES_TYPE, &clauses, &footnotes);
  while (g_variant_iter_next (clauses, "(uubb&s&sa(uuus)a(uusu))", &kind, &level, &continuation,
                              &auto_opening, &heading, &text, &spans, &objects))
    {
      ResoluteInline *content = inline_from_parts (text, spans, objects);
      Piece *piece;

      g_variant_iter_free (spans);
      g_variant_iter_free (objects);
      if (content == NULL || kind > RESOLUTE_CLAUSE_ANNEX_TEXT)
        {
          g_clear_pointer (&content, resolute_inline_free);
          continue;
        }
      piece = g_new0 (Piece, 1);
      piece->kind = kind;
      piece->level = MIN (level, RESOLUTE_CLAUSE_MAX_LEVEL);
      piece->continuation = continuation;
      piece->auto_opening = auto_opening;
      piece->heading_label = *heading != '\0' ? g_strdup (heading) : NULL;
      piece->content = content;
      g_ptr_array_add (pieces, piece);
    }

  while (g_variant_iter_next (footnotes, "{&s(&sa(uuus)a(uusu))}", &id, &text, &spans, &objects))
    {
      ResoluteInline *content = inline_from_parts (text, spans, objects);

      g_variant_iter_free (spans);
      g_variant_iter_free (objects);
      if (content != NULL)
        g_hash_table_replace (notes, g_strdup (id), content);
    }

  return pieces->len > 0;
}

/* The plain text of the selection: the ODS text rendition of its clauses, so
 * that it pastes into other programs and back into Resolute. */
static char *
selection_plain_text (ResoluteBodyView *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GString *text = g_string_new (NULL);
  GtkTextIter start, end;
  int sl, el;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return g_string_free (text, FALSE);
  sl = gtk_text_iter_get_line (&start);
  el = gtk_text_iter_get_line (&end);

  for (int line = sl; line <= el; line++)
    {
      ResoluteClause *clause = clause_at_line (self, line);
      guint from = line == sl ? gtk_text_iter_get_line_index (&start) : 0;
      guint to = line == el ? gtk_text_iter_get_line_index (&end) : G_MAXUINT;

      if (line > sl)
        g_string_append_c (text, '\n');

      if (clause == NULL)
        {
          g_autofree char *header = get_header_text (self, line);

          to = MIN (to, strlen (header));
          if (from < to)
            g_string_append_len (text, header + from, to - from);
          continue;
        }

      {
        const ResoluteInline *content = resolute_clause_get_content (clause);
        g_autoptr(ResoluteInline) piece = NULL;
        const char *label = resolute_clause_get_label (clause);

        to = MIN (to, resolute_inline_get_length (content));
        piece = resolute_inline_slice (content, MIN (from, to), to);
        if (sl != el && from == 0)
          {
            if (label != NULL && *label != '\0'
                && resolute_clause_get_kind (clause) != RESOLUTE_CLAUSE_ANNEX)
              g_string_append_printf (text, "\t%s\t", label);
            else if (resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_PREAMBULAR
                     || resolute_clause_get_kind (clause) == RESOLUTE_CLAUSE_OPERATIVE)
              g_string_append_c (text, '\t');
          }
        for (guint i = 0, n = resolute_inline_get_n_objects (piece); ; i++)
          {
            const char *t = resolute_inline_get_text (piece);
            guint run_start = i == 0 ? 0
                                     : resolute_inline_get_object (piece, i - 1)->offset
                                         + RESOLUTE_OBJECT_UTF8_LEN;
            guint run_end = i < n ? resolute_inline_get_object (piece, i)->offset
                                  : resolute_inline_get_length (piece);

            g_string_append_len (text, t + run_start, run_end - run_start);
            if (i == n)
              break;
            {
              const ResoluteInlineObject *object = resolute_inline_get_object (piece, i);
              g_autofree char *rendered = resolute_document_render_object (self->document, clause,
                                                                           object);

              g_string_append (text, rendered);
            }
          }
      }
    }

  return g_string_free (text, FALSE);
}

static void
copy_selection (ResoluteBodyView *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (piece_free);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) resolute_inline_free);
  g_autofree char *plain = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];
  guint n = 0;

  if (self->document == NULL || !gtk_text_buffer_get_has_selection (get_buffer (self)))
    return;

  collect_selection (self, pieces, notes);
  plain = selection_plain_text (self);

  if (pieces->len > 0)
    {
      g_autoptr(GBytes) bytes = serialize_pieces (pieces, notes);

      providers[n++] = gdk_content_provider_new_for_bytes (CLAUSES_MIME, bytes);
    }
  providers[n++] = gdk_content_provider_new_typed (G_TYPE_STRING, plain);
  provider = gdk_content_provider_new_union (providers, n);
  gdk_clipboard_set_content (clipboard, provider);
}

/* Strips the footnote marks of @content, remembering their offsets and
 * targets, so that each can come back as a new footnote of this document. */
static ResoluteInline *
strip_note_marks (const ResoluteInline *content,
                  GArray               *offsets,
                  GPtrArray            *targets)
{
  ResoluteInline *stripped = resolute_inline_copy (content);

  for (guint i = resolute_inline_get_n_objects (content); i > 0; i--)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i - 1);

      if (object->kind != RESOLUTE_OBJECT_NOTE_REF)
        continue;
      resolute_inline_delete (stripped, object->offset, object->offset + RESOLUTE_OBJECT_UTF8_LEN);
    }
  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      if (object->kind != RESOLUTE_OBJECT_NOTE_REF)
        continue;
      /* where the mark goes back, once the earlier ones are back */
      g_array_append_val (offsets, object->offset);
      g_ptr_array_add (targets, g_strdup (object->target));
    }
  return stripped;
}

static gboolean
add_footnotes (ResoluteBodyView  *self,
               guint              position,
               guint              base,
               GArray            *offsets,
               GPtrArray         *targets,
               GHashTable        *notes,
               GError           **error)
{
  for (guint i = 0; i < offsets->len; i++)
    {
      const ResoluteInline *text = g_hash_table_lookup (notes, g_ptr_array_index (targets, i));

      if (resolute_document_insert_footnote (self->document, position,
                                             base + g_array_index (offsets, guint, i),
                                             text, error) == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
paste_inline (ResoluteBodyView  *self,
              guint              position,
              guint              offset,
              Piece             *piece,
              GHashTable        *notes,
              gboolean           move_cursor,
              GError           **error)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ResoluteInline) stripped = strip_note_marks (piece->content, offsets, targets);
  g_autoptr(ResoluteInline) content = NULL;
  ResoluteClause *clause;

  clause = resolute_document_get_clause (self->document, position);
  content = resolute_inline_copy (resolute_clause_get_content (clause));
  resolute_inline_insert (content, offset, stripped);
  if (!resolute_document_set_clause_content (self->document, position, content, error))
    return FALSE;
  if (!add_footnotes (self, position, offset, offsets, targets, notes, error))
    return FALSE;
  if (move_cursor)
    place_cursor_in_clause (self, position, offset + resolute_inline_get_length (piece->content));
  return TRUE;
}

static ResoluteClause *
insert_piece (ResoluteBodyView  *self,
              guint              position,
              Piece             *piece,
              const ResoluteInline *content,
              GError           **error)
{
  ResoluteClause *clause;
  ResoluteClause *neighbour;
  ResoluteClauseKind kind;

  clause = resolute_document_insert_clause (self->document, position, piece->kind, piece->level,
                                            content, NULL);
  if (clause != NULL)
    {
      if (piece->continuation)
        resolute_document_set_clause_continuation (self->document, position, TRUE, NULL);
      if (piece->heading_label != NULL)
        resolute_document_set_clause_heading_label (self->document, position, piece->heading_label,
                                                    NULL);
      if (!piece->auto_opening)
        resolute_document_set_clause_auto_opening (self->document, position, FALSE, NULL);
      return clause;
    }

  /* where its own kind cannot go, a paragraph takes the kind around it */
  neighbour = position > 0 ? resolute_document_get_clause (self->document, position - 1)
                           : resolute_document_get_clause (self->document, position);
  kind = neighbour != NULL ? resolute_clause_get_kind (neighbour) : RESOLUTE_CLAUSE_PREAMBULAR;
  if (kind == RESOLUTE_CLAUSE_ANNEX || kind == RESOLUTE_CLAUSE_ANNEX_HEADING)
    kind = RESOLUTE_CLAUSE_ANNEX_TEXT;
  for (int level = MIN (piece->level, RESOLUTE_CLAUSE_MAX_LEVEL); level >= 0; level--)
    {
      g_clear_error (error);
      clause = resolute_document_insert_clause (self->document, position, kind, level, content,
                                                error);
      if (clause != NULL)
        return clause;
    }
  return NULL;
}

static gboolean
paste_clauses (ResoluteBodyView  *self,
               guint              position,
               guint              offset,
               GPtrArray         *pieces,
               GHashTable        *notes,
               gboolean           move_cursor,
               GError           **error)
{
  ResoluteClause *clause = resolute_document_get_clause (self->document, position);
  guint length = 0;
  guint at = position;

  if (clause != NULL)
    length = resolute_inline_get_length (resolute_clause_get_content (clause));

  /* pasting paragraphs into an empty one replaces it */
  if (clause != NULL && length == 0
      && resolute_document_delete_clauses (self->document, position, 1, NULL))
    clause = NULL;
  else if (clause != NULL && offset > 0 && offset < length)
    {
      if (resolute_document_split_clause (self->document, position, offset, error) == NULL)
        return FALSE;
      at = position + 1;
    }
  else if (clause != NULL && offset > 0)
    at = position + 1;

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (pieces, i);
      g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(ResoluteInline) stripped = strip_note_marks (piece->content, offsets, targets);

      if (insert_piece (self, at + i, piece, stripped, error) == NULL)
        return FALSE;
      if (!add_footnotes (self, at + i, 0, offsets, targets, notes, error))
        return FALSE;
    }

  if (move_cursor)
  {
    guint last = at + pieces->len - 1;

    place_cursor_in_clause (self, last,
                            resolute_inline_get_length (resolute_clause_get_content (
                              resolute_document_get_clause (self->document, last))));
  }
  return TRUE;
}

/* Inserts @pieces at byte @index of buffer line @line: into the clause when
 * there is one piece, as clauses of their own otherwise. */
static gboolean
insert_pieces_at (ResoluteBodyView  *self,
                  int                line,
                  guint              index,
                  GPtrArray         *pieces,
                  GHashTable        *notes,
                  gboolean           move_cursor,
                  GError           **error)
{
  if (line < HEADER_LINES)
    {
      line = HEADER_LINES;
      index = 0;
    }

  if (n_clause_lines (self) == 0)
    return paste_clauses (self, 0, 0, pieces, notes, move_cursor, error);
  if (pieces->len == 1 && line - HEADER_LINES < (int) n_clause_lines (self))
    return paste_inline (self, line - HEADER_LINES, index, g_ptr_array_index (pieces, 0), notes,
                         move_cursor, error);
  return paste_clauses (self, line - HEADER_LINES, index, pieces, notes, move_cursor, error);
}

/* Pastes @pieces at the cursor, over the selection, as one step. */
static void
paste_pieces (ResoluteBodyView *self,
              GPtrArray        *pieces,
              GHashTable       *notes)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  gboolean opened = FALSE;
  int line;
  guint index;

  if (self->document == NULL || pieces->len == 0)
    return;
  flush_action_group (self);

  /* the selection goes first, in a step the paste then joins */
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      gboolean deleted;

      self->hold_group = TRUE;
      deleted = user_delete (self, gtk_text_iter_get_line (&start),
                             gtk_text_iter_get_line_index (&start), gtk_text_iter_get_line (&end),
                             gtk_text_iter_get_line_index (&end));
      self->hold_group = FALSE;
      opened = self->group_held;
      self->group_held = FALSE;
      if (!deleted)
        return;
    }
  if (!opened)
    begin_edit (self, _("Paste"));

  get_cursor (self, &line, &index);
  if (!insert_pieces_at (self, line, index, pieces, notes, TRUE, &error))
    {
      resolute_document_abort_group (self->document);
      error_bell (self, error);
      return;
    }
  resolute_document_end_group (self->document);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/* Takes the label off "12.<TAB>Decides" or "(b)<TAB>To…": 0 for a number,
 * 1 for a letter, 2 for a roman numeral after a letter. */
static char *
strip_label (char *text,
             guint previous_level,
             int  *level)
{
  char *tab = strchr (text, '\t');
  g_autofree char *token = NULL;
  gsize len;

  *level = -1;
  if (tab == NULL || tab - text > 8 || tab == text)
    return text;
  token = g_strndup (text, tab - text);
  len = strlen (token);

  if (g_ascii_isdigit (token[0]) && token[len - 1] == '.')
    {
      for (gsize i = 0; i + 1 < len; i++)
        if (!g_ascii_isdigit (token[i]))
          return text;
      *level = 0;
    }
  else if (token[0] == '(' && token[len - 1] == ')' && len > 2)
    {
      gboolean roman = TRUE;

      for (gsize i = 1; i + 1 < len; i++)
        {
          if (!g_ascii_islower (token[i]))
            return text;
          roman &= strchr ("ivx", token[i]) != NULL;
        }
      *level = roman && previous_level >= 1 ? 2 : 1;
    }
  else
    return text;

  return g_strchug (tab + 1);
}

/* Text from another program: one line is typing; paragraphs go through the
 * ODS text importer's rules and become clauses with their footnotes. */
static void
paste_text (ResoluteBodyView *self,
            const char       *text)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (piece_free);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) resolute_inline_free);
  g_autoptr(GString) normalized = g_string_new (text);
  g_autoptr(ResoluteDocument) imported = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  g_string_replace (normalized, "\r\n", "\n", 0);
  g_string_replace (normalized, "\r", "\n", 0);
  g_string_replace (normalized, "\xe2\x80\xa9", "\n", 0); /* PARAGRAPH SEPARATOR */
  while (normalized->len > 0 && normalized->str[normalized->len - 1] == '\n')
    g_string_truncate (normalized, normalized->len - 1);

  if (strchr (normalized->str, '\n') == NULL)
    {
      GtkTextIter start, end;
      Piece *piece;

      /* into the title or the formula */
      gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end);
      if (gtk_text_iter_get_line (&end) < HEADER_LINES
          && gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
        {
          edit_header (self, gtk_text_iter_get_line (&start), gtk_text_iter_get_line_index (&start),
                       gtk_text_iter_get_line_index (&end), normalized->str);
          return;
        }

      piece = g_new0 (Piece, 1);

      piece->auto_opening = TRUE;
      piece->content = resolute_inline_new_from_text (normalized->str);
      g_ptr_array_add (pieces, piece);
      paste_pieces (self, pieces, notes);
      return;
    }

  bytes = g_bytes_new (normalized->str, normalized->len);
  imported = resolute_ods_text_reader_read (bytes, NULL, &error);
  if (imported != NULL)
    {
      GListModel *footnotes = resolute_document_get_footnotes (imported);

      for (guint i = 0, n = resolute_document_get_n_clauses (imported); i < n; i++)
        {
          ResoluteClause *clause = resolute_document_get_clause (imported, i);
          Piece *piece = g_new0 (Piece, 1);

          piece->kind = resolute_clause_get_kind (clause);
          piece->level = resolute_clause_get_level (clause);
          piece->continuation = resolute_clause_get_continuation (clause);
          piece->auto_opening = resolute_clause_get_auto_opening (clause);
          piece->heading_label = g_strdup (resolute_clause_get_heading_label (clause));
          piece->content = resolute_inline_copy (resolute_clause_get_content (clause));
          g_ptr_array_add (pieces, piece);
        }
      for (guint i = 0, n = g_list_model_get_n_items (footnotes); i < n; i++)
        {
          g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);

          g_hash_table_replace (notes, g_strdup (resolute_footnote_get_id (footnote)),
                                resolute_inline_copy (resolute_footnote_get_content (footnote)));
        }
    }
  else
    g_debug ("The ODS text reader refused the pasted text: %s", error->message);

  if (pieces->len == 0)
    {
      /* not a UN text: one paragraph per line, of the kind at the cursor */
      g_auto(GStrv) paragraphs = g_strsplit (normalized->str, "\n", -1);
      int line;
      guint index;
      ResoluteClause *at;

      get_cursor (self, &line, &index);
      at = clause_at_line (self, MAX (line, HEADER_LINES));
      guint previous_level = 0;

      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          char *stripped = g_strstrip (paragraphs[i]);
          Piece *piece;
          int level = -1;

          if (*stripped == '\0')
            continue;
          piece = g_new0 (Piece, 1);
          piece->kind = at != NULL ? resolute_clause_get_kind (at) : RESOLUTE_CLAUSE_PREAMBULAR;
          if (piece->kind == RESOLUTE_CLAUSE_ANNEX || piece->kind == RESOLUTE_CLAUSE_ANNEX_HEADING)
            piece->kind = RESOLUTE_CLAUSE_ANNEX_TEXT;
          piece->level = at != NULL ? resolute_clause_get_level (at) : 0;

          /* a number or letter before a tab is a label the editor draws */
          stripped = strip_label (stripped, previous_level, &level);
          if (level == 0 && piece->kind == RESOLUTE_CLAUSE_PREAMBULAR)
            piece->kind = RESOLUTE_CLAUSE_OPERATIVE;
          if (level >= 0)
            piece->level = level;
          previous_level = piece->level;

          piece->auto_opening = TRUE;
          piece->content = resolute_inline_new_from_text (stripped);
          g_ptr_array_add (pieces, piece);
        }
    }

  paste_pieces (self, pieces, notes);
}

static void
paste_clauses_read (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ResoluteBodyView) self = user_data;
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (source);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (piece_free);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) resolute_inline_free);

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      g_debug ("Could not read the clipboard: %s", error->message);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (memory);
  if (deserialize_pieces (bytes, pieces, notes))
    paste_pieces (self, pieces, notes);
}

static void
paste_clauses_stream (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ResoluteBodyView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      g_debug ("Could not read the clipboard: %s", error->message);
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                  | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, paste_clauses_read, g_object_ref (self));
}

static void
paste_text_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ResoluteBodyView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (error != NULL)
        g_debug ("Could not read the clipboard: %s", error->message);
      return;
    }
  paste_text (self, text);
}

static void
resolute_body_view_copy_clipboard (GtkTextView *text_view)
{
  copy_selection (RESOLUTE_BODY_VIEW (text_view));
}

static void
resolute_body_view_cut_clipboard (GtkTextView *text_view)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (text_view);
  GtkTextBuffer *buffer = get_buffer (self);

  copy_selection (self);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, gtk_text_view_get_editable (text_view));
  gtk_text_buffer_end_user_action (buffer);
}

static void
resolute_body_view_paste_clipboard (GtkTextView *text_view)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (text_view);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  static const char *mime_types[] = { CLAUSES_MIME, NULL };

  if (self->document == NULL || !gtk_text_view_get_editable (text_view))
    return;

  if (gdk_content_formats_contain_mime_type (formats, CLAUSES_MIME))
    gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL,
                              paste_clauses_stream, g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_read, g_object_ref (self));
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */

static void
draw_label (ResoluteBodyView *self,
            GtkSnapshot      *snapshot,
            PangoLayout      *layout,
            const char       *text,
            gboolean          bold,
            double            x,
            double            y,
            gboolean          align_right,
            const GdkRGBA    *color)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (align_right)
    x -= width;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static int
label_width (PangoLayout *layout,
             const char  *text,
             gboolean     bold)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The "*" of the note on the title, after its last word. */
static void
draw_title_note (ResoluteBodyView  *self,
                 GtkSnapshot       *snapshot,
                 PangoLayout       *layout,
                 const GtkTextIter *title,
                 const GdkRGBA     *color)
{
  ResoluteFootnote *note = resolute_document_get_star_note (self->document,
                                                            RESOLUTE_NOTE_ANCHOR_TITLE);
  PangoAttrList *attrs;
  GtkTextIter end = *title;
  GdkRectangle location;

  if (note == NULL)
    return;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &end, &location);

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.68));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, resolute_footnote_get_label (note), -1);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (location.x + 1, location.y - 0.1 * self->em));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The numbers and letters in the margin of the visible lines. */
static void
resolute_body_view_snapshot_layer (GtkTextView      *text_view,
                                   GtkTextViewLayer  layer,
                                   GtkSnapshot      *snapshot)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (text_view);
  GdkRectangle visible;
  GtkTextIter iter;
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color, dim;
  int last_line;

  GTK_TEXT_VIEW_CLASS (resolute_body_view_parent_class)->snapshot_layer (text_view, layer,
                                                                         snapshot);

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || self->document == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = color;
  dim.alpha *= 0.45;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  gtk_text_view_get_visible_rect (text_view, &visible);
  /* only lines on screen, which the text view has laid out already: asking
   * for others would lay them out in the middle of a frame */
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y + visible.height, NULL);
  last_line = gtk_text_iter_get_line (&iter);
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y, NULL);

  for (;;)
    {
      int line = gtk_text_iter_get_line (&iter);
      GdkRectangle location;
      ResoluteClause *clause;
      const char *label;
      ParagraphStyle style;

      if (line > last_line)
        break;
      gtk_text_view_get_iter_location (text_view, &iter, &location);

      if (line == TITLE_LINE)
        {
          g_autofree char *number = get_title_number (self);
          double body_x = self->margin + (int) (style_left (STYLE_NUMBERED) * self->em + 0.5);


          if (self->preface->len > 0)
            {
              int top, height;

              gtk_text_view_get_line_yrange (text_view, &iter, &top, &height);
              draw_block (self, snapshot, self->preface, body_x,
                          top + style_above (STYLE_TITLE) * self->em, FALSE, &color);
            }
          if (number != NULL)
            draw_label (self, snapshot, layout, number, TRUE, body_x, location.y, FALSE, &color);
          if (gtk_text_iter_ends_line (&iter)
              && resolute_document_get_organ (self->document) != RESOLUTE_ORGAN_SECURITY_COUNCIL)
            draw_label (self, snapshot, layout, _("Title"), TRUE, location.x, location.y, FALSE,
                        &dim);
          draw_title_note (self, snapshot, layout, &iter, &color);
        }
      else if ((clause = clause_at_line (self, line)) != NULL)
        {
          if (clause == self->closing_clause && self->closing->len > 0)
            {
              int top, height;

              gtk_text_view_get_line_yrange (text_view, &iter, &top, &height);
              draw_block (self, snapshot, self->closing, visible.x + visible.width - self->margin,
                          top + height - self->closing_height - 0.55 * self->em, TRUE, &color);
            }

          style = style_for_clause (clause);
          label = resolute_clause_get_label (clause);
          /* where the paragraph's text begins on the left, whatever the
           * direction of its words */
          location.x = self->margin + (int) (style_left (style) * self->em + 0.5);
          if (label != NULL && *label != '\0')
            {
              switch (style)
                {
                case STYLE_NUMBERED:
                  draw_label (self, snapshot, layout, label, FALSE, location.x - 0.8 * self->em,
                              location.y, TRUE, &color);
                  break;
                case STYLE_SUB_1:
                case STYLE_SUB_2:
                case STYLE_SUB_3:
                case STYLE_SUB_4:
                  draw_label (self, snapshot, layout, label, FALSE, location.x - 2.5 * self->em,
                              location.y, FALSE, &color);
                  break;
                case STYLE_ANNEX_HEADING:
                  if (label_width (layout, label, TRUE)
                      < (style_left (STYLE_NUMBERED) - 1.2) * self->em)
                    {
                      draw_label (self, snapshot, layout, label, TRUE, location.x - 0.8 * self->em,
                                  location.y, TRUE, &color);
                      break;
                    }
                  G_GNUC_FALLTHROUGH;
                case STYLE_ANNEX:
                  draw_label (self, snapshot, layout, label, TRUE, location.x,
                              location.y - (style == STYLE_ANNEX ? 2.2 : 1.6) * self->em, FALSE,
                              &color);
                  break;
                case STYLE_TITLE:
                case STYLE_FORMULA:
                case STYLE_PREAMBULAR:
                case STYLE_CONTINUATION_0:
                case STYLE_CONTINUATION_1:
                case STYLE_CONTINUATION_2:
                case STYLE_CONTINUATION_3:
                case STYLE_CONTINUATION_4:
                case STYLE_ANNEX_TEXT:
                case N_STYLES:
                default:
                  break;
                }
            }
        }

      if (!gtk_text_iter_forward_line (&iter))
        break;
    }
}

static int
column_margin (ResoluteBodyView *self,
               int               width)
{
  int column = (int) (COLUMN_EMS * self->em);

  return MAX ((int) (1.0 * self->em), (width - column) / 2);
}

static gboolean
update_margins (gpointer data)
{
  ResoluteBodyView *self = data;
  int margin = column_margin (self, gtk_widget_get_width (GTK_WIDGET (self)));

  self->margin_idle = 0;
  update_title_margin (self);
  if (margin != self->margin)
    {
      self->margin = margin;
      apply_margins (self);
      update_preface (self);
      self->closing_height = -1;
      update_closing (self);
    }
  return G_SOURCE_REMOVE;
}

/* Text stays in a column the width of a page, centred in wide windows. */
static void
resolute_body_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (widget);

  GTK_WIDGET_CLASS (resolute_body_view_parent_class)->size_allocate (widget, width, height,
                                                                     baseline);

  /* not while allocating: the next frame lays the text out again */
  if (column_margin (self, width) != self->margin && self->margin_idle == 0)
    self->margin_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_margins, self, NULL);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */

static gboolean
get_cursor_position (ResoluteBodyView *self,
                     guint            *position,
                     guint            *offset)
{
  int line;
  guint index;

  if (self->document == NULL)
    return FALSE;
  get_cursor (self, &line, &index);
  if (line < HEADER_LINES || clause_at_line (self, line) == NULL)
    return FALSE;
  *position = line - HEADER_LINES;
  if (offset != NULL)
    *offset = index;
  return TRUE;
}

typedef gboolean (*ClauseCommand) (ResoluteDocument *document,
                                   guint             position,
                                   GError          **error);

static void
run_clause_command (ResoluteBodyView *self,
                    ClauseCommand     command)
{
  g_autoptr(GError) error = NULL;
  SavedCursor saved;
  guint position;

  flush_action_group (self);
  if (!get_cursor_position (self, &position, NULL))
    {
      error_bell (self, NULL);
      return;
    }
  saved = save_cursor (self);
  if (!command (self->document, position, &error))
    error_bell (self, error);
  restore_cursor (self, &saved);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self),
                                      gtk_text_buffer_get_insert (get_buffer (self)));
}

static void
indent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  run_clause_command (RESOLUTE_BODY_VIEW (widget), resolute_document_indent_clause);
}

static void
outdent_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_clause_command (RESOLUTE_BODY_VIEW (widget), resolute_document_outdent_clause);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_clause_command (RESOLUTE_BODY_VIEW (widget), resolute_document_move_clause_up);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  run_clause_command (RESOLUTE_BODY_VIEW (widget), resolute_document_move_clause_down);
}

static gboolean
toggle_kind (ResoluteDocument  *document,
             guint              position,
             GError           **error)
{
  ResoluteClause *clause = resolute_document_get_clause (document, position);
  ResoluteClauseKind kind;

  /* a sub-paragraph switches with its paragraph */
  while (resolute_clause_get_level (clause) > 0 && position > 0)
    clause = resolute_document_get_clause (document, --position);

  switch (resolute_clause_get_kind (clause))
    {
    case RESOLUTE_CLAUSE_PREAMBULAR:
      kind = RESOLUTE_CLAUSE_OPERATIVE;
      break;
    case RESOLUTE_CLAUSE_OPERATIVE:
      kind = RESOLUTE_CLAUSE_PREAMBULAR;
      break;
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
      kind = RESOLUTE_CLAUSE_ANNEX_TEXT;
      break;
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
      kind = RESOLUTE_CLAUSE_ANNEX_PARAGRAPH;
      break;
    case RESOLUTE_CLAUSE_ANNEX:
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
    default:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("Annex titles and headings have no other kind"));
      return FALSE;
    }

  return resolute_document_set_clause_kind (document, position, kind, error);
}

static void
toggle_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  run_clause_command (RESOLUTE_BODY_VIEW (widget), toggle_kind);
}

static gboolean
range_has_emphasis (ResoluteBodyView *self,
                    ResoluteClause   *clause,
                    ResoluteSpanKind  kind,
                    guint             start,
                    guint             end)
{
  const ResoluteInline *content = resolute_clause_get_content (clause);

  if (kind == RESOLUTE_SPAN_ITALIC
      && end <= resolute_document_get_opening_length (self->document, clause))
    return TRUE;
  return resolute_inline_has_span (content, kind, start, end);
}

static void
toggle_emphasis (ResoluteBodyView *self,
                 ResoluteSpanKind  kind)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  int sl, el;
  gboolean on = TRUE;
  gboolean decided = FALSE;
  guint si, ei;

  flush_action_group (self);
  if (self->document == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      error_bell (self, NULL);
      return;
    }
  sl = MAX (gtk_text_iter_get_line (&start), HEADER_LINES);
  el = gtk_text_iter_get_line (&end);
  si = gtk_text_iter_get_line (&start) < HEADER_LINES ? 0 : gtk_text_iter_get_line_index (&start);
  ei = gtk_text_iter_get_line_index (&end);
  if (el < HEADER_LINES)
    {
      error_bell (self, NULL);
      return;
    }

  begin_edit (self, kind == RESOLUTE_SPAN_ITALIC ? _("Italic") : _("Bold"));
  for (int line = sl; line <= el; line++)
    {
      ResoluteClause *clause = clause_at_line (self, line);
      guint from = line == sl ? si : 0;
      guint length = resolute_inline_get_length (resolute_clause_get_content (clause));
      guint to = line == el ? ei : length;

      if (from >= to)
        continue;
      if (!decided)
        {
          on = !range_has_emphasis (self, clause, kind, from, to);
          decided = TRUE;
        }
      if (!resolute_document_set_emphasis (self->document, line - HEADER_LINES, from, to, kind, on,
                                           &error))
        {
          resolute_document_abort_group (self->document);
          error_bell (self, error);
          return;
        }
    }
  resolute_document_end_group (self->document);

  /* the selection survives the change of tags */
  get_iter_at (self, sl, si, &start);
  get_iter_at (self, el, ei, &end);
  gtk_text_buffer_select_range (buffer, &end, &start);
}

static void
italic_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  toggle_emphasis (RESOLUTE_BODY_VIEW (widget), RESOLUTE_SPAN_ITALIC);
}

static void
bold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  toggle_emphasis (RESOLUTE_BODY_VIEW (widget), RESOLUTE_SPAN_BOLD);
}

static void
insert_footnote_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  if (resolute_body_view_insert_footnote (RESOLUTE_BODY_VIEW (widget)) == NULL)
    error_bell (RESOLUTE_BODY_VIEW (widget), NULL);
}

static void
history_action (ResoluteBodyView *self,
                gboolean          undo)
{
  gboolean done;

  if (self->document == NULL)
    return;
  close_action_group (self);
  self->last_edit_line = -1;
  done = undo ? resolute_document_undo (self->document) : resolute_document_redo (self->document);
  if (!done)
    {
      error_bell (self, NULL);
      return;
    }
  g_clear_object (&self->pending_cursor_clause);
  if (self->last_edit_line >= 0)
    place_cursor (self, self->last_edit_line, self->last_edit_index);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self),
                                      gtk_text_buffer_get_insert (get_buffer (self)));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_action (RESOLUTE_BODY_VIEW (widget), TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_action (RESOLUTE_BODY_VIEW (widget), FALSE);
}

static void
set_zoom (ResoluteBodyView *self,
          double            zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  update_metrics (self);
  invalidate_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (widget);

  set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (widget);

  set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_zoom (RESOLUTE_BODY_VIEW (widget), 1.0);
}

static void
update_style_scheme (ResoluteBodyView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (schemes, adw_style_manager_get_dark (manager)
                                                                  ? "Adwaita-dark"
                                                                  : "Adwaita");
  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (get_buffer (self)), scheme);
  invalidate_marks (self);
}

/* ------------------------------------------------------------------------ */
/* Object                                                                   */

static void
disconnect_document (ResoluteBodyView *self)
{
  if (self->document == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->document, self);
  g_signal_handlers_disconnect_by_data (self->clauses, self);
  g_signal_handlers_disconnect_by_data (resolute_document_get_history (self->document), self);
  g_ptr_array_set_size (self->lines, 0);
  close_action_group (self);
  self->clauses = NULL;
  g_clear_object (&self->document);
}

static void
resolute_body_view_dispose (GObject *object)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (object);

  disconnect_document (self);
  g_clear_handle_id (&self->margin_idle, g_source_remove);
  g_clear_object (&self->pending_cursor_clause);
  g_clear_object (&self->closing_clause);
  if (self->marks != NULL)
    g_ptr_array_set_size (self->marks, 0);

  G_OBJECT_CLASS (resolute_body_view_parent_class)->dispose (object);
}

static void
resolute_body_view_finalize (GObject *object)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->preface, g_ptr_array_unref);
  g_clear_pointer (&self->closing, g_ptr_array_unref);
  g_clear_object (&self->font_provider);

  G_OBJECT_CLASS (resolute_body_view_parent_class)->finalize (object);
}

static void
resolute_body_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_CURSOR_CLAUSE:
      g_value_set_object (value, self->cursor_clause);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
resolute_body_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ResoluteBodyView *self = RESOLUTE_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      resolute_body_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkWidgetClass     *widget_class,
              GtkShortcutController *controller,
              guint               keyval,
              GdkModifierType     mods,
              const char         *action)
{
  if (widget_class != NULL)
    gtk_widget_class_add_binding_action (widget_class, keyval, mods, action, NULL);
  if (controller != NULL)
    gtk_shortcut_controller_add_shortcut (controller,
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods),
                                                            gtk_named_action_new (action)));
}

/* The editing keys of the body view. Each goes both into the class bindings
 * (so menus and the shortcuts window can show it) and into a capture-phase
 * controller, so that it wins over GtkTextView's and GtkSourceView's own
 * meaning of the same keys (Tab, Ctrl+Z, Alt+Up). */
static void
add_shortcuts (GtkWidgetClass        *widget_class,
               GtkShortcutController *controller)
{
  const GdkModifierType CTRL_SHIFT = GDK_CONTROL_MASK | GDK_SHIFT_MASK;

  add_shortcut (widget_class, controller, GDK_KEY_Tab, 0, "body.indent");
  add_shortcut (widget_class, controller, GDK_KEY_KP_Tab, 0, "body.indent");
  add_shortcut (widget_class, controller, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "body.outdent");
  add_shortcut (widget_class, controller, GDK_KEY_Tab, GDK_SHIFT_MASK, "body.outdent");
  add_shortcut (widget_class, controller, GDK_KEY_Up, GDK_ALT_MASK, "body.move-up");
  add_shortcut (widget_class, controller, GDK_KEY_Down, GDK_ALT_MASK, "body.move-down");
  add_shortcut (widget_class, controller, GDK_KEY_k, CTRL_SHIFT, "body.toggle-kind");
  add_shortcut (widget_class, controller, GDK_KEY_K, CTRL_SHIFT, "body.toggle-kind");
  add_shortcut (widget_class, controller, GDK_KEY_i, GDK_CONTROL_MASK, "body.italic");
  add_shortcut (widget_class, controller, GDK_KEY_b, GDK_CONTROL_MASK, "body.bold");
  add_shortcut (widget_class, controller, GDK_KEY_f, GDK_CONTROL_MASK | GDK_ALT_MASK,
                "body.insert-footnote");
  add_shortcut (widget_class, controller, GDK_KEY_z, GDK_CONTROL_MASK, "body.undo");
  add_shortcut (widget_class, controller, GDK_KEY_z, CTRL_SHIFT, "body.redo");
  add_shortcut (widget_class, controller, GDK_KEY_Z, CTRL_SHIFT, "body.redo");
  add_shortcut (widget_class, controller, GDK_KEY_y, GDK_CONTROL_MASK, "body.redo");
  add_shortcut (widget_class, controller, GDK_KEY_plus, GDK_CONTROL_MASK, "body.zoom-in");
  add_shortcut (widget_class, controller, GDK_KEY_equal, GDK_CONTROL_MASK, "body.zoom-in");
  add_shortcut (widget_class, controller, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "body.zoom-in");
  add_shortcut (widget_class, controller, GDK_KEY_minus, GDK_CONTROL_MASK, "body.zoom-out");
  add_shortcut (widget_class, controller, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "body.zoom-out");
  add_shortcut (widget_class, controller, GDK_KEY_0, GDK_CONTROL_MASK, "body.zoom-reset");
  add_shortcut (widget_class, controller, GDK_KEY_KP_0, GDK_CONTROL_MASK, "body.zoom-reset");
}

static void
resolute_body_view_class_init (ResoluteBodyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = resolute_body_view_dispose;
  object_class->finalize = resolute_body_view_finalize;
  object_class->get_property = resolute_body_view_get_property;
  object_class->set_property = resolute_body_view_set_property;

  widget_class->size_allocate = resolute_body_view_size_allocate;

  text_view_class->snapshot_layer = resolute_body_view_snapshot_layer;
  text_view_class->copy_clipboard = resolute_body_view_copy_clipboard;
  text_view_class->cut_clipboard = resolute_body_view_cut_clipboard;
  text_view_class->paste_clipboard = resolute_body_view_paste_clipboard;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RESOLUTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURSOR_CLAUSE] =
    g_param_spec_object ("cursor-clause", NULL, NULL, RESOLUTE_TYPE_CLAUSE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ResoluteBodyView::footnote-inserted:
   * @footnote: the new footnote
   *
   * Emitted after the user inserted a footnote, so that its text can be
   * focused.
   */
  signals[FOOTNOTE_INSERTED] =
    g_signal_new ("footnote-inserted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, RESOLUTE_TYPE_FOOTNOTE);

  gtk_widget_class_install_action (widget_class, "body.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "body.outdent", NULL, outdent_action);
  gtk_widget_class_install_action (widget_class, "body.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "body.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "body.toggle-kind", NULL, toggle_kind_action);
  gtk_widget_class_install_action (widget_class, "body.italic", NULL, italic_action);
  gtk_widget_class_install_action (widget_class, "body.bold", NULL, bold_action);
  gtk_widget_class_install_action (widget_class, "body.insert-footnote", NULL,
                                   insert_footnote_action);
  gtk_widget_class_install_action (widget_class, "body.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "body.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "body.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "body.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "body.zoom-reset", NULL, zoom_reset_action);
  add_shortcuts (widget_class, NULL);

}

static void
resolute_body_view_init (ResoluteBodyView *self)
{
  static gsize css_installed = 0;
  GtkTextBuffer *buffer = get_buffer (self);
  GtkEventController *shortcuts;

  self->lines = g_ptr_array_new_with_free_func (g_object_unref);
  self->marks = g_ptr_array_new_with_free_func (g_object_unref);
  self->preface = g_ptr_array_new_with_free_func (block_line_free);
  self->closing = g_ptr_array_new_with_free_func (block_line_free);
  self->zoom = 1.0;
  self->last_edit_line = -1;

  if (g_once_init_enter (&css_installed))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, body_view_css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&css_installed, 1);
    }

  gtk_widget_add_css_class (GTK_WIDGET (self), "resolute-body-view");
  self->font_provider = gtk_css_provider_new ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->font_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 24);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 48);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self), FALSE);
  gtk_source_view_set_auto_indent (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_indent_on_tab (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_insert_spaces_instead_of_tabs (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_smart_backspace (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_smart_home_end (GTK_SOURCE_VIEW (self), GTK_SOURCE_SMART_HOME_END_DISABLED);
  gtk_source_view_set_highlight_current_line (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_show_line_numbers (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_buffer_set_highlight_matching_brackets (GTK_SOURCE_BUFFER (buffer), FALSE);
  gtk_source_buffer_set_highlight_syntax (GTK_SOURCE_BUFFER (buffer), FALSE);
  /* undo is the document's */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);

  create_tags (self);
  update_metrics (self);

  g_signal_connect (buffer, "insert-text", G_CALLBACK (buffer_insert_text), self);
  g_signal_connect (buffer, "delete-range", G_CALLBACK (buffer_delete_range), self);
  g_signal_connect (buffer, "insert-child-anchor", G_CALLBACK (buffer_insert_child_anchor), self);
  g_signal_connect (buffer, "insert-paintable", G_CALLBACK (buffer_insert_paintable), self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip), self);
  g_signal_connect (buffer, "begin-user-action", G_CALLBACK (buffer_begin_user_action), self);
  g_signal_connect (buffer, "end-user-action", G_CALLBACK (buffer_end_user_action), self);
  g_signal_connect_swapped (buffer, "notify::cursor-position", G_CALLBACK (update_cursor_clause),
                            self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_static_name (shortcuts, "resolute-body-view-keys");
  add_shortcuts (NULL, GTK_SHORTCUT_CONTROLLER (shortcuts));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);
  update_style_scheme (self);

  load_document (self);
  update_history_actions (self);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), FALSE);
}

GtkWidget *
resolute_body_view_new (void)
{
  return g_object_new (RESOLUTE_TYPE_BODY_VIEW, NULL);
}

ResoluteDocument *
resolute_body_view_get_document (ResoluteBodyView *self)
{
  g_return_val_if_fail (RESOLUTE_IS_BODY_VIEW (self), NULL);
  return self->document;
}

void
resolute_body_view_set_document (ResoluteBodyView *self,
                                 ResoluteDocument *document)
{
  g_return_if_fail (RESOLUTE_IS_BODY_VIEW (self));
  g_return_if_fail (document == NULL || RESOLUTE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  disconnect_document (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      self->clauses = resolute_document_get_clauses (document);
      g_signal_connect_object (self->clauses, "items-changed", G_CALLBACK (clauses_changed), self,
                               0);
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "clause-changed", G_CALLBACK (clause_changed), self, 0);
      g_signal_connect_object (document, "numbering-changed", G_CALLBACK (numbering_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "metadata-changed", G_CALLBACK (metadata_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (resolute_document_get_history (document), "notify::can-undo",
                               G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (resolute_document_get_history (document), "notify::can-redo",
                               G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
    }

  load_document (self);
  update_history_actions (self);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), document != NULL);
  place_cursor (self, n_clause_lines (self) > 0 ? HEADER_LINES : TITLE_LINE, 0);
  update_cursor_clause (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

ResoluteClause *
resolute_body_view_get_cursor_clause (ResoluteBodyView *self)
{
  g_return_val_if_fail (RESOLUTE_IS_BODY_VIEW (self), NULL);
  return self->cursor_clause;
}

static void
scroll_to_cursor (ResoluteBodyView *self)
{
  GtkTextMark *insert = gtk_text_buffer_get_insert (get_buffer (self));

  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), insert, 0.1, TRUE, 0.0, 0.3);
}

void
resolute_body_view_jump_to_clause (ResoluteBodyView *self,
                                   ResoluteClause   *clause)
{
  int index;

  g_return_if_fail (RESOLUTE_IS_BODY_VIEW (self));
  g_return_if_fail (RESOLUTE_IS_CLAUSE (clause));

  index = find_clause_line (self, clause);
  if (index < 0)
    return;
  place_cursor_in_clause (self, index, 0);
  scroll_to_cursor (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
resolute_body_view_jump_to_footnote (ResoluteBodyView *self,
                                     ResoluteFootnote *footnote)
{
  const char *id;

  g_return_if_fail (RESOLUTE_IS_BODY_VIEW (self));
  g_return_if_fail (RESOLUTE_IS_FOOTNOTE (footnote));

  id = resolute_footnote_get_id (footnote);
  for (guint i = 0; i < self->lines->len; i++)
    {
      ResoluteClause *clause = g_ptr_array_index (self->lines, i);
      const ResoluteInline *content = resolute_clause_get_content (clause);

      for (guint j = 0, n = resolute_inline_get_n_objects (content); j < n; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);

          if (object->kind == RESOLUTE_OBJECT_NOTE_REF && g_strcmp0 (object->target, id) == 0)
            {
              place_cursor_in_clause (self, i, object->offset + RESOLUTE_OBJECT_UTF8_LEN);
              scroll_to_cursor (self);
              gtk_widget_grab_focus (GTK_WIDGET (self));
              return;
            }
        }
    }
}

/* Where an inline object goes: the cursor, or the end of the selection. */
static gboolean
get_insertion_point (ResoluteBodyView *self,
                     guint            *position,
                     guint            *offset)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  if (self->document == NULL)
    return FALSE;
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  if (gtk_text_iter_get_line (&end) < HEADER_LINES)
    return FALSE;
  *position = gtk_text_iter_get_line (&end) - HEADER_LINES;
  *offset = gtk_text_iter_get_line_index (&end);
  return TRUE;
}

ResoluteFootnote *
resolute_body_view_insert_footnote (ResoluteBodyView *self)
{
  g_autoptr(GError) error = NULL;
  ResoluteFootnote *footnote;
  guint position, offset;

  g_return_val_if_fail (RESOLUTE_IS_BODY_VIEW (self), NULL);

  flush_action_group (self);
  if (!get_insertion_point (self, &position, &offset))
    return NULL;
  footnote = resolute_document_insert_footnote (self->document, position, offset, NULL, &error);
  if (footnote == NULL)
    {
      error_bell (self, error);
      return NULL;
    }
  place_cursor_in_clause (self, position, offset + RESOLUTE_OBJECT_UTF8_LEN);
  g_signal_emit (self, signals[FOOTNOTE_INSERTED], 0, footnote);
  return footnote;
}

gboolean
resolute_body_view_insert_cross_reference (ResoluteBodyView *self,
                                           ResoluteClause   *target,
                                           GError          **error)
{
  guint position, offset;

  g_return_val_if_fail (RESOLUTE_IS_BODY_VIEW (self), FALSE);
  g_return_val_if_fail (RESOLUTE_IS_CLAUSE (target), FALSE);

  flush_action_group (self);
  if (!get_insertion_point (self, &position, &offset))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("Place the cursor in a paragraph to insert a cross-reference"));
      return FALSE;
    }
  if (!resolute_document_insert_cross_reference (self->document, position, offset,
                                                 resolute_clause_get_id (target),
                                                 RESOLUTE_CROSS_REF_DIRECTION, error))
    return FALSE;
  place_cursor_in_clause (self, position, offset + RESOLUTE_OBJECT_UTF8_LEN);
  return TRUE;
}
