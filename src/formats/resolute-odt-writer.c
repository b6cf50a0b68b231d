/* resolute-odt-writer.c — writes the final text of a document as an OpenDocument text (.odt)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An ODF 1.2 package: the "mimetype" part first and stored, then
 * content.xml (one text:p per ResoluteFinalParagraph of
 * resolute-final-text.c, each naming a style; the paragraph number as text
 * and a tab; footnotes as text:note, the "*" notes with a text:label;
 * cross-references as text:a to text:bookmark), styles.xml (the named
 * styles, the notes configuration with a short separator rule, and two
 * master pages: "UN First page" with the masthead table in its header and
 * the job number, barcode text and "Please recycle" in its footer, then
 * "UN Page" with running heads and footers for right and left pages, the
 * symbol outside and "n/N" from page-number and page-count fields),
 * meta.xml (title, subject, language, and what the printed text does not
 * show as user-defined properties) and the manifest.
 *
 * No date or generator version is written: the same document gives the
 * same bytes.
 */

#define G_LOG_DOMAIN "resolute-odt-writer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "resolute-error.h"
#include "resolute-final-text.h"
#include "resolute-odt-writer.h"
#include "resolute-office-xml.h"
#include "resolute-zip-archive.h"

#define MIMETYPE "application/vnd.oasis.opendocument.text"

typedef struct
{
  ResoluteFinalText *text;
  ResoluteXmlWriter *xml;
  GHashTable        *note_ids;  /* footnote id → "ftnN" (owned) */
  GHashTable        *bookmarks;
  guint              n_notes;
  guint              n_changes;  /* tracked changes written so far */
  GPtrArray         *changes;    /* ChangeRecord, in the order of the text */
} Writer;

/* A tracked change of the text, listed in text:tracked-changes. */
typedef struct
{
  gboolean  inserted;
  char     *author;
  char     *deleted_text;
} ChangeRecord;

static void
change_record_free (ChangeRecord *record)
{
  g_free (record->author);
  g_free (record->deleted_text);
  g_free (record);
}

static const char * const namespaces[] = {
  "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  "xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  "xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  "xmlns:xlink", "http://www.w3.org/1999/xlink",
  "xmlns:dc", "http://purl.org/dc/elements/1.1/",
  "xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  "xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
};

static void
start_root (Writer     *w,
            const char *root)
{
  w->xml = resolute_xml_writer_new ();
  resolute_xml_start (w->xml, root);
  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i += 2)
    resolute_xml_attr (w->xml, namespaces[i], namespaces[i + 1]);
  resolute_xml_attr (w->xml, "office:version", "1.3");
}

