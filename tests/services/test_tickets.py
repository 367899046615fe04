"""T4 (Ticket tab), V1 (header), L3 (go to ticket), O7 (change log), numbering and SLA."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from factories import (
    STANDARD_SLA, count, create_ticket, make_account, make_admin, make_agent, make_campaign,
    make_customer, make_supervisor, make_viewer, set_hide_other_campaigns, ticket,
)
from sagicc_desktop.services import tickets
from sagicc_desktop.services.changelog import ticket_history
from sagicc_desktop.services.errors import (
    NotFound, PermissionDenied, StaleEdit, TicketClosed, ValidationError,
)
from sagicc_desktop.services.numbering import next_ticket_number
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, SyncChange, Tag, Ticket, TicketTag
from sagicc_desktop.store.enums import ChangeAction, Priority, TicketStatus, TicketType
from sagicc_desktop.store.types import utcnow


@pytest.fixture
def env(db):
    campaign = make_campaign(db, "Sales", sla_hours=STANDARD_SLA)
    admin = make_admin(db, display_name="Admin")
    agent = make_agent(db, display_name="Agent", campaigns=[campaign])
    customer = make_customer(db, "José", "Núñez", document_number="80123456")
    return db, campaign, admin, agent, customer


def _log(db, ticket_id, action=ChangeAction.UPDATE):
    with read_only(db) as session:
        rows = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.ticket_id == ticket_id, ChangeLogEntry.action == action)
            .order_by(ChangeLogEntry.at, ChangeLogEntry.id)
        ).all()
        return [(r.field, r.old_value, r.new_value, r.user_id) for r in rows]


# ------------------------------------------------------------------ numbering


def test_ticket_numbers_are_sequential_and_unique(env):
    db, campaign, _, agent, _ = env
    ids = [create_ticket(db, agent, campaign, subject=f"T{i}") for i in range(12)]
    numbers = [ticket(db, i).number for i in ids]
    assert numbers == list(range(1, 13))
    assert all(not ticket(db, i).number_is_provisional for i in ids)


def test_numbers_are_not_reused_after_a_failed_creation(env):
    db, campaign, _, agent, _ = env
    create_ticket(db, agent, campaign)
    with pytest.raises(ValidationError):
        create_ticket(db, agent, campaign, subject="x" * 301)
    second = create_ticket(db, agent, campaign)
    assert ticket(db, second).number == 2


@pytest.mark.parametrize("counter_exists", [False, True], ids=["first-tickets", "later"])
def test_concurrent_creation_never_hands_out_a_number_twice(env, counter_exists):
    db, campaign, _, agent, _ = env
    if counter_exists:
        create_ticket(db, agent, campaign)
    errors: list[BaseException] = []

    def work():
        # E.g. the e-mail worker creating tickets while the agent creates one by hand.
        try:
            for _ in range(5):
                create_ticket(db, agent, campaign)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with read_only(db) as session:
        numbers = sorted(session.scalars(select(Ticket.number)))
    assert numbers == list(range(1, 21 + counter_exists))


def test_counter_continues_from_its_value(db):
    with unit_of_work(db) as session:
        assert [next_ticket_number(session) for _ in range(3)] == [1, 2, 3]
    with unit_of_work(db) as session:
        assert next_ticket_number(session) == 4


# ------------------------------------------------------------------ create and SLA


@pytest.mark.parametrize("priority", list(Priority))
def test_created_tickets_get_expected_solution_from_the_sla(env, priority):
    db, campaign, _, agent, customer = env
    tid = create_ticket(db, agent, campaign, customer, priority=priority)
    t = ticket(db, tid)
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=STANDARD_SLA[priority])
    assert t.expected_solution_at.tzinfo is not None
    assert t.priority == priority


def test_no_sla_rule_no_expected_solution(env):
    db, _, _, agent, _ = env
    bare = make_campaign(db, "No SLA")
    assert ticket(db, create_ticket(db, agent, bare)).expected_solution_at is None


def test_create_stores_what_was_given_and_logs_it(env):
    db, campaign, _, agent, customer = env
    before = utcnow()
    tid = tickets.create(
        db, agent, campaign_id=campaign, customer_id=customer, subject="Refund",
        description="Please", ticket_type=TicketType.CLAIM, priority=Priority.HIGH,
        assignee_id=agent.user_id,
    )
    t = ticket(db, tid)
    assert (t.subject, t.description, t.ticket_type, t.status) == (
        "Refund", "Please", TicketType.CLAIM, TicketStatus.NEW)
    assert t.assignee_id == agent.user_id and t.created_by_id == agent.user_id
    assert before <= t.created_at <= utcnow()
    assert t.version == 1
    with read_only(db) as session:
        created = session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.ticket_id == tid, ChangeLogEntry.action == ChangeAction.CREATE)).all()
        assert [(c.user_id, c.new_value) for c in created] == [(agent.user_id, str(t.number))]
        assert session.scalar(select(SyncChange).where(SyncChange.row_id == tid.hex)) is not None


def test_create_refuses_an_unknown_campaign(env):
    db, _, _, agent, _ = env
    import uuid

    with pytest.raises(ValidationError):
        tickets.create(db, agent, campaign_id=uuid.uuid4(), customer_id=None, subject="x")
    assert count(db, Ticket) == 0


# ------------------------------------------------------------------ header, form, find


def test_header_shows_the_pinned_fields(env):
    db, campaign, _, agent, customer = env
    account = make_account(db, customer, "ACC-77")
    tid = tickets.create(db, agent, campaign_id=campaign, customer_id=customer, subject="Hi",
                         assignee_id=agent.user_id)
    version = tickets.form(db, agent, tid).version
    tickets.update(db, agent, tid, version, {"account_id": account})
    h = tickets.header(db, agent, tid)
    assert h.number == 1 and h.status is TicketStatus.NEW
    assert (h.first_name, h.last_name) == ("José", "Núñez")
    assert (h.document_type, h.document_number) == ("cc", "80123456")
    assert h.account_number == "ACC-77"
    assert h.assignee_name == "Agent" and h.campaign_name == "Sales"
    assert h.customer_id == customer
    assert h.version == 2


def test_header_without_customer_or_assignee(env):
    db, campaign, _, agent, _ = env
    h = tickets.header(db, agent, create_ticket(db, agent, campaign))
    assert (h.first_name, h.document_number, h.account_number, h.assignee_name) == ("", "", "", "")


def test_form_lists_choices(env):
    db, campaign, _, agent, customer = env
    make_campaign(db, "Another")
    make_account(db, customer, "A-2", "Savings")
    make_account(db, make_customer(db, "Other", "Person"), "NOT-MINE")
    tid = create_ticket(db, agent, campaign, customer)
    f = tickets.form(db, agent, tid)
    assert [c.label for c in f.campaigns] == ["Another", "Sales"]
    assert [c.label for c in f.accounts] == ["A-2 · Savings"]
    assert f.priority is Priority.MEDIUM and f.tags == ()


def test_find_by_number(env):
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    assert tickets.find_by_number(db, agent, 1) == tid
    with pytest.raises(NotFound):
        tickets.find_by_number(db, agent, 999)


def test_find_by_number_hides_tickets_the_agent_may_not_see(env):
    db, _, admin, agent, _ = env
    other = make_campaign(db, "Other")
    tid = create_ticket(db, admin, other)
    number = ticket(db, tid).number
    assert tickets.find_by_number(db, agent, number) == tid
    set_hide_other_campaigns(db, admin)
    with pytest.raises(NotFound):
        tickets.find_by_number(db, agent, number)
    assert tickets.find_by_number(db, admin, number) == tid
    assert tickets.find_by_number(db, make_supervisor(db), number) == tid


def test_find_by_number_ignores_tombstoned_tickets(env):
    db, campaign, admin, _, _ = env
    tid = create_ticket(db, admin, campaign)
    with unit_of_work(db) as session:
        session.get(Ticket, tid).deleted_at = utcnow()
    with pytest.raises(NotFound):
        tickets.find_by_number(db, admin, 1)


# ------------------------------------------------------------------ update


def test_update_logs_one_row_per_changed_field(env):
    db, campaign, _, agent, customer = env
    tid = create_ticket(db, agent, campaign, customer, subject="Old subject", description="old")
    version = tickets.form(db, agent, tid).version
    new_version = tickets.update(db, agent, tid, version, {
        "subject": "New subject",
        "description": "new",
        "ticket_type": "complaint",
        "is_public": False,
        "cc": "boss@example.com",
        "priority": Priority.MEDIUM,  # unchanged: not logged
    })
    assert new_version == version + 1
    logged = {row[0]: row for row in _log(db, tid)}
    assert logged == {
        "subject": ("subject", "Old subject", "New subject", agent.user_id),
        "description": ("description", "old", "new", agent.user_id),
        "ticket_type": ("ticket_type", "question", "complaint", agent.user_id),
        "is_public": ("is_public", "True", "False", agent.user_id),
        "cc": ("cc", "", "boss@example.com", agent.user_id),
    }
    t = ticket(db, tid)
    assert (t.subject, t.description, t.ticket_type, t.is_public, t.cc, t.version) == (
        "New subject", "new", TicketType.COMPLAINT, False, "boss@example.com", new_version)


def test_update_with_nothing_changed_writes_nothing(env):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign, subject="Same")
    assert tickets.update(db, agent, tid, 1, {"subject": "Same"}) == 1
    assert _log(db, tid) == []
    assert ticket(db, tid).version == 1


def test_saving_the_unchanged_form_changes_nothing(env):
    """The Ticket tab sends every field (tags included) on save; unchanged means no new version,
    so nobody else's open edit becomes stale for nothing."""
    db, campaign, _, agent, customer = env
    tid = create_ticket(db, agent, campaign, customer, subject="Keep")
    v = tickets.update(db, agent, tid, 1, {"tags": ["vip"]})
    before = ticket(db, tid)
    f = tickets.form(db, agent, tid)
    fields = {name: getattr(f, name) for name in tickets.EDITABLE}
    assert tickets.update(db, agent, tid, f.version, {**fields, "tags": list(f.tags)}) == v
    after = ticket(db, tid)
    assert (after.version, after.updated_at) == (before.version, before.updated_at)
    assert len(_log(db, tid)) == 1


