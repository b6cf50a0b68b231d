/* resolute-docx-reader.c — opens Word files (.docx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the paragraphs of word/document.xml with what they need for the
 * text rules of resolute-office-reader.c: the runs with their italics and
 * bold resolved through the character and paragraph styles, real footnotes
 * of word/footnotes.xml (numbered, or with a custom mark such as "*"), the
 * labels of Word's automatic numbering computed from word/numbering.xml,
 * whether each paragraph is indented (its style, its numbering level and
 * its own properties), bookmarks and internal hyperlinks. Tracked changes
 * are read as accepted: inserted text is kept, deleted text is not. The
 * masthead comes from the header of the first page, or from tables at the
 * top of the body; the job number from the footer of the first page.
 *
 * The container is opened by resolute-zip-archive.c (bounded sizes, safe
 * names) and each part parsed by resolute-office-xml.c (no DTD, no
 * entities, no network).
 */

#define G_LOG_DOMAIN "resolute-docx-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-docx-reader.h"
#include "resolute-error.h"
#include "resolute-final-text.h"
#include "resolute-office-reader.h"
#include "resolute-office-xml.h"
#include "resolute-zip-archive.h"

#define W    "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL  "http://schemas.openxmlformats.org/package/2006/relationships"
#define CUST "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
#define DC   "http://purl.org/dc/elements/1.1/"

#define KIND _("Word document")

/* Bound on nesting (tables in tables, fields in hyperlinks) */
#define MAX_DEPTH 64

typedef struct
{
  char     *id;
  char     *name;
  char     *parent;
  char     *num_id;
  int       num_level;
  gboolean  has_italic, italic;
  gboolean  has_bold, bold;
  gboolean  has_super, super;
  gboolean  has_left, has_first;
  int       left, first;
  char     *jc;
} Style;

typedef struct
{
  int   start;
  char *format;
  char *text;
  int   left, first;
  gboolean has_left, has_first;
} Level;

typedef struct
{
  char  *abstract;
  int    start_override[9];
} Num;

typedef struct
{
  ResoluteZipReader    *zip;
  ResoluteOfficeReader *office;
  GHashTable           *styles;     /* id → Style */
  char                 *default_paragraph;
  GHashTable           *abstracts;  /* abstractNumId → Level[9] */
  GHashTable           *nums;       /* numId → Num */
  GHashTable           *counters;   /* abstractNumId → int[9] */
  GHashTable           *started;    /* numId seen */
  GHashTable           *notes;      /* Word footnote id → xmlNodePtr */
  GHashTable           *note_ids;   /* Word footnote id → our id (borrowed) */
  GHashTable           *rels;       /* rId → target */
  GHashTable           *links;      /* rId → external target, of the document */
  GHashTable           *note_links; /* rId → external target, of the footnotes */
  GHashTable           *current_links;
  char                 *inserted;   /* the author of the tracked insertion being read */
  char                 *deleted;    /* the author of the tracked deletion being read */
  GPtrArray            *docs;       /* xmlDocPtr to free */
  gboolean              in_body;    /* a paragraph of the body was read */
  gboolean              skip_text;  /* inside a field instruction */
  int                   field_depth;
} Reader;

static void
style_free (Style *style)
{
  g_free (style->id);
  g_free (style->name);
  g_free (style->parent);
  g_free (style->num_id);
  g_free (style->jc);
  g_free (style);
}

static void
levels_free (Level *levels)
{
  for (guint i = 0; i < 9; i++)
    {
      g_free (levels[i].format);
      g_free (levels[i].text);
    }
  g_free (levels);
}

static void
num_free (Num *num)
{
  g_free (num->abstract);
  g_free (num);
}

static xmlDocPtr
read_part (Reader      *reader,
           const char  *name,
           gboolean     required,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlDocPtr doc;

  if (!resolute_zip_reader_has (reader->zip, name))
    {
      if (required)
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                     _("The file is not a Word document: it has no part %s"), name);
      return NULL;
    }
  bytes = resolute_zip_reader_read (reader->zip, name, error);
  if (bytes == NULL)
    return NULL;
  doc = resolute_xml_parse (bytes, name, KIND, error);
  if (doc != NULL)
    g_ptr_array_add (reader->docs, doc);
  return doc;
}

static char *
attr (xmlNodePtr  node,
      const char *name)
{
  return resolute_xml_get_attr (node, W, name);
}

