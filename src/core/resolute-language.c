/* resolute-language.c — the words and conventions a document language generates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "resolute-language"

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>

#include "resolute-language.h"
#include "resolute-core-resources.h"

#define RESOURCE_PREFIX "/io/github/resolute/core"

struct _ResoluteLanguage
{
  char      *code;
  char      *tag;
  char      *name;
  char      *job_letter;
  gboolean   rtl;
  GKeyFile  *keyfile;
  char     **months;
  char     **ordinals;
  char     **before;      /* sorted longest first */
  char     **after;       /* sorted longest first */
  char     **guess[2];    /* endings of a first word that opens a paragraph
                           * (preambular, operative); NULL: any word */
  GPtrArray *preambular;  /* char*, sorted longest first */
  GPtrArray *operative;   /* char*, sorted longest first */
  char      *counter_style[RESOLUTE_CLAUSE_MAX_LEVEL + 1];

  /* numbering templates, read once: renumbering formats thousands of labels */
  char      *operative_label;
  char      *annex_paragraph_label;
  char      *level_label[RESOLUTE_CLAUSE_MAX_LEVEL + 1];
  char      *level_citation[RESOLUTE_CLAUSE_MAX_LEVEL + 1];
};

static const struct
{
  const char *tag;
  const char *code;
} known_languages[] = {
  { "en", "eng" }, { "fr", "fra" }, { "es", "spa" },
  { "ru", "rus" }, { "zh", "zho" }, { "ar", "ara" },
};

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  gsize la = strlen (sa);
  gsize lb = strlen (sb);

  if (la != lb)
    return la > lb ? -1 : 1;
  return strcmp (sa, sb);
}

static void
sort_longest_first (char **strv)
{
  if (strv != NULL)
    qsort (strv, g_strv_length (strv), sizeof (char *), compare_longest_first);
}

static GPtrArray *
load_phrases (const char *code,
              const char *which)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "/phrases/%s-%s.txt", code, which);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *phrases = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return phrases;

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_ptr_array_add (phrases, g_strdup (line));
    }
  g_ptr_array_sort (phrases, compare_longest_first);

  return phrases;
}

static ResoluteLanguage *
language_load (const char *code)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "/languages/%s.ini", code);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  ResoluteLanguage *self;

  if (bytes == NULL)
    return NULL;

  if (!g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, &error))
    g_error ("The bundled language data %s is broken: %s", path, error->message);

  self = g_new0 (ResoluteLanguage, 1);
  self->code = g_strdup (code);
  self->tag = g_key_file_get_string (keyfile, "Language", "Tag", NULL);
  self->name = g_key_file_get_string (keyfile, "Language", "Name", NULL);
  self->job_letter = g_key_file_get_string (keyfile, "Language", "JobLetter", NULL);
  {
    g_autofree char *direction = g_key_file_get_string (keyfile, "Language", "Direction", NULL);

    self->rtl = g_strcmp0 (direction, "rtl") == 0;
  }
  self->months = g_key_file_get_string_list (keyfile, "Dates", "Months", NULL, NULL);
  self->ordinals = g_key_file_get_string_list (keyfile, "Ordinals", "Values", NULL, NULL);
  self->before = g_key_file_get_string_list (keyfile, "Phrases", "Before", NULL, NULL);
  self->after = g_key_file_get_string_list (keyfile, "Phrases", "After", NULL, NULL);
  self->guess[0] = g_key_file_get_string_list (keyfile, "Phrases", "GuessPreambular", NULL, NULL);
  self->guess[1] = g_key_file_get_string_list (keyfile, "Phrases", "GuessOperative", NULL, NULL);
  sort_longest_first (self->before);
  sort_longest_first (self->after);
  self->preambular = load_phrases (code, "preambular");
  self->operative = load_phrases (code, "operative");

  self->counter_style[0] = g_strdup ("decimal");
  for (guint level = 1; level <= RESOLUTE_CLAUSE_MAX_LEVEL; level++)
    {
      g_autofree char *key = g_strdup_printf ("Level%uStyle", level);

      self->counter_style[level] = g_key_file_get_string (keyfile, "Numbering", key, NULL);
      if (self->counter_style[level] == NULL)
        self->counter_style[level] = g_strdup (level % 2 ? "lower-alpha" : "lower-roman");
    }

  self->operative_label = g_key_file_get_string (keyfile, "Numbering", "Operative", NULL);
  self->annex_paragraph_label = g_key_file_get_string (keyfile, "Numbering", "AnnexParagraph", NULL);
  for (guint level = 1; level <= RESOLUTE_CLAUSE_MAX_LEVEL; level++)
    {
      g_autofree char *label_key = g_strdup_printf ("Level%uLabel", level);
      g_autofree char *citation_key = g_strdup_printf ("CitationLevel%u", level);

      self->level_label[level] = g_key_file_get_string (keyfile, "Numbering", label_key, NULL);
      self->level_citation[level] = g_key_file_get_string (keyfile, "Numbering", citation_key, NULL);
      if (self->level_label[level] == NULL || self->level_citation[level] == NULL)
        g_error ("The bundled language data %s lacks %s or %s", path, label_key, citation_key);
    }

  if (self->months == NULL || g_strv_length (self->months) != 12 || self->ordinals == NULL
      || self->operative_label == NULL || self->annex_paragraph_label == NULL)
    g_error ("The bundled language data %s lacks months or ordinals", path);

  self->keyfile = g_steal_pointer (&keyfile);

  return self;
}

