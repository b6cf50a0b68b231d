/* resolute-text-source.c — the lines of an imported text, checked and split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first step of the ODS text importer: the bytes are checked (not empty,
 * not binary, UTF-8 or UTF-16 with its byte order mark), split into lines at
 * LF, CR LF, CR or a form feed (which pdftotext writes at page breaks), and
 * the form of the text is told: the ODS rendition, with its tab-indented
 * paragraphs and "[DU1]" template fields, or text copied out of a PDF. In
 * the latter, the columns that `pdftotext -layout` keeps side by side
 * become lines of their own.
 */

#define G_LOG_DOMAIN "resolute-text-source"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-error.h"
#include "resolute-text-source.h"

/* More stray control characters than this and the file is not text. */
#define MAX_CONTROL_CHARACTERS 8

void
resolute_text_warn (GPtrArray  *warnings,
                    guint       line,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (warnings == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_ptr_array_add (warnings, g_strdup_printf (_("Line %u: %s"), line, message));
  else
    g_ptr_array_add (warnings, g_steal_pointer (&message));
}

gboolean
resolute_text_line_is_blank (const ResoluteTextLine *line)
{
  return line->text[0] == '\0';
}

static void
text_line_clear (gpointer data)
{
  ResoluteTextLine *line = data;

  g_clear_pointer (&line->raw, g_free);
}

void
resolute_text_source_free (ResoluteTextSource *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_lines; i++)
    text_line_clear (&self->lines[i]);
  g_free (self->lines);
  g_free (self);
}

/* Returns the line and column (both from 1) of byte @offset of @text. */
static void
locate (const char *text,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = text;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n')
      {
        (*line)++;
        line_start = text + i + 1;
      }
  *column = (guint) g_utf8_strlen (line_start, text + offset - line_start) + 1;
}

/* Turns the input into UTF-8 without a byte order mark, or says why not. */
static char *
decode (GBytes  *data,
        gsize   *length,
        GError **error)
{
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);
  const char *end = NULL;
  char *text;

  if (size > RESOLUTE_TEXT_SOURCE_MAX_SIZE)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("The text is too large to be a resolution (%" G_GSIZE_FORMAT " bytes; "
                     "at most %d are read)"),
                   size, RESOLUTE_TEXT_SOURCE_MAX_SIZE);
      return NULL;
    }

  if (size >= 2 && ((guchar) bytes[0] == 0xff && (guchar) bytes[1] == 0xfe))
    {
      g_autoptr(GError) local_error = NULL;

      text = g_convert (bytes + 2, size - 2, "UTF-8", "UTF-16LE", NULL, length, &local_error);
      if (text == NULL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                       _("The text says it is UTF-16 but cannot be read as such: %s"),
                       local_error->message);
          return NULL;
        }
    }
  else if (size >= 2 && ((guchar) bytes[0] == 0xfe && (guchar) bytes[1] == 0xff))
    {
      g_autoptr(GError) local_error = NULL;

      text = g_convert (bytes + 2, size - 2, "UTF-8", "UTF-16BE", NULL, length, &local_error);
      if (text == NULL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                       _("The text says it is UTF-16 but cannot be read as such: %s"),
                       local_error->message);
          return NULL;
        }
    }
  else
    {
      if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
        {
          bytes += 3;
          size -= 3;
        }
      text = g_malloc (size + 1);
      if (size > 0)
        memcpy (text, bytes, size);
      text[size] = '\0';
      *length = size;
    }

  {
    const char *nul = memchr (text, '\0', *length);

    if (nul != NULL)
      {
        guint line, column;

        locate (text, nul - text, &line, &column);
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                     _("Line %u, column %u: the file holds binary data (a NUL byte), not text"),
                     line, column);
        g_free (text);
        return NULL;
      }
  }

  if (!g_utf8_validate_len (text, *length, &end))
    {
      guint line, column;

      locate (text, end - text, &line, &column);
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %u, column %u: the text is not valid UTF-8 (byte 0x%02x); "
                     "save it as UTF-8 and try again"),
                   line, column, (guchar) *end);
      g_free (text);
      return NULL;
    }

  return text;
}

static gboolean
is_stray_control (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f;
}

static void
add_line (GArray     *lines,
          const char *start,
          gsize       length,
          guint       number,
          gboolean    page_break)
{
  ResoluteTextLine line = { 0 };
  gsize end = length;
  gsize lead = 0;

  while (end > 0 && (start[end - 1] == ' ' || start[end - 1] == '\t' || start[end - 1] == '\v'))
    end--;
  line.raw = g_strndup (start, end);
  line.leading_tab = line.raw[0] == '\t';
  while (line.raw[lead] == ' ' || line.raw[lead] == '\t')
    lead++;
  line.text = line.raw + lead;
  line.number = number;
  line.n_chars = (guint) g_utf8_strlen (line.text, -1);
  line.empty = length == 0 || page_break;
  line.page_break = page_break;
  g_array_append_val (lines, line);
}

static ResoluteTextForm
detect_form (const ResoluteTextLine *lines,
             guint                   n_lines)
{
  guint n_text = 0;
  guint n_tabbed = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      if (lines[i].text[0] == '\0')
        continue;
      if (n_text == 0 && g_str_has_prefix (lines[i].text, "[DU1]"))
        return RESOLUTE_TEXT_FORM_ODS;
      if (strstr (lines[i].raw, "<<ODS JOB NO>>") != NULL)
        return RESOLUTE_TEXT_FORM_ODS;
      n_text++;
      if (lines[i].leading_tab)
        n_tabbed++;
    }

  /* a text whose paragraphs are tab-indented, without the template fields */
  if (n_text > 0 && n_tabbed * 3 >= n_text)
    return RESOLUTE_TEXT_FORM_ODS;

  return RESOLUTE_TEXT_FORM_PDF;
}

