"""The outbox worker (H4) end to end: queue_message, the worker thread, a real SMTP server.

Nothing is lost and nothing is sent twice by us: a server that is down is tried again with
backoff and the message arrives once; a 550 fails for good until Retry; Cancel holds it back;
an item left SENDING by a crash goes out with its original Message-ID; stop() ends the thread."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest
from sqlalchemy import select

from factories_outgoing import make_outgoing
from sagicc_desktop.channels.outbox_worker import NO_PASSWORD, OutboxWorker, default_transports
from sagicc_desktop.services import channel_secrets, outbox, outgoing
from sagicc_desktop.services.outbox import Backoff
from sagicc_desktop.services.outgoing import OutgoingFile
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Channel, Interaction, OutboxItem
from sagicc_desktop.store.enums import ChannelKind, Direction, InteractionStatus, OutboxState
from smtp_server import PASSWORD, SmtpServer

FAST = Backoff(base_s=0.2, cap_s=0.6, max_attempts=20, jitter=0.1)


def wait_until(condition, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


@pytest.fixture
def w(db):
    return make_outgoing(db)


def point_at(w, server: SmtpServer, **extra) -> None:
    with unit_of_work(w.db) as s:
        s.get(Channel, w.email).config = server.config(**extra)


@pytest.fixture
def start_worker(w, blobs):
    workers: list[OutboxWorker] = []
    states: list[tuple[str, str]] = []

    def start(**kw) -> OutboxWorker:
        worker = OutboxWorker(w.db, default_transports(blobs), backoff=kw.pop("backoff", FAST),
                              on_state=lambda iid, state: states.append((iid, state)), poll_s=kw.pop("poll_s", 5), **kw)
        worker.start()
        workers.append(worker)
        return worker

    start.states = states
    yield start
    for worker in workers:
        assert worker.stop(10), "the worker did not stop"


def queue(w, blobs, **kw) -> uuid.UUID:
    args = {"channel_id": w.email, "to": ["ana@example.com"], "body_text": "Hello Ana"} | kw
    return outgoing.queue_message(w.db, blobs, w.agent, w.ticket, **args)


def delivery(w, iid):
    with read_only(w.db) as s:
        item = s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == iid))
        row = s.get(Interaction, iid)
        return item.state, row.status, item.attempts, item.last_error, row.message_id


def test_a_queued_email_arrives_with_its_thread_headers_and_files(w, blobs, tmp_path, smtp_server, start_worker):
    point_at(w, smtp_server)
    with unit_of_work(w.db) as s:
        s.add(Interaction(ticket_id=w.ticket, channel_kind=ChannelKind.EMAIL, direction=Direction.INCOMING,
                          status=InteractionStatus.RECEIVED, message_id="<first@customer.example>",
                          subject="Invoice question"))
    data = bytes(range(256)) * 100
    (tmp_path / "statement.pdf").write_bytes(data)
    iid = queue(w, blobs, cc=["boss@example.com"], bcc=["audit@example.com"], subject="Re: Invoice question",
                files=[OutgoingFile("statement.pdf", "application/pdf", tmp_path / "statement.pdf")])
    start_worker()
    wait_until(lambda: delivery(w, iid)[0] is OutboxState.SENT)
    state, status, attempts, error, message_id = delivery(w, iid)
    assert (status, attempts, error) == (InteractionStatus.SENT, 1, "")
    [got] = smtp_server.received
    m = got.message
    assert m["Message-ID"] == message_id and m["In-Reply-To"] == "<first@customer.example>"
    assert m["References"] == "<first@customer.example>"
    assert m["Subject"] == f"[#{w.number}] Re: Invoice question"
    assert sorted(got.rcpt_tos) == ["ana@example.com", "audit@example.com", "boss@example.com"]
    [part] = list(m.iter_attachments())
    assert part.get_filename() == "statement.pdf" and part.get_content() == data
    assert (str(iid), "sending") in start_worker.states and (str(iid), "sent") in start_worker.states


def test_a_server_that_is_down_loses_nothing_and_the_message_arrives_once(w, blobs, tmp_path, start_worker):
    server = SmtpServer(tmp_path)  # not started: nobody listens on its port
    point_at(w, server)
    iid = queue(w, blobs)
    start_worker()
    wait_until(lambda: delivery(w, iid)[2] >= 3)  # tried, backed off, tried again
    state, status, attempts, error, _ = delivery(w, iid)
    assert state in (OutboxState.QUEUED, OutboxState.SENDING) and "cannot connect" in error
    server.start()
    try:
        wait_until(lambda: delivery(w, iid)[0] is OutboxState.SENT)
        time.sleep(0.5)  # a second copy would arrive now if there were one
        assert len(server.received) == 1
        assert delivery(w, iid)[1] is InteractionStatus.SENT
    finally:
        server.stop()


def test_a_550_fails_for_good_and_retry_sends_it(w, blobs, smtp_server, start_worker):
    point_at(w, smtp_server)
    smtp_server.handler.refuse = {"ana@example.com": "550 5.1.1 No such user"}
    iid = queue(w, blobs)
    worker = start_worker()
    wait_until(lambda: delivery(w, iid)[0] is OutboxState.FAILED)
    state, status, attempts, error, _ = delivery(w, iid)
    assert (status, attempts) == (InteractionStatus.FAILED, 1) and "550 5.1.1 No such user" in error
    assert smtp_server.received == []
    smtp_server.handler.refuse = {}
    outgoing.retry(w.db, w.agent, iid)
    worker.wake()
    wait_until(lambda: delivery(w, iid)[0] is OutboxState.SENT)
    assert len(smtp_server.received) == 1


def test_a_cancelled_message_is_not_sent(w, blobs, smtp_server, start_worker):
    point_at(w, smtp_server)
    cancelled, kept = queue(w, blobs, body_text="cancel me"), queue(w, blobs, body_text="send me")
    outgoing.cancel(w.db, w.agent, cancelled)
    start_worker()
    wait_until(lambda: delivery(w, kept)[0] is OutboxState.SENT)
    assert delivery(w, cancelled)[:2] == (OutboxState.CANCELLED, InteractionStatus.FAILED)
    assert [r.message["Message-ID"] for r in smtp_server.received] == [delivery(w, kept)[4]]


def test_an_item_left_sending_by_a_crash_goes_out_with_its_message_id(w, blobs, smtp_server, start_worker):
    point_at(w, smtp_server)
    iid = queue(w, blobs)
    [claimed] = outbox.claim_due(w.db, kinds={ChannelKind.EMAIL})  # the process died after this
    assert delivery(w, iid)[0] is OutboxState.SENDING
    # On a shared PostgreSQL the default spares items for SENDING_LEASE (another workstation may
    # be sending them); here the one that claimed it is known dead.
    start_worker(recover_older_than=dt.timedelta(0))
    wait_until(lambda: delivery(w, iid)[0] is OutboxState.SENT)
    [got] = smtp_server.received
    assert got.message["Message-ID"] == claimed.idempotency_key == delivery(w, iid)[4]
    assert (str(iid), "queued") in start_worker.states  # the recovery was reported


def test_the_worker_stops_promptly_while_idle(w, blobs, start_worker):
    worker = start_worker(poll_s=60)
    time.sleep(0.2)
    started = time.monotonic()
    assert worker.stop(5) and time.monotonic() - started < 2


def test_starttls_login_with_the_password_from_the_keychain(w, blobs, make_smtp, start_worker, memory_keyring):
    server = make_smtp(security="starttls", auth=True)
    point_at(w, server)
    channel_secrets.set_password(w.email, channel_secrets.SMTP, PASSWORD)
    assert memory_keyring.entries == {("Sagicc Desktop", f"channel:{w.email}:smtp"): PASSWORD}
    iid = queue(w, blobs)
    start_worker()
    wait_until(lambda: delivery(w, iid)[0] is OutboxState.SENT)
    assert len(server.received) == 1


def test_no_keychain_keeps_the_message_queued_with_a_clear_reason(w, blobs, make_smtp, start_worker, no_keyring):
    server = make_smtp(security="starttls", auth=True)
    point_at(w, server)
    iid = queue(w, blobs)
    worker = start_worker()
    wait_until(lambda: delivery(w, iid)[3] != "")
    state, status, attempts, error, _ = delivery(w, iid)
    assert (state, status, attempts) == (OutboxState.QUEUED, InteractionStatus.QUEUED, 0)
    assert error.startswith("keychain_unavailable") and server.received == []
    assert worker.is_alive()


def test_no_password_stored_keeps_the_message_queued(w, blobs, make_smtp, start_worker, memory_keyring):
    server = make_smtp(security="starttls", auth=True)
    point_at(w, server)
    iid = queue(w, blobs)
    start_worker()
    wait_until(lambda: delivery(w, iid)[3] != "")
    assert delivery(w, iid)[:4] == (OutboxState.QUEUED, InteractionStatus.QUEUED, 0, NO_PASSWORD)


def test_a_channel_without_a_connector_waits_and_does_not_block_email(w, blobs, smtp_server, start_worker):
    point_at(w, smtp_server)
    wa = queue(w, blobs, channel_id=w.whatsapp, to=["3001234567"], body_text="hola")
    mail = queue(w, blobs)
    start_worker()
    wait_until(lambda: delivery(w, mail)[0] is OutboxState.SENT and delivery(w, wa)[3] != "")
    assert delivery(w, wa)[:4] == (OutboxState.QUEUED, InteractionStatus.QUEUED, 0, outbox.NO_CONNECTOR)
