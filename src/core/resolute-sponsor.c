/* resolute-sponsor.c — a delegation that sponsors a draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-sponsor.h"

G_DEFINE_BOXED_TYPE (ResoluteSponsor, resolute_sponsor, resolute_sponsor_copy, resolute_sponsor_free)

ResoluteSponsor *
resolute_sponsor_new (const char *name,
                      gboolean    joined_later)
{
  ResoluteSponsor *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (ResoluteSponsor, 1);
  self->name = g_strdup (name);
  self->joined_later = !!joined_later;

  return self;
}

ResoluteSponsor *
resolute_sponsor_copy (const ResoluteSponsor *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return resolute_sponsor_new (self->name, self->joined_later);
}

void
resolute_sponsor_free (ResoluteSponsor *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self);
}

gboolean
resolute_sponsor_equal (const ResoluteSponsor *a,
                        const ResoluteSponsor *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && a->joined_later == b->joined_later;
}
