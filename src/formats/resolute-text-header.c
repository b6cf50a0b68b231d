/* resolute-text-header.c — the masthead, heading and closing of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a UN document says about itself, around its body:
 *
 * - the masthead of its first page: "United Nations", the symbol, the organ,
 *   "Distr.: General", the date of issue, "Original: English", the job
 *   number and its barcode, the session, the Main Committee, the agenda
 *   item and its title. PDF text gives one cell per line; the template block
 *   of the ODS rendition runs the cells of a row together
 *   ("21 February 2014Sixty-eighth session");
 * - the heading above the body: "Resolution adopted by the General Assembly
 *   on 18 December 2013", "[on the report of the Third Committee (…)]",
 *   "68/160.<TAB>Title"; on drafts the sponsors line and the title; on
 *   Security Council resolutions "Resolution 2719 (2023)" and "Adopted by
 *   the Security Council at its 9518th meeting, on 21 December 2023";
 * - the closing lines "70th plenary meeting" and the date of adoption.
 *
 * Every word matched here comes from the document language (its templates,
 * organ names, month names and ordinals); only the shapes of symbols, job
 * numbers and page numbers, which are the same in every language, are
 * written in code.
 */

#define G_LOG_DOMAIN "resolute-text-header"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-masthead.h"
#include "resolute-text-header.h"
#include "resolute-text-units.h"

/* Ordinals are looked up this far ("Hundred and twentieth session"). */
#define MAX_ORDINAL 200

typedef enum
{
  MASTHEAD_START,         /* United Nations, symbol, organ, Distr., date, job number */
  MASTHEAD_AFTER_SESSION, /* the Main Committee comes before the agenda item */
  MASTHEAD_AGENDA_TITLES, /* the titles of the agenda items */
  MASTHEAD_DONE,
} MastheadState;

typedef enum
{
  ORGAN_UNKNOWN,
  ORGAN_FROM_SYMBOL,
  ORGAN_FROM_MASTHEAD,
  ORGAN_FROM_FORMULA,
  ORGAN_FROM_ADOPTION,
} OrganSource;

struct _ResoluteTextHeader
{
  ResoluteDocument       *document;
  const ResoluteLanguage *language;
  ResoluteTextForm        form;
  GPtrArray              *warnings;
  GRegex                 *symbol_regex;
  GRegex                 *number_title_regex;
  GRegex                 *number_regex;

  MastheadState           masthead_state;
  GString                *committee;
  GPtrArray              *agenda_numbers; /* char* */
  GPtrArray              *agenda_titles;  /* char* */
  GString                *agenda_title;   /* the title being read */
  GPtrArray              *agenda_lines;   /* char*, its lines (text out of a PDF) */
  GString                *handed_back;    /* lines of the agenda title that open
                                           * the heading after all */
  gboolean                issue_date_set;
  gboolean                distribution_set;

  OrganSource             organ_source;
  gboolean                kind_known;
  gboolean                expect_title;   /* after the sponsors line of a draft */
  gboolean                title_set;
  char                   *title_star;     /* "*" after the title */
  char                   *sponsors_star;  /* "*" after the sponsors line */
  GString                *notes;
};

static const ResoluteOrgan all_organs[] = {
  RESOLUTE_ORGAN_GENERAL_ASSEMBLY,
  RESOLUTE_ORGAN_SECURITY_COUNCIL,
  RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL,
  RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL,
};

static const char * const language_codes[] = { "eng", "fra", "spa", "rus", "zho", "ara" };

/* Sponsors whose English names hold the list conjunction: "A, Bosnia and
 * Herzegovina and C" is three delegations. Consulted for English text only;
 * other languages hyphenate these names or are split by the general rule. */
static const char * const english_names_with_and[] = {
  "Antigua and Barbuda",
  "Bosnia and Herzegovina",
  "Saint Kitts and Nevis",
  "Saint Vincent and the Grenadines",
  "Sao Tome and Principe",
  "Serbia and Montenegro",
  "Trinidad and Tobago",
  "United Kingdom of Great Britain and Northern Ireland",
};

ResoluteTextHeader *
resolute_text_header_new (ResoluteDocument *document,
                          ResoluteTextForm  form,
                          GPtrArray        *warnings)
{
  ResoluteTextHeader *self = g_new0 (ResoluteTextHeader, 1);

  self->document = document;
  self->language = resolute_document_get_language (document);
  self->form = form;
  self->warnings = warnings;
  /* A/RES/68/160, A/C.3/80/L.61, A/80/L.9/Rev.1, S/RES/2719 (2023), A/HRC/RES/55/1;
   * also a symbol still to be completed, as a template leaves it: A/RES/80/ */
  self->symbol_regex = g_regex_new ("^[A-Z]{1,5}(?:/(?:[A-Z0-9][A-Z0-9.\\-]*|Rev\\.\\d+|Add\\.\\d+"
                                    "|Corr\\.\\d+|Amend\\.\\d+))+(?:/|(?: \\(\\d{4}\\))?)$",
                                    G_REGEX_OPTIMIZE, 0, NULL);
  /* 68/160.<TAB>Title, ES-10/21. Title */
  self->number_title_regex = g_regex_new ("^((?:[A-Z]{1,3}-)?\\d{1,4}/\\d{1,4})\\.[\\t ]+(\\S.*)$",
                                          G_REGEX_OPTIMIZE | G_REGEX_DOTALL, 0, NULL);
  /* 55/1. on a line of its own, the title below */
  self->number_regex = g_regex_new ("^(?:[A-Z]{1,3}-)?\\d{1,4}/\\d{1,4}\\.$", G_REGEX_OPTIMIZE, 0,
                                    NULL);
  g_assert (self->symbol_regex != NULL && self->number_title_regex != NULL
            && self->number_regex != NULL);

  self->committee = g_string_new (NULL);
  self->agenda_numbers = g_ptr_array_new_with_free_func (g_free);
  self->agenda_titles = g_ptr_array_new_with_free_func (g_free);
  self->agenda_title = g_string_new (NULL);
  self->agenda_lines = g_ptr_array_new_with_free_func (g_free);
  self->handed_back = g_string_new (NULL);
  self->notes = g_string_new (NULL);

  return self;
}

void
resolute_text_header_free (ResoluteTextHeader *self)
{
  if (self == NULL)
    return;

  g_regex_unref (self->symbol_regex);
  g_regex_unref (self->number_title_regex);
  g_regex_unref (self->number_regex);
  g_string_free (self->committee, TRUE);
  g_ptr_array_unref (self->agenda_numbers);
  g_ptr_array_unref (self->agenda_titles);
  g_string_free (self->agenda_title, TRUE);
  g_ptr_array_unref (self->agenda_lines);
  g_string_free (self->handed_back, TRUE);
  g_string_free (self->notes, TRUE);
  g_free (self->title_star);
  g_free (self->sponsors_star);
  g_free (self);
}

static const char *
word (ResoluteTextHeader *self,
      const char         *key)
{
  return resolute_language_get_word (self->language, key);
}

static void
set_field (ResoluteTextHeader *self,
           ResoluteField       field,
           const char         *value,
           guint               line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = NULL;

  /* without the no-break spaces that some texts leave at either end */
  if (value != NULL)
    {
      const char *start = value;
      const char *end = value + strlen (value);

      while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
        end = g_utf8_prev_char (end);
      trimmed = g_strndup (start, end - start);
      value = trimmed;
    }
  if (!resolute_document_set_field (self->document, field, value, &error))
    resolute_text_warn (self->warnings, line, "%s", error->message);
}

static gboolean
has_field (ResoluteTextHeader *self,
           ResoluteField       field)
{
  return resolute_document_get_field (self->document, field) != NULL;
}

static void
set_organ (ResoluteTextHeader *self,
           ResoluteOrgan       organ,
           OrganSource         source)
{
  if (source < self->organ_source)
    return;
  self->organ_source = source;
  resolute_document_set_organ (self->document, organ);
}

