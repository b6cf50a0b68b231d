/* resolute-office-reader.c — what the Word and OpenDocument readers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Word and OpenDocument readers parse their XML into logical
 * paragraphs: the text of each with its emphasis, real footnote marks,
 * cross-references (internal links to bookmarks) and bookmarks, whether the
 * paragraph is indented, and the label that automatic numbering gives it;
 * the masthead cells of the first page; the footnotes; the document
 * properties. Structure is then recognised with the rules of the text
 * importer, not with rules of its own: each paragraph becomes one line of
 * the ODS text rendition (an indented paragraph starts with a tab, a
 * numbered one with its label and a tab, DESIGN.md §2), which the ODS pass
 * (resolute-ods-text-lines.c), the header reader and the recognizer read as
 * they read any ODS text, footnotes typed at the end as text included. The
 * emphasis, the real footnotes and the cross-references of each paragraph
 * then go back onto the unit the recognizer builds its clause from
 * (ResoluteTextUnit.content), and bookmarks named after clause ids give the
 * clauses their ids back.
 *
 * Custom document properties written by Resolute (resolute-final-text.h)
 * restore what the printed text does not show: the notes, a stored job
 * code, the session text, sponsors who joined later.
 */

#define G_LOG_DOMAIN "resolute-office-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-document-private.h"
#include "resolute-error.h"
#include "resolute-final-text.h"
#include "resolute-ods-text-lines.h"
#include "resolute-office-reader.h"
#include "resolute-text-header.h"
#include "resolute-text-recognizer.h"
#include "resolute-text-source.h"
#include "resolute-text-units.h"

/* Bounds on what a file may hold, well above any resolution */
#define MAX_PARAGRAPHS 100000

typedef struct
{
  guint  start;
  guint  end;
  char  *target;
} Link;

struct _ResoluteOfficeParagraph
{
  ResoluteOfficeReader *reader;
  ResoluteInline       *content;
  GArray               *links;     /* Link */
  GPtrArray            *bookmarks; /* char* */
  gboolean              indented;
  char                 *label;
  char                 *link_target;
  guint                 link_start;
  char                 *reference;
  guint                 reference_start;
};

typedef struct
{
  char                    *mark;
  ResoluteOfficeParagraph *content;
} StarNote;

struct _ResoluteOfficeReader
{
  ResoluteDocument *document;
  GPtrArray        *masthead;   /* char* */
  GPtrArray        *paragraphs; /* ResoluteOfficeParagraph */
  GPtrArray        *notes;      /* ResoluteOfficeParagraph, of notes being built */
  GPtrArray        *stars;      /* StarNote */
  GPtrArray        *numbered;   /* footnote ids, in the order of their marks */
  GHashTable       *properties;
  char             *tag;
};

static void
link_clear (gpointer data)
{
  Link *link = data;

  g_free (link->target);
}

static ResoluteOfficeParagraph *
paragraph_new (ResoluteOfficeReader *reader)
{
  ResoluteOfficeParagraph *self = g_new0 (ResoluteOfficeParagraph, 1);

  self->reader = reader;
  self->content = resolute_inline_new ();
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (self->links, link_clear);
  self->bookmarks = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static void
paragraph_free (ResoluteOfficeParagraph *self)
{
  if (self == NULL)
    return;

  resolute_inline_free (self->content);
  g_array_unref (self->links);
  g_ptr_array_unref (self->bookmarks);
  g_free (self->label);
  g_free (self->link_target);
  g_free (self->reference);
  g_free (self);
}

static void
star_note_free (StarNote *star)
{
  g_free (star->mark);
  g_free (star);
}

ResoluteOfficeReader *
resolute_office_reader_new (void)
{
  ResoluteOfficeReader *self = g_new0 (ResoluteOfficeReader, 1);

  self->document = resolute_document_new ();
  _resolute_document_load_begin (self->document);
  self->masthead = g_ptr_array_new_with_free_func (g_free);
  self->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  self->stars = g_ptr_array_new_with_free_func ((GDestroyNotify) star_note_free);
  self->numbered = g_ptr_array_new ();
  self->properties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
resolute_office_reader_free (ResoluteOfficeReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->document);
  g_ptr_array_unref (self->masthead);
  g_ptr_array_unref (self->paragraphs);
  g_ptr_array_unref (self->stars);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->numbered);
  g_hash_table_unref (self->properties);
  g_free (self->tag);
  g_free (self);
}

