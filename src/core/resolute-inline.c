/* resolute-inline.c — text with emphasis, references, footnote marks and cross-references
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An inline is UTF-8 text plus two sorted arrays: spans (italic, bold,
 * document references, tracked changes) as byte ranges, and objects (footnote
 * marks, cross-references), each standing in the text as one U+FFFC. The
 * representation maps one to one onto a GtkTextBuffer paragraph (tags and
 * child anchors) and onto Akoma Ntoso inline markup.
 */

#define G_LOG_DOMAIN "resolute-inline"

#include "config.h"

#include <string.h>

#include "resolute-error.h"
#include "resolute-inline.h"

struct _ResoluteInline
{
  GString *text;
  GArray  *spans;   /* ResoluteSpan, sorted by (start, kind, end) */
  GArray  *objects; /* ResoluteInlineObject, sorted by offset */
};

G_DEFINE_BOXED_TYPE (ResoluteInline, resolute_inline, resolute_inline_copy, resolute_inline_free)

static void
span_clear (gpointer data)
{
  ResoluteSpan *span = data;

  g_clear_pointer (&span->value, g_free);
}

static void
object_clear (gpointer data)
{
  ResoluteInlineObject *object = data;

  g_clear_pointer (&object->target, g_free);
}

ResoluteInline *
resolute_inline_new (void)
{
  ResoluteInline *self = g_new0 (ResoluteInline, 1);

  self->text = g_string_new (NULL);
  self->spans = g_array_new (FALSE, FALSE, sizeof (ResoluteSpan));
  g_array_set_clear_func (self->spans, span_clear);
  self->objects = g_array_new (FALSE, FALSE, sizeof (ResoluteInlineObject));
  g_array_set_clear_func (self->objects, object_clear);

  return self;
}

ResoluteInline *
resolute_inline_new_from_text (const char *text)
{
  ResoluteInline *self = resolute_inline_new ();

  if (text != NULL)
    resolute_inline_append_text (self, text, -1);

  return self;
}

ResoluteInline *
resolute_inline_copy (const ResoluteInline *self)
{
  ResoluteInline *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = resolute_inline_new ();
  g_string_append_len (copy->text, self->text->str, self->text->len);
  for (guint i = 0; i < self->spans->len; i++)
    {
      ResoluteSpan span = g_array_index (self->spans, ResoluteSpan, i);

      span.value = g_strdup (span.value);
      g_array_append_val (copy->spans, span);
    }
  for (guint i = 0; i < self->objects->len; i++)
    {
      ResoluteInlineObject object = g_array_index (self->objects, ResoluteInlineObject, i);

      object.target = g_strdup (object.target);
      g_array_append_val (copy->objects, object);
    }

  return copy;
}

void
resolute_inline_free (ResoluteInline *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_array_unref (self->spans);
  g_array_unref (self->objects);
  g_free (self);
}

gboolean
resolute_inline_equal (const ResoluteInline *a,
                       const ResoluteInline *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  if (!g_string_equal (a->text, b->text) || a->spans->len != b->spans->len
      || a->objects->len != b->objects->len)
    return FALSE;

  for (guint i = 0; i < a->spans->len; i++)
    {
      const ResoluteSpan *sa = &g_array_index (a->spans, ResoluteSpan, i);
      const ResoluteSpan *sb = &g_array_index (b->spans, ResoluteSpan, i);

      if (sa->kind != sb->kind || sa->start != sb->start || sa->end != sb->end
          || g_strcmp0 (sa->value, sb->value) != 0)
        return FALSE;
    }

  for (guint i = 0; i < a->objects->len; i++)
    {
      const ResoluteInlineObject *oa = &g_array_index (a->objects, ResoluteInlineObject, i);
      const ResoluteInlineObject *ob = &g_array_index (b->objects, ResoluteInlineObject, i);

      if (oa->kind != ob->kind || oa->offset != ob->offset || oa->flags != ob->flags
          || g_strcmp0 (oa->target, ob->target) != 0)
        return FALSE;
    }

  return TRUE;
}

const char *
resolute_inline_get_text (const ResoluteInline *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text->str;
}

gsize
resolute_inline_get_length (const ResoluteInline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->text->len;
}

gboolean
resolute_inline_is_empty (const ResoluteInline *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->text->len == 0;
}

guint
resolute_inline_get_n_spans (const ResoluteInline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->spans->len;
}

const ResoluteSpan *
resolute_inline_get_span (const ResoluteInline *self,
                          guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->spans->len, NULL);

  return &g_array_index (self->spans, ResoluteSpan, index);
}

