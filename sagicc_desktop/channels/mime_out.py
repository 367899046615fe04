"""Building the e-mail (RFC 5322 / MIME) for a queued interaction.

The message carries exactly what the interaction holds: nothing is added on the way out (the
composer puts the signature in the body, where the agent sees it; see services/outgoing.py).
From is the channel's display name and address; To and Cc are headers, Bcc only the envelope.
The Message-ID is the stored one, so a message sent again after a crash is the same message.
A plain-text body gets an HTML alternative only when the interaction has HTML of its own; an
HTML-only body gets a plain-text part made from it, escaped nowhere because text is text.
"""

from __future__ import annotations

import email.policy
import email.utils
import html
import re
from email.headerregistry import Address
from email.message import EmailMessage

from ..services.outbox import OutgoingMessage
from ..store.blobs import BlobStore

_TAGS = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"(?i)</(p|div|li|tr|h[1-6])>|<br\s*/?>")
_STYLE = re.compile(r"(?is)<(script|style)\b.*?</\1>")


def text_to_html(text: str) -> str:
    """Plain text as HTML, escaped, line breaks kept (for a transcript or a text-only reply)."""
    paragraphs = re.split(r"\n\s*\n", (text or "").strip())
    return "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paragraphs if p)


def html_to_text(markup: str) -> str:
    """A readable plain-text part from our own HTML (blocks become lines, tags go)."""
    text = _STYLE.sub("", markup or "")
    text = _BLOCK_END.sub("\n", text)
    text = html.unescape(_TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


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
