/* resolute-docx-writer.c — STUB: replaced by its implementation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-error.h"
#include "resolute-docx-writer.h"

GBytes *
resolute_docx_writer_write (ResoluteDocument  *document,
                           GError           **error)
{
  g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED, "not implemented");
  return NULL;
}
