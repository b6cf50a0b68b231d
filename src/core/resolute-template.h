/* resolute-template.h — new documents of the usual kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-document.h"

G_BEGIN_DECLS

typedef enum
{
  RESOLUTE_TEMPLATE_GA_RESOLUTION,
  RESOLUTE_TEMPLATE_GA_DRAFT,
  RESOLUTE_TEMPLATE_COMMITTEE_DRAFT,
  RESOLUTE_TEMPLATE_SC_RESOLUTION,
  RESOLUTE_TEMPLATE_HRC_RESOLUTION,
  RESOLUTE_N_TEMPLATES
} ResoluteTemplate;

const char       *resolute_template_get_name        (ResoluteTemplate  template_);
const char       *resolute_template_get_description (ResoluteTemplate  template_);
const char       *resolute_template_get_id          (ResoluteTemplate  template_);
gboolean          resolute_template_from_id         (const char       *id,
                                                     ResoluteTemplate *template_);
guint             resolute_template_session_for_date (GDateTime       *date);
ResoluteDocument *resolute_template_create          (ResoluteTemplate  template_,
                                                     GDateTime        *today);

G_END_DECLS
