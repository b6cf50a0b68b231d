/* resolute-akn-writer.c — saves a document as Akoma Ntoso 3.0 (AKN4UN)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The native file format (DESIGN.md §3). A resolution is written as
 *
 *   <akomaNtoso><statement name="resolution">
 *     <meta>        identification (FRBR Work/Expression/Manifestation),
 *                   references (the organ and the sponsors as TLCOrganization),
 *                   notes (only footnotes that lost their mark),
 *                   proprietary (our namespace: every metadata field, kind,
 *                   organ, distribution, sponsors, agenda items)
 *     <preface>     the masthead, the adoption or sponsors line, the title,
 *                   with the "*" notes where they are printed
 *     <preamble>    <formula name="enactingFormula">, one <container> per
 *                   preambular paragraph (sub-paragraphs as blockList/item,
 *                   closing text as listWrapUp)
 *     <mainBody>    <paragraph>, sub-paragraphs as list/intro/point/wrapUp
 *     <conclusions> meeting and date of adoption
 *     <attachments> one <attachment><doc name="annex"> per annex; headings
 *                   open an <hcontainer name="section">
 *
 * Numbers are written as text in <num> and eIds follow them; the identity
 * of a clause (its id) is the GUID attribute. Footnotes are authorialNotes
 * at their first mark, later marks are <noteRef>s. The editor state AKN has
 * no place for goes into attributes of our namespace (core attributes allow
 * any foreign attribute): res:opening="manual" on a clause whose opening
 * phrase is not italicized automatically, res:auto="opening" on the <i> of
 * an automatic opening, res:target and res:crossRef on cross-references.
 *
 * Output is indented between block elements only, never inside text, and
 * carries no date or version of its own: the same document gives the same
 * bytes, and every file validates against akomantoso30.xsd.
 */

#define G_LOG_DOMAIN "resolute-akn-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libxml/uri.h>
#include <libxml/xmlwriter.h>

#include "resolute-akn-names.h"
#include "resolute-akn-writer.h"
#include "resolute-error.h"

#define RES_ATTR(name) RESOLUTE_AKN_RES ":" name
#define RES_ELEMENT(name) RESOLUTE_AKN_RES ":" name
#define SOURCE "#resolute"
#define UNKNOWN_DATE "0001-01-01"

typedef struct
{
  xmlTextWriterPtr        xml;
  guint                   depth;
  gboolean                failed;
  ResoluteDocument       *document;
  const ResoluteLanguage *language;
  guint                   n_clauses;
  GPtrArray              *eids;       /* eId of each clause, by position (NULL when none) */
  GHashTable             *used_eids;  /* every eId written, for uniqueness */
  GHashTable             *clause_eid; /* clause id → eId (borrowed from eids) */
  GHashTable             *note_eids;  /* footnote id → eId (owned) */
  GHashTable             *notes_done; /* footnote ids whose note is written */
  GHashTable             *marked;     /* footnote ids with a mark in the text */
} Writer;

/* ------------------------------------------------------------------------ */
/* Low-level output                                                          */

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD && c != 0xFFFC) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Drops what XML 1.0 cannot carry (control characters) and U+FFFC, which
 * only stands for objects written as elements. */
static char *
xml_clean (const char *text,
           gssize      length)
{
  const char *end;
  GString *out;

  if (length < 0)
    length = strlen (text);
  end = text + length;
  out = g_string_sized_new (length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (is_xml_char (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
check (Writer *w,
       int     result)
{
  if (result < 0)
    w->failed = TRUE;
}

static void
newline (Writer *w)
{
  g_autofree char *indent = g_strnfill (w->depth * 2, ' ');
  g_autofree char *text = g_strconcat ("\n", indent, NULL);

  check (w, xmlTextWriterWriteString (w->xml, (const xmlChar *) text));
}

/* Opens an element that holds elements: it is indented and its end tag
 * goes on a line of its own (end_block). */
static void
start_block (Writer     *w,
             const char *name)
{
  newline (w);
  check (w, xmlTextWriterStartElement (w->xml, (const xmlChar *) name));
  w->depth++;
}

static void
end_block (Writer *w)
{
  w->depth--;
  newline (w);
  check (w, xmlTextWriterEndElement (w->xml));
}

/* Opens an element that holds text or nothing: indented, closed by end(). */
static void
start_leaf (Writer     *w,
            const char *name)
{
  newline (w);
  check (w, xmlTextWriterStartElement (w->xml, (const xmlChar *) name));
}

/* Opens an element inside text. */
static void
start_inline (Writer     *w,
              const char *name)
{
  check (w, xmlTextWriterStartElement (w->xml, (const xmlChar *) name));
}

static void
end (Writer *w)
{
  check (w, xmlTextWriterEndElement (w->xml));
}

static void
attr (Writer     *w,
      const char *name,
      const char *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return;
  clean = xml_clean (value, -1);
  check (w, xmlTextWriterWriteAttribute (w->xml, (const xmlChar *) name, (const xmlChar *) clean));
}

static void
attr_printf (Writer     *w,
             const char *name,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
attr_printf (Writer     *w,
             const char *name,
             const char *format,
             ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  attr (w, name, value);
}

static void
text_len (Writer     *w,
          const char *text,
          gssize      length)
{
  g_autofree char *clean = NULL;

  if (text == NULL || length == 0 || *text == '\0')
    return;
  clean = xml_clean (text, length);
  if (*clean != '\0')
    check (w, xmlTextWriterWriteString (w->xml, (const xmlChar *) clean));
}

static void
text (Writer     *w,
      const char *value)
{
  text_len (w, value, -1);
}

/* <name attr="value"/> on a line of its own */
static void
empty_element (Writer     *w,
               const char *name,
               const char *attr_name,
               const char *attr_value)
{
  start_leaf (w, name);
  attr (w, attr_name, attr_value);
  end (w);
}

/* <p class="…">text</p> */
static void
text_paragraph (Writer     *w,
                const char *class_name,
                const char *value)
{
  start_leaf (w, "p");
  attr (w, "class", class_name);
  text (w, value);
  end (w);
}

/* ------------------------------------------------------------------------ */
/* Names                                                                     */

/* Whether @value is an xsd:anyURI as schema validators check it: what
 * libxml2 accepts once the characters it tolerates are set aside. */
static gboolean
valid_uri (const char *value)
{
  g_autofree char *copy = g_strdup (value);
  xmlURIPtr uri;

  if (*copy == '\0')
    return TRUE;
  for (char *p = copy; *p != '\0'; p++)
    if ((guchar) *p < 32 || (guchar) *p >= 127 || strchr (" <>\"{}|\\^`'", *p) != NULL)
      *p = '_';
  uri = xmlParseURI (copy);
  if (uri == NULL)
    return FALSE;
  xmlFreeURI (uri);
  return TRUE;
}

/* Writes @value as the href of a reference; one that is not a valid URI
 * ("[see] 50%") is written escaped, and kept as it is in res:href. */
static void
href_attr (Writer     *w,
           const char *value)
{
  g_autofree char *clean = xml_clean (value, -1);
  g_autofree char *escaped = NULL;

  if (valid_uri (clean))
    {
      attr (w, "href", clean);
      return;
    }

  escaped = g_uri_escape_string (clean, "!$&'()*+,;=:@/?#~", TRUE);
  attr (w, "href", valid_uri (escaped) ? escaped : "#");
  attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_HREF), clean);
}

/* The GUID of a clause or footnote: its id, unless the id is not one the
 * schema allows (white space), which then goes into res:guid. */
static void
guid_attr (Writer     *w,
           const char *id)
{
  for (const char *p = id; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      {
        attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_GUID), id);
        return;
      }
  attr (w, "GUID", *id != '\0' ? id : NULL);
  if (*id == '\0')
    attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_GUID), id);
}

