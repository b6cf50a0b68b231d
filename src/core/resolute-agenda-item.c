/* resolute-agenda-item.c — an item of the agenda that a text is considered under
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-agenda-item.h"

G_DEFINE_BOXED_TYPE (ResoluteAgendaItem, resolute_agenda_item, resolute_agenda_item_copy,
                     resolute_agenda_item_free)

ResoluteAgendaItem *
resolute_agenda_item_new (const char *number,
                          const char *title)
{
  ResoluteAgendaItem *self;

  g_return_val_if_fail (number != NULL, NULL);

  self = g_new0 (ResoluteAgendaItem, 1);
  self->number = g_strdup (number);
  self->title = g_strdup (title);

  return self;
}

ResoluteAgendaItem *
resolute_agenda_item_copy (const ResoluteAgendaItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return resolute_agenda_item_new (self->number, self->title);
}

void
resolute_agenda_item_free (ResoluteAgendaItem *self)
{
  if (self == NULL)
    return;
  g_free (self->number);
  g_free (self->title);
  g_free (self);
}

gboolean
resolute_agenda_item_equal (const ResoluteAgendaItem *a,
                            const ResoluteAgendaItem *b)
{
  return g_strcmp0 (a->number, b->number) == 0 && g_strcmp0 (a->title, b->title) == 0;
}