static int
attr_int (xmlNodePtr  node,
          const char *name,
          int         fallback)
{
  g_autofree char *value = attr (node, name);
  gint64 n;

  if (value == NULL)
    return fallback;
  n = g_ascii_strtoll (value, NULL, 10);
  return (int) CLAMP (n, -1000000, 1000000);
}

/* <w:b/>, <w:b w:val="0"/>, <w:b w:val="false"/> */
static gboolean
toggle_on (xmlNodePtr node)
{
  g_autofree char *value = attr (node, "val");

  return value == NULL
         || !(strcmp (value, "0") == 0 || strcmp (value, "false") == 0
              || strcmp (value, "off") == 0 || strcmp (value, "none") == 0);
}

static void
read_run_properties (xmlNodePtr  rpr,
                     Style      *style)
{
  for (xmlNodePtr child = rpr != NULL ? rpr->children : NULL; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, W, "i"))
        {
          style->has_italic = TRUE;
          style->italic = toggle_on (child);
        }
      else if (resolute_xml_is (child, W, "b"))
        {
          style->has_bold = TRUE;
          style->bold = toggle_on (child);
        }
      else if (resolute_xml_is (child, W, "vertAlign"))
        {
          g_autofree char *value = attr (child, "val");

          style->has_super = TRUE;
          style->super = g_strcmp0 (value, "superscript") == 0;
        }
    }
}

static void
read_indent (xmlNodePtr  ind,
             gboolean   *has_left,
             int        *left,
             gboolean   *has_first,
             int        *first)
{
  g_autofree char *start = NULL;

  if (ind == NULL)
    return;
  start = attr (ind, "left");
  if (start == NULL)
    start = attr (ind, "start");
  if (start != NULL)
    {
      *has_left = TRUE;
      *left = (int) CLAMP (g_ascii_strtoll (start, NULL, 10), -1000000, 1000000);
    }
  if (xmlHasNsProp (ind, (const xmlChar *) "hanging", (const xmlChar *) W))
    {
      *has_first = TRUE;
      *first = -attr_int (ind, "hanging", 0);
    }
  else if (xmlHasNsProp (ind, (const xmlChar *) "firstLine", (const xmlChar *) W))
    {
      *has_first = TRUE;
      *first = attr_int (ind, "firstLine", 0);
    }
}

static void
read_paragraph_properties (xmlNodePtr  ppr,
                           Style      *style)
{
  xmlNodePtr numpr = resolute_xml_child (ppr, W, "numPr");
  xmlNodePtr jc = resolute_xml_child (ppr, W, "jc");

  read_indent (resolute_xml_child (ppr, W, "ind"), &style->has_left, &style->left,
               &style->has_first, &style->first);
  if (numpr != NULL)
    {
      xmlNodePtr id = resolute_xml_child (numpr, W, "numId");
      xmlNodePtr level = resolute_xml_child (numpr, W, "ilvl");

      if (id != NULL)
        {
          g_free (style->num_id);
          style->num_id = attr (id, "val");
        }
      if (level != NULL)
        style->num_level = attr_int (level, "val", 0);
    }
  if (jc != NULL)
    {
      g_free (style->jc);
      style->jc = attr (jc, "val");
    }
}

static void
read_styles (Reader *reader,
             GError **error)
{
  xmlDocPtr doc = read_part (reader, "word/styles.xml", FALSE, error);
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  xmlNodePtr defaults = resolute_xml_child (root, W, "docDefaults");
  xmlNodePtr rpr = resolute_xml_child (resolute_xml_child (defaults, W, "rPrDefault"), W, "rPr");
  xmlNodePtr lang = resolute_xml_child (rpr, W, "lang");

  if (lang != NULL)
    {
      g_autofree char *tag = attr (lang, "val");

      resolute_office_reader_set_language (reader->office, tag);
    }

  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      Style *style;
      xmlNodePtr based;
      g_autofree char *type = NULL;
      g_autofree char *is_default = NULL;

      if (!resolute_xml_is (node, W, "style"))
        continue;
      style = g_new0 (Style, 1);
      style->id = attr (node, "styleId");
      if (style->id == NULL)
        {
          style_free (style);
          continue;
        }
      style->name = attr (resolute_xml_child (node, W, "name"), "val");
      based = resolute_xml_child (node, W, "basedOn");
      style->parent = based != NULL ? attr (based, "val") : NULL;
      read_paragraph_properties (resolute_xml_child (node, W, "pPr"), style);
      read_run_properties (resolute_xml_child (node, W, "rPr"), style);
      type = attr (node, "type");
      is_default = attr (node, "default");
      if (g_strcmp0 (type, "paragraph") == 0 && is_default != NULL && toggle_on (node)
          && reader->default_paragraph == NULL)
        reader->default_paragraph = g_strdup (style->id);
      g_hash_table_replace (reader->styles, style->id, style);
    }
}

