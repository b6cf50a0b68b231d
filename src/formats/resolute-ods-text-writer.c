/* resolute-ods-text-writer.c — exports the ODS text rendition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Official Document System gives every document as plain text too (see
 * DESIGN.md §2 and ../shared/corpus/A-RES-68-160.txt). That text has two
 * parts:
 *
 * 1. The body, one line per paragraph, after a first line "[DU1]":
 *      Resolution adopted by the General Assembly on 18 December 2013
 *      [on the report of the Third Committee (A/68/456/Add.2)]
 *      68/160.<TAB>Title
 *      <TAB>The General Assembly,
 *      <TAB>Preambular paragraph,
 *      <TAB>1.<TAB>Operative paragraph;
 *      <TAB>(a)<TAB>Sub-paragraph, at every level;
 *      <TAB>Continuation text of a paragraph
 *      (blank)
 *      70th plenary meeting
 *      18 December 2013
 *      (blank)
 *      1 Footnote text.
 *    Drafts put the sponsors line ("Albania, Australia and Japan: draft
 *    resolution") and the bare title in place of the adoption lines, and
 *    have no closing lines. Security Council resolutions open "Resolution
 *    2118 (2013)" / "Adopted by the Security Council at its 7038th meeting,
 *    on 27 September 2013" and have no title. Annexes follow the closing
 *    lines: "Annex", the annex title and headings unindented, paragraphs as
 *    in the body. Footnote marks are glued to the text ("19931"), "*" notes
 *    come first in the footnote list.
 *
 * 2. The template fields and page furniture of the Word original, in a fixed
 *    shape: the ODS job code, the symbols, rules, page counts, the masthead
 *    cells run together ("United NationsA/RES/68/160General AssemblyDistr.:
 *    General", then the issue date run into the session), the job number,
 *    the barcode text, "Please recycle", the running heads and "n/n". Every
 *    line of this part is written even when its value is empty, so that a
 *    reader can rely on its shape.
 *
 * Every generated word comes from the document language. The writer keeps
 * no state between calls: the same document gives the same bytes.
 */

#define G_LOG_DOMAIN "resolute-ods-text-writer"

#include "config.h"

#include <string.h>

#include "resolute-error.h"
#include "resolute-ods-text-writer.h"

/* Page count estimate. The ODS text carries the page count of the printed
 * document; until the layout engine exists we estimate it, deterministically,
 * from the text alone:
 * - a body line whose text has N characters fills ceil (N / 85) printed lines
 *   plus one line of paragraph spacing (indents and labels stand in the
 *   margin and do not count);
 * - a footnote fills ceil (N / 100) lines (smaller type, no spacing), and the
 *   footnote rule one line;
 * - a page holds 66 such lines, the first page 40 because of the masthead.
 * The figures come from the UN PDFs of ../shared/corpus/pdf-text (about 85
 * characters to a full line of 10 pt Times, 60–85 lines of extracted text to
 * a page); the seed, A/RES/68/160, comes out at its printed 3 pages. */
#define BODY_CHARS_PER_LINE 85
#define NOTE_CHARS_PER_LINE 100
#define FIRST_PAGE_LINES    40
#define PAGE_LINES          66

#define TEMPLATE_FIELD_MARK "[DU1]"

typedef struct
{
  ResoluteDocument       *document;
  const ResoluteLanguage *language;
  GString                *out;
  gboolean                at_blank;      /* the last line written was blank */
  guint                   printed_lines; /* for the page count estimate */
} Writer;

/* Appends @text with the characters that would break the line structure of
 * the rendition (line breaks, tabs) turned into spaces. */
static void
append_clean (GString    *out,
              const char *text)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\n':
        case '\r':
        case '\t':
        case '\v':
        case '\f':
          g_string_append_c (out, ' ');
          break;

        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

static guint
lines_for (const char *text,
           guint       chars_per_line)
{
  glong chars = text != NULL ? g_utf8_strlen (text, -1) : 0;

  return (guint) ((chars + chars_per_line - 1) / chars_per_line);
}

