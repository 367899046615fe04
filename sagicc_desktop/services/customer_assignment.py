"""The user assigned to a customer (T1, C1), for one campaign or for all campaigns.

As in the manuals, only administrators and the assigned user may change or remove an
assignment. Assigning where there is none yet (for a campaign, or for all) is for
administrators and the user assigned to the customer for all campaigns, who looks after the
customer as a whole. A campaign's assignment wins over the all-campaigns one (effective_user).
The assigned user is an active user who may work: not a viewer, and for a campaign a member of
it (administrators and supervisors work in every campaign). Removing leaves a tombstone that a
later assignment for the same campaign brings back.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, CampaignMember, Customer, CustomerAssignment, User
from ..store.enums import ChangeAction, Role
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .customer_edit import changeable_customer
from .errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from .unit_of_work import read_only, unit_of_work

ADMIN_OR_ASSIGNED = "admin_or_assigned_user"  # PermissionDenied's code


@dataclass(frozen=True)
class Assignment:
    id: uuid.UUID
    version: int
    campaign_id: uuid.UUID | None  # None: all campaigns
    campaign_name: str
    user_id: uuid.UUID
    user_name: str
    assigned_at: dt.datetime
    can_change: bool  # this actor may change or remove it


def _live_rows(session: Session, customer_id: uuid.UUID) -> list[CustomerAssignment]:
    return list(session.scalars(select(CustomerAssignment).where(
        CustomerAssignment.customer_id == customer_id, CustomerAssignment.deleted_at.is_(None))))


def _row_for(session: Session, customer_id: uuid.UUID, campaign_id: uuid.UUID | None,
             *, live: bool = True) -> CustomerAssignment | None:
    campaign = (CustomerAssignment.campaign_id.is_(None) if campaign_id is None
                else CustomerAssignment.campaign_id == campaign_id)
    query = select(CustomerAssignment).where(CustomerAssignment.customer_id == customer_id, campaign)
    if live:
        query = query.where(CustomerAssignment.deleted_at.is_(None))
    return session.scalar(query.order_by(CustomerAssignment.deleted_at.is_(None).desc()).limit(1))


def _may_change(actor: Actor, row: CustomerAssignment) -> bool:
    return not actor.read_only and (actor.is_admin or row.user_id == actor.user_id)


def _may_add(session: Session, actor: Actor, customer_id: uuid.UUID) -> bool:
    if actor.read_only:
        return False
    if actor.is_admin:
        return True
    overall = _row_for(session, customer_id, None)
    return overall is not None and overall.user_id == actor.user_id


def list_assignments(db: Database, actor: Actor, customer_id: uuid.UUID) -> list[Assignment]:
    """All campaigns first, then by campaign name."""
    with read_only(db) as session:
        if session.get(Customer, customer_id) is None:
            raise NotFound("customer")
        rows = _live_rows(session, customer_id)
        users = dict(session.execute(select(User.id, User.display_name).where(
            User.id.in_({r.user_id for r in rows}))).all()) if rows else {}
        campaigns = dict(session.execute(select(Campaign.id, Campaign.name).where(
            Campaign.id.in_({r.campaign_id for r in rows if r.campaign_id}))).all()) if rows else {}
        out = [Assignment(r.id, r.version, r.campaign_id, campaigns.get(r.campaign_id, ""), r.user_id,
                          users.get(r.user_id, ""), r.updated_at, _may_change(actor, r)) for r in rows]
        out.sort(key=lambda a: (a.campaign_id is not None, a.campaign_name.casefold()))
        return out


def can_add(db: Database, actor: Actor, customer_id: uuid.UUID) -> bool:
    """Whether the view offers "Assign user" for a campaign that has no assignment yet."""
    with read_only(db) as session:
        return _may_add(session, actor, customer_id)


def effective_user(session: Session, customer_id: uuid.UUID, campaign_id: uuid.UUID | None) -> uuid.UUID | None:
    """The user assigned to the customer for this campaign, else for all campaigns."""
    row = (_row_for(session, customer_id, campaign_id) if campaign_id is not None else None) \
        or _row_for(session, customer_id, None)
    return row.user_id if row else None


def _check_assignee(session: Session, user_id: uuid.UUID, campaign_id: uuid.UUID | None) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        raise ValidationError("user_inactive", field="user_id")
    if user.role is Role.VIEWER:
        raise ValidationError("user_cannot_be_assigned", field="user_id")
    if campaign_id is None:
        return user
    campaign = session.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise ValidationError("required", field="campaign_id")
    if user.role not in (Role.ADMINISTRATOR, Role.SUPERVISOR) and session.scalar(
            select(CampaignMember.id).where(CampaignMember.campaign_id == campaign_id,
                                            CampaignMember.user_id == user_id,
                                            CampaignMember.deleted_at.is_(None)).limit(1)) is None:
        raise ValidationError("user_not_in_campaign", field="user_id")
    return user


def _scope(session: Session, campaign_id: uuid.UUID | None) -> str:
    """The change log's field: which assignment changed."""
    if campaign_id is None:
        return "assigned_user"
    return f"assigned_user:{session.scalar(select(Campaign.name).where(Campaign.id == campaign_id)) or campaign_id}"