static gboolean
valid_date (const char *value)
{
  guint y, m, d;

  return value != NULL && strlen (value) == 10 && value[4] == '-' && value[7] == '-'
         && sscanf (value, "%4u-%2u-%2u", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y);
}

static const char *
field (Writer        *w,
       ResoluteField  which)
{
  const char *value = resolute_document_get_field (w->document, which);

  return value != NULL && *value != '\0' ? value : NULL;
}

/* Registers @eid as used; returns it or, when taken, a variant with a suffix. */
static char *
unique_eid (Writer     *w,
            const char *eid)
{
  char *candidate = g_strdup (eid);

  for (guint n = 2; g_hash_table_contains (w->used_eids, candidate); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s_%u", eid, n);
    }
  g_hash_table_add (w->used_eids, g_strdup (candidate));

  return candidate;
}

static char *
clause_component (ResoluteClause *clause,
                  guint           fallback)
{
  char *component = resolute_akn_eid_component (resolute_clause_get_label (clause));

  return component != NULL ? component : g_strdup_printf ("%u", fallback);
}

/* The eId of each clause, following the structure the body is written in:
 *   preamble__container_1, preamble__container_1__list_1__item_a
 *   para_2, para_2__list_1__point_b__list_1__point_i, para_2__list_1__wrap
 *   att_1, att_1__para_1, att_1__sec_2, att_1__sec_2__para_1, att_1__para_unn_1 */
static void
compute_eids (Writer *w)
{
  char *parents[RESOLUTE_CLAUSE_MAX_LEVEL + 1] = { NULL };
  g_autofree char *annex_prefix = NULL;
  g_autofree char *section_prefix = NULL;
  guint n_preambular = 0;
  guint n_operative = 0;
  guint n_annexes = 0;
  guint n_sections = 0;
  guint n_unnumbered = 0;
  guint counters[RESOLUTE_CLAUSE_MAX_LEVEL + 1] = { 0 };

  for (guint i = 0; i < w->n_clauses; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (w->document, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);
      guint level = resolute_clause_get_level (clause);
      g_autofree char *wanted = NULL;
      char *eid;

      if (resolute_clause_get_continuation (clause))
        {
          const char *parent = parents[level] != NULL ? parents[level] : "body";

          wanted = g_strdup_printf ("%s__list_1__wrap", parent);
        }
      else if (level > 0)
        {
          const char *parent = parents[level - 1] != NULL ? parents[level - 1] : "body";
          g_autofree char *component = clause_component (clause, ++counters[level]);

          wanted = g_strdup_printf ("%s__list_1__%s_%s", parent,
                                    kind == RESOLUTE_CLAUSE_PREAMBULAR ? "item" : "point",
                                    component);
        }
      else
        {
          for (guint l = 0; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
            counters[l] = 0;

          switch (kind)
            {
            case RESOLUTE_CLAUSE_PREAMBULAR:
              wanted = g_strdup_printf ("preamble__container_%u", ++n_preambular);
              break;

            case RESOLUTE_CLAUSE_OPERATIVE:
              {
                g_autofree char *component = clause_component (clause, n_operative + 1);

                n_operative++;
                wanted = g_strdup_printf ("para_%s", component);
              }
              break;

            case RESOLUTE_CLAUSE_ANNEX:
              g_free (annex_prefix);
              annex_prefix = g_strdup_printf ("att_%u", ++n_annexes);
              g_clear_pointer (&section_prefix, g_free);
              n_sections = 0;
              n_unnumbered = 0;
              wanted = g_strdup (annex_prefix);
              break;

            case RESOLUTE_CLAUSE_ANNEX_HEADING:
              g_free (section_prefix);
              section_prefix = g_strdup_printf ("%s__sec_%u",
                                                annex_prefix != NULL ? annex_prefix : "att_0",
                                                ++n_sections);
              n_unnumbered = 0;
              wanted = g_strdup (section_prefix);
              break;

            case RESOLUTE_CLAUSE_ANNEX_PARAGRAPH:
              {
                g_autofree char *component = clause_component (clause, i + 1);

                wanted = g_strdup_printf ("%s__para_%s",
                                          section_prefix != NULL ? section_prefix
                                          : annex_prefix != NULL ? annex_prefix
                                                                 : "att_0",
                                          component);
              }
              break;

            case RESOLUTE_CLAUSE_ANNEX_TEXT:
            default:
              wanted = g_strdup_printf ("%s__para_unn_%u",
                                        section_prefix != NULL ? section_prefix
                                        : annex_prefix != NULL ? annex_prefix
                                                               : "att_0",
                                        ++n_unnumbered);
              break;
            }
        }

      eid = unique_eid (w, wanted);
      g_ptr_array_add (w->eids, eid);
      g_hash_table_insert (w->clause_eid, (gpointer) resolute_clause_get_id (clause), eid);

      if (!resolute_clause_get_continuation (clause))
        {
          g_free (parents[level]);
          parents[level] = g_strdup (eid);
          for (guint l = level + 1; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
            {
              g_clear_pointer (&parents[l], g_free);
              counters[l] = 0;
            }
        }
    }

  for (guint l = 0; l <= RESOLUTE_CLAUSE_MAX_LEVEL; l++)
    g_free (parents[l]);
}

static void
collect_marks (Writer *w)
{
  for (guint i = 0; i < w->n_clauses; i++)
    {
      const ResoluteInline *content =
        resolute_clause_get_content (resolute_document_get_clause (w->document, i));

      for (guint j = 0, n = resolute_inline_get_n_objects (content); j < n; j++)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, j);

          if (object->kind == RESOLUTE_OBJECT_NOTE_REF)
            g_hash_table_add (w->marked, object->target);
        }
    }
}

static void
compute_note_eids (Writer *w)
{
  GListModel *footnotes = resolute_document_get_footnotes (w->document);
  guint orphans = 0;

  for (guint i = 0, n = g_list_model_get_n_items (footnotes); i < n; i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);
      ResoluteNoteAnchor anchor = resolute_footnote_get_anchor (footnote);
      g_autofree char *wanted = NULL;

      if (anchor != RESOLUTE_NOTE_ANCHOR_TEXT)
        wanted = g_strdup_printf ("fn_%s", resolute_akn_anchor_to_string (anchor));
      else if (!g_hash_table_contains (w->marked, resolute_footnote_get_id (footnote)))
        wanted = g_strdup_printf ("fn_unmarked_%u", ++orphans);
      else
        {
          const char *label = resolute_footnote_get_label (footnote);
          g_autofree char *component = resolute_akn_eid_component (label);

          wanted = g_strdup_printf ("fn_%s", component != NULL ? component : "x");
        }

      g_hash_table_insert (w->note_eids, g_strdup (resolute_footnote_get_id (footnote)),
                           unique_eid (w, wanted));
    }
}

