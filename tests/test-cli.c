/* test-cli.c — resolute-cli as a user runs it: exit codes, messages, outputs never clobbered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "resolute-test-support.h"

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("resolute-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Runs resolute-cli with the arguments (NULL-terminated). */
static void
cli (Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli_path = g_getenv ("RESOLUTE_CLI");
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_assert_nonnull (cli_path);
  g_ptr_array_add (argv, (gpointer) cli_path);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
seed_path (void)
{
  return resolute_test_shared_path ("corpus", "A-RES-68-160.txt", NULL);
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) version = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) convert_help = { 0 };

  cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "convert"));
  g_assert_nonnull (strstr (help.out, "info"));
  g_assert_nonnull (strstr (help.out, "validate"));

  cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "resolute-cli " PACKAGE_VERSION "\n");

  cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);

  cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "unknown command “frobnicate”"));

  cli (&convert_help, "convert", "--help", NULL);
  g_assert_cmpint (convert_help.status, ==, 0);
  g_assert_nonnull (strstr (convert_help.out, ".akn"));
}

static void
test_info_json_seed (void)
{
  g_autofree char *seed = seed_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *object;

  if (!resolute_test_require_shared (seed))
    return;

  cli (&run, "info", "--json", seed, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "symbol"), ==, "A/RES/68/160");
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==,
                   "Enhancement of international cooperation in the field of human rights");
  g_assert_cmpstr (json_object_get_string_member (object, "organ"), ==, "General Assembly");
  g_assert_cmpint (json_object_get_int_member (object, "preambular"), ==, 9);
  g_assert_cmpint (json_object_get_int_member (object, "operative"), ==, 14);
  g_assert_cmpint (json_object_get_int_member (object, "subparagraphs"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "footnotes"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (object, "annexes"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "sponsors")), ==, 0);
}

static void
test_info_text (void)
{
  g_autofree char *seed = seed_path ();
  g_auto(Run) run = { 0 };

  if (!resolute_test_require_shared (seed))
    return;

  cli (&run, "info", seed, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "A/RES/68/160"));
  g_assert_nonnull (strstr (run.out, "Operative paragraphs:    14"));
}

static void
test_info_json_sponsors (void)
{
  g_autofree char *draft = resolute_test_shared_path ("corpus", "pdf-text", "A_C.4_80_L.2.txt", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *sponsors;

  if (!resolute_test_require_shared (draft))
    return;

  cli (&run, "info", "--json", draft, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  sponsors = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "sponsors");
  g_assert_cmpuint (json_array_get_length (sponsors), ==, 5);
  for (guint i = 0; i < json_array_get_length (sponsors); i++)
    g_assert_cmpstr (json_array_get_string_element (sponsors, i), !=, "");
}

static void
test_convert_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *seed = seed_path ();
  g_autofree char *akn = path_in (fixture, "seed.akn");
  g_autofree char *txt = path_in (fixture, "seed.txt");
  g_autofree char *schema = resolute_test_shared_path ("schemas", "akomantoso30.xsd", NULL);
  g_auto(Run) to_akn = { 0 };
  g_auto(Run) to_txt = { 0 };
  g_auto(Run) info_akn = { 0 };
  g_auto(Run) info_txt = { 0 };
  g_auto(Run) validate = { 0 };

  if (!resolute_test_require_shared (seed) || !resolute_test_require_shared (schema))
    return;

  cli (&to_akn, "convert", seed, akn, NULL);
  g_assert_cmpstr (to_akn.err, ==, "");
  g_assert_cmpint (to_akn.status, ==, 0);
  cli (&to_txt, "convert", akn, txt, NULL);
  g_assert_cmpint (to_txt.status, ==, 0);

  /* the same facts through both formats */
  cli (&info_akn, "info", "--json", akn, NULL);
  cli (&info_txt, "info", "--json", txt, NULL);
  g_assert_cmpint (info_akn.status, ==, 0);
  g_assert_cmpstr (info_akn.out, ==, info_txt.out);

  cli (&validate, "validate", "--schema", schema, akn, NULL);
  g_assert_cmpint (validate.status, ==, 0);
  g_assert_nonnull (strstr (validate.out, "valid"));

  /* the final text as PDF, and that PDF opened again: the same facts, and
   * the ODS text the UN issued, byte for byte */
  {
    g_autofree char *pdf = path_in (fixture, "seed.pdf");
    g_autofree char *from_pdf = path_in (fixture, "from-pdf.txt");
    g_autofree char *original = NULL;
    g_autofree char *again = NULL;
    g_auto(Run) to_pdf = { 0 };
    g_auto(Run) info_pdf = { 0 };
    g_auto(Run) pdf_to_txt = { 0 };

    cli (&to_pdf, "convert", akn, pdf, NULL);
    g_assert_cmpint (to_pdf.status, ==, 0);
    cli (&info_pdf, "info", "--json", pdf, NULL);
    g_assert_cmpint (info_pdf.status, ==, 0);
    g_assert_cmpstr (info_pdf.out, ==, info_txt.out);
    cli (&pdf_to_txt, "convert", pdf, from_pdf, NULL);
    g_assert_cmpint (pdf_to_txt.status, ==, 0);
    g_assert_true (g_file_get_contents (seed, &original, NULL, NULL));
    g_assert_true (g_file_get_contents (from_pdf, &again, NULL, NULL));
    g_assert_cmpstr (again, ==, original);
  }
}

