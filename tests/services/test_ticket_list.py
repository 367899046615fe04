"""L1 (Tickets module: filter, sort, keyset paging) and L2 (pending tickets)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest
from sqlalchemy import event

from factories import (
    at, bulk_tickets, make_admin, make_agent, make_campaign, make_customer, make_supervisor,
    make_viewer, set_hide_other_campaigns, tag_id,
)
from sagicc_desktop.services.ticket_list import (
    SortKey, TicketFilter, TicketListQuery, pending_count, pending_tickets,
)
from sagicc_desktop.store.enums import Priority, TicketStatus

PAGE = 7


@dataclass
class World:
    db: object
    admin: object
    supervisor: object
    agent: object  # member of campaign A only
    other_agent: object
    viewer: object
    campaigns: dict
    customers: dict
    specs: list  # one dict per ticket, with "id" and "number" filled in

    def live(self, pred=lambda s: True) -> list[dict]:
        return [s for s in self.specs if s["deleted_at"] is None and pred(s)]

    def numbers(self, pred=lambda s: True) -> set[int]:
        return {s["number"] for s in self.live(pred)}


def _build(db) -> World:
    rnd = random.Random(20250301)
    campaigns = {name: make_campaign(db, name) for name in ("A", "B", "C")}
    admin = make_admin(db, display_name="Admin")
    agent = make_agent(db, display_name="Agent", campaigns=[campaigns["A"]])
    other = make_agent(db, display_name="Other", campaigns=[campaigns["B"]])
    customers = {
        "jose": make_customer(db, "José", "Núñez"),
        "ana": make_customer(db, "Ana", "Pérez"),
        "nandu": make_customer(db, "Ñandú", "Güemes"),
    }
    subjects = ["Refund request", "Card blocked", "Reclamación urgente", "Address change",
                "50% discount promised", "Invoice_2024 missing", "Hello", "Order 500 delayed",
                "Invoice-2024 copy"]
    tags = ["vip", "fraud", "callback"]
    specs = []
    for i in range(46):
        day = 1 + (i % 9)  # several tickets share a day ...
        created = at(day, hour=9 + (i % 3))  # ... and some share the exact instant
        updated = created + dt.timedelta(minutes=rnd.choice([0, 5, 5, 30]))
        spec = dict(
            campaign_id=rnd.choice(list(campaigns.values())),
            customer_id=rnd.choice([*customers.values(), None]),
            status=rnd.choice(list(TicketStatus)),
            priority=rnd.choice(list(Priority)),
            assignee_id=rnd.choice([agent.user_id, other.user_id, None]),
            subject=subjects[i % len(subjects)],
            created_at=created,
            updated_at=updated,
            tags=rnd.sample(tags, rnd.randint(0, 2)),
            deleted_at=at(20) if i % 11 == 5 else None,  # a few tombstones
        )
        specs.append(spec)
    ids = bulk_tickets(db, [dict(s) for s in specs])
    for n, (spec, tid) in enumerate(zip(specs, ids), start=1):
        spec["id"], spec["number"] = tid, n
    return World(db, admin, make_supervisor(db), agent, other, make_viewer(db), campaigns,
                 customers, specs)


@pytest.fixture
def world(db) -> World:
    return _build(db)


def _sort_value(spec: dict, sort: SortKey):
    if sort is SortKey.NUMBER:
        return spec["number"]
    if sort is SortKey.CREATED:
        return spec["created_at"]
    if sort is SortKey.UPDATED:
        return spec["updated_at"]
    if sort is SortKey.PRIORITY:
        return int(spec["priority"])
    return spec["status"].value


def _expected(specs: list[dict], sort: SortKey, descending: bool) -> list[int]:
    ordered = sorted(specs, key=lambda s: (_sort_value(s, sort), s["number"]), reverse=descending)
    return [s["number"] for s in ordered]


def _walk_forward(query: TicketListQuery, page: int = PAGE) -> list[int]:
    seen, key = [], None
    for _ in range(1000):
        rows = query.page_after(key, page)
        assert len(rows) <= page
        seen += [r.number for r in rows]
        if len(rows) < page:
            break
        key = rows[-1].key
    return seen


def _walk_backward(query: TicketListQuery, page: int = PAGE) -> list[int]:
    seen, rows = [], query.page_before(None, page)
    for _ in range(1000):
        seen = [r.number for r in rows] + seen
        if len(rows) < page:
            break
        rows = query.page_before(rows[0].key, page)
    return seen


# ------------------------------------------------------------------ paging


@pytest.mark.parametrize("sort", list(SortKey), ids=[s.name for s in SortKey])
def test_paging_walks_every_ticket_once_in_order(world, sort):
    for descending in (False, True):
        query = TicketListQuery(world.db, world.admin, sort=sort, descending=descending)
        expected = _expected(world.live(), sort, descending)
        assert len(expected) == query.count() == 42
        forward = _walk_forward(query)
        assert forward == expected, (sort, descending)
        assert _walk_backward(query) == expected, (sort, descending)
        # page_before(None) gives the list's last rows, in list order.
        assert [r.number for r in query.page_before(None, 5)] == expected[-5:]
        # Random access agrees with the walked order.
        for offset in (0, 1, 6, 20, 37, 41, 42):
            assert [r.number for r in query.page_at(offset, PAGE)] == expected[offset:offset + PAGE]
        # The first page is the same whichever way it is asked for.
        assert [r.number for r in query.first_page(PAGE)] == expected[:PAGE]


@pytest.mark.parametrize("sort", [SortKey.CREATED, SortKey.PRIORITY, SortKey.STATUS],
                         ids=["CREATED", "PRIORITY", "STATUS"])
def test_paging_with_a_filter_and_limited_visibility(world, sort):
    set_hide_other_campaigns(world.db, world.admin)
    flt = TicketFilter(statuses=(TicketStatus.NEW, TicketStatus.PENDING, TicketStatus.CLOSED))
    a = world.campaigns["A"]
    wanted = world.live(lambda s: s["campaign_id"] == a and s["status"] in flt.statuses)
    for descending in (False, True):
        query = TicketListQuery(world.db, world.agent, flt, sort=sort, descending=descending)
        expected = _expected(wanted, sort, descending)
        assert query.count() == len(expected) > 0
        assert _walk_forward(query, page=3) == expected
        assert _walk_backward(query, page=3) == expected


def test_paging_continues_from_a_row_in_the_middle(world):
    query = TicketListQuery(world.db, world.admin, sort=SortKey.PRIORITY, descending=True)
    expected = _expected(world.live(), SortKey.PRIORITY, True)
    middle = query.page_at(20, 1)[0]
    assert middle.number == expected[20]
    assert [r.number for r in query.page_after(middle.key, 5)] == expected[21:26]
    assert [r.number for r in query.page_before(middle.key, 5)] == expected[15:20]
    assert query.page_after(query.page_at(41, 1)[0].key, 5) == []
    assert query.page_before(query.page_at(0, 1)[0].key, 5) == []


def test_paging_does_not_depend_on_the_servers_time_zone(world):
    """A team server set to local time (e.g. Bogotá, UTC-5) must page exactly as one in UTC."""
    engine = world.db.engine
    if engine.dialect.name == "postgresql":
        engine.dispose()

        @event.listens_for(engine, "connect")
        def _bogota(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:
                cur.execute("SET TIME ZONE 'America/Bogota'")
            dbapi_conn.commit()

        with engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "America/Bogota"
    for sort in (SortKey.CREATED, SortKey.UPDATED):
        for descending in (False, True):
            query = TicketListQuery(world.db, world.admin, sort=sort, descending=descending)
            expected = _expected(world.live(), sort, descending)
            assert _walk_forward(query) == expected, (sort, descending)
            assert _walk_backward(query) == expected, (sort, descending)
    rows = TicketListQuery(world.db, world.admin, TicketFilter(created_from=dt.date(2025, 3, 2),
                                                                created_to=dt.date(2025, 3, 2))).first_page(50)
    assert {r.number for r in rows} == world.numbers(lambda s: s["created_at"].day == 2)


def test_rows_carry_display_values(world):
    spec = next(s for s in world.live() if s["customer_id"] == world.customers["jose"]
                and s["assignee_id"] == world.agent.user_id)
    query = TicketListQuery(world.db, world.admin, TicketFilter(text=str(spec["number"])))
    (row,) = query.first_page(10)
    assert row.id == spec["id"]
    assert row.customer_name == "José Núñez"
    assert row.assignee_name == "Agent"
    assert row.campaign_name in ("A", "B", "C")
    assert row.status is spec["status"] and row.priority is spec["priority"]
    assert row.created_at == spec["created_at"] and row.created_at.tzinfo is not None


def test_tombstoned_tickets_never_appear(world):
    dead = {s["number"] for s in world.specs if s["deleted_at"] is not None}
    assert len(dead) == 4
    for sort in SortKey:
        query = TicketListQuery(world.db, world.admin, sort=sort)
        shown = set(_walk_forward(query)) | set(_walk_backward(query))
        shown |= {r.number for r in query.page_at(0, 100)}
        assert not shown & dead
    for n in dead:
        assert TicketListQuery(world.db, world.admin, TicketFilter(text=str(n))).count() == 0
        assert TicketListQuery(world.db, world.admin, TicketFilter(text=str(n))).first_page(5) == []


# ------------------------------------------------------------------ filters


def _check(world, flt: TicketFilter, pred, actor=None) -> None:
    query = TicketListQuery(world.db, actor or world.admin, flt)
    expected = world.numbers(pred)
    assert query.count() == len(expected)
    assert {r.number for r in query.page_at(0, 100)} == expected
    return expected


def test_filter_by_status(world):
    flt = TicketFilter(statuses=(TicketStatus.NEW, TicketStatus.CLOSED))
    assert _check(world, flt, lambda s: s["status"] in flt.statuses)


def test_filter_by_campaign(world):
    for cid in world.campaigns.values():
        assert _check(world, TicketFilter(campaign_id=cid), lambda s: s["campaign_id"] == cid)


def test_filter_by_priority(world):
    flt = TicketFilter(priorities=(Priority.CRITICAL, Priority.LOW))
    assert _check(world, flt, lambda s: s["priority"] in flt.priorities)


def test_filter_by_assignee_and_unassigned(world):
    uid = world.agent.user_id
    assert _check(world, TicketFilter(assignee_id=uid), lambda s: s["assignee_id"] == uid)
    assert _check(world, TicketFilter(unassigned=True), lambda s: s["assignee_id"] is None)
    # "Unassigned" wins over an assignee picked at the same time.
    assert _check(world, TicketFilter(unassigned=True, assignee_id=uid), lambda s: s["assignee_id"] is None)


def test_filter_by_customer(world):
    cid = world.customers["ana"]
    assert _check(world, TicketFilter(customer_id=cid), lambda s: s["customer_id"] == cid)


def test_filter_by_date_range_includes_both_days(world):
    flt = TicketFilter(created_from=dt.date(2025, 3, 3), created_to=dt.date(2025, 3, 5))
    assert _check(world, flt, lambda s: 3 <= s["created_at"].day <= 5)
    assert _check(world, TicketFilter(created_from=dt.date(2025, 3, 8)), lambda s: s["created_at"].day >= 8)
    assert _check(world, TicketFilter(created_to=dt.date(2025, 3, 1)), lambda s: s["created_at"].day == 1)
    assert _check(world, TicketFilter(created_from=dt.date(2025, 4, 1)), lambda s: False) == set()


def test_filter_by_tags_needs_every_tag(world):
    vip, fraud = tag_id(world.db, "vip"), tag_id(world.db, "fraud")
    assert _check(world, TicketFilter(tag_ids=(vip,)), lambda s: "vip" in s["tags"])
    assert _check(world, TicketFilter(tag_ids=(vip, fraud)),
                  lambda s: {"vip", "fraud"} <= set(s["tags"]))


def test_filters_combine(world):
    a, uid = world.campaigns["A"], world.agent.user_id
    flt = TicketFilter(campaign_id=a, assignee_id=uid, statuses=tuple(TicketStatus.open_statuses()))
    _check(world, flt, lambda s: s["campaign_id"] == a and s["assignee_id"] == uid
           and s["status"] in TicketStatus.open_statuses())


@pytest.mark.parametrize("typed", ["{n}", "#{n}", "  {n} "])
def test_free_text_by_number(world, typed):
    n = world.live()[10]["number"]
    assert _check(world, TicketFilter(text=typed.format(n=n)), lambda s: s["number"] == n) == {n}


@pytest.mark.parametrize("typed", ["99999", "3001234567", "12345678901234567890123", "²", "#"])
def test_free_text_number_that_does_not_exist(world, typed):
    query = TicketListQuery(world.db, world.admin, TicketFilter(text=typed))
    assert query.count() == 0
    assert query.first_page(10) == []


@pytest.mark.parametrize("typed, who", [
    ("jose", "jose"), ("JOSÉ", "jose"), ("núñez", "jose"), ("Nunez", "jose"), ("jose nunez", "jose"),
    ("perez", "ana"), ("ñandu", "nandu"), ("GUEMES", "nandu"),
])
def test_free_text_by_customer_name_ignores_accents_and_case(world, typed, who):
    cid = world.customers[who]
    assert _check(world, TicketFilter(text=typed), lambda s: s["customer_id"] == cid)


@pytest.mark.parametrize("typed, word", [
    ("refund", "Refund"), ("CARD BLOCKED", "Card blocked"), ("reclamación", "Reclamación"),
])
def test_free_text_by_subject(world, typed, word):
    assert _check(world, TicketFilter(text=typed), lambda s: word in s["subject"])


@pytest.mark.parametrize("typed, word", [("50%", "50% discount"), ("_2024", "Invoice_2024"), ("%", "%")])
def test_free_text_wildcards_are_taken_literally(world, typed, word):
    assert _check(world, TicketFilter(text=typed), lambda s: word in s["subject"])


def test_free_text_without_match(world):
    assert _check(world, TicketFilter(text="zzz-nothing"), lambda s: False) == set()


def test_filters_respect_visibility(world):
    set_hide_other_campaigns(world.db, world.admin)
    a = world.campaigns["A"]
    _check(world, TicketFilter(), lambda s: s["campaign_id"] == a, actor=world.agent)
    jose = world.customers["jose"]
    _check(world, TicketFilter(text="jose"),
           lambda s: s["campaign_id"] == a and s["customer_id"] == jose, actor=world.agent)
    _check(world, TicketFilter(campaign_id=world.campaigns["B"]), lambda s: False, actor=world.agent)
    for who in (world.supervisor, world.viewer):
        assert TicketListQuery(world.db, who).count() == 42


# ------------------------------------------------------------------ pending (L2)


def test_pending_tickets_order_and_scope(db):
    campaign = make_campaign(db)
    agent = make_agent(db, campaigns=[campaign])
    other = make_agent(db)
    base = dict(campaign_id=campaign, assignee_id=agent.user_id)
    specs = [
        # label,            next action,  priority,          created,  status
        ("later-action",    at(15, 10),   Priority.LOW,      at(1),    TicketStatus.NEW),
        ("soon-action",     at(14, 9),    Priority.LOW,      at(5),    TicketStatus.PENDING),
        ("soonest-action",  at(14, 8),    Priority.MEDIUM,   at(6),    TicketStatus.IN_PROGRESS),
        ("critical-new",    None,         Priority.CRITICAL, at(7),    TicketStatus.NEW),
        ("high-old",        None,         Priority.HIGH,     at(2),    TicketStatus.NEW),
        ("high-young",      None,         Priority.HIGH,     at(3),    TicketStatus.IN_PROGRESS),
        ("low-oldest",      None,         Priority.LOW,      at(1, 8), TicketStatus.PENDING),
        ("resolved",        at(13),       Priority.CRITICAL, at(1),    TicketStatus.RESOLVED),
        ("closed",          at(13),       Priority.CRITICAL, at(1),    TicketStatus.CLOSED),
        ("deleted",         at(13),       Priority.CRITICAL, at(1),    TicketStatus.NEW),
    ]
    rows = []
    for label, nxt, prio, created, status in specs:
        rows.append(dict(base, subject=label, next_action_at=nxt, priority=prio,
                         created_at=created, status=status,
                         deleted_at=at(20) if label == "deleted" else None))
    rows.append(dict(campaign_id=campaign, assignee_id=other.user_id, subject="someone else's",
                     next_action_at=at(13), priority=Priority.CRITICAL, created_at=at(1)))
    rows.append(dict(campaign_id=campaign, assignee_id=None, subject="unassigned",
                     priority=Priority.CRITICAL, created_at=at(1)))
    bulk_tickets(db, rows)
    pending = pending_tickets(db, agent)
    assert [p.subject for p in pending] == [
        "soonest-action", "soon-action", "later-action",
        "critical-new", "high-old", "high-young", "low-oldest",
    ]
    assert pending_count(db, agent) == 7
    assert pending[0].next_action_at == at(14, 8)
    assert pending[3].priority is Priority.CRITICAL
    assert [p.subject for p in pending_tickets(db, agent, limit=2)] == ["soonest-action", "soon-action"]
    assert [p.subject for p in pending_tickets(db, other)] == ["someone else's"]
    assert pending_count(db, make_admin(db)) == 0


def test_pending_ties_fall_back_to_the_ticket_number(db):
    campaign = make_campaign(db)
    agent = make_agent(db)
    same = dict(campaign_id=campaign, assignee_id=agent.user_id, priority=Priority.MEDIUM,
                created_at=at(3))
    bulk_tickets(db, [dict(same, subject=f"t{i}") for i in range(5)])
    assert [p.number for p in pending_tickets(db, agent)] == [1, 2, 3, 4, 5]