static gboolean
finish_root (Writer             *w,
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

/* ------------------------------------------------------------------------ */
/* Text                                                                     */

/* Text with runs of spaces, tabs and line breaks as ODF elements. */
static void
write_text (Writer     *w,
            const char *text,
            gsize       length)
{
  const char *end = text + length;
  const char *start = text;
  const char *p = text;

  while (p < end)
    {
      gboolean tab = *p == '\t';
      gboolean line = *p == '\n' || g_str_has_prefix (p, "\u2028");
      gboolean spaces = *p == ' ' && (p == text || p + 1 == end || p[1] == ' ');

      if (!tab && !line && !spaces)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      resolute_xml_text (w->xml, start, p - start);
      if (tab)
        {
          resolute_xml_element (w->xml, "text:tab", NULL, NULL);
          p++;
        }
      else if (line)
        {
          resolute_xml_element (w->xml, "text:line-break", NULL, NULL);
          p = g_utf8_next_char (p);
        }
      else
        {
          guint n = 0;

          while (p < end && *p == ' ')
            {
              n++;
              p++;
            }
          resolute_xml_start (w->xml, "text:s");
          if (n > 1)
            resolute_xml_attr_printf (w->xml, "text:c", "%u", n);
          resolute_xml_end (w->xml);
        }
      start = p;
    }
  resolute_xml_text (w->xml, start, end - start);
}

static const char *
emphasis_style (gboolean italic,
                gboolean bold)
{
  if (italic && bold)
    return "ResT_BoldItalic";
  if (italic)
    return "ResT_Italic";
  if (bold)
    return "ResT_Bold";
  return NULL;
}

static void
write_span (Writer     *w,
            const char *style,
            const char *text,
            gsize       length)
{
  if (style != NULL)
    {
      resolute_xml_start (w->xml, "text:span");
      resolute_xml_attr (w->xml, "text:style-name", style);
    }
  write_text (w, text, length);
  if (style != NULL)
    resolute_xml_end (w->xml);
}

typedef struct
{
  Writer                       *w;
  const ResoluteFinalParagraph *paragraph;
} RunContext;

static void write_paragraph (Writer                       *w,
                             const ResoluteFinalParagraph *paragraph,
                             const char                   *style);

static void
write_note (Writer           *w,
            ResoluteFootnote *footnote)
{
  const char *label = resolute_footnote_get_label (footnote);
  const char *known = g_hash_table_lookup (w->note_ids, resolute_footnote_get_id (footnote));
  g_autofree char *name = NULL;
  ResoluteFinalParagraph body = { "ResFootnoteText", NULL, NULL, 0 };

  if (known != NULL)
    {
      /* a note cited again: a reference to its number */
      resolute_xml_start (w->xml, "text:span");
      resolute_xml_attr (w->xml, "text:style-name", "ResFootnoteMark");
      resolute_xml_start (w->xml, "text:note-ref");
      resolute_xml_attr (w->xml, "text:note-class", "footnote");
      resolute_xml_attr (w->xml, "text:reference-format", "text");
      resolute_xml_attr (w->xml, "text:ref-name", known);
      resolute_xml_text (w->xml, label, -1);
      resolute_xml_end (w->xml);
      resolute_xml_end (w->xml);
      return;
    }

  name = g_strdup_printf ("ftn%u", ++w->n_notes);
  g_hash_table_insert (w->note_ids, (gpointer) resolute_footnote_get_id (footnote),
                       g_strdup (name));
  resolute_xml_start (w->xml, "text:note");
  resolute_xml_attr (w->xml, "text:id", name);
  resolute_xml_attr (w->xml, "text:note-class", "footnote");
  resolute_xml_start (w->xml, "text:note-citation");
  if (label[0] == '*')
    resolute_xml_attr (w->xml, "text:label", label);
  resolute_xml_text (w->xml, label, -1);
  resolute_xml_end (w->xml);
  resolute_xml_start (w->xml, "text:note-body");
  body.content = (ResoluteInline *) resolute_footnote_get_content (footnote);
  write_paragraph (w, &body, NULL);
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);
}

static void
write_run (const ResoluteFinalRun *run,
           gpointer                user_data)
{
  RunContext *context = user_data;
  Writer *w = context->w;

  if (run->object != NULL && run->object->kind == RESOLUTE_OBJECT_NOTE_REF)
    {
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (w->text->document,
                                                                      run->object->target);

      if (footnote != NULL)
        write_note (w, footnote);
      return;
    }

  if (run->object != NULL)
    {
      g_autofree char *wording = resolute_final_text_render_object (w->text, context->paragraph,
                                                                    run->object);
      g_autofree char *href = g_strconcat ("#" RESOLUTE_FINAL_BOOKMARK_PREFIX, run->object->target,
                                           NULL);

      if (resolute_document_lookup_clause (w->text->document, run->object->target) == NULL)
        {
          write_span (w, emphasis_style (run->italic, run->bold), wording, strlen (wording));
          return;
        }
      resolute_xml_start (w->xml, "text:a");
      resolute_xml_attr (w->xml, "xlink:type", "simple");
      resolute_xml_attr (w->xml, "xlink:href", href);
      resolute_xml_attr (w->xml, "text:style-name", "ResCrossReference");
      resolute_xml_attr (w->xml, "text:visited-style-name", "ResCrossReference");
      write_span (w, emphasis_style (run->italic, run->bold), wording, strlen (wording));
      resolute_xml_end (w->xml);
      return;
    }

  if (run->deleted != NULL)
    {
      /* the deleted text is in the change's region; a mark stands here */
      g_autofree char *id = g_strdup_printf ("ct%u", ++w->n_changes);

      resolute_xml_element (w->xml, "text:change", "text:change-id", id);
      return;
    }
  if (run->inserted != NULL)
    {
      g_autofree char *id = g_strdup_printf ("ct%u", ++w->n_changes);

      resolute_xml_element (w->xml, "text:change-start", "text:change-id", id);
    }
  if (run->reference != NULL)
    {
      resolute_xml_start (w->xml, "text:a");
      resolute_xml_attr (w->xml, "xlink:type", "simple");
      resolute_xml_attr (w->xml, "xlink:href", run->reference);
    }

  if (run->opening)
    {
      resolute_xml_start (w->xml, "text:span");
      resolute_xml_attr (w->xml, "text:style-name", "ResOpening");
      write_span (w, emphasis_style (FALSE, run->bold), run->text, run->length);
      resolute_xml_end (w->xml);
    }
  else
    write_span (w, emphasis_style (run->italic, run->bold), run->text, run->length);

  if (run->reference != NULL)
    resolute_xml_end (w->xml);
  if (run->inserted != NULL)
    {
      g_autofree char *id = g_strdup_printf ("ct%u", w->n_changes);

      resolute_xml_element (w->xml, "text:change-end", "text:change-id", id);
    }
}

