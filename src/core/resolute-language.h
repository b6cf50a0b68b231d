/* resolute-language.h — the words and conventions a document language generates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "resolute-types.h"

G_BEGIN_DECLS

/**
 * ResoluteLanguage:
 *
 * Immutable data of one document language, read from the bundled
 * `languages/<code>.ini` and `phrases/<code>-*.txt`: numbering styles,
 * the words of generated text, month names, ordinals and opening phrases.
 * Instances are shared and live as long as the process.
 */

const ResoluteLanguage *resolute_language_get                 (const char             *code);
const char             *resolute_language_get_code            (const ResoluteLanguage *self);
const char             *resolute_language_get_tag             (const ResoluteLanguage *self);
const char             *resolute_language_get_name            (const ResoluteLanguage *self);
const char             *resolute_language_get_job_letter      (const ResoluteLanguage *self);
gboolean                resolute_language_is_rtl              (const ResoluteLanguage *self);
const char             *resolute_language_get_word            (const ResoluteLanguage *self,
                                                               const char             *key);
char                   *resolute_language_expand              (const ResoluteLanguage *self,
                                                               const char             *key,
                                                               ...) G_GNUC_NULL_TERMINATED;
char                   *resolute_language_format_counter      (const ResoluteLanguage *self,
                                                               guint                   level,
                                                               guint                   n);
char                   *resolute_language_format_label        (const ResoluteLanguage *self,
                                                               ResoluteClauseKind      kind,
                                                               guint                   level,
                                                               guint                   n);
char                   *resolute_language_format_citation     (const ResoluteLanguage *self,
                                                               guint                   level,
                                                               guint                   n);
const char             *resolute_language_get_ordinal         (const ResoluteLanguage *self,
                                                               guint                   n);
char                   *resolute_language_format_date         (const ResoluteLanguage *self,
                                                               const char             *iso_date);
char                   *resolute_language_parse_date          (const ResoluteLanguage *self,
                                                               const char             *text,
                                                               gsize                  *consumed);
const char             *resolute_language_get_organ_name      (const ResoluteLanguage *self,
                                                               ResoluteOrgan           organ);
const char             *resolute_language_get_formula         (const ResoluteLanguage *self,
                                                               ResoluteOrgan           organ);
const char             *resolute_language_get_language_name   (const ResoluteLanguage *self,
                                                               const char             *code);
char                   *resolute_language_format_session      (const ResoluteLanguage *self,
                                                               guint                   session);
char                   *resolute_language_join_list           (const ResoluteLanguage *self,
                                                               const char * const     *items);
gsize                   resolute_language_match_opening       (const ResoluteLanguage *self,
                                                               ResoluteClauseKind      kind,
                                                               const char             *text);
gsize                   resolute_language_match_known_opening (const ResoluteLanguage *self,
                                                               ResoluteClauseKind      kind,
                                                               const char             *text);

char                   *resolute_format_roman                 (guint                   n,
                                                               gboolean                upper);
char                   *resolute_format_alpha                 (guint                   n,
                                                               gboolean                upper);

G_END_DECLS
