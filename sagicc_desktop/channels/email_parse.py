"""Raw e-mail bytes to plain values, for any message the Internet may send (H1).

``parse_message`` never raises: a broken header is kept as written, an unknown charset is
decoded with replacement characters, a part that ``get_content()`` refuses is read with
``get_payload(decode=True)``, and every such repair is noted in ``defects``. A message with
no Message-ID gets a stable one made from a hash of its bytes, so fetching it twice still
finds it stored once. Bounces (delivery reports) and automatic replies are recognised here,
so the inbound service only decides where they go.

The HTML body is kept as written; the timeline sanitises it (nh3) when it shows it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import html
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import HeaderRegistry
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import PurePosixPath

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # refused whole above this (the IMAP fetch checks first)
MAX_PART_BYTES = 32 * 1024 * 1024  # one attachment; a larger one is left out, with a note
MAX_TEXT_CHARS = 1_000_000  # the text and the HTML bodies are cut here, with a note
MAX_PARTS = 500  # leaves looked at; the rest of a pathological message is ignored
MAX_DEPTH = 30  # multipart nesting
MAX_HEADERS = 300
MAX_HEADER_CHARS = 2000
MAX_RAW_HEADER = 8000
MAX_ID = 998  # Message-ID and friends (the column width)
SYNTHETIC_DOMAIN = "sagicc.invalid"

_ID = re.compile(r"<[^<>\s]+>")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}

# Automatic replies: header values and subjects (English and Spanish) that give them away.
_AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk"}
_AUTO_SUBJECT = re.compile(
    r"\b(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|"
    r"away from (the |my )?office|on vacation|vacation reply|"
    r"respuesta autom[aá]tica|fuera de (la )?oficina|ausencia de la oficina|"
    r"estoy de vacaciones|mensaje autom[aá]tico)\b",
    re.IGNORECASE,
)
# Bounces without a delivery report: who sends them and what they are called.
_BOUNCE_SENDERS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver|delivery (status notification|failure|has failed)|mail delivery (failed|"
    r"subsystem)|returned mail|failure notice|delivery notification|no se pudo entregar|"
    r"mensaje no entregado|error de entrega)",
    re.IGNORECASE,
)
_QUOTED_ID = re.compile(rb"(?im)^message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]+>)")
_FAILED_ACTIONS = {"failed"}


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str
    mime_type: str
    data: bytes
    inline: bool = False
    content_id: str | None = None


@dataclass(frozen=True)
class Bounce:
    """A delivery report: which message of ours it is about, and whether delivery failed."""

    original_message_id: str | None
    failed: bool  # False for "delayed" and similar reports: the message may still arrive
    action: str = ""
    status: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMessage:
    raw: bytes
    message_id: str
    message_id_synthesised: bool
    sender_address: str
    sender_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: dt.datetime
    in_reply_to: str | None
    references: tuple[str, ...]
    body_text: str
    body_html: str | None
    headers: list[list[str]]
    attachments: tuple[ParsedAttachment, ...]
    defects: tuple[str, ...] = ()
    bounce: Bounce | None = None
    auto_reply: str | None = None  # why it is an automatic reply, or None
    refused: str | None = None  # a reason the message cannot be taken at all (e.g. too_large)
    size: int = 0

    @property
    def sender(self) -> str:
        """The sender as people read it: "Name <address>"."""
        return display_address(self.sender_name, self.sender_address)


def display_address(name: str, address: str) -> str:
    name = " ".join((name or "").split()).strip('"')
    if name and address and name.lower() != address.lower():
        return f"{name} <{address}>"
    return address or name


# ---------------------------------------------------------------- decoding helpers


def _charset(name: str | None) -> str:
    """A codec Python knows for `name`, else UTF-8 (the usual truth behind a wrong label)."""
    if not name:
        return "utf-8"
    name = name.strip().strip('"').lower()
    try:
        codecs.lookup(name)
        return name
    except LookupError:
        return "utf-8"


def _unescape_8bit(text: str) -> str:
    """Headers with raw 8-bit bytes come back with surrogate escapes: decode them properly."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words, decoded when they can be; left as written when they cannot."""
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except Exception:
        return text


def _clean(text: str) -> str:
    text = _unescape_8bit(text)
    return " ".join(text.replace("\x00", "").split())


