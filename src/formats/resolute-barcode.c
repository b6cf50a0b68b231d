/* resolute-barcode.c — the job number's Code 39 barcode and the address QR code, as vectors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first page of a UN document carries the barcode of its job number
 * (Code 39, "*1344905*") and, on recent documents, a QR code of its address.
 * libzint encodes them; ZBarcode_Buffer_Vector() gives the symbol as
 * rectangles, which are kept here in module units and drawn as Cairo
 * rectangles, so that the PDF holds sharp vector bars at any zoom.
 */

#define G_LOG_DOMAIN "resolute-barcode"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zint.h>

#include "resolute-barcode.h"
#include "resolute-error.h"

struct _ResoluteBarcode
{
  ResoluteBarcodeKind  kind;
  double               width;  /* in modules */
  double               height; /* in modules */
  GArray              *bars;   /* ResoluteBarcodeBar */
};

/* Code 39 symbols of the job number are this many modules high before they
 * are scaled to the box they are drawn in. */
#define CODE39_HEIGHT 10.0

/**
 * resolute_barcode_new:
 * @data: the text to encode: the job number's digits for Code 39 (the
 *   start and stop "*" are added; surrounding ones are dropped), the
 *   address for a QR code
 *
 * Returns: (transfer full) (nullable): the symbol, or %NULL with @error set
 * when libzint cannot encode @data.
 */
ResoluteBarcode *
resolute_barcode_new (ResoluteBarcodeKind   kind,
                      const char           *data,
                      GError              **error)
{
  g_autoptr(ResoluteBarcode) self = NULL;
  g_autofree char *text = NULL;
  struct zint_symbol *symbol;
  int status;
  double scale;

  g_return_val_if_fail (data != NULL, NULL);

  text = g_strdup (data);
  if (kind == RESOLUTE_BARCODE_CODE39)
    {
      /* "*1344905*": zint adds the start and stop characters itself */
      g_strstrip (text);
      if (text[0] == '*')
        memmove (text, text + 1, strlen (text));
      if (*text != '\0' && text[strlen (text) - 1] == '*')
        text[strlen (text) - 1] = '\0';
    }
  if (*text == '\0')
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("There is no text to encode in the barcode"));
      return NULL;
    }

  symbol = ZBarcode_Create ();
  if (symbol == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("The barcode library could not start"));
      return NULL;
    }

  symbol->symbology = kind == RESOLUTE_BARCODE_QR ? BARCODE_QRCODE : BARCODE_CODE39;
  symbol->show_hrt = 0;
  symbol->whitespace_width = 0;
  symbol->whitespace_height = 0;
  symbol->border_width = 0;
  symbol->scale = 1.0f;
  if (kind == RESOLUTE_BARCODE_QR)
    symbol->option_1 = 2; /* error correction level M */
  else
    symbol->height = (float) CODE39_HEIGHT;
  symbol->input_mode = UNICODE_MODE;

  status = ZBarcode_Encode (symbol, (const unsigned char *) text, (int) strlen (text));
  if (status < ZINT_ERROR)
    status = ZBarcode_Buffer_Vector (symbol, 0);
  if (status >= ZINT_ERROR || symbol->vector == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("“%s” cannot be encoded as a barcode: %s"), text, symbol->errtxt);
      ZBarcode_Delete (symbol);
      return NULL;
    }

  self = g_new0 (ResoluteBarcode, 1);
  self->kind = kind;
  self->bars = g_array_new (FALSE, FALSE, sizeof (ResoluteBarcodeBar));

  /* the vector is in X-dimensions times the scale (2 units a module in
   * zint 2.11): keep modules */
  scale = symbol->width > 0 ? symbol->vector->width / symbol->width : 1.0;

  self->width = symbol->vector->width / scale;
  self->height = symbol->vector->height / scale;
  for (struct zint_vector_rect *rect = symbol->vector->rectangles; rect != NULL;
       rect = rect->next)
    {
      ResoluteBarcodeBar bar;

      /* the foreground only: -1 (or black) */
      if (rect->colour != -1 && rect->colour != 7)
        continue;
      bar.x = rect->x / scale;
      bar.y = rect->y / scale;
      bar.width = rect->width / scale;
      bar.height = rect->height / scale;
      g_array_append_val (self->bars, bar);
    }

  ZBarcode_Delete (symbol);

  if (self->bars->len == 0 || self->width <= 0 || self->height <= 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   _("“%s” gave an empty barcode"), text);
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
resolute_barcode_free (ResoluteBarcode *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bars, g_array_unref);
  g_free (self);
}

/* Width of the symbol in modules. */
double
resolute_barcode_get_width (ResoluteBarcode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->width;
}

/* Height of the symbol in modules. */
double
resolute_barcode_get_height (ResoluteBarcode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->height;
}

guint
resolute_barcode_get_n_bars (ResoluteBarcode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bars->len;
}

const ResoluteBarcodeBar *
resolute_barcode_get_bar (ResoluteBarcode *self,
                          guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return &g_array_index (self->bars, ResoluteBarcodeBar, index);
}

static gboolean
covered (ResoluteBarcode *self,
         double           x,
         double           y)
{
  for (guint i = 0; i < self->bars->len; i++)
    {
      const ResoluteBarcodeBar *bar = &g_array_index (self->bars, ResoluteBarcodeBar, i);

      if (x >= bar->x && x < bar->x + bar->width && y >= bar->y && y < bar->y + bar->height)
        return TRUE;
    }
  return FALSE;
}

/**
 * resolute_barcode_get_pattern:
 *
 * The symbol as text, for tests and for decoding it by hand: one character
 * a module, "1" for a dark one and "0" for a light one; a Code 39 symbol is
 * one row, a QR code one row a line.
 *
 * Returns: (transfer full): the pattern.
 */
char *
resolute_barcode_get_pattern (ResoluteBarcode *self)
{
  GString *pattern;
  guint columns, rows;

  g_return_val_if_fail (self != NULL, NULL);

  columns = (guint) (self->width + 0.5);
  rows = self->kind == RESOLUTE_BARCODE_QR ? (guint) (self->height + 0.5) : 1;
  pattern = g_string_sized_new ((columns + 1) * rows);
  for (guint row = 0; row < rows; row++)
    {
      double y = self->kind == RESOLUTE_BARCODE_QR ? row + 0.5 : self->height / 2;

      if (row > 0)
        g_string_append_c (pattern, '\n');
      for (guint column = 0; column < columns; column++)
        g_string_append_c (pattern, covered (self, column + 0.5, y) ? '1' : '0');
    }

  return g_string_free (pattern, FALSE);
}

/**
 * resolute_barcode_draw:
 *
 * Fills the symbol's rectangles, scaled to the box at (@x, @y) of
 * @width × @height, with the current source.
 */
void
resolute_barcode_draw (ResoluteBarcode *self,
                       cairo_t         *cr,
                       double           x,
                       double           y,
                       double           width,
                       double           height)
{
  double sx, sy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  sx = width / self->width;
  sy = height / self->height;

  cairo_new_path (cr);
  for (guint i = 0; i < self->bars->len; i++)
    {
      const ResoluteBarcodeBar *bar = &g_array_index (self->bars, ResoluteBarcodeBar, i);
      /* the rows of a QR code overlap a little, so that no viewer shows a
       * hairline between them */
      double bleed = self->kind == RESOLUTE_BARCODE_QR && bar->y + bar->height < self->height
                       ? 0.04
                       : 0;

      cairo_rectangle (cr, x + bar->x * sx, y + bar->y * sy, bar->width * sx,
                       (bar->height + bleed) * sy);
    }
  cairo_fill (cr);
}
