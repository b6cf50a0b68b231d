/* resolute-properties-dialog.c — the metadata of a document: masthead, dates, sponsors, agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is an entry row that applies what was typed when the user
 * presses Enter or leaves it: one undoable step each, on the document's
 * history, so Ctrl+Z in the window undoes a change of title as it undoes
 * typing. Dates are checked (YYYY-MM-DD) and have a calendar. The dialog
 * follows the document: an undo shows at once.
 */

#define G_LOG_DOMAIN "resolute-properties-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "resolute-properties-dialog.h"

struct _ResolutePropertiesDialog
{
  AdwPreferencesWindow  parent_instance;

  /* template */
  AdwPreferencesGroup  *masthead_group;
  AdwPreferencesGroup  *text_group;
  AdwPreferencesGroup  *dates_group;
  AdwPreferencesGroup  *production_group;
  AdwComboRow          *organ_row;
  AdwComboRow          *kind_row;
  AdwComboRow          *distribution_row;
  AdwComboRow          *language_row;
  AdwComboRow          *original_language_row;
  GtkListBox           *sponsor_list;
  AdwEntryRow          *sponsor_entry;
  GtkListBox           *agenda_list;
  AdwEntryRow          *agenda_number_entry;
  AdwEntryRow          *agenda_title_entry;

  ResoluteDocument     *document;
  AdwEntryRow          *field_rows[RESOLUTE_N_FIELDS];
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (ResolutePropertiesDialog, resolute_properties_dialog,
                     ADW_TYPE_PREFERENCES_WINDOW)

static const char *const languages[] = { "eng", "fra", "spa", "rus", "zho", "ara" };

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "eng") == 0)
    return _("English");
  if (g_strcmp0 (code, "fra") == 0)
    return _("French");
  if (g_strcmp0 (code, "spa") == 0)
    return _("Spanish");
  if (g_strcmp0 (code, "rus") == 0)
    return _("Russian");
  if (g_strcmp0 (code, "zho") == 0)
    return _("Chinese");
  if (g_strcmp0 (code, "ara") == 0)
    return _("Arabic");
  return code;
}

typedef enum
{
  GROUP_MASTHEAD,
  GROUP_TEXT,
  GROUP_DATES,
  GROUP_PRODUCTION,
} FieldGroup;

static const struct
{
  ResoluteField  field;
  FieldGroup     group;
  const char    *title;
  const char    *hint;
  gboolean       is_date;
} field_rows[] = {
  { RESOLUTE_FIELD_SYMBOL, GROUP_MASTHEAD, N_("Symbol"), "A/RES/68/160", FALSE },
  { RESOLUTE_FIELD_RESOLUTION_NUMBER, GROUP_MASTHEAD, N_("Resolution Number"), "68/160", FALSE },
  { RESOLUTE_FIELD_SESSION, GROUP_MASTHEAD, N_("Session"), "68", FALSE },
  { RESOLUTE_FIELD_SESSION_TEXT, GROUP_MASTHEAD, N_("Session as Printed"),
    N_("Sixty-eighth session"), FALSE },
  { RESOLUTE_FIELD_COMMITTEE, GROUP_MASTHEAD, N_("Committee"), N_("Third Committee"), FALSE },
  { RESOLUTE_FIELD_TITLE, GROUP_TEXT, N_("Title"), NULL, FALSE },
  { RESOLUTE_FIELD_AUTHORING_FORMULA, GROUP_TEXT, N_("Authoring Formula"),
    N_("The General Assembly,"), FALSE },
  { RESOLUTE_FIELD_OPERATIVE_INTRO, GROUP_TEXT, N_("Operative Introduction"), N_("Resolves that:"),
    FALSE },
  { RESOLUTE_FIELD_SUBMITTED_BY, GROUP_TEXT, N_("Submitted By"), NULL, FALSE },
  { RESOLUTE_FIELD_ORIGIN, GROUP_TEXT, N_("Origin Line"),
    N_("on the report of the Third Committee (A/68/456/Add.2)"), FALSE },
  { RESOLUTE_FIELD_MEETING, GROUP_TEXT, N_("Meeting"), N_("70th plenary meeting"), FALSE },
  { RESOLUTE_FIELD_AMENDED_DOCUMENT, GROUP_TEXT, N_("Amended Document"), NULL, FALSE },
  { RESOLUTE_FIELD_ISSUE_DATE, GROUP_DATES, N_("Date of Issue"), "2014-02-21", TRUE },
  { RESOLUTE_FIELD_ADOPTION_DATE, GROUP_DATES, N_("Date of Adoption"), "2013-12-18", TRUE },
  { RESOLUTE_FIELD_JOB_NUMBER, GROUP_PRODUCTION, N_("Job Number"), "13-44905 (E)", FALSE },
  { RESOLUTE_FIELD_JOB_CODE, GROUP_PRODUCTION, N_("Job Code"), "N1344905E", FALSE },
  { RESOLUTE_FIELD_NOTES, GROUP_PRODUCTION, N_("Notes"), NULL, FALSE },
};

