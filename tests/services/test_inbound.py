"""Incoming e-mail stored by services.inbound, on SQLite and PostgreSQL (no IMAP server needed)."""

from __future__ import annotations

import uuid
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import func, select

from factories import make_agent, make_campaign, make_supervisor
from sagicc_desktop.channels.email_parse import parse_message
from sagicc_desktop.services import block_list, inbound
from sagicc_desktop.services.errors import PermissionDenied, ValidationError
from sagicc_desktop.services.inbound_cursor import ImapCursor, load_cursor
from sagicc_desktop.services.inbound_held import discard_held, list_held, raw_message, release_held
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import (
    Attachment, CampaignChannel, ChangeLogEntry, Channel, ContactPoint, Customer, Interaction, Ticket,
    TicketRelation,
)
from sagicc_desktop.store.entities.conversation import HeldMessage
from sagicc_desktop.store.enums import (
    AttachmentSource, ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus, TicketStatus,
)
from sagicc_desktop.store.types import utcnow

SUPPORT = "support@sagicc.example"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def mail(sender: str = "Ana María Pérez Gómez <Ana.Perez@Cliente.example>", subject: str = "My invoice is wrong",
         body: str = "Hello, the invoice of May is charged twice.", *, message_id: str | None = None,
         in_reply_to: str | None = None, references: str | None = None, headers: dict | None = None,
         attachments: tuple = (), html: str | None = None, no_id: bool = False) -> bytes:
    msg = EmailMessage()
    if sender:
        msg["From"] = sender
    msg["To"] = f"Support <{SUPPORT}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    if not no_id:
        msg["Message-ID"] = message_id or make_msgid(domain="cliente.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for filename, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def dsn(original_id: str, action: str = "failed") -> str:
    """A delivery status notification as Postfix writes it, about our message `original_id`."""
    return f"""From: Mail Delivery System <MAILER-DAEMON@mx.sagicc.example>
To: {SUPPORT}
Subject: Undelivered Mail Returned to Sender
Message-ID: {make_msgid(domain="mx.sagicc.example")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sagicc.example

Final-Recipient: rfc822; ana.perez@cliente.example
Action: {action}
Status: 5.1.1

--b1
Content-Type: text/rfc822-headers

From: {SUPPORT}
To: ana.perez@cliente.example
Subject: Re: My invoice
Message-ID: {original_id}

--b1--
""".replace("\n", "\r\n")


@pytest.fixture
def setup(db):
    campaign_id = make_campaign(db, sla_hours={3: 24})
    other_id = make_campaign(db)
    with unit_of_work(db) as s:
        channel = Channel(name="Support mailbox", kind=ChannelKind.EMAIL, config={"address": SUPPORT})
        s.add(channel)
        s.flush()
        s.add(CampaignChannel(campaign_id=other_id, channel_id=channel.id))
        s.add(CampaignChannel(campaign_id=campaign_id, channel_id=channel.id, is_inbound_default=True))
        channel_id = channel.id
    return db, channel_id, campaign_id


def store(db, blobs, channel_id, raw: bytes, **kw) -> inbound.InboundResult:
    return inbound.store_message(db, blobs, channel_id, parse_message(raw), **kw)


def count(db, entity) -> int:
    with read_only(db) as s:
        return s.scalar(select(func.count()).select_from(entity))


def outgoing(db, ticket_id: uuid.UUID, message_id: str) -> uuid.UUID:
    """An e-mail we sent on the ticket (as the outbox leaves it)."""
    with unit_of_work(db) as s:
        t = s.get(Ticket, ticket_id)
        row = Interaction(ticket_id=t.id, customer_id=t.customer_id, channel_kind=ChannelKind.EMAIL,
                          direction=Direction.OUTGOING, status=InteractionStatus.SENT, sender=SUPPORT,
                          subject=f"Re: {t.subject} [#{t.number}]", body_text="We are on it.",
                          message_id=message_id)
        s.add(row)
        s.flush()
        return row.id


def test_a_new_message_opens_a_ticket_in_the_inbound_campaign_with_a_new_customer(setup, blobs):
    db, channel_id, campaign_id = setup
    raw = mail(html="<p>Hello, the invoice of <b>May</b></p>")
    result = store(db, blobs, channel_id, raw, cursor=ImapCursor(7, 42))
    assert result.kind == inbound.NEW_TICKET
    with read_only(db) as s:
        ticket = s.get(Ticket, result.ticket_id)
        assert ticket.campaign_id == campaign_id
        assert ticket.origin_channel is ChannelKind.EMAIL
        assert ticket.subject == "My invoice is wrong"
        assert ticket.expected_solution_at is not None
        assert ticket.last_interaction_at is not None
        customer = s.get(Customer, ticket.customer_id)
        assert (customer.first_name, customer.middle_name, customer.last_name) == ("Ana", "María Pérez", "Gómez")
        assert customer.last_interaction_at == ticket.last_interaction_at
        point = s.scalar(select(ContactPoint).where(ContactPoint.customer_id == customer.id))
        assert (point.kind, point.normalized_value, point.is_primary) == (ContactKind.EMAIL, "ana.perez@cliente.example", True)
        row = s.get(Interaction, result.interaction_id)
        assert (row.direction, row.status, row.is_read, row.channel_kind) == (
            Direction.INCOMING, InteractionStatus.RECEIVED, False, ChannelKind.EMAIL)
        assert row.channel_id == channel_id and row.automated is None
        assert row.body_text.startswith("Hello, the invoice of May")
        assert "<b>May</b>" in row.body_html
        assert row.preview.startswith("Hello, the invoice")
        assert row.sender == "Ana María Pérez Gómez <Ana.Perez@Cliente.example>"
        assert ["Subject", "My invoice is wrong"] in row.headers
        created = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket.id)).all()
        assert [(c.action, c.new_value) for c in created] == [(ChangeAction.CREATE, str(ticket.number))]
    assert load_cursor(db, channel_id) == ImapCursor(7, 42)  # moved in the same transaction