/* ------------------------------------------------------------------------ */
/* Inline content                                                            */

#define AUTO_OPENING G_MAXUINT

typedef struct
{
  guint index; /* span index, or AUTO_OPENING */
  guint end;
  guint order;
} Mark;

static guint
kind_order (ResoluteSpanKind kind)
{
  switch (kind)
    {
    case RESOLUTE_SPAN_REFERENCE:
      return 1;
    case RESOLUTE_SPAN_INSERTION:
      return 2;
    case RESOLUTE_SPAN_DELETION:
      return 3;
    case RESOLUTE_SPAN_ITALIC:
      return 4;
    case RESOLUTE_SPAN_BOLD:
    default:
      return 5;
    }
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *ma = a;
  const Mark *mb = b;

  /* the longest outside; at equal length a fixed order */
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  if (ma->order != mb->order)
    return ma->order < mb->order ? -1 : 1;
  return ma->index < mb->index ? -1 : ma->index > mb->index ? 1 : 0;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

static void
open_mark (Writer               *w,
           const ResoluteInline *content,
           const Mark           *mark)
{
  const ResoluteSpan *span;

  if (mark->index == AUTO_OPENING)
    {
      start_inline (w, "i");
      attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_AUTO), "opening");
      return;
    }

  span = resolute_inline_get_span (content, mark->index);
  switch (span->kind)
    {
    case RESOLUTE_SPAN_ITALIC:
      start_inline (w, "i");
      break;
    case RESOLUTE_SPAN_BOLD:
      start_inline (w, "b");
      break;
    case RESOLUTE_SPAN_REFERENCE:
      start_inline (w, "ref");
      href_attr (w, span->value != NULL ? span->value : "");
      break;
    case RESOLUTE_SPAN_INSERTION:
      start_inline (w, "ins");
      attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_PROPOSAL), span->value);
      break;
    case RESOLUTE_SPAN_DELETION:
    default:
      start_inline (w, "del");
      attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_PROPOSAL), span->value);
      break;
    }
}

static void write_inline (Writer               *w,
                          ResoluteClause       *source,
                          const ResoluteInline *content,
                          gsize                 auto_opening);

static void
write_footnote_body (Writer           *w,
                     ResoluteFootnote *footnote)
{
  start_inline (w, "p");
  write_inline (w, NULL, resolute_footnote_get_content (footnote), 0);
  end (w);
}

static void
write_note_ref (Writer     *w,
                const char *footnote_id)
{
  ResoluteFootnote *footnote = resolute_document_lookup_footnote (w->document, footnote_id);
  const char *eid = g_hash_table_lookup (w->note_eids, footnote_id);

  if (footnote == NULL || eid == NULL)
    {
      /* cannot happen in a checked document; keep the mark readable */
      start_inline (w, "noteRef");
      attr (w, "href", "#");
      attr (w, "marker", "?");
      attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_TARGET), footnote_id);
      end (w);
      return;
    }

  if (g_hash_table_contains (w->notes_done, footnote_id))
    {
      start_inline (w, "noteRef");
      attr_printf (w, "href", "#%s", eid);
      attr (w, "marker", resolute_footnote_get_label (footnote));
      end (w);
      return;
    }

  g_hash_table_add (w->notes_done, g_strdup (footnote_id));
  start_inline (w, "authorialNote");
  attr (w, "marker", resolute_footnote_get_label (footnote));
  attr (w, "placement", "bottom");
  attr (w, "eId", eid);
  guid_attr (w, footnote_id);
  write_footnote_body (w, footnote);
  end (w);
}

static void
write_cross_ref (Writer                     *w,
                 ResoluteClause             *source,
                 const ResoluteInlineObject *object)
{
  const char *eid = g_hash_table_lookup (w->clause_eid, object->target);
  g_autofree char *rendered = resolute_document_render_object (w->document, source, object);
  g_autofree char *flags = resolute_akn_cross_ref_flags_to_string (object->flags);

  start_inline (w, "ref");
  attr_printf (w, "href", "#%s", eid != NULL ? eid : "");
  attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_TARGET), object->target);
  attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_CROSS_REF), flags);
  text (w, rendered);
  end (w);
}

/* Writes @content as mixed content: spans become nested elements (split
 * where they overlap), objects become notes and references. The first
 * @auto_opening bytes are the automatic italic opening phrase. */
static void
write_inline (Writer               *w,
              ResoluteClause       *source,
              const ResoluteInline *content,
              gsize                 auto_opening)
{
  const char *data = resolute_inline_get_text (content);
  guint length = resolute_inline_get_length (content);
  guint n_spans = resolute_inline_get_n_spans (content);
  guint n_objects = resolute_inline_get_n_objects (content);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (Mark));
  guint object_index = 0;

  auto_opening = MIN (auto_opening, length);

  {
    guint edges[] = { 0, length, auto_opening };

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
      guint keep = 0;

      if (start >= stop || stop > length)
        continue;

      /* the marks over [start, stop) */
      g_array_set_size (wanted, 0);
      if (start < auto_opening)
        {
          Mark mark = { AUTO_OPENING, auto_opening, 0 };

          g_array_append_val (wanted, mark);
        }
      for (guint i = 0; i < n_spans; i++)
        {
          const ResoluteSpan *span = resolute_inline_get_span (content, i);

          if (span->start <= start && span->end >= stop)
            {
              Mark mark = { i, span->end, kind_order (span->kind) };

              g_array_append_val (wanted, mark);
            }
        }
      g_array_sort (wanted, compare_marks);

      /* keep the open marks that still apply, in order; close the rest */
      while (keep < stack->len)
        {
          const Mark *open = &g_array_index (stack, Mark, keep);
          gboolean found = FALSE;

          for (guint i = 0; i < wanted->len && !found; i++)
            found = g_array_index (wanted, Mark, i).index == open->index;
          if (!found)
            break;
          keep++;
        }
      while (stack->len > keep)
        {
          end (w);
          g_array_set_size (stack, stack->len - 1);
        }
      for (guint i = 0; i < wanted->len; i++)
        {
          const Mark *mark = &g_array_index (wanted, Mark, i);
          gboolean open = FALSE;

          for (guint j = 0; j < stack->len && !open; j++)
            open = g_array_index (stack, Mark, j).index == mark->index;
          if (open)
            continue;
          open_mark (w, content, mark);
          g_array_append_val (stack, *mark);
        }

      while (object_index < n_objects
             && resolute_inline_get_object (content, object_index)->offset < start)
        object_index++;
      if (object_index < n_objects
          && resolute_inline_get_object (content, object_index)->offset == start)
        {
          const ResoluteInlineObject *object = resolute_inline_get_object (content, object_index);

          if (object->kind == RESOLUTE_OBJECT_NOTE_REF)
            write_note_ref (w, object->target);
          else
            write_cross_ref (w, source, object);
          continue;
        }

      text_len (w, data + start, stop - start);
    }

  while (stack->len > 0)
    {
      end (w);
      g_array_set_size (stack, stack->len - 1);
    }
}

/* ------------------------------------------------------------------------ */
/* Metadata                                                                  */

