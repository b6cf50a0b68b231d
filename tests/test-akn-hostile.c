/* test-akn-hostile.c — the Akoma Ntoso reader against malformed, truncated and hostile files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "resolute-akn-reader.h"
#include "resolute-akn-writer.h"
#include "resolute-error.h"
#include "resolute-test-support.h"

#define AKN_OPEN "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"

/* A small valid statement around @body_paragraph (the text of one <p>). */
static char *
statement_with (const char *doctype,
                const char *paragraph)
{
  return g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                      doctype != NULL ? doctype : "",
                      AKN_OPEN "\n"
                      "<statement name=\"resolution\">\n"
                      "<meta><identification source=\"#x\"><FRBRWork>"
                      "<FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/>"
                      "<FRBRdate date=\"2020-01-01\" name=\"x\"/><FRBRauthor href=\"#un-ga\"/>"
                      "<FRBRcountry value=\"un\"/></FRBRWork>"
                      "<FRBRExpression><FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/>"
                      "<FRBRdate date=\"2020-01-01\" name=\"x\"/><FRBRauthor href=\"#x\"/>"
                      "<FRBRlanguage language=\"eng\"/></FRBRExpression>"
                      "<FRBRManifestation><FRBRthis value=\"/a\"/><FRBRuri value=\"/a\"/>"
                      "<FRBRdate date=\"2020-01-01\" name=\"x\"/><FRBRauthor href=\"#x\"/>"
                      "</FRBRManifestation></identification></meta>\n"
                      "<mainBody>\n<paragraph eId=\"para_1\"><content><p>",
                      paragraph,
                      "</p></content></paragraph>\n</mainBody>\n</statement>\n</akomaNtoso>\n",
                      NULL);
}

static ResoluteDocument *
read_string (const char  *text,
             gssize       length,
             GPtrArray   *warnings,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return resolute_akn_reader_read (bytes, warnings, error);
}

