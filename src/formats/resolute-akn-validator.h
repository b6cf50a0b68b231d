/* resolute-akn-validator.h — checks Akoma Ntoso files against the official schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *resolute_akn_validator_find_schema (const char  *hint);
gboolean  resolute_akn_validator_validate    (GBytes      *akn,
                                              const char  *schema_path,
                                              GPtrArray   *problems,
                                              GError     **error);

G_END_DECLS
