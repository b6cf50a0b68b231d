/* resolute-office-xml.c — XML of the Word and OpenDocument parts: writing and safe parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing goes through libxml2's xmlTextWriter into memory, without
 * indentation (word processors keep white space inside paragraphs).
 *
 * Parsing uses the options of the Akoma Ntoso reader: no entity
 * substitution (no XML_PARSE_NOENT), no DTD loading, no network, libxml2's
 * depth and size limits kept (no XML_PARSE_HUGE). Word and OpenDocument
 * parts never have a document type declaration, so a part that has one is
 * refused outright: that is where "billion laughs" entities and external
 * entities would be declared.
 */

#define G_LOG_DOMAIN "resolute-office-xml"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include "resolute-error.h"
#include "resolute-office-xml.h"
#include "resolute-inline.h"

struct _ResoluteXmlWriter
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr xml;
  gboolean         failed;
};

static void
check (ResoluteXmlWriter *self,
       int                result)
{
  if (result < 0)
    self->failed = TRUE;
}

ResoluteXmlWriter *
resolute_xml_writer_new (void)
{
  ResoluteXmlWriter *self = g_new0 (ResoluteXmlWriter, 1);

  LIBXML_TEST_VERSION;

  self->buffer = xmlBufferCreate ();
  self->xml = self->buffer != NULL ? xmlNewTextWriterMemory (self->buffer, 0) : NULL;
  if (self->xml == NULL)
    self->failed = TRUE;
  else
    check (self, xmlTextWriterStartDocument (self->xml, NULL, "UTF-8", "yes"));
  return self;
}

void
resolute_xml_writer_free (ResoluteXmlWriter *self)
{
  if (self == NULL)
    return;

  if (self->xml != NULL)
    xmlFreeTextWriter (self->xml);
  if (self->buffer != NULL)
    xmlBufferFree (self->buffer);
  g_free (self);
}

void
resolute_xml_start (ResoluteXmlWriter *self,
                    const char        *name)
{
  if (self->xml != NULL)
    check (self, xmlTextWriterStartElement (self->xml, (const xmlChar *) name));
}

void
resolute_xml_end (ResoluteXmlWriter *self)
{
  if (self->xml != NULL)
    check (self, xmlTextWriterEndElement (self->xml));
}

void
resolute_xml_attr (ResoluteXmlWriter *self,
                   const char        *name,
                   const char        *value)
{
  g_autofree char *clean = NULL;

  if (self->xml == NULL || value == NULL)
    return;
  clean = resolute_xml_clean (value, -1);
  check (self, xmlTextWriterWriteAttribute (self->xml, (const xmlChar *) name,
                                            (const xmlChar *) clean));
}

void
resolute_xml_attr_printf (ResoluteXmlWriter *self,
                          const char        *name,
                          const char        *format,
                          ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  resolute_xml_attr (self, name, value);
}

/* A length with a unit ("pt", "cm"), in the C locale, without trailing zeros. */
void
resolute_xml_attr_points (ResoluteXmlWriter *self,
                          const char        *name,
                          double             points,
                          const char        *unit)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *value = NULL;

  g_ascii_formatd (buffer, sizeof buffer, "%.3f", points);
  /* 12.000 → 12, 6.500 → 6.5 */
  if (strchr (buffer, '.') != NULL)
    {
      gsize len = strlen (buffer);

      while (len > 0 && buffer[len - 1] == '0')
        buffer[--len] = '\0';
      if (len > 0 && buffer[len - 1] == '.')
        buffer[--len] = '\0';
    }
  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");
  value = g_strconcat (buffer, unit, NULL);
  resolute_xml_attr (self, name, value);
}

void
resolute_xml_text (ResoluteXmlWriter *self,
                   const char        *text,
                   gssize             length)
{
  g_autofree char *clean = NULL;

  if (self->xml == NULL || text == NULL)
    return;
  clean = resolute_xml_clean (text, length);
  if (*clean != '\0')
    check (self, xmlTextWriterWriteString (self->xml, (const xmlChar *) clean));
}

/* <name attribute="value"/> */
void
resolute_xml_element (ResoluteXmlWriter *self,
                      const char        *name,
                      const char        *attribute,
                      const char        *value)
{
  resolute_xml_start (self, name);
  if (attribute != NULL)
    resolute_xml_attr (self, attribute, value);
  resolute_xml_end (self);
}

