"""Every message of the real-world corpus, through a real IMAP server into the database.

Each one becomes a ticket or an interaction, or a refusal logged with its reason; none stops
the worker, and every one is accounted for.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from imap_server import PASSWORD, dovecot, make_email_channel  # noqa: F401
from sagicc_desktop.channels.imap_worker import ImapWorker
from sagicc_desktop.services import inbound
from sagicc_desktop.services.inbound_cursor import load_cursor
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Attachment, Interaction, Ticket
from sagicc_desktop.store.entities.conversation import HeldMessage

CORPUS = Path(__file__).resolve().parents[1] / "data" / "email_corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")
STORED = (inbound.NEW_TICKET, inbound.CONTINUED, inbound.BOUNCE, inbound.AUTO_REPLY)
REASONS = {inbound.NO_SENDER, inbound.BOUNCE_WITHOUT_ORIGINAL, inbound.TOO_LARGE, "message_id"}


def test_every_corpus_message_is_stored_or_refused_with_a_reason(sqlite_db, blobs, dovecot, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="sagicc_desktop")
    setup = make_email_channel(sqlite_db, dovecot.config)
    dovecot.append(*(path.read_bytes() for path in FILES))
    assert dovecot.count() == len(FILES)

    errors = []
    worker = ImapWorker(sqlite_db, blobs, password_for=lambda _c: PASSWORD, batch=25,
                        on_error=lambda c, m: errors.append(m))
    outcomes = worker.poll_once()

    assert errors == []
    assert [o.uid for o in outcomes] == list(range(1, len(FILES) + 1))  # every message accounted for
    by_kind = Counter(o.result.kind for o in outcomes)
    refused = [o for o in outcomes if o.result.kind in (inbound.REJECTED, inbound.DUPLICATE)]
    for outcome in refused:
        assert outcome.result.reason in REASONS, outcome
    # The bodies-only files have no sender to answer; bounces about mail we never sent have no ticket.
    assert by_kind[inbound.REJECTED] >= sum(1 for p in FILES if p.parent.name == "zapier-replies")
    assert sum(by_kind[k] for k in STORED) > len(FILES) // 2
    assert by_kind[inbound.AUTO_REPLY] > 0 and by_kind[inbound.HELD] == 0
    with read_only(sqlite_db) as s:
        assert s.scalar(select(func.count()).select_from(Interaction)) == sum(by_kind[k] for k in STORED)
        ticket_ids = {o.result.ticket_id for o in outcomes if o.result.kind in STORED}
        assert None not in ticket_ids
        assert s.scalar(select(func.count()).select_from(Ticket)) == len(ticket_ids) >= by_kind[inbound.NEW_TICKET]
        assert s.scalar(select(func.count()).select_from(Attachment)) > 50
        assert s.scalar(select(func.count()).select_from(HeldMessage)) == 0
    # Each refusal is in the log with its reason.
    refusals = [r.getMessage() for r in caplog.records if "refused:" in r.getMessage()]
    assert len(refusals) == by_kind[inbound.REJECTED]
    assert all(any(reason in line for reason in REASONS) for line in refusals)
    assert load_cursor(sqlite_db, setup.channel_id).last_uid == len(FILES)

    again = worker.poll_once()  # nothing new, nothing stored twice
    assert again == []



def test_the_corpus_stored_in_batches_lands_where_one_at_a_time_puts_it(sqlite_db, blobs, tmp_path):
    """store_batch (the worker's way) and store_message for each message in turn agree on every
    message of the corpus: the same kind and reason, and the same messages sharing a ticket."""
    from sagicc_desktop.channels.email_parse import parse_message
    from sagicc_desktop.store.blobs import BlobStore
    from sagicc_desktop.store.database import open_database, sqlite_url

    raws = [path.read_bytes() for path in FILES]
    one_db = open_database(sqlite_url(tmp_path / "one-at-a-time.db"))
    try:
        batched_setup = make_email_channel(sqlite_db)
        single_setup = make_email_channel(one_db)
        batched = []
        for start in range(0, len(raws), 25):
            batched += inbound.store_batch(sqlite_db, blobs, batched_setup.channel_id,
                                           [parse_message(r) for r in raws[start:start + 25]])
        single_blobs = BlobStore(tmp_path / "single-blobs")
        single = [inbound.store_message(one_db, single_blobs, single_setup.channel_id, parse_message(r))
                  for r in raws]
    finally:
        one_db.dispose()

    def shape(results):
        first_on = {}
        return [(r.kind, r.reason, first_on.setdefault(r.ticket_id, i) if r.ticket_id else None)
                for i, r in enumerate(results)]

    assert inbound.FAILED not in {r.kind for r in batched}
    assert shape(batched) == shape(single)
