/* resolute-ods-text-lines.c — the paragraphs of the ODS text rendition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ODS rendition (DESIGN.md §2) gives one line per paragraph:
 *
 *   [DU1]
 *   Resolution adopted by the General Assembly on 18 December 2013     heading,
 *   [on the report of the Third Committee (A/68/456/Add.2)]            not indented
 *   68/160.<TAB>Title
 *   <TAB>The General Assembly,                                         formula
 *   <TAB>Preambular paragraph,                                         body, indented
 *   <TAB>1.<TAB>Operative paragraph;                                   label, tab, text
 *   <TAB>(a)<TAB>Sub-paragraph;
 *   (blank)
 *   70th plenary meeting                                               closing
 *   18 December 2013
 *   Annex / its title / "I.<TAB>Heading" or "Guideline 1" + title      annexes
 *   (blank)
 *   1 Footnote text.                                                   footnotes
 *   [DU1]<<ODS JOB NO>>N1344905E<<ODS JOB NO>>                         template block
 *
 * This pass turns those lines into units for the recognizer, and hands the
 * heading and the template block to the header reader.
 */

#define G_LOG_DOMAIN "resolute-ods-text-lines"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-ods-text-lines.h"

/**
 * resolute_text_is_annex_line:
 *
 * Whether @text is the heading of an annex: "Annex", "Annex I", "Annex 2".
 */
gboolean
resolute_text_is_annex_line (const ResoluteLanguage *language,
                             const char             *text)
{
  const char *annex = resolute_language_get_word (language, "Annex");
  g_autofree char *numbered = g_strdup (resolute_language_get_word (language, "AnnexNumbered"));
  char *field = strstr (numbered, "{n}");

  if (strcmp (text, annex) == 0)
    return TRUE;
  if (field == NULL)
    return FALSE;
  *field = '\0';
  if (!g_str_has_prefix (text, numbered) || strlen (text) == strlen (numbered))
    return FALSE;
  for (const char *p = text + strlen (numbered); *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("IVXLC", *p) == NULL)
      return FALSE;
  return TRUE;
}

/* Superscript digits at the start of @text, as plain digits. */
static gboolean
raised_number (const char  *text,
               gsize       *length,
               char       **digits)
{
  static const char * const raised[] = {
    "\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
    "\u2075", "\u2076", "\u2077", "\u2078", "\u2079",
  };
  GString *out = g_string_new (NULL);
  gsize n = 0;
  gboolean more = TRUE;

  while (more)
    {
      more = FALSE;
      for (guint d = 0; d < G_N_ELEMENTS (raised); d++)
        if (g_str_has_prefix (text + n, raised[d]))
          {
            g_string_append_c (out, '0' + d);
            n += strlen (raised[d]);
            more = TRUE;
            break;
          }
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return FALSE;
    }
  *length = n;
  *digits = g_string_free (out, FALSE);
  return TRUE;
}

/**
 * resolute_text_match_note:
 * @expected: the number the next footnote should have
 * @any_number: accept any number, not only @expected
 * @label: (out): "1", "*"
 * @rest: (out): the note text
 *
 * Whether @text opens a footnote: its number or stars, white space, text.
 */
gboolean
resolute_text_match_note (const char  *text,
                          guint        expected,
                          gboolean     any_number,
                          char       **label,
                          const char **rest)
{
  gsize n = 0;
  const char *p;

  if (text[0] == '*')
    {
      while (text[n] == '*')
        n++;
    }
  else if ((guchar) text[0] >= 0xc2 && raised_number (text, &n, label))
    {
      /* "¹ See resolution 70/1." */
      guint number = (guint) g_ascii_strtoull (*label, NULL, 10);

      if (number == 0 || (!any_number && number != expected)
          || (text[n] != ' ' && text[n] != '\t'))
        {
          g_clear_pointer (label, g_free);
          return FALSE;
        }
      p = text + n;
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0')
        {
          g_clear_pointer (label, g_free);
          return FALSE;
        }
      *rest = p;
      return TRUE;
    }
  else
    {
      guint number = 0;

      while (g_ascii_isdigit (text[n]))
        n++;
      if (n == 0 || !resolute_text_parse_number (text, n, &number) || number == 0
          || (!any_number && number != expected))
        return FALSE;
    }
  if (text[n] != ' ' && text[n] != '\t')
    return FALSE;
  p = text + n;
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p == '\0')
    return FALSE;

  *label = g_strndup (text, n);
  *rest = p;
  return TRUE;
}

