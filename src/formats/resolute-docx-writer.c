/* resolute-docx-writer.c — writes the final text of a document as a Word file (.docx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An Office Open XML package: word/document.xml with one paragraph per
 * ResoluteFinalParagraph (resolute-final-text.c), each naming a style of
 * word/styles.xml, the paragraph number as text and a tab; footnotes in
 * word/footnotes.xml (the "*" notes with a custom mark); a first page with
 * the masthead as a table in its header and the job number, barcode text
 * and "Please recycle" in its footer; odd and even pages with the running
 * head (symbol outside) and "n/N" from PAGE and NUMPAGES fields;
 * cross-references as internal hyperlinks to bookmarks; tracked changes as
 * w:ins and w:del; title, subject and language in docProps/core.xml and
 * what the printed text does not show in docProps/custom.xml.
 *
 * No date, generator version or random id is written: the same document
 * gives the same bytes.
 */

#define G_LOG_DOMAIN "resolute-docx-writer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-docx-writer.h"
#include "resolute-error.h"
#include "resolute-final-text.h"
#include "resolute-office-xml.h"
#include "resolute-zip-archive.h"

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define WML    "application/vnd.openxmlformats-officedocument.wordprocessingml."

#define EMU_PER_POINT 12700

#define TWIPS(points) ((int) ((points) * 20.0 + ((points) >= 0 ? 0.5 : -0.5)))

typedef struct
{
  ResoluteFinalText *text;
  ResoluteXmlWriter *xml;
  GPtrArray         *notes;     /* ResoluteFootnote, in the order of their first mark */
  GHashTable        *note_ids;  /* footnote id → Word id */
  GHashTable        *bookmarks; /* names written */
  GPtrArray         *links;     /* hrefs of the part being written: rIdLink1, … */
  guint              next_change;
  guint              next_bookmark;
} Writer;

/* ------------------------------------------------------------------------ */
/* Runs                                                                     */

static gboolean
is_star (const char *label)
{
  return label != NULL && label[0] == '*';
}

/* Text with tabs and line breaks as Word elements, inside a run. */
static void
write_run_text (Writer     *w,
                const char *element,
                const char *text,
                gsize       length)
{
  const char *end = text + length;
  const char *start = text;

  for (const char *p = text; p <= end; p = p < end ? g_utf8_next_char (p) : p + 1)
    {
      gboolean stop = p == end;
      gboolean tab = !stop && *p == '\t';
      gboolean line = !stop && (*p == '\n' || g_str_has_prefix (p, "\u2028"));

      if (!stop && !tab && !line)
        continue;
      if (p > start)
        {
          resolute_xml_start (w->xml, element);
          resolute_xml_attr (w->xml, "xml:space", "preserve");
          resolute_xml_text (w->xml, start, p - start);
          resolute_xml_end (w->xml);
        }
      if (tab)
        resolute_xml_element (w->xml, "w:tab", NULL, NULL);
      else if (line)
        resolute_xml_element (w->xml, "w:br", NULL, NULL);
      if (stop)
        break;
      start = g_utf8_next_char (p);
    }
}

static void
write_run_properties (Writer     *w,
                      const char *style,
                      gboolean    italic,
                      gboolean    bold)
{
  if (style == NULL && !italic && !bold)
    return;
  resolute_xml_start (w->xml, "w:rPr");
  if (style != NULL)
    resolute_xml_element (w->xml, "w:rStyle", "w:val", style);
  if (bold)
    resolute_xml_element (w->xml, "w:b", NULL, NULL);
  if (italic)
    resolute_xml_element (w->xml, "w:i", NULL, NULL);
  resolute_xml_end (w->xml);
}

static void
write_plain_run (Writer     *w,
                 const char *style,
                 const char *text)
{
  resolute_xml_start (w->xml, "w:r");
  write_run_properties (w, style, FALSE, FALSE);
  write_run_text (w, "w:t", text, strlen (text));
  resolute_xml_end (w->xml);
}

static void
write_note_ref (Writer           *w,
                ResoluteFootnote *footnote)
{
  const char *label = resolute_footnote_get_label (footnote);
  gpointer known = g_hash_table_lookup (w->note_ids, resolute_footnote_get_id (footnote));

  resolute_xml_start (w->xml, "w:r");
  write_run_properties (w, "ResFootnoteMark", FALSE, FALSE);
  if (known != NULL)
    {
      /* a note cited again: its number, raised */
      write_run_text (w, "w:t", label, strlen (label));
      resolute_xml_end (w->xml);
      return;
    }

  g_ptr_array_add (w->notes, footnote);
  g_hash_table_insert (w->note_ids, (gpointer) resolute_footnote_get_id (footnote),
                       GUINT_TO_POINTER (w->notes->len));
  resolute_xml_start (w->xml, "w:footnoteReference");
  if (is_star (label))
    resolute_xml_attr (w->xml, "w:customMarkFollows", "1");
  resolute_xml_attr_printf (w->xml, "w:id", "%u", w->notes->len);
  resolute_xml_end (w->xml);
  if (is_star (label))
    write_run_text (w, "w:t", label, strlen (label));
  resolute_xml_end (w->xml);
}

typedef struct
{
  Writer                       *w;
  const ResoluteFinalParagraph *paragraph;
} RunContext;