static const char *
work_date (Writer  *w,
           const char **name)
{
  const char *adopted = field (w, RESOLUTE_FIELD_ADOPTION_DATE);
  const char *issued = field (w, RESOLUTE_FIELD_ISSUE_DATE);
  gboolean resolution =
    resolute_document_get_kind (w->document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION;

  if (!valid_date (adopted))
    adopted = NULL;
  if (!valid_date (issued))
    issued = NULL;

  if (resolution && adopted != NULL)
    *name = "adoption";
  else if (issued != NULL)
    *name = "issue";
  else if (adopted != NULL)
    *name = "adoption";
  else
    *name = "unknown";

  if (resolution && adopted != NULL)
    return adopted;
  if (issued != NULL)
    return issued;
  if (adopted != NULL)
    return adopted;
  return UNKNOWN_DATE;
}

static const char *
work_number (Writer *w)
{
  const char *number = field (w, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  const char *symbol = field (w, RESOLUTE_FIELD_SYMBOL);

  if (resolute_document_get_kind (w->document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    return number != NULL ? number : symbol;
  return symbol != NULL ? symbol : number;
}

static char *
work_iri (Writer *w)
{
  const char *date_name;
  const char *date = work_date (w, &date_name);
  const char *number = work_number (w);
  g_autofree char *component = resolute_akn_iri_component (number != NULL ? number : "nn");

  return g_strdup_printf ("/akn/un/statement/deliberation/%s/%s/%s",
                          resolute_akn_organ_author (resolute_document_get_organ (w->document)),
                          date, component);
}

static void
write_frbr (Writer     *w,
            const char *component,
            gboolean    main)
{
  g_autofree char *work = work_iri (w);
  /* the code of the document, which may name a language Resolute has no words for */
  const char *code = field (w, RESOLUTE_FIELD_LANGUAGE) != NULL
                       ? field (w, RESOLUTE_FIELD_LANGUAGE)
                       : resolute_language_get_code (w->language);
  g_autofree char *language = resolute_akn_iri_component (code);
  g_autofree char *expression = g_strdup_printf ("%s/%s@", work, language);
  const char *date_name;
  const char *date = work_date (w, &date_name);
  const char *number = work_number (w);
  ResoluteOrgan organ = resolute_document_get_organ (w->document);
  g_autofree char *author = g_strdup_printf ("#%s", resolute_akn_organ_author (organ));

  start_block (w, "FRBRWork");
  start_leaf (w, "FRBRthis");
  attr_printf (w, "value", "%s/!%s", work, component);
  end (w);
  empty_element (w, "FRBRuri", "value", work);
  if (main && field (w, RESOLUTE_FIELD_SYMBOL) != NULL)
    {
      start_leaf (w, "FRBRalias");
      attr (w, "value", field (w, RESOLUTE_FIELD_SYMBOL));
      attr (w, "name", "symbol");
      end (w);
    }
  start_leaf (w, "FRBRdate");
  attr (w, "date", date);
  attr (w, "name", date_name);
  end (w);
  start_leaf (w, "FRBRauthor");
  attr (w, "href", author);
  attr (w, "as", "#author");
  end (w);
  empty_element (w, "FRBRcountry", "value", "un");
  if (main && number != NULL)
    {
      g_autofree char *value = resolute_akn_iri_component (number);

      start_leaf (w, "FRBRnumber");
      attr (w, "value", value);
      attr (w, "showAs", number);
      end (w);
    }
  empty_element (w, "FRBRname", "value",
                 main ? resolute_akn_statement_name (resolute_document_get_kind (w->document))
                      : "annex");
  end_block (w);

  start_block (w, "FRBRExpression");
  start_leaf (w, "FRBRthis");
  attr_printf (w, "value", "%s/!%s", expression, component);
  end (w);
  empty_element (w, "FRBRuri", "value", expression);
  start_leaf (w, "FRBRdate");
  attr (w, "date", date);
  attr (w, "name", date_name);
  end (w);
  start_leaf (w, "FRBRauthor");
  attr (w, "href", author);
  attr (w, "as", "#author");
  end (w);
  empty_element (w, "FRBRlanguage", "language", language);
  end_block (w);

  start_block (w, "FRBRManifestation");
  start_leaf (w, "FRBRthis");
  attr_printf (w, "value", "%s/!%s.akn", expression, component);
  end (w);
  start_leaf (w, "FRBRuri");
  attr_printf (w, "value", "%s.akn", expression);
  end (w);
  start_leaf (w, "FRBRdate");
  attr (w, "date", date);
  attr (w, "name", date_name);
  end (w);
  start_leaf (w, "FRBRauthor");
  attr (w, "href", SOURCE);
  attr (w, "as", "#editor");
  end (w);
  empty_element (w, "FRBRformat", "value", "application/akn+xml");
  end_block (w);
}

static void
write_identification (Writer     *w,
                      const char *component,
                      gboolean    main)
{
  start_block (w, "identification");
  attr (w, "source", SOURCE);
  write_frbr (w, component, main);
  end_block (w);
}

static void
write_references (Writer *w)
{
  ResoluteOrgan organ = resolute_document_get_organ (w->document);
  g_autofree char *organ_href = g_strdup_printf ("/akn/ontology/organizations/un/%s",
                                                 resolute_akn_organ_author (organ));
  guint n_sponsors = resolute_document_get_n_sponsors (w->document);

  start_block (w, "references");
  attr (w, "source", SOURCE);

  start_leaf (w, "TLCOrganization");
  attr (w, "eId", resolute_akn_organ_author (organ));
  attr (w, "href", organ_href);
  attr (w, "showAs", resolute_language_get_organ_name (w->language, organ));
  end (w);

  for (guint i = 0; i < n_sponsors; i++)
    {
      const ResoluteSponsor *sponsor = resolute_document_get_sponsor (w->document, i);
      g_autofree char *slug = resolute_akn_slug (sponsor->name);

      start_leaf (w, "TLCOrganization");
      attr_printf (w, "eId", "sponsor_%u", i + 1);
      attr_printf (w, "href", "/akn/ontology/organizations/un/member/%s", slug);
      attr (w, "showAs", sponsor->name);
      end (w);
    }

  start_leaf (w, "TLCOrganization");
  attr (w, "eId", "resolute");
  attr (w, "href", "/akn/ontology/organizations/resolute");
  attr (w, "showAs", "Resolute");
  end (w);

  start_leaf (w, "TLCRole");
  attr (w, "eId", "author");
  attr (w, "href", "/akn/ontology/roles/author");
  attr (w, "showAs", "Author");
  end (w);
  start_leaf (w, "TLCRole");
  attr (w, "eId", "editor");
  attr (w, "href", "/akn/ontology/roles/editor");
  attr (w, "showAs", "Editor");
  end (w);
  if (n_sponsors > 0)
    {
      start_leaf (w, "TLCRole");
      attr (w, "eId", "sponsor");
      attr (w, "href", "/akn/ontology/roles/sponsor");
      attr (w, "showAs", "Sponsor");
      end (w);
    }

  end_block (w);
}

/* Footnotes without a mark in the text have no place in the body: they are
 * kept in meta/notes, so that nothing is lost. */
static void
write_unmarked_notes (Writer *w)
{
  GListModel *footnotes = resolute_document_get_footnotes (w->document);
  gboolean open = FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (footnotes); i < n; i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);
      const char *id = resolute_footnote_get_id (footnote);

      if (resolute_footnote_get_anchor (footnote) != RESOLUTE_NOTE_ANCHOR_TEXT
          || g_hash_table_contains (w->marked, id))
        continue;

      if (!open)
        {
          start_block (w, "notes");
          attr (w, "source", SOURCE);
          open = TRUE;
        }
      start_block (w, "note");
      attr (w, "marker", resolute_footnote_get_label (footnote));
      attr (w, "placement", "bottom");
      attr (w, "eId", g_hash_table_lookup (w->note_eids, id));
      guid_attr (w, id);
      newline (w);
      write_footnote_body (w, footnote);
      end_block (w);
      g_hash_table_add (w->notes_done, g_strdup (id));
    }

  if (open)
    end_block (w);
}

static void
write_proprietary (Writer *w)
{
  ResoluteDocument *document = w->document;

  start_block (w, "proprietary");
  attr (w, "source", SOURCE);
  start_block (w, RES_ELEMENT ("resolute"));
  attr_printf (w, "version", "%d", RESOLUTE_AKN_FORMAT_VERSION);

  start_leaf (w, RES_ELEMENT ("document"));
  attr (w, "kind", resolute_document_kind_to_string (resolute_document_get_kind (document)));
  attr (w, "organ", resolute_organ_to_string (resolute_document_get_organ (document)));
  attr (w, "distribution",
        resolute_distribution_to_string (resolute_document_get_distribution (document)));
  end (w);

  for (guint i = 0; i < RESOLUTE_N_FIELDS; i++)
    {
      const char *value = resolute_document_get_field (document, i);

      if (value == NULL)
        continue;
      start_leaf (w, RES_ELEMENT ("field"));
      attr (w, "name", resolute_field_to_string (i));
      text (w, value);
      end (w);
    }

  for (guint i = 0, n = resolute_document_get_n_sponsors (document); i < n; i++)
    {
      const ResoluteSponsor *sponsor = resolute_document_get_sponsor (document, i);

      start_leaf (w, RES_ELEMENT ("sponsor"));
      attr_printf (w, "ref", "#sponsor_%u", i + 1);
      if (sponsor->joined_later)
        attr (w, "joinedLater", "true");
      text (w, sponsor->name);
      end (w);
    }

  for (guint i = 0, n = resolute_document_get_n_agenda_items (document); i < n; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);

      start_leaf (w, RES_ELEMENT ("agendaItem"));
      attr (w, "number", item->number);
      attr (w, "title", item->title);
      end (w);
    }

  end_block (w);
  end_block (w);
}

static void
write_meta (Writer *w)
{
  start_block (w, "meta");
  write_identification (w, "main", TRUE);
  write_references (w);
  write_unmarked_notes (w);
  write_proprietary (w);
  end_block (w);
}

/* ------------------------------------------------------------------------ */
/* Preface                                                                   */

static void
write_star_note (Writer             *w,
                 ResoluteNoteAnchor  anchor)
{
  ResoluteFootnote *footnote = resolute_document_get_star_note (w->document, anchor);
  const char *id;

  if (footnote == NULL)
    return;

  id = resolute_footnote_get_id (footnote);
  start_inline (w, "authorialNote");
  attr (w, "marker", resolute_footnote_get_label (footnote));
  attr (w, "placement", "bottom");
  attr (w, "eId", g_hash_table_lookup (w->note_eids, id));
  guid_attr (w, id);
  attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_ANCHOR), resolute_akn_anchor_to_string (anchor));
  write_footnote_body (w, footnote);
  end (w);
  g_hash_table_add (w->notes_done, g_strdup (id));
}

