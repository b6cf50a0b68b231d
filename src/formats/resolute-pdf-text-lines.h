/* resolute-pdf-text-lines.h — logical paragraphs out of text copied from a UN PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-text-header.h"
#include "resolute-text-source.h"
#include "resolute-text-units.h"

G_BEGIN_DECLS

ResoluteTextBody *resolute_pdf_text_lines_read (const ResoluteTextSource  *source,
                                                ResoluteTextHeader        *header,
                                                const ResoluteLanguage    *language,
                                                const ResoluteLabelScheme *scheme,
                                                GPtrArray                 *warnings);

G_END_DECLS
