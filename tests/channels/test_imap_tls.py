"""Receiving e-mail over IMAP with TLS (port 993 style) and STARTTLS against a real Dovecot with
a self-signed certificate; an untrusted certificate and a server without STARTTLS fail before
any password is sent, and the worker reports them instead of dying."""

from __future__ import annotations

import imaplib
import ssl
import time
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlalchemy import func, select

from imap_server import PASSWORD, dovecot, dovecot_tls, make_email_channel  # noqa: F401
from sagicc_desktop.channels.imap_fetch import CONNECTION_ERRORS, ImapMailbox, ImapSettings
from sagicc_desktop.channels.imap_worker import ImapWorker
from sagicc_desktop.services import inbound
from sagicc_desktop.services.inbound_cursor import load_cursor
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Interaction, Ticket


def mail(subject: str) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = "Carla Ruiz <carla.ruiz@cliente.example>"
    msg["To"] = "support@sagicc.example"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id = make_msgid(domain="cliente.example")
    msg.set_content("Hi, the router does not start.")
    return msg.as_bytes(), message_id


class Recorder:
    """on_new / on_error for the worker."""

    def __init__(self) -> None:
        self.new, self.errors = [], []

    def worker(self, db, blobs, **kw) -> ImapWorker:
        return ImapWorker(db, blobs, password_for=lambda _channel_id: PASSWORD, backoff_initial=60,
                          on_new=lambda *a: self.new.append(a), on_error=lambda *a: self.errors.append(a), **kw)


def count(db, entity) -> int:
    with read_only(db) as s:
        return s.scalar(select(func.count()).select_from(entity))


