"""The channels part of the service-error sentences (see messages.py), kept apart so it grows alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