guint
resolute_inline_get_n_objects (const ResoluteInline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->objects->len;
}

const ResoluteInlineObject *
resolute_inline_get_object (const ResoluteInline *self,
                            guint                 index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->objects->len, NULL);

  return &g_array_index (self->objects, ResoluteInlineObject, index);
}

const ResoluteInlineObject *
resolute_inline_find_object (const ResoluteInline *self,
                             guint                 offset)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->objects->len; i++)
    {
      const ResoluteInlineObject *object = &g_array_index (self->objects, ResoluteInlineObject, i);

      if (object->offset == offset)
        return object;
      if (object->offset > offset)
        break;
    }

  return NULL;
}

gboolean
resolute_inline_has_span (const ResoluteInline *self,
                          ResoluteSpanKind      kind,
                          guint                 start,
                          guint                 end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->spans->len; i++)
    {
      const ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);

      if (span->kind == kind && span->start <= start && span->end >= end)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_boundary (const ResoluteInline *self,
             guint                 offset)
{
  if (offset > self->text->len)
    return FALSE;
  if (offset == self->text->len)
    return TRUE;
  /* UTF-8 continuation bytes are 10xxxxxx */
  return ((guchar) self->text->str[offset] & 0xC0) != 0x80;
}

static int
span_compare (gconstpointer a,
              gconstpointer b)
{
  const ResoluteSpan *sa = a;
  const ResoluteSpan *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->kind != sb->kind)
    return sa->kind < sb->kind ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return g_strcmp0 (sa->value, sb->value);
}

/* Sorts the spans, drops empty ones and merges spans of the same kind and
 * value that overlap or touch, so that equal content has one representation. */
static void
normalize_spans (ResoluteInline *self)
{
  guint out = 0;

  g_array_sort (self->spans, span_compare);

  for (guint i = 0; i < self->spans->len; i++)
    {
      ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);
      gboolean merged = FALSE;

      if (span->start >= span->end)
        {
          span_clear (span);
          continue;
        }

      for (guint j = 0; j < out; j++)
        {
          ResoluteSpan *kept = &g_array_index (self->spans, ResoluteSpan, j);

          if (kept->kind == span->kind && g_strcmp0 (kept->value, span->value) == 0
              && span->start <= kept->end && span->end >= kept->start)
            {
              kept->start = MIN (kept->start, span->start);
              kept->end = MAX (kept->end, span->end);
              span_clear (span);
              merged = TRUE;
              break;
            }
        }

      if (!merged)
        {
          if (out != i)
            g_array_index (self->spans, ResoluteSpan, out) = *span;
          out++;
        }
    }

  /* The tail entries were moved or cleared already: drop them without
   * running the clear function a second time. */
  g_array_set_clear_func (self->spans, NULL);
  g_array_set_size (self->spans, out);
  g_array_set_clear_func (self->spans, span_clear);
  g_array_sort (self->spans, span_compare);
}

/* Appends text, dropping any U+FFFC: objects only enter through the object API. */
static GString *
sanitized_copy (const char *text,
                gssize      length)
{
  GString *clean;
  const char *end;
  const char *p;

  if (length < 0)
    length = strlen (text);
  end = text + length;
  clean = g_string_sized_new (length);

  for (p = text; p < end;)
    {
      const char *hit = memmem (p, end - p, RESOLUTE_OBJECT_UTF8, RESOLUTE_OBJECT_UTF8_LEN);

      if (hit == NULL)
        {
          g_string_append_len (clean, p, end - p);
          break;
        }
      g_string_append_len (clean, p, hit - p);
      p = hit + RESOLUTE_OBJECT_UTF8_LEN;
    }

  return clean;
}

void
resolute_inline_append_text (ResoluteInline *self,
                             const char     *text,
                             gssize          length)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  resolute_inline_insert_text (self, self->text->len, text, length);
}

void
resolute_inline_append_object (ResoluteInline     *self,
                               ResoluteObjectKind  kind,
                               const char         *target,
                               guint               flags)
{
  g_return_if_fail (self != NULL);

  resolute_inline_insert_object (self, self->text->len, kind, target, flags);
}

void
resolute_inline_append (ResoluteInline       *self,
                        const ResoluteInline *other)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  resolute_inline_insert (self, self->text->len, other);
}

/* Opens a gap of @length bytes at @offset: objects at or after it move, spans
 * that contain it grow, spans that start at it move. */