/* The first pass: the tracked changes of the body, in the order the second
 * pass meets them. */
static void
collect_change (const ResoluteFinalRun *run,
                gpointer                user_data)
{
  Writer *w = user_data;
  ChangeRecord *record;

  if (run->object != NULL && run->object->kind == RESOLUTE_OBJECT_NOTE_REF
      && !g_hash_table_contains (w->note_ids, run->object->target))
    {
      /* a note's changes come where the note is written, at its first mark */
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (w->text->document,
                                                                      run->object->target);
      ResoluteFinalParagraph body = { "ResFootnoteText", NULL, NULL, 0 };

      if (footnote == NULL)
        return;
      g_hash_table_insert (w->note_ids, (gpointer) resolute_footnote_get_id (footnote),
                           g_strdup (""));
      body.content = (ResoluteInline *) resolute_footnote_get_content (footnote);
      resolute_final_paragraph_foreach_run (&body, collect_change, w);
      return;
    }
  if (run->object != NULL || (run->inserted == NULL && run->deleted == NULL))
    return;
  record = g_new0 (ChangeRecord, 1);
  record->inserted = run->deleted == NULL;
  record->author = g_strdup (run->deleted != NULL ? run->deleted : run->inserted);
  if (run->deleted != NULL)
    record->deleted_text = g_strndup (run->text, run->length);
  g_ptr_array_add (w->changes, record);
}

static void
write_tracked_changes (Writer *w)
{
  GPtrArray *body = w->text->body;

  for (guint i = 0; i < body->len; i++)
    resolute_final_paragraph_foreach_run (g_ptr_array_index (body, i), collect_change, w);
  g_hash_table_remove_all (w->note_ids);
  if (w->changes->len == 0)
    return;

  resolute_xml_start (w->xml, "text:tracked-changes");
  for (guint i = 0; i < w->changes->len; i++)
    {
      ChangeRecord *record = g_ptr_array_index (w->changes, i);
      g_autofree char *id = g_strdup_printf ("ct%u", i + 1);

      resolute_xml_start (w->xml, "text:changed-region");
      resolute_xml_attr (w->xml, "text:id", id);
      resolute_xml_start (w->xml, record->inserted ? "text:insertion" : "text:deletion");
      resolute_xml_start (w->xml, "office:change-info");
      resolute_xml_text_element (w->xml, "dc:creator",
                                 *record->author != '\0' ? record->author : "Resolute");
      resolute_xml_text_element (w->xml, "dc:date", "1970-01-01T00:00:00");
      resolute_xml_end (w->xml);
      if (record->deleted_text != NULL)
        {
          resolute_xml_start (w->xml, "text:p");
          write_text (w, record->deleted_text, strlen (record->deleted_text));
          resolute_xml_end (w->xml);
        }
      resolute_xml_end (w->xml);
      resolute_xml_end (w->xml);
    }
  resolute_xml_end (w->xml);
}

static void
write_paragraph (Writer                       *w,
                 const ResoluteFinalParagraph *paragraph,
                 const char                   *style)
{
  RunContext context = { w, paragraph };

  resolute_xml_start (w->xml, "text:p");
  resolute_xml_attr (w->xml, "text:style-name", style != NULL ? style : paragraph->style);

  if (paragraph->bookmark != NULL && !g_hash_table_contains (w->bookmarks, paragraph->bookmark))
    {
      g_hash_table_add (w->bookmarks, paragraph->bookmark);
      resolute_xml_element (w->xml, "text:bookmark", "text:name", paragraph->bookmark);
    }
  if (paragraph->label != NULL)
    {
      write_text (w, paragraph->label, strlen (paragraph->label));
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
    }

  if (strcmp (paragraph->style, "ResMastheadSymbol") == 0
      && !resolute_inline_is_empty (paragraph->content))
    {
      const char *text = resolute_inline_get_text (paragraph->content);
      const char *second = g_utf8_next_char (text);

      write_span (w, "ResSymbolInitial", text, second - text);
      write_text (w, second, strlen (second));
    }
  else
    resolute_final_paragraph_foreach_run (paragraph, write_run, &context);

  resolute_xml_end (w->xml);
}

/* ------------------------------------------------------------------------ */
/* content.xml                                                              */

