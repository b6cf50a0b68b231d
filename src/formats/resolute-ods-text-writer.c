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
#include "resolute-masthead.h"
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

/* ------------------------------------------------------------------------ */
/* The body                                                                 */

/* The heading lines come from resolute-masthead.c, which the page layout
 * shares: the sponsors line of a draft, the adoption and origin lines of an
 * adopted text, the Security Council's resolution number, the title. */
static void
write_heading (Writer *writer)
{
  g_autoptr(GPtrArray) lines = resolute_masthead_get_heading (writer->document);

  for (guint i = 0; i < lines->len; i++)
    {
      ResoluteHeadingLine *line = g_ptr_array_index (lines, i);

      write_line (writer, "", line->label, line->text);
    }
}

static void
write_closing (Writer *writer)
{
  g_auto(GStrv) lines = resolute_masthead_get_closing (writer->document);

  if (lines[0] == NULL)
    return;

  ensure_blank (writer);
  for (guint i = 0; lines[i] != NULL; i++)
    write_line (writer, "", NULL, lines[i]);
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

/* The left cell of the masthead, below the organ: session, committee,
 * agenda items and their titles, one per line. */
static void
append_masthead_left (Writer  *writer,
                      GString *out)
{
  g_autoptr(GPtrArray) lines = resolute_masthead_get_left_lines (writer->document);

  for (guint i = 0; i < lines->len; i++)
    {
      ResoluteMastheadLine *line = g_ptr_array_index (lines, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      append_clean (out, line->text);
    }
}

static void
write_template_block (Writer *writer)
{
  GString *out = writer->out;
  const char *symbol = field (writer, RESOLUTE_FIELD_SYMBOL);
  const char *title = field (writer, RESOLUTE_FIELD_TITLE);
  g_autofree char *original = resolute_masthead_get_original (writer->document);
  g_autofree char *job_code = resolute_document_get_job_code (writer->document);
  g_autofree char *barcode = resolute_document_get_barcode_text (writer->document);
  g_autofree char *issue_date = resolute_masthead_format_date (writer->document,
                                                               RESOLUTE_FIELD_ISSUE_DATE);
  g_autofree char *distribution = resolute_masthead_get_distribution (writer->document);
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
  append_clean (out, resolute_masthead_get_organ_name (writer->document));
  append_clean (out, distribution);
  g_string_append_c (out, '\n');
  append_clean (out, issue_date);
  if (original != NULL)
    {
      g_string_append_c (out, '\n');
      append_clean (out, original);
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
