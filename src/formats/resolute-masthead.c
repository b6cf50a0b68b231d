/* resolute-masthead.c — the words of a document's masthead, heading and closing lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a UN text prints around its paragraphs, as words: the masthead cells
 * ("Distr.: General", the issue date, "Original: English", session,
 * committee and agenda items), the heading lines (sponsors of a draft, the
 * adoption line and the committee report of an adopted text, the Security
 * Council's resolution number, the numbered title) and the closing lines
 * ("70th plenary meeting" / "18 December 2013"). The ODS text writer and the
 * page layout both print them from here, so that the two renditions of a
 * document never disagree about which lines exist. Every word comes from the
 * document language.
 */

#define G_LOG_DOMAIN "resolute-masthead"

#include "config.h"

#include <string.h>

#include "resolute-masthead.h"

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static const char *
field (ResoluteDocument *document,
       ResoluteField     which)
{
  const char *value = resolute_document_get_field (document, which);

  return has_text (value) ? value : NULL;
}

static const ResoluteLanguage *
language (ResoluteDocument *document)
{
  return resolute_document_get_language (document);
}

gboolean
resolute_masthead_is_adopted (ResoluteDocument *document)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);

  return resolute_document_get_kind (document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION;
}

gboolean
resolute_masthead_is_council (ResoluteDocument *document)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);

  return resolute_document_get_organ (document) == RESOLUTE_ORGAN_SECURITY_COUNCIL;
}

/**
 * resolute_masthead_get_organ_name:
 *
 * Returns: "General Assembly", in the document language.
 */
const char *
resolute_masthead_get_organ_name (ResoluteDocument *document)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  return resolute_language_get_organ_name (language (document),
                                           resolute_document_get_organ (document));
}

/**
 * resolute_masthead_get_distribution:
 *
 * Returns: (transfer full): "Distr.: General".
 */
char *
resolute_masthead_get_distribution (ResoluteDocument *document)
{
  const char *word;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  switch (resolute_document_get_distribution (document))
    {
    case RESOLUTE_DISTRIBUTION_LIMITED:
      word = resolute_language_get_word (language (document), "Limited");
      break;
    case RESOLUTE_DISTRIBUTION_RESTRICTED:
      word = resolute_language_get_word (language (document), "Restricted");
      break;
    case RESOLUTE_DISTRIBUTION_GENERAL:
    default:
      word = resolute_language_get_word (language (document), "General");
      break;
    }

  return resolute_language_expand (language (document), "Distribution", "d", word, NULL);
}

/**
 * resolute_masthead_get_original_code:
 *
 * Returns: (nullable): the code of the original language ("eng"): the field,
 * else the document language on drafts; %NULL on adopted texts that do not
 * name one.
 */
const char *
resolute_masthead_get_original_code (ResoluteDocument *document)
{
  const char *original;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  original = field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE);
  if (original == NULL && !resolute_masthead_is_adopted (document))
    original = resolute_language_get_code (language (document));
  return original;
}

/**
 * resolute_masthead_get_original:
 *
 * Returns: (transfer full) (nullable): "Original: English", or %NULL.
 */
char *
resolute_masthead_get_original (ResoluteDocument *document)
{
  const char *code = resolute_masthead_get_original_code (document);
  const char *name;

  if (code == NULL)
    return NULL;

  name = resolute_language_get_language_name (language (document), code);
  return resolute_language_expand (language (document), "Original", "l", name, NULL);
}

/**
 * resolute_masthead_format_date:
 * @field: a date field (issue date, adoption date)
 *
 * Returns: (transfer full) (nullable): "18 December 2013", or %NULL when the
 * field is not set.
 */
char *
resolute_masthead_format_date (ResoluteDocument *document,
                               ResoluteField     which)
{
  const char *iso;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  iso = field (document, which);
  return iso != NULL ? resolute_language_format_date (language (document), iso) : NULL;
}

/**
 * resolute_masthead_get_date_code:
 *
 * Returns: (transfer full) (nullable): the issue date as the job line prints
 * it, DDMMYY ("210214" for 21 February 2014), or %NULL without a valid issue
 * date.
 */
