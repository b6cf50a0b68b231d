/* resolute-pdf-reader.c — opens a UN document from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Delegates get resolutions and drafts as PDF files from the UN's Official
 * Document System. Poppler gives the characters of each page with their
 * boxes; they are set out as the page shows them, line by line from the
 * top: a line is the characters whose boxes overlap vertically (a raised
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

#include <string.h>

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "resolute-error.h"
#include "resolute-ods-text-reader.h"
#include "resolute-pdf-reader.h"

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
  GArray *glyphs; /* Glyph */
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

/* Whether @glyph sits on @line: their boxes overlap over half the height
 * of the smaller. */
static gboolean
on_line (const Line  *line,
         const Glyph *glyph)
{
  double overlap = MIN (line->bottom, glyph->y2) - MAX (line->top, glyph->y1);
  double smaller = MIN (line->bottom - line->top, glyph->y2 - glyph->y1);

  return overlap > 0.5 * smaller;
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
  const char *p;
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
          Line new_line = { glyph->y1, glyph->y2, g_array_new (FALSE, FALSE, sizeof (Glyph)) };

          g_array_append_val (lines, new_line);
          line = &g_array_index (lines, Line, lines->len - 1);
        }
      line->top = MIN (line->top, glyph->y1);
      line->bottom = MAX (line->bottom, glyph->y2);
      g_array_append_val (line->glyphs, *glyph);
    }

  for (i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (i > 0)
        {
          const Line *previous = &g_array_index (lines, Line, i - 1);

          if (line->top - previous->top > LINE_GAP * (previous->bottom - previous->top))
            g_string_append_c (out, '\n');
        }
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
                g_string_append (out, "     ");
              else if (gap > WORD_GAP * height)
                g_string_append_c (out, ' ');
            }
          g_string_append_unichar (out, glyph->c);
        }
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
