"""Dock layouts as data (decision 9): the role's layout, a user's own copy, and the default.

A supervisor or administrator saves a layout for a role; every user of that role gets it. A
user's own adjustments are kept as their copy until they reset it. A stored layout that no
longer fits this version (unknown column count, a tab twice, dock state bytes of another
format) is never applied half-way: the user's copy falls back to the role's layout, the
role's to the default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import Layout
from ..store.enums import ChangeAction, Role
from ..store.types import utcnow
from .actor import Actor
from .changelog import record
from .errors import PermissionDenied
from .unit_of_work import read_only, unit_of_work

TABS = ("customer", "contact", "account", "ticket", "conversation", "script", "agenda",
        "tasks", "history", "attachments", "notes")

DEFAULT_COLUMNS = {
    2: (("ticket", "customer", "contact", "account", "script"),
        ("conversation", "agenda", "tasks", "history", "attachments", "notes")),
    3: (("customer", "contact", "account"),
        ("conversation",),
        ("ticket", "script", "agenda", "tasks", "history", "attachments", "notes")),
}
STATE_VERSION = 1


@dataclass(frozen=True)
class LayoutSpec:
    columns: int
    tabs: tuple[tuple[str, ...], ...]
    state: bytes | None = None
    state_version: int = STATE_VERSION
    source: str = "default"  # "default", "role" or "user"


def default(columns: int = 2) -> LayoutSpec:
    return LayoutSpec(columns, DEFAULT_COLUMNS[columns])


def _fits(row: Layout) -> bool:
    """Whether a stored layout can be applied as it is by this version."""
    if row.columns not in DEFAULT_COLUMNS or not isinstance(row.tabs, list) or len(row.tabs) != row.columns:
        return False
    if not all(isinstance(col, list) and all(isinstance(t, str) for t in col) for col in row.tabs):
        return False
    keys = [t for col in row.tabs for t in col]
    return len(keys) == len(set(keys)) and row.state_version == STATE_VERSION


def _spec(row: Layout, source: str) -> LayoutSpec:
    """A fitting row as a spec: tabs this version does not know are dropped; tabs it added since
    the layout was saved join the last column (the saved state bytes then place them)."""
    tabs = [[t for t in col if t in TABS] for col in row.tabs]
    placed = {t for col in tabs for t in col}
    tabs[-1].extend(t for t in TABS if t not in placed)
    return LayoutSpec(row.columns, tuple(tuple(col) for col in tabs), row.state, row.state_version, source)


def _role_row(session, role: Role) -> Layout | None:
    return session.scalar(select(Layout).where(Layout.role == role, Layout.user_id.is_(None),
                                               Layout.deleted_at.is_(None)))


def _own_row(session, actor: Actor, live: bool = True) -> Layout | None:
    query = select(Layout).where(Layout.user_id == actor.user_id)
    if live:
        query = query.where(Layout.deleted_at.is_(None))
    return session.scalar(query)


def for_role(db: Database, role: Role) -> LayoutSpec:
    """The role's layout, or the default when it has none (or it no longer fits)."""
    with read_only(db) as s:
        row = _role_row(s, role)
        if row is not None and _fits(row):
            return _spec(row, "role")
    return default()


def for_user(db: Database, actor: Actor) -> LayoutSpec:
    """The user's own copy if any (and it fits), else their role's, else the default."""
    with read_only(db) as s:
        own = _own_row(s, actor)
        if own is not None and _fits(own):
            return _spec(own, "user")
    return for_role(db, actor.role)


def _store(row: Layout, spec: LayoutSpec) -> None:
    row.columns, row.tabs = spec.columns, [list(c) for c in spec.tabs]
    row.state, row.state_version, row.deleted_at = spec.state, spec.state_version, None
    row.updated_at = utcnow()


def save_for_user(db: Database, actor: Actor, spec: LayoutSpec) -> LayoutSpec:
    """Keep the user's own adjustment (columns, tabs per column and the dock state bytes)."""
    with unit_of_work(db) as s:
        own = _own_row(s, actor, live=False)
        if own is None:
            own = Layout(user_id=actor.user_id, role=None)
            s.add(own)
        _store(own, spec)
    return replace(spec, source="user")


def save_for_role(db: Database, actor: Actor, role: Role, spec: LayoutSpec) -> LayoutSpec:
    """V3: a supervisor or administrator sets the layout every user of a role gets."""
    if not actor.sees_everything:
        raise PermissionDenied("supervisors and administrators only")
    with unit_of_work(db) as s:
        row = s.scalar(select(Layout).where(Layout.role == role, Layout.user_id.is_(None)))
        action = ChangeAction.UPDATE
        if row is None:
            row = Layout(role=role, user_id=None)
            s.add(row)
            action = ChangeAction.CREATE
        old_columns = row.columns if action is ChangeAction.UPDATE else None
        _store(row, spec)
        s.flush()
        record(s, actor, "layout", row.id, action, field=f"role:{role.value}", old=old_columns, new=spec.columns)
    return replace(spec, source="role")


def reset_user(db: Database, actor: Actor) -> LayoutSpec:
    """Drop the user's own copy; they get their role's layout again."""
    with unit_of_work(db) as s:
        own = _own_row(s, actor)
        if own is not None:
            own.deleted_at = utcnow()
    return for_role(db, actor.role)
