/* resolute-page-furniture.c — the masthead, running heads and footers of the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first page (DESIGN.md §4):
 *
 *   United Nations                                          A/RES/68/160
 *   ─────────────────────────────────────────────────────────────────────
 *   General Assembly                               Distr.: General
 *                                                  21 February 2014
 *   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 *   Sixty-eighth session
 *   Agenda item 69 (b)
 *   …
 *   13-44905 (E)    210214
 *   ║│║║│║│║║ (Code 39 of *1344905*)              Please recycle  [QR]
 *
 * The symbol's first letter is large, the organ large and bold; drafts add
 * "Original: English" under the date and name their committee. Later pages
 * carry a running head, the symbol on the outer side (left on even pages,
 * right on odd ones) and the short title on the inner side, and a footer
 * with the page number "2/3" outside and the job number inside. Every word
 * comes from the document language (resolute-masthead.c).
 */

#define G_LOG_DOMAIN "resolute-page-layout"

#include "config.h"

#include <string.h>

#include "resolute-masthead.h"
#include "resolute-page-layout-private.h"

#define MASTHEAD_TOP      34.0
#define UN_SIZE           14.0
#define INITIAL_SIZE      20.0
#define SYMBOL_SIZE       12.0
#define ORGAN_SIZE        24.0
#define CELL_SIZE         10.0
#define CELL_PITCH        12.0
#define SMALL_SIZE         8.0
#define HEAD_SYMBOL_SIZE  10.0
#define HEAD_TITLE_SIZE    8.0
#define HEAD_TITLE_WIDTH 252.0
#define BARCODE_MODULE     0.8
#define BARCODE_HEIGHT    18.0
#define QR_SIZE           50.0

/* The address a QR code of the document points to. */
#define DOCUMENT_ADDRESS "https://undocs.org/%s/%s"

typedef struct _ResoluteFurniture
{
  /* the masthead */
  PangoLayout     *united_nations;
  PangoLayout     *symbol_initial;
  PangoLayout     *symbol_rest;
  PangoLayout     *organ;
  PangoLayout     *right;       /* Distr.: General, the date, Original: English */
  PangoLayout     *left;        /* session, committee, agenda items and titles */
  double           row_baseline;
  double           thin_rule;
  double           organ_baseline;
  double           right_top;
  double           thick_rule;
  double           left_top;
  double           right_x;

  /* the first page's footer */
  PangoLayout     *job_line;    /* 13-44905 (E)    210214 */
  PangoLayout     *recycle;
  ResoluteBarcode *barcode;
  ResoluteBarcode *qr;
  double           job_baseline;

  /* later pages */
  PangoLayout     *head_symbol;
  PangoLayout     *head_title;
  PangoLayout     *foot_job;    /* 13-44905 */
  double           head_rule;
} ResoluteFurniture;

void
_resolute_page_furniture_free (ResoluteFurniture *furniture)
{
  if (furniture == NULL)
    return;

  g_clear_object (&furniture->united_nations);
  g_clear_object (&furniture->symbol_initial);
  g_clear_object (&furniture->symbol_rest);
  g_clear_object (&furniture->organ);
  g_clear_object (&furniture->right);
  g_clear_object (&furniture->left);
  g_clear_object (&furniture->job_line);
  g_clear_object (&furniture->recycle);
  g_clear_pointer (&furniture->barcode, resolute_barcode_free);
  g_clear_pointer (&furniture->qr, resolute_barcode_free);
  g_clear_object (&furniture->head_symbol);
  g_clear_object (&furniture->head_title);
  g_clear_object (&furniture->foot_job);
  g_free (furniture);
}

static const char *
field (ResoluteDocument *document,
       ResoluteField     which)
{
  const char *value = resolute_document_get_field (document, which);

  return value != NULL && *value != '\0' ? value : NULL;
}

