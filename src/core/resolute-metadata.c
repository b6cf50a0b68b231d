/* resolute-metadata.c — the masthead and sponsors of a document, as one value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-metadata-private.h"

ResoluteMetadata *
_resolute_metadata_new (void)
{
  ResoluteMetadata *self = g_new0 (ResoluteMetadata, 1);

  self->sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_sponsor_free);
  self->agenda_items = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_agenda_item_free);

  return self;
}

ResoluteMetadata *
_resolute_metadata_copy (const ResoluteMetadata *self)
{
  ResoluteMetadata *copy = _resolute_metadata_new ();

  for (guint i = 0; i < RESOLUTE_N_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);
  copy->organ = self->organ;
  copy->kind = self->kind;
  copy->distribution = self->distribution;
  for (guint i = 0; i < self->sponsors->len; i++)
    g_ptr_array_add (copy->sponsors, resolute_sponsor_copy (g_ptr_array_index (self->sponsors, i)));
  for (guint i = 0; i < self->agenda_items->len; i++)
    g_ptr_array_add (copy->agenda_items,
                     resolute_agenda_item_copy (g_ptr_array_index (self->agenda_items, i)));

  return copy;
}

void
_resolute_metadata_free (ResoluteMetadata *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < RESOLUTE_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_ptr_array_unref (self->sponsors);
  g_ptr_array_unref (self->agenda_items);
  g_free (self);
}

gboolean
_resolute_metadata_equal (const ResoluteMetadata *a,
                          const ResoluteMetadata *b)
{
  for (guint i = 0; i < RESOLUTE_N_FIELDS; i++)
    if (g_strcmp0 (a->fields[i], b->fields[i]) != 0)
      return FALSE;
  if (a->organ != b->organ || a->kind != b->kind || a->distribution != b->distribution
      || a->sponsors->len != b->sponsors->len || a->agenda_items->len != b->agenda_items->len)
    return FALSE;
  for (guint i = 0; i < a->sponsors->len; i++)
    if (!resolute_sponsor_equal (g_ptr_array_index (a->sponsors, i),
                                 g_ptr_array_index (b->sponsors, i)))
      return FALSE;
  for (guint i = 0; i < a->agenda_items->len; i++)
    if (!resolute_agenda_item_equal (g_ptr_array_index (a->agenda_items, i),
                                     g_ptr_array_index (b->agenda_items, i)))
      return FALSE;
  return TRUE;
}
