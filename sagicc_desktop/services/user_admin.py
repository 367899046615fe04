"""Administering users (A1): create, edit, deactivate and reactivate users, reset a password, the
campaigns a user belongs to, and the "Hide tickets from agents in other campaigns" setting.

Users are never deleted: the change log and old tickets keep their name, so leaving is a
deactivation (they can no longer sign in and show as Offline). The change log says that a
password changed, never the password or its hash. Administrators change everything here;
supervisors may read the list.

Validation collects every field's problem at once: ValidationError("invalid_user",
fields={field: code}) so a screen can mark each field with its own sentence.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, CampaignMember, User, UserPresence
from ..store.enums import ChangeAction, Presence, Role
from ..store.types import utcnow
from . import tombstoned_links
from .actor import Actor
from .admin_checks import live_row
from .auth import MIN_PASSWORD
from .changelog import apply_changes, record
from .errors import PermissionDenied, StaleEdit, ValidationError
from .passwords import hash_password
from .permissions import require_admin
from .settings import HIDE_OTHER_CAMPAIGNS, get_setting, set_setting
from .unit_of_work import read_only, unit_of_work

ENTITY, MEMBER_ENTITY = "user", "campaign_member"
LOCALES = ("en", "es")
MAX_USERNAME, MAX_DISPLAY_NAME = 80, 160

# Field problems (the values of ValidationError.details["fields"]).
REQUIRED, TOO_LONG, INVALID_USERNAME, USERNAME_TAKEN = "required", "too_long", "invalid_username", "username_taken"
INVALID_EMAIL, INVALID_ROLE, INVALID_LOCALE = "invalid_email", "invalid_role", "invalid_locale"
SHORT_PASSWORD, UNKNOWN_CAMPAIGN = "short_password", "unknown_campaign"
OWN_ROLE, LAST_ADMINISTRATOR = "own_role", "last_administrator"
# Whole-action refusals (the ValidationError's first argument).
INVALID_USER, DEACTIVATE_SELF, USER_CHANGED = "invalid_user", "deactivate_self", "user_changed"

_USERNAME = re.compile(r"[\w.-]+")  # letters (any alphabet), digits, dot, underscore, hyphen


@dataclass(frozen=True)
class UserDraft:
    """What an administrator types. password is the initial one (create_user only);
    campaign_ids None leaves the memberships as they are (update_user)."""

    username: str
    display_name: str
    email: str = ""
    role: Role | str = Role.AGENT
    locale: str = "en"
    campaign_ids: tuple[uuid.UUID, ...] | None = ()
    password: str = ""


@dataclass(frozen=True)
class UserRow:
    user_id: uuid.UUID
    username: str
    display_name: str
    email: str
    role: Role
    locale: str
    is_active: bool
    campaign_ids: tuple[uuid.UUID, ...]
    campaign_names: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class CampaignChoice:
    campaign_id: uuid.UUID
    name: str


# ---------------------------------------------------------------- reading


def _require_reader(actor: Actor) -> None:
    if not actor.sees_everything:
        raise PermissionDenied("administrators and supervisors only")


def _memberships(session: Session, user_ids: Iterable[uuid.UUID] | None = None) -> dict[uuid.UUID, list]:
    query = (select(CampaignMember.user_id, Campaign.id, Campaign.name)
             .join(Campaign, Campaign.id == CampaignMember.campaign_id)
             .where(CampaignMember.deleted_at.is_(None), Campaign.deleted_at.is_(None))
             .order_by(Campaign.name))
    if user_ids is not None:
        query = query.where(CampaignMember.user_id.in_(list(user_ids)))
    out: dict[uuid.UUID, list] = {}
    for user_id, campaign_id, campaign_name in session.execute(query):
        out.setdefault(user_id, []).append((campaign_id, campaign_name))
    return out


def _row(user: User, campaigns: list) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.email or "", user.role, user.locale,
                   bool(user.is_active), tuple(c for c, _ in campaigns), tuple(n for _, n in campaigns),
                   user.version)


def list_users(db: Database, actor: Actor, include_inactive: bool = True) -> list[UserRow]:
    """Every user by display name; administrators and supervisors."""
    _require_reader(actor)
    with read_only(db) as session:
        query = select(User).where(User.deleted_at.is_(None)).order_by(func.lower(User.display_name), User.username)
        if not include_inactive:
            query = query.where(User.is_active.is_(True))
        users = session.scalars(query).all()
        members = _memberships(session)
        return [_row(u, members.get(u.id, [])) for u in users]


def _user(session: Session, user_id: uuid.UUID) -> User:
    return live_row(session, User, user_id, "user_missing")


def get_user(db: Database, actor: Actor, user_id: uuid.UUID) -> UserRow:
    _require_reader(actor)
    with read_only(db) as session:
        user = _user(session, user_id)
        return _row(user, _memberships(session, [user.id]).get(user.id, []))


def campaign_choices(db: Database, actor: Actor) -> list[CampaignChoice]:
    """The campaigns a user may be made a member of."""
    _require_reader(actor)
    with read_only(db) as session:
        rows = session.execute(select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None))
                               .order_by(Campaign.name)).all()
    return [CampaignChoice(*r) for r in rows]


# ---------------------------------------------------------------- validation


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _clean(session: Session, draft: UserDraft, *, user_id: uuid.UUID | None, with_password: bool) -> dict:
    """The stored values of a draft, or ValidationError(INVALID_USER, fields={field: code})."""
    from .contact_data import normalise_email

    errors: dict[str, str] = {}
    username = _text(draft.username)
    if not username:
        errors["username"] = REQUIRED
    elif len(username) > MAX_USERNAME:
        errors["username"] = TOO_LONG
    elif not _USERNAME.fullmatch(username):
        errors["username"] = INVALID_USERNAME
    else:
        query = select(User.id).where(func.lower(User.username) == username.lower())
        if user_id is not None:
            query = query.where(User.id != user_id)
        if session.scalar(query.limit(1)) is not None:  # deactivated users keep their name too
            errors["username"] = USERNAME_TAKEN
    display_name = _text(draft.display_name)
    if not display_name:
        errors["display_name"] = REQUIRED
    elif len(display_name) > MAX_DISPLAY_NAME:
        errors["display_name"] = TOO_LONG
    email = _text(draft.email)
    if email:
        try:
            email = normalise_email(email)
        except ValidationError:
            errors["email"] = INVALID_EMAIL
    try:
        role = Role(draft.role)
    except ValueError:
        errors["role"] = INVALID_ROLE
        role = None
    locale = _text(draft.locale).lower()
    if locale not in LOCALES:
        errors["locale"] = INVALID_LOCALE
    campaign_ids = None
    if draft.campaign_ids is not None:
        campaign_ids = list(dict.fromkeys(draft.campaign_ids))
        known = set(session.scalars(select(Campaign.id).where(Campaign.id.in_(campaign_ids),
                                                             Campaign.deleted_at.is_(None))))
        if len(known) != len(campaign_ids):
            errors["campaigns"] = UNKNOWN_CAMPAIGN
    if with_password and len(draft.password or "") < MIN_PASSWORD:
        errors["password"] = SHORT_PASSWORD
    if errors:
        raise ValidationError(INVALID_USER, fields=errors, limit=MIN_PASSWORD)
    return {"username": username, "display_name": display_name, "email": email or None, "role": role,
            "locale": locale, "campaign_ids": campaign_ids}


def check_draft(db: Database, actor: Actor, draft: UserDraft, *, user_id: uuid.UUID | None = None) -> None:
    """Validate without saving (a screen that found a problem of its own, such as two passwords
    that differ, still names every other one); raises what create_user/update_user would."""
    require_admin(actor)
    with read_only(db) as session:
        _clean(session, draft, user_id=user_id, with_password=user_id is None)


def _active_administrators(session: Session) -> list[uuid.UUID]:
    """Locked on PostgreSQL, so two administrators cannot take away each other's rights at once."""
    return list(session.scalars(
        select(User.id).where(User.role == Role.ADMINISTRATOR, User.is_active.is_(True), User.deleted_at.is_(None))
        .with_for_update()))


