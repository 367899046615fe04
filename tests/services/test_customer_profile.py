"""C1 to C4: the customer profile's data, tab by tab, paged and permission-aware."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from factories import (
    at, bulk_tickets, make_admin, make_agent, make_campaign, make_customer, make_user, make_viewer,
    set_hide_other_campaigns,
)
from factories_merge import add, attachment, customer_relation
from sagicc_desktop.services import customer_profile as profile
from sagicc_desktop.services.customer_profile import CustomerMerged, DateRange
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, TicketClosed
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Account, AccountData, Attachment, BlockedContact, ChangeLogEntry, ContactPoint, Customer, Interaction,
    Ticket,
)
from sagicc_desktop.store.enums import (
    ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus, Role, TicketStatus,
)


@dataclass
class World:
    db: object
    admin: object
    agent: object  # member of `mine` only, other campaigns hidden
    viewer: object
    mine: uuid.UUID
    theirs: uuid.UUID
    customer: uuid.UUID
    other: uuid.UUID


@pytest.fixture
def w(db):
    mine, theirs = make_campaign(db, "Mine"), make_campaign(db, "Theirs")
    admin = make_admin(db, display_name="Ada Admin")
    world = World(db, admin, make_agent(db, campaigns=[mine]), make_viewer(db), mine, theirs,
                  make_customer(db, "Ana", "Pérez"), make_customer(db, "Luis", "Gómez"))
    set_hide_other_campaigns(db, admin)
    return world


def _tickets(w, customer, campaign, days, **kw) -> list[uuid.UUID]:
    return bulk_tickets(w.db, [dict(campaign_id=campaign, customer_id=customer, created_at=at(d), **kw)
                               for d in days])


def _interaction(ticket_id, customer_id, when, *, kind=ChannelKind.EMAIL, direction=Direction.INCOMING,
                 status=InteractionStatus.RECEIVED, deleted=False) -> Interaction:
    return Interaction(ticket_id=ticket_id, customer_id=customer_id, channel_kind=kind, direction=direction,
                       status=status, occurred_at=when, body_text="hello", preview="hello",
                       deleted_at=when if deleted else None)


def _walk(read, limit):
    """Every page in turn, following the cursor of each page's last row."""
    rows, after = [], None
    while True:
        page = read(after, limit)
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1].cursor


# ---------------------------------------------------------------- the customer itself


def test_info_names_who_created_and_who_last_changed_the_customer(w):
    editor = make_user(w.db, Role.AGENT, display_name="Eva Editor")
    with unit_of_work(w.db) as s:
        c = s.get(Customer, w.customer)
        c.created_by_id, c.updated_by_id = w.admin.user_id, editor.user_id
        c.middle_name, c.last_interaction_at, c.birth_date = "María", at(5), dt.date(1990, 4, 2)
    info = profile.customer_info(w.db, w.viewer, w.customer)
    assert (info.full_name, info.first_name, info.last_name) == ("Ana María Pérez", "Ana", "Pérez")
    assert (info.created_by, info.updated_by) == ("Ada Admin", "Eva Editor")
    assert info.last_interaction_at == at(5) and info.birth_date == dt.date(1990, 4, 2)
    assert info.document_type == "cc" and info.document_number and info.version >= 2


def test_a_merged_customer_names_the_live_customer_it_ended_up_in(w):
    third = make_customer(w.db, "Ana", "Perez")
    with unit_of_work(w.db) as s:  # other -> customer -> third: two merges in a row
        for gone, into in ((w.other, w.customer), (w.customer, third)):
            c = s.get(Customer, gone)
            c.merged_into_id, c.deleted_at = into, at(9)
    for reader in (profile.customer_info, profile.contact_details, profile.accounts, profile.related_customers,
                   profile.tickets_page, profile.open_profile):
        with pytest.raises(CustomerMerged) as exc:
            reader(w.db, w.admin, w.other)
        assert exc.value.details["survivor_id"] == third and exc.value.code == "customer_merged"


def test_a_deleted_or_unknown_customer_is_not_found(w):
    with unit_of_work(w.db) as s:
        s.get(Customer, w.other).deleted_at = at(3)
    for customer_id in (w.other, uuid.uuid4()):
        with pytest.raises(NotFound) as exc:
            profile.customer_info(w.db, w.admin, customer_id)
        assert not isinstance(exc.value, CustomerMerged)