/**
 * resolute_office_reader_add_masthead:
 *
 * Adds one cell (or line) of the first page's masthead or footer.
 */
void
resolute_office_reader_add_masthead (ResoluteOfficeReader *self,
                                     const char           *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));

  if (*clean != '\0')
    g_ptr_array_add (self->masthead, g_steal_pointer (&clean));
}

/* The cells read so far form a group (the masthead; the footer after it). */
void
resolute_office_reader_end_masthead_group (ResoluteOfficeReader *self)
{
  if (self->masthead->len > 0)
    g_ptr_array_add (self->masthead, g_strdup (""));
}

/**
 * resolute_office_reader_add_paragraph:
 * @indented: the paragraph's first line starts inside the text column
 * @label: (nullable): the label automatic numbering gives it ("1.", "(a)")
 *
 * Returns: (transfer none): the paragraph, to append its runs to.
 */
ResoluteOfficeParagraph *
resolute_office_reader_add_paragraph (ResoluteOfficeReader *self,
                                      gboolean              indented,
                                      const char           *label)
{
  ResoluteOfficeParagraph *paragraph = paragraph_new (self);

  paragraph->indented = indented;
  paragraph->label = g_strdup (label);
  if (self->paragraphs->len < MAX_PARAGRAPHS)
    g_ptr_array_add (self->paragraphs, paragraph);
  else
    g_ptr_array_add (self->notes, paragraph); /* read, then dropped */
  return paragraph;
}

/**
 * resolute_office_reader_new_note:
 *
 * Returns: (transfer none): an empty paragraph to build a footnote's text
 * in, before resolute_office_reader_add_note().
 */
ResoluteOfficeParagraph *
resolute_office_reader_new_note (ResoluteOfficeReader *self)
{
  ResoluteOfficeParagraph *note = paragraph_new (self);

  g_ptr_array_add (self->notes, note);
  return note;
}

