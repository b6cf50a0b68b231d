/* resolute-text-header.h — the masthead, heading and closing of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"
#include "resolute-text-source.h"

G_BEGIN_DECLS

typedef struct _ResoluteTextHeader ResoluteTextHeader;

ResoluteTextHeader *resolute_text_header_new                (ResoluteDocument         *document,
                                                             ResoluteTextForm          form,
                                                             GPtrArray                *warnings);
void                resolute_text_header_free               (ResoluteTextHeader       *self);

/* The masthead: cells of the first page, run together in the ODS template
 * block ("United NationsA/RES/68/160General Assembly…"), one per line in
 * PDF text. */
gboolean            resolute_text_header_read_masthead_line (ResoluteTextHeader       *self,
                                                             const char               *text,
                                                             guint                     line);
void                resolute_text_header_end_masthead_group (ResoluteTextHeader       *self);
gboolean            resolute_text_header_masthead_done      (ResoluteTextHeader       *self);
void                resolute_text_header_read_ods_template  (ResoluteTextHeader       *self,
                                                             const ResoluteTextLine   *lines,
                                                             guint                     n_lines);
void                resolute_text_header_read_pdf_front     (ResoluteTextHeader       *self,
                                                             const ResoluteTextLine   *lines,
                                                             guint                     n_lines);

/* The heading: adoption line, origin, number and title, sponsors line,
 * Security Council lines; one block of joined lines at a time. */
void                resolute_text_header_read_block         (ResoluteTextHeader       *self,
                                                             const char               *text,
                                                             guint                     line);
gboolean            resolute_text_header_is_formula         (ResoluteTextHeader       *self,
                                                             const char               *text);
void                resolute_text_header_set_formula        (ResoluteTextHeader       *self,
                                                             const char               *text);
gboolean            resolute_text_header_set_operative_intro (ResoluteTextHeader      *self,
                                                             const char               *text);

/* Page furniture and the closing lines */
gboolean            resolute_text_header_is_furniture       (ResoluteTextHeader       *self,
                                                             const char               *text,
                                                             guint                     line);
gboolean            resolute_text_header_is_title_fragment  (ResoluteTextHeader       *self,
                                                             const char               *text);
gboolean            resolute_text_header_is_meeting_line    (ResoluteTextHeader       *self,
                                                             const char               *text);
gboolean            resolute_text_header_is_date_line       (ResoluteTextHeader       *self,
                                                             const char               *text);
void                resolute_text_header_read_closing       (ResoluteTextHeader       *self,
                                                             const char               *meeting,
                                                             const char               *date,
                                                             guint                     line);
void                resolute_text_header_add_note           (ResoluteTextHeader       *self,
                                                             const char               *text,
                                                             guint                     line);
gboolean            resolute_text_header_expects_formula    (ResoluteTextHeader       *self);
const char         *resolute_text_header_get_symbol         (ResoluteTextHeader       *self);
ResoluteNoteAnchor  resolute_text_header_star_anchor        (ResoluteTextHeader       *self,
                                                             const char               *label);
void                resolute_text_header_finish             (ResoluteTextHeader       *self);

gboolean            resolute_text_is_page_number            (const char               *text);
gboolean            resolute_text_is_job_number             (const char               *text,
                                                             gboolean                 *lettered);
gboolean            resolute_text_is_rule                   (const char               *text);
gboolean            resolute_text_is_heading_label          (const char               *text);
gboolean            resolute_text_is_section_heading        (const char               *text,
                                                             gsize                    *label_len);

G_END_DECLS