static const char *
normalize_code (const char *code)
{
  if (code == NULL || *code == '\0')
    return "eng";

  for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
    {
      gsize tag_len = strlen (known_languages[i].tag);

      if (g_ascii_strcasecmp (code, known_languages[i].code) == 0)
        return known_languages[i].code;
      if (g_ascii_strncasecmp (code, known_languages[i].tag, tag_len) == 0
          && (code[tag_len] == '\0' || code[tag_len] == '-' || code[tag_len] == '_'))
        return known_languages[i].code;
    }

  return "eng";
}

/**
 * resolute_language_get:
 * @code: an ISO 639-2 code ("eng") or a language tag ("en", "fr-CH")
 *
 * Returns the data of @code. Languages without bundled data yet (Russian,
 * Chinese, Arabic) and unknown codes fall back to English.
 */
const ResoluteLanguage *
resolute_language_get (const char *code)
{
  static GMutex lock;
  static GHashTable *cache;
  const char *normalized = normalize_code (code);
  ResoluteLanguage *language;

  g_mutex_lock (&lock);
  if (cache == NULL)
    {
      resolute_core_register_resource ();
      cache = g_hash_table_new (g_str_hash, g_str_equal);
    }
  language = g_hash_table_lookup (cache, normalized);
  if (language == NULL)
    {
      language = language_load (normalized);
      if (language == NULL)
        language = g_hash_table_lookup (cache, "eng");
      if (language == NULL)
        language = language_load ("eng");
      if (language == NULL)
        g_error ("The bundled English language data is missing");
      g_hash_table_insert (cache, (gpointer) normalized, language);
      if (!g_hash_table_contains (cache, language->code))
        g_hash_table_insert (cache, language->code, language);
    }
  g_mutex_unlock (&lock);

  return language;
}

const char *
resolute_language_get_code (const ResoluteLanguage *self)
{
  return self->code;
}

const char *
resolute_language_get_tag (const ResoluteLanguage *self)
{
  return self->tag;
}

const char *
resolute_language_get_name (const ResoluteLanguage *self)
{
  return self->name;
}

const char *
resolute_language_get_job_letter (const ResoluteLanguage *self)
{
  return self->job_letter != NULL ? self->job_letter : "E";
}

gboolean
resolute_language_is_rtl (const ResoluteLanguage *self)
{
  return self->rtl;
}

