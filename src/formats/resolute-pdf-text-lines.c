/* resolute-pdf-text-lines.c — logical paragraphs out of text copied from a UN PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text copied or extracted from a UN PDF (see ../shared/corpus/pdf-text/
 * README.md) keeps the lines of the page and the page furniture:
 *
 * - lines wrapped at the page width, with real compound hyphens at their
 *   ends ("self-" / "government"), justified lines sometimes broken into one
 *   word per line;
 * - operative numbers and "(a)" labels on a line of their own or in front of
 *   the text;
 * - at each page break (an empty line, or a form feed) a running head: the
 *   symbol, the short title, the job number and the page number "2/5";
 * - the masthead of the first page;
 * - footnote blocks under a rule of underscores at the foot of each page,
 *   often in the middle of a paragraph.
 *
 * This pass drops the furniture (keeping what it says: symbol, job number),
 * lifts the footnote blocks out with the place where they stood, and joins
 * the lines into units, one per paragraph, for the recognizer. Where the
 * text does not say where a paragraph ends (a page break after a comma, a
 * paragraph not followed by a blank line) it decides from the punctuation,
 * the case of the next word, the opening phrases of the language and the
 * length of the lines.
 */

#define G_LOG_DOMAIN "resolute-pdf-text-lines"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-clause.h"
#include "resolute-ods-text-lines.h"
#include "resolute-pdf-text-lines.h"

/* The running head follows a page break within this many lines. */
#define RUNNING_HEAD_LINES 12

typedef enum
{
  ITEM_TEXT,  /* a line of the body */
  ITEM_BLANK, /* a blank line: paragraphs are separated by one */
  ITEM_PAGE,  /* a page break, its running head removed */
  ITEM_NOTES, /* a footnote block */
} ItemKind;

typedef struct
{
  ItemKind                kind;
  const ResoluteTextLine *line;   /* ITEM_TEXT */
  guint                   blanks; /* ITEM_PAGE: blank lines after the running head */
  GPtrArray              *notes;  /* ITEM_NOTES: ResoluteTextNote */
} Item;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->notes, g_ptr_array_unref);
}

typedef struct
{
  const ResoluteTextSource  *source;
  ResoluteTextHeader        *header;
  const ResoluteLanguage    *language;
  const ResoluteLabelScheme *scheme;
  GPtrArray                 *warnings;
  ResoluteTextBody          *body;

  /* furniture pass */
  GArray                    *items;
  GPtrArray                 *block;        /* lines of the footnote block being read */
  guint                      next_note;    /* the number the next footnote should have */

  /* grouping pass */
  ResoluteLabelTracker       tracker;
  guint                      width;        /* characters of a full line */
  ResoluteTextUnit          *unit;         /* the unit being read */
  const ResoluteTextLine    *last_line;    /* the last line added to it */
  const ResoluteTextLine    *line_before;  /* the one before */
  gboolean                   blank;        /* a blank line came since the last text line */
  gint                       page_blanks;  /* a page break came, with this many blank lines */
  gboolean                   page_start_pending;
  ResoluteTextPosition       page_start;
  gboolean                   in_annex;
  gboolean                   annex_title;  /* the next text is the annex title */
  gboolean                   heading;      /* lines run on into the heading or annex title */
} Pass;

/* ------------------------------------------------------------------------ */
/* Furniture                                                                */

static void
push_item (Pass                   *pass,
           ItemKind                kind,
           const ResoluteTextLine *line,
           guint                   blanks)
{
  Item item = { kind, line, blanks, NULL };

  g_array_append_val (pass->items, item);
}

static ResoluteTextNote *
last_note (Pass *pass)
{
  for (guint i = pass->items->len; i > 0; i--)
    {
      Item *item = &g_array_index (pass->items, Item, i - 1);

      if (item->kind == ITEM_NOTES && item->notes->len > 0)
        return g_ptr_array_index (item->notes, item->notes->len - 1);
    }
  return NULL;
}

/* Turns the lines of a footnote block into footnotes. Entries are usually
 * separated by blank lines, and the lines of an entry are not: a line
 * "1994 (United Nations …" right under an entry continues it. */
