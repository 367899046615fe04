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
}