/* Splits "1.<TAB>Text" or "(a)<TAB>Text"; a label may also be followed by a
 * space when the text after it opens with a capital or another label. */
static ResoluteTextUnit *
paragraph_unit (const ResoluteLabelScheme *scheme,
                const char                *text,
                guint                      line)
{
  const char *tab = strchr (text, '\t');
  gsize label_length = 0;
  ResoluteTextUnit *unit;
  const char *rest = text;

  if (tab != NULL)
    {
      g_autofree char *candidate = g_strndup (text, tab - text);
      gsize section = 0;

      if (resolute_label_scheme_match (scheme, candidate) == strlen (candidate)
          || (resolute_text_is_section_heading (text, &section) && section == strlen (candidate)))
        label_length = tab - text;
    }
  else
    {
      gsize length = resolute_label_scheme_match (scheme, text);

      if (length > 0 && text[length] == ' ' && resolute_text_is_upper_start (text + length + 1))
        label_length = length;
    }

  if (label_length > 0)
    {
      g_autofree char *label = g_strndup (text, label_length);

      unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_PARAGRAPH, label, line);
      rest = text + label_length;
      while (*rest == '\t' || *rest == ' ')
        rest++;
    }
  else
    unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_PARAGRAPH, NULL, line);

  /* tabs inside a paragraph are spaces of the original */
  for (const char *p = rest; *p != '\0'; p++)
    g_string_append_c (unit->text, *p == '\t' ? ' ' : *p);

  return unit;
}

static guint
find_template_block (const ResoluteTextSource *source)
{
  for (guint i = 0; i < source->n_lines; i++)
    if (strstr (source->lines[i].raw, "<<ODS JOB NO>>") != NULL
        || strstr (source->lines[i].raw, "<<ODS DOC SYMBOL1>>") != NULL)
      return i;
  return source->n_lines;
}

static const ResoluteTextLine *
next_text_line (const ResoluteTextSource *source,
                guint                     from,
                guint                     end)
{
  for (guint i = from; i < end; i++)
    if (source->lines[i].text[0] != '\0')
      return &source->lines[i];
  return NULL;
}

/**
 * resolute_ods_text_lines_read:
 *
 * Returns: (transfer full): the units and footnotes of the body.
 */
