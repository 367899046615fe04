"""T5: the timeline's keyset pages in both directions, the customer's other tickets, filters,
per-page attachments and blocked senders, and View more marking a message read."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import event, select

from factories import (
    at, create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer,
    set_hide_other_campaigns,
)
from sagicc_desktop.services import timeline
from sagicc_desktop.services.errors import NotFound
from sagicc_desktop.services.timeline import Scope
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Attachment, Blob, BlockedContact, ChangeLogEntry, Interaction, Ticket
from sagicc_desktop.store.enums import (
    AttachmentSource, ChannelKind, ContactKind, Direction, InteractionStatus, TicketStatus,
)

EMAIL, PHONE, WHATSAPP, CHAT = ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.CHAT


# ---------------------------------------------------------------- builders


def put_interactions(db, ticket_id, specs) -> list[uuid.UUID]:
    """Interactions straight into the store; each spec holds Interaction attributes (occurred_at
    required). The customer is the ticket's."""
    ids = []
    with unit_of_work(db) as s:
        customer = s.get(Ticket, ticket_id).customer_id
        for spec in specs:
            spec = dict(spec)
            out = spec.get("direction", Direction.INCOMING) is Direction.OUTGOING
            spec.setdefault("direction", Direction.INCOMING)
            spec.setdefault("channel_kind", CHAT)
            spec.setdefault("status", InteractionStatus.SENT if out else InteractionStatus.RECEIVED)
            spec.setdefault("is_read", True)
            spec.setdefault("preview", spec.get("body_text", "")[:100])
            row = Interaction(ticket_id=ticket_id, customer_id=customer, **spec)
            s.add(row)
            s.flush()
            ids.append(row.id)
    return ids


def series(db, ticket_id, n, start: dt.datetime, step=dt.timedelta(minutes=1), text="message",
           **kw) -> list[uuid.UUID]:
    return put_interactions(db, ticket_id, [dict(occurred_at=start + i * step, body_text=f"{text} {i}", **kw)
                                            for i in range(n)])


def put_attachment(db, blobs, ticket_id, interaction_id, filename, data: bytes, mime: str) -> uuid.UUID:
    sha, size = blobs.put_bytes(data)
    with unit_of_work(db) as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
            s.flush()
        a = Attachment(ticket_id=ticket_id, interaction_id=interaction_id, blob_sha256=sha, filename=filename,
                       mime_type=mime, size=size, source=AttachmentSource.CUSTOMER)
        s.add(a)
        s.flush()
        return a.id


def block(db, kind: ContactKind, value: str) -> None:
    with unit_of_work(db) as s:
        s.add(BlockedContact(kind=kind, normalized_value=value, reason="asked"))


@pytest.fixture
def w(db):
    campaign, other_campaign = make_campaign(db, "Billing"), make_campaign(db, "Secret")
    admin = make_admin(db)
    customer = make_customer(db)
    world = dict(db=db, admin=admin, campaign=campaign, other_campaign=other_campaign, customer=customer,
                 agent=make_agent(db, campaigns=[campaign]), viewer=make_viewer(db))
    world["ticket"] = create_ticket(db, admin, campaign, customer, subject="Now")
    return world


def texts(rows) -> list[str]:
    return [r.preview for r in rows]


# ---------------------------------------------------------------- paging


