/* resolute-zip-archive.c — the zip containers of Word and OpenDocument files, over libzip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading: the container is opened from memory with libzip's consistency
 * checks; before any part is read, every entry name is checked (no absolute
 * path, no "..", no backslash or control character) and the number of
 * entries and their declared sizes are bounded. A part is then read in
 * chunks and the bound is applied to the bytes actually inflated, so a
 * header that lies about its size cannot make a bomb; libzip checks each
 * part's CRC at its end.
 *
 * Writing: parts are stored in the order they were added, with a fixed
 * date and no extra field, so that the same document gives the same bytes
 * and an OpenDocument "mimetype" part added first and stored is what the
 * ODF package rules ask for (its bytes at a fixed offset).
 */

#define G_LOG_DOMAIN "resolute-zip-archive"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <zip.h>

#include "resolute-error.h"
#include "resolute-zip-archive.h"

#define READ_CHUNK 65536

/* 1 January 1980, the first date a zip entry can hold */
#define FIXED_DOS_DATE ((0 << 9) | (1 << 5) | 1)
#define FIXED_DOS_TIME 0

struct _ResoluteZipReader
{
  GBytes     *data;
  zip_t      *zip;
  char       *kind;
  GHashTable *names; /* name → index + 1 */
  GPtrArray  *order; /* names by index */
  guint64     budget; /* bytes that may still be inflated */
};

static void
set_zip_error (GError     **error,
               const char  *kind,
               int          code)
{
  switch (code)
    {
    case ZIP_ER_NOZIP:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The file is not a %s: it is not a zip container"), kind);
      break;
    case ZIP_ER_MEMORY:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("Not enough memory to open the %s"), kind);
      break;
    case ZIP_ER_CRC:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The %s is damaged: a part does not match its checksum"), kind);
      break;
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("The %s is encrypted; save it without a password and try again"), kind);
      break;
    case ZIP_ER_COMPNOTSUPP:
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                   _("The %s uses a compression method Resolute cannot read"), kind);
      break;
    default:
      {
        zip_error_t zip_error;

        zip_error_init_with_code (&zip_error, code);
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                     _("The %s is damaged or truncated: its zip container cannot be read (%s)"),
                     kind, zip_error_strerror (&zip_error));
        zip_error_fini (&zip_error);
      }
      break;
    }
}

/* An entry name that could never name a file outside the container. */
static gboolean
is_safe_name (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || name[0] == '/' || strchr (name, '\\') != NULL
      || !g_utf8_validate (name, -1, NULL) || (g_ascii_isalpha (name[0]) && name[1] == ':'))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;

  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0 || strcmp (parts[i], ".") == 0)
      return FALSE;
  return TRUE;
}

void
resolute_zip_reader_free (ResoluteZipReader *self)
{
  if (self == NULL)
    return;

  if (self->zip != NULL)
    zip_discard (self->zip);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->kind);
  g_free (self);
}

/**
 * resolute_zip_reader_new:
 * @kind: what the file should be, for messages ("Word document")
 *
 * Opens the zip container in @data and checks its entries.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with a
 * %RESOLUTE_ERROR that says what is wrong.
 */
