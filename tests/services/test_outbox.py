"""The outbox state machine (H4): claims, outcomes, backoff, recovery after a crash, and the
interaction's status mirroring every state."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from factories_outgoing import make_outgoing
from sagicc_desktop.services import outbox, outgoing
from sagicc_desktop.services.errors import StaleEdit
from sagicc_desktop.services.outbox import Backoff
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Interaction, OutboxItem
from sagicc_desktop.store.enums import ChannelKind, InteractionStatus, OutboxState
from sagicc_desktop.store.types import utcnow

EMAIL = {ChannelKind.EMAIL}


@pytest.fixture
def w(db):
    return make_outgoing(db)


def _email(w, blobs, text="Hello"):
    return outgoing.queue_message(w.db, blobs, w.agent, w.ticket, channel_id=w.email, to=["ana@example.com"],
                                  body_text=text)


def _state(db, iid):
    with read_only(db) as s:
        item = s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == iid))
        status = s.scalar(select(Interaction.status).where(Interaction.id == iid))
        return item.state, status, item.attempts, item.last_error, item.next_attempt_at


def test_claim_marks_sending_once_and_sent_mirrors(w, blobs):
    iid = _email(w, blobs)
    [work] = outbox.claim_due(w.db, kinds=EMAIL)
    assert work.interaction_id == iid and work.attempts == 1 and work.channel_kind is ChannelKind.EMAIL
    assert _state(w.db, iid)[:3] == (OutboxState.SENDING, InteractionStatus.SENDING, 1)
    assert outbox.claim_due(w.db, kinds=EMAIL) == []  # never claimed twice
    assert outbox.mark_sent(w.db, work.item_id)
    assert _state(w.db, iid)[:2] == (OutboxState.SENT, InteractionStatus.SENT)
    assert not outbox.mark_sent(w.db, work.item_id)  # only from SENDING
    assert outbox.next_due(w.db) is None


def test_transient_failures_back_off_then_fail_after_the_last_attempt(w, blobs):
    iid = _email(w, blobs)
    policy = Backoff(base_s=10, cap_s=25, max_attempts=3, jitter=0.0)
    now = utcnow()
    delays = []
    for attempt in (1, 2, 3):
        [work] = outbox.claim_due(w.db, now, kinds=EMAIL)
        assert work.attempts == attempt
        state = outbox.mark_failed(w.db, work.item_id, "421 try later", False, backoff=policy, now=now)
        st = _state(w.db, iid)
        if attempt < 3:
            assert state is OutboxState.QUEUED and st[1] is InteractionStatus.QUEUED
            delays.append((st[4] - now).total_seconds())
            assert outbox.claim_due(w.db, now, kinds=EMAIL) == []  # not due yet
            now = st[4]
        else:
            assert state is OutboxState.FAILED and st[1] is InteractionStatus.FAILED
    assert delays == [10, 20]
    assert _state(w.db, iid)[3] == "421 try later"


def test_backoff_grows_is_capped_and_jittered():
    policy = Backoff(base_s=30, cap_s=3600, jitter=0.25)
    rng = random.Random(4)
    samples = [policy.delay(n, rng) for n in range(1, 12)]
    assert 22.5 <= samples[0] <= 37.5 and all(s <= 4500 for s in samples)
    assert samples[9] > samples[2]
    assert len({round(policy.delay(3, rng), 6) for _ in range(10)}) > 1  # jitter spreads retries


def test_a_permanent_failure_fails_at_once_and_retry_requeues_it(w, blobs):
    iid = _email(w, blobs)
    [work] = outbox.claim_due(w.db, kinds=EMAIL)
    assert outbox.mark_failed(w.db, work.item_id, "550 no such user", True) is OutboxState.FAILED
    assert _state(w.db, iid)[:2] == (OutboxState.FAILED, InteractionStatus.FAILED)
    d = outbox.deliveries(w.db, w.agent, w.ticket)[iid]
    assert d.can_retry and d.can_cancel and d.last_error == "550 no such user"
    outgoing.retry(w.db, w.agent, iid)
    assert _state(w.db, iid)[:4] == (OutboxState.QUEUED, InteractionStatus.QUEUED, 0, "")
    assert [x.interaction_id for x in outbox.claim_due(w.db, kinds=EMAIL)] == [iid]


def test_a_crash_while_sending_is_recovered_with_the_same_key(w, blobs):
    iid = _email(w, blobs)
    [work] = outbox.claim_due(w.db, kinds=EMAIL)
    # ... the process dies here; at the next start:
    assert outbox.recover_interrupted(w.db) == [iid]
    assert _state(w.db, iid)[:2] == (OutboxState.QUEUED, InteractionStatus.QUEUED)
    [again] = outbox.claim_due(w.db, kinds=EMAIL)
    assert again.idempotency_key == work.idempotency_key and again.attempts == 2
    assert outbox.load_message(w.db, iid).message_id == work.idempotency_key


def test_recovery_spares_a_live_workers_items_until_the_lease_ends(w, blobs):
    iid = _email(w, blobs)
    outbox.claim_due(w.db, kinds=EMAIL)
    assert outbox.recover_interrupted(w.db, older_than=dt.timedelta(minutes=5)) == []
    later = utcnow() + outbox.SENDING_LEASE + dt.timedelta(seconds=1)
    [reclaimed] = outbox.claim_due(w.db, later, kinds=EMAIL)  # the lease ended: claimable again
    assert reclaimed.interaction_id == iid and reclaimed.attempts == 2


def test_cancel_never_cancels_a_claimed_item(w, blobs):
    iid = _email(w, blobs)
    with unit_of_work(w.db) as s:  # the user's Cancel loads the item ...
        item = s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == iid))
        outbox.claim_due(w.db, kinds=EMAIL)  # ... a worker claims it meanwhile ...
        item.state = OutboxState.CANCELLED  # ... and the stale write is refused
        with pytest.raises(Exception) as err:
            s.flush()
        assert "StaleData" in type(err.value).__name__ or "expected to update" in str(err.value)
        s.rollback()
    assert _state(w.db, iid)[0] is OutboxState.SENDING


def test_cancel_through_the_service_is_a_stale_edit_when_raced(w, blobs, monkeypatch):
    iid = _email(w, blobs)
    real = outgoing._outbox_of

    def claim_between(session, actor, interaction_id):
        found = real(session, actor, interaction_id)
        outbox.claim_due(w.db, kinds=EMAIL)
        return found

    monkeypatch.setattr(outgoing, "_outbox_of", claim_between)
    with pytest.raises(StaleEdit):
        outgoing.cancel(w.db, w.agent, iid)
    assert _state(w.db, iid)[0] is OutboxState.SENDING


def test_channels_without_a_connector_wait_with_a_reason_and_are_not_claimed(w, blobs):
    wa = outgoing.queue_message(w.db, blobs, w.agent, w.ticket, channel_id=w.whatsapp, to=["3001234567"],
                                body_text="hola")
    assert outbox.claim_due(w.db, kinds=EMAIL) == []
    assert outbox.next_due(w.db, EMAIL) is None and outbox.next_due(w.db) is not None
    assert outbox.park_unsupported(w.db, EMAIL) == [wa]
    assert outbox.park_unsupported(w.db, EMAIL) == []  # once
    state, status, attempts, error, _ = _state(w.db, wa)
    assert (state, status, attempts, error) == (OutboxState.QUEUED, InteractionStatus.QUEUED, 0, outbox.NO_CONNECTOR)
    assert outbox.deliveries(w.db, w.agent, w.ticket, [wa])[wa].no_connector


def test_defer_does_not_count_the_attempt(w, blobs):
    iid = _email(w, blobs)
    [work] = outbox.claim_due(w.db, kinds=EMAIL)
    assert outbox.defer(w.db, work.item_id, "keychain_unavailable", dt.timedelta(minutes=5))
    state, status, attempts, error, due = _state(w.db, iid)
    assert (state, attempts, error) == (OutboxState.QUEUED, 0, "keychain_unavailable")
    assert due > utcnow() + dt.timedelta(minutes=4)


def test_load_message_gives_plain_values(w, blobs, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("hello file")
    iid = outgoing.queue_message(w.db, blobs, w.agent, w.ticket, channel_id=w.email,
                                 to=["ana@example.com", "ana.work@example.org"], cc=["c@example.com"],
                                 bcc=["ana@example.com"], body_text="Hi",
                                 files=[outgoing.OutgoingFile("a.txt", "text/plain", path)])
    m = outbox.load_message(w.db, iid)
    assert m.to == ("ana@example.com", "ana.work@example.org") and m.cc == ("c@example.com",)
    assert m.envelope_to == ("ana@example.com", "ana.work@example.org", "c@example.com")
    assert m.channel_config["address"] == "support@helpdesk.example" and m.channel_name == "Mailbox"
    assert [(f.filename, f.size) for f in m.files] == [("a.txt", 10)]
    assert m.author == w.agent.display_name