void
resolute_text_header_add_note (ResoluteTextHeader *self,
                               const char         *text,
                               guint               line)
{
  if (self->notes->len > 0)
    g_string_append_c (self->notes, '\n');
  g_string_append (self->notes, text);
}

static void
unplaced (ResoluteTextHeader *self,
          const char         *text,
          guint               line)
{
  resolute_text_warn (self->warnings, line,
                      _("“%s” is not part of a known masthead or heading; "
                        "it was kept in the notes"),
                      text);
  resolute_text_header_add_note (self, text, line);
}

/* Whether @text starts with @prefix, comparing its first letter without case. */
static gboolean
has_prefix_nocase_first (const char *text,
                         const char *prefix)
{
  gsize len = strlen (prefix);
  gunichar a, b;

  if (len == 0 || strlen (text) < len)
    return FALSE;
  a = g_unichar_tolower (g_utf8_get_char (text));
  b = g_unichar_tolower (g_utf8_get_char (prefix));
  if (a != b)
    return FALSE;
  {
    const char *ta = g_utf8_next_char (text);
    const char *pb = g_utf8_next_char (prefix);

    return strncmp (ta, pb, len - (pb - prefix)) == 0;
  }
}

/* ------------------------------------------------------------------------ */
/* Templates of the language                                                */

/* Matches the whole of @text against a template of the language, such as
 * "Resolution adopted by the {organ} on {date}": literal parts must match
 * exactly (the first letter in either case); each field takes the text up
 * to the first place the next literal part matches, the last one the rest.
 * Returns the field values in template order, or %NULL. */
static GStrv
match_template (const char *template,
                const char *text)
{
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  const char *t = template;
  const char *p = text;
  gboolean first = TRUE;

  while (*t != '\0')
    {
      if (*t == '{')
        {
          const char *close = strchr (t, '}');
          const char *literal_end;
          g_autofree char *literal = NULL;
          const char *found;

          if (close == NULL)
            return NULL;
          t = close + 1;
          literal_end = strchr (t, '{');
          literal = literal_end != NULL ? g_strndup (t, literal_end - t) : g_strdup (t);

          if (*literal == '\0' && literal_end == NULL)
            {
              if (*p == '\0')
                return NULL;
              g_strv_builder_add (values, p);
              p += strlen (p);
              continue;
            }
          if (*literal == '\0')
            return NULL; /* two fields in a row: not used by our templates */

          found = literal_end == NULL ? g_strrstr (p, literal) : strstr (p, literal);
          if (found == NULL || found == p
              || (literal_end == NULL && strlen (found) != strlen (literal)))
            return NULL;
          {
            g_autofree char *value = g_strndup (p, found - p);

            g_strv_builder_add (values, value);
          }
          p = found;
          first = FALSE;
        }
      else
        {
          const char *next = strchr (t, '{');
          gsize len = next != NULL ? (gsize) (next - t) : strlen (t);
          g_autofree char *literal = g_strndup (t, len);

          if (first ? !has_prefix_nocase_first (p, literal) : strncmp (p, literal, len) != 0)
            return NULL;
          p += len;
          t += len;
          first = FALSE;
        }
    }

  if (*p != '\0')
    return NULL;

  return g_strv_builder_end (values);
}

static gboolean
parse_full_date (ResoluteTextHeader  *self,
                 const char          *text,
                 char               **iso)
{
  gsize consumed = 0;
  g_autofree char *date = resolute_language_parse_date (self->language, text, &consumed);

  if (date == NULL || text[consumed] != '\0')
    return FALSE;
  *iso = g_steal_pointer (&date);
  return TRUE;
}

static gboolean
parse_organ (ResoluteTextHeader *self,
             const char         *text,
             ResoluteOrgan      *organ)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_organs); i++)
    if (g_strcmp0 (text, resolute_language_get_organ_name (self->language, all_organs[i])) == 0)
      {
        *organ = all_organs[i];
        return TRUE;
      }
  return FALSE;
}

/* "Sixty-eighth" → 68 */
static guint
parse_ordinal (ResoluteTextHeader *self,
               const char         *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint n = 1; n <= MAX_ORDINAL; n++)
    {
      const char *ordinal = resolute_language_get_ordinal (self->language, n);
      g_autofree char *candidate = NULL;

      if (ordinal == NULL)
        break;
      candidate = g_utf8_casefold (ordinal, -1);
      if (strcmp (candidate, folded) == 0)
        return n;
    }
  return 0;
}

/* "Sixty-eighth session" */
static gboolean
read_session (ResoluteTextHeader *self,
              const char         *text,
              guint               line)
{
  g_auto(GStrv) values = match_template (word (self, "Session"), text);
  guint n;

  if (values == NULL || g_strv_length (values) != 1)
    return FALSE;

  n = parse_ordinal (self, values[0]);
  if (n > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", n);

      set_field (self, RESOLUTE_FIELD_SESSION, number, line);
    }
  else
    set_field (self, RESOLUTE_FIELD_SESSION_TEXT, text, line);
  return TRUE;
}

/* Splits "A, B and C" as the language joins lists. */
static GPtrArray *
split_list (ResoluteTextHeader *self,
            const char         *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  const char *separator = word (self, "ListSeparator");
  const char *last = word (self, "ListLastSeparator");
  g_auto(GStrv) parts = g_strsplit (text, separator, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i + 1] == NULL)
        {
          g_auto(GStrv) tail = g_strsplit (parts[i], last, -1);

          for (guint j = 0; tail[j] != NULL; j++)
            g_ptr_array_add (items, g_strstrip (g_strdup (tail[j])));
        }
      else
        g_ptr_array_add (items, g_strstrip (g_strdup (parts[i])));
    }

  return items;
}

/* "Agenda item 69 (b)", "Agenda items 12 and 13" */
static gboolean
read_agenda (ResoluteTextHeader *self,
             const char         *text)
{
  g_auto(GStrv) values = match_template (word (self, "AgendaItems"), text);
  g_autoptr(GPtrArray) numbers = NULL;

  if (values == NULL)
    values = match_template (word (self, "AgendaItem"), text);
  if (values == NULL || g_strv_length (values) != 1)
    return FALSE;

  numbers = split_list (self, values[0]);
  for (guint i = 0; i < numbers->len; i++)
    g_ptr_array_add (self->agenda_numbers, g_strdup (g_ptr_array_index (numbers, i)));
  return TRUE;
}

gboolean
resolute_text_is_page_number (const char *text)
{
  guint a = 0, b = 0;
  const char *slash = strchr (text, '/');

  if (slash == NULL)
    return FALSE;
  return resolute_text_parse_number (text, slash - text, &a)
         && resolute_text_parse_number (slash + 1, strlen (slash + 1), &b) && a >= 1 && a <= b
         && b < 1000 && slash - text <= 3;
}

/* "25-19432 (E)", "17-22153 (E)    201217", "25-19432" */
static gsize
match_job_number (const char *text,
                  gboolean   *with_language)
{
  const char *p = text;
  gsize n = 0;

  *with_language = FALSE;
  /* Geneva jobs: "GE.24-06377" */
  if (g_str_has_prefix (p, "GE."))
    p += 3;
  while (g_ascii_isdigit (p[n]))
    n++;
  if (n != 2 || p[2] != '-')
    return 0;
  p += 3;
  n = 0;
  while (g_ascii_isdigit (p[n]))
    n++;
  if (n != 5)
    return 0;
  p += 5;

  if ((p[0] == ' ' && p[1] == '(' && g_ascii_isupper (p[2]) && p[3] == ')')
      || (p[0] == '(' && g_ascii_isupper (p[1]) && p[2] == ')'))
    {
      *with_language = TRUE;
      p += p[0] == ' ' ? 4 : 3;
      /* the date code DDMMYY after the job number on the first page */
      {
        const char *q = p;

        while (*q == ' ')
          q++;
        n = 0;
        while (g_ascii_isdigit (q[n]))
          n++;
        if (q > p && n == 6 && !g_ascii_isalnum (q[6]))
          p = q + 6;
      }
    }

  if (g_ascii_isalnum (*p))
    return 0;
  return p - text;
}