def _is_last_administrator(session: Session, user: User) -> bool:
    return (user.role is Role.ADMINISTRATOR and user.is_active
            and _active_administrators(session) == [user.id])


# ---------------------------------------------------------------- memberships


def _set_memberships(session: Session, actor: Actor, user: User, campaign_ids: Iterable[uuid.UUID]) -> bool:
    """Membership rows follow the chosen campaigns: a removed one is tombstoned (like every
    CampaignMember reader expects), a chosen one that was removed before comes back."""
    wanted = set(campaign_ids)
    rows = {m.campaign_id: m for m in session.scalars(select(CampaignMember).where(CampaignMember.user_id == user.id))}
    names = dict(session.execute(select(Campaign.id, Campaign.name).where(
        Campaign.id.in_(wanted | set(rows)))).all())
    return tombstoned_links.follow(
        session, actor, rows, sorted(wanted, key=lambda c: names.get(c, "")),
        lambda campaign_id: CampaignMember(campaign_id=campaign_id, user_id=user.id),
        MEMBER_ENTITY, "campaign_id", lambda campaign_id: names.get(campaign_id, campaign_id))


def set_memberships(db: Database, actor: Actor, user_id: uuid.UUID, campaign_ids: Iterable[uuid.UUID]) -> UserRow:
    """The campaigns the user belongs to, exactly these from now on."""
    require_admin(actor)
    campaign_ids = list(dict.fromkeys(campaign_ids))
    with unit_of_work(db) as session:
        user = _user(session, user_id)
        known = set(session.scalars(select(Campaign.id).where(Campaign.id.in_(campaign_ids),
                                                             Campaign.deleted_at.is_(None))))
        if len(known) != len(campaign_ids):
            raise ValidationError(INVALID_USER, fields={"campaigns": UNKNOWN_CAMPAIGN})
        if _set_memberships(session, actor, user, campaign_ids):
            user.updated_at = utcnow()  # the user's version moves: an open form sees the change
    return get_user(db, actor, user_id)


