/* resolute-final-text.c — a document as the styled paragraphs of a word-processor file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Word and OpenDocument writers share: the document laid out as
 * the UN prints it, as a list of paragraphs that each name a style, with
 * the paragraph numbers as text before a tab (AKN4UN asks for numbers
 * written out, so that they match in every language version), the opening
 * phrase that is set in italics automatically, footnote marks and
 * cross-references; the masthead as three rows of two cells; the words of
 * the page furniture; the document properties. The writers only turn this
 * into their XML.
 *
 * The measures follow the page layout of the PDF writer (see
 * resolute-page-layout.c): a frame 6.5 in wide for the masthead and the
 * running heads, a column of 351 pt in its middle; paragraphs start 28.35 pt
 * in, text after a number 48.2 pt in, and wrapped lines go back to the
 * column's edge, deeper sub-paragraph levels wrapping at their own indent.
 */

#define G_LOG_DOMAIN "resolute-final-text"

#include "config.h"

#include <string.h>

#include <cairo.h>

#include "resolute-barcode.h"
#include "resolute-final-text.h"
#include "resolute-masthead.h"

#define C RESOLUTE_FINAL_COLUMN_INSET
#define I 28.35
#define T 48.2
#define STEP 20.0

/* The barcode of the job number, as the PDF prints it: modules of 0.8 pt,
 * 18 pt high; drawn at 4 pixels a module. */
#define BARCODE_MODULE 0.8
#define BARCODE_HEIGHT 18.0
#define BARCODE_PIXELS 4