gboolean
resolute_text_is_job_number (const char *text,
                             gboolean   *lettered)
{
  gboolean language = FALSE;
  gsize length = match_job_number (text, &language);

  if (lettered != NULL)
    *lettered = language;
  return length > 0 && text[length] == '\0';
}

/* "*1344905*" */
static gsize
match_barcode (const char *text)
{
  gsize n = 1;

  if (text[0] != '*')
    return 0;
  while (g_ascii_isdigit (text[n]))
    n++;
  if (n < 6 || text[n] != '*')
    return 0;
  return n + 1;
}

gboolean
resolute_text_is_rule (const char *text)
{
  gsize n = 0;
  char c = text[0];

  if (c != '_' && c != '-')
    return FALSE;
  while (text[n] == c)
    n++;
  return n >= 5 && text[n] == '\0';
}

/* "Guideline 1", "Article 12", "Chapter IV", "Section A" */
gboolean
resolute_text_is_heading_label (const char *text)
{
  const char *space = strrchr (text, ' ');
  const char *p;
  gboolean digits = TRUE;
  gboolean roman = TRUE;

  if (space == NULL || strchr (text, ' ') != space || !g_unichar_isupper (g_utf8_get_char (text))
      || g_utf8_strlen (text, -1) > 30)
    return FALSE;
  for (p = text; p < space; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;

  p = space + 1;
  if (*p == '\0')
    return FALSE;
  if (p[1] == '\0' && g_ascii_isupper (*p))
    return TRUE;
  for (const char *q = p; *q != '\0'; q++)
    {
      if (!g_ascii_isdigit (*q))
        digits = FALSE;
      if (strchr ("IVXLC", *q) == NULL)
        roman = FALSE;
    }
  return digits || roman;
}

/* "I.<TAB>Introduction", "II. Scope", "A. General" */
gboolean
resolute_text_is_section_heading (const char *text,
                                  gsize      *label_len)
{
  gsize n = 0;
  gboolean roman = TRUE;

  while (g_ascii_isupper (text[n]))
    {
      if (strchr ("IVXLC", text[n]) == NULL)
        roman = FALSE;
      n++;
    }
  if (n == 0 || (n > 1 && !roman) || n > 6 || text[n] != '.'
      || (text[n + 1] != ' ' && text[n + 1] != '\t'))
    return FALSE;
  {
    const char *rest = text + n + 1;

    while (*rest == ' ' || *rest == '\t')
      rest++;
    if (!g_unichar_isupper (g_utf8_get_char (rest)))
      return FALSE;
  }
  *label_len = n + 1;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Masthead                                                                 */

static void
set_symbol (ResoluteTextHeader *self,
            const char         *symbol,
            guint               line)
{
  if (has_field (self, RESOLUTE_FIELD_SYMBOL))
    return;
  set_field (self, RESOLUTE_FIELD_SYMBOL, symbol, line);
}

static void
set_job_number (ResoluteTextHeader *self,
                const char         *text,
                gsize               length,
                guint               line)
{
  g_autofree char *job = g_strndup (text, length);
  char *paren = strchr (job, ')');

  /* without the date code: "25-19432 (E)" */
  if (paren != NULL)
    paren[1] = '\0';
  g_strstrip (job);
  if (!has_field (self, RESOLUTE_FIELD_JOB_NUMBER) || strchr (job, '(') != NULL)
    {
      const char *old = resolute_document_get_field (self->document, RESOLUTE_FIELD_JOB_NUMBER);

      if (old == NULL || strchr (old, '(') == NULL)
        set_field (self, RESOLUTE_FIELD_JOB_NUMBER, job, line);
    }
}

/* Reads the masthead cells that @text starts with; returns the rest. */
static const char *
peel_cells (ResoluteTextHeader *self,
            const char         *text,
            guint               line)
{
  const char *p = text;
  /* a copy: every metadata setter replaces the document's strings */
  g_autofree char *symbol = g_strdup (resolute_document_get_field (self->document,
                                                                   RESOLUTE_FIELD_SYMBOL));

  for (;;)
    {
      const char *united = word (self, "UnitedNations");
      gsize length;
      gboolean with_language;
      gboolean matched = FALSE;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0')
        break;

      if (g_str_has_prefix (p, united))
        {
          p += strlen (united);
          continue;
        }
      if (symbol != NULL && g_str_has_prefix (p, symbol))
        {
          p += strlen (symbol);
          continue;
        }
      if (g_regex_match (self->symbol_regex, p, 0, NULL))
        {
          set_symbol (self, p, line);
          g_free (symbol);
          symbol = g_strdup (resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL));
          p += strlen (p);
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (all_organs) && !matched; i++)
        {
          const char *name = resolute_language_get_organ_name (self->language, all_organs[i]);
          gsize len = strlen (name);

          if (g_str_has_prefix (p, name) && !g_unichar_islower (g_utf8_get_char (p + len))
              && p[len] != ' ')
            {
              set_organ (self, all_organs[i], ORGAN_FROM_MASTHEAD);
              p += len;
              matched = TRUE;
            }
        }
      if (matched)
        continue;

      {
        static const ResoluteDistribution distributions[] = {
          RESOLUTE_DISTRIBUTION_GENERAL,
          RESOLUTE_DISTRIBUTION_LIMITED,
          RESOLUTE_DISTRIBUTION_RESTRICTED,
        };
        static const char * const distribution_keys[] = { "General", "Limited", "Restricted" };

        for (guint i = 0; i < G_N_ELEMENTS (distributions) && !matched; i++)
          {
            g_autofree char *cell = resolute_language_expand (self->language, "Distribution", "d",
                                                              word (self, distribution_keys[i]),
                                                              NULL);

            if (g_str_has_prefix (p, cell))
              {
                resolute_document_set_distribution (self->document, distributions[i]);
                self->distribution_set = TRUE;
                p += strlen (cell);
                matched = TRUE;
              }
          }
      }
      if (matched)
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (language_codes) && !matched; i++)
        {
          const char *name = resolute_language_get_language_name (self->language,
                                                                  language_codes[i]);
          g_autofree char *cell = resolute_language_expand (self->language, "Original", "l", name,
                                                            NULL);

          if (g_str_has_prefix (p, cell))
            {
              set_field (self, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, language_codes[i], line);
              p += strlen (cell);
              matched = TRUE;
            }
        }
      if (matched)
        continue;

      length = match_job_number (p, &with_language);
      if (length > 0 && with_language)
        {
          set_job_number (self, p, length, line);
          p += length;
          continue;
        }

      length = match_barcode (p);
      if (length > 0)
        {
          p += length;
          continue;
        }

      if (g_str_has_prefix (p, word (self, "PleaseRecycle")))
        {
          p += strlen (word (self, "PleaseRecycle"));
          continue;
        }

      {
        gsize consumed = 0;
        g_autofree char *date = resolute_language_parse_date (self->language, p, &consumed);

        if (date != NULL
            && (p[consumed] == '\0' || g_unichar_isupper (g_utf8_get_char (p + consumed))))
          {
            if (!self->issue_date_set)
              {
                set_field (self, RESOLUTE_FIELD_ISSUE_DATE, date, line);
                self->issue_date_set = TRUE;
              }
            p += consumed;
            continue;
          }
      }

      break;
    }

  return p;
}

/* A line that is entirely masthead cells. */
static gboolean
is_masthead_cells (ResoluteTextHeader *self,
                   const char         *text,
                   guint               line)
{
  const char *rest;
  gboolean with_language;

  /* decide before reading, so that a title line is not half read */
  if (!(resolute_text_is_job_number (text, &with_language) && with_language)
      && match_barcode (text) == 0 && !g_str_has_prefix (text, word (self, "PleaseRecycle"))
      && !g_regex_match (self->symbol_regex, text, 0, NULL))
    {
      g_autofree char *date = NULL;

      if (!parse_full_date (self, text, &date))
        return FALSE;
    }

  rest = peel_cells (self, text, line);
  return *rest == '\0';
}