def tls_logins(server, expected: int, timeout: float = 5.0) -> list[str]:
    """Dovecot's "Login:" log lines made over TLS (its login process writes them a moment later)."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [line for line in server.log().splitlines()
                 if "imap-login: Info: Login: user=<support>" in line and ", TLS," in line]
        if len(lines) >= expected or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def record_logins(monkeypatch) -> list[str]:
    """From now on LOGIN (the password) is never sent: it is recorded instead."""
    sent: list[str] = []
    monkeypatch.setattr(imaplib.IMAP4, "login", lambda self, user, password: sent.append(user) or ("OK", []))
    return sent


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_a_message_is_fetched_and_stored_over_an_encrypted_connection(dovecot_tls, sqlite_db, blobs,  # noqa: F811
                                                                      security):
    server = dovecot_tls
    raw, message_id = mail(f"Over {security}")
    server.append(raw)

    # The mailbox alone, with an ssl_context that trusts the test certificate.
    config = server.config_for(security, imap_ca_file="")
    assert config["imap_port"] == (server.tls_port if security == "tls" else server.port)
    context = ssl.create_default_context(cafile=str(server.cert))
    with ImapMailbox(ImapSettings.from_config(config), PASSWORD, ssl_context=context) as mailbox:
        assert isinstance(mailbox.conn.sock, ssl.SSLSocket)
        assert mailbox.conn.sock.version().startswith("TLSv1.")
        assert "STARTTLS" not in mailbox.conn.capabilities  # asked again inside TLS, as RFC 3501 wants
        [fetched] = list(mailbox.fetch_new())
    assert fetched.uid == 1 and fetched.refused is None and message_id.encode() in fetched.raw

    # One worker round into the database, the certificate trusted through the channel's imap_ca_file.
    setup = make_email_channel(sqlite_db, server.config_for(security))
    rec = Recorder()
    outcomes = rec.worker(sqlite_db, blobs).poll_once()
    assert rec.errors == []
    assert [o.result.kind for o in outcomes] == [inbound.NEW_TICKET] and len(rec.new) == 1
    with read_only(sqlite_db) as s:
        ticket = s.get(Ticket, outcomes[0].result.ticket_id)
        assert ticket.subject == f"Over {security}" and ticket.campaign_id == setup.campaign_id
        assert s.scalar(select(Interaction.message_id)) == message_id
    assert load_cursor(sqlite_db, setup.channel_id).last_uid == 1
    # Dovecot saw both logins (mailbox, worker) arrive over TLS; the fixture's APPEND did not use it.
    assert len(tls_logins(server, 2)) == 2


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_untrusted_certificate_fails_before_the_login(dovecot_tls, sqlite_db, blobs, monkeypatch,  # noqa: F811
                                                         security):
    server = dovecot_tls
    server.append(mail("Never read")[0])
    logins = record_logins(monkeypatch)
    config = server.config_for(security, imap_ca_file="")  # the system's CAs only
    mailbox = ImapMailbox(ImapSettings.from_config(config), PASSWORD)
    with pytest.raises(ssl.SSLCertVerificationError) as err:
        mailbox.open()
    assert "certificate verify failed" in str(err.value) and err.value.verify_code == 18  # self-signed
    assert isinstance(err.value, CONNECTION_ERRORS) and mailbox.conn is None

    setup = make_email_channel(sqlite_db, config)
    rec = Recorder()
    assert rec.worker(sqlite_db, blobs).poll_once() == []  # reported, not raised
    [(channel_id, message)] = rec.errors
    assert channel_id == setup.channel_id
    assert message.startswith("SSLCertVerificationError:") and "certificate verify failed" in message
    assert logins == [] and count(sqlite_db, Ticket) == 0 and load_cursor(sqlite_db, setup.channel_id) is None


def test_starttls_not_offered_fails_instead_of_logging_in_in_clear(dovecot, sqlite_db, blobs,  # noqa: F811
                                                                   monkeypatch):
    server = dovecot  # ssl = no: no STARTTLS in its capabilities, and it would take a clear login
    server.append(mail("Never read")[0])
    logins = record_logins(monkeypatch)
    config = server.config | {"imap_security": "starttls"}
    mailbox = ImapMailbox(ImapSettings.from_config(config), PASSWORD)
    with pytest.raises(imaplib.IMAP4.error, match="does not offer STARTTLS"):
        mailbox.open()
    assert mailbox.conn is None

    setup = make_email_channel(sqlite_db, config)
    rec = Recorder()
    assert rec.worker(sqlite_db, blobs).poll_once() == []
    assert rec.errors == [(setup.channel_id, f"error: 127.0.0.1:{server.port} does not offer STARTTLS")]
    assert logins == [] and count(sqlite_db, Ticket) == 0
    monkeypatch.undo()
    assert server.unseen() == 1  # still there for a properly configured client


def test_imap_ca_file_in_the_channel_config(dovecot_tls, sqlite_db, blobs, tmp_path):  # noqa: F811
    assert ImapSettings.from_config({"imap_host": "h", "imap_username": "u"}).ca_file == ""
    settings = ImapSettings.from_config({"imap_host": "h", "imap_username": "u", "imap_ca_file": " /x/ca.pem "})
    assert settings.ca_file == "/x/ca.pem"
    trusted = ImapSettings.from_config(dovecot_tls.config_for("tls")).ssl_context()
    assert any(ca["subject"] == ((("commonName", "127.0.0.1"),),) for ca in trusted.get_ca_certs())

    # A missing file is a connection-time problem that names the key, reported by the worker.
    missing = str(tmp_path / "missing-ca.pem")
    with pytest.raises(OSError, match="cannot read imap_ca_file .*missing-ca.pem"):
        ImapSettings.from_config(dovecot_tls.config_for("tls", imap_ca_file=missing)).ssl_context()
    setup = make_email_channel(sqlite_db, dovecot_tls.config_for("tls", imap_ca_file=missing))
    rec = Recorder()
    assert rec.worker(sqlite_db, blobs).poll_once() == []
    [(channel_id, message)] = rec.errors
    assert channel_id == setup.channel_id and "cannot read imap_ca_file" in message

    # "none" never reads the file.
    with ImapMailbox(ImapSettings.from_config(dovecot_tls.config_for("none", imap_ca_file=missing)), PASSWORD) as mb:
        assert not isinstance(mb.conn.sock, ssl.SSLSocket) and mb.uidvalidity