static gboolean
is_date_field (ResoluteField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    if (field_rows[i].field == field)
      return field_rows[i].is_date;
  return FALSE;
}

/* A date as the model keeps it: YYYY-MM-DD, a real day; or empty. */
static gboolean
valid_date (const char *text)
{
  int year, month, day;
  char end;

  if (*text == '\0')
    return TRUE;
  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 || strlen (text) != 10)
    return FALSE;
  return g_date_valid_dmy (day, month, year);
}

/* ------------------------------------------------------------------------ */
/* Fields                                                                   */

/**
 * resolute_properties_dialog_apply_field:
 *
 * Applies what the row of @field holds, as one undoable edit. An invalid
 * value is refused and the row marked.
 */
gboolean
resolute_properties_dialog_apply_field (ResolutePropertiesDialog *self,
                                        ResoluteField             field)
{
  AdwEntryRow *row;
  const char *text;
  const char *current;
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (RESOLUTE_IS_PROPERTIES_DIALOG (self), FALSE);
  g_return_val_if_fail (field < RESOLUTE_N_FIELDS, FALSE);

  row = self->field_rows[field];
  if (row == NULL || self->updating)
    return FALSE;

  text = gtk_editable_get_text (GTK_EDITABLE (row));
  stripped = g_strstrip (g_strdup (text));
  current = resolute_document_get_field (self->document, field);
  if (g_strcmp0 (stripped, current != NULL ? current : "") == 0)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      return TRUE;
    }

  if (is_date_field (field) && !valid_date (stripped))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("Write dates as year-month-day, "
                                                         "for example 2013-12-18")));
      return FALSE;
    }

  if (!resolute_document_set_field (self->document, field, *stripped ? stripped : NULL, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

static void
row_activated (AdwEntryRow              *row,
               ResolutePropertiesDialog *self)
{
  resolute_properties_dialog_apply_field (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row),
                                                                                     "field")));
}

static void
row_focus_left (GtkEventControllerFocus  *focus,
                ResolutePropertiesDialog *self)
{
  row_activated (ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))),
                 self);
}

static void
day_selected (GtkCalendar *calendar,
              AdwEntryRow *row)
{
  ResolutePropertiesDialog *self =
    RESOLUTE_PROPERTIES_DIALOG (gtk_widget_get_root (GTK_WIDGET (row)));
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  row_activated (row, self);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
calendar_shown (GtkCalendar *calendar,
                AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  int year, month, day;

  if (valid_date (text) && sscanf (text, "%d-%d-%d", &year, &month, &day) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

      g_signal_handlers_block_by_func (calendar, day_selected, row);
      gtk_calendar_select_day (calendar, date);
      g_signal_handlers_unblock_by_func (calendar, day_selected, row);
    }
}

static AdwEntryRow *
add_field_row (ResolutePropertiesDialog *self,
               AdwPreferencesGroup      *group,
               ResoluteField             field,
               const char               *title,
               const char               *hint,
               gboolean                  is_date)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (hint != NULL)
    gtk_widget_set_tooltip_text (row, hint);
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect (row, "entry-activated", G_CALLBACK (row_activated), self);
  g_signal_connect (focus, "leave", G_CALLBACK (row_focus_left), self);
  gtk_widget_add_controller (row, focus);

  if (is_date)
    {
      GtkWidget *button = gtk_menu_button_new ();
      GtkWidget *popover = gtk_popover_new ();
      GtkWidget *calendar = gtk_calendar_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
      gtk_widget_set_tooltip_text (button, _("Choose a Date"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_popover_set_child (GTK_POPOVER (popover), calendar);
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
      g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected), row);
      g_signal_connect (calendar, "map", G_CALLBACK (calendar_shown), row);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (row), 10);
    }

  adw_preferences_group_add (group, row);
  self->field_rows[field] = ADW_ENTRY_ROW (row);
  return ADW_ENTRY_ROW (row);
}