/* "26 February–5 April 2024": the dates of a Human Rights Council session */
static gboolean
is_session_dates (ResoluteTextHeader *self,
                  const char         *text)
{
  gsize len = strlen (text);

  if (len < 6 || len > 60)
    return FALSE;
  for (gsize i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[len - 1 - i]))
      return FALSE;
  /* a month's name between the days and the year; "091025" is the job
   * line's date code */
  return g_ascii_isdigit (text[0]) && strchr (text, ' ') != NULL;
}

static gboolean is_running_head (ResoluteTextHeader *self,
                                 const char         *text);

/* "amendment to " of "amendment to {doc}" */
static char *
amendment_prefix (ResoluteTextHeader *self)
{
  char *prefix = g_strdup (word (self, "AmendmentTo"));
  char *field = strstr (prefix, "{doc}");

  if (field != NULL)
    *field = '\0';
  return prefix;
}

/* The colon of a sponsors line: "A, B and C: draft resolution",
 * "A:* amendment to draft resolution A/80/L.25". Sets @what to the words
 * after it and @n_stars to the "*" marks right after it; %NULL when @text
 * is no such line. */
static const char *
find_sponsors_colon (ResoluteTextHeader  *self,
                     const char          *text,
                     const char         **what,
                     gsize               *n_stars)
{
  const char *draft = word (self, "DraftResolution");
  g_autofree char *amendment = amendment_prefix (self);

  for (const char *colon = strrchr (text, ':'); colon != NULL;
       colon = g_strrstr_len (text, colon - text, ":"))
    {
      const char *p = colon + 1;
      gsize stars = 0;
      const char *after;

      while (p[stars] == '*')
        stars++;
      after = p + stars;
      while (*after == ' ')
        after++;
      if (after == p + stars && stars == 0)
        continue;
      if ((*amendment != '\0' && has_prefix_nocase_first (after, amendment))
          || (strstr (after, draft) != NULL && strlen (after) < strlen (draft) + 20))
        {
          *what = after;
          *n_stars = stars;
          return colon;
        }
    }
  return NULL;
}

/* Whether @text ends the sponsors line of a draft: "…: draft resolution",
 * "…:* amendment to draft resolution A/80/L.25". */
static gboolean
ends_sponsors_line (ResoluteTextHeader *self,
                    const char         *text)
{
  g_autofree char *amendment = amendment_prefix (self);
  const char *what = NULL;
  gsize n_stars = 0;
  const char *colon = find_sponsors_colon (self, text, &what, &n_stars);

  if (colon == NULL || colon == text)
    return FALSE;
  /* an amendment's line ends with the symbol of the draft it amends */
  if (has_prefix_nocase_first (what, amendment))
    {
      const char *last = strrchr (what, ' ');

      return last != NULL && g_regex_match (self->symbol_regex, last + 1, 0, NULL);
    }
  return TRUE;
}

/* "…Venezuela (Bolivarian Republic of):" / "draft resolution" */
static gboolean
ends_sponsors_line_joined (ResoluteTextHeader *self,
                           const char         *previous,
                           const char         *text)
{
  g_autoptr(GString) joined = g_string_new (previous);

  resolute_text_append_line (joined, text);
  return ends_sponsors_line (self, joined->str);
}

/* Whether a line lists names, as the sponsors line does: "Algeria, Cuba,
 * Egypt, Iran (Islamic Republic of), Iraq," — every part opens with a
 * capital letter. */
static gboolean
lists_names (const char *text)
{
  g_auto(GStrv) parts = NULL;

  if (strstr (text, ", ") == NULL && !g_str_has_suffix (text, ","))
    return FALSE;
  parts = g_strsplit (text, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = parts[i];

      if (g_str_has_prefix (part, "and "))
        part += strlen ("and ");
      if (*part != '\0' && *part != ',' && !g_unichar_isupper (g_utf8_get_char (part)))
        return FALSE;
    }
  return TRUE;
}

/* The last lines of the agenda item's title that list names belong to the
 * sponsors line: they are handed back to open the heading. */
static void
hand_back_sponsor_lines (ResoluteTextHeader *self,
                         guint               at_least)
{
  guint first = self->agenda_lines->len - MIN (at_least, self->agenda_lines->len);

  while (first > 0 && lists_names (g_ptr_array_index (self->agenda_lines, first - 1)))
    first--;
  g_string_truncate (self->agenda_title, 0);
  g_string_truncate (self->handed_back, 0);
  for (guint i = 0; i < self->agenda_lines->len; i++)
    resolute_text_append_line (i < first ? self->agenda_title : self->handed_back,
                               g_ptr_array_index (self->agenda_lines, i));
  resolute_text_header_end_masthead_group (self);
}

/* "Draft resolution submitted by the Chair …" */
static gboolean
opens_submitted_by (ResoluteTextHeader *self,
                    const char         *text)
{
  const char *draft = word (self, "DraftResolution");

  return has_prefix_nocase_first (text, draft) && text[strlen (draft)] == ' '
         && g_unichar_isupper (g_utf8_get_char (text)) && strchr (text, ':') == NULL;
}

static gboolean read_adoption (ResoluteTextHeader *self,
                               const char         *text,
                               guint               line,
                               gboolean            apply);

/* Whether @text, in text copied out of a PDF with no blank line to end the
 * masthead (as a PDF viewer copies it), opens the heading that follows it:
 * the adoption line, the report line, the number of the resolution, the
 * authoring formula. */
static gboolean
opens_heading_part (ResoluteTextHeader *self,
                    const char         *text)
{
  const char *adopted = word (self, "AdoptedBy");
  const char *field_start = strchr (adopted, '{');
  gsize prefix = field_start != NULL ? (gsize) (field_start - adopted) : strlen (adopted);

  if (self->form != RESOLUTE_TEXT_FORM_PDF)
    return FALSE;
  return text[0] == '['
         || opens_submitted_by (self, text)
         || (prefix > 8 && strncmp (text, adopted, prefix) == 0)
         || read_adoption (self, text, 0, FALSE)
         || g_regex_match (self->number_title_regex, text, 0, NULL)
         || g_regex_match (self->number_regex, text, 0, NULL)
         || resolute_text_header_is_formula (self, text);
}

/* "210214": the job line's date code on a line of its own (no job number
 * yet, or set apart by the text extraction), when it is the issue date. */
static gboolean
is_date_code (ResoluteTextHeader *self,
              const char         *text)
{
  g_autofree char *date_code = NULL;

  if (strlen (text) != 6 || strspn (text, "0123456789") != 6)
    return FALSE;
  date_code = resolute_masthead_get_date_code (self->document);
  return g_strcmp0 (text, date_code) == 0;
}

/**
 * resolute_text_header_read_masthead_line:
 *
 * Returns whether @text belongs to the masthead; the first line that does
 * not ends it.
 */