/* Resolves a property through a style and the styles it is based on. */
static const Style *
style_lookup (Reader     *reader,
              const char *id)
{
  return id != NULL ? g_hash_table_lookup (reader->styles, id) : NULL;
}

static void
resolve_style (Reader     *reader,
               const char *id,
               Style      *out)
{
  for (guint depth = 0; id != NULL && depth < 16; depth++)
    {
      const Style *style = style_lookup (reader, id);

      if (style == NULL)
        break;
      if (!out->has_italic && style->has_italic)
        {
          out->has_italic = TRUE;
          out->italic = style->italic;
        }
      if (!out->has_bold && style->has_bold)
        {
          out->has_bold = TRUE;
          out->bold = style->bold;
        }
      if (!out->has_super && style->has_super)
        {
          out->has_super = TRUE;
          out->super = style->super;
        }
      if (!out->has_left && style->has_left)
        {
          out->has_left = TRUE;
          out->left = style->left;
        }
      if (!out->has_first && style->has_first)
        {
          out->has_first = TRUE;
          out->first = style->first;
        }
      if (out->num_id == NULL && style->num_id != NULL)
        {
          out->num_id = g_strdup (style->num_id);
          out->num_level = style->num_level;
        }
      if (out->jc == NULL && style->jc != NULL)
        out->jc = g_strdup (style->jc);
      id = style->parent;
    }
}

/* ------------------------------------------------------------------------ */
/* Numbering                                                                */

static void
read_numbering (Reader  *reader,
                GError **error)
{
  xmlDocPtr doc = read_part (reader, "word/numbering.xml", FALSE, error);
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      if (resolute_xml_is (node, W, "abstractNum"))
        {
          Level *levels = g_new0 (Level, 9);
          char *id = attr (node, "abstractNumId");

          for (guint i = 0; i < 9; i++)
            levels[i].start = 1;
          for (xmlNodePtr lvl = node->children; lvl != NULL; lvl = lvl->next)
            {
              int n;
              xmlNodePtr child;

              if (!resolute_xml_is (lvl, W, "lvl"))
                continue;
              n = attr_int (lvl, "ilvl", -1);
              if (n < 0 || n > 8)
                continue;
              if ((child = resolute_xml_child (lvl, W, "start")) != NULL)
                levels[n].start = attr_int (child, "val", 1);
              if ((child = resolute_xml_child (lvl, W, "numFmt")) != NULL)
                levels[n].format = attr (child, "val");
              if ((child = resolute_xml_child (lvl, W, "lvlText")) != NULL)
                levels[n].text = attr (child, "val");
              read_indent (resolute_xml_child (resolute_xml_child (lvl, W, "pPr"), W, "ind"),
                           &levels[n].has_left, &levels[n].left, &levels[n].has_first,
                           &levels[n].first);
            }
          if (id != NULL)
            g_hash_table_replace (reader->abstracts, id, levels);
          else
            levels_free (levels);
        }
      else if (resolute_xml_is (node, W, "num"))
        {
          Num *num = g_new0 (Num, 1);
          char *id = attr (node, "numId");
          xmlNodePtr abstract = resolute_xml_child (node, W, "abstractNumId");

          for (guint i = 0; i < 9; i++)
            num->start_override[i] = -1;
          num->abstract = abstract != NULL ? attr (abstract, "val") : NULL;
          for (xmlNodePtr child = node->children; child != NULL; child = child->next)
            {
              int n;
              xmlNodePtr start;

              if (!resolute_xml_is (child, W, "lvlOverride"))
                continue;
              n = attr_int (child, "ilvl", -1);
              start = resolute_xml_child (child, W, "startOverride");
              if (n >= 0 && n <= 8 && start != NULL)
                num->start_override[n] = attr_int (start, "val", 1);
            }
          if (id != NULL && num->abstract != NULL)
            g_hash_table_replace (reader->nums, id, num);
          else
            {
              g_free (id);
              num_free (num);
            }
        }
    }
}

