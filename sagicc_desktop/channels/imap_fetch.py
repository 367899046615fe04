"""A small IMAP client (imaplib, no Qt): new messages of one folder by UID, in batches.

The folder is opened read-only (EXAMINE) and bodies are fetched with BODY.PEEK[], so the
mailbox is left exactly as it was: nothing is marked \\Seen, moved or deleted. What has been
taken is remembered by the caller as a cursor (UIDVALIDITY, last UID); when the server's
UIDVALIDITY changes the UIDs mean other messages, so the fetch starts over from the first
one and the Message-ID check of the inbound service skips what is already stored.

A message larger than the size limit is not downloaded: it comes back with ``refused`` set,
so the caller can log it and move on.
"""

from __future__ import annotations

import imaplib
import logging
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

log = logging.getLogger(__name__)

SECURITIES = ("tls", "starttls", "none")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}
DEFAULT_BATCH = 50
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")

# Errors that mean "the server or the network", as opposed to one bad message.
CONNECTION_ERRORS = (OSError, imaplib.IMAP4.error, imaplib.IMAP4.abort, ssl.SSLError, EOFError)


class ImapSettingsError(ValueError):
    """The channel's IMAP settings are missing or wrong (not a network problem)."""


@dataclass(frozen=True)
class ImapSettings:
    host: str
    username: str
    port: int = 993
    security: str = "tls"
    folder: str = "INBOX"
    timeout: float = 30.0
    ca_file: str = ""

    @classmethod
    def from_config(cls, config: dict | None) -> ImapSettings | None:
        """The settings in a Channel.config (imap_host, imap_port, imap_security,
        imap_username, imap_folder, imap_timeout, imap_ca_file); None when the channel does
        not receive over IMAP."""
        config = config or {}
        host = str(config.get("imap_host") or "").strip()
        username = str(config.get("imap_username") or "").strip()
        if not host or not username:
            return None
        security = str(config.get("imap_security") or "tls").strip().lower()
        if security not in SECURITIES:
            raise ImapSettingsError(f"unknown imap_security {security!r}")
        try:
            port = int(config.get("imap_port") or DEFAULT_PORTS[security])
        except (TypeError, ValueError) as exc:
            raise ImapSettingsError(f"bad imap_port {config.get('imap_port')!r}") from exc
        folder = str(config.get("imap_folder") or "INBOX")
        timeout = float(config.get("imap_timeout") or 30.0)
        ca_file = str(config.get("imap_ca_file") or "").strip()
        return cls(host=host, username=username, port=port, security=security, folder=folder, timeout=timeout,
                   ca_file=ca_file)

    def ssl_context(self) -> ssl.SSLContext:
        """The system's trusted certificates, plus the CA bundle in ca_file when set (e.g. a
        company server's own certificate). An unreadable ca_file raises OSError naming it."""
        context = ssl.create_default_context()
        if self.ca_file:
            try:
                context.load_verify_locations(cafile=self.ca_file)
            except OSError as exc:
                raise OSError(exc.errno, f"cannot read imap_ca_file {self.ca_file!r}: {exc.strerror}") from exc
        return context


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes | None  # None when refused
    size: int
    refused: str | None = None


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapMailbox:
    """One connection to one folder. Use as a context manager; every call may raise one of
    CONNECTION_ERRORS when the server goes away."""

    def __init__(self, settings: ImapSettings, password: str, *, ssl_context: ssl.SSLContext | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.settings = settings
        self._password = password
        self._ssl_context = ssl_context
        self.max_bytes = max_bytes
        self.conn: imaplib.IMAP4 | None = None
        self.uidvalidity: int | None = None

    # ------------------------------------------------------------ connection

    def open(self) -> ImapMailbox:
        s = self.settings
        context = None if s.security == "none" else self._ssl_context or s.ssl_context()
        if s.security == "tls":
            conn = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=context, timeout=s.timeout)
        else:
            conn = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
            if s.security == "starttls":
                try:
                    if "STARTTLS" not in conn.capabilities:  # never fall back to logging in in clear
                        raise imaplib.IMAP4.error(f"{s.host}:{s.port} does not offer STARTTLS")
                    conn.starttls(ssl_context=context)
                except BaseException:
                    self._drop(conn)  # no LOGOUT: after a failed handshake the line is in no state to talk
                    raise
        try:
            conn.login(s.username, self._password)
            typ, data = conn.select(_quote(s.folder), readonly=True)
            if typ != "OK":
                raise imaplib.IMAP4.error(f"cannot open folder {s.folder!r}: {data!r}")
            self.uidvalidity = self._uidvalidity(conn, s.folder)
        except BaseException:
            self._close(conn)
            raise
        self.conn = conn
        return self

    @staticmethod
    def _uidvalidity(conn: imaplib.IMAP4, folder: str) -> int:
        _typ, data = conn.response("UIDVALIDITY")
        if data and data[0]:
            return int(data[0])
        typ, data = conn.status(_quote(folder), "(UIDVALIDITY)")
        match = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"") if typ == "OK" and data else None
        return int(match.group(1)) if match else 0

    @staticmethod
    def _drop(conn: imaplib.IMAP4) -> None:
        try:
            conn.shutdown()
        except Exception:
            pass

    @classmethod
    def _close(cls, conn: imaplib.IMAP4) -> None:
        try:
            conn.logout()
        except Exception:
            cls._drop(conn)

    def close(self) -> None:
        if self.conn is not None:
            self._close(self.conn)
            self.conn = None

    def __enter__(self) -> ImapMailbox:
        return self.open() if self.conn is None else self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ fetching

    def _require(self) -> imaplib.IMAP4:
        if self.conn is None:
            raise imaplib.IMAP4.abort("not connected")
        return self.conn

    def new_uids(self, after_uid: int) -> list[int]:
        """UIDs greater than `after_uid`, ascending ("n:*" always names the last message too)."""
        conn = self._require()
        conn.noop()  # lets the server tell us about messages that arrived since SELECT
        typ, data = conn.uid("SEARCH", None, f"UID {after_uid + 1}:*")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID SEARCH failed: {data!r}")
        uids = sorted({int(x) for chunk in data if chunk for x in chunk.split()})
        return [u for u in uids if u > after_uid]

    def sizes(self, uids: list[int]) -> dict[int, int]:
        conn = self._require()
        typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(UID RFC822.SIZE)")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID FETCH sizes failed: {data!r}")
        out = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid, size = _UID.search(line), _SIZE.search(line)
            if uid and size:
                out[int(uid.group(1))] = int(size.group(1))
        return out

    def bodies(self, uids: list[int]) -> dict[int, bytes]:
        """The raw bytes of these messages, without setting \\Seen."""
        conn = self._require()
        typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"UID FETCH bodies failed: {data!r}")
        out = {}
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2:
                uid = _UID.search(item[0])
                if uid is None and len(item) > 2:
                    uid = _UID.search(item[2] if isinstance(item[2], bytes) else b"")
                if uid is not None:
                    out[int(uid.group(1))] = item[1]
        return out

    def fetch_batches(self, after_uid: int = 0, *, batch: int = DEFAULT_BATCH) -> Iterator[list[Fetched]]:
        """Every message after `after_uid`, oldest first, as lists of up to `batch` (two FETCHes each)."""
        uids = self.new_uids(after_uid)
        for start in range(0, len(uids), batch):
            chunk = uids[start:start + batch]
            sizes = self.sizes(chunk)
            wanted = [u for u in chunk if sizes.get(u, 0) <= self.max_bytes]
            bodies = self.bodies(wanted) if wanted else {}
            out = []
            for uid in chunk:
                size = sizes.get(uid, 0)
                if size > self.max_bytes:
                    out.append(Fetched(uid, None, size, refused="too_large"))
                elif uid in bodies:
                    out.append(Fetched(uid, bodies[uid], len(bodies[uid])))
                else:  # expunged between SEARCH and FETCH
                    log.info("IMAP message UID %s vanished before it was fetched", uid)
            if out:
                yield out

    def fetch_new(self, after_uid: int = 0, *, batch: int = DEFAULT_BATCH) -> Iterator[Fetched]:
        """Every message after `after_uid`, oldest first, `batch` at a time."""
        for fetched in self.fetch_batches(after_uid, batch=batch):
            yield from fetched


def connect(settings: ImapSettings, password: str, **kw) -> ImapMailbox:
    """An open mailbox (the caller closes it)."""
    return ImapMailbox(settings, password, **kw).open()


__all__ = [
    "CONNECTION_ERRORS", "DEFAULT_BATCH", "Fetched", "ImapMailbox", "ImapSettings", "ImapSettingsError",
    "connect",
]