static void
open_gap (ResoluteInline *self,
          guint           offset,
          guint           length)
{
  for (guint i = 0; i < self->objects->len; i++)
    {
      ResoluteInlineObject *object = &g_array_index (self->objects, ResoluteInlineObject, i);

      if (object->offset >= offset)
        object->offset += length;
    }

  for (guint i = 0; i < self->spans->len; i++)
    {
      ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);

      if (span->start >= offset)
        span->start += length;
      if (span->end > offset)
        span->end += length;
    }
}

void
resolute_inline_insert_text (ResoluteInline *self,
                             guint           offset,
                             const char     *text,
                             gssize          length)
{
  g_autoptr(GString) clean = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (is_boundary (self, offset));

  clean = sanitized_copy (text, length);
  if (clean->len == 0)
    return;

  open_gap (self, offset, clean->len);
  g_string_insert_len (self->text, offset, clean->str, clean->len);
}

void
resolute_inline_insert_object (ResoluteInline     *self,
                               guint               offset,
                               ResoluteObjectKind  kind,
                               const char         *target,
                               guint               flags)
{
  ResoluteInlineObject object = { kind, offset, g_strdup (target), flags };
  guint index = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (target != NULL);
  g_return_if_fail (is_boundary (self, offset));

  open_gap (self, offset, RESOLUTE_OBJECT_UTF8_LEN);
  g_string_insert_len (self->text, offset, RESOLUTE_OBJECT_UTF8, RESOLUTE_OBJECT_UTF8_LEN);

  while (index < self->objects->len
         && g_array_index (self->objects, ResoluteInlineObject, index).offset < offset)
    index++;
  g_array_insert_val (self->objects, index, object);
}

void
resolute_inline_insert (ResoluteInline       *self,
                        guint                 offset,
                        const ResoluteInline *other)
{
  guint index = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);
  g_return_if_fail (self != other);
  g_return_if_fail (is_boundary (self, offset));

  if (other->text->len == 0)
    return;

  open_gap (self, offset, other->text->len);
  g_string_insert_len (self->text, offset, other->text->str, other->text->len);

  while (index < self->objects->len
         && g_array_index (self->objects, ResoluteInlineObject, index).offset < offset)
    index++;
  for (guint i = 0; i < other->objects->len; i++)
    {
      ResoluteInlineObject object = g_array_index (other->objects, ResoluteInlineObject, i);

      object.offset += offset;
      object.target = g_strdup (object.target);
      g_array_insert_val (self->objects, index + i, object);
    }

  for (guint i = 0; i < other->spans->len; i++)
    {
      ResoluteSpan span = g_array_index (other->spans, ResoluteSpan, i);

      span.start += offset;
      span.end += offset;
      span.value = g_strdup (span.value);
      g_array_append_val (self->spans, span);
    }
  normalize_spans (self);
}

void
resolute_inline_delete (ResoluteInline *self,
                        guint           start,
                        guint           end)
{
  guint length;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start <= end);
  g_return_if_fail (is_boundary (self, start));
  g_return_if_fail (is_boundary (self, end));

  length = end - start;
  if (length == 0)
    return;

  for (guint i = self->objects->len; i > 0; i--)
    {
      ResoluteInlineObject *object = &g_array_index (self->objects, ResoluteInlineObject, i - 1);

      if (object->offset >= end)
        object->offset -= length;
      else if (object->offset >= start)
        g_array_remove_index (self->objects, i - 1);
    }

  for (guint i = 0; i < self->spans->len; i++)
    {
      ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);

      if (span->start >= end)
        span->start -= length;
      else if (span->start > start)
        span->start = start;
      if (span->end >= end)
        span->end -= length;
      else if (span->end > start)
        span->end = start;
    }

  g_string_erase (self->text, start, length);
  normalize_spans (self);
}

ResoluteInline *
resolute_inline_slice (const ResoluteInline *self,
                       guint                 start,
                       guint                 end)
{
  ResoluteInline *slice;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (is_boundary (self, start), NULL);
  g_return_val_if_fail (is_boundary (self, end), NULL);

  slice = resolute_inline_new ();
  g_string_append_len (slice->text, self->text->str + start, end - start);

  for (guint i = 0; i < self->objects->len; i++)
    {
      ResoluteInlineObject object = g_array_index (self->objects, ResoluteInlineObject, i);

      if (object.offset < start || object.offset >= end)
        continue;
      object.offset -= start;
      object.target = g_strdup (object.target);
      g_array_append_val (slice->objects, object);
    }

  for (guint i = 0; i < self->spans->len; i++)
    {
      ResoluteSpan span = g_array_index (self->spans, ResoluteSpan, i);

      if (span.end <= start || span.start >= end)
        continue;
      span.start = MAX (span.start, start) - start;
      span.end = MIN (span.end, end) - start;
      span.value = g_strdup (span.value);
      g_array_append_val (slice->spans, span);
    }
  normalize_spans (slice);

  return slice;
}