static char *
format_counter (const char *format,
                int         n)
{
  if (n < 1)
    n = 1;
  if (g_strcmp0 (format, "lowerLetter") == 0)
    return resolute_format_alpha (n, FALSE);
  if (g_strcmp0 (format, "upperLetter") == 0)
    return resolute_format_alpha (n, TRUE);
  if (g_strcmp0 (format, "lowerRoman") == 0)
    return resolute_format_roman (n, FALSE);
  if (g_strcmp0 (format, "upperRoman") == 0)
    return resolute_format_roman (n, TRUE);
  return g_strdup_printf ("%d", n);
}

/* The label Word shows before a numbered paragraph, and its level's indent. */
static char *
number_label (Reader     *reader,
              const char *num_id,
              int         level,
              Level     **level_out)
{
  Num *num = num_id != NULL ? g_hash_table_lookup (reader->nums, num_id) : NULL;
  Level *levels = num != NULL ? g_hash_table_lookup (reader->abstracts, num->abstract) : NULL;
  int *counters;
  GString *label;
  const char *text;

  *level_out = NULL;
  if (levels == NULL || level < 0 || level > 8)
    return NULL;
  *level_out = &levels[level];

  counters = g_hash_table_lookup (reader->counters, num->abstract);
  if (counters == NULL)
    {
      counters = g_new0 (int, 9);
      for (guint i = 0; i < 9; i++)
        counters[i] = levels[i].start - 1;
      g_hash_table_insert (reader->counters, g_strdup (num->abstract), counters);
    }
  if (!g_hash_table_contains (reader->started, num_id))
    {
      /* a list that restarts its numbering */
      g_hash_table_add (reader->started, g_strdup (num_id));
      for (guint i = 0; i < 9; i++)
        if (num->start_override[i] >= 0)
          counters[i] = num->start_override[i] - 1;
    }

  counters[level]++;
  for (int i = level + 1; i < 9; i++)
    counters[i] = (num->start_override[i] >= 0 ? num->start_override[i] : levels[i].start) - 1;

  if (g_strcmp0 (levels[level].format, "bullet") == 0
      || g_strcmp0 (levels[level].format, "none") == 0 || levels[level].text == NULL)
    return NULL;

  label = g_string_new (NULL);
  for (text = levels[level].text; *text != '\0'; text++)
    {
      if (text[0] == '%' && text[1] >= '1' && text[1] <= '9')
        {
          int k = text[1] - '1';
          g_autofree char *counter = format_counter (levels[k].format, counters[k]);

          g_string_append (label, counter);
          text++;
        }
      else
        g_string_append_c (label, *text);
    }
  return g_string_free (label, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Runs                                                                     */

static void read_content (Reader                  *reader,
                          xmlNodePtr               node,
                          ResoluteOfficeParagraph *paragraph,
                          const Style             *paragraph_style,
                          guint                    depth);

static void
run_style (Reader           *reader,
           xmlNodePtr        run,
           const Style      *paragraph_style,
           ResoluteRunStyle *out)
{
  Style style = { 0 };
  xmlNodePtr rpr = resolute_xml_child (run, W, "rPr");
  xmlNodePtr rstyle = resolute_xml_child (rpr, W, "rStyle");

  read_run_properties (rpr, &style);
  if (rstyle != NULL)
    {
      g_autofree char *id = attr (rstyle, "val");

      resolve_style (reader, id, &style);
    }
  /* emphasis that the paragraph's style gives (a title in bold) is the
   * look of the style, not the author's emphasis */
  out->italic = style.has_italic && style.italic;
  out->bold = style.has_bold && style.bold;
  out->inserted = reader->inserted;
  out->deleted = reader->deleted;
  out->superscript = style.has_super ? style.super : FALSE;
  g_free (style.num_id);
  g_free (style.jc);
}

static const char *
footnote_ref (Reader     *reader,
              xmlNodePtr  reference,
              const char *custom_mark)
{
  g_autofree char *word_id = attr (reference, "id");
  xmlNodePtr note = word_id != NULL ? g_hash_table_lookup (reader->notes, word_id) : NULL;
  ResoluteOfficeParagraph *content;
  const char *known;
  gboolean first = TRUE;

  if (note == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (reader->note_ids, word_id, NULL, (gpointer *) &known))
    return known;

  content = resolute_office_reader_new_note (reader->office);
  reader->current_links = reader->note_links;
  for (xmlNodePtr p = note->children; p != NULL; p = p->next)
    {
      Style none = { 0 };

      if (!resolute_xml_is (p, W, "p"))
        continue;
      if (!first)
        resolute_office_paragraph_append (content, " ", 1, NULL);
      first = FALSE;
      read_content (reader, p, content, &none, 0);
    }
  reader->current_links = reader->links;
  known = resolute_office_reader_add_note (reader->office, content, custom_mark);
  g_hash_table_insert (reader->note_ids, g_strdup (word_id), (gpointer) known);
  return known;
}

static void
read_run (Reader                  *reader,
          xmlNodePtr               run,
          ResoluteOfficeParagraph *paragraph,
          const Style             *paragraph_style)
{
  ResoluteRunStyle style;

  run_style (reader, run, paragraph_style, &style);
  for (xmlNodePtr child = run->children; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, W, "fldChar"))
        {
          g_autofree char *type = attr (child, "fldCharType");

          if (g_strcmp0 (type, "begin") == 0)
            reader->skip_text = TRUE;
          else if (g_strcmp0 (type, "separate") == 0 || g_strcmp0 (type, "end") == 0)
            reader->skip_text = FALSE;
          continue;
        }
      if (reader->skip_text)
        continue;

      if (resolute_xml_is (child, W, "t")
          || (reader->deleted != NULL && resolute_xml_is (child, W, "delText")))
        {
          xmlChar *text = xmlNodeGetContent (child);

          resolute_office_paragraph_append (paragraph, (const char *) text, -1, &style);
          xmlFree (text);
        }
      else if (resolute_xml_is (child, W, "tab") || resolute_xml_is (child, W, "ptab"))
        resolute_office_paragraph_append (paragraph, "\t", 1, &style);
      else if (resolute_xml_is (child, W, "br") || resolute_xml_is (child, W, "cr"))
        {
          g_autofree char *type = attr (child, "type");

          /* a page or column break is layout, not a line of the text */
          if (type == NULL || strcmp (type, "textWrapping") == 0)
            resolute_office_paragraph_append (paragraph, "\u2028", -1, &style);
        }
      else if (resolute_xml_is (child, W, "noBreakHyphen"))
        resolute_office_paragraph_append (paragraph, "\u2011", -1, &style);
      else if (resolute_xml_is (child, W, "footnoteReference")
               || resolute_xml_is (child, W, "endnoteReference"))
        {
          g_autofree char *custom = attr (child, "customMarkFollows");
          g_autofree char *mark = NULL;
          const char *note_id;

          if (custom != NULL && toggle_on (child) && strcmp (custom, "0") != 0
              && strcmp (custom, "false") != 0)
            {
              /* the mark is the text that follows in the run */
              xmlNodePtr next = child->next;

              while (next != NULL && !resolute_xml_is (next, W, "t"))
                next = next->next;
              if (next != NULL)
                {
                  xmlChar *text = xmlNodeGetContent (next);

                  mark = g_strstrip (g_strdup ((const char *) text));
                  xmlFree (text);
                  child = next;
                }
              if (mark == NULL || *mark == '\0')
                {
                  g_free (mark);
                  mark = g_strdup ("*");
                }
            }
          if (resolute_xml_is (child, W, "t") || mark == NULL
              || resolute_xml_is (child, W, "footnoteReference"))
            {
              xmlNodePtr reference = child;

              if (resolute_xml_is (child, W, "t"))
                reference = child->prev;
              while (reference != NULL && !resolute_xml_is (reference, W, "footnoteReference"))
                reference = reference->prev;
              note_id = reference != NULL ? footnote_ref (reader, reference, mark) : NULL;
              resolute_office_paragraph_append_ref (paragraph, note_id, mark);
            }
        }
    }
}