def test_a_second_message_from_a_known_address_finds_the_customer(setup, blobs):
    db, channel_id, _ = setup
    first = store(db, blobs, channel_id, mail())
    second = store(db, blobs, channel_id, mail(sender="ANA.PEREZ@cliente.example", subject="Another thing"))
    assert second.kind == inbound.NEW_TICKET and second.ticket_id != first.ticket_id
    with read_only(db) as s:
        assert s.get(Ticket, second.ticket_id).customer_id == s.get(Ticket, first.ticket_id).customer_id
    assert count(db, Customer) == 1


def test_replies_continue_their_ticket_by_in_reply_to_references_or_number(setup, blobs):
    db, channel_id, _ = setup
    first_id = make_msgid(domain="cliente.example")
    first = store(db, blobs, channel_id, mail(message_id=first_id))
    ours = make_msgid(domain="sagicc.example")
    outgoing(db, first.ticket_id, ours)
    by_reply = store(db, blobs, channel_id, mail(subject="Re: My invoice", in_reply_to=ours, references=f"{first_id} {ours}"))
    by_refs = store(db, blobs, channel_id, mail(subject="Re: My invoice", references=f"<unknown@x.example> {first_id}"))
    with read_only(db) as s:
        number = s.get(Ticket, first.ticket_id).number
    by_number = store(db, blobs, channel_id, mail(sender="colleague@cliente.example", subject=f"Re: question [#{number}]"))
    for result in (by_reply, by_refs, by_number):
        assert (result.kind, result.ticket_id) == (inbound.CONTINUED, first.ticket_id)
    with read_only(db) as s:
        assert s.scalar(select(func.count()).select_from(Interaction)
                        .where(Interaction.ticket_id == first.ticket_id)) == 5
    assert count(db, Ticket) == 1


