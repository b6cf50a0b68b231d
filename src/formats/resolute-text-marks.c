/* resolute-text-marks.c — footnote marks in imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain text loses the superscript of footnote marks: the mark is a number
 * glued to the word before it ("19931" is "1993" and mark 1, "Child4",
 * "Programme of Action,4") or, in text copied out of a PDF, set apart by
 * spaces ("Rights, 1 the", "Development 11  and"). Marks are numbered in
 * reading order, so mark n is looked for after mark n − 1, and in PDF text
 * before the footnote block that holds note n, on the same page if it can
 * be. A candidate is "strong" when glued to a word or set after punctuation,
 * "weak" when set apart after a capitalized word ("Programme of Action 9
 * and"), "faint" after a word in lower case ("the agenda 5 and"); a weaker
 * one is taken only when no stronger one stands in the window.
 * A footnote cited again later ("report1") is found by a last pass over
 * numbers glued to a word.
 */

#define G_LOG_DOMAIN "resolute-text-marks"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-text-marks.h"
#include "resolute-text-source.h"

typedef enum
{
  STRENGTH_NONE,
  STRENGTH_FAINT,
  STRENGTH_WEAK,
  STRENGTH_STRONG,
} Strength;

typedef struct
{
  ResoluteTextBody       *body;
  const gboolean         *searchable;
  const ResoluteLanguage *language;
  gboolean                spaced;
  GArray                 *marks;
} Finder;

static const ResoluteTextPosition end_of_text = { G_MAXUINT, 0 };

static int
compare_positions (ResoluteTextPosition a,
                   ResoluteTextPosition b)
{
  if (a.unit != b.unit)
    return a.unit < b.unit ? -1 : 1;
  if (a.offset != b.offset)
    return a.offset < b.offset ? -1 : 1;
  return 0;
}

static ResoluteTextPosition
max_position (ResoluteTextPosition a,
              ResoluteTextPosition b)
{
  return compare_positions (a, b) >= 0 ? a : b;
}

static gunichar
char_before (const char *text,
             gsize       offset)
{
  if (offset == 0)
    return 0;
  return g_utf8_get_char (g_utf8_find_prev_char (text, text + offset));
}

static gsize
offset_before (const char *text,
               gsize       offset)
{
  return g_utf8_find_prev_char (text, text + offset) - text;
}

/* The word of letters that ends at @offset: its start, and whether it has
 * lower-case letters and starts with a capital. */
static gsize
word_before (const char *text,
             gsize       offset,
             gboolean   *has_lower,
             gboolean   *capitalized)
{
  gsize start = offset;
  gunichar c = 0;

  *has_lower = FALSE;
  while (start > 0)
    {
      gunichar prev = char_before (text, start);

      if (!g_unichar_isalpha (prev))
        break;
      if (g_unichar_islower (prev))
        *has_lower = TRUE;
      c = prev;
      start = offset_before (text, start);
    }
  *capitalized = c != 0 && g_unichar_isupper (c);
  return start;
}

static gboolean
is_closing_punctuation (gunichar c)
{
  return c == ',' || c == ';' || c == ':' || c == ')' || c == 0x201D || c == 0x2019 || c == '"';
}

/* What follows a mark: not a digit, letter, slash or the rest of a number. */
static gboolean
mark_may_end_at (const char *text,
                 gsize       end)
{
  gunichar c = g_utf8_get_char (text + end);
  gunichar next;

  if (c == 0)
    return TRUE;
  if (g_unichar_isalnum (c) || c == '/' || c == '%' || c == 0x2011)
    return FALSE;
  next = g_utf8_get_char (g_utf8_next_char (text + end));
  if ((c == '.' || c == ',' || c == ':' || c == '-' || c == 0x2013) && g_ascii_isdigit (next))
    return FALSE;
  return TRUE;
}

static gboolean
is_year (const char *text)
{
  guint year = 0;

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (text[i] - '0');
  return year >= 1900 && year <= 2099;
}