static void
close_block (Pass *pass)
{
  g_autoptr(GPtrArray) notes = NULL;
  ResoluteTextNote *current = NULL;
  gboolean uses_blanks;
  gboolean expect_new = TRUE;

  if (pass->block == NULL)
    return;

  notes = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_text_note_free);
  /* blank lines separate the entries when one stands between two of them,
   * not only under the rule */
  uses_blanks = FALSE;
  if (pass->block->len > 0 && resolute_text_line_is_blank (g_ptr_array_index (pass->block, 0)))
    {
      gboolean seen_text = FALSE;
      gboolean blank_after_text = FALSE;

      for (guint i = 0; i < pass->block->len && !uses_blanks; i++)
        {
          if (resolute_text_line_is_blank (g_ptr_array_index (pass->block, i)))
            blank_after_text = seen_text;
          else if (blank_after_text)
            uses_blanks = TRUE;
          else
            seen_text = TRUE;
        }
    }

  for (guint i = 0; i < pass->block->len; i++)
    {
      const ResoluteTextLine *line = g_ptr_array_index (pass->block, i);
      g_autofree char *label = NULL;
      const char *rest = NULL;

      if (resolute_text_line_is_blank (line))
        {
          expect_new = TRUE;
          continue;
        }

      if (resolute_text_match_note (line->text, pass->next_note, TRUE, &label, &rest))
        {
          gboolean star = label[0] == '*';
          guint number = 0;
          gboolean ok;

          if (!star)
            number = (guint) strtoul (label, NULL, 10);
          ok = star || number == pass->next_note
               || (expect_new && number > pass->next_note && number < pass->next_note + 5);
          if (uses_blanks && !expect_new)
            ok = FALSE;

          if (ok)
            {
              if (!star && number != pass->next_note)
                resolute_text_warn (pass->warnings, line->number,
                                    _("footnote %u follows footnote %u"), number,
                                    pass->next_note - 1);
              current = resolute_text_note_new (label, line->number);
              g_string_append (current->text, rest);
              g_ptr_array_add (notes, current);
              if (!star)
                pass->next_note = number + 1;
              expect_new = FALSE;
              continue;
            }
        }

      if (current == NULL)
        {
          /* a footnote that runs on from the previous page */
          current = last_note (pass);
          if (current == NULL)
            {
              resolute_text_warn (pass->warnings, line->number,
                                  _("“%s” under a footnote rule is not a footnote; "
                                    "it was kept as a footnote"),
                                  line->text);
              current = resolute_text_note_new ("*", line->number);
              g_ptr_array_add (notes, current);
              g_string_append (current->text, line->text);
              expect_new = FALSE;
              continue;
            }
        }
      resolute_text_append_line (current->text, line->text);
      expect_new = FALSE;
    }

  g_clear_pointer (&pass->block, g_ptr_array_unref);
  if (notes->len > 0)
    {
      Item item = { ITEM_NOTES, NULL, 0, g_steal_pointer (&notes) };

      g_array_append_val (pass->items, item);
    }
}

static gboolean
ends_sentence_part (const char *text)
{
  gunichar last = resolute_text_last_char (text);

  return last == '.' || last == ',' || last == ';' || last == ':';
}

/* Whether a line between a page break and the page number can be part of
 * the running head. */
static gboolean
is_head_line (Pass                   *pass,
              const ResoluteTextLine *line)
{
  const char *text = line->text;

  if (*text == '\0' || resolute_text_header_is_furniture (pass->header, text, line->number)
      || resolute_text_header_is_title_fragment (pass->header, text))
    return TRUE;
  /* a short title the first page did not give; not the closing lines of a
   * last page */
  return line->n_chars < 90 && !ends_sentence_part (text)
         && resolute_label_scheme_match (pass->scheme, text) == 0
         && !resolute_text_header_is_meeting_line (pass->header, text)
         && !resolute_text_header_is_date_line (pass->header, text);
}

/* "2": the page number of Geneva documents, in a running head */
static gboolean
is_bare_page_number (const char *text)
{
  guint n;

  return strlen (text) <= 3 && resolute_text_parse_number (text, strlen (text), &n) && n > 0;
}

/* Skips the running head after the page break at @p; returns the first
 * line of the page's text and the number of blank lines before it. */
