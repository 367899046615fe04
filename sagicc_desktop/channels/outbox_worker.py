"""The outbox worker (H4): a plain thread that sends what services/outgoing queued.

It loops: claim one due item (written SENDING before the attempt), send it through the
transport for its channel kind, write the outcome (SENT, QUEUED again with backoff, or
FAILED), and so on until nothing is due; then it sleeps until the next item is due, at most
`poll_s` (items queued by another process or arriving by sync are found that way), or until
wake() is called (the composer just queued something). At start it puts back in the queue what
a crash left SENDING. Every step uses its own short session from the same Database; no
session is kept across the network wait. No Qt here: views/outbox_bridge.py carries the
on_state callbacks to the GUI thread.

Channel kinds without a transport (phone, WhatsApp, SMS and chat until their provider
connectors exist) are never claimed: their items stay QUEUED with last_error NO_CONNECTOR.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import Protocol

from ..services import channel_secrets
from ..services import outbox
from ..services.channel_secrets import KeychainUnavailable
from ..services.outbox import DEFAULT_BACKOFF, Backoff, OutgoingMessage
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.enums import ChannelKind, OutboxState
from ..store.types import utcnow
from . import mime_out, smtp

log = logging.getLogger(__name__)

#: How long an item waits when it cannot be tried yet (no password, no keychain) before the
#: next look: the administrator may have fixed it meanwhile; it is not counted as an attempt.
DEFER = dt.timedelta(minutes=10)
NO_PASSWORD = "no_password"
KEYCHAIN = "keychain_unavailable"


class Deferred(Exception):
    """Not an attempt: something the outbox waits for (a password, a keychain)."""

    def __init__(self, reason: str, delay: dt.timedelta = DEFER) -> None:
        super().__init__(reason)
        self.reason, self.delay = reason, delay


class Transport(Protocol):
    def send(self, message: OutgoingMessage) -> str:
        """Send or raise smtp.SendError / Deferred; returns a note to keep (may be "")."""


class EmailTransport:
    """E-mail over SMTP; the password from the keychain when the channel has a user name."""

    def __init__(self, blobs: BlobStore,
                 password_for: Callable[[object, str], str | None] = channel_secrets.get_password) -> None:
        self.blobs, self.password_for = blobs, password_for

    def send(self, message: OutgoingMessage) -> str:
        config = smtp.SmtpConfig.from_channel(message.channel_config)
        password = None
        if config.username:
            try:
                password = self.password_for(message.channel_id, channel_secrets.SMTP)
            except KeychainUnavailable as exc:
                raise Deferred(f"{KEYCHAIN}: {exc.details.get('value', '')}".rstrip(": ")) from exc
            if password is None:
                raise Deferred(NO_PASSWORD)
        refused = smtp.send(mime_out.build(message, self.blobs), message.envelope_to, config, password)
        return "; ".join(refused)


def default_transports(blobs: BlobStore) -> dict[ChannelKind, Transport]:
    return {ChannelKind.EMAIL: EmailTransport(blobs)}


StateCallback = Callable[[str, str], None]  # (interaction id as text, state value)


class OutboxWorker(threading.Thread):
    def __init__(self, db: Database, transports: dict[ChannelKind, Transport], *,
                 backoff: Backoff = DEFAULT_BACKOFF, on_state: StateCallback | None = None,
                 poll_s: float = 60.0, recover_older_than: dt.timedelta | None = None) -> None:
        super().__init__(name="outbox-worker", daemon=True)
        self.db, self.transports, self.backoff = db, dict(transports), backoff
        self.on_state, self.poll_s = on_state, poll_s
        # One SQLite file has one worker: anything SENDING at start was interrupted. On a shared
        # PostgreSQL another workstation may be sending right now: only its abandoned items.
        if recover_older_than is None:
            recover_older_than = dt.timedelta(0) if db.dialect == "sqlite" else outbox.SENDING_LEASE
        self.recover_older_than = recover_older_than
        self._wake = threading.Event()
        self._stopping = threading.Event()

    # ---------------------------------------------------------------- control (any thread)

    def wake(self) -> None:
        """Look at the queue now (something was queued or retried)."""
        self._wake.set()

    def stop(self, timeout: float | None = None) -> bool:
        """Finish the item in hand, then end; True when the thread has ended within `timeout`."""
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)
        return not self.is_alive()

    @property
    def kinds(self) -> set[ChannelKind]:
        return set(self.transports)

    # ---------------------------------------------------------------- the loop

    def run(self) -> None:
        try:
            for interaction_id in outbox.recover_interrupted(self.db, older_than=self.recover_older_than):
                self._tell(interaction_id, OutboxState.QUEUED)
        except Exception:
            log.exception("outbox: recovering interrupted items failed")
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self.run_once()
                timeout = self._sleep_time()
            except Exception:  # the database is away (server down): try again later
                log.exception("outbox: a round failed")
                timeout = self.poll_s
            self._wake.wait(timeout)

    def run_once(self) -> int:
        """Send everything due now; returns how many attempts were made."""
        for interaction_id in outbox.park_unsupported(self.db, self.kinds):
            self._tell(interaction_id, OutboxState.QUEUED)
        attempts = 0
        while not self._stopping.is_set():
            claimed = outbox.claim_due(self.db, limit=1, kinds=self.kinds)
            if not claimed:
                break
            self._attempt(claimed[0])
            attempts += 1
        return attempts

    def _attempt(self, work: outbox.WorkItem) -> None:
        self._tell(work.interaction_id, OutboxState.SENDING)
        try:
            message = outbox.load_message(self.db, work.interaction_id)
            note = self.transports[work.channel_kind].send(message)
        except Deferred as exc:
            outbox.defer(self.db, work.item_id, exc.reason, exc.delay)
            self._tell(work.interaction_id, OutboxState.QUEUED)
        except smtp.SendError as exc:
            log.info("outbox: %s attempt %d failed (%s): %s", work.interaction_id, work.attempts,
                     "permanent" if exc.permanent else "transient", exc)
            state = outbox.mark_failed(self.db, work.item_id, str(exc), exc.permanent, backoff=self.backoff)
            self._tell(work.interaction_id, state or OutboxState.FAILED)
        except Exception as exc:  # a bug or a missing blob: counted, retried, failed at the last attempt
            log.exception("outbox: %s attempt %d broke", work.interaction_id, work.attempts)
            state = outbox.mark_failed(self.db, work.item_id, f"{type(exc).__name__}: {exc}", False,
                                       backoff=self.backoff)
            self._tell(work.interaction_id, state or OutboxState.FAILED)
        else:
            outbox.mark_sent(self.db, work.item_id, note=note)
            self._tell(work.interaction_id, OutboxState.SENT)

    def _sleep_time(self) -> float:
        due = outbox.next_due(self.db, self.kinds)
        if due is None:
            return self.poll_s
        return min(self.poll_s, max(0.05, (due - utcnow()).total_seconds()))

    def _tell(self, interaction_id, state: OutboxState) -> None:
        if self.on_state is None:
            return
        try:
            self.on_state(str(interaction_id), state.value)
        except Exception:
            log.exception("outbox: the state callback failed")
