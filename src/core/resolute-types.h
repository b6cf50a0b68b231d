/* resolute-types.h — forward declarations and enumerations of the core model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _ResoluteAgendaItem ResoluteAgendaItem;
typedef struct _ResoluteClause     ResoluteClause;
typedef struct _ResoluteDocument   ResoluteDocument;
typedef struct _ResoluteFootnote   ResoluteFootnote;
typedef struct _ResoluteHistory    ResoluteHistory;
typedef struct _ResoluteInline     ResoluteInline;
typedef struct _ResoluteLanguage   ResoluteLanguage;
typedef struct _ResoluteSponsor    ResoluteSponsor;

/**
 * ResoluteClauseKind:
 * @RESOLUTE_CLAUSE_PREAMBULAR: a preambular paragraph (not numbered)
 * @RESOLUTE_CLAUSE_OPERATIVE: an operative paragraph (1., 2., …)
 * @RESOLUTE_CLAUSE_ANNEX: the start of an annex; its text is the annex title
 * @RESOLUTE_CLAUSE_ANNEX_HEADING: a section heading inside an annex; its
 *   label ("Guideline 1", "I.") is typed by the author
 * @RESOLUTE_CLAUSE_ANNEX_PARAGRAPH: a numbered paragraph inside an annex,
 *   numbered again from 1 after every heading
 * @RESOLUTE_CLAUSE_ANNEX_TEXT: an unnumbered paragraph inside an annex
 *
 * The body of a document is one sequence of clauses in reading order: the
 * preambular paragraphs, then the operative paragraphs, then the annexes.
 */
typedef enum
{
  RESOLUTE_CLAUSE_PREAMBULAR,
  RESOLUTE_CLAUSE_OPERATIVE,
  RESOLUTE_CLAUSE_ANNEX,
  RESOLUTE_CLAUSE_ANNEX_HEADING,
  RESOLUTE_CLAUSE_ANNEX_PARAGRAPH,
  RESOLUTE_CLAUSE_ANNEX_TEXT,
} ResoluteClauseKind;

#define RESOLUTE_CLAUSE_MAX_LEVEL 4

typedef enum
{
  RESOLUTE_ORGAN_GENERAL_ASSEMBLY,
  RESOLUTE_ORGAN_SECURITY_COUNCIL,
  RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL,
  RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL,
} ResoluteOrgan;

typedef enum
{
  RESOLUTE_DOCUMENT_KIND_RESOLUTION,
  RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION,
  RESOLUTE_DOCUMENT_KIND_AMENDMENT,
} ResoluteDocumentKind;

typedef enum
{
  RESOLUTE_DISTRIBUTION_GENERAL,
  RESOLUTE_DISTRIBUTION_LIMITED,
  RESOLUTE_DISTRIBUTION_RESTRICTED,
} ResoluteDistribution;

/**
 * ResoluteField:
 *
 * The textual metadata of a document. Dates are ISO 8601 (`2013-12-18`);
 * they are formatted in the document language when rendered.
 */
typedef enum
{
  RESOLUTE_FIELD_SYMBOL,            /* A/RES/68/160 */
  RESOLUTE_FIELD_RESOLUTION_NUMBER, /* 68/160 */
  RESOLUTE_FIELD_TITLE,
  RESOLUTE_FIELD_AUTHORING_FORMULA, /* The General Assembly, */
  RESOLUTE_FIELD_OPERATIVE_INTRO,   /* Resolves that: (rare) */
  RESOLUTE_FIELD_SESSION,           /* 68 */
  RESOLUTE_FIELD_SESSION_TEXT,      /* overrides the derived "Sixty-eighth session" */
  RESOLUTE_FIELD_ISSUE_DATE,        /* 2014-02-21 */
  RESOLUTE_FIELD_ORIGINAL_LANGUAGE, /* eng */
  RESOLUTE_FIELD_LANGUAGE,          /* eng, fra, spa, rus, zho, ara */
  RESOLUTE_FIELD_ADOPTION_DATE,     /* 2013-12-18 */
  RESOLUTE_FIELD_MEETING,           /* 70th plenary meeting */
  RESOLUTE_FIELD_ORIGIN,            /* on the report of the Third Committee (A/68/456/Add.2) */
  RESOLUTE_FIELD_COMMITTEE,         /* Third Committee (drafts of a Main Committee) */
  RESOLUTE_FIELD_SUBMITTED_BY,      /* "Draft resolution submitted by the Chair …" */
  RESOLUTE_FIELD_AMENDED_DOCUMENT,  /* draft resolution A/80/L.25 (amendments) */
  RESOLUTE_FIELD_JOB_NUMBER,        /* 13-44905 (E) */
  RESOLUTE_FIELD_JOB_CODE,          /* N1344905E, when it is not derived */
  RESOLUTE_FIELD_NOTES,
  RESOLUTE_N_FIELDS
} ResoluteField;

typedef enum
{
  RESOLUTE_SPAN_ITALIC,
  RESOLUTE_SPAN_BOLD,
  RESOLUTE_SPAN_REFERENCE, /* value: the href of the referenced document */
  RESOLUTE_SPAN_INSERTION, /* tracked insertion; value: the proposal id */
  RESOLUTE_SPAN_DELETION,  /* tracked deletion; value: the proposal id */
} ResoluteSpanKind;

typedef enum
{
  RESOLUTE_OBJECT_NOTE_REF,  /* a footnote mark; target: the footnote id */
  RESOLUTE_OBJECT_CROSS_REF, /* "paragraph 5 above"; target: the clause id */
} ResoluteObjectKind;

typedef enum
{
  RESOLUTE_CROSS_REF_PLAIN = 0,
  RESOLUTE_CROSS_REF_DIRECTION = 1 << 0, /* append "above" or "below" */
  RESOLUTE_CROSS_REF_BARE = 1 << 1,      /* "5 (b)" without the word "paragraph" */
} ResoluteCrossRefFlags;

typedef enum
{
  RESOLUTE_NOTE_ANCHOR_TEXT,     /* referenced from marks in clauses: numbered 1, 2, … */
  RESOLUTE_NOTE_ANCHOR_TITLE,    /* the "*" note on the title */
  RESOLUTE_NOTE_ANCHOR_SPONSORS, /* the "*" note on the sponsors line */
} ResoluteNoteAnchor;

G_END_DECLS
