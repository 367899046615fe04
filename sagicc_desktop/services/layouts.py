"""Dock layouts as data (decision 9): the role's layout, a user's own copy, and the default."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..store.database import Database
from ..store.entities import Layout
from .actor import Actor
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


def _spec(row: Layout, source: str) -> LayoutSpec:
    columns = row.columns if row.columns in DEFAULT_COLUMNS else 2
    tabs = tuple(tuple(t for t in col if t in TABS) for col in (row.tabs or [])) or DEFAULT_COLUMNS[columns]
    if len(tabs) != columns:
        tabs = DEFAULT_COLUMNS[columns]
    return LayoutSpec(columns, tabs, row.state, row.state_version, source)


def for_user(db: Database, actor: Actor) -> LayoutSpec:
    """The user's own copy if any, else their role's, else the default."""
    with read_only(db) as s:
        own = s.scalar(select(Layout).where(Layout.user_id == actor.user_id, Layout.deleted_at.is_(None)))
        if own is not None:
            return _spec(own, "user")
        role = s.scalar(select(Layout).where(Layout.role == actor.role, Layout.user_id.is_(None),
                                             Layout.deleted_at.is_(None)))
        if role is not None:
            return _spec(role, "role")
    return default()


def save_for_user(db: Database, actor: Actor, spec: LayoutSpec) -> None:
    """Keep the user's own adjustment (columns and the dock state bytes)."""
    with unit_of_work(db) as s:
        own = s.scalar(select(Layout).where(Layout.user_id == actor.user_id))
        if own is None:
            own = Layout(user_id=actor.user_id, role=None)
            s.add(own)
        own.columns, own.tabs = spec.columns, [list(c) for c in spec.tabs]
        own.state, own.state_version, own.deleted_at = spec.state, spec.state_version, None
