"""Receiving e-mail from a real Dovecot: fetch by UID, store through services.inbound, back off."""

from __future__ import annotations

import threading
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import func, select

from imap_server import PASSWORD, dovecot, make_email_channel, make_supervisor  # noqa: F401
from sagicc_desktop.channels.imap_fetch import ImapMailbox, ImapSettings
from sagicc_desktop.channels.imap_worker import ImapWorker
from sagicc_desktop.services import block_list, inbound
from sagicc_desktop.services.inbound_cursor import ImapCursor, load_cursor, reset_cursor, save_cursor
from sagicc_desktop.services.inbound_held import list_held, release_held
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Attachment, Customer, Interaction, Ticket
from sagicc_desktop.store.enums import ChannelKind, ContactKind, Direction, InteractionStatus
from sagicc_desktop.store.types import utcnow

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 8


def mail(sender="Carla Ruiz <carla.ruiz@cliente.example>", subject="The router does not start", body="Hi, help.",
         *, message_id=None, in_reply_to=None, headers=None, attachments=()) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@sagicc.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = message_id or make_msgid(domain="cliente.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


@pytest.fixture
def env(sqlite_db, blobs, dovecot):  # noqa: F811
    setup = make_email_channel(sqlite_db, dovecot.config)
    return sqlite_db, blobs, dovecot, setup


def worker_for(db, blobs, **kw) -> ImapWorker:
    kw.setdefault("password_for", lambda _channel_id: PASSWORD)
    return ImapWorker(db, blobs, **kw)


def kinds(outcomes) -> list[str]:
    return [o.result.kind for o in outcomes]


def count(db, entity) -> int:
    with read_only(db) as s:
        return s.scalar(select(func.count()).select_from(entity))


def outgoing(db, ticket_id, message_id):
    with unit_of_work(db) as s:
        t = s.get(Ticket, ticket_id)
        row = Interaction(ticket_id=t.id, customer_id=t.customer_id, channel_kind=ChannelKind.EMAIL,
                          direction=Direction.OUTGOING, status=InteractionStatus.SENT,
                          subject=f"Re: {t.subject} [#{t.number}]", message_id=message_id)
        s.add(row)
        s.flush()
        return row.id, t.number


def test_new_messages_open_tickets_and_a_known_address_finds_its_customer(env):
    db, blobs, server, setup = env
    server.append(mail(), mail(sender="CARLA.RUIZ@cliente.example", subject="Also the TV"),
                  mail(sender="Pedro Gil <pedro@otro.example>", subject="Invoice"))
    arrived = []
    outcomes = worker_for(db, blobs, on_new=lambda *a: arrived.append(a)).poll_once()
    assert kinds(outcomes) == [inbound.NEW_TICKET] * 3
    assert [a[2] for a in arrived] == [inbound.NEW_TICKET] * 3
    with read_only(db) as s:
        tickets = s.scalars(select(Ticket).order_by(Ticket.number)).all()
        assert {t.campaign_id for t in tickets} == {setup.campaign_id}
        assert tickets[0].customer_id == tickets[1].customer_id != tickets[2].customer_id
        names = {(c.first_name, c.last_name) for c in s.scalars(select(Customer))}
        assert names == {("Carla", "Ruiz"), ("Pedro", "Gil")}
    assert load_cursor(db, setup.channel_id).last_uid == 3
    assert server.unseen() == 3  # fetched with BODY.PEEK: the mailbox is left as it was
    assert worker_for(db, blobs).poll_once() == []  # nothing new after the cursor


def test_replies_continue_their_ticket_by_in_reply_to_and_by_number(env):
    db, blobs, server, setup = env
    server.append(mail())
    worker = worker_for(db, blobs)
    first = worker.poll_once()[0].result
    ours = make_msgid(domain="sagicc.example")
    _sent, number = outgoing(db, first.ticket_id, ours)
    server.append(mail(subject="Re: The router", in_reply_to=ours),
                  mail(sender="tech@cliente.example", subject=f"Re: The router [#{number}]"))
    results = [o.result for o in worker.poll_once()]
    assert [(r.kind, r.ticket_id) for r in results] == [(inbound.CONTINUED, first.ticket_id)] * 2
    assert count(db, Ticket) == 1


def test_the_same_message_fetched_twice_is_stored_once(env):
    db, blobs, server, setup = env
    raw = mail(attachments=(("manual.pdf", PDF, "application", "pdf"),))
    server.append(raw, raw)  # two UIDs, one Message-ID
    assert kinds(worker_for(db, blobs).poll_once()) == [inbound.NEW_TICKET, inbound.DUPLICATE]
    reset_cursor(db, setup.channel_id)
    assert kinds(worker_for(db, blobs).poll_once()) == [inbound.DUPLICATE, inbound.DUPLICATE]
    save_cursor(db, setup.channel_id, ImapCursor(12345, 99))  # the server's UIDVALIDITY changed
    server.append(mail(subject="A new one"))
    assert kinds(worker_for(db, blobs).poll_once()) == [inbound.DUPLICATE] * 2 + [inbound.NEW_TICKET]
    assert (count(db, Ticket), count(db, Interaction), count(db, Attachment)) == (2, 2, 1)
    assert load_cursor(db, setup.channel_id).last_uid == 3


def test_attachments_land_in_the_blob_store_with_their_bytes(env):
    db, blobs, server, _setup = env
    server.append(mail(attachments=(("manual.pdf", PDF, "application", "pdf"), ("photo.png", PNG, "image", "png"))))
    result = worker_for(db, blobs).poll_once()[0].result
    with read_only(db) as s:
        rows = {a.filename: (a.blob_sha256, a.mime_type, a.ticket_id)
                for a in s.scalars(select(Attachment).where(Attachment.interaction_id == result.interaction_id))}
    assert set(rows) == {"manual.pdf", "photo.png"}
    assert blobs.read(rows["manual.pdf"][0]) == PDF
    assert blobs.read(rows["photo.png"][0]) == PNG
    assert rows["photo.png"][1:] == ("image/png", result.ticket_id)


def test_a_blocked_sender_is_held_not_a_ticket_and_release_works(env):
    db, blobs, server, setup = env
    supervisor = make_supervisor(db)
    with unit_of_work(db) as s:
        block_list.block_value(s, supervisor, ContactKind.EMAIL, "troll@bad.example", "insults")
    server.append(mail(sender="Troll <Troll@Bad.example>", subject="You again"))
    arrived = []
    outcomes = worker_for(db, blobs, on_new=lambda *a: arrived.append(a)).poll_once()
    assert [(o.result.kind, o.result.reason) for o in outcomes] == [(inbound.HELD, inbound.BLOCKED_SENDER)]
    assert arrived == [(None, None, inbound.HELD)]
    assert count(db, Ticket) == 0
    held = list_held(db, supervisor)
    assert [h.subject for h in held] == ["You again"]
    released = release_held(db, blobs, supervisor, held[0].id)
    assert released.kind == inbound.NEW_TICKET and count(db, Ticket) == 1


def test_a_bounce_marks_the_original_outgoing_interaction_failed(env):
    db, blobs, server, _setup = env
    server.append(mail())
    worker = worker_for(db, blobs)
    first = worker.poll_once()[0].result
    ours = make_msgid(domain="sagicc.example")
    sent_id, _number = outgoing(db, first.ticket_id, ours)
    report = EmailMessage()
    report["From"] = "MAILER-DAEMON@mx.sagicc.example"
    report["To"] = "support@sagicc.example"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report.set_content("Your message could not be delivered: mailbox unknown.")
    original = EmailMessage()
    original["From"] = "support@sagicc.example"
    original["Message-ID"] = ours
    original["Subject"] = "Re: The router"
    original.set_content("Please restart it.")
    report.add_attachment(original)  # message/rfc822, as many servers return it
    server.append(report.as_bytes())
    result = worker.poll_once()[0].result
    assert (result.kind, result.ticket_id) == (inbound.BOUNCE, first.ticket_id)
    with read_only(db) as s:
        assert s.get(Interaction, sent_id).status is InteractionStatus.FAILED
        assert s.get(Interaction, result.interaction_id).automated == inbound.AUTOMATED_BOUNCE


def test_an_auto_reply_is_recognised_and_opens_no_ticket(env):
    db, blobs, server, _setup = env
    server.append(mail())
    worker = worker_for(db, blobs)
    first = worker.poll_once()[0].result
    ours = make_msgid(domain="sagicc.example")
    outgoing(db, first.ticket_id, ours)
    server.append(mail(subject="Fuera de la oficina: Re: The router", in_reply_to=ours,
                       headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}))
    result = worker.poll_once()[0].result
    assert (result.kind, result.ticket_id) == (inbound.AUTO_REPLY, first.ticket_id)
    assert count(db, Ticket) == 1


