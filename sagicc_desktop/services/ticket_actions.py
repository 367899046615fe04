"""The options menu's ticket actions: reassign (O1), close (O6), duplicate and delete (O9), and
which of them the user may take right now (the menu mirrors these rules).

Merge (O2) lives in ticket_merge, related tickets (O3) in related_tickets.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, CampaignMember, Tag, Ticket, TicketTag, User, UserPresence
from ..store.enums import ChangeAction, Presence, Role, TicketStatus
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import NotFound, PermissionDenied, ValidationError
from .notifications import notify
from .numbering import next_ticket_number
from .permissions import (  # noqa: F401 - VIEWER and CLOSED are the codes blocked_actions gives
    CLOSED, VIEWER, can_see_ticket, read_only_reason, require_admin, visible_ticket, writable_ticket,
)
from .settings import HIDE_OTHER_CAMPAIGNS, get_setting
from .sla import expected_solution
from .unit_of_work import read_only, unit_of_work

# Why an action is unavailable; the views turn these into tooltips.
ADMIN_ONLY = "admin_only"  # beside permissions.VIEWER and CLOSED
ACTIONS = ("reassign", "merge", "related", "relate", "close", "duplicate", "delete")


def blocked_actions(db: Database, actor: Actor, ticket_id: uuid.UUID) -> dict[str, str | None]:
    """Each action of the options menu -> None when allowed, else why not (VIEWER, CLOSED,
    ADMIN_ONLY). The related-tickets list always opens (to read and jump); "relate" is adding or
    removing a relation, which needs a ticket the user may change."""
    with read_only(db) as session:
        writer = read_only_reason(actor, visible_ticket(session, actor, ticket_id))
    admin = None if actor.is_admin else ADMIN_ONLY
    return {"reassign": writer, "merge": writer, "related": None, "relate": writer, "external": None, "close": writer,
            "duplicate": admin, "delete": admin}


def ticket_by_number(session: Session, actor: Actor, number: int) -> Ticket:
    """A ticket typed by number in a dialog, with a distinct reason for each way it can fail."""
    t = session.scalar(select(Ticket).where(Ticket.number == number))
    if t is None:
        raise NotFound("no_such_number", value=number)
    if t.deleted_at is not None:
        raise ValidationError("number_deleted", value=number)
    if not can_see_ticket(session, actor, t):
        raise PermissionDenied("number_hidden", value=number)
    return t


# -- O1 reassign -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Assignee:
    user_id: uuid.UUID
    name: str
    role: Role
    campaigns: tuple[str, ...]
    presence: Presence
    in_ticket_campaign: bool
    is_current: bool


@dataclass(frozen=True)
class AssigneeChoices:
    campaign_name: str
    users: tuple[Assignee, ...]


def assignable_users(db: Database, actor: Actor, ticket_id: uuid.UUID) -> AssigneeChoices:
    """Active users who can hold tickets (not viewers), with role, campaigns and presence;
    those of the ticket's campaign first."""
    with read_only(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        users = session.execute(
            select(User, UserPresence.status)
            .outerjoin(UserPresence, UserPresence.user_id == User.id)
            .where(User.is_active.is_(True), User.deleted_at.is_(None), User.role != Role.VIEWER)
            .order_by(User.display_name)
        ).all()
        memberships: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        for user_id, campaign_id, campaign_name in session.execute(
            select(CampaignMember.user_id, Campaign.id, Campaign.name)
            .join(Campaign, Campaign.id == CampaignMember.campaign_id)
            .where(CampaignMember.deleted_at.is_(None), Campaign.deleted_at.is_(None))
            .order_by(Campaign.name)
        ):
            memberships.setdefault(user_id, []).append((campaign_id, campaign_name))
        campaign = session.get(Campaign, t.campaign_id)
        rows = [
            Assignee(
                u.id, u.display_name, u.role, tuple(n for _, n in memberships.get(u.id, ())),
                status or Presence.OFFLINE,
                any(c == t.campaign_id for c, _ in memberships.get(u.id, ())),
                u.id == t.assignee_id,
            )
            for u, status in users
        ]
        rows.sort(key=lambda a: (not a.in_ticket_campaign, a.name.casefold()))
        return AssigneeChoices(campaign.name if campaign else "", tuple(rows))


def reassign(db: Database, actor: Actor, ticket_id: uuid.UUID, user_id: uuid.UUID | None) -> None:
    """O1: give the ticket to another user (or to nobody, for anyone to take). The campaign
    stays; the new assignee gets a notification. Viewers never; closed tickets never."""
    with unit_of_work(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        if user_id == t.assignee_id:
            raise ValidationError("already_assigned")
        new = None
        if user_id is not None:
            new = session.get(User, user_id)
            if new is None or not new.is_active or new.deleted_at is not None or new.role is Role.VIEWER:
                raise ValidationError("assignee_not_eligible")
            if new.role is Role.AGENT and get_setting(session, HIDE_OTHER_CAMPAIGNS):
                member = session.scalar(select(CampaignMember.id).where(
                    CampaignMember.user_id == new.id, CampaignMember.campaign_id == t.campaign_id,
                    CampaignMember.deleted_at.is_(None)))
                if member is None:
                    raise ValidationError("assignee_cannot_see")
        old = session.get(User, t.assignee_id) if t.assignee_id else None
        t.assignee_id = user_id
        t.updated_at = utcnow()
        record(session, actor, "ticket", t.id, ChangeAction.REASSIGN, field="assignee",
               old=old.display_name if old else None, new=new.display_name if new else None,
               ticket_id=t.id)
        if new is not None and new.id != actor.user_id:
            notify(session, new.id, "assigned", t.id,
                   {"by": actor.display_name, "by_user_id": str(actor.user_id)})


# -- O6 close --------------------------------------------------------------------------------


def close(db: Database, actor: Actor, ticket_id: uuid.UUID) -> None:
    """O6: Closed for good; from then on every service refuses to change it."""
    with unit_of_work(db) as session:
        t = writable_ticket(session, actor, ticket_id)
        close_in_session(session, actor, t)


def close_in_session(session: Session, actor: Actor, t: Ticket) -> None:
    old = t.status
    now = utcnow()
    t.status, t.closed_at, t.updated_at = TicketStatus.CLOSED, now, now
    record(session, actor, "ticket", t.id, ChangeAction.CLOSE, field="status", old=old,
           new=TicketStatus.CLOSED, ticket_id=t.id)


# -- O9 duplicate and delete -----------------------------------------------------------------


def duplicate(db: Database, actor: Actor, ticket_id: uuid.UUID) -> uuid.UUID:
    """O9 (administrators): a new ticket with the same customer, campaign, subject,
    description, priority, type, service, category and tags; returns its id."""
    require_admin(actor)
    with unit_of_work(db) as session:
        src = visible_ticket(session, actor, ticket_id)
        now = utcnow()
        copy = Ticket(
            number=next_ticket_number(session), campaign_id=src.campaign_id, customer_id=src.customer_id,
            subject=src.subject, description=src.description, priority=src.priority,
            ticket_type=src.ticket_type, service_id=src.service_id, category_id=src.category_id,
            is_public=src.is_public, created_by_id=actor.user_id, created_at=now, updated_at=now,
            expected_solution_at=expected_solution(session, src.campaign_id, src.priority, src.category_id, now),
        )
        session.add(copy)
        session.flush()
        tag_ids = session.scalars(
            select(TicketTag.tag_id).join(Tag, Tag.id == TicketTag.tag_id).where(TicketTag.ticket_id == src.id)
        ).all()
        session.add_all(TicketTag(ticket_id=copy.id, tag_id=tag) for tag in tag_ids)
        record(session, actor, "ticket", copy.id, ChangeAction.CREATE, field="duplicated_from",
               new=f"#{src.number}", ticket_id=copy.id)
        record(session, actor, "ticket", src.id, ChangeAction.CREATE, field="duplicated_to",
               new=f"#{copy.number}", ticket_id=src.id)
        return copy.id


def delete(db: Database, actor: Actor, ticket_id: uuid.UUID) -> None:
    """O9 (administrators): a tombstone; the ticket leaves every list and cannot be opened."""
    require_admin(actor)
    with unit_of_work(db) as session:
        t = visible_ticket(session, actor, ticket_id)
        now = utcnow()
        t.deleted_at, t.updated_at = now, now
        record(session, actor, "ticket", t.id, ChangeAction.DELETE, field="deleted_at", new=now,
               ticket_id=t.id)