static guint
skip_running_head (Pass  *pass,
                   guint  p,
                   guint *blanks)
{
  const ResoluteTextLine *lines = pass->source->lines;
  guint n = pass->source->n_lines;
  gboolean saw_page = FALSE;
  gboolean saw_job = FALSE;
  guint last = 0;
  gboolean found = FALSE;
  guint k;

  for (k = p + 1; k < n && k <= p + RUNNING_HEAD_LINES; k++)
    {
      if (lines[k].empty)
        break;
      if (resolute_text_is_page_number (lines[k].text) || is_bare_page_number (lines[k].text))
        {
          saw_page = TRUE;
          last = k;
          found = TRUE;
        }
      else if (resolute_text_is_job_number (lines[k].text, NULL))
        {
          saw_job = TRUE;
          last = k;
          found = TRUE;
        }
      if (saw_page && saw_job)
        break;
    }

  if (found)
    {
      guint unknown = 0;

      /* the head holds the symbol, a title of up to three lines, the job and
       * page numbers: anything else is the page's text */
      for (k = p + 1; k < last && found; k++)
        {
          if (!is_head_line (pass, &lines[k]))
            found = FALSE;
          else if (lines[k].text[0] != '\0'
                   && !resolute_text_header_is_furniture (pass->header, lines[k].text, lines[k].number)
                   && !resolute_text_header_is_title_fragment (pass->header, lines[k].text))
            found = ++unknown <= 3;
        }
    }

  if (found)
    {
      for (k = p + 1; k <= last; k++)
        resolute_text_header_is_furniture (pass->header, lines[k].text, lines[k].number);
      k = last + 1;
    }
  else
    {
      /* no page number: drop what is plainly the symbol and the title */
      k = p + 1;
      while (k < n && !lines[k].empty)
        {
          guint next = k;

          /* pdftotext sets blank lines between the parts of the head */
          while (next < n && !lines[next].empty && lines[next].text[0] == '\0')
            next++;
          if (next >= n || lines[next].empty
              || !(resolute_text_header_is_furniture (pass->header, lines[next].text,
                                                      lines[next].number)
                   || resolute_text_header_is_title_fragment (pass->header, lines[next].text)))
            break;
          k = next + 1;
        }
    }

  *blanks = 0;
  while (k < n && !lines[k].empty && lines[k].text[0] == '\0')
    {
      (*blanks)++;
      k++;
    }
  return k;
}

/* A line of the running head's title, next to other furniture. */
static gboolean
is_running_title (Pass                   *pass,
                  const ResoluteTextLine *line)
{
  return !ends_sentence_part (line->text)
         && resolute_text_header_is_title_fragment (pass->header, line->text);
}

/* Takes back the title lines (and blank lines) that came just before a
 * running head's symbol or page number. */
static void
drop_title_lines_before (Pass *pass)
{
  guint keep = pass->items->len;

  while (keep > 0)
    {
      Item *item = &g_array_index (pass->items, Item, keep - 1);

      if (item->kind == ITEM_BLANK)
        keep--;
      else if (item->kind == ITEM_TEXT && is_running_title (pass, item->line))
        keep--;
      else
        break;
    }

  /* blank lines before the head say nothing about the paragraphs: the
   * page break after it decides */
  g_array_set_size (pass->items, keep);
}

static void
remove_furniture (Pass  *pass,
                  guint  start)
{
  const ResoluteTextLine *lines = pass->source->lines;
  guint n = pass->source->n_lines;
  guint i = start;

  while (i < n)
    {
      const ResoluteTextLine *line = &lines[i];
      const char *text = line->text;

      if (line->empty)
        {
          guint blanks = 0;

          close_block (pass);
          i = skip_running_head (pass, i, &blanks);
          push_item (pass, ITEM_PAGE, NULL, blanks);
          continue;
        }

      if (*text != '\0' && resolute_text_header_is_furniture (pass->header, text, line->number))
        {
          /* a running head or footer without a page break before it (text
           * copied page by page, or pdftotext's footer before its form
           * feed): the furniture and the title lines around it go */
          guint blanks = 0;

          /* an odd page's head starts with the title, under the footnotes */
          while (pass->block != NULL && pass->block->len > 0)
            {
              const ResoluteTextLine *last = g_ptr_array_index (pass->block, pass->block->len - 1);

              if (last->text[0] != '\0' && !is_running_title (pass, last))
                break;
              g_ptr_array_set_size (pass->block, pass->block->len - 1);
            }
          close_block (pass);
          drop_title_lines_before (pass);
          i++;
          while (i < n && !lines[i].empty
                 && (lines[i].text[0] == '\0'
                     || resolute_text_header_is_furniture (pass->header, lines[i].text,
                                                           lines[i].number)
                     || is_running_title (pass, &lines[i])))
            {
              blanks = lines[i].text[0] == '\0' ? blanks + 1 : 0;
              i++;
            }
          if (i < n && lines[i].empty)
            continue; /* the page break that follows says it all */
          push_item (pass, ITEM_PAGE, NULL, blanks);
          continue;
        }

      if (pass->block != NULL)
        {
          g_ptr_array_add (pass->block, (gpointer) line);
          i++;
          continue;
        }

      if (resolute_text_is_note_rule (text))
        {
          pass->block = g_ptr_array_new ();
          i++;
          continue;
        }

      /* a "*" note without a rule, as on amendments */
      if (text[0] == '*' && (pass->items->len == 0
                             || g_array_index (pass->items, Item, pass->items->len - 1).kind
                                  != ITEM_TEXT))
        {
          g_autofree char *label = NULL;
          const char *rest = NULL;

          if (resolute_text_match_note (text, 0, TRUE, &label, &rest) && label[0] == '*')
            {
              pass->block = g_ptr_array_new ();
              g_ptr_array_add (pass->block, (gpointer) line);
              i++;
              continue;
            }
        }

      push_item (pass, *text == '\0' ? ITEM_BLANK : ITEM_TEXT, *text == '\0' ? NULL : line, 0);
      i++;
    }

  close_block (pass);
}