char *
resolute_masthead_get_date_code (ResoluteDocument *document)
{
  const char *iso;
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  iso = field (document, RESOLUTE_FIELD_ISSUE_DATE);
  if (iso == NULL)
    return NULL;

  parts = g_strsplit (iso, "-", 4);
  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL))
    return NULL;

  return g_strdup_printf ("%02u%02u%02u", (guint) day, (guint) month, (guint) (year % 100));
}

static ResoluteMastheadLine *
masthead_line_new (ResoluteMastheadLineKind  kind,
                   char                     *text)
{
  ResoluteMastheadLine *line = g_new0 (ResoluteMastheadLine, 1);

  line->kind = kind;
  line->text = text;
  return line;
}

static void
masthead_line_free (ResoluteMastheadLine *line)
{
  g_free (line->text);
  g_free (line);
}

/**
 * resolute_masthead_get_left_lines:
 *
 * The left cell of the masthead, below the organ: session, committee, the
 * agenda items ("Agenda items 69 (b) and 70") and their titles, one a line.
 *
 * Returns: (transfer container) (element-type ResoluteMastheadLine): the lines.
 */
GPtrArray *
resolute_masthead_get_left_lines (ResoluteDocument *document)
{
  GPtrArray *lines;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();
  guint n_items;
  char *session;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) masthead_line_free);
  n_items = resolute_document_get_n_agenda_items (document);

  session = resolute_document_get_session_text (document);
  if (session != NULL)
    g_ptr_array_add (lines, masthead_line_new (RESOLUTE_MASTHEAD_SESSION, session));
  if (field (document, RESOLUTE_FIELD_COMMITTEE) != NULL)
    g_ptr_array_add (lines, masthead_line_new (RESOLUTE_MASTHEAD_COMMITTEE,
                                               g_strdup (field (document,
                                                                RESOLUTE_FIELD_COMMITTEE))));

  for (guint i = 0; i < n_items; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);

      if (has_text (item->number))
        g_ptr_array_add (numbers, item->number);
    }
  if (numbers->len > 0)
    {
      const char *key = numbers->len > 1 ? "AgendaItems" : "AgendaItem";
      g_autofree char *joined = NULL;

      /* Agenda item 69 (b); Agenda items 69 (b) and 70 */
      g_ptr_array_add (numbers, NULL);
      joined = resolute_language_join_list (language (document),
                                            (const char * const *) numbers->pdata);
      g_ptr_array_add (lines, masthead_line_new (RESOLUTE_MASTHEAD_AGENDA_ITEM,
                                                 resolute_language_expand (language (document),
                                                                           key, "n", joined,
                                                                           NULL)));
    }
  for (guint i = 0; i < n_items; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);

      if (has_text (item->title))
        g_ptr_array_add (lines, masthead_line_new (RESOLUTE_MASTHEAD_AGENDA_TITLE,
                                                   g_strdup (item->title)));
    }

  return lines;
}

/* The mark of the "*" note on the title or the sponsors line, or "". */
static const char *
star_label (ResoluteDocument   *document,
            ResoluteNoteAnchor  anchor)
{
  ResoluteFootnote *note = resolute_document_get_star_note (document, anchor);
  const char *label = note != NULL ? resolute_footnote_get_label (note) : NULL;

  return label != NULL ? label : "";
}

/**
 * resolute_masthead_get_sponsors_line:
 * @mark_start: (out) (optional): where the mark of the "*" note starts
 * @mark_end: (out) (optional): where it ends (equal to @mark_start without one)
 *
 * Returns: (transfer full) (nullable): the sponsors line of a draft or an
 * amendment ("Albania, Australia and Japan: draft resolution"), the
 * "submitted by" line when there is one, or %NULL.
 */