static void
text_style (ResoluteXmlWriter *xml,
            const char        *name,
            gboolean           italic,
            gboolean           bold)
{
  resolute_xml_start (xml, "style:style");
  resolute_xml_attr (xml, "style:name", name);
  resolute_xml_attr (xml, "style:family", "text");
  resolute_xml_start (xml, "style:text-properties");
  if (italic)
    resolute_xml_attr (xml, "fo:font-style", "italic");
  if (bold)
    resolute_xml_attr (xml, "fo:font-weight", "bold");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
}

static void
automatic_paragraph_style (ResoluteXmlWriter *xml,
                           const char        *name,
                           const char        *parent,
                           const char        *master_page,
                           gboolean           page_break)
{
  resolute_xml_start (xml, "style:style");
  resolute_xml_attr (xml, "style:name", name);
  resolute_xml_attr (xml, "style:family", "paragraph");
  resolute_xml_attr (xml, "style:parent-style-name", parent);
  if (master_page != NULL)
    resolute_xml_attr (xml, "style:master-page-name", master_page);
  if (page_break)
    {
      resolute_xml_start (xml, "style:paragraph-properties");
      resolute_xml_attr (xml, "fo:break-before", "page");
      resolute_xml_end (xml);
    }
  resolute_xml_end (xml);
}

static gboolean
write_content (Writer             *w,
               ResoluteZipWriter  *zip,
               GError            **error)
{
  GPtrArray *body = w->text->body;
  const char *first_style = body->len > 0
                              ? ((ResoluteFinalParagraph *) g_ptr_array_index (body, 0))->style
                              : "ResNormal";

  start_root (w, "office:document-content");
  resolute_xml_start (w->xml, "office:automatic-styles");
  text_style (w->xml, "ResT_Italic", TRUE, FALSE);
  text_style (w->xml, "ResT_Bold", FALSE, TRUE);
  text_style (w->xml, "ResT_BoldItalic", TRUE, TRUE);
  automatic_paragraph_style (w->xml, "ResP_First", first_style, "ResPage", FALSE);
  automatic_paragraph_style (w->xml, "ResP_AnnexBreak", "ResAnnex", NULL, TRUE);
  resolute_xml_end (w->xml);

  resolute_xml_start (w->xml, "office:body");
  resolute_xml_start (w->xml, "office:text");
  write_tracked_changes (w);
  w->n_changes = 0;
  for (guint i = 0; i < body->len; i++)
    {
      ResoluteFinalParagraph *paragraph = g_ptr_array_index (body, i);
      const char *style = NULL;

      if (i == 0)
        style = "ResP_First";
      else if (paragraph->page_break)
        style = "ResP_AnnexBreak";
      write_paragraph (w, paragraph, style);
    }
  if (body->len == 0)
    resolute_xml_element (w->xml, "text:p", "text:style-name", "ResP_First");
  resolute_xml_end (w->xml);
  resolute_xml_end (w->xml);

  return finish_root (w, zip, "content.xml", error);
}

/* ------------------------------------------------------------------------ */
/* styles.xml                                                               */

static void
write_named_style (Writer                   *w,
                   const ResoluteFinalStyle *style)
{
  static const char * const alignments[] = { "justify", "start", "end", "center" };
  ResoluteXmlWriter *xml = w->xml;

  resolute_xml_start (xml, "style:style");
  resolute_xml_attr (xml, "style:name", style->id);
  resolute_xml_attr (xml, "style:display-name", style->name);
  resolute_xml_attr (xml, "style:family", style->paragraph ? "paragraph" : "text");
  if (style->parent != NULL)
    resolute_xml_attr (xml, "style:parent-style-name", style->parent);
  if (style->next != NULL)
    resolute_xml_attr (xml, "style:next-style-name", style->next);

  if (style->paragraph)
    {
      resolute_xml_start (xml, "style:paragraph-properties");
      resolute_xml_attr_points (xml, "fo:margin-left", style->left, "pt");
      resolute_xml_attr_points (xml, "fo:margin-right", style->right, "pt");
      resolute_xml_attr_points (xml, "fo:text-indent", style->first, "pt");
      resolute_xml_attr_points (xml, "fo:margin-top", style->before, "pt");
      resolute_xml_attr_points (xml, "fo:margin-bottom", style->after, "pt");
      if (style->line > 0)
        resolute_xml_attr_points (xml, "fo:line-height", style->line, "pt");
      else
        resolute_xml_attr (xml, "fo:line-height", "100%");
      resolute_xml_attr (xml, "fo:text-align", alignments[style->align]);
      if (style->align == RESOLUTE_FINAL_ALIGN_JUSTIFY)
        resolute_xml_attr (xml, "fo:text-align-last", "start");
      if (style->keep_next)
        resolute_xml_attr (xml, "fo:keep-with-next", "always");
      if (style->keep_together)
        resolute_xml_attr (xml, "fo:keep-together", "always");
      if (strcmp (style->id, "ResHeader") == 0)
        {
          resolute_xml_attr (xml, "fo:border-bottom", "0.5pt solid #000000");
          resolute_xml_attr (xml, "fo:padding-bottom", "1pt");
        }
      if (style->tab > 0 || style->right_tab || style->first < 0)
        {
          resolute_xml_start (xml, "style:tab-stops");
          resolute_xml_start (xml, "style:tab-stop");
          if (style->right_tab)
            {
              resolute_xml_attr_points (xml, "style:position", RESOLUTE_FINAL_FRAME_WIDTH, "pt");
              resolute_xml_attr (xml, "style:type", "right");
            }
          else
            resolute_xml_attr_points (xml, "style:position", style->tab, "pt");
          resolute_xml_end (xml);
          resolute_xml_end (xml);
        }
      resolute_xml_end (xml);
    }

  resolute_xml_start (xml, "style:text-properties");
  if (style->size > 0)
    {
      resolute_xml_attr_points (xml, "fo:font-size", style->size, "pt");
      resolute_xml_attr_points (xml, "style:font-size-complex", style->size, "pt");
    }
  if (style->bold)
    resolute_xml_attr (xml, "fo:font-weight", "bold");
  if (style->italic)
    resolute_xml_attr (xml, "fo:font-style", "italic");
  if (style->superscript)
    resolute_xml_attr (xml, "style:text-position", "super 58%");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
}

