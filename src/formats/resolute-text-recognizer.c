/* resolute-text-recognizer.c — builds the clauses and footnotes of an imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the units of either form of imported text into clauses:
 *
 * - unlabelled paragraphs before the first number are preambular; "1." opens
 *   the operative part; a text with no number at all has one unnumbered
 *   operative paragraph, its last paragraph ending with a full stop;
 * - "(a)", "(i)", "a.", "i." are sub-paragraphs at levels 1–4, the level
 *   told by the numbering (ResoluteLabelTracker); text after the last
 *   sub-paragraph of a paragraph closes it (a continuation clause at the
 *   parent's level);
 * - "Resolves that:" before "1." is the operative introduction;
 * - after "Annex", the annex title, section headings, numbered annex
 *   paragraphs and annex text;
 * - the closing lines give the meeting and the date of adoption.
 *
 * Then it finds each footnote's mark and builds the inline content, with a
 * footnote-mark object where each mark stood.
 */

#define G_LOG_DOMAIN "resolute-text-recognizer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-document-private.h"
#include "resolute-text-marks.h"
#include "resolute-text-recognizer.h"
#include "resolute-text-source.h"

typedef enum
{
  ZONE_PREAMBLE,
  ZONE_OPERATIVE,
  ZONE_ANNEX,
} Zone;

typedef struct
{
  ResoluteClauseKind  kind;
  guint               level;
  gboolean            continuation;
  const char         *heading_label;
  guint               unit;
  char               *prefix; /* a label that could not be placed, kept in the text */
} Spec;

static void
spec_clear (gpointer data)
{
  Spec *spec = data;

  g_clear_pointer (&spec->prefix, g_free);
}

typedef struct
{
  ResoluteDocument          *document;
  ResoluteTextHeader        *header;
  ResoluteTextBody          *body;
  const ResoluteLabelScheme *scheme;
  GPtrArray                 *warnings;
  GArray                    *specs;
  ResoluteLabelTracker       tracker;
  Zone                       zone;
  gboolean                   closed;   /* the closing lines were read */
  guint                      operative;
} Builder;

static ResoluteTextUnit *
unit_at (Builder *builder,
         guint    index)
{
  return g_ptr_array_index (builder->body->units, index);
}

static Spec *
last_spec (Builder *builder)
{
  if (builder->specs->len == 0)
    return NULL;
  return &g_array_index (builder->specs, Spec, builder->specs->len - 1);
}

static Spec *
add_spec (Builder            *builder,
          ResoluteClauseKind  kind,
          guint               level,
          gboolean            continuation,
          guint               unit)
{
  Spec spec = { kind, level, continuation, NULL, unit, NULL };

  g_array_append_val (builder->specs, spec);
  return last_spec (builder);
}

static ResoluteClauseKind
zone_kind (Builder *builder)
{
  switch (builder->zone)
    {
    case ZONE_PREAMBLE:
      return RESOLUTE_CLAUSE_PREAMBULAR;
    case ZONE_OPERATIVE:
      return RESOLUTE_CLAUSE_OPERATIVE;
    case ZONE_ANNEX:
    default:
      return RESOLUTE_CLAUSE_ANNEX_TEXT;
    }
}

static gboolean
ends_with_full_stop (const char *text)
{
  return resolute_text_final_punctuation (text, -1) == '.';
}

static gboolean
is_number_unit (Builder          *builder,
                ResoluteTextUnit *unit,
                guint            *n)
{
  return unit->kind == RESOLUTE_TEXT_UNIT_PARAGRAPH && unit->label != NULL
         && resolute_label_scheme_is_number (builder->scheme, unit->label, n);
}

/* A text with no numbered paragraph has one operative paragraph: the last
 * paragraph, which ends with a full stop (or its chapeau, when it has
 * sub-paragraphs). Returns its unit, or G_MAXUINT. */
static guint
find_single_operative (Builder *builder)
{
  GPtrArray *units = builder->body->units;
  guint candidate = G_MAXUINT;
  guint last_paragraph = G_MAXUINT;

  for (guint i = 0; i < units->len; i++)
    {
      ResoluteTextUnit *unit = unit_at (builder, i);
      guint n;

      if (unit->kind != RESOLUTE_TEXT_UNIT_PARAGRAPH)
        break;
      if (is_number_unit (builder, unit, &n))
        return G_MAXUINT;
      last_paragraph = i;
      if (unit->label == NULL && !unit->closes_list
          && !resolute_text_is_lower_start (unit->text->str))
        candidate = i;
    }

  if (candidate == G_MAXUINT || !ends_with_full_stop (unit_at (builder, last_paragraph)->text->str))
    return G_MAXUINT;
  if (candidate != last_paragraph
      && !resolute_text_ends_with_any (unit_at (builder, candidate)->text->str, ":"))
    return G_MAXUINT;
  return candidate;
}

