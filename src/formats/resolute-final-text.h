/* resolute-final-text.h — a document as the styled paragraphs of a word-processor file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_FINAL_ALIGN_JUSTIFY,
  RESOLUTE_FINAL_ALIGN_LEFT,
  RESOLUTE_FINAL_ALIGN_RIGHT,
  RESOLUTE_FINAL_ALIGN_CENTER,
} ResoluteFinalAlign;

/**
 * ResoluteFinalStyle:
 * @id: the Word style id and the OpenDocument style name ("ResOperative")
 * @name: the name a user sees in the word processor
 * @paragraph: a paragraph style; %FALSE for a character style
 * @parent: (nullable): the id of the style it is based on
 * @next: (nullable): the style of the paragraph typed after it
 * @size: type size in points, 0 to inherit
 * @left: left indent in points, from the text frame
 * @first: first line, from @left (negative: hanging)
 * @tab: a left tab stop, from @left; 0 for none
 * @before: space above, points
 *
 * The named styles both writers define: the masthead cells, the heading
 * lines, each kind and level of paragraph, footnotes and page furniture.
 */
typedef struct
{
  const char         *id;
  const char         *name;
  gboolean            paragraph;
  const char         *parent;
  const char         *next;
  double              size;
  gboolean            bold;
  gboolean            italic;
  gboolean            superscript;
  ResoluteFinalAlign  align;
  double              left;
  double              right;
  double              first;
  double              tab;
  double              before;
  double              after;
  double              line;
  gboolean            keep_next;
  gboolean            keep_together;
  gboolean            right_tab;   /* a right tab stop at the frame's right edge */
} ResoluteFinalStyle;

/* The page: A4, a text frame 6.5 in wide and centred (the masthead, heads,
 * footers), a column of 351 pt in its middle (the body). Points. */
#define RESOLUTE_FINAL_PAGE_WIDTH    595.3
#define RESOLUTE_FINAL_PAGE_HEIGHT   841.9
#define RESOLUTE_FINAL_FRAME_WIDTH   468.0
#define RESOLUTE_FINAL_MARGIN_SIDE   63.65
#define RESOLUTE_FINAL_MARGIN_TOP    72.0
#define RESOLUTE_FINAL_MARGIN_BOTTOM 64.0
#define RESOLUTE_FINAL_HEADER_TOP    36.0
#define RESOLUTE_FINAL_FOOTER_BOTTOM 28.0
#define RESOLUTE_FINAL_COLUMN_INSET  58.5
#define RESOLUTE_FINAL_FONT          "Times New Roman"

/**
 * ResoluteFinalParagraph:
 * @style: the id of its paragraph style
 * @label: (nullable): the number written before a tab ("1.", "(a)", "68/160.")
 * @content: its text, emphasis, footnote marks and cross-references
 * @opening: the length of its automatic italic opening phrase
 * @clause: (nullable): the clause it shows, which cross-references are
 *   worded from
 * @bookmark: (nullable): the name of the bookmark cross-references point to
 * @page_break: the paragraph starts a new page (an annex)
 */
typedef struct
{
  const char     *style;
  char           *label;
  ResoluteInline *content;
  gsize           opening;
  ResoluteClause *clause;
  char           *bookmark;
  gboolean        page_break;
} ResoluteFinalParagraph;

#define RESOLUTE_FINAL_MASTHEAD_CELLS 6

typedef struct
{
  ResoluteDocument *document;
  GPtrArray        *masthead[RESOLUTE_FINAL_MASTHEAD_CELLS]; /* 3 rows of 2 cells */
  GPtrArray        *body;      /* ResoluteFinalParagraph */
  char             *symbol;    /* "" when not set */
  char             *title;     /* running head */
  char             *job;       /* "13-44905 (E)" or NULL */
  char             *job_short; /* "13-44905" */
  char             *date_code; /* "210214" or NULL */
  char             *barcode;   /* "*1344905*" or NULL */
  GBytes           *barcode_png;    /* the barcode as a PNG image, or NULL */
  double            barcode_width;  /* its size on the page, points */
  double            barcode_height;
  char             *language;  /* "en" */
  GPtrArray        *properties; /* custom properties: name, value, name, value… */
} ResoluteFinalText;

/**
 * ResoluteFinalRun:
 * A piece of a paragraph with one set of attributes: text, or an object
 * (footnote mark, cross-reference).
 */
typedef struct
{
  const char                 *text;
  gsize                       length;
  const ResoluteInlineObject *object;
  gboolean                    opening;
  gboolean                    italic;
  gboolean                    bold;
  const char                 *inserted;  /* the proposal of a tracked insertion */
  const char                 *deleted;   /* the proposal of a tracked deletion */
  const char                 *reference; /* the href of a reference to a document */
} ResoluteFinalRun;

typedef void (*ResoluteFinalRunFunc) (const ResoluteFinalRun *run,
                                      gpointer                user_data);

/* Custom document properties that carry what the printed text does not show */
#define RESOLUTE_FINAL_PROPERTY_NOTES        "ResoluteNotes"
#define RESOLUTE_FINAL_PROPERTY_JOB_CODE     "ResoluteJobCode"
#define RESOLUTE_FINAL_PROPERTY_LANGUAGE     "ResoluteLanguage"
#define RESOLUTE_FINAL_PROPERTY_LATER        "ResoluteSponsorsJoinedLater"
#define RESOLUTE_FINAL_PROPERTY_SESSION_TEXT "ResoluteSessionText"

/* Cross-references point to bookmarks named after the clause id */
#define RESOLUTE_FINAL_BOOKMARK_PREFIX "res_"

const ResoluteFinalStyle *resolute_final_text_get_styles       (guint                        *n_styles);
const ResoluteFinalStyle *resolute_final_text_lookup_style     (const char                   *id);
ResoluteFinalText        *resolute_final_text_new              (ResoluteDocument             *document);
void                      resolute_final_text_free             (ResoluteFinalText            *self);
void                      resolute_final_paragraph_foreach_run (const ResoluteFinalParagraph *paragraph,
                                                                ResoluteFinalRunFunc          func,
                                                                gpointer                      data);
char                     *resolute_final_text_render_object    (ResoluteFinalText            *self,
                                                                const ResoluteFinalParagraph *paragraph,
                                                                const ResoluteInlineObject   *object);
gboolean                  resolute_final_text_is_body_style    (const char                   *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteFinalText, resolute_final_text_free)

G_END_DECLS