/* Looks at the digit run [@a, @b) of @text as mark @label. */
static Strength
judge (const ResoluteLanguage *language,
       const char             *text,
       gsize                   a,
       gsize                   b,
       const char             *label,
       gboolean                spaced,
       gsize                  *mark_start,
       gsize                  *mark_end)
{
  gsize label_len = strlen (label);
  gunichar prev;

  if (!mark_may_end_at (text, b))
    return STRENGTH_NONE;

  /* glued to a year: "19931", "20254" */
  if (b - a == 4 + label_len && strncmp (text + b - label_len, label, label_len) == 0
      && is_year (text + a))
    {
      prev = char_before (text, a);
      if (prev != 0 && (g_unichar_isalnum (prev) || prev == '/' || prev == '.' || prev == '-'))
        return STRENGTH_NONE;
      *mark_start = b - label_len;
      *mark_end = b;
      return STRENGTH_STRONG;
    }

  if (b - a != label_len || strncmp (text + a, label, label_len) != 0 || a == 0)
    return STRENGTH_NONE;

  prev = char_before (text, a);
  *mark_start = a;
  *mark_end = b;

  if (g_unichar_isalpha (prev))
    {
      gboolean has_lower, capitalized;

      /* "Child4", not "CO2" or "G20" */
      word_before (text, a, &has_lower, &capitalized);
      return has_lower ? STRENGTH_STRONG : STRENGTH_NONE;
    }

  if (is_closing_punctuation (prev))
    {
      gsize p = offset_before (text, a);

      /* "Action,4", "2024/25;4"; not a list "13,14" */
      return p > 0 && !g_unichar_isspace (char_before (text, p)) ? STRENGTH_STRONG : STRENGTH_NONE;
    }

  if (prev == '.')
    {
      gsize p = offset_before (text, a);
      gboolean has_lower, capitalized;
      gsize start = word_before (text, p, &has_lower, &capitalized);

      /* "Organization.10", not "Corr.1", "DEC.2" or "No.5" */
      return has_lower && g_utf8_strlen (text + start, p - start) > 5 ? STRENGTH_STRONG
                                                                       : STRENGTH_NONE;
    }

  if (prev == ' ' && spaced)
    {
      gsize s = a;
      gunichar q;
      gsize after = b;
      gsize n_spaces = 0;

      while (s > 0 && text[s - 1] == ' ')
        s--;
      if (s == 0)
        return STRENGTH_NONE;
      q = char_before (text, s);

      /* what follows a mark set apart: a space and a word, or the end; not
       * punctuation ("24, 25 and 30 March"), a number or a bracket ("1 (a)"),
       * and the number does not start a date ("on 30 March 2017") */
      if (text[b] != ' ' && text[b] != '\0')
        return STRENGTH_NONE;
      while (text[after] == ' ')
        {
          after++;
          n_spaces++;
        }
      if (text[after] != '\0' && (g_ascii_isdigit (text[after]) || text[after] == '('))
        return STRENGTH_NONE;
      {
        g_autofree char *date = resolute_language_parse_date (language, text + a, NULL);

        if (date != NULL)
          return STRENGTH_NONE;
      }

      *mark_start = s;
      *mark_end = n_spaces >= 2 ? b + n_spaces - 1 : b;

      if (is_closing_punctuation (q))
        {
          gsize p = offset_before (text, s);
          gunichar before_q = char_before (text, p);

          /* ", 1 the", "2013, 9 in"; not a list of numbers "13, 14 and 15" */
          if (before_q == 0 || g_unichar_isspace (before_q))
            return STRENGTH_NONE;
          if (g_unichar_isdigit (before_q))
            {
              gsize digits = 0;

              while (digits < p && g_ascii_isdigit (text[p - 1 - digits]))
                digits++;
              if (digits != 4 || !is_year (text + p - 4))
                return STRENGTH_NONE;
            }
          return STRENGTH_STRONG;
        }

      if (g_unichar_isdigit (q))
        {
          gsize t = s;
          gboolean letters = FALSE;

          /* "on COVID-19 13 and": a name that ends in a number */
          while (t > 0 && !g_unichar_isspace (char_before (text, t)))
            {
              letters |= g_unichar_isalpha (char_before (text, t));
              t = offset_before (text, t);
            }
          return letters ? STRENGTH_WEAK : STRENGTH_NONE;
        }

      if (g_unichar_isalpha (q))
        {
          gboolean has_lower, capitalized;

          /* "Programme of Action 9 and", "Court 1 reaffirms"; after a
           * word in lower case ("the agenda 5 and") it may as well be a
           * number of the text ("paragraphs 1 to 10") */
          word_before (text, s, &has_lower, &capitalized);
          if (!has_lower)
            return STRENGTH_NONE;
          return capitalized ? STRENGTH_WEAK : STRENGTH_FAINT;
        }
    }

  return STRENGTH_NONE;
}

/* The value of a superscript digit (¹, ², ³, ⁰, ⁴ … ⁹), or -1. */
static int
superscript_value (gunichar c)
{
  switch (c)
    {
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    default:
      if (c == 0x2070 || (c >= 0x2074 && c <= 0x2079))
        return c - 0x2070;
      return -1;
    }
}

/* Reads the superscript digits at byte @a of @text as plain digits, and
 * the end of the run; %NULL when there are none. */