/* Writes one body line: @indent ("\t" or ""), the label and a tab when there
 * is a label, then the text. Only the text counts for the page estimate: the
 * indent and the label stand in the margin. */
static void
write_line (Writer     *writer,
            const char *indent,
            const char *label,
            const char *text)
{
  g_string_append (writer->out, indent);
  if (label != NULL && *label != '\0')
    {
      append_clean (writer->out, label);
      g_string_append_c (writer->out, '\t');
    }
  append_clean (writer->out, text);
  g_string_append_c (writer->out, '\n');

  writer->printed_lines += lines_for (text, BODY_CHARS_PER_LINE) + 1;
  writer->at_blank = FALSE;
}

static void
ensure_blank (Writer *writer)
{
  if (writer->at_blank)
    return;
  g_string_append_c (writer->out, '\n');
  writer->at_blank = TRUE;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static const char *
field (Writer        *writer,
       ResoluteField  which)
{
  const char *value = resolute_document_get_field (writer->document, which);

  return has_text (value) ? value : NULL;
}

static const char *
organ_name (Writer *writer)
{
  return resolute_language_get_organ_name (writer->language,
                                           resolute_document_get_organ (writer->document));
}

static gboolean
is_council (Writer *writer)
{
  return resolute_document_get_organ (writer->document) == RESOLUTE_ORGAN_SECURITY_COUNCIL;
}

static gboolean
is_adopted (Writer *writer)
{
  return resolute_document_get_kind (writer->document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION;
}

/* The mark of the "*" note on the title or the sponsors line, or "". */
static const char *
star_label (Writer             *writer,
            ResoluteNoteAnchor  anchor)
{
  ResoluteFootnote *note = resolute_document_get_star_note (writer->document, anchor);
  const char *label = note != NULL ? resolute_footnote_get_label (note) : NULL;

  return label != NULL ? label : "";
}

static char *
format_date_field (Writer        *writer,
                   ResoluteField  which)
{
  const char *iso = field (writer, which);

  return iso != NULL ? resolute_language_format_date (writer->language, iso) : NULL;
}

/* ------------------------------------------------------------------------ */
/* The body                                                                 */

/* The sponsors line of a draft or an amendment, or %NULL. */
static char *
sponsors_line (Writer *writer)
{
  const char *submitted_by = field (writer, RESOLUTE_FIELD_SUBMITTED_BY);
  g_autofree char *sponsors = NULL;
  g_autofree char *what = NULL;
  const char *mark = star_label (writer, RESOLUTE_NOTE_ANCHOR_SPONSORS);

  if (submitted_by != NULL)
    return g_strconcat (submitted_by, mark, NULL);

  if (resolute_document_get_n_sponsors (writer->document) == 0)
    return NULL;

  sponsors = resolute_document_get_sponsors_text (writer->document);
  if (resolute_document_get_kind (writer->document) == RESOLUTE_DOCUMENT_KIND_AMENDMENT)
    what = resolute_language_expand (writer->language, "AmendmentTo", "doc",
                                     field (writer, RESOLUTE_FIELD_AMENDED_DOCUMENT), NULL);
  else
    what = g_strdup (resolute_language_get_word (writer->language, "DraftResolution"));

  if (*mark != '\0')
    return resolute_language_expand (writer->language, "SponsorsLineWithNote", "sponsors",
                                     sponsors, "mark", mark, "what", what, NULL);
  return resolute_language_expand (writer->language, "SponsorsLine", "sponsors", sponsors,
                                   "what", what, NULL);
}

static void
write_heading (Writer *writer)
{
  const char *title = field (writer, RESOLUTE_FIELD_TITLE);
  const char *number = field (writer, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  const char *title_mark = star_label (writer, RESOLUTE_NOTE_ANCHOR_TITLE);
  g_autofree char *adoption_date = format_date_field (writer, RESOLUTE_FIELD_ADOPTION_DATE);
  g_autofree char *titled = title != NULL ? g_strconcat (title, title_mark, NULL) : NULL;

  if (!is_adopted (writer))
    {
      /* Albania, Australia and Japan: draft resolution */
      g_autofree char *line = sponsors_line (writer);

      if (line != NULL)
        write_line (writer, "", NULL, line);
    }
  else if (is_council (writer))
    {
      /* Resolution 2118 (2013)
       * Adopted by the Security Council at its 7038th meeting, on 27 September 2013 */
      const char *meeting = field (writer, RESOLUTE_FIELD_MEETING);

      if (number != NULL)
        {
          g_autofree char *line = resolute_language_expand (writer->language, "CouncilResolution",
                                                            "n", number, NULL);

          write_line (writer, "", NULL, line);
        }
      if (adoption_date != NULL)
        {
          g_autofree char *line
            = meeting != NULL
                ? resolute_language_expand (writer->language, "AdoptedAtMeeting", "organ",
                                            organ_name (writer), "meeting", meeting, "date",
                                            adoption_date, NULL)
                : resolute_language_expand (writer->language, "AdoptedOn", "organ",
                                            organ_name (writer), "date", adoption_date, NULL);

          write_line (writer, "", NULL, line);
        }
    }
  else
    {
      /* Resolution adopted by the General Assembly on 18 December 2013
       * [on the report of the Third Committee (A/68/456/Add.2)]
       * 68/160.<TAB>Title */
      const char *origin = field (writer, RESOLUTE_FIELD_ORIGIN);

      if (adoption_date != NULL)
        {
          g_autofree char *line = resolute_language_expand (writer->language, "AdoptedBy", "organ",
                                                            organ_name (writer), "date",
                                                            adoption_date, NULL);

          write_line (writer, "", NULL, line);
        }
      if (origin != NULL)
        {
          g_autofree char *line = NULL;

          if (origin[0] == '[')
            line = g_strdup (origin);
          else
            line = resolute_language_expand (writer->language, "Origin", "origin", origin, NULL);
          write_line (writer, "", NULL, line);
        }
      if (number != NULL)
        {
          g_autofree char *label = resolute_language_expand (writer->language, "ResolutionNumber",
                                                             "n", number, NULL);

          write_line (writer, "", label, titled != NULL ? titled : "");
          return;
        }
    }

  if (titled != NULL)
    write_line (writer, "", NULL, titled);
}

static void
write_closing (Writer *writer)
{
  const char *meeting = field (writer, RESOLUTE_FIELD_MEETING);
  g_autofree char *date = format_date_field (writer, RESOLUTE_FIELD_ADOPTION_DATE);

  /* the Security Council names its meeting in the heading */
  if (!is_adopted (writer) || is_council (writer) || (meeting == NULL && date == NULL))
    return;

  ensure_blank (writer);
  if (meeting != NULL)
    write_line (writer, "", NULL, meeting);
  if (date != NULL)
    write_line (writer, "", NULL, date);
}

static void
write_clause (Writer         *writer,
              ResoluteClause *clause)
{
  g_autofree char *text = resolute_document_get_plain_text (writer->document, clause);
  const char *label = resolute_clause_get_label (clause);
  ResoluteClauseKind kind = resolute_clause_get_kind (clause);

  switch (kind)
    {
    case RESOLUTE_CLAUSE_ANNEX:
      /* Annex
       * Title of the annex */
      ensure_blank (writer);
      write_line (writer, "", NULL, label);
      if (*text != '\0')
        write_line (writer, "", NULL, text);
      break;

    case RESOLUTE_CLAUSE_ANNEX_HEADING:
      /* "I.<TAB>Introduction", or "Guideline 1" above its title */
      if (*label == '\0')
        write_line (writer, "", NULL, text);
      else if (*text == '\0')
        write_line (writer, "", NULL, label);
      else if (g_str_has_suffix (label, "."))
        write_line (writer, "", label, text);
      else
        {
          write_line (writer, "", NULL, label);
          write_line (writer, "", NULL, text);
        }
      break;

    case RESOLUTE_CLAUSE_PREAMBULAR:
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      /* <TAB>1.<TAB>Text, <TAB>(a)<TAB>Text, <TAB>Text; a continuation
       * and an unnumbered paragraph have no label */
      write_line (writer, "\t", resolute_clause_get_continuation (clause) ? NULL : label, text);
      break;
    }
}

static void
write_body (Writer *writer)
{
  ResoluteDocument *document = writer->document;
  guint n = resolute_document_get_n_clauses (document);
  const char *formula = n > 0 ? resolute_document_get_authoring_formula (document) : NULL;
  const char *intro = field (writer, RESOLUTE_FIELD_OPERATIVE_INTRO);
  gboolean intro_written = FALSE;
  gboolean closed = FALSE;

  if (formula != NULL)
    write_line (writer, "\t", NULL, formula);

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (kind != RESOLUTE_CLAUSE_PREAMBULAR && intro != NULL && !intro_written)
        {
          write_line (writer, "\t", NULL, intro);
          intro_written = TRUE;
        }
      if (kind == RESOLUTE_CLAUSE_ANNEX && !closed)
        {
          write_closing (writer);
          closed = TRUE;
        }
      write_clause (writer, clause);
    }

  if (intro != NULL && !intro_written)
    write_line (writer, "\t", NULL, intro);
  if (!closed)
    write_closing (writer);
}

static void
write_footnotes (Writer *writer)
{
  GListModel *footnotes = resolute_document_get_footnotes (writer->document);
  guint n = g_list_model_get_n_items (footnotes);

  if (n == 0)
    return;

  ensure_blank (writer);
  writer->printed_lines++; /* the footnote rule */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);
      g_autofree char *text
        = resolute_document_get_footnote_plain_text (writer->document, footnote);
      gsize start = writer->out->len;

      /* 1 A/CONF.157/24 (Part I), chap. III. */
      append_clean (writer->out, resolute_footnote_get_label (footnote));
      g_string_append_c (writer->out, ' ');
      append_clean (writer->out, text);
      writer->printed_lines += lines_for (writer->out->str + start, NOTE_CHARS_PER_LINE);
      writer->at_blank = FALSE;
      g_string_append_c (writer->out, '\n');
    }
}

