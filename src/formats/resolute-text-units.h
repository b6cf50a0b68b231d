/* resolute-text-units.h — logical paragraphs and footnotes of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both forms of imported text (the ODS rendition and text copied out of a
 * PDF) are first turned into the same thing: a list of units, one per logical
 * paragraph with its label ("1.", "(a)") apart, and the footnote texts with
 * the place where each stood. The recognizer builds the clauses from that.
 */

#pragma once

#include "resolute-inline.h"
#include "resolute-language.h"

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_TEXT_UNIT_PARAGRAPH, /* a paragraph of the body, with its label if any */
  RESOLUTE_TEXT_UNIT_HEADING,   /* a section heading of an annex: label and title */
  RESOLUTE_TEXT_UNIT_ANNEX,     /* "Annex" (the label) and the annex title */
  RESOLUTE_TEXT_UNIT_CLOSING,   /* "70th plenary meeting" (the label) and the date */
} ResoluteTextUnitKind;

/**
 * ResoluteTextUnit:
 * @label: (nullable): "1.", "(a)", "Guideline 1", "I.", "Annex"
 * @text: the text with its lines joined
 * @line: the input line where the unit starts
 * @closes_list: the text came on the line right after the end of a
 *   sub-paragraph and starts in lower case: it closes its paragraph
 * @page_break_before: a page break came before the unit's first line
 * @content: (nullable): the text with its emphasis, footnote marks and
 *   cross-references, when the source has them (Word, OpenDocument); its
 *   text is @text, byte for byte
 * @id: (nullable): the id the clause keeps (a bookmark of the source)
 */
typedef struct
{
  ResoluteTextUnitKind  kind;
  char                 *label;
  GString              *text;
  guint                 line;
  gboolean              closes_list;
  gboolean              page_break_before;
  ResoluteInline       *content;
  char                 *id;
} ResoluteTextUnit;

/**
 * ResoluteTextPosition:
 * A place in the text of the units: byte @offset of unit @unit.
 */
typedef struct
{
  guint unit;
  gsize offset;
} ResoluteTextPosition;

/**
 * ResoluteTextNote:
 * @label: "1", "2", … or "*", "**"
 * @text: the note text with its lines joined
 * @line: the input line of the note
 * @before: its mark stands before this place (where the footnote block was)
 * @page_start: where the page of the footnote block started; its mark is
 *   most likely after this place
 * @placed: whether the footnote block was seen inside the text (PDF)
 * @content: (nullable): the note with its emphasis, when the source has it
 */
typedef struct
{
  char                 *label;
  GString              *text;
  guint                 line;
  ResoluteTextPosition  before;
  ResoluteTextPosition  page_start;
  gboolean              placed;
  ResoluteInline       *content;
} ResoluteTextNote;

typedef struct
{
  GPtrArray *units; /* ResoluteTextUnit */
  GPtrArray *notes; /* ResoluteTextNote, in the order of the text */
} ResoluteTextBody;

ResoluteTextUnit *resolute_text_unit_new           (ResoluteTextUnitKind     kind,
                                                    const char              *label,
                                                    guint                    line);
void              resolute_text_unit_free          (ResoluteTextUnit        *self);
ResoluteTextNote *resolute_text_note_new           (const char              *label,
                                                    guint                    line);
void              resolute_text_note_free          (ResoluteTextNote        *self);
ResoluteTextBody *resolute_text_body_new           (void);
void              resolute_text_body_free          (ResoluteTextBody        *self);
ResoluteTextPosition resolute_text_body_end        (ResoluteTextBody        *self);

void              resolute_text_append_line        (GString                 *text,
                                                    const char              *line);
gboolean          resolute_text_ends_with_any      (const char              *text,
                                                    const char              *characters);
gunichar          resolute_text_last_char          (const char              *text);
gunichar          resolute_text_final_punctuation  (const char              *text,
                                                    gssize                   length);
gboolean          resolute_text_string_ends_with_any (const GString         *text,
                                                    const char              *characters);
gboolean          resolute_text_is_lower_start     (const char              *text);
gboolean          resolute_text_is_upper_start     (const char              *text);
gboolean          resolute_text_is_note_rule       (const char              *text);
char             *resolute_text_without_hyphens    (const char              *text,
                                                    gssize                   length);
gboolean          resolute_text_parse_number       (const char              *text,
                                                    gsize                    length,
                                                    guint                   *value);

/* The rule the UN's PDFs set above their footnotes */
#define RESOLUTE_TEXT_NOTE_RULE "__________________"

/* Labels of paragraphs and sub-paragraphs, as the document language prints them */

typedef struct _ResoluteLabelScheme ResoluteLabelScheme;

ResoluteLabelScheme *resolute_label_scheme_new       (const ResoluteLanguage  *language);
void                 resolute_label_scheme_free      (ResoluteLabelScheme     *self);
gboolean             resolute_label_scheme_is_number (const ResoluteLabelScheme *self,
                                                      const char              *label,
                                                      guint                   *n);
gboolean             resolute_label_scheme_is_sub    (const ResoluteLabelScheme *self,
                                                      const char              *label);
gsize                resolute_label_scheme_match     (const ResoluteLabelScheme *self,
                                                      const char              *text);

/**
 * ResoluteLabelTracker:
 *
 * Follows the numbering of a run of paragraphs to tell what level a label is
 * at: "(i)" is the ninth sub-paragraph after "(h)", the first of the next
 * level after "(b) … including:"; "(v)" follows "(iv)".
 */
typedef struct
{
  const ResoluteLabelScheme *scheme;
  guint                      level;
  guint                      counters[RESOLUTE_CLAUSE_MAX_LEVEL + 1];
  gboolean                   in_paragraph;
  gboolean                   after_continuation;
} ResoluteLabelTracker;

void     resolute_label_tracker_init     (ResoluteLabelTracker      *self,
                                          const ResoluteLabelScheme *scheme);
void     resolute_label_tracker_restart  (ResoluteLabelTracker      *self);
gboolean resolute_label_tracker_resolve  (const ResoluteLabelTracker *self,
                                          const char                *label,
                                          gboolean                   prefer_deeper,
                                          gboolean                   strict,
                                          guint                     *level,
                                          guint                     *n);
void     resolute_label_tracker_accept   (ResoluteLabelTracker      *self,
                                          guint                      level,
                                          guint                      n);
void     resolute_label_tracker_continue (ResoluteLabelTracker      *self,
                                          guint                      level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteTextBody, resolute_text_body_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteLabelScheme, resolute_label_scheme_free)

G_END_DECLS