static double
layout_width (PangoLayout *layout)
{
  int width = 0;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Draws @layout with the top of its first line at @y. */
static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Draws the first line of @layout with its baseline at @baseline. */
static void
show_on_baseline (cairo_t     *cr,
                  PangoLayout *layout,
                  double       x,
                  double       baseline)
{
  double ascent = pango_units_to_double (pango_layout_get_baseline (layout));

  show_at (cr, layout, x, baseline - ascent);
}

/* The job number without its language letter: "13-44905 (E)" → "13-44905". */
static char *
job_number_bare (const char *job)
{
  const char *paren = strchr (job, '(');
  g_autofree char *bare = g_strndup (job, paren != NULL ? (gsize) (paren - job) : strlen (job));

  return g_strdup (g_strstrip (bare));
}

static void
build_masthead (ResolutePageLayout *self,
                ResoluteFurniture  *f)
{
  ResoluteDocument *document = self->document;
  const ResoluteLanguage *language = resolute_document_get_language (document);
  const ResolutePageGeometry *g = &self->geometry;
  const char *symbol = field (document, RESOLUTE_FIELD_SYMBOL);
  g_autofree char *distribution = resolute_masthead_get_distribution (document);
  g_autofree char *date = resolute_masthead_format_date (document, RESOLUTE_FIELD_ISSUE_DATE);
  g_autofree char *original = resolute_masthead_get_original (document);
  g_autoptr(GPtrArray) left = resolute_masthead_get_left_lines (document);
  GString *right = g_string_new (distribution);
  GString *left_text = g_string_new (NULL);
  PangoAttrList *attrs;
  double right_bottom;
  double organ_bottom;

  f->united_nations = _resolute_page_layout_new_text (self,
                                                      resolute_language_get_word (language,
                                                                                  "UnitedNations"),
                                                      UN_SIZE, PANGO_WEIGHT_NORMAL,
                                                      PANGO_STYLE_NORMAL, -1);
  if (symbol != NULL)
    {
      /* the first letter large: "A" of A/RES/68/160, "S" of S/RES/2118 (2013) */
      const char *rest = g_utf8_next_char (symbol);
      g_autofree char *initial = g_strndup (symbol, rest - symbol);

      f->symbol_initial = _resolute_page_layout_new_text (self, initial, INITIAL_SIZE,
                                                          PANGO_WEIGHT_NORMAL,
                                                          PANGO_STYLE_NORMAL, -1);
      f->symbol_rest = _resolute_page_layout_new_text (self, rest, SYMBOL_SIZE,
                                                       PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                                       -1);
    }
  f->organ = _resolute_page_layout_new_text (self, resolute_masthead_get_organ_name (document),
                                             ORGAN_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                             g->frame_width * 0.62);

  if (date != NULL)
    g_string_append_printf (right, "\n%s", date);
  if (original != NULL)
    g_string_append_printf (right, "\n\n%s", original);
  f->right = _resolute_page_layout_new_text (self, right->str, CELL_SIZE, PANGO_WEIGHT_NORMAL,
                                             PANGO_STYLE_NORMAL, -1);
  pango_layout_set_spacing (f->right, pango_units_from_double (CELL_PITCH - CELL_SIZE * 1.15));
  g_string_free (right, TRUE);

  /* session, committee and agenda item; the agenda item's title in bold */
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < left->len; i++)
    {
      ResoluteMastheadLine *line = g_ptr_array_index (left, i);
      guint start;

      if (i > 0)
        g_string_append_c (left_text, '\n');
      start = left_text->len;
      g_string_append (left_text, line->text);
      g_strdelimit (left_text->str + start, "\t\r", ' ');
      if (line->kind == RESOLUTE_MASTHEAD_AGENDA_TITLE)
        {
          PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

          bold->start_index = start;
          bold->end_index = left_text->len;
          pango_attr_list_insert (attrs, bold);
        }
    }
  f->left = _resolute_page_layout_new_text (self, left_text->str, CELL_SIZE, PANGO_WEIGHT_NORMAL,
                                            PANGO_STYLE_NORMAL, g->frame_width * 0.56);
  {
    PangoAttrList *merged = pango_attr_list_copy (pango_layout_get_attributes (f->left));

    pango_attr_list_splice (merged, attrs, 0, 0);
    pango_layout_set_attributes (f->left, merged);
    pango_attr_list_unref (merged);
    pango_attr_list_unref (attrs);
  }
  g_string_free (left_text, TRUE);

  /* the rows, from the top */
  f->row_baseline = g->offset_top + MASTHEAD_TOP + INITIAL_SIZE;
  f->thin_rule = f->row_baseline + 7;
  f->organ_baseline = f->thin_rule + 12 + ORGAN_SIZE;
  f->right_top = f->thin_rule + 5;
  f->right_x = g->frame_left + g->frame_width * 0.69;
  organ_bottom = f->organ_baseline
                 + layout_height (f->organ) - pango_units_to_double (pango_layout_get_baseline (f->organ))
                 + 2;
  right_bottom = f->right_top + layout_height (f->right) + 4;
  f->thick_rule = MAX (organ_bottom, right_bottom) + 2;
  f->left_top = f->thick_rule + 10;

  self->first_body_top = f->left_top + (left->len > 0 ? layout_height (f->left) : 0) + 40;
}

