/* resolute-akn-names.c — the names Resolute's Akoma Ntoso files use, shared by writer and reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The FRBR author of each organ, the statement name of each kind of
 * document, and the ways a printed number becomes part of an eId or an IRI.
 * Writer and reader must agree on every one of them.
 */

#define G_LOG_DOMAIN "resolute-akn"

#include "config.h"

#include <string.h>

#include "resolute-akn-names.h"

static const char *const organ_authors[] = {
  [RESOLUTE_ORGAN_GENERAL_ASSEMBLY] = "un-ga",
  [RESOLUTE_ORGAN_SECURITY_COUNCIL] = "un-sc",
  [RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL] = "un-hrc",
  [RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL] = "un-ecosoc",
};

static const char *const statement_names[] = {
  [RESOLUTE_DOCUMENT_KIND_RESOLUTION] = "resolution",
  [RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION] = "resolutionDraft",
  [RESOLUTE_DOCUMENT_KIND_AMENDMENT] = "amendment",
};

const char *
resolute_akn_organ_author (ResoluteOrgan organ)
{
  g_return_val_if_fail (organ < G_N_ELEMENTS (organ_authors), NULL);

  return organ_authors[organ];
}

/**
 * resolute_akn_organ_from_author:
 * @author: "un-ga", "#un-ga", or an IRI that ends with one
 *
 * Returns: whether @author names an organ.
 */
gboolean
resolute_akn_organ_from_author (const char    *author,
                                ResoluteOrgan *organ)
{
  static const struct
  {
    const char    *name;
    ResoluteOrgan  organ;
  } aliases[] = {
    { "ga", RESOLUTE_ORGAN_GENERAL_ASSEMBLY },
    { "generalassembly", RESOLUTE_ORGAN_GENERAL_ASSEMBLY },
    { "sc", RESOLUTE_ORGAN_SECURITY_COUNCIL },
    { "securitycouncil", RESOLUTE_ORGAN_SECURITY_COUNCIL },
    { "hrc", RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL },
    { "humanrightscouncil", RESOLUTE_ORGAN_HUMAN_RIGHTS_COUNCIL },
    { "ecosoc", RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL },
    { "economicandsocialcouncil", RESOLUTE_ORGAN_ECONOMIC_AND_SOCIAL_COUNCIL },
  };
  g_autofree char *name = NULL;
  const char *last;
  GString *squeezed;

  if (author == NULL)
    return FALSE;

  last = strrchr (author, '/');
  last = last != NULL ? last + 1 : author;
  if (*last == '#')
    last++;

  for (guint i = 0; i < G_N_ELEMENTS (organ_authors); i++)
    if (g_ascii_strcasecmp (last, organ_authors[i]) == 0)
      {
        *organ = i;
        return TRUE;
      }

  /* "un-ga", "un.ga", "unGA", "GeneralAssembly", "general-assembly" */
  squeezed = g_string_new (NULL);
  for (const char *p = last; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (squeezed, g_ascii_tolower (*p));
  name = g_string_free (squeezed, FALSE);
  if (g_str_has_prefix (name, "un") && strlen (name) > 2 && strcmp (name, "un") != 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
        if (strcmp (name + 2, aliases[i].name) == 0)
          {
            *organ = aliases[i].organ;
            return TRUE;
          }
    }
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (strcmp (name, aliases[i].name) == 0)
      {
        *organ = aliases[i].organ;
        return TRUE;
      }

  return FALSE;
}

const char *
resolute_akn_statement_name (ResoluteDocumentKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (statement_names), NULL);

  return statement_names[kind];
}

/**
 * resolute_akn_kind_from_statement:
 * @name: the name attribute of `<statement>`
 *
 * Returns: whether @name is one Resolute knows, with the spellings other
 * tools use ("draftResolution", "draft").
 */
gboolean
resolute_akn_kind_from_statement (const char           *name,
                                  ResoluteDocumentKind *kind)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;

  lower = g_ascii_strdown (name, -1);
  if (strcmp (lower, "resolution") == 0)
    *kind = RESOLUTE_DOCUMENT_KIND_RESOLUTION;
  else if (strcmp (lower, "resolutiondraft") == 0 || strcmp (lower, "draftresolution") == 0
           || strcmp (lower, "draft") == 0 || strcmp (lower, "draft-resolution") == 0)
    *kind = RESOLUTE_DOCUMENT_KIND_DRAFT_RESOLUTION;
  else if (strcmp (lower, "amendment") == 0)
    *kind = RESOLUTE_DOCUMENT_KIND_AMENDMENT;
  else
    return FALSE;

  return TRUE;
}