/* ------------------------------------------------------------------------ */
/* Grouping lines into paragraphs                                           */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The length of a full line: most lines of a paragraph fill the width. */
static guint
estimate_width (Pass *pass)
{
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < pass->items->len; i++)
    {
      Item *item = &g_array_index (pass->items, Item, i);

      if (item->kind == ITEM_TEXT)
        g_array_append_val (lengths, item->line->n_chars);
    }
  if (lengths->len < 10)
    return 80;
  g_array_sort (lengths, compare_uint);
  return MAX (g_array_index (lengths, guint, lengths->len * 9 / 10), 40);
}

static gboolean
is_short (Pass                   *pass,
          const ResoluteTextLine *line)
{
  return line != NULL && line->n_chars * 10 < pass->width * 8;
}

static ResoluteTextUnit *
start_unit (Pass                 *pass,
            ResoluteTextUnitKind  kind,
            const char           *label,
            guint                 line)
{
  ResoluteTextUnit *unit = resolute_text_unit_new (kind, label, line);

  g_ptr_array_add (pass->body->units, unit);
  pass->unit = unit;
  pass->last_line = NULL;
  pass->line_before = NULL;
  if (pass->page_blanks >= 0)
    unit->page_break_before = TRUE;
  return unit;
}

static void
append_text (Pass                   *pass,
             const ResoluteTextLine *line,
             const char             *text)
{
  ResoluteTextUnit *unit = pass->unit;

  if (pass->page_start_pending)
    {
      pass->page_start.unit = pass->body->units->len - 1;
      pass->page_start.offset = unit->text->len;
      pass->page_start_pending = FALSE;
    }
  resolute_text_append_line (unit->text, text);
  pass->line_before = pass->last_line;
  pass->last_line = line;
}

static gboolean
unit_is_sub (Pass             *pass,
             ResoluteTextUnit *unit)
{
  return unit != NULL && unit->kind == RESOLUTE_TEXT_UNIT_PARAGRAPH
         && ((unit->label != NULL && resolute_label_scheme_is_sub (pass->scheme, unit->label))
             || unit->closes_list)
         && pass->tracker.level > 0;
}

/* The text of a paragraph is done: its last character closes a clause. */
static gboolean
ends_clause (const GString *text)
{
  gunichar c = resolute_text_final_punctuation (text->str, text->len);

  /* "(a) a separate treaty; or" ends an item of a list too */
  if (g_str_has_suffix (text->str, "; or") || g_str_has_suffix (text->str, "; and"))
    return TRUE;
  return c == '.' || c == ',' || c == ';' || c == ':';
}

static gboolean
opens_preambular_paragraph (Pass       *pass,
                            const char *text)
{
  return resolute_text_is_upper_start (text)
         && resolute_language_match_known_opening (pass->language, RESOLUTE_CLAUSE_PREAMBULAR,
                                                   text) > 0;
}

static void
start_plain_unit (Pass                   *pass,
                  const ResoluteTextLine *line,
                  gboolean                closes_list)
{
  ResoluteTextUnit *unit = start_unit (pass, RESOLUTE_TEXT_UNIT_PARAGRAPH, NULL, line->number);

  unit->closes_list = closes_list;
  if (closes_list && pass->tracker.level > 0)
    resolute_label_tracker_continue (&pass->tracker, pass->tracker.level - 1);
  else
    resolute_label_tracker_accept (&pass->tracker, 0, 0);
  append_text (pass, line, line->text);
}

/* Text after the end of a sub-paragraph that opens in lower case closes the
 * paragraph's list: "(f) …; / and demands that …". */
static gboolean
closes_list (Pass                   *pass,
             const ResoluteTextLine *line)
{
  return unit_is_sub (pass, pass->unit) && resolute_text_is_lower_start (line->text)
         && resolute_text_string_ends_with_any (pass->unit->text, ";:")
         && is_short (pass, pass->last_line) && !is_short (pass, pass->line_before);
}

