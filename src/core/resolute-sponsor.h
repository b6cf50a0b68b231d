/* resolute-sponsor.h — a delegation that sponsors a draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_SPONSOR (resolute_sponsor_get_type ())

struct _ResoluteSponsor
{
  char     *name;         /* "Bosnia and Herzegovina" */
  gboolean  joined_later; /* added in a revision or addendum */
};

GType            resolute_sponsor_get_type (void) G_GNUC_CONST;
ResoluteSponsor *resolute_sponsor_new      (const char            *name,
                                            gboolean               joined_later);
ResoluteSponsor *resolute_sponsor_copy     (const ResoluteSponsor *self);
void             resolute_sponsor_free     (ResoluteSponsor       *self);
gboolean         resolute_sponsor_equal    (const ResoluteSponsor *a,
                                            const ResoluteSponsor *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteSponsor, resolute_sponsor_free)

G_END_DECLS
