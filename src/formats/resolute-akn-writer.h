/* resolute-akn-writer.h — saves a document as Akoma Ntoso 3.0 (AKN4UN)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

GBytes *resolute_akn_writer_write (ResoluteDocument  *document,
                                   GError           **error);

G_END_DECLS
