"""The timeline model: Qt's model tester, paging both ways, a bounded window, single-row updates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from sagicc_desktop.models.timeline_model import (
    INCOMING, OUTGOING, BubbleKindRole, InteractionIdRole, TimelineModel, TimelineRowRole,
)
from sagicc_desktop.services import auth
from sagicc_desktop.services.timeline import Scope
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.database import open_database, sqlite_url
from sagicc_desktop.store.entities import Campaign, Customer, Interaction, Ticket, User
from sagicc_desktop.store.enums import ChannelKind, Direction, InteractionStatus, Role
from sagicc_desktop.store.types import new_id

TOTAL = 1_234
PAGE, WINDOW = 50, 200


@pytest.fixture(scope="module")
def conversation(tmp_path_factory):
    """One ticket with TOTAL interactions over every channel, some at the same instant."""
    path = tmp_path_factory.mktemp("timeline") / "timeline.db"
    db = open_database(sqlite_url(path))
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    kinds = list(ChannelKind)
    with unit_of_work(db) as s:
        user = User(username="admin", display_name="Admin", role=Role.ADMINISTRATOR, password_hash="-")
        campaign = Campaign(name="Support")
        customer = Customer(first_name="Ana", last_name="Pérez", search_name="ana perez")
        s.add_all([user, campaign, customer])
        s.flush()
        ticket = Ticket(number=1, campaign_id=campaign.id, customer_id=customer.id, subject="Long")
        s.add(ticket)
        s.flush()
        s.execute(insert(Interaction), [dict(
            id=new_id(), ticket_id=ticket.id, customer_id=customer.id, channel_kind=kinds[i % len(kinds)],
            direction=Direction.OUTGOING if i % 2 else Direction.INCOMING,
            status=InteractionStatus.SENT if i % 2 else InteractionStatus.RECEIVED, is_read=True,
            occurred_at=start + dt.timedelta(minutes=i - i % 3), sender="Ana", preview=f"message {i}",
            headers=[]) for i in range(TOTAL)])
        actor = auth.actor_for(s, user)
        ticket_id = ticket.id
    with db.sessions() as s:
        ids = list(s.scalars(select(Interaction.id).where(Interaction.ticket_id == ticket_id)
                             .order_by(Interaction.occurred_at, Interaction.id)))
    yield db, actor, ticket_id, ids
    db.dispose()


@pytest.fixture
def model(conversation):
    db, actor, ticket, _ids = conversation
    m = TimelineModel(db, actor, Scope(ticket), page=PAGE, max_rows=WINDOW)
    m.jump_to_end()
    return m


def test_qt_model_tester_through_every_change(conversation, qtmodeltester):
    db, actor, ticket, ids = conversation
    m = TimelineModel(db, actor, Scope(ticket), page=PAGE, max_rows=WINDOW)
    qtmodeltester.check(m)  # empty, before the first page
    m.jump_to_end()
    qtmodeltester.check(m)  # it keeps watching every change below (and fetches more itself)
    for _ in range(6):
        m.fetch_older()
    m.fetchMore()
    m.jump_to_start()
    while m.canFetchMore() and m.rowCount() < WINDOW:
        m.fetchMore()
    m.load_around(ids[500])
    m.refresh_row(ids[500])
    m.set_scope(Scope(ticket, channel_kinds=frozenset({ChannelKind.SMS})))
    m.reload()
    m.jump_to_end()
    assert m.rowCount() <= WINDOW


def ids_of(model) -> list:
    return [model.index(i, 0).data(TimelineRowRole).id for i in range(model.rowCount())]


def test_opens_on_the_newest_page(model, conversation):
    ids = conversation[3]
    assert ids_of(model) == ids[-PAGE:]
    assert model.at_end and not model.at_start
    assert not model.canFetchMore() and model.can_fetch_older()
    index = model.index(model.rowCount() - 1, 0)
    row = index.data(TimelineRowRole)
    assert index.data(InteractionIdRole) == str(row.id)
    assert index.data(BubbleKindRole) == (INCOMING if row.incoming else OUTGOING)
    assert row.preview in index.data()


def test_older_pages_come_in_at_the_top_and_the_window_stays_bounded(model, conversation, qtbot):
    ids = conversation[3]
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        assert model.fetch_older() == PAGE
    assert inserted.args[1:] == [0, PAGE - 1]
    assert ids_of(model) == ids[-2 * PAGE:]
    for _ in range(10):
        model.fetch_older()
        assert model.rowCount() <= WINDOW
    # Ten pages up: the window holds the four pages above the twelfth from the end.
    assert ids_of(model) == ids[-12 * PAGE:-8 * PAGE]
    assert not model.at_end and model.canFetchMore()  # the newest rows were dropped
    model.fetchMore()
    assert ids_of(model) == ids[-11 * PAGE:-7 * PAGE]


def test_scrolling_all_the_way_down_sees_every_row_once(model, conversation):
    ids = conversation[3]
    model.jump_to_start()
    assert model.at_start and ids_of(model) == ids[:PAGE]
    seen = ids_of(model)
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        came = model.rowCount() - before
        seen += ids_of(model)[-came:] if came > 0 else ids_of(model)[-PAGE:][-(len(ids) - len(seen)):]
        assert model.rowCount() <= WINDOW
    assert seen == ids
    assert model.at_end and not model.at_start and ids_of(model) == ids[-WINDOW:]


def test_jumps_and_loading_around_an_interaction(model, conversation):
    ids = conversation[3]
    model.jump_to_start()
    model.jump_to_end()
    assert ids_of(model) == ids[-PAGE:]
    assert model.load_around(ids[600])
    assert ids[600] in ids_of(model) and not model.at_start and not model.at_end
    assert model.row_of(ids[600]) == ids_of(model).index(ids[600])
    assert model.row_of(ids[0]) == -1


def test_filters_reset_to_the_newest_matching_rows(model, conversation):
    model.set_scope(Scope(conversation[2], channel_kinds=frozenset({ChannelKind.EMAIL})))
    rows = [model.index(i, 0).data(TimelineRowRole) for i in range(model.rowCount())]
    assert rows and all(r.channel_kind is ChannelKind.EMAIL for r in rows)
    assert model.at_end


def test_refresh_row_shows_a_new_delivery_state(model, conversation, qtbot):
    db, ids = conversation[0], conversation[3]
    last = ids[-1]
    with unit_of_work(db) as s:
        row = s.get(Interaction, last)
        old = row.status
        row.status = InteractionStatus.FAILED
    try:
        with qtbot.waitSignal(model.dataChanged) as changed:
            assert model.refresh_row(str(last))
        assert changed.args[0].row() == model.rowCount() - 1
        assert model.index(model.rowCount() - 1, 0).data(TimelineRowRole).status is InteractionStatus.FAILED
        assert not model.refresh_row(ids[0])  # not in the window: nothing to do
    finally:
        with unit_of_work(db) as s:
            s.get(Interaction, last).status = old


def test_reload_keeps_the_same_stretch(model, conversation):
    ids = conversation[3]
    model.fetch_older()
    before = ids_of(model)
    model.reload()
    assert ids_of(model) == before