ResoluteTextBody *
resolute_ods_text_lines_read (const ResoluteTextSource  *source,
                              ResoluteTextHeader        *header,
                              const ResoluteLanguage    *language,
                              const ResoluteLabelScheme *scheme,
                              GPtrArray                 *warnings)
{
  ResoluteTextBody *body = resolute_text_body_new ();
  guint end = find_template_block (source);
  guint i = 0;
  gboolean after_blank = FALSE;
  gboolean in_notes = FALSE;
  gboolean in_annex = FALSE;
  gboolean expect_annex_title = FALSE;
  guint next_note = 1;
  ResoluteTextNote *note = NULL;

  /* the heading: lines that are not indented, down to the formula */
  if (i < end && strcmp (source->lines[i].text, "[DU1]") == 0)
    i++;
  for (; i < end; i++)
    {
      const ResoluteTextLine *line = &source->lines[i];

      if (line->text[0] == '\0')
        continue;
      if (line->leading_tab || resolute_text_header_is_formula (header, line->text))
        break;
      resolute_text_header_read_block (header, line->text, line->number);
    }

  if (i < end && resolute_text_header_is_formula (header, source->lines[i].text))
    {
      resolute_text_header_set_formula (header, source->lines[i].text);
      i++;
    }
  else if (i < end && resolute_text_header_expects_formula (header))
    resolute_text_warn (warnings, source->lines[i].number,
                        _("the text has no authoring formula such as “%s”"),
                        resolute_language_get_formula (language, RESOLUTE_ORGAN_GENERAL_ASSEMBLY));

  for (; i < end; i++)
    {
      const ResoluteTextLine *line = &source->lines[i];
      const char *text = line->text;
      g_autofree char *label = NULL;
      const char *rest = NULL;

      if (*text == '\0')
        {
          after_blank = TRUE;
          continue;
        }

      /* footnotes come last, after a blank line */
      if (!line->leading_tab && (after_blank || in_notes)
          && resolute_text_match_note (text, next_note, FALSE, &label, &rest))
        {
          note = resolute_text_note_new (label, line->number);
          g_string_append (note->text, rest);
          g_ptr_array_add (body->notes, note);
          if (label[0] != '*')
            next_note++;
          in_notes = TRUE;
          after_blank = FALSE;
          continue;
        }
      if (in_notes)
        {
          /* a footnote that runs over several lines */
          resolute_text_append_line (note->text, text);
          after_blank = FALSE;
          continue;
        }

      if (line->leading_tab)
        {
          g_ptr_array_add (body->units, paragraph_unit (scheme, text, line->number));
          expect_annex_title = FALSE;
          after_blank = FALSE;
          continue;
        }

      /* closing lines: "70th plenary meeting", then the date */
      if (resolute_text_header_is_meeting_line (header, text))
        {
          const ResoluteTextLine *next = next_text_line (source, i + 1, end);

          if (next != NULL && !next->leading_tab
              && resolute_text_header_is_date_line (header, next->text))
            {
              ResoluteTextUnit *unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_CLOSING, text,
                                                               line->number);

              g_string_append (unit->text, next->text);
              g_ptr_array_add (body->units, unit);
              i = next - source->lines;
              after_blank = FALSE;
              continue;
            }
        }

      /* the date of adoption alone, when the text names no meeting: the
       * last line of the body, or the last before an annex */
      if (!in_annex && resolute_text_header_is_date_line (header, text))
        {
          const ResoluteTextLine *next = next_text_line (source, i + 1, end);
          g_autofree char *note_label = NULL;
          const char *note_text = NULL;

          if (next == NULL || resolute_text_is_annex_line (language, next->text)
              || (next > line + 1 && !next->leading_tab
                  && resolute_text_match_note (next->text, 1, FALSE, &note_label, &note_text)))
            {
              ResoluteTextUnit *unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_CLOSING, NULL,
                                                               line->number);

              g_string_append (unit->text, text);
              g_ptr_array_add (body->units, unit);
              after_blank = FALSE;
              continue;
            }
        }

      if (resolute_text_is_annex_line (language, text))
        {
          g_ptr_array_add (body->units,
                           resolute_text_unit_new (RESOLUTE_TEXT_UNIT_ANNEX, text, line->number));
          in_annex = TRUE;
          expect_annex_title = TRUE;
          after_blank = FALSE;
          continue;
        }

      if (in_annex)
        {
          gsize section = 0;
          ResoluteTextUnit *unit;

          if (expect_annex_title && !resolute_text_is_heading_label (text)
              && !resolute_text_is_section_heading (text, &section))
            {
              ResoluteTextUnit *annex = g_ptr_array_index (body->units, body->units->len - 1);

              g_string_append (annex->text, text);
              expect_annex_title = FALSE;
              after_blank = FALSE;
              continue;
            }
          expect_annex_title = FALSE;

          if (resolute_text_is_section_heading (text, &section))
            {
              g_autofree char *heading_label = g_strndup (text, section);
              const char *title = text + section;

              while (*title == ' ' || *title == '\t')
                title++;
              unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_HEADING, heading_label,
                                             line->number);
              g_string_append (unit->text, title);
            }
          else if (resolute_text_is_heading_label (text))
            {
              const ResoluteTextLine *next = i + 1 < end ? &source->lines[i + 1] : NULL;

              unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_HEADING, text, line->number);
              if (next != NULL && next->text[0] != '\0' && !next->leading_tab
                  && !resolute_text_is_heading_label (next->text)
                  && !resolute_text_is_annex_line (language, next->text))
                {
                  g_string_append (unit->text, next->text);
                  i++;
                }
            }
          else
            {
              /* a heading without a label */
              unit = resolute_text_unit_new (RESOLUTE_TEXT_UNIT_HEADING, NULL, line->number);
              g_string_append (unit->text, text);
            }
          g_ptr_array_add (body->units, unit);
          after_blank = FALSE;
          continue;
        }

      /* a paragraph that lost its indent */
      g_ptr_array_add (body->units, paragraph_unit (scheme, text, line->number));
      after_blank = FALSE;
    }

  /* The footnotes of the rendition stand after the whole body. */
  for (guint n = 0; n < body->notes->len; n++)
    {
      ResoluteTextNote *each = g_ptr_array_index (body->notes, n);

      each->before = resolute_text_body_end (body);
      each->placed = FALSE;
    }

  resolute_text_header_read_ods_template (header, source->lines + end, source->n_lines - end);

  return body;
}
