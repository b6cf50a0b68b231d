/* resolute-test-support.h — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "resolute-document.h"

G_BEGIN_DECLS

char             *resolute_test_shared_path      (const char       *first_element,
                                                  ...) G_GNUC_NULL_TERMINATED;
gboolean          resolute_test_require_shared   (const char       *path);
char             *resolute_test_data_path        (const char       *name);
GBytes           *resolute_test_load_bytes       (const char       *path);
ResoluteDocument *resolute_test_load_document    (const char       *path,
                                                  GPtrArray        *warnings);
char             *resolute_test_dump             (ResoluteDocument *document);
char             *resolute_test_save_akn         (ResoluteDocument *document);
gboolean          resolute_test_validate_schema  (GBytes           *akn,
                                                  GError          **error);
void              resolute_test_assert_same_stats (ResoluteDocument *expected,
                                                  ResoluteDocument *actual);

G_END_DECLS
