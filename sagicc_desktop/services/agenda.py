"""T8: a user's scheduled next actions, clashes between them, and reminders when they come due.

Every read walks the (user_id, due_at) index: a calendar page or a clash check costs the same
for a user with ten entries or ten thousand.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import AgendaEntry, Notification, Ticket, User
from ..store.enums import TicketStatus
from ..store.types import new_id
from .actor import Actor
from .errors import ValidationError
from .permissions import hidden_campaigns_apply, visible_ticket
from .unit_of_work import read_only, unit_of_work

# The longest entry the clash check looks back for (entries are minutes to a few hours long).
LONGEST_ENTRY = dt.timedelta(hours=12)
# Reminders are raised this long before the next action is due ("when the date approaches").
REMINDER_LEAD = dt.timedelta(minutes=5)
REMINDER_KIND = "reminder"


@dataclass(frozen=True)
class AgendaItem:
    """One block of the calendar. Entries on tickets the actor may not see keep their time
    (the slot is busy) but not their number or title."""

    id: uuid.UUID
    ticket_id: uuid.UUID | None
    ticket_number: int | None
    title: str
    due_at: dt.datetime
    duration_min: int
    done: bool
    visible: bool

    @property
    def ends_at(self) -> dt.datetime:
        return self.due_at + dt.timedelta(minutes=self.duration_min)


@dataclass(frozen=True)
class TicketAgenda:
    """The agenda shown in a ticket's Agenda tab: whose it is and their entries."""

    user_id: uuid.UUID
    user_name: str
    is_assignee: bool
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class Reminder:
    entry_id: uuid.UUID
    notification_id: uuid.UUID
    ticket_id: uuid.UUID | None
    ticket_number: int | None
    title: str
    due_at: dt.datetime


def _aware(value: dt.datetime, what: str) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"{what} must be timezone-aware")
    return value


def agenda_owner(ticket: Ticket, actor: Actor) -> uuid.UUID:
    """Whose agenda a ticket's next action goes to: the assignee, else whoever schedules it."""
    return ticket.assignee_id or actor.user_id


def _items(session: Session, actor: Actor, user_id: uuid.UUID, start: dt.datetime, end: dt.datetime,
           *, include_done: bool = True) -> list[AgendaItem]:
    query = (
        select(AgendaEntry, Ticket.number, Ticket.campaign_id, Ticket.deleted_at)
        .outerjoin(Ticket, Ticket.id == AgendaEntry.ticket_id)
        .where(AgendaEntry.user_id == user_id, AgendaEntry.due_at >= start, AgendaEntry.due_at < end,
               AgendaEntry.deleted_at.is_(None))
        .order_by(AgendaEntry.due_at, AgendaEntry.id)
    )
    if not include_done:
        query = query.where(AgendaEntry.done_at.is_(None))
    limited = hidden_campaigns_apply(session, actor)
    items = []
    for entry, number, campaign_id, ticket_deleted in session.execute(query):
        visible = entry.ticket_id is None or (
            ticket_deleted is None and (not limited or campaign_id in actor.campaign_ids))
        items.append(AgendaItem(
            entry.id, entry.ticket_id if visible else None, number if visible else None,
            entry.title if visible else "", entry.due_at, entry.duration_min, entry.done_at is not None,
            visible,
        ))
    return items


def entries_between(db: Database, actor: Actor, user_id: uuid.UUID, start: dt.datetime,
                    end: dt.datetime) -> list[AgendaItem]:
    """A user's entries that start in [start, end), in time order."""
    _aware(start, "start"), _aware(end, "end")
    if end <= start:
        raise ValidationError("invalid_range")
    with read_only(db) as session:
        return _items(session, actor, user_id, start, end)


def ticket_agenda(db: Database, actor: Actor, ticket_id: uuid.UUID, start: dt.datetime,
                  end: dt.datetime) -> TicketAgenda:
    """T8: the agenda of the ticket's assignee (the actor's own when nobody is assigned)."""
    _aware(start, "start"), _aware(end, "end")
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        owner = agenda_owner(ticket, actor)
        user = session.get(User, owner)
        return TicketAgenda(owner, user.display_name if user else "", ticket.assignee_id is not None,
                            tuple(_items(session, actor, owner, start, end)))


def clashes_in(session: Session, actor: Actor, user_id: uuid.UUID, start: dt.datetime, minutes: int,
               *, ignore_ticket_id: uuid.UUID | None = None) -> list[AgendaItem]:
    """Open entries of the user that overlap [start, start + minutes). Entries of
    `ignore_ticket_id` are left out: a new next action of a ticket supersedes its old ones."""
    end = start + dt.timedelta(minutes=minutes)
    found = []
    for item in _items(session, actor, user_id, start - LONGEST_ENTRY, end, include_done=False):
        if item.ends_at <= start:
            continue
        if ignore_ticket_id is not None and item.visible and item.ticket_id == ignore_ticket_id:
            continue
        found.append(item)
    return found


def raise_due_reminders(db: Database, actor: Actor, now: dt.datetime,
                        lead: dt.timedelta = REMINDER_LEAD) -> list[Reminder]:
    """The actor's open entries due by now (+ lead) and not yet reminded: each gets one
    "reminder" notification and is stamped reminded_at, so a second call returns nothing.
    Entries of closed or deleted tickets are not reminded."""
    _aware(now, "now")
    with unit_of_work(db) as session:
        rows = session.execute(
            select(AgendaEntry, Ticket.number)
            .outerjoin(Ticket, Ticket.id == AgendaEntry.ticket_id)
            .where(AgendaEntry.user_id == actor.user_id, AgendaEntry.due_at <= now + lead,
                   AgendaEntry.reminded_at.is_(None), AgendaEntry.done_at.is_(None),
                   AgendaEntry.deleted_at.is_(None))
            .where((AgendaEntry.ticket_id.is_(None))
                   | (Ticket.deleted_at.is_(None) & (Ticket.status != TicketStatus.CLOSED)))
            .order_by(AgendaEntry.due_at, AgendaEntry.id)
        ).all()
        reminders = []
        for entry, number in rows:
            entry.reminded_at = now
            note = Notification(
                id=new_id(), user_id=actor.user_id, kind=REMINDER_KIND, ticket_id=entry.ticket_id,
                payload={"title": entry.title, "due_at": entry.due_at.isoformat(),
                         "ticket_number": number, "agenda_entry_id": str(entry.id)},
            )
            session.add(note)
            reminders.append(Reminder(entry.id, note.id, entry.ticket_id, number, entry.title, entry.due_at))
        return reminders