char *
resolute_masthead_get_sponsors_line (ResoluteDocument *document,
                                     guint            *mark_start,
                                     guint            *mark_end)
{
  const char *submitted_by;
  const char *mark;
  g_autofree char *sponsors = NULL;
  g_autofree char *what = NULL;
  g_autofree char *expanded = NULL;
  const char *placeholder;
  GString *line;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  submitted_by = field (document, RESOLUTE_FIELD_SUBMITTED_BY);
  mark = star_label (document, RESOLUTE_NOTE_ANCHOR_SPONSORS);

  if (submitted_by != NULL)
    {
      if (mark_start != NULL)
        *mark_start = strlen (submitted_by);
      if (mark_end != NULL)
        *mark_end = strlen (submitted_by) + strlen (mark);
      return g_strconcat (submitted_by, mark, NULL);
    }

  if (resolute_document_get_n_sponsors (document) == 0)
    return NULL;

  sponsors = resolute_document_get_sponsors_text (document);
  if (resolute_document_get_kind (document) == RESOLUTE_DOCUMENT_KIND_AMENDMENT)
    what = resolute_language_expand (language (document), "AmendmentTo", "doc",
                                     field (document, RESOLUTE_FIELD_AMENDED_DOCUMENT), NULL);
  else
    what = g_strdup (resolute_language_get_word (language (document), "DraftResolution"));

  if (*mark == '\0')
    {
      char *text = resolute_language_expand (language (document), "SponsorsLine", "sponsors",
                                             sponsors, "what", what, NULL);

      if (mark_start != NULL)
        *mark_start = strlen (text);
      if (mark_end != NULL)
        *mark_end = strlen (text);
      return text;
    }

  /* expand with a placeholder first, to learn where the mark stands */
  expanded = resolute_language_expand (language (document), "SponsorsLineWithNote", "sponsors",
                                       sponsors, "mark", "\x01", "what", what, NULL);
  placeholder = strchr (expanded, '\x01');
  line = g_string_new (NULL);
  if (placeholder == NULL)
    {
      g_string_append (line, expanded);
      if (mark_start != NULL)
        *mark_start = line->len;
      if (mark_end != NULL)
        *mark_end = line->len;
      return g_string_free (line, FALSE);
    }
  g_string_append_len (line, expanded, placeholder - expanded);
  if (mark_start != NULL)
    *mark_start = line->len;
  g_string_append (line, mark);
  if (mark_end != NULL)
    *mark_end = line->len;
  g_string_append (line, placeholder + 1);
  return g_string_free (line, FALSE);
}

static void
heading_line_free (ResoluteHeadingLine *line)
{
  g_free (line->label);
  g_free (line->text);
  g_free (line);
}

static void
add_heading (GPtrArray           *lines,
             ResoluteHeadingKind  kind,
             char                *label,
             char                *text)
{
  ResoluteHeadingLine *line = g_new0 (ResoluteHeadingLine, 1);

  line->kind = kind;
  line->label = label;
  line->text = text;
  line->mark_start = line->mark_end = strlen (text);
  g_ptr_array_add (lines, line);
}

/* The title with the mark of its "*" note. */
static void
add_title (GPtrArray        *lines,
           ResoluteDocument *document,
           char             *label)
{
  const char *title = field (document, RESOLUTE_FIELD_TITLE);
  ResoluteFootnote *note = resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_TITLE);
  const char *mark = star_label (document, RESOLUTE_NOTE_ANCHOR_TITLE);
  ResoluteHeadingLine *line;

  add_heading (lines, RESOLUTE_HEADING_TITLE, label,
               title != NULL ? g_strconcat (title, mark, NULL) : g_strdup (""));
  line = g_ptr_array_index (lines, lines->len - 1);
  if (title != NULL && *mark != '\0')
    {
      line->note = note;
      line->mark_start = strlen (title);
      line->mark_end = strlen (line->text);
    }
}

/**
 * resolute_masthead_get_heading:
 *
 * The lines between the masthead and the authoring formula:
 * - adopted General Assembly texts: the adoption line, the origin in
 *   brackets, then "68/160." and the title;
 * - Security Council resolutions: "Resolution 2118 (2013)", the adoption
 *   line naming the meeting, and the title if it has one;
 * - drafts and amendments: the sponsors line, then the title.
 *
 * Returns: (transfer container) (element-type ResoluteHeadingLine): the lines.
 */
