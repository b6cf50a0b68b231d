/* resolute-page-layout.c — a document laid out in pages as the UN prints it, for PDF and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout engine for the PDF writer and for GtkPrintOperation: the
 * document becomes a flow of blocks (the heading lines, the authoring
 * formula, one block a clause, the closing lines), each a PangoLayout in the
 * column with its number drawn on its first line; the flow is cut into
 * pages with the footnotes at the foot of the page that holds their mark,
 * and each page is drawn on any Cairo context: a PDF surface, or the page a
 * printer gives. The masthead, running heads and footers are drawn by
 * resolute-page-furniture.c, the footnotes by resolute-page-footnotes.c.
 *
 * The measures come from the UN's own PDFs (../shared/corpus/pdf-text),
 * measured with Liberation Serif, which has the advance widths of Times New
 * Roman: full lines of 10 pt body text reach 350.7 pt and never 352, so the
 * column is 351 pt wide; the first line of a preambular paragraph holds
 * 322.6 pt (an indent of 28.35 pt, 1 cm); text after a paragraph number or
 * a sub-paragraph letter starts 48.2 pt in (1.7 cm), and wrapped lines go
 * back to the column's edge; sub-paragraphs of the second level wrap at the
 * indent. Full pages hold 47 to 50 lines and 10 to 13 paragraph breaks,
 * which is 10 pt type on a 12 pt line with 6 pt between paragraphs in a
 * text block 654 pt high; the first page's room under the masthead and the
 * heading lines was fitted so that the corpus documents break their first
 * pages where the UN's do. Footnotes are 8 pt, set from the indent; titles
 * 12 pt bold. With these measures the 14 documents of the corpus come out
 * with the page counts the UN printed. An A4 page carries the text block of
 * a US Letter page, centred, so that both papers break at the same places.
 *
 * Pagination: lines are placed one by one. A line whose footnote mark brings
 * a new note needs room for the note too (a long last note may start on
 * this page and continue at the foot of the next; no further notes then
 * join this page). When a line does not fit, the break moves back so that
 * no paragraph leaves one line alone at the foot of a page (orphan) or at
 * the top of the next (widow), and so that a title, a heading or the
 * authoring formula stays with what follows.
 *
 * Speed: shaping and line breaking (Pango) are most of the cost of a long
 * text, so the blocks are laid out on up to four threads, each with a font
 * map of its own; drawing sends a paragraph's glyphs of one font to Cairo in
 * one call. A 2,000-clause resolution takes about a third of a second on
 * two cores (tests/bench-pdf.sh).
 */

#define G_LOG_DOMAIN "resolute-page-layout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "resolute-error.h"
#include "resolute-masthead.h"
#include "resolute-page-layout-private.h"

G_DEFINE_FINAL_TYPE (ResolutePageLayout, resolute_page_layout, G_TYPE_OBJECT)

/* Families that have the advance widths of Times New Roman, in order of
 * preference. */
static const char *const metric_families[] = {
  "Times New Roman", "Liberation Serif", "Tinos",
};

#define FALLBACK_FAMILIES "Times New Roman,Liberation Serif,Tinos,serif"


/* ------------------------------------------------------------------------ */
/* Paper                                                                    */

void
resolute_paper_size_get_size (ResolutePaperSize  paper,
                              double            *width,
                              double            *height)
{
  double w, h;

  switch (paper)
    {
    case RESOLUTE_PAPER_LETTER:
      w = 612.0;
      h = 792.0;
      break;
    case RESOLUTE_PAPER_A4:
    default:
      w = 595.276;
      h = 841.89;
      break;
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

const char *
resolute_paper_size_to_string (ResolutePaperSize paper)
{
  switch (paper)
    {
    case RESOLUTE_PAPER_LETTER:
      return "letter";
    case RESOLUTE_PAPER_A4:
    default:
      return "a4";
    }
}

gboolean
resolute_paper_size_from_string (const char        *string,
                                 ResolutePaperSize *paper)
{
  ResolutePaperSize value;

  if (string == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (string, "a4") == 0)
    value = RESOLUTE_PAPER_A4;
  else if (g_ascii_strcasecmp (string, "letter") == 0 || g_ascii_strcasecmp (string, "us-letter") == 0)
    value = RESOLUTE_PAPER_LETTER;
  else
    return FALSE;

  if (paper != NULL)
    *paper = value;
  return TRUE;
}

/* The frame (masthead, heads, footers) is 6.5 in wide and centred; the
 * column sits in the middle of it. */
static void
set_geometry (ResolutePageLayout *self)
{
  ResolutePageGeometry *g = &self->geometry;

  resolute_paper_size_get_size (self->paper, &g->width, &g->height);
  g->frame_width = 468.0;
  g->frame_left = (g->width - g->frame_width) / 2;
  g->body_width = RESOLUTE_COLUMN_WIDTH;
  g->body_left = g->frame_left + (g->frame_width - g->body_width) / 2;
  /* the text block of a US Letter page, centred on A4: the same lines on
   * the same pages on both papers */
  g->offset_top = (g->height - 792.0) / 2;
  g->head_top = 36.0 + g->offset_top;
  g->body_top = 72.0 + g->offset_top;
  g->body_bottom = g->body_top + RESOLUTE_BODY_HEIGHT;
  g->foot_baseline = g->height - 34.0 - g->offset_top;
}

/* ------------------------------------------------------------------------ */
/* Fonts                                                                    */

/* A context of its own font map, for one thread. */
static PangoContext *
new_context (ResolutePageLayout *self)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context;
  cairo_font_options_t *options;

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (font_map), 72.0);
  context = pango_font_map_create_context (font_map);

  /* device-independent metrics: the same lines on paper, in a PDF and in a
   * preview at any zoom */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static gboolean
set_up_fonts (ResolutePageLayout *self,
              const char         *family,
              GError            **error)
{
  PangoFontDescription *description;
  PangoFontDescription *described;
  PangoFont *font;
  PangoFontFamily **families = NULL;
  int n_families = 0;
  const char *found;

  self->context = new_context (self);
  self->font_map = g_object_ref (pango_context_get_font_map (self->context));

  pango_font_map_list_families (self->font_map, &families, &n_families);
  g_free (families);
  if (n_families == 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("No fonts are installed, so the document cannot be laid out: install "
                     "Times New Roman or Liberation Serif (the fonts-liberation package)"));
      return FALSE;
    }

  description = pango_font_description_new ();
  pango_font_description_set_family (description, family != NULL ? family : FALLBACK_FAMILIES);
  pango_font_description_set_absolute_size (description, RESOLUTE_BODY_SIZE * PANGO_SCALE);
  font = pango_font_map_load_font (self->font_map, self->context, description);
  pango_font_description_free (description);
  if (font == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("No serif font can be loaded: install Times New Roman or Liberation Serif "
                     "(the fonts-liberation package)"));
      return FALSE;
    }

  described = pango_font_describe (font);
  found = pango_font_description_get_family (described);
  self->family = g_strdup (found != NULL && *found != '\0' ? found : "serif");
  pango_font_description_free (described);
  g_object_unref (font);

  self->metric_compatible = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (metric_families); i++)
    if (g_ascii_strcasecmp (self->family, metric_families[i]) == 0)
      self->metric_compatible = TRUE;
  if (!self->metric_compatible)
    g_debug ("no font with the widths of Times New Roman; laying out in %s", self->family);

  return TRUE;
}

static PangoFontDescription *
font_description (ResolutePageLayout *self,
                  double              size,
                  PangoWeight         weight,
                  PangoStyle          style)
{
  PangoFontDescription *description = pango_font_description_new ();

  pango_font_description_set_family (description, self->family);
  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_font_description_set_weight (description, weight);
  pango_font_description_set_style (description, style);
  return description;
}

/* The baseline of a line of @pitch in the face of @size, below the line's
 * top: the glyphs centred on the line. */
double
_resolute_page_layout_baseline (ResolutePageLayout *self,
                                double              size,
                                PangoWeight         weight,
                                double              pitch)
{
  PangoFontDescription *description;
  PangoFontMetrics *metrics;
  double ascent, descent;

  /* font metrics are costly (Pango shapes a sample text): a few faces
   * serve every block */
  for (guint i = 0; i < self->n_baselines; i++)
    if (self->baselines[i].size == size && self->baselines[i].weight == weight
        && self->baselines[i].pitch == pitch)
      return self->baselines[i].baseline;

  description = font_description (self, size, weight, PANGO_STYLE_NORMAL);
  metrics = pango_context_get_metrics (self->context, description, NULL);
  ascent = pango_units_to_double (pango_font_metrics_get_ascent (metrics));
  descent = pango_units_to_double (pango_font_metrics_get_descent (metrics));
  pango_font_metrics_unref (metrics);
  pango_font_description_free (description);

  if (self->n_baselines < G_N_ELEMENTS (self->baselines))
    {
      self->baselines[self->n_baselines].size = size;
      self->baselines[self->n_baselines].weight = weight;
      self->baselines[self->n_baselines].pitch = pitch;
      self->baselines[self->n_baselines].baseline = (pitch - (ascent + descent)) / 2 + ascent;
      self->n_baselines++;
    }
  return (pitch - (ascent + descent)) / 2 + ascent;
}

