/* resolute-text-recognizer.h — builds the clauses and footnotes of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"
#include "resolute-text-header.h"
#include "resolute-text-units.h"

G_BEGIN_DECLS

void resolute_text_recognizer_build (ResoluteDocument          *document,
                                     ResoluteTextHeader        *header,
                                     ResoluteTextBody          *body,
                                     const ResoluteLabelScheme *scheme,
                                     gboolean                   spaced_marks,
                                     GPtrArray                 *warnings);

G_END_DECLS
