/* resolute-office-reader.h — what the Word and OpenDocument readers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

typedef struct _ResoluteOfficeReader    ResoluteOfficeReader;
typedef struct _ResoluteOfficeParagraph ResoluteOfficeParagraph;

/**
 * ResoluteRunStyle:
 * The attributes of a run of text, resolved through its styles.
 */
typedef struct
{
  gboolean    italic;
  gboolean    bold;
  gboolean    superscript;
  const char *inserted; /* (nullable): the author of a tracked insertion */
  const char *deleted;  /* (nullable): the author of a tracked deletion */
} ResoluteRunStyle;

ResoluteOfficeReader    *resolute_office_reader_new                (void);
void                     resolute_office_reader_free               (ResoluteOfficeReader    *self);
void                     resolute_office_reader_add_masthead       (ResoluteOfficeReader    *self,
                                                                    const char              *text);
void                     resolute_office_reader_end_masthead_group (ResoluteOfficeReader    *self);
ResoluteOfficeParagraph *resolute_office_reader_add_paragraph      (ResoluteOfficeReader    *self,
                                                                    gboolean                 indented,
                                                                    const char              *label);
ResoluteOfficeParagraph *resolute_office_reader_new_note           (ResoluteOfficeReader    *self);
const char              *resolute_office_reader_add_note           (ResoluteOfficeReader    *self,
                                                                    ResoluteOfficeParagraph *note,
                                                                    const char              *mark);
void                     resolute_office_reader_set_property       (ResoluteOfficeReader    *self,
                                                                    const char              *name,
                                                                    const char              *value);
void                     resolute_office_reader_set_language       (ResoluteOfficeReader    *self,
                                                                    const char              *tag);
ResoluteDocument        *resolute_office_reader_finish             (ResoluteOfficeReader    *self,
                                                                    const char              *kind,
                                                                    GPtrArray               *warnings,
                                                                    GError                 **error);

void                     resolute_office_paragraph_append          (ResoluteOfficeParagraph *self,
                                                                    const char              *text,
                                                                    gssize                   length,
                                                                    const ResoluteRunStyle  *style);
void                     resolute_office_paragraph_append_ref      (ResoluteOfficeParagraph *self,
                                                                    const char              *note_id,
                                                                    const char              *mark);
void                     resolute_office_paragraph_append_cited    (ResoluteOfficeParagraph *self,
                                                                    const char              *note_id);
void                     resolute_office_paragraph_start_link      (ResoluteOfficeParagraph *self,
                                                                    const char              *bookmark);
void                     resolute_office_paragraph_end_link        (ResoluteOfficeParagraph *self);
void                     resolute_office_paragraph_start_reference (ResoluteOfficeParagraph *self,
                                                                    const char              *href);
void                     resolute_office_paragraph_end_reference   (ResoluteOfficeParagraph *self);
void                     resolute_office_paragraph_add_bookmark    (ResoluteOfficeParagraph *self,
                                                                    const char              *name);
gboolean                 resolute_office_paragraph_is_empty        (ResoluteOfficeParagraph *self);
const char              *resolute_office_paragraph_get_text        (ResoluteOfficeParagraph *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteOfficeReader, resolute_office_reader_free)

G_END_DECLS