typedef void (*PlaceholderFunc) (Writer     *w,
                                 const char *name,
                                 gpointer    user_data);

/* Writes a template of the document language ("{sponsors}: {what}"), its
 * literal parts as text and its {fields} through @func. */
static void
write_template (Writer          *w,
                const char      *template,
                PlaceholderFunc  func,
                gpointer         user_data)
{
  const char *p = template;

  while (p != NULL && *p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close = open != NULL ? strchr (open, '}') : NULL;
      g_autofree char *name = NULL;

      if (open == NULL || close == NULL)
        {
          text (w, p);
          return;
        }
      text_len (w, p, open - p);
      name = g_strndup (open + 1, close - open - 1);
      func (w, name, user_data);
      p = close + 1;
    }
}

static void
sponsors_placeholder (Writer     *w,
                      const char *name,
                      gpointer    user_data)
{
  const char *what = user_data;
  guint n = resolute_document_get_n_sponsors (w->document);

  if (strcmp (name, "sponsors") == 0)
    {
      for (guint i = 0; i < n; i++)
        {
          const ResoluteSponsor *sponsor = resolute_document_get_sponsor (w->document, i);

          if (i > 0)
            text (w, resolute_language_get_word (w->language, i + 1 == n ? "ListLastSeparator"
                                                                          : "ListSeparator"));
          start_inline (w, "docProponent");
          attr_printf (w, "refersTo", "#sponsor_%u", i + 1);
          attr (w, "as", "#sponsor");
          text (w, sponsor->name);
          end (w);
        }
    }
  else if (strcmp (name, "mark") == 0)
    write_star_note (w, RESOLUTE_NOTE_ANCHOR_SPONSORS);
  else if (strcmp (name, "what") == 0)
    {
      start_inline (w, "docStatus");
      text (w, what);
      end (w);
    }
}

