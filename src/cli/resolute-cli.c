/* resolute-cli.c — convert, inspect and validate resolutions without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "resolute-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "resolute-akn-validator.h"
#include "resolute-akn-writer.h"
#include "resolute-document.h"
#include "resolute-file-format.h"
#include "resolute-pdf-writer.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILURE_ = 1, /* the command failed: unreadable input, invalid document */
  EXIT_USAGE = 2,    /* the command line is wrong */
};

static void
print_error (const char *context,
             const char *message)
{
  if (context != NULL)
    g_printerr ("resolute-cli: %s: %s\n", context, message);
  else
    g_printerr ("resolute-cli: %s\n", message);
}

static void
print_warnings (GPtrArray  *warnings,
                const char *filename)
{
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("%s: warning: %s\n"), filename, (const char *) g_ptr_array_index (warnings, i));
}

/* Opens @filename, printing the reader's warnings. */
static ResoluteDocument *
open_document (const char *filename,
               gboolean    quiet)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  ResoluteDocument *document;

  document = resolute_file_format_load (file, warnings, &error);
  if (document == NULL)
    {
      /* the loader names the file in its message already */
      print_error (NULL, error->message);
      return NULL;
    }
  if (!quiet)
    print_warnings (warnings, filename);

  return document;
}

/* ------------------------------------------------------------------------ */

static int
command_convert (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *output_basename = NULL;
  g_autofree char *paper = NULL;
  gboolean quiet = FALSE;
  gboolean qr_code = FALSE;
  ResoluteFileFormat format;
  ResolutePageLayoutOptions pdf_options = { 0 };
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not print import warnings"), NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper size of a PDF: a4 (the default) or letter"),
      N_("SIZE") },
    { "qr-code", 0, 0, G_OPTION_ARG_NONE, &qr_code,
      N_("Print a QR code of the document's address on the first page of a PDF"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("INPUT OUTPUT"));
  g_option_context_set_summary (context,
                                _("Convert a resolution between formats, chosen by extension:\n"
                                  "  .akn, .xml  Akoma Ntoso 3.0\n"
                                  "  .txt        ODS text rendition (also text copied from a UN PDF)\n"
                                  "  .docx       Word\n"
                                  "  .odt        OpenDocument\n"
                                  "  .pdf        the final text as the UN lays it out; as input,\n"
                                  "              a UN document read through the text of its pages"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error ("convert", error->message);
      return EXIT_USAGE;
    }
  if (argc != 3)
    {
      print_error ("convert", _("expected INPUT and OUTPUT (see resolute-cli convert --help)"));
      return EXIT_USAGE;
    }

  output = g_file_new_for_commandline_arg (argv[2]);
  output_basename = g_file_get_basename (output);
  format = resolute_file_format_from_filename (output_basename);
  if (format == RESOLUTE_FILE_FORMAT_UNKNOWN)
    {
      g_autofree char *message = g_strdup_printf (_("cannot tell the output format from the name “%s”: "
                                                    "use .akn, .xml, .txt, .docx, .odt or .pdf"),
                                                  argv[2]);
      print_error ("convert", message);
      return EXIT_USAGE;
    }

  if ((paper != NULL || qr_code) && format != RESOLUTE_FILE_FORMAT_PDF)
    {
      print_error ("convert", _("--paper and --qr-code apply to PDF output only"));
      return EXIT_USAGE;
    }
  if (paper != NULL && !resolute_paper_size_from_string (paper, &pdf_options.paper))
    {
      g_autofree char *message = g_strdup_printf (_("unknown paper size “%s”: use a4 or letter"),
                                                  paper);
      print_error ("convert", message);
      return EXIT_USAGE;
    }
  pdf_options.qr_code = qr_code;

  document = open_document (argv[1], quiet);
  if (document == NULL)
    return EXIT_FAILURE_;

  /* Serialize completely before touching the output: a failed conversion
   * never creates or overwrites it. */
  if (format == RESOLUTE_FILE_FORMAT_PDF)
    data = resolute_pdf_writer_write_with_options (document, &pdf_options, &error);
  else
    data = resolute_file_format_serialize (document, format, &error);
  if (data == NULL)
    {
      print_error (argv[2], error->message);
      return EXIT_FAILURE_;
    }
  if (!resolute_file_format_write_atomically (output, data, FALSE, &error))
    {
      print_error (argv[2], error->message);
      return EXIT_FAILURE_;
    }

  return EXIT_OK;
}

/* ------------------------------------------------------------------------ */

static const char *
organ_name (ResoluteDocument *document)
{
  return resolute_language_get_organ_name (resolute_document_get_language (document),
                                           resolute_document_get_organ (document));
}

static void
print_info_json (ResoluteDocument            *document,
                 const ResoluteDocumentStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);
  const char *title = resolute_document_get_field (document, RESOLUTE_FIELD_TITLE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "symbol");
  if (symbol != NULL)
    json_builder_add_string_value (builder, symbol);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "title");
  if (title != NULL)
    json_builder_add_string_value (builder, title);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "organ");
  json_builder_add_string_value (builder, organ_name (document));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder,
                                 resolute_document_kind_to_string (resolute_document_get_kind (document)));
  json_builder_set_member_name (builder, "preambular");
  json_builder_add_int_value (builder, stats->preambular);
  json_builder_set_member_name (builder, "operative");
  json_builder_add_int_value (builder, stats->operative);
  json_builder_set_member_name (builder, "subparagraphs");
  json_builder_add_int_value (builder, stats->subparagraphs);
  json_builder_set_member_name (builder, "footnotes");
  json_builder_add_int_value (builder, stats->footnotes);
  json_builder_set_member_name (builder, "annexes");
  json_builder_add_int_value (builder, stats->annexes);
  json_builder_set_member_name (builder, "sponsors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < resolute_document_get_n_sponsors (document); i++)
    json_builder_add_string_value (builder, resolute_document_get_sponsor (document, i)->name);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, stats->words);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_info_text (ResoluteDocument            *document,
                 const ResoluteDocumentStats *stats)
{
  const char *symbol = resolute_document_get_field (document, RESOLUTE_FIELD_SYMBOL);
  const char *title = resolute_document_get_field (document, RESOLUTE_FIELD_TITLE);

  g_print ("%-24s %s\n", _("Symbol:"), symbol != NULL ? symbol : "—");
  g_print ("%-24s %s\n", _("Title:"), title != NULL ? title : "—");
  g_print ("%-24s %s\n", _("Organ:"), organ_name (document));
  g_print ("%-24s %u\n", _("Preambular paragraphs:"), stats->preambular);
  g_print ("%-24s %u\n", _("Operative paragraphs:"), stats->operative);
  g_print ("%-24s %u\n", _("Sub-paragraphs:"), stats->subparagraphs);
  g_print ("%-24s %u\n", _("Footnotes:"), stats->footnotes);
  g_print ("%-24s %u\n", _("Annexes:"), stats->annexes);
  g_print ("%-24s %u\n", _("Sponsors:"), stats->sponsors);
  for (guint i = 0; i < resolute_document_get_n_sponsors (document); i++)
    g_print ("%-24s %s\n", "", resolute_document_get_sponsor (document, i)->name);
  g_print ("%-24s %u\n", _("Words:"), stats->words);
}