/* The gap between two columns of a line, as `pdftotext -layout` keeps
 * them ("United Nations      A/RES/68/160"): wider than the spaces that
 * justification leaves between words. */
#define COLUMN_GAP "     "

/* The length of a paragraph number or sub-paragraph label that opens
 * @text with no space before the capital letter of the paragraph's text
 * ("3.Delete", "(a)Such"), or 0. */
static gsize
glued_label (const char *text)
{
  gsize n = 0;

  if (g_ascii_isdigit (text[0]))
    {
      while (n < 3 && g_ascii_isdigit (text[n]))
        n++;
      if (text[n] != '.')
        return 0;
      n++;
    }
  else if (text[0] == '(')
    {
      n = 1;
      while (n < 7 && g_ascii_islower (text[n]))
        n++;
      if (n == 1 || text[n] != ')')
        return 0;
      n++;
    }
  else
    return 0;
  return g_ascii_isupper (text[n]) ? n : 0;
}

/* Text copied out of a PDF, line by line as the other ways of copying give
 * it: a number glued to the text it opens ("3.Delete", where a viewer
 * copies the tab after it as nothing) gets its space back, and each column
 * of a line that `pdftotext -layout` kept side by side becomes a line of
 * its own, with the same line number. */
static GArray *
normalize_pdf_lines (GArray *lines)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (ResoluteTextLine), lines->len);

  g_array_set_clear_func (out, text_line_clear);
  for (guint i = 0; i < lines->len; i++)
    {
      ResoluteTextLine *line = &g_array_index (lines, ResoluteTextLine, i);
      gsize label = glued_label (line->text);
      g_autofree char *spaced = label > 0 ? g_strdup_printf ("%.*s %s", (int) label, line->text,
                                                             line->text + label)
                                          : NULL;
      const char *text = spaced != NULL ? spaced : line->text;
      const char *gap = strstr (text, COLUMN_GAP);

      if (spaced == NULL && gap == NULL)
        {
          g_array_append_val (out, *line);
          line->raw = NULL; /* moved */
          continue;
        }
      for (; gap != NULL; gap = strstr (text, COLUMN_GAP))
        {
          add_line (out, text, gap - text, line->number, FALSE);
          text = gap;
          while (*text == ' ')
            text++;
        }
      if (*text != '\0')
        add_line (out, text, strlen (text), line->number, FALSE);
    }
  return out;
}

/**
 * resolute_text_source_new:
 * @data: the bytes of the file
 * @warnings: (nullable) (element-type utf8): where to say what was changed
 *
 * Returns: (transfer full): the lines, or %NULL with @error set
 *   (%RESOLUTE_ERROR_PARSE) when @data is empty, binary or not UTF-8.
 */
ResoluteTextSource *
resolute_text_source_new (GBytes     *data,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_autoptr(ResoluteTextSource) self = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) lines = NULL;
  gsize length = 0;
  guint n_controls = 0;
  guint number = 1;
  gsize start = 0;
  gboolean any_text = FALSE;
  ResoluteTextForm form;

  text = decode (data, &length, error);
  if (text == NULL)
    return NULL;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = text[i];

      if (is_stray_control (c))
        n_controls++;
      else if (!g_ascii_isspace (c))
        any_text = TRUE;
    }

  if (n_controls > MAX_CONTROL_CHARACTERS)
    {
      gsize offset = 0;
      guint line, column;

      while (!is_stray_control (text[offset]))
        offset++;
      locate (text, offset, &line, &column);
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %u, column %u: the file holds binary data "
                     "(control character 0x%02x), not text"),
                   line, column, (guchar) text[offset]);
      return NULL;
    }

  if (!any_text)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   length == 0 ? _("The file is empty")
                               : _("The file holds no text, only white space"));
      return NULL;
    }

  lines = g_array_new (FALSE, FALSE, sizeof (ResoluteTextLine));
  g_array_set_clear_func (lines, text_line_clear);

  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? text[i] : '\n';

      if (i < length && is_stray_control ((guchar) c))
        {
          resolute_text_warn (warnings, number,
                              _("the control character 0x%02x was replaced by a space"),
                              (guchar) c);
          text[i] = ' ';
          continue;
        }

      if (c == '\n' || c == '\r')
        {
          if (i < length || start < length)
            add_line (lines, text + start, i - start, number, FALSE);
          if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          number++;
          start = i + 1;
        }
      else if (c == '\f')
        {
          /* a form feed: the page break of pdftotext */
          if (i > start)
            add_line (lines, text + start, i - start, number, FALSE);
          add_line (lines, "", 0, number, TRUE);
          start = i + 1;
        }
    }

  /* With form feeds (pdftotext), they alone are page breaks: every blank
   * line there is written empty, not only those at a page break. */
  if (memchr (text, '\f', length) != NULL)
    for (guint i = 0; i < lines->len; i++)
      {
        ResoluteTextLine *line = &g_array_index (lines, ResoluteTextLine, i);

        line->empty = line->page_break;
      }

  form = detect_form ((const ResoluteTextLine *) (gpointer) lines->data, lines->len);
  if (form == RESOLUTE_TEXT_FORM_PDF)
    {
      GArray *normalized = normalize_pdf_lines (lines);

      g_array_unref (lines);
      lines = normalized;
    }

  self = g_new0 (ResoluteTextSource, 1);
  self->n_lines = lines->len;
  self->lines = (ResoluteTextLine *) (gpointer) g_array_free (g_steal_pointer (&lines), FALSE);
  self->form = form;

  return g_steal_pointer (&self);
}