AdwEntryRow *
resolute_properties_dialog_get_field_row (ResolutePropertiesDialog *self,
                                          ResoluteField             field)
{
  g_return_val_if_fail (RESOLUTE_IS_PROPERTIES_DIALOG (self), NULL);
  g_return_val_if_fail (field < RESOLUTE_N_FIELDS, NULL);

  return self->field_rows[field];
}

/* ------------------------------------------------------------------------ */
/* Choices                                                                  */

static guint
language_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
organ_selected (ResolutePropertiesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->organ_row);

  if (self->document == NULL || self->updating)
    return;

  if (selected != GTK_INVALID_LIST_POSITION
      && selected != resolute_document_get_organ (self->document))
    resolute_document_set_organ (self->document, selected);
}

static void
kind_selected (ResolutePropertiesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->document == NULL || self->updating)
    return;

  if (selected != GTK_INVALID_LIST_POSITION
      && selected != resolute_document_get_kind (self->document))
    resolute_document_set_kind (self->document, selected);
}

static void
distribution_selected (ResolutePropertiesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->distribution_row);

  if (self->document == NULL || self->updating)
    return;

  if (selected != GTK_INVALID_LIST_POSITION
      && selected != resolute_document_get_distribution (self->document))
    resolute_document_set_distribution (self->document, selected);
}

static void
language_selected (ResolutePropertiesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char *current;

  if (self->document == NULL || self->updating)
    return;

  current = resolute_document_get_field (self->document, RESOLUTE_FIELD_LANGUAGE);
  if (selected >= G_N_ELEMENTS (languages)
      || g_strcmp0 (current, languages[selected]) == 0)
    return;

  resolute_document_set_field (self->document, RESOLUTE_FIELD_LANGUAGE, languages[selected], NULL);
}

static void
original_language_selected (ResolutePropertiesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->original_language_row);
  const char *value = selected > 0 && selected <= G_N_ELEMENTS (languages)
                        ? languages[selected - 1] : NULL;
  const char *current;

  if (self->document == NULL || self->updating)
    return;

  current = resolute_document_get_field (self->document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE);
  if (selected == GTK_INVALID_LIST_POSITION || g_strcmp0 (current, value) == 0)
    return;

  resolute_document_set_field (self->document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE, value, NULL);
}

static void
fill_choices (ResolutePropertiesDialog *self)
{
  const char *organs[] = { _("General Assembly"), _("Security Council"),
                           _("Human Rights Council"), _("Economic and Social Council"), NULL };
  const char *kinds[] = { _("Resolution"), _("Draft Resolution"), _("Amendment"), NULL };
  const char *distributions[] = { _("General"), _("Limited"), _("Restricted"), NULL };
  g_autoptr(GtkStringList) language_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) original_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) organ_list = gtk_string_list_new (organs);
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);
  g_autoptr(GtkStringList) distribution_list = gtk_string_list_new (distributions);

  /* Translators: no "Original:" line on the masthead */
  gtk_string_list_append (original_list, _("None"));
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gtk_string_list_append (language_list, language_name (languages[i]));
      gtk_string_list_append (original_list, language_name (languages[i]));
    }

  adw_combo_row_set_model (self->organ_row, G_LIST_MODEL (organ_list));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_list));
  adw_combo_row_set_model (self->distribution_row, G_LIST_MODEL (distribution_list));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_list));
  adw_combo_row_set_model (self->original_language_row, G_LIST_MODEL (original_list));
}

/* ------------------------------------------------------------------------ */
/* Sponsors                                                                 */

static void
sponsor_joined_toggled (GtkCheckButton           *check,
                        ResolutePropertiesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "index"));
  g_autoptr(GPtrArray) sponsors = NULL;
  guint n;

  if (self->updating)
    return;

  n = resolute_document_get_n_sponsors (self->document);
  sponsors = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_sponsor_free);
  for (guint i = 0; i < n; i++)
    {
      const ResoluteSponsor *current = resolute_document_get_sponsor (self->document, i);
      ResoluteSponsor *sponsor = resolute_sponsor_copy (current);

      if (i == index)
        sponsor->joined_later = gtk_check_button_get_active (check);
      g_ptr_array_add (sponsors, sponsor);
    }
  resolute_document_set_sponsors (self->document, sponsors);
}