/* "Resolves that:" before operative paragraph 1 */
static gboolean
is_operative_intro (Builder *builder,
                    guint    index)
{
  ResoluteTextUnit *unit = unit_at (builder, index);
  guint n = 0;

  if (builder->zone != ZONE_PREAMBLE || unit->label != NULL
      || !resolute_text_ends_with_any (unit->text->str, ":")
      || index + 1 >= builder->body->units->len)
    return FALSE;
  return is_number_unit (builder, unit_at (builder, index + 1), &n) && n == 1;
}

/* "I", "IV", "B": the number of a section of the resolution, alone on its line */
static gboolean
is_section_number (const char *text)
{
  gsize n = 0;
  gboolean roman = TRUE;

  while (g_ascii_isupper (text[n]))
    {
      if (strchr ("IVXLC", text[n]) == NULL)
        roman = FALSE;
      n++;
    }
  if (text[n] == '.')
    n++;
  return n > 0 && text[n] == '\0' && (roman || (g_ascii_isupper (text[0]) && n <= 2));
}

/* A short line without final punctuation: a heading's title. */
static gboolean
is_heading_text (ResoluteTextUnit *unit)
{
  return unit->kind == RESOLUTE_TEXT_UNIT_PARAGRAPH && unit->label == NULL
         && resolute_text_is_upper_start (unit->text->str) && unit->text->len <= 200
         && resolute_text_final_punctuation (unit->text->str, unit->text->len) == 0;
}

/* Section headings among operative paragraphs ("I" / "Legislative
 * activities", "A. General provisions"): the model has headings in annexes
 * only, so they go to the notes with a warning; the paragraphs keep their
 * numbers. Returns how many units the heading took, or 0. */
static guint
take_section_heading (Builder *builder,
                      guint    index)
{
  ResoluteTextUnit *unit = unit_at (builder, index);
  GPtrArray *units = builder->body->units;
  g_autoptr(GString) heading = NULL;
  guint used = 0;
  gsize section = 0;
  guint n;

  if (unit->kind != RESOLUTE_TEXT_UNIT_PARAGRAPH || unit->label != NULL
      || builder->zone == ZONE_ANNEX || builder->closed)
    return 0;

  if (is_section_number (unit->text->str))
    {
      heading = g_string_new (unit->text->str);
      used = 1;
      if (index + 1 < units->len && is_heading_text (unit_at (builder, index + 1)))
        {
          g_string_append_c (heading, ' ');
          g_string_append (heading, unit_at (builder, index + 1)->text->str);
          used = 2;
        }
    }
  else if (builder->zone == ZONE_OPERATIVE && is_heading_text (unit)
           && (resolute_text_is_section_heading (unit->text->str, &section)
               || (index + 1 < units->len
                   && is_number_unit (builder, unit_at (builder, index + 1), &n))))
    {
      heading = g_string_new (unit->text->str);
      used = 1;
    }
  else
    return 0;

  resolute_text_warn (builder->warnings, unit->line,
                      _("the section heading “%s” has no place among the paragraphs of a "
                        "resolution; it was kept in the notes"),
                      heading->str);
  resolute_text_header_add_note (builder->header, heading->str, unit->line);
  return used;
}

/* The level that a clause without a label continues, or 0. */
static guint
open_level (Spec *last)
{
  if (last == NULL || !resolute_clause_kind_has_levels (last->kind))
    return 0;
  return last->level;
}

static void
add_plain (Builder          *builder,
           guint             index,
           const char       *why)
{
  ResoluteTextUnit *unit = unit_at (builder, index);
  ResoluteClauseKind kind = zone_kind (builder);
  Spec *spec;

  resolute_text_warn (builder->warnings, unit->line, "%s", why);
  spec = add_spec (builder, kind, 0, FALSE, index);
  if (unit->label != NULL)
    spec->prefix = g_strdup (unit->label);
  resolute_label_tracker_accept (&builder->tracker, 0, 0);
  if (kind == RESOLUTE_CLAUSE_OPERATIVE)
    builder->operative++;
}