static char *
superscript_run (const char *text,
                 gsize       a,
                 gsize      *b)
{
  GString *digits = NULL;
  const char *p = text + a;
  int value;

  while (*p != '\0' && (value = superscript_value (g_utf8_get_char (p))) >= 0)
    {
      if (digits == NULL)
        digits = g_string_new (NULL);
      g_string_append_c (digits, '0' + value);
      p = g_utf8_next_char (p);
    }
  if (digits == NULL)
    return NULL;
  *b = p - text;
  return g_string_free (digits, FALSE);
}

static gboolean
overlaps_mark (Finder *finder,
               guint   unit,
               gsize   start,
               gsize   end)
{
  for (guint i = 0; i < finder->marks->len; i++)
    {
      ResoluteTextMark *mark = &g_array_index (finder->marks, ResoluteTextMark, i);

      if (mark->unit == unit && start < MAX (mark->end, mark->start + 1)
          && mark->start < MAX (end, start + 1))
        return TRUE;
    }
  return FALSE;
}

/* The first candidate for mark @label in [@from, @to) as strong as asked. */
static gboolean
find_first (Finder               *finder,
            const char           *label,
            ResoluteTextPosition  from,
            ResoluteTextPosition  to,
            Strength              strength,
            ResoluteTextMark     *found)
{
  GPtrArray *units = finder->body->units;
  guint last = MIN (to.unit, units->len - 1);

  if (units->len == 0)
    return FALSE;

  for (guint u = from.unit; u <= last; u++)
    {
      ResoluteTextUnit *unit = g_ptr_array_index (units, u);
      const char *text = unit->text->str;
      gsize begin = u == from.unit ? from.offset : 0;
      gsize limit = u == to.unit ? MIN (to.offset, unit->text->len) : unit->text->len;

      if (!finder->searchable[u])
        continue;

      for (gsize a = begin; a < limit; a++)
        {
          gsize b = a;
          gsize start = 0, end = 0;
          g_autofree char *raised = NULL;

          /* a mark kept as superscript digits: "Rights,¹ the" */
          if ((guchar) text[a] >= 0xc2 && (raised = superscript_run (text, a, &b)) != NULL)
            {
              if (b <= limit && strcmp (raised, label) == 0 && !overlaps_mark (finder, u, a, b))
                {
                  found->unit = u;
                  found->start = a;
                  found->end = b;
                  return TRUE;
                }
              a = b - 1;
              continue;
            }

          if (!g_ascii_isdigit (text[a]) || (a > 0 && g_ascii_isdigit (text[a - 1])))
            continue;
          while (g_ascii_isdigit (text[b]))
            b++;
          if (b <= limit
              && judge (finder->language, text, a, b, label, finder->spaced, &start, &end)
                   >= strength
              && start >= begin && !overlaps_mark (finder, u, start, end))
            {
              found->unit = u;
              found->start = start;
              found->end = end;
              return TRUE;
            }
          a = b - 1;
        }
    }

  return FALSE;
}

