/* resolute-text-units.c — logical paragraphs and footnotes of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "resolute-text-units"

#include "config.h"

#include <string.h>

#include "resolute-clause.h"
#include "resolute-text-units.h"

/* Sub-paragraph labels known for each level: (a) … (zz), (i) … (lxxx). */
#define MAX_COUNTER 80

ResoluteTextUnit *
resolute_text_unit_new (ResoluteTextUnitKind  kind,
                        const char           *label,
                        guint                 line)
{
  ResoluteTextUnit *self = g_new0 (ResoluteTextUnit, 1);

  self->kind = kind;
  self->label = g_strdup (label);
  self->text = g_string_new (NULL);
  self->line = line;

  return self;
}

void
resolute_text_unit_free (ResoluteTextUnit *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_string_free (self->text, TRUE);
  g_clear_pointer (&self->content, resolute_inline_free);
  g_free (self->id);
  g_free (self);
}

ResoluteTextNote *
resolute_text_note_new (const char *label,
                        guint       line)
{
  ResoluteTextNote *self = g_new0 (ResoluteTextNote, 1);

  self->label = g_strdup (label);
  self->text = g_string_new (NULL);
  self->line = line;

  return self;
}

void
resolute_text_note_free (ResoluteTextNote *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_string_free (self->text, TRUE);
  g_clear_pointer (&self->content, resolute_inline_free);
  g_free (self);
}

ResoluteTextBody *
resolute_text_body_new (void)
{
  ResoluteTextBody *self = g_new0 (ResoluteTextBody, 1);

  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_text_unit_free);
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_text_note_free);

  return self;
}

void
resolute_text_body_free (ResoluteTextBody *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->notes);
  g_free (self);
}

/* The place after the last unit's text. */
ResoluteTextPosition
resolute_text_body_end (ResoluteTextBody *self)
{
  ResoluteTextPosition end = { 0, 0 };

  if (self->units->len > 0)
    {
      ResoluteTextUnit *last = g_ptr_array_index (self->units, self->units->len - 1);

      end.unit = self->units->len - 1;
      end.offset = last->text->len;
    }

  return end;
}

gunichar
resolute_text_last_char (const char *text)
{
  const char *end;

  if (text == NULL || *text == '\0')
    return 0;
  end = text + strlen (text);
  return g_utf8_get_char (g_utf8_find_prev_char (text, end));
}

/* Whether the punctuation that ends @text (past a footnote mark) is one
 * of @characters. */
gboolean
resolute_text_ends_with_any (const char *text,
                             const char *characters)
{
  gunichar last = resolute_text_final_punctuation (text, -1);

  return last != 0 && g_utf8_strchr (characters, -1, last) != NULL;
}

gboolean
resolute_text_is_lower_start (const char *text)
{
  return text != NULL && *text != '\0' && g_unichar_islower (g_utf8_get_char (text));
}

gboolean
resolute_text_is_upper_start (const char *text)
{
  return text != NULL && *text != '\0' && g_unichar_isupper (g_utf8_get_char (text));
}

/* "__________________": the rule above a page's footnotes, five
 * underscores or more */
gboolean
resolute_text_is_note_rule (const char *text)
{
  gsize n = strspn (text, "_");

  return n >= 5 && text[n] == '\0';
}

/* @text (@length bytes, or up to its end when -1) without its hyphens:
 * "non-nuclear-weapon" → "nonnuclearweapon" */
char *
resolute_text_without_hyphens (const char *text,
                               gssize      length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;
  GString *out = g_string_sized_new (n);

  for (gsize i = 0; i < n; i++)
    if (text[i] != '-')
      g_string_append_c (out, text[i]);
  return g_string_free (out, FALSE);
}

/* resolute_text_ends_with_any() for the text of a paragraph being built */
gboolean
resolute_text_string_ends_with_any (const GString *text,
                                    const char    *characters)
{
  gunichar last = resolute_text_final_punctuation (text->str, text->len);

  return last != 0 && g_utf8_strchr (characters, -1, last) != NULL;
}

/**
 * resolute_text_final_punctuation:
 *
 * Returns the punctuation that ends a paragraph's text, looking past a
 * footnote mark (",10", "; 4", or the object of a real footnote) and a
 * closing quotation mark or bracket, or 0
 * when the text ends with a letter or a number.
 */
gunichar
resolute_text_final_punctuation (const char *text,
                                 gssize      length)
{
  const char *end = text + (length < 0 ? strlen (text) : (gsize) length);
  const char *p;
  gunichar c;

  /* the marks of real footnotes (Word and OpenDocument files) are objects */
  while (end - text >= RESOLUTE_OBJECT_UTF8_LEN
         && memcmp (end - RESOLUTE_OBJECT_UTF8_LEN, RESOLUTE_OBJECT_UTF8,
                    RESOLUTE_OBJECT_UTF8_LEN) == 0)
    end -= RESOLUTE_OBJECT_UTF8_LEN;
  p = end;

  while (p > text && g_ascii_isdigit (p[-1]) && end - p < 3)
    p--;
  if (p < end && p > text)
    {
      /* digits: a mark after punctuation, or the end of a number */
      const char *q = p;

      while (q > text && q[-1] == ' ')
        q--;
      if (q == text || !strchr (".,;:", q[-1]))
        return 0;
      p = q;
    }
  else if (p < end)
    return 0;

  if (p == text)
    return 0;
  p = g_utf8_find_prev_char (text, p);
  c = g_utf8_get_char (p);
  if ((c == 0x201D || c == 0x2019 || c == '"' || c == ')') && p > text)
    c = g_utf8_get_char (g_utf8_find_prev_char (text, p));
  return g_unichar_ispunct (c) ? c : 0;
}