const char *
resolute_akn_anchor_to_string (ResoluteNoteAnchor anchor)
{
  switch (anchor)
    {
    case RESOLUTE_NOTE_ANCHOR_TITLE:
      return "title";
    case RESOLUTE_NOTE_ANCHOR_SPONSORS:
      return "sponsors";
    case RESOLUTE_NOTE_ANCHOR_TEXT:
    default:
      return "text";
    }
}

gboolean
resolute_akn_anchor_from_string (const char         *string,
                                 ResoluteNoteAnchor *anchor)
{
  if (g_strcmp0 (string, "title") == 0)
    *anchor = RESOLUTE_NOTE_ANCHOR_TITLE;
  else if (g_strcmp0 (string, "sponsors") == 0)
    *anchor = RESOLUTE_NOTE_ANCHOR_SPONSORS;
  else if (g_strcmp0 (string, "text") == 0)
    *anchor = RESOLUTE_NOTE_ANCHOR_TEXT;
  else
    return FALSE;

  return TRUE;
}

char *
resolute_akn_cross_ref_flags_to_string (guint flags)
{
  GString *out = g_string_new (NULL);

  if (flags & RESOLUTE_CROSS_REF_DIRECTION)
    g_string_append (out, "direction");
  if (flags & RESOLUTE_CROSS_REF_BARE)
    g_string_append (out, out->len > 0 ? " bare" : "bare");
  if (out->len == 0)
    g_string_append (out, "plain");

  return g_string_free (out, FALSE);
}

guint
resolute_akn_cross_ref_flags_from_string (const char *string)
{
  g_auto(GStrv) tokens = NULL;
  guint flags = RESOLUTE_CROSS_REF_PLAIN;

  if (string == NULL)
    return flags;

  tokens = g_strsplit_set (string, " \t\n", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (strcmp (tokens[i], "direction") == 0)
        flags |= RESOLUTE_CROSS_REF_DIRECTION;
      else if (strcmp (tokens[i], "bare") == 0)
        flags |= RESOLUTE_CROSS_REF_BARE;
    }

  return flags;
}

/**
 * resolute_akn_eid_component:
 * @label: a printed number: "1.", "(b)", "ii)", "a."
 *
 * Returns: the letters and digits of @label ("1", "b", "ii"), or %NULL when
 * it has none.
 */
char *
resolute_akn_eid_component (const char *label)
{
  GString *out;

  if (label == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/**
 * resolute_akn_iri_component:
 * @printed: a printed number or symbol: "68/160", "A/C.3/68/L.50"
 *
 * Returns: the form an IRI carries: "68-160", "A-C.3-68-L.50" ("/" becomes
 * "-", spaces "_", anything else outside unreserved characters is escaped).
 */
char *
resolute_akn_iri_component (const char *printed)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = printed; p != NULL && *p != '\0'; p++)
    {
      if (*p == '/')
        g_string_append_c (plain, '-');
      else if (g_ascii_isspace (*p))
        {
          if (plain->len > 0 && plain->str[plain->len - 1] != '_')
            g_string_append_c (plain, '_');
        }
      else
        g_string_append_c (plain, *p);
    }

  return g_uri_escape_string (plain->str, "-._~", TRUE);
}

/**
 * resolute_akn_slug:
 *
 * Returns: @name as lower-case ASCII words joined by "-" ("Côte d’Ivoire"
 * gives "cote-d-ivoire"), for ontology IRIs.
 */
char *
resolute_akn_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append (out, "unnamed");

  return g_string_free (out, FALSE);
}

/**
 * resolute_akn_language_code:
 * @tag: an ISO 639 code: "eng", "en", "fre", "fr-FR"
 *
 * Returns: (nullable): the ISO 639-2/T code of a UN language ("eng"), or
 * %NULL when @tag names none.
 */
const char *
resolute_akn_language_code (const char *tag)
{
  static const char *const codes[][4] = {
    { "eng", "en", "eng", NULL },
    { "fra", "fr", "fre", NULL },
    { "spa", "es", "spa", NULL },
    { "rus", "ru", "rus", NULL },
    { "zho", "zh", "chi", NULL },
    { "ara", "ar", "ara", NULL },
  };
  char primary[4] = { 0 };
  gsize len = 0;

  if (tag == NULL)
    return NULL;

  while (len < 4 && g_ascii_isalpha (tag[len]))
    len++;
  if (len < 2 || len > 3 || (tag[len] != '\0' && tag[len] != '-' && tag[len] != '_'))
    return NULL;
  for (gsize i = 0; i < len; i++)
    primary[i] = g_ascii_tolower (tag[i]);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    for (guint j = 0; j < 3; j++)
      if (strcmp (primary, codes[i][j]) == 0)
        return codes[i][0];

  return NULL;
}
