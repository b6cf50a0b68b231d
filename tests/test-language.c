/* test-language.c — generated words: labels, ordinals, dates, opening phrases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "resolute-language.h"

static void
test_labels (void)
{
  const ResoluteLanguage *english = resolute_language_get ("eng");
  const ResoluteLanguage *spanish = resolute_language_get ("es");
  g_autofree char *a = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 1, 1);
  g_autofree char *z = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 1, 26);
  g_autofree char *aa = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 1, 27);
  g_autofree char *iv = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 2, 4);
  g_autofree char *c = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 3, 3);
  g_autofree char *ix = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 4, 9);
  g_autofree char *twelve = resolute_language_format_label (english, RESOLUTE_CLAUSE_OPERATIVE, 0, 12);
  g_autofree char *es_b = resolute_language_format_label (spanish, RESOLUTE_CLAUSE_OPERATIVE, 1, 2);

  g_assert_cmpstr (a, ==, "(a)");
  g_assert_cmpstr (z, ==, "(z)");
  g_assert_cmpstr (aa, ==, "(aa)");
  g_assert_cmpstr (iv, ==, "(iv)");
  g_assert_cmpstr (c, ==, "c.");
  g_assert_cmpstr (ix, ==, "ix.");
  g_assert_cmpstr (twelve, ==, "12.");
  g_assert_cmpstr (es_b, ==, "b)");
}

static void
test_roman (void)
{
  g_autofree char *r1994 = resolute_format_roman (1994, TRUE);
  g_autofree char *r49 = resolute_format_roman (49, FALSE);

  g_assert_cmpstr (r1994, ==, "MCMXCIV");
  g_assert_cmpstr (r49, ==, "xlix");
}

static void
test_sessions (void)
{
  g_autofree char *s68 = resolute_language_format_session (resolute_language_get ("eng"), 68);
  g_autofree char *s80 = resolute_language_format_session (resolute_language_get ("eng"), 80);
  g_autofree char *s21 = resolute_language_format_session (resolute_language_get ("eng"), 21);
  g_autofree char *fr = resolute_language_format_session (resolute_language_get ("fra"), 68);
  g_autofree char *es = resolute_language_format_session (resolute_language_get ("spa"), 68);

  g_assert_cmpstr (s68, ==, "Sixty-eighth session");
  g_assert_cmpstr (s80, ==, "Eightieth session");
  g_assert_cmpstr (s21, ==, "Twenty-first session");
  g_assert_cmpstr (fr, ==, "Soixante-huitième session");
  g_assert_cmpstr (es, ==, "Sexagésimo octavo período de sesiones");
}

static void
test_dates (void)
{
  const ResoluteLanguage *english = resolute_language_get ("eng");
  g_autofree char *text = resolute_language_format_date (english, "2013-12-18");
  g_autofree char *spanish = resolute_language_format_date (resolute_language_get ("spa"), "2013-12-18");
  g_autofree char *parsed = NULL;
  g_autofree char *invalid = resolute_language_format_date (english, "2013-02-30");
  gsize consumed = 0;

  g_assert_cmpstr (text, ==, "18 December 2013");
  g_assert_cmpstr (spanish, ==, "18 de diciembre de 2013");
  g_assert_null (invalid);

  parsed = resolute_language_parse_date (english, "20 December 2012, and", &consumed);
  g_assert_cmpstr (parsed, ==, "2012-12-20");
  g_assert_cmpuint (consumed, ==, strlen ("20 December 2012"));
  g_assert_null (resolute_language_parse_date (english, "20 Decembre 2012", NULL));
  g_assert_null (resolute_language_parse_date (english, "31 February 2012", NULL));
}

static void
test_join_list (void)
{
  const char *three[] = { "Albania", "Bosnia and Herzegovina", "Japan", NULL };
  const char *one[] = { "Japan", NULL };
  g_autofree char *joined = resolute_language_join_list (resolute_language_get ("eng"), three);
  g_autofree char *single = resolute_language_join_list (resolute_language_get ("eng"), one);
  g_autofree char *french = resolute_language_join_list (resolute_language_get ("fra"), three);

  g_assert_cmpstr (joined, ==, "Albania, Bosnia and Herzegovina and Japan");
  g_assert_cmpstr (single, ==, "Japan");
  g_assert_cmpstr (french, ==, "Albania, Bosnia and Herzegovina et Japan");
}

static void
test_opening_phrases (void)
{
  const ResoluteLanguage *english = resolute_language_get ("eng");
  const struct
  {
    ResoluteClauseKind kind;
    const char *text;
    const char *opening;
  } cases[] = {
    { RESOLUTE_CLAUSE_PREAMBULAR, "Reaffirming its commitment to promoting", "Reaffirming" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Recalling also the World Conference", "Recalling also" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Deeply concerned about the situation", "Deeply concerned" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Bearing in mind that", "Bearing in mind" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Noting with concern that", "Noting with concern" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Having also examined the report", "Having also examined" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Taking further into account that", "Taking further into account" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Having heard the statements", "Having heard" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Encouraging the efforts by", "Encouraging" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Seriously concerned about", "Seriously concerned" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Calls upon Member States", "Calls upon" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Calls again upon Member States", "Calls again upon" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Requests also the Secretary-General", "Requests also" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Further requests the Secretary-General", "Further requests" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Requests the Secretary-General", "Requests" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Takes note of the report", "Takes note" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Decides to continue its consideration", "Decides" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Endeavours to do better", "Endeavours" }, /* first word */
    { RESOLUTE_CLAUSE_OPERATIVE, "“Quoted” text", "" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Commemorating the tenth anniversary", "Commemorating" },
    { RESOLUTE_CLAUSE_PREAMBULAR, "Heartbroken by", "" },
    /* paragraphs under "Resolves that:" do not open with a verb */
    { RESOLUTE_CLAUSE_OPERATIVE, "The Working Capital Fund shall be established", "" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Member States shall make advances", "" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Should the credits and advances", "" },
    { RESOLUTE_CLAUSE_OPERATIVE, "There shall be set off", "" },
    { RESOLUTE_CLAUSE_OPERATIVE, "Progress is made", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = resolute_language_match_opening (english, cases[i].kind, cases[i].text);
      g_autofree char *opening = g_strndup (cases[i].text, length);

      g_assert_cmpstr (opening, ==, cases[i].opening);
    }
}

static void
test_fallback (void)
{
  /* languages without data yet fall back to English words */
  const ResoluteLanguage *russian = resolute_language_get ("rus");

  g_assert_nonnull (russian);
  g_assert_cmpstr (resolute_language_get_organ_name (russian, RESOLUTE_ORGAN_SECURITY_COUNCIL), ==,
                   "Security Council");
  g_assert_cmpstr (resolute_language_get_code (resolute_language_get ("fr-CH")), ==, "fra");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Resolute/Language/labels", test_labels);
  g_test_add_func ("/Resolute/Language/roman", test_roman);
  g_test_add_func ("/Resolute/Language/sessions", test_sessions);
  g_test_add_func ("/Resolute/Language/dates", test_dates);
  g_test_add_func ("/Resolute/Language/join-list", test_join_list);
  g_test_add_func ("/Resolute/Language/opening-phrases", test_opening_phrases);
  g_test_add_func ("/Resolute/Language/fallback", test_fallback);

  return g_test_run ();
}