static void
report (ResolutePropertiesDialog *self,
        GError                   *error)
{
  if (error != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
}

static void
sponsor_button_clicked (GtkButton                *button,
                        ResolutePropertiesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (what, "remove"))
    resolute_document_remove_sponsor (self->document, index, &error);
  else if (g_str_equal (what, "up") && index > 0)
    resolute_document_move_sponsor (self->document, index, index - 1, &error);
  else if (g_str_equal (what, "down"))
    resolute_document_move_sponsor (self->document, index, index + 1, &error);
  report (self, error);
}

static GtkWidget *
sponsor_button (ResolutePropertiesDialog *self,
                const char               *icon,
                const char               *tooltip,
                const char               *what,
                guint                     index,
                gboolean                  sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (sponsor_button_clicked), self);
  return button;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
fill_sponsors (ResolutePropertiesDialog *self)
{
  guint n = resolute_document_get_n_sponsors (self->document);

  clear_list (self->sponsor_list);
  for (guint i = 0; i < n; i++)
    {
      const ResoluteSponsor *sponsor = resolute_document_get_sponsor (self->document, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *joined = gtk_check_button_new_with_label (_("Joined later"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sponsor->name);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (joined), sponsor->joined_later);
      g_object_set_data (G_OBJECT (joined), "index", GUINT_TO_POINTER (i));
      g_signal_connect (joined, "toggled", G_CALLBACK (sponsor_joined_toggled), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), joined);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 sponsor_button (self, "go-up-symbolic", _("Move Up"), "up", i,
                                                 i > 0));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 sponsor_button (self, "go-down-symbolic", _("Move Down"), "down",
                                                 i, i + 1 < n));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 sponsor_button (self, "user-trash-symbolic", _("Remove"),
                                                 "remove", i, TRUE));
      gtk_list_box_append (self->sponsor_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sponsor_list), n > 0);
}

static void
add_sponsor (ResolutePropertiesDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->sponsor_entry));
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (*name == '\0')
    return;

  resolute_document_add_sponsor (self->document, name, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->sponsor_entry), "");
}

AdwEntryRow *
resolute_properties_dialog_get_sponsor_entry (ResolutePropertiesDialog *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PROPERTIES_DIALOG (self), NULL);

  return self->sponsor_entry;
}

GtkListBox *
resolute_properties_dialog_get_sponsor_list (ResolutePropertiesDialog *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PROPERTIES_DIALOG (self), NULL);

  return self->sponsor_list;
}

/* ------------------------------------------------------------------------ */
/* Agenda items                                                             */

static GPtrArray *
copy_agenda (ResoluteDocument *document)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) resolute_agenda_item_free);

  for (guint i = 0; i < resolute_document_get_n_agenda_items (document); i++)
    g_ptr_array_add (items,
                     resolute_agenda_item_copy (resolute_document_get_agenda_item (document, i)));
  return items;
}

static void
remove_agenda_item (GtkButton                *button,
                    ResolutePropertiesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) items = copy_agenda (self->document);

  if (index < items->len)
    {
      g_ptr_array_remove_index (items, index);
      resolute_document_set_agenda_items (self->document, items);
    }
}

static void
fill_agenda (ResolutePropertiesDialog *self)
{
  guint n = resolute_document_get_n_agenda_items (self->document);

  clear_list (self->agenda_list);
  for (guint i = 0; i < n; i++)
    {
      const ResoluteAgendaItem *item = resolute_document_get_agenda_item (self->document, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = g_strdup_printf (_("Agenda item %s"), item->number);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (item->title != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->title);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_agenda_item), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->agenda_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->agenda_list), n > 0);
}

