"""Standalone sign-in (U3) and the administrator made on the first start."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import CampaignMember, User, UserPresence
from ..store.enums import ChangeAction, Presence, Role
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import AuthError, ValidationError
from .passwords import hash_password, needs_rehash, verify_password
from .unit_of_work import read_only, unit_of_work

MIN_PASSWORD = 4


def has_users(db: Database) -> bool:
    with read_only(db) as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_first_administrator(db: Database, username: str, display_name: str, password: str) -> Actor:
    """The first start asks for an administrator; refused once any user exists."""
    username = username.strip()
    if not username or not display_name.strip():
        raise ValidationError("empty", field="username")
    if len(password) < MIN_PASSWORD:
        raise ValidationError("short_password", field="password")
    with unit_of_work(db) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationError("users_exist")
        user = User(
            username=username, display_name=display_name.strip(),
            role=Role.ADMINISTRATOR, password_hash=hash_password(password),
        )
        session.add(user)
        session.flush()
        session.add(UserPresence(user_id=user.id, status=Presence.OFFLINE))
        actor = actor_for(session, user)
        record(session, actor, "user", user.id, ChangeAction.CREATE, new=username)  # made by themselves
        return actor


def actor_for(session: Session, user: User) -> Actor:
    campaigns = session.scalars(
        select(CampaignMember.campaign_id).where(
            CampaignMember.user_id == user.id, CampaignMember.deleted_at.is_(None)
        )
    ).all()
    return Actor(
        user_id=user.id, username=user.username, display_name=user.display_name,
        role=user.role, campaign_ids=frozenset(campaigns), locale=user.locale,
    )


def sign_in(db: Database, username: str, password: str) -> Actor:
    """Check the password (same error for unknown user and wrong password); set Available."""
    if not username.strip() or not password:
        raise AuthError("empty")
    with unit_of_work(db) as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            hash_password(password)  # same cost either way: no user enumeration by timing
            raise AuthError("wrong")
        if not verify_password(user.password_hash, password):
            raise AuthError("wrong")
        if not user.is_active or user.deleted_at is not None:
            raise AuthError("inactive")
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        presence = session.get(UserPresence, user.id)
        if presence is None:
            presence = UserPresence(user_id=user.id)
            session.add(presence)
        presence.status = Presence.AVAILABLE
        presence.since = utcnow()
        presence.busy_ticket_id = None
        return actor_for(session, user)


def still_active(db: Database, user_id: uuid.UUID) -> bool:
    """False once an administrator has deactivated the user: an open window signs them out."""
    with read_only(db) as session:
        user = session.get(User, user_id)
        return user is not None and user.is_active and user.deleted_at is None


def sign_out(db: Database, user_id: uuid.UUID) -> None:
    with unit_of_work(db) as session:
        presence = session.get(UserPresence, user_id)
        if presence is not None:
            presence.status = Presence.OFFLINE
            presence.since = utcnow()
            presence.busy_ticket_id = None


def set_locale(db: Database, user_id: uuid.UUID, locale: str) -> None:
    with unit_of_work(db) as session:
        user = session.get(User, user_id)
        if user is not None:
            user.locale = locale