static gboolean
is_number (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/**
 * resolute_office_reader_add_note:
 * @note: its text, from resolute_office_reader_new_note()
 * @custom_mark: (nullable): the mark of a note that is not numbered ("*")
 *
 * Returns: (nullable): the id of the footnote to mark in the text, or %NULL
 * for a "*" note, which the heading places.
 */
const char *
resolute_office_reader_add_note (ResoluteOfficeReader    *self,
                                 ResoluteOfficeParagraph *note,
                                 const char              *custom_mark)
{
  ResoluteInline *content;
  ResoluteFootnote *footnote;

  /* a note may repeat its own mark before its text, as Word does for a
   * custom mark */
  resolute_inline_strip (note->content);
  if (custom_mark != NULL && *custom_mark != '\0'
      && g_str_has_prefix (resolute_inline_get_text (note->content), custom_mark))
    {
      resolute_inline_delete (note->content, 0, strlen (custom_mark));
      resolute_inline_strip (note->content);
    }

  if (custom_mark != NULL && *custom_mark != '\0' && !is_number (custom_mark))
    {
      StarNote *star = g_new0 (StarNote, 1);

      star->mark = g_strdup (custom_mark);
      star->content = note;
      g_ptr_array_add (self->stars, star);
      return NULL;
    }

  content = resolute_inline_copy (note->content);
  resolute_inline_strip (content);
  footnote = _resolute_document_load_footnote (self->document, NULL, RESOLUTE_NOTE_ANCHOR_TEXT,
                                               content);
  return resolute_footnote_get_id (footnote);
}

void
resolute_office_reader_set_property (ResoluteOfficeReader *self,
                                     const char           *name,
                                     const char           *value)
{
  if (name != NULL && value != NULL)
    g_hash_table_replace (self->properties, g_strdup (name), g_strdup (value));
}

/* The language of the document, as a tag ("en", "fr-FR") or a code ("fra"). */
void
resolute_office_reader_set_language (ResoluteOfficeReader *self,
                                     const char           *tag)
{
  if (tag != NULL && *tag != '\0' && self->tag == NULL)
    self->tag = g_strdup (tag);
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                               */

/**
 * resolute_office_paragraph_append:
 *
 * Appends a run of text. A raised number that is the number of a footnote
 * already met is a second mark of that note; other raised numbers are
 * typed footnote marks, kept as digits for the text rules to find.
 */
void
resolute_office_paragraph_append (ResoluteOfficeParagraph *self,
                                  const char              *text,
                                  gssize                   length,
                                  const ResoluteRunStyle  *style)
{
  g_autofree char *clean = NULL;
  guint start;

  if (length < 0)
    length = strlen (text);
  clean = g_utf8_make_valid (text, length);
  /* U+FFFC only stands for objects */
  for (char *p = strstr (clean, RESOLUTE_OBJECT_UTF8); p != NULL;
       p = strstr (p, RESOLUTE_OBJECT_UTF8))
    memmove (p, p + RESOLUTE_OBJECT_UTF8_LEN, strlen (p + RESOLUTE_OBJECT_UTF8_LEN) + 1);
  if (*clean == '\0')
    return;

  if (style != NULL && style->superscript && is_number (clean))
    {
      guint64 n = g_ascii_strtoull (clean, NULL, 10);

      if (n >= 1 && n <= self->reader->numbered->len)
        {
          resolute_office_paragraph_append_cited (self,
                                                  g_ptr_array_index (self->reader->numbered,
                                                                     n - 1));
          return;
        }
    }

  start = resolute_inline_get_length (self->content);
  resolute_inline_append_text (self->content, clean, -1);
  if (style != NULL && style->italic)
    resolute_inline_set_span (self->content, RESOLUTE_SPAN_ITALIC, start,
                              resolute_inline_get_length (self->content), NULL, TRUE);
  if (style != NULL && style->bold)
    resolute_inline_set_span (self->content, RESOLUTE_SPAN_BOLD, start,
                              resolute_inline_get_length (self->content), NULL, TRUE);
  if (style != NULL && style->inserted != NULL)
    resolute_inline_set_span (self->content, RESOLUTE_SPAN_INSERTION, start,
                              resolute_inline_get_length (self->content), style->inserted, TRUE);
  if (style != NULL && style->deleted != NULL)
    resolute_inline_set_span (self->content, RESOLUTE_SPAN_DELETION, start,
                              resolute_inline_get_length (self->content), style->deleted, TRUE);
}

/* A link to another document (a resolution cited): a reference span. */
void
resolute_office_paragraph_start_reference (ResoluteOfficeParagraph *self,
                                           const char              *href)
{
  g_free (self->reference);
  self->reference = g_strdup (href);
  self->reference_start = resolute_inline_get_length (self->content);
}

void
resolute_office_paragraph_end_reference (ResoluteOfficeParagraph *self)
{
  guint end = resolute_inline_get_length (self->content);

  if (self->reference != NULL && end > self->reference_start)
    resolute_inline_set_span (self->content, RESOLUTE_SPAN_REFERENCE, self->reference_start, end,
                              self->reference, TRUE);
  g_clear_pointer (&self->reference, g_free);
}

/**
 * resolute_office_paragraph_append_ref:
 * @note_id: (nullable): the footnote resolute_office_reader_add_note() gave
 * @custom_mark: (nullable): the mark of a "*" note
 *
 * Appends the mark of a real footnote.
 */
void
resolute_office_paragraph_append_ref (ResoluteOfficeParagraph *self,
                                      const char              *note_id,
                                      const char              *custom_mark)
{
  if (note_id == NULL)
    {
      /* a "*" note: its mark stays in the text, where the heading finds it */
      if (custom_mark != NULL)
        resolute_office_paragraph_append (self, custom_mark, -1, NULL);
      return;
    }
  if (!g_ptr_array_find_with_equal_func (self->reader->numbered, note_id, g_str_equal, NULL))
    g_ptr_array_add (self->reader->numbered, (gpointer) note_id);
  resolute_inline_append_object (self->content, RESOLUTE_OBJECT_NOTE_REF, note_id, 0);
}

/* A second mark of a footnote already marked. */
void
resolute_office_paragraph_append_cited (ResoluteOfficeParagraph *self,
                                        const char              *note_id)
{
  if (note_id != NULL)
    resolute_inline_append_object (self->content, RESOLUTE_OBJECT_NOTE_REF, note_id, 0);
}

/* An internal link to a bookmark: a cross-reference, once its text is in. */
void
resolute_office_paragraph_start_link (ResoluteOfficeParagraph *self,
                                      const char              *bookmark)
{
  g_free (self->link_target);
  self->link_target = g_strdup (bookmark);
  self->link_start = resolute_inline_get_length (self->content);
}

void
resolute_office_paragraph_end_link (ResoluteOfficeParagraph *self)
{
  guint end = resolute_inline_get_length (self->content);
  const char *text = resolute_inline_get_text (self->content);

  if (self->link_target == NULL)
    return;
  if (end > self->link_start
      && g_strstr_len (text + self->link_start, end - self->link_start, RESOLUTE_OBJECT_UTF8)
           == NULL)
    {
      Link link = { self->link_start, end, g_steal_pointer (&self->link_target) };

      g_array_append_val (self->links, link);
    }
  g_clear_pointer (&self->link_target, g_free);
}

void
resolute_office_paragraph_add_bookmark (ResoluteOfficeParagraph *self,
                                        const char              *name)
{
  if (name != NULL && *name != '\0')
    g_ptr_array_add (self->bookmarks, g_strdup (name));
}

gboolean
resolute_office_paragraph_is_empty (ResoluteOfficeParagraph *self)
{
  const char *text = resolute_inline_get_text (self->content);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

const char *
resolute_office_paragraph_get_text (ResoluteOfficeParagraph *self)
{
  return resolute_inline_get_text (self->content);
}

/* ------------------------------------------------------------------------ */
/* Recognition                                                              */

/* The id a bookmark gives a clause: the clause id Resolute wrote, or the
 * bookmark's own name. */
static char *
bookmark_id (const char *name)
{
  if (g_str_has_prefix (name, RESOLUTE_FINAL_BOOKMARK_PREFIX))
    name += strlen (RESOLUTE_FINAL_BOOKMARK_PREFIX);
  if (*name == '\0' || strlen (name) > 64)
    return NULL;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return NULL;
  return g_strdup (name);
}

static const char *
language_code (const char *tag)
{
  static const char * const codes[][2] = {
    { "en", "eng" }, { "fr", "fra" }, { "es", "spa" }, { "ru", "rus" }, { "zh", "zho" },
    { "ar", "ara" },
  };

  if (tag == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_ascii_strncasecmp (tag, codes[i][0], 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
      return codes[i][1];
    else if (g_ascii_strcasecmp (tag, codes[i][1]) == 0)
      return codes[i][1];
  return NULL;
}

/* The document language: Resolute's property, else the file's language if
 * Resolute has it, else the one whose authoring formula the text uses. */
static const char *
detect_language (ResoluteOfficeReader *self)
{
  static const char * const known[] = { "eng", "fra", "spa" };
  const char *code = language_code (g_hash_table_lookup (self->properties,
                                                         RESOLUTE_FINAL_PROPERTY_LANGUAGE));

  if (code == NULL)
    code = language_code (self->tag);
  if (code != NULL
      && strcmp (resolute_language_get_code (resolute_language_get (code)), code) == 0)
    return code;

  for (guint c = 0; c < G_N_ELEMENTS (known); c++)
    {
      const ResoluteLanguage *language = resolute_language_get (known[c]);
      const char *formula = resolute_language_get_formula (language,
                                                           RESOLUTE_ORGAN_GENERAL_ASSEMBLY);

      for (guint i = 0; i < self->paragraphs->len && i < 400; i++)
        {
          ResoluteOfficeParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);

          if (g_str_has_prefix (resolute_inline_get_text (paragraph->content), formula))
            return known[c];
        }
    }
  return "eng";
}

static void
replace_tabs (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\v')
      *p = ' ';
}

static ResoluteTextSource *
build_source (ResoluteOfficeReader *self)
{
  ResoluteTextSource *source = g_new0 (ResoluteTextSource, 1);

  source->form = RESOLUTE_TEXT_FORM_ODS;
  source->n_lines = self->paragraphs->len;
  source->lines = g_new0 (ResoluteTextLine, MAX (source->n_lines, 1));

  for (guint i = 0; i < source->n_lines; i++)
    {
      ResoluteOfficeParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      ResoluteTextLine *line = &source->lines[i];
      g_autoptr(GString) raw = g_string_new (NULL);
      gsize end;
      gsize lead = 0;

      if (paragraph->indented)
        g_string_append_c (raw, '\t');
      if (paragraph->label != NULL)
        {
          g_string_append (raw, paragraph->label);
          g_string_append_c (raw, '\t');
        }
      g_string_append (raw, resolute_inline_get_text (paragraph->content));
      for (gsize k = 0; k < raw->len; k++)
        if (raw->str[k] == '\n' || raw->str[k] == '\r' || raw->str[k] == '\f')
          raw->str[k] = ' ';

      end = raw->len;
      while (end > 0 && (raw->str[end - 1] == ' ' || raw->str[end - 1] == '\t'
                         || raw->str[end - 1] == '\v'))
        end--;
      g_string_truncate (raw, end);
      line->raw = g_string_free (g_steal_pointer (&raw), FALSE);
      line->leading_tab = line->raw[0] == '\t';
      while (line->raw[lead] == ' ' || line->raw[lead] == '\t')
        lead++;
      line->text = line->raw + lead;
      line->number = i + 1;
      line->n_chars = (guint) g_utf8_strlen (line->text, -1);
      line->empty = *line->text == '\0';
    }

  return source;
}

/* "paragraph {n} above": whether @text has the words around the field */
static gboolean
matches_template (const char *template,
                  const char *text,
                  gboolean    prefix_only)
{
  const char *open = template != NULL ? strchr (template, '{') : NULL;
  const char *close = open != NULL ? strchr (open, '}') : NULL;
  gsize head, tail, len = strlen (text);

  if (open == NULL || close == NULL)
    return FALSE;
  head = open - template;
  tail = strlen (close + 1);
  if (len <= head + (prefix_only ? 0 : tail) || strncmp (text, template, head) != 0)
    return FALSE;
  return prefix_only || strcmp (text + len - tail, close + 1) == 0;
}

/* The flags that give a cross-reference the wording it has in the file. */
static guint
cross_ref_flags (const ResoluteLanguage *language,
                 const char             *wording)
{
  if (matches_template (resolute_language_get_word (language, "ParagraphAbove"), wording, FALSE)
      || matches_template (resolute_language_get_word (language, "ParagraphBelow"), wording,
                           FALSE))
    return RESOLUTE_CROSS_REF_DIRECTION;
  if (matches_template (resolute_language_get_word (language, "Paragraph"), wording, FALSE)
      || matches_template (resolute_language_get_word (language, "PreambularParagraphCited"),
                           wording, TRUE))
    return RESOLUTE_CROSS_REF_PLAIN;
  if (matches_template (resolute_language_get_word (language, "PreambularParagraph"), wording,
                        TRUE)
      || g_ascii_isdigit (wording[0]))
    return RESOLUTE_CROSS_REF_BARE;
  return RESOLUTE_CROSS_REF_PLAIN;
}

static void
strip_objects (GString *text)
{
  char *p;

  while ((p = strstr (text->str, RESOLUTE_OBJECT_UTF8)) != NULL)
    g_string_erase (text, p - text->str, RESOLUTE_OBJECT_UTF8_LEN);
}

/* The rich content of the last @text_len bytes of @paragraph, when they are
 * the text the unit holds; %NULL when the text rules joined or changed it. */
static ResoluteInline *
rich_tail (ResoluteOfficeParagraph *paragraph,
           GString                 *text,
           GHashTable              *ids,
           const ResoluteLanguage  *language)
{
  const char *rich = resolute_inline_get_text (paragraph->content);
  gsize end = resolute_inline_get_length (paragraph->content);
  g_autofree char *spaced = NULL;
  ResoluteInline *content;
  gsize start;

  while (end > 0 && (rich[end - 1] == ' ' || rich[end - 1] == '\t' || rich[end - 1] == '\v'
                     || rich[end - 1] == '\n'))
    end--;
  if (text->len > end)
    return NULL;
  start = end - text->len;
  spaced = g_strndup (rich + start, text->len);
  replace_tabs (spaced);
  if (memcmp (spaced, text->str, text->len) != 0)
    return NULL;

  content = resolute_inline_slice (paragraph->content, start, end);
  for (gsize k = 0; k < text->len; k++)
    if (rich[start + k] == '\t' || rich[start + k] == '\n' || rich[start + k] == '\v')
      {
        resolute_inline_delete (content, k, k + 1);
        resolute_inline_insert_text (content, k, " ", 1);
      }

  /* cross-references to clauses that exist, from the last to the first */
  for (guint i = paragraph->links->len; i > 0; i--)
    {
      Link *link = &g_array_index (paragraph->links, Link, i - 1);
      g_autofree char *id = bookmark_id (link->target);
      g_autofree char *wording = NULL;

      if (id == NULL || !g_hash_table_contains (ids, id) || link->start < start
          || link->end > end)
        continue;
      wording = g_strndup (rich + link->start, link->end - link->start);
      resolute_inline_delete (content, link->start - start, link->end - start);
      resolute_inline_insert_object (content, link->start - start, RESOLUTE_OBJECT_CROSS_REF,
                                     id, cross_ref_flags (language, wording));
    }

  g_string_assign (text, resolute_inline_get_text (content));
  return content;
}

static ResoluteOfficeParagraph *
paragraph_at_line (ResoluteOfficeReader *self,
                   guint                 line)
{
  if (line == 0 || line > self->paragraphs->len)
    return NULL;
  return g_ptr_array_index (self->paragraphs, line - 1);
}

/* Gives the units their ids, emphasis, footnotes and cross-references. */
static void
attach_content (ResoluteOfficeReader   *self,
                ResoluteTextBody       *body,
                const ResoluteLanguage *language)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < body->units->len; i++)
    {
      ResoluteTextUnit *unit = g_ptr_array_index (body->units, i);
      ResoluteOfficeParagraph *paragraph = paragraph_at_line (self, unit->line);

      if (paragraph == NULL || unit->kind == RESOLUTE_TEXT_UNIT_CLOSING
          || g_hash_table_contains (named, paragraph))
        continue;
      g_hash_table_add (named, paragraph);
      for (guint b = 0; b < paragraph->bookmarks->len && unit->id == NULL; b++)
        {
          char *id = bookmark_id (g_ptr_array_index (paragraph->bookmarks, b));

          if (id != NULL && !g_hash_table_contains (ids, id))
            {
              unit->id = g_strdup (id);
              g_hash_table_add (ids, id);
            }
          else
            g_free (id);
        }
    }

  for (guint i = 0; i < body->units->len; i++)
    {
      ResoluteTextUnit *unit = g_ptr_array_index (body->units, i);
      ResoluteOfficeParagraph *paragraph = paragraph_at_line (self, unit->line);

      if (paragraph != NULL
          && (unit->kind == RESOLUTE_TEXT_UNIT_PARAGRAPH
              || unit->kind == RESOLUTE_TEXT_UNIT_HEADING))
        unit->content = rich_tail (paragraph, unit->text, ids, language);
      if (unit->content == NULL)
        strip_objects (unit->text);
    }

  for (guint i = 0; i < body->notes->len; i++)
    {
      ResoluteTextNote *note = g_ptr_array_index (body->notes, i);
      ResoluteOfficeParagraph *paragraph = paragraph_at_line (self, note->line);
      g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);

      if (paragraph != NULL)
        note->content = rich_tail (paragraph, note->text, none, language);
      if (note->content != NULL
          && resolute_inline_get_n_objects (note->content) > 0)
        g_clear_pointer (&note->content, resolute_inline_free);
      if (note->content == NULL)
        strip_objects (note->text);
    }

  /* the "*" notes of the file: the heading tells what they belong to */
  for (guint i = 0; i < self->stars->len; i++)
    {
      StarNote *star = g_ptr_array_index (self->stars, i);
      ResoluteTextNote *note = resolute_text_note_new (star->mark, 0);
      ResoluteInline *content = resolute_inline_new ();
      const ResoluteInline *rich = star->content->content;

      /* keep text and emphasis; a mark inside a "*" note cannot be kept */
      resolute_inline_append (content, rich);
      for (guint k = resolute_inline_get_n_objects (content); k > 0; k--)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, k - 1);

          resolute_inline_delete (content, object->offset,
                                  object->offset + RESOLUTE_OBJECT_UTF8_LEN);
        }
      g_string_append (note->text, resolute_inline_get_text (content));
      note->content = content;
      note->before = resolute_text_body_end (body);
      g_ptr_array_add (body->notes, note);
    }
}