static void
add_agenda_item (ResolutePropertiesDialog *self)
{
  GtkEditable *number_entry = GTK_EDITABLE (self->agenda_number_entry);
  GtkEditable *title_entry = GTK_EDITABLE (self->agenda_title_entry);
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (number_entry)));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (title_entry)));
  g_autoptr(GPtrArray) items = NULL;

  if (*number == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->agenda_number_entry));
      return;
    }

  items = copy_agenda (self->document);
  g_ptr_array_add (items, resolute_agenda_item_new (number, *title ? title : NULL));
  resolute_document_set_agenda_items (self->document, items);
  gtk_editable_set_text (GTK_EDITABLE (self->agenda_number_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->agenda_title_entry), "");
}

/* ------------------------------------------------------------------------ */

/* Shows the document's values; rows being edited keep what the user typed. */
static void
refresh (ResolutePropertiesDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  const char *language;
  const char *original;
  guint original_index;

  self->updating = TRUE;

  for (guint f = 0; f < RESOLUTE_N_FIELDS; f++)
    {
      AdwEntryRow *row = self->field_rows[f];
      const char *value;

      if (row == NULL || (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row))))
        continue;
      value = resolute_document_get_field (self->document, f);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value != NULL ? value : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }

  adw_combo_row_set_selected (self->organ_row, resolute_document_get_organ (self->document));
  adw_combo_row_set_selected (self->kind_row, resolute_document_get_kind (self->document));
  adw_combo_row_set_selected (self->distribution_row,
                              resolute_document_get_distribution (self->document));
  language = resolute_document_get_field (self->document, RESOLUTE_FIELD_LANGUAGE);
  adw_combo_row_set_selected (self->language_row, language_index (language));
  original = resolute_document_get_field (self->document, RESOLUTE_FIELD_ORIGINAL_LANGUAGE);
  original_index = language_index (original);
  adw_combo_row_set_selected (self->original_language_row,
                              original_index == GTK_INVALID_LIST_POSITION ? 0
                                                                          : original_index + 1);
  fill_sponsors (self);
  fill_agenda (self);

  self->updating = FALSE;
}

ResoluteDocument *
resolute_properties_dialog_get_document (ResolutePropertiesDialog *self)
{
  g_return_val_if_fail (RESOLUTE_IS_PROPERTIES_DIALOG (self), NULL);

  return self->document;
}

static void
resolute_properties_dialog_dispose (GObject *object)
{
  ResolutePropertiesDialog *self = RESOLUTE_PROPERTIES_DIALOG (object);

  /* the rows tell of their models going: nothing to apply any more */
  self->updating = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), RESOLUTE_TYPE_PROPERTIES_DIALOG);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (resolute_properties_dialog_parent_class)->dispose (object);
}

static void
resolute_properties_dialog_class_init (ResolutePropertiesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = resolute_properties_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/resolute/Resolute/ui/resolute-properties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, masthead_group);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, text_group);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, dates_group);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, production_group);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, organ_row);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, distribution_row);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog,
                                        original_language_row);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, sponsor_list);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, sponsor_entry);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog,
                                        agenda_number_entry);
  gtk_widget_class_bind_template_child (widget_class, ResolutePropertiesDialog,
                                        agenda_title_entry);
  gtk_widget_class_bind_template_callback (widget_class, organ_selected);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, distribution_selected);
  gtk_widget_class_bind_template_callback (widget_class, language_selected);
  gtk_widget_class_bind_template_callback (widget_class, original_language_selected);
  gtk_widget_class_bind_template_callback (widget_class, add_sponsor);
  gtk_widget_class_bind_template_callback (widget_class, add_agenda_item);
}

static void
resolute_properties_dialog_init (ResolutePropertiesDialog *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);

  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    {
      AdwPreferencesGroup *group = field_rows[i].group == GROUP_MASTHEAD ? self->masthead_group
                                   : field_rows[i].group == GROUP_TEXT   ? self->text_group
                                   : field_rows[i].group == GROUP_DATES  ? self->dates_group
                                                                         : self->production_group;

      add_field_row (self, group, field_rows[i].field, _(field_rows[i].title),
                     field_rows[i].hint != NULL ? _(field_rows[i].hint) : NULL,
                     field_rows[i].is_date);
    }
  self->updating = FALSE;
}

ResolutePropertiesDialog *
resolute_properties_dialog_new (ResoluteDocument *document)
{
  ResolutePropertiesDialog *self;

  g_return_val_if_fail (RESOLUTE_IS_DOCUMENT (document), NULL);

  self = g_object_new (RESOLUTE_TYPE_PROPERTIES_DIALOG, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "metadata-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}