static gboolean
label_may_start_here (Pass *pass)
{
  return pass->unit == NULL || pass->blank || pass->page_blanks >= 0
         || pass->unit->kind == RESOLUTE_TEXT_UNIT_HEADING
         || ends_clause (pass->unit->text) || pass->unit->text->len == 0;
}

/* A line that starts with "1.", "(a)": a new paragraph when the label
 * follows on in the numbering. */
static gboolean
try_label (Pass                   *pass,
           const ResoluteTextLine *line)
{
  const char *text = line->text;
  gsize length = resolute_label_scheme_match (pass->scheme, text);
  g_autofree char *label = NULL;
  const char *rest;
  gboolean prefer_deeper;
  guint level = 0, n = 0;

  if (length == 0)
    return FALSE;

  label = g_strndup (text, length);
  rest = text + length;
  while (*rest == ' ')
    rest++;
  prefer_deeper = pass->unit != NULL && resolute_text_string_ends_with_any (pass->unit->text, ":");

  if (*rest == '\0')
    {
      /* a label on a line of its own */
      if (!resolute_label_tracker_resolve (&pass->tracker, label, prefer_deeper, FALSE, &level, &n))
        {
          level = 0;
          n = 0;
        }
      start_unit (pass, RESOLUTE_TEXT_UNIT_PARAGRAPH, label, line->number);
      resolute_label_tracker_accept (&pass->tracker, level, n);
      return TRUE;
    }

  if (!label_may_start_here (pass)
      || !resolute_label_tracker_resolve (&pass->tracker, label, prefer_deeper, TRUE, &level, &n))
    return FALSE;

  start_unit (pass, RESOLUTE_TEXT_UNIT_PARAGRAPH, label, line->number);
  resolute_label_tracker_accept (&pass->tracker, level, n);
  append_text (pass, line, rest);
  return TRUE;
}

static gboolean
is_closing_at (Pass  *pass,
               guint  index)
{
  Item *item = &g_array_index (pass->items, Item, index);
  Item *next;

  if (index + 1 >= pass->items->len)
    return FALSE;
  next = &g_array_index (pass->items, Item, index + 1);
  return next->kind == ITEM_TEXT
         && resolute_text_header_is_meeting_line (pass->header, item->line->text)
         && resolute_text_header_is_date_line (pass->header, next->line->text);
}

static gboolean
next_is_text (Pass  *pass,
              guint  index)
{
  return index + 1 < pass->items->len
         && g_array_index (pass->items, Item, index + 1).kind == ITEM_TEXT;
}

