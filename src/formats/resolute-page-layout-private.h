/* resolute-page-layout-private.h — what the page layout's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All lengths are in PostScript points (1/72 inch), from the page's top-left
 * corner, y downwards, as Cairo draws.
 */

#pragma once

#include <pango/pangocairo.h>

#include "resolute-barcode.h"
#include "resolute-page-layout.h"

G_BEGIN_DECLS

/* Type sizes and the vertical rhythm of the body: 10 pt Times on a 12 pt
 * line, 6 pt between paragraphs, 8 pt notes on 9.6 pt. */
#define RESOLUTE_BODY_SIZE        10.0
#define RESOLUTE_BODY_PITCH       12.0
#define RESOLUTE_PARAGRAPH_SPACE   6.0
#define RESOLUTE_NOTE_SIZE         8.0
/* a footnote mark, in body text: raised and smaller */
#define RESOLUTE_MARK_SIZE         6.5
#define RESOLUTE_MARK_RISE         3.5
/* a footnote's number before its note: raised less, so that text
 * extraction keeps it on the note's line */
#define RESOLUTE_NOTE_LABEL_SIZE   6.0
#define RESOLUTE_NOTE_LABEL_RISE   2.0
#define RESOLUTE_NOTE_PITCH        9.6
#define RESOLUTE_NOTE_SPACE        2.0
/* the space the rule above the notes takes, rule included */
#define RESOLUTE_NOTE_RULE_SPACE  12.0
/* the height of the text on a page (notes included): 47 to 50 lines and 10
 * to 13 paragraph breaks fill the UN's pages */
#define RESOLUTE_BODY_HEIGHT     654.0

/* Horizontal measures of the body column, measured on the UN's PDFs (see
 * resolute-page-layout.c): the column, the first-line indent of paragraphs
 * and the tab after paragraph numbers. */
#define RESOLUTE_COLUMN_WIDTH    351.0
#define RESOLUTE_INDENT           28.35
#define RESOLUTE_LABEL_TAB        48.2

typedef struct
{
  double width;
  double height;
  double frame_left;   /* the masthead, running heads and footers */
  double frame_width;
  double body_left;    /* the column of the text */
  double body_width;
  double body_top;     /* pages after the first */
  double body_bottom;
  double offset_top;   /* of the Letter text block centred on a taller page */
  double head_top;     /* running heads */
  double foot_baseline;
} ResolutePageGeometry;

/* a link on a line: a byte range of the layout's text and where it goes */
typedef struct
{
  guint  start;
  guint  end;
  char  *dest;
} ResoluteLayoutLink;

/* a footnote mark on a line of a block */
typedef struct
{
  guint line;
  guint note;  /* index in self->notes */
} ResoluteLayoutMark;

typedef enum
{
  RESOLUTE_OUTLINE_NONE,
  RESOLUTE_OUTLINE_TITLE,
  RESOLUTE_OUTLINE_PREAMBLE,
  RESOLUTE_OUTLINE_OPERATIVE,
  RESOLUTE_OUTLINE_ANNEX,
  RESOLUTE_OUTLINE_ANNEX_HEADING,
  RESOLUTE_OUTLINE_ANNEX_PARAGRAPH,
} ResoluteOutlineRole;

/* One paragraph of the flow: the heading lines, the formula, clauses, the
 * closing lines. */
typedef struct
{
  PangoLayout          *layout;
  PangoLayout          *label;         /* the number, on the first line; or NULL */
  double                x;             /* left of the layout, from the column's left */
  double                label_x;       /* left of the label, from the column's left */
  double                pitch;         /* line to line */
  double                baseline;      /* first baseline below the line's top */
  double                space_before;
  guint                 n_lines;
  guint                 keep_with_next : 1;
  guint                 keep_together : 1;
  ResoluteClause       *clause;        /* (nullable) */
  ResoluteOutlineRole   outline;
  char                 *outline_text;  /* (nullable) */
  char                 *dest;          /* (nullable) named destination of the block */
  GArray               *marks;         /* (nullable) ResoluteLayoutMark, by line */
  GArray               *links;         /* (nullable) ResoluteLayoutLink */
  gpointer              pending;       /* what it is made of, until it is laid out */
} ResoluteLayoutBlock;