void
resolute_inline_set_span (ResoluteInline   *self,
                          ResoluteSpanKind  kind,
                          guint             start,
                          guint             end,
                          const char       *value,
                          gboolean          on)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (start <= end);
  g_return_if_fail (is_boundary (self, start));
  g_return_if_fail (is_boundary (self, end));

  if (start == end)
    return;

  if (on)
    {
      ResoluteSpan span = { kind, start, end, g_strdup (value) };

      g_array_append_val (self->spans, span);
      normalize_spans (self);
      return;
    }

  for (guint i = 0, n = self->spans->len; i < n; i++)
    {
      ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);

      if (span->kind != kind || span->end <= start || span->start >= end)
        continue;

      if (span->start < start && span->end > end)
        {
          ResoluteSpan tail = { kind, end, span->end, g_strdup (span->value) };

          span->end = start;
          g_array_append_val (self->spans, tail);
          span = &g_array_index (self->spans, ResoluteSpan, i);
        }
      else if (span->start < start)
        span->end = start;
      else if (span->end > end)
        span->start = end;
      else
        span->end = span->start; /* dropped by normalize_spans() */
    }
  normalize_spans (self);
}

void
resolute_inline_strip (ResoluteInline *self)
{
  guint lead = 0;
  guint trail;

  g_return_if_fail (self != NULL);

  trail = self->text->len;
  while (trail > 0 && g_ascii_isspace (self->text->str[trail - 1]))
    trail--;
  resolute_inline_delete (self, trail, self->text->len);

  while (lead < self->text->len && g_ascii_isspace (self->text->str[lead]))
    lead++;
  resolute_inline_delete (self, 0, lead);
}

char *
resolute_inline_to_plain (const ResoluteInline     *self,
                          ResoluteInlineRenderFunc  render,
                          gpointer                  user_data)
{
  GString *out;
  guint last = 0;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_sized_new (self->text->len);
  for (guint i = 0; i < self->objects->len; i++)
    {
      const ResoluteInlineObject *object = &g_array_index (self->objects, ResoluteInlineObject, i);

      g_string_append_len (out, self->text->str + last, object->offset - last);
      if (render != NULL)
        {
          g_autofree char *rendered = render (object, user_data);

          if (rendered != NULL)
            g_string_append (out, rendered);
        }
      last = object->offset + RESOLUTE_OBJECT_UTF8_LEN;
    }
  g_string_append_len (out, self->text->str + last, self->text->len - last);

  return g_string_free (out, FALSE);
}

gboolean
resolute_inline_check (const ResoluteInline  *self,
                       GError               **error)
{
  const char *p;
  guint marks = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!g_utf8_validate_len (self->text->str, self->text->len, NULL))
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID, "text is not valid UTF-8");
      return FALSE;
    }

  for (p = self->text->str; (p = strstr (p, RESOLUTE_OBJECT_UTF8)) != NULL;
       p += RESOLUTE_OBJECT_UTF8_LEN)
    marks++;
  if (marks != self->objects->len)
    {
      g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                   "%u object characters for %u objects", marks, self->objects->len);
      return FALSE;
    }

  for (guint i = 0; i < self->objects->len; i++)
    {
      const ResoluteInlineObject *object = &g_array_index (self->objects, ResoluteInlineObject, i);

      if (object->offset + RESOLUTE_OBJECT_UTF8_LEN > self->text->len
          || memcmp (self->text->str + object->offset, RESOLUTE_OBJECT_UTF8,
                     RESOLUTE_OBJECT_UTF8_LEN) != 0
          || (i > 0
              && g_array_index (self->objects, ResoluteInlineObject, i - 1).offset
                   >= object->offset))
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       "object %u is not at an object character", i);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->spans->len; i++)
    {
      const ResoluteSpan *span = &g_array_index (self->spans, ResoluteSpan, i);

      if (span->start >= span->end || span->end > self->text->len || !is_boundary (self, span->start)
          || !is_boundary (self, span->end))
        {
          g_set_error (error, RESOLUTE_ERROR, RESOLUTE_ERROR_INVALID,
                       "span %u (%u–%u) is out of the text", i, span->start, span->end);
          return FALSE;
        }
    }

  return TRUE;
}