def test_the_same_message_twice_is_stored_once_even_without_a_message_id(setup, blobs):
    db, channel_id, _ = setup
    raw = mail(attachments=(("a.pdf", b"%PDF-1.4 x", "application", "pdf"),))
    assert store(db, blobs, channel_id, raw).kind == inbound.NEW_TICKET
    assert store(db, blobs, channel_id, raw).kind == inbound.DUPLICATE
    bare = mail(no_id=True, subject="No id here")
    first = store(db, blobs, channel_id, bare)
    assert first.kind == inbound.NEW_TICKET
    assert store(db, blobs, channel_id, bare).kind == inbound.DUPLICATE
    assert (count(db, Ticket), count(db, Interaction), count(db, Attachment)) == (2, 2, 1)
    with read_only(db) as s:
        assert s.get(Interaction, first.interaction_id).message_id.endswith("@sagicc.invalid>")


def test_attachments_land_in_the_blob_store_with_their_bytes(setup, blobs):
    db, channel_id, _ = setup
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 50
    result = store(db, blobs, channel_id, mail(attachments=(
        ("../../etc/passwd.pdf", pdf, "application", "pdf"), ("logo.png", PNG, "image", "png"))))
    with read_only(db) as s:
        rows = s.scalars(select(Attachment).where(Attachment.interaction_id == result.interaction_id)
                         .order_by(Attachment.filename)).all()
        assert [(a.filename, a.mime_type, a.size, a.source) for a in rows] == [
            ("logo.png", "image/png", len(PNG), AttachmentSource.CUSTOMER),
            ("passwd.pdf", "application/pdf", len(pdf), AttachmentSource.CUSTOMER),
        ]
        assert all(a.ticket_id == result.ticket_id for a in rows)
        assert blobs.read(rows[0].blob_sha256) == PNG
        assert blobs.read(rows[1].blob_sha256) == pdf


def test_a_blocked_sender_is_held_and_a_supervisor_releases_it(setup, blobs):
    db, channel_id, _ = setup
    supervisor, agent = make_supervisor(db), make_agent(db)
    with unit_of_work(db) as s:
        block_list.block_value(s, supervisor, ContactKind.EMAIL, "spammer@bad.example", "abuse")
    raw = mail(sender="Spammer <Spammer@bad.example>", subject="Buy now")
    result = store(db, blobs, channel_id, raw)
    assert (result.kind, result.reason, result.ticket_id) == (inbound.HELD, inbound.BLOCKED_SENDER, None)
    assert (count(db, Ticket), count(db, Customer)) == (0, 0)
    assert store(db, blobs, channel_id, raw).kind == inbound.DUPLICATE
    held = list_held(db, supervisor)
    assert [(h.sender_address, h.subject, h.reason) for h in held] == [("spammer@bad.example", "Buy now", "blocked_sender")]
    assert raw_message(db, blobs, supervisor, held[0].id) == raw
    with pytest.raises(PermissionDenied):
        release_held(db, blobs, agent, held[0].id)
    released = release_held(db, blobs, supervisor, held[0].id)
    assert released.kind == inbound.NEW_TICKET
    assert list_held(db, supervisor) == []
    with read_only(db) as s:
        row = s.get(HeldMessage, held[0].id)
        assert (row.released_ticket_id, row.released_by_id) == (released.ticket_id, supervisor.user_id)
    with pytest.raises(ValidationError):
        release_held(db, blobs, supervisor, held[0].id)
    assert store(db, blobs, channel_id, raw).kind == inbound.DUPLICATE
    other = store(db, blobs, channel_id, mail(sender="spammer@bad.example", subject="Again"))
    discard_held(db, supervisor, other.held_id)
    assert list_held(db, supervisor, include_released=True)[0].id == held[0].id
    assert count(db, Ticket) == 1