def test_contact_details_by_kind_primary_first_with_blocked_values_flagged(w):
    add(w.db,
        ContactPoint(customer_id=w.customer, kind=ContactKind.MOBILE, value="300 111 2222",
                     normalized_value="+573001112222"),
        ContactPoint(customer_id=w.customer, kind=ContactKind.EMAIL, value="b@x.co", normalized_value="b@x.co"),
        ContactPoint(customer_id=w.customer, kind=ContactKind.EMAIL, value="z@x.co", normalized_value="z@x.co",
                     is_primary=True),
        ContactPoint(customer_id=w.customer, kind=ContactKind.EMAIL, value="gone@x.co",
                     normalized_value="gone@x.co", deleted_at=at(1)),
        ContactPoint(customer_id=w.other, kind=ContactKind.EMAIL, value="o@x.co", normalized_value="o@x.co"),
        BlockedContact(kind=ContactKind.PHONE, normalized_value="+573001112222", reason="spam"))
    rows = profile.contact_details(w.db, w.viewer, w.customer)
    assert [(r.kind, r.value) for r in rows] == [
        (ContactKind.EMAIL, "z@x.co"), (ContactKind.EMAIL, "b@x.co"), (ContactKind.MOBILE, "300 111 2222")]
    assert [(r.blocked, r.block_reason) for r in rows][2] == (True, "spam")
    assert not rows[0].blocked


# ---------------------------------------------------------------- tickets


def test_tickets_newest_first_in_pages_that_never_repeat_or_skip(w):
    # Five tickets share one creation instant: the number breaks the tie between pages.
    ids = _tickets(w, w.customer, w.mine, [3, 3, 3, 3, 3, 1, 7, 5])
    _tickets(w, w.other, w.mine, [4])
    rows = _walk(lambda after, n: profile.tickets_page(w.db, w.admin, w.customer, after=after, limit=n), 3)
    assert sorted(r.id for r in rows) == sorted(ids)
    assert [(r.created_at, r.number) for r in rows] == sorted(((r.created_at, r.number) for r in rows),
                                                               reverse=True)
    first = rows[0]
    assert first.created_at == at(7) and first.campaign_name == "Mine" and first.status is TicketStatus.NEW


def test_tickets_date_range_includes_both_days(w):
    _tickets(w, w.customer, w.mine, [1, 2, 3, 4, 5])
    rows = profile.tickets_page(w.db, w.admin, w.customer,
                                dates=DateRange(dt.date(2025, 3, 2), dt.date(2025, 3, 4)))
    assert [r.created_at.day for r in rows] == [4, 3, 2]
    since = profile.tickets_page(w.db, w.admin, w.customer, dates=DateRange(start=dt.date(2025, 3, 4)))
    assert [r.created_at.day for r in since] == [5, 4]


def test_tickets_of_hidden_campaigns_and_deleted_tickets_are_left_out(w):
    mine = _tickets(w, w.customer, w.mine, [1], assignee_id=w.agent.user_id)
    _tickets(w, w.customer, w.theirs, [2])
    _tickets(w, w.customer, w.mine, [3], deleted_at=at(4))
    assert [r.id for r in profile.tickets_page(w.db, w.agent, w.customer)] == mine
    assert profile.tickets_page(w.db, w.agent, w.customer)[0].assignee_name == w.agent.display_name
    assert len(profile.tickets_page(w.db, w.admin, w.customer)) == 2


# ---------------------------------------------------------------- interactions


def test_interactions_newest_first_paged_by_date_and_id(w):
    mine, theirs = _tickets(w, w.customer, w.mine, [1]) + _tickets(w, w.customer, w.theirs, [1])
    same = at(5, 9)
    rows = [_interaction(mine, w.customer, same) for _ in range(4)]
    rows += [_interaction(mine, w.customer, at(6, h)) for h in range(3)]
    rows += [_interaction(theirs, w.customer, at(7)), _interaction(mine, w.customer, at(8), deleted=True),
             _interaction(mine, w.other, at(8))]
    add(w.db, *rows)
    seen = _walk(lambda after, n: profile.interactions_page(w.db, w.agent, w.customer, after=after, limit=n), 2)
    assert len(seen) == 7 and len({r.id for r in seen}) == 7
    assert [r.cursor for r in seen] == sorted((r.cursor for r in seen), reverse=True)
    assert {r.ticket_id for r in seen} == {mine}
    assert all(r.ticket_number > 0 for r in seen)
    assert len(profile.interactions_page(w.db, w.admin, w.customer, limit=100)) == 8