static void
read_content (Reader                  *reader,
              xmlNodePtr               node,
              ResoluteOfficeParagraph *paragraph,
              const Style             *paragraph_style,
              guint                    depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || child->ns == NULL
          || strcmp ((const char *) child->ns->href, W) != 0)
        continue;

      if (resolute_xml_is (child, W, "r"))
        read_run (reader, child, paragraph, paragraph_style);
      else if (resolute_xml_is (child, W, "bookmarkStart"))
        {
          g_autofree char *name = attr (child, "name");

          resolute_office_paragraph_add_bookmark (paragraph, name);
        }
      else if (resolute_xml_is (child, W, "hyperlink"))
        {
          g_autofree char *anchor = attr (child, "anchor");
          g_autofree char *id = resolute_xml_get_attr (child, R, "id");
          const char *href = id != NULL && reader->current_links != NULL
                               ? g_hash_table_lookup (reader->current_links, id)
                               : NULL;

          if (anchor != NULL)
            resolute_office_paragraph_start_link (paragraph, anchor);
          else if (href != NULL)
            resolute_office_paragraph_start_reference (paragraph, href);
          read_content (reader, child, paragraph, paragraph_style, depth + 1);
          if (anchor != NULL)
            resolute_office_paragraph_end_link (paragraph);
          else if (href != NULL)
            resolute_office_paragraph_end_reference (paragraph);
        }
      else if (resolute_xml_is (child, W, "ins") || resolute_xml_is (child, W, "del"))
        {
          /* tracked changes, with their author */
          gboolean inserted = resolute_xml_is (child, W, "ins");
          char **slot = inserted ? &reader->inserted : &reader->deleted;
          char *outer = *slot;
          g_autofree char *author = attr (child, "author");

          *slot = author != NULL ? author : (char *) "";
          read_content (reader, child, paragraph, paragraph_style, depth + 1);
          *slot = outer;
        }
      else if (resolute_xml_is (child, W, "moveFrom") || resolute_xml_is (child, W, "pPr")
               || resolute_xml_is (child, W, "rPr"))
        continue;
      else
        /* w:ins, w:moveTo, w:smartTag, w:customXml, w:sdt, w:sdtContent,
         * w:fldSimple and the like hold runs */
        read_content (reader, child, paragraph, paragraph_style, depth + 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                               */

static gboolean
is_first_page_masthead (xmlNodePtr node)
{
  return resolute_xml_is (node, W, "tbl");
}

static void
read_paragraph (Reader     *reader,
                xmlNodePtr  p)
{
  Style style = { 0 };
  xmlNodePtr ppr = resolute_xml_child (p, W, "pPr");
  xmlNodePtr pstyle = resolute_xml_child (ppr, W, "pStyle");
  g_autofree char *style_id = pstyle != NULL ? attr (pstyle, "val") : NULL;
  g_autofree char *label = NULL;
  Level *level = NULL;
  ResoluteOfficeParagraph *paragraph;
  gboolean indented;

  if (style_id == NULL)
    style_id = g_strdup (reader->default_paragraph);
  read_paragraph_properties (ppr, &style);
  {
    Style inherited = { 0 };

    resolve_style (reader, style_id, &inherited);
    if (!style.has_left && inherited.has_left)
      {
        style.has_left = TRUE;
        style.left = inherited.left;
      }
    if (!style.has_first && inherited.has_first)
      {
        style.has_first = TRUE;
        style.first = inherited.first;
      }
    if (style.num_id == NULL && inherited.num_id != NULL)
      {
        style.num_id = g_strdup (inherited.num_id);
        style.num_level = inherited.num_level;
      }
    if (style.jc == NULL)
      style.jc = g_strdup (inherited.jc);
    style.italic = inherited.has_italic && inherited.italic;
    style.bold = inherited.has_bold && inherited.bold;
    g_free (inherited.num_id);
    g_free (inherited.jc);
  }

  if (style.num_id != NULL && strcmp (style.num_id, "0") != 0)
    label = number_label (reader, style.num_id, style.num_level, &level);
  if (level != NULL)
    {
      if (!style.has_left && level->has_left)
        style.left = level->left;
      if (!style.has_first && level->has_first)
        style.first = level->first;
    }

  /* indented: the first line is indented, as the body's paragraphs are
   * (the heading lines are not, however far from the margin they stand);
   * right-aligned and centred lines never are */
  indented = (style.first > 0 || label != NULL || resolute_final_text_is_body_style (style_id)
              || (style_lookup (reader, style_id) != NULL
                  && resolute_final_text_is_body_style (style_lookup (reader, style_id)->name)))
             && g_strcmp0 (style.jc, "right") != 0 && g_strcmp0 (style.jc, "end") != 0
             && g_strcmp0 (style.jc, "center") != 0;

  paragraph = resolute_office_reader_add_paragraph (reader->office, indented, label);
  read_content (reader, p, paragraph, &style, 0);
  if (!resolute_office_paragraph_is_empty (paragraph))
    reader->in_body = TRUE;
  g_free (style.num_id);
  g_free (style.jc);
}

/* The paragraphs of a header, footer or masthead table, as cells: one per
 * paragraph, and a tab separates cells set on one line. */
static void
read_cells (Reader     *reader,
            xmlNodePtr  node,
            guint       depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, W, "p"))
        {
          ResoluteOfficeParagraph *scratch = resolute_office_reader_new_note (reader->office);
          Style none = { 0 };
          g_auto(GStrv) cells = NULL;

          reader->skip_text = FALSE;
          read_content (reader, child, scratch, &none, depth + 1);
          cells = g_strsplit (resolute_office_paragraph_get_text (scratch), "\t", -1);
          for (guint i = 0; cells[i] != NULL; i++)
            resolute_office_reader_add_masthead (reader->office, cells[i]);
        }
      else
        read_cells (reader, child, depth + 1);
    }
}

