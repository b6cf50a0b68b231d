/* resolute-file-format.h — the file formats Resolute opens and writes, chosen by name or content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "resolute-document.h"

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_FILE_FORMAT_UNKNOWN,
  RESOLUTE_FILE_FORMAT_AKN,      /* .akn, .xml: Akoma Ntoso 3.0 */
  RESOLUTE_FILE_FORMAT_ODS_TEXT, /* .txt: the ODS text rendition */
  RESOLUTE_FILE_FORMAT_PDF,      /* .pdf: the final text, laid out as ODS issues it; opened
                                  * through the text of its pages */
  RESOLUTE_FILE_FORMAT_DOCX,     /* .docx: Word */
  RESOLUTE_FILE_FORMAT_ODT,      /* .odt: OpenDocument */
} ResoluteFileFormat;

/* Files larger than this are refused before they are read. */
#define RESOLUTE_FILE_FORMAT_MAX_SIZE (64 * 1024 * 1024)

ResoluteFileFormat  resolute_file_format_from_filename (const char          *filename);
const char         *resolute_file_format_get_name      (ResoluteFileFormat   format);
ResoluteDocument   *resolute_file_format_read          (GBytes              *data,
                                                        ResoluteFileFormat   format,
                                                        GPtrArray           *warnings,
                                                        GError             **error);
ResoluteDocument   *resolute_file_format_load          (GFile               *file,
                                                        GPtrArray           *warnings,
                                                        GError             **error);
GBytes             *resolute_file_format_serialize     (ResoluteDocument    *document,
                                                        ResoluteFileFormat   format,
                                                        GError             **error);
gboolean            resolute_file_format_write_atomically (GFile           *file,
                                                        GBytes              *data,
                                                        gboolean             keep_backup,
                                                        GError             **error);
gboolean            resolute_file_format_save          (ResoluteDocument    *document,
                                                        GFile               *file,
                                                        ResoluteFileFormat   format,
                                                        gboolean             keep_backup,
                                                        GError             **error);

G_END_DECLS
