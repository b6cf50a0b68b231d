/* resolute-file-format.c — the file formats Resolute opens and writes, chosen by name or content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening reads the whole file (up to a size bound) and hands it to the
 * reader of its format. Saving serializes the whole document in memory first
 * and only then replaces the file through a temporary file and a rename, so a
 * failed export or a full disk never leaves a half-written or emptied file;
 * the previous version is kept as a backup ("name~").
 */

#define G_LOG_DOMAIN "resolute-file-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "resolute-akn-reader.h"
#include "resolute-akn-writer.h"
#include "resolute-docx-reader.h"
#include "resolute-docx-writer.h"
#include "resolute-error.h"
#include "resolute-file-format.h"
#include "resolute-ods-text-reader.h"
#include "resolute-ods-text-writer.h"
#include "resolute-odt-reader.h"
#include "resolute-odt-writer.h"
#include "resolute-pdf-reader.h"
#include "resolute-pdf-writer.h"

static const struct
{
  const char         *extension;
  ResoluteFileFormat  format;
} extensions[] = {
  { ".akn", RESOLUTE_FILE_FORMAT_AKN },
  { ".xml", RESOLUTE_FILE_FORMAT_AKN },
  { ".txt", RESOLUTE_FILE_FORMAT_ODS_TEXT },
  { ".pdf", RESOLUTE_FILE_FORMAT_PDF },
  { ".docx", RESOLUTE_FILE_FORMAT_DOCX },
  { ".odt", RESOLUTE_FILE_FORMAT_ODT },
};

ResoluteFileFormat
resolute_file_format_from_filename (const char *filename)
{
  g_autofree char *lower = NULL;

  if (filename == NULL)
    return RESOLUTE_FILE_FORMAT_UNKNOWN;

  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i].extension))
      return extensions[i].format;

  return RESOLUTE_FILE_FORMAT_UNKNOWN;
}

const char *
resolute_file_format_get_name (ResoluteFileFormat format)
{
  switch (format)
    {
    case RESOLUTE_FILE_FORMAT_AKN:
      return _("Akoma Ntoso");
    case RESOLUTE_FILE_FORMAT_ODS_TEXT:
      return _("ODS text");
    case RESOLUTE_FILE_FORMAT_PDF:
      return _("PDF");
    case RESOLUTE_FILE_FORMAT_DOCX:
      return _("Word document");
    case RESOLUTE_FILE_FORMAT_ODT:
      return _("OpenDocument text");
    case RESOLUTE_FILE_FORMAT_UNKNOWN:
    default:
      return _("unknown format");
    }
}

/* Tells an Akoma Ntoso file from a text by its first non-blank bytes. */
static ResoluteFileFormat
sniff (GBytes *data)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);
  gsize i = 0;

  if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (bytes[i]))
    i++;
  if (i < size && bytes[i] == '<')
    return RESOLUTE_FILE_FORMAT_AKN;
  /* a zip container: tell Word from OpenDocument by what it holds */
  if (size >= 4 && memcmp (bytes, "PK\x03\x04", 4) == 0)
    return memmem (bytes, MIN (size, 4096), "mimetypeapplication/vnd.oasis.opendocument.text",
                   strlen ("mimetypeapplication/vnd.oasis.opendocument.text")) != NULL
             ? RESOLUTE_FILE_FORMAT_ODT
             : RESOLUTE_FILE_FORMAT_DOCX;
  if (size >= 5 && memcmp (bytes, "%PDF-", 5) == 0)
    return RESOLUTE_FILE_FORMAT_PDF;
  return RESOLUTE_FILE_FORMAT_ODS_TEXT;
}

/**
 * resolute_file_format_read:
 * @format: the format, or %RESOLUTE_FILE_FORMAT_UNKNOWN to tell by content
 * @warnings: (nullable) (element-type utf8): where readers report what they
 *   could not place
 *
 * Returns: (transfer full): the document.
 */
