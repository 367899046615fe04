"""Where the IMAP fetch of each e-mail channel got to: (UIDVALIDITY, last stored UID).

Kept in the settings table (one row per channel), written in the same transaction as the
message it follows, so a crash between storing and remembering cannot happen; a message seen
twice is stopped by the Message-ID check anyway.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..store.database import Database
from .settings import get_setting, set_system_setting
from .unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class ImapCursor:
    uidvalidity: int
    last_uid: int


def cursor_key(channel_id: uuid.UUID) -> str:
    return f"imap_cursor:{channel_id.hex}"


def read_cursor(session: Session, channel_id: uuid.UUID) -> ImapCursor | None:
    value = get_setting(session, cursor_key(channel_id))
    if not isinstance(value, dict):
        return None
    try:
        return ImapCursor(int(value["uidvalidity"]), int(value["last_uid"]))
    except (KeyError, TypeError, ValueError):
        return None


def write_cursor(session: Session, channel_id: uuid.UUID, cursor: ImapCursor) -> None:
    """Move the cursor forward (never back within the same UIDVALIDITY)."""
    current = read_cursor(session, channel_id)
    if current is not None and current.uidvalidity == cursor.uidvalidity and current.last_uid >= cursor.last_uid:
        return
    set_system_setting(session, cursor_key(channel_id),
                       {"uidvalidity": cursor.uidvalidity, "last_uid": cursor.last_uid})


def load_cursor(db: Database, channel_id: uuid.UUID) -> ImapCursor | None:
    with read_only(db) as session:
        return read_cursor(session, channel_id)


def save_cursor(db: Database, channel_id: uuid.UUID, cursor: ImapCursor) -> None:
    with unit_of_work(db) as session:
        write_cursor(session, channel_id, cursor)


def reset_cursor(db: Database, channel_id: uuid.UUID) -> None:
    """Fetch the whole folder again next time (what is stored already is skipped as duplicate)."""
    with unit_of_work(db) as session:
        set_system_setting(session, cursor_key(channel_id), None)