static void
write_sponsors_line (Writer *w)
{
  ResoluteDocumentKind kind = resolute_document_get_kind (w->document);
  g_autofree char *what = NULL;
  const char *template;
  g_autofree char *with_mark = NULL;

  if (resolute_document_get_n_sponsors (w->document) == 0
      && resolute_document_get_star_note (w->document, RESOLUTE_NOTE_ANCHOR_SPONSORS) == NULL)
    return;

  if (kind == RESOLUTE_DOCUMENT_KIND_AMENDMENT)
    what = resolute_language_expand (w->language, "AmendmentTo", "doc",
                                     field (w, RESOLUTE_FIELD_AMENDED_DOCUMENT) != NULL
                                       ? field (w, RESOLUTE_FIELD_AMENDED_DOCUMENT)
                                       : "",
                                     NULL);
  else
    what = g_strdup (resolute_language_get_word (w->language, "DraftResolution"));

  template = resolute_language_get_word (w->language, "SponsorsLineWithNote");
  if (kind == RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    template = "{sponsors}{mark}"; /* an adopted text has no sponsors line of its own */
  else if (template == NULL || strstr (template, "{mark}") == NULL)
    {
      template = resolute_language_get_word (w->language, "SponsorsLine");
      with_mark = g_strconcat (template != NULL ? template : "{sponsors}: {what}", "{mark}", NULL);
      template = with_mark;
    }

  start_leaf (w, "p");
  attr (w, "class", "sponsors");
  write_template (w, template, sponsors_placeholder, what);
  end (w);
}

static void
write_title_line (Writer *w)
{
  const char *number = field (w, RESOLUTE_FIELD_RESOLUTION_NUMBER);
  const char *title = field (w, RESOLUTE_FIELD_TITLE);
  gboolean has_note =
    resolute_document_get_star_note (w->document, RESOLUTE_NOTE_ANCHOR_TITLE) != NULL;
  gboolean resolution =
    resolute_document_get_kind (w->document) == RESOLUTE_DOCUMENT_KIND_RESOLUTION;

  if (title == NULL && !has_note && number == NULL)
    return;

  start_leaf (w, "p");
  attr (w, "class", "title");
  if (number != NULL && resolution)
    {
      start_inline (w, "docNumber");
      text (w, number);
      end (w);
      text (w, ". ");
    }
  start_inline (w, "docTitle");
  text (w, title);
  write_star_note (w, RESOLUTE_NOTE_ANCHOR_TITLE);
  end (w);
  end (w);
}

static void
write_masthead (Writer *w)
{
  ResoluteDocument *document = w->document;
  ResoluteOrgan organ = resolute_document_get_organ (document);
  g_autofree char *session = resolute_document_get_session_text (document);
  const char *distribution_key[] = { "General", "Limited", "Restricted" };
  ResoluteDistribution distribution = resolute_document_get_distribution (document);
  g_autofree char *distribution_text = NULL;

  start_block (w, "container");
  attr (w, "name", "masthead");
  attr (w, "eId", "masthead");

  text_paragraph (w, "unitedNations", resolute_language_get_word (w->language, "UnitedNations"));

  if (field (w, RESOLUTE_FIELD_SYMBOL) != NULL)
    {
      start_leaf (w, "p");
      attr (w, "class", "symbol");
      start_inline (w, "docNumber");
      text (w, field (w, RESOLUTE_FIELD_SYMBOL));
      end (w);
      end (w);
    }

  start_leaf (w, "p");
  attr (w, "class", "organ");
  start_inline (w, "docAuthority");
  text (w, resolute_language_get_organ_name (w->language, organ));
  end (w);
  end (w);

  if (distribution < G_N_ELEMENTS (distribution_key))
    {
      const char *word = resolute_language_get_word (w->language, distribution_key[distribution]);

      distribution_text = resolute_language_expand (w->language, "Distribution", "d", word, NULL);
      text_paragraph (w, "distribution", distribution_text);
    }

  if (field (w, RESOLUTE_FIELD_ISSUE_DATE) != NULL)
    {
      const char *date = field (w, RESOLUTE_FIELD_ISSUE_DATE);
      g_autofree char *printed = resolute_language_format_date (w->language, date);

      start_leaf (w, "p");
      attr (w, "class", "issueDate");
      if (valid_date (date))
        {
          start_inline (w, "docDate");
          attr (w, "date", date);
          text (w, printed != NULL ? printed : date);
          end (w);
        }
      else
        text (w, date);
      end (w);
    }

  if (field (w, RESOLUTE_FIELD_ORIGINAL_LANGUAGE) != NULL)
    {
      const char *code = field (w, RESOLUTE_FIELD_ORIGINAL_LANGUAGE);
      const char *name = resolute_language_get_language_name (w->language, code);
      g_autofree char *line = resolute_language_expand (w->language, "Original", "l",
                                                        name != NULL ? name : code, NULL);

      text_paragraph (w, "original", line);
    }

  if (session != NULL)
    {
      start_leaf (w, "p");
      attr (w, "class", "session");
      start_inline (w, "session");
      attr (w, "value", field (w, RESOLUTE_FIELD_SESSION));
      text (w, session);
      end (w);
      end (w);
    }

  if (field (w, RESOLUTE_FIELD_COMMITTEE) != NULL)
    {
      start_leaf (w, "p");
      attr (w, "class", "committee");
      start_inline (w, "docCommittee");
      text (w, field (w, RESOLUTE_FIELD_COMMITTEE));
      end (w);
      end (w);
    }

  for (guint i = 0, n = resolute_document_get_n_agenda_items (document); i < n; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);
      g_autofree char *line = resolute_language_expand (w->language, "AgendaItem", "n",
                                                        item->number != NULL ? item->number : "",
                                                        NULL);

      text_paragraph (w, "agendaItem", line);
      if (item->title != NULL && *item->title != '\0')
        text_paragraph (w, "agendaItemTitle", item->title);
    }

  end_block (w);
}

static void
write_preface (Writer *w)
{
  ResoluteDocument *document = w->document;
  ResoluteDocumentKind kind = resolute_document_get_kind (document);

  start_block (w, "preface");
  write_masthead (w);

  if (kind == RESOLUTE_DOCUMENT_KIND_RESOLUTION && field (w, RESOLUTE_FIELD_ADOPTION_DATE) != NULL)
    {
      const char *adopted = field (w, RESOLUTE_FIELD_ADOPTION_DATE);
      const char *organ = resolute_language_get_organ_name (w->language,
                                                            resolute_document_get_organ (document));
      g_autofree char *date = resolute_language_format_date (w->language, adopted);
      g_autofree char *line = resolute_language_expand (w->language, "AdoptedBy",
                                                        "organ", organ,
                                                        "date", date != NULL ? date : adopted,
                                                        NULL);

      text_paragraph (w, "adoption", line);
    }

  if (field (w, RESOLUTE_FIELD_ORIGIN) != NULL)
    {
      g_autofree char *line = resolute_language_expand (w->language, "Origin", "origin",
                                                        field (w, RESOLUTE_FIELD_ORIGIN), NULL);

      text_paragraph (w, "origin", line);
    }

  if (field (w, RESOLUTE_FIELD_SUBMITTED_BY) != NULL)
    text_paragraph (w, "submittedBy", field (w, RESOLUTE_FIELD_SUBMITTED_BY));

  if (kind != RESOLUTE_DOCUMENT_KIND_RESOLUTION)
    write_sponsors_line (w);
  else if (resolute_document_get_star_note (document, RESOLUTE_NOTE_ANCHOR_SPONSORS) != NULL
           || resolute_document_get_n_sponsors (document) > 0)
    write_sponsors_line (w);

  write_title_line (w);

  end_block (w);
}

/* ------------------------------------------------------------------------ */
/* Body                                                                      */

static void
clause_attributes (Writer         *w,
                   ResoluteClause *clause,
                   gboolean        with_eid)
{
  guint position = resolute_clause_get_position (clause);

  if (with_eid)
    attr (w, "eId", g_ptr_array_index (w->eids, position));
  guid_attr (w, resolute_clause_get_id (clause));
  if (!resolute_clause_get_auto_opening (clause))
    attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_OPENING), "manual");
  if (resolute_clause_get_kind (clause) != RESOLUTE_CLAUSE_ANNEX_HEADING
      && resolute_clause_get_heading_label (clause) != NULL)
    attr (w, RES_ATTR (RESOLUTE_AKN_ATTR_HEADING), resolute_clause_get_heading_label (clause));
}

static void
write_clause_text (Writer         *w,
                   ResoluteClause *clause)
{
  gsize opening = resolute_document_get_opening_length (w->document, clause);

  write_inline (w, clause, resolute_clause_get_content (clause), opening);
}

/* <p>text</p> on a line of its own */
static void
write_clause_paragraph (Writer         *w,
                        ResoluteClause *clause)
{
  start_leaf (w, "p");
  write_clause_text (w, clause);
  end (w);
}