/* Reads @length bytes of @text as a decimal number (at most 6 digits). */
gboolean
resolute_text_parse_number (const char *text,
                            gsize       length,
                            guint      *value)
{
  guint n = 0;

  if (length == 0 || length > 6)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      n = n * 10 + (text[i] - '0');
    }
  *value = n;
  return TRUE;
}

/* Whether a line that ends in @previous runs on into the next without a
 * space: a compound broken after its hyphen ("self-" / "government") or a
 * range after its dash ("2009–" / "2019"). */
static gboolean
joins_without_space (const char *previous,
                     gsize       len)
{
  const char *last;
  gunichar c;

  if (len < 2)
    return FALSE;
  last = g_utf8_find_prev_char (previous, previous + len);
  c = g_utf8_get_char (last);
  if (c != '-' && c != 0x2010 && c != 0x2011 && c != 0x2013 && c != 0x2014)
    return FALSE;

  /* "word -" is a dash between words, not a broken compound */
  return !g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (previous, last)));
}

/**
 * resolute_text_append_line:
 *
 * Appends a wrapped line to the text of a paragraph: with a space, or
 * without one after a line-end hyphen. The hyphen itself is kept: in UN
 * texts a hyphen at the end of a line belongs to the word.
 */
void
resolute_text_append_line (GString    *text,
                           const char *line)
{
  if (*line == '\0')
    return;
  if (text->len > 0 && !joins_without_space (text->str, text->len)
      && text->str[text->len - 1] != ' ')
    g_string_append_c (text, ' ');
  g_string_append (text, line);
}

/* ------------------------------------------------------------------------ */
/* Label scheme                                                             */

typedef struct
{
  guint level;
  guint n;
} LabelValue;

struct _ResoluteLabelScheme
{
  char       *number_prefix; /* around the digits of "1." */
  char       *number_suffix;
  GHashTable *sub_labels;    /* "(a)" → GArray of LabelValue */
};

static void
split_template (const char  *formatted,
                const char  *counter,
                char       **prefix,
                char       **suffix)
{
  const char *at = strstr (formatted, counter);

  if (at == NULL)
    {
      *prefix = g_strdup ("");
      *suffix = g_strdup (".");
      return;
    }
  *prefix = g_strndup (formatted, at - formatted);
  *suffix = g_strdup (at + strlen (counter));
}

ResoluteLabelScheme *
resolute_label_scheme_new (const ResoluteLanguage *language)
{
  ResoluteLabelScheme *self = g_new0 (ResoluteLabelScheme, 1);
  g_autofree char *seven = resolute_language_format_label (language, RESOLUTE_CLAUSE_OPERATIVE,
                                                           0, 7);

  split_template (seven, "7", &self->number_prefix, &self->number_suffix);
  self->sub_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_array_unref);

  for (guint level = 1; level <= RESOLUTE_CLAUSE_MAX_LEVEL; level++)
    for (guint n = 1; n <= MAX_COUNTER; n++)
      {
        char *label = resolute_language_format_label (language, RESOLUTE_CLAUSE_OPERATIVE,
                                                      level, n);
        GArray *values = g_hash_table_lookup (self->sub_labels, label);
        LabelValue value = { level, n };

        if (values == NULL)
          {
            values = g_array_new (FALSE, FALSE, sizeof (LabelValue));
            g_hash_table_insert (self->sub_labels, label, values);
          }
        else
          g_free (label);
        g_array_append_val (values, value);
      }

  return self;
}

void
resolute_label_scheme_free (ResoluteLabelScheme *self)
{
  if (self == NULL)
    return;

  g_free (self->number_prefix);
  g_free (self->number_suffix);
  g_hash_table_unref (self->sub_labels);
  g_free (self);
}

static gboolean
parse_number_label (const ResoluteLabelScheme *self,
                    const char                *label,
                    gsize                      length,
                    guint                     *n)
{
  gsize prefix = strlen (self->number_prefix);
  gsize suffix = strlen (self->number_suffix);

  if (length <= prefix + suffix || strncmp (label, self->number_prefix, prefix) != 0
      || strncmp (label + length - suffix, self->number_suffix, suffix) != 0)
    return FALSE;

  return resolute_text_parse_number (label + prefix, length - prefix - suffix, n) && *n > 0;
}

/* "1.", "23." */
gboolean
resolute_label_scheme_is_number (const ResoluteLabelScheme *self,
                                 const char                *label,
                                 guint                     *n)
{
  guint value = 0;
  gboolean ok = parse_number_label (self, label, strlen (label), &value);

  if (n != NULL)
    *n = value;
  return ok;
}

