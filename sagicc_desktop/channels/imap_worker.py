"""The IMAP receiving worker (H1): a thread that polls every e-mail channel with IMAP settings.

Every ``interval`` seconds it connects to each active e-mail channel whose config names an
imap_host and an imap_username, fetches what arrived after the channel's cursor in batches,
parses each batch and stores it through services.inbound.store_batch (one transaction per
batch, the cursor moving with it). It never dies on one message: a refusal is logged with its
reason; a message that fails to store (a bug, the database away) is rolled back alone while the
rest of its batch is stored, holds the cursor before it, is retried on the next rounds and,
after ``max_failures`` attempts, logged as refused so the channel is not stuck behind it. A dropped or refusing
server puts that channel into back-off (doubling up to ``backoff_max``) while the others go on;
when the server is back the fetch resumes at the cursor, so nothing is lost.

Callbacks run on the worker thread: ``on_new(ticket_id, interaction_id, kind)`` for every
message stored or held (ids may be None, e.g. for a held message) and
``on_error(channel_id, message)`` for a connection or storage problem. The Qt side
(views/inbound_bridge.py) turns them into signals.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from ..services import inbound
from ..services.channel_secrets import IMAP, get_password
from ..services.errors import ServiceError
from ..services.inbound_cursor import ImapCursor, load_cursor, save_cursor
from ..services.unit_of_work import read_only
from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import Channel
from ..store.enums import ChannelKind
from .email_parse import parse_message
from .imap_fetch import CONNECTION_ERRORS, DEFAULT_BATCH, DEFAULT_MAX_BYTES, Fetched, ImapMailbox, \
    ImapSettings, ImapSettingsError

log = logging.getLogger(__name__)

NO_PASSWORD = "no_password"
STORE_FAILED = "store_failed"

PasswordFor = Callable[[uuid.UUID], "str | None"]
OnNew = Callable[["uuid.UUID | None", "uuid.UUID | None", str], None]
OnError = Callable[[uuid.UUID, str], None]


def keychain_password(channel_id: uuid.UUID) -> str | None:
    """The channel's IMAP password from the OS keychain; None (and a log line) when there is none."""
    try:
        return get_password(channel_id, IMAP)
    except ServiceError as exc:
        log.warning("no IMAP password for channel %s: %s", channel_id.hex, exc)
        return None


@dataclass(frozen=True)
class MailChannel:
    id: uuid.UUID
    name: str
    settings: ImapSettings


@dataclass
class _State:
    failures: int = 0
    next_try: float = 0.0
    store_failures: dict[int, int] = field(default_factory=dict)
    config_error: str = ""


@dataclass(frozen=True)
class Outcome:
    channel_id: uuid.UUID
    uid: int
    result: inbound.InboundResult


class _ChannelRoundOver(Exception):
    """Stop this channel's round (a message failed to store); the cursor stays before it."""

    def __init__(self, outcomes: list[Outcome] | None = None) -> None:
        super().__init__()
        self.outcomes = outcomes or []


def mail_channels(db: Database) -> tuple[list[MailChannel], dict[uuid.UUID, str]]:
    """Active e-mail channels that receive over IMAP, and the ones whose settings are wrong."""
    with read_only(db) as session:
        rows = session.execute(
            select(Channel.id, Channel.name, Channel.config)
            .where(Channel.kind == ChannelKind.EMAIL, Channel.is_active.is_(True), Channel.deleted_at.is_(None))
            .order_by(Channel.name, Channel.id)
        ).all()
    channels, wrong = [], {}
    for channel_id, name, config in rows:
        try:
            settings = ImapSettings.from_config(config)
        except ImapSettingsError as exc:
            wrong[channel_id] = str(exc)
            continue
        if settings is not None:
            channels.append(MailChannel(channel_id, name, settings))
    return channels, wrong


def _cursors(batch: list[Fetched], positions: list[int], errors: dict[int, str],
             validity: int) -> tuple[list[ImapCursor | None], ImapCursor | None]:
    """Where the cursor may go once each parsed message (at `positions` in the batch) is done, and
    once all are: past the refusals that follow it, never past a message that could not be read."""
    stop = min(errors, default=len(batch))  # the cursor never passes the first unreadable one

    def upto(index: int) -> ImapCursor | None:
        index = min(index, stop - 1)
        return ImapCursor(validity, batch[index].uid) if index >= 0 else None

    ends = positions[1:] + [len(batch)]
    return [upto(end - 1) for end in ends], upto(len(batch) - 1)