static void
write_num (Writer         *w,
           ResoluteClause *clause)
{
  const char *label = resolute_clause_get_label (clause);

  if (label == NULL || *label == '\0')
    return;
  start_leaf (w, "num");
  text (w, label);
  end (w);
}

static gboolean
is_child (Writer *w,
          guint   parent,
          guint   position)
{
  ResoluteClause *a = resolute_document_get_clause (w->document, parent);
  ResoluteClause *b;

  if (position >= w->n_clauses)
    return FALSE;
  b = resolute_document_get_clause (w->document, position);
  return resolute_clause_get_kind (a) == resolute_clause_get_kind (b)
         && resolute_clause_get_level (b) > resolute_clause_get_level (a);
}

static gboolean
is_closing (Writer *w,
            guint   parent,
            guint   position)
{
  ResoluteClause *a = resolute_document_get_clause (w->document, parent);
  ResoluteClause *b;

  if (position >= w->n_clauses)
    return FALSE;
  b = resolute_document_get_clause (w->document, position);
  return resolute_clause_get_kind (a) == resolute_clause_get_kind (b)
         && resolute_clause_get_continuation (b)
         && resolute_clause_get_level (b) == resolute_clause_get_level (a);
}

/* The name of a preambular container: its opening phrase in lowerCamelCase
 * ("recallingAlso"), or "paragraph". */
static char *
container_name (Writer         *w,
                ResoluteClause *clause)
{
  const char *data = resolute_inline_get_text (resolute_clause_get_content (clause));
  gsize length = resolute_language_match_opening (w->language, RESOLUTE_CLAUSE_PREAMBULAR, data);
  GString *out = g_string_new (NULL);
  gboolean upper = FALSE;

  for (const char *p = data; p < data + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          upper = out->len > 0;
          continue;
        }
      g_string_append_unichar (out, upper ? g_unichar_toupper (c) : g_unichar_tolower (c));
      upper = FALSE;
    }

  if (out->len == 0)
    g_string_append (out, "paragraph");
  return g_string_free (out, FALSE);
}

/* Writes the preambular clause at @position and its sub-paragraphs:
 *   <container name="recalling"><p>…</p></container>
 *   <container name="…"><p>chapeau</p><blockList><item><num>(a)</num><p>…</p></item>
 *     <listWrapUp>closing text</listWrapUp></blockList></container>
 * Returns the position after them. */
static guint
write_preambular (Writer *w,
                  guint   position)
{
  ResoluteClause *clause = resolute_document_get_clause (w->document, position);
  guint level = resolute_clause_get_level (clause);
  guint next = position + 1;

  if (level == 0)
    {
      g_autofree char *name = container_name (w, clause);

      start_block (w, "container");
      attr (w, "name", name);
    }
  else
    start_block (w, "item");
  clause_attributes (w, clause, TRUE);
  if (level > 0)
    write_num (w, clause);
  write_clause_paragraph (w, clause);

  if (is_child (w, position, next))
    {
      const char *eid = g_ptr_array_index (w->eids, position);
      g_autofree char *list_eid = g_strdup_printf ("%s__list_1", eid);

      start_block (w, "blockList");
      attr (w, "eId", list_eid);
      while (is_child (w, position, next))
        {
          guint before = next;

          next = write_preambular (w, next);
          if (next == before)
            next++;
        }
      if (is_closing (w, position, next))
        {
          ResoluteClause *closing = resolute_document_get_clause (w->document, next);

          start_leaf (w, "listWrapUp");
          clause_attributes (w, closing, TRUE);
          write_clause_text (w, closing);
          end (w);
          next++;
        }
      end_block (w);
    }

  end_block (w);
  return next;
}

/* Writes an operative or annex paragraph at @position and its
 * sub-paragraphs:
 *   <paragraph eId="para_1"><num>1.</num><content><p>…</p></content></paragraph>
 *   <paragraph eId="para_2"><num>2.</num><list eId="para_2__list_1">
 *     <intro><p>chapeau</p></intro><point eId="para_2__list_1__point_a">…</point>
 *     <wrapUp><p>closing text</p></wrapUp></list></paragraph>
 * Returns the position after them. */
static guint
write_paragraph (Writer *w,
                 guint   position)
{
  ResoluteClause *clause = resolute_document_get_clause (w->document, position);
  guint next = position + 1;

  start_block (w, resolute_clause_get_level (clause) == 0 ? "paragraph" : "point");
  clause_attributes (w, clause, TRUE);
  write_num (w, clause);

  if (!is_child (w, position, next))
    {
      start_block (w, "content");
      write_clause_paragraph (w, clause);
      end_block (w);
      end_block (w);
      return next;
    }

  start_block (w, "list");
  attr_printf (w, "eId", "%s__list_1", (char *) g_ptr_array_index (w->eids, position));
  start_block (w, "intro");
  write_clause_paragraph (w, clause);
  end_block (w);
  while (is_child (w, position, next))
    {
      guint before = next;

      next = write_paragraph (w, next);
      if (next == before)
        next++;
    }
  if (is_closing (w, position, next))
    {
      ResoluteClause *closing = resolute_document_get_clause (w->document, next);

      start_block (w, "wrapUp");
      clause_attributes (w, closing, TRUE);
      write_clause_paragraph (w, closing);
      end_block (w);
      next++;
    }
  end_block (w);

  end_block (w);
  return next;
}

static void
write_placeholder (Writer *w)
{
  empty_element (w, "p", RES_ATTR (RESOLUTE_AKN_ATTR_PLACEHOLDER), "true");
}

static guint
first_of_zone (Writer  *w,
               gboolean annex)
{
  for (guint i = 0; i < w->n_clauses; i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (w->document, i);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (annex ? (kind != RESOLUTE_CLAUSE_PREAMBULAR && kind != RESOLUTE_CLAUSE_OPERATIVE)
                : kind != RESOLUTE_CLAUSE_PREAMBULAR)
        return i;
    }
  return w->n_clauses;
}

static void
write_preamble (Writer *w,
                guint   end_position)
{
  const char *formula = resolute_document_get_authoring_formula (w->document);
  const char *intro = field (w, RESOLUTE_FIELD_OPERATIVE_INTRO);

  start_block (w, "preamble");
  if (formula != NULL)
    {
      start_block (w, "formula");
      attr (w, "name", "enactingFormula");
      text_paragraph (w, NULL, formula);
      end_block (w);
    }
  for (guint i = 0; i < end_position;)
    {
      guint before = i;

      i = write_preambular (w, i);
      if (i == before)
        i++;
    }
  if (intro != NULL)
    {
      start_block (w, "formula");
      attr (w, "name", "operativeIntro");
      text_paragraph (w, NULL, intro);
      end_block (w);
    }
  end_block (w);
}

static void
write_main_body (Writer *w,
                 guint   start_position,
                 guint   end_position)
{
  start_block (w, "mainBody");
  if (start_position == end_position)
    write_placeholder (w);
  for (guint i = start_position; i < end_position;)
    {
      guint before = i;

      i = write_paragraph (w, i);
      if (i == before)
        i++;
    }
  end_block (w);
}

