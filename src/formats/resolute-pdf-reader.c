/* resolute-pdf-reader.c — opens a UN document from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Delegates get resolutions and drafts as PDF files from the UN's Official
 * Document System. Poppler gives the characters of each page with their
 * boxes; they are set out as the page shows them, line by line from the
 * top: a line is the characters whose middles lie close together (a raised
 * footnote mark stays on its line), read from left to right, with a space
 * where a gap is, five where columns stand apart ("General Assembly" and
 * "Distr.: General"), a blank line where lines stand apart, and a form feed
 * between pages. A page of a resolution is one column, so this is its
 * reading order, whatever order the PDF drew the text in. The text importer
 * then recognises the structure with the rules it applies to text copied
 * out of a PDF: masthead, running heads and page furniture, paragraphs,
 * numbers, footnotes. What it cannot place it reports.
 */

#define G_LOG_DOMAIN "resolute-pdf-reader"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "resolute-error.h"
#include "resolute-ods-text-reader.h"
#include "resolute-pdf-reader.h"
#include "resolute-text-units.h"

/* More pages than this and the file is not one resolution. */
#define MAX_PAGES 2000

/* Gaps, in heights of the line's characters */
#define WORD_GAP   0.12  /* between words */
#define COLUMN_GAP 2.5   /* between columns: set apart by five spaces */
#define LINE_GAP   1.45  /* from the top of a line to the next: a blank line */


typedef struct
{
  double   x1, y1, x2, y2;
  gunichar c;
} Glyph;

typedef struct
{
  double top, bottom;
  double middle, height; /* of its tallest character */
  GArray *glyphs;        /* Glyph */
} Line;

static int
compare_by_middle (gconstpointer a,
                   gconstpointer b)
{
  const Glyph *ga = a, *gb = b;
  double ma = (ga->y1 + ga->y2) / 2, mb = (gb->y1 + gb->y2) / 2;

  return ma < mb ? -1 : ma > mb ? 1 : ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1 ? 1 : 0;
}

static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1 ? 1 : 0;
}

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_clear_pointer (&line->glyphs, g_array_unref);
}

/* Whether @glyph sits on @line: its middle is near the middle of the
 * line's tallest character, by the smaller of the two sizes (a raised mark
 * is; the line below is not, even where the boxes of close-set lines
 * overlap, nor is a line of small type beside a large heading). */
