/* resolute-odt-reader.c — opens OpenDocument texts (.odt)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the paragraphs of content.xml with what they need for the text
 * rules of resolute-office-reader.c: the text with its italics and bold
 * resolved through automatic and named styles, real footnotes (text:note,
 * the "*" notes with a text:label) and second marks (text:note-ref), the
 * labels of numbered lists computed from their list styles, whether each
 * paragraph is indented, bookmarks and internal links. Tracked changes are
 * read as accepted (deleted text is not in the body). The masthead comes
 * from the header of the first page's master page, or from tables at the
 * top of the body; the job number from its footer.
 */

#define G_LOG_DOMAIN "resolute-odt-reader"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-error.h"
#include "resolute-final-text.h"
#include "resolute-odt-reader.h"
#include "resolute-office-reader.h"
#include "resolute-office-xml.h"
#include "resolute-zip-archive.h"

#define OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define FO     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define XLINK  "http://www.w3.org/1999/xlink"
#define DC     "http://purl.org/dc/elements/1.1/"
#define META   "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define LOEXT  "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"

#define KIND _("OpenDocument text")
#define MIMETYPE "application/vnd.oasis.opendocument.text"
#define MAX_DEPTH 64

typedef struct
{
  char     *parent;
  char     *master_page;
  char     *list_style;
  char     *align;
  gboolean  has_italic, italic;
  gboolean  has_bold, bold;
  gboolean  has_super, super;
  gboolean  has_indent;
  double    indent;
} Style;

typedef struct
{
  char *format;
  char *prefix;
  char *suffix;
  int   start;
  int   display;
} ListLevel;

typedef struct
{
  ResoluteZipReader    *zip;
  ResoluteOfficeReader *office;
  GHashTable           *styles;      /* name → Style, paragraph and text */
  GHashTable           *lists;       /* list style name → ListLevel[10] */
  GHashTable           *notes;       /* note name → our id */
  GPtrArray            *docs;
  GHashTable           *counters;    /* list style → int[10] */
  GHashTable           *regions;     /* change id → xmlNodePtr of its text:changed-region */
  char                 *inserted;    /* the author of the insertion being read */
  gboolean              in_body;
} Reader;

static void
style_free (Style *style)
{
  g_free (style->parent);
  g_free (style->master_page);
  g_free (style->list_style);
  g_free (style->align);
  g_free (style);
}

static void
list_levels_free (ListLevel *levels)
{
  for (guint i = 0; i < 10; i++)
    {
      g_free (levels[i].format);
      g_free (levels[i].prefix);
      g_free (levels[i].suffix);
    }
  g_free (levels);
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
                     _("The file is not an OpenDocument text: it has no part %s"), name);
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

/* "1.27cm", "12pt", "0.5in", "10mm" in points */
static double
parse_length (const char *value)
{
  char *end = NULL;
  double n;

  if (value == NULL)
    return 0;
  n = g_ascii_strtod (value, &end);
  if (end == NULL || end == value)
    return 0;
  if (g_str_has_prefix (end, "cm"))
    return n * 72.0 / 2.54;
  if (g_str_has_prefix (end, "mm"))
    return n * 72.0 / 25.4;
  if (g_str_has_prefix (end, "in"))
    return n * 72.0;
  if (g_str_has_prefix (end, "pc"))
    return n * 12.0;
  return n;
}