static void
test_convert_failures_leave_output (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *output = path_in (fixture, "out.akn");
  g_autofree char *garbage = path_in (fixture, "garbage.akn");
  g_autofree char *odd = path_in (fixture, "out.doc");
  g_autofree char *contents = NULL;
  g_auto(Run) missing = { 0 };
  g_auto(Run) bad_input = { 0 };
  g_auto(Run) bad_name = { 0 };
  g_auto(Run) too_few = { 0 };

  g_assert_true (g_file_set_contents (output, "precious", -1, NULL));
  g_assert_true (g_file_set_contents (garbage, "<akomaNtoso><statement", -1, NULL));

  cli (&missing, "convert", "/nonexistent/input.txt", output, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/input.txt"));

  cli (&bad_input, "convert", garbage, output, NULL);
  g_assert_cmpint (bad_input.status, ==, 1);
  g_assert_nonnull (strstr (bad_input.err, "garbage.akn"));
  g_assert_cmpstr (bad_input.out, ==, "");

  cli (&bad_name, "convert", garbage, odd, NULL);
  g_assert_cmpint (bad_name.status, ==, 2);
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));

  cli (&too_few, "convert", garbage, NULL);
  g_assert_cmpint (too_few.status, ==, 2);

  /* nothing the user had was touched */
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *schema = resolute_test_shared_path ("schemas", "akomantoso30.xsd", NULL);
  g_autofree char *wrong = path_in (fixture, "wrong.akn");
  g_autofree char *seed = seed_path ();
  g_auto(Run) invalid = { 0 };
  g_auto(Run) no_schema = { 0 };
  g_auto(Run) text = { 0 };

  if (!resolute_test_require_shared (schema))
    return;

  /* well-formed, but not Akoma Ntoso */
  g_assert_true (g_file_set_contents (wrong, "<?xml version=\"1.0\"?><html><body/></html>", -1, NULL));
  cli (&invalid, "validate", "--schema", schema, wrong, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_cmpstr (invalid.err, !=, "");

  cli (&no_schema, "validate", "--schema", "/nonexistent.xsd", wrong, NULL);
  g_assert_cmpint (no_schema.status, ==, 2);

  /* a text is validated as what Resolute would save */
  if (!resolute_test_require_shared (seed))
    return;
  cli (&text, "validate", "--schema", schema, seed, NULL);
  g_assert_cmpint (text.status, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Cli/help-version", test_help_and_version);
  g_test_add_func ("/Resolute/Cli/info-json-seed", test_info_json_seed);
  g_test_add_func ("/Resolute/Cli/info-text", test_info_text);
  g_test_add_func ("/Resolute/Cli/info-json-sponsors", test_info_json_sponsors);
  g_test_add ("/Resolute/Cli/convert-round-trip", Fixture, NULL, fixture_set_up,
              test_convert_round_trip, fixture_tear_down);
  g_test_add ("/Resolute/Cli/convert-failures", Fixture, NULL, fixture_set_up,
              test_convert_failures_leave_output, fixture_tear_down);
  g_test_add ("/Resolute/Cli/validate", Fixture, NULL, fixture_set_up, test_validate,
              fixture_tear_down);

  return g_test_run ();
}