/* ------------------------------------------------------------------------ */
/* Template fields and page furniture                                       */

static guint
estimate_pages (Writer *writer)
{
  if (writer->printed_lines <= FIRST_PAGE_LINES)
    return 1;
  return 1 + (writer->printed_lines - FIRST_PAGE_LINES + PAGE_LINES - 1) / PAGE_LINES;
}

/* The original language of a draft is the document language unless told. */
static const char *
original_language (Writer *writer)
{
  const char *original = field (writer, RESOLUTE_FIELD_ORIGINAL_LANGUAGE);

  if (original == NULL && !is_adopted (writer))
    original = resolute_language_get_code (writer->language);
  return original;
}

static const char *
distribution_word (Writer *writer)
{
  switch (resolute_document_get_distribution (writer->document))
    {
    case RESOLUTE_DISTRIBUTION_LIMITED:
      return resolute_language_get_word (writer->language, "Limited");
    case RESOLUTE_DISTRIBUTION_RESTRICTED:
      return resolute_language_get_word (writer->language, "Restricted");
    case RESOLUTE_DISTRIBUTION_GENERAL:
    default:
      return resolute_language_get_word (writer->language, "General");
    }
}

/* The left cell of the masthead, below the organ: session, committee,
 * agenda items and their titles, one per line. */