void
resolute_xml_text_element (ResoluteXmlWriter *self,
                           const char        *name,
                           const char        *text)
{
  resolute_xml_start (self, name);
  resolute_xml_text (self, text, -1);
  resolute_xml_end (self);
}

GBytes *
resolute_xml_writer_finish (ResoluteXmlWriter  *self,
                            GError            **error)
{
  if (self->xml != NULL)
    {
      check (self, xmlTextWriterEndDocument (self->xml));
      xmlFreeTextWriter (self->xml);
      self->xml = NULL;
    }
  if (self->failed || self->buffer == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("Not enough memory to write the document"));
      return NULL;
    }
  return g_bytes_new (xmlBufferContent (self->buffer), xmlBufferLength (self->buffer));
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD && c != RESOLUTE_OBJECT_CHAR)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

/**
 * resolute_xml_clean:
 *
 * Returns: (transfer full): @text without what XML 1.0 cannot carry
 * (control characters, invalid UTF-8) and without U+FFFC, which only
 * stands for objects.
 */
char *
resolute_xml_clean (const char *text,
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

/* ------------------------------------------------------------------------ */
/* Parsing                                                                  */

typedef struct
{
  char *forbidden;
  char *first_error;
  int   first_line;
} ParseState;

static void
on_parse_error (void       *user_data,
                xmlErrorPtr error)
{
  xmlParserCtxtPtr context = user_data;
  ParseState *state = context->_private;

  if (state->first_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  state->first_error = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  state->first_line = error->line;
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr context = user_data;
  ParseState *state = context->_private;

  if (state->forbidden == NULL)
    state->forbidden = g_strdup_printf ("%d", context->input != NULL ? context->input->line : 0);
  context->wellFormed = 0;
  xmlStopParser (context);
}

static void
on_entity_decl (void          *user_data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  on_internal_subset (user_data, name, public_id, system_id);
}

/**
 * resolute_xml_parse:
 * @part: the name of the part, for messages ("word/document.xml")
 * @kind: what the file is, for messages ("Word document")
 *
 * Returns: (transfer full) (nullable): the parsed part, or %NULL with a
 * %RESOLUTE_ERROR_PARSE error.
 */
xmlDocPtr
resolute_xml_parse (GBytes      *data,
                    const char  *part,
                    const char  *kind,
                    GError     **error)
{
  ParseState state = { 0 };
  xmlParserCtxtPtr context;
  xmlDocPtr doc;
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);

  if (size > G_MAXINT)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("The part %s of the %s is too large"), part, kind);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE,
                   _("Not enough memory to read the file"));
      return NULL;
    }
  context->_private = &state;
  context->sax->serror = (xmlStructuredErrorFunc) on_parse_error;
  context->sax->internalSubset = on_internal_subset;
  context->sax->externalSubset = on_internal_subset;
  context->sax->entityDecl = on_entity_decl;

  doc = xmlCtxtReadMemory (context, size > 0 ? bytes : "", (int) size, part, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA
                             | XML_PARSE_BIG_LINES);

  if (state.forbidden != NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %s of %s: the %s declares a document type or entities; Resolute "
                     "does not read files that do"),
                   state.forbidden, part, kind);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !context->wellFormed)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("Line %d of %s: the %s is damaged: %s"), state.first_line, part, kind,
                   state.first_error != NULL ? state.first_error : _("not well-formed XML"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE,
                   _("The part %s of the %s is empty"), part, kind);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  context->_private = NULL;
  xmlFreeParserCtxt (context);
  g_free (state.forbidden);
  g_free (state.first_error);

  return doc;
}

gboolean
resolute_xml_is (xmlNodePtr  node,
                 const char *ns,
                 const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL
         && strcmp ((const char *) node->ns->href, ns) == 0
         && strcmp ((const char *) node->name, name) == 0;
}

xmlNodePtr
resolute_xml_child (xmlNodePtr  node,
                    const char *ns,
                    const char *name)
{
  if (node == NULL)
    return NULL;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if (resolute_xml_is (child, ns, name))
      return child;
  return NULL;
}

/**
 * resolute_xml_get_attr:
 *
 * Returns: (transfer full) (nullable): the value of the attribute @name in
 * namespace @ns.
 */
char *
resolute_xml_get_attr (xmlNodePtr  node,
                       const char *ns,
                       const char *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;
  value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}
