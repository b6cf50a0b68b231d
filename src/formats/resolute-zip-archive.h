/* resolute-zip-archive.h — the zip containers of Word and OpenDocument files, over libzip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds on what a container may hold; a file past them is refused. The
 * largest resolutions make a document part of a few megabytes. */
#define RESOLUTE_ZIP_MAX_ENTRIES    4096
#define RESOLUTE_ZIP_MAX_ENTRY_SIZE (32 * 1024 * 1024)
#define RESOLUTE_ZIP_MAX_TOTAL_SIZE (96 * 1024 * 1024)

typedef struct _ResoluteZipReader ResoluteZipReader;
typedef struct _ResoluteZipWriter ResoluteZipWriter;

ResoluteZipReader *resolute_zip_reader_new      (GBytes            *data,
                                                 const char        *kind,
                                                 GError           **error);
void               resolute_zip_reader_free     (ResoluteZipReader *self);
gboolean           resolute_zip_reader_has      (ResoluteZipReader *self,
                                                 const char        *name);
const char        *resolute_zip_reader_get_name (ResoluteZipReader *self,
                                                 guint              index);
GBytes            *resolute_zip_reader_read     (ResoluteZipReader *self,
                                                 const char        *name,
                                                 GError           **error);

ResoluteZipWriter *resolute_zip_writer_new      (void);
void               resolute_zip_writer_free     (ResoluteZipWriter *self);
void               resolute_zip_writer_add      (ResoluteZipWriter *self,
                                                 const char        *name,
                                                 GBytes            *data,
                                                 gboolean           compress);
GBytes            *resolute_zip_writer_finish   (ResoluteZipWriter *self,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteZipReader, resolute_zip_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteZipWriter, resolute_zip_writer_free)

G_END_DECLS