static void
build_footers (ResolutePageLayout *self,
               ResoluteFurniture  *f)
{
  ResoluteDocument *document = self->document;
  const ResoluteLanguage *language = resolute_document_get_language (document);
  const ResolutePageGeometry *g = &self->geometry;
  const char *job = field (document, RESOLUTE_FIELD_JOB_NUMBER);
  const char *symbol = field (document, RESOLUTE_FIELD_SYMBOL);
  const char *title = field (document, RESOLUTE_FIELD_TITLE);
  g_autofree char *barcode_text = resolute_document_get_barcode_text (document);
  g_autofree char *date_code = resolute_masthead_get_date_code (document);

  /* 13-44905 (E)    210214 */
  if (job != NULL)
    {
      g_autofree char *line = date_code != NULL ? g_strdup_printf ("%s    %s", job, date_code)
                                                : g_strdup (job);
      g_autofree char *bare = job_number_bare (job);

      f->job_line = _resolute_page_layout_new_text (self, line, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, -1);
      f->foot_job = _resolute_page_layout_new_text (self, bare, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, -1);
    }
  if (barcode_text != NULL)
    {
      g_autoptr(GError) error = NULL;

      f->barcode = resolute_barcode_new (RESOLUTE_BARCODE_CODE39, barcode_text, &error);
      if (f->barcode == NULL)
        g_debug ("no barcode: %s", error->message);
    }
  if (self->qr_code && symbol != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *address = g_strdup_printf (DOCUMENT_ADDRESS,
                                                  resolute_language_get_tag (language), symbol);

      f->qr = resolute_barcode_new (RESOLUTE_BARCODE_QR, address, &error);
      if (f->qr == NULL)
        g_debug ("no QR code: %s", error->message);
    }
  f->recycle = _resolute_page_layout_new_text (self,
                                               resolute_language_get_word (language,
                                                                           "PleaseRecycle"),
                                               SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                               PANGO_STYLE_ITALIC, -1);
  /* the first page's text ends higher than the others': measured on the
   * UN's first pages, which hold 19 to 21 lines under a masthead of four
   * lines and an adoption heading */
  f->job_baseline = g->height - 72.0 - g->offset_top;
  self->first_body_bottom = f->job_baseline - 62.0;

  /* the running head: the symbol, and the title in up to three lines */
  if (symbol != NULL)
    f->head_symbol = _resolute_page_layout_new_text (self, symbol, HEAD_SYMBOL_SIZE,
                                                     PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, -1);
  if (title != NULL)
    {
      f->head_title = _resolute_page_layout_new_text (self, title, HEAD_TITLE_SIZE,
                                                      PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                                      HEAD_TITLE_WIDTH);
      pango_layout_set_height (f->head_title, -3);
      pango_layout_set_ellipsize (f->head_title, PANGO_ELLIPSIZE_END);
    }
  f->head_rule = g->head_top
                 + MAX (f->head_symbol != NULL ? layout_height (f->head_symbol) : 0,
                        f->head_title != NULL ? layout_height (f->head_title) : 0)
                 + 3;
  f->head_rule = MIN (f->head_rule, g->body_top - 6);
}

gboolean
_resolute_page_furniture_build (ResolutePageLayout  *self,
                                GError             **error)
{
  ResoluteFurniture *f = g_new0 (ResoluteFurniture, 1);

  self->furniture = f;
  build_masthead (self, f);
  build_footers (self, f);
  return TRUE;
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   thickness)
{
  cairo_rectangle (cr, x, y - thickness / 2, width, thickness);
  cairo_fill (cr);
}

