"""Expected solution date from the campaign's SLA rules (T4)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.entities import SlaRule
from ..store.enums import Priority


def expected_solution(
    session: Session,
    campaign_id: uuid.UUID,
    priority: Priority,
    category_id: uuid.UUID | None,
    start: dt.datetime,
) -> dt.datetime | None:
    """The most specific rule wins: campaign + priority + category, then campaign + priority."""
    rules = session.scalars(
        select(SlaRule).where(
            SlaRule.campaign_id == campaign_id,
            SlaRule.priority == int(priority),
            SlaRule.deleted_at.is_(None),
        )
    ).all()
    specific = [r for r in rules if category_id is not None and r.category_id == category_id]
    general = [r for r in rules if r.category_id is None]
    rule = (specific or general or [None])[0]
    if rule is None:
        return None
    return start + dt.timedelta(hours=rule.resolution_hours)
