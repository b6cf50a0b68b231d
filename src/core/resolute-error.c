/* resolute-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "resolute-error.h"

G_DEFINE_QUARK (resolute-error-quark, resolute_error)