def test_stale_expected_version_is_refused_and_the_row_kept(env):
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign, subject="Original")
    loaded = tickets.form(db, agent, tid).version
    # Someone else saves first.
    tickets.update(db, admin, tid, loaded, {"subject": "Admin's edit"})
    before = ticket(db, tid)
    with pytest.raises(StaleEdit) as info:
        tickets.update(db, agent, tid, loaded, {"subject": "Agent's edit", "priority": 1})
    assert info.value.details["current"] == loaded + 1
    after = ticket(db, tid)
    assert (after.subject, after.priority, after.version, after.updated_at) == (
        before.subject, before.priority, before.version, before.updated_at)
    assert [r[2] for r in _log(db, tid)] == ["Admin's edit"]


def test_a_concurrent_save_between_check_and_write_is_stale_too(env, monkeypatch):
    """The version check in code is backed by the row's version counter at write time."""
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign, subject="Original")
    from sagicc_desktop.services import changelog

    real = changelog.apply_changes
    done = []

    def racing_apply(session, actor, obj, changes, **kw):
        if not done:
            done.append(True)
            tickets.update(db, admin, tid, 1, {"subject": "Sneaked in"})
        return real(session, actor, obj, changes, **kw)

    monkeypatch.setattr(tickets, "apply_changes", racing_apply)
    with pytest.raises(StaleEdit):
        tickets.update(db, agent, tid, 1, {"subject": "Mine"})
    t = ticket(db, tid)
    assert t.subject == "Sneaked in" and t.version == 2
    assert [r[2] for r in _log(db, tid)] == ["Sneaked in"]