def test_newest_page_is_the_newest_rows_oldest_first(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    series(db, ticket, 7, at(1))
    rows = timeline.newest_page(db, admin, Scope(ticket), limit=3)
    assert texts(rows) == ["message 4", "message 5", "message 6"]
    assert all(r.ticket_id == ticket and r.ticket_number > 0 for r in rows)
    assert timeline.count(db, admin, Scope(ticket)) == 7


def test_pages_walk_both_ways_without_gaps_or_repeats(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    # Ties on occurred_at are ordered by id, so rows at the same instant are never lost.
    series(db, ticket, 10, at(1), step=dt.timedelta(0))
    series(db, ticket, 13, at(2))
    scope = Scope(ticket)
    page = timeline.newest_page(db, admin, scope, limit=4)
    seen = list(page)
    while page:
        page = timeline.older_than(db, admin, scope, seen[0].cursor, limit=4)
        seen[:0] = page
    assert len(seen) == 23 and len({r.id for r in seen}) == 23
    assert [r.cursor for r in seen] == sorted(r.cursor for r in seen)  # (time, id) order
    forward = timeline.oldest_page(db, admin, scope, limit=5)
    walked = list(forward)
    while forward:
        forward = timeline.newer_than(db, admin, scope, walked[-1].cursor, limit=5)
        walked += forward
    assert [r.id for r in walked] == [r.id for r in seen]
    assert timeline.newer_than(db, admin, scope, seen[3].cursor, 2, inclusive=True)[0].id == seen[3].id


def test_around_centres_on_one_interaction(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    ids = series(db, ticket, 30, at(1))
    rows = timeline.around(db, admin, Scope(ticket), ids[10], limit=9)
    assert [r.id for r in rows] == ids[6:15]
    assert timeline.around(db, admin, Scope(ticket, channel_kinds=frozenset({EMAIL})), ids[10]) == []


def test_channel_and_date_filters(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    series(db, ticket, 3, at(1), channel_kind=EMAIL, sender="Ana <ana@example.com>")
    series(db, ticket, 3, at(2), channel_kind=PHONE)
    series(db, ticket, 3, at(3), channel_kind=WHATSAPP)
    by_kind = timeline.newest_page(db, admin, Scope(ticket, channel_kinds=frozenset({EMAIL, WHATSAPP})), 50)
    assert {r.channel_kind for r in by_kind} == {EMAIL, WHATSAPP} and len(by_kind) == 6
    by_date = timeline.newest_page(db, admin, Scope(ticket, since=at(2), until=at(3)), 50)
    assert {r.channel_kind for r in by_date} == {PHONE} and len(by_date) == 3
    both = Scope(ticket, channel_kinds=frozenset({EMAIL}), since=at(2))
    assert timeline.newest_page(db, admin, both, 50) == [] and timeline.count(db, admin, both) == 0


def test_customer_history_adds_the_customers_visible_tickets_with_their_numbers(w):
    db, admin, agent, ticket = w["db"], w["admin"], w["agent"], w["ticket"]
    older = create_ticket(db, admin, w["campaign"], w["customer"], subject="Before")
    hidden = create_ticket(db, admin, w["other_campaign"], w["customer"], subject="Other campaign")
    stranger = create_ticket(db, admin, w["campaign"], make_customer(db, "Luis", "Gómez"))
    series(db, older, 4, at(1), text="old")
    series(db, hidden, 2, at(1, 6), text="hidden")
    series(db, stranger, 2, at(1, 7), text="stranger")
    series(db, ticket, 3, at(2))
    numbers = {t: db_number(db, t) for t in (ticket, older, hidden)}

    assert len(timeline.newest_page(db, agent, Scope(ticket), 50)) == 3  # just the ticket
    wide = timeline.newest_page(db, admin, Scope(ticket, customer_history=True), 50)
    assert len(wide) == 9 and {r.ticket_id for r in wide} == {ticket, older, hidden}
    assert all(r.ticket_number == numbers[r.ticket_id] for r in wide)
    assert [r.cursor for r in wide] == sorted(r.cursor for r in wide)
    set_hide_other_campaigns(db, admin)  # the agent may no longer see the other campaign
    seen = timeline.newest_page(db, agent, Scope(ticket, customer_history=True), 50)
    assert {r.ticket_id for r in seen} == {ticket, older}
    # Pages across tickets walk back without gaps either.
    page = timeline.newest_page(db, admin, Scope(ticket, customer_history=True), 2)
    walked = list(page)
    while page:
        page = timeline.older_than(db, admin, Scope(ticket, customer_history=True), walked[0].cursor, 2)
        walked[:0] = page
    assert [r.id for r in walked] == [r.id for r in wide]
    assert timeline.count(db, admin, Scope(ticket, customer_history=True)) == 9


def db_number(db, ticket_id) -> int:
    with unit_of_work(db) as s:
        return s.get(Ticket, ticket_id).number


def test_a_ticket_the_actor_may_not_see_is_not_found(w):
    db, admin, agent = w["db"], w["admin"], w["agent"]
    hidden = create_ticket(db, admin, w["other_campaign"], w["customer"])
    set_hide_other_campaigns(db, admin)
    with pytest.raises(NotFound):
        timeline.newest_page(db, agent, Scope(hidden), 10)


def test_deleted_interactions_are_left_out(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    ids = series(db, ticket, 3, at(1))
    with unit_of_work(db) as s:
        s.get(Interaction, ids[1]).deleted_at = at(5)
    assert [r.id for r in timeline.newest_page(db, admin, Scope(ticket), 10)] == [ids[0], ids[2]]


# ---------------------------------------------------------------- what a row carries


def test_rows_carry_attachments_voice_notes_and_blocked_senders_in_a_few_queries(w, blobs):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    mail, voice, call, plain = put_interactions(db, ticket, [
        dict(occurred_at=at(1, 9), channel_kind=EMAIL, sender="Spam <SPAM@Example.com>", subject="Offer"),
        dict(occurred_at=at(1, 10), channel_kind=WHATSAPP, sender="+57 300 555 0101", is_voice_note=True),
        dict(occurred_at=at(1, 11), channel_kind=PHONE, sender="+573005550102", call_duration_s=75,
             call_outcome="answered"),
        dict(occurred_at=at(1, 12), channel_kind=CHAT, sender="Ana", is_public=False),
    ])
    pdf = put_attachment(db, blobs, ticket, mail, "offer.pdf", b"%PDF-1.4", "application/pdf")
    png = put_attachment(db, blobs, ticket, mail, "logo.png", b"\x89PNG....", "image/png")
    ogg = put_attachment(db, blobs, ticket, voice, "note.ogg", b"OggS....", "audio/ogg")
    block(db, ContactKind.EMAIL, "spam@example.com")
    block(db, ContactKind.MOBILE, "+573005550101")  # a mobile blocks the same number on WhatsApp

    statements = []
    engine = db.engine

    def count(*_a):
        statements.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        rows = timeline.newest_page(db, admin, Scope(ticket), 50)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) <= 6  # ticket, interactions, attachments, region, block list (+ settings)

    by_id = {r.id: r for r in rows}
    assert [(c.id, c.filename, c.size) for c in by_id[mail].attachments] == [(pdf, "offer.pdf", 8), (png, "logo.png", 8)]
    assert by_id[mail].subject == "Offer" and by_id[mail].sender_blocked
    assert by_id[voice].is_voice_note and by_id[voice].voice_attachment_id == ogg
    assert by_id[voice].voice_sha256 and by_id[voice].sender_blocked
    assert not by_id[call].sender_blocked and by_id[call].call_duration_s == 75
    assert not by_id[plain].is_public and not by_id[plain].sender_blocked
    assert by_id[plain].voice_attachment_id is None


def test_row_of_one_interaction_and_out_of_scope(w):
    db, admin, ticket = w["db"], w["admin"], w["ticket"]
    (one,) = put_interactions(db, ticket, [dict(occurred_at=at(1), channel_kind=EMAIL,
                                                direction=Direction.OUTGOING, status=InteractionStatus.QUEUED)])
    assert timeline.row(db, admin, Scope(ticket), one).status is InteractionStatus.QUEUED
    assert timeline.row(db, admin, Scope(ticket, channel_kinds=frozenset({CHAT})), one) is None


# ---------------------------------------------------------------- View more


def test_full_interaction_gives_everything_and_marks_it_read(w, blobs):
    db, agent, ticket = w["db"], w["agent"], w["ticket"]
    (mail,) = put_interactions(db, ticket, [dict(
        occurred_at=at(1), channel_kind=EMAIL, sender="Ana <ana@example.com>", recipients="help@desk.example",
        cc="Boss <boss@example.com>, x@example.com", subject="Invoice", body_text="Hello",
        body_html="<p>Hello</p>", headers=[["From", "Ana <ana@example.com>"], ["X-Mailer", "Thing"]],
        message_id="<1@example.com>", is_read=False, status=InteractionStatus.RECEIVED)])
    put_attachment(db, blobs, ticket, mail, "invoice.pdf", b"%PDF", "application/pdf")
    detail = timeline.full_interaction(db, agent, mail)
    assert detail.body_html == "<p>Hello</p>" and detail.body_text == "Hello"
    assert detail.headers == (("From", "Ana <ana@example.com>"), ("X-Mailer", "Thing"))
    assert [a.filename for a in detail.attachments] == ["invoice.pdf"]
    assert timeline.addresses(detail.cc) == ["Boss <boss@example.com>", "x@example.com"]
    assert detail.is_read and detail.status is InteractionStatus.READ and detail.read_only_reason is None
    with unit_of_work(db) as s:
        stored = s.get(Interaction, mail)
        assert stored.is_read and stored.status is InteractionStatus.READ
        log = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == mail)).all()
        assert [(e.field, e.old_value, e.new_value) for e in log] == [("status", "received", "read")]
    timeline.full_interaction(db, agent, mail)  # read already: nothing more is written
    with unit_of_work(db) as s:
        assert len(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == mail)).all()) == 1


def test_viewers_and_closed_tickets_leave_messages_unread(w):
    db, admin, viewer, ticket = w["db"], w["admin"], w["viewer"], w["ticket"]
    (mail,) = put_interactions(db, ticket, [dict(occurred_at=at(1), is_read=False)])
    assert not timeline.full_interaction(db, viewer, mail).is_read
    with unit_of_work(db) as s:
        s.get(Ticket, ticket).status = TicketStatus.CLOSED
    detail = timeline.full_interaction(db, admin, mail)
    assert not detail.is_read and detail.read_only_reason == "closed"


def test_full_interaction_of_a_hidden_ticket_is_not_found(w):
    db, admin, agent = w["db"], w["admin"], w["agent"]
    hidden = create_ticket(db, admin, w["other_campaign"], w["customer"])
    (one,) = put_interactions(db, hidden, [dict(occurred_at=at(1))])
    set_hide_other_campaigns(db, admin)
    with pytest.raises(NotFound):
        timeline.full_interaction(db, agent, one)
    with pytest.raises(NotFound):
        timeline.full_interaction(db, admin, uuid.uuid4())