def test_a_bounce_marks_our_message_failed_on_its_ticket(setup, blobs):
    db, channel_id, _ = setup
    first = store(db, blobs, channel_id, mail())
    ours = make_msgid(domain="sagicc.example")
    sent_id = outgoing(db, first.ticket_id, ours)
    bounce = dsn(ours).encode()
    result = store(db, blobs, channel_id, bounce)
    assert (result.kind, result.ticket_id) == (inbound.BOUNCE, first.ticket_id)
    with read_only(db) as s:
        assert s.get(Interaction, sent_id).status is InteractionStatus.FAILED
        assert s.get(Interaction, result.interaction_id).automated == inbound.AUTOMATED_BOUNCE
    later = make_msgid(domain="sagicc.example")
    later_id = outgoing(db, first.ticket_id, later)
    delayed = store(db, blobs, channel_id, dsn(later, action="delayed").encode())
    assert (delayed.kind, delayed.ticket_id) == (inbound.BOUNCE, first.ticket_id)
    with read_only(db) as s:
        assert s.get(Interaction, later_id).status is InteractionStatus.SENT  # may still arrive
    stray = mail(sender="MAILER-DAEMON@mx.other.example", subject="Undelivered Mail Returned to Sender",
                 body="Message-ID: <never-sent@elsewhere.example>")
    assert store(db, blobs, channel_id, stray).kind == inbound.REJECTED
    assert count(db, Ticket) == 1


def test_auto_replies_never_open_a_ticket_when_they_answer_one_of_ours(setup, blobs):
    db, channel_id, _ = setup
    first = store(db, blobs, channel_id, mail())
    ours = make_msgid(domain="sagicc.example")
    outgoing(db, first.ticket_id, ours)
    with unit_of_work(db) as s:
        s.get(Ticket, first.ticket_id).status = TicketStatus.CLOSED
    ooo = store(db, blobs, channel_id, mail(subject="Respuesta automática: Re: My invoice", in_reply_to=ours,
                                            headers={"Auto-Submitted": "auto-replied"}))
    assert (ooo.kind, ooo.ticket_id) == (inbound.AUTO_REPLY, first.ticket_id)
    with read_only(db) as s:
        assert s.get(Interaction, ooo.interaction_id).automated == inbound.AUTOMATED_AUTO_REPLY
        assert s.get(Ticket, first.ticket_id).status is TicketStatus.CLOSED
    assert count(db, Ticket) == 1
    lone = store(db, blobs, channel_id, mail(sender="boss@company.example", subject="Out of Office: back Monday"))
    assert lone.kind == inbound.AUTO_REPLY and lone.ticket_id != first.ticket_id
    with read_only(db) as s:
        assert s.get(Interaction, lone.interaction_id).automated == inbound.AUTOMATED_AUTO_REPLY


def test_a_reply_to_a_closed_ticket_opens_a_related_one_and_a_resolved_ticket_reopens(setup, blobs):
    db, channel_id, _ = setup
    first_id = make_msgid(domain="cliente.example")
    closed = store(db, blobs, channel_id, mail(message_id=first_id))
    resolved = store(db, blobs, channel_id, mail(subject="Second case"))
    with unit_of_work(db) as s:
        s.get(Ticket, closed.ticket_id).status = TicketStatus.CLOSED
        s.get(Ticket, resolved.ticket_id).status = TicketStatus.RESOLVED
        resolved_number = s.get(Ticket, resolved.ticket_id).number
    again = store(db, blobs, channel_id, mail(subject="Re: My invoice", in_reply_to=first_id))
    assert again.kind == inbound.NEW_TICKET and again.ticket_id != closed.ticket_id
    back = store(db, blobs, channel_id, mail(subject=f"Re: Second case [#{resolved_number}]"))
    assert (back.kind, back.ticket_id) == (inbound.CONTINUED, resolved.ticket_id)
    with read_only(db) as s:
        new = s.get(Ticket, again.ticket_id)
        old = s.get(Ticket, closed.ticket_id)
        assert (new.campaign_id, new.customer_id) == (old.campaign_id, old.customer_id)
        assert s.scalar(select(TicketRelation.related_ticket_id).where(TicketRelation.ticket_id == new.id)) == old.id
        assert old.status is TicketStatus.CLOSED
        assert s.get(Ticket, resolved.ticket_id).status is TicketStatus.IN_PROGRESS