static void
write_page_layout (Writer *w)
{
  ResoluteXmlWriter *xml = w->xml;

  resolute_xml_start (xml, "style:page-layout");
  resolute_xml_attr (xml, "style:name", "ResPageLayout");
  resolute_xml_attr (xml, "style:page-usage", "mirrored");
  resolute_xml_start (xml, "style:page-layout-properties");
  resolute_xml_attr_points (xml, "fo:page-width", RESOLUTE_FINAL_PAGE_WIDTH, "pt");
  resolute_xml_attr_points (xml, "fo:page-height", RESOLUTE_FINAL_PAGE_HEIGHT, "pt");
  resolute_xml_attr (xml, "style:print-orientation", "portrait");
  resolute_xml_attr_points (xml, "fo:margin-top", RESOLUTE_FINAL_HEADER_TOP, "pt");
  resolute_xml_attr_points (xml, "fo:margin-bottom", RESOLUTE_FINAL_FOOTER_BOTTOM, "pt");
  resolute_xml_attr_points (xml, "fo:margin-left", RESOLUTE_FINAL_MARGIN_SIDE, "pt");
  resolute_xml_attr_points (xml, "fo:margin-right", RESOLUTE_FINAL_MARGIN_SIDE, "pt");
  resolute_xml_start (xml, "style:footnote-sep");
  resolute_xml_attr (xml, "style:width", "0.5pt");
  resolute_xml_attr (xml, "style:rel-width", "25%");
  resolute_xml_attr (xml, "style:color", "#000000");
  resolute_xml_attr (xml, "style:line-style", "solid");
  resolute_xml_attr (xml, "style:adjustment", "left");
  resolute_xml_attr (xml, "style:distance-before-sep", "6pt");
  resolute_xml_attr (xml, "style:distance-after-sep", "4pt");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:header-style");
  resolute_xml_start (xml, "style:header-footer-properties");
  resolute_xml_attr (xml, "fo:min-height", "0pt");
  resolute_xml_attr_points (xml, "fo:margin-bottom",
                            RESOLUTE_FINAL_MARGIN_TOP - RESOLUTE_FINAL_HEADER_TOP - 12, "pt");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:footer-style");
  resolute_xml_start (xml, "style:header-footer-properties");
  resolute_xml_attr (xml, "fo:min-height", "0pt");
  resolute_xml_attr_points (xml, "fo:margin-top",
                            RESOLUTE_FINAL_MARGIN_BOTTOM - RESOLUTE_FINAL_FOOTER_BOTTOM - 12, "pt");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
  resolute_xml_end (xml);
}

static void
table_style (ResoluteXmlWriter *xml,
             const char        *name,
             const char        *family,
             const char        *property,
             const char        *value)
{
  g_autofree char *properties = g_strconcat ("style:", family, "-properties", NULL);

  resolute_xml_start (xml, "style:style");
  resolute_xml_attr (xml, "style:name", name);
  resolute_xml_attr (xml, "style:family", family);
  resolute_xml_start (xml, properties);
  resolute_xml_attr (xml, property, value);
  if (strcmp (family, "table-cell") == 0)
    {
      resolute_xml_attr (xml, "fo:padding", "0pt");
      resolute_xml_attr (xml, "style:vertical-align", "bottom");
    }
  if (strcmp (family, "table") == 0)
    resolute_xml_attr (xml, "table:align", "left");
  resolute_xml_end (xml);
  resolute_xml_end (xml);
}