/* A masthead typed as paragraphs at the top of the body, when the file has
 * no masthead table: the leading paragraphs that are masthead cells. */
static guint
read_body_masthead (ResoluteOfficeReader   *self,
                    ResoluteTextHeader     *header,
                    const ResoluteLanguage *language)
{
  const char *draft = resolute_language_get_word (language, "DraftResolution");
  guint i;

  for (i = 0; i < self->paragraphs->len; i++)
    {
      ResoluteOfficeParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      const char *text = resolute_inline_get_text (paragraph->content);
      g_autofree char *clean = g_strstrip (g_strdup (text));

      if (*clean == '\0')
        {
          resolute_text_header_end_masthead_group (header);
          if (resolute_text_header_masthead_done (header))
            break;
          continue;
        }
      if (paragraph->indented || paragraph->label != NULL
          || resolute_text_header_is_formula (header, clean) || strstr (clean, draft) != NULL
          || !resolute_text_header_read_masthead_line (header, clean, i + 1))
        break;
    }
  resolute_text_header_end_masthead_group (header);
  return i;
}

static void
apply_properties (ResoluteOfficeReader *self)
{
  ResoluteDocument *document = self->document;
  static const struct
  {
    const char    *name;
    ResoluteField  field;
  } fields[] = {
    { RESOLUTE_FINAL_PROPERTY_NOTES, RESOLUTE_FIELD_NOTES },
    { RESOLUTE_FINAL_PROPERTY_JOB_CODE, RESOLUTE_FIELD_JOB_CODE },
    { RESOLUTE_FINAL_PROPERTY_SESSION_TEXT, RESOLUTE_FIELD_SESSION_TEXT },
  };
  const char *later = g_hash_table_lookup (self->properties, RESOLUTE_FINAL_PROPERTY_LATER);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = g_hash_table_lookup (self->properties, fields[i].name);

      if (value != NULL && resolute_document_get_field (document, fields[i].field) == NULL)
        resolute_document_set_field (document, fields[i].field, value, NULL);
    }

  if (later != NULL && resolute_document_get_n_sponsors (document) > 0)
    {
      g_auto(GStrv) names = g_strsplit (later, "\n", -1);
      g_autoptr(GPtrArray) sponsors = NULL;

      sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_sponsor_free);
      for (guint i = 0, n = resolute_document_get_n_sponsors (document); i < n; i++)
        {
          const ResoluteSponsor *sponsor = resolute_document_get_sponsor (document, i);

          g_ptr_array_add (sponsors,
                           resolute_sponsor_new (sponsor->name,
                                                 sponsor->joined_later
                                                   || g_strv_contains ((const char * const *) names,
                                                                       sponsor->name)));
        }
      resolute_document_set_sponsors (document, sponsors);
    }
}