gboolean
resolute_text_header_read_masthead_line (ResoluteTextHeader *self,
                                         const char         *text,
                                         guint               line)
{
  const char *rest;

  switch (self->masthead_state)
    {
    case MASTHEAD_START:
      rest = peel_cells (self, text, line);
      if (*rest == '\0')
        return TRUE;
      if (read_session (self, rest, line))
        {
          self->masthead_state = MASTHEAD_AFTER_SESSION;
          return TRUE;
        }
      if (read_agenda (self, rest))
        {
          self->masthead_state = MASTHEAD_AGENDA_TITLES;
          return TRUE;
        }
      if (rest == text)
        return FALSE;
      unplaced (self, rest, line);
      return TRUE;

    case MASTHEAD_AFTER_SESSION:
      if (is_masthead_cells (self, text, line))
        return TRUE;
      /* a running head: the masthead had no agenda item */
      if (is_running_head (self, text) || opens_heading_part (self, text))
        return FALSE;
      if (is_date_code (self, text))
        return TRUE;
      if (read_agenda (self, text))
        {
          self->masthead_state = MASTHEAD_AGENDA_TITLES;
          return TRUE;
        }
      if (is_session_dates (self, text))
        {
          resolute_text_header_add_note (self, text, line);
          return TRUE;
        }
      /* with no blank line after the masthead (a PDF viewer's copy), what
       * does not name a committee is the heading that follows */
      if (self->form == RESOLUTE_TEXT_FORM_PDF && strstr (text, word (self, "Committee")) == NULL
          && !(self->committee->len > 0
               && strstr (self->committee->str, word (self, "Committee")) == NULL))
        return FALSE;
      resolute_text_append_line (self->committee, text);
      return TRUE;

    case MASTHEAD_AGENDA_TITLES:
      /* no blank line ended the agenda item's title: the lines that list
       * names before ": draft resolution" are the sponsors' */
      if (self->form == RESOLUTE_TEXT_FORM_PDF && self->agenda_lines->len > 0
          && !ends_sponsors_line (self, text)
          && !ends_sponsors_line (self, g_ptr_array_index (self->agenda_lines,
                                                           self->agenda_lines->len - 1))
          && ends_sponsors_line_joined (self,
                                        g_ptr_array_index (self->agenda_lines,
                                                           self->agenda_lines->len - 1),
                                        text))
        {
          hand_back_sponsor_lines (self, 1);
          return FALSE;
        }
      if (is_masthead_cells (self, text, line))
        return TRUE;
      if (is_running_head (self, text) || opens_heading_part (self, text))
        return FALSE;
      if (is_date_code (self, text))
        return TRUE;
      if (read_agenda (self, text))
        return TRUE;
      if (self->form == RESOLUTE_TEXT_FORM_ODS)
        {
          g_ptr_array_add (self->agenda_titles, g_strdup (text));
          return TRUE;
        }
      if (ends_sponsors_line (self, text))
        {
          hand_back_sponsor_lines (self, 0);
          return FALSE;
        }
      resolute_text_append_line (self->agenda_title, text);
      g_ptr_array_add (self->agenda_lines, g_strdup (text));
      return TRUE;

    case MASTHEAD_DONE:
    default:
      return is_masthead_cells (self, text, line);
    }
}

/* A blank line: the titles of the agenda items end. */
void
resolute_text_header_end_masthead_group (ResoluteTextHeader *self)
{
  /* in text out of a PDF, a blank line after the session (and committee)
   * lines of a masthead without agenda item ends it: a title follows */
  if (self->masthead_state == MASTHEAD_AFTER_SESSION && self->form == RESOLUTE_TEXT_FORM_PDF)
    {
      self->masthead_state = MASTHEAD_DONE;
      return;
    }
  if (self->masthead_state != MASTHEAD_AGENDA_TITLES)
    return;

  if (self->agenda_title->len > 0)
    {
      g_ptr_array_add (self->agenda_titles, g_strdup (self->agenda_title->str));
      g_string_truncate (self->agenda_title, 0);
    }
  g_ptr_array_set_size (self->agenda_lines, 0);
  self->masthead_state = MASTHEAD_DONE;
}

gboolean
resolute_text_header_masthead_done (ResoluteTextHeader *self)
{
  return self->masthead_state == MASTHEAD_DONE;
}

static void
end_masthead (ResoluteTextHeader *self)
{
  resolute_text_header_end_masthead_group (self);
  self->masthead_state = MASTHEAD_DONE;
}

/* "A/RES/68/160Enhancement of …" or "Enhancement of …A/RES/68/160": a
 * running head of the ODS template block. */
static gboolean
is_running_head (ResoluteTextHeader *self,
                 const char         *text)
{
  g_autofree char *symbol = g_strdup (resolute_document_get_field (self->document,
                                                                   RESOLUTE_FIELD_SYMBOL));
  g_autofree char *title = g_strdup (resolute_document_get_field (self->document,
                                                                  RESOLUTE_FIELD_TITLE));
  gsize symbol_len;
  gsize len = strlen (text);
  const char *rest;
  gsize rest_len;

  if (symbol == NULL)
    return FALSE;
  symbol_len = strlen (symbol);
  if (g_str_has_prefix (text, symbol))
    {
      rest = text + symbol_len;
      rest_len = len - symbol_len;
    }
  else if (g_str_has_suffix (text, symbol))
    {
      rest = text;
      rest_len = len - symbol_len;
    }
  else
    return FALSE;
  /* "A/RES/72/115 United Nations Programme …": a space where a tab stood */
  while (rest_len > 0 && *rest == ' ')
    {
      rest++;
      rest_len--;
    }
  while (rest_len > 0 && rest[rest_len - 1] == ' ')
    rest_len--;

  if (rest_len == 0)
    return TRUE;
  if (title == NULL)
    {
      g_autofree char *running = g_strndup (rest, rest_len);

      set_field (self, RESOLUTE_FIELD_TITLE, running, 0);
      self->title_set = TRUE;
      return TRUE;
    }
  return strncmp (rest, title, rest_len) == 0 && strlen (title) >= rest_len;
}

/**
 * resolute_text_header_read_ods_template:
 *
 * Reads the template fields and page furniture that end the ODS rendition:
 * `[DU1]<<ODS JOB NO>>N1344905E<<ODS JOB NO>>`, the symbols, rules, page
 * counts, the masthead cells, the job number, barcode, running heads and
 * page numbers.
 */
void
resolute_text_header_read_ods_template (ResoluteTextHeader     *self,
                                        const ResoluteTextLine *lines,
                                        guint                   n_lines)
{
  static const struct
  {
    const char *tag;
    ResoluteField field;
  } tags[] = {
    { "<<ODS JOB NO>>", RESOLUTE_FIELD_JOB_CODE },
    { "<<ODS DOC SYMBOL1>>", RESOLUTE_FIELD_SYMBOL },
    { "<<ODS DOC SYMBOL2>>", RESOLUTE_N_FIELDS },
  };
  gboolean in_masthead = FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      const char *text = lines[i].text;
      gboolean tagged = FALSE;

      if (g_str_has_prefix (text, "[DU1]"))
        text += strlen ("[DU1]");

      for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
        {
          const char *open = strstr (text, tags[t].tag);
          const char *close;

          if (open == NULL)
            continue;
          tagged = TRUE;
          open += strlen (tags[t].tag);
          close = strstr (open, tags[t].tag);
          if (close == NULL)
            close = open + strlen (open);
          if (close > open)
            {
              g_autofree char *value = g_strstrip (g_strndup (open, close - open));

              if (tags[t].field == RESOLUTE_N_FIELDS)
                resolute_text_header_add_note (self, value, lines[i].number);
              else if (tags[t].field == RESOLUTE_FIELD_SYMBOL)
                set_symbol (self, value, lines[i].number);
              else
                set_field (self, tags[t].field, value, lines[i].number);
            }
        }
      if (tagged)
        continue;

      if (*text == '\0')
        {
          if (in_masthead)
            resolute_text_header_end_masthead_group (self);
          continue;
        }
      if (resolute_text_is_rule (text) || resolute_text_is_page_number (text))
        continue;
      {
        guint pages;

        if (resolute_text_parse_number (text, strlen (text), &pages))
          continue;
      }

      if (!in_masthead && g_str_has_prefix (text, word (self, "UnitedNations")))
        {
          in_masthead = TRUE;
          self->masthead_state = MASTHEAD_START;
        }
      if (in_masthead && self->masthead_state != MASTHEAD_DONE)
        {
          if (resolute_text_header_read_masthead_line (self, text, lines[i].number))
            continue;
          end_masthead (self);
        }

      if (is_masthead_cells (self, text, lines[i].number) || is_running_head (self, text))
        continue;
      {
        const char *rest = peel_cells (self, text, lines[i].number);

        if (*rest == '\0' || is_running_head (self, rest))
          continue;
        unplaced (self, rest, lines[i].number);
      }
    }
}

/* ------------------------------------------------------------------------ */
/* Heading                                                                  */

static char *
strip_stars (char *text,
             char **stars)
{
  gsize len = strlen (text);
  gsize n = 0;

  while (n < len && text[len - 1 - n] == '*')
    n++;
  if (n == 0 || n == len)
    return text;
  g_free (*stars);
  *stars = g_strndup (text + len - n, n);
  text[len - n] = '\0';
  g_strchomp (text);
  return text;
}