static gboolean
is_number_label (const char *label)
{
  if (*label == '\0')
    return FALSE;
  for (const char *p = label; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Where a mark that was not found goes: the end of the last searchable
 * unit before @before. */
static gboolean
fallback_position (Finder               *finder,
                   ResoluteTextPosition  before,
                   ResoluteTextMark     *mark)
{
  guint u = MIN (before.unit, finder->body->units->len - 1);

  if (finder->body->units->len == 0)
    return FALSE;
  for (;;)
    {
      ResoluteTextUnit *unit = g_ptr_array_index (finder->body->units, u);

      if (finder->searchable[u])
        {
          mark->unit = u;
          mark->start = mark->end = u == before.unit ? MIN (before.offset, unit->text->len)
                                                     : unit->text->len;
          /* not in the middle of a word */
          while (mark->start < unit->text->len && unit->text->str[mark->start] != ' ')
            mark->start++;
          mark->end = mark->start;
          return TRUE;
        }
      if (u == 0)
        break;
      u--;
    }

  for (u = 0; u < finder->body->units->len; u++)
    if (finder->searchable[u])
      {
        ResoluteTextUnit *unit = g_ptr_array_index (finder->body->units, u);

        mark->unit = u;
        mark->start = mark->end = unit->text->len;
        return TRUE;
      }
  return FALSE;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const ResoluteTextMark *x = a;
  const ResoluteTextMark *y = b;

  if (x->unit != y->unit)
    return x->unit < y->unit ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return 0;
}

/* Footnotes cited a second time: "report1" after the first mark 1. */
static void
find_repeated_marks (Finder     *finder,
                     GHashTable *first_marks)
{
  GPtrArray *units = finder->body->units;
  g_autofree guint *first_index = g_new0 (guint, MAX (finder->body->notes->len, 1));

  /* before any repeated mark is added, the marks are the first ones */
  for (guint m = 0; m < finder->marks->len; m++)
    first_index[g_array_index (finder->marks, ResoluteTextMark, m).note] = m;

  for (guint u = 0; u < units->len; u++)
    {
      ResoluteTextUnit *unit = g_ptr_array_index (units, u);
      const char *text = unit->text->str;

      if (!finder->searchable[u])
        continue;

      for (gsize a = 1; a < unit->text->len; a++)
        {
          gsize b = a;
          gunichar prev;
          gunichar before_prev;
          g_autofree char *label = NULL;
          gpointer value;
          guint note;
          ResoluteTextMark *first;

          if (!g_ascii_isdigit (text[a]) || g_ascii_isdigit (text[a - 1]))
            continue;
          while (g_ascii_isdigit (text[b]))
            b++;

          prev = char_before (text, a);
          before_prev = char_before (text, offset_before (text, a));
          label = g_strndup (text + a, b - a);
          a = b - 1;

          /* only a number glued to a lower-case word, or to punctuation after one */
          if (!(g_unichar_islower (prev)
                || (is_closing_punctuation (prev) && g_unichar_islower (before_prev)))
              || !mark_may_end_at (text, b))
            continue;
          if (!g_hash_table_lookup_extended (first_marks, label, NULL, &value))
            continue;
          note = GPOINTER_TO_UINT (value);
          first = &g_array_index (finder->marks, ResoluteTextMark, first_index[note]);
          if (first->start == first->end
              || compare_positions ((ResoluteTextPosition) { first->unit, first->start },
                                    (ResoluteTextPosition) { u, b - strlen (label) }) >= 0
              || overlaps_mark (finder, u, b - strlen (label), b))
            continue;

          {
            ResoluteTextMark mark = { u, b - strlen (label), b, note };

            g_array_append_val (finder->marks, mark);
          }
        }
    }
}

/**
 * resolute_text_find_marks:
 * @searchable: for each unit, whether its text can hold marks
 * @spaced_marks: whether marks may stand apart from the word (PDF text)
 *
 * Finds the mark of every numbered footnote of @body.
 *
 * Returns: (transfer full) (element-type ResoluteTextMark): the marks in
 *   text order.
 */
GArray *
resolute_text_find_marks (ResoluteTextBody       *body,
                          const gboolean         *searchable,
                          const ResoluteLanguage *language,
                          gboolean                spaced_marks,
                          GPtrArray              *warnings)
{
  Finder finder = { body, searchable, language, spaced_marks, NULL };
  g_autoptr(GHashTable) first_marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ResoluteTextPosition lo = { 0, 0 };

  finder.marks = g_array_new (FALSE, FALSE, sizeof (ResoluteTextMark));

  for (guint i = 0; i < body->notes->len; i++)
    {
      ResoluteTextNote *note = g_ptr_array_index (body->notes, i);
      ResoluteTextPosition hi = note->placed ? note->before : end_of_text;
      ResoluteTextPosition page_lo = note->placed ? max_position (lo, note->page_start) : lo;
      ResoluteTextMark mark = { 0, 0, 0, i };
      gboolean found = FALSE;
      struct
      {
        ResoluteTextPosition from;
        ResoluteTextPosition to;
        Strength strength;
      } tries[] = {
        { page_lo, hi, STRENGTH_STRONG },     { page_lo, hi, STRENGTH_WEAK },
        { page_lo, hi, STRENGTH_FAINT },      { lo, hi, STRENGTH_STRONG },
        { lo, hi, STRENGTH_WEAK },            { lo, hi, STRENGTH_FAINT },
        { lo, end_of_text, STRENGTH_STRONG }, { lo, end_of_text, STRENGTH_WEAK },
      };

      if (!is_number_label (note->label))
        continue;
      if (g_hash_table_contains (first_marks, note->label))
        {
          resolute_text_warn (warnings, note->line,
                              _("there are two footnotes numbered %s; the second has its own mark"),
                              note->label);
        }

      for (guint t = 0; t < G_N_ELEMENTS (tries) && !found; t++)
        if (compare_positions (tries[t].from, tries[t].to) < 0)
          found = find_first (&finder, note->label, tries[t].from, tries[t].to, tries[t].strength,
                              &mark);

      if (found)
        {
          lo.unit = mark.unit;
          lo.offset = mark.end;
        }
      else
        {
          if (!fallback_position (&finder, hi, &mark))
            continue;
          resolute_text_warn (warnings, note->line,
                              _("the mark of footnote %s was not found in the text; "
                                "it was put at the end of a paragraph"),
                              note->label);
        }
      mark.note = i;
      g_array_append_val (finder.marks, mark);
      g_hash_table_insert (first_marks, g_strdup (note->label), GUINT_TO_POINTER (i));
    }

  find_repeated_marks (&finder, first_marks);
  g_array_sort (finder.marks, compare_marks);

  return finder.marks;
}
