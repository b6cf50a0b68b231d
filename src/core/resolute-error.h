/* resolute-error.h — the error domain of the core and the format readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RESOLUTE_ERROR (resolute_error_quark ())

typedef enum
{
  RESOLUTE_ERROR_INVALID,       /* an editing command that would break the structure */
  RESOLUTE_ERROR_PARSE,         /* a file that cannot be read as its format */
  RESOLUTE_ERROR_NOT_SUPPORTED, /* a format or feature that is not supported */
  RESOLUTE_ERROR_TOO_LARGE,     /* input past a safety bound */
  RESOLUTE_ERROR_SCHEMA,        /* a document that does not validate */
} ResoluteError;

GQuark resolute_error_quark (void);

G_END_DECLS
