/* resolute-akn-reader.c — opens Akoma Ntoso 3.0 files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the files resolute-akn-writer.c writes back into the same document
 * (metadata from our proprietary block, clause ids from GUIDs, editor state
 * from attributes in our namespace), and Akoma Ntoso that other tools write:
 * a <statement> (or <doc>) whose structure gives the kinds and levels of the
 * clauses. Numbers are never read, they are derived again; a <num> that
 * disagrees with the derived number, markup Resolute does not model and
 * anything else it cannot place is reported in @warnings ("Line 40: …"),
 * never dropped silently.
 *
 * Parsing is defensive: the input size is bounded, UTF-8 is checked before
 * libxml2 sees it, entity declarations stop the parse (no expansion, no
 * external entities, no DTD loading, no network), nesting depth keeps
 * libxml2's default bound (XML_PARSE_HUGE is never set), and errors go to a
 * handler installed on this parse's context only.
 *
 * The document is built in three passes over the tree: the structure gives
 * one record per clause (with its id, so that cross-references can point
 * forward); the records' text gives their inline content and loads the
 * footnotes; then the clauses are loaded and the document is checked once.
 */

#define G_LOG_DOMAIN "resolute-akn-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "resolute-akn-names.h"
#include "resolute-akn-reader.h"
#include "resolute-document-private.h"
#include "resolute-error.h"

/* Bounds of what a reader accepts */
#define MAX_FILE_SIZE  (64 * 1024 * 1024)
#define MAX_WALK_DEPTH 300
#define MAX_ERRORS     16

/* Makes the ids of clauses and footnotes without a GUID reproducible */
#define LOAD_ID_SEED   0x41464e4b

/* ------------------------------------------------------------------------ */
/* Parsing                                                                   */

typedef struct
{
  int   code;
  int   line;
  char *message;
  char *name; /* str1: the element of "Premature end of data in tag …" */
} ParseError;

typedef struct
{
  GArray *errors;    /* ParseError, the fatal ones, at most MAX_ERRORS */
  char   *forbidden; /* why the parse was stopped by us */
} ParseState;

static void
parse_error_clear (gpointer data)
{
  ParseError *error = data;

  g_free (error->message);
  g_free (error->name);
}