static void
read_style (Reader     *reader,
            xmlNodePtr  node)
{
  g_autofree char *name = resolute_xml_get_attr (node, STYLE, "name");
  xmlNodePtr text = resolute_xml_child (node, STYLE, "text-properties");
  xmlNodePtr paragraph = resolute_xml_child (node, STYLE, "paragraph-properties");
  Style *style;

  if (name == NULL)
    return;
  style = g_new0 (Style, 1);
  style->parent = resolute_xml_get_attr (node, STYLE, "parent-style-name");
  style->master_page = resolute_xml_get_attr (node, STYLE, "master-page-name");
  style->list_style = resolute_xml_get_attr (node, STYLE, "list-style-name");
  if (text != NULL)
    {
      g_autofree char *slant = resolute_xml_get_attr (text, FO, "font-style");
      g_autofree char *weight = resolute_xml_get_attr (text, FO, "font-weight");
      g_autofree char *position = resolute_xml_get_attr (text, STYLE, "text-position");

      if (slant != NULL)
        {
          style->has_italic = TRUE;
          style->italic = strcmp (slant, "italic") == 0 || strcmp (slant, "oblique") == 0;
        }
      if (weight != NULL)
        {
          style->has_bold = TRUE;
          style->bold = strcmp (weight, "bold") == 0 || atoi (weight) >= 600;
        }
      if (position != NULL)
        {
          style->has_super = TRUE;
          style->super = g_str_has_prefix (position, "super")
                         || (g_ascii_isdigit (position[0]) && g_ascii_strtod (position, NULL) > 0);
        }
    }
  if (paragraph != NULL)
    {
      g_autofree char *indent = resolute_xml_get_attr (paragraph, FO, "text-indent");

      style->align = resolute_xml_get_attr (paragraph, FO, "text-align");
      if (indent != NULL)
        {
          style->has_indent = TRUE;
          style->indent = parse_length (indent);
        }
    }
  g_hash_table_replace (reader->styles, g_steal_pointer (&name), style);
}

static void
read_list_style (Reader     *reader,
                 xmlNodePtr  node)
{
  char *name = resolute_xml_get_attr (node, STYLE, "name");
  ListLevel *levels;

  if (name == NULL)
    return;
  levels = g_new0 (ListLevel, 10);
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *level_text = resolute_xml_get_attr (child, TEXT, "level");
      g_autofree char *start = NULL;
      g_autofree char *display = NULL;
      int level = level_text != NULL ? atoi (level_text) : 0;

      if (level < 1 || level > 10)
        continue;
      if (!resolute_xml_is (child, TEXT, "list-level-style-number"))
        {
          levels[level - 1].format = g_strdup ("");
          continue;
        }
      levels[level - 1].format = resolute_xml_get_attr (child, STYLE, "num-format");
      levels[level - 1].prefix = resolute_xml_get_attr (child, STYLE, "num-prefix");
      levels[level - 1].suffix = resolute_xml_get_attr (child, STYLE, "num-suffix");
      start = resolute_xml_get_attr (child, TEXT, "start-value");
      display = resolute_xml_get_attr (child, TEXT, "display-levels");
      levels[level - 1].start = start != NULL ? CLAMP (atoi (start), 0, 100000) : 1;
      levels[level - 1].display = display != NULL ? CLAMP (atoi (display), 1, 10) : 1;
    }
  g_hash_table_replace (reader->lists, name, levels);
}

static void
read_styles_in (Reader     *reader,
                xmlNodePtr  container)
{
  for (xmlNodePtr node = container != NULL ? container->children : NULL; node != NULL;
       node = node->next)
    {
      if (resolute_xml_is (node, STYLE, "style"))
        read_style (reader, node);
      else if (resolute_xml_is (node, TEXT, "list-style"))
        read_list_style (reader, node);
    }
}

static const Style *
lookup_style (Reader     *reader,
              const char *name)
{
  return name != NULL ? g_hash_table_lookup (reader->styles, name) : NULL;
}

/* Resolves the attributes of a style through the styles it is based on. */
static void
resolve_style (Reader     *reader,
               const char *name,
               Style      *out)
{
  for (guint depth = 0; name != NULL && depth < 16; depth++)
    {
      const Style *style = lookup_style (reader, name);

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
      if (!out->has_indent && style->has_indent)
        {
          out->has_indent = TRUE;
          out->indent = style->indent;
        }
      if (out->align == NULL && style->align != NULL)
        out->align = g_strdup (style->align);
      if (out->master_page == NULL && style->master_page != NULL)
        out->master_page = g_strdup (style->master_page);
      if (out->list_style == NULL && style->list_style != NULL)
        out->list_style = g_strdup (style->list_style);
      name = style->parent;
    }
}

