/* resolute-text-source.h — the lines of an imported text, checked and split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ResoluteTextLine:
 * @raw: the line without its line break and trailing spaces and tabs
 * @text: @raw past its leading spaces and tabs
 * @number: the line number in the input, from 1
 * @n_chars: the length of @text in characters
 * @leading_tab: whether @raw starts with a tab (an indented ODS paragraph)
 * @empty: whether the line held nothing at all, not even a space: in text
 *   copied out of a PDF this is a page break (a form feed is one too); in
 *   text with form feeds (pdftotext's), only they are
 * @page_break: whether the line stands for a form feed
 */
typedef struct
{
  char     *raw;
  char     *text;
  guint     number;
  guint     n_chars;
  gboolean  leading_tab;
  gboolean  empty;
  gboolean  page_break;
} ResoluteTextLine;

typedef enum
{
  RESOLUTE_TEXT_FORM_ODS, /* the ODS text rendition: one line per paragraph */
  RESOLUTE_TEXT_FORM_PDF, /* text copied out of a PDF: wrapped lines, page furniture */
} ResoluteTextForm;

typedef struct
{
  ResoluteTextLine *lines;
  guint             n_lines;
  ResoluteTextForm  form;
} ResoluteTextSource;

/* The largest input read, well above any resolution (the longest are under 2 MB). */
#define RESOLUTE_TEXT_SOURCE_MAX_SIZE (64 * 1024 * 1024)

ResoluteTextSource *resolute_text_source_new       (GBytes                   *data,
                                                    GPtrArray                *warnings,
                                                    GError                  **error);
void                resolute_text_source_free      (ResoluteTextSource       *self);
gboolean            resolute_text_line_is_blank    (const ResoluteTextLine   *line);
void                resolute_text_warn             (GPtrArray                *warnings,
                                                    guint                     line,
                                                    const char               *format,
                                                    ...) G_GNUC_PRINTF (3, 4);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteTextSource, resolute_text_source_free)

G_END_DECLS
