/* resolute-print.h — printing and print preview through the page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-document.h"
#include "resolute-page-layout.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_PRINT_PREVIEW (resolute_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (ResolutePrintPreview, resolute_print_preview, RESOLUTE, PRINT_PREVIEW,
                      AdwWindow)

GtkPrintOperation *resolute_print_operation_new         (ResoluteDocument     *document,
                                                         ResolutePaperSize     paper);
gboolean           resolute_print_document              (GtkWindow            *parent,
                                                         ResoluteDocument     *document,
                                                         GtkPrintOperationAction action,
                                                         GError              **error);
gboolean           resolute_print_export_pdf            (ResoluteDocument     *document,
                                                         const char           *filename,
                                                         ResolutePaperSize     paper,
                                                         GError              **error);

guint              resolute_print_preview_get_n_pages   (ResolutePrintPreview *self);
ResoluteDocument  *resolute_print_preview_get_document  (ResolutePrintPreview *self);

G_END_DECLS