ResoluteZipReader *
resolute_zip_reader_new (GBytes      *data,
                         const char  *kind,
                         GError     **error)
{
  g_autoptr(ResoluteZipReader) self = g_new0 (ResoluteZipReader, 1);
  zip_error_t zip_error;
  zip_source_t *source;
  gsize size;
  const void *bytes = g_bytes_get_data (data, &size);
  zip_int64_t n_entries;
  guint64 declared = 0;

  self->data = g_bytes_ref (data);
  self->kind = g_strdup (kind);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (g_free);
  self->budget = RESOLUTE_ZIP_MAX_TOTAL_SIZE;

  if (size < 4 || memcmp (bytes, "PK", 2) != 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The file is not a %s: it is not a zip container"), kind);
      return NULL;
    }

  zip_error_init (&zip_error);
  source = zip_source_buffer_create (size > 0 ? bytes : "", size, 0, &zip_error);
  if (source == NULL)
    {
      set_zip_error (error, kind, zip_error_code_zip (&zip_error));
      zip_error_fini (&zip_error);
      return NULL;
    }
  self->zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  if (self->zip == NULL)
    {
      int code = zip_error_code_zip (&zip_error);

      zip_source_free (source);
      /* it starts as a zip but has no end: a truncated file */
      if (code == ZIP_ER_NOZIP && size >= 4 && memcmp (bytes, "PK\x03\x04", 4) == 0)
        code = ZIP_ER_INCONS;
      set_zip_error (error, kind, code);
      zip_error_fini (&zip_error);
      return NULL;
    }
  zip_error_fini (&zip_error);

  n_entries = zip_get_num_entries (self->zip, 0);
  if (n_entries > RESOLUTE_ZIP_MAX_ENTRIES)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("The %s holds %" G_GINT64_FORMAT " parts; Resolute reads containers of at "
                     "most %d"),
                   kind, (gint64) n_entries, RESOLUTE_ZIP_MAX_ENTRIES);
      return NULL;
    }

  for (zip_int64_t i = 0; i < n_entries; i++)
    {
      zip_stat_t stat;
      char *name;

      zip_stat_init (&stat);
      if (zip_stat_index (self->zip, i, ZIP_FL_ENC_GUESS, &stat) < 0
          || !(stat.valid & ZIP_STAT_NAME))
        {
          set_zip_error (error, kind, zip_error_code_zip (zip_get_error (self->zip)));
          return NULL;
        }
      if (!is_safe_name (stat.name))
        {
          g_autofree char *shown = g_utf8_make_valid (stat.name != NULL ? stat.name : "", -1);

          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                       _("The %s holds a part named “%s”, a path that leads outside the "
                         "container; Resolute does not open it"),
                       kind, shown);
          return NULL;
        }
      if ((stat.valid & ZIP_STAT_SIZE) && stat.size > RESOLUTE_ZIP_MAX_ENTRY_SIZE)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                       _("The part “%s” of the %s inflates to %" G_GUINT64_FORMAT
                         " bytes, more than the %d a document part may take"),
                       stat.name, kind, (guint64) stat.size, RESOLUTE_ZIP_MAX_ENTRY_SIZE);
          return NULL;
        }
      if (stat.valid & ZIP_STAT_SIZE)
        declared += stat.size;
      if (declared > RESOLUTE_ZIP_MAX_TOTAL_SIZE)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                       _("The %s inflates to more than %d bytes: it is not a document "
                         "Resolute opens"),
                       kind, RESOLUTE_ZIP_MAX_TOTAL_SIZE);
          return NULL;
        }

      name = g_strdup (stat.name);
      g_ptr_array_add (self->order, name);
      if (!g_hash_table_contains (self->names, name))
        g_hash_table_insert (self->names, name, GSIZE_TO_POINTER ((gsize) i + 1));
    }

  return g_steal_pointer (&self);
}

gboolean
resolute_zip_reader_has (ResoluteZipReader *self,
                         const char        *name)
{
  return g_hash_table_contains (self->names, name);
}

/**
 * resolute_zip_reader_get_name:
 *
 * Returns: (nullable): the name of entry @index, in the order of the
 * container, or %NULL past the last one.
 */
const char *
resolute_zip_reader_get_name (ResoluteZipReader *self,
                              guint              index)
{
  return index < self->order->len ? g_ptr_array_index (self->order, index) : NULL;
}

/**
 * resolute_zip_reader_read:
 *
 * Inflates the part @name, within the size bounds.
 *
 * Returns: (transfer full) (nullable): its bytes.
 */
GBytes *
resolute_zip_reader_read (ResoluteZipReader  *self,
                          const char         *name,
                          GError            **error)
{
  gpointer found = g_hash_table_lookup (self->names, name);
  g_autoptr(GByteArray) out = NULL;
  zip_file_t *file;
  guint64 limit = MIN ((guint64) RESOLUTE_ZIP_MAX_ENTRY_SIZE, self->budget);

  if (found == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The %s has no part “%s”"), self->kind, name);
      return NULL;
    }

  file = zip_fopen_index (self->zip, GPOINTER_TO_SIZE (found) - 1, 0);
  if (file == NULL)
    {
      set_zip_error (error, self->kind, zip_error_code_zip (zip_get_error (self->zip)));
      return NULL;
    }

  out = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[READ_CHUNK];
      zip_int64_t n = zip_fread (file, chunk, sizeof chunk);

      if (n < 0)
        {
          set_zip_error (error, self->kind, zip_error_code_zip (zip_file_get_error (file)));
          zip_fclose (file);
          return NULL;
        }
      if (n == 0)
        break;
      if (out->len + (guint64) n > limit)
        {
          zip_fclose (file);
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                       _("The part “%s” of the %s inflates to more than %" G_GUINT64_FORMAT
                         " bytes: it is not a document Resolute opens"),
                       name, self->kind, limit);
          return NULL;
        }
      g_byte_array_append (out, chunk, (guint) n);
    }
  if (zip_fclose (file) != 0)
    {
      set_zip_error (error, self->kind, ZIP_ER_CRC);
      return NULL;
    }

  self->budget -= out->len;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