def test_a_reply_to_a_merged_ticket_goes_to_the_ticket_it_was_merged_into(setup, blobs):
    db, channel_id, _ = setup
    first_id = make_msgid(domain="cliente.example")
    merged = store(db, blobs, channel_id, mail(message_id=first_id))
    target = store(db, blobs, channel_id, mail(subject="Other"))
    with unit_of_work(db) as s:
        s.get(Ticket, merged.ticket_id).merged_into_id = target.ticket_id
    reply = store(db, blobs, channel_id, mail(in_reply_to=first_id))
    assert (reply.kind, reply.ticket_id) == (inbound.CONTINUED, target.ticket_id)


def test_refusals_write_nothing_and_say_why(setup, blobs):
    db, channel_id, _ = setup
    nobody = store(db, blobs, channel_id, b"just some text, no headers at all\n")
    assert (nobody.kind, nobody.reason) == (inbound.REJECTED, inbound.NO_SENDER)
    with unit_of_work(db) as s:
        for link in s.scalars(select(CampaignChannel).where(CampaignChannel.channel_id == channel_id)):
            s.delete(link)
    orphan = store(db, blobs, channel_id, mail())
    assert (orphan.kind, orphan.reason) == (inbound.REJECTED, inbound.NO_CAMPAIGN)
    assert store(db, blobs, uuid.uuid4(), mail()).reason == inbound.UNKNOWN_CHANNEL
    assert (count(db, Ticket), count(db, Interaction), count(db, Customer)) == (0, 0, 0)


def test_a_message_over_the_size_limit_is_refused_and_the_cursor_moves_on(setup, blobs, monkeypatch):
    from sagicc_desktop.channels import email_parse

    db, channel_id, _ = setup
    monkeypatch.setattr(email_parse, "MAX_MESSAGE_BYTES", 1000)
    result = store(db, blobs, channel_id, mail(body="x" * 5000), cursor=ImapCursor(1, 9))
    assert (result.kind, result.reason) == (inbound.REJECTED, inbound.TOO_LARGE)
    assert load_cursor(db, channel_id) == ImapCursor(1, 9)
    assert count(db, Interaction) == 0


# ---------------------------------------------------------------- batches (store_batch)


def batch(db, blobs, channel_id, raws, **kw) -> list[inbound.InboundResult]:
    return inbound.store_batch(db, blobs, channel_id, [parse_message(r) for r in raws], **kw)


def cursors(count: int, first_uid: int = 1) -> list[ImapCursor]:
    return [ImapCursor(5, uid) for uid in range(first_uid, first_uid + count)]