/* Word does not kern nor join letters in UN documents: neither do we, so
 * that lines break where the UN's do. */
static void
add_base_attributes (PangoAttrList *attrs)
{
  pango_attr_list_insert_before (attrs, pango_attr_font_features_new ("kern=0,liga=0,clig=0"));
}

/* A document symbol is never broken across lines, as in the UN's texts:
 * "A/C.3/80/L.20/Rev.1", "E/CN.4/2001/2". */
static void
keep_symbols_whole (PangoAttrList *attrs,
                    const char    *text,
                    gssize         length)
{
  static GRegex *symbol = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&symbol))
    g_once_init_leave (&symbol, g_regex_new ("\\b[A-Z]{1,5}(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+",
                                             G_REGEX_OPTIMIZE, 0, NULL));

  g_regex_match_full (symbol, text, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      int start, end;
      PangoAttribute *attribute = pango_attr_allow_breaks_new (FALSE);

      g_match_info_fetch_pos (match, 0, &start, &end);
      attribute->start_index = (guint) start;
      attribute->end_index = (guint) end;
      pango_attr_list_insert (attrs, attribute);
      g_match_info_next (match, NULL);
    }
}

static PangoLayout *
new_layout_in (ResolutePageLayout *self,
               PangoContext       *context,
               double              size,
               PangoWeight         weight,
               PangoStyle          style,
               double              width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = font_description (self, size, weight, style);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  return layout;
}

static PangoLayout *
new_layout (ResolutePageLayout *self,
            double              size,
            PangoWeight         weight,
            PangoStyle          style,
            double              width)
{
  return new_layout_in (self, self->context, size, weight, style, width);
}

static PangoLayout *
new_text_in (ResolutePageLayout *self,
             PangoContext       *context,
             const char         *text,
             double              size,
             PangoWeight         weight,
             PangoStyle          style,
             double              width)
{
  PangoLayout *layout = new_layout_in (self, context, size, weight, style, width);
  PangoAttrList *attrs = pango_attr_list_new ();

  add_base_attributes (attrs);
  keep_symbols_whole (attrs, text != NULL ? text : "", -1);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* A layout of plain text in one face, wrapped at @width when it is > 0. */
PangoLayout *
_resolute_page_layout_new_text (ResolutePageLayout *self,
                                const char         *text,
                                double              size,
                                PangoWeight         weight,
                                PangoStyle          style,
                                double              width)
{
  PangoLayout *layout = new_layout (self, size, weight, style, width);
  PangoAttrList *attrs = pango_attr_list_new ();

  add_base_attributes (attrs);
  keep_symbols_whole (attrs, text != NULL ? text : "", -1);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* ------------------------------------------------------------------------ */
/* Inline content as Pango text and attributes                              */

typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
  GArray        *links; /* ResoluteLayoutLink */
  GArray        *marks; /* guint pairs: byte offset, note index */
  double         size;
} Runs;

static void
runs_init (Runs   *runs,
           double  size)
{
  runs->text = g_string_new (NULL);
  runs->attrs = pango_attr_list_new ();
  runs->links = NULL;
  runs->marks = NULL;
  runs->size = size;
  add_base_attributes (runs->attrs);
}

static void
layout_link_clear (gpointer data)
{
  ResoluteLayoutLink *link = data;

  g_free (link->dest);
}

static void
runs_add_link (Runs       *runs,
               guint       start,
               guint       end,
               const char *dest)
{
  ResoluteLayoutLink link = { start, end, g_strdup (dest) };

  if (runs->links == NULL)
    {
      runs->links = g_array_new (FALSE, FALSE, sizeof (ResoluteLayoutLink));
      g_array_set_clear_func (runs->links, layout_link_clear);
    }
  g_array_append_val (runs->links, link);
}

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             guint           start,
             guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_change (attrs, attr);
}

/* Appends text, with the characters that would break the paragraph (tabs,
 * line feeds) as spaces. U+2028 LINE SEPARATOR stays: a line break the
 * author asked for. */
static void
append_clean (GString    *out,
              const char *text,
              gsize       length)
{
  gsize start = out->len;

  g_string_append_len (out, text, length);
  for (gsize i = start; i < out->len; i++)
    if (out->str[i] == '\t' || out->str[i] == '\n' || out->str[i] == '\r' || out->str[i] == '\v'
        || out->str[i] == '\f')
      out->str[i] = ' ';
}

static char *
sanitize_name (const char *prefix,
               const char *id)
{
  GString *name = g_string_new (prefix);

  for (const char *p = id; p != NULL && *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '_' || *p == '-' ? *p : '_');
  return g_string_free (name, FALSE);
}

static char *
clause_dest (ResoluteClause *clause)
{
  return sanitize_name ("clause-", resolute_clause_get_id (clause));
}

static guint
note_for (ResolutePageLayout *self,
          ResoluteFootnote   *footnote)
{
  gpointer value = g_hash_table_lookup (self->note_index, footnote);
  ResoluteLayoutNote note = { 0 };

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  note.footnote = g_object_ref (footnote);
  note.page = -1;
  note.mark_page = -1;
  note.dest = sanitize_name ("note-", resolute_footnote_get_id (footnote));
  g_array_append_val (self->notes, note);
  g_hash_table_insert (self->note_index, footnote, GUINT_TO_POINTER (self->notes->len));
  return self->notes->len - 1;
}

/* The byte offset in the output of byte @offset of @content, given that its
 * objects (sorted by offset) became the texts of @lengths. */
static guint
map_offset (const ResoluteInline *content,
            const guint          *lengths,
            guint                 offset)
{
  gssize delta = 0;

  for (guint i = 0, n = resolute_inline_get_n_objects (content); i < n; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      if (object->offset >= offset)
        break;
      delta += (gssize) lengths[i] - RESOLUTE_OBJECT_UTF8_LEN;
    }
  return (guint) ((gssize) offset + delta);
}

static void
add_mark (ResolutePageLayout *self,
          Runs               *runs,
          ResoluteFootnote   *footnote,
          const char         *label,
          gboolean            with_marks)
{
  guint start = runs->text->len;
  guint pair[2];

  g_string_append (runs->text, label);
  insert_attr (runs->attrs, pango_attr_size_new_absolute (RESOLUTE_MARK_SIZE * PANGO_SCALE * runs->size
                                                          / RESOLUTE_BODY_SIZE),
               start, runs->text->len);
  insert_attr (runs->attrs, pango_attr_rise_new (RESOLUTE_MARK_RISE * PANGO_SCALE * runs->size
                                                 / RESOLUTE_BODY_SIZE),
               start, runs->text->len);
  if (footnote == NULL || !with_marks)
    return;

  pair[0] = start;
  pair[1] = note_for (self, footnote);
  if (runs->marks == NULL)
    runs->marks = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_array_append_vals (runs->marks, pair, 1);
  runs_add_link (runs, start, runs->text->len,
                 g_array_index (self->notes, ResoluteLayoutNote, pair[1]).dest);
}

/* Appends @content: its objects become their numbers and words, footnote
 * marks raised and linked to their notes (and counted as marks when
 * @with_marks), cross-references linked to their paragraphs; emphasis and
 * tracked changes become attributes. */
static void
runs_append_inline (ResolutePageLayout   *self,
                    Runs                 *runs,
                    const ResoluteInline *content,
                    ResoluteClause       *source,
                    gboolean              with_marks)
{
  const char *text = resolute_inline_get_text (content);
  guint n_objects = resolute_inline_get_n_objects (content);
  g_autofree guint *lengths = g_new0 (guint, n_objects + 1);
  guint base = runs->text->len;
  guint position = 0;

  for (guint i = 0; i < n_objects; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      g_autofree char *rendered = NULL;
      guint start;

      append_clean (runs->text, text + position, object->offset - position);
      position = object->offset + RESOLUTE_OBJECT_UTF8_LEN;
      start = runs->text->len;

      if (object->kind == RESOLUTE_OBJECT_NOTE_REF)
        {
          ResoluteFootnote *footnote = resolute_document_lookup_footnote (self->document,
                                                                          object->target);

          rendered = resolute_document_render_object (self->document, source, object);
          add_mark (self, runs, footnote, rendered, with_marks);
        }
      else
        {
          ResoluteClause *target = resolute_document_lookup_clause (self->document,
                                                                    object->target);

          rendered = resolute_document_render_object (self->document, source, object);
          append_clean (runs->text, rendered, strlen (rendered));
          if (target != NULL)
            {
              g_autofree char *dest = clause_dest (target);

              runs_add_link (runs, start, runs->text->len, dest);
            }
        }
      lengths[i] = runs->text->len - start;
    }
  append_clean (runs->text, text + position, strlen (text + position));

  for (guint i = 0, n = resolute_inline_get_n_spans (content); i < n; i++)
    {
      const ResoluteSpan *span = resolute_inline_get_span (content, i);
      guint start = base + map_offset (content, lengths, span->start);
      guint end = base + map_offset (content, lengths, span->end);
      PangoAttribute *attr = NULL;

      if (end <= start)
        continue;
      switch (span->kind)
        {
        case RESOLUTE_SPAN_ITALIC:
          attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
          break;
        case RESOLUTE_SPAN_BOLD:
          attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          break;
        case RESOLUTE_SPAN_INSERTION:
          attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
          break;
        case RESOLUTE_SPAN_DELETION:
          attr = pango_attr_strikethrough_new (TRUE);
          break;
        case RESOLUTE_SPAN_REFERENCE:
        default:
          break;
        }
      if (attr != NULL)
        insert_attr (runs->attrs, attr, start, end);
    }
}