static void
write_run (const ResoluteFinalRun *run,
           gpointer                user_data)
{
  RunContext *context = user_data;
  Writer *w = context->w;
  const char *change = run->inserted != NULL ? run->inserted : run->deleted;

  if (run->object != NULL && run->object->kind == RESOLUTE_OBJECT_NOTE_REF)
    {
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (w->text->document,
                                                                      run->object->target);

      if (footnote != NULL)
        write_note_ref (w, footnote);
      return;
    }

  if (change != NULL)
    {
      resolute_xml_start (w->xml, run->inserted != NULL ? "w:ins" : "w:del");
      resolute_xml_attr_printf (w->xml, "w:id", "%u", ++w->next_change);
      resolute_xml_attr (w->xml, "w:author", *change != '\0' ? change : "Resolute");
    }

  if (run->object != NULL)
    {
      g_autofree char *wording = resolute_final_text_render_object (w->text, context->paragraph,
                                                                    run->object);
      g_autofree char *anchor = g_strconcat (RESOLUTE_FINAL_BOOKMARK_PREFIX, run->object->target,
                                             NULL);
      gboolean linked = resolute_document_lookup_clause (w->text->document,
                                                         run->object->target) != NULL;

      if (linked)
        {
          resolute_xml_start (w->xml, "w:hyperlink");
          resolute_xml_attr (w->xml, "w:anchor", anchor);
          resolute_xml_attr (w->xml, "w:history", "1");
        }
      resolute_xml_start (w->xml, "w:r");
      write_run_properties (w, "ResCrossReference", run->italic, run->bold);
      write_run_text (w, run->deleted != NULL ? "w:delText" : "w:t", wording, strlen (wording));
      resolute_xml_end (w->xml);
      if (linked)
        resolute_xml_end (w->xml);
    }
  else
    {
      if (run->reference != NULL)
        {
          guint index;

          if (!g_ptr_array_find_with_equal_func (w->links, run->reference, g_str_equal, &index))
            {
              g_ptr_array_add (w->links, (gpointer) run->reference);
              index = w->links->len - 1;
            }
          resolute_xml_start (w->xml, "w:hyperlink");
          resolute_xml_attr_printf (w->xml, "r:id", "rIdLink%u", index + 1);
        }
      resolute_xml_start (w->xml, "w:r");
      write_run_properties (w, run->opening ? "ResOpening" : NULL, run->italic && !run->opening,
                            run->bold);
      write_run_text (w, run->deleted != NULL ? "w:delText" : "w:t", run->text, run->length);
      resolute_xml_end (w->xml);
      if (run->reference != NULL)
        resolute_xml_end (w->xml);
    }

  if (change != NULL)
    resolute_xml_end (w->xml);
}

static void
write_paragraph (Writer                       *w,
                 const ResoluteFinalParagraph *paragraph)
{
  RunContext context = { w, paragraph };

  resolute_xml_start (w->xml, "w:p");
  resolute_xml_start (w->xml, "w:pPr");
  resolute_xml_element (w->xml, "w:pStyle", "w:val", paragraph->style);
  if (paragraph->page_break)
    resolute_xml_element (w->xml, "w:pageBreakBefore", NULL, NULL);
  resolute_xml_end (w->xml);

  if (paragraph->bookmark != NULL && !g_hash_table_contains (w->bookmarks, paragraph->bookmark))
    {
      g_hash_table_add (w->bookmarks, paragraph->bookmark);
      resolute_xml_start (w->xml, "w:bookmarkStart");
      resolute_xml_attr_printf (w->xml, "w:id", "%u", w->next_bookmark);
      resolute_xml_attr (w->xml, "w:name", paragraph->bookmark);
      resolute_xml_end (w->xml);
      resolute_xml_start (w->xml, "w:bookmarkEnd");
      resolute_xml_attr_printf (w->xml, "w:id", "%u", w->next_bookmark++);
      resolute_xml_end (w->xml);
    }

  if (paragraph->label != NULL)
    {
      resolute_xml_start (w->xml, "w:r");
      write_run_text (w, "w:t", paragraph->label, strlen (paragraph->label));
      resolute_xml_element (w->xml, "w:tab", NULL, NULL);
      resolute_xml_end (w->xml);
    }

  if (strcmp (paragraph->style, "ResMastheadSymbol") == 0
      && !resolute_inline_is_empty (paragraph->content))
    {
      /* the symbol's initial letter is set large */
      const char *text = resolute_inline_get_text (paragraph->content);
      const char *second = g_utf8_next_char (text);
      g_autofree char *initial = g_strndup (text, second - text);

      write_plain_run (w, "ResSymbolInitial", initial);
      write_plain_run (w, NULL, second);
    }
  else
    resolute_final_paragraph_foreach_run (paragraph, write_run, &context);

  resolute_xml_end (w->xml);
}

/* ------------------------------------------------------------------------ */
/* Parts                                                                    */

static void
start_part (Writer     *w,
            const char *root)
{
  w->xml = resolute_xml_writer_new ();
  resolute_xml_start (w->xml, root);
  resolute_xml_attr (w->xml, "xmlns:w", NS_W);
  resolute_xml_attr (w->xml, "xmlns:r", NS_R);
}

static gboolean
finish_part (Writer             *w,
             ResoluteZipWriter  *zip,
             const char         *name,
             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  resolute_xml_end (w->xml);
  bytes = resolute_xml_writer_finish (w->xml, error);
  g_clear_pointer (&w->xml, resolute_xml_writer_free);
  if (bytes == NULL)
    return FALSE;
  resolute_zip_writer_add (zip, name, bytes, TRUE);
  return TRUE;
}

