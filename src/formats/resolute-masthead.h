/* resolute-masthead.h — the words of a document's masthead, heading and closing lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

/**
 * ResoluteHeadingKind:
 * @RESOLUTE_HEADING_SPONSORS: "Albania and Japan: draft resolution" (drafts,
 *   amendments), or "Draft resolution submitted by the Chair …"
 * @RESOLUTE_HEADING_COUNCIL_NUMBER: "Resolution 2118 (2013)"
 * @RESOLUTE_HEADING_ADOPTION: "Resolution adopted by the General Assembly on
 *   18 December 2013", or the Security Council's "Adopted by … at its …"
 * @RESOLUTE_HEADING_ORIGIN: "[on the report of the Third Committee (A/68/456/Add.2)]"
 * @RESOLUTE_HEADING_TITLE: the title, after its label "68/160." on adopted
 *   General Assembly texts
 *
 * The lines between the masthead and the authoring formula, in the order the
 * UN prints them.
 */
typedef enum
{
  RESOLUTE_HEADING_SPONSORS,
  RESOLUTE_HEADING_COUNCIL_NUMBER,
  RESOLUTE_HEADING_ADOPTION,
  RESOLUTE_HEADING_ORIGIN,
  RESOLUTE_HEADING_TITLE,
} ResoluteHeadingKind;

/**
 * ResoluteHeadingLine:
 * @label: (nullable): "68/160." before the title
 * @text: the line, with the mark of its "*" note in it
 * @note: (nullable): the "*" note of the title or of the sponsors line
 * @mark_start: byte offset of the note's mark in @text
 * @mark_end: byte offset one past it (equal to @mark_start without a note)
 */
typedef struct
{
  ResoluteHeadingKind  kind;
  char                *label;
  char                *text;
  ResoluteFootnote    *note;
  guint                mark_start;
  guint                mark_end;
} ResoluteHeadingLine;

/**
 * ResoluteMastheadLineKind:
 *
 * The lines of the masthead's left cell, below the organ.
 */
typedef enum
{
  RESOLUTE_MASTHEAD_SESSION,      /* Sixty-eighth session */
  RESOLUTE_MASTHEAD_COMMITTEE,    /* Third Committee */
  RESOLUTE_MASTHEAD_AGENDA_ITEM,  /* Agenda item 69 (b) */
  RESOLUTE_MASTHEAD_AGENDA_TITLE, /* Promotion and protection of human rights */
} ResoluteMastheadLineKind;

typedef struct
{
  ResoluteMastheadLineKind  kind;
  char                     *text;
} ResoluteMastheadLine;

gboolean    resolute_masthead_is_adopted        (ResoluteDocument *document);
gboolean    resolute_masthead_is_council        (ResoluteDocument *document);
const char *resolute_masthead_get_organ_name    (ResoluteDocument *document);
char       *resolute_masthead_get_distribution  (ResoluteDocument *document);
const char *resolute_masthead_get_original_code (ResoluteDocument *document);
char       *resolute_masthead_get_original      (ResoluteDocument *document);
char       *resolute_masthead_format_date       (ResoluteDocument *document,
                                                 ResoluteField     field);
char       *resolute_masthead_get_date_code     (ResoluteDocument *document);
GPtrArray  *resolute_masthead_get_left_lines    (ResoluteDocument *document);
char       *resolute_masthead_get_sponsors_line (ResoluteDocument *document,
                                                 guint            *mark_start,
                                                 guint            *mark_end);
GPtrArray  *resolute_masthead_get_heading       (ResoluteDocument *document);
GStrv       resolute_masthead_get_closing       (ResoluteDocument *document);

G_END_DECLS