/* Reads @text, expects a parse error whose message holds @fragment. */
static void
assert_parse_error (const char *text,
                    gssize      length,
                    const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = read_string (text, length, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
  g_test_message ("%s", error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static void
test_valid_base (void)
{
  g_autofree char *text = statement_with (
    NULL, "Decides &amp; decides &#233;t&#xE9;.<!-- a comment --><?pi data?>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = read_string (text, -1, NULL, &error);

  /* the base the hostile variants start from reads, with the predefined
   * entities and character references that every file may use */
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpstr (resolute_inline_get_text (
                     resolute_clause_get_content (resolute_document_get_clause (document, 0))),
                   ==, "Decides & decides été.");
}

static void
test_billion_laughs (void)
{
  const char *doctype =
    "<!DOCTYPE akomaNtoso [\n"
    "  <!ENTITY lol \"lol\">\n"
    "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    "  <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    "  <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    "  <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    "  <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    "  <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    "  <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    "  <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n";
  g_autofree char *text = statement_with (doctype, "&lol9;");
  gint64 start = g_get_monotonic_time ();

  assert_parse_error (text, -1, "Line 3: the file declares the entity “lol”");

  /* it fails at the first declaration, without expanding anything */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_external_entity (void)
{
  g_autofree char *general = statement_with (
    "<!DOCTYPE akomaNtoso [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n", "&xxe;");
  g_autofree char *parameter = statement_with (
    "<!DOCTYPE akomaNtoso [\n<!ENTITY % dtd SYSTEM \"file:///etc/passwd\">\n%dtd;\n]>\n", "text");
  g_autofree char *undeclared = statement_with (NULL, "&xxe;");
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;

  assert_parse_error (general, -1, "declares the entity “xxe”");
  assert_parse_error (parameter, -1, "declares the entity “dtd”");
  /* a reference to an entity nobody declared is an error too, with its line */
  assert_parse_error (undeclared, -1, "Line 6: the file is not well-formed XML");

  /* an external DTD is never loaded (no network, no file): the document
   * reads, and nothing of /etc/passwd gets in */
  {
    g_autofree char *external = statement_with (
      "<!DOCTYPE akomaNtoso SYSTEM \"file:///etc/passwd\">\n", "text");

    document = read_string (external, -1, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (document);
    g_assert_cmpstr (resolute_inline_get_text (
                       resolute_clause_get_content (resolute_document_get_clause (document, 0))),
                     ==, "text");
    g_clear_object (&document);
  }

  /* XInclude is not processed */
  {
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *xinclude = statement_with (
      NULL, "before<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
            "href=\"file:///etc/passwd\" parse=\"text\"/>after");

    document = read_string (xinclude, -1, warnings, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (resolute_inline_get_text (
                       resolute_clause_get_content (resolute_document_get_clause (document, 0))),
                     ==, "beforeafter");
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "<include>"));
  }
}

static void
test_deep_nesting (void)
{
  GString *deep = g_string_new ("<?xml version=\"1.0\"?>\n" AKN_OPEN
                                "<statement name=\"resolution\"><mainBody>");
  g_autoptr(GString) moderate = NULL;
  g_autofree char *moderate_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (deep, "<container name=\"x\">");
  for (guint i = 0; i < 10000; i++)
    g_string_append (deep, "</container>");
  g_string_append (deep, "</mainBody></statement></akomaNtoso>");
  assert_parse_error (deep->str, deep->len, "Line 2: the elements are nested too deeply");
  g_string_free (deep, TRUE);

  /* nesting libxml2 accepts is read without trouble: 200 italics deep */
  moderate = g_string_new (NULL);
  for (guint i = 0; i < 200; i++)
    g_string_append (moderate, "<i>");
  g_string_append (moderate, "deep");
  for (guint i = 0; i < 200; i++)
    g_string_append (moderate, "</i>");
  moderate_text = statement_with (NULL, moderate->str);
  document = read_string (moderate_text, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_inline_get_text (
                     resolute_clause_get_content (resolute_document_get_clause (document, 0))),
                   ==, "deep");
}

static GBytes *
sample_file (void)
{
  g_autoptr(ResoluteDocument) document = resolute_document_new ();
  g_autoptr(ResoluteInline) text = resolute_inline_new_from_text (
    "Decides to remain seized of the matter.");
  g_autoptr(ResoluteInline) note = resolute_inline_new_from_text ("A note.");
  g_autoptr(GError) error = NULL;

  resolute_document_set_id_seed (document, 1);
  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "A title", NULL);
  resolute_document_insert_clause (document, 0, RESOLUTE_CLAUSE_PREAMBULAR, 0, text, &error);
  g_assert_no_error (error);
  resolute_document_insert_clause (document, 1, RESOLUTE_CLAUSE_OPERATIVE, 0, text, &error);
  g_assert_no_error (error);
  resolute_document_insert_footnote (document, 1, 7, note, &error);
  g_assert_no_error (error);
  return resolute_akn_writer_write (document, &error);
}

static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = sample_file ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  assert_parse_error (data, size / 2, "it is truncated or incomplete");
  assert_parse_error ("<akomaNtoso><statement", -1, "Line 1:");

  /* cut anywhere, the file gives an error, never a crash */
  for (gsize length = 1; length < size - 2; length += 37)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ResoluteDocument) document = read_string (data, length, NULL, &error);

      g_assert_null (document);
      g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_PARSE);
    }
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *latin1 = statement_with (NULL, "Caf\xe9 and more");
  g_autofree char *declared = g_strconcat (
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" AKN_OPEN,
    "<statement name=\"x\"><mainBody><p>Café</p></mainBody></statement></akomaNtoso>", NULL);
  g_autofree char *control = statement_with (NULL, "bell \x07 here");

  assert_parse_error (latin1, -1, "Line 6: the file is not valid UTF-8 text");
  assert_parse_error ("\xff\xfe<\0a\0k\0", 8, "not valid UTF-8");
  assert_parse_error (declared, -1, "declares the ISO-8859-1 encoding");
  assert_parse_error (control, -1, "Line 6: the file is not well-formed XML");
}

static void
test_wrong_documents (void)
{
  assert_parse_error ("<?xml version=\"1.0\"?>\n<html><body/></html>", -1,
                      "Line 2: the file is not an Akoma Ntoso document");
  assert_parse_error ("<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><act/></akomaNtoso>", -1,
                      "not an Akoma Ntoso 3.0 document");
  assert_parse_error (AKN_OPEN "\n<act name=\"x\"/></akomaNtoso>", -1,
                      "Line 2: the file holds an Akoma Ntoso <act>");
  assert_parse_error (AKN_OPEN "</akomaNtoso>", -1, "holds no statement");
  assert_parse_error ("Just some text, not XML at all.", -1, "Line 1:");
  assert_parse_error ("<a></b>", -1, "Line 1:");
  assert_parse_error (AKN_OPEN "<statement name=\"x\"/></akomaNtoso>\n<extra/>", -1,
                      "Line 2: the file goes on after the end of the document");
}

