"""T11: the ticket's attachments: list, add, rename, download, remove.

Bytes live in the content-addressed blob store (decision 6); rows hold the hash, the display
name, the type and the size. A user's file name is only ever a label: blobs are addressed by
their SHA-256 alone, so a name such as "../../etc/passwd" can never reach the file system.

Adding is split in two so a big file never freezes the window: ``store_file`` hashes and
copies the bytes (call it off the GUI thread; it touches no database), then ``add_stored``
writes the row and the change log in one short transaction. ``check_new`` refuses what would
fail anyway (permissions, size, type) before any byte is copied. ``add_file`` chains the three
for callers that may block.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import Attachment, Blob, User
from ..store.enums import AttachmentSource, ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, ValidationError
from .permissions import visible_ticket, writable_ticket
from .settings import get_setting
from .unit_of_work import read_only, unit_of_work
from .keyset import Before, older_than

MAX_BYTES_KEY = "attachments.max_bytes"
REFUSED_EXTENSIONS_KEY = "attachments.refused_extensions"
REFUSED_MIME_TYPES_KEY = "attachments.refused_mime_types"

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
DEFAULT_REFUSED_EXTENSIONS = (
    ".exe", ".bat", ".cmd", ".com", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".scr",
    ".msi", ".msp", ".pif", ".cpl", ".hta", ".jar", ".ps1", ".psm1", ".reg", ".lnk", ".dll",
)
DEFAULT_REFUSED_MIME_TYPES = (
    "application/x-msdownload", "application/x-msdos-program", "application/x-ms-installer",
    "application/x-msi", "application/hta", "application/java-archive",
)
MAX_NAME = 255
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    mime_type: str
    source: AttachmentSource
    added_by: str
    added_at: dt.datetime
    sha256: str
    version: int


@dataclass(frozen=True)
class Limits:
    """What may be attached to a ticket of a campaign (settings, campaign override first)."""

    max_bytes: int
    refused_extensions: frozenset[str]
    refused_mime_types: frozenset[str]


@dataclass(frozen=True)
class StoredFile:
    """Bytes already in the blob store, not yet attached to anything."""

    sha256: str
    size: int


# ---------------------------------------------------------------- rules


def campaign_key(key: str, campaign_id: uuid.UUID) -> str:
    """The settings key that overrides `key` for one campaign, e.g. attachments.max_bytes:<hex>."""
    return f"{key}:{campaign_id.hex}"


def _setting(session: Session, key: str, campaign_id: uuid.UUID | None, default):
    if campaign_id is not None:
        value = get_setting(session, campaign_key(key, campaign_id))
        if value is not None:
            return value
    value = get_setting(session, key)
    return default if value is None else value


def limits(session: Session, campaign_id: uuid.UUID | None) -> Limits:
    max_bytes = _setting(session, MAX_BYTES_KEY, campaign_id, DEFAULT_MAX_BYTES)
    extensions = _setting(session, REFUSED_EXTENSIONS_KEY, campaign_id, DEFAULT_REFUSED_EXTENSIONS)
    mimes = _setting(session, REFUSED_MIME_TYPES_KEY, campaign_id, DEFAULT_REFUSED_MIME_TYPES)
    return Limits(
        max_bytes=int(max_bytes),
        refused_extensions=frozenset("." + e.lower().lstrip(".") for e in extensions),
        refused_mime_types=frozenset(m.lower() for m in mimes),
    )


def clean_name(name: str) -> str:
    """A display name safe to show and to offer in a save dialog; refuses what is not a name.

    Refused (ValidationError "bad_name"): empty, ".", "..", any path separator, a drive prefix,
    NUL or other control characters, and Windows device names. Surrounding blanks and trailing
    dots are dropped (Windows drops them silently too).
    """
    text = (name or "").strip().rstrip(". ").strip()
    if not text or text in (".", ".."):
        raise ValidationError("bad_name", value=name)
    if "/" in text or "\\" in text or _CONTROL.search(text) or _DRIVE.match(text):
        raise ValidationError("bad_name", value=name.replace("\x00", "\\0"))
    if PurePosixPath(text).stem.lower() in _WINDOWS_RESERVED:
        raise ValidationError("bad_name", value=name)
    if len(text) > MAX_NAME:
        raise ValidationError("too_long", field="filename", limit=MAX_NAME)
    return text


def mime_type_of(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def _check_type(lim: Limits, filename: str) -> None:
    extension = PurePosixPath(filename).suffix.lower()
    if extension in lim.refused_extensions or mime_type_of(filename).lower() in lim.refused_mime_types:
        raise ValidationError("refused_type", value=extension or filename)


def _check_size(lim: Limits, size: int) -> None:
    if size <= 0:
        raise ValidationError("empty_file")
    if size > lim.max_bytes:
        raise ValidationError("too_large", value=human_size(lim.max_bytes), limit=lim.max_bytes)


def human_size(size: int) -> str:
    """Bytes in the units people read (1 KB = 1024 bytes)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


