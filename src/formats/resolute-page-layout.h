/* resolute-page-layout.h — a document laid out in pages as the UN prints it, for PDF and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "resolute-document.h"

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_PAPER_A4,
  RESOLUTE_PAPER_LETTER,
} ResolutePaperSize;

/**
 * ResolutePageLayoutOptions:
 * @paper: the paper size (A4 unless told)
 * @qr_code: print a QR code of the document's address on the first page
 * @font_family: (nullable): the type family; %NULL for Times New Roman, or
 *   a metric-compatible family (Liberation Serif, Tinos) when it is absent
 *
 * Zero-initialised options are the defaults.
 */
typedef struct
{
  ResolutePaperSize  paper;
  gboolean           qr_code;
  const char        *font_family;
} ResolutePageLayoutOptions;

#define RESOLUTE_TYPE_PAGE_LAYOUT (resolute_page_layout_get_type ())

G_DECLARE_FINAL_TYPE (ResolutePageLayout, resolute_page_layout, RESOLUTE, PAGE_LAYOUT, GObject)

ResolutePageLayout *resolute_page_layout_new              (ResoluteDocument                *document,
                                                           const ResolutePageLayoutOptions *options,
                                                           GError                         **error);
ResoluteDocument   *resolute_page_layout_get_document     (ResolutePageLayout              *self);
guint               resolute_page_layout_get_n_pages      (ResolutePageLayout              *self);
void                resolute_page_layout_get_page_size    (ResolutePageLayout              *self,
                                                           double                          *width,
                                                           double                          *height);
ResolutePaperSize   resolute_page_layout_get_paper        (ResolutePageLayout              *self);
const char         *resolute_page_layout_get_font_family  (ResolutePageLayout              *self);
gboolean            resolute_page_layout_get_font_is_metric_compatible
                                                          (ResolutePageLayout              *self);
void                resolute_page_layout_render_page      (ResolutePageLayout              *self,
                                                           cairo_t                         *cr,
                                                           guint                            page);
void                resolute_page_layout_add_outline      (ResolutePageLayout              *self,
                                                           cairo_surface_t                 *pdf_surface);
int                 resolute_page_layout_get_clause_page  (ResolutePageLayout              *self,
                                                           ResoluteClause                  *clause);
int                 resolute_page_layout_get_note_page    (ResolutePageLayout              *self,
                                                           ResoluteFootnote                *footnote);
int                 resolute_page_layout_get_mark_page    (ResolutePageLayout              *self,
                                                           ResoluteFootnote                *footnote);

void                resolute_paper_size_get_size          (ResolutePaperSize                paper,
                                                           double                          *width,
                                                           double                          *height);
const char         *resolute_paper_size_to_string         (ResolutePaperSize                paper);
gboolean            resolute_paper_size_from_string       (const char                      *string,
                                                           ResolutePaperSize               *paper);

G_END_DECLS