static void
on_parse_error (void           *user_data,
                const xmlError *error)
{
  xmlParserCtxtPtr context = user_data;
  ParseState *state = context != NULL ? context->_private : NULL;
  ParseError record;

  if (state == NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  if (state->errors->len >= MAX_ERRORS)
    return;

  record.code = error->code;
  record.line = error->line;
  record.message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  record.name = g_strdup (error->str1);
  g_array_append_val (state->errors, record);
}

/* A DTD may declare entities, which is how "billion laughs" expands without
 * bound and how an external entity reads local files: Akoma Ntoso files
 * have no use for them, and the parse stops at the first one. */
static void
on_entity_decl (void          *user_data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  xmlParserCtxtPtr context = user_data;
  ParseState *state = context->_private;

  if (state->forbidden == NULL)
    state->forbidden = g_strdup_printf (_("Line %d: the file declares the entity “%s”; "
                                          "Resolute does not read files that declare entities"),
                                        context->input != NULL ? context->input->line : 0,
                                        (const char *) name);
  context->wellFormed = 0;
  xmlStopParser (context);
}

static int
line_at (const char *data,
         gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* The encoding named in the XML declaration, or NULL. */
static char *
declared_encoding (const char *data,
                   gsize       size)
{
  g_autofree char *head = NULL;
  const char *end;
  const char *p;
  char quote;
  const char *close;

  if (size < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;

  head = g_strndup (data, MIN (size, 512));
  end = strstr (head, "?>");
  if (end == NULL)
    return NULL;
  head[end - head] = '\0';

  p = strstr (head, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '=')
    return NULL;
  p++;
  while (g_ascii_isspace (*p))
    p++;
  quote = *p;
  if (quote != '"' && quote != '\'')
    return NULL;
  close = strchr (p + 1, quote);
  if (close == NULL)
    return NULL;

  return g_strndup (p + 1, close - p - 1);
}

static gboolean
is_ascii (const char *data,
          gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if ((guchar) data[i] >= 0x80)
      return FALSE;
  return TRUE;
}

static char *
describe_parse_error (ParseState *state)
{
  const ParseError *first;

  if (state->forbidden != NULL)
    return g_strdup (state->forbidden);

  if (state->errors->len == 0)
    return g_strdup (_("The file is not well-formed XML"));

  /* a file cut short shows as an element that never ends */
  for (guint i = 0; i < state->errors->len; i++)
    {
      const ParseError *error = &g_array_index (state->errors, ParseError, i);

      if (error->code == XML_ERR_TAG_NOT_FINISHED)
        return g_strdup_printf (_("Line %d: the file ends before the element <%s> is closed: "
                                  "it is truncated or incomplete"),
                                error->line, error->name != NULL ? error->name : "?");
    }

  first = &g_array_index (state->errors, ParseError, 0);
  if (strstr (first->message, "depth") != NULL)
    return g_strdup_printf (_("Line %d: the elements are nested too deeply for Resolute to read"),
                            first->line);
  if (first->code == XML_ERR_DOCUMENT_EMPTY)
    return g_strdup_printf (_("Line %d: the file is not XML: it does not begin with an element"),
                            first->line);
  if (first->code == XML_ERR_DOCUMENT_END)
    return g_strdup_printf (_("Line %d: the file goes on after the end of the document"),
                            first->line);

  return g_strdup_printf (_("Line %d: the file is not well-formed XML: %s"), first->line,
                          first->message);
}

static xmlDocPtr
parse_document (GBytes  *data,
                GError **error)
{
  g_autofree char *encoding = NULL;
  ParseState state = { 0 };
  xmlParserCtxtPtr context;
  const char *bytes;
  const char *invalid;
  xmlDocPtr doc;
  gsize size;
  gsize skip = 0;

  bytes = g_bytes_get_data (data, &size);

  if (size > MAX_FILE_SIZE)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB; Resolute does not open Akoma Ntoso files "
                     "that large"),
                   (guint) (MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    skip = 3;
  {
    gsize i = skip;

    while (i < size && g_ascii_isspace (bytes[i]))
      i++;
    if (i == size)
      {
        g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE, _("The file is empty"));
        return NULL;
      }
  }

  if (!g_utf8_validate_len (bytes + skip, size - skip, &invalid))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %d: the file is not valid UTF-8 text"),
                   line_at (bytes, invalid - bytes));
      return NULL;
    }

  encoding = declared_encoding (bytes + skip, size - skip);
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0
      && g_ascii_strcasecmp (encoding, "UTF8") != 0 && !is_ascii (bytes + skip, size - skip))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line 1: the file declares the %s encoding; Resolute reads Akoma Ntoso "
                     "files in UTF-8"),
                   encoding);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("Not enough memory to read the file"));
      return NULL;
    }

  state.errors = g_array_new (FALSE, FALSE, sizeof (ParseError));
  g_array_set_clear_func (state.errors, parse_error_clear);
  context->_private = &state;
  context->sax->serror = (xmlStructuredErrorFunc) on_parse_error;
  context->sax->entityDecl = on_entity_decl;

  /* No XML_PARSE_NOENT (entities are never substituted), no DTDLOAD or
   * DTDATTR, no XINCLUDE, no HUGE (libxml2 keeps its depth and size
   * limits); the UTF-8 encoding is forced, it was checked above. Errors
   * are not silenced (NOERROR): they go to on_parse_error(), the handler
   * of this context, and never to stderr. */
  doc = xmlCtxtReadMemory (context, bytes + skip, size - skip, "document.akn", "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES
                             | XML_PARSE_NOCDATA);

  if (doc == NULL || !context->wellFormed || state.forbidden != NULL)
    {
      g_autofree char *message = NULL;

      if (state.errors->len == 0 && state.forbidden == NULL)
        {
          const xmlError *last = xmlCtxtGetLastError (context);

          if (last != NULL)
            on_parse_error (context, last);
        }
      message = describe_parse_error (&state);
      g_set_error_literal (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE, message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  context->_private = NULL;
  xmlFreeParserCtxt (context);
  g_array_unref (state.errors);
  g_free (state.forbidden);

  return doc;
}

/* ------------------------------------------------------------------------ */
/* Reader state                                                              */

typedef enum
{
  SOURCE_INLINE, /* the element's children are text and inline elements */
  SOURCE_BLOCKS, /* the element's children are blocks (p, …) */
} SourceMode;

typedef struct
{
  xmlNode    *node;
  SourceMode  mode;
} Source;

typedef struct
{
  xmlNode            *element;
  ResoluteClauseKind  kind;
  guint               level;
  gboolean            continuation;
  gboolean            manual_opening;  /* native: res:opening="manual" */
  char               *heading_label;
  char               *guid;
  char               *id;
  char               *num;
  GArray             *sources;         /* Source */
  ResoluteInline     *content;
} ClauseRecord;

typedef struct
{
  char *clause_id;
  guint offset;
  char *text;
  int   line;
} CrossRefCheck;

typedef struct
{
  char *footnote_id;
  char *marker;
  int   line;
} MarkerCheck;

typedef struct
{
  ResoluteDocument       *document;
  const ResoluteLanguage *language;
  GPtrArray              *warnings;
  GHashTable             *warned;       /* keys of once-only warnings */
  const xmlChar          *ns;           /* the AKN namespace, or NULL for a file without one */
  gboolean                native;       /* written by Resolute */
  GPtrArray              *records;      /* ClauseRecord */
  GHashTable             *used_ids;     /* every clause and footnote id taken */
  GHashTable             *eid_clauses;  /* eId → ClauseRecord (borrowed) */
  GHashTable             *note_nodes;   /* eId → authorialNote/note element */
  GHashTable             *note_ids;     /* element → footnote id */
  GPtrArray              *cross_refs;   /* CrossRefCheck */
  GPtrArray              *markers;      /* MarkerCheck */
  GPtrArray              *sponsors;     /* ResoluteSponsor, foreign files */
  gboolean                star_taken[3];
  gboolean                after_agenda;  /* the preface line read last was an agenda item */
  guint                   walk_depth;
} Reader;

static void
clause_record_free (gpointer data)
{
  ClauseRecord *record = data;

  g_free (record->heading_label);
  g_free (record->guid);
  g_free (record->id);
  g_free (record->num);
  g_array_unref (record->sources);
  g_clear_pointer (&record->content, resolute_inline_free);
  g_free (record);
}

static void
cross_ref_check_free (gpointer data)
{
  CrossRefCheck *check = data;

  g_free (check->clause_id);
  g_free (check->text);
  g_free (check);
}

static void
marker_check_free (gpointer data)
{
  MarkerCheck *check = data;

  g_free (check->footnote_id);
  g_free (check->marker);
  g_free (check);
}

static int
line_of (xmlNode *node)
{
  long line = node != NULL ? xmlGetLineNo (node) : 0;

  return line > 0 && line < G_MAXINT ? (int) line : 0;
}

static void
warn (Reader     *r,
      xmlNode    *node,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
warn (Reader     *r,
      xmlNode    *node,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  int line = line_of (node);
  va_list args;

  if (r->warnings == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_ptr_array_add (r->warnings, g_strdup_printf (_("Line %d: %s"), line, message));
  else
    g_ptr_array_add (r->warnings, g_steal_pointer (&message));
}

/* Reports @key once per file: markup that repeats (every <term>) is named
 * at its first occurrence. */
static gboolean
first_time (Reader     *r,
            const char *key)
{
  if (g_hash_table_contains (r->warned, key))
    return FALSE;
  g_hash_table_add (r->warned, g_strdup (key));
  return TRUE;
}

static gboolean
is_element (xmlNode *node)
{
  return node != NULL && node->type == XML_ELEMENT_NODE;
}

static gboolean
in_akn (Reader  *r,
        xmlNode *node)
{
  if (!is_element (node))
    return FALSE;
  if (r->ns == NULL)
    return node->ns == NULL;
  return node->ns != NULL && xmlStrEqual (node->ns->href, r->ns);
}

static gboolean
is_akn (Reader     *r,
        xmlNode    *node,
        const char *name)
{
  return in_akn (r, node) && xmlStrEqual (node->name, (const xmlChar *) name);
}

static gboolean
is_res (xmlNode    *node,
        const char *name)
{
  return is_element (node) && node->ns != NULL
         && xmlStrEqual (node->ns->href, (const xmlChar *) RESOLUTE_AKN_RES_NS)
         && (name == NULL || xmlStrEqual (node->name, (const xmlChar *) name));
}

static const char *
name_of (xmlNode *node)
{
  return (const char *) node->name;
}

/* A copy of @value without U+FFFC, which only objects may carry. */
static char *
take_string (xmlChar *value)
{
  GString *out;

  if (value == NULL)
    return NULL;

  out = g_string_new ((const char *) value);
  xmlFree (value);
  g_string_replace (out, RESOLUTE_OBJECT_UTF8, "", 0);
  return g_string_free (out, FALSE);
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  return take_string (xmlGetNoNsProp (node, (const xmlChar *) name));
}

static char *
get_res_attr (xmlNode    *node,
              const char *name)
{
  return take_string (
    xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) RESOLUTE_AKN_RES_NS));
}

/* The text of an element and its descendants, as it is. */
static char *
get_content (xmlNode *node)
{
  return take_string (xmlNodeGetContent (node));
}

static xmlNode *
first_child (Reader     *r,
             xmlNode    *parent,
             const char *name)
{
  for (xmlNode *child = parent != NULL ? parent->children : NULL; child != NULL;
       child = child->next)
    if (is_akn (r, child, name))
      return child;
  return NULL;
}

/* The text of an element and its descendants, whitespace collapsed. */
static char *
plain_text (xmlNode *node)
{
  g_autofree char *content = get_content (node);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = (const char *) content; p != NULL && *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* An id that can be a GUID: not empty, no white space. */
static gboolean
valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static char *
new_id (Reader     *r,
        const char *prefix)
{
  for (;;)
    {
      char *id = _resolute_document_new_id (r->document, prefix);

      if (!g_hash_table_contains (r->used_ids, id))
        {
          g_hash_table_add (r->used_ids, g_strdup (id));
          return id;
        }
      g_free (id);
    }
}

/* ------------------------------------------------------------------------ */
/* Element classes                                                           */

static gboolean
name_in (xmlNode           *node,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (xmlStrEqual (node->name, (const xmlChar *) names[i]))
      return TRUE;
  return FALSE;
}

/* Hierarchy elements that are one numbered unit of text. */
static gboolean
is_unit (Reader  *r,
         xmlNode *node)
{
  static const char *const names[] = {
    "paragraph", "point", "subparagraph", "alinea", "indent", "clause", "subclause", "article",
    "rule", "subrule", "proviso", "level", "transitional", NULL,
  };

  return in_akn (r, node) && name_in (node, names);
}

/* Hierarchy elements that group units under a heading. */
static gboolean
is_grouping (Reader  *r,
             xmlNode *node)
{
  static const char *const names[] = {
    "hcontainer", "section", "subsection", "part", "subpart", "chapter", "subchapter", "title",
    "subtitle", "book", "tome", "division", "subdivision", NULL,
  };

  return in_akn (r, node) && name_in (node, names);
}

/* Blocks whose children are text. */
static gboolean
is_text_block (Reader  *r,
               xmlNode *node)
{
  static const char *const names[] = {
    "p", "listIntroduction", "listWrapUp", "li", "td", "th", "caption", NULL,
  };

  return in_akn (r, node) && name_in (node, names);
}

/* Blocks that hold other blocks. */
static gboolean
is_block_container (Reader  *r,
                    xmlNode *node)
{
  static const char *const names[] = {
    "blockContainer", "ul", "ol", "table", "tr", "tblock", "container", "foreign", "block",
    "toc", "tocItem", "longTitle", "formula", "div", "content", NULL,
  };

  return in_akn (r, node) && name_in (node, names);
}

/* Elements that carry structure, not text of the clause being read. */
static gboolean
is_structural (Reader  *r,
               xmlNode *node)
{
  static const char *const names[] = {
    "num", "heading", "subheading", "list", "blockList", "item", "intro", "wrapUp",
    "listIntroduction", "listWrapUp", "crossHeading", "componentRef", "recital", "citation", NULL,
  };

  return in_akn (r, node) && (name_in (node, names) || is_unit (r, node) || is_grouping (r, node));
}

/* ------------------------------------------------------------------------ */
/* Pass 1: structure                                                         */

/* The GUID of @element, or in our own files the id that went into
 * res:guid because GUID could not carry it. */
static char *
read_guid (Reader  *r,
           xmlNode *element)
{
  char *guid = get_attr (element, "GUID");

  if (guid == NULL && r->native)
    guid = get_res_attr (element, RESOLUTE_AKN_ATTR_GUID);
  return guid;
}

/* Whether @id can be the id of a clause or footnote: not taken yet, and
 * with no white space unless our own file says so in res:guid. */
static gboolean
usable_id (Reader     *r,
           xmlNode    *element,
           const char *id)
{
  g_autofree char *raw = NULL;

  if (id == NULL || g_hash_table_contains (r->used_ids, id))
    return FALSE;
  if (valid_id (id))
    return TRUE;
  raw = r->native ? get_res_attr (element, RESOLUTE_AKN_ATTR_GUID) : NULL;
  return g_strcmp0 (raw, id) == 0;
}

static ClauseRecord *
add_record (Reader             *r,
            xmlNode            *element,
            ResoluteClauseKind  kind,
            guint               level,
            gboolean            continuation)
{
  ClauseRecord *record = g_new0 (ClauseRecord, 1);
  xmlNode *num;

  if (level > RESOLUTE_CLAUSE_MAX_LEVEL)
    {
      if (first_time (r, "deep"))
        warn (r, element, _("sub-paragraphs more than %u levels deep are kept at level %u"),
              RESOLUTE_CLAUSE_MAX_LEVEL, RESOLUTE_CLAUSE_MAX_LEVEL);
      level = RESOLUTE_CLAUSE_MAX_LEVEL;
    }

  record->element = element;
  record->kind = kind;
  record->level = level;
  record->continuation = continuation;
  record->sources = g_array_new (FALSE, FALSE, sizeof (Source));
  record->guid = read_guid (r, element);

  if (r->native)
    {
      g_autofree char *opening = get_res_attr (element, RESOLUTE_AKN_ATTR_OPENING);

      record->manual_opening = g_strcmp0 (opening, "manual") == 0;
      record->heading_label = get_res_attr (element, RESOLUTE_AKN_ATTR_HEADING);
    }

  num = continuation ? NULL : first_child (r, element, "num");
  if (num != NULL)
    record->num = plain_text (num);

  {
    g_autofree char *eid = get_attr (element, "eId");

    if (eid != NULL && !g_hash_table_contains (r->eid_clauses, eid))
      g_hash_table_insert (r->eid_clauses, g_steal_pointer (&eid), record);
  }

  g_ptr_array_add (r->records, record);
  return record;
}

static void
add_source (ClauseRecord *record,
            xmlNode      *node,
            SourceMode    mode)
{
  Source source = { node, mode };

  g_array_append_val (record->sources, source);
}

static void collect_container (Reader             *r,
                               xmlNode            *node,
                               ResoluteClauseKind  kind,
                               guint               level);
static void collect_unit (Reader             *r,
                          xmlNode            *node,
                          ResoluteClauseKind  kind,
                          guint               level);

static gboolean
enter (Reader  *r,
       xmlNode *node)
{
  if (r->walk_depth >= MAX_WALK_DEPTH)
    {
      if (first_time (r, "walk-depth"))
        warn (r, node, _("the structure is nested too deeply; what is below is not kept"));
      return FALSE;
    }
  r->walk_depth++;
  return TRUE;
}

static void
leave (Reader *r)
{
  r->walk_depth--;
}

static void
warn_not_kept (Reader     *r,
               xmlNode    *node,
               const char *where)
{
  g_autofree char *text = plain_text (node);

  if (*text == '\0')
    warn (r, node, _("<%s> in %s is not kept"), name_of (node), where);
  else
    warn (r, node, _("<%s> in %s is not kept: “%.60s”"), name_of (node), where, text);
}

/* blockList: listIntroduction (text of @parent), items, listWrapUp */
static void
collect_block_list (Reader             *r,
                    xmlNode            *list,
                    ClauseRecord       *parent,
                    ResoluteClauseKind  kind,
                    guint               level)
{
  if (!enter (r, list))
    return;

  for (xmlNode *child = list->children; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;
      if (is_akn (r, child, "listIntroduction"))
        add_source (parent, child, SOURCE_INLINE);
      else if (is_akn (r, child, "item"))
        collect_container (r, child, kind, level + 1);
      else if (is_akn (r, child, "listWrapUp"))
        add_source (add_record (r, child, kind, level, TRUE), child, SOURCE_INLINE);
      else
        warn_not_kept (r, child, "blockList");
    }

  leave (r);
}

/* A paragraph written as blocks: the preambular <container>, an <item>, a
 * <recital>; its blockLists hold its sub-paragraphs. */
static void
collect_container (Reader             *r,
                   xmlNode            *node,
                   ResoluteClauseKind  kind,
                   guint               level)
{
  ClauseRecord *record;

  if (!enter (r, node))
    return;

  record = add_record (r, node, kind, level, FALSE);
  add_source (record, node, SOURCE_BLOCKS);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_akn (r, child, "blockList"))
        collect_block_list (r, child, record, kind, record->level);
      else if (is_akn (r, child, "container") || is_akn (r, child, "item"))
        collect_container (r, child, kind, record->level + 1);
    }

  leave (r);
}

