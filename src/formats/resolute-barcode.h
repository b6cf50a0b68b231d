/* resolute-barcode.h — the job number's Code 39 barcode and the address QR code, as vectors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_BARCODE_CODE39, /* the job number: "1344905", printed as "*1344905*" */
  RESOLUTE_BARCODE_QR,     /* the document's address */
} ResoluteBarcodeKind;

/**
 * ResoluteBarcodeBar:
 *
 * One filled rectangle of a symbol, in modules (the width of the narrowest
 * bar of a Code 39 symbol, one square of a QR code), from the symbol's
 * top-left corner.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} ResoluteBarcodeBar;

typedef struct _ResoluteBarcode ResoluteBarcode;

ResoluteBarcode          *resolute_barcode_new        (ResoluteBarcodeKind  kind,
                                                       const char          *data,
                                                       GError             **error);
void                      resolute_barcode_free       (ResoluteBarcode     *self);
double                    resolute_barcode_get_width  (ResoluteBarcode     *self);
double                    resolute_barcode_get_height (ResoluteBarcode     *self);
guint                     resolute_barcode_get_n_bars (ResoluteBarcode     *self);
const ResoluteBarcodeBar *resolute_barcode_get_bar    (ResoluteBarcode     *self,
                                                       guint                index);
char                     *resolute_barcode_get_pattern (ResoluteBarcode    *self);
void                      resolute_barcode_draw       (ResoluteBarcode     *self,
                                                       cairo_t             *cr,
                                                       double               x,
                                                       double               y,
                                                       double               width,
                                                       double               height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteBarcode, resolute_barcode_free)

G_END_DECLS