static void
runs_append_text (Runs       *runs,
                  const char *text)
{
  append_clean (runs->text, text, strlen (text));
}

/* A layout of @content in the body face at @size, justified in @width, for
 * the notes: its marks are not counted, its cross-references are linked
 * (returned in @links). */
PangoLayout *
_resolute_page_layout_new_inline (ResolutePageLayout    *self,
                                  const ResoluteInline  *content,
                                  double                 size,
                                  double                 width,
                                  GArray               **links)
{
  PangoLayout *layout = new_layout (self, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, width);
  Runs runs;

  runs_init (&runs, size);
  runs_append_inline (self, &runs, content, NULL, FALSE);
  pango_layout_set_justify (layout, TRUE);
  keep_symbols_whole (runs.attrs, runs.text->str, (gssize) runs.text->len);
  pango_layout_set_text (layout, runs.text->str, (int) runs.text->len);
  pango_layout_set_attributes (layout, runs.attrs);
  g_string_free (runs.text, TRUE);
  pango_attr_list_unref (runs.attrs);
  g_clear_pointer (&runs.marks, g_array_unref);
  *links = runs.links;
  return layout;
}

/* ------------------------------------------------------------------------ */
/* Blocks                                                                   */

typedef struct _PendingBlock PendingBlock;

static void pending_block_free (PendingBlock *pending);

static void
block_free (gpointer data)
{
  ResoluteLayoutBlock *block = data;

  g_clear_object (&block->layout);
  g_clear_object (&block->label);
  g_free (block->outline_text);
  g_free (block->dest);
  g_clear_pointer (&block->marks, g_array_unref);
  g_clear_pointer (&block->links, g_array_unref);
  g_clear_pointer (&block->pending, pending_block_free);
  g_free (block);
}

typedef struct
{
  double      size;
  double      pitch;
  PangoWeight weight;
  PangoStyle  style;
  double      x;         /* left of the lines after the first */
  double      width;     /* from x */
  double      indent;    /* first line, from x */
  gboolean    justify;
  PangoAlignment align;
} BlockStyle;

static const BlockStyle body_style = {
  RESOLUTE_BODY_SIZE, RESOLUTE_BODY_PITCH, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
  0, RESOLUTE_COLUMN_WIDTH, 0, TRUE, PANGO_ALIGN_LEFT,
};

/* What a block needs to be laid out: blocks are made on the calling
 * thread and laid out in parallel afterwards (see lay_out_blocks ()). */
struct _PendingBlock
{
  BlockStyle     style;
  char          *text;
  gsize          length;
  PangoAttrList *attrs;
  GArray        *marks;       /* guint pairs: byte offset, note index */
  char          *label;
  double         label_size;
  PangoWeight    label_weight;
  double         label_text_x; /* >= 0: the text starts there, or after a wider label */
};

static void
pending_block_free (PendingBlock *pending)
{
  g_free (pending->text);
  g_clear_pointer (&pending->attrs, pango_attr_list_unref);
  g_clear_pointer (&pending->marks, g_array_unref);
  g_free (pending->label);
  g_free (pending);
}