def _decode(raw: str) -> str:
    """A raw header value as text: unfolded, 8-bit bytes decoded, RFC 2047 words decoded.

    Done by hand rather than through policy.default's header objects, which cost about ten
    times more and take seconds over a header of a few hundred kilobytes.
    """
    text = _unescape_8bit(str(raw)[:MAX_RAW_HEADER])
    text = re.sub(r"\r?\n(?=[ \t])", "", text)
    return _clean(_decode_words(text))


def header_text(msg: Message, name: str) -> str:
    """One header's decoded text ('' when absent), whatever state it is in."""
    wanted = name.lower()
    for key, value in _raw_items(msg):
        if key.lower() == wanted:
            return _decode(value)
    return ""


def _raw_items(msg: Message) -> list[tuple[str, str]]:
    try:
        return list(msg.raw_items())
    except Exception:
        return [(k, str(v)) for k, v in getattr(msg, "_headers", [])]


def _all_headers(msg: Message) -> list[list[str]]:
    """Every header as [name, value], decoded and cut to a readable size."""
    out: list[list[str]] = []
    for name, raw in _raw_items(msg)[:MAX_HEADERS]:
        text = _decode(raw)
        if len(text) > MAX_HEADER_CHARS:
            text = text[:MAX_HEADER_CHARS] + " …"
        out.append([_clean(str(name))[:200], text])
    return out


def _addresses(text: str) -> list[tuple[str, str]]:
    """(display name, address) pairs from a decoded address header; junk is dropped."""
    if not text:
        return []
    try:
        pairs = getaddresses([text])
    except Exception:
        pairs = []
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").strip()
        if "@" not in addr and not addr:
            continue
        out.append((_clean(name), addr))
    if not out:
        found = re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text)
        out = [("", a) for a in found]
    return out


def _first_id(text: str) -> str | None:
    found = _ID.findall(text or "")
    if found:
        return found[0][:MAX_ID]
    text = (text or "").strip()
    if text and " " not in text and "@" in text:
        return f"<{text.strip('<>')}>"[:MAX_ID]
    return None


def _ids(text: str) -> tuple[str, ...]:
    found = _ID.findall(text or "")
    if not found and text and "@" in text:
        found = [f"<{t.strip('<>')}>" for t in text.split() if "@" in t]
    return tuple(i[:MAX_ID] for i in found[-50:])


