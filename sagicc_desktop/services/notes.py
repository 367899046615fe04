"""T12: private notes on a ticket, each with a colour: add, view, delete.

Privacy guarantee: notes live only in the Note table (``notes``), and this module is the only
reader of that table in the services package. Dashboards, reports, transcripts and the
external view must never import the Note entity; only the merge services may move notes
between tickets.
tests/services/test_notes.py scans the package and fails when any other module reads notes.
For the same reason the change log records that a note was added or deleted and its colour,
never its text.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import Note, User
from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, PermissionDenied, ValidationError
from .permissions import visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work
from .keyset import Before, older_than

MAX_TEXT = 10_000

#: The named colours a note may have, as stored (the demo data uses the same five).
COLOURS: dict[str, str] = {
    "yellow": "#fff59d",
    "orange": "#ffcc80",
    "green": "#a5d6a7",
    "blue": "#90caf9",
    "pink": "#f48fb1",
}
DEFAULT_COLOUR = "yellow"
_BY_HEX = {v: k for k, v in COLOURS.items()}


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    text: str
    colour: str  # a key of COLOURS
    hex: str
    author: str
    author_id: uuid.UUID | None
    created_at: dt.datetime
    can_delete: bool


def colour_name(hex_value: str | None) -> str:
    """The named colour of a stored value; colours from elsewhere show as the default."""
    return _BY_HEX.get((hex_value or "").lower(), DEFAULT_COLOUR)


def may_delete(actor: Actor, author_id: uuid.UUID | None) -> bool:
    """Only the author or an administrator deletes a note; viewers change nothing."""
    return not actor.read_only and (actor.is_admin or (author_id is not None and author_id == actor.user_id))


def list_notes(db: Database, actor: Actor, ticket_id: uuid.UUID, limit: int = 1000,
               before: Before | None = None) -> list[NoteRow]:
    """The ticket's live notes, newest first, with their full text; a page of `limit` notes
    older than `before` (the created_at and id of the last note already read)."""
    with read_only(db) as session:
        visible_ticket(session, actor, ticket_id)
        rows = session.execute(  # plain columns: hundreds of notes need no ORM objects
            select(Note.id, Note.text, Note.color, User.display_name, Note.user_id, Note.created_at)
            .outerjoin(User, User.id == Note.user_id)
            .where(Note.ticket_id == ticket_id, Note.deleted_at.is_(None),
                   *older_than(Note.created_at, Note.id, before))
            .order_by(Note.created_at.desc(), Note.id.desc()).limit(limit)
        ).all()
        return [NoteRow(i, text, colour_name(color), COLOURS[colour_name(color)], author or "",
                        user_id, at, may_delete(actor, user_id)) for i, text, color, author, user_id, at in rows]


def add_note(db: Database, actor: Actor, ticket_id: uuid.UUID, text: str, colour: str = DEFAULT_COLOUR) -> NoteRow:
    body = (text or "").strip()
    if not body:
        raise ValidationError("required", field="text")
    if len(body) > MAX_TEXT:
        raise ValidationError("too_long", field="text", limit=MAX_TEXT)
    if colour not in COLOURS:
        raise ValidationError("bad_colour", value=colour)
    with unit_of_work(db) as session:
        ticket = writable_ticket(session, actor, ticket_id)
        now = utcnow()
        note = Note(ticket_id=ticket.id, user_id=actor.user_id, text=body, color=COLOURS[colour],
                    created_at=now, updated_at=now)
        session.add(note)
        session.flush()
        record(session, actor, "note", note.id, ChangeAction.CREATE, field="color", new=colour,
               ticket_id=ticket.id)
        return NoteRow(note.id, body, colour, COLOURS[colour], actor.display_name, actor.user_id, now,
                       may_delete(actor, actor.user_id))


def delete_note(db: Database, actor: Actor, note_id: uuid.UUID) -> None:
    """Tombstone a note; only its author or an administrator, and not on a closed ticket."""
    with unit_of_work(db) as session:
        note = session.get(Note, note_id)
        if note is None or note.deleted_at is not None:
            raise NotFound("note")
        writable_ticket(session, actor, note.ticket_id)
        if not may_delete(actor, note.user_id):
            raise PermissionDenied("only the author or an administrator deletes a note")
        now = utcnow()
        note.deleted_at, note.updated_at = now, now
        record(session, actor, "note", note.id, ChangeAction.DELETE, field="color",
               old=colour_name(note.color), ticket_id=note.ticket_id)