static void
append_masthead_left (Writer  *writer,
                      GString *out)
{
  ResoluteDocument *document = writer->document;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();
  guint n_items = resolute_document_get_n_agenda_items (document);
  char *session = resolute_document_get_session_text (document);

  if (session != NULL)
    g_ptr_array_add (lines, session);
  if (field (writer, RESOLUTE_FIELD_COMMITTEE) != NULL)
    g_ptr_array_add (lines, g_strdup (field (writer, RESOLUTE_FIELD_COMMITTEE)));

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
      joined = resolute_language_join_list (writer->language,
                                            (const char * const *) numbers->pdata);
      g_ptr_array_add (lines, resolute_language_expand (writer->language, key, "n", joined, NULL));
    }
  for (guint i = 0; i < n_items; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);

      if (has_text (item->title))
        g_ptr_array_add (lines, g_strdup (item->title));
    }

  for (guint i = 0; i < lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      append_clean (out, g_ptr_array_index (lines, i));
    }
}

static void
write_template_block (Writer *writer)
{
  GString *out = writer->out;
  const char *symbol = field (writer, RESOLUTE_FIELD_SYMBOL);
  const char *title = field (writer, RESOLUTE_FIELD_TITLE);
  const char *original = original_language (writer);
  g_autofree char *job_code = resolute_document_get_job_code (writer->document);
  g_autofree char *barcode = resolute_document_get_barcode_text (writer->document);
  g_autofree char *issue_date = format_date_field (writer, RESOLUTE_FIELD_ISSUE_DATE);
  g_autofree char *distribution = resolute_language_expand (writer->language, "Distribution",
                                                            "d", distribution_word (writer),
                                                            NULL);
  g_autofree char *pages = g_strdup_printf ("%u", estimate_pages (writer));

  symbol = symbol != NULL ? symbol : "";
  title = title != NULL ? title : "";

  /* template fields */
  g_string_append (out, TEMPLATE_FIELD_MARK "<<ODS JOB NO>>");
  append_clean (out, job_code);
  g_string_append (out, "<<ODS JOB NO>>\n<<ODS DOC SYMBOL1>>");
  append_clean (out, symbol);
  g_string_append (out, "<<ODS DOC SYMBOL1>>\n"
                        "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>\n");

  /* rules and page counts */
  g_string_append (out, "_______________\n\n"
                        "------------------------------------------------------------\n\n"
                        "---------------\n\n"
                        "------------------------------------------------------------\n\n");
  g_string_append_printf (out, "%s\n    \n\n%s\n\n", pages, pages);

  /* masthead: United Nations | symbol | organ | Distr., date, original
   * run into the session, committee and agenda items */
  append_clean (out, resolute_language_get_word (writer->language, "UnitedNations"));
  append_clean (out, symbol);
  append_clean (out, organ_name (writer));
  append_clean (out, distribution);
  g_string_append_c (out, '\n');
  append_clean (out, issue_date);
  if (original != NULL)
    {
      const char *name = resolute_language_get_language_name (writer->language, original);
      g_autofree char *line = resolute_language_expand (writer->language, "Original", "l", name,
                                                        NULL);

      g_string_append_c (out, '\n');
      append_clean (out, line);
    }
  append_masthead_left (writer, out);
  g_string_append (out, "\n\n");

  /* first page footer: job number, barcode */
  append_clean (out, field (writer, RESOLUTE_FIELD_JOB_NUMBER));
  g_string_append_c (out, '\n');
  append_clean (out, barcode);
  append_clean (out, resolute_language_get_word (writer->language, "PleaseRecycle"));
  g_string_append (out, " \n\n");

  /* running heads of even and odd pages */
  append_clean (out, symbol);
  append_clean (out, title);
  g_string_append (out, "\n\n");
  append_clean (out, title);
  append_clean (out, symbol);
  g_string_append (out, "\n\n");

  /* footers of even and odd pages: the last page number of N */
  g_string_append_printf (out, "%s/%s\n\n%s/%s\n\n", pages, pages, pages, pages);
}

/**
 * resolute_ods_text_writer_write:
 * @document: the document to export
 * @error: not set: every valid document can be written
 *
 * Writes @document as the UTF-8 text the Official Document System gives for
 * a document: the body lines, the footnotes, then the template fields and
 * page furniture. The page counts in it are estimated from the length of the
 * text (see above).
 *
 * Returns: (transfer full): the text.
 */
GBytes *
resolute_ods_text_writer_write (ResoluteDocument  *document,
                                GError           **error)
{
  Writer writer = { 0 };
  gsize length;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer.document = document;
  writer.language = resolute_document_get_language (document);
  writer.out = g_string_new (TEMPLATE_FIELD_MARK "\n");

  write_heading (&writer);
  write_body (&writer);
  write_footnotes (&writer);
  write_template_block (&writer);

  length = writer.out->len;
  return g_bytes_new_take (g_string_free (writer.out, FALSE), length);
}