static const char *
lookup (const ResoluteLanguage *self,
        const char             *group,
        const char             *key)
{
  /* Strings are read once and kept in a table owned by the language, so
   * that callers get a stable const pointer. */
  static GMutex lock;
  static GHashTable *strings;
  g_autofree char *full_key = g_strdup_printf ("%s/%s/%s", self->code, group, key);
  const char *value;

  g_mutex_lock (&lock);
  if (strings == NULL)
    strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  value = g_hash_table_lookup (strings, full_key);
  if (value == NULL)
    {
      char *read = g_key_file_get_string (self->keyfile, group, key, NULL);

      if (read == NULL && strcmp (self->code, "eng") != 0)
        {
          const ResoluteLanguage *english = resolute_language_get ("eng");

          read = g_key_file_get_string (english->keyfile, group, key, NULL);
        }
      if (read == NULL)
        {
          g_critical ("The language data %s has no %s/%s", self->code, group, key);
          read = g_strdup (key);
        }
      g_hash_table_insert (strings, g_steal_pointer (&full_key), read);
      value = read;
    }
  g_mutex_unlock (&lock);

  return value;
}

const char *
resolute_language_get_word (const ResoluteLanguage *self,
                            const char             *key)
{
  return lookup (self, "Words", key);
}

static char *
expand_template (const char *template,
                 va_list     args)
{
  GString *out = g_string_new (template);
  const char *name;

  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *field = g_strdup_printf ("{%s}", name);

      g_string_replace (out, field, value != NULL ? value : "", 0);
    }

  return g_string_free (out, FALSE);
}

/**
 * resolute_language_expand:
 * @key: a key of the `[Words]` group
 * @...: pairs of field name and value, then %NULL
 *
 * Returns the template of @key with its `{field}`s replaced.
 */
char *
resolute_language_expand (const ResoluteLanguage *self,
                          const char             *key,
                          ...)
{
  va_list args;
  char *result;

  va_start (args, key);
  result = expand_template (resolute_language_get_word (self, key), args);
  va_end (args);

  return result;
}

static char *
expand_one (const char *template,
            const char *value)
{
  GString *out = g_string_new (template);

  g_string_replace (out, "{n}", value, 0);
  return g_string_free (out, FALSE);
}

char *
resolute_format_roman (guint    n,
                       gboolean upper)
{
  static const struct
  {
    guint value;
    const char *digits;
  } table[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" },   { 40, "xl" },  { 10, "x" },  { 9, "ix" },   { 5, "v" },   { 4, "iv" },
    { 1, "i" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table) && n > 0; i++)
    while (n >= table[i].value)
      {
        g_string_append (out, table[i].digits);
        n -= table[i].value;
      }

  if (upper)
    for (gsize i = 0; i < out->len; i++)
      out->str[i] = g_ascii_toupper (out->str[i]);

  return g_string_free (out, FALSE);
}

/* (a) … (z), then (aa), (bb) … (zz), then (aaa) …, as the UN letters long lists. */
char *
resolute_format_alpha (guint    n,
                       gboolean upper)
{
  GString *out = g_string_new (NULL);
  guint repeat;
  char letter;

  if (n == 0)
    return g_string_free (out, FALSE);

  repeat = (n - 1) / 26 + 1;
  letter = (upper ? 'A' : 'a') + (n - 1) % 26;
  for (guint i = 0; i < repeat; i++)
    g_string_append_c (out, letter);

  return g_string_free (out, FALSE);
}

char *
resolute_language_format_counter (const ResoluteLanguage *self,
                                  guint                   level,
                                  guint                   n)
{
  const char *style;

  g_return_val_if_fail (level <= RESOLUTE_CLAUSE_MAX_LEVEL, NULL);

  style = self->counter_style[level];
  if (g_str_equal (style, "lower-alpha"))
    return resolute_format_alpha (n, FALSE);
  if (g_str_equal (style, "upper-alpha"))
    return resolute_format_alpha (n, TRUE);
  if (g_str_equal (style, "lower-roman"))
    return resolute_format_roman (n, FALSE);
  if (g_str_equal (style, "upper-roman"))
    return resolute_format_roman (n, TRUE);
  return g_strdup_printf ("%u", n);
}

/**
 * resolute_language_format_label:
 *
 * Returns the number printed before a clause: "1." for operative paragraph 1,
 * "(b)" for the second sub-paragraph of the first level, "a)" in French.
 */