/* <list>: the intro is the text of @parent, then the sub-paragraphs and the
 * closing text */
static void
collect_list (Reader             *r,
              xmlNode            *list,
              ClauseRecord       *parent,
              ResoluteClauseKind  kind,
              guint               level)
{
  if (!enter (r, list))
    return;

  for (xmlNode *child = list->children; child != NULL; child = child->next)
    {
      if (!is_element (child) || is_akn (r, child, "num") || is_akn (r, child, "heading"))
        continue;
      if (is_akn (r, child, "intro"))
        add_source (parent, child, SOURCE_BLOCKS);
      else if (is_akn (r, child, "wrapUp"))
        add_source (add_record (r, child, kind, level, TRUE), child, SOURCE_BLOCKS);
      else if (is_unit (r, child) || is_akn (r, child, "hcontainer"))
        collect_unit (r, child, kind, level + 1);
      else if (is_akn (r, child, "list"))
        collect_list (r, child, parent, kind, level);
      else
        warn_not_kept (r, child, "list");
    }

  leave (r);
}

/* A paragraph or point: num, then content, or intro + sub-paragraphs (in a
 * list or directly) + wrapUp. */
static void
collect_unit (Reader             *r,
              xmlNode            *node,
              ResoluteClauseKind  kind,
              guint               level)
{
  ClauseRecord *record;

  if (!enter (r, node))
    return;

  record = add_record (r, node, kind, level, FALSE);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (!is_element (child) || is_akn (r, child, "num"))
        continue;
      if (is_akn (r, child, "heading") || is_akn (r, child, "subheading"))
        {
          g_autofree char *text = plain_text (child);

          warn (r, child, _("the heading “%.60s” of a paragraph is not kept"), text);
        }
      else if (is_akn (r, child, "content"))
        {
          add_source (record, child, SOURCE_BLOCKS);
          for (xmlNode *block = child->children; block != NULL; block = block->next)
            if (is_akn (r, block, "blockList"))
              collect_block_list (r, block, record, kind, record->level);
        }
      else if (is_akn (r, child, "intro"))
        add_source (record, child, SOURCE_BLOCKS);
      else if (is_akn (r, child, "list"))
        collect_list (r, child, record, kind, record->level);
      else if (is_akn (r, child, "wrapUp"))
        add_source (add_record (r, child, kind, record->level, TRUE), child, SOURCE_BLOCKS);
      else if (is_unit (r, child) || is_grouping (r, child))
        collect_unit (r, child, kind, record->level + 1);
      else
        warn_not_kept (r, child, name_of (node));
    }

  leave (r);
}

static gboolean
is_placeholder (Reader  *r,
                xmlNode *node)
{
  g_autofree char *placeholder = r->native ? get_res_attr (node, RESOLUTE_AKN_ATTR_PLACEHOLDER)
                                           : NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (placeholder, "true") == 0)
    return TRUE;
  if (r->native)
    return FALSE;
  /* an empty paragraph in another tool's file carries nothing */
  text = plain_text (node);
  return *text == '\0' && node->children == NULL;
}

static char *text_without_notes (Reader  *r,
                                 xmlNode *node);
static void set_field (Reader        *r,
                       xmlNode       *node,
                       ResoluteField  which,
                       const char    *value);

/* Another tool may write the authoring formula ("The General Assembly,") as
 * the first paragraph of the preamble, not as a <formula>. */
static gboolean
read_formula_paragraph (Reader  *r,
                        xmlNode *p)
{
  g_autofree char *text = NULL;

  if (r->native || r->records->len > 0
      || resolute_document_get_field (r->document, RESOLUTE_FIELD_AUTHORING_FORMULA) != NULL)
    return FALSE;

  text = text_without_notes (r, p);
  for (ResoluteOrgan organ = RESOLUTE_ORGAN_GENERAL_ASSEMBLY;
       organ <= RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL; organ++)
    if (g_strcmp0 (text, resolute_language_get_formula (r->language, organ)) == 0)
      {
        set_field (r, p, RESOLUTE_FIELD_AUTHORING_FORMULA, text);
        return TRUE;
      }
  return FALSE;
}

static void
collect_preamble (Reader  *r,
                  xmlNode *preamble)
{
  for (xmlNode *child = preamble->children; child != NULL; child = child->next)
    {
      if (!is_element (child) || is_akn (r, child, "formula"))
        continue;
      if (is_akn (r, child, "container"))
        collect_container (r, child, RESOLUTE_CLAUSE_PREAMBULAR, 0);
      else if (is_akn (r, child, "recitals") || is_akn (r, child, "citations"))
        {
          for (xmlNode *item = child->children; item != NULL; item = item->next)
            {
              if (is_akn (r, item, "recital") || is_akn (r, item, "citation"))
                collect_container (r, item, RESOLUTE_CLAUSE_PREAMBULAR, 0);
              else if (is_akn (r, item, "intro") || is_akn (r, item, "wrapUp"))
                warn_not_kept (r, item, name_of (child));
            }
        }
      else if (is_akn (r, child, "p"))
        {
          if (is_placeholder (r, child) || read_formula_paragraph (r, child))
            continue;
          add_source (add_record (r, child, RESOLUTE_CLAUSE_PREAMBULAR, 0, FALSE), child,
                      SOURCE_INLINE);
        }
      else if (is_akn (r, child, "blockList"))
        {
          for (xmlNode *item = child->children; item != NULL; item = item->next)
            if (is_akn (r, item, "item"))
              collect_container (r, item, RESOLUTE_CLAUSE_PREAMBULAR, 0);
        }
      else
        warn_not_kept (r, child, "preamble");
    }
}

/* The body of the resolution, or of an annex (@annex). */
static void
collect_body (Reader   *r,
              xmlNode  *body,
              gboolean  annex)
{
  if (!enter (r, body))
    return;

  for (xmlNode *child = body->children; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;

      if (is_akn (r, child, "paragraph") || (is_unit (r, child) && !is_grouping (r, child)))
        {
          ResoluteClauseKind kind = RESOLUTE_CLAUSE_OPERATIVE;

          if (annex)
            kind = first_child (r, child, "num") != NULL ? RESOLUTE_CLAUSE_ANNEX_PARAGRAPH
                                                        : RESOLUTE_CLAUSE_ANNEX_TEXT;
          collect_unit (r, child, kind, 0);
        }
      else if (is_grouping (r, child))
        {
          gboolean has_text = first_child (r, child, "content") != NULL
                              || first_child (r, child, "intro") != NULL;

          if (has_text && !annex)
            collect_unit (r, child, RESOLUTE_CLAUSE_OPERATIVE, 0);
          else if (annex)
            {
              ClauseRecord *record = add_record (r, child, RESOLUTE_CLAUSE_ANNEX_HEADING, 0, FALSE);
              xmlNode *heading = first_child (r, child, "heading");

              g_clear_pointer (&record->heading_label, g_free);
              record->heading_label = g_steal_pointer (&record->num);
              if (heading != NULL)
                add_source (record, heading, SOURCE_INLINE);
              if (has_text)
                {
                  /* text of the section itself, under its heading */
                  ClauseRecord *text = add_record (r, child, RESOLUTE_CLAUSE_ANNEX_TEXT, 0, FALSE);

                  g_clear_pointer (&text->guid, g_free);
                  g_clear_pointer (&text->num, g_free);
                  for (xmlNode *part = child->children; part != NULL; part = part->next)
                    if (is_akn (r, part, "intro") || is_akn (r, part, "content"))
                      add_source (text, part, SOURCE_BLOCKS);
                }
              collect_body (r, child, TRUE);
            }
          else
            {
              g_autofree char *key = g_strdup_printf ("grouping-%s", name_of (child));

              if (first_time (r, key))
                warn (r, child, _("the <%s> groupings of the operative part are not kept, "
                                  "their paragraphs are"),
                      name_of (child));
              collect_body (r, child, FALSE);
            }
        }
      else if (is_akn (r, child, "p"))
        {
          if (!is_placeholder (r, child))
            add_source (add_record (r, child,
                                    annex ? RESOLUTE_CLAUSE_ANNEX_TEXT : RESOLUTE_CLAUSE_OPERATIVE,
                                    0, FALSE),
                        child, SOURCE_INLINE);
        }
      else if (is_akn (r, child, "container"))
        collect_container (r, child, annex ? RESOLUTE_CLAUSE_ANNEX_TEXT : RESOLUTE_CLAUSE_OPERATIVE,
                           0);
      else if (is_akn (r, child, "num") || is_akn (r, child, "heading"))
        continue; /* of the grouping being read */
      else if (is_akn (r, child, "content") || is_akn (r, child, "intro"))
        continue; /* read as the grouping's text */
      else
        warn_not_kept (r, child, annex ? "an annex" : "mainBody");
    }

  leave (r);
}