def test_closed_tickets_are_refused(env):
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign, subject="Done")
    with unit_of_work(db) as session:
        session.get(Ticket, tid).status = TicketStatus.CLOSED
    version = ticket(db, tid).version
    for who in (agent, admin):
        with pytest.raises(TicketClosed):
            tickets.update(db, who, tid, version, {"subject": "Reopened?"})
    assert ticket(db, tid).subject == "Done"
    assert _log(db, tid) == []


def test_a_100000_character_description_is_accepted(env):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    text = ("Ñandú " * 20_000)[:100_000]
    assert len(text) == 100_000
    tickets.update(db, agent, tid, 1, {"description": text})
    assert ticket(db, tid).description == text
    assert tickets.form(db, agent, tid).description == text


def test_a_description_over_the_limit_is_refused(env):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign, description="short")
    with pytest.raises(ValidationError) as info:
        tickets.update(db, agent, tid, 1, {"description": "x" * (tickets.MAX_DESCRIPTION + 1)})
    assert info.value.details == {"field": "description", "limit": tickets.MAX_DESCRIPTION}
    # Exactly at the limit is fine.
    tickets.update(db, agent, tid, 1, {"description": "y" * tickets.MAX_DESCRIPTION})
    assert len(ticket(db, tid).description) == tickets.MAX_DESCRIPTION
    with pytest.raises(ValidationError):
        tickets.create(db, agent, campaign_id=campaign, customer_id=None, subject="s",
                       description="x" * (tickets.MAX_DESCRIPTION + 1))