/* Makes the block of @runs (consumed) in @style; it is laid out later. */
static ResoluteLayoutBlock *
add_block (ResolutePageLayout *self,
           Runs               *runs,
           const BlockStyle   *style,
           double              space_before)
{
  ResoluteLayoutBlock *block = g_new0 (ResoluteLayoutBlock, 1);
  PendingBlock *pending = g_new0 (PendingBlock, 1);

  pending->style = *style;
  pending->length = runs->text->len;
  pending->text = g_string_free (runs->text, FALSE);
  pending->attrs = runs->attrs;
  pending->marks = runs->marks;
  pending->label_text_x = -1;
  block->pending = pending;

  block->x = style->x;
  block->pitch = style->pitch;
  block->space_before = space_before;
  block->baseline = _resolute_page_layout_baseline (self, style->size, style->weight,
                                                    style->pitch);
  block->links = runs->links;

  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
set_label (ResolutePageLayout  *self,
           ResoluteLayoutBlock *block,
           const char          *label,
           const BlockStyle    *style,
           double               label_x)
{
  PendingBlock *pending = block->pending;

  pending->label = g_strdup (label);
  pending->label_size = style->size;
  pending->label_weight = style->weight;
  block->label_x = label_x;
}

/* Lays @block out with @context. */
static void
lay_out_block (ResolutePageLayout  *self,
               PangoContext        *context,
               ResoluteLayoutBlock *block)
{
  PendingBlock *pending = block->pending;
  BlockStyle *style = &pending->style;

  if (pending->label != NULL)
    {
      block->label = new_text_in (self, context, pending->label, pending->label_size,
                                  pending->label_weight, PANGO_STYLE_NORMAL, -1);
      if (pending->label_text_x >= 0)
        {
          int width = 0;
          double needed;

          /* after the label, at the tab or further when the label is wider */
          pango_layout_get_size (block->label, &width, NULL);
          needed = block->label_x + pango_units_to_double (width) + 4.0;
          style->indent = MAX (pending->label_text_x, needed) - style->x;
        }
    }

  block->layout = new_layout_in (self, context, style->size, style->weight, style->style,
                                 style->width);
  pango_layout_set_indent (block->layout, pango_units_from_double (style->indent));
  pango_layout_set_justify (block->layout, style->justify);
  pango_layout_set_alignment (block->layout, style->align);
  keep_symbols_whole (pending->attrs, pending->text, (gssize) pending->length);
  pango_layout_set_text (block->layout, pending->text, (int) pending->length);
  pango_layout_set_attributes (block->layout, pending->attrs);
  block->n_lines = (guint) pango_layout_get_line_count (block->layout);

  if (pending->marks != NULL)
    {
      block->marks = g_array_new (FALSE, FALSE, sizeof (ResoluteLayoutMark));
      for (guint i = 0; i < pending->marks->len; i++)
        {
          const guint *pair = &g_array_index (pending->marks, guint, i * 2);
          ResoluteLayoutMark mark;
          int line = 0;

          pango_layout_index_to_line_x (block->layout, (int) pair[0], FALSE, &line, NULL);
          mark.line = (guint) MAX (line, 0);
          mark.note = pair[1];
          g_array_append_val (block->marks, mark);
        }
    }

  g_clear_pointer (&block->pending, pending_block_free);
}

typedef struct
{
  ResolutePageLayout *self;
  PangoContext       *context;
  gint               *next;     /* the next block to take, shared */
} LayoutWorker;

#define BLOCKS_A_TAKE 16

static gpointer
lay_out_worker (gpointer data)
{
  LayoutWorker *worker = data;
  guint n = worker->self->blocks->len;

  for (;;)
    {
      guint first = (guint) g_atomic_int_add (worker->next, BLOCKS_A_TAKE);

      if (first >= n)
        break;
      for (guint i = first; i < MIN (n, first + BLOCKS_A_TAKE); i++)
        lay_out_block (worker->self, worker->context,
                       g_ptr_array_index (worker->self->blocks, i));
    }
  return NULL;
}

/* Lays the blocks out, on as many threads as there are processors (up to
 * four) for a long text: Pango's shaping and line breaking are most of the
 * time of an export. Pango objects are not thread-safe, so each thread has
 * its own font map and context; the layouts are only used once all threads
 * are done. */
static void
lay_out_blocks (ResolutePageLayout *self)
{
  guint n_threads = CLAMP (g_get_num_processors (), 1, 4);
  g_autofree LayoutWorker *workers = NULL;
  g_autofree GThread **threads = NULL;
  gint next = 0;

  if (self->blocks->len < 8 * BLOCKS_A_TAKE)
    n_threads = 1;

  workers = g_new0 (LayoutWorker, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint i = 0; i < n_threads; i++)
    {
      workers[i].self = self;
      workers[i].next = &next;
      workers[i].context = i == 0 ? g_object_ref (self->context) : new_context (self);
    }
  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("resolute-layout", lay_out_worker, &workers[i]);
  lay_out_worker (&workers[0]);
  for (guint i = 1; i < n_threads; i++)
    g_thread_join (threads[i]);
  for (guint i = 0; i < n_threads; i++)
    g_object_unref (workers[i].context);
}

/* Where the lines of a clause go, by level: the left edge of wrapped lines,
 * the label and the text after the label. Paragraphs and first-level
 * sub-paragraphs put their number at the indent, their text at the tab,
 * and wrap to the column's edge, as the UN sets them; each deeper level
 * puts its number where the level above puts its text, and wraps where the
 * level above puts its number: (i) under the text of (a), a. under the
 * text of (i). */
static void
level_positions (guint   level,
                 double *wrap_x,
                 double *label_x,
                 double *text_x)
{
  const double step = 20.0;

  switch (level)
    {
    case 0:
    case 1:
      *wrap_x = 0;
      *label_x = RESOLUTE_INDENT;
      *text_x = RESOLUTE_LABEL_TAB;
      break;
    case 2:
      *wrap_x = RESOLUTE_INDENT;
      *label_x = RESOLUTE_LABEL_TAB;
      *text_x = RESOLUTE_LABEL_TAB + step;
      break;
    default:
      *wrap_x = RESOLUTE_LABEL_TAB + step * (level - 3);
      *label_x = RESOLUTE_LABEL_TAB + step * (level - 2);
      *text_x = *label_x + step;
      break;
    }
}

static char *
outline_excerpt (const char *label,
                 const char *text)
{
  g_autofree char *flat = g_strdup (text != NULL ? text : "");
  GString *out = g_string_new (NULL);
  const char *end;

  g_strdelimit (flat, "\t\n\r", ' ');
  if (label != NULL && *label != '\0')
    g_string_append_printf (out, "%s ", label);
  if (g_utf8_strlen (flat, -1) > 60)
    {
      end = g_utf8_offset_to_pointer (flat, 60);
      while (end > flat && *end != ' ')
        end--;
      if (end == flat)
        end = g_utf8_offset_to_pointer (flat, 60);
      g_string_append_len (out, flat, end - flat);
      g_string_append (out, "…");
    }
  else
    g_string_append (out, flat);

  return g_string_free (out, FALSE);
}

static ResoluteLayoutBlock *
add_text_block (ResolutePageLayout *self,
                const char         *text,
                const BlockStyle   *style,
                double              space_before)
{
  Runs runs;

  runs_init (&runs, style->size);
  runs_append_text (&runs, text);
  return add_block (self, &runs, style, space_before);
}

static void
build_heading (ResolutePageLayout *self)
{
  g_autoptr(GPtrArray) lines = resolute_masthead_get_heading (self->document);
  const double hang = self->geometry.body_left - self->geometry.frame_left;
  gboolean council = resolute_masthead_is_council (self->document);

  for (guint i = 0; i < lines->len; i++)
    {
      ResoluteHeadingLine *line = g_ptr_array_index (lines, i);
      BlockStyle style = body_style;
      ResoluteLayoutBlock *block;
      double space = i == 0 ? 0 : 12;
      Runs runs;

      style.justify = FALSE;
      switch (line->kind)
        {
        case RESOLUTE_HEADING_SPONSORS:
          style.weight = PANGO_WEIGHT_BOLD;
          style.width = RESOLUTE_COLUMN_WIDTH - 10;
          break;
        case RESOLUTE_HEADING_COUNCIL_NUMBER:
          style.size = 13;
          style.pitch = 15;
          style.weight = PANGO_WEIGHT_BOLD;
          break;
        case RESOLUTE_HEADING_ADOPTION:
          if (!council)
            {
              /* "Resolution adopted by the General Assembly" / "on 18 December 2013" */
              style.size = 13;
              style.pitch = 15;
              style.weight = PANGO_WEIGHT_BOLD;
              style.width = 260;
            }
          break;
        case RESOLUTE_HEADING_ORIGIN:
          space = 22;
          break;
        case RESOLUTE_HEADING_TITLE:
          style.size = 12;
          style.pitch = 14;
          style.weight = PANGO_WEIGHT_BOLD;
          style.width = RESOLUTE_COLUMN_WIDTH - RESOLUTE_INDENT;
          /* more room under the origin of an adopted text than under the
           * sponsors of a draft */
          if (i == 0)
            space = 0;
          else if (((ResoluteHeadingLine *) g_ptr_array_index (lines, i - 1))->kind
                   == RESOLUTE_HEADING_ORIGIN)
            space = 36;
          else
            space = 18;
          break;
        default:
          break;
        }

      runs_init (&runs, style.size);
      if (line->note != NULL && line->mark_end > line->mark_start)
        {
          g_autofree char *before = g_strndup (line->text, line->mark_start);
          g_autofree char *mark = g_strndup (line->text + line->mark_start,
                                             line->mark_end - line->mark_start);

          runs_append_text (&runs, before);
          add_mark (self, &runs, line->note, mark, TRUE);
          runs_append_text (&runs, line->text + line->mark_end);
        }
      else
        runs_append_text (&runs, line->text);

      block = add_block (self, &runs, &style, space);
      block->keep_with_next = TRUE;
      block->keep_together = TRUE;
      if (line->kind == RESOLUTE_HEADING_TITLE)
        {
          block->outline = RESOLUTE_OUTLINE_TITLE;
          block->outline_text = outline_excerpt (line->label, line->text);
          block->dest = g_strdup ("title");
          if (line->label != NULL)
            set_label (self, block, line->label, &style, -hang);
        }
    }
}

static void
build_formula (ResolutePageLayout *self,
               const char         *text,
               PangoStyle          slant,
               double              space_before)
{
  BlockStyle style = body_style;
  ResoluteLayoutBlock *block;

  style.style = slant;
  style.indent = RESOLUTE_INDENT;
  block = add_text_block (self, text, &style, space_before);
  block->keep_with_next = TRUE;
}

/* "Resolves that:" before the operative paragraphs, its verb in italics
 * like the paragraphs' own */
static void
build_intro (ResolutePageLayout *self,
             const char         *intro)
{
  BlockStyle style = body_style;
  ResoluteLayoutBlock *block;
  gsize opening = resolute_language_match_known_opening (
    resolute_document_get_language (self->document), RESOLUTE_CLAUSE_OPERATIVE, intro);
  Runs runs;

  style.indent = RESOLUTE_INDENT;
  runs_init (&runs, style.size);
  runs_append_text (&runs, intro);
  if (opening > 0)
    insert_attr (runs.attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), 0, (guint) opening);
  block = add_block (self, &runs, &style, RESOLUTE_PARAGRAPH_SPACE);
  block->keep_with_next = TRUE;
}

static void
build_closing (ResolutePageLayout *self)
{
  g_auto(GStrv) lines = resolute_masthead_get_closing (self->document);
  BlockStyle style = body_style;
  ResoluteLayoutBlock *block;

  if (lines[0] == NULL)
    return;

  /* "70th plenary meeting" / "18 December 2013", one a line, at the right */
  style.justify = FALSE;
  style.align = PANGO_ALIGN_RIGHT;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      block = add_text_block (self, lines[i], &style, i == 0 ? 18 : 0);
      block->keep_together = TRUE;
      block->keep_with_next = lines[i + 1] != NULL;
    }
}