/* Returns how many items it used. */
static guint
group_text (Pass  *pass,
            guint  index)
{
  const ResoluteTextLine *line = g_array_index (pass->items, Item, index).line;
  const char *text = line->text;
  gsize section = 0;
  guint used = 1;

  if (is_closing_at (pass, index))
    {
      const ResoluteTextLine *date = g_array_index (pass->items, Item, index + 1).line;

      start_unit (pass, RESOLUTE_TEXT_UNIT_CLOSING, text, line->number);
      append_text (pass, date, date->text);
      pass->unit = NULL;
      pass->heading = FALSE;
      return 2;
    }

  if (resolute_text_is_annex_line (pass->language, text)
      && (pass->unit == NULL || pass->blank || pass->page_blanks >= 0))
    {
      start_unit (pass, RESOLUTE_TEXT_UNIT_ANNEX, text, line->number);
      resolute_label_tracker_restart (&pass->tracker);
      pass->in_annex = TRUE;
      pass->annex_title = TRUE;
      pass->heading = FALSE;
      return used;
    }

  if (pass->in_annex)
    {
      if (pass->annex_title)
        {
          pass->annex_title = FALSE;
          if (!resolute_text_is_heading_label (text)
              && !resolute_text_is_section_heading (text, &section)
              && resolute_label_scheme_match (pass->scheme, text) == 0)
            {
              append_text (pass, line, text);
              pass->heading = TRUE;
              return used;
            }
        }

      if (pass->heading && !pass->blank && pass->unit != NULL
          && !resolute_text_is_heading_label (text)
          && !resolute_text_is_section_heading (text, &section))
        {
          /* with no blank line after it (a PDF viewer's copy), a heading
           * ends at its short last line when a sentence opens below */
          if (!(pass->unit->text->len > 0
                && ((is_short (pass, pass->last_line) && resolute_text_is_upper_start (text))
                    || resolute_label_scheme_match (pass->scheme, text) > 0)))
            {
              append_text (pass, line, text);
              return used;
            }
        }

      if (resolute_text_is_heading_label (text) && next_is_text (pass, index))
        {
          start_unit (pass, RESOLUTE_TEXT_UNIT_HEADING, text, line->number);
          resolute_label_tracker_restart (&pass->tracker);
          pass->heading = TRUE;
          return used;
        }
      if (resolute_text_is_section_heading (text, &section))
        {
          g_autofree char *label = g_strndup (text, section - 0);
          const char *rest = text + section;

          while (*rest == ' ')
            rest++;
          start_unit (pass, RESOLUTE_TEXT_UNIT_HEADING, label, line->number);
          resolute_label_tracker_restart (&pass->tracker);
          append_text (pass, line, rest);
          pass->heading = TRUE;
          return used;
        }
    }
  pass->heading = FALSE;

  if (try_label (pass, line))
    return used;

  if (pass->unit == NULL || pass->unit->kind != RESOLUTE_TEXT_UNIT_PARAGRAPH)
    {
      start_plain_unit (pass, line, FALSE);
      return used;
    }

  /* the text of a label on a line of its own */
  if (pass->unit->text->len == 0)
    {
      append_text (pass, line, text);
      return used;
    }

  if (pass->blank)
    {
      GString *previous = pass->unit->text;

      if (resolute_text_is_lower_start (text) && unit_is_sub (pass, pass->unit)
          && resolute_text_string_ends_with_any (previous, ";:"))
        start_plain_unit (pass, line, TRUE);
      else if (!ends_clause (previous)
               && (resolute_text_is_lower_start (text) || !is_short (pass, pass->last_line)))
        append_text (pass, line, text); /* a stray blank line inside a paragraph */
      else
        start_plain_unit (pass, line, FALSE);
      return used;
    }

  if (pass->page_blanks >= 0)
    {
      GString *previous = pass->unit->text;

      /* a page break after a complete clause: a new paragraph if the page
       * leaves the extra space of one, or the line before it is short (a
       * paragraph's last line), or the text opens like a preambular
       * paragraph; else the sentence goes on ("…the Syrian Arab Republic,"
       * / "Iraq and Malaysia …") */
      if (!ends_clause (previous))
        append_text (pass, line, text);
      else if (resolute_text_is_lower_start (text))
        {
          if (closes_list (pass, line))
            start_plain_unit (pass, line, TRUE);
          else
            append_text (pass, line, text);
        }
      else if (!g_unichar_isalpha (g_utf8_get_char (text)))
        append_text (pass, line, text); /* "2044 (2012) on …": no paragraph opens so */
      else if (pass->page_blanks >= 2 || is_short (pass, pass->last_line)
               || (!pass->in_annex && pass->tracker.counters[0] == 0
                   && opens_preambular_paragraph (pass, text)))
        start_plain_unit (pass, line, FALSE);
      else
        append_text (pass, line, text);
      return used;
    }

  /* the next line of the same block */
  if (!pass->in_annex && pass->tracker.counters[0] == 0 && pass->last_line != NULL
      && resolute_text_ends_with_any (pass->last_line->text, ",;")
      && opens_preambular_paragraph (pass, text))
    {
      /* "…multilateralism," / "Convinced that …": a preambular paragraph
       * that no blank line separates from the previous one */
      start_plain_unit (pass, line, FALSE);
      return used;
    }
  if (closes_list (pass, line))
    {
      start_plain_unit (pass, line, TRUE);
      return used;
    }

  append_text (pass, line, text);
  return used;
}

static void
group (Pass *pass)
{
  pass->width = estimate_width (pass);
  pass->page_blanks = -1;

  for (guint i = 0; i < pass->items->len;)
    {
      Item *item = &g_array_index (pass->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          i += group_text (pass, i);
          pass->blank = FALSE;
          pass->page_blanks = -1;
          continue;

        case ITEM_BLANK:
          pass->blank = TRUE;
          pass->heading = FALSE;
          break;

        case ITEM_PAGE:
          /* a blank line at the foot of the page (before its notes) says
           * nothing: the page break's own rules decide */
          pass->blank = FALSE;
          pass->page_blanks = (gint) item->blanks;
          pass->page_start_pending = TRUE;
          break;

        case ITEM_NOTES:
          for (guint n = 0; n < item->notes->len; n++)
            {
              ResoluteTextNote *note = g_ptr_array_index (item->notes, n);

              note->before = resolute_text_body_end (pass->body);
              note->page_start = pass->page_start;
              note->placed = TRUE;
            }
          g_ptr_array_extend_and_steal (pass->body->notes, g_steal_pointer (&item->notes));
          break;

        default:
          g_assert_not_reached ();
        }
      i++;
    }
}

