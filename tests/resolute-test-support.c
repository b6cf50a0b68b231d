/* resolute-test-support.c — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "resolute-akn-writer.h"
#include "resolute-file-format.h"
#include "resolute-test-support.h"

/**
 * resolute_test_shared_path:
 *
 * Returns a path inside ../shared (the corpus and the schema), which
 * RESOLUTE_SHARED_DIR names.
 */
char *
resolute_test_shared_path (const char *first_element,
                           ...)
{
  const char *root = g_getenv ("RESOLUTE_SHARED_DIR");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *element;
  va_list args;

  g_ptr_array_add (parts, (gpointer) (root != NULL ? root : "../shared"));
  va_start (args, first_element);
  for (element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) element);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/**
 * resolute_test_require_shared:
 *
 * Skips the current test, saying why, when a file of ../shared is absent.
 */
gboolean
resolute_test_require_shared (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  g_test_skip_printf ("%s is absent: this test needs the shared corpus and schemas", path);
  return FALSE;
}

char *
resolute_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

GBytes *
resolute_test_load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

ResoluteDocument *
resolute_test_load_document (const char *path,
                             GPtrArray  *warnings)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  document = resolute_file_format_load (file, warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/**
 * resolute_test_save_akn:
 *
 * Returns the Akoma Ntoso bytes of @document as a string, for byte-for-byte
 * comparisons of states (undo must restore the exact previous bytes).
 */
char *
resolute_test_save_akn (ResoluteDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = resolute_akn_writer_write (document, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

/**
 * resolute_test_validate_schema:
 *
 * Validates @akn against ../shared/schemas/akomantoso30.xsd. The caller
 * checks first that the schema exists (resolute_test_require_shared()).
 */
gboolean
resolute_test_validate_schema (GBytes  *akn,
                               GError **error)
{
  static xmlSchemaPtr schema;
  g_autofree char *path = resolute_test_shared_path ("schemas", "akomantoso30.xsd", NULL);
  xmlSchemaValidCtxtPtr valid;
  xmlDocPtr doc;
  gsize size;
  const char *data = g_bytes_get_data (akn, &size);
  int result;

  if (schema == NULL)
    {
      xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (path);

      schema = xmlSchemaParse (parser);
      xmlSchemaFreeParserCtxt (parser);
      g_assert_nonnull (schema);
    }

  doc = xmlReadMemory (data, size, "document.akn", NULL, XML_PARSE_NONET);
  if (doc == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, "not well-formed XML");
      return FALSE;
    }

  valid = xmlSchemaNewValidCtxt (schema);
  result = xmlSchemaValidateDoc (valid, doc);
  xmlSchemaFreeValidCtxt (valid);
  xmlFreeDoc (doc);

  if (result != 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "the document does not validate against akomantoso30.xsd (%d)", result);
      return FALSE;
    }
  return TRUE;
}

static void
dump_inline (GString              *out,
             const ResoluteInline *content)
{
  g_string_append_printf (out, "  «%s»\n", resolute_inline_get_text (content));
  for (guint i = 0; i < resolute_inline_get_n_spans (content); i++)
    {
      const ResoluteSpan *span = resolute_inline_get_span (content, i);

      g_string_append_printf (out, "    span %d %u-%u %s\n", span->kind, span->start, span->end,
                              span->value != NULL ? span->value : "");
    }
  for (guint i = 0; i < resolute_inline_get_n_objects (content); i++)
    {
      const ResoluteInlineObject *object = resolute_inline_get_object (content, i);

      g_string_append_printf (out, "    object %d @%u → %s (%u)\n", object->kind, object->offset,
                              object->target, object->flags);
    }
}

/**
 * resolute_test_dump:
 *
 * Returns every piece of state of @document as text, derived numbers
 * included: two documents with the same dump are the same document.
 */
char *
resolute_test_dump (ResoluteDocument *document)
{
  GString *out = g_string_new (NULL);
  GListModel *footnotes = resolute_document_get_footnotes (document);

  for (guint i = 0; i < RESOLUTE_N_FIELDS; i++)
    if (resolute_document_get_field (document, i) != NULL)
      g_string_append_printf (out, "%s: %s\n", resolute_field_to_string (i),
                              resolute_document_get_field (document, i));
  g_string_append_printf (out, "organ %d kind %d distribution %d\n",
                          resolute_document_get_organ (document),
                          resolute_document_get_kind (document),
                          resolute_document_get_distribution (document));
  for (guint i = 0; i < resolute_document_get_n_sponsors (document); i++)
    {
      const ResoluteSponsor *sponsor = resolute_document_get_sponsor (document, i);

      g_string_append_printf (out, "sponsor %s%s\n", sponsor->name,
                              sponsor->joined_later ? " (later)" : "");
    }
  for (guint i = 0; i < resolute_document_get_n_agenda_items (document); i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (document, i);

      g_string_append_printf (out, "agenda %s: %s\n", item->number, item->title ? item->title : "");
    }
  for (guint i = 0; i < resolute_document_get_n_clauses (document); i++)
    {
      ResoluteClause *clause = resolute_document_get_clause (document, i);

      g_string_append_printf (out, "clause %s %s level %u%s%s label «%s» cites «%s» heading «%s»\n",
                              resolute_clause_get_id (clause),
                              resolute_clause_kind_to_string (resolute_clause_get_kind (clause)),
                              resolute_clause_get_level (clause),
                              resolute_clause_get_continuation (clause) ? " continuation" : "",
                              resolute_clause_get_auto_opening (clause) ? "" : " manual-opening",
                              resolute_clause_get_label (clause),
                              resolute_clause_get_citation (clause),
                              resolute_clause_get_heading_label (clause) ?: "");
      dump_inline (out, resolute_clause_get_content (clause));
    }
  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr(ResoluteFootnote) footnote = g_list_model_get_item (footnotes, i);

      g_string_append_printf (out, "footnote %s anchor %d label %s\n",
                              resolute_footnote_get_id (footnote),
                              resolute_footnote_get_anchor (footnote),
                              resolute_footnote_get_label (footnote));
      dump_inline (out, resolute_footnote_get_content (footnote));
    }

  return g_string_free (out, FALSE);
}

/**
 * resolute_test_assert_same_stats:
 *
 * Asserts that @actual has the counts of @expected: preambular and
 * operative paragraphs, sub-paragraphs, footnotes, annexes and sponsors.
 */
void
resolute_test_assert_same_stats (ResoluteDocument *expected,
                                 ResoluteDocument *actual)
{
  ResoluteDocumentStats before, after;

  resolute_document_get_stats (expected, &before);
  resolute_document_get_stats (actual, &after);
  g_assert_cmpuint (after.preambular, ==, before.preambular);
  g_assert_cmpuint (after.operative, ==, before.operative);
  g_assert_cmpuint (after.subparagraphs, ==, before.subparagraphs);
  g_assert_cmpuint (after.footnotes, ==, before.footnotes);
  g_assert_cmpuint (after.annexes, ==, before.annexes);
  g_assert_cmpuint (after.sponsors, ==, before.sponsors);
}