def _date(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except Exception:
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    try:
        return when.astimezone(dt.timezone.utc)
    except (OverflowError, ValueError):
        return None


def synthetic_message_id(raw: bytes) -> str:
    """The same bytes always get the same Message-ID, so idempotency holds without one."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@{SYNTHETIC_DOMAIN}>"


# ---------------------------------------------------------------- bodies and parts


class _TextFromHtml(HTMLParser):
    """The readable text of an HTML body: blocks become lines, scripts and styles vanish."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "blockquote", "pre", "hr", "section", "article", "header", "footer", "ul", "ol"}
    HIDDEN = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def text_from_html(markup: str) -> str:
    try:
        parser = _TextFromHtml()
        parser.feed(markup)
        parser.close()
        text = "".join(parser.parts)
    except Exception:
        text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    try:
        payload = part.get_payload()
    except Exception:
        return b""
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def _part_text(part: Message, defects: list[str]) -> str:
    """A text part as str: get_content() first, the raw payload with replacements if it fails."""
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content.replace("\x00", "")
        if isinstance(content, bytes):
            return content.decode(_charset(part.get_content_charset()), errors="replace")
    except Exception as exc:
        defects.append(f"text part: {type(exc).__name__}")
    charset = _charset(_safe(lambda: part.get_content_charset(), None))
    return _payload_bytes(part).decode(charset, errors="replace").replace("\x00", "")


def _safe(fn, default):
    try:
        return fn()
    except Exception:
        return default


def _content_type(part: Message) -> str:
    return _safe(lambda: part.get_content_type(), "text/plain").lower()


def _disposition(part: Message) -> str:
    return (_safe(lambda: part.get_content_disposition(), None) or "").lower()


def _filename(part: Message) -> str:
    name = _safe(lambda: part.get_filename(), None)
    if not name:
        name = _safe(lambda: part.get_param("name"), None)
        if isinstance(name, tuple):  # RFC 2231 pieces
            name = _safe(lambda: str(name[2]), "")
    return _clean(_decode_words(str(name))) if name else ""


_EXTENSIONS = {
    "text/plain": ".txt", "text/html": ".html", "text/calendar": ".ics", "message/rfc822": ".eml",
    "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "application/pdf": ".pdf",
    "message/delivery-status": ".txt", "text/rfc822-headers": ".txt",
}


def safe_filename(name: str, mime_type: str, index: int) -> str:
    """A name safe to show and to save: no path, no control characters, not a device name."""
    name = PurePosixPath(name.replace("\\", "/")).name if name else ""
    name = _UNSAFE_NAME.sub("_", name).strip(" ._")
    stem = PurePosixPath(name).stem.lower()
    if not name or stem in _WINDOWS_RESERVED:
        name = f"attachment-{index}{_EXTENSIONS.get(mime_type, '.bin')}"
    if len(name) > 255:
        suffix = PurePosixPath(name).suffix[:20]
        name = name[: 255 - len(suffix)] + suffix
    return name


@dataclass
class _Walk:
    defects: list[str]
    notes: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    leaves: int = 0
    report_parts: list[Message] = field(default_factory=list)
    enclosed: list[Message] = field(default_factory=list)


def _message_bytes(inner: Message) -> bytes:
    try:
        return inner.as_bytes(policy=inner.policy.clone(linesep="\r\n"))
    except Exception:
        try:
            return inner.as_string().encode("utf-8", "replace")
        except Exception:
            return b""


def _walk(part: Message, w: _Walk, depth: int = 0) -> None:
    if w.leaves >= MAX_PARTS:
        return
    if depth > MAX_DEPTH:
        w.notes.append("nesting too deep: inner parts left out")
        return
    ctype = _content_type(part)
    if ctype == "message/delivery-status":
        w.leaves += 1
        w.report_parts.append(part)
        return
    if ctype == "message/rfc822" or (ctype.startswith("message/") and _safe(part.is_multipart, False)):
        w.leaves += 1
        inner = _safe(lambda: part.get_payload(0), None)
        if isinstance(inner, Message):
            w.enclosed.append(inner)
            data = _message_bytes(inner)
            subject = header_text(inner, "Subject") or "message"
            w.attachments.append(ParsedAttachment(
                safe_filename(_filename(part) or f"{subject[:80]}.eml", "message/rfc822", len(w.attachments) + 1),
                "message/rfc822", data))
        return
    if _safe(part.is_multipart, False):
        children = _safe(lambda: part.get_payload(), [])
        if isinstance(children, list):
            for child in children:
                if isinstance(child, Message):
                    _walk(child, w, depth + 1)
        return
    w.leaves += 1
    disposition = _disposition(part)
    name = _filename(part)
    if ctype == "text/rfc822-headers":
        w.report_parts.append(part)
    is_body_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not name
    if is_body_text:
        text = _part_text(part, w.defects)
        (w.plain if ctype == "text/plain" else w.html).append(text)
        return
    if ctype.startswith("multipart/"):  # a multipart whose boundary never came: keep its text
        text = _part_text(part, w.defects)
        if text.strip():
            w.plain.append(text)
        return
    data = _payload_bytes(part)
    if not data and not name:
        return
    if len(data) > MAX_PART_BYTES:
        w.notes.append(f"attachment {name or ctype} of {len(data)} bytes left out (limit {MAX_PART_BYTES})")
        log.warning("e-mail part %s of %d bytes left out (limit %d)", name or ctype, len(data), MAX_PART_BYTES)
        return
    content_id = header_text(part, "Content-ID") or None
    w.attachments.append(ParsedAttachment(
        safe_filename(name, ctype, len(w.attachments) + 1), ctype[:120], data,
        inline=content_id is not None or disposition == "inline",
        content_id=content_id))


def _cut(text: str, what: str, notes: list[str]) -> str:
    if len(text) > MAX_TEXT_CHARS:
        notes.append(f"{what} cut from {len(text)} to {MAX_TEXT_CHARS} characters")
        return text[:MAX_TEXT_CHARS]
    return text


# ---------------------------------------------------------------- bounces and automatic replies


def _report_fields(part: Message) -> list[tuple[str, str]]:
    """Name/value pairs of a message/delivery-status part (the email package nests them)."""
    pairs: list[tuple[str, str]] = []
    payload = _safe(lambda: part.get_payload(), None)
    blocks = payload if isinstance(payload, list) else []
    for block in blocks:
        if isinstance(block, Message):
            pairs += [(k.lower(), _clean(str(v))) for k, v in _raw_items(block)]
    if not pairs:
        text = _payload_bytes(part).decode("utf-8", errors="replace")
        for line in text.splitlines():
            if ":" in line and not line[:1].isspace():
                key, _, value = line.partition(":")
                pairs.append((key.strip().lower(), value.strip()))
    return pairs


def _original_id(w: _Walk, raw: bytes, own_id: str) -> str | None:
    for inner in w.enclosed:
        found = _first_id(header_text(inner, "Message-ID"))
        if found:
            return found
    for part in w.report_parts:
        if _content_type(part) == "text/rfc822-headers":
            text = _payload_bytes(part).decode("utf-8", errors="replace")
            try:
                headers = HeaderParser(policy=policy.compat32).parsestr(text, headersonly=True)
                found = _first_id(header_text(headers, "Message-ID"))
            except Exception:
                found = None
            if found:
                return found
    body_start = raw.find(b"\r\n\r\n")
    if body_start < 0:
        body_start = raw.find(b"\n\n")
    for match in _QUOTED_ID.finditer(raw[max(body_start, 0):][:2_000_000]):
        found = match.group(1).decode("utf-8", errors="replace")[:MAX_ID]
        if found != own_id:
            return found
    return None


def _bounce(msg: Message, w: _Walk, raw: bytes, sender: str, subject: str, own_id: str) -> Bounce | None:
    ctype = _content_type(msg)
    report_type = (_safe(lambda: msg.get_param("report-type"), "") or "")
    report_type = str(report_type).lower() if not isinstance(report_type, tuple) else ""
    is_report = ctype == "multipart/report" and report_type == "delivery-status"
    has_status = any(_content_type(p) == "message/delivery-status" for p in w.report_parts)
    local = sender.split("@", 1)[0].lower()
    from_daemon = local in _BOUNCE_SENDERS
    failed_header = bool(header_text(msg, "X-Failed-Recipients"))
    if not (is_report or has_status or failed_header or (from_daemon and _BOUNCE_SUBJECT.search(subject or ""))
            or (from_daemon and not subject)):
        return None
    fields = [f for p in w.report_parts if _content_type(p) == "message/delivery-status"
              for f in _report_fields(p)]
    actions = [v.lower().split()[0] for k, v in fields if k == "action" and v.strip()]
    statuses = [v.split()[0] for k, v in fields if k == "status" and v.strip()]
    recipients = tuple(v.split(";", 1)[-1].strip() for k, v in fields if k in ("final-recipient", "original-recipient"))
    failed = (not actions) or any(a in _FAILED_ACTIONS for a in actions)
    if not actions and statuses:
        failed = any(s.startswith("5") for s in statuses)
    return Bounce(
        original_message_id=_original_id(w, raw, own_id),
        failed=failed,
        action=actions[0] if actions else "",
        status=statuses[0] if statuses else "",
        recipients=tuple(dict.fromkeys(r for r in recipients if r))[:20],
    )


def _auto_reply(msg: Message, subject: str) -> str | None:
    auto = header_text(msg, "Auto-Submitted").split(";", 1)[0].strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autogenerated", "X-AutoReply-From"):
        if header_text(msg, name):
            return name
    precedence = header_text(msg, "Precedence").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"Precedence: {precedence}"
    if _content_type(msg) == "multipart/report":
        return "report"  # read receipts and other machine reports that are not bounces
    if _AUTO_SUBJECT.search(subject or ""):
        return "subject"
    return None


# ---------------------------------------------------------------- the whole message


class _CachedHeaders(HeaderRegistry):
    """policy.default builds a header object each time a header is read, and the email package
    reads Content-Type a dozen times a message; a header is immutable once built, so the same
    (name, value) is parsed once."""

    def __init__(self) -> None:
        super().__init__()
        self._cached = functools.lru_cache(maxsize=4096)(super().__call__)

    def __call__(self, name, value):
        return self._cached(name, value)


_POLICY = policy.default.clone(header_factory=_CachedHeaders())


def parse_message(raw: bytes, *, now: dt.datetime | None = None) -> ParsedMessage:
    """Every field the inbound service needs; never raises, whatever `raw` holds."""
    now = now or dt.datetime.now(dt.timezone.utc)
    raw = bytes(raw or b"")
    if len(raw) > MAX_MESSAGE_BYTES:
        log.warning("e-mail of %d bytes refused (limit %d)", len(raw), MAX_MESSAGE_BYTES)
        return _minimal(raw, now, refused="too_large", defects=[f"message larger than {MAX_MESSAGE_BYTES} bytes"])
    try:
        return _parse(raw, now)
    except RecursionError:
        log.warning("e-mail nested too deeply to parse; kept as plain text")
        return _minimal(raw, now, defects=["nested too deeply to parse"])
    except Exception as exc:  # the last net: a message is never lost to a parser bug
        log.warning("e-mail could not be parsed (%s: %s); kept as plain text", type(exc).__name__, exc)
        return _minimal(raw, now, defects=[f"unparseable: {type(exc).__name__}: {exc}"[:300]])


def _parse(raw: bytes, now: dt.datetime) -> ParsedMessage:
    msg: EmailMessage = BytesParser(policy=_POLICY).parsebytes(raw)
    defects: list[str] = [type(d).__name__ for d in _safe(lambda: msg.defects, [])][:20]
    given_id = _first_id(header_text(msg, "Message-ID"))
    message_id = given_id or synthetic_message_id(raw)
    senders = _addresses(header_text(msg, "From")) or _addresses(header_text(msg, "Sender")) \
        or _addresses(header_text(msg, "Return-Path"))
    sender_name, sender_address = senders[0] if senders else ("", "")
    subject = header_text(msg, "Subject")[:MAX_ID]
    w = _Walk(defects=defects)
    _walk(msg, w)
    if w.leaves >= MAX_PARTS:
        w.notes.append(f"only the first {MAX_PARTS} parts were read")
    body_text = "\n\n".join(t for t in w.plain if t.strip()) if w.plain else ""
    body_html = w.html[0] if w.html else None
    if not body_text.strip() and body_html:
        body_text = text_from_html(body_html)
    body_text = _cut(body_text.strip("\r\n"), "text body", w.notes)
    if body_html is not None:
        body_html = _cut(body_html, "HTML body", w.notes)
    for note in w.notes:
        log.info("e-mail %s: %s", message_id, note)
    bounce = _bounce(msg, w, raw, sender_address, subject, message_id)
    return ParsedMessage(
        raw=raw,
        message_id=message_id,
        message_id_synthesised=given_id is None,
        sender_address=sender_address[:500],
        sender_name=sender_name[:300],
        to=tuple(display_address(n, a) for n, a in _addresses(header_text(msg, "To")))[:200],
        cc=tuple(display_address(n, a) for n, a in _addresses(header_text(msg, "Cc")))[:200],
        subject=subject,
        date=_date(header_text(msg, "Date")) or now,
        in_reply_to=_first_id(header_text(msg, "In-Reply-To")),
        references=_ids(header_text(msg, "References")),
        body_text=body_text,
        body_html=body_html,
        headers=_all_headers(msg),
        attachments=tuple(w.attachments),
        defects=tuple(dict.fromkeys(defects + w.notes)),
        bounce=bounce,
        auto_reply=None if bounce else _auto_reply(msg, subject),
        size=len(raw),
    )


def _minimal(raw: bytes, now: dt.datetime, *, refused: str | None = None,
             defects: list[str] | None = None) -> ParsedMessage:
    """What can be said of a message the parser could not take: its bytes as text."""
    head, _, body = raw[:MAX_TEXT_CHARS].partition(b"\n\n")
    sender_name, sender_address = "", ""
    subject = ""
    message_id = None
    try:
        headers = HeaderParser(policy=policy.compat32).parsestr(head.decode("utf-8", "replace"))
        pairs = _addresses(header_text(headers, "From"))
        if pairs:
            sender_name, sender_address = pairs[0]
        subject = header_text(headers, "Subject")[:MAX_ID]
        message_id = _first_id(header_text(headers, "Message-ID"))
    except Exception:
        pass
    return ParsedMessage(
        raw=raw, message_id=message_id or synthetic_message_id(raw),
        message_id_synthesised=message_id is None,
        sender_address=sender_address[:500], sender_name=sender_name[:300], to=(), cc=(),
        subject=subject, date=now, in_reply_to=None, references=(),
        body_text="" if refused else body.decode("utf-8", "replace"), body_html=None, headers=[],
        attachments=(), defects=tuple(defects or ()), refused=refused, size=len(raw),
    )
