/* resolute-page-footnotes.c — the notes at the foot of a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each footnote is laid out once, in 8 pt type set from the paragraph
 * indent with its number before it, raised like the mark in the text (as
 * in the UN's documents); the pagination (resolute-page-layout.c)
 * decides which lines of which notes go at the foot of each page. A page's
 * notes sit under a short rule, bottom-aligned to the column, in the order
 * of their marks; a note that did not fit goes on at the foot of the next
 * page, above that page's own notes.
 */

#define G_LOG_DOMAIN "resolute-page-layout"

#include "config.h"

#include "resolute-page-layout-private.h"
#include "resolute-text-units.h"

/* the gap between a note's number and its text */
#define LABEL_GAP 3.0

void
_resolute_layout_note_clear (ResoluteLayoutNote *note)
{
  g_clear_object (&note->footnote);
  g_clear_object (&note->layout);
  g_clear_object (&note->label);
  g_clear_pointer (&note->links, g_array_unref);
  g_clear_pointer (&note->dest, g_free);
}

/* Lays out the notes the flow refers to, in the order of their marks. */
void
_resolute_page_notes_build (ResolutePageLayout *self)
{
  const double width = self->geometry.body_width - RESOLUTE_INDENT;

  /* eighteen underscores, as the UN's documents set the rule, so that the
   * text copied out of the PDF shows where the notes begin (the text
   * importer looks for that line) */
  self->note_rule = _resolute_page_layout_new_text (self, RESOLUTE_TEXT_NOTE_RULE, RESOLUTE_NOTE_SIZE,
                                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);

  for (guint i = 0; i < self->notes->len; i++)
    {
      ResoluteLayoutNote *note = &g_array_index (self->notes, ResoluteLayoutNote, i);
      const char *label = resolute_footnote_get_label (note->footnote);

      note->layout = _resolute_page_layout_new_inline (self,
                                                       resolute_footnote_get_content (note->footnote),
                                                       RESOLUTE_NOTE_SIZE, width, &note->links);
      note->label = _resolute_page_layout_new_text (self, label != NULL ? label : "",
                                                    RESOLUTE_NOTE_LABEL_SIZE, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, -1);
      note->n_lines = MAX (1, pango_layout_get_line_count (note->layout));
    }
}

/* Draws the rule and the lines of the notes placed on @page. */
void
_resolute_page_notes_draw (ResolutePageLayout *self,
                           cairo_t            *cr,
                           ResolutePage       *page)
{
  const ResolutePageGeometry *g = &self->geometry;
  gboolean tags;
  double baseline;
  double left = g->body_left + RESOLUTE_INDENT;

  if (page->notes->len == 0)
    return;

  tags = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
  baseline = _resolute_page_layout_baseline (self, RESOLUTE_NOTE_SIZE, PANGO_WEIGHT_NORMAL,
                                             RESOLUTE_NOTE_PITCH);

  /* the short rule, from the column's edge */
  _resolute_page_layout_show_line (self, cr, self->note_rule, 0, g->body_left,
                                   page->notes_top + RESOLUTE_NOTE_RULE_SPACE / 2 - 1.0);

  for (guint i = 0; i < page->notes->len; i++)
    {
      const ResoluteNoteSlice *slice = &g_array_index (page->notes, ResoluteNoteSlice, i);
      ResoluteLayoutNote *note = &g_array_index (self->notes, ResoluteLayoutNote, slice->note);

      for (guint l = 0; l < slice->n_lines; l++)
        {
          guint line = slice->first_line + l;
          double y = slice->y + l * RESOLUTE_NOTE_PITCH + baseline;

          if (line == 0)
            {
              int label_width = 0;

              if (tags)
                {
                  g_autofree char *escaped = _resolute_page_layout_escape_attribute (note->dest);
                  g_autofree char *attributes = NULL;
                  char sx[G_ASCII_DTOSTR_BUF_SIZE], sy[G_ASCII_DTOSTR_BUF_SIZE];

                  g_ascii_formatd (sx, sizeof sx, "%.3f", g->body_left);
                  g_ascii_formatd (sy, sizeof sy, "%.3f", MAX (0.0, slice->y - 4));
                  attributes = g_strdup_printf ("name='%s' x=%s y=%s", escaped, sx, sy);
                  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
                  cairo_tag_end (cr, CAIRO_TAG_DEST);
                }
              pango_layout_get_size (note->label, &label_width, NULL);
              _resolute_page_layout_show_line (self, cr, note->label, 0,
                                               left - LABEL_GAP
                                                 - pango_units_to_double (label_width),
                                               y - RESOLUTE_NOTE_LABEL_RISE);
            }
          _resolute_page_layout_show_line (self, cr, note->layout, line, left, y);
          if (tags)
            _resolute_page_layout_emit_links (cr, note->layout, note->links, line, left, y);
        }
    }
}