/* The label of an annex as printed: "Annex", "Annex I", "Annexe II" */
static gboolean
looks_like_annex_label (Reader     *r,
                        const char *text)
{
  const char *const codes[] = { "eng", "fra", "spa", NULL };

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *word = resolute_language_get_word (resolute_language_get (codes[i]), "Annex");

      if (word != NULL && g_ascii_strncasecmp (text, word, strlen (word)) == 0)
        {
          const char *rest = text + strlen (word);

          while (*rest == ' ')
            rest++;
          while (*rest != '\0' && (g_ascii_isupper (*rest) || g_ascii_isdigit (*rest)))
            rest++;
          if (*rest == '\0' || (*rest == '*' && rest[1] == '\0'))
            return TRUE;
        }
    }
  return FALSE;
}

static void
collect_annex (Reader  *r,
               xmlNode *attachment,
               xmlNode *doc)
{
  ClauseRecord *record = add_record (r, attachment, RESOLUTE_CLAUSE_ANNEX, 0, FALSE);
  xmlNode *preface = first_child (r, doc, "preface");
  xmlNode *body = first_child (r, doc, "mainBody");
  xmlNode *title = NULL;

  if (record->guid == NULL)
    record->guid = read_guid (r, doc);

  if (preface == NULL)
    preface = first_child (r, doc, "coverPage");

  for (xmlNode *child = preface != NULL ? preface->children : NULL; child != NULL;
       child = child->next)
    {
      g_autofree char *text = NULL;
      xmlNode *doc_title = NULL;

      if (!is_element (child))
        continue;
      for (xmlNode *inner = child->children; inner != NULL; inner = inner->next)
        if (is_akn (r, inner, "docTitle"))
          doc_title = inner;
      if (doc_title != NULL && title == NULL)
        {
          title = doc_title;
          continue;
        }
      text = plain_text (child);
      if (*text == '\0' || looks_like_annex_label (r, text))
        continue;
      if (title == NULL && !r->native)
        {
          title = child;
          continue;
        }
      warn_not_kept (r, child, "the preface of an annex");
    }
  if (title != NULL)
    add_source (record, title, SOURCE_INLINE);

  for (xmlNode *child = doc->children; child != NULL; child = child->next)
    {
      if (!is_element (child) || child == preface || child == body || is_akn (r, child, "meta"))
        continue;
      warn_not_kept (r, child, "an annex");
    }

  if (body != NULL)
    collect_body (r, body, TRUE);
}

static void
collect_attachments (Reader  *r,
                     xmlNode *attachments)
{
  for (xmlNode *child = attachments->children; child != NULL; child = child->next)
    {
      xmlNode *doc = NULL;

      if (!is_element (child))
        continue;
      if (!is_akn (r, child, "attachment"))
        {
          warn_not_kept (r, child, "attachments");
          continue;
        }
      for (xmlNode *inner = child->children; inner != NULL; inner = inner->next)
        if (is_akn (r, inner, "doc") || is_akn (r, inner, "statement"))
          doc = inner;
        else if (is_element (inner) && !is_akn (r, inner, "num") && !is_akn (r, inner, "heading"))
          warn_not_kept (r, inner, "an attachment");
      if (doc != NULL)
        collect_annex (r, child, doc);
    }
}

/* ------------------------------------------------------------------------ */
/* Pass 2: text                                                              */

typedef struct
{
  ResoluteSpanKind kind;
  guint            start;
  guint            end;
  char            *value;
} PendingSpan;

typedef struct
{
  ResoluteInline *content;
  GArray         *spans;         /* PendingSpan */
  gboolean        collapse;      /* other tools' files: white space is layout */
  gboolean        pending_space;
  gboolean        in_note;       /* the text of a footnote: no marks in it */
  gboolean        in_preface;
  ClauseRecord   *record;        /* the clause being read, or NULL */
  guint           n_blocks;
} Builder;

static void
pending_span_clear (gpointer data)
{
  PendingSpan *span = data;

  g_free (span->value);
}

static void
builder_init (Builder      *b,
              Reader       *r,
              ClauseRecord *record)
{
  memset (b, 0, sizeof *b);
  b->content = resolute_inline_new ();
  b->spans = g_array_new (FALSE, FALSE, sizeof (PendingSpan));
  g_array_set_clear_func (b->spans, pending_span_clear);
  b->collapse = !r->native;
  b->record = record;
}

/* Returns the content, spans applied. */
static ResoluteInline *
builder_finish (Builder *b)
{
  for (guint i = 0; i < b->spans->len; i++)
    {
      PendingSpan *span = &g_array_index (b->spans, PendingSpan, i);

      if (span->start < span->end && span->end <= resolute_inline_get_length (b->content))
        resolute_inline_set_span (b->content, span->kind, span->start, span->end, span->value,
                                  TRUE);
    }
  g_array_unref (b->spans);
  b->spans = NULL;

  return g_steal_pointer (&b->content);
}

static void
flush_space (Builder *b)
{
  if (b->pending_space && !resolute_inline_is_empty (b->content))
    resolute_inline_append_text (b->content, " ", 1);
  b->pending_space = FALSE;
}

static void
append_text (Builder    *b,
             const char *text)
{
  if (text == NULL)
    return;

  if (!b->collapse)
    {
      resolute_inline_append_text (b->content, text, -1);
      return;
    }

  for (const char *p = text; *p != '\0';)
    {
      const char *run = p;

      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          b->pending_space = TRUE;
          p++;
          continue;
        }
      while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
        p++;
      flush_space (b);
      resolute_inline_append_text (b->content, run, p - run);
    }
}

static guint
builder_offset (Builder *b)
{
  return resolute_inline_get_length (b->content);
}

static void
push_span (Builder          *b,
           ResoluteSpanKind  kind,
           guint             start,
           const char       *value)
{
  PendingSpan span = { kind, start, builder_offset (b), g_strdup (value) };

  g_array_append_val (b->spans, span);
}

static void build_inline (Reader  *r,
                          Builder *b,
                          xmlNode *parent);
static void build_blocks (Reader  *r,
                          Builder *b,
                          xmlNode *parent);

static const char *
load_note (Reader             *r,
           xmlNode            *note,
           ResoluteNoteAnchor  anchor);

static void
append_note_mark (Reader  *r,
                  Builder *b,
                  xmlNode *note,
                  xmlNode *at)
{
  const char *id;

  if (b->in_note)
    {
      warn (r, at, _("a note inside a footnote is not kept"));
      return;
    }
  if (b->in_preface)
    return; /* "*" notes are read with the metadata */

  id = load_note (r, note, RESOLUTE_NOTE_ANCHOR_TEXT);
  if (id == NULL)
    return;

  /* a mark follows the word or punctuation before it */
  b->pending_space = FALSE;
  resolute_inline_append_object (b->content, RESOLUTE_OBJECT_NOTE_REF, id, 0);

  if (!r->native)
    {
      MarkerCheck *check = g_new0 (MarkerCheck, 1);

      check->footnote_id = g_strdup (id);
      check->marker = get_attr (at, "marker");
      check->line = line_of (at);
      g_ptr_array_add (r->markers, check);
    }
}

/* The flags of a cross-reference in another tool's file, from its wording:
 * "paragraph 5 above", "5 (b)", "paragraph 5". */
static guint
guess_cross_ref_flags (Reader     *r,
                       const char *text)
{
  const char *keys[] = { "ParagraphAbove", "ParagraphBelow" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *template = resolute_language_get_word (r->language, keys[i]);
      const char *field = template != NULL ? strstr (template, "{n}") : NULL;

      if (field != NULL && field[3] != '\0' && g_str_has_suffix (text, field + 3))
        return RESOLUTE_CROSS_REF_DIRECTION;
    }
  if (g_ascii_isdigit (text[0]))
    return RESOLUTE_CROSS_REF_BARE;
  return RESOLUTE_CROSS_REF_PLAIN;
}

static void
build_reference (Reader  *r,
                 Builder *b,
                 xmlNode *node)
{
  g_autofree char *target = r->native ? get_res_attr (node, RESOLUTE_AKN_ATTR_TARGET) : NULL;
  g_autofree char *href = get_attr (node, "href");
  guint start;

  if (target != NULL)
    {
      g_autofree char *flags = get_res_attr (node, RESOLUTE_AKN_ATTR_CROSS_REF);

      flush_space (b);
      resolute_inline_append_object (b->content, RESOLUTE_OBJECT_CROSS_REF, target,
                                     resolute_akn_cross_ref_flags_from_string (flags));
      return;
    }

  /* in our own files cross-references say so (res:target); in other tools'
   * files a reference to an eId of a paragraph is one */
  if (!r->native && href != NULL && href[0] == '#'
      && g_hash_table_contains (r->eid_clauses, href + 1))
    {
      ClauseRecord *record = g_hash_table_lookup (r->eid_clauses, href + 1);
      g_autofree char *text = plain_text (node);

      flush_space (b);
      if (b->record != NULL)
        {
          CrossRefCheck *check = g_new0 (CrossRefCheck, 1);

          check->clause_id = g_strdup (b->record->id);
          check->offset = builder_offset (b);
          check->text = g_strdup (text);
          check->line = line_of (node);
          g_ptr_array_add (r->cross_refs, check);
        }
      resolute_inline_append_object (b->content, RESOLUTE_OBJECT_CROSS_REF, record->id,
                                     guess_cross_ref_flags (r, text));
      return;
    }

  if (r->native)
    {
      g_autofree char *raw = get_res_attr (node, RESOLUTE_AKN_ATTR_HREF);

      if (raw != NULL)
        {
          g_free (href);
          href = g_steal_pointer (&raw);
        }
    }

  flush_space (b);
  start = builder_offset (b);
  build_inline (r, b, node);
  push_span (b, RESOLUTE_SPAN_REFERENCE, start,
             href != NULL && *href != '\0' ? href : NULL);
}