def set_assignment(db: Database, actor: Actor, customer_id: uuid.UUID, user_id: uuid.UUID,
                   campaign_id: uuid.UUID | None = None, *, expected_version: int | None = None,
                   ticket_id: uuid.UUID | None = None) -> uuid.UUID:
    """Assign `user_id` to the customer for `campaign_id` (None: all campaigns), or change who
    it is; `expected_version` guards a change against someone else's since it was read."""
    with unit_of_work(db) as session:
        customer = changeable_customer(session, actor, customer_id, ticket_id)
        row = _row_for(session, customer.id, campaign_id)
        if row is not None:
            if not _may_change(actor, row):
                raise PermissionDenied(ADMIN_OR_ASSIGNED)
            if expected_version is not None and row.version != expected_version:
                raise StaleEdit("assignment_changed", current=row.version)
        elif not _may_add(session, actor, customer.id):
            raise PermissionDenied(ADMIN_OR_ASSIGNED)
        user = _check_assignee(session, user_id, campaign_id)
        if row is not None and row.user_id == user.id:
            return row.id
        old_name = session.scalar(select(User.display_name).where(User.id == row.user_id)) if row else None
        if row is None:
            row = _row_for(session, customer.id, campaign_id, live=False)  # a removed one comes back
            if row is None:
                row = CustomerAssignment(customer_id=customer.id, campaign_id=campaign_id, user_id=user.id)
                session.add(row)
            else:
                row.deleted_at, row.user_id = None, user.id
        else:
            row.user_id = user.id
        session.flush()
        record(session, actor, "customer_assignment", row.id,
               ChangeAction.REASSIGN if old_name is not None else ChangeAction.CREATE,
               field=_scope(session, campaign_id), old=old_name, new=user.display_name, ticket_id=ticket_id)
        record(session, actor, "customer", customer.id, ChangeAction.UPDATE, field=_scope(session, campaign_id),
               old=old_name, new=user.display_name, ticket_id=ticket_id)
        return row.id


def remove_assignment(db: Database, actor: Actor, customer_id: uuid.UUID, assignment_id: uuid.UUID, *,
                      ticket_id: uuid.UUID | None = None) -> None:
    with unit_of_work(db) as session:
        customer = changeable_customer(session, actor, customer_id, ticket_id)
        row = session.get(CustomerAssignment, assignment_id)
        if row is None or row.deleted_at is not None or row.customer_id != customer.id:
            raise NotFound("assignment")
        if not _may_change(actor, row):
            raise PermissionDenied(ADMIN_OR_ASSIGNED)
        row.deleted_at = utcnow()
        old_name = session.scalar(select(User.display_name).where(User.id == row.user_id))
        for entity_type, entity_id in (("customer_assignment", row.id), ("customer", customer.id)):
            record(session, actor, entity_type, entity_id, ChangeAction.DELETE, field=_scope(session, row.campaign_id),
                   old=old_name, ticket_id=ticket_id)