static void
write_section (Writer *w)
{
  static const struct
  {
    const char *element;
    const char *type;
    const char *id;
  } references[] = {
    { "w:headerReference", "first", "rIdHeaderFirst" },
    { "w:headerReference", "default", "rIdHeaderOdd" },
    { "w:headerReference", "even", "rIdHeaderEven" },
    { "w:footerReference", "first", "rIdFooterFirst" },
    { "w:footerReference", "default", "rIdFooterOdd" },
    { "w:footerReference", "even", "rIdFooterEven" },
  };

  resolute_xml_start (w->xml, "w:sectPr");
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      resolute_xml_start (w->xml, references[i].element);
      resolute_xml_attr (w->xml, "w:type", references[i].type);
      resolute_xml_attr (w->xml, "r:id", references[i].id);
      resolute_xml_end (w->xml);
    }
  resolute_xml_start (w->xml, "w:footnotePr");
  resolute_xml_element (w->xml, "w:numFmt", "w:val", "decimal");
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:pgSz");
  resolute_xml_attr_printf (w->xml, "w:w", "%d", TWIPS (RESOLUTE_FINAL_PAGE_WIDTH));
  resolute_xml_attr_printf (w->xml, "w:h", "%d", TWIPS (RESOLUTE_FINAL_PAGE_HEIGHT));
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:pgMar");
  resolute_xml_attr_printf (w->xml, "w:top", "%d", TWIPS (RESOLUTE_FINAL_MARGIN_TOP));
  resolute_xml_attr_printf (w->xml, "w:right", "%d", TWIPS (RESOLUTE_FINAL_MARGIN_SIDE));
  resolute_xml_attr_printf (w->xml, "w:bottom", "%d", TWIPS (RESOLUTE_FINAL_MARGIN_BOTTOM));
  resolute_xml_attr_printf (w->xml, "w:left", "%d", TWIPS (RESOLUTE_FINAL_MARGIN_SIDE));
  resolute_xml_attr_printf (w->xml, "w:header", "%d", TWIPS (RESOLUTE_FINAL_HEADER_TOP));
  resolute_xml_attr_printf (w->xml, "w:footer", "%d", TWIPS (RESOLUTE_FINAL_FOOTER_BOTTOM));
  resolute_xml_attr (w->xml, "w:gutter", "0");
  resolute_xml_end (w->xml);
  resolute_xml_element (w->xml, "w:titlePg", NULL, NULL);
  resolute_xml_end (w->xml);
}

static gboolean
write_document (Writer             *w,
                ResoluteZipWriter  *zip,
                GError            **error)
{
  start_part (w, "w:document");
  resolute_xml_start (w->xml, "w:body");
  for (guint i = 0; i < w->text->body->len; i++)
    write_paragraph (w, g_ptr_array_index (w->text->body, i));
  if (w->text->body->len == 0)
    {
      ResoluteFinalParagraph empty = { "ResNormal", NULL, resolute_inline_new (), 0 };

      write_paragraph (w, &empty);
      resolute_inline_free (empty.content);
    }
  write_section (w);
  resolute_xml_end (w->xml);
  return finish_part (w, zip, "word/document.xml", error);
}

static void
write_separator (Writer     *w,
                 int         id,
                 const char *type,
                 const char *element)
{
  resolute_xml_start (w->xml, "w:footnote");
  resolute_xml_attr (w->xml, "w:type", type);
  resolute_xml_attr_printf (w->xml, "w:id", "%d", id);
  resolute_xml_start (w->xml, "w:p");
  resolute_xml_start (w->xml, "w:pPr");
  resolute_xml_start (w->xml, "w:spacing");
  resolute_xml_attr (w->xml, "w:after", "0");
  resolute_xml_attr (w->xml, "w:line", "240");
  resolute_xml_attr (w->xml, "w:lineRule", "auto");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:r");
  resolute_xml_element (w->xml, element, NULL, NULL);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
}

static gboolean
write_footnotes (Writer             *w,
                 ResoluteZipWriter  *zip,
                 GError            **error)
{
  start_part (w, "w:footnotes");
  write_separator (w, -1, "separator", "w:separator");
  write_separator (w, 0, "continuationSeparator", "w:continuationSeparator");

  for (guint i = 0; i < w->notes->len; i++)
    {
      ResoluteFootnote *footnote = g_ptr_array_index (w->notes, i);
      const char *label = resolute_footnote_get_label (footnote);
      ResoluteFinalParagraph paragraph = { "ResFootnoteText", NULL, NULL, 0 };
      RunContext context = { w, &paragraph };

      paragraph.content = (ResoluteInline *) resolute_footnote_get_content (footnote);

      resolute_xml_start (w->xml, "w:footnote");
      resolute_xml_attr_printf (w->xml, "w:id", "%u", i + 1);
      resolute_xml_start (w->xml, "w:p");
      resolute_xml_start (w->xml, "w:pPr");
      resolute_xml_element (w->xml, "w:pStyle", "w:val", "ResFootnoteText");
      resolute_xml_end (w->xml);
      resolute_xml_start (w->xml, "w:r");
      write_run_properties (w, "ResFootnoteMark", FALSE, FALSE);
      if (is_star (label))
        write_run_text (w, "w:t", label, strlen (label));
      else
        resolute_xml_element (w->xml, "w:footnoteRef", NULL, NULL);
      resolute_xml_end (w->xml);
      resolute_xml_start (w->xml, "w:r");
      resolute_xml_element (w->xml, "w:tab", NULL, NULL);
      resolute_xml_end (w->xml);
      resolute_final_paragraph_foreach_run (&paragraph, write_run, &context);
      resolute_xml_end (w->xml);
      resolute_xml_end (w->xml);
    }

  return finish_part (w, zip, "word/footnotes.xml", error);
}

