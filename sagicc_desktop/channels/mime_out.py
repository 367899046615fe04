"""Building the e-mail (RFC 5322 / MIME) for a queued interaction.

The message carries exactly what the interaction holds: nothing is added on the way out (the
composer puts the signature in the body, where the agent sees it; see services/outgoing.py).
From is the channel's display name and address; To and Cc are headers, Bcc only the envelope.
The Message-ID is the stored one, so a message sent again after a crash is the same message.
A plain-text body gets an HTML alternative only when the interaction has HTML of its own (the
composer's or the transcript's, ours, so not sanitised here); an HTML-only body gets a
plain-text part made from it.
"""

from __future__ import annotations

import email.policy
import email.utils
from email.headerregistry import Address
from email.message import EmailMessage

from ..services.outbox import OutgoingMessage
from ..services.outgoing import html_to_text, text_to_html  # noqa: F401 - text_to_html for callers
from ..store.blobs import BlobStore

def _from_header(message: OutgoingMessage) -> Address | str:
    config = message.channel_config
    address = str(config.get("address") or message.sender)
    name = str(config.get("display_name") or "")
    if "@" not in address:
        return address
    local, domain = address.rsplit("@", 1)
    return Address(display_name=name, username=local, domain=domain)


def build(message: OutgoingMessage, blobs: BlobStore) -> EmailMessage:
    """The EmailMessage to hand to SMTP; attachments are read from the blob store."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = _from_header(message)
    if message.to:
        msg["To"] = ", ".join(message.to)
    if message.cc:
        msg["Cc"] = ", ".join(message.cc)
    msg["Subject"] = message.subject
    msg["Date"] = email.utils.format_datetime(message.occurred_at)
    if message.message_id:
        msg["Message-ID"] = message.message_id
    if message.in_reply_to:
        msg["In-Reply-To"] = message.in_reply_to
    if message.references:
        msg["References"] = message.references
    msg["Auto-Submitted"] = "no"  # written by a person: auto-responders may answer it
    for name, value in message.headers:
        if name.lower().startswith("x-"):
            msg[name] = value
    body_text = message.body_text or ""
    if not body_text.strip() and message.body_html:
        body_text = html_to_text(message.body_html)
    msg.set_content(body_text or "\n")
    if message.body_html:
        msg.add_alternative(message.body_html, subtype="html")
    for f in message.files:
        maintype, _, subtype = (f.mime_type or "application/octet-stream").partition("/")
        data = blobs.read(f.sha256)
        msg.add_attachment(data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                           filename=f.filename)
    return msg
