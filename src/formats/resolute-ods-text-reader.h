/* resolute-ods-text-reader.h — imports the ODS text rendition and text copied from UN PDFs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

ResoluteDocument *resolute_ods_text_reader_read (GBytes      *data,
                                                 GPtrArray   *warnings,
                                                 GError     **error);

G_END_DECLS