@pytest.mark.parametrize(
    "changes, field",
    [({"status": "closed"}, "status"), ({"number": 5}, "number"), ({"assignee_id": None}, "assignee_id"),
     ({"subject": "s" * 301}, "subject"), ({"campaign_id": None}, "campaign_id")],
)
def test_fields_outside_the_ticket_tab_are_refused(env, changes, field):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    with pytest.raises(ValidationError) as info:
        tickets.update(db, agent, tid, 1, changes)
    assert info.value.details["field"] == field
    assert ticket(db, tid).version == 1


@pytest.mark.parametrize("changes", [{"ticket_type": "nonsense"}, {"priority": 9}])
def test_invalid_values_are_refused(env, changes):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    with pytest.raises(ValueError):
        tickets.update(db, agent, tid, 1, changes)
    assert ticket(db, tid).version == 1


def test_tags_change_is_logged_and_bumps_the_version(env):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    v2 = tickets.update(db, agent, tid, 1, {"tags": ["vip", " urgent ", "vip", ""]})
    assert v2 == 2
    assert tickets.form(db, agent, tid).tags == ("urgent", "vip")
    v3 = tickets.update(db, agent, tid, v2, {"tags": ["vip", "refund"]})
    assert v3 == 3
    assert tickets.form(db, agent, tid).tags == ("refund", "vip")
    assert tickets.form(db, agent, tid).all_tags == ("refund", "urgent", "vip")
    assert _log(db, tid) == [
        ("tags", "", "urgent, vip", agent.user_id),
        ("tags", "urgent, vip", "refund, vip", agent.user_id),
    ]
    # The same set again: nothing logged, version unchanged.
    assert tickets.update(db, agent, tid, v3, {"tags": ["refund", "vip"]}) == v3
    assert len(_log(db, tid)) == 2
    # A tag is shared, not duplicated, between tickets.
    other = create_ticket(db, agent, campaign)
    tickets.update(db, agent, other, 1, {"tags": ["vip"]})
    assert count(db, Tag, Tag.name == "vip") == 1
    assert count(db, TicketTag) == 3
    tickets.update(db, agent, tid, v3, {"tags": []})
    assert tickets.form(db, agent, tid).tags == ()


@pytest.mark.parametrize("new_priority", [Priority.CRITICAL, Priority.LOW])
def test_changing_priority_recomputes_expected_solution(env, new_priority):
    db, campaign, _, agent, _ = env
    tid = create_ticket(db, agent, campaign, priority=Priority.MEDIUM)
    t = ticket(db, tid)
    old_due = t.expected_solution_at
    tickets.update(db, agent, tid, 1, {"priority": int(new_priority)})
    t = ticket(db, tid)
    assert t.priority == new_priority
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=STANDARD_SLA[new_priority])
    logged = {row[0]: row for row in _log(db, tid)}
    assert logged["priority"][1:3] == (str(int(Priority.MEDIUM)), str(int(new_priority)))
    assert logged["expected_solution_at"][1:3] == (
        old_due.isoformat(), t.expected_solution_at.isoformat())