char *
resolute_language_format_label (const ResoluteLanguage *self,
                                ResoluteClauseKind      kind,
                                guint                   level,
                                guint                   n)
{
  g_autofree char *counter = NULL;

  g_return_val_if_fail (level <= RESOLUTE_CLAUSE_MAX_LEVEL, NULL);

  counter = resolute_language_format_counter (self, level, n);
  if (level == 0)
    return expand_one (kind == RESOLUTE_CLAUSE_ANNEX_PARAGRAPH ? self->annex_paragraph_label
                                                              : self->operative_label,
                       counter);

  return expand_one (self->level_label[level], counter);
}

/**
 * resolute_language_format_citation:
 *
 * Returns one part of a clause citation: "3" for a paragraph, "(b)" for a
 * sub-paragraph, to be joined into "3 (b)".
 */
char *
resolute_language_format_citation (const ResoluteLanguage *self,
                                   guint                   level,
                                   guint                   n)
{
  g_autofree char *counter = NULL;

  g_return_val_if_fail (level <= RESOLUTE_CLAUSE_MAX_LEVEL, NULL);

  counter = resolute_language_format_counter (self, level, n);
  if (level == 0)
    return g_steal_pointer (&counter);

  return expand_one (self->level_citation[level], counter);
}

const char *
resolute_language_get_ordinal (const ResoluteLanguage *self,
                               guint                   n)
{
  guint count = g_strv_length (self->ordinals);

  if (n == 0 || n > count)
    return NULL;
  return self->ordinals[n - 1];
}

/**
 * resolute_language_format_date:
 * @iso_date: a date as `YYYY-MM-DD`
 *
 * Returns "18 December 2013", or %NULL when @iso_date is not a date.
 */
char *
resolute_language_format_date (const ResoluteLanguage *self,
                               const char             *iso_date)
{
  g_autofree char *day = NULL;
  g_autofree char *year = NULL;
  GString *out;
  guint y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &y, &m, &d) != 3 || m < 1 || m > 12
      || !g_date_valid_dmy (d, m, y))
    return NULL;

  day = g_strdup_printf ("%u", d);
  year = g_strdup_printf ("%u", y);
  out = g_string_new (lookup (self, "Dates", "Format"));
  g_string_replace (out, "{day}", day, 0);
  g_string_replace (out, "{month}", self->months[m - 1], 0);
  g_string_replace (out, "{year}", year, 0);

  return g_string_free (out, FALSE);
}

static gboolean
match_digits (const char **p,
              guint        min,
              guint        max,
              guint       *value)
{
  guint count = 0;

  *value = 0;
  while (g_ascii_isdigit ((*p)[count]) && count < max)
    {
      *value = *value * 10 + ((*p)[count] - '0');
      count++;
    }
  if (count < min || g_ascii_isdigit ((*p)[count]))
    return FALSE;
  *p += count;
  return TRUE;
}

/**
 * resolute_language_parse_date:
 * @text: text that starts with a date such as "18 December 2013"
 * @consumed: (out) (optional): the number of bytes the date takes
 *
 * Returns the date as `YYYY-MM-DD`, or %NULL when @text does not start with
 * a date written in this language.
 */