# ---------------------------------------------------------------- changing


def create_user(db: Database, actor: Actor, draft: UserDraft) -> UserRow:
    """A new, active user with an initial password, their campaigns and an Offline presence."""
    require_admin(actor)
    with unit_of_work(db) as session:
        values = _clean(session, draft, user_id=None, with_password=True)
        user = User(username=values["username"], display_name=values["display_name"], email=values["email"],
                    role=values["role"], locale=values["locale"], password_hash=hash_password(draft.password),
                    is_active=True)
        session.add(user)
        session.flush()
        session.add(UserPresence(user_id=user.id, status=Presence.OFFLINE, since=utcnow()))
        record(session, actor, ENTITY, user.id, ChangeAction.CREATE, field="username", new=user.username)
        _set_memberships(session, actor, user, values["campaign_ids"] or ())
        user_id = user.id
    return get_user(db, actor, user_id)


def update_user(db: Database, actor: Actor, user_id: uuid.UUID, expected_version: int, draft: UserDraft) -> UserRow:
    """Save an edited user; StaleEdit("user_changed") when someone saved them since the form read
    `expected_version`. An administrator cannot change their own role, and the last active
    administrator stays one. draft.password is ignored (reset_password changes it)."""
    require_admin(actor)
    with unit_of_work(db) as session:
        user = _user(session, user_id)
        if user.version != expected_version:
            raise StaleEdit(USER_CHANGED, current=user.version)
        values = _clean(session, draft, user_id=user.id, with_password=False)
        if values["role"] is not user.role:
            if user.id == actor.user_id:
                raise ValidationError(INVALID_USER, fields={"role": OWN_ROLE})
            if _is_last_administrator(session, user):
                raise ValidationError(INVALID_USER, fields={"role": LAST_ADMINISTRATOR})
        apply_changes(session, actor, user, {k: values[k] for k in ("username", "display_name", "email", "role",
                                                                    "locale")}, entity_type=ENTITY)
        if values["campaign_ids"] is not None and _set_memberships(session, actor, user, values["campaign_ids"]):
            user.updated_at = utcnow()
        session.flush()
    return get_user(db, actor, user_id)