def test_changing_campaign_recomputes_expected_solution(env):
    db, campaign, _, agent, _ = env
    slow = make_campaign(db, "Slow", sla_hours={Priority.MEDIUM: 240})
    none = make_campaign(db, "None")
    tid = create_ticket(db, agent, campaign)
    v = tickets.update(db, agent, tid, 1, {"campaign_id": slow})
    t = ticket(db, tid)
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=240)
    tickets.update(db, agent, tid, v, {"campaign_id": none})
    assert ticket(db, tid).expected_solution_at is None


def test_category_specific_sla_rule_wins(env):
    db, campaign, _, agent, _ = env
    from sagicc_desktop.store.entities import SlaRule, TicketCategory

    with unit_of_work(db) as session:
        category = TicketCategory(name="Fraud")
        session.add(category)
        session.flush()
        session.add(SlaRule(campaign_id=campaign, priority=int(Priority.MEDIUM),
                            category_id=category.id, resolution_hours=1))
        category_id = category.id
    tid = create_ticket(db, agent, campaign)
    t = ticket(db, tid)
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=24)
    tickets.update(db, agent, tid, 1, {"category_id": category_id})
    t = ticket(db, tid)
    assert t.expected_solution_at == t.created_at + dt.timedelta(hours=1)


# ------------------------------------------------------------------ change log (O7)


def test_ticket_history_is_for_administrators_only(env):
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign)
    for who in (agent, make_supervisor(db), make_viewer(db)):
        with pytest.raises(PermissionDenied):
            with read_only(db) as session:
                ticket_history(session, who, tid)


def test_ticket_history_newest_first_with_user_names(env):
    db, campaign, admin, agent, _ = env
    tid = create_ticket(db, agent, campaign, subject="s0")
    v = 1
    for i in range(1, 4):
        who = agent if i % 2 else admin
        v = tickets.update(db, who, tid, v, {"subject": f"s{i}"})
    with read_only(db) as session:
        history = ticket_history(session, admin, tid)
    assert [(h.action, h.field, h.old_value, h.new_value, h.user_name) for h in history] == [
        ("update", "subject", "s2", "s3", "Agent"),
        ("update", "subject", "s1", "s2", "Admin"),
        ("update", "subject", "s0", "s1", "Agent"),
        ("create", None, None, "1", "Agent"),
    ]
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)
    assert all(h.at.tzinfo is not None for h in history)


def test_ticket_history_is_per_ticket(env):
    db, campaign, admin, agent, _ = env
    a = create_ticket(db, agent, campaign)
    b = create_ticket(db, agent, campaign)
    tickets.update(db, agent, b, 1, {"subject": "only b"})
    with read_only(db) as session:
        assert [h.action for h in ticket_history(session, admin, a)] == ["create"]
        assert [h.action for h in ticket_history(session, admin, b)] == ["update", "create"]



def test_update_refuses_references_that_do_not_fit(db):
    import uuid

    admin = make_admin(db)
    campaign = make_campaign(db)
    customer = make_customer(db)
    other_customer = make_customer(db, "Luis", "Gómez")
    ticket_id = create_ticket(db, admin, campaign, customer)
    version = tickets.form(db, admin, ticket_id).version
    for change in (
        {"campaign_id": uuid.uuid4()},
        {"account_id": uuid.uuid4()},
        {"account_id": make_account(db, other_customer)},
        {"category_id": uuid.uuid4()},
        {"service_id": uuid.uuid4()},
    ):
        with pytest.raises(ValidationError):
            tickets.update(db, admin, ticket_id, version, change)
    own = make_account(db, customer)
    tickets.update(db, admin, ticket_id, version, {"account_id": own})
    assert ticket(db, ticket_id).account_id == own


def test_agent_cannot_move_a_ticket_into_a_hidden_campaign(db):
    admin = make_admin(db)
    mine, theirs = make_campaign(db), make_campaign(db)
    agent = make_agent(db, campaigns=[mine])
    set_hide_other_campaigns(db, admin, True)
    ticket_id = create_ticket(db, admin, mine)
    version = tickets.form(db, agent, ticket_id).version
    with pytest.raises(PermissionDenied):
        tickets.update(db, agent, ticket_id, version, {"campaign_id": theirs})
    assert ticket(db, ticket_id).campaign_id == mine
