/* resolute-agenda-item.h — an item of the agenda that a text is considered under
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-types.h"

G_BEGIN_DECLS

#define RESOLUTE_TYPE_AGENDA_ITEM (resolute_agenda_item_get_type ())

struct _ResoluteAgendaItem
{
  char *number; /* "69 (b)" */
  char *title;  /* "Promotion and protection of human rights: …", may be NULL */
};

GType               resolute_agenda_item_get_type (void) G_GNUC_CONST;
ResoluteAgendaItem *resolute_agenda_item_new      (const char               *number,
                                                   const char               *title);
ResoluteAgendaItem *resolute_agenda_item_copy     (const ResoluteAgendaItem *self);
void                resolute_agenda_item_free     (ResoluteAgendaItem       *self);
gboolean            resolute_agenda_item_equal    (const ResoluteAgendaItem *a,
                                                   const ResoluteAgendaItem *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteAgendaItem, resolute_agenda_item_free)

G_END_DECLS