# ---------------------------------------------------------------- reading


def _author(session: Session, user_id) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.display_name if user else ""


def _row(session: Session, a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.filename, a.size, a.mime_type, a.source, _author(session, a.uploaded_by_id),
                         a.created_at, a.blob_sha256, a.version)


def list_attachments(db: Database, actor: Actor, ticket_id: uuid.UUID, limit: int = 1000,
                     before: Before | None = None) -> list[AttachmentRow]:
    """The ticket's live files, newest first: a page of `limit` files older than `before`
    (the added_at and id of the last file already read)."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        # Plain columns, not ORM objects (a ticket may have hundreds of files), and the
        # uploader's name in the same query, not one lookup per file.
        rows = session.execute(
            select(Attachment.id, Attachment.filename, Attachment.size, Attachment.mime_type, Attachment.source,
                   User.display_name, Attachment.created_at, Attachment.blob_sha256, Attachment.version)
            .outerjoin(User, User.id == Attachment.uploaded_by_id)
            .where(Attachment.ticket_id == ticket_id, Attachment.deleted_at.is_(None),
                   *older_than(Attachment.created_at, Attachment.id, before))
            .order_by(Attachment.created_at.desc(), Attachment.id.desc()).limit(limit)
        )
        return [AttachmentRow(i, name, size, mime, source, author or "", at, sha, version)
                for i, name, size, mime, source, author, at, sha, version in rows]


def ticket_limits(db: Database, actor: Actor, ticket_id: uuid.UUID) -> Limits:
    with read_only(db) as session:
        return limits(session, visible_ticket(session, actor, ticket_id).campaign_id)


def _live(session: Session, actor: Actor, attachment_id: uuid.UUID, *, write: bool) -> Attachment:
    a = session.get(Attachment, attachment_id)
    if a is None or a.deleted_at is not None:
        raise NotFound("attachment")
    (writable_ticket if write else visible_ticket)(session, actor, a.ticket_id)
    return a


def blob_path(db: Database, blobs: BlobStore, actor: Actor, attachment_id: uuid.UUID) -> Path:
    """Where a visible attachment's bytes are (read them, never write): for previews."""
    with read_only(db) as session:
        sha = _live(session, actor, attachment_id, write=False).blob_sha256
    path = blobs.path_for(sha)
    if not path.exists():
        raise NotFound("blob")
    return path


def save_copy(db: Database, blobs: BlobStore, actor: Actor, attachment_id: uuid.UUID, target: Path) -> Path:
    """Download (save as): copy the bytes to `target`, written whole or not at all."""
    source = blob_path(db, blobs, actor, attachment_id)
    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".sagicc-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target


# ---------------------------------------------------------------- adding


def check_new(db: Database, actor: Actor, ticket_id: uuid.UUID, filename: str, size: int) -> str:
    """Refuse early what add_stored would refuse; returns the cleaned display name."""
    name = clean_name(filename)
    with read_only(db) as session:
        ticket = writable_ticket(session, actor, ticket_id)
        lim = limits(session, ticket.campaign_id)
    _check_type(lim, name)
    _check_size(lim, size)
    return name


class Cancelled(Exception):
    """The user stopped an add; nothing was kept."""


