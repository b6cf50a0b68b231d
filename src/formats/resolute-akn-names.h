/* resolute-akn-names.h — the names Resolute's Akoma Ntoso files use, shared by writer and reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

/* The Akoma Ntoso 3.0 namespace, and ours for what AKN cannot carry. */
#define RESOLUTE_AKN_NS        "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#define RESOLUTE_AKN_RES_NS    "https://github.com/resolute/ns/1.0"
#define RESOLUTE_AKN_RES       "res"

/* The version of our proprietary block; a reader refuses newer majors. */
#define RESOLUTE_AKN_FORMAT_VERSION 1

/* Attributes in our namespace, on AKN elements. */
#define RESOLUTE_AKN_ATTR_AUTO        "auto"        /* <i res:auto="opening">: automatic italics */
#define RESOLUTE_AKN_ATTR_OPENING     "opening"     /* res:opening="manual" on a clause */
#define RESOLUTE_AKN_ATTR_HEADING     "headingLabel"
#define RESOLUTE_AKN_ATTR_TARGET      "target"      /* the clause id of a cross-reference */
#define RESOLUTE_AKN_ATTR_CROSS_REF   "crossRef"    /* its flags: "plain", "direction", "bare" */
#define RESOLUTE_AKN_ATTR_PROPOSAL    "proposal"    /* the proposal of <ins>/<del> */
#define RESOLUTE_AKN_ATTR_ANCHOR      "anchor"      /* "title" or "sponsors" on a "*" note */
#define RESOLUTE_AKN_ATTR_PLACEHOLDER "placeholder" /* an element written only for validity */
#define RESOLUTE_AKN_ATTR_HREF        "href"        /* a reference's href as it is, when escaped */
#define RESOLUTE_AKN_ATTR_GUID        "guid"        /* an id the GUID attribute cannot carry */

const char *resolute_akn_organ_author          (ResoluteOrgan          organ);
gboolean    resolute_akn_organ_from_author     (const char            *author,
                                                ResoluteOrgan         *organ);
const char *resolute_akn_statement_name        (ResoluteDocumentKind   kind);
gboolean    resolute_akn_kind_from_statement   (const char            *name,
                                                ResoluteDocumentKind  *kind);
const char *resolute_akn_anchor_to_string      (ResoluteNoteAnchor     anchor);
gboolean    resolute_akn_anchor_from_string    (const char            *string,
                                                ResoluteNoteAnchor    *anchor);
char       *resolute_akn_cross_ref_flags_to_string (guint              flags);
guint       resolute_akn_cross_ref_flags_from_string (const char      *string);
char       *resolute_akn_eid_component         (const char            *label);
char       *resolute_akn_iri_component         (const char            *printed);
char       *resolute_akn_slug                  (const char            *name);
const char *resolute_akn_language_code         (const char            *tag);

G_END_DECLS
