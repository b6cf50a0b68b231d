/* resolute-inline.h — text with emphasis, references, footnote marks and cross-references
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "resolute-types.h"

G_BEGIN_DECLS

/**
 * RESOLUTE_OBJECT_CHAR:
 *
 * U+FFFC OBJECT REPLACEMENT CHARACTER, the character that stands in the text
 * for each inline object (a footnote mark or a cross-reference), as in
 * GtkTextBuffer. Its UTF-8 form is 3 bytes long.
 */
#define RESOLUTE_OBJECT_CHAR     0xFFFC
#define RESOLUTE_OBJECT_UTF8     "\xef\xbf\xbc"
#define RESOLUTE_OBJECT_UTF8_LEN 3

/**
 * ResoluteSpan:
 * @kind: what the span marks
 * @start: byte offset of the first byte
 * @end: byte offset one past the last byte
 * @value: (nullable): the href of a reference, the proposal of a tracked change
 */
typedef struct
{
  ResoluteSpanKind kind;
  guint start;
  guint end;
  char *value;
} ResoluteSpan;

/**
 * ResoluteInlineObject:
 * @kind: a footnote mark or a cross-reference
 * @offset: byte offset of its U+FFFC character in the text
 * @target: the id of the footnote or clause it refers to
 * @flags: #ResoluteCrossRefFlags of a cross-reference
 */
typedef struct
{
  ResoluteObjectKind kind;
  guint offset;
  char *target;
  guint flags;
} ResoluteInlineObject;

/**
 * ResoluteInlineRenderFunc:
 *
 * Returns the text an object stands for (a footnote number, "paragraph 5
 * above") when an inline is flattened to plain text; %NULL drops it.
 */
typedef char *(*ResoluteInlineRenderFunc) (const ResoluteInlineObject *object,
                                           gpointer                    user_data);

#define RESOLUTE_TYPE_INLINE (resolute_inline_get_type ())

GType                       resolute_inline_get_type        (void) G_GNUC_CONST;
ResoluteInline             *resolute_inline_new             (void);
ResoluteInline             *resolute_inline_new_from_text   (const char                *text);
ResoluteInline             *resolute_inline_copy            (const ResoluteInline      *self);
void                        resolute_inline_free            (ResoluteInline            *self);
gboolean                    resolute_inline_equal           (const ResoluteInline      *a,
                                                             const ResoluteInline      *b);
const char                 *resolute_inline_get_text        (const ResoluteInline      *self);
gsize                       resolute_inline_get_length      (const ResoluteInline      *self);
gboolean                    resolute_inline_is_empty        (const ResoluteInline      *self);
guint                       resolute_inline_get_n_spans     (const ResoluteInline      *self);
const ResoluteSpan         *resolute_inline_get_span        (const ResoluteInline      *self,
                                                             guint                      index);
guint                       resolute_inline_get_n_objects   (const ResoluteInline      *self);
const ResoluteInlineObject *resolute_inline_get_object      (const ResoluteInline      *self,
                                                             guint                      index);
const ResoluteInlineObject *resolute_inline_find_object     (const ResoluteInline      *self,
                                                             guint                      offset);
gboolean                    resolute_inline_has_span        (const ResoluteInline      *self,
                                                             ResoluteSpanKind           kind,
                                                             guint                      start,
                                                             guint                      end);

/* Building and editing; offsets are byte offsets on character boundaries. */
void                        resolute_inline_append_text     (ResoluteInline            *self,
                                                             const char                *text,
                                                             gssize                     length);
void                        resolute_inline_append_object   (ResoluteInline            *self,
                                                             ResoluteObjectKind         kind,
                                                             const char                *target,
                                                             guint                      flags);
void                        resolute_inline_append          (ResoluteInline            *self,
                                                             const ResoluteInline      *other);
void                        resolute_inline_insert_text     (ResoluteInline            *self,
                                                             guint                      offset,
                                                             const char                *text,
                                                             gssize                     length);
void                        resolute_inline_insert_object   (ResoluteInline            *self,
                                                             guint                      offset,
                                                             ResoluteObjectKind         kind,
                                                             const char                *target,
                                                             guint                      flags);
void                        resolute_inline_insert          (ResoluteInline            *self,
                                                             guint                      offset,
                                                             const ResoluteInline      *other);
void                        resolute_inline_delete          (ResoluteInline            *self,
                                                             guint                      start,
                                                             guint                      end);
ResoluteInline             *resolute_inline_slice           (const ResoluteInline      *self,
                                                             guint                      start,
                                                             guint                      end);
void                        resolute_inline_set_span        (ResoluteInline            *self,
                                                             ResoluteSpanKind           kind,
                                                             guint                      start,
                                                             guint                      end,
                                                             const char                *value,
                                                             gboolean                   on);
void                        resolute_inline_strip           (ResoluteInline            *self);
char                       *resolute_inline_to_plain        (const ResoluteInline      *self,
                                                             ResoluteInlineRenderFunc   render,
                                                             gpointer                   user_data);
gboolean                    resolute_inline_check           (const ResoluteInline      *self,
                                                             GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteInline, resolute_inline_free)

G_END_DECLS