static void
write_conclusions (Writer *w)
{
  const char *meeting = field (w, RESOLUTE_FIELD_MEETING);
  const char *adopted = field (w, RESOLUTE_FIELD_ADOPTION_DATE);

  if (meeting == NULL && adopted == NULL)
    return;

  start_block (w, "conclusions");
  if (meeting != NULL)
    text_paragraph (w, "meeting", meeting);
  if (adopted != NULL)
    {
      g_autofree char *printed = resolute_language_format_date (w->language, adopted);

      start_leaf (w, "p");
      attr (w, "class", "adoptionDate");
      if (valid_date (adopted))
        {
          start_inline (w, "docDate");
          attr (w, "date", adopted);
          text (w, printed != NULL ? printed : adopted);
          end (w);
        }
      else
        text (w, adopted);
      end (w);
    }
  end_block (w);
}

/* One annex: the ANNEX clause at @position and what follows it up to the
 * next annex. Returns the position of the next annex. */
static guint
write_annex (Writer *w,
             guint   position,
             guint   number)
{
  ResoluteClause *annex = resolute_document_get_clause (w->document, position);
  g_autofree char *component = g_strdup_printf ("annex_%u", number);
  const char *label = resolute_clause_get_label (annex);
  guint next = position + 1;
  gboolean in_section = FALSE;
  gboolean empty = TRUE;

  start_block (w, "attachment");
  clause_attributes (w, annex, TRUE);
  start_block (w, "doc");
  attr (w, "name", "annex");

  start_block (w, "meta");
  write_identification (w, component, FALSE);
  end_block (w);

  start_block (w, "preface");
  if (label != NULL && *label != '\0')
    text_paragraph (w, "annexLabel", label);
  start_leaf (w, "p");
  attr (w, "class", "annexTitle");
  start_inline (w, "docTitle");
  write_clause_text (w, annex);
  end (w);
  end (w);
  end_block (w);

  start_block (w, "mainBody");
  while (next < w->n_clauses)
    {
      ResoluteClause *clause = resolute_document_get_clause (w->document, next);
      ResoluteClauseKind kind = resolute_clause_get_kind (clause);

      if (kind == RESOLUTE_CLAUSE_ANNEX)
        break;

      empty = FALSE;
      if (kind == RESOLUTE_CLAUSE_ANNEX_HEADING)
        {
          const char *heading_label = resolute_clause_get_heading_label (clause);

          if (in_section)
            end_block (w);
          start_block (w, "hcontainer");
          attr (w, "name", "section");
          clause_attributes (w, clause, TRUE);
          if (heading_label != NULL)
            {
              start_leaf (w, "num");
              text (w, heading_label);
              end (w);
            }
          start_leaf (w, "heading");
          write_clause_text (w, clause);
          end (w);
          in_section = TRUE;
          next++;
          continue;
        }

      if (kind != RESOLUTE_CLAUSE_ANNEX_PARAGRAPH && kind != RESOLUTE_CLAUSE_ANNEX_TEXT)
        {
          /* cannot happen in a checked document */
          next++;
          continue;
        }

      {
        guint before = next;

        next = write_paragraph (w, next);
        if (next == before)
          next++;
      }
    }
  if (in_section)
    end_block (w);
  if (empty)
    write_placeholder (w);
  end_block (w);

  end_block (w);
  end_block (w);
  return next;
}

static void
write_attachments (Writer *w,
                   guint   start_position)
{
  guint number = 0;

  if (start_position >= w->n_clauses)
    return;

  start_block (w, "attachments");
  for (guint i = start_position; i < w->n_clauses;)
    {
      if (resolute_clause_get_kind (resolute_document_get_clause (w->document, i))
          != RESOLUTE_CLAUSE_ANNEX)
        {
          i++; /* cannot happen in a checked document */
          continue;
        }
      i = write_annex (w, i, ++number);
    }
  end_block (w);
}

/* ------------------------------------------------------------------------ */
/* Entry point                                                               */

/**
 * resolute_akn_writer_write:
 *
 * Returns: (transfer full): the document as an Akoma Ntoso 3.0 file (UTF-8).
 */
GBytes *
resolute_akn_writer_write (ResoluteDocument  *document,
                           GError           **error)
{
  Writer w = { 0 };
  xmlBufferPtr buffer;
  GBytes *bytes = NULL;
  guint operative_start;
  guint annex_start;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  LIBXML_TEST_VERSION;

  buffer = xmlBufferCreate ();
  w.xml = buffer != NULL ? xmlNewTextWriterMemory (buffer, 0) : NULL;
  if (w.xml == NULL)
    {
      g_clear_pointer (&buffer, xmlBufferFree);
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("Not enough memory to write the document"));
      return NULL;
    }

  w.document = document;
  w.language = resolute_document_get_language (document);
  w.n_clauses = resolute_document_get_n_clauses (document);
  w.eids = g_ptr_array_new_with_free_func (g_free);
  w.used_eids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.clause_eid = g_hash_table_new (g_str_hash, g_str_equal);
  w.note_eids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  w.notes_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.marked = g_hash_table_new (g_str_hash, g_str_equal);

  /* names of the meta block first, so that body eIds cannot take them */
  g_hash_table_add (w.used_eids, g_strdup ("masthead"));
  g_hash_table_add (w.used_eids, g_strdup ("resolute"));
  g_hash_table_add (w.used_eids, g_strdup ("author"));
  g_hash_table_add (w.used_eids, g_strdup ("editor"));
  g_hash_table_add (w.used_eids, g_strdup ("sponsor"));
  g_hash_table_add (w.used_eids,
                    g_strdup (resolute_akn_organ_author (resolute_document_get_organ (document))));
  for (guint i = 0, n = resolute_document_get_n_sponsors (document); i < n; i++)
    g_hash_table_add (w.used_eids, g_strdup_printf ("sponsor_%u", i + 1));
  collect_marks (&w);
  compute_note_eids (&w);
  compute_eids (&w);

  operative_start = first_of_zone (&w, FALSE);
  annex_start = first_of_zone (&w, TRUE);

  check (&w, xmlTextWriterStartDocument (w.xml, NULL, "UTF-8", NULL));
  check (&w, xmlTextWriterStartElement (w.xml, (const xmlChar *) "akomaNtoso"));
  attr (&w, "xmlns", RESOLUTE_AKN_NS);
  attr (&w, "xmlns:" RESOLUTE_AKN_RES, RESOLUTE_AKN_RES_NS);
  w.depth = 1;

  start_block (&w, "statement");
  attr (&w, "name", resolute_akn_statement_name (resolute_document_get_kind (document)));
  write_meta (&w);
  write_preface (&w);
  write_preamble (&w, operative_start);
  write_main_body (&w, operative_start, annex_start);
  write_conclusions (&w);
  write_attachments (&w, annex_start);
  end_block (&w);

  w.depth = 0;
  newline (&w);
  check (&w, xmlTextWriterEndElement (w.xml));
  check (&w, xmlTextWriterEndDocument (w.xml));
  xmlFreeTextWriter (w.xml);

  if (w.failed)
    g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                 _("Not enough memory to write the document"));
  else
    bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));

  xmlBufferFree (buffer);
  g_ptr_array_unref (w.eids);
  g_hash_table_unref (w.used_eids);
  g_hash_table_unref (w.clause_eid);
  g_hash_table_unref (w.note_eids);
  g_hash_table_unref (w.notes_done);
  g_hash_table_unref (w.marked);

  return bytes;
}