static void
read_body (Reader     *reader,
           xmlNodePtr  node,
           guint       depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, W, "p"))
        read_paragraph (reader, child);
      else if (is_first_page_masthead (child) && !reader->in_body)
        read_cells (reader, child, depth + 1);
      else if (resolute_xml_is (child, W, "sectPr"))
        continue;
      else
        read_body (reader, child, depth + 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Package                                                                  */

static void
read_relationships (Reader  *reader,
                    GError **error)
{
  xmlDocPtr doc = read_part (reader, "word/_rels/document.xml.rels", FALSE, error);
  xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      char *id;
      g_autofree char *target = NULL;

      if (!resolute_xml_is (node, REL, "Relationship"))
        continue;
      id = resolute_xml_get_attr (node, NULL, "Id");
      target = resolute_xml_get_attr (node, NULL, "Target");
      if (id == NULL || target == NULL)
        {
          g_free (id);
          continue;
        }
      {
        g_autofree char *mode = resolute_xml_get_attr (node, NULL, "TargetMode");

        if (g_strcmp0 (mode, "External") == 0)
          {
            g_hash_table_replace (reader->links, id, g_strdup (target));
            continue;
          }
      }
      /* targets are relative to word/ */
      g_hash_table_replace (reader->rels, id,
                            target[0] == '/' ? g_strdup (target + 1)
                                             : g_strconcat ("word/", target, NULL));
    }
}