static void
write_masthead_table (Writer *w)
{
  static const char * const cells[] = { "ResMastheadCell1", "ResMastheadCell2",
                                        "ResMastheadCell3" };
  ResoluteXmlWriter *xml = w->xml;

  resolute_xml_start (xml, "table:table");
  resolute_xml_attr (xml, "table:name", "Masthead");
  resolute_xml_attr (xml, "table:style-name", "ResMastheadTable");
  resolute_xml_element (xml, "table:table-column", "table:style-name", "ResMastheadColumnLeft");
  resolute_xml_element (xml, "table:table-column", "table:style-name", "ResMastheadColumnRight");
  for (guint row = 0; row < 3; row++)
    {
      resolute_xml_start (xml, "table:table-row");
      for (guint c = 0; c < 2; c++)
        {
          GPtrArray *paragraphs = w->text->masthead[row * 2 + c];

          resolute_xml_start (xml, "table:table-cell");
          resolute_xml_attr (xml, "table:style-name", cells[row]);
          resolute_xml_attr (xml, "office:value-type", "string");
          for (guint i = 0; i < paragraphs->len; i++)
            write_paragraph (w, g_ptr_array_index (paragraphs, i), NULL);
          resolute_xml_end (xml);
        }
      resolute_xml_end (xml);
    }
  resolute_xml_end (xml);
}

static void
write_page_number (Writer *w)
{
  resolute_xml_start (w->xml, "text:page-number");
  resolute_xml_attr (w->xml, "text:select-page", "current");
  resolute_xml_text (w->xml, "1", -1);
  resolute_xml_end (w->xml);
  resolute_xml_text (w->xml, "/", -1);
  resolute_xml_text_element (w->xml, "text:page-count", "1");
}

static void
write_running_head (Writer   *w,
                    gboolean  odd)
{
  ResoluteFinalText *text = w->text;

  resolute_xml_start (w->xml, "text:p");
  resolute_xml_attr (w->xml, "text:style-name", "ResHeader");
  if (odd)
    {
      write_text (w, text->title, strlen (text->title));
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
      write_span (w, "ResHeadSymbol", text->symbol, strlen (text->symbol));
    }
  else
    {
      write_span (w, "ResHeadSymbol", text->symbol, strlen (text->symbol));
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
      write_text (w, text->title, strlen (text->title));
    }
  resolute_xml_end (w->xml);
}

static void
write_running_foot (Writer   *w,
                    gboolean  odd)
{
  const char *job = w->text->job_short != NULL ? w->text->job_short : "";

  resolute_xml_start (w->xml, "text:p");
  resolute_xml_attr (w->xml, "text:style-name", "ResFooter");
  if (odd)
    {
      write_text (w, job, strlen (job));
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
      write_page_number (w);
    }
  else
    {
      write_page_number (w);
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
      write_text (w, job, strlen (job));
    }
  resolute_xml_end (w->xml);
}

static void
write_first_foot (Writer *w)
{
  ResoluteFinalText *text = w->text;
  const char *recycle = resolute_language_get_word (resolute_document_get_language (text->document),
                                                    "PleaseRecycle");

  resolute_xml_start (w->xml, "text:p");
  resolute_xml_attr (w->xml, "text:style-name", "ResFooterJob");
  if (text->job != NULL)
    write_text (w, text->job, strlen (text->job));
  if (text->date_code != NULL)
    {
      resolute_xml_element (w->xml, "text:tab", NULL, NULL);
      write_text (w, text->date_code, strlen (text->date_code));
    }
  resolute_xml_end (w->xml);
  /* the barcode image, with its text as the image's title, and "Please
   * recycle" at the right edge of the same line */
  resolute_xml_start (w->xml, "text:p");
  resolute_xml_attr (w->xml, "text:style-name", "ResRecycle");
  if (text->barcode_png != NULL)
    {
      resolute_xml_start (w->xml, "draw:frame");
      resolute_xml_attr (w->xml, "draw:name", "Barcode");
      resolute_xml_attr (w->xml, "text:anchor-type", "as-char");
      resolute_xml_attr_points (w->xml, "svg:width", text->barcode_width, "pt");
      resolute_xml_attr_points (w->xml, "svg:height", text->barcode_height, "pt");
      resolute_xml_start (w->xml, "draw:image");
      resolute_xml_attr (w->xml, "xlink:href", "Pictures/barcode.png");
      resolute_xml_attr (w->xml, "xlink:type", "simple");
      resolute_xml_attr (w->xml, "xlink:show", "embed");
      resolute_xml_attr (w->xml, "xlink:actuate", "onLoad");
      resolute_xml_end (w->xml);
      resolute_xml_text_element (w->xml, "svg:title", text->barcode);
      resolute_xml_end (w->xml);
    }
  else if (text->barcode != NULL)
    write_span (w, "ResBarcode", text->barcode, strlen (text->barcode));
  resolute_xml_element (w->xml, "text:tab", NULL, NULL);
  write_text (w, recycle, strlen (recycle));
  resolute_xml_end (w->xml);
}