ResoluteDocument *
resolute_file_format_read (GBytes              *data,
                           ResoluteFileFormat   format,
                           GPtrArray           *warnings,
                           GError             **error)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (format == RESOLUTE_FILE_FORMAT_UNKNOWN)
    format = sniff (data);

  switch (format)
    {
    case RESOLUTE_FILE_FORMAT_AKN:
      return resolute_akn_reader_read (data, warnings, error);
    case RESOLUTE_FILE_FORMAT_ODS_TEXT:
      return resolute_ods_text_reader_read (data, warnings, error);
    case RESOLUTE_FILE_FORMAT_DOCX:
      return resolute_docx_reader_read (data, warnings, error);
    case RESOLUTE_FILE_FORMAT_ODT:
      return resolute_odt_reader_read (data, warnings, error);
    case RESOLUTE_FILE_FORMAT_PDF:
      return resolute_pdf_reader_read (data, warnings, error);
    case RESOLUTE_FILE_FORMAT_UNKNOWN:
    default:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("Resolute cannot open this kind of file"));
      return NULL;
    }
}

/**
 * resolute_file_format_load:
 *
 * Opens @file in the format its name says (.akn, .xml, .txt), or the one its
 * content shows.
 *
 * Returns: (transfer full): the document, unmodified.
 */
ResoluteDocument *
resolute_file_format_load (GFile      *file,
                           GPtrArray  *warnings,
                           GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  ResoluteDocument *document;
  ResoluteFileFormat format;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("%s is a folder, not a document"),
                   name);
      return NULL;
    }
  if (g_file_info_get_size (info) > RESOLUTE_FILE_FORMAT_MAX_SIZE)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("%s is larger than %u MB: it is not a resolution Resolute can open"), name,
                   RESOLUTE_FILE_FORMAT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  data = g_bytes_new_take (contents, length);

  basename = g_file_get_basename (file);
  format = resolute_file_format_from_filename (basename);
  document = resolute_file_format_read (data, format, warnings, error);
  if (document == NULL)
    {
      if (error != NULL && *error != NULL)
        g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  return document;
}

/**
 * resolute_file_format_serialize:
 *
 * Returns: (transfer full): the whole file in @format.
 */
GBytes *
resolute_file_format_serialize (ResoluteDocument    *document,
                                ResoluteFileFormat   format,
                                GError             **error)
{
  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  switch (format)
    {
    case RESOLUTE_FILE_FORMAT_AKN:
      return resolute_akn_writer_write (document, error);
    case RESOLUTE_FILE_FORMAT_ODS_TEXT:
      return resolute_ods_text_writer_write (document, error);
    case RESOLUTE_FILE_FORMAT_PDF:
      return resolute_pdf_writer_write (document, error);
    case RESOLUTE_FILE_FORMAT_DOCX:
      return resolute_docx_writer_write (document, error);
    case RESOLUTE_FILE_FORMAT_ODT:
      return resolute_odt_writer_write (document, error);
    case RESOLUTE_FILE_FORMAT_UNKNOWN:
    default:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("Resolute cannot write this kind of file; use .akn, .xml, .txt, .pdf, "
                     ".docx or .odt"));
      return NULL;
    }
}

/**
 * resolute_file_format_write_atomically:
 * @keep_backup: keep the previous version as "name~"
 *
 * Writes @data to a temporary file next to @file and renames it over @file
 * only when every byte was written. g_file_replace_contents() cannot be used:
 * in GLib 2.74 it renames the temporary file into place even after a failed
 * write (a full disk), which would replace the user's file with a truncated
 * one. Closing the stream with a cancelled GCancellable discards it instead.
 */
gboolean
resolute_file_format_write_atomically (GFile     *file,
                                       GBytes    *data,
                                       gboolean   keep_backup,
                                       GError   **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  gsize size;
  const char *bytes;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  stream = g_file_replace (file, NULL, keep_backup, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  bytes = g_bytes_get_data (data, &size);
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), bytes, size, NULL, NULL, error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/**
 * resolute_file_format_save:
 * @format: the format, or %RESOLUTE_FILE_FORMAT_UNKNOWN to choose by the name
 * @keep_backup: keep the previous version as "name~"
 *
 * Writes @document atomically: the file is either the complete new version or
 * left as it was.
 */
gboolean
resolute_file_format_save (ResoluteDocument    *document,
                           GFile               *file,
                           ResoluteFileFormat   format,
                           gboolean             keep_backup,
                           GError             **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == RESOLUTE_FILE_FORMAT_UNKNOWN)
    {
      basename = g_file_get_basename (file);
      format = resolute_file_format_from_filename (basename);
    }

  data = resolute_file_format_serialize (document, format, error);
  if (data == NULL)
    return FALSE;

  return resolute_file_format_write_atomically (file, data, keep_backup, error);
}