/* One footnote, laid out once. */
typedef struct
{
  ResoluteFootnote *footnote;
  PangoLayout      *layout;
  PangoLayout      *label;
  guint             n_lines;
  char             *dest;
  GArray           *links;             /* (nullable) ResoluteLayoutLink */
  int               page;              /* where it starts, or -1 */
  int               mark_page;         /* where its first mark is, or -1 */
} ResoluteLayoutNote;

/* Lines of a block placed on a page, the first at @y (top of its line). */
typedef struct
{
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;
} ResoluteBlockSlice;

typedef struct
{
  guint  note;
  guint  first_line;
  guint  n_lines;
  double y;
} ResoluteNoteSlice;

typedef struct
{
  GArray *blocks; /* ResoluteBlockSlice */
  GArray *notes;  /* ResoluteNoteSlice */
  double  notes_top;
} ResolutePage;

struct _ResolutePageLayout
{
  GObject                 parent_instance;

  ResoluteDocument       *document;
  ResolutePaperSize       paper;
  gboolean                qr_code;
  ResolutePageGeometry    geometry;

  PangoFontMap           *font_map;
  PangoContext           *context;
  char                   *family;
  gboolean                metric_compatible;
  double                  first_body_top;    /* below the masthead */
  double                  first_body_bottom; /* above the job number and barcode */
  struct
  {
    double      size;
    PangoWeight weight;
    double      pitch;
    double      baseline;
  }                       baselines[8];      /* _resolute_page_layout_baseline()'s */
  guint                   n_baselines;

  GPtrArray              *blocks;   /* ResoluteLayoutBlock */
  GArray                 *notes;    /* ResoluteLayoutNote */
  PangoLayout            *note_rule; /* the underscores above a page's notes */
  GPtrArray              *pages;    /* ResolutePage */
  GHashTable             *note_index; /* ResoluteFootnote → index + 1 */

  /* the page furniture (resolute-page-furniture.c) */
  struct _ResoluteFurniture *furniture;
};

/* resolute-page-layout.c */
PangoLayout *_resolute_page_layout_new_text       (ResolutePageLayout *self,
                                                   const char         *text,
                                                   double              size,
                                                   PangoWeight         weight,
                                                   PangoStyle          style,
                                                   double              width);
PangoLayout *_resolute_page_layout_new_inline     (ResolutePageLayout   *self,
                                                   const ResoluteInline *content,
                                                   double                size,
                                                   double                width,
                                                   GArray              **links);
double       _resolute_page_layout_baseline       (ResolutePageLayout *self,
                                                   double              size,
                                                   PangoWeight         weight,
                                                   double              pitch);
void         _resolute_page_layout_show_line      (ResolutePageLayout *self,
                                                   cairo_t            *cr,
                                                   PangoLayout        *layout,
                                                   guint               line,
                                                   double              x,
                                                   double              baseline);
void         _resolute_page_layout_emit_links     (cairo_t            *cr,
                                                   PangoLayout        *layout,
                                                   GArray             *links,
                                                   guint               line,
                                                   double              x,
                                                   double              baseline);
char        *_resolute_page_layout_escape_attribute (const char       *value);

/* resolute-page-footnotes.c */
void         _resolute_page_notes_build           (ResolutePageLayout *self);
void         _resolute_page_notes_draw            (ResolutePageLayout *self,
                                                   cairo_t            *cr,
                                                   ResolutePage       *page);
void         _resolute_layout_note_clear          (ResoluteLayoutNote *note);

/* resolute-page-furniture.c */
gboolean     _resolute_page_furniture_build       (ResolutePageLayout *self,
                                                   GError            **error);
void         _resolute_page_furniture_free        (struct _ResoluteFurniture *furniture);
void         _resolute_page_furniture_draw        (ResolutePageLayout *self,
                                                   cairo_t            *cr,
                                                   guint               page);

G_END_DECLS
