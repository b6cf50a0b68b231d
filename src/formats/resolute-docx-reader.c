/* resolute-docx-reader.c — STUB: replaced by its implementation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-error.h"
#include "resolute-docx-reader.h"

ResoluteDocument *
resolute_docx_reader_read (GBytes     *data,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED, "not implemented");
  return NULL;
}