static void
read_footnotes (Reader  *reader,
                GError **error)
{
  xmlDocPtr rels = read_part (reader, "word/_rels/footnotes.xml.rels", FALSE, error);
  xmlDocPtr doc = NULL;
  xmlNodePtr root;

  root = rels != NULL ? xmlDocGetRootElement (rels) : NULL;
  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      char *id = resolute_xml_get_attr (node, NULL, "Id");
      char *target = resolute_xml_get_attr (node, NULL, "Target");

      if (id != NULL && target != NULL && resolute_xml_is (node, REL, "Relationship"))
        g_hash_table_replace (reader->note_links, id, target);
      else
        {
          g_free (id);
          g_free (target);
        }
    }

  if (error != NULL && *error != NULL)
    return;
  doc = read_part (reader, "word/footnotes.xml", FALSE, error);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      char *id;

      if (!resolute_xml_is (node, W, "footnote"))
        continue;
      id = attr (node, "id");
      if (id != NULL)
        g_hash_table_replace (reader->notes, id, node);
    }
}

/* The header or footer of the first page: the one the section names
 * "first", or else its default one. */
/* The properties of the first section: those a paragraph ends it with
 * (w:pPr/w:sectPr), else the body's. */
static xmlNodePtr
first_section (xmlNodePtr body)
{
  for (xmlNodePtr child = body != NULL ? body->children : NULL; child != NULL; child = child->next)
    {
      xmlNodePtr section;

      if (!resolute_xml_is (child, W, "p"))
        continue;
      section = resolute_xml_child (resolute_xml_child (child, W, "pPr"), W, "sectPr");
      if (section != NULL)
        return section;
    }
  return resolute_xml_child (body, W, "sectPr");
}

static void
read_first_page (Reader     *reader,
                 xmlNodePtr  section,
                 const char *element,
                 GError    **error)
{
  const char *part = NULL;
  const char *fallback = NULL;
  xmlDocPtr doc;

  for (xmlNodePtr child = section != NULL ? section->children : NULL; child != NULL;
       child = child->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *id = NULL;
      const char *target;

      if (!resolute_xml_is (child, W, element))
        continue;
      type = attr (child, "type");
      id = resolute_xml_get_attr (child, R, "id");
      target = id != NULL ? g_hash_table_lookup (reader->rels, id) : NULL;
      if (g_strcmp0 (type, "first") == 0)
        part = target;
      else if (type == NULL || strcmp (type, "default") == 0)
        fallback = target;
    }
  if (part == NULL && resolute_xml_child (section, W, "titlePg") == NULL)
    part = fallback;
  if (part == NULL)
    return;

  doc = read_part (reader, part, FALSE, error);
  if (doc != NULL)
    read_cells (reader, xmlDocGetRootElement (doc), 0);
}