typedef struct
{
  char     *name;
  GBytes   *data;
  gboolean  compress;
} Entry;

struct _ResoluteZipWriter
{
  GArray *entries; /* Entry */
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_bytes_unref (entry->data);
}

ResoluteZipWriter *
resolute_zip_writer_new (void)
{
  ResoluteZipWriter *self = g_new0 (ResoluteZipWriter, 1);

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  return self;
}

void
resolute_zip_writer_free (ResoluteZipWriter *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->entries);
  g_free (self);
}

/**
 * resolute_zip_writer_add:
 * @compress: deflate the part; %FALSE stores it as it is
 *
 * Adds a part; parts are written in the order they are added.
 */
void
resolute_zip_writer_add (ResoluteZipWriter *self,
                         const char        *name,
                         GBytes            *data,
                         gboolean           compress)
{
  Entry entry = { g_strdup (name), g_bytes_ref (data), compress };

  g_array_append_val (self->entries, entry);
}

/**
 * resolute_zip_writer_finish:
 *
 * Returns: (transfer full) (nullable): the zip container.
 */
GBytes *
resolute_zip_writer_finish (ResoluteZipWriter  *self,
                            GError            **error)
{
  zip_error_t zip_error;
  zip_source_t *target;
  zip_t *zip;
  zip_int64_t size;
  g_autofree guint8 *bytes = NULL;

  zip_error_init (&zip_error);
  target = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  if (target == NULL)
    goto fail;
  zip_source_keep (target);
  zip = zip_open_from_source (target, ZIP_TRUNCATE, &zip_error);
  if (zip == NULL)
    {
      zip_source_free (target);
      goto fail;
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      gsize length;
      const void *data = g_bytes_get_data (entry->data, &length);
      zip_source_t *part = zip_source_buffer (zip, length > 0 ? data : "", length, 0);
      zip_int64_t index;

      index = part != NULL ? zip_file_add (zip, entry->name, part, ZIP_FL_ENC_UTF_8) : -1;
      if (index < 0)
        {
          if (part != NULL)
            zip_source_free (part);
          zip_error_set (&zip_error, zip_error_code_zip (zip_get_error (zip)), 0);
          zip_discard (zip);
          zip_source_free (target);
          goto fail;
        }
      zip_set_file_compression (zip, index, entry->compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                entry->compress ? 6 : 0);
      zip_file_set_dostime (zip, index, FIXED_DOS_TIME, FIXED_DOS_DATE, 0);
    }

  if (zip_close (zip) < 0)
    {
      zip_error_set (&zip_error, zip_error_code_zip (zip_get_error (zip)), 0);
      zip_discard (zip);
      zip_source_free (target);
      goto fail;
    }

  if (zip_source_open (target) < 0)
    {
      zip_source_free (target);
      zip_error_set (&zip_error, ZIP_ER_INTERNAL, 0);
      goto fail;
    }
  zip_source_seek (target, 0, SEEK_END);
  size = zip_source_tell (target);
  zip_source_seek (target, 0, SEEK_SET);
  bytes = g_malloc (MAX (size, 1));
  if (size < 0 || zip_source_read (target, bytes, size) != size)
    {
      zip_source_close (target);
      zip_source_free (target);
      zip_error_set (&zip_error, ZIP_ER_INTERNAL, 0);
      goto fail;
    }
  zip_source_close (target);
  zip_source_free (target);
  zip_error_fini (&zip_error);

  return g_bytes_new_take (g_steal_pointer (&bytes), size);

fail:
  g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
               _("The zip container could not be written: %s"), zip_error_strerror (&zip_error));
  zip_error_fini (&zip_error);
  return NULL;
}