static void
build_element (Reader  *r,
               Builder *b,
               xmlNode *node)
{
  const char *name = name_of (node);
  guint start;

  if (!in_akn (r, node))
    {
      g_autofree char *key = g_strdup_printf ("foreign-%s", name);

      if (first_time (r, key))
        warn (r, node, _("the markup <%s> of another vocabulary is not kept (its text is)"), name);
      build_inline (r, b, node);
      return;
    }

  if (strcmp (name, "i") == 0)
    {
      g_autofree char *automatic = r->native ? get_res_attr (node, RESOLUTE_AKN_ATTR_AUTO) : NULL;

      if (automatic != NULL)
        {
          build_inline (r, b, node);
          return;
        }
      flush_space (b);
      start = builder_offset (b);
      build_inline (r, b, node);
      push_span (b, RESOLUTE_SPAN_ITALIC, start, NULL);
    }
  else if (strcmp (name, "b") == 0)
    {
      flush_space (b);
      start = builder_offset (b);
      build_inline (r, b, node);
      push_span (b, RESOLUTE_SPAN_BOLD, start, NULL);
    }
  else if (strcmp (name, "ins") == 0 || strcmp (name, "del") == 0)
    {
      g_autofree char *proposal = get_res_attr (node, RESOLUTE_AKN_ATTR_PROPOSAL);

      flush_space (b);
      start = builder_offset (b);
      build_inline (r, b, node);
      push_span (b, name[0] == 'i' ? RESOLUTE_SPAN_INSERTION : RESOLUTE_SPAN_DELETION, start,
                 proposal);
    }
  else if (strcmp (name, "ref") == 0 || strcmp (name, "a") == 0)
    build_reference (r, b, node);
  else if (strcmp (name, "authorialNote") == 0)
    append_note_mark (r, b, node, node);
  else if (strcmp (name, "noteRef") == 0)
    {
      g_autofree char *href = get_attr (node, "href");
      xmlNode *note = href != NULL && href[0] == '#' ? g_hash_table_lookup (r->note_nodes, href + 1)
                                                    : NULL;

      if (note == NULL)
        warn (r, node, _("the note mark refers to a note that is not in the file (%s)"),
              href != NULL ? href : "");
      else
        append_note_mark (r, b, note, node);
    }
  else if (strcmp (name, "eol") == 0)
    append_text (b, " ");
  else if (strcmp (name, "eop") == 0)
    ;
  else if (is_text_block (r, node) || is_block_container (r, node))
    {
      if (b->n_blocks++ > 0)
        append_text (b, " ");
      build_blocks (r, b, node);
    }
  else
    {
      static const char *const kept[] = {
        "span", "inline", "docTitle", "docNumber", "docProponent", "docStatus", "docType",
        "docDate", "docAuthority", "docCommittee", "session", "legislature", "mref", "rref",
        "shortTitle", "docPurpose", "docStage", "docIntroducer", "docJurisdiction", NULL,
      };
      g_autofree char *key = g_strdup_printf ("inline-%s", name);

      if (!name_in (node, kept) && first_time (r, key))
        warn (r, node, _("the markup <%s> is not kept (its text is)"), name);
      build_inline (r, b, node);
    }
}

/* Children of @parent as mixed content. */
static void
build_inline (Reader  *r,
              Builder *b,
              xmlNode *parent)
{
  if (!enter (r, parent))
    return;

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          append_text (b, (const char *) child->content);
          break;

        case XML_ELEMENT_NODE:
          build_element (r, b, child);
          break;

        case XML_ATTRIBUTE_NODE:
        case XML_ENTITY_REF_NODE:
        case XML_ENTITY_NODE:
        case XML_PI_NODE:
        case XML_COMMENT_NODE:
        case XML_DOCUMENT_NODE:
        case XML_DOCUMENT_TYPE_NODE:
        case XML_DOCUMENT_FRAG_NODE:
        case XML_NOTATION_NODE:
        case XML_HTML_DOCUMENT_NODE:
        case XML_DTD_NODE:
        case XML_ELEMENT_DECL:
        case XML_ATTRIBUTE_DECL:
        case XML_ENTITY_DECL:
        case XML_NAMESPACE_DECL:
        case XML_XINCLUDE_START:
        case XML_XINCLUDE_END:
#ifdef LIBXML_DOCB_ENABLED
        case XML_DOCB_DOCUMENT_NODE:
#endif
        default:
          break;
        }
    }

  leave (r);
}

/* Children of @parent as blocks: the text of each <p>, paragraphs joined by
 * a space; the structure (lists, sub-paragraphs) is read elsewhere. */
static void
build_blocks (Reader  *r,
              Builder *b,
              xmlNode *parent)
{
  if (!enter (r, parent))
    return;

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          gboolean blank = TRUE;

          for (const char *p = (const char *) child->content; p != NULL && *p != '\0'; p++)
            if (!g_ascii_isspace (*p))
              blank = FALSE;
          if (!blank)
            append_text (b, (const char *) child->content);
          continue;
        }
      if (!is_element (child) || is_structural (r, child) || is_akn (r, child, "container"))
        continue;
      if (is_placeholder (r, child))
        continue;

      if (is_text_block (r, child))
        {
          if (b->n_blocks++ > 0)
            {
              if (first_time (r, "merged"))
                warn (r, child, _("a paragraph of several blocks is read as one paragraph"));
              append_text (b, " ");
              if (!b->collapse)
                b->pending_space = FALSE;
            }
          build_inline (r, b, child);
        }
      else if (is_block_container (r, child))
        {
          g_autofree char *key = g_strdup_printf ("block-%s", name_of (child));

          if (first_time (r, key))
            warn (r, child, _("the block <%s> is read as text"), name_of (child));
          build_blocks (r, b, child);
        }
      else
        build_element (r, b, child);
    }

  leave (r);
}

static void
build_sources (Reader       *r,
               Builder      *b,
               ClauseRecord *record)
{
  for (guint i = 0; i < record->sources->len; i++)
    {
      const Source *source = &g_array_index (record->sources, Source, i);

      if (i > 0)
        append_text (b, " ");
      if (source->mode == SOURCE_INLINE)
        build_inline (r, b, source->node);
      else
        build_blocks (r, b, source->node);
    }
}

/* Loads the note in @note (an authorialNote or a meta note) once, and
 * returns its footnote id. */
static const char *
load_note (Reader             *r,
           xmlNode            *note,
           ResoluteNoteAnchor  anchor)
{
  const char *loaded = g_hash_table_lookup (r->note_ids, note);
  g_autofree char *guid = NULL;
  g_autofree char *id = NULL;
  ResoluteInline *content;
  ResoluteFootnote *footnote;
  Builder b;

  if (loaded != NULL)
    return loaded;

  builder_init (&b, r, NULL);
  b.in_note = TRUE;
  build_blocks (r, &b, note);
  content = builder_finish (&b);
  if (!r->native)
    resolute_inline_strip (content);

  guid = read_guid (r, note);
  if (usable_id (r, note, guid))
    {
      id = g_steal_pointer (&guid);
      g_hash_table_add (r->used_ids, g_strdup (id));
    }
  else
    {
      if (guid != NULL)
        warn (r, note, _("the note id “%s” is used twice; the note gets a new one"), guid);
      id = new_id (r, "n");
    }

  footnote = _resolute_document_load_footnote (r->document, id, anchor, content);
  g_hash_table_insert (r->note_ids, note, g_strdup (resolute_footnote_get_id (footnote)));

  return g_hash_table_lookup (r->note_ids, note);
}

static void
build_record (Reader       *r,
              ClauseRecord *record)
{
  Builder b;

  builder_init (&b, r, record);
  build_sources (r, &b, record);
  record->content = builder_finish (&b);
  if (!r->native)
    resolute_inline_strip (record->content);

  if (!r->native && !record->continuation && record->level == 0
      && (record->kind == RESOLUTE_CLAUSE_PREAMBULAR || record->kind == RESOLUTE_CLAUSE_OPERATIVE))
    {
      /* an italic opening phrase that is the one Resolute sets becomes
       * automatic again; any other emphasis is the author's */
      gsize opening = resolute_language_match_opening (r->language, record->kind,
                                                       resolute_inline_get_text (record->content));
      gboolean automatic = FALSE;

      for (guint i = 0; i < resolute_inline_get_n_spans (record->content); i++)
        {
          const ResoluteSpan *span = resolute_inline_get_span (record->content, i);

          if (span->kind == RESOLUTE_SPAN_ITALIC && span->start == 0 && opening > 0
              && span->end == opening)
            automatic = TRUE;
        }
      if (automatic)
        resolute_inline_set_span (record->content, RESOLUTE_SPAN_ITALIC, 0, opening, NULL, FALSE);
      record->manual_opening = !automatic;
    }
}

/* ------------------------------------------------------------------------ */
/* Metadata                                                                  */

static void
set_field (Reader        *r,
           xmlNode       *node,
           ResoluteField  which,
           const char    *value)
{
  g_autoptr(GError) error = NULL;

  if (value == NULL)
    return;
  if (!resolute_document_set_field (r->document, which, value, &error))
    warn (r, node, _("the %s “%s” is not kept: %s"), resolute_field_to_string (which), value,
          error->message);
}

