/* resolute-history-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-command-private.h"
#include "resolute-history.h"

G_BEGIN_DECLS

ResoluteHistory *_resolute_history_new          (void);
void             _resolute_history_push         (ResoluteHistory  *self,
                                                 ResoluteCommand  *command);
ResoluteCommand *_resolute_history_pop_undo     (ResoluteHistory  *self);
ResoluteCommand *_resolute_history_pop_redo     (ResoluteHistory  *self);
void             _resolute_history_push_undone  (ResoluteHistory  *self,
                                                 ResoluteCommand  *command);
void             _resolute_history_push_redone  (ResoluteHistory  *self,
                                                 ResoluteCommand  *command);
void             _resolute_history_seal         (ResoluteHistory  *self);
void             _resolute_history_clear        (ResoluteHistory  *self);
void             _resolute_history_set_unmodified (ResoluteHistory *self);
void             _resolute_history_set_modified (ResoluteHistory  *self);

G_END_DECLS