/**
 * resolute_office_reader_finish:
 * @kind: what the file is, for messages ("Word document")
 *
 * Recognises the structure of the paragraphs with the rules of the text
 * importer and builds the document.
 *
 * Returns: (transfer full) (nullable): the document.
 */
ResoluteDocument *
resolute_office_reader_finish (ResoluteOfficeReader  *self,
                               const char            *kind,
                               GPtrArray             *warnings,
                               GError               **error)
{
  g_autoptr(ResoluteTextSource) source = NULL;
  g_autoptr(ResoluteLabelScheme) scheme = NULL;
  g_autoptr(ResoluteTextBody) body = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  ResoluteTextHeader *header;
  const ResoluteLanguage *language;
  const char *code = detect_language (self);
  guint skip = 0;

  if (strcmp (code, "eng") != 0)
    resolute_document_set_field (self->document, RESOLUTE_FIELD_LANGUAGE, code, NULL);
  language = resolute_document_get_language (self->document);
  scheme = resolute_label_scheme_new (language);
  header = resolute_text_header_new (self->document, RESOLUTE_TEXT_FORM_ODS, warnings);

  for (guint i = 0; i < self->masthead->len; i++)
    {
      const char *cell = g_ptr_array_index (self->masthead, i);

      if (*cell == '\0')
        resolute_text_header_end_masthead_group (header);
      else
        resolute_text_header_read_masthead_line (header, cell, 0);
    }
  resolute_text_header_end_masthead_group (header);
  if (self->masthead->len == 0)
    skip = read_body_masthead (self, header, language);

  source = build_source (self);
  for (guint i = 0; i < skip; i++)
    {
      source->lines[i].text = source->lines[i].raw + strlen (source->lines[i].raw);
      source->lines[i].empty = TRUE;
    }

  body = resolute_ods_text_lines_read (source, header, language, scheme, warnings);
  attach_content (self, body, language);
  resolute_text_recognizer_build (self->document, header, body, scheme, FALSE, warnings);
  resolute_text_header_finish (header);
  resolute_text_header_free (header);
  apply_properties (self);

  document = g_steal_pointer (&self->document);
  if (!_resolute_document_load_end (document, error))
    {
      g_prefix_error (error, _("The %s could not be opened: "), kind);
      return NULL;
    }
  return g_steal_pointer (&document);
}
