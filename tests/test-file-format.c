/* test-file-format.c — opening by name or content, atomic saves with a backup, bad files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "resolute-error.h"
#include "resolute-file-format.h"
#include "resolute-test-support.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("resolute-file-format-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, g_file_info_get_name (info), NULL);

      g_chmod (path, 0600);
      g_remove (path);
      g_object_unref (info);
    }
  g_chmod (fixture->dir, 0700);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static ResoluteDocument *
make_document (void)
{
  ResoluteDocument *document = resolute_document_new ();
  g_autoptr(ResoluteInline) text = resolute_inline_new_from_text ("Decides to remain seized of the matter.");

  resolute_document_set_field (document, RESOLUTE_FIELD_SYMBOL, "A/RES/80/1", NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "A title", NULL);
  g_assert_nonnull (resolute_document_insert_clause (document, 0, RESOLUTE_CLAUSE_OPERATIVE, 0, text,
                                                     NULL));
  return document;
}

static void
test_names (void)
{
  g_assert_cmpint (resolute_file_format_from_filename ("a.akn"), ==, RESOLUTE_FILE_FORMAT_AKN);
  g_assert_cmpint (resolute_file_format_from_filename ("A.XML"), ==, RESOLUTE_FILE_FORMAT_AKN);
  g_assert_cmpint (resolute_file_format_from_filename ("a.txt"), ==, RESOLUTE_FILE_FORMAT_ODS_TEXT);
  g_assert_cmpint (resolute_file_format_from_filename ("a.doc"), ==, RESOLUTE_FILE_FORMAT_UNKNOWN);
  g_assert_cmpint (resolute_file_format_from_filename (NULL), ==, RESOLUTE_FILE_FORMAT_UNKNOWN);
}

static void
test_save_keeps_backup (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ResoluteDocument) document = make_document ();
  g_autofree char *path = g_build_filename (fixture->dir, "draft.akn", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, "Another title", NULL);
  g_assert_true (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, TRUE, &error));
  g_assert_no_error (error);

  /* the previous version is the backup, byte for byte */
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, first);

  /* and the new file opens with the new title */
  {
    g_autoptr(ResoluteDocument) reopened = resolute_file_format_load (file, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (resolute_document_get_field (reopened, RESOLUTE_FIELD_TITLE), ==, "Another title");
  }
}

static void
test_failed_save_leaves_file (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(ResoluteDocument) document = make_document ();
  g_autofree char *path = g_build_filename (fixture->dir, "draft.doc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* an unknown format: nothing is written */
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_assert_false (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, TRUE, &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_NOT_SUPPORTED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ResoluteDocument) document = make_document ();
  g_autofree char *path = g_build_filename (fixture->dir, "draft.akn", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders: the permission case cannot be tested");
      return;
    }

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
  g_assert_false (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, TRUE, &error));
  g_assert_nonnull (error);
  g_chmod (fixture->dir, 0700);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

/* A write that fails half-way (here: past the file size limit, as on a full
 * disk) leaves the previous file as it was. Works as root too. */
static void
test_write_fails_midway (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "draft.akn", NULL);
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(ResoluteDocument) document = make_document ();
      g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("RESOLUTE_TEST_TARGET"));
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 64, 64 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, TRUE,
                                                 &error));
      g_assert_nonnull (error);
      return;
    }

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_setenv ("RESOLUTE_TEST_TARGET", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");

  /* and no half-written temporary file is left behind */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_assert_cmpstr (name, ==, "draft.akn");
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_open_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *big = g_build_filename (fixture->dir, "huge.akn", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/resolution.akn");
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GError) error = NULL;
  FILE *stream;

  g_assert_null (resolute_file_format_load (folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_null (resolute_file_format_load (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a (sparse) file past the size bound is refused before it is read */
  stream = fopen (big, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (fseek (stream, RESOLUTE_FILE_FORMAT_MAX_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('x', stream);
  fclose (stream);
  g_assert_null (resolute_file_format_load (big_file, NULL, &error));
  g_assert_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_TOO_LARGE);
}

static void
test_sniff_unknown_name (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(ResoluteDocument) document = make_document ();
  g_autofree char *path = g_build_filename (fixture->dir, "resolution.akn", NULL);
  g_autofree char *renamed = g_build_filename (fixture->dir, "resolution.download", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (renamed);
  g_autoptr(ResoluteDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (resolute_file_format_save (document, file, RESOLUTE_FILE_FORMAT_UNKNOWN, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (path, renamed), ==, 0);

  /* an Akoma Ntoso file under a name that says nothing is told by its content */
  reopened = resolute_file_format_load (other, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (resolute_document_get_field (reopened, RESOLUTE_FIELD_SYMBOL), ==, "A/RES/80/1");
  g_assert_false (resolute_document_get_modified (reopened));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/FileFormat/names", test_names);
  g_test_add ("/Resolute/FileFormat/save-keeps-backup", Fixture, NULL, fixture_set_up,
              test_save_keeps_backup, fixture_tear_down);
  g_test_add ("/Resolute/FileFormat/failed-save-leaves-file", Fixture, NULL, fixture_set_up,
              test_failed_save_leaves_file, fixture_tear_down);
  g_test_add ("/Resolute/FileFormat/unwritable-folder", Fixture, NULL, fixture_set_up,
              test_unwritable_folder, fixture_tear_down);
  g_test_add ("/Resolute/FileFormat/write-fails-midway", Fixture, NULL, fixture_set_up,
              test_write_fails_midway, fixture_tear_down);
  g_test_add ("/Resolute/FileFormat/open-errors", Fixture, NULL, fixture_set_up, test_open_errors,
              fixture_tear_down);
  g_test_add ("/Resolute/FileFormat/sniff", Fixture, NULL, fixture_set_up, test_sniff_unknown_name,
              fixture_tear_down);

  return g_test_run ();
}