def test_a_batch_threads_finds_customers_and_holds_like_messages_stored_one_at_a_time(setup, blobs):
    db, channel_id, campaign_id = setup
    supervisor = make_supervisor(db)
    with unit_of_work(db) as s:
        block_list.block_value(s, supervisor, ContactKind.EMAIL, "spammer@bad.example", "abuse")
    earlier = store(db, blobs, channel_id, mail(subject="Earlier case"))
    ours = make_msgid(domain="sagicc.example")
    sent_id = outgoing(db, earlier.ticket_id, ours)
    with read_only(db) as s:
        number = s.get(Ticket, earlier.ticket_id).number
    first_id = make_msgid(domain="cliente.example")
    raws = [
        mail(sender="Pedro Gil <pedro@otro.example>", subject="Router", message_id=first_id),  # new customer
        mail(sender="pedro@otro.example", subject="Re: Router", in_reply_to=first_id),  # reply in the batch
        mail(sender="PEDRO@otro.example", subject="Another question"),  # the customer made above
        mail(sender="ana.perez@cliente.example", subject=f"Re: Earlier case [#{number}]"),
        mail(sender="Spammer <spammer@bad.example>", subject="Buy"),
        b"no headers at all\n",
        dsn(ours).encode(),
    ]
    results = batch(db, blobs, channel_id, raws, cursors=cursors(len(raws)))
    assert [r.kind for r in results] == [
        inbound.NEW_TICKET, inbound.CONTINUED, inbound.NEW_TICKET, inbound.CONTINUED, inbound.HELD,
        inbound.REJECTED, inbound.BOUNCE]
    assert results[1].ticket_id == results[0].ticket_id
    assert results[3].ticket_id == results[6].ticket_id == earlier.ticket_id
    assert load_cursor(db, channel_id) == ImapCursor(5, len(raws))
    with read_only(db) as s:
        first, other = s.get(Ticket, results[0].ticket_id), s.get(Ticket, results[2].ticket_id)
        assert first.customer_id == other.customer_id
        assert s.scalar(select(func.count()).select_from(ContactPoint)
                        .where(ContactPoint.normalized_value == "pedro@otro.example")) == 1
        assert (first.campaign_id, first.expected_solution_at is not None) == (campaign_id, True)
        assert first.last_interaction_at is not None
        assert sorted([first.number, other.number]) == [number + 1, number + 2]  # numbered without gaps
        created = s.scalars(select(ChangeLogEntry.new_value).where(
            ChangeLogEntry.ticket_id == first.id, ChangeLogEntry.action == ChangeAction.CREATE)).all()
        assert created == [str(first.number)]
        assert s.get(Interaction, sent_id).status is InteractionStatus.FAILED
        reply = s.get(Interaction, results[1].interaction_id)
        assert (reply.ticket_id, reply.in_reply_to) == (first.id, first_id)
    assert [h.subject for h in list_held(db, supervisor)] == ["Buy"]
    assert count(db, Ticket) == 3


def test_duplicates_within_one_batch_are_stored_once(setup, blobs):
    db, channel_id, _ = setup
    supervisor = make_supervisor(db)
    with unit_of_work(db) as s:
        block_list.block_value(s, supervisor, ContactKind.EMAIL, "spammer@bad.example", "abuse")
    raw = mail(attachments=(("a.pdf", b"%PDF-1.4 same bytes", "application", "pdf"),))
    same_id = mail(message_id=parse_message(raw).message_id, body="Another body, the same Message-ID")
    other = mail(subject="Other", attachments=(("copy.pdf", b"%PDF-1.4 same bytes", "application", "pdf"),))
    spam = mail(sender="spammer@bad.example", subject="Buy")
    results = batch(db, blobs, channel_id, [raw, raw, same_id, other, spam, spam, other])
    assert [r.kind for r in results] == [
        inbound.NEW_TICKET, inbound.DUPLICATE, inbound.DUPLICATE, inbound.NEW_TICKET, inbound.HELD,
        inbound.DUPLICATE, inbound.DUPLICATE]
    assert (count(db, Ticket), count(db, Interaction), count(db, Attachment), count(db, HeldMessage)) == (2, 2, 2, 1)
    with read_only(db) as s:
        assert len(set(s.scalars(select(Attachment.blob_sha256)))) == 1  # one blob row for both
    again = batch(db, blobs, channel_id, [raw, other, spam])  # fetched again later: all known
    assert [r.kind for r in again] == [inbound.DUPLICATE] * 3
    assert count(db, Interaction) == 2