static void
write_field (Writer     *w,
             const char *instruction,
             const char *shown)
{
  resolute_xml_start (w->xml, "w:fldSimple");
  resolute_xml_attr (w->xml, "w:instr", instruction);
  write_plain_run (w, NULL, shown);
  resolute_xml_end (w->xml);
}

static void
start_styled_paragraph (Writer     *w,
                        const char *style)
{
  resolute_xml_start (w->xml, "w:p");
  resolute_xml_start (w->xml, "w:pPr");
  resolute_xml_element (w->xml, "w:pStyle", "w:val", style);
  resolute_xml_end (w->xml);
}

static void
write_cell (Writer    *w,
            GPtrArray *paragraphs,
            double     width,
            int        border)
{
  resolute_xml_start (w->xml, "w:tc");
  resolute_xml_start (w->xml, "w:tcPr");
  resolute_xml_start (w->xml, "w:tcW");
  resolute_xml_attr_printf (w->xml, "w:w", "%d", TWIPS (width));
  resolute_xml_attr (w->xml, "w:type", "dxa");
  resolute_xml_end (w->xml);
  if (border > 0)
    {
      resolute_xml_start (w->xml, "w:tcBorders");
      resolute_xml_start (w->xml, "w:bottom");
      resolute_xml_attr (w->xml, "w:val", "single");
      resolute_xml_attr_printf (w->xml, "w:sz", "%d", border);
      resolute_xml_attr (w->xml, "w:space", "0");
      resolute_xml_attr (w->xml, "w:color", "000000");
      resolute_xml_end (w->xml);
      resolute_xml_end (w->xml);
    }
  resolute_xml_element (w->xml, "w:vAlign", "w:val", "bottom");
  resolute_xml_end (w->xml);
  for (guint i = 0; i < paragraphs->len; i++)
    write_paragraph (w, g_ptr_array_index (paragraphs, i));
  resolute_xml_end (w->xml);
}

/* The masthead: "United Nations" | symbol; organ | distribution and date;
 * session and agenda | (empty), with a heavy rule under the first row and
 * a light one under the second. */
static void
write_masthead_table (Writer *w)
{
  static const double widths[] = { 312.0, RESOLUTE_FINAL_FRAME_WIDTH - 312.0 };
  static const int borders[] = { 24, 8, 0 };

  resolute_xml_start (w->xml, "w:tbl");
  resolute_xml_start (w->xml, "w:tblPr");
  resolute_xml_start (w->xml, "w:tblW");
  resolute_xml_attr_printf (w->xml, "w:w", "%d", TWIPS (RESOLUTE_FINAL_FRAME_WIDTH));
  resolute_xml_attr (w->xml, "w:type", "dxa");
  resolute_xml_end (w->xml);
  resolute_xml_element (w->xml, "w:tblLayout", "w:type", "fixed");
  resolute_xml_start (w->xml, "w:tblCellMar");
  resolute_xml_start (w->xml, "w:left");
  resolute_xml_attr (w->xml, "w:w", "0");
  resolute_xml_attr (w->xml, "w:type", "dxa");
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:right");
  resolute_xml_attr (w->xml, "w:w", "0");
  resolute_xml_attr (w->xml, "w:type", "dxa");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:tblGrid");
  for (guint c = 0; c < 2; c++)
    {
      resolute_xml_start (w->xml, "w:gridCol");
      resolute_xml_attr_printf (w->xml, "w:w", "%d", TWIPS (widths[c]));
      resolute_xml_end (w->xml);
    }
  resolute_xml_end (w->xml);

  for (guint row = 0; row < 3; row++)
    {
      resolute_xml_start (w->xml, "w:tr");
      for (guint c = 0; c < 2; c++)
        write_cell (w, w->text->masthead[row * 2 + c], widths[c], borders[row]);
      resolute_xml_end (w->xml);
    }
  resolute_xml_end (w->xml);
}

static gboolean
write_header (Writer             *w,
              ResoluteZipWriter  *zip,
              const char         *name,
              int                 kind, /* 0 first, 1 odd, 2 even */
              GError            **error)
{
  ResoluteFinalText *text = w->text;

  start_part (w, "w:hdr");
  if (kind == 0)
    {
      write_masthead_table (w);
      start_styled_paragraph (w, "ResMastheadLeft");
      resolute_xml_end (w->xml);
    }
  else
    {
      start_styled_paragraph (w, "ResHeader");
      if (kind == 1)
        {
          write_plain_run (w, NULL, text->title);
          write_plain_run (w, NULL, "\t");
          write_plain_run (w, "ResHeadSymbol", text->symbol);
        }
      else
        {
          write_plain_run (w, "ResHeadSymbol", text->symbol);
          write_plain_run (w, NULL, "\t");
          write_plain_run (w, NULL, text->title);
        }
      resolute_xml_end (w->xml);
    }
  return finish_part (w, zip, name, error);
}