static void
read_properties (Reader  *reader,
                 GError **error)
{
  xmlDocPtr core = read_part (reader, "docProps/core.xml", FALSE, error);
  xmlDocPtr custom = NULL;
  xmlNodePtr root;

  if (core != NULL)
    {
      xmlNodePtr language = resolute_xml_child (xmlDocGetRootElement (core), DC, "language");

      if (language != NULL)
        {
          xmlChar *tag = xmlNodeGetContent (language);

          resolute_office_reader_set_language (reader->office, (const char *) tag);
          xmlFree (tag);
        }
    }

  if (error != NULL && *error != NULL)
    return;
  custom = read_part (reader, "docProps/custom.xml", FALSE, error);
  root = custom != NULL ? xmlDocGetRootElement (custom) : NULL;
  for (xmlNodePtr node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;
      xmlChar *value;

      if (!resolute_xml_is (node, CUST, "property") || node->children == NULL)
        continue;
      name = resolute_xml_get_attr (node, NULL, "name");
      value = xmlNodeGetContent (node);
      resolute_office_reader_set_property (reader->office, name, (const char *) value);
      xmlFree (value);
    }
}

/**
 * resolute_docx_reader_read:
 * @warnings: (nullable) (element-type utf8): receives a "Line N: …" message
 *   (N the paragraph) for each paragraph that could not be placed
 *
 * Opens a Word file and recognises its structure with the rules of the text
 * importer.
 *
 * Returns: (transfer full) (nullable): the document.
 */
ResoluteDocument *
resolute_docx_reader_read (GBytes     *data,
                           GPtrArray  *warnings,
                           GError    **error)
{
  g_autoptr(ResoluteZipReader) zip = NULL;
  g_autoptr(ResoluteOfficeReader) office = NULL;
  Reader reader = { 0 };
  xmlDocPtr document;
  xmlNodePtr body;
  GError *local_error = NULL;
  ResoluteDocument *result = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  zip = resolute_zip_reader_new (data, KIND, error);
  if (zip == NULL)
    return NULL;
  if (resolute_zip_reader_has (zip, "content.xml")
      && !resolute_zip_reader_has (zip, "word/document.xml"))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The file is an OpenDocument file, not a Word document; name it .odt"));
      return NULL;
    }

  office = resolute_office_reader_new ();
  reader.zip = zip;
  reader.office = office;
  reader.styles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) style_free);
  reader.abstracts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) levels_free);
  reader.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) num_free);
  reader.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.started = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.note_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.note_links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.current_links = reader.links;
  reader.docs = g_ptr_array_new_with_free_func ((GDestroyNotify) xmlFreeDoc);

  document = read_part (&reader, "word/document.xml", TRUE, &local_error);
  body = document != NULL ? resolute_xml_child (xmlDocGetRootElement (document), W, "body") : NULL;
  if (document != NULL && body == NULL)
    g_set_error (&local_error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                 _("The file is not a Word document: word/document.xml has no body"));
  if (local_error == NULL)
    read_styles (&reader, &local_error);
  if (local_error == NULL)
    read_numbering (&reader, &local_error);
  if (local_error == NULL)
    read_relationships (&reader, &local_error);
  if (local_error == NULL)
    read_footnotes (&reader, &local_error);
  if (local_error == NULL)
    read_properties (&reader, &local_error);
  if (local_error == NULL)
    {
      xmlNodePtr section = first_section (body);

      read_first_page (&reader, section, "headerReference", &local_error);
      resolute_office_reader_end_masthead_group (office);
      if (local_error == NULL)
        read_first_page (&reader, section, "footerReference", &local_error);
    }
  if (local_error == NULL)
    {
      read_body (&reader, body, 0);
      result = resolute_office_reader_finish (office, KIND, warnings, &local_error);
    }

  if (local_error != NULL)
    g_propagate_error (error, local_error);

  g_hash_table_unref (reader.styles);
  g_free (reader.default_paragraph);
  g_hash_table_unref (reader.abstracts);
  g_hash_table_unref (reader.nums);
  g_hash_table_unref (reader.counters);
  g_hash_table_unref (reader.started);
  g_hash_table_unref (reader.notes);
  g_hash_table_unref (reader.note_ids);
  g_hash_table_unref (reader.rels);
  g_hash_table_unref (reader.links);
  g_hash_table_unref (reader.note_links);
  g_ptr_array_unref (reader.docs);

  return result;
}