static void
set_title (ResoluteTextHeader *self,
           const char         *text,
           guint               line)
{
  g_autofree char *title = g_strstrip (g_strdup (text));

  strip_stars (title, &self->title_star);
  set_field (self, RESOLUTE_FIELD_TITLE, title, line);
  self->title_set = TRUE;
  self->expect_title = FALSE;
}

static void
set_kind (ResoluteTextHeader   *self,
          ResoluteDocumentKind  kind)
{
  resolute_document_set_kind (self->document, kind);
  self->kind_known = TRUE;
}

static gboolean
is_known_name (ResoluteTextHeader *self,
               const char         *text,
               gsize               length)
{
  if (strcmp (resolute_language_get_code (self->language), "eng") != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (english_names_with_and); i++)
    if (strlen (english_names_with_and[i]) == length
        && strncmp (english_names_with_and[i], text, length) == 0)
      return TRUE;
  return FALSE;
}

/* Whether byte @at of @text is inside a known name that holds the conjunction. */
static gboolean
inside_known_name (ResoluteTextHeader *self,
                   const char         *text,
                   gsize               at)
{
  if (strcmp (resolute_language_get_code (self->language), "eng") != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (english_names_with_and); i++)
    {
      const char *name = english_names_with_and[i];
      gsize len = strlen (name);

      for (const char *found = strstr (text, name); found != NULL; found = strstr (found + 1, name))
        if ((gsize) (found - text) < at && at < (gsize) (found - text) + len)
          return TRUE;
    }
  return FALSE;
}

static void
add_sponsor (GPtrArray *sponsors,
             const char *start,
             gsize       length)
{
  g_autofree char *name = g_strndup (start, length);

  g_strstrip (name);
  if (*name != '\0')
    g_ptr_array_add (sponsors, resolute_sponsor_new (name, FALSE));
}

/* The last item of a list: "Zambia and State of Palestine" is two names,
 * "Bosnia and Herzegovina" one. */
static void
split_last_item (ResoluteTextHeader *self,
                 GPtrArray          *sponsors,
                 const char         *item)
{
  const char *last = word (self, "ListLastSeparator");
  gsize last_len = strlen (last);
  gsize len = strlen (item);
  const char *best = NULL;
  guint depth = 0;

  if (is_known_name (self, item, len))
    {
      add_sponsor (sponsors, item, len);
      return;
    }

  for (const char *p = item; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && strncmp (p, last, last_len) == 0
               && resolute_text_is_upper_start (p + last_len)
               && !inside_known_name (self, item, p - item))
        {
          /* prefer a split that leaves known names whole on both sides */
          if (best == NULL || is_known_name (self, item, p - item)
              || is_known_name (self, p + last_len, strlen (p + last_len)))
            best = p;
        }
    }

  if (best == NULL)
    {
      add_sponsor (sponsors, item, len);
      return;
    }
  add_sponsor (sponsors, item, best - item);
  add_sponsor (sponsors, best + last_len, strlen (best + last_len));
}

static GPtrArray *
parse_sponsors (ResoluteTextHeader *self,
                const char         *text)
{
  GPtrArray *sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_sponsor_free);
  const char *separator = word (self, "ListSeparator");
  gsize separator_len = strlen (separator);
  const char *start = text;
  guint depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && strncmp (p, separator, separator_len) == 0)
        {
          add_sponsor (sponsors, start, p - start);
          start = p + separator_len;
          p += separator_len - 1;
        }
    }
  split_last_item (self, sponsors, start);

  /* a star after a name is the note of the sponsors line */
  for (guint i = 0; i < sponsors->len; i++)
    {
      ResoluteSponsor *sponsor = g_ptr_array_index (sponsors, i);

      strip_stars (sponsor->name, &self->sponsors_star);
    }

  return sponsors;
}

/* "A, B and C: draft resolution", "A:* amendment to draft resolution A/80/L.25" */
static gboolean
read_sponsors_line (ResoluteTextHeader *self,
                    const char         *text,
                    guint               line)
{
  g_autofree char *amendment_template = amendment_prefix (self);
  const char *colon;
  const char *what = NULL;
  gsize n_stars = 0;
  g_autofree char *stars = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) sponsors = NULL;
  gboolean amendment;

  colon = find_sponsors_colon (self, text, &what, &n_stars);
  if (colon == NULL || colon == text)
    return FALSE;
  if (n_stars > 0)
    stars = g_strndup (colon + 1, n_stars);

  amendment = has_prefix_nocase_first (what, amendment_template);
  names = g_strndup (text, colon - text);
  sponsors = parse_sponsors (self, names);
  if (stars != NULL)
    {
      g_free (self->sponsors_star);
      self->sponsors_star = g_steal_pointer (&stars);
    }
  resolute_document_set_sponsors (self->document, sponsors);

  if (amendment)
    {
      set_kind (self, RESOLUTE_DOCUMENT_KIND_AMENDMENT);
      set_field (self, RESOLUTE_FIELD_AMENDED_DOCUMENT, what + strlen (amendment_template), line);
    }
  else
    set_kind (self, RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  self->expect_title = TRUE;

  return TRUE;
}

/* "Draft resolution submitted by the Chair of the Committee following
 * informal consultations" */