static void
build_clause (ResolutePageLayout *self,
              ResoluteClause     *clause)
{
  ResoluteClauseKind kind = resolute_clause_get_kind (clause);
  guint level = resolute_clause_get_level (clause);
  const char *label = resolute_clause_get_label (clause);
  gboolean continuation = resolute_clause_get_continuation (clause);
  const double hang = self->geometry.body_left - self->geometry.frame_left;
  g_autoptr(ResoluteInline) content = NULL;
  g_autofree char *plain = NULL;
  BlockStyle style = body_style;
  ResoluteLayoutBlock *block;
  double space = RESOLUTE_PARAGRAPH_SPACE;
  Runs runs;

  content = resolute_document_get_display_content (self->document, clause);
  plain = resolute_document_get_plain_text (self->document, clause);

  switch (kind)
    {
    case RESOLUTE_CLAUSE_ANNEX:
      {
        /* "Annex" in the margin's place, then the title of the annex */
        BlockStyle annex = body_style;

        annex.size = 14;
        annex.pitch = 16;
        annex.weight = PANGO_WEIGHT_BOLD;
        annex.justify = FALSE;
        annex.x = -hang;
        annex.width = self->geometry.frame_width;
        block = add_text_block (self, label != NULL ? label : "", &annex, 30);
        block->keep_with_next = TRUE;
        block->keep_together = TRUE;
        block->clause = clause;
        block->dest = clause_dest (clause);
        block->outline = RESOLUTE_OUTLINE_ANNEX;
        block->outline_text = outline_excerpt (label, plain);
        if (*plain == '\0')
          return;

        style.size = 12;
        style.pitch = 14;
        style.weight = PANGO_WEIGHT_BOLD;
        style.justify = FALSE;
        style.width = RESOLUTE_COLUMN_WIDTH - RESOLUTE_INDENT;
        runs_init (&runs, style.size);
        runs_append_inline (self, &runs, content, clause, TRUE);
        block = add_block (self, &runs, &style, 12);
        block->keep_with_next = TRUE;
        block->keep_together = TRUE;
        return;
      }

    case RESOLUTE_CLAUSE_ANNEX_HEADING:
      {
        /* "I. Introduction" with its number hanging, or "Guideline 1" over
         * its title */
        style.weight = PANGO_WEIGHT_BOLD;
        style.justify = FALSE;
        if (label != NULL && *label != '\0' && !g_str_has_suffix (label, "."))
          {
            block = add_text_block (self, label, &style, 18);
            block->keep_with_next = TRUE;
            block->keep_together = TRUE;
            block->clause = clause;
            block->dest = clause_dest (clause);
            block->outline = RESOLUTE_OUTLINE_ANNEX_HEADING;
            block->outline_text = outline_excerpt (label, plain);
            if (*plain == '\0')
              return;
            space = 0;
            runs_init (&runs, style.size);
            runs_append_inline (self, &runs, content, clause, TRUE);
            block = add_block (self, &runs, &style, space);
            block->keep_with_next = TRUE;
            block->keep_together = TRUE;
            return;
          }
        runs_init (&runs, style.size);
        runs_append_inline (self, &runs, content, clause, TRUE);
        block = add_block (self, &runs, &style, 18);
        block->keep_with_next = TRUE;
        block->keep_together = TRUE;
        block->clause = clause;
        block->dest = clause_dest (clause);
        block->outline = RESOLUTE_OUTLINE_ANNEX_HEADING;
        block->outline_text = outline_excerpt (label, plain);
        if (label != NULL && *label != '\0')
          set_label (self, block, label, &style, -hang);
        return;
      }

    case RESOLUTE_CLAUSE_PREAMBULAR:
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      {
        double wrap_x, label_x, text_x;
        gboolean has_label = !continuation && label != NULL && *label != '\0';

        level_positions (level, &wrap_x, &label_x, &text_x);
        style.x = wrap_x;
        style.width = RESOLUTE_COLUMN_WIDTH - wrap_x;
        if (continuation)
          style.indent = 0;
        else if (has_label)
          style.indent = text_x - wrap_x; /* or further for a wide label */
        else if (level == 0)
          style.indent = RESOLUTE_INDENT; /* preambular, unnumbered */
        else
          style.indent = text_x - wrap_x;

        runs_init (&runs, style.size);
        runs_append_inline (self, &runs, content, clause, TRUE);
        block = add_block (self, &runs, &style, space);
        block->clause = clause;
        block->dest = clause_dest (clause);
        if (has_label)
          {
            BlockStyle label_style = body_style;

            set_label (self, block, label, &label_style, label_x);
            ((PendingBlock *) block->pending)->label_text_x = text_x;
          }
        if (kind == RESOLUTE_CLAUSE_PREAMBULAR)
          block->outline = RESOLUTE_OUTLINE_PREAMBLE;
        else if (kind == RESOLUTE_CLAUSE_OPERATIVE)
          block->outline = RESOLUTE_OUTLINE_OPERATIVE;
        else
          block->outline = RESOLUTE_OUTLINE_ANNEX_PARAGRAPH;
        block->outline_text = outline_excerpt (has_label ? label : NULL, plain);
        /* a chapeau ("Recalls:") stays with its first sub-paragraph */
        if (g_str_has_suffix (plain, ":"))
          block->keep_with_next = TRUE;
        return;
      }
    }
}

static void
build_blocks (ResolutePageLayout *self)
{
  ResoluteDocument *document = self->document;
  guint n = resolute_document_get_n_clauses (document);
  const char *formula = resolute_document_get_authoring_formula (document);
  const char *intro = resolute_document_get_field (document, RESOLUTE_FIELD_OPERATIVE_INTRO);
  gboolean intro_done = intro == NULL || *intro == '\0';
  gboolean closed = FALSE;

  build_heading (self);
  if (n > 0 && formula != NULL && *formula != '\0')
    build_formula (self, formula, PANGO_STYLE_ITALIC, self->blocks->len > 0 ? 18 : 0);

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (kind != RESOLUTE_CLAUSE_PREAMBULAR && !intro_done)
        {
          build_intro (self, intro);
          intro_done = TRUE;
        }
      if (kind == RESOLUTE_CLAUSE_ANNEX && !closed)
        {
          build_closing (self);
          closed = TRUE;
        }
      build_clause (self, clause);
    }
  if (!intro_done)
    build_formula (self, intro, PANGO_STYLE_NORMAL, RESOLUTE_PARAGRAPH_SPACE);
  if (!closed)
    build_closing (self);
}

/* Notes no mark refers to are printed with the last page's. */
static void
attach_unreferenced_notes (ResolutePageLayout *self)
{
  GListModel *footnotes;

  footnotes = resolute_document_get_footnotes (self->document);
  for (guint i = 0, m = g_list_model_get_n_items (footnotes); i < m && self->blocks->len > 0; i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);
      ResoluteLayoutBlock *last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      ResoluteLayoutMark mark;

      if (g_hash_table_contains (self->note_index, footnote))
        continue;
      mark.line = last->n_lines > 0 ? last->n_lines - 1 : 0;
      mark.note = note_for (self, footnote);
      if (last->marks == NULL)
        last->marks = g_array_new (FALSE, FALSE, sizeof (ResoluteLayoutMark));
      g_array_append_val (last->marks, mark);
    }
}

/* ------------------------------------------------------------------------ */
/* Pagination                                                               */

typedef struct
{
  guint  n_lines;      /* lines of the whole flow */
  guint *line_block;   /* the block of each line */
  guint *block_first;  /* the first line of each block */
  GArray *marks;       /* guint pairs (line, note), sorted by line */
  guint *line_marks;   /* index of each line's first pair in marks */
} Flow;

typedef struct
{
  guint    next_note;  /* notes before it are placed */
  gboolean carrying;   /* a note continues on the next page */
  guint    carry_note;
  guint    carry_line;
} NoteState;

static void
flow_init (ResolutePageLayout *self,
           Flow               *flow)
{
  guint line = 0;

  flow->n_lines = 0;
  for (guint b = 0; b < self->blocks->len; b++)
    flow->n_lines += ((ResoluteLayoutBlock *) g_ptr_array_index (self->blocks, b))->n_lines;

  flow->line_block = g_new (guint, flow->n_lines + 1);
  flow->block_first = g_new (guint, self->blocks->len + 1);
  flow->line_marks = g_new (guint, flow->n_lines + 1);
  flow->marks = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      ResoluteLayoutBlock *block = g_ptr_array_index (self->blocks, b);

      flow->block_first[b] = line;
      for (guint i = 0; i < block->n_lines; i++)
        {
          flow->line_block[line] = b;
          flow->line_marks[line] = flow->marks->len;
          for (guint m = 0; block->marks != NULL && m < block->marks->len; m++)
            {
              const ResoluteLayoutMark *mark = &g_array_index (block->marks,
                                                               ResoluteLayoutMark, m);
              guint pair[2] = { line, mark->note };

              if (mark->line == i)
                g_array_append_vals (flow->marks, pair, 1);
            }
          line++;
        }
    }
  flow->block_first[self->blocks->len] = line;
  flow->line_block[flow->n_lines] = self->blocks->len;
  flow->line_marks[flow->n_lines] = flow->marks->len;
}

static void
flow_clear (Flow *flow)
{
  g_free (flow->line_block);
  g_free (flow->block_first);
  g_free (flow->line_marks);
  g_array_unref (flow->marks);
}

static double
note_height (ResolutePageLayout *self,
             guint               note,
             guint               first_line)
{
  const ResoluteLayoutNote *layout_note = &g_array_index (self->notes, ResoluteLayoutNote, note);

  return (layout_note->n_lines - first_line) * RESOLUTE_NOTE_PITCH;
}

static ResoluteLayoutBlock *
block_at (ResolutePageLayout *self,
          guint               index)
{
  return g_ptr_array_index (self->blocks, index);
}

static void
page_free (gpointer data)
{
  ResolutePage *page = data;

  g_array_unref (page->blocks);
  g_array_unref (page->notes);
  g_free (page);
}

static void
add_note_slice (ResolutePage *page,
                guint         note,
                guint         first_line,
                guint         n_lines)
{
  ResoluteNoteSlice slice = { note, first_line, n_lines, 0 };

  if (page != NULL && n_lines > 0)
    g_array_append_val (page->notes, slice);
}

/* Places lines from @start up to @limit on the page of @top .. @bottom,
 * notes at its foot; returns the first line left for the next page. @state
 * is updated; @page (when not %NULL) receives the slices. */