class ImapWorker:
    def __init__(
        self,
        db: Database,
        blobs: BlobStore,
        *,
        interval: float = 60.0,
        password_for: PasswordFor | None = None,
        on_new: OnNew | None = None,
        on_error: OnError | None = None,
        batch: int = DEFAULT_BATCH,
        backoff_initial: float = 5.0,
        backoff_max: float = 300.0,
        max_failures: int = 3,
        max_bytes: int = DEFAULT_MAX_BYTES,
        ssl_context=None,
        name: str = "imap-worker",
    ) -> None:
        self.db, self.blobs = db, blobs
        self.interval = interval
        self.password_for = password_for or keychain_password
        self.on_new, self.on_error = on_new, on_error
        self.batch, self.max_failures, self.max_bytes = batch, max_failures, max_bytes
        self.backoff_initial, self.backoff_max = backoff_initial, backoff_max
        self.ssl_context = ssl_context
        self.name = name
        self._states: dict[uuid.UUID, _State] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._current: ImapMailbox | None = None
        self._lock = threading.Lock()
        self.rounds = 0  # completed polls, for whoever waits on the worker

    # ------------------------------------------------------------ thread

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Poll now instead of at the end of the interval (e.g. after a setting changed)."""
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> bool:
        """Ask the thread to end, cut a fetch in progress, and join; True when it has ended."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            current = self._current
        if current is not None and current.conn is not None:
            try:
                current.conn.sock.shutdown(socket.SHUT_RDWR)
            except Exception:
                pass
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                return False
        self._thread = None
        return True

    def _run(self) -> None:
        log.info("IMAP worker started (every %s s)", self.interval)
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception:  # never die: the next round tries again
                log.exception("IMAP poll failed")
            self.rounds += 1
            self._wake.wait(self._wait_time())
            self._wake.clear()
        log.info("IMAP worker stopped")

    def _wait_time(self) -> float:
        now = time.monotonic()
        due = [s.next_try - now for s in self._states.values() if s.next_try > now]
        return max(0.0, min([self.interval, *due]))

    # ------------------------------------------------------------ one round

    def poll_once(self) -> list[Outcome]:
        """One pass over every channel whose back-off is over; returns what happened."""
        channels, wrong = mail_channels(self.db)
        for channel_id, problem in wrong.items():
            state = self._states.setdefault(channel_id, _State())
            if state.config_error != problem:
                state.config_error = problem
                log.warning("e-mail channel %s cannot receive: %s", channel_id.hex, problem)
                self._error(channel_id, problem)
        outcomes: list[Outcome] = []
        for channel in channels:
            if self._stop.is_set():
                break
            state = self._states.setdefault(channel.id, _State())
            if state.next_try > time.monotonic():
                continue
            try:
                outcomes += self.poll_channel(channel)
            except CONNECTION_ERRORS as exc:
                if self._stop.is_set():
                    break
                self._back_off(channel, state, f"{type(exc).__name__}: {exc}")
            except _ChannelRoundOver as over:
                outcomes += over.outcomes
            else:
                if state.failures:
                    log.info("e-mail channel %s is back after %d failed attempts", channel.name, state.failures)
                state.failures, state.next_try = 0, 0.0
        return outcomes

    def _back_off(self, channel: MailChannel, state: _State, message: str) -> None:
        state.failures += 1
        delay = min(self.backoff_max, self.backoff_initial * 2 ** (state.failures - 1))
        state.next_try = time.monotonic() + delay
        log.warning("e-mail channel %s (%s:%s): %s; trying again in %.0f s", channel.name,
                    channel.settings.host, channel.settings.port, message, delay)
        self._error(channel.id, message)

    def poll_channel(self, channel: MailChannel) -> list[Outcome]:
        password = self.password_for(channel.id)
        if password is None:
            raise ConnectionRefusedError(NO_PASSWORD)
        cursor = load_cursor(self.db, channel.id)
        mailbox = ImapMailbox(channel.settings, password, ssl_context=self.ssl_context, max_bytes=self.max_bytes)
        with self._lock:
            self._current = mailbox
        try:
            with mailbox:
                validity = mailbox.uidvalidity or 0
                after = 0
                if cursor is not None and cursor.uidvalidity == validity:
                    after = cursor.last_uid
                elif cursor is not None:
                    log.warning("e-mail channel %s: UIDVALIDITY changed (%s -> %s); reading the folder again",
                                channel.name, cursor.uidvalidity, validity)
                outcomes: list[Outcome] = []
                for batch in mailbox.fetch_batches(after, batch=self.batch):
                    if self._stop.is_set():
                        break
                    done, complete = self._ingest_batch(channel, validity, batch)
                    outcomes += done
                    if not complete:
                        raise _ChannelRoundOver(outcomes)
                return outcomes
        finally:
            with self._lock:
                self._current = None

    def _ingest_batch(self, channel: MailChannel, validity: int, batch: list[Fetched]) -> tuple[list[Outcome], bool]:
        """Parse and store one fetched batch; its outcomes, and whether the cursor passed all of it."""
        state = self._states.setdefault(channel.id, _State())
        results: list[inbound.InboundResult | None] = [None] * len(batch)
        errors: dict[int, str] = {}
        parsed, positions = [], []
        for i, fetched in enumerate(batch):
            if fetched.refused:
                results[i] = inbound.InboundResult(inbound.REJECTED, reason=fetched.refused)
                log.warning("e-mail UID %s of %d bytes on channel %s refused: %s", fetched.uid, fetched.size,
                            channel.name, fetched.refused)
                continue
            try:
                parsed.append(parse_message(fetched.raw))
            except Exception as exc:  # parse_message never raises; should it, the message waits like a failed one
                log.exception("e-mail UID %s on channel %s could not be read", fetched.uid, channel.name)
                errors[i] = f"{type(exc).__name__}: {exc}"
            else:
                positions.append(i)
        cursors, final = _cursors(batch, positions, errors, validity)
        try:
            if parsed or final is not None:
                stored = inbound.store_batch(self.db, self.blobs, channel.id, parsed, cursor=final, cursors=cursors)
                for i, result in zip(positions, stored):
                    results[i] = result
        except Exception as exc:  # nothing of the batch was written, not even the refusals' cursor
            log.exception("e-mails UID %s to %s on channel %s could not be stored", batch[0].uid, batch[-1].uid,
                          channel.name)
            for i in positions:
                results[i] = None
            errors = {**errors, **({positions[0]: f"{type(exc).__name__}: {exc}"} if positions else {})}
        complete = self._failures(channel, validity, batch, results, errors)
        outcomes = []
        for fetched, result in zip(batch, results):
            if result is None or result.kind == inbound.FAILED:
                continue
            state.store_failures.pop(fetched.uid, None)
            outcomes.append(Outcome(channel.id, fetched.uid, result))
            if result.kind not in (inbound.DUPLICATE, inbound.REJECTED) and self.on_new is not None:
                try:
                    self.on_new(result.ticket_id, result.interaction_id, result.kind)
                except Exception:
                    log.exception("on_new callback failed")
        return outcomes, complete

    def _failures(self, channel: MailChannel, validity: int, batch: list[Fetched], results: list,
                  errors: dict[int, str]) -> bool:
        """Count an attempt for the first message the cursor is held at; give up on it after
        max_failures (refused as store_failed, the cursor moved past it). True when nothing is held."""
        waiting = [i for i, result in enumerate(results) if result is None or result.kind == inbound.FAILED]
        if not waiting:
            return True
        first = waiting[0]
        uid = batch[first].uid
        state = self._states.setdefault(channel.id, _State())
        failures = state.store_failures.get(uid, 0) + 1
        state.store_failures[uid] = failures
        reason = errors.get(first) or (results[first].reason if results[first] is not None else "")
        log.warning("e-mail UID %s on channel %s could not be stored (attempt %d of %d): %s", uid, channel.name,
                    failures, self.max_failures, reason)
        self._error(channel.id, reason)
        if failures < self.max_failures:
            return False
        log.warning("e-mail UID %s on channel %s refused: %s after %d attempts", uid, channel.name,
                    STORE_FAILED, failures)
        end = waiting[1] if len(waiting) > 1 else len(batch)
        try:
            save_cursor(self.db, channel.id, ImapCursor(validity, batch[end - 1].uid))
        except Exception:
            log.exception("the cursor of channel %s could not be moved past UID %s", channel.name, uid)
            return False
        state.store_failures.pop(uid, None)
        results[first] = inbound.InboundResult(inbound.REJECTED, reason=STORE_FAILED)
        return len(waiting) == 1

    def _error(self, channel_id: uuid.UUID, message: str) -> None:
        if self.on_error is None:
            return
        try:
            self.on_error(channel_id, message)
        except Exception:
            log.exception("on_error callback failed")