static gboolean
write_styles (Writer             *w,
              ResoluteZipWriter  *zip,
              GError            **error)
{
  guint n_styles;
  const ResoluteFinalStyle *all = resolute_final_text_get_styles (&n_styles);
  ResoluteXmlWriter *xml;
  g_autofree char *left_width = NULL;

  start_root (w, "office:document-styles");
  xml = w->xml;

  resolute_xml_start (xml, "office:font-face-decls");
  resolute_xml_start (xml, "style:font-face");
  resolute_xml_attr (xml, "style:name", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (xml, "svg:font-family", "'" RESOLUTE_FINAL_FONT "'");
  resolute_xml_attr (xml, "style:font-family-generic", "roman");
  resolute_xml_attr (xml, "style:font-pitch", "variable");
  resolute_xml_end (xml);
  resolute_xml_end (xml);

  resolute_xml_start (xml, "office:styles");
  resolute_xml_start (xml, "style:default-style");
  resolute_xml_attr (xml, "style:family", "paragraph");
  resolute_xml_start (xml, "style:paragraph-properties");
  resolute_xml_attr (xml, "style:tab-stop-distance", "1cm");
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:text-properties");
  resolute_xml_attr (xml, "style:font-name", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (xml, "style:font-name-complex", RESOLUTE_FINAL_FONT);
  resolute_xml_attr (xml, "fo:font-size", "10pt");
  resolute_xml_attr (xml, "fo:language", w->text->language);
  resolute_xml_attr (xml, "fo:country", "none");
  resolute_xml_end (xml);
  resolute_xml_end (xml);

  for (guint i = 0; i < n_styles; i++)
    write_named_style (w, &all[i]);

  resolute_xml_start (xml, "text:notes-configuration");
  resolute_xml_attr (xml, "text:note-class", "footnote");
  resolute_xml_attr (xml, "text:citation-style-name", "ResFootnoteMark");
  resolute_xml_attr (xml, "text:citation-body-style-name", "ResFootnoteMark");
  resolute_xml_attr (xml, "text:default-style-name", "ResFootnoteText");
  resolute_xml_attr (xml, "style:num-format", "1");
  resolute_xml_attr (xml, "text:start-value", "0");
  resolute_xml_attr (xml, "text:footnotes-position", "page");
  resolute_xml_attr (xml, "text:start-numbering-at", "document");
  resolute_xml_end (xml);
  resolute_xml_end (xml);

  resolute_xml_start (xml, "office:automatic-styles");
  write_page_layout (w);
  left_width = g_strdup_printf ("%gpt", 312.0);
  table_style (xml, "ResMastheadTable", "table", "style:width", "468pt");
  table_style (xml, "ResMastheadColumnLeft", "table-column", "style:column-width", left_width);
  table_style (xml, "ResMastheadColumnRight", "table-column", "style:column-width", "156pt");
  table_style (xml, "ResMastheadCell1", "table-cell", "fo:border-bottom", "3pt solid #000000");
  table_style (xml, "ResMastheadCell2", "table-cell", "fo:border-bottom", "1pt solid #000000");
  table_style (xml, "ResMastheadCell3", "table-cell", "fo:border", "none");
  resolute_xml_end (xml);

  /* one master page: its first page carries the masthead and the job
   * number (ODF 1.3's header-first and footer-first), right and left
   * pages the running heads */
  resolute_xml_start (xml, "office:master-styles");
  resolute_xml_start (xml, "style:master-page");
  resolute_xml_attr (xml, "style:name", "ResPage");
  resolute_xml_attr (xml, "style:display-name", "UN Page");
  resolute_xml_attr (xml, "style:page-layout-name", "ResPageLayout");
  resolute_xml_start (xml, "style:header");
  write_running_head (w, TRUE);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:header-left");
  write_running_head (w, FALSE);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:header-first");
  write_masthead_table (w);
  resolute_xml_element (xml, "text:p", "text:style-name", "ResMastheadLeft");
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:footer");
  write_running_foot (w, TRUE);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:footer-left");
  write_running_foot (w, FALSE);
  resolute_xml_end (xml);
  resolute_xml_start (xml, "style:footer-first");
  write_first_foot (w);
  resolute_xml_end (xml);
  resolute_xml_end (xml);
  resolute_xml_end (xml);

  return finish_root (w, zip, "styles.xml", error);
}

/* ------------------------------------------------------------------------ */
/* meta.xml and the manifest                                                */

static gboolean
write_meta (Writer             *w,
            ResoluteZipWriter  *zip,
            GError            **error)
{
  ResoluteFinalText *text = w->text;

  start_root (w, "office:document-meta");
  resolute_xml_start (w->xml, "office:meta");
  resolute_xml_text_element (w->xml, "meta:generator", "Resolute");
  resolute_xml_text_element (w->xml, "dc:title", *text->title != '\0' ? text->title : text->symbol);
  resolute_xml_text_element (w->xml, "dc:subject", text->symbol);
  resolute_xml_text_element (w->xml, "dc:language", text->language);
  for (guint i = 0; i + 1 < text->properties->len; i += 2)
    {
      resolute_xml_start (w->xml, "meta:user-defined");
      resolute_xml_attr (w->xml, "meta:name", g_ptr_array_index (text->properties, i));
      resolute_xml_text (w->xml, g_ptr_array_index (text->properties, i + 1), -1);
      resolute_xml_end (w->xml);
    }
  resolute_xml_end (w->xml);
  return finish_root (w, zip, "meta.xml", error);
}

static gboolean
write_manifest (ResoluteZipWriter  *zip,
                gboolean            barcode,
                GError            **error)
{
  static const char * const entries[] = {
    "/", MIMETYPE,
    "content.xml", "text/xml",
    "styles.xml", "text/xml",
    "meta.xml", "text/xml",
  };
  g_autoptr(ResoluteXmlWriter) xml = resolute_xml_writer_new ();
  g_autoptr(GBytes) bytes = NULL;

  resolute_xml_start (xml, "manifest:manifest");
  resolute_xml_attr (xml, "xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  resolute_xml_attr (xml, "manifest:version", "1.3");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i += 2)
    {
      resolute_xml_start (xml, "manifest:file-entry");
      resolute_xml_attr (xml, "manifest:full-path", entries[i]);
      if (i == 0)
        resolute_xml_attr (xml, "manifest:version", "1.3");
      resolute_xml_attr (xml, "manifest:media-type", entries[i + 1]);
      resolute_xml_end (xml);
    }
  if (barcode)
    {
      resolute_xml_start (xml, "manifest:file-entry");
      resolute_xml_attr (xml, "manifest:full-path", "Pictures/barcode.png");
      resolute_xml_attr (xml, "manifest:media-type", "image/png");
      resolute_xml_end (xml);
    }
  resolute_xml_end (xml);
  bytes = resolute_xml_writer_finish (xml, error);
  if (bytes == NULL)
    return FALSE;
  resolute_zip_writer_add (zip, "META-INF/manifest.xml", bytes, TRUE);
  return TRUE;
}

/**
 * resolute_odt_writer_write:
 *
 * Returns: (transfer full): the final text of @document as an OpenDocument
 * text.
 */
GBytes *
resolute_odt_writer_write (ResoluteDocument  *document,
                           GError           **error)
{
  g_autoptr(ResoluteFinalText) text = NULL;
  g_autoptr(ResoluteZipWriter) zip = NULL;
  g_autoptr(GBytes) mimetype = g_bytes_new_static (MIMETYPE, strlen (MIMETYPE));
  g_autoptr(GHashTable) note_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) bookmarks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) changes = NULL;
  Writer w = { 0 };
  gboolean ok;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = resolute_final_text_new (document);
  zip = resolute_zip_writer_new ();
  w.text = text;
  w.note_ids = note_ids;
  w.bookmarks = bookmarks;
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_record_free);
  w.changes = changes;

  /* the ODF package rules: "mimetype" first, stored */
  resolute_zip_writer_add (zip, "mimetype", mimetype, FALSE);
  ok = write_content (&w, zip, error) && write_styles (&w, zip, error)
       && write_meta (&w, zip, error) && write_manifest (zip, text->barcode_png != NULL, error);
  if (ok && text->barcode_png != NULL)
    resolute_zip_writer_add (zip, "Pictures/barcode.png", text->barcode_png, FALSE);
  g_clear_pointer (&w.xml, resolute_xml_writer_free);
  if (!ok)
    return NULL;

  return resolute_zip_writer_finish (zip, error);
}