/* ------------------------------------------------------------------------ */
/* Compounds that lost their hyphen                                         */

/* Calls @func on each word of @text made of letters and inner hyphens
 * ("non-nuclear-weapon"), with its byte range. */
static void
foreach_word (const char *text,
              void      (*func) (const char *text, gsize start, gsize end, gpointer data),
              gpointer    data)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      const char *end;

      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      end = p;
      while (*end != '\0')
        {
          if (g_unichar_isalpha (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);
          else if (*end == '-' && g_unichar_isalpha (g_utf8_get_char (end + 1)))
            end++;
          else
            break;
        }
      func (text, start - text, end - text, data);
      p = end;
    }
}

static void
collect_compound (const char *text,
                  gsize       start,
                  gsize       end,
                  gpointer    data)
{
  GHashTable *compounds = data;

  if (memchr (text + start, '-', end - start) != NULL && end - start >= 6)
    {
      g_autofree char *bare = resolute_text_without_hyphens (text + start, (gssize) (end - start));
      char *key = g_utf8_strdown (bare, -1);

      if (!g_hash_table_contains (compounds, key))
        g_hash_table_insert (compounds, key, g_strndup (text + start, end - start));
      else
        g_free (key);
    }
}

typedef struct
{
  GHashTable *compounds;
  GString    *out;
  gsize       copied;  /* bytes of the text copied to @out */
  GArray     *inserts; /* gsize pairs: where in the old text, how many bytes added */
} Restore;

static void
restore_compound (const char *text,
                  gsize       start,
                  gsize       end,
                  gpointer    data)
{
  Restore *restore = data;
  g_autofree char *bare = NULL;
  g_autofree char *key = NULL;
  const char *compound;
  g_autoptr(GString) word = NULL;
  const char *c;
  const char *w;
  gsize added;

  /* no compound collected is shorter (see collect_compound()) */
  if (end - start < 5)
    return;
  bare = resolute_text_without_hyphens (text + start, (gssize) (end - start));
  key = g_utf8_strdown (bare, -1);
  compound = g_hash_table_lookup (restore->compounds, key);
  if (compound == NULL)
    return;
  /* the word's own letters (and case), with the compound's hyphens */
  word = g_string_new (NULL);
  for (c = compound, w = bare; *c != '\0' && *w != '\0'; c = g_utf8_next_char (c))
    {
      if (*c == '-')
        {
          g_string_append_c (word, '-');
          continue;
        }
      g_string_append_len (word, w, g_utf8_next_char (w) - w);
      w = g_utf8_next_char (w);
    }
  if (word->len <= end - start || *w != '\0')
    return;
  added = word->len - (end - start);
  g_string_append_len (restore->out, text + restore->copied, start - restore->copied);
  g_string_append_len (restore->out, word->str, word->len);
  restore->copied = end;
  g_array_append_val (restore->inserts, end);
  g_array_append_val (restore->inserts, added);
}

/* Moves a place in unit @unit past the bytes added before it. */
static void
shift_position (ResoluteTextPosition *position,
                guint                 unit,
                GArray               *inserts)
{
  gsize shift = 0;

  if (position->unit != unit)
    return;
  for (guint i = 0; i + 1 < inserts->len; i += 2)
    if (g_array_index (inserts, gsize, i) <= position->offset)
      shift += g_array_index (inserts, gsize, i + 1);
  position->offset += shift;
}

/* Puts back the hyphens that a text extraction took out of compounds broken
 * at a line end (pdftotext joins "Secretary-" and "General" into
 * "SecretaryGeneral"): a word that is a compound written with its hyphens
 * elsewhere in the text gets them back. Text copied with its hyphens loses
 * nothing by it. */