def test_interactions_date_range(w):
    ticket, = _tickets(w, w.customer, w.mine, [1])
    add(w.db, *(_interaction(ticket, w.customer, at(d, 23, 59)) for d in (1, 2, 3)))
    rows = profile.interactions_page(w.db, w.admin, w.customer, dates=DateRange(dt.date(2025, 3, 2),
                                                                                  dt.date(2025, 3, 2)))
    assert [r.occurred_at for r in rows] == [at(2, 23, 59)]


# ---------------------------------------------------------------- attachments


def _files(w, ticket_id, names, day=1):
    rows = []
    for i, name in enumerate(names):
        a = attachment(w.db, ticket_id, name)
        a.created_at = at(day, 10, i)
        rows.append(a)
    return add(w.db, *rows)


def test_attachments_of_every_visible_ticket_newest_first_with_the_ticket_number(w):
    first, second = _tickets(w, w.customer, w.mine, [1, 2])
    hidden, = _tickets(w, w.customer, w.theirs, [3])
    _files(w, first, ["a.pdf", "b.pdf"], day=1)
    _files(w, second, ["c.pdf"], day=2)
    _files(w, hidden, ["secret.pdf"], day=3)
    rows = _walk(lambda after, n: profile.attachments_page(w.db, w.agent, w.customer, after=after, limit=n), 2)
    assert [r.filename for r in rows] == ["c.pdf", "b.pdf", "a.pdf"]
    numbers = {t.id: t.number for t in profile.tickets_page(w.db, w.admin, w.customer)}
    assert [r.ticket_number for r in rows] == [numbers[second], numbers[first], numbers[first]]
    assert rows[0].size == 1 and rows[0].added_at == at(2, 10, 0)
    assert len(profile.attachments_page(w.db, w.admin, w.customer)) == 4


def test_delete_attachment_goes_through_the_attachments_service(w):
    ticket, = _tickets(w, w.customer, w.mine, [1])
    other_ticket, = _tickets(w, w.other, w.mine, [1])
    mine, = _files(w, ticket, ["a.pdf"])
    theirs, = _files(w, other_ticket, ["b.pdf"])
    with pytest.raises(PermissionDenied):
        profile.delete_attachment(w.db, w.viewer, w.customer, mine)
    with pytest.raises(NotFound):  # not a file of this customer
        profile.delete_attachment(w.db, w.agent, w.customer, theirs)
    profile.delete_attachment(w.db, w.agent, w.customer, mine)
    assert profile.attachments_page(w.db, w.admin, w.customer) == []
    with unit_of_work(w.db) as s:
        entry = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == mine))
        assert (entry.action, entry.ticket_id, entry.user_id) == (ChangeAction.DELETE, ticket, w.agent.user_id)
        assert s.get(Attachment, theirs).deleted_at is None


def test_delete_attachment_of_a_closed_ticket_is_refused(w):
    ticket, = _tickets(w, w.customer, w.mine, [1], status=TicketStatus.CLOSED)
    file, = _files(w, ticket, ["a.pdf"])
    with pytest.raises(TicketClosed):
        profile.delete_attachment(w.db, w.admin, w.customer, file)
    assert len(profile.attachments_page(w.db, w.admin, w.customer)) == 1


# ---------------------------------------------------------------- related customers


def test_related_customers_in_both_directions_with_their_tags(w):
    carla, gone = make_customer(w.db, "Carla", "Ruiz"), make_customer(w.db, "Gone", "Away")
    rel_in = customer_relation(w.other, w.customer)
    rel_in.tags = ["spouse"]
    add(w.db, customer_relation(w.customer, carla), rel_in, customer_relation(w.customer, gone))
    removed = customer_relation(w.customer, make_customer(w.db, "Old", "Friend"))
    removed.deleted_at = at(1)
    add(w.db, removed)
    with unit_of_work(w.db) as s:
        s.get(Customer, gone).deleted_at = at(2)
    rows = profile.related_customers(w.db, w.viewer, w.customer)
    assert [(r.name, r.tags) for r in rows] == [("Carla Ruiz", ("family",)), ("Luis Gómez", ("spouse",))]
    assert rows[1].customer_id == w.other and rows[1].document_type == "cc"


