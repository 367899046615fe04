"""The channels part of the service-error sentences (see messages.py), kept apart so it grows alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

# detail code (the ValidationError's first argument) -> sentence; %1 is details["limit"],
# %2 details["value"].
DETAIL: dict[str, str] = {
    # Queuing a message (services/outgoing.py)
    "channel_not_enabled": QT_TRANSLATE_NOOP(
        "Messages", "This channel is not enabled for the ticket's campaign (or it has been switched off)."),
    "no_recipient": QT_TRANSLATE_NOOP("Messages", "Add at least one recipient."),
    "recipient_not_customers": QT_TRANSLATE_NOOP(
        "Messages", "%2 is not the customer's contact data, and this campaign only writes to the customer's own."),
    "recipient_blocked": QT_TRANSLATE_NOOP(
        "Messages", "%2 is on the block list: nothing may be sent to it. Remove it from the recipients."),
    "empty_message": QT_TRANSLATE_NOOP("Messages", "The message is empty: write something or attach a file."),
    "subject_required": QT_TRANSLATE_NOOP("Messages", "An e-mail needs a subject."),
    "cc_email_only": QT_TRANSLATE_NOOP("Messages", "CC and BCC are for e-mail only."),
    "too_many_recipients": QT_TRANSLATE_NOOP("Messages", "Too many recipients: at most %1 in one message."),
    "channel_no_files": QT_TRANSLATE_NOOP("Messages", "%2 does not take attachments."),
    "channel_refused_type": QT_TRANSLATE_NOOP("Messages", "%2 cannot be sent on this channel: its type is not allowed."),
    "channel_files_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The attachments are too large for this channel: at most %2 in one message."),
    # Retry and Cancel (services/outgoing.py)
    "not_in_outbox": QT_TRANSLATE_NOOP("Messages", "This interaction was not sent from here, so it has no delivery."),
    "outbox_sending": QT_TRANSLATE_NOOP(
        "Messages", "The message is being sent right now; wait a moment and look at its state again."),
    "outbox_sent": QT_TRANSLATE_NOOP("Messages", "The message has already been sent."),
    # The keychain holding channel passwords (services/channel_secrets.py)
    "keychain_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "This computer has no keychain to keep the mailbox password in (%2). Install or unlock "
        "the system's keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet)."),
    "keychain_error": QT_TRANSLATE_NOOP("Messages", "The keychain refused to give or keep the password: %2"),
    # Send transcript (services/transcript.py)
    "transcript_not_customer_address": QT_TRANSLATE_NOOP(
        "Messages", "%2 is not one of the customer's e-mail addresses: choose one of theirs."),
    "no_email_channel": QT_TRANSLATE_NOOP("Messages", "The ticket's campaign has no e-mail channel to send from."),
    "transcript_empty": QT_TRANSLATE_NOOP("Messages", "The conversation has no messages to send yet."),
    # Incoming e-mail held aside (services/inbound_held.py)
    "release_role": QT_TRANSLATE_NOOP(
        "Messages", "Only supervisors and administrators may release or discard a held message."),
    "already_released": QT_TRANSLATE_NOOP("Messages", "This message has already been released."),
    "release_refused": QT_TRANSLATE_NOOP(
        "Messages", "This message could not be let through (%2), so it stays held. Check the mailbox's "
        "campaigns and try again."),
}

# Administering channels (services/channel_settings.py): the errors describe() says.
DETAIL.update({
    "invalid_settings": QT_TRANSLATE_NOOP(
        "Messages", "Some settings are not right: each marked field says what to correct. Nothing was saved."),
    "channel_changed": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this channel after you opened it. Your changes are still in the form: "
        "reopen the channel to see theirs, then save again."),
    "channel_missing": QT_TRANSLATE_NOOP("Messages", "This channel no longer exists. The list has been refreshed."),
    "kind_changed": QT_TRANSLATE_NOOP("Messages", "A channel's kind cannot change: create a new channel instead."),
    "unknown_secret": QT_TRANSLATE_NOOP("Messages", "This kind of channel keeps no password or token."),
    "unsupported_kind": QT_TRANSLATE_NOOP("Messages", "Channels of this kind cannot be set up here."),
})

# A field's problem (ValidationError("invalid_settings").details["fields"][field]), said under the field.
FIELD: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Fill this in."),
    "invalid_port": QT_TRANSLATE_NOOP("Messages", "A port is a whole number from 1 to 65535."),
    "invalid_host": QT_TRANSLATE_NOOP(
        "Messages", "Write a server name such as mail.example.com or an IP address, without http:// or a port."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "This is not a valid e-mail address."),
    "invalid_security": QT_TRANSLATE_NOOP("Messages", "Choose one of the security options offered."),
    "invalid_scheme": QT_TRANSLATE_NOOP("Messages", "Choose tel: or sip:."),
    "invalid_url": QT_TRANSLATE_NOOP("Messages", "Write the full address, such as https://api.example.com/v1."),
    "insecure_url": QT_TRANSLATE_NOOP(
        "Messages", "Use https:// so the token does not travel unencrypted (http:// is only for this computer)."),
    "invalid_sender": QT_TRANSLATE_NOOP(
        "Messages", "Write the number in international form (+57…); SMS also takes a short code or a name of "
        "up to 11 letters and digits."),
    "invalid_size": QT_TRANSLATE_NOOP("Messages", "The size must be between 0 and 1024 MB."),
    "invalid_type": QT_TRANSLATE_NOOP(
        "Messages", "Write types such as application/pdf or image/*, separated by commas."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This is too long: at most 160 characters."),
}
FIELD_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "This value is not valid.")

# "Test connection" (channels/connection_check.py): %1 is the server ("mail.example.com:587 (SMTP)"),
# %2 the server's own words or the folder, %3 the certificate's subject and %4 its issuer.
CHECK: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("Messages", "Connected to %1: the settings work."),
    "invalid_settings": QT_TRANSLATE_NOOP(
        "Messages", "The settings are incomplete: fill in the server and, for receiving, the user."),
    "host_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 was not found. Check its name for typing errors, and the network connection."),
    "connection_refused": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 refused the connection: nothing answers on that port. Check the port and "
        "the security."),
    "timeout": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 did not answer in time. Check the name and port, or whether a firewall "
        "blocks the connection."),
    "tls_failed": QT_TRANSLATE_NOOP(
        "Messages", "The secure connection with %1 failed. The server may expect another security setting on "
        "this port (TLS or STARTTLS)."),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 showed a certificate this computer does not trust (issued to %3 by %4). If it "
        "is your organisation's own certificate, choose its CA file and test again."),
    "ca_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The CA file could not be read: choose an existing certificate file (PEM)."),
    "starttls_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 does not offer STARTTLS, and the password is never sent unencrypted. Choose "
        "another security setting."),
    "login_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 does not accept a login. Leave the user empty if it sends without one."),
    "login_failed": QT_TRANSLATE_NOOP(
        "Messages", "The server %1 refused the user name or password. Check both (some providers need an app "
        "password)."),
    "folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "Logged in to %1, but the folder “%2” is not there. Check the folder's name."),
    "unexpected": QT_TRANSLATE_NOOP("Messages", "The server %1 answered something unexpected: %2"),
}
CHECK_UNTRUSTED_UNNAMED = QT_TRANSLATE_NOOP(
    "Messages", "The server %1 showed a certificate this computer does not trust. If it is your organisation's "
    "own certificate, choose its CA file and test again.")
CHECK_SERVER_SAID = QT_TRANSLATE_NOOP("Messages", "The server said: %1")


def field_text(code: str) -> str:
    """The sentence under a field for a settings problem code."""
    return QCoreApplication.translate("Messages", FIELD.get(code, FIELD_UNKNOWN))


def check_text(result, server: str, folder: str = "") -> str:
    """The sentence for a connection check result (channels.connection_check.CheckResult)."""
    if result.code == "certificate_untrusted" and not (result.subject or result.issuer):
        template = CHECK_UNTRUSTED_UNNAMED
    else:
        template = CHECK.get(result.code, CHECK["unexpected"])
    text = QCoreApplication.translate("Messages", template)
    second = folder if result.code == "folder_missing" else (result.detail or "")
    return (text.replace("%1", server).replace("%3", result.subject or "?").replace("%4", result.issuer or "?")
            .replace("%2", second))


def server_said(result) -> str:
    """The server's own words, for the codes where our sentence does not already carry them."""
    if not result.detail or result.code not in ("login_failed", "login_unsupported", "tls_failed"):
        return ""  # the others are said whole, or the text is the system's, not the server's
    return QCoreApplication.translate("Messages", CHECK_SERVER_SAID).replace("%1", result.detail)