static void
read_proprietary (Reader  *r,
                  xmlNode *block)
{
  g_autoptr(GPtrArray) sponsors = g_ptr_array_new_with_free_func (
    (GDestroyNotify) resolute_sponsor_free);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (
    (GDestroyNotify) resolute_agenda_item_free);
  g_autofree char *version = get_attr (block, "version");

  if (version != NULL && g_ascii_strtoull (version, NULL, 10) > RESOLUTE_AKN_FORMAT_VERSION)
    warn (r, block, _("the file was written by a newer version of Resolute; "
                      "what this version does not know is not kept"));

  /* the language first: the other fields are read in its terms */
  for (xmlNode *child = block->children; child != NULL; child = child->next)
    if (is_res (child, "field"))
      {
        g_autofree char *name = get_attr (child, "name");

        if (g_strcmp0 (name, "language") == 0)
          {
            g_autofree char *value = get_content (child);

            set_field (r, child, RESOLUTE_FIELD_LANGUAGE, value);
          }
      }

  for (xmlNode *child = block->children; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;

      if (is_res (child, "document"))
        {
          g_autofree char *kind = get_attr (child, "kind");
          g_autofree char *organ = get_attr (child, "organ");
          g_autofree char *distribution = get_attr (child, "distribution");
          ResoluteDocumentKind kind_value;
          ResoluteOrgan organ_value;
          ResoluteDistribution distribution_value;

          if (resolute_document_kind_from_string (kind, &kind_value))
            resolute_document_set_kind (r->document, kind_value);
          else
            warn (r, child, _("the kind of document “%s” is not known"), kind != NULL ? kind : "");
          if (resolute_organ_from_string (organ, &organ_value))
            resolute_document_set_organ (r->document, organ_value);
          else
            warn (r, child, _("the organ “%s” is not known"), organ != NULL ? organ : "");
          if (resolute_distribution_from_string (distribution, &distribution_value))
            resolute_document_set_distribution (r->document, distribution_value);
          else
            warn (r, child, _("the distribution “%s” is not known"),
                  distribution != NULL ? distribution : "");
        }
      else if (is_res (child, "field"))
        {
          g_autofree char *name = get_attr (child, "name");
          g_autofree char *value = get_content (child);
          ResoluteField which;

          if (!resolute_field_from_string (name, &which))
            warn (r, child, _("the field “%s” is not known and is not kept"),
                  name != NULL ? name : "");
          else if (which != RESOLUTE_FIELD_LANGUAGE)
            set_field (r, child, which, value);
        }
      else if (is_res (child, "sponsor"))
        {
          g_autofree char *later = get_attr (child, "joinedLater");
          g_autofree char *name = get_content (child);

          g_ptr_array_add (sponsors, resolute_sponsor_new (name, g_strcmp0 (later, "true") == 0));
        }
      else if (is_res (child, "agendaItem"))
        {
          g_autofree char *number = get_attr (child, "number");
          g_autofree char *title = get_attr (child, "title");

          g_ptr_array_add (items, resolute_agenda_item_new (number, title));
        }
      else
        warn (r, child, _("<%s> in the Resolute data is not known and is not kept"),
              name_of (child));
    }

  if (sponsors->len > 0)
    resolute_document_set_sponsors (r->document, sponsors);
  if (items->len > 0)
    resolute_document_set_agenda_items (r->document, items);
}

static xmlNode *
find_proprietary (Reader  *r,
                  xmlNode *meta)
{
  for (xmlNode *child = meta != NULL ? meta->children : NULL; child != NULL; child = child->next)
    if (is_akn (r, child, "proprietary"))
      for (xmlNode *inner = child->children; inner != NULL; inner = inner->next)
        if (is_res (inner, "resolute"))
          return inner;
  return NULL;
}

static void
collect_note_nodes (Reader  *r,
                    xmlNode *node,
                    guint    depth)
{
  if (depth > MAX_WALK_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;
      if (is_akn (r, child, "authorialNote") || is_akn (r, child, "note"))
        {
          g_autofree char *eid = get_attr (child, "eId");

          if (eid != NULL && !g_hash_table_contains (r->note_nodes, eid))
            g_hash_table_insert (r->note_nodes, g_steal_pointer (&eid), child);
        }
      collect_note_nodes (r, child, depth + 1);
    }
}

/* Identification and references of another tool's file. */
static void
read_foreign_meta (Reader  *r,
                   xmlNode *meta)
{
  gboolean organ_found = FALSE;

  for (xmlNode *child = meta != NULL ? meta->children : NULL; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;

      if (is_akn (r, child, "identification"))
        {
          xmlNode *work = first_child (r, child, "FRBRWork");
          xmlNode *expression = first_child (r, child, "FRBRExpression");

          for (xmlNode *item = work != NULL ? work->children : NULL; item != NULL;
               item = item->next)
            {
              if (is_akn (r, item, "FRBRauthor") && !organ_found)
                {
                  g_autofree char *href = get_attr (item, "href");
                  ResoluteOrgan organ;

                  if (resolute_akn_organ_from_author (href, &organ))
                    {
                      resolute_document_set_organ (r->document, organ);
                      organ_found = TRUE;
                    }
                }
              else if (is_akn (r, item, "FRBRalias"))
                {
                  g_autofree char *name = get_attr (item, "name");
                  g_autofree char *value = get_attr (item, "value");

                  if (name != NULL && g_ascii_strcasecmp (name, "symbol") == 0)
                    set_field (r, item, RESOLUTE_FIELD_SYMBOL, value);
                }
              else if (is_akn (r, item, "FRBRnumber"))
                {
                  g_autofree char *show = get_attr (item, "showAs");

                  if (show != NULL
                      && resolute_document_get_field (r->document, RESOLUTE_FIELD_RESOLUTION_NUMBER)
                           == NULL
                      && g_ascii_isdigit (show[0]) && strchr (show, '/') != NULL)
                    set_field (r, item, RESOLUTE_FIELD_RESOLUTION_NUMBER, show);
                }
              else if (is_akn (r, item, "FRBRdate"))
                {
                  g_autofree char *name = get_attr (item, "name");
                  g_autofree char *date = get_attr (item, "date");

                  if (name != NULL && g_str_has_prefix (name, "adopt") && date != NULL
                      && strlen (date) >= 10)
                    {
                      date[10] = '\0';
                      set_field (r, item, RESOLUTE_FIELD_ADOPTION_DATE, date);
                    }
                }
            }

          for (xmlNode *item = expression != NULL ? expression->children : NULL; item != NULL;
               item = item->next)
            if (is_akn (r, item, "FRBRlanguage"))
              {
                g_autofree char *tag = get_attr (item, "language");
                const char *code = resolute_akn_language_code (tag);

                if (code != NULL)
                  set_field (r, item, RESOLUTE_FIELD_LANGUAGE, code);
                else
                  warn (r, item, _("the language “%s” is not one Resolute writes in; "
                                   "the document is read as English"),
                        tag != NULL ? tag : "");
                break;
              }
        }
      else if (is_akn (r, child, "references"))
        {
          for (xmlNode *item = child->children; item != NULL && !organ_found; item = item->next)
            {
              g_autofree char *eid = NULL;
              g_autofree char *href = NULL;
              ResoluteOrgan organ;

              if (!is_akn (r, item, "TLCOrganization"))
                continue;
              eid = get_attr (item, "eId");
              href = get_attr (item, "href");
              if (resolute_akn_organ_from_author (eid, &organ)
                  || resolute_akn_organ_from_author (href, &organ))
                {
                  resolute_document_set_organ (r->document, organ);
                  organ_found = TRUE;
                }
            }
        }
      else if (is_akn (r, child, "notes"))
        continue; /* notes are read at their marks */
      else
        warn_not_kept (r, child, "the metadata");
    }
}

static gboolean
organ_from_name (Reader        *r,
                 const char    *text,
                 ResoluteOrgan *organ)
{
  const char *const codes[] = { "eng", "fra", "spa", NULL };

  for (guint i = 0; codes[i] != NULL; i++)
    for (ResoluteOrgan o = RESOLUTE_ORGAN_GENERAL_ASSEMBLY;
         o <= RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL; o++)
      {
        const char *name = resolute_language_get_organ_name (resolute_language_get (codes[i]), o);

        if (name != NULL && strstr (text, name) != NULL)
          {
            *organ = o;
            return TRUE;
          }
      }
  return FALSE;
}

/* The text after a word of a template: "Distr.: {d}" and "Distr.: General" give "General". */
static const char *
after_template (const char *template,
                const char *text)
{
  const char *field = template != NULL ? strchr (template, '{') : NULL;
  gsize prefix;

  if (field == NULL)
    return NULL;
  prefix = field - template;
  if (prefix == 0 || strncmp (text, template, prefix) != 0)
    return NULL;
  return text + prefix;
}

static void
load_star_note (Reader             *r,
                xmlNode            *note,
                ResoluteNoteAnchor  anchor)
{
  if (r->star_taken[anchor])
    {
      warn (r, note, _("a second “*” note on the %s is not kept"),
            anchor == RESOLUTE_NOTE_ANCHOR_TITLE ? _("title") : _("sponsors"));
      return;
    }
  r->star_taken[anchor] = TRUE;
  load_note (r, note, anchor);
}

static void
find_notes (Reader     *r,
            xmlNode    *node,
            GPtrArray  *notes,
            guint       depth)
{
  if (depth > MAX_WALK_DEPTH)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_akn (r, child, "authorialNote"))
        g_ptr_array_add (notes, child);
      else if (is_element (child))
        find_notes (r, child, notes, depth + 1);
    }
}

static gboolean
contains (Reader     *r,
          xmlNode    *node,
          const char *name,
          guint       depth)
{
  if (depth > MAX_WALK_DEPTH)
    return FALSE;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_akn (r, child, name) || (is_element (child) && contains (r, child, name, depth + 1)))
      return TRUE;
  return FALSE;
}

/* The "*" notes of our own preface. */
static void
read_native_preface (Reader  *r,
                     xmlNode *preface)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  find_notes (r, preface, notes, 0);
  for (guint i = 0; i < notes->len; i++)
    {
      xmlNode *note = g_ptr_array_index (notes, i);
      g_autofree char *anchor_name = get_res_attr (note, RESOLUTE_AKN_ATTR_ANCHOR);
      ResoluteNoteAnchor anchor;

      if (!resolute_akn_anchor_from_string (anchor_name, &anchor)
          || anchor == RESOLUTE_NOTE_ANCHOR_TEXT)
        anchor = contains (r, note->parent, "docProponent", 0) ? RESOLUTE_NOTE_ANCHOR_SPONSORS
                                                                : RESOLUTE_NOTE_ANCHOR_TITLE;
      load_star_note (r, note, anchor);
    }
}

/* The text of @node without its notes. */
static char *
text_without_notes (Reader  *r,
                    xmlNode *node)
{
  Builder b;
  g_autoptr(ResoluteInline) content = NULL;
  g_autofree char *text = NULL;

  builder_init (&b, r, NULL);
  b.collapse = TRUE;
  b.in_preface = TRUE;
  build_inline (r, &b, node);
  content = builder_finish (&b);
  resolute_inline_strip (content);
  return resolute_inline_to_plain (content, NULL, NULL);
}

