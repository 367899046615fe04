"""The administration change log: every change outside a ticket, newest first, with the
record's current name; administrators only."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, set_hide_other_campaigns
from sagicc_desktop.services.changelog import administration_changes, record
from sagicc_desktop.services.errors import PermissionDenied
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Campaign, ChangeLogEntry
from sagicc_desktop.store.enums import ChangeAction


def test_changes_outside_tickets_newest_first_with_names(db):
    admin = make_admin(db, display_name="Ada Admin")
    campaign = make_campaign(db, "Hogar")
    agent = make_agent(db, display_name="Ben Agent")
    customer = make_customer(db, "Ana", "Pérez")
    ticket = create_ticket(db, admin, campaign, customer, subject="A ticket change")
    t0 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    with unit_of_work(db) as s:
        record(s, admin, "campaign", campaign, ChangeAction.UPDATE, field="name", old="Home", new="Hogar")
        record(s, admin, "user", agent.user_id, ChangeAction.UPDATE, field="role", old="viewer", new="agent")
        record(s, admin, "ticket", ticket, ChangeAction.UPDATE, field="subject", old="x", new="y", ticket_id=ticket)
        s.flush()
        for e in s.query(ChangeLogEntry).filter(ChangeLogEntry.field.in_(("name", "role"))):
            e.at = t0 + dt.timedelta(minutes=1 if e.field == "role" else 0)
    set_hide_other_campaigns(db, admin)
    with unit_of_work(db) as s:
        s.get(Campaign, campaign).name = "Hogar y Empresas"  # the name shown is today's
    rows = administration_changes(db, admin)
    assert all(r.entity_type != "ticket" for r in rows)
    assert [r.field for r in rows][:3] == ["hide_other_campaigns", "role", "name"]
    role, name = rows[1], rows[2]
    assert role.entity_name == "Ben Agent" and role.user_name == "Ada Admin" and role.new_value == "agent"
    assert name.entity_name == "Hogar y Empresas" and name.old_value == "Home"
    assert len(administration_changes(db, admin, limit=2)) == 2


def test_only_administrators(db):
    agent = make_agent(db)
    with pytest.raises(PermissionDenied):
        administration_changes(db, agent)