def test_one_message_that_fails_to_store_never_stops_the_others(env, monkeypatch, caplog):
    db, blobs, server, setup = env
    server.append(mail(subject="poison"), mail(subject="fine"))
    real = inbound.ingest

    def flaky(session, blobs_, channel_id, parsed, stored, **kw):
        if parsed.subject == "poison":
            raise RuntimeError("disk on fire")
        return real(session, blobs_, channel_id, parsed, stored, **kw)

    monkeypatch.setattr(inbound, "ingest", flaky)
    errors, arrived = [], []
    worker = worker_for(db, blobs, max_failures=2, on_error=lambda c, m: errors.append(m),
                        on_new=lambda *a: arrived.append(a))
    # The first attempt stores the good one of the batch; the cursor stays before the bad one.
    assert [(o.uid, o.result.kind) for o in worker.poll_once()] == [(2, inbound.NEW_TICKET)]
    assert load_cursor(db, setup.channel_id) is None
    outcomes = worker.poll_once()  # the second gives up on it, logs it, and goes on
    assert [(o.uid, o.result.kind, o.result.reason) for o in outcomes] == [
        (1, inbound.REJECTED, "store_failed"), (2, inbound.DUPLICATE, "message_id")]
    assert errors == ["RuntimeError: disk on fire"] * 2
    assert "refused: store_failed" in caplog.text
    assert load_cursor(db, setup.channel_id).last_uid == 2
    assert [a[2] for a in arrived] == [inbound.NEW_TICKET]  # told once
    assert (count(db, Ticket), count(db, Interaction)) == (1, 1)
    assert worker.poll_once() == []