static void
classify_unlabelled (Builder *builder,
                     guint    index,
                     guint    single_operative)
{
  ResoluteTextUnit *unit = unit_at (builder, index);
  Spec *last = last_spec (builder);
  guint level = open_level (last);
  gboolean runs_on = unit->closes_list || resolute_text_is_lower_start (unit->text->str);

  if (index == single_operative)
    {
      add_spec (builder, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, index);
      builder->zone = ZONE_OPERATIVE;
      builder->operative++;
      resolute_label_tracker_accept (&builder->tracker, 0, 0);
      return;
    }

  if (level > 0 && (builder->zone == ZONE_OPERATIVE || runs_on))
    {
      /* text after the last sub-paragraph closes its paragraph */
      add_spec (builder, last->kind, level - 1, TRUE, index);
      resolute_label_tracker_continue (&builder->tracker, level - 1);
      return;
    }

  switch (builder->zone)
    {
    case ZONE_PREAMBLE:
      add_spec (builder, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE, index);
      resolute_label_tracker_accept (&builder->tracker, 0, 0);
      break;

    case ZONE_OPERATIVE:
      add_plain (builder, index,
                 _("a paragraph without a number among the operative paragraphs; "
                   "it became an operative paragraph"));
      break;

    case ZONE_ANNEX:
    default:
      add_spec (builder, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE, index);
      resolute_label_tracker_accept (&builder->tracker, 0, 0);
      break;
    }
}

static void
classify_number (Builder *builder,
                 guint    index,
                 guint    n)
{
  ResoluteTextUnit *unit = unit_at (builder, index);

  if (builder->zone == ZONE_ANNEX)
    {
      add_spec (builder, RESOLUTE_CLAUSE_ANNEX_PARAGRAPH, 0, FALSE, index);
      resolute_label_tracker_accept (&builder->tracker, 0, n);
      return;
    }

  if (n != builder->operative + 1)
    resolute_text_warn (builder->warnings, unit->line,
                        _("operative paragraph “%s” follows paragraph %u; it was numbered %u"),
                        unit->label, builder->operative, builder->operative + 1);
  add_spec (builder, RESOLUTE_CLAUSE_OPERATIVE, 0, FALSE, index);
  builder->zone = ZONE_OPERATIVE;
  builder->operative++;
  resolute_label_tracker_accept (&builder->tracker, 0, n);
}

static void
classify_sub (Builder *builder,
              guint    index)
{
  ResoluteTextUnit *unit = unit_at (builder, index);
  Spec *last = last_spec (builder);
  ResoluteTextUnit *previous = last != NULL ? unit_at (builder, last->unit) : NULL;
  gboolean prefer_deeper = previous != NULL
                           && resolute_text_ends_with_any (previous->text->str, ":");
  guint level = 0, n = 0;

  if (last == NULL || !resolute_clause_kind_has_levels (last->kind)
      || !resolute_label_tracker_resolve (&builder->tracker, unit->label, prefer_deeper, FALSE,
                                          &level, &n)
      || (last->continuation && level > last->level) || level > last->level + 1)
    {
      add_plain (builder, index,
                 _("a sub-paragraph label with no paragraph to belong to; "
                   "it was kept in the text"));
      return;
    }

  add_spec (builder, last->kind, level, FALSE, index);
  resolute_label_tracker_accept (&builder->tracker, level, n);
}