/* A line of the masthead that is text only: "United Nations",
 * "Distr.: Limited", "Original: English", "Agenda item 69 (b)" and the item's
 * title after it, "[on the report of …]", "Resolution adopted by the General
 * Assembly on 18 December 2013". Returns whether @text was one. */
static gboolean
read_masthead_line (Reader     *r,
                    xmlNode    *node,
                    const char *text)
{
  const ResoluteLanguage *language = r->language;
  gboolean after_agenda = r->after_agenda;
  g_autofree char *date = NULL;
  gboolean has_organ;
  ResoluteOrgan organ;
  const char *rest;

  r->after_agenda = FALSE;

  has_organ = organ_from_name (r, text, &organ) && strlen (text) < 80;
  for (const char *p = text; has_organ && date == NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize consumed = 0;

      date = resolute_language_parse_date (language, p, &consumed);
    }

  if (g_strcmp0 (text, resolute_language_get_word (language, "UnitedNations")) == 0)
    return TRUE;

  if ((rest = after_template (resolute_language_get_word (language, "Distribution"), text)) != NULL)
    {
      const char *words[] = { "General", "Limited", "Restricted" };

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (g_strcmp0 (rest, resolute_language_get_word (language, words[i])) == 0)
          resolute_document_set_distribution (r->document, i);
      return TRUE;
    }

  if ((rest = after_template (resolute_language_get_word (language, "Original"), text)) != NULL)
    {
      const char *const codes[] = { "eng", "fra", "spa", "rus", "zho", "ara", NULL };

      for (guint i = 0; codes[i] != NULL; i++)
        if (g_strcmp0 (rest, resolute_language_get_language_name (language, codes[i])) == 0)
          set_field (r, node, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, codes[i]);
      return TRUE;
    }

  if ((rest = after_template (resolute_language_get_word (language, "AgendaItem"), text)) != NULL
      || (after_agenda && date == NULL))
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (
        (GDestroyNotify) resolute_agenda_item_free);
      guint n = resolute_document_get_n_agenda_items (r->document);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (
          items, resolute_agenda_item_copy (resolute_document_get_agenda_item (r->document, i)));
      if (rest != NULL)
        {
          g_ptr_array_add (items, resolute_agenda_item_new (rest, NULL));
          r->after_agenda = TRUE;
        }
      else
        {
          ResoluteAgendaItem *last = g_ptr_array_index (items, n - 1);

          /* the title of the item named on the line before */
          g_free (last->title);
          last->title = g_strdup (text);
        }
      resolute_document_set_agenda_items (r->document, items);
      return TRUE;
    }

  if (text[0] == '[' && g_str_has_suffix (text, "]"))
    {
      g_autofree char *origin = g_strndup (text + 1, strlen (text) - 2);

      set_field (r, node, RESOLUTE_FIELD_ORIGIN, origin);
      return TRUE;
    }

  if (has_organ)
    {
      /* "Resolution adopted by the General Assembly on 18 December 2013" */
      resolute_document_set_organ (r->document, organ);
      if (date != NULL)
        set_field (r, node, RESOLUTE_FIELD_ADOPTION_DATE, date);
      return TRUE;
    }

  return FALSE;
}

/* The masthead, title and sponsors of another tool's file. */
static void
read_foreign_preface (Reader  *r,
                      xmlNode *node,
                      guint    depth)
{
  if (depth > MAX_WALK_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autoptr(GPtrArray) notes = NULL;
      g_autofree char *text = NULL;
      gboolean used = FALSE;
      ResoluteOrgan organ;

      if (!is_element (child))
        continue;
      if (is_akn (r, child, "container") || is_akn (r, child, "blockContainer")
          || is_akn (r, child, "longTitle") || is_akn (r, child, "formula"))
        {
          read_foreign_preface (r, child, depth + 1);
          r->after_agenda = FALSE;
          continue;
        }

      notes = g_ptr_array_new ();
      find_notes (r, child, notes, 0);

      for (xmlNode *inner = child->children; inner != NULL; inner = inner->next)
        {
          g_autofree char *value = NULL;

          if (!is_element (inner) || is_akn (r, inner, "authorialNote"))
            continue;
          value = text_without_notes (r, inner);

          if (is_akn (r, inner, "docNumber"))
            {
              gboolean symbol = g_ascii_isalpha (value[0]) && strchr (value, '/') != NULL;

              set_field (r, inner,
                         symbol ? RESOLUTE_FIELD_SYMBOL : RESOLUTE_FIELD_RESOLUTION_NUMBER, value);
              used = TRUE;
            }
          else if (is_akn (r, inner, "docTitle"))
            {
              set_field (r, inner, RESOLUTE_FIELD_TITLE, value);
              used = TRUE;
            }
          else if (is_akn (r, inner, "docProponent"))
            {
              if (*value != '\0')
                g_ptr_array_add (r->sponsors, resolute_sponsor_new (value, FALSE));
              used = TRUE;
            }
          else if (is_akn (r, inner, "session"))
            {
              g_autofree char *number = get_attr (inner, "value");

              if (number != NULL && g_ascii_string_to_unsigned (number, 10, 1, 999, NULL, NULL))
                set_field (r, inner, RESOLUTE_FIELD_SESSION, number);
              else
                set_field (r, inner, RESOLUTE_FIELD_SESSION_TEXT, value);
              used = TRUE;
            }
          else if (is_akn (r, inner, "docDate"))
            {
              g_autofree char *date = get_attr (inner, "date");

              if (date != NULL && strlen (date) >= 10)
                {
                  date[10] = '\0';
                  set_field (r, inner, RESOLUTE_FIELD_ISSUE_DATE, date);
                }
              used = TRUE;
            }
          else if (is_akn (r, inner, "docAuthority") || is_akn (r, inner, "organization"))
            {
              if (organ_from_name (r, value, &organ))
                resolute_document_set_organ (r->document, organ);
              used = TRUE;
            }
          else if (is_akn (r, inner, "docCommittee"))
            {
              set_field (r, inner, RESOLUTE_FIELD_COMMITTEE, value);
              used = TRUE;
            }
          else if (is_akn (r, inner, "docStatus") || is_akn (r, inner, "docType")
                   || is_akn (r, inner, "docStage"))
            used = TRUE;
        }

      for (guint i = 0; i < notes->len; i++)
        {
          xmlNode *note = g_ptr_array_index (notes, i);

          load_star_note (r, note,
                          contains (r, child, "docProponent", 0) ? RESOLUTE_NOTE_ANCHOR_SPONSORS
                                                                  : RESOLUTE_NOTE_ANCHOR_TITLE);
          used = TRUE;
        }

      if (used)
        {
          r->after_agenda = FALSE;
          continue;
        }

      /* lines of the masthead that are text only */
      text = text_without_notes (r, child);
      if (*text == '\0')
        continue;
      if (read_masthead_line (r, child, text))
        continue;
      warn (r, child, _("the preface line “%.60s” is not kept"), text);
    }
}

/* Notes in places Resolute has no note for (a formula, the closing lines). */
static void
warn_notes_not_kept (Reader     *r,
                     xmlNode    *node,
                     const char *where)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  find_notes (r, node, notes, 0);
  for (guint i = 0; i < notes->len; i++)
    warn_not_kept (r, g_ptr_array_index (notes, i), where);
}

static void
read_foreign_preamble_formulas (Reader  *r,
                                xmlNode *preamble)
{
  gboolean seen_formula = FALSE;

  for (xmlNode *child = preamble->children; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;

      if (!is_akn (r, child, "formula"))
        continue;
      name = get_attr (child, "name");
      text = text_without_notes (r, child);
      warn_notes_not_kept (r, child, "a formula");
      if (g_strcmp0 (name, "operativeIntro") == 0 || seen_formula)
        set_field (r, child, RESOLUTE_FIELD_OPERATIVE_INTRO, text);
      else
        set_field (r, child, RESOLUTE_FIELD_AUTHORING_FORMULA, text);
      seen_formula = TRUE;
    }
}

static void
read_foreign_conclusions (Reader  *r,
                          xmlNode *conclusions)
{
  for (xmlNode *child = conclusions->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      xmlNode *date = NULL;

      if (!is_element (child))
        continue;
      for (xmlNode *inner = child->children; inner != NULL; inner = inner->next)
        if (is_akn (r, inner, "docDate") || is_akn (r, inner, "date"))
          date = inner;
      if (date != NULL)
        {
          g_autofree char *value = get_attr (date, "date");

          if (value != NULL && strlen (value) >= 10)
            {
              value[10] = '\0';
              set_field (r, date, RESOLUTE_FIELD_ADOPTION_DATE, value);
            }
          continue;
        }
      text = text_without_notes (r, child);
      warn_notes_not_kept (r, child, "the closing lines");
      if (*text == '\0')
        continue;
      if (resolute_document_get_field (r->document, RESOLUTE_FIELD_MEETING) == NULL)
        set_field (r, child, RESOLUTE_FIELD_MEETING, text);
      else
        warn (r, child, _("the closing line “%.60s” is not kept"), text);
    }
}