class _Progress:
    """A read-only stream that reports how far it got (and can be stopped)."""

    def __init__(self, stream: BinaryIO, report: Callable[[int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.stream, self.report, self.cancelled, self.done = stream, report, cancelled, 0

    def read(self, n: int = -1) -> bytes:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        chunk = self.stream.read(n)
        self.done += len(chunk)
        if self.report is not None and chunk:
            self.report(self.done)
        return chunk


def store_stream(blobs: BlobStore, stream: BinaryIO, max_bytes: int, *,
                 progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> StoredFile:
    """Hash and copy bytes into the blob store (no database). A failed read leaves no temp file."""
    try:
        sha, size = blobs.put_stream(_Progress(stream, progress, cancelled), max_bytes=max_bytes)
    except ValueError as exc:  # BlobStore stops past max_bytes
        raise ValidationError("too_large", value=human_size(max_bytes), limit=max_bytes) from exc
    except OSError as exc:
        label = Path(str(getattr(stream, "name", "") or "")).name or "the file"
        raise ValidationError("unreadable", value=label) from exc
    if size == 0:
        raise ValidationError("empty_file")
    return StoredFile(sha, size)


def store_file(blobs: BlobStore, path: Path, max_bytes: int, **kw) -> StoredFile:
    """store_stream over a file on disk; a file that vanished or cannot be read is "unreadable"."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise ValidationError("unreadable", value=Path(path).name) from exc
    with fh:
        return store_stream(blobs, fh, max_bytes, **kw)


def add_stored(db: Database, actor: Actor, ticket_id: uuid.UUID, filename: str, stored: StoredFile,
               *, source: AttachmentSource = AttachmentSource.MANUAL) -> AttachmentRow:
    """Attach bytes already in the blob store: the row, its Blob row and the change log at once."""
    name = clean_name(filename)
    with unit_of_work(db) as session:
        ticket = writable_ticket(session, actor, ticket_id)
        lim = limits(session, ticket.campaign_id)
        _check_type(lim, name)
        _check_size(lim, stored.size)
        if session.get(Blob, stored.sha256) is None:
            session.add(Blob(sha256=stored.sha256, size=stored.size))
            session.flush()
        now = utcnow()
        a = Attachment(ticket_id=ticket.id, blob_sha256=stored.sha256, filename=name,
                       mime_type=mime_type_of(name), size=stored.size, source=source,
                       uploaded_by_id=actor.user_id, created_at=now, updated_at=now)
        session.add(a)
        session.flush()
        record(session, actor, "attachment", a.id, ChangeAction.CREATE, field="filename",
               new=name, ticket_id=ticket.id)
        return _row(session, a)


def add_file(db: Database, blobs: BlobStore, actor: Actor, ticket_id: uuid.UUID, path: Path,
             filename: str | None = None, **kw) -> AttachmentRow:
    """The whole add in one call (blocks while copying): check, store, attach."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("unreadable", value=path.name) from exc
    name = check_new(db, actor, ticket_id, path.name if filename is None else filename, size)
    stored = store_file(blobs, path, ticket_limits(db, actor, ticket_id).max_bytes, **kw)
    return add_stored(db, actor, ticket_id, name, stored)


# ---------------------------------------------------------------- changing


def rename(db: Database, actor: Actor, attachment_id: uuid.UUID, new_name: str) -> AttachmentRow:
    """A new display name; the bytes and their hash stay as they are."""
    name = clean_name(new_name)
    with unit_of_work(db) as session:
        a = _live(session, actor, attachment_id, write=True)
        ticket = visible_ticket(session, actor, a.ticket_id)
        _check_type(limits(session, ticket.campaign_id), name)
        if name != a.filename:
            record(session, actor, "attachment", a.id, ChangeAction.UPDATE, field="filename",
                   old=a.filename, new=name, ticket_id=a.ticket_id)
            a.filename, a.mime_type, a.updated_at = name, mime_type_of(name), utcnow()
            session.flush()
        return _row(session, a)


def remove(db: Database, actor: Actor, attachment_id: uuid.UUID) -> None:
    """Tombstone the row (decision 2). The blob stays: other rows may share it, and sync needs it."""
    with unit_of_work(db) as session:
        a = _live(session, actor, attachment_id, write=True)
        now = utcnow()
        a.deleted_at, a.updated_at = now, now
        record(session, actor, "attachment", a.id, ChangeAction.DELETE, field="filename",
               old=a.filename, ticket_id=a.ticket_id)