static void
test_empty (void)
{
  assert_parse_error ("", 0, "The file is empty");
  assert_parse_error ("  \n\t \n", -1, "The file is empty");
  assert_parse_error ("\xef\xbb\xbf", 3, "The file is empty");
}

static void
test_too_large (void)
{
  gsize size = 64 * 1024 * 1024 + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);
  document = resolute_akn_reader_read (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE);
}

static void
test_invalid_structure (void)
{
  const char *orphan_closing = AKN_OPEN
    "<statement name=\"resolution\"><mainBody>"
    "<paragraph><list><intro><p>Chapeau:</p></intro>"
    "<wrapUp><p>closing</p></wrapUp></list></paragraph>"
    "</mainBody></statement></akomaNtoso>";
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  const char *twice =
    AKN_OPEN "<statement name=\"resolution\"><mainBody>"
    "<paragraph GUID=\"same\"><content><p>One</p></content></paragraph>"
    "<paragraph GUID=\"same\"><content><p>Two</p></content></paragraph>"
    "<paragraph GUID=\"has space\"><content><p>Three</p></content></paragraph>"
    "</mainBody></statement></akomaNtoso>";

  /* a closing text without sub-paragraphs breaks the model's rules */
  assert_parse_error (orphan_closing, -1, "The document in the file is not valid");

  /* ids used twice or not usable: new ones, said */
  document = read_string (twice, -1, warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (resolute_document_get_n_clauses (document), ==, 3);
  g_assert_cmpstr (resolute_clause_get_id (resolute_document_get_clause (document, 0)), ==, "same");
  g_assert_cmpstr (resolute_clause_get_id (resolute_document_get_clause (document, 1)), !=, "same");
  g_assert_cmpuint (warnings->len, ==, 2);
}

/* Random damage to a valid file: an error or a document, never a crash. */
static void
test_mutations (void)
{
  g_autoptr(GBytes) bytes = sample_file ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GRand *rand = g_rand_new_with_seed (20251126);
  const char replacements[] = "<>&\"'/=x\xc3\xbc;#\n ";

  for (guint round = 0; round < 400; round++)
    {
      g_autofree char *copy = g_memdup2 (data, size);
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(ResoluteDocument) document = NULL;

      for (guint i = 0, n = g_rand_int_range (rand, 1, 4); i < n; i++)
        copy[g_rand_int_range (rand, 0, size)]
          = replacements[g_rand_int_range (rand, 0, sizeof replacements - 1)];

      document = read_string (copy, size, warnings, &error);
      if (document == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == RESOLUTE_ERROR);
          g_assert_true (error->code == RESOLUTE_ERROR_PARSE);
        }
      else
        {
          g_autoptr(GBytes) again = NULL;

          /* what reads, saves */
          g_assert_no_error (error);
          again = resolute_akn_writer_write (document, &error);
          g_assert_no_error (error);
          g_assert_nonnull (again);
        }
    }
  g_rand_free (rand);
}

/* Every hostile file above, in a child: nothing may reach stderr, since
 * libxml2's messages go to the handler of each parse. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      test_billion_laughs ();
      test_external_entity ();
      test_deep_nesting ();
      test_truncated ();
      test_invalid_utf8 ();
      test_wrong_documents ();
      test_empty ();
      test_invalid_structure ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/AknHostile/valid-base", test_valid_base);
  g_test_add_func ("/Resolute/AknHostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/Resolute/AknHostile/external-entity", test_external_entity);
  g_test_add_func ("/Resolute/AknHostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/Resolute/AknHostile/truncated", test_truncated);
  g_test_add_func ("/Resolute/AknHostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/Resolute/AknHostile/wrong-documents", test_wrong_documents);
  g_test_add_func ("/Resolute/AknHostile/empty", test_empty);
  g_test_add_func ("/Resolute/AknHostile/too-large", test_too_large);
  g_test_add_func ("/Resolute/AknHostile/invalid-structure", test_invalid_structure);
  g_test_add_func ("/Resolute/AknHostile/mutations", test_mutations);
  g_test_add_func ("/Resolute/AknHostile/quiet", test_quiet);

  return g_test_run ();
}