/* "(a)", "(iv)", "b.", "ii." */
gboolean
resolute_label_scheme_is_sub (const ResoluteLabelScheme *self,
                              const char                *label)
{
  return g_hash_table_contains (self->sub_labels, label);
}

/**
 * resolute_label_scheme_match:
 *
 * Returns the length of the label that @text starts with, followed by white
 * space or the end of the text, or 0.
 */
gsize
resolute_label_scheme_match (const ResoluteLabelScheme *self,
                             const char                *text)
{
  gsize length = 0;
  guint n;

  while (text[length] != '\0' && text[length] != ' ' && text[length] != '\t')
    length++;
  if (length == 0 || length > 8)
    return 0;

  if (parse_number_label (self, text, length, &n))
    return length;

  {
    g_autofree char *label = g_strndup (text, length);

    if (g_hash_table_contains (self->sub_labels, label))
      return length;
  }

  return 0;
}

/* ------------------------------------------------------------------------ */
/* Label tracker                                                            */

void
resolute_label_tracker_init (ResoluteLabelTracker      *self,
                             const ResoluteLabelScheme *scheme)
{
  memset (self, 0, sizeof *self);
  self->scheme = scheme;
}

/* A heading restarts the numbering of paragraphs. */
void
resolute_label_tracker_restart (ResoluteLabelTracker *self)
{
  const ResoluteLabelScheme *scheme = self->scheme;

  resolute_label_tracker_init (self, scheme);
}

/**
 * resolute_label_tracker_resolve:
 * @prefer_deeper: the text before ends with a colon: a label that could
 *   start a new level or continue the current one starts a new level
 * @strict: only accept a label that follows on in the numbering
 * @level: (out): 0 for a paragraph number, else the sub-paragraph level
 * @n: (out): the counter value
 *
 * Returns whether @label is a label that can come next.
 */
gboolean
resolute_label_tracker_resolve (const ResoluteLabelTracker *self,
                                const char                 *label,
                                gboolean                    prefer_deeper,
                                gboolean                    strict,
                                guint                      *level,
                                guint                      *n)
{
  GArray *values;
  gboolean have_sibling = FALSE;
  gboolean have_child = FALSE;
  LabelValue sibling = { 0, 0 };
  LabelValue child = { 0, 0 };
  guint number;

  if (parse_number_label (self->scheme, label, strlen (label), &number))
    {
      *level = 0;
      *n = number;
      if (!strict)
        return TRUE;
      return number == self->counters[0] + 1 || (number == 1 && self->counters[0] == 0);
    }

  values = g_hash_table_lookup (self->scheme->sub_labels, label);
  if (values == NULL || !self->in_paragraph)
    return FALSE;

  for (guint i = 0; i < values->len; i++)
    {
      LabelValue value = g_array_index (values, LabelValue, i);

      if (value.level <= self->level && self->counters[value.level] + 1 == value.n
          && (!have_sibling || value.level > sibling.level))
        {
          sibling = value;
          have_sibling = TRUE;
        }
      else if (value.level == self->level + 1 && value.n == 1 && !self->after_continuation)
        {
          child = value;
          have_child = TRUE;
        }
    }

  if (have_child && (prefer_deeper || !have_sibling))
    {
      *level = child.level;
      *n = child.n;
      return TRUE;
    }
  if (have_sibling)
    {
      *level = sibling.level;
      *n = sibling.n;
      return TRUE;
    }
  if (strict)
    return FALSE;

  /* Out of sequence (a label missed or repeated): the nearest level that
   * the structure allows. */
  {
    guint best_level = 0;
    guint best_n = 0;
    guint best_distance = G_MAXUINT;
    guint max_level = self->after_continuation ? self->level : self->level + 1;

    for (guint i = 0; i < values->len; i++)
      {
        LabelValue value = g_array_index (values, LabelValue, i);
        guint value_level = MIN (value.level, max_level);
        guint distance = value_level > self->level ? value_level - self->level
                                                   : self->level - value_level;

        if (distance < best_distance)
          {
            best_distance = distance;
            best_level = value_level;
            best_n = value.n;
          }
      }
    *level = best_level;
    *n = best_n;
    return best_level > 0;
  }
}

/**
 * resolute_label_tracker_accept:
 * @level: 0 for a paragraph
 * @n: its number, 0 for an unnumbered paragraph
 */
void
resolute_label_tracker_accept (ResoluteLabelTracker *self,
                               guint                 level,
                               guint                 n)
{
  level = MIN (level, RESOLUTE_CLAUSE_MAX_LEVEL);

  if (level == 0)
    {
      if (n > 0)
        self->counters[0] = n;
      self->in_paragraph = TRUE;
    }
  else
    self->counters[level] = n;

  for (guint l = level + 1; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
    self->counters[l] = 0;
  self->level = level;
  self->after_continuation = FALSE;
}

/* Text that closes a list of sub-paragraphs, at @level. */
void
resolute_label_tracker_continue (ResoluteLabelTracker *self,
                                 guint                 level)
{
  self->level = level;
  self->after_continuation = TRUE;
}