/* The barcode image, inline, with the barcode's text as its description. */
static void
write_barcode (Writer *w)
{
  ResoluteFinalText *text = w->text;
  g_autofree char *cx = g_strdup_printf ("%d", (int) (text->barcode_width * EMU_PER_POINT));
  g_autofree char *cy = g_strdup_printf ("%d", (int) (text->barcode_height * EMU_PER_POINT));

  resolute_xml_start (w->xml, "w:r");
  resolute_xml_start (w->xml, "w:drawing");
  resolute_xml_start (w->xml, "wp:inline");
  resolute_xml_attr (w->xml, "xmlns:wp",
                     "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
  resolute_xml_start (w->xml, "wp:extent");
  resolute_xml_attr (w->xml, "cx", cx);
  resolute_xml_attr (w->xml, "cy", cy);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "wp:docPr");
  resolute_xml_attr (w->xml, "id", "1");
  resolute_xml_attr (w->xml, "name", "Barcode");
  resolute_xml_attr (w->xml, "descr", text->barcode);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "a:graphic");
  resolute_xml_attr (w->xml, "xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main");
  resolute_xml_start (w->xml, "a:graphicData");
  resolute_xml_attr (w->xml, "uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
  resolute_xml_start (w->xml, "pic:pic");
  resolute_xml_attr (w->xml, "xmlns:pic",
                     "http://schemas.openxmlformats.org/drawingml/2006/picture");
  resolute_xml_start (w->xml, "pic:nvPicPr");
  resolute_xml_start (w->xml, "pic:cNvPr");
  resolute_xml_attr (w->xml, "id", "1");
  resolute_xml_attr (w->xml, "name", "barcode.png");
  resolute_xml_end (w->xml);
  resolute_xml_element (w->xml, "pic:cNvPicPr", NULL, NULL);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "pic:blipFill");
  resolute_xml_element (w->xml, "a:blip", "r:embed", "rIdBarcode");
  resolute_xml_start (w->xml, "a:stretch");
  resolute_xml_element (w->xml, "a:fillRect", NULL, NULL);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "pic:spPr");
  resolute_xml_start (w->xml, "a:xfrm");
  resolute_xml_start (w->xml, "a:off");
  resolute_xml_attr (w->xml, "x", "0");
  resolute_xml_attr (w->xml, "y", "0");
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "a:ext");
  resolute_xml_attr (w->xml, "cx", cx);
  resolute_xml_attr (w->xml, "cy", cy);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "a:prstGeom");
  resolute_xml_attr (w->xml, "prst", "rect");
  resolute_xml_element (w->xml, "a:avLst", NULL, NULL);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
}

static void
write_page_number (Writer *w)
{
  write_field (w, " PAGE ", "1");
  write_plain_run (w, NULL, "/");
  write_field (w, " NUMPAGES ", "1");
}

static gboolean
write_footer (Writer             *w,
              ResoluteZipWriter  *zip,
              const char         *name,
              int                 kind,
              GError            **error)
{
  ResoluteFinalText *text = w->text;
  const char *recycle = resolute_language_get_word (resolute_document_get_language (text->document),
                                                    "PleaseRecycle");

  start_part (w, "w:ftr");
  if (kind == 0)
    {
      start_styled_paragraph (w, "ResFooterJob");
      if (text->job != NULL)
        write_plain_run (w, NULL, text->job);
      if (text->date_code != NULL)
        {
          write_plain_run (w, NULL, "\t");
          write_plain_run (w, NULL, text->date_code);
        }
      resolute_xml_end (w->xml);
      start_styled_paragraph (w, "ResRecycle");
      if (text->barcode_png != NULL)
        write_barcode (w);
      else if (text->barcode != NULL)
        write_plain_run (w, "ResBarcode", text->barcode);
      write_plain_run (w, NULL, "\t");
      write_plain_run (w, NULL, recycle);
      resolute_xml_end (w->xml);
    }
  else
    {
      start_styled_paragraph (w, "ResFooter");
      if (kind == 1)
        {
          write_plain_run (w, NULL, text->job_short != NULL ? text->job_short : "");
          write_plain_run (w, NULL, "\t");
          write_page_number (w);
        }
      else
        {
          write_page_number (w);
          write_plain_run (w, NULL, "\t");
          write_plain_run (w, NULL, text->job_short != NULL ? text->job_short : "");
        }
      resolute_xml_end (w->xml);
    }
  return finish_part (w, zip, name, error);
}