static void
restore_compounds (ResoluteTextBody         *body,
                   const ResoluteTextSource *source)
{
  g_autoptr(GHashTable) compounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           g_free);

  /* every line, the heading's and the running heads' too ("non-nuclear-
   * weapon" in the title) */
  for (guint i = 0; i < source->n_lines; i++)
    foreach_word (source->lines[i].text, collect_compound, compounds);

  for (guint i = 0; i < body->units->len; i++)
    foreach_word (((ResoluteTextUnit *) g_ptr_array_index (body->units, i))->text->str,
                  collect_compound, compounds);
  for (guint i = 0; i < body->notes->len; i++)
    foreach_word (((ResoluteTextNote *) g_ptr_array_index (body->notes, i))->text->str,
                  collect_compound, compounds);
  if (g_hash_table_size (compounds) == 0)
    return;

  for (guint i = 0; i < body->units->len + body->notes->len; i++)
    {
      gboolean is_unit = i < body->units->len;
      GString **text = is_unit
        ? &((ResoluteTextUnit *) g_ptr_array_index (body->units, i))->text
        : &((ResoluteTextNote *) g_ptr_array_index (body->notes, i - body->units->len))->text;
      g_autoptr(GArray) inserts = g_array_new (FALSE, FALSE, sizeof (gsize));
      Restore restore = { compounds, g_string_new (NULL), 0, inserts };

      foreach_word ((*text)->str, restore_compound, &restore);
      if (inserts->len == 0)
        {
          g_string_free (restore.out, TRUE);
          continue;
        }
      g_string_append (restore.out, (*text)->str + restore.copied);
      g_string_free (*text, TRUE);
      *text = restore.out;
      if (is_unit)
        for (guint n = 0; n < body->notes->len; n++)
          {
            ResoluteTextNote *note = g_ptr_array_index (body->notes, n);

            shift_position (&note->before, i, inserts);
            shift_position (&note->page_start, i, inserts);
          }
    }
}

/* ------------------------------------------------------------------------ */

/* The line where the body starts: the authoring formula, or for texts
 * without one (amendments) the first paragraph number. */
static guint
find_body_start (Pass     *pass,
                 gboolean *formula)
{
  const ResoluteTextSource *source = pass->source;

  for (guint i = 0; i < source->n_lines; i++)
    if (resolute_text_header_is_formula (pass->header, source->lines[i].text))
      {
        *formula = TRUE;
        return i;
      }

  *formula = FALSE;
  for (guint i = 0; i < source->n_lines; i++)
    {
      const char *text = source->lines[i].text;
      gsize length = resolute_label_scheme_match (pass->scheme, text);
      g_autofree char *label = g_strndup (text, length);
      guint n = 0;

      if (length > 0 && resolute_label_scheme_is_number (pass->scheme, label, &n) && n == 1
          && (text[length] == '\0' || resolute_text_is_upper_start (text + length + 1)))
        return i;

      /* a preambular paragraph: an opening phrase at the start of a block
       * of lines that ends with a comma (a title does not) */
      if ((i == 0 || resolute_text_line_is_blank (&source->lines[i - 1]))
          && opens_preambular_paragraph (pass, text))
        {
          guint end = i;

          while (end + 1 < source->n_lines
                 && !resolute_text_line_is_blank (&source->lines[end + 1]))
            end++;
          if (resolute_text_ends_with_any (source->lines[end].text, ","))
            return i;

          /* paragraphs with no blank line between them (a piece copied
           * out of a PDF): the first one ends with a comma before the next
           * paragraph opens */
          for (guint j = i; j <= end; j++)
            {
              const char *line = source->lines[j].text;

              if (j > i && (resolute_label_scheme_match (pass->scheme, line) > 0
                            || opens_preambular_paragraph (pass, line)))
                break;
              if (resolute_text_ends_with_any (line, ","))
                return i;
            }
        }
    }

  return 0;
}

/**
 * resolute_pdf_text_lines_read:
 *
 * Returns: (transfer full): the units and footnotes of the body.
 */
ResoluteTextBody *
resolute_pdf_text_lines_read (const ResoluteTextSource  *source,
                              ResoluteTextHeader        *header,
                              const ResoluteLanguage    *language,
                              const ResoluteLabelScheme *scheme,
                              GPtrArray                 *warnings)
{
  Pass pass = { 0 };
  gboolean formula = FALSE;
  guint start;

  pass.source = source;
  pass.header = header;
  pass.language = language;
  pass.scheme = scheme;
  pass.warnings = warnings;
  pass.body = resolute_text_body_new ();
  pass.items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (pass.items, item_clear);
  pass.next_note = 1;
  resolute_label_tracker_init (&pass.tracker, scheme);

  start = find_body_start (&pass, &formula);
  resolute_text_header_read_pdf_front (header, source->lines, start);
  if (formula)
    {
      resolute_text_header_set_formula (header, source->lines[start].text);
      start++;
    }
  else if (source->n_lines > 0 && resolute_text_header_expects_formula (header))
    resolute_text_warn (warnings, source->lines[start].number,
                        _("the text has no authoring formula such as “%s”"),
                        resolute_language_get_formula (language, RESOLUTE_ORGAN_GENERAL_ASSEMBLY));

  remove_furniture (&pass, start);
  group (&pass);
  restore_compounds (pass.body, source);

  g_array_unref (pass.items);
  return pass.body;
}