static guint
fill_page (ResolutePageLayout *self,
           const Flow         *flow,
           guint               start,
           guint               limit,
           double              top,
           double              bottom,
           NoteState          *state,
           ResolutePage       *page)
{
  double capacity = bottom - top;
  double used = 0;
  double notes = 0;
  gboolean closed = FALSE; /* no new note may join this page */
  guint line = start;

  if (state->carrying)
    {
      /* the rest of a note from the page before comes first; it leaves room
       * for two lines of text when text remains */
      double room = capacity - RESOLUTE_NOTE_RULE_SPACE
                    - (start < flow->n_lines ? 2 * RESOLUTE_BODY_PITCH : 0);
      guint remaining = g_array_index (self->notes, ResoluteLayoutNote,
                                       state->carry_note).n_lines - state->carry_line;
      guint fits = (guint) MAX (1, floor (room / RESOLUTE_NOTE_PITCH));
      guint placed = MIN (remaining, fits);

      add_note_slice (page, state->carry_note, state->carry_line, placed);
      notes = RESOLUTE_NOTE_RULE_SPACE + placed * RESOLUTE_NOTE_PITCH;
      if (placed < remaining)
        {
          state->carry_line += placed;
          closed = TRUE;
        }
      else
        state->carrying = FALSE;
    }

  while (line < limit && line < flow->n_lines)
    {
      guint b = flow->line_block[line];
      ResoluteLayoutBlock *block = block_at (self, b);
      gboolean first_of_block = line == flow->block_first[b];
      double height = block->pitch + (first_of_block && used > 0 ? block->space_before : 0);
      double new_notes = 0;
      double last_rest = 0; /* what the last new note needs beyond its first line */
      guint first_new = state->next_note, last_new = state->next_note;
      gboolean has_new = FALSE;
      gboolean forced = used == 0 && notes == 0;
      /* room for the paragraph's second line when a note is cut after its first */
      double reserve = first_of_block && block->n_lines > 1 ? block->pitch : 0;

      for (guint m = flow->line_marks[line]; m < flow->line_marks[line + 1]; m++)
        {
          guint note = g_array_index (flow->marks, guint, m * 2 + 1);

          if (note < state->next_note || (has_new && note <= last_new))
            continue;
          /* notes are numbered in the order of their first marks */
          for (guint n = has_new ? last_new + 1 : state->next_note; n <= note; n++)
            {
              new_notes += (notes == 0 && new_notes == 0 ? RESOLUTE_NOTE_RULE_SPACE
                                                         : RESOLUTE_NOTE_SPACE)
                           + note_height (self, n, 0);
              last_rest = note_height (self, n, 1);
            }
          last_new = note;
          has_new = TRUE;
        }

      if (has_new && closed && !forced)
        break;

      if (used + height + notes + new_notes <= capacity + 0.01 || (forced && !has_new))
        {
          used += height;
          notes += new_notes;
          if (has_new)
            {
              for (guint n = first_new; n <= last_new; n++)
                add_note_slice (page, n, 0, g_array_index (self->notes, ResoluteLayoutNote,
                                                           n).n_lines);
              state->next_note = last_new + 1;
            }
        }
      else if (has_new && (used + height + notes + new_notes - last_rest + reserve <= capacity + 0.01
                           || forced))
        {
          /* the last note starts here and goes on at the next page's foot;
           * the paragraph keeps room for its second line */
          double room = capacity - used - height - notes - (new_notes - last_rest) - reserve;
          guint extra = (guint) MAX (0, floor ((room + 0.01) / RESOLUTE_NOTE_PITCH));
          guint n_lines = g_array_index (self->notes, ResoluteLayoutNote, last_new).n_lines;
          guint placed = MIN (n_lines, 1 + extra);

          for (guint n = first_new; n < last_new; n++)
            add_note_slice (page, n, 0, g_array_index (self->notes, ResoluteLayoutNote,
                                                       n).n_lines);
          add_note_slice (page, last_new, 0, placed);
          used += height;
          notes += new_notes - last_rest + (placed - 1) * RESOLUTE_NOTE_PITCH;
          state->next_note = last_new + 1;
          if (placed < n_lines)
            {
              state->carrying = TRUE;
              state->carry_note = last_new;
              state->carry_line = placed;
              closed = TRUE;
            }
        }
      else
        break;

      line++;
    }

  return line;
}

/* Moves a page break at @end back so that it leaves no orphan, no widow, and
 * keeps headings with what follows; returns @end when nothing better exists. */
static guint
adjust_break (ResolutePageLayout *self,
              const Flow         *flow,
              guint               start,
              guint               end)
{
  guint brk = end;
  guint b;

  if (end >= flow->n_lines || end <= start)
    return end;

  b = flow->line_block[brk];
  {
    ResoluteLayoutBlock *block = block_at (self, b);
    guint on_page = brk - flow->block_first[b];

    if (on_page > 0)
      {
        if (block->keep_together)
          brk = flow->block_first[b];
        else if (on_page == 1)
          brk = flow->block_first[b]; /* one line alone at the foot */
        else if (block->n_lines - on_page == 1)
          brk = on_page >= 3 ? brk - 1 : flow->block_first[b]; /* one line alone on top */
      }
  }

  while (brk > start && brk == flow->block_first[flow->line_block[brk]]
         && flow->line_block[brk] > 0 && block_at (self, flow->line_block[brk] - 1)->keep_with_next)
    brk = flow->block_first[flow->line_block[brk] - 1];

  return brk > start ? brk : end;
}

/* Gives the placed slices their positions: text from the top, notes from
 * the foot up. */
static void
position_page (ResolutePageLayout *self,
               const Flow         *flow,
               ResolutePage       *page,
               guint               start,
               guint               end,
               double              top,
               double              bottom)
{
  double y = top;
  double notes_height = 0;

  for (guint line = start; line < end;)
    {
      guint b = flow->line_block[line];
      ResoluteLayoutBlock *block = block_at (self, b);
      guint last = MIN (end, flow->block_first[b + 1]);
      ResoluteBlockSlice slice;

      if (line == flow->block_first[b] && y > top)
        y += block->space_before;
      slice.block = b;
      slice.first_line = line - flow->block_first[b];
      slice.n_lines = last - line;
      slice.y = y;
      g_array_append_val (page->blocks, slice);
      y += slice.n_lines * block->pitch;
      line = last;
    }

  for (guint i = 0; i < page->notes->len; i++)
    {
      ResoluteNoteSlice *slice = &g_array_index (page->notes, ResoluteNoteSlice, i);

      notes_height += (i > 0 ? RESOLUTE_NOTE_SPACE : 0) + slice->n_lines * RESOLUTE_NOTE_PITCH;
    }
  if (page->notes->len == 0)
    {
      page->notes_top = bottom;
      return;
    }

  page->notes_top = bottom - notes_height - RESOLUTE_NOTE_RULE_SPACE;
  y = page->notes_top + RESOLUTE_NOTE_RULE_SPACE;
  for (guint i = 0; i < page->notes->len; i++)
    {
      ResoluteNoteSlice *slice = &g_array_index (page->notes, ResoluteNoteSlice, i);

      if (i > 0)
        y += RESOLUTE_NOTE_SPACE;
      slice->y = y;
      y += slice->n_lines * RESOLUTE_NOTE_PITCH;
    }
}

