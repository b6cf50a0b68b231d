/* resolute-pdf-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

GBytes *resolute_pdf_writer_write (ResoluteDocument  *document,
                                  GError           **error);

G_END_DECLS