GPtrArray *
resolute_masthead_get_heading (ResoluteDocument *document)
{
  GPtrArray *lines;
  const char *number;
  g_autofree char *adoption_date = NULL;
  const ResoluteLanguage *words;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) heading_line_free);
  number = field (document, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  adoption_date = resolute_masthead_format_date (document, RESOLUTE_FIELD_ADOPTION_DATE);
  words = language (document);

  if (!resolute_masthead_is_adopted (document))
    {
      /* Albania, Australia and Japan: draft resolution */
      guint start = 0, end = 0;
      char *text = resolute_masthead_get_sponsors_line (document, &start, &end);

      if (text != NULL)
        {
          ResoluteHeadingLine *line;

          add_heading (lines, RESOLUTE_HEADING_SPONSORS, NULL, text);
          line = g_ptr_array_index (lines, lines->len - 1);
          line->mark_start = start;
          line->mark_end = end;
          if (end > start)
            line->note = resolute_document_get_star_note (document,
                                                          RESOLUTE_NOTE_ANCHOR_SPONSORS);
        }
    }
  else if (resolute_masthead_is_council (document))
    {
      /* Resolution 2118 (2013)
       * Adopted by the Security Council at its 7038th meeting, on 27 September 2013 */
      const char *meeting = field (document, RESOLUTE_FIELD_MEETING);
      const char *organ = resolute_masthead_get_organ_name (document);

      if (number != NULL)
        add_heading (lines, RESOLUTE_HEADING_COUNCIL_NUMBER, NULL,
                     resolute_language_expand (words, "CouncilResolution", "n", number, NULL));
      if (adoption_date != NULL)
        add_heading (lines, RESOLUTE_HEADING_ADOPTION, NULL,
                     meeting != NULL
                       ? resolute_language_expand (words, "AdoptedAtMeeting", "organ", organ,
                                                   "meeting", meeting, "date", adoption_date,
                                                   NULL)
                       : resolute_language_expand (words, "AdoptedOn", "organ", organ, "date",
                                                   adoption_date, NULL));
    }
  else
    {
      /* Resolution adopted by the General Assembly on 18 December 2013
       * [on the report of the Third Committee (A/68/456/Add.2)]
       * 68/160.<TAB>Title */
      const char *origin = field (document, RESOLUTE_FIELD_ORIGIN);

      if (adoption_date != NULL)
        add_heading (lines, RESOLUTE_HEADING_ADOPTION, NULL,
                     resolute_language_expand (words, "AdoptedBy", "organ",
                                               resolute_masthead_get_organ_name (document),
                                               "date", adoption_date, NULL));
      if (origin != NULL)
        add_heading (lines, RESOLUTE_HEADING_ORIGIN, NULL,
                     origin[0] == '['
                       ? g_strdup (origin)
                       : resolute_language_expand (words, "Origin", "origin", origin, NULL));
      if (number != NULL)
        {
          add_title (lines, document,
                     resolute_language_expand (words, "ResolutionNumber", "n", number, NULL));
          return lines;
        }
    }

  if (field (document, RESOLUTE_FIELD_TITLE) != NULL)
    add_title (lines, document, NULL);

  return lines;
}

/**
 * resolute_masthead_get_closing:
 *
 * The closing lines of an adopted General Assembly (or other non-Council)
 * text: the meeting ("70th plenary meeting") and the date of adoption. The
 * Security Council names its meeting in the heading instead.
 *
 * Returns: (transfer full): the lines, possibly none.
 */
GStrv
resolute_masthead_get_closing (ResoluteDocument *document)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *meeting;
  g_autofree char *date = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  if (resolute_masthead_is_adopted (document) && !resolute_masthead_is_council (document))
    {
      meeting = field (document, RESOLUTE_FIELD_MEETING);
      date = resolute_masthead_format_date (document, RESOLUTE_FIELD_ADOPTION_DATE);
      if (meeting != NULL)
        g_strv_builder_add (builder, meeting);
      if (date != NULL)
        g_strv_builder_add (builder, date);
    }

  return g_strv_builder_end (builder);
}