static void
paginate (ResolutePageLayout *self)
{
  Flow flow;
  NoteState state = { 0 };
  guint start = 0;

  flow_init (self, &flow);

  while (start < flow.n_lines || state.carrying || self->pages->len == 0)
    {
      guint index = self->pages->len;
      double top = index == 0 ? self->first_body_top : self->geometry.body_top;
      double bottom = index == 0 ? self->first_body_bottom : self->geometry.body_bottom;
      NoteState trial = state;
      ResolutePage *page = g_new0 (ResolutePage, 1);
      guint end;

      page->blocks = g_array_new (FALSE, FALSE, sizeof (ResoluteBlockSlice));
      page->notes = g_array_new (FALSE, FALSE, sizeof (ResoluteNoteSlice));

      end = fill_page (self, &flow, start, flow.n_lines, top, bottom, &trial, NULL);
      end = adjust_break (self, &flow, start, end);
      end = fill_page (self, &flow, start, end, top, bottom, &state, page);
      position_page (self, &flow, page, start, end, top, bottom);
      g_ptr_array_add (self->pages, page);

      /* where the notes and marks landed */
      for (guint i = 0; i < page->notes->len; i++)
        {
          ResoluteNoteSlice *slice = &g_array_index (page->notes, ResoluteNoteSlice, i);
          ResoluteLayoutNote *note = &g_array_index (self->notes, ResoluteLayoutNote, slice->note);

          if (slice->first_line == 0)
            note->page = (int) index;
        }
      for (guint m = flow.line_marks[start]; m < flow.line_marks[end]; m++)
        {
          ResoluteLayoutNote *note = &g_array_index (self->notes, ResoluteLayoutNote,
                                                     g_array_index (flow.marks, guint, m * 2 + 1));

          if (note->mark_page < 0)
            note->mark_page = (int) index;
        }

      if (end == start && !state.carrying && start < flow.n_lines)
        {
          /* cannot happen: fill_page forces a line on an empty page */
          g_warn_if_reached ();
          break;
        }
      start = end;
      if (self->pages->len > 100000)
        break;
    }

  flow_clear (&flow);
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */

char *
_resolute_page_layout_escape_attribute (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; p != NULL && *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
format_number (char   *buffer,
               gsize   size,
               double  value)
{
  g_ascii_formatd (buffer, (int) size, "%.3f", value);
}

/* Draws line @line of @layout with its left edge at @x and its baseline at
 * @baseline. */
void
_resolute_page_layout_show_line (ResolutePageLayout *self,
                                 cairo_t            *cr,
                                 PangoLayout        *layout,
                                 guint               line,
                                 double              x,
                                 double              baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  for (guint i = 0; i < line; i++)
    if (!pango_layout_iter_next_line (iter))
      break;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  cairo_move_to (cr, x + pango_units_to_double (logical.x), baseline);
  pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
  pango_layout_iter_free (iter);
}

/* Adds the links of @links that fall on @line (its left at @x, its baseline
 * at @baseline) as link areas. */
void
_resolute_page_layout_emit_links (cairo_t     *cr,
                                  PangoLayout *layout,
                                  GArray      *links,
                                  guint        line,
                                  double       x,
                                  double       baseline)
{
  PangoLayoutLine *layout_line;
  PangoLayoutIter *iter;
  PangoRectangle logical;
  int line_start, line_end;

  if (links == NULL || links->len == 0)
    return;

  iter = pango_layout_get_iter (layout);
  for (guint i = 0; i < line; i++)
    if (!pango_layout_iter_next_line (iter))
      break;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  layout_line = pango_layout_iter_get_line_readonly (iter);
  line_start = layout_line->start_index;
  line_end = layout_line->start_index + layout_line->length;

  for (guint i = 0; i < links->len; i++)
    {
      const ResoluteLayoutLink *link = &g_array_index (links, ResoluteLayoutLink, i);
      int start = MAX ((int) link->start, line_start);
      int end = MIN ((int) link->end, line_end);
      int x_start = 0, x_end = 0;
      char rx[32], ry[32], rw[32], rh[32];
      g_autofree char *dest = NULL;
      g_autofree char *attributes = NULL;

      if (start >= end)
        continue;
      pango_layout_line_index_to_x (layout_line, start, FALSE, &x_start);
      pango_layout_line_index_to_x (layout_line, end, FALSE, &x_end);
      if (end == line_end)
        {
          PangoRectangle line_logical;

          pango_layout_line_get_extents (layout_line, NULL, &line_logical);
          x_end = MAX (x_end, line_logical.x + line_logical.width);
        }
      if (x_end < x_start)
        {
          int swap = x_start;

          x_start = x_end;
          x_end = swap;
        }

      format_number (rx, sizeof rx, x + pango_units_to_double (logical.x + x_start));
      format_number (ry, sizeof ry, baseline - 9.0);
      format_number (rw, sizeof rw, MAX (1.0, pango_units_to_double (x_end - x_start)));
      format_number (rh, sizeof rh, 12.0);
      dest = _resolute_page_layout_escape_attribute (link->dest);
      attributes = g_strdup_printf ("rect=[%s %s %s %s] dest='%s'", rx, ry, rw, rh, dest);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  pango_layout_iter_free (iter);
}

static void
emit_dest (cairo_t    *cr,
           const char *name,
           double      x,
           double      y)
{
  g_autofree char *escaped = _resolute_page_layout_escape_attribute (name);
  g_autofree char *attributes = NULL;
  char sx[32], sy[32];

  format_number (sx, sizeof sx, x);
  format_number (sy, sizeof sy, MAX (0.0, y));
  attributes = g_strdup_printf ("name='%s' x=%s y=%s", escaped, sx, sy);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
}

/* Glyphs of one font waiting to be drawn in one call. */
typedef struct
{
  cairo_scaled_font_t *font;
  GArray              *glyphs; /* cairo_glyph_t */
} GlyphBatch;

static void
batch_flush (cairo_t    *cr,
             GlyphBatch *batch)
{
  if (batch->glyphs->len == 0)
    return;
  cairo_set_scaled_font (cr, batch->font);
  cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) batch->glyphs->data, batch->glyphs->len);
  g_array_set_size (batch->glyphs, 0);
}

/* Whether Pango's renderer must draw @run: an underline, a strikethrough,
 * a glyph no font has (Pango draws a box for it). */
static gboolean
run_needs_renderer (PangoGlyphItem *run)
{
  for (GSList *l = run->item->analysis.extra_attrs; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_UNDERLINE || attr->klass->type == PANGO_ATTR_STRIKETHROUGH
          || attr->klass->type == PANGO_ATTR_FOREGROUND || attr->klass->type == PANGO_ATTR_SHAPE)
        return TRUE;
    }
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    if (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
      return TRUE;
  return FALSE;
}

/* Draws a line as pango_cairo_show_layout_line () does, but adds its glyphs
 * to @batch, which draws a whole paragraph's run of one font in one call:
 * Cairo's PDF surface costs per call, and the file keeps the reading order. */
static void
batch_line (cairo_t         *cr,
            GlyphBatch      *batch,
            const char      *text,
            PangoLayoutLine *line,
            double           x,
            double           baseline)
{
  double x_off = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoGlyphString *glyphs = run->glyphs;
      double run_x, y;
      cairo_scaled_font_t *font;

      x_off += pango_units_to_double (run->start_x_offset);
      run_x = x + x_off;
      y = baseline - pango_units_to_double (run->y_offset);

      if (run_needs_renderer (run) || !PANGO_IS_CAIRO_FONT (run->item->analysis.font))
        {
          batch_flush (cr, batch);
          cairo_move_to (cr, run_x, y);
          pango_cairo_show_glyph_item (cr, text, run);
        }
      else
        {
          font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
          if (font != batch->font)
            {
              batch_flush (cr, batch);
              batch->font = font;
            }
          {
            double position = 0;

            for (int i = 0; i < glyphs->num_glyphs; i++)
              {
                PangoGlyphInfo *info = &glyphs->glyphs[i];

                if (info->glyph != PANGO_GLYPH_EMPTY)
                  {
                    cairo_glyph_t glyph;

                    glyph.index = info->glyph;
                    glyph.x = run_x + pango_units_to_double ((int) (position + info->geometry.x_offset));
                    glyph.y = y + pango_units_to_double (info->geometry.y_offset);
                    g_array_append_val (batch->glyphs, glyph);
                  }
                position += info->geometry.width;
              }
          }
        }
      x_off += pango_units_to_double (pango_glyph_string_get_width (glyphs));
      x_off += pango_units_to_double (run->end_x_offset);
    }
}

static void
draw_block_slice (ResolutePageLayout       *self,
                  cairo_t                  *cr,
                  const ResoluteBlockSlice *slice,
                  gboolean                  tags)
{
  ResoluteLayoutBlock *block = block_at (self, slice->block);
  double left = self->geometry.body_left + block->x;
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  GlyphBatch batch = { NULL, g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t)) };

  if (tags && slice->first_line == 0 && block->dest != NULL)
    emit_dest (cr, block->dest, self->geometry.body_left - 20, slice->y - 6);

  for (guint i = 0; i < slice->first_line; i++)
    pango_layout_iter_next_line (iter);

  for (guint i = 0; i < slice->n_lines; i++)
    {
      guint line = slice->first_line + i;
      double baseline = slice->y + i * block->pitch + block->baseline;
      PangoRectangle logical;

      /* the number first, for the reading order */
      if (line == 0 && block->label != NULL)
        _resolute_page_layout_show_line (self, cr, block->label, 0,
                                         self->geometry.body_left + block->label_x, baseline);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      batch_line (cr, &batch, pango_layout_get_text (block->layout),
                  pango_layout_iter_get_line_readonly (iter),
                  left + pango_units_to_double (logical.x), baseline);
      if (tags)
        _resolute_page_layout_emit_links (cr, block->layout, block->links, line, left, baseline);
      pango_layout_iter_next_line (iter);
    }

  batch_flush (cr, &batch);
  g_array_unref (batch.glyphs);
  pango_layout_iter_free (iter);
}

/**
 * resolute_page_layout_render_page:
 * @cr: a context whose user space is the page in points, origin at the top
 *   left (a PDF surface of the page size, a print context in points)
 * @page: from 0
 *
 * Draws @page: its masthead or running head, its text, its notes and its
 * footer. On a PDF surface, it also adds the named destinations of the
 * paragraphs and notes, and the links of footnote marks and
 * cross-references.
 */
void
resolute_page_layout_render_page (ResolutePageLayout *self,
                                  cairo_t            *cr,
                                  guint               index)
{
  ResolutePage *page;
  gboolean tags;

  g_return_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->pages->len);

  page = g_ptr_array_index (self->pages, index);
  tags = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  _resolute_page_furniture_draw (self, cr, index);
  for (guint i = 0; i < page->blocks->len; i++)
    draw_block_slice (self, cr, &g_array_index (page->blocks, ResoluteBlockSlice, i), tags);
  _resolute_page_notes_draw (self, cr, page);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Outline                                                                  */