# ---------------------------------------------------------------- accounts


def _account(w, customer, number, data=()):
    account_id, = add(w.db, Account(customer_id=customer, number=number, name=f"Plan {number}"))
    add(w.db, *(AccountData(account_id=account_id, key=k, value=v) for k, v in data))
    return account_id


def test_accounts_with_their_additional_data(w):
    second = _account(w, w.customer, "B-2", [("Speed", "300"), ("Since", "2021")])
    first = _account(w, w.customer, "A-1")
    _account(w, w.other, "THEIRS")
    rows = profile.accounts(w.db, w.viewer, w.customer)
    assert [(r.id, r.number, r.name) for r in rows] == [(first, "A-1", "Plan A-1"), (second, "B-2", "Plan B-2")]
    assert dict(rows[1].data) == {"Speed": "300", "Since": "2021"} and rows[0].data == ()


def test_delete_account_leaves_tombstones_and_the_change_log(w):
    account_id = _account(w, w.customer, "A-1", [("Speed", "300")])
    ticket, = _tickets(w, w.customer, w.mine, [1], account_id=account_id)
    version = profile.accounts(w.db, w.agent, w.customer)[0].version
    profile.delete_account(w.db, w.agent, w.customer, account_id, version)
    assert profile.accounts(w.db, w.agent, w.customer) == []
    with unit_of_work(w.db) as s:
        assert s.get(Account, account_id).deleted_at is not None
        assert s.scalar(select(AccountData.deleted_at).where(AccountData.account_id == account_id)) is not None
        entries = s.execute(select(ChangeLogEntry.entity_type, ChangeLogEntry.action, ChangeLogEntry.old_value)
                            .order_by(ChangeLogEntry.at)
                            .where(ChangeLogEntry.entity_type.in_(("account", "account_data")))).all()
        assert sorted(entries) == [("account", ChangeAction.DELETE, "A-1"),
                                   ("account_data", ChangeAction.DELETE, "300")]
        assert s.get(Ticket, ticket).account_id == account_id  # the ticket's history stays


def test_delete_account_refusals(w):
    account_id = _account(w, w.customer, "A-1")
    theirs = _account(w, w.other, "B-1")
    _tickets(w, w.customer, w.theirs, [1])  # every ticket in a campaign hidden from the agent
    version = profile.accounts(w.db, w.admin, w.customer)[0].version
    with pytest.raises(PermissionDenied):
        profile.delete_account(w.db, w.viewer, w.customer, account_id, version)
    with pytest.raises(PermissionDenied):
        profile.delete_account(w.db, w.agent, w.customer, account_id, version)
    with pytest.raises(NotFound):
        profile.delete_account(w.db, w.admin, w.customer, theirs, 1)
    with pytest.raises(StaleEdit):
        profile.delete_account(w.db, w.admin, w.customer, account_id, version + 1)
    assert len(profile.accounts(w.db, w.admin, w.customer)) == 1


# ---------------------------------------------------------------- opening the profile


def test_open_profile_reads_every_tab_at_once(w):
    ticket, = _tickets(w, w.customer, w.mine, [1])
    add(w.db, _interaction(ticket, w.customer, at(2)))
    _files(w, ticket, ["a.pdf"])
    _account(w, w.customer, "A-1")
    add(w.db, customer_relation(w.customer, w.other),
        ContactPoint(customer_id=w.customer, kind=ContactKind.EMAIL, value="a@x.co", normalized_value="a@x.co"))
    p = profile.open_profile(w.db, w.agent, w.customer, limit=10)
    assert p.info.id == w.customer
    assert ([t.id for t in p.tickets], len(p.interactions), len(p.attachments)) == ([ticket], 1, 1)
    assert ([c.value for c in p.contacts], [a.number for a in p.accounts]) == (["a@x.co"], ["A-1"])
    assert [r.customer_id for r in p.related] == [w.other]
