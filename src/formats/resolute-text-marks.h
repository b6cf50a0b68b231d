/* resolute-text-marks.h — footnote marks in imported text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "resolute-text-units.h"

G_BEGIN_DECLS

/**
 * ResoluteTextMark:
 * @unit: the unit whose text holds the mark
 * @start: the first byte of the mark (with the space before it, if any)
 * @end: one past its last byte; @start when the mark was not found and is
 *   put at the end of a paragraph
 * @note: the index of its footnote in the body's notes
 */
typedef struct
{
  guint unit;
  gsize start;
  gsize end;
  guint note;
} ResoluteTextMark;

GArray *resolute_text_find_marks (ResoluteTextBody       *body,
                                  const gboolean         *searchable,
                                  const ResoluteLanguage *language,
                                  gboolean                spaced_marks,
                                  GPtrArray              *warnings);

G_END_DECLS