static void
draw_first_page (ResolutePageLayout *self,
                 ResoluteFurniture  *f,
                 cairo_t            *cr)
{
  const ResolutePageGeometry *g = &self->geometry;
  double right = g->frame_left + g->frame_width;

  /* United Nations | A/RES/68/160 */
  show_on_baseline (cr, f->united_nations, g->frame_left, f->row_baseline);
  if (f->symbol_initial != NULL)
    {
      double rest = layout_width (f->symbol_rest);
      double initial = layout_width (f->symbol_initial);

      show_on_baseline (cr, f->symbol_initial, right - rest - initial, f->row_baseline);
      show_on_baseline (cr, f->symbol_rest, right - rest, f->row_baseline);
    }
  draw_rule (cr, g->frame_left, f->thin_rule, g->frame_width, 0.75);

  /* General Assembly | Distr.: General, date, Original */
  show_on_baseline (cr, f->organ, g->frame_left, f->organ_baseline);
  show_at (cr, f->right, f->right_x, f->right_top);
  draw_rule (cr, g->frame_left, f->thick_rule, g->frame_width, 3.0);

  /* session, committee, agenda item */
  show_at (cr, f->left, g->frame_left, f->left_top);

  /* the footer: job number and date code, the barcode, Please recycle */
  if (f->job_line != NULL)
    show_on_baseline (cr, f->job_line, g->frame_left, f->job_baseline);
  if (f->barcode != NULL)
    resolute_barcode_draw (f->barcode, cr, g->frame_left, f->job_baseline + 4,
                           resolute_barcode_get_width (f->barcode) * BARCODE_MODULE,
                           BARCODE_HEIGHT);
  show_on_baseline (cr, f->recycle,
                    right - layout_width (f->recycle) - (f->qr != NULL ? QR_SIZE + 8 : 0),
                    f->job_baseline + 4 + BARCODE_HEIGHT);
  if (f->qr != NULL)
    resolute_barcode_draw (f->qr, cr, right - QR_SIZE, f->job_baseline + 4 + BARCODE_HEIGHT - QR_SIZE,
                           QR_SIZE, QR_SIZE);
}

static void
draw_later_page (ResolutePageLayout *self,
                 ResoluteFurniture  *f,
                 cairo_t            *cr,
                 guint               index)
{
  const ResolutePageGeometry *g = &self->geometry;
  double right = g->frame_left + g->frame_width;
  guint number = index + 1;
  gboolean even = number % 2 == 0;
  g_autofree char *count = g_strdup_printf ("%u/%u", number, self->pages->len);
  g_autoptr(PangoLayout) page_number = _resolute_page_layout_new_text (self, count, SMALL_SIZE,
                                                                       PANGO_WEIGHT_BOLD,
                                                                       PANGO_STYLE_NORMAL, -1);
  double symbol_baseline = g->head_top
                           + (f->head_symbol != NULL
                                ? pango_units_to_double (pango_layout_get_baseline (f->head_symbol))
                                : 0);

  /* the symbol outside, the title inside, both from the same top line; the
   * title's baseline on the symbol's */
  if (even)
    {
      if (f->head_symbol != NULL)
        show_at (cr, f->head_symbol, g->frame_left, g->head_top);
      if (f->head_title != NULL)
        {
          pango_layout_set_alignment (f->head_title, PANGO_ALIGN_RIGHT);
          show_on_baseline (cr, f->head_title, right - HEAD_TITLE_WIDTH, symbol_baseline);
        }
    }
  else
    {
      if (f->head_title != NULL)
        {
          pango_layout_set_alignment (f->head_title, PANGO_ALIGN_LEFT);
          show_on_baseline (cr, f->head_title, g->frame_left, symbol_baseline);
        }
      if (f->head_symbol != NULL)
        show_at (cr, f->head_symbol, right - layout_width (f->head_symbol), g->head_top);
    }
  draw_rule (cr, g->frame_left, f->head_rule, g->frame_width, 0.5);

  /* the page number outside, the job number inside */
  if (even)
    {
      show_on_baseline (cr, page_number, g->frame_left, g->foot_baseline);
      if (f->foot_job != NULL)
        show_on_baseline (cr, f->foot_job, right - layout_width (f->foot_job), g->foot_baseline);
    }
  else
    {
      if (f->foot_job != NULL)
        show_on_baseline (cr, f->foot_job, g->frame_left, g->foot_baseline);
      show_on_baseline (cr, page_number, right - layout_width (page_number), g->foot_baseline);
    }
}

void
_resolute_page_furniture_draw (ResolutePageLayout *self,
                               cairo_t            *cr,
                               guint               index)
{
  ResoluteFurniture *f = self->furniture;

  if (index == 0)
    draw_first_page (self, f, cr);
  else
    draw_later_page (self, f, cr, index);
}