static void
classify (Builder *builder)
{
  GPtrArray *units = builder->body->units;
  guint single_operative = find_single_operative (builder);

  for (guint i = 0; i < units->len; i++)
    {
      ResoluteTextUnit *unit = unit_at (builder, i);
      guint n = 0;

      switch (unit->kind)
        {
        case RESOLUTE_TEXT_UNIT_CLOSING:
          resolute_text_header_read_closing (builder->header, unit->label, unit->text->str,
                                             unit->line);
          builder->closed = TRUE;
          continue;

        case RESOLUTE_TEXT_UNIT_ANNEX:
          add_spec (builder, RESOLUTE_CLAUSE_ANNEX, 0, FALSE, i);
          builder->zone = ZONE_ANNEX;
          resolute_label_tracker_restart (&builder->tracker);
          continue;

        case RESOLUTE_TEXT_UNIT_HEADING:
          if (builder->zone == ZONE_ANNEX)
            {
              Spec *spec = add_spec (builder, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE, i);

              spec->heading_label = unit->label;
              resolute_label_tracker_restart (&builder->tracker);
            }
          else
            add_plain (builder, i, _("a heading outside an annex; it became a paragraph"));
          continue;

        case RESOLUTE_TEXT_UNIT_PARAGRAPH:
        default:
          break;
        }

      /* after the closing lines: the record of the vote, or stray text */
      if (builder->closed && builder->zone != ZONE_ANNEX)
        {
          const char *text = unit->text->str;

          if (text[0] == '[' && g_str_has_suffix (text, "]"))
            {
              resolute_text_header_add_note (builder->header, text, unit->line);
              continue;
            }
        }

      {
        guint used = take_section_heading (builder, i);

        if (used > 0)
          {
            i += used - 1;
            continue;
          }
      }

      /* a second authoring formula: the text has parts (resolution A, B) */
      if (unit->label == NULL && resolute_text_header_is_formula (builder->header, unit->text->str))
        {
          resolute_text_warn (builder->warnings, unit->line,
                              _("a second authoring formula “%s”: the parts of a resolution "
                                "cannot be told apart; it was kept in the notes"),
                              unit->text->str);
          resolute_text_header_add_note (builder->header, unit->text->str, unit->line);
          continue;
        }

      if (unit->label == NULL)
        {
          if (is_operative_intro (builder, i))
            {
              resolute_text_header_set_operative_intro (builder->header, unit->text->str);
              continue;
            }
          classify_unlabelled (builder, i, single_operative);
        }
      else if (resolute_label_scheme_is_number (builder->scheme, unit->label, &n))
        classify_number (builder, i, n);
      else if (resolute_label_scheme_is_sub (builder->scheme, unit->label))
        classify_sub (builder, i);
      else
        add_plain (builder, i,
                   _("a paragraph label that is not a paragraph number; it was kept in the text"));
    }
}

/* The piece [start, end) of a unit's text: from its rich content when the
 * source has one (Word, OpenDocument), else plain text. */
static void
append_piece (ResoluteInline       *content,
              const ResoluteInline *rich,
              const char           *text,
              gsize                 start,
              gssize                end)
{
  g_autoptr(ResoluteInline) slice = NULL;

  if (end < 0)
    end = strlen (text);
  if (rich == NULL)
    {
      resolute_inline_append_text (content, text + start, end - start);
      return;
    }
  slice = resolute_inline_slice (rich, start, end);
  resolute_inline_append (content, slice);
}

static ResoluteInline *
build_content (const char             *prefix,
               const char             *text,
               const ResoluteInline   *rich,
               const ResoluteTextMark *marks,
               guint                   n_marks,
               char                  **note_ids)
{
  ResoluteInline *content = resolute_inline_new ();
  gsize position = 0;

  if (prefix != NULL)
    {
      resolute_inline_append_text (content, prefix, -1);
      if (*text != '\0')
        resolute_inline_append_text (content, " ", 1);
    }

  for (guint i = 0; i < n_marks; i++)
    {
      const ResoluteTextMark *mark = &marks[i];

      if (note_ids[mark->note] == NULL || mark->start < position)
        continue;
      append_piece (content, rich, text, position, mark->start);
      resolute_inline_append_object (content, RESOLUTE_OBJECT_NOTE_REF, note_ids[mark->note], 0);
      position = mark->end;
    }
  append_piece (content, rich, text, position, -1);

  return content;
}

/* With emphasis from the source, the opening phrase is set in italics
 * automatically when the source has exactly it in italics (the span is
 * dropped: the display adds it); an opening the author left upright, or
 * emphasised otherwise, is the author's own. */
static gboolean
take_opening (Builder        *builder,
              Spec           *spec,
              ResoluteInline *content)
{
  gsize opening;

  if (spec->level > 0 || spec->continuation
      || (spec->kind != RESOLUTE_CLAUSE_PREAMBULAR && spec->kind != RESOLUTE_CLAUSE_OPERATIVE))
    return TRUE;

  opening = resolute_language_match_opening (resolute_document_get_language (builder->document),
                                             spec->kind, resolute_inline_get_text (content));
  if (opening == 0)
    return TRUE;
  for (guint i = 0, n = resolute_inline_get_n_spans (content); i < n; i++)
    {
      const ResoluteSpan *span = resolute_inline_get_span (content, i);

      if (span->kind == RESOLUTE_SPAN_ITALIC && span->start == 0 && span->end == opening)
        {
          resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 0, opening, NULL, FALSE);
          return TRUE;
        }
    }
  return FALSE;
}

