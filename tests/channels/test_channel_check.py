"""The "Test connection" of an e-mail channel against the real test servers (aiosmtpd, Dovecot):
each way it can go wrong comes back as its own code, and nothing is sent or changed."""

from __future__ import annotations

import socket
import threading

import pytest

from imap_server import PASSWORD as IMAP_PASSWORD
from imap_server import dovecot, dovecot_tls  # noqa: F401
from sagicc_desktop.channels.connection_check import check_imap, check_smtp
from smtp_server import PASSWORD as SMTP_PASSWORD


@pytest.fixture
def closed_port() -> int:
    """A port nobody listens on: bound, then let go."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_server():
    """Accepts connections (the kernel does, from the backlog) and never says a word."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(4)
        yield s.getsockname()[1]


# ---------------------------------------------------------------- SMTP


@pytest.mark.parametrize("security", ["none", "starttls", "tls"])
def test_smtp_ok_with_login_and_nothing_is_sent(make_smtp, security):
    server = make_smtp(security=security, auth=True)
    result = check_smtp(server.config(), SMTP_PASSWORD)
    assert result.code == "ok" and result.ok
    assert server.received == []


def test_smtp_without_login(smtp_server):
    assert check_smtp(smtp_server.config(), None).code == "ok"


def test_smtp_login_asked_of_a_server_without_it(smtp_server):
    assert check_smtp(smtp_server.config(smtp_username="desk"), "x").code == "login_unsupported"


def test_smtp_wrong_password(make_smtp):
    server = make_smtp(security="starttls", auth=True)
    result = check_smtp(server.config(), "wrong")
    assert result.code == "login_failed" and "535" in result.detail


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_smtp_untrusted_certificate_names_it(make_smtp, security):
    server = make_smtp(security=security, auth=True)
    result = check_smtp(server.config(smtp_ca_file=""), SMTP_PASSWORD)  # system CAs only
    assert result.code == "certificate_untrusted"
    assert result.subject == "CN=127.0.0.1" and result.issuer == "CN=127.0.0.1"


def test_smtp_starttls_asked_of_a_server_without_it(smtp_server):
    assert check_smtp(smtp_server.config(smtp_security="starttls"), None).code == "starttls_unsupported"


def test_smtp_tls_spoken_to_a_plain_server(smtp_server):
    assert check_smtp(smtp_server.config(smtp_security="tls"), None, timeout=5).code == "tls_failed"


def test_smtp_closed_port(closed_port):
    config = {"smtp_host": "127.0.0.1", "smtp_port": closed_port, "smtp_security": "none"}
    assert check_smtp(config, None).code == "connection_refused"


def test_smtp_host_that_does_not_resolve():
    config = {"smtp_host": "smtp.sagicc-test.invalid", "smtp_port": 587, "smtp_security": "starttls"}
    assert check_smtp(config, "x").code == "host_not_found"


def test_smtp_server_that_never_answers(silent_server):
    config = {"smtp_host": "127.0.0.1", "smtp_port": silent_server, "smtp_security": "starttls"}
    assert check_smtp(config, "x", timeout=0.3).code == "timeout"


def test_smtp_unreadable_ca_file(make_smtp, tmp_path):
    server = make_smtp(security="tls")
    result = check_smtp(server.config(smtp_ca_file=str(tmp_path / "missing.pem")), None)
    assert result.code == "ca_file_unreadable" and "missing.pem" in result.detail


def test_smtp_settings_without_a_host():
    assert check_smtp({"smtp_security": "tls"}, None).code == "invalid_settings"


def test_smtp_check_runs_on_a_worker_thread(make_smtp):
    server = make_smtp(security="tls", auth=True)
    results = []
    thread = threading.Thread(target=lambda: results.append(check_smtp(server.config(), SMTP_PASSWORD)))
    thread.start()
    thread.join()
    assert [r.code for r in results] == ["ok"]


# ---------------------------------------------------------------- IMAP


def test_imap_plain_ok(dovecot):  # noqa: F811
    assert check_imap(dovecot.config, IMAP_PASSWORD).code == "ok"


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_imap_encrypted_ok(dovecot_tls, security):  # noqa: F811
    assert check_imap(dovecot_tls.config_for(security), IMAP_PASSWORD).code == "ok"


def test_imap_wrong_password(dovecot_tls):  # noqa: F811
    result = check_imap(dovecot_tls.config_for("tls"), "wrong")
    assert result.code == "login_failed" and "AUTHENTICATIONFAILED" in result.detail


def test_imap_missing_folder(dovecot_tls):  # noqa: F811
    result = check_imap(dovecot_tls.config_for("starttls", imap_folder="Archive/2019"), IMAP_PASSWORD)
    assert result.code == "folder_missing"
    assert dovecot_tls.count() == 0  # EXAMINE made nothing


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_imap_untrusted_certificate_names_it(dovecot_tls, security):  # noqa: F811
    result = check_imap(dovecot_tls.config_for(security, imap_ca_file=""), IMAP_PASSWORD)
    assert result.code == "certificate_untrusted"
    assert result.subject == "CN=127.0.0.1" and result.issuer == "CN=127.0.0.1"
    assert "Login: user=<support>" not in dovecot_tls.log()  # the password never went


def test_imap_starttls_asked_of_a_server_without_it(dovecot):  # noqa: F811
    config = dovecot.config | {"imap_security": "starttls"}
    assert check_imap(config, IMAP_PASSWORD).code == "starttls_unsupported"


def test_imap_closed_port(closed_port):
    config = {"imap_host": "127.0.0.1", "imap_port": closed_port, "imap_security": "none", "imap_username": "u"}
    assert check_imap(config, "x").code == "connection_refused"


def test_imap_host_that_does_not_resolve():
    config = {"imap_host": "imap.sagicc-test.invalid", "imap_security": "tls", "imap_username": "u"}
    assert check_imap(config, "x").code == "host_not_found"


@pytest.mark.parametrize("security", ["none", "tls"])
def test_imap_server_that_never_answers(silent_server, security):
    config = {"imap_host": "127.0.0.1", "imap_port": silent_server, "imap_security": security, "imap_username": "u"}
    assert check_imap(config, "x", timeout=0.3).code == "timeout"


def test_imap_settings_without_a_user():
    assert check_imap({"imap_host": "127.0.0.1"}, "x").code == "invalid_settings"


def test_each_protocol_spoken_to_the_other_server_is_unexpected_with_its_text(smtp_server, dovecot):  # noqa: F811
    imap_config = dovecot.config | {"imap_port": smtp_server.port}
    result = check_imap(imap_config, IMAP_PASSWORD, timeout=5)
    assert result.code == "unexpected" and "220" in result.detail
    smtp_config = smtp_server.config(smtp_port=dovecot.port)
    result = check_smtp(smtp_config, None, timeout=5)
    assert result.code == "unexpected" and result.detail.startswith("[CAPABILITY IMAP4rev1")