static const ResoluteFinalStyle styles[] = {
  /* id, name, paragraph, parent, next, size, bold, italic, superscript, align,
   * left, right, first, tab, before, after, line, keep_next, keep_together, right_tab */
  { "ResNormal", "UN Normal", TRUE, NULL, NULL, 10, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_JUSTIFY, 0, 0, 0, 0, 0, 0, 12, FALSE, FALSE, FALSE },

  /* the masthead */
  { "ResMastheadUnitedNations", "UN Masthead: United Nations", TRUE, "ResNormal", NULL, 12, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 12, 2, 0, FALSE, FALSE, FALSE },
  { "ResMastheadSymbol", "UN Masthead: symbol", TRUE, "ResNormal", NULL, 10, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_RIGHT, 0, 0, 0, 0, 4, 2, 0, FALSE, FALSE, FALSE },
  { "ResMastheadOrgan", "UN Masthead: organ", TRUE, "ResNormal", NULL, 17, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 6, 6, 0, FALSE, FALSE, FALSE },
  { "ResMastheadRight", "UN Masthead: distribution and date", TRUE, "ResNormal", NULL, 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 12, FALSE, FALSE, FALSE },
  { "ResMastheadLeft", "UN Masthead: session and agenda", TRUE, "ResNormal", NULL, 10, FALSE, FALSE,
    FALSE, RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 12, FALSE, FALSE, FALSE },
  { "ResMastheadAgendaTitle", "UN Masthead: agenda item title", TRUE, "ResMastheadLeft", NULL, 10,
    TRUE, FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 12, FALSE, FALSE, FALSE },

  /* the heading */
  { "ResSponsors", "UN Sponsors line", TRUE, "ResNormal", "ResTitle", 10, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C, C + 14, 0, 0, 0, 0, 12, TRUE, TRUE, FALSE },
  { "ResCouncilNumber", "UN Security Council resolution number", TRUE, "ResNormal", NULL, 13, TRUE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, C, C, 0, 0, 12, 0, 15, TRUE, TRUE, FALSE },
  { "ResAdoption", "UN Adoption line", TRUE, "ResNormal", NULL, 13, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C, RESOLUTE_FINAL_FRAME_WIDTH - C - 260, 0, 0, 0, 0, 15, TRUE, TRUE,
    FALSE },
  { "ResCouncilAdoption", "UN Security Council adoption line", TRUE, "ResNormal", NULL, 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, C, C, 0, 0, 12, 0, 12, TRUE, TRUE, FALSE },
  { "ResOrigin", "UN Report line", TRUE, "ResNormal", NULL, 10, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C, C, 0, 0, 10, 0, 12, TRUE, TRUE, FALSE },
  { "ResTitle", "UN Title", TRUE, "ResNormal", "ResFormula", 12, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C, C + I, -C, 0, 18, 0, 14, TRUE, TRUE, FALSE },
  /* a draft's title, without a number before it: set in the column */
  { "ResTitleUnnumbered", "UN Title without number", TRUE, "ResTitle", "ResFormula", 12, TRUE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, C, C + I, 0, 0, 18, 0, 14, TRUE, TRUE, FALSE },

  /* the body */
  { "ResFormula", "UN Authoring formula", TRUE, "ResNormal", "ResPreambular", 10, FALSE, TRUE,
    FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, 0, 18, 0, 12, TRUE, FALSE, FALSE },
  { "ResOperativeIntro", "UN Operative introduction", TRUE, "ResNormal", "ResOperative", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, 0, 6, 0, 12, TRUE, FALSE, FALSE },
  { "ResPreambular", "UN Preambular paragraph", TRUE, "ResNormal", "ResPreambular", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, 0, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResOperative", "UN Operative paragraph", TRUE, "ResNormal", "ResOperative", 10, FALSE, FALSE,
    FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, T, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResSubParagraph1", "UN Sub-paragraph (a)", TRUE, "ResNormal", "ResSubParagraph1", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, T, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResSubParagraph2", "UN Sub-paragraph (i)", TRUE, "ResNormal", "ResSubParagraph2", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + I, C, 0, T - I, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResSubParagraph3", "UN Sub-paragraph a.", TRUE, "ResNormal", "ResSubParagraph3", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + T, C, 0, STEP, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResSubParagraph4", "UN Sub-paragraph i.", TRUE, "ResNormal", "ResSubParagraph4", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + T + STEP, C, 0, STEP, 6, 0, 12, FALSE, FALSE,
    FALSE },
  { "ResContinuation", "UN Continuation", TRUE, "ResNormal", "ResOperative", 10, FALSE, FALSE,
    FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, 0, 0, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResContinuation2", "UN Continuation (i)", TRUE, "ResNormal", "ResSubParagraph1", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + I, C, 0, 0, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResContinuation3", "UN Continuation a.", TRUE, "ResNormal", "ResSubParagraph2", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + T, C, 0, 0, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResContinuation4", "UN Continuation i.", TRUE, "ResNormal", "ResSubParagraph3", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C + T + STEP, C, 0, 0, 6, 0, 12, FALSE, FALSE,
    FALSE },
  { "ResClosing", "UN Closing lines", TRUE, "ResNormal", NULL, 10, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_RIGHT, C, C, 0, 0, 0, 0, 12, TRUE, TRUE, FALSE },

  /* annexes */
  { "ResAnnex", "UN Annex", TRUE, "ResNormal", "ResAnnexTitle", 14, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 16, TRUE, TRUE, FALSE },
  { "ResAnnexTitle", "UN Annex title", TRUE, "ResNormal", "ResAnnexText", 12, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C, C + I, 0, 0, 12, 0, 14, TRUE, TRUE, FALSE },
  { "ResAnnexHeading", "UN Annex heading", TRUE, "ResNormal", "ResAnnexParagraph", 10, TRUE, FALSE,
    FALSE, RESOLUTE_FINAL_ALIGN_LEFT, C, C, -C, 0, 18, 0, 12, TRUE, TRUE, FALSE },
  { "ResAnnexHeadingTitle", "UN Annex heading title", TRUE, "ResNormal", "ResAnnexParagraph", 10,
    TRUE, FALSE, FALSE, RESOLUTE_FINAL_ALIGN_LEFT, C, C, 0, 0, 0, 0, 12, TRUE, TRUE, FALSE },
  { "ResAnnexParagraph", "UN Annex paragraph", TRUE, "ResNormal", "ResAnnexParagraph", 10, FALSE,
    FALSE, FALSE, RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, T, 6, 0, 12, FALSE, FALSE, FALSE },
  { "ResAnnexText", "UN Annex text", TRUE, "ResNormal", "ResAnnexText", 10, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_JUSTIFY, C, C, I, 0, 6, 0, 12, FALSE, FALSE, FALSE },

  /* footnotes and page furniture */
  { "ResFootnoteText", "UN Footnote", TRUE, "ResNormal", NULL, 8, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, C + I + 12, C, -12, 0, 0, 2, 9.6, FALSE, FALSE, FALSE },
  { "ResHeader", "UN Running head", TRUE, "ResNormal", NULL, 9, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, TRUE },
  { "ResFooter", "UN Page footer", TRUE, "ResNormal", NULL, 9, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, TRUE },
  { "ResFooterJob", "UN Job number", TRUE, "ResNormal", NULL, 9, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  /* the barcode, and "Please recycle" at the right edge on the same line:
   * the first page's footer must stay within the bottom margin */
  { "ResRecycle", "UN Barcode and Please recycle", TRUE, "ResNormal", NULL, 8, FALSE, FALSE,
    FALSE, RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, TRUE },

  /* character styles */
  { "ResOpening", "UN Opening phrase", FALSE, NULL, NULL, 0, FALSE, TRUE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  { "ResFootnoteMark", "UN Footnote mark", FALSE, NULL, NULL, 0, FALSE, FALSE, TRUE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  { "ResCrossReference", "UN Cross-reference", FALSE, NULL, NULL, 0, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  { "ResSymbolInitial", "UN Symbol initial", FALSE, NULL, NULL, 20, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  { "ResHeadSymbol", "UN Running head symbol", FALSE, NULL, NULL, 10, TRUE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
  { "ResBarcode", "UN Barcode text", FALSE, NULL, NULL, 9, FALSE, FALSE, FALSE,
    RESOLUTE_FINAL_ALIGN_LEFT, 0, 0, 0, 0, 0, 0, 0, FALSE, FALSE, FALSE },
};

static const char * const body_styles[] = {
  "ResFormula", "ResOperativeIntro", "ResPreambular", "ResOperative", "ResSubParagraph1",
  "ResSubParagraph2", "ResSubParagraph3", "ResSubParagraph4", "ResContinuation",
  "ResContinuation2", "ResContinuation3", "ResContinuation4", "ResAnnexParagraph", "ResAnnexText",
};

const ResoluteFinalStyle *
resolute_final_text_get_styles (guint *n_styles)
{
  *n_styles = G_N_ELEMENTS (styles);
  return styles;
}

const ResoluteFinalStyle *
resolute_final_text_lookup_style (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (styles[i].id, id) == 0)
      return &styles[i];
  return NULL;
}

/**
 * resolute_final_text_is_body_style:
 *
 * Whether @id (a style id or name) is the style of a paragraph of the body,
 * which the plain-text form of the document indents with a tab.
 */
gboolean
resolute_final_text_is_body_style (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (body_styles); i++)
    {
      const ResoluteFinalStyle *style = resolute_final_text_lookup_style (body_styles[i]);

      /* by id, or by the name a word processor that renames styles keeps */
      if (g_strcmp0 (body_styles[i], id) == 0 || g_strcmp0 (style->name, id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
paragraph_free (ResoluteFinalParagraph *paragraph)
{
  g_free (paragraph->label);
  g_clear_pointer (&paragraph->content, resolute_inline_free);
  g_free (paragraph->bookmark);
  g_free (paragraph);
}

static ResoluteFinalParagraph *
add_paragraph (GPtrArray      *list,
               const char     *style,
               const char     *label,
               ResoluteInline *content)
{
  ResoluteFinalParagraph *paragraph = g_new0 (ResoluteFinalParagraph, 1);

  paragraph->style = style;
  paragraph->label = label != NULL && *label != '\0' ? g_strdup (label) : NULL;
  paragraph->content = content != NULL ? content : resolute_inline_new ();
  g_ptr_array_add (list, paragraph);
  return paragraph;
}

static ResoluteFinalParagraph *
add_text (GPtrArray  *list,
          const char *style,
          const char *text)
{
  return add_paragraph (list, style, NULL,
                        resolute_inline_new_from_text (text != NULL ? text : ""));
}

static const char *
field (ResoluteDocument *document,
       ResoluteField     which)
{
  const char *value = resolute_document_get_field (document, which);

  return value != NULL && *value != '\0' ? value : NULL;
}

static void
build_masthead (ResoluteFinalText *self)
{
  ResoluteDocument *document = self->document;
  const ResoluteLanguage *language = resolute_document_get_language (document);
  g_autofree char *distribution = resolute_masthead_get_distribution (document);
  g_autofree char *date = resolute_masthead_format_date (document, RESOLUTE_FIELD_ISSUE_DATE);
  g_autofree char *original = resolute_masthead_get_original (document);
  g_autoptr(GPtrArray) left = resolute_masthead_get_left_lines (document);

  add_text (self->masthead[0], "ResMastheadUnitedNations",
            resolute_language_get_word (language, "UnitedNations"));
  add_text (self->masthead[1], "ResMastheadSymbol", self->symbol);
  add_text (self->masthead[2], "ResMastheadOrgan", resolute_masthead_get_organ_name (document));
  add_text (self->masthead[3], "ResMastheadRight", distribution);
  if (date != NULL)
    add_text (self->masthead[3], "ResMastheadRight", date);
  if (original != NULL)
    add_text (self->masthead[3], "ResMastheadRight", original);
  for (guint i = 0; i < left->len; i++)
    {
      ResoluteMastheadLine *line = g_ptr_array_index (left, i);

      add_text (self->masthead[4],
                line->kind == RESOLUTE_MASTHEAD_AGENDA_TITLE ? "ResMastheadAgendaTitle"
                                                             : "ResMastheadLeft",
                line->text);
    }
  for (guint i = 0; i < RESOLUTE_FINAL_MASTHEAD_CELLS; i++)
    if (self->masthead[i]->len == 0)
      add_text (self->masthead[i], i < 2 ? "ResMastheadUnitedNations" : "ResMastheadLeft", "");
}

static void
build_heading (ResoluteFinalText *self)
{
  g_autoptr(GPtrArray) lines = resolute_masthead_get_heading (self->document);
  gboolean council = resolute_masthead_is_council (self->document);

  for (guint i = 0; i < lines->len; i++)
    {
      ResoluteHeadingLine *line = g_ptr_array_index (lines, i);
      ResoluteInline *content = resolute_inline_new ();
      const char *style;

      switch (line->kind)
        {
        case RESOLUTE_HEADING_SPONSORS:
          style = "ResSponsors";
          break;
        case RESOLUTE_HEADING_COUNCIL_NUMBER:
          style = "ResCouncilNumber";
          break;
        case RESOLUTE_HEADING_ADOPTION:
          style = council ? "ResCouncilAdoption" : "ResAdoption";
          break;
        case RESOLUTE_HEADING_ORIGIN:
          style = "ResOrigin";
          break;
        case RESOLUTE_HEADING_TITLE:
        default:
          style = line->label != NULL && *line->label != '\0' ? "ResTitle" : "ResTitleUnnumbered";
          break;
        }

      if (line->note != NULL && line->mark_end > line->mark_start)
        {
          resolute_inline_append_text (content, line->text, line->mark_start);
          resolute_inline_append_object (content, RESOLUTE_OBJECT_NOTE_REF,
                                         resolute_footnote_get_id (line->note), 0);
          resolute_inline_append_text (content, line->text + line->mark_end, -1);
        }
      else
        resolute_inline_append_text (content, line->text, -1);

      add_paragraph (self->body, style, line->label, content);
    }
}

static const char *
paragraph_style (ResoluteClause *clause)
{
  static const char * const sub[] = {
    "ResOperative", "ResSubParagraph1", "ResSubParagraph2", "ResSubParagraph3", "ResSubParagraph4",
  };
  static const char * const continuation[] = {
    "ResContinuation", "ResContinuation", "ResContinuation2", "ResContinuation3",
    "ResContinuation4",
  };
  ResoluteClauseKind kind = resolute_clause_get_kind (clause);
  guint level = MIN (resolute_clause_get_level (clause), RESOLUTE_CLAUSE_MAX_LEVEL);

  if (resolute_clause_get_continuation (clause))
    return continuation[level];
  if (level > 0)
    return sub[level];

  switch (kind)
    {
    case RESOLUTE_CLAUSE_PREAMBULAR:
      return "ResPreambular";
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
      return "ResAnnexParagraph";
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
      return "ResAnnexText";
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX:
    case RESOLUTE_CLAUSE_ANNEX_HEADING:
    default:
      return "ResOperative";
    }
}

static char *
bookmark_for (ResoluteFinalText *self,
              GHashTable        *targets,
              ResoluteClause    *clause)
{
  if (!g_hash_table_contains (targets, resolute_clause_get_id (clause)))
    return NULL;
  return g_strconcat (RESOLUTE_FINAL_BOOKMARK_PREFIX, resolute_clause_get_id (clause), NULL);
}

static void
build_clause (ResoluteFinalText *self,
              GHashTable        *targets,
              ResoluteClause    *clause)
{
  const char *label = resolute_clause_get_label (clause);
  const ResoluteInline *content = resolute_clause_get_content (clause);
  ResoluteFinalParagraph *paragraph;

  switch (resolute_clause_get_kind (clause))
    {
    case RESOLUTE_CLAUSE_ANNEX:
      paragraph = add_text (self->body, "ResAnnex", label);
      paragraph->page_break = TRUE;
      paragraph->clause = clause;
      paragraph->bookmark = bookmark_for (self, targets, clause);
      if (!resolute_inline_is_empty (content))
        add_paragraph (self->body, "ResAnnexTitle", NULL,
                       resolute_inline_copy (content))->clause = clause;
      return;

    case RESOLUTE_CLAUSE_ANNEX_HEADING:
      /* "I.<TAB>Introduction", or "Guideline 1" above its title */
      if (label == NULL || *label == '\0' || resolute_inline_is_empty (content)
          || g_str_has_suffix (label, "."))
        paragraph = add_paragraph (self->body, "ResAnnexHeading", label,
                                   resolute_inline_copy (content));
      else
        {
          paragraph = add_text (self->body, "ResAnnexHeading", label);
          add_paragraph (self->body, "ResAnnexHeadingTitle", NULL,
                         resolute_inline_copy (content))->clause = clause;
        }
      paragraph->clause = clause;
      paragraph->bookmark = bookmark_for (self, targets, clause);
      return;

    case RESOLUTE_CLAUSE_PREAMBULAR:
    case RESOLUTE_CLAUSE_OPERATIVE:
    case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
    case RESOLUTE_CLAUSE_ANNEX_TEXT:
    default:
      paragraph = add_paragraph (self->body, paragraph_style (clause),
                                 resolute_clause_get_continuation (clause) ? NULL : label,
                                 resolute_inline_copy (content));
      paragraph->clause = clause;
      paragraph->opening = resolute_document_get_opening_length (self->document, clause);
      paragraph->bookmark = bookmark_for (self, targets, clause);
      return;
    }
}

static void
build_closing (ResoluteFinalText *self)
{
  g_auto(GStrv) lines = resolute_masthead_get_closing (self->document);

  for (guint i = 0; lines[i] != NULL; i++)
    add_text (self->body, "ResClosing", lines[i]);
}

static void
collect_targets (const ResoluteInline *content,
                 GHashTable           *targets)
{
  for (guint j = 0, m = resolute_inline_get_n_objects (content); j < m; j++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, j);

      if (object->kind == RESOLUTE_OBJECT_CROSS_REF)
        g_hash_table_add (targets, object->target);
    }
}

static void
build_body (ResoluteFinalText *self)
{
  ResoluteDocument *document = self->document;
  guint n = resolute_document_get_n_clauses (document);
  const char *intro = field (document, RESOLUTE_FIELD_OPERATIVE_INTRO);
  g_autoptr(GHashTable) targets = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean intro_written = FALSE;
  gboolean closed = FALSE;

  for (guint i = 0; i < n; i++)
    collect_targets (resolute_clause_get_content (resolute_document_get_clause (document, i)),
                     targets);

  build_heading (self);
  if (n > 0)
    add_text (self->body, "ResFormula", resolute_document_get_authoring_formula (document));

  for (guint i = 0; i < n; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (kind != RESOLUTE_CLAUSE_PREAMBULAR && intro != NULL && !intro_written)
        {
          /* "Resolves that:", its verb set as the paragraphs' opening
           * phrases are */
          ResoluteFinalParagraph *paragraph = add_text (self->body, "ResOperativeIntro", intro);

          paragraph->opening = resolute_language_match_known_opening (
            resolute_document_get_language (document), RESOLUTE_CLAUSE_OPERATIVE, intro);
          intro_written = TRUE;
        }
      if (kind == RESOLUTE_CLAUSE_ANNEX && !closed)
        {
          build_closing (self);
          closed = TRUE;
        }
      build_clause (self, targets, clause);
    }

  if (intro != NULL && !intro_written)
    add_text (self->body, "ResOperativeIntro", intro);
  if (!closed)
    build_closing (self);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The Code 39 barcode of the job number as a PNG image (the same bars as
 * the PDF's first page), or nothing when it cannot be made. */
static void
build_barcode (ResoluteFinalText *self)
{
  g_autoptr(ResoluteBarcode) barcode = NULL;
  g_autoptr(GByteArray) png = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double modules;
  int width, height;

  if (self->barcode == NULL)
    return;
  barcode = resolute_barcode_new (RESOLUTE_BARCODE_CODE39, self->barcode, NULL);
  if (barcode == NULL)
    return;

  modules = resolute_barcode_get_width (barcode);
  width = (int) (modules * BARCODE_PIXELS + 0.5);
  height = (int) (BARCODE_HEIGHT / BARCODE_MODULE * BARCODE_PIXELS + 0.5);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  resolute_barcode_draw (barcode, cr, 0, 0, width, height);
  cairo_destroy (cr);

  png = g_byte_array_new ();
  if (cairo_surface_write_to_png_stream (surface, append_png, png) == CAIRO_STATUS_SUCCESS)
    {
      self->barcode_png = g_byte_array_free_to_bytes (g_steal_pointer (&png));
      self->barcode_width = modules * BARCODE_MODULE;
      self->barcode_height = BARCODE_HEIGHT;
    }
  cairo_surface_destroy (surface);
}

static void
add_property (ResoluteFinalText *self,
              const char        *name,
              const char        *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_ptr_array_add (self->properties, g_strdup (name));
  g_ptr_array_add (self->properties, g_strdup (value));
}

static void
build_properties (ResoluteFinalText *self)
{
  ResoluteDocument *document = self->document;
  g_autoptr(GString) later = g_string_new (NULL);

  for (guint i = 0, n = resolute_document_get_n_sponsors (document); i < n; i++)
    {
      const ResoluteSponsor *sponsor = resolute_document_get_sponsor (document, i);

      if (!sponsor->joined_later)
        continue;
      if (later->len > 0)
        g_string_append_c (later, '\n');
      g_string_append (later, sponsor->name);
    }

  add_property (self, RESOLUTE_FINAL_PROPERTY_LANGUAGE,
                resolute_language_get_code (resolute_document_get_language (document)));
  add_property (self, RESOLUTE_FINAL_PROPERTY_NOTES, field (document, RESOLUTE_FIELD_NOTES));
  add_property (self, RESOLUTE_FINAL_PROPERTY_JOB_CODE, field (document, RESOLUTE_FIELD_JOB_CODE));
  add_property (self, RESOLUTE_FINAL_PROPERTY_SESSION_TEXT,
                field (document, RESOLUTE_FIELD_SESSION_TEXT));
  add_property (self, RESOLUTE_FINAL_PROPERTY_LATER, later->str);
}

/**
 * resolute_final_text_new:
 *
 * Lays out @document as styled paragraphs. The result borrows @document's
 * clauses and footnotes and lives no longer than it.
 */
ResoluteFinalText *
resolute_final_text_new (ResoluteDocument *document)
{
  ResoluteFinalText *self = g_new0 (ResoluteFinalText, 1);
  const char *job = field (document, RESOLUTE_FIELD_JOB_NUMBER);

  self->document = document;
  for (guint i = 0; i < RESOLUTE_FINAL_MASTHEAD_CELLS; i++)
    self->masthead[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  self->body = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  self->properties = g_ptr_array_new_with_free_func (g_free);
  self->symbol = g_strdup (field (document, RESOLUTE_FIELD_SYMBOL) ?: "");
  self->title = g_strdup (field (document, RESOLUTE_FIELD_TITLE) ?: "");
  self->language = g_strdup (resolute_language_get_tag (resolute_document_get_language (document)));
  if (job != NULL)
    {
      const char *paren = strchr (job, '(');

      self->job = g_strdup (job);
      self->job_short = g_strstrip (g_strndup (job, paren != NULL ? (gsize) (paren - job)
                                                                  : strlen (job)));
    }
  self->date_code = resolute_masthead_get_date_code (document);
  self->barcode = resolute_document_get_barcode_text (document);

  build_masthead (self);
  build_body (self);
  build_properties (self);
  build_barcode (self);

  return self;
}

void
resolute_final_text_free (ResoluteFinalText *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < RESOLUTE_FINAL_MASTHEAD_CELLS; i++)
    g_ptr_array_unref (self->masthead[i]);
  g_ptr_array_unref (self->body);
  g_ptr_array_unref (self->properties);
  g_free (self->symbol);
  g_free (self->title);
  g_free (self->job);
  g_free (self->job_short);
  g_free (self->date_code);
  g_free (self->barcode);
  g_clear_pointer (&self->barcode_png, g_bytes_unref);
  g_free (self->language);
  g_free (self);
}

/**
 * resolute_final_text_render_object:
 *
 * Returns: (transfer full): the current wording of a cross-reference, or the
 * label of a footnote.
 */
char *
resolute_final_text_render_object (ResoluteFinalText            *self,
                                   const ResoluteFinalParagraph *paragraph,
                                   const ResoluteInlineObject   *object)
{
  return resolute_document_render_object (self->document, paragraph->clause, object);
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/**
 * resolute_final_paragraph_foreach_run:
 *
 * Calls @func for each piece of @paragraph's content that has one set of
 * attributes, and for each object, in order.
 */
void
resolute_final_paragraph_foreach_run (const ResoluteFinalParagraph *paragraph,
                                      ResoluteFinalRunFunc          func,
                                      gpointer                      user_data)
{
  const ResoluteInline *content = paragraph->content;
  const char *data = resolute_inline_get_text (content);
  guint length = resolute_inline_get_length (content);
  guint n_spans = resolute_inline_get_n_spans (content);
  guint n_objects = resolute_inline_get_n_objects (content);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint opening = MIN (paragraph->opening, length);

  {
    guint edges[] = { 0, length, opening };

    g_array_append_vals (cuts, edges, G_N_ELEMENTS (edges));
  }
  for (guint i = 0; i < n_spans; i++)
    {
      const ResoluteSpan *span = resolute_inline_get_span (content, i);

      g_array_append_val (cuts, span->start);
      g_array_append_val (cuts, span->end);
    }
  for (guint i = 0; i < n_objects; i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);
      guint after = object->offset + RESOLUTE_OBJECT_UTF8_LEN;

      g_array_append_val (cuts, object->offset);
      g_array_append_val (cuts, after);
    }
  g_array_sort (cuts, compare_guint);

  for (guint c = 0; c + 1 < cuts->len; c++)
    {
      guint start = g_array_index (cuts, guint, c);
      guint stop = g_array_index (cuts, guint, c + 1);
      ResoluteFinalRun run = { 0 };

      if (start >= stop || stop > length)
        continue;

      run.opening = start < opening;
      for (guint i = 0; i < n_spans; i++)
        {
          const ResoluteSpan *span = resolute_inline_get_span (content, i);

          if (span->start > start || span->end < stop)
            continue;
          switch (span->kind)
            {
            case RESOLUTE_SPAN_ITALIC:
              run.italic = TRUE;
              break;
            case RESOLUTE_SPAN_BOLD:
              run.bold = TRUE;
              break;
            case RESOLUTE_SPAN_INSERTION:
              run.inserted = span->value != NULL ? span->value : "";
              break;
            case RESOLUTE_SPAN_DELETION:
              run.deleted = span->value != NULL ? span->value : "";
              break;
            case RESOLUTE_SPAN_REFERENCE:
              run.reference = span->value != NULL && *span->value != '\0' ? span->value : NULL;
              break;
            default:
              break;
            }
        }

      run.object = resolute_inline_find_object (content, start);
      if (run.object == NULL)
        {
          run.text = data + start;
          run.length = stop - start;
        }
      func (&run, user_data);
    }
}