static void
write_style (Writer                   *w,
             const ResoluteFinalStyle *style)
{
  static const char * const alignments[] = { "both", "left", "right", "center" };

  resolute_xml_start (w->xml, "w:style");
  resolute_xml_attr (w->xml, "w:type", style->paragraph ? "paragraph" : "character");
  if (strcmp (style->id, "ResNormal") == 0)
    resolute_xml_attr (w->xml, "w:default", "1");
  resolute_xml_attr (w->xml, "w:styleId", style->id);
  resolute_xml_element (w->xml, "w:name", "w:val", style->name);
  if (style->parent != NULL)
    resolute_xml_element (w->xml, "w:basedOn", "w:val", style->parent);
  if (style->next != NULL)
    resolute_xml_element (w->xml, "w:next", "w:val", style->next);
  resolute_xml_element (w->xml, "w:qFormat", NULL, NULL);

  if (style->paragraph)
    {
      resolute_xml_start (w->xml, "w:pPr");
      if (style->keep_next)
        resolute_xml_element (w->xml, "w:keepNext", NULL, NULL);
      if (style->keep_together)
        resolute_xml_element (w->xml, "w:keepLines", NULL, NULL);
      if (strcmp (style->id, "ResHeader") == 0)
        {
          resolute_xml_start (w->xml, "w:pBdr");
          resolute_xml_start (w->xml, "w:bottom");
          resolute_xml_attr (w->xml, "w:val", "single");
          resolute_xml_attr (w->xml, "w:sz", "4");
          resolute_xml_attr (w->xml, "w:space", "1");
          resolute_xml_attr (w->xml, "w:color", "000000");
          resolute_xml_end (w->xml);
          resolute_xml_end (w->xml);
        }
      if (style->tab > 0 || style->right_tab)
        {
          resolute_xml_start (w->xml, "w:tabs");
          resolute_xml_start (w->xml, "w:tab");
          resolute_xml_attr (w->xml, "w:val", style->right_tab ? "right" : "left");
          resolute_xml_attr_printf (w->xml, "w:pos", "%d",
                                    style->right_tab ? TWIPS (RESOLUTE_FINAL_FRAME_WIDTH)
                                                     : TWIPS (style->left + style->tab));
          resolute_xml_end (w->xml);
          resolute_xml_end (w->xml);
        }
      resolute_xml_start (w->xml, "w:spacing");
      resolute_xml_attr_printf (w->xml, "w:before", "%d", TWIPS (style->before));
      resolute_xml_attr_printf (w->xml, "w:after", "%d", TWIPS (style->after));
      if (style->line > 0)
        {
          resolute_xml_attr_printf (w->xml, "w:line", "%d", TWIPS (style->line));
          resolute_xml_attr (w->xml, "w:lineRule", "exact");
        }
      else
        {
          resolute_xml_attr (w->xml, "w:line", "240");
          resolute_xml_attr (w->xml, "w:lineRule", "auto");
        }
      resolute_xml_end (w->xml);
      resolute_xml_start (w->xml, "w:ind");
      resolute_xml_attr_printf (w->xml, "w:left", "%d", TWIPS (style->left));
      resolute_xml_attr_printf (w->xml, "w:right", "%d", TWIPS (style->right));
      if (style->first < 0)
        resolute_xml_attr_printf (w->xml, "w:hanging", "%d", TWIPS (-style->first));
      else
        resolute_xml_attr_printf (w->xml, "w:firstLine", "%d", TWIPS (style->first));
      resolute_xml_end (w->xml);
      resolute_xml_element (w->xml, "w:jc", "w:val", alignments[style->align]);
      resolute_xml_end (w->xml);
    }

  resolute_xml_start (w->xml, "w:rPr");
  if (style->bold)
    resolute_xml_element (w->xml, "w:b", NULL, NULL);
  if (style->italic)
    resolute_xml_element (w->xml, "w:i", NULL, NULL);
  /* in the order of the schema, which Word keeps to */
  if (style->size > 0)
    {
      resolute_xml_start (w->xml, "w:sz");
      resolute_xml_attr_printf (w->xml, "w:val", "%d", (int) (style->size * 2 + 0.5));
      resolute_xml_end (w->xml);
      resolute_xml_start (w->xml, "w:szCs");
      resolute_xml_attr_printf (w->xml, "w:val", "%d", (int) (style->size * 2 + 0.5));
      resolute_xml_end (w->xml);
    }
  if (style->superscript)
    resolute_xml_element (w->xml, "w:vertAlign", "w:val", "superscript");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
}

