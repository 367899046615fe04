"""U1: who sees which tickets and who may change what."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import (
    create_ticket, make_admin, make_agent, make_campaign, make_supervisor, make_viewer,
    set_hide_other_campaigns, ticket,
)
from sagicc_desktop.services import tickets
from sagicc_desktop.services.errors import NotFound, PermissionDenied
from sagicc_desktop.services.permissions import can_see_ticket, require_admin, require_writer
from sagicc_desktop.services.settings import HIDE_OTHER_CAMPAIGNS, get_setting, set_setting
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Setting
from sagicc_desktop.store.enums import TicketStatus


@pytest.fixture
def world(db):
    """Two campaigns with one ticket each; users of every role; the agent is in campaign A."""
    a, b = make_campaign(db, "A"), make_campaign(db, "B")
    admin = make_admin(db)
    w = dict(
        db=db, a=a, b=b, admin=admin,
        supervisor=make_supervisor(db),
        agent=make_agent(db, campaigns=[a]),
        loner=make_agent(db),  # belongs to no campaign
        viewer=make_viewer(db),
    )
    w["ta"] = create_ticket(db, admin, a, subject="in A")
    w["tb"] = create_ticket(db, admin, b, subject="in B")
    return w


def _visible(w, who) -> set:
    return {row.id for row in TicketListQuery(w["db"], w[who]).first_page(100)}


def _count(w, who) -> int:
    return TicketListQuery(w["db"], w[who]).count()


@pytest.mark.parametrize("who", ["admin", "supervisor", "agent", "loner", "viewer"])
def test_everyone_sees_everything_by_default(world, who):
    assert _visible(world, who) == {world["ta"], world["tb"]}
    assert _count(world, who) == 2
    tickets.header(world["db"], world[who], world["tb"])  # no NotFound


@pytest.mark.parametrize("who", ["admin", "supervisor"])
def test_admins_and_supervisors_see_everything_with_the_setting_on(world, who):
    set_hide_other_campaigns(world["db"], world["admin"])
    assert _visible(world, who) == {world["ta"], world["tb"]}
    assert _count(world, who) == 2


def test_agent_sees_only_member_campaigns_with_the_setting_on(world):
    db = world["db"]
    set_hide_other_campaigns(db, world["admin"])
    assert _visible(world, "agent") == {world["ta"]}
    assert _count(world, "agent") == 1
    tickets.header(db, world["agent"], world["ta"])
    for call in (tickets.header, tickets.form, tickets.open_ticket):
        with pytest.raises(NotFound):
            call(db, world["agent"], world["tb"])
    with pytest.raises(NotFound):
        tickets.update(db, world["agent"], world["tb"], 1, {"subject": "hijack"})
    assert ticket(db, world["tb"]).subject == "in B"


def test_agent_without_campaigns_sees_nothing_with_the_setting_on(world):
    set_hide_other_campaigns(world["db"], world["admin"])
    assert _visible(world, "loner") == set()
    assert _count(world, "loner") == 0


def test_turning_the_setting_off_again_shows_everything(world):
    set_hide_other_campaigns(world["db"], world["admin"], True)
    set_hide_other_campaigns(world["db"], world["admin"], False)
    assert _visible(world, "agent") == {world["ta"], world["tb"]}


def test_viewer_cannot_change_anything(world):
    db, viewer = world["db"], world["viewer"]
    version = tickets.form(db, viewer, world["ta"]).version
    with pytest.raises(PermissionDenied):
        tickets.update(db, viewer, world["ta"], version, {"subject": "changed"})
    with pytest.raises(PermissionDenied):
        tickets.create(db, viewer, campaign_id=world["a"], customer_id=None, subject="new")
    stored = ticket(db, world["ta"])
    assert stored.subject == "in A" and stored.version == version
    assert TicketListQuery(db, world["admin"]).count() == 2
    with pytest.raises(PermissionDenied):
        require_writer(viewer)


@pytest.mark.parametrize("who", ["supervisor", "agent", "viewer"])
def test_only_administrators_change_settings(world, who):
    db = world["db"]
    with pytest.raises(PermissionDenied):
        with unit_of_work(db) as session:
            set_setting(session, world[who], HIDE_OTHER_CAMPAIGNS, True)
    with read_only(db) as session:
        assert get_setting(session, HIDE_OTHER_CAMPAIGNS) is False
        assert session.get(Setting, HIDE_OTHER_CAMPAIGNS) is None
    with pytest.raises(PermissionDenied):
        require_admin(world[who])


def test_setting_changes_are_logged_with_old_and_new(world):
    db, admin = world["db"], world["admin"]
    set_hide_other_campaigns(db, admin, True)
    set_hide_other_campaigns(db, admin, False)
    with read_only(db) as session:
        assert get_setting(session, HIDE_OTHER_CAMPAIGNS) is False
        rows = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity_type == "setting")
            .order_by(ChangeLogEntry.at, ChangeLogEntry.id)
        ).all()
        logged = [(r.field, r.old_value, r.new_value, r.user_id) for r in rows]
    assert logged == [
        (HIDE_OTHER_CAMPAIGNS, "False", "True", admin.user_id),
        (HIDE_OTHER_CAMPAIGNS, "True", "False", admin.user_id),
    ]


def test_unknown_settings_have_no_value(db):
    with read_only(db) as session:
        assert get_setting(session, "no_such_setting") is None
        assert get_setting(session, "away_after_minutes") == 10


def test_tombstoned_tickets_are_invisible_to_everyone(world):
    db = world["db"]
    from sagicc_desktop.store.entities import Ticket
    from sagicc_desktop.store.types import utcnow

    with unit_of_work(db) as session:
        session.get(Ticket, world["tb"]).deleted_at = utcnow()
    for who in ("admin", "supervisor", "agent", "viewer"):
        assert _visible(world, who) == {world["ta"]}
        with pytest.raises(NotFound):
            tickets.header(db, world[who], world["tb"])
    with read_only(db) as session:
        t = session.get(Ticket, world["tb"])
        assert not can_see_ticket(session, world["admin"], t)


def test_closed_tickets_stay_visible(world):
    db = world["db"]
    from sagicc_desktop.store.entities import Ticket

    with unit_of_work(db) as session:
        session.get(Ticket, world["ta"]).status = TicketStatus.CLOSED
    assert world["ta"] in _visible(world, "agent")