static void
load (Builder  *builder,
      gboolean  spaced_marks)
{
  GPtrArray *units = builder->body->units;
  GPtrArray *notes = builder->body->notes;
  g_autofree gboolean *searchable = g_new0 (gboolean, MAX (units->len, 1));
  g_autofree char **note_ids = g_new0 (char *, MAX (notes->len, 1));
  g_autofree gboolean *marked = g_new0 (gboolean, MAX (notes->len, 1));
  g_autoptr(GArray) marks = NULL;
  gboolean star_used[RESOLUTE_NOTE_ANCHOR_SPONSORS + 1] = { FALSE };
  guint m = 0;

  for (guint i = 0; i < builder->specs->len; i++)
    searchable[g_array_index (builder->specs, Spec, i).unit] = TRUE;

  marks = resolute_text_find_marks (builder->body, searchable,
                                    resolute_document_get_language (builder->document),
                                    spaced_marks, builder->warnings);
  for (guint i = 0; i < marks->len; i++)
    marked[g_array_index (marks, ResoluteTextMark, i).note] = TRUE;

  for (guint i = 0; i < notes->len; i++)
    {
      ResoluteTextNote *note = g_ptr_array_index (notes, i);
      ResoluteNoteAnchor anchor = RESOLUTE_NOTE_ANCHOR_TEXT;
      ResoluteFootnote *footnote;
      g_autofree char *text = g_strstrip (g_strdup (note->text->str));

      if (note->label[0] == '*')
        {
          anchor = resolute_text_header_star_anchor (builder->header, note->label);
          if (star_used[anchor])
            {
              resolute_text_warn (builder->warnings, note->line,
                                  _("a second “%s” note; it was kept in the notes"), note->label);
              resolute_text_header_add_note (builder->header, text, note->line);
              continue;
            }
          star_used[anchor] = TRUE;
        }
      else if (!marked[i])
        {
          resolute_text_warn (builder->warnings, note->line,
                              _("footnote %s has no place in the text; it was kept in the notes"),
                              note->label);
          resolute_text_header_add_note (builder->header, text, note->line);
          continue;
        }

      if (*text == '\0')
        resolute_text_warn (builder->warnings, note->line, _("footnote %s is empty"), note->label);
      if (note->content != NULL)
        {
          ResoluteInline *rich = resolute_inline_copy (note->content);

          resolute_inline_strip (rich);
          footnote = _resolute_document_load_footnote (builder->document, NULL, anchor, rich);
        }
      else
        footnote = _resolute_document_load_footnote (builder->document, NULL, anchor,
                                                     resolute_inline_new_from_text (text));
      note_ids[i] = (char *) resolute_footnote_get_id (footnote);
    }

  for (guint i = 0; i < builder->specs->len; i++)
    {
      Spec *spec = &g_array_index (builder->specs, Spec, i);
      ResoluteTextUnit *unit = unit_at (builder, spec->unit);
      guint first = m;
      ResoluteInline *content;
      ResoluteClause *clause;
      gboolean auto_opening = TRUE;

      while (m < marks->len && g_array_index (marks, ResoluteTextMark, m).unit < spec->unit)
        m++;
      first = m;
      while (m < marks->len && g_array_index (marks, ResoluteTextMark, m).unit == spec->unit)
        m++;

      content = build_content (spec->prefix, unit->text->str, unit->content,
                               &g_array_index (marks, ResoluteTextMark, first), m - first,
                               note_ids);
      if (unit->content != NULL)
        auto_opening = take_opening (builder, spec, content);
      clause = _resolute_document_load_clause (builder->document, unit->id, spec->kind,
                                               spec->level, content);
      _resolute_document_load_clause_flags (builder->document, clause, spec->continuation,
                                            auto_opening, spec->heading_label);
    }
}

/**
 * resolute_text_recognizer_build:
 * @spaced_marks: footnote marks may stand apart from their word (PDF text)
 *
 * Loads the clauses and footnotes of @body into @document, which is being
 * loaded (_resolute_document_load_begin()).
 */
void
resolute_text_recognizer_build (ResoluteDocument          *document,
                                ResoluteTextHeader        *header,
                                ResoluteTextBody          *body,
                                const ResoluteLabelScheme *scheme,
                                gboolean                   spaced_marks,
                                GPtrArray                 *warnings)
{
  Builder builder = { 0 };

  builder.document = document;
  builder.header = header;
  builder.body = body;
  builder.scheme = scheme;
  builder.warnings = warnings;
  builder.specs = g_array_new (FALSE, FALSE, sizeof (Spec));
  g_array_set_clear_func (builder.specs, spec_clear);
  resolute_label_tracker_init (&builder.tracker, scheme);

  classify (&builder);
  load (&builder, spaced_marks);

  g_array_unref (builder.specs);
}
