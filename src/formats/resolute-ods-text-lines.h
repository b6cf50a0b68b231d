/* resolute-ods-text-lines.h — the paragraphs of the ODS text rendition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-text-header.h"
#include "resolute-text-source.h"
#include "resolute-text-units.h"

G_BEGIN_DECLS

ResoluteTextBody *resolute_ods_text_lines_read (const ResoluteTextSource  *source,
                                                ResoluteTextHeader        *header,
                                                const ResoluteLanguage    *language,
                                                const ResoluteLabelScheme *scheme,
                                                GPtrArray                 *warnings);

/* Shared with the PDF pass */
gboolean          resolute_text_is_annex_line  (const ResoluteLanguage    *language,
                                                const char                *text);
gboolean          resolute_text_match_note     (const char                *text,
                                                guint                      expected,
                                                gboolean                   any_number,
                                                char                     **label,
                                                const char               **rest);

G_END_DECLS
