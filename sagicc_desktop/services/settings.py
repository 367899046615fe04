"""Application-wide settings (e.g. hide tickets from agents in other campaigns, U1)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from ..store.entities import Setting
from ..store.enums import ChangeAction
from .actor import Actor
from .changelog import record
from .errors import PermissionDenied

HIDE_OTHER_CAMPAIGNS = "hide_other_campaigns"
DEFAULTS: dict[str, Any] = {HIDE_OTHER_CAMPAIGNS: False, "away_after_minutes": 10, "default_phone_region": "CO"}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    if not actor.is_admin:
        raise PermissionDenied("only administrators change settings")
    old = get_setting(session, key)
    set_system_setting(session, key, value)
    record(session, actor, "setting", uuid.uuid5(uuid.NAMESPACE_URL, key), ChangeAction.UPDATE,
           field=key, old=old, new=value)


def set_system_setting(session: Session, key: str, value: Any) -> None:
    """Settings the application itself writes (e.g. marking demo data), not a user's change."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