def _check_version(user: User, expected_version: int | None) -> None:
    if expected_version is not None and user.version != expected_version:
        raise StaleEdit(USER_CHANGED, current=user.version)


def deactivate_user(db: Database, actor: Actor, user_id: uuid.UUID, expected_version: int | None = None) -> UserRow:
    """The user can no longer sign in and shows as Offline; nothing of theirs is deleted.
    Refused for yourself ("deactivate_self") and for the last active administrator."""
    require_admin(actor)
    with unit_of_work(db) as session:
        user = _user(session, user_id)
        _check_version(user, expected_version)
        if user.id == actor.user_id:
            raise ValidationError(DEACTIVATE_SELF)
        if _is_last_administrator(session, user):
            raise ValidationError(LAST_ADMINISTRATOR)
        if user.is_active:
            apply_changes(session, actor, user, {"is_active": False}, entity_type=ENTITY)
        presence = session.get(UserPresence, user.id)
        if presence is None:
            session.add(UserPresence(user_id=user.id, status=Presence.OFFLINE, since=utcnow()))
        elif presence.status is not Presence.OFFLINE or presence.busy_ticket_id is not None:
            presence.status, presence.since, presence.busy_ticket_id = Presence.OFFLINE, utcnow(), None
    return get_user(db, actor, user_id)


def reactivate_user(db: Database, actor: Actor, user_id: uuid.UUID, expected_version: int | None = None) -> UserRow:
    """The user may sign in again, with the password they had."""
    require_admin(actor)
    with unit_of_work(db) as session:
        user = _user(session, user_id)
        _check_version(user, expected_version)
        if not user.is_active:
            apply_changes(session, actor, user, {"is_active": True}, entity_type=ENTITY)
    return get_user(db, actor, user_id)


def reset_password(db: Database, actor: Actor, user_id: uuid.UUID, new_password: str) -> UserRow:
    """An administrator gives a user a new password. The log says that it changed, nothing more."""
    require_admin(actor)
    if len(new_password or "") < MIN_PASSWORD:
        raise ValidationError(INVALID_USER, fields={"password": SHORT_PASSWORD}, limit=MIN_PASSWORD)
    password_hash = hash_password(new_password)  # slow on purpose: before the transaction opens
    with unit_of_work(db) as session:
        user = _user(session, user_id)
        user.password_hash = password_hash
        record(session, actor, ENTITY, user.id, ChangeAction.UPDATE, field="password")
    return get_user(db, actor, user_id)


# ---------------------------------------------------------------- the setting


def hide_other_campaigns(db: Database) -> bool:
    """Whether agents see only the tickets of their own campaigns (U1)."""
    with read_only(db) as session:
        return bool(get_setting(session, HIDE_OTHER_CAMPAIGNS))


def set_hide_other_campaigns(db: Database, actor: Actor, on: bool) -> bool:
    require_admin(actor)
    with unit_of_work(db) as session:
        if bool(get_setting(session, HIDE_OTHER_CAMPAIGNS)) != bool(on):
            set_setting(session, actor, HIDE_OTHER_CAMPAIGNS, bool(on))
    return hide_other_campaigns(db)
