/* resolute-pdf-reader.h — opens a UN document from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

ResoluteDocument *resolute_pdf_reader_read (GBytes     *data,
                                            GPtrArray  *warnings,
                                            GError    **error);

G_END_DECLS