/**
 * resolute_page_layout_add_outline:
 * @pdf_surface: the PDF surface the pages were rendered on
 *
 * Adds the bookmarks: the title, the preamble and its paragraphs, the
 * operative part with its paragraphs and sub-paragraphs, the annexes and
 * their headings. Call it after rendering the pages (the bookmarks go to
 * the destinations drawn with them).
 */
void
resolute_page_layout_add_outline (ResolutePageLayout *self,
                                  cairo_surface_t    *surface)
{
  const ResoluteLanguage *language;
  int parents[RESOLUTE_CLAUSE_MAX_LEVEL + 2] = { 0 };
  int preamble = -1, operative = -1, annex = -1, heading = -1;

  g_return_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_PDF);

  language = resolute_document_get_language (self->document);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      ResoluteLayoutBlock *block = block_at (self, i);
      g_autofree char *escaped = NULL;
      g_autofree char *link = NULL;
      guint level;
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      if (block->outline == RESOLUTE_OUTLINE_NONE || block->dest == NULL)
        continue;
      escaped = _resolute_page_layout_escape_attribute (block->dest);
      link = g_strdup_printf ("dest='%s'", escaped);
      level = block->clause != NULL ? resolute_clause_get_level (block->clause) : 0;
      level = MIN (level, RESOLUTE_CLAUSE_MAX_LEVEL);

      switch (block->outline)
        {
        case RESOLUTE_OUTLINE_TITLE:
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, block->outline_text,
                                         link, 0);
          continue;

        case RESOLUTE_OUTLINE_PREAMBLE:
          if (preamble < 0)
            preamble = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                                      resolute_language_get_word (language,
                                                                                  "OutlinePreamble"),
                                                      link, CAIRO_PDF_OUTLINE_FLAG_OPEN);
          parent = preamble;
          break;

        case RESOLUTE_OUTLINE_OPERATIVE:
          if (operative < 0)
            operative = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                                       resolute_language_get_word (language,
                                                                                   "OutlineOperative"),
                                                       link, CAIRO_PDF_OUTLINE_FLAG_OPEN);
          parent = operative;
          break;

        case RESOLUTE_OUTLINE_ANNEX:
          annex = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                                 block->outline_text, link, 0);
          heading = -1;
          continue;

        case RESOLUTE_OUTLINE_ANNEX_HEADING:
          heading = cairo_pdf_surface_add_outline (surface,
                                                   annex >= 0 ? annex : CAIRO_PDF_OUTLINE_ROOT,
                                                   block->outline_text, link, 0);
          continue;

        case RESOLUTE_OUTLINE_ANNEX_PARAGRAPH:
          parent = heading >= 0 ? heading : annex >= 0 ? annex : CAIRO_PDF_OUTLINE_ROOT;
          break;

        case RESOLUTE_OUTLINE_NONE:
        default:
          continue;
        }

      /* sub-paragraphs under their paragraph */
      parents[0] = parent;
      if (level > 0 && parents[level] > 0)
        parent = parents[level];
      parents[level + 1] = cairo_pdf_surface_add_outline (surface, parent,
                                                          block->outline_text, link, 0);
      for (guint l = level + 2; l < G_N_ELEMENTS (parents); l++)
        parents[l] = 0;
    }
}

/* ------------------------------------------------------------------------ */
/* The object                                                               */

static void
resolute_page_layout_finalize (GObject *object)
{
  ResolutePageLayout *self = RESOLUTE_PAGE_LAYOUT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_array_unref);
  g_clear_object (&self->note_rule);
  g_clear_pointer (&self->note_index, g_hash_table_unref);
  g_clear_pointer (&self->furniture, _resolute_page_furniture_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_object (&self->document);
  g_free (self->family);

  G_OBJECT_CLASS (resolute_page_layout_parent_class)->finalize (object);
}

static void
resolute_page_layout_class_init (ResolutePageLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = resolute_page_layout_finalize;
}

static void
resolute_page_layout_init (ResolutePageLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->notes = g_array_new (FALSE, FALSE, sizeof (ResoluteLayoutNote));
  g_array_set_clear_func (self->notes, (GDestroyNotify) _resolute_layout_note_clear);
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->note_index = g_hash_table_new (NULL, NULL);
}

static gboolean
is_empty (ResoluteDocument *document)
{
  const char *title = resolute_document_get_field (document, RESOLUTE_FIELD_TITLE);
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);

  return resolute_document_get_n_clauses (document) == 0 && (title == NULL || *title == '\0')
         && (symbol == NULL || *symbol == '\0');
}

/**
 * resolute_page_layout_new:
 * @options: (nullable): paper size and the rest; %NULL for the defaults
 *
 * Lays @document out in pages. The layout keeps a reference on @document
 * but reads it only now: lay it out again after a change.
 *
 * Returns: (transfer full) (nullable): the layout, or %NULL with @error set
 * when the document is empty or no font can be found.
 */
ResolutePageLayout *
resolute_page_layout_new (ResoluteDocument                 *document,
                          const ResolutePageLayoutOptions  *options,
                          GError                          **error)
{
  g_autoptr(ResolutePageLayout) self = NULL;
  ResolutePageLayoutOptions defaults = { 0 };

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;

  if (is_empty (document))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("The document is empty: it has no symbol, no title and no paragraphs to "
                     "print"));
      return NULL;
    }

  self = g_object_new (RESOLUTE_TYPE_PAGE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->paper = options->paper;
  self->qr_code = options->qr_code;
  set_geometry (self);

  if (!set_up_fonts (self, options->font_family, error))
    return NULL;
  if (!_resolute_page_furniture_build (self, error))
    return NULL;

  build_blocks (self);
  lay_out_blocks (self);
  attach_unreferenced_notes (self);
  _resolute_page_notes_build (self);
  paginate (self);

  return g_steal_pointer (&self);
}

ResoluteDocument *
resolute_page_layout_get_document (ResolutePageLayout *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), NULL);

  return self->document;
}

guint
resolute_page_layout_get_n_pages (ResolutePageLayout *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), 0);

  return self->pages->len;
}

/* The page size in points. */
void
resolute_page_layout_get_page_size (ResolutePageLayout *self,
                                    double             *width,
                                    double             *height)
{
  g_return_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self));

  if (width != NULL)
    *width = self->geometry.width;
  if (height != NULL)
    *height = self->geometry.height;
}

ResolutePaperSize
resolute_page_layout_get_paper (ResolutePageLayout *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), RESOLUTE_PAPER_A4);

  return self->paper;
}

/* The family the text is set in, as the font system found it. */
const char *
resolute_page_layout_get_font_family (ResolutePageLayout *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), NULL);

  return self->family;
}

/* Whether that family has the widths of Times New Roman, so that lines and
 * pages break as in the UN's documents. */
gboolean
resolute_page_layout_get_font_is_metric_compatible (ResolutePageLayout *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), FALSE);

  return self->metric_compatible;
}

/**
 * resolute_page_layout_get_clause_page:
 *
 * Returns: the page (from 0) of the first line of @clause, or -1.
 */
int
resolute_page_layout_get_clause_page (ResolutePageLayout *self,
                                      ResoluteClause     *clause)
{
  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), -1);

  for (guint p = 0; p < self->pages->len; p++)
    {
      ResolutePage *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->blocks->len; i++)
        {
          const ResoluteBlockSlice *slice = &g_array_index (page->blocks, ResoluteBlockSlice, i);

          if (slice->first_line == 0 && block_at (self, slice->block)->clause == clause)
            return (int) p;
        }
    }
  return -1;
}

/**
 * resolute_page_layout_get_note_page:
 *
 * Returns: the page (from 0) where @footnote starts, or -1.
 */
int
resolute_page_layout_get_note_page (ResolutePageLayout *self,
                                    ResoluteFootnote   *footnote)
{
  gpointer value;

  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), -1);

  value = g_hash_table_lookup (self->note_index, footnote);
  if (value == NULL)
    return -1;
  return g_array_index (self->notes, ResoluteLayoutNote, GPOINTER_TO_UINT (value) - 1).page;
}

/**
 * resolute_page_layout_get_mark_page:
 *
 * Returns: the page (from 0) of the first mark of @footnote, or -1.
 */
int
resolute_page_layout_get_mark_page (ResolutePageLayout *self,
                                    ResoluteFootnote   *footnote)
{
  gpointer value;

  g_return_val_if_fail (RESOLUTE_IS_PAGE_LAYOUT (self), -1);

  value = g_hash_table_lookup (self->note_index, footnote);
  if (value == NULL)
    return -1;
  return g_array_index (self->notes, ResoluteLayoutNote,
                        GPOINTER_TO_UINT (value) - 1).mark_page;
}