def test_the_cursor_passes_refusals_but_waits_at_a_failed_message_of_a_batch(env, monkeypatch):
    db, blobs, server, setup = env
    server.append(mail(subject="one"), mail(subject="big", body="x" * 40_000), mail(subject="poison"),
                  mail(subject="four"), mail(subject="five", body="y" * 40_000))
    real = inbound.ingest

    def flaky(session, blobs_, channel_id, parsed, stored, **kw):
        if parsed.subject == "poison":
            raise RuntimeError("bad luck")
        return real(session, blobs_, channel_id, parsed, stored, **kw)

    monkeypatch.setattr(inbound, "ingest", flaky)
    worker = worker_for(db, blobs, max_failures=3, max_bytes=20_000)
    first = [(o.uid, o.result.kind) for o in worker.poll_once()]
    assert first == [(1, inbound.NEW_TICKET), (2, inbound.REJECTED), (4, inbound.NEW_TICKET), (5, inbound.REJECTED)]
    assert load_cursor(db, setup.channel_id).last_uid == 2  # past the refusal, before the failed one
    second = [(o.uid, o.result.kind) for o in worker.poll_once()]
    assert second == [(4, inbound.DUPLICATE), (5, inbound.REJECTED)]
    monkeypatch.setattr(inbound, "ingest", real)  # whatever it was, it is over: stored on the next round
    third = [(o.uid, o.result.kind) for o in worker.poll_once()]
    assert third == [(3, inbound.NEW_TICKET), (4, inbound.DUPLICATE), (5, inbound.REJECTED)]
    assert load_cursor(db, setup.channel_id).last_uid == 5
    assert (count(db, Ticket), count(db, Interaction)) == (3, 3)
    assert worker.poll_once() == []