def test_a_poisoned_message_in_a_batch_is_rolled_back_alone_and_retried(setup, blobs, monkeypatch, caplog):
    db, channel_id, _ = setup
    first_id = make_msgid(domain="cliente.example")
    raws = [mail(message_id=first_id), mail(sender="Poison <poison@bad.example>", subject="poison"),
            mail(subject="Re: My invoice", in_reply_to=first_id), mail(sender="luis@otro.example", subject="Hi")]
    real = inbound.ingest

    def poisoned(session, blobs_, channel_id_, parsed, stored, **kw):
        result = real(session, blobs_, channel_id_, parsed, stored, **kw)
        if parsed.subject == "poison":  # its rows are written, then the database refuses one more
            session.add(Interaction(ticket_id=uuid.uuid4(), channel_kind=ChannelKind.EMAIL,
                                    direction=Direction.INCOMING, status=InteractionStatus.RECEIVED))
            session.flush()
        return result

    monkeypatch.setattr(inbound, "ingest", poisoned)
    results = batch(db, blobs, channel_id, raws, cursors=cursors(4))
    assert [r.kind for r in results] == [inbound.NEW_TICKET, inbound.FAILED, inbound.CONTINUED, inbound.NEW_TICKET]
    assert results[1].reason.startswith("IntegrityError")
    assert results[2].ticket_id == results[0].ticket_id
    assert "could not be stored" in caplog.text
    assert load_cursor(db, channel_id) == ImapCursor(5, 1)  # held before the failed one
    with read_only(db) as s:  # nothing of the poisoned message, not even its customer or ticket number
        assert s.scalars(select(Ticket.subject).order_by(Ticket.number)).all() == ["My invoice is wrong", "Hi"]
        assert s.scalars(select(Ticket.number).order_by(Ticket.number)).all() == [1, 2]
        assert s.scalar(select(func.count()).select_from(ContactPoint)
                        .where(ContactPoint.normalized_value == "poison@bad.example")) == 0
        assert s.scalar(select(func.count()).select_from(Interaction).where(Interaction.ticket_id.not_in(
            select(Ticket.id)))) == 0
    monkeypatch.setattr(inbound, "ingest", real)
    retried = batch(db, blobs, channel_id, raws, cursors=cursors(4))  # the next round, from the cursor on
    assert [r.kind for r in retried] == [inbound.DUPLICATE, inbound.NEW_TICKET, inbound.DUPLICATE, inbound.DUPLICATE]
    assert load_cursor(db, channel_id) == ImapCursor(5, 4)
    assert (count(db, Ticket), count(db, Interaction)) == (3, 4)


def test_a_crash_after_the_batch_is_written_leaves_nothing_and_a_rerun_stores_each_once(setup, blobs, monkeypatch):
    db, channel_id, _ = setup
    raws = [mail(subject=f"Case {i}", sender=f"customer{i % 2}@cliente.example",
                 attachments=(("a.pdf", b"%PDF-1.4 " + bytes([i]), "application", "pdf"),)) for i in range(5)]

    def crash(*_args, **_kw):
        raise OSError("power cut")

    monkeypatch.setattr(inbound, "_move_cursor", crash)  # the rows are written, the commit never comes
    with pytest.raises(OSError):
        batch(db, blobs, channel_id, raws, cursors=cursors(5))
    assert [count(db, e) for e in (Ticket, Interaction, Customer, ContactPoint, Attachment, ChangeLogEntry)] == [0] * 6
    assert load_cursor(db, channel_id) is None
    monkeypatch.undo()
    results = batch(db, blobs, channel_id, raws, cursors=cursors(5))
    assert [r.kind for r in results] == [inbound.NEW_TICKET] * 5
    assert [r.kind for r in batch(db, blobs, channel_id, raws, cursor=ImapCursor(5, 5))] == [inbound.DUPLICATE] * 5
    assert [count(db, e) for e in (Ticket, Interaction, Customer, Attachment)] == [5, 5, 2, 5]
    with read_only(db) as s:
        assert s.scalars(select(Ticket.number).order_by(Ticket.number)).all() == [1, 2, 3, 4, 5]
    assert load_cursor(db, channel_id) == ImapCursor(5, 5)
