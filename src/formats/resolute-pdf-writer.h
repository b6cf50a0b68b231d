/* resolute-pdf-writer.h — the final text as a PDF, laid out as the UN issues it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"
#include "resolute-page-layout.h"

G_BEGIN_DECLS

GBytes *resolute_pdf_writer_write              (ResoluteDocument                 *document,
                                                GError                          **error);
GBytes *resolute_pdf_writer_write_with_options (ResoluteDocument                 *document,
                                                const ResolutePageLayoutOptions  *options,
                                                GError                          **error);

G_END_DECLS