/* Whether @name or a style it is based on is a style of the body. */
static gboolean
is_body_style (Reader     *reader,
               const char *name)
{
  for (guint depth = 0; name != NULL && depth < 16; depth++)
    {
      const Style *style = lookup_style (reader, name);

      if (resolute_final_text_is_body_style (name))
        return TRUE;
      if (style == NULL)
        break;
      name = style->parent;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Text                                                                     */

typedef struct
{
  ResoluteOfficeParagraph *paragraph;
  gboolean                 space_before; /* the last character was a space */
} Flow;

static void read_inline (Reader           *reader,
                         xmlNodePtr        node,
                         Flow             *flow,
                         const ResoluteRunStyle *style,
                         guint             depth);

static void
append_text (Flow                   *flow,
             const char             *text,
             const ResoluteRunStyle *style)
{
  g_autoptr(GString) out = g_string_new (NULL);

  /* ODF collapses white space in text nodes */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
        {
          if (!flow->space_before)
            g_string_append_c (out, ' ');
          flow->space_before = TRUE;
          continue;
        }
      g_string_append_c (out, *p);
      flow->space_before = FALSE;
    }
  resolute_office_paragraph_append (flow->paragraph, out->str, out->len, style);
}

static void
append_literal (Flow                   *flow,
                const char             *text,
                const ResoluteRunStyle *style)
{
  resolute_office_paragraph_append (flow->paragraph, text, -1, style);
  flow->space_before = FALSE;
}

static void
read_note (Reader     *reader,
           xmlNodePtr  note,
           Flow       *flow,
           guint       depth)
{
  xmlNodePtr citation = resolute_xml_child (note, TEXT, "note-citation");
  xmlNodePtr body = resolute_xml_child (note, TEXT, "note-body");
  g_autofree char *label = resolute_xml_get_attr (citation, TEXT, "label");
  g_autofree char *name = resolute_xml_get_attr (note, TEXT, "id");
  ResoluteOfficeParagraph *content = resolute_office_reader_new_note (reader->office);
  Flow inner = { content, TRUE };
  gboolean first = TRUE;
  const char *note_id;

  for (xmlNodePtr p = body != NULL ? body->children : NULL; p != NULL; p = p->next)
    {
      ResoluteRunStyle none = { 0 };

      if (!resolute_xml_is (p, TEXT, "p") && !resolute_xml_is (p, TEXT, "h"))
        continue;
      if (!first)
        append_literal (&inner, " ", NULL);
      first = FALSE;
      inner.space_before = TRUE;
      read_inline (reader, p, &inner, &none, depth + 1);
    }

  if (label != NULL)
    g_strstrip (label);
  note_id = resolute_office_reader_add_note (reader->office, content,
                                             label != NULL && *label != '\0' ? label : NULL);
  if (name != NULL && note_id != NULL)
    g_hash_table_replace (reader->notes, g_steal_pointer (&name), g_strdup (note_id));
  resolute_office_paragraph_append_ref (flow->paragraph, note_id, label);
  flow->space_before = FALSE;
}

/* The author and kind of a tracked change. */
static char *
change_author (xmlNodePtr  region,
               gboolean   *inserted,
               xmlNodePtr *change)
{
  xmlNodePtr info;
  xmlNodePtr creator;
  xmlChar *text;
  char *author;

  *change = resolute_xml_child (region, TEXT, "insertion");
  *inserted = *change != NULL;
  if (*change == NULL)
    *change = resolute_xml_child (region, TEXT, "deletion");
  info = resolute_xml_child (*change, OFFICE, "change-info");
  creator = resolute_xml_child (info, DC, "creator");
  if (creator == NULL)
    return g_strdup ("");
  text = xmlNodeGetContent (creator);
  author = g_strdup ((const char *) text);
  xmlFree (text);
  return author;
}

static void
read_inline (Reader                 *reader,
             xmlNodePtr              node,
             Flow                   *flow,
             const ResoluteRunStyle *outer,
             guint                   depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      ResoluteRunStyle own = *outer;
      const ResoluteRunStyle *style = &own;

      if (own.deleted == NULL)
        own.inserted = reader->inserted;
      if (child->type == XML_TEXT_NODE)
        {
          append_text (flow, (const char *) child->content, style);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (resolute_xml_is (child, TEXT, "span"))
        {
          g_autofree char *name = resolute_xml_get_attr (child, TEXT, "style-name");
          Style resolved = { 0 };
          ResoluteRunStyle inner = *style;

          resolve_style (reader, name, &resolved);
          if (resolved.has_italic)
            inner.italic = resolved.italic;
          if (resolved.has_bold)
            inner.bold = resolved.bold;
          if (resolved.has_super)
            inner.superscript = resolved.super;
          g_free (resolved.align);
          g_free (resolved.master_page);
          g_free (resolved.list_style);
          read_inline (reader, child, flow, &inner, depth + 1);
        }
      else if (resolute_xml_is (child, TEXT, "s"))
        {
          g_autofree char *count = resolute_xml_get_attr (child, TEXT, "c");
          int n = count != NULL ? CLAMP (atoi (count), 1, 1000) : 1;
          g_autofree char *spaces = g_strnfill (n, ' ');

          append_literal (flow, spaces, style);
          flow->space_before = TRUE;
        }
      else if (resolute_xml_is (child, TEXT, "tab"))
        append_literal (flow, "\t", style);
      else if (resolute_xml_is (child, TEXT, "line-break"))
        append_literal (flow, "\u2028", style);
      else if (resolute_xml_is (child, TEXT, "note"))
        read_note (reader, child, flow, depth);
      else if (resolute_xml_is (child, TEXT, "note-ref"))
        {
          g_autofree char *name = resolute_xml_get_attr (child, TEXT, "ref-name");
          const char *note_id = name != NULL ? g_hash_table_lookup (reader->notes, name) : NULL;

          if (note_id != NULL)
            resolute_office_paragraph_append_cited (flow->paragraph, note_id);
          else
            read_inline (reader, child, flow, style, depth + 1);
        }
      else if (resolute_xml_is (child, TEXT, "a"))
        {
          g_autofree char *href = resolute_xml_get_attr (child, XLINK, "href");
          gboolean internal = href != NULL && href[0] == '#' && href[1] != '\0';

          if (internal)
            resolute_office_paragraph_start_link (flow->paragraph, href + 1);
          else if (href != NULL)
            resolute_office_paragraph_start_reference (flow->paragraph, href);
          read_inline (reader, child, flow, style, depth + 1);
          if (internal)
            resolute_office_paragraph_end_link (flow->paragraph);
          else if (href != NULL)
            resolute_office_paragraph_end_reference (flow->paragraph);
        }
      else if (resolute_xml_is (child, TEXT, "bookmark")
               || resolute_xml_is (child, TEXT, "bookmark-start"))
        {
          g_autofree char *name = resolute_xml_get_attr (child, TEXT, "name");

          resolute_office_paragraph_add_bookmark (flow->paragraph, name);
        }
      else if (resolute_xml_is (child, TEXT, "change-start")
               || resolute_xml_is (child, TEXT, "change-end")
               || resolute_xml_is (child, TEXT, "change"))
        {
          /* tracked changes: insertions between their start and end, the
           * deleted text from the change's region */
          g_autofree char *id = resolute_xml_get_attr (child, TEXT, "change-id");
          xmlNodePtr region = id != NULL ? g_hash_table_lookup (reader->regions, id) : NULL;
          xmlNodePtr change = NULL;
          gboolean inserted = FALSE;
          g_autofree char *author = region != NULL ? change_author (region, &inserted, &change)
                                                   : NULL;

          if (region == NULL)
            continue;
          if (resolute_xml_is (child, TEXT, "change-end") && inserted)
            g_clear_pointer (&reader->inserted, g_free);
          else if (resolute_xml_is (child, TEXT, "change-start") && inserted)
            {
              g_free (reader->inserted);
              reader->inserted = g_steal_pointer (&author);
            }
          else if (resolute_xml_is (child, TEXT, "change") && !inserted && change != NULL)
            {
              ResoluteRunStyle deleted = { 0 };

              deleted.deleted = author;
              for (xmlNodePtr p = change->children; p != NULL; p = p->next)
                if (resolute_xml_is (p, TEXT, "p") || resolute_xml_is (p, TEXT, "h"))
                  read_inline (reader, p, flow, &deleted, depth + 1);
            }
        }
      else if (resolute_xml_is (child, OFFICE, "annotation")
               || resolute_xml_is (child, OFFICE, "annotation-end")
               || resolute_xml_is (child, TEXT, "bookmark-end")
               || resolute_xml_is (child, TEXT, "soft-page-break")
               || (child->ns != NULL && strstr ((const char *) child->ns->href, "drawing") != NULL))
        continue;
      else
        /* fields, references, ruby, meta: their text */
        read_inline (reader, child, flow, style, depth + 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Paragraphs                                                               */

static char *
format_number (const char *format,
               int         n)
{
  if (n < 1)
    n = 1;
  if (g_strcmp0 (format, "a") == 0)
    return resolute_format_alpha (n, FALSE);
  if (g_strcmp0 (format, "A") == 0)
    return resolute_format_alpha (n, TRUE);
  if (g_strcmp0 (format, "i") == 0)
    return resolute_format_roman (n, FALSE);
  if (g_strcmp0 (format, "I") == 0)
    return resolute_format_roman (n, TRUE);
  return g_strdup_printf ("%d", n);
}

typedef struct
{
  const char *style;  /* the list style */
  int         level;  /* 0 for the outermost list */
  gboolean    in_list;
} ListContext;

static char *
list_label (Reader            *reader,
            const ListContext *list)
{
  ListLevel *levels = list->style != NULL ? g_hash_table_lookup (reader->lists, list->style)
                                          : NULL;
  int *counters;
  int level = CLAMP (list->level, 0, 9);
  GString *label;

  if (levels == NULL)
    return NULL;
  counters = g_hash_table_lookup (reader->counters, list->style);
  if (counters == NULL)
    {
      counters = g_new0 (int, 10);
      for (guint i = 0; i < 10; i++)
        counters[i] = levels[i].start - 1;
      g_hash_table_insert (reader->counters, g_strdup (list->style), counters);
    }
  counters[level]++;
  for (int i = level + 1; i < 10; i++)
    counters[i] = levels[i].start - 1;

  if (levels[level].format == NULL || *levels[level].format == '\0')
    return NULL;

  label = g_string_new (levels[level].prefix);
  for (int i = MAX (0, level - levels[level].display + 1); i <= level; i++)
    {
      g_autofree char *number = format_number (levels[i].format, counters[i]);

      if (i < level)
        {
          g_string_append (label, number);
          g_string_append_c (label, '.');
        }
      else
        g_string_append (label, number);
    }
  if (levels[level].suffix != NULL)
    g_string_append (label, levels[level].suffix);
  return g_string_free (label, FALSE);
}

static void
read_paragraph (Reader            *reader,
                xmlNodePtr         node,
                const ListContext *list)
{
  g_autofree char *name = resolute_xml_get_attr (node, TEXT, "style-name");
  g_autofree char *label = NULL;
  Style resolved = { 0 };
  ResoluteRunStyle style = { 0 };
  ResoluteOfficeParagraph *paragraph;
  Flow flow = { NULL, TRUE };
  gboolean indented;
  xmlNodePtr number = NULL;

  /* emphasis that the paragraph's style gives (a title in bold) is the
   * look of the style, not the author's emphasis */
  resolve_style (reader, name, &resolved);

  if (list != NULL && list->in_list)
    {
      ListContext own = *list;

      if (own.style == NULL)
        own.style = resolved.list_style;
      number = resolute_xml_child (node->parent, TEXT, "number");
      label = list_label (reader, &own);
      if (number != NULL)
        {
          xmlChar *text = xmlNodeGetContent (number);

          g_free (label);
          label = g_strstrip (g_strdup ((const char *) text));
          xmlFree (text);
        }
    }

  indented = ((resolved.has_indent && resolved.indent > 0.5) || label != NULL
              || (list != NULL && list->in_list) || is_body_style (reader, name))
             && g_strcmp0 (resolved.align, "end") != 0 && g_strcmp0 (resolved.align, "right") != 0
             && g_strcmp0 (resolved.align, "center") != 0;

  paragraph = resolute_office_reader_add_paragraph (reader->office, indented,
                                                    label != NULL && *label != '\0' ? label : NULL);
  flow.paragraph = paragraph;
  read_inline (reader, node, &flow, &style, 0);
  if (!resolute_office_paragraph_is_empty (paragraph))
    reader->in_body = TRUE;

  g_free (resolved.align);
  g_free (resolved.master_page);
  g_free (resolved.list_style);
}

static void
read_cells (Reader     *reader,
            xmlNodePtr  node,
            guint       depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, TEXT, "p") || resolute_xml_is (child, TEXT, "h"))
        {
          ResoluteOfficeParagraph *scratch = resolute_office_reader_new_note (reader->office);
          ResoluteRunStyle none = { 0 };
          Flow flow = { scratch, TRUE };
          g_auto(GStrv) cells = NULL;

          read_inline (reader, child, &flow, &none, depth + 1);
          cells = g_strsplit (resolute_office_paragraph_get_text (scratch), "\t", -1);
          for (guint i = 0; cells[i] != NULL; i++)
            resolute_office_reader_add_masthead (reader->office, cells[i]);
        }
      else if (child->type == XML_ELEMENT_NODE)
        read_cells (reader, child, depth + 1);
    }
}

static void
read_flow (Reader            *reader,
           xmlNodePtr         node,
           const ListContext *list,
           guint              depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (resolute_xml_is (child, TEXT, "p") || resolute_xml_is (child, TEXT, "h"))
        read_paragraph (reader, child, list);
      else if (resolute_xml_is (child, TEXT, "list"))
        {
          g_autofree char *name = resolute_xml_get_attr (child, TEXT, "style-name");
          g_autofree char *continues = resolute_xml_get_attr (child, TEXT, "continue-numbering");
          g_autofree char *continue_list = resolute_xml_get_attr (child, TEXT, "continue-list");
          ListContext inner = { list != NULL ? list->style : NULL, 0, TRUE };

          if (name != NULL)
            inner.style = name;
          if (list != NULL && list->in_list)
            inner.level = list->level + 1;
          else if (inner.style != NULL && g_strcmp0 (continues, "true") != 0
                   && continue_list == NULL)
            g_hash_table_remove (reader->counters, inner.style);
          read_flow (reader, child, &inner, depth + 1);
        }
      else if (resolute_xml_is (child, TEXT, "list-item")
               || resolute_xml_is (child, TEXT, "list-header"))
        read_flow (reader, child, list, depth + 1);
      else if (resolute_xml_is (child, TABLE, "table") && !reader->in_body)
        read_cells (reader, child, depth + 1);
      else if (resolute_xml_is (child, TEXT, "tracked-changes"))
        {
          for (xmlNodePtr region = child->children; region != NULL; region = region->next)
            {
              char *id = resolute_xml_get_attr (region, TEXT, "id");

              if (id != NULL && resolute_xml_is (region, TEXT, "changed-region"))
                g_hash_table_replace (reader->regions, id, region);
              else
                g_free (id);
            }
        }
      else if (resolute_xml_is (child, TEXT, "sequence-decls")
               || resolute_xml_is (child, TEXT, "variable-decls")
               || resolute_xml_is (child, OFFICE, "forms"))
        continue;
      else if (child->type == XML_ELEMENT_NODE)
        read_flow (reader, child, list, depth + 1);
    }
}

