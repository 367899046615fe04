"""The service-error sentences for users and presence (services/user_admin.py); messages.py merges DETAIL into its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

# detail code (the error's first argument) -> sentence; %1 is details["limit"], %2 details["value"].
DETAIL: dict[str, str] = {
    "invalid_user": QT_TRANSLATE_NOOP("Messages", "Some fields need correcting: each one says what is wrong."),
    "deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate yourself. Ask another administrator to do it."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "This is the last active administrator. Make another user an administrator first, "
        "so that someone can still manage users."),
    "user_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this user after you opened it. Your changes are still in the form: "
        "choose Discard changes to see theirs, then make your changes again."),
    "user_missing": QT_TRANSLATE_NOOP("Messages", "This user no longer exists. The list has been refreshed."),
}

# Field problems of ValidationError("invalid_user", fields={field: code}): the sentence under the field.
# %1 is the shortest password allowed.
FIELD: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This is too long."),
    "invalid_username": QT_TRANSLATE_NOOP(
        "Messages", "Use only letters, digits, dots, hyphens and underscores, without spaces."),
    "username_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another user (perhaps a deactivated one) already has this user name."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "This is not a valid e-mail address."),
    "invalid_role": QT_TRANSLATE_NOOP("Messages", "Choose one of the roles."),
    "invalid_locale": QT_TRANSLATE_NOOP("Messages", "Choose English or Spanish."),
    "short_password": QT_TRANSLATE_NOOP("Messages", "The password must have at least %1 characters."),
    "password_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords are not the same."),
    "unknown_campaign": QT_TRANSLATE_NOOP(
        "Messages", "One of the campaigns no longer exists. The list has been refreshed: choose again."),
    "own_role": QT_TRANSLATE_NOOP(
        "Messages", "You cannot change your own role. Ask another administrator to do it."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "This is the last active administrator: make another user an administrator first."),
}


def field_text(code: str, limit=None) -> str:
    """The sentence under a field for a field problem code (the code itself when unknown)."""
    text = QCoreApplication.translate("Messages", FIELD[code]) if code in FIELD else code
    return text.replace("%1", str(limit if limit is not None else ""))