char *
resolute_language_parse_date (const ResoluteLanguage *self,
                              const char             *text,
                              gsize                  *consumed)
{
  const char *template = lookup (self, "Dates", "Format");
  const char *p = text;
  const char *t = template;
  guint day = 0, month = 0, year = 0;

  while (*t != '\0')
    {
      if (g_str_has_prefix (t, "{day}"))
        {
          if (!match_digits (&p, 1, 2, &day))
            return NULL;
          t += strlen ("{day}");
        }
      else if (g_str_has_prefix (t, "{year}"))
        {
          if (!match_digits (&p, 4, 4, &year))
            return NULL;
          t += strlen ("{year}");
        }
      else if (g_str_has_prefix (t, "{month}"))
        {
          month = 0;
          for (guint i = 0; i < 12; i++)
            {
              gsize len = strlen (self->months[i]);

              if (g_ascii_strncasecmp (p, self->months[i], len) == 0 && !g_ascii_isalpha (p[len]))
                {
                  month = i + 1;
                  p += len;
                  break;
                }
            }
          if (month == 0)
            return NULL;
          t += strlen ("{month}");
        }
      else if (*t == ' ')
        {
          /* one or more spaces, including no-break spaces */
          gboolean any = FALSE;

          for (;;)
            {
              if (*p == ' ' || *p == '\t')
                p++;
              else if (strncmp (p, "\xc2\xa0", 2) == 0)
                p += 2;
              else
                break;
              any = TRUE;
            }
          if (!any)
            return NULL;
          t++;
        }
      else
        {
          if (*p != *t)
            return NULL;
          p++;
          t++;
        }
    }

  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  if (consumed != NULL)
    *consumed = p - text;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static const char *const organ_keys[] = {
  [RESOLUTE_ORGAN_GENERAL_ASSEMBLY] = "GeneralAssembly",
  [RESOLUTE_ORGAN_SECURITY_COUNCIL] = "SecurityCouncil",
  [RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL] = "HumanRightsCouncil",
  [RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL] = "EconomicAndSocialCouncil",
};

const char *
resolute_language_get_organ_name (const ResoluteLanguage *self,
                                  ResoluteOrgan           organ)
{
  g_return_val_if_fail (organ < G_N_ELEMENTS (organ_keys), NULL);

  return lookup (self, "Organs", organ_keys[organ]);
}

const char *
resolute_language_get_formula (const ResoluteLanguage *self,
                               ResoluteOrgan           organ)
{
  g_return_val_if_fail (organ < G_N_ELEMENTS (organ_keys), NULL);

  return lookup (self, "Formulas", organ_keys[organ]);
}

/**
 * resolute_language_get_language_name:
 * @code: an ISO 639-2 code such as "eng"
 *
 * Returns the name of @code in this language ("English"), or @code itself.
 */
const char *
resolute_language_get_language_name (const ResoluteLanguage *self,
                                     const char             *code)
{
  if (code == NULL)
    return NULL;
  if (!g_key_file_has_key (self->keyfile, "Languages", code, NULL))
    return code;
  return lookup (self, "Languages", code);
}

/**
 * resolute_language_format_session:
 *
 * Returns "Sixty-eighth session" for 68.
 */
char *
resolute_language_format_session (const ResoluteLanguage *self,
                                  guint                   session)
{
  const char *ordinal = resolute_language_get_ordinal (self, session);
  g_autofree char *number = NULL;

  if (ordinal == NULL)
    {
      number = g_strdup_printf ("%u", session);
      ordinal = number;
    }

  return resolute_language_expand (self, "Session", "ordinal", ordinal, NULL);
}

/**
 * resolute_language_join_list:
 *
 * Joins names as a sentence does: "A, B and C".
 */
char *
resolute_language_join_list (const ResoluteLanguage *self,
                             const char * const     *items)
{
  guint n = items != NULL ? g_strv_length ((char **) items) : 0;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && i == n - 1)
        g_string_append (out, resolute_language_get_word (self, "ListLastSeparator"));
      else if (i > 0)
        g_string_append (out, resolute_language_get_word (self, "ListSeparator"));
      g_string_append (out, items[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_word_end (const char *p)
{
  gunichar c;

  if (*p == '\0')
    return TRUE;
  c = g_utf8_get_char (p);
  return !g_unichar_isalnum (c) && c != '-' && c != 0x2011;
}

/* Length of the longest entry of @list that @text starts with (ignoring the
 * case of its first letter), ending at a word boundary; 0 if none. */
static gsize
match_longest (const char * const *list,
               guint               n,
               const char         *text)
{
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (list[i]);

      if (len > 0 && g_ascii_strncasecmp (text, list[i], 1) == 0
          && strncmp (text + 1, list[i] + 1, len - 1) == 0 && is_word_end (text + len))
        return len;
    }

  return 0;
}

static gsize
word_length (const char *text)
{
  const char *p = text;

  while (*p != '\0' && !is_word_end (p))
    p = g_utf8_next_char (p);

  return p - text;
}

/* Whether a first word that no list holds opens the paragraph the way a
 * verb does ("Endeavours", "Commemorating"), by the endings the language
 * gives: "The Working Capital Fund shall …" has no opening phrase. */
static gboolean
looks_like_opening (const ResoluteLanguage *self,
                    ResoluteClauseKind      kind,
                    const char             *word,
                    gsize                   len)
{
  char **endings = self->guess[kind == RESOLUTE_CLAUSE_OPERATIVE ? 1 : 0];

  if (endings == NULL)
    return TRUE;
  if (g_utf8_strlen (word, len) < 5 || !g_unichar_isupper (g_utf8_get_char (word)))
    return FALSE;
  for (guint i = 0; endings[i] != NULL; i++)
    {
      gsize n = strlen (endings[i]);

      if (n < len && strncmp (word + len - n, endings[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A phrase with a word of the "After" list inside it, after its first
 * word: "Having also examined", "Calls again upon", "Taking further into
 * account". Returns the length of the whole, or 0 when the phrase without
 * that word is not one of @phrases longer than its first word. */
static gsize
match_split_phrase (const ResoluteLanguage *self,
                    GPtrArray              *phrases,
                    const char             *text)
{
  gsize first = word_length (text);
  gsize inserted, len;
  g_autofree char *joined = NULL;

  if (self->after == NULL || first == 0 || text[first] != ' ')
    return 0;
  inserted = match_longest ((const char * const *) self->after, g_strv_length (self->after),
                            text + first + 1);
  if (inserted == 0 || text[first + 1 + inserted] != ' ')
    return 0;

  /* "Having" + " examined …" */
  joined = g_strdup_printf ("%.*s%s", (int) first, text, text + first + 1 + inserted);
  len = match_longest ((const char * const *) phrases->pdata, phrases->len, joined);
  if (len <= first)
    return 0;
  return len + inserted + 1;
}

static gsize
match_opening (const ResoluteLanguage *self,
               ResoluteClauseKind      kind,
               const char             *text,
               gboolean                known_only)
{
  GPtrArray *phrases;
  gsize pos = 0;
  gsize len;

  if (kind == RESOLUTE_CLAUSE_PREAMBULAR)
    phrases = self->preambular;
  else if (kind == RESOLUTE_CLAUSE_OPERATIVE)
    phrases = self->operative;
  else
    return 0;

  if (text == NULL || !g_unichar_isalpha (g_utf8_get_char (text)))
    return 0;

  if (self->before != NULL)
    {
      len = match_longest ((const char * const *) self->before, g_strv_length (self->before), text);
      if (len > 0 && text[len] == ' ')
        pos = len + 1;
    }

  len = match_longest ((const char * const *) phrases->pdata, phrases->len, text + pos);
  {
    gsize spliced = match_split_phrase (self, phrases, text + pos);

    if (spliced > len)
      len = spliced;
  }
  if (len == 0 && known_only)
    return 0;
  if (len == 0)
    {
      len = word_length (text + pos);
      if (len == 0 || !looks_like_opening (self, kind, text + pos, len))
        return pos > 0 ? pos - 1 : 0;
    }
  pos += len;

  if (self->after != NULL && text[pos] == ' ')
    {
      len = match_longest ((const char * const *) self->after, g_strv_length (self->after),
                           text + pos + 1);
      if (len > 0)
        pos += len + 1;
    }

  return pos;
}

/**
 * resolute_language_match_opening:
 * @kind: %RESOLUTE_CLAUSE_PREAMBULAR or %RESOLUTE_CLAUSE_OPERATIVE
 * @text: the text of the paragraph
 *
 * Returns the length in bytes of the opening phrase that is set in italics:
 * "Recalling also", "Further requests", "Deeply concerned", "Calls upon".
 * A paragraph that opens with no known phrase has its first word italicized.
 */
gsize
resolute_language_match_opening (const ResoluteLanguage *self,
                                 ResoluteClauseKind      kind,
                                 const char             *text)
{
  return match_opening (self, kind, text, FALSE);
}

/**
 * resolute_language_match_known_opening:
 * @kind: %RESOLUTE_CLAUSE_PREAMBULAR or %RESOLUTE_CLAUSE_OPERATIVE
 * @text: the text of the paragraph
 *
 * Like resolute_language_match_opening(), but returns 0 when @text does not
 * open with a phrase of the language's list: tells "Convinced that …" (a
 * new preambular paragraph) from an ordinary word, as importers need.
 */
gsize
resolute_language_match_known_opening (const ResoluteLanguage *self,
                                       ResoluteClauseKind      kind,
                                       const char             *text)
{
  return match_opening (self, kind, text, TRUE);
}