/* The master page of the first page: the one the first paragraph's style
 * names, else "Standard", else the first one. */
static void
read_first_page (Reader     *reader,
                 xmlDocPtr   styles,
                 xmlNodePtr  text)
{
  xmlNodePtr masters = resolute_xml_child (xmlDocGetRootElement (styles), OFFICE,
                                           "master-styles");
  g_autofree char *wanted = NULL;
  xmlNodePtr master = NULL;
  xmlNodePtr first = NULL;

  for (xmlNodePtr node = text != NULL ? text->children : NULL; node != NULL && first == NULL;
       node = node->next)
    if (resolute_xml_is (node, TEXT, "p") || resolute_xml_is (node, TEXT, "h")
        || resolute_xml_is (node, TABLE, "table"))
      first = node;
  if (first != NULL)
    {
      g_autofree char *name = resolute_xml_get_attr (first, TEXT, "style-name");
      Style resolved = { 0 };

      if (name == NULL)
        name = resolute_xml_get_attr (first, TABLE, "style-name");
      resolve_style (reader, name, &resolved);
      wanted = g_steal_pointer (&resolved.master_page);
      g_free (resolved.align);
      g_free (resolved.list_style);
    }

  for (xmlNodePtr node = masters != NULL ? masters->children : NULL; node != NULL;
       node = node->next)
    {
      g_autofree char *name = NULL;

      if (!resolute_xml_is (node, STYLE, "master-page"))
        continue;
      name = resolute_xml_get_attr (node, STYLE, "name");
      if (master == NULL || g_strcmp0 (name, wanted != NULL ? wanted : "Standard") == 0)
        master = node;
      if (g_strcmp0 (name, wanted != NULL ? wanted : "Standard") == 0)
        break;
    }
  if (master == NULL)
    return;

  {
    xmlNodePtr header = resolute_xml_child (master, STYLE, "header-first");
    xmlNodePtr footer = resolute_xml_child (master, STYLE, "footer-first");

    if (header == NULL)
      header = resolute_xml_child (master, LOEXT, "header-first");
    if (header == NULL)
      header = resolute_xml_child (master, STYLE, "header");
    if (footer == NULL)
      footer = resolute_xml_child (master, LOEXT, "footer-first");
    if (footer == NULL)
      footer = resolute_xml_child (master, STYLE, "footer");
    if (header != NULL)
      read_cells (reader, header, 0);
    resolute_office_reader_end_masthead_group (reader->office);
    if (footer != NULL)
      read_cells (reader, footer, 0);
    resolute_office_reader_end_masthead_group (reader->office);
  }
}

