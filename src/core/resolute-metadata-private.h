/* resolute-metadata-private.h — the masthead and sponsors of a document, as one value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document keeps its metadata in one of these; editing commands keep a
 * copy from before and after a change, so that undo restores it exactly.
 */

#pragma once

#include "resolute-agenda-item.h"
#include "resolute-sponsor.h"
#include "resolute-types.h"

G_BEGIN_DECLS

typedef struct
{
  char                 *fields[RESOLUTE_N_FIELDS];
  ResoluteOrgan         organ;
  ResoluteDocumentKind  kind;
  ResoluteDistribution  distribution;
  GPtrArray            *sponsors;     /* ResoluteSponsor */
  GPtrArray            *agenda_items; /* ResoluteAgendaItem */
} ResoluteMetadata;

ResoluteMetadata *_resolute_metadata_new   (void);
ResoluteMetadata *_resolute_metadata_copy  (const ResoluteMetadata *self);
void              _resolute_metadata_free  (ResoluteMetadata       *self);
gboolean          _resolute_metadata_equal (const ResoluteMetadata *a,
                                            const ResoluteMetadata *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteMetadata, _resolute_metadata_free)

G_END_DECLS