static int
command_info (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  ResoluteDocumentStats stats;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the facts as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Print the symbol, title, organ and the counts of paragraphs, "
                                  "sub-paragraphs, footnotes, annexes and sponsors."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error ("info", error->message);
      return EXIT_USAGE;
    }
  if (argc != 2)
    {
      print_error ("info", _("expected one FILE (see resolute-cli info --help)"));
      return EXIT_USAGE;
    }

  document = open_document (argv[1], json);
  if (document == NULL)
    return EXIT_FAILURE_;

  resolute_document_get_stats (document, &stats);
  if (json)
    print_info_json (document, &stats);
  else
    print_info_text (document, &stats);

  return EXIT_OK;
}

/* ------------------------------------------------------------------------ */

static int
command_validate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ResoluteDocument) document = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) akn = NULL;
  g_autofree char *schema_option = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *basename = NULL;
  const GOptionEntry entries[] = {
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema_option,
      N_("The Akoma Ntoso schema akomantoso30.xsd (default: $RESOLUTE_AKN_SCHEMA)"), N_("XSD") },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Check a resolution: the structure rules of the model, and the "
                                  "Akoma Ntoso schema (for an .akn/.xml file, the file itself; for "
                                  "a text, what Resolute would save). Exits 0 only when valid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error ("validate", error->message);
      return EXIT_USAGE;
    }
  if (argc != 2)
    {
      print_error ("validate", _("expected one FILE (see resolute-cli validate --help)"));
      return EXIT_USAGE;
    }

  schema = resolute_akn_validator_find_schema (schema_option);
  if (schema == NULL)
    {
      print_error ("validate",
                   schema_option != NULL
                     ? _("the schema file given with --schema does not exist")
                     : _("cannot find the Akoma Ntoso schema akomantoso30.xsd: "
                         "name it with --schema or RESOLUTE_AKN_SCHEMA"));
      return EXIT_USAGE;
    }

  document = open_document (argv[1], FALSE);
  if (document == NULL)
    return EXIT_FAILURE_;

  if (!resolute_document_check (document, &error))
    {
      print_error (argv[1], error->message);
      return EXIT_FAILURE_;
    }

  basename = g_path_get_basename (argv[1]);
  if (resolute_file_format_from_filename (basename) == RESOLUTE_FILE_FORMAT_AKN)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
      char *contents = NULL;
      gsize length = 0;

      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
        {
          print_error (argv[1], error->message);
          return EXIT_FAILURE_;
        }
      akn = g_bytes_new_take (contents, length);
    }
  else
    {
      akn = resolute_akn_writer_write (document, &error);
      if (akn == NULL)
        {
          print_error (argv[1], error->message);
          return EXIT_FAILURE_;
        }
    }

  if (!resolute_akn_validator_validate (akn, schema, problems, &error))
    {
      print_error (argv[1], error->message);
      for (guint i = 1; i < problems->len; i++)
        g_printerr ("  %s\n", (const char *) g_ptr_array_index (problems, i));
      return EXIT_FAILURE_;
    }

  g_print (_("%s: valid\n"), argv[1]);
  return EXIT_OK;
}

/* ------------------------------------------------------------------------ */

static const struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "convert", command_convert, N_("Convert between Akoma Ntoso and ODS text") },
  { "info", command_info, N_("Show the symbol, title and counts of a resolution") },
  { "validate", command_validate, N_("Check a resolution against the model and the schema") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: resolute-cli COMMAND [OPTION…] FILE…"));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “resolute-cli COMMAND --help” for the options of a command."));
  fprintf (stream, "%s\n", _("  --version  Print the version"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("resolute-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("resolute-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("resolute-cli %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  {
    g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);

    print_error (NULL, message);
    print_usage (stderr);
  }
  return EXIT_USAGE;
}
