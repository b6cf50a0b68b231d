/* resolute-office-xml.h — XML of the Word and OpenDocument parts: writing and safe parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct _ResoluteXmlWriter ResoluteXmlWriter;

ResoluteXmlWriter *resolute_xml_writer_new         (void);
void               resolute_xml_writer_free        (ResoluteXmlWriter *self);
void               resolute_xml_start              (ResoluteXmlWriter *self,
                                                    const char        *name);
void               resolute_xml_end                (ResoluteXmlWriter *self);
void               resolute_xml_attr               (ResoluteXmlWriter *self,
                                                    const char        *name,
                                                    const char        *value);
void               resolute_xml_attr_printf        (ResoluteXmlWriter *self,
                                                    const char        *name,
                                                    const char        *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
void               resolute_xml_attr_points        (ResoluteXmlWriter *self,
                                                    const char        *name,
                                                    double             points,
                                                    const char        *unit);
void               resolute_xml_text               (ResoluteXmlWriter *self,
                                                    const char        *text,
                                                    gssize             length);
void               resolute_xml_element            (ResoluteXmlWriter *self,
                                                    const char        *name,
                                                    const char        *attribute,
                                                    const char        *value);
void               resolute_xml_text_element       (ResoluteXmlWriter *self,
                                                    const char        *name,
                                                    const char        *text);
GBytes            *resolute_xml_writer_finish      (ResoluteXmlWriter *self,
                                                    GError           **error);

xmlDocPtr          resolute_xml_parse              (GBytes            *data,
                                                    const char        *part,
                                                    const char        *kind,
                                                    GError           **error);
char              *resolute_xml_clean              (const char        *text,
                                                    gssize             length);

/* Walking parsed parts by namespace and local name */
gboolean           resolute_xml_is                 (xmlNodePtr         node,
                                                    const char        *ns,
                                                    const char        *name);
xmlNodePtr         resolute_xml_child              (xmlNodePtr         node,
                                                    const char        *ns,
                                                    const char        *name);
char              *resolute_xml_get_attr           (xmlNodePtr         node,
                                                    const char        *ns,
                                                    const char        *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ResoluteXmlWriter, resolute_xml_writer_free)

G_END_DECLS
