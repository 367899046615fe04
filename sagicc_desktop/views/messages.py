"""Service errors told to the user in their language, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services import errors
from . import (
    messages_audio, messages_campaigns, messages_channels, messages_customers, messages_import, messages_templates,
    messages_users,
)

_C = "Messages"

_BY_CODE = {
    "auth_failed": QT_TRANSLATE_NOOP("Messages", "The user name or password is not right."),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this action."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "That ticket does not exist or you may not see it."),
    "stale": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else saved this ticket after you opened it. Your changes are still in the form: "
        "refresh to see theirs, then save again.",
    ),
    "ticket_closed": QT_TRANSLATE_NOOP("Messages", "This ticket is closed and cannot be changed."),
    "presence_locked": QT_TRANSLATE_NOOP(
        "Messages", "Your status stays Busy while a ticket is open. Exit the ticket first."
    ),
    "invalid": QT_TRANSLATE_NOOP("Messages", "Some of the data is not valid."),
}

_DETAIL = {
    "too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long: at most %1 characters."),
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large: at most %2 per file."),
    "refused_type": QT_TRANSLATE_NOOP("Messages", "Files of this type (%2) may not be attached."),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty; there is nothing to attach."),
    "bad_name": QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid file name: %2. Use a name without / or \\ or control characters."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Could not read %2: it may have been moved, deleted or locked. Nothing was added."
    ),
    "bad_colour": QT_TRANSLATE_NOOP("Messages", "Choose one of the note colours."),
    "empty": QT_TRANSLATE_NOOP("Messages", "Enter your user name and password."),
    "wrong": QT_TRANSLATE_NOOP("Messages", "The user name or password is not right."),
    "inactive": QT_TRANSLATE_NOOP("Messages", "This user has been deactivated."),
    "short_password": QT_TRANSLATE_NOOP("Messages", "The password must have at least 4 characters."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "This is not a valid e-mail address: %2"),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "This is not a valid phone number: %2"),
    "users_exist": QT_TRANSLATE_NOOP("Messages", "An administrator already exists."),
    "task_field_required": QT_TRANSLATE_NOOP("Messages", "“%2” is required."),
    "task_not_a_number": QT_TRANSLATE_NOOP("Messages", "“%2” must be a number."),
    "task_not_a_choice": QT_TRANSLATE_NOOP("Messages", "“%2”: pick one of the options offered."),
    "task_invalid_date": QT_TRANSLATE_NOOP("Messages", "“%2” is not a real date; write it as YYYY-MM-DD."),
    "task_invalid_time": QT_TRANSLATE_NOOP("Messages", "“%2” is not a valid time; write it as HH:MM."),
    "task_text_too_long": QT_TRANSLATE_NOOP("Messages", "“%2” is too long: at most %1 characters."),
    "task_unknown_field": QT_TRANSLATE_NOOP("Messages", "“%2” is not a field of this task form."),
    "task_unknown_type": QT_TRANSLATE_NOOP("Messages", "“%2” has a kind of field this version does not know."),
    "task_form_changed": QT_TRANSLATE_NOOP(
        "Messages", "The campaign's task form was changed or removed. The form now shows the current one with "
        "what you typed: check it and save again."),
    "task_empty": QT_TRANSLATE_NOOP(
        "Messages", "The task is empty: fill in a field, write an observation or schedule a next task."),
    "observations_too_long": QT_TRANSLATE_NOOP("Messages", "The observations are too long: at most %1 characters."),
    "next_action_incomplete": QT_TRANSLATE_NOOP("Messages", "Give the next task both a date and a time."),
    "next_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The next task date is not a real date; write it as YYYY-MM-DD."),
    "next_time_invalid": QT_TRANSLATE_NOOP("Messages", "The next task time is not valid; write it as HH:MM."),
    "next_action_past": QT_TRANSLATE_NOOP("Messages", "The next task date and time are in the past."),
    "next_action_too_far": QT_TRANSLATE_NOOP("Messages", "The next task is too far ahead: at most %1 days from now."),
    "agenda_clash": QT_TRANSLATE_NOOP("Messages", "The next task overlaps another entry of the agenda."),
    "draft_too_large": QT_TRANSLATE_NOOP("Messages", "The draft is too large to keep: at most %1 characters."),
    "invalid_range": QT_TRANSLATE_NOOP("Messages", "The end of the period is before its start."),
    "empty_contact": QT_TRANSLATE_NOOP("Messages", "Enter the e-mail address, number, address or profile."),
    "duplicate_contact": QT_TRANSLATE_NOOP("Messages", "The customer already has this contact data: %2"),
    "contact_missing": QT_TRANSLATE_NOOP(
        "Messages", "This contact data no longer exists: someone may have deleted it. The list has been refreshed."
    ),
    "contact_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this contact data after you opened it (it is now: %2). Your edit is still here: "
        "save again to replace theirs, or cancel to keep it.",
    ),
    "contact_changed_delete": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this contact data after you loaded it (it is now: %2). Nothing was deleted: "
        "check the refreshed list and delete again if you still want to.",
    ),
    "no_customer": QT_TRANSLATE_NOOP("Messages", "This ticket has no customer yet."),
    "unblock_role": QT_TRANSLATE_NOOP(
        "Messages", "Only supervisors and administrators may take a value off the block list."
    ),
    "empty_account_number": QT_TRANSLATE_NOOP("Messages", "Enter the account number."),
    "duplicate_account": QT_TRANSLATE_NOOP("Messages", "The customer already has an account numbered %2."),
    "empty_key": QT_TRANSLATE_NOOP("Messages", "Every row of additional data needs a key."),
    "duplicate_key": QT_TRANSLATE_NOOP("Messages", "The additional data has the key “%2” more than once."),
    "account_missing": QT_TRANSLATE_NOOP(
        "Messages", "This account no longer exists for this customer. The list has been refreshed."
    ),
    "account_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this account after you opened it. Your edit is still here: save again to "
        "replace theirs, or cancel to keep it.",
    ),
    "ticket_account_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed the ticket's account meanwhile. The list now shows the current one; "
        "choose again if you still want this account.",
    ),
    "no_such_number": QT_TRANSLATE_NOOP("Messages", "There is no ticket with number %2."),
    "number_deleted": QT_TRANSLATE_NOOP("Messages", "Ticket #%2 has been deleted."),
    "number_hidden": QT_TRANSLATE_NOOP("Messages", "Ticket #%2 belongs to a campaign you do not have access to."),
    "merge_into_itself": QT_TRANSLATE_NOOP("Messages", "A ticket cannot be merged with itself."),
    "merge_target_closed": QT_TRANSLATE_NOOP(
        "Messages", "Ticket #%2 is closed: a ticket can only be merged into an open one."),
    "keep_customer_invalid": QT_TRANSLATE_NOOP("Messages", "Choose which of the two customers to keep."),
    "relate_to_itself": QT_TRANSLATE_NOOP("Messages", "A ticket cannot be related to itself."),
    "already_related": QT_TRANSLATE_NOOP("Messages", "Ticket #%2 is already related to this one."),
    "relation": QT_TRANSLATE_NOOP("Messages", "That relation no longer exists."),
    "already_assigned": QT_TRANSLATE_NOOP("Messages", "The ticket is already assigned to that user."),
    "assignee_not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "That user cannot take tickets (deactivated, or a viewer)."),
    "assignee_cannot_see": QT_TRANSLATE_NOOP(
        "Messages", "That user cannot see tickets of this campaign: choose a member of the campaign."),
    "merge_customer_itself": QT_TRANSLATE_NOOP("Messages", "A customer cannot be merged with itself."),
    "customer_gone": QT_TRANSLATE_NOOP("Messages", "That customer no longer exists or has already been merged."),
    "notification": QT_TRANSLATE_NOOP("Messages", "That notification no longer exists."),
    "template_error": QT_TRANSLATE_NOOP(
        "Messages", "This template cannot be filled in (%2). Ask an administrator to correct it."),
    "template_missing": QT_TRANSLATE_NOOP("Messages", "That template no longer exists."),
    "no_survey": QT_TRANSLATE_NOOP("Messages", "This campaign has no survey to link to."),
    "bad_dial_scheme": QT_TRANSLATE_NOOP("Messages", "Calls can be handed over as tel: or sip: links only."),
    "bad_call_outcome": QT_TRANSLATE_NOOP("Messages", "Choose how the call ended."),
    "bad_call_duration": QT_TRANSLATE_NOOP("Messages", "The call duration is not valid."),
    "recipient_blocked": QT_TRANSLATE_NOOP(
        "Messages", "%2 is on the block list: nothing can be sent to it."),
    "channel_not_enabled": QT_TRANSLATE_NOOP("Messages", "This channel is not enabled for the ticket's campaign."),
    "ticket_not_public": QT_TRANSLATE_NOOP(
        "Messages", "Ticket #%2 is marked as not public: it has no external view."),
}
_DETAIL.update(messages_channels.DETAIL)
_DETAIL.update(messages_audio.DETAIL)
_DETAIL.update(messages_customers.DETAIL)
for _module in (messages_users, messages_campaigns, messages_templates, messages_import):
    _DETAIL.update(_module.DETAIL)


# Why a ticket cannot be changed (services.permissions.read_only_reason codes), said the same
# way in every tab, dialog and menu.
_READ_ONLY = {
    "viewer": QT_TRANSLATE_NOOP("Messages", "Viewers can read tickets but not change them."),
    "closed": _BY_CODE["ticket_closed"],
}


def read_only_text(reason: str | None) -> str:
    """The sentence for a read-only reason code; "" when the ticket may be changed."""
    return tr(_READ_ONLY[reason]) if reason in _READ_ONLY else ""


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def describe(error: Exception) -> str:
    """One sentence for the user; the most specific one we have."""
    reason = str(error.args[0]) if error.args else ""
    if reason in _DETAIL:
        text = tr(_DETAIL[reason])
        limit = getattr(error, "details", {}).get("limit")
        value = getattr(error, "details", {}).get("value", "")
        text = text.replace("%2", str(value))
        # A number gets its thousands separators; a date (or other text) is said as it is.
        return text.replace("%1", f"{limit:,}" if isinstance(limit, int) else str(limit or ""))
    code = getattr(error, "code", None)
    if isinstance(error, errors.ServiceError) and code in _BY_CODE:
        return tr(_BY_CODE[code])
    return tr(QT_TRANSLATE_NOOP("Messages", "Something went wrong: %1")).replace("%1", str(error))


def show_error(parent: QWidget | None, error: Exception) -> QMessageBox:
    """A window-modal, non-blocking message box (the event loop keeps running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr(QT_TRANSLATE_NOOP("Messages", "Sagicc Desktop")),
                      describe(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setAccessibleName(box.windowTitle())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
