/* resolute-akn-validator.c — checks Akoma Ntoso files against the official schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema (akomantoso30.xsd, OASIS LegalDocML, CC BY 4.0) is not shipped
 * with Resolute: the user names it, or it is looked up where a packager or a
 * developer checkout puts it.
 */

#define G_LOG_DOMAIN "resolute-akn-validator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "resolute-akn-validator.h"
#include "resolute-error.h"

/**
 * resolute_akn_validator_find_schema:
 * @hint: (nullable): a path the user gave
 *
 * Returns: (nullable): the path of akomantoso30.xsd: @hint, else
 * $RESOLUTE_AKN_SCHEMA, else the installed copy, else %NULL.
 */
char *
resolute_akn_validator_find_schema (const char *hint)
{
  const char *candidates[] = {
    hint,
    g_getenv ("RESOLUTE_AKN_SCHEMA"),
    PKGDATADIR "/schemas/akomantoso30.xsd",
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] != NULL && g_file_test (candidates[i], G_FILE_TEST_IS_REGULAR))
      return g_strdup (candidates[i]);

  return NULL;
}

static void
collect_error (void           *user_data,
               const xmlError *error)
{
  GPtrArray *problems = user_data;
  g_autofree char *message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));

  if (error->line > 0)
    g_ptr_array_add (problems, g_strdup_printf (_("Line %d: %s"), error->line, message));
  else
    g_ptr_array_add (problems, g_steal_pointer (&message));
}

/**
 * resolute_akn_validator_validate:
 * @problems: (nullable) (element-type utf8): receives one message per problem
 *
 * Returns: %TRUE when @akn validates against the schema at @schema_path.
 * When it does not, @error says so (RESOLUTE_ERROR_SCHEMA) with the first
 * problem, and @problems lists them all.
 */
gboolean
resolute_akn_validator_validate (GBytes      *akn,
                                 const char  *schema_path,
                                 GPtrArray   *problems,
                                 GError     **error)
{
  g_autoptr(GPtrArray) local = g_ptr_array_new_with_free_func (g_free);
  xmlSchemaParserCtxtPtr parser = NULL;
  xmlSchemaValidCtxtPtr valid = NULL;
  xmlSchemaPtr schema = NULL;
  xmlDocPtr doc = NULL;
  gboolean result = FALSE;
  const char *data;
  gsize size;

  g_return_val_if_fail (akn != NULL, FALSE);
  g_return_val_if_fail (schema_path != NULL, FALSE);

  if (problems == NULL)
    problems = local;

  parser = xmlSchemaNewParserCtxt (schema_path);
  xmlSchemaSetParserStructuredErrors (parser, (xmlStructuredErrorFunc) collect_error, local);
  schema = xmlSchemaParse (parser);
  if (schema == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_SCHEMA,
                   _("Cannot read the schema %s"), schema_path);
      goto out;
    }

  data = g_bytes_get_data (akn, &size);
  {
    xmlParserCtxtPtr context = xmlNewParserCtxt ();

    doc = xmlCtxtReadMemory (context, data, size, "document.akn", NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == NULL && xmlCtxtGetLastError (context) != NULL)
      collect_error (problems, xmlCtxtGetLastError (context));
    xmlFreeParserCtxt (context);
  }
  if (doc == NULL)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_SCHEMA, _("The file is not well-formed XML%s%s"),
                   problems->len > 0 ? ": " : "",
                   problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : "");
      goto out;
    }

  valid = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (valid, (xmlStructuredErrorFunc) collect_error, problems);
  if (xmlSchemaValidateDoc (valid, doc) != 0)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_SCHEMA,
                   _("The document does not validate against the Akoma Ntoso schema: %s"),
                   problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : _("unknown error"));
      goto out;
    }

  result = TRUE;

out:
  g_clear_pointer (&valid, xmlSchemaFreeValidCtxt);
  g_clear_pointer (&doc, xmlFreeDoc);
  g_clear_pointer (&schema, xmlSchemaFree);
  g_clear_pointer (&parser, xmlSchemaFreeParserCtxt);
  return result;
}
