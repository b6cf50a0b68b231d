/* test-inline.c — inline content: text, spans and objects under editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-inline.h"

static ResoluteInline *
make_sample (void)
{
  /* "Recalling[1] its resolution 67/169" with "Recalling" italic and the
   * reference span on "resolution 67/169" */
  ResoluteInline *content = resolute_inline_new_from_text ("Recalling");

  resolute_inline_append_object (content, RESOLUTE_OBJECT_NOTE_REF, "n1", 0);
  resolute_inline_append_text (content, " its resolution 67/169", -1);
  resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 0, 9, NULL, TRUE);
  resolute_inline_set_span (content, RESOLUTE_SPAN_REFERENCE, 17, 34, "/akn/un/67-169", TRUE);
  g_assert_true (resolute_inline_check (content, NULL));
  return content;
}

static void
test_objects_shift (void)
{
  g_autoptr(ResoluteInline) content = make_sample ();
  const ResoluteInlineObject *object;

  g_assert_cmpuint (resolute_inline_get_n_objects (content), ==, 1);
  object = resolute_inline_get_object (content, 0);
  g_assert_cmpuint (object->offset, ==, 9);

  resolute_inline_insert_text (content, 0, "Also ", -1);
  object = resolute_inline_get_object (content, 0);
  g_assert_cmpuint (object->offset, ==, 14);
  /* the italic span moved with its text */
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_ITALIC, 5, 14));
  g_assert_false (resolute_inline_has_span (content, RESOLUTE_SPAN_ITALIC, 0, 5));
  g_assert_true (resolute_inline_check (content, NULL));
}

static void
test_object_char_is_not_text (void)
{
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text ("a" RESOLUTE_OBJECT_UTF8 "b");

  /* U+FFFC typed or pasted as text is dropped: objects only come through
   * the object API */
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "ab");
  g_assert_true (resolute_inline_check (content, NULL));
}

static void
test_delete_range (void)
{
  g_autoptr(ResoluteInline) content = make_sample ();

  /* deleting across the mark removes it and clips the italic span */
  resolute_inline_delete (content, 5, 16);
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "Recal resolution 67/169");
  g_assert_cmpuint (resolute_inline_get_n_objects (content), ==, 0);
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_ITALIC, 0, 5));
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_REFERENCE, 6, 23));
  g_assert_true (resolute_inline_check (content, NULL));
}

static void
test_slice_and_append (void)
{
  g_autoptr(ResoluteInline) content = make_sample ();
  g_autoptr(ResoluteInline) head = resolute_inline_slice (content, 0, 16);
  g_autoptr(ResoluteInline) tail = resolute_inline_slice (content, 16, resolute_inline_get_length (content));

  g_assert_cmpuint (resolute_inline_get_n_objects (head), ==, 1);
  g_assert_cmpuint (resolute_inline_get_n_objects (tail), ==, 0);
  g_assert_true (resolute_inline_has_span (tail, RESOLUTE_SPAN_REFERENCE, 1, 18));

  /* split then join is the identity */
  resolute_inline_append (head, tail);
  g_assert_true (resolute_inline_equal (head, content));
}

static void
test_span_merge_and_split (void)
{
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text ("abcdefghij");

  resolute_inline_set_span (content, RESOLUTE_SPAN_BOLD, 0, 3, NULL, TRUE);
  resolute_inline_set_span (content, RESOLUTE_SPAN_BOLD, 3, 6, NULL, TRUE);
  /* touching spans of one kind are one span */
  g_assert_cmpuint (resolute_inline_get_n_spans (content), ==, 1);
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_BOLD, 0, 6));

  /* clearing the middle splits it */
  resolute_inline_set_span (content, RESOLUTE_SPAN_BOLD, 2, 4, NULL, FALSE);
  g_assert_cmpuint (resolute_inline_get_n_spans (content), ==, 2);
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_BOLD, 0, 2));
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_BOLD, 4, 6));
  g_assert_false (resolute_inline_has_span (content, RESOLUTE_SPAN_BOLD, 2, 3));
  g_assert_true (resolute_inline_check (content, NULL));
}

static char *
render (const ResoluteInlineObject *object,
        gpointer                    user_data)
{
  return g_strdup (object->kind == RESOLUTE_OBJECT_NOTE_REF ? "1" : "paragraph 5");
}

static void
test_to_plain (void)
{
  g_autoptr(ResoluteInline) content = make_sample ();
  g_autofree char *plain = NULL;
  g_autofree char *bare = NULL;

  resolute_inline_append_text (content, " and ", -1);
  resolute_inline_append_object (content, RESOLUTE_OBJECT_CROSS_REF, "c1", 0);
  plain = resolute_inline_to_plain (content, render, NULL);
  g_assert_cmpstr (plain, ==, "Recalling1 its resolution 67/169 and paragraph 5");
  bare = resolute_inline_to_plain (content, NULL, NULL);
  g_assert_cmpstr (bare, ==, "Recalling its resolution 67/169 and ");
}

static void
test_strip_and_multibyte (void)
{
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text ("  “Café” – ");

  resolute_inline_set_span (content, RESOLUTE_SPAN_ITALIC, 2, 13, NULL, TRUE);
  resolute_inline_strip (content);
  g_assert_cmpstr (resolute_inline_get_text (content), ==, "“Café” –");
  g_assert_true (resolute_inline_has_span (content, RESOLUTE_SPAN_ITALIC, 0, 11));
  g_assert_true (resolute_inline_check (content, NULL));
}

static void
test_copy_equal (void)
{
  g_autoptr(ResoluteInline) content = make_sample ();
  g_autoptr(ResoluteInline) copy = resolute_inline_copy (content);

  g_assert_true (resolute_inline_equal (content, copy));
  resolute_inline_set_span (copy, RESOLUTE_SPAN_BOLD, 0, 1, NULL, TRUE);
  g_assert_false (resolute_inline_equal (content, copy));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Inline/objects-shift", test_objects_shift);
  g_test_add_func ("/Resolute/Inline/object-char", test_object_char_is_not_text);
  g_test_add_func ("/Resolute/Inline/delete-range", test_delete_range);
  g_test_add_func ("/Resolute/Inline/slice-append", test_slice_and_append);
  g_test_add_func ("/Resolute/Inline/spans", test_span_merge_and_split);
  g_test_add_func ("/Resolute/Inline/to-plain", test_to_plain);
  g_test_add_func ("/Resolute/Inline/strip-multibyte", test_strip_and_multibyte);
  g_test_add_func ("/Resolute/Inline/copy-equal", test_copy_equal);

  return g_test_run ();
}