static gboolean
on_line (const Line  *line,
         const Glyph *glyph)
{
  double middle = (glyph->y1 + glyph->y2) / 2;

  return fabs (middle - line->middle) < 0.45 * MIN (line->height, glyph->y2 - glyph->y1);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

/* The upper median of @values (sorted in place), 0 for none. */
static double
upper_median (double *values,
              guint   n)
{
  if (n == 0)
    return 0;
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The height of most of a line's characters: the body's, not a raised
 * mark's. */
static double
line_height (const Line *line)
{
  g_autofree double *heights = g_new (double, MAX (line->glyphs->len, 1));

  for (guint i = 0; i < line->glyphs->len; i++)
    {
      const Glyph *glyph = &g_array_index (line->glyphs, Glyph, i);

      heights[i] = glyph->y2 - glyph->y1;
    }
  return upper_median (heights, line->glyphs->len);
}

/* "1 A/CONF.157/24 …", "* Reissued …": a footnote's first line */
static gboolean
opens_note (const char *text)
{
  guint n = 0;

  if (text[0] == '*')
    while (text[n] == '*')
      n++;
  else
    while (n < 3 && g_ascii_isdigit (text[n]))
      n++;
  return n > 0 && text[n] == ' ' && text[n + 1] != '\0' && text[n + 1] != ' ';
}

/* The footnotes of a page that sets them under a drawn rule (a PDF that a
 * word processor made: the UN's own set the rule as underscores, which
 * are in the text): from the first line in the lower half of the page,
 * in type smaller than the body's, that opens like a footnote, when every
 * line after it is as small. Returns its index, or G_MAXUINT. */
static guint
find_notes (PopplerPage *page,
            GArray      *lines,
            GPtrArray   *texts)
{
  g_autofree double *heights = NULL;
  g_autofree double *sorted = NULL;
  double page_width = 0, page_height = 0;
  double body;
  guint n = lines->len;

  if (n < 4)
    return G_MAXUINT;
  for (guint i = 0; i < n; i++)
    if (resolute_text_is_note_rule (g_ptr_array_index (texts, i)))
      return G_MAXUINT;

  poppler_page_get_size (page, &page_width, &page_height);
  heights = g_new (double, n);
  sorted = g_new (double, n);
  for (guint i = 0; i < n; i++)
    sorted[i] = heights[i] = line_height (&g_array_index (lines, Line, i));
  body = upper_median (sorted, n);

  for (guint i = 1; i < n; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      gboolean small_after = TRUE;

      if (line->top < page_height / 2 || heights[i] >= 0.9 * body
          || !opens_note (g_ptr_array_index (texts, i)))
        continue;
      for (guint k = i; k < n && small_after; k++)
        small_after = heights[k] < 0.95 * body;
      if (small_after)
        return i;
    }
  return G_MAXUINT;
}

/* The text of a page as it shows: see the top of the file. */
static void
append_page_text (PopplerPage *page,
                  GString     *out)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GPtrArray) texts = NULL;
  const char *p;
  guint notes;
  guint i;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return;

  for (p = text, i = 0; *p != '\0' && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      Glyph glyph = { rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2,
                      g_utf8_get_char (p) };

      if (g_unichar_isspace (glyph.c) || glyph.y2 <= glyph.y1)
        continue;
      g_array_append_val (glyphs, glyph);
    }
  g_free (rects);

  /* lines, from the top */
  g_array_set_clear_func (lines, line_clear);
  g_array_sort (glyphs, compare_by_middle);
  for (i = 0; i < glyphs->len; i++)
    {
      const Glyph *glyph = &g_array_index (glyphs, Glyph, i);
      Line *line = lines->len > 0 ? &g_array_index (lines, Line, lines->len - 1) : NULL;

      if (line == NULL || !on_line (line, glyph))
        {
          Line new_line = { glyph->y1, glyph->y2, (glyph->y1 + glyph->y2) / 2,
                            glyph->y2 - glyph->y1, g_array_new (FALSE, FALSE, sizeof (Glyph)) };

          g_array_append_val (lines, new_line);
          line = &g_array_index (lines, Line, lines->len - 1);
        }
      line->top = MIN (line->top, glyph->y1);
      line->bottom = MAX (line->bottom, glyph->y2);
      if (glyph->y2 - glyph->y1 > line->height)
        {
          line->height = glyph->y2 - glyph->y1;
          line->middle = (glyph->y1 + glyph->y2) / 2;
        }
      g_array_append_val (line->glyphs, *glyph);
    }

  /* each line's text */
  texts = g_ptr_array_new_with_free_func (g_free);
  for (i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      GString *line_text = g_string_new (NULL);

      g_array_sort (line->glyphs, compare_by_x);
      for (guint k = 0; k < line->glyphs->len; k++)
        {
          const Glyph *glyph = &g_array_index (line->glyphs, Glyph, k);

          if (k > 0)
            {
              const Glyph *before = &g_array_index (line->glyphs, Glyph, k - 1);
              double gap = glyph->x1 - before->x2;
              /* the size of the type on either side, not of the whole
               * line: "General Assembly" is larger than the date beside it */
              double height = MIN (glyph->y2 - glyph->y1, before->y2 - before->y1);

              if (gap > COLUMN_GAP * height)
                g_string_append (line_text, "     ");
              else if (gap > WORD_GAP * height)
                g_string_append_c (line_text, ' ');
            }
          g_string_append_unichar (line_text, glyph->c);
        }
      g_ptr_array_add (texts, g_string_free (line_text, FALSE));
    }

  notes = find_notes (page, lines, texts);
  for (i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (i > 0)
        {
          const Line *previous = &g_array_index (lines, Line, i - 1);

          if (line->top - previous->top > LINE_GAP * (previous->bottom - previous->top))
            g_string_append_c (out, '\n');
        }
      if (i == notes)
        g_string_append (out, RESOLUTE_TEXT_NOTE_RULE "\n");
      g_string_append (out, g_ptr_array_index (texts, i));
      g_string_append_c (out, '\n');
    }
}

/**
 * resolute_pdf_reader_read:
 * @data: the bytes of a PDF file
 * @warnings: (nullable) (element-type utf8): where to say what could not
 *   be placed
 *
 * Returns: (transfer full): the document, or %NULL with @error set: a file
 *   that is not a PDF or is damaged, one locked with a password, one whose
 *   pages hold no text (a scan).
 */
ResoluteDocument *
resolute_pdf_reader_read (GBytes     *data,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *pdf;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean any_text = FALSE;
  int n_pages;

  g_return_val_if_fail (data != NULL, NULL);

  pdf = poppler_document_new_from_bytes (data, NULL, &local_error);
  if (pdf == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                     _("The PDF is locked with a password; open it in a PDF viewer and copy "
                       "its text instead"));
      else
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                     _("The file cannot be read as a PDF: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (pdf);
  if (n_pages <= 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE, _("The PDF has no pages"));
      g_object_unref (pdf);
      return NULL;
    }
  if (n_pages > MAX_PAGES)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("The PDF has %d pages; a resolution has at most %d"), n_pages, MAX_PAGES);
      g_object_unref (pdf);
      return NULL;
    }

  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      gsize before;

      if (page == NULL)
        continue;
      before = text->len;
      append_page_text (page, text);
      g_object_unref (page);
      if (text->len > before)
        any_text = TRUE;
      /* after every page, the last too, as pdftotext does: the importer
       * then knows that form feeds alone are page breaks */
      g_string_append_c (text, '\f');
    }

  g_object_unref (pdf);
  if (!any_text)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The PDF holds no text, only images (a scanned document?); Resolute reads "
                     "the text of a PDF"));
      return NULL;
    }

  g_debug ("the text of the PDF:\n%s", text->str);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  return resolute_ods_text_reader_read (bytes, warnings, error);
}
