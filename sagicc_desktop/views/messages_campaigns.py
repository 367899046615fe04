"""The service-error sentences for campaigns, the task form designer and SLA rules (services/campaign_admin.py, task_form_design.py, sla_admin.py); messages.py merges DETAIL into its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - for the entries

# detail code (the error's first argument) -> sentence; %1 is details["limit"], %2 details["value"].
DETAIL: dict[str, str] = {
    # Campaigns (services/campaign_admin.py): the fields of ValidationError("invalid_campaign") and the rest
    "invalid_campaign": QT_TRANSLATE_NOOP("Messages", "Some of the campaign's data is not valid: see the marked fields."),
    "campaign_name_required": QT_TRANSLATE_NOOP("Messages", "Give the campaign a name."),
    "campaign_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another campaign is already called “%2” (capitals aside): choose another name."),
    "campaign_name_too_long": QT_TRANSLATE_NOOP("Messages", "The name is too long: at most %1 characters."),
    "campaign_description_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The description is too long: at most %1 characters."),
    "campaign_unknown_user": QT_TRANSLATE_NOOP(
        "Messages", "One of the chosen users no longer exists. The list has been refreshed: choose again."),
    "campaign_unknown_channel": QT_TRANSLATE_NOOP(
        "Messages", "One of the chosen channels no longer exists. The list has been refreshed: choose again."),
    "campaign_default_not_enabled": QT_TRANSLATE_NOOP(
        "Messages", "New tickets can only open from a channel the campaign uses: tick that channel too."),
    "campaign_script_too_long": QT_TRANSLATE_NOOP("Messages", "The script is too long: at most %1 characters."),
    "campaign_unknown_section": QT_TRANSLATE_NOOP("Messages", "The external view has no such section."),
    "campaign_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this campaign after you opened it. Your changes are still here: "
        "Discard changes shows theirs; Save again replaces them with yours."),
    "campaign_missing": QT_TRANSLATE_NOOP("Messages", "This campaign no longer exists."),
    # end of campaigns
    # Task form designer (services/task_form_design.py): the fields of ValidationError("invalid_form") and the rest
    "invalid_form": QT_TRANSLATE_NOOP(
        "Messages", "Some fields of the form need correcting: each one marked in the list says what is wrong."),
    "form_label_required": QT_TRANSLATE_NOOP("Messages", "Give the field a label: it is what agents see."),
    "form_label_too_long": QT_TRANSLATE_NOOP("Messages", "The label is too long: keep it under 120 characters."),
    "form_type_invalid": QT_TRANSLATE_NOOP("Messages", "Choose one of the types in the list."),
    "form_key_invalid": QT_TRANSLATE_NOOP(
        "Messages", "This field's stored name is not valid. Remove the field and add it again."),
    "form_key_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This field is in the form twice. Remove one of them."),
    "form_choices_required": QT_TRANSLATE_NOOP("Messages", "Add at least one choice for agents to pick."),
    "form_choice_empty": QT_TRANSLATE_NOOP("Messages", "One of the choices is empty: write it or remove it."),
    "form_choice_too_long": QT_TRANSLATE_NOOP(
        "Messages", "One of the choices is too long: keep each under 120 characters."),
    "form_choices_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Two choices are the same (capitals aside): each choice must be different."),
    "form_too_many_choices": QT_TRANSLATE_NOOP("Messages", "Too many choices: at most 100."),
    "form_too_many_fields": QT_TRANSLATE_NOOP("Messages", "Too many fields: a task form has at most %1."),
    "task_form_stale": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this task form after you opened it. Your form is still here: "
        "Save again to replace theirs, or Discard changes to see theirs."),
    # SLA rules, business hours and holidays (services/sla_admin.py): the fields of ValidationError("invalid_sla")
    "invalid_sla": QT_TRANSLATE_NOOP(
        "Messages", "Some of the SLA settings need correcting: see the marked rules, days and holidays."),
    "sla_priority_invalid": QT_TRANSLATE_NOOP("Messages", "Choose a priority for this rule."),
    "sla_category_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This category no longer exists: choose another one, or any category."),
    "sla_hours_range": QT_TRANSLATE_NOOP("Messages", "The time to solve must be between 1 and 8,760 hours."),
    "sla_rule_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "There is already a rule for this priority and category: change one of them."),
    "sla_time_invalid": QT_TRANSLATE_NOOP("Messages", "Write the hours as HH:MM, e.g. 08:00."),
    "sla_time_order": QT_TRANSLATE_NOOP("Messages", "The day must open before it closes."),
    "sla_timezone_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose the campaign's time zone from the list, e.g. America/Bogota."),
    "sla_holiday_invalid": QT_TRANSLATE_NOOP("Messages", "This holiday is not a real date."),
    "sla_holiday_duplicate": QT_TRANSLATE_NOOP("Messages", "This holiday is in the list twice."),
    "sla_too_many_holidays": QT_TRANSLATE_NOOP("Messages", "Too many holidays: at most %1."),
    "sla_stale": QT_TRANSLATE_NOOP(
        "Messages", "Someone else changed this campaign's SLA after you opened it. Your changes were not saved: "
        "Discard changes to see theirs, then make yours again."),
    # end of task form and SLA
}