static gboolean
read_submitted_by (ResoluteTextHeader *self,
                   const char         *text,
                   guint               line)
{
  const char *draft = word (self, "DraftResolution");
  gsize len = strlen (draft);
  g_autofree char *value = NULL;

  if (!has_prefix_nocase_first (text, draft) || text[len] != ' ' || strchr (text, ':') != NULL
      || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;

  value = g_strdup (text);
  strip_stars (value, &self->sponsors_star);
  set_field (self, RESOLUTE_FIELD_SUBMITTED_BY, value, line);
  set_kind (self, RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION);
  self->expect_title = TRUE;
  return TRUE;
}

/* "Resolution adopted by the General Assembly on 18 December 2013" */
static gboolean
read_adoption (ResoluteTextHeader *self,
               const char         *text,
               guint               line,
               gboolean            apply)
{
  g_auto(GStrv) values = match_template (word (self, "AdoptedBy"), text);
  g_autofree char *iso = NULL;
  ResoluteOrgan organ;
  const char *template = word (self, "AdoptedBy");
  gboolean organ_first = strstr (template, "{organ}") < strstr (template, "{date}");

  if (values == NULL || g_strv_length (values) != 2)
    return FALSE;
  if (!parse_organ (self, values[organ_first ? 0 : 1], &organ)
      || !parse_full_date (self, values[organ_first ? 1 : 0], &iso))
    return FALSE;
  if (!apply)
    return TRUE;

  set_organ (self, organ, ORGAN_FROM_ADOPTION);
  set_field (self, RESOLUTE_FIELD_ADOPTION_DATE, iso, line);
  set_kind (self, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
  return TRUE;
}

/* "Resolution 2719 (2023)" and "Adopted by the Security Council at its
 * 9518th meeting, on 21 December 2023" */
static gboolean
read_council_lines (ResoluteTextHeader *self,
                    const char         *text,
                    guint               line,
                    gboolean            apply)
{
  static const char * const keys[] = { "AdoptedAtMeeting", "AdoptedOn" };
  g_auto(GStrv) number = match_template (word (self, "CouncilResolution"), text);

  if (number != NULL && g_strv_length (number) == 1 && g_ascii_isdigit (number[0][0])
      && strchr (number[0], ' ') != NULL && g_str_has_suffix (number[0], ")"))
    {
      if (!apply)
        return TRUE;
      set_field (self, RESOLUTE_FIELD_RESOLUTION_NUMBER, number[0], line);
      set_kind (self, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
      return TRUE;
    }

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const char *template = word (self, keys[k]);
      g_auto(GStrv) values = match_template (template, text);
      const char *organ_at = strstr (template, "{organ}");
      const char *meeting_at = strstr (template, "{meeting}");
      const char *date_at = strstr (template, "{date}");
      g_autofree char *iso = NULL;
      ResoluteOrgan organ;
      guint organ_index, date_index, meeting_index = 0;

      if (values == NULL || organ_at == NULL || date_at == NULL)
        continue;
      /* the field values come in template order */
      organ_index = (meeting_at != NULL && meeting_at < organ_at) + (date_at < organ_at);
      date_index = (organ_at < date_at) + (meeting_at != NULL && meeting_at < date_at);
      if (meeting_at != NULL)
        meeting_index = (organ_at < meeting_at) + (date_at < meeting_at);
      if (g_strv_length (values) != (meeting_at != NULL ? 3u : 2u)
          || !parse_organ (self, values[organ_index], &organ)
          || !parse_full_date (self, values[date_index], &iso))
        continue;
      if (!apply)
        return TRUE;

      set_organ (self, organ, ORGAN_FROM_ADOPTION);
      set_field (self, RESOLUTE_FIELD_ADOPTION_DATE, iso, line);
      if (meeting_at != NULL)
        set_field (self, RESOLUTE_FIELD_MEETING, values[meeting_index], line);
      set_kind (self, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
      return TRUE;
    }

  return FALSE;
}

/**
 * resolute_text_header_read_block:
 * @text: lines of the heading joined into one
 *
 * Reads one part of the heading: the adoption line, the origin in brackets,
 * the number and title, the sponsors line or the Chair's submission line,
 * the title of a draft, the Security Council lines.
 */
void
resolute_text_header_read_block (ResoluteTextHeader *self,
                                 const char         *text,
                                 guint               line)
{
  g_autofree char *block = g_strstrip (g_strdup (text));
  g_autoptr(GMatchInfo) match = NULL;
  gsize len = strlen (block);

  if (len == 0)
    return;

  if (read_adoption (self, block, line, TRUE) || read_council_lines (self, block, line, TRUE))
    return;

  if (block[0] == '[' && block[len - 1] == ']')
    {
      block[len - 1] = '\0';
      set_field (self, RESOLUTE_FIELD_ORIGIN, g_strstrip (block + 1), line);
      return;
    }

  if (g_regex_match (self->number_title_regex, block, 0, &match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *title = g_match_info_fetch (match, 2);

      set_field (self, RESOLUTE_FIELD_RESOLUTION_NUMBER, number, line);
      set_title (self, title, line);
      if (!self->kind_known)
        set_kind (self, RESOLUTE_DOCUMENT_KIND_RESOLUTION);
      return;
    }

  if (!self->expect_title && (read_sponsors_line (self, block, line)
                              || read_submitted_by (self, block, line)))
    return;

  if (!self->title_set
      && (self->expect_title || !has_field (self, RESOLUTE_FIELD_RESOLUTION_NUMBER)))
    {
      set_title (self, block, line);
      return;
    }

  unplaced (self, block, line);
}

/**
 * resolute_text_header_read_pdf_front:
 *
 * Reads the first page of PDF text down to the body: the masthead cells one
 * per line, the committee and agenda title, then the heading blocks, which
 * blank lines separate.
 */
void
resolute_text_header_read_pdf_front (ResoluteTextHeader     *self,
                                     const ResoluteTextLine *lines,
                                     guint                   n_lines)
{
  g_autoptr(GString) block = g_string_new (NULL);
  guint block_line = 0;
  gboolean after_page_break = FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      const ResoluteTextLine *line = &lines[i];
      const char *text = line->text;

      if (line->empty && self->masthead_state == MASTHEAD_DONE)
        {
          /* a page break inside the heading (a long list of sponsors):
           * the running head is skipped and the block goes on */
          after_page_break = TRUE;
          continue;
        }
      if (*text == '\0')
        {
          if (after_page_break)
            continue;
          /* "79/10." alone, a blank line, then the title (pdftotext) */
          if (g_regex_match (self->number_regex, block->str, 0, NULL))
            continue;
          if (block->len > 0)
            {
              resolute_text_header_read_block (self, block->str, block_line);
              g_string_truncate (block, 0);
            }
          resolute_text_header_end_masthead_group (self);
          continue;
        }

      if (self->masthead_state != MASTHEAD_DONE)
        {
          if (resolute_text_header_read_masthead_line (self, text, line->number))
            continue;
          end_masthead (self);
          if (self->handed_back->len > 0)
            {
              block_line = line->number;
              g_string_assign (block, self->handed_back->str);
              g_string_truncate (self->handed_back, 0);
            }
        }

      if (resolute_text_header_is_furniture (self, text, line->number)
          || (after_page_break && resolute_text_header_is_title_fragment (self, text)))
        continue;
      after_page_break = FALSE;

      /* parts of the heading that can follow each other without a blank */
      if (block->len > 0
          && (text[0] == '[' || g_str_has_suffix (block->str, "]")
              || ends_sponsors_line (self, block->str)
              || (opens_submitted_by (self, block->str) && resolute_text_is_upper_start (text))
              || g_regex_match (self->number_title_regex, text, 0, NULL)
              || g_regex_match (self->number_regex, text, 0, NULL)
              || read_adoption (self, block->str, 0, FALSE)
              || read_council_lines (self, block->str, 0, FALSE)))
        {
          resolute_text_header_read_block (self, block->str, block_line);
          g_string_truncate (block, 0);
        }
      if (block->len == 0)
        block_line = line->number;
      resolute_text_append_line (block, text);
    }

  if (block->len > 0)
    resolute_text_header_read_block (self, block->str, block_line);
  end_masthead (self);
}

/* ------------------------------------------------------------------------ */
/* Body and closing                                                         */

static gboolean
formula_organ (ResoluteTextHeader *self,
               const char         *text,
               ResoluteOrgan      *organ)
{
  gsize len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (all_organs); i++)
    {
      const char *formula = resolute_language_get_formula (self->language, all_organs[i]);
      gsize formula_len = strlen (formula);

      if (strcmp (text, formula) == 0
          || (formula_len > 1 && formula[formula_len - 1] == ',' && len == formula_len - 1
              && strncmp (text, formula, len) == 0))
        {
          *organ = all_organs[i];
          return TRUE;
        }
    }
  return FALSE;
}

/* "The General Assembly," (or without its comma) */
gboolean
resolute_text_header_is_formula (ResoluteTextHeader *self,
                                 const char         *text)
{
  ResoluteOrgan organ;

  return formula_organ (self, text, &organ);
}

void
resolute_text_header_set_formula (ResoluteTextHeader *self,
                                  const char         *text)
{
  ResoluteOrgan organ;

  if (!formula_organ (self, text, &organ))
    return;
  set_organ (self, organ, ORGAN_FROM_FORMULA);
  if (strcmp (text, resolute_language_get_formula (self->language, organ)) != 0)
    set_field (self, RESOLUTE_FIELD_AUTHORING_FORMULA, text, 0);
}

gboolean
resolute_text_header_set_operative_intro (ResoluteTextHeader *self,
                                          const char         *text)
{
  set_field (self, RESOLUTE_FIELD_OPERATIVE_INTRO, text, 0);
  return TRUE;
}

/**
 * resolute_text_header_is_furniture:
 *
 * Whether @text is page furniture that can stand anywhere in PDF text: a
 * job number, the barcode, "Please recycle", a page number "2/5", the
 * symbol on its own, or the job line's date code ("210214") on a line of
 * its own when it is the issue date already read. What it says is kept.
 */
gboolean
resolute_text_header_is_furniture (ResoluteTextHeader *self,
                                   const char         *text,
                                   guint               line)
{
  gboolean with_language;
  const char *symbol = resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);

  if (resolute_text_is_page_number (text))
    return TRUE;
  if (symbol != NULL && strcmp (text, symbol) == 0)
    return TRUE;
  if (resolute_text_is_job_number (text, &with_language))
    {
      if (with_language)
        set_job_number (self, text, strlen (text), line);
      return TRUE;
    }
  if (match_barcode (text) == strlen (text))
    return TRUE;
  if (is_date_code (self, text))
    return TRUE;
  {
    const char *rest = text + match_barcode (text);

    if (strcmp (rest, word (self, "PleaseRecycle")) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Whether @text could be a line of the running head: a piece of the title
 * or of an agenda item title. */
gboolean
resolute_text_header_is_title_fragment (ResoluteTextHeader *self,
                                        const char         *text)
{
  const char *title = resolute_document_get_field (self->document, RESOLUTE_FIELD_TITLE);
  const char *symbol = resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);

  if (*text == '\0' || g_utf8_strlen (text, -1) < 4)
    return FALSE;
  if (title != NULL && strstr (title, text) != NULL)
    return TRUE;
  /* a running head whose symbol and title a tab set apart, on one line:
   * "A/RES/72/115 United Nations Programme of …" */
  if (symbol != NULL && title != NULL)
    {
      gsize symbol_len = strlen (symbol);
      gsize len = strlen (text);

      if (len > symbol_len + 4 && strncmp (text, symbol, symbol_len) == 0
          && text[symbol_len] == ' ')
        return resolute_text_header_is_title_fragment (self, text + symbol_len + 1);
      if (len > symbol_len + 4 && strcmp (text + len - symbol_len, symbol) == 0
          && text[len - symbol_len - 1] == ' ')
        {
          g_autofree char *head = g_strndup (text, len - symbol_len - 1);

          return resolute_text_header_is_title_fragment (self, head);
        }
    }
  /* pdftotext joins the lines of a running head and drops the hyphen at
   * the end of the first: "non-nuclearweapon States" */
  if (title != NULL && strchr (text, '-') != NULL)
    {
      g_autofree char *bare_title = resolute_text_without_hyphens (title, -1);
      g_autofree char *bare_text = resolute_text_without_hyphens (text, -1);

      if (strstr (bare_title, bare_text) != NULL)
        return TRUE;
    }
  for (guint i = 0; i < self->agenda_titles->len; i++)
    if (strstr (g_ptr_array_index (self->agenda_titles, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* "70th plenary meeting", "69th (resumed) plenary meeting", "53rd meeting" */
gboolean
resolute_text_header_is_meeting_line (ResoluteTextHeader *self,
                                      const char         *text)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p) || g_utf8_strlen (text, -1) > 60)
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (!g_unichar_isalpha (g_utf8_get_char (p)))
    return FALSE;
  return !resolute_text_ends_with_any (text, ".,;:") && strchr (text, '/') == NULL;
}

gboolean
resolute_text_header_is_date_line (ResoluteTextHeader *self,
                                   const char         *text)
{
  g_autofree char *iso = NULL;

  return parse_full_date (self, text, &iso);
}

void
resolute_text_header_read_closing (ResoluteTextHeader *self,
                                   const char         *meeting,
                                   const char         *date,
                                   guint               line)
{
  g_autofree char *iso = NULL;

  if (meeting != NULL)
    set_field (self, RESOLUTE_FIELD_MEETING, meeting, line);
  if (date != NULL && parse_full_date (self, date, &iso))
    {
      const char *adopted = resolute_document_get_field (self->document,
                                                         RESOLUTE_FIELD_ADOPTION_DATE);

      if (adopted == NULL)
        set_field (self, RESOLUTE_FIELD_ADOPTION_DATE, iso, line);
      else if (strcmp (adopted, iso) != 0)
        resolute_text_warn (self->warnings, line,
                            _("the closing date “%s” differs from the date of adoption; "
                              "the date of adoption was kept"),
                            date);
    }
}

/* Amendments have no authoring formula; everything else should. */
gboolean
resolute_text_header_expects_formula (ResoluteTextHeader *self)
{
  return resolute_document_get_kind (self->document) != RESOLUTE_DOCUMENT_KIND_AMENDMENT;
}

const char *
resolute_text_header_get_symbol (ResoluteTextHeader *self)
{
  return resolute_document_get_field (self->document, RESOLUTE_FIELD_SYMBOL);
}

/**
 * resolute_text_header_star_anchor:
 * @label: the "*" label of a footnote
 *
 * Returns what a "*" note is attached to: the sponsors line or the title,
 * as the heading marked it.
 */
ResoluteNoteAnchor
resolute_text_header_star_anchor (ResoluteTextHeader *self,
                                  const char         *label)
{
  if (g_strcmp0 (label, self->sponsors_star) == 0)
    return RESOLUTE_NOTE_ANCHOR_SPONSORS;
  if (g_strcmp0 (label, self->title_star) == 0)
    return RESOLUTE_NOTE_ANCHOR_TITLE;
  if (resolute_document_get_n_sponsors (self->document) > 0
      || has_field (self, RESOLUTE_FIELD_SUBMITTED_BY))
    return RESOLUTE_NOTE_ANCHOR_SPONSORS;
  return RESOLUTE_NOTE_ANCHOR_TITLE;
}

/* The session, the resolution number, organ, kind and distribution that
 * the symbol implies, where the text did not say. */
static void
derive_from_symbol (ResoluteTextHeader *self)
{
  g_autofree char *symbol = g_strdup (resolute_document_get_field (self->document,
                                                                   RESOLUTE_FIELD_SYMBOL));
  const char *res;
  gboolean draft;

  if (symbol == NULL)
    return;

  draft = strstr (symbol, "/L.") != NULL;
  if (!self->kind_known)
    resolute_document_set_kind (self->document, draft ? RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION
                                                      : RESOLUTE_DOCUMENT_KIND_RESOLUTION);
  if (!self->distribution_set && draft)
    resolute_document_set_distribution (self->document, RESOLUTE_DISTRIBUTION_LIMITED);

  if (self->organ_source == ORGAN_UNKNOWN)
    {
      if (g_str_has_prefix (symbol, "S/"))
        set_organ (self, RESOLUTE_ORGAN_SECURITY_COUNCIL, ORGAN_FROM_SYMBOL);
      else if (g_str_has_prefix (symbol, "A/HRC/"))
        set_organ (self, RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL, ORGAN_FROM_SYMBOL);
      else if (g_str_has_prefix (symbol, "E/"))
        set_organ (self, RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL, ORGAN_FROM_SYMBOL);
    }

  /* not from a symbol still to be completed, "A/RES/80/" */
  res = strstr (symbol, "/RES/");
  if (res != NULL && !g_str_has_suffix (symbol, "/") && !has_field (self, RESOLUTE_FIELD_RESOLUTION_NUMBER)
      && resolute_document_get_kind (self->document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    set_field (self, RESOLUTE_FIELD_RESOLUTION_NUMBER, res + strlen ("/RES/"), 0);
}

/**
 * resolute_text_header_finish:
 *
 * Sets what was gathered over several lines: the committee, the agenda
 * items, the notes, and what the symbol implies.
 */
void
resolute_text_header_finish (ResoluteTextHeader *self)
{
  end_masthead (self);

  if (self->committee->len > 0)
    set_field (self, RESOLUTE_FIELD_COMMITTEE, self->committee->str, 0);

  if (self->agenda_numbers->len > 0)
    {
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GString) all = g_string_new (NULL);
      gboolean one_each = self->agenda_titles->len == self->agenda_numbers->len;

      /* one title per item, or else all the titles on the first item */
      if (!one_each)
        for (guint j = 0; j < self->agenda_titles->len; j++)
          resolute_text_append_line (all, g_ptr_array_index (self->agenda_titles, j));

      items = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_agenda_item_free);
      for (guint i = 0; i < self->agenda_numbers->len; i++)
        {
          const char *number = g_ptr_array_index (self->agenda_numbers, i);
          const char *title = NULL;

          if (one_each)
            title = g_ptr_array_index (self->agenda_titles, i);
          else if (i == 0 && all->len > 0)
            title = all->str;
          g_ptr_array_add (items, resolute_agenda_item_new (number, title));
        }
      resolute_document_set_agenda_items (self->document, items);
    }

  derive_from_symbol (self);

  if (self->notes->len > 0)
    set_field (self, RESOLUTE_FIELD_NOTES, self->notes->str, 0);
}
