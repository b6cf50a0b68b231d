/* resolute-export-dialog.h — export the final text: PDF, Word, OpenDocument or ODS text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "resolute-file-format.h"
#include "resolute-page-layout.h"
#include "resolute-page.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_EXPORT_DIALOG (resolute_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ResoluteExportDialog, resolute_export_dialog, RESOLUTE, EXPORT_DIALOG,
                      AdwWindow)

ResoluteExportDialog *resolute_export_dialog_new            (GtkWindow            *parent,
                                                             ResolutePage         *page,
                                                             ResoluteFileFormat    format);
ResoluteFileFormat    resolute_export_dialog_get_format     (ResoluteExportDialog *self);
void                  resolute_export_dialog_set_format     (ResoluteExportDialog *self,
                                                             ResoluteFileFormat    format);
ResolutePaperSize     resolute_export_dialog_get_paper      (ResoluteExportDialog *self);
void                  resolute_export_dialog_set_paper      (ResoluteExportDialog *self,
                                                             ResolutePaperSize     paper);
gboolean              resolute_export_dialog_get_qr_code    (ResoluteExportDialog *self);
void                  resolute_export_dialog_set_qr_code    (ResoluteExportDialog *self,
                                                             gboolean              qr_code);
char                 *resolute_export_dialog_suggest_name   (ResoluteExportDialog *self);
gboolean              resolute_export_dialog_export_to_file (ResoluteExportDialog *self,
                                                             GFile                *file,
                                                             GError              **error);

ResolutePaperSize     resolute_paper_size_default           (void);
gboolean              resolute_export_document              (ResoluteDocument     *document,
                                                             GFile                *file,
                                                             ResoluteFileFormat    format,
                                                             const ResolutePageLayoutOptions *options,
                                                             GError              **error);

G_END_DECLS