def test_a_wrong_password_is_reported_and_backed_off(env):
    db, blobs, server, setup = env
    server.append(mail())
    errors = []
    worker = worker_for(db, blobs, password_for=lambda _c: "wrong", backoff_initial=60,
                        on_error=lambda c, m: errors.append((c, m)))
    assert worker.poll_once() == []
    assert errors and errors[0][0] == setup.channel_id and "AUTHENTICATIONFAILED" in errors[0][1]
    assert worker.poll_once() == [] and len(errors) == 1  # waiting out the back-off, not hammering


def test_a_dropped_server_backs_off_and_resumes_without_losing_anything(env):
    db, blobs, server, setup = env
    total = 24
    server.append(*[mail(subject=f"Message {i}") for i in range(total)])
    stored, errors = [], []
    dropped, failed_once = threading.Event(), threading.Event()

    def on_new(ticket_id, interaction_id, kind):
        stored.append(interaction_id)
        if len(stored) == 5:
            server.stop()  # the server goes away in the middle of a batch
            dropped.set()

    def on_error(channel_id, message):
        errors.append(message)
        if dropped.is_set():
            failed_once.set()

    worker = worker_for(db, blobs, interval=0.2, batch=8, backoff_initial=0.3, backoff_max=1.0,
                        on_new=on_new, on_error=on_error)
    worker.start()
    try:
        assert failed_once.wait(20), "the worker did not notice the server went away"
        assert worker.running
        server.start()
        deadline = time.monotonic() + 30
        while count(db, Interaction) < total and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        assert worker.stop(10)
    assert not worker.running
    assert count(db, Interaction) == total == len(stored) == len(set(stored))
    with read_only(db) as s:
        subjects = sorted(s.scalars(select(Interaction.subject)))
    assert subjects == sorted(f"Message {i}" for i in range(total))
    assert load_cursor(db, setup.channel_id).last_uid == total


def test_the_fetch_client_reads_by_uid_in_batches_and_refuses_what_is_too_large(env):
    _db, _blobs, server, _setup = env
    small, big = mail(subject="small"), mail(subject="big", body="x" * 50_000)
    server.append(small, big, small)
    settings = ImapSettings.from_config(server.config)
    with ImapMailbox(settings, PASSWORD, max_bytes=20_000) as box:
        fetched = list(box.fetch_new(0, batch=2))
        assert [(f.uid, f.refused) for f in fetched] == [(1, None), (2, "too_large"), (3, None)]
        assert fetched[0].raw.replace(b"\r\n", b"\n") == small.replace(b"\r\n", b"\n")
        assert [f.uid for f in box.fetch_new(2)] == [3]
        assert list(box.fetch_new(3)) == []
    assert ImapSettings.from_config({"imap_host": "mail.example"}) is None  # no user: not receiving


def test_the_bridge_reports_arrivals_and_errors_on_the_gui_thread(env, qtbot, tmp_path):
    from PySide6.QtCore import QThread

    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.inbound_bridge import InboundBridge

    db, blobs, server, setup = env
    bridge = InboundBridge(AppContext(db=db, blobs=blobs, data_dir=tmp_path), interval=0.2,
                           password_for=lambda _c: PASSWORD, backoff_initial=0.2, backoff_max=0.5)
    threads = []
    bridge.sig_arrived.connect(lambda *a: threads.append(QThread.currentThread()))
    server.append(mail())
    with qtbot.waitSignal(bridge.sig_arrived, timeout=10000) as arrived:
        bridge.start()
    ticket_hex, interaction_hex, kind = arrived.args
    assert kind == inbound.NEW_TICKET
    with read_only(db) as s:
        assert s.get(Interaction, __import__("uuid").UUID(interaction_hex)).ticket_id.hex == ticket_hex
    assert threads == [bridge.thread()]  # delivered on the GUI thread, not the worker's
    with qtbot.waitSignal(bridge.sig_error, timeout=10000) as failed:
        server.stop()
    assert failed.args[0] == setup.channel_id.hex and failed.args[1]
    assert bridge.stop(10) and not bridge.running