static void
read_meta (Reader    *reader,
           xmlDocPtr  meta)
{
  xmlNodePtr office = resolute_xml_child (xmlDocGetRootElement (meta), OFFICE, "meta");

  for (xmlNodePtr node = office != NULL ? office->children : NULL; node != NULL;
       node = node->next)
    {
      if (resolute_xml_is (node, DC, "language"))
        {
          xmlChar *tag = xmlNodeGetContent (node);

          resolute_office_reader_set_language (reader->office, (const char *) tag);
          xmlFree (tag);
        }
      else if (resolute_xml_is (node, META, "user-defined"))
        {
          g_autofree char *name = resolute_xml_get_attr (node, META, "name");
          xmlChar *value = xmlNodeGetContent (node);

          resolute_office_reader_set_property (reader->office, name, (const char *) value);
          xmlFree (value);
        }
    }
}

static void
read_default_language (Reader    *reader,
                       xmlDocPtr  styles)
{
  xmlNodePtr office = resolute_xml_child (xmlDocGetRootElement (styles), OFFICE, "styles");

  for (xmlNodePtr node = office != NULL ? office->children : NULL; node != NULL;
       node = node->next)
    {
      g_autofree char *family = NULL;
      g_autofree char *language = NULL;

      if (!resolute_xml_is (node, STYLE, "default-style"))
        continue;
      family = resolute_xml_get_attr (node, STYLE, "family");
      language = resolute_xml_get_attr (resolute_xml_child (node, STYLE, "text-properties"), FO,
                                        "language");
      if (g_strcmp0 (family, "paragraph") == 0 && language != NULL)
        resolute_office_reader_set_language (reader->office, language);
    }
}