static gboolean
write_styles (Writer             *w,
              ResoluteZipWriter  *zip,
              GError            **error)
{
  guint n_styles;
  const ResoluteFinalStyle *all = resolute_final_text_get_styles (&n_styles);

  start_part (w, "w:styles");
  resolute_xml_start (w->xml, "w:docDefaults");
  resolute_xml_start (w->xml, "w:rPrDefault");
  resolute_xml_start (w->xml, "w:rPr");
  resolute_xml_start (w->xml, "w:rFonts");
  resolute_xml_attr (w->xml, "w:ascii", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (w->xml, "w:hAnsi", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (w->xml, "w:eastAsia", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (w->xml, "w:cs", RESOLUTE_FINAL_FONT);
  resolute_xml_end (w->xml);
  resolute_xml_element (w->xml, "w:sz", "w:val", "20");
  resolute_xml_element (w->xml, "w:szCs", "w:val", "20");
  resolute_xml_start (w->xml, "w:lang");
  resolute_xml_attr (w->xml, "w:val", w->text->language);
  resolute_xml_attr (w->xml, "w:bidi", w->text->language);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:pPrDefault");
  resolute_xml_start (w->xml, "w:pPr");
  resolute_xml_start (w->xml, "w:spacing");
  resolute_xml_attr (w->xml, "w:after", "0");
  resolute_xml_attr (w->xml, "w:line", "240");
  resolute_xml_attr (w->xml, "w:lineRule", "auto");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);

  for (guint i = 0; i < n_styles; i++)
    write_style (w, &all[i]);

  return finish_part (w, zip, "word/styles.xml", error);
}

static gboolean
write_settings (Writer             *w,
                ResoluteZipWriter  *zip,
                GError            **error)
{
  start_part (w, "w:settings");
  resolute_xml_element (w->xml, "w:defaultTabStop", "w:val", "567");
  resolute_xml_element (w->xml, "w:evenAndOddHeaders", NULL, NULL);
  resolute_xml_start (w->xml, "w:footnotePr");
  resolute_xml_element (w->xml, "w:footnote", "w:id", "-1");
  resolute_xml_element (w->xml, "w:footnote", "w:id", "0");
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "w:compat");
  resolute_xml_start (w->xml, "w:compatSetting");
  resolute_xml_attr (w->xml, "w:name", "compatibilityMode");
  resolute_xml_attr (w->xml, "w:uri", "http://schemas.microsoft.com/office/word");
  resolute_xml_attr (w->xml, "w:val", "15");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
  return finish_part (w, zip, "word/settings.xml", error);
}

/* ------------------------------------------------------------------------ */
/* Package                                                                  */

static gboolean
add_part (ResoluteZipWriter  *zip,
          ResoluteXmlWriter  *xml,
          const char         *name,
          GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  resolute_xml_end (xml);
  bytes = resolute_xml_writer_finish (xml, error);
  if (bytes == NULL)
    return FALSE;
  resolute_zip_writer_add (zip, name, bytes, TRUE);
  return TRUE;
}

static void
override (ResoluteXmlWriter *xml,
          const char        *part,
          const char        *type)
{
  resolute_xml_start (xml, "Override");
  resolute_xml_attr (xml, "PartName", part);
  resolute_xml_attr (xml, "ContentType", type);
  resolute_xml_end (xml);
}

static gboolean
write_content_types (ResoluteZipWriter  *zip,
                     GError            **error)
{
  g_autoptr(ResoluteXmlWriter) xml = resolute_xml_writer_new ();

  resolute_xml_start (xml, "Types");
  resolute_xml_attr (xml, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  resolute_xml_start (xml, "Default");
  resolute_xml_attr (xml, "Extension", "rels");
  resolute_xml_attr (xml, "ContentType",
                     "application/vnd.openxmlformats-package.relationships+xml");
  resolute_xml_end (xml);
  resolute_xml_start (xml, "Default");
  resolute_xml_attr (xml, "Extension", "xml");
  resolute_xml_attr (xml, "ContentType", "application/xml");
  resolute_xml_end (xml);
  resolute_xml_start (xml, "Default");
  resolute_xml_attr (xml, "Extension", "png");
  resolute_xml_attr (xml, "ContentType", "image/png");
  resolute_xml_end (xml);
  override (xml, "/word/document.xml", WML "document.main+xml");
  override (xml, "/word/styles.xml", WML "styles+xml");
  override (xml, "/word/settings.xml", WML "settings+xml");
  override (xml, "/word/footnotes.xml", WML "footnotes+xml");
  override (xml, "/word/header1.xml", WML "header+xml");
  override (xml, "/word/header2.xml", WML "header+xml");
  override (xml, "/word/header3.xml", WML "header+xml");
  override (xml, "/word/footer1.xml", WML "footer+xml");
  override (xml, "/word/footer2.xml", WML "footer+xml");
  override (xml, "/word/footer3.xml", WML "footer+xml");
  override (xml, "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml");
  override (xml, "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  override (xml, "/docProps/custom.xml",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml");
  return add_part (zip, xml, "[Content_Types].xml", error);
}

static void
relationship (ResoluteXmlWriter *xml,
              const char        *id,
              const char        *type,
              const char        *target)
{
  resolute_xml_start (xml, "Relationship");
  resolute_xml_attr (xml, "Id", id);
  resolute_xml_attr (xml, "Type", type);
  resolute_xml_attr (xml, "Target", target);
  resolute_xml_end (xml);
}

/* The links to other documents of a part, as relationships. */
static void
link_relationships (ResoluteXmlWriter *xml,
                    GPtrArray         *links)
{
  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("rIdLink%u", i + 1);

      resolute_xml_start (xml, "Relationship");
      resolute_xml_attr (xml, "Id", id);
      resolute_xml_attr (xml, "Type", REL "hyperlink");
      resolute_xml_attr (xml, "Target", g_ptr_array_index (links, i));
      resolute_xml_attr (xml, "TargetMode", "External");
      resolute_xml_end (xml);
    }
}

static gboolean
write_package_relationships (ResoluteZipWriter  *zip,
                             GError            **error)
{
  g_autoptr(ResoluteXmlWriter) package = resolute_xml_writer_new ();

  resolute_xml_start (package, "Relationships");
  resolute_xml_attr (package, "xmlns", NS_REL);
  relationship (package, "rId1", REL "officeDocument", "word/document.xml");
  relationship (package, "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml");
  relationship (package, "rId3", REL "extended-properties", "docProps/app.xml");
  relationship (package, "rId4", REL "custom-properties", "docProps/custom.xml");
  return add_part (zip, package, "_rels/.rels", error);
}

/* Written after the document, whose links it lists. */
static gboolean
write_document_relationships (Writer             *w,
                              ResoluteZipWriter  *zip,
                              GError            **error)
{
  g_autoptr(ResoluteXmlWriter) document = resolute_xml_writer_new ();

  resolute_xml_start (document, "Relationships");
  resolute_xml_attr (document, "xmlns", NS_REL);
  relationship (document, "rIdStyles", REL "styles", "styles.xml");
  relationship (document, "rIdSettings", REL "settings", "settings.xml");
  relationship (document, "rIdFootnotes", REL "footnotes", "footnotes.xml");
  relationship (document, "rIdHeaderFirst", REL "header", "header1.xml");
  relationship (document, "rIdHeaderOdd", REL "header", "header2.xml");
  relationship (document, "rIdHeaderEven", REL "header", "header3.xml");
  relationship (document, "rIdFooterFirst", REL "footer", "footer1.xml");
  relationship (document, "rIdFooterOdd", REL "footer", "footer2.xml");
  relationship (document, "rIdFooterEven", REL "footer", "footer3.xml");
  link_relationships (document, w->links);
  g_ptr_array_set_size (w->links, 0);
  return add_part (zip, document, "word/_rels/document.xml.rels", error);
}

static gboolean
write_footnote_relationships (Writer             *w,
                              ResoluteZipWriter  *zip,
                              GError            **error)
{
  g_autoptr(ResoluteXmlWriter) notes = NULL;

  if (w->links->len == 0)
    return TRUE;
  notes = resolute_xml_writer_new ();
  resolute_xml_start (notes, "Relationships");
  resolute_xml_attr (notes, "xmlns", NS_REL);
  link_relationships (notes, w->links);
  g_ptr_array_set_size (w->links, 0);
  return add_part (zip, notes, "word/_rels/footnotes.xml.rels", error);
}

static gboolean
write_properties (ResoluteFinalText  *text,
                  ResoluteZipWriter  *zip,
                  GError            **error)
{
  g_autoptr(ResoluteXmlWriter) core = resolute_xml_writer_new ();
  g_autoptr(ResoluteXmlWriter) app = resolute_xml_writer_new ();
  g_autoptr(ResoluteXmlWriter) custom = resolute_xml_writer_new ();

  resolute_xml_start (core, "cp:coreProperties");
  resolute_xml_attr (core, "xmlns:cp",
                     "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  resolute_xml_attr (core, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  resolute_xml_attr (core, "xmlns:dcterms", "http://purl.org/dc/terms/");
  resolute_xml_text_element (core, "dc:title", *text->title != '\0' ? text->title : text->symbol);
  resolute_xml_text_element (core, "dc:subject", text->symbol);
  resolute_xml_text_element (core, "dc:language", text->language);
  if (!add_part (zip, core, "docProps/core.xml", error))
    return FALSE;

  resolute_xml_start (app, "Properties");
  resolute_xml_attr (app, "xmlns",
                     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  resolute_xml_text_element (app, "Application", "Resolute");
  if (!add_part (zip, app, "docProps/app.xml", error))
    return FALSE;

  resolute_xml_start (custom, "Properties");
  resolute_xml_attr (custom, "xmlns",
                     "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
  resolute_xml_attr (custom, "xmlns:vt",
                     "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  for (guint i = 0; i + 1 < text->properties->len; i += 2)
    {
      resolute_xml_start (custom, "property");
      resolute_xml_attr (custom, "fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
      resolute_xml_attr_printf (custom, "pid", "%u", i / 2 + 2);
      resolute_xml_attr (custom, "name", g_ptr_array_index (text->properties, i));
      resolute_xml_text_element (custom, "vt:lpwstr", g_ptr_array_index (text->properties, i + 1));
      resolute_xml_end (custom);
    }
  return add_part (zip, custom, "docProps/custom.xml", error);
}

/* The image of the first page's footer and its relationship. */
static gboolean
write_barcode_part (Writer             *w,
                    ResoluteZipWriter  *zip,
                    GError            **error)
{
  g_autoptr(ResoluteXmlWriter) rels = NULL;

  if (w->text->barcode_png == NULL)
    return TRUE;
  resolute_zip_writer_add (zip, "word/media/barcode.png", w->text->barcode_png, FALSE);
  rels = resolute_xml_writer_new ();
  resolute_xml_start (rels, "Relationships");
  resolute_xml_attr (rels, "xmlns", NS_REL);
  relationship (rels, "rIdBarcode", REL "image", "media/barcode.png");
  return add_part (zip, rels, "word/_rels/footer1.xml.rels", error);
}

/**
 * resolute_docx_writer_write:
 *
 * Returns: (transfer full): the final text of @document as a Word file.
 */
GBytes *
resolute_docx_writer_write (ResoluteDocument  *document,
                            GError           **error)
{
  g_autoptr(ResoluteFinalText) text = NULL;
  g_autoptr(ResoluteZipWriter) zip = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(GHashTable) note_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) bookmarks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  Writer w = { 0 };
  gboolean ok;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = resolute_final_text_new (document);
  zip = resolute_zip_writer_new ();
  w.text = text;
  w.notes = notes;
  w.note_ids = note_ids;
  w.bookmarks = bookmarks;
  w.links = links;

  ok = write_content_types (zip, error) && write_package_relationships (zip, error)
       && write_document (&w, zip, error) && write_document_relationships (&w, zip, error)
       && write_styles (&w, zip, error) && write_settings (&w, zip, error)
       && write_footnotes (&w, zip, error) && write_footnote_relationships (&w, zip, error)
       && write_header (&w, zip, "word/header1.xml", 0, error)
       && write_header (&w, zip, "word/header2.xml", 1, error)
       && write_header (&w, zip, "word/header3.xml", 2, error)
       && write_footer (&w, zip, "word/footer1.xml", 0, error)
       && write_barcode_part (&w, zip, error)
       && write_footer (&w, zip, "word/footer2.xml", 1, error)
       && write_footer (&w, zip, "word/footer3.xml", 2, error)
       && write_properties (text, zip, error);
  g_clear_pointer (&w.xml, resolute_xml_writer_free);
  if (!ok)
    return NULL;

  return resolute_zip_writer_finish (zip, error);
}
