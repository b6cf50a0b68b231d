/* resolute-template.c — new documents of the usual kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template fills the masthead for today (the session in progress, the
 * date of issue) and gives the skeleton of the text: the authoring formula,
 * one preambular and two operative paragraphs that show the drafting
 * conventions. Everything is an ordinary, unmodified document.
 */

#define G_LOG_DOMAIN "resolute-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "resolute-template.h"

static const struct
{
  const char           *id;
  const char           *name;
  const char           *description;
  ResoluteOrgan         organ;
  ResoluteDocumentKind  kind;
  ResoluteDistribution  distribution;
  const char           *symbol;    /* {session} is replaced */
  const char           *committee; /* NULL in plenary */
} templates[] = {
  { "ga-resolution", N_("General Assembly Resolution"),
    N_("A resolution as adopted by the General Assembly"), RESOLUTE_ORGAN_GENERAL_ASSEMBLY,
    RESOLUTE_DOCUMENT_KIND_RESOLUTION, RESOLUTE_DISTRIBUTION_GENERAL, "A/RES/{session}/", NULL },
  { "ga-draft", N_("General Assembly Draft Resolution"),
    N_("An L. document with its sponsors, for the plenary"), RESOLUTE_ORGAN_GENERAL_ASSEMBLY,
    RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION, RESOLUTE_DISTRIBUTION_LIMITED, "A/{session}/L.", NULL },
  { "committee-draft", N_("Main Committee Draft Resolution"),
    N_("A draft submitted to a Main Committee of the General Assembly"),
    RESOLUTE_ORGAN_GENERAL_ASSEMBLY, RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION,
    RESOLUTE_DISTRIBUTION_LIMITED, "A/C.3/{session}/L.", "Third Committee" },
  { "sc-resolution", N_("Security Council Resolution"),
    N_("A resolution of the Security Council, without a title"), RESOLUTE_ORGAN_SECURITY_COUNCIL,
    RESOLUTE_DOCUMENT_KIND_RESOLUTION, RESOLUTE_DISTRIBUTION_GENERAL, "S/RES/", NULL },
  { "hrc-resolution", N_("Human Rights Council Resolution"),
    N_("A resolution adopted by the Human Rights Council"), RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL,
    RESOLUTE_DOCUMENT_KIND_RESOLUTION, RESOLUTE_DISTRIBUTION_GENERAL, "A/HRC/RES/", NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (templates) == RESOLUTE_N_TEMPLATES);

const char *
resolute_template_get_name (ResoluteTemplate template_)
{
  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);
  return _(templates[template_].name);
}

const char *
resolute_template_get_description (ResoluteTemplate template_)
{
  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);
  return _(templates[template_].description);
}

const char *
resolute_template_get_id (ResoluteTemplate template_)
{
  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);
  return templates[template_].id;
}

gboolean
resolute_template_from_id (const char       *id,
                           ResoluteTemplate *template_)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (id, templates[i].id) == 0)
      {
        *template_ = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * resolute_template_session_for_date:
 *
 * Returns the regular session of the General Assembly in progress on @date:
 * each opens in September, the 80th in 2025.
 */
guint
resolute_template_session_for_date (GDateTime *date)
{
  int year = g_date_time_get_year (date);

  return year - 1946 + (g_date_time_get_month (date) >= 9 ? 1 : 0);
}

static void
add_paragraph (ResoluteDocument   *document,
               ResoluteClauseKind  kind,
               const char         *text)
{
  g_autoptr(ResoluteInline) content = resolute_inline_new_from_text (text);

  resolute_document_insert_clause (document, resolute_document_get_n_clauses (document), kind, 0,
                                   content, NULL);
}

/**
 * resolute_template_create:
 * @today: the date of issue and the session to fill in
 *
 * Returns: (transfer full): a new, unmodified document.
 */
ResoluteDocument *
resolute_template_create (ResoluteTemplate  template_,
                          GDateTime        *today)
{
  ResoluteDocument *document;
  g_autofree char *symbol = NULL;
  g_autofree char *session = NULL;
  g_autofree char *date = NULL;
  guint session_number;

  g_return_val_if_fail (template_ < RESOLUTE_N_TEMPLATES, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  document = resolute_document_new ();
  session_number = resolute_template_session_for_date (today);
  session = g_strdup_printf ("%u", session_number);
  {
    GString *text = g_string_new (templates[template_].symbol);

    g_string_replace (text, "{session}", session, 0);
    symbol = g_string_free (text, FALSE);
  }
  date = g_date_time_format (today, "%Y-%m-%d");

  resolute_document_set_organ (document, templates[template_].organ);
  resolute_document_set_kind (document, templates[template_].kind);
  resolute_document_set_distribution (document, templates[template_].distribution);
  resolute_document_set_field (document, RESOLUTE_FIELD_SYMBOL, symbol, NULL);
  resolute_document_set_field (document, RESOLUTE_FIELD_ISSUE_DATE, date, NULL);
  /* the authoring formula is left to follow the organ */
  if (templates[template_].organ != RESOLUTE_ORGAN_SECURITY_COUNCIL)
    resolute_document_set_field (document, RESOLUTE_FIELD_SESSION, session, NULL);
  if (templates[template_].committee != NULL)
    resolute_document_set_field (document, RESOLUTE_FIELD_COMMITTEE, templates[template_].committee,
                                 NULL);
  if (templates[template_].kind == RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION)
    resolute_document_set_field (document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, "eng", NULL);
  if (templates[template_].organ != RESOLUTE_ORGAN_SECURITY_COUNCIL)
    /* Translators: the placeholder title of a new resolution */
    resolute_document_set_field (document, RESOLUTE_FIELD_TITLE, _("Title of the resolution"), NULL);

  /* Translators: placeholder paragraphs of a new resolution; the first word
   * of each is the italic opening phrase */
  add_paragraph (document, RESOLUTE_CLAUSE_PREAMBULAR, _("Recalling its previous resolutions on the question,"));
  add_paragraph (document, RESOLUTE_CLAUSE_OPERATIVE, _("Decides to take action on the question;"));
  add_paragraph (document, RESOLUTE_CLAUSE_OPERATIVE,
                 templates[template_].organ == RESOLUTE_ORGAN_SECURITY_COUNCIL
                   ? _("Decides to remain actively seized of the matter.")
                   : _("Decides to continue its consideration of the question at its next session."));

  /* a template is where the history starts */
  resolute_document_clear_history (document);
  return document;
}