/**
 * resolute_odt_reader_read:
 * @warnings: (nullable) (element-type utf8): receives a "Line N: …" message
 *   (N the paragraph) for each paragraph that could not be placed
 *
 * Opens an OpenDocument text and recognises its structure with the rules of
 * the text importer.
 *
 * Returns: (transfer full) (nullable): the document.
 */
ResoluteDocument *
resolute_odt_reader_read (GBytes     *data,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_autoptr(ResoluteZipReader) zip = NULL;
  g_autoptr(ResoluteOfficeReader) office = NULL;
  Reader reader = { 0 };
  GError *local_error = NULL;
  ResoluteDocument *result = NULL;
  xmlDocPtr content = NULL;
  xmlDocPtr styles = NULL;
  xmlDocPtr meta = NULL;
  xmlNodePtr text = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  zip = resolute_zip_reader_new (data, KIND, error);
  if (zip == NULL)
    return NULL;
  if (!resolute_zip_reader_has (zip, "content.xml")
      && resolute_zip_reader_has (zip, "word/document.xml"))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The file is a Word document, not an OpenDocument text; name it .docx"));
      return NULL;
    }

  office = resolute_office_reader_new ();
  reader.zip = zip;
  reader.office = office;
  reader.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) style_free);
  reader.lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) list_levels_free);
  reader.notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.docs = g_ptr_array_new_with_free_func ((GDestroyNotify) xmlFreeDoc);

  if (resolute_zip_reader_has (zip, "mimetype"))
    {
      g_autoptr(GBytes) mimetype = resolute_zip_reader_read (zip, "mimetype", &local_error);

      if (mimetype != NULL
          && (g_bytes_get_size (mimetype) < strlen (MIMETYPE)
              || memcmp (g_bytes_get_data (mimetype, NULL), MIMETYPE, strlen (MIMETYPE)) != 0))
        g_set_error (&local_error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED,
                     _("The file is an OpenDocument file but not a text document"));
    }

  if (local_error == NULL)
    content = read_part (&reader, "content.xml", TRUE, &local_error);
  if (local_error == NULL)
    styles = read_part (&reader, "styles.xml", FALSE, &local_error);
  if (local_error == NULL)
    meta = read_part (&reader, "meta.xml", FALSE, &local_error);
  if (local_error == NULL)
    {
      xmlNodePtr body = resolute_xml_child (xmlDocGetRootElement (content), OFFICE, "body");

      text = resolute_xml_child (body, OFFICE, "text");
      if (text == NULL)
        g_set_error (&local_error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                     _("The file is not an OpenDocument text: content.xml has no text body"));
    }

  if (local_error == NULL)
    {
      if (styles != NULL)
        {
          xmlNodePtr root = xmlDocGetRootElement (styles);

          read_styles_in (&reader, resolute_xml_child (root, OFFICE, "styles"));
          read_styles_in (&reader, resolute_xml_child (root, OFFICE, "automatic-styles"));
          read_default_language (&reader, styles);
        }
      read_styles_in (&reader, resolute_xml_child (xmlDocGetRootElement (content), OFFICE,
                                                   "automatic-styles"));
      if (meta != NULL)
        read_meta (&reader, meta);
      if (styles != NULL)
        read_first_page (&reader, styles, text);
      read_flow (&reader, text, NULL, 0);
      result = resolute_office_reader_finish (office, KIND, warnings, &local_error);
    }

  if (local_error != NULL)
    g_propagate_error (error, local_error);

  g_hash_table_unref (reader.styles);
  g_hash_table_unref (reader.lists);
  g_hash_table_unref (reader.notes);
  g_hash_table_unref (reader.counters);
  g_hash_table_unref (reader.regions);
  g_free (reader.inserted);
  g_ptr_array_unref (reader.docs);

  return result;
}