/* ------------------------------------------------------------------------ */
/* After loading                                                             */

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
check_numbers (Reader *r)
{
  for (guint i = 0; i < r->records->len; i++)
    {
      ClauseRecord *record = g_ptr_array_index (r->records, i);
      ResoluteClause *clause;
      g_autofree char *written = NULL;
      g_autofree char *derived = NULL;

      if (record->num == NULL || record->kind == RESOLUTE_CLAUSE_ANNEX_HEADING)
        continue;
      clause = resolute_document_lookup_clause (r->document, record->id);
      if (clause == NULL)
        continue;
      written = squeeze (record->num);
      derived = squeeze (resolute_clause_get_label (clause));
      if (g_strcmp0 (written, derived) != 0)
        {
          if (*derived == '\0')
            warn (r, record->element,
                  _("the number “%s” is not kept: this paragraph is not numbered"), record->num);
          else
            warn (r, record->element, _("the paragraph numbered “%s” in the file is numbered “%s”"),
                  record->num, resolute_clause_get_label (clause));
        }
    }

  for (guint i = 0; i < r->markers->len; i++)
    {
      MarkerCheck *check = g_ptr_array_index (r->markers, i);
      ResoluteFootnote *footnote = resolute_document_lookup_footnote (r->document,
                                                                      check->footnote_id);
      g_autofree char *written = squeeze (check->marker);

      if (footnote == NULL || check->marker == NULL
          || g_strcmp0 (written, resolute_footnote_get_label (footnote)) == 0)
        continue;
      if (r->warnings != NULL)
        g_ptr_array_add (r->warnings,
                         g_strdup_printf (_("Line %d: the note marked “%s” in the file is note %s"),
                                          check->line, check->marker,
                                          resolute_footnote_get_label (footnote)));
    }

  for (guint i = 0; i < r->cross_refs->len; i++)
    {
      CrossRefCheck *check = g_ptr_array_index (r->cross_refs, i);
      ResoluteClause *clause = resolute_document_lookup_clause (r->document, check->clause_id);
      const ResoluteInlineObject *object;
      g_autofree char *rendered = NULL;

      if (clause == NULL)
        continue;
      object = resolute_inline_find_object (resolute_clause_get_content (clause), check->offset);
      if (object == NULL)
        continue;
      rendered = resolute_document_render_object (r->document, clause, object);
      if (g_strcmp0 (rendered, check->text) != 0 && r->warnings != NULL)
        g_ptr_array_add (r->warnings,
                         g_strdup_printf (_("Line %d: the reference “%s” now reads “%s”"),
                                          check->line, check->text, rendered));
    }
}

/* ------------------------------------------------------------------------ */
/* Entry point                                                               */

static gboolean
read_document (Reader   *r,
               xmlDoc   *doc,
               GError  **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *statement = NULL;
  xmlNode *meta;
  xmlNode *preface;
  xmlNode *preamble;
  xmlNode *body;
  xmlNode *conclusions;
  xmlNode *attachments;
  xmlNode *proprietary;
  g_autoptr(GError) local_error = NULL;

  if (root == NULL || !xmlStrEqual (root->name, (const xmlChar *) "akomaNtoso"))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %d: the file is not an Akoma Ntoso document: its root element is <%s>"),
                   MAX (line_of (root), 1), root != NULL ? (const char *) root->name : "");
      return FALSE;
    }
  if (root->ns == NULL)
    {
      r->ns = NULL;
      warn (r, root, _("the document has no namespace; it is read as Akoma Ntoso 3.0"));
    }
  else if (!xmlStrEqual (root->ns->href, (const xmlChar *) RESOLUTE_AKN_NS))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %d: the file is not an Akoma Ntoso 3.0 document: its namespace is %s"),
                   MAX (line_of (root), 1), (const char *) root->ns->href);
      return FALSE;
    }
  else
    r->ns = root->ns->href;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (!is_element (child))
        continue;
      if (statement == NULL && (is_akn (r, child, "statement") || is_akn (r, child, "doc")))
        statement = child;
      else if (statement == NULL)
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                       _("Line %d: the file holds an Akoma Ntoso <%s>; Resolute opens statements "
                         "(resolutions and drafts)"),
                       line_of (child), name_of (child));
          return FALSE;
        }
      else
        warn_not_kept (r, child, "akomaNtoso");
    }
  if (statement == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %d: the Akoma Ntoso document holds no statement"),
                   MAX (line_of (root), 1));
      return FALSE;
    }

  meta = first_child (r, statement, "meta");
  preface = first_child (r, statement, "preface");
  preamble = first_child (r, statement, "preamble");
  body = first_child (r, statement, "mainBody");
  conclusions = first_child (r, statement, "conclusions");
  attachments = first_child (r, statement, "attachments");
  proprietary = find_proprietary (r, meta);
  r->native = proprietary != NULL;

  for (xmlNode *child = statement->children; child != NULL; child = child->next)
    if (is_element (child) && child != meta && child != preface && child != preamble
        && child != body && child != conclusions && child != attachments
        && !is_akn (r, child, "coverPage"))
      warn_not_kept (r, child, name_of (statement));

  _resolute_document_load_begin (r->document);

  /* metadata */
  if (r->native)
    {
      read_proprietary (r, proprietary);
      for (xmlNode *child = meta->children; child != NULL; child = child->next)
        if (is_element (child) && !is_akn (r, child, "identification")
            && !is_akn (r, child, "references") && !is_akn (r, child, "notes")
            && !(is_akn (r, child, "proprietary") && child == proprietary->parent))
          warn_not_kept (r, child, "the metadata");
    }
  else
    {
      g_autofree char *name = get_attr (statement, "name");
      ResoluteDocumentKind kind = RESOLUTE_DOCUMENT_KIND_RESOLUTION;

      if (resolute_akn_kind_from_statement (name, &kind))
        resolute_document_set_kind (r->document, kind);
      else
        warn (r, statement,
              _("the kind of statement “%s” is not known; it is read as a resolution"),
              name != NULL ? name : "");
      if (kind == RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION
          || kind == RESOLUTE_DOCUMENT_KIND_AMENDMENT)
        resolute_document_set_distribution (r->document, RESOLUTE_DISTRIBUTION_LIMITED);
      read_foreign_meta (r, meta);
    }
  r->language = resolute_document_get_language (r->document);

  collect_note_nodes (r, statement, 0);

  if (r->native)
    {
      if (preface != NULL)
        read_native_preface (r, preface);
    }
  else
    {
      xmlNode *cover = first_child (r, statement, "coverPage");

      if (cover != NULL)
        read_foreign_preface (r, cover, 0);
      if (preface != NULL)
        read_foreign_preface (r, preface, 0);
      if (r->sponsors->len > 0)
        resolute_document_set_sponsors (r->document, r->sponsors);
      if (preamble != NULL)
        read_foreign_preamble_formulas (r, preamble);
      if (conclusions != NULL)
        read_foreign_conclusions (r, conclusions);
    }

  /* pass 1: structure */
  if (preamble != NULL)
    collect_preamble (r, preamble);
  if (body != NULL)
    collect_body (r, body, FALSE);
  if (attachments != NULL)
    collect_attachments (r, attachments);

  /* ids: GUIDs where they are valid and unique, then new ones */
  for (guint i = 0; i < r->records->len; i++)
    {
      ClauseRecord *record = g_ptr_array_index (r->records, i);

      if (usable_id (r, record->element, record->guid))
        {
          record->id = g_strdup (record->guid);
          g_hash_table_add (r->used_ids, g_strdup (record->id));
        }
    }
  for (guint i = 0; i < r->records->len; i++)
    {
      ClauseRecord *record = g_ptr_array_index (r->records, i);

      if (record->id != NULL)
        continue;
      if (record->guid != NULL)
        warn (r, record->element,
              _("the paragraph id “%s” is used twice; the paragraph gets a new one"),
              record->guid);
      record->id = new_id (r, "c");
    }

  /* pass 2: text (and the footnotes it marks) */
  for (guint i = 0; i < r->records->len; i++)
    build_record (r, g_ptr_array_index (r->records, i));

  /* notes of meta/notes: a mark loaded them, or they are kept unmarked
   * (our own files) */
  if (meta != NULL)
    for (xmlNode *child = meta->children; child != NULL; child = child->next)
      if (is_akn (r, child, "notes"))
        for (xmlNode *note = child->children; note != NULL; note = note->next)
          {
            if (!is_akn (r, note, "note") || g_hash_table_contains (r->note_ids, note))
              continue;
            if (r->native)
              load_note (r, note, RESOLUTE_NOTE_ANCHOR_TEXT);
            else
              warn_not_kept (r, note, "the notes (it has no mark in the text)");
          }

  /* pass 3: the clauses */
  for (guint i = 0; i < r->records->len; i++)
    {
      ClauseRecord *record = g_ptr_array_index (r->records, i);
      ResoluteClause *clause;

      clause = _resolute_document_load_clause (r->document, record->id, record->kind, record->level,
                                               g_steal_pointer (&record->content));
      _resolute_document_load_clause_flags (r->document, clause, record->continuation,
                                            !record->manual_opening, record->heading_label);
    }

  if (!_resolute_document_load_end (r->document, &local_error))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The document in the file is not valid: %s"), local_error->message);
      return FALSE;
    }

  check_numbers (r);
  return TRUE;
}

/**
 * resolute_akn_reader_read:
 * @data: the bytes of the file
 * @warnings: (nullable) (element-type utf8): receives what could not be
 *   kept or was read differently, one message per problem
 *
 * Returns: (transfer full) (nullable): the document, unmodified, or %NULL
 * with @error set (RESOLUTE_ERROR_PARSE, or RESOLUTE_ERROR_TOO_LARGE).
 */
ResoluteDocument *
resolute_akn_reader_read (GBytes     *data,
                          GPtrArray  *warnings,
                          GError    **error)
{
  g_autoptr(ResoluteDocument) document = NULL;
  Reader r = { 0 };
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  LIBXML_TEST_VERSION;

  doc = parse_document (data, error);
  if (doc == NULL)
    return NULL;

  document = resolute_document_new ();
  resolute_document_set_id_seed (document, LOAD_ID_SEED);

  r.document = document;
  r.language = resolute_document_get_language (document);
  r.warnings = warnings;
  r.warned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.records = g_ptr_array_new_with_free_func (clause_record_free);
  r.used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.eid_clauses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.note_nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.note_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  r.cross_refs = g_ptr_array_new_with_free_func (cross_ref_check_free);
  r.markers = g_ptr_array_new_with_free_func (marker_check_free);
  r.sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_sponsor_free);

  ok = read_document (&r, doc, error);

  g_hash_table_unref (r.warned);
  g_ptr_array_unref (r.records);
  g_hash_table_unref (r.used_ids);
  g_hash_table_unref (r.eid_clauses);
  g_hash_table_unref (r.note_nodes);
  g_hash_table_unref (r.note_ids);
  g_ptr_array_unref (r.cross_refs);
  g_ptr_array_unref (r.markers);
  g_ptr_array_unref (r.sponsors);
  xmlFreeDoc (doc);

  if (!ok)
    return NULL;

  /* ids of clauses added from now on are not predictable */
  resolute_document_set_id_seed (document, g_random_int ());
  return g_steal_pointer (&document);
}
