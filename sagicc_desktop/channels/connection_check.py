"""Test connection" for an e-mail channel: reach the SMTP or IMAP server, negotiate TLS, log in
(IMAP: open the folder read-only) and leave, without sending or changing anything.

The answer is one code in plain categories an administration screen puts into words, plus the
server's own text or the certificate's names when they help. The functions hold no state and
touch no database, so a screen can run them on a worker thread; every network wait is bounded by
the timeout. The settings are a Channel.config (saved or still being edited), read the same way
the outbox (channels/smtp.py) and the IMAP worker (channels/imap_fetch.py) read them, so a
passing test means the real workers will connect too.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl
from dataclasses import dataclass

from .imap_fetch import ImapSettings, ImapSettingsError
from .smtp import SendError, SmtpConfig

OK = "ok"
INVALID_SETTINGS = "invalid_settings"
HOST_NOT_FOUND = "host_not_found"
CONNECTION_REFUSED = "connection_refused"
TIMEOUT = "timeout"
TLS_FAILED = "tls_failed"
CERTIFICATE_UNTRUSTED = "certificate_untrusted"
CA_FILE_UNREADABLE = "ca_file_unreadable"
STARTTLS_UNSUPPORTED = "starttls_unsupported"
LOGIN_UNSUPPORTED = "login_unsupported"
LOGIN_FAILED = "login_failed"
FOLDER_MISSING = "folder_missing"
UNEXPECTED = "unexpected"

CODES = (OK, INVALID_SETTINGS, HOST_NOT_FOUND, CONNECTION_REFUSED, TIMEOUT, TLS_FAILED, CERTIFICATE_UNTRUSTED,
         CA_FILE_UNREADABLE, STARTTLS_UNSUPPORTED, LOGIN_UNSUPPORTED, LOGIN_FAILED, FOLDER_MISSING, UNEXPECTED)
DEFAULT_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class CheckResult:
    """code: one of CODES. detail: the server's or the system's text (for "unexpected",
    "login_failed", "tls_failed" ...), never a sentence of ours. subject/issuer: the certificate's
    names when it was not trusted."""

    code: str
    detail: str = ""
    subject: str = ""
    issuer: str = ""

    @property
    def ok(self) -> bool:
        return self.code == OK


class _Failed(Exception):
    def __init__(self, result: CheckResult) -> None:
        super().__init__(result.code)
        self.result = result


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value if v is not None)
    return str(value)


def _network_result(exc: BaseException) -> CheckResult:
    """The category of a failure while reaching the server or negotiating TLS."""
    if isinstance(exc, socket.gaierror):
        return CheckResult(HOST_NOT_FOUND, str(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CheckResult(CERTIFICATE_UNTRUSTED, exc.verify_message or str(exc))
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return CheckResult(TIMEOUT, str(exc))
    if isinstance(exc, ConnectionRefusedError):
        return CheckResult(CONNECTION_REFUSED, str(exc))
    if isinstance(exc, ssl.SSLError):
        return CheckResult(TLS_FAILED, str(exc))
    return CheckResult(UNEXPECTED, str(exc) or type(exc).__name__)


def _context(ca_file: str) -> ssl.SSLContext:
    """System CAs plus ca_file; an unreadable ca_file is its own answer, not a TLS failure."""
    context = ssl.create_default_context()
    try:
        if ca_file:
            context.load_verify_locations(cafile=ca_file)
        return context
    except (OSError, ssl.SSLError) as exc:
        raise _Failed(CheckResult(CA_FILE_UNREADABLE, f"{ca_file}: {exc}")) from exc


# ---------------------------------------------------------------- the certificate's names


def _name(der_name) -> str:
    return der_name.rfc4514_string()


def _describe_certificate(der: bytes | None) -> tuple[str, str]:
    if not der:
        return "", ""
    try:
        from cryptography import x509
    except ImportError:  # the names are a help, not a need
        return "", ""
    try:
        certificate = x509.load_der_x509_certificate(der)
    except ValueError:
        return "", ""
    return _name(certificate.subject), _name(certificate.issuer)


def _untrusted(result: CheckResult, fetch_der) -> CheckResult:
    """Add the subject and issuer of the certificate that was refused. It is read on a second
    connection that checks nothing and stops right after the handshake: no password goes on it."""
    try:
        subject, issuer = _describe_certificate(fetch_der())
    except Exception:  # the names are a help: the verdict stands without them
        subject, issuer = "", ""
    return CheckResult(result.code, result.detail, subject, issuer)


def _unverified() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


# ---------------------------------------------------------------- SMTP


def _smtp_connect(config: SmtpConfig, context: ssl.SSLContext, timeout: float) -> smtplib.SMTP:
    if config.security == "tls":
        return smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    client = smtplib.SMTP(config.host, config.port, timeout=timeout)
    if config.security == "starttls":
        try:
            client.ehlo()
            if not client.has_extn("starttls"):  # never fall back to logging in in clear
                raise _Failed(CheckResult(STARTTLS_UNSUPPORTED))
            client.starttls(context=context)
            client.ehlo()
        except BaseException:
            client.close()
            raise
    return client


def _smtp_certificate(config: SmtpConfig, timeout: float) -> bytes | None:
    client = _smtp_connect(config, _unverified(), timeout)
    try:
        return client.sock.getpeercert(binary_form=True)
    finally:
        client.close()


def check_smtp(config: dict, password: str | None, *, timeout: float | None = None) -> CheckResult:
    """Connect, negotiate TLS as configured, log in when smtp_username is set, QUIT. `timeout`
    (seconds) bounds every wait; by default the channel's smtp_timeout, else 15 s."""
    try:
        settings = SmtpConfig.from_channel(config)
    except (SendError, TypeError, ValueError) as exc:
        return CheckResult(INVALID_SETTINGS, str(exc))
    limit = float(timeout or config.get("smtp_timeout") or DEFAULT_TIMEOUT_S)
    try:
        context = _context(settings.ca_file)
        try:
            client = _smtp_connect(settings, context, limit)
        except smtplib.SMTPResponseException as exc:  # a 4xx/5xx greeting or STARTTLS refused
            return CheckResult(UNEXPECTED, _reply(exc))
        except smtplib.SMTPServerDisconnected as exc:
            return _disconnected(exc)
        except (OSError, EOFError) as exc:
            result = _network_result(exc)
            if result.code == CERTIFICATE_UNTRUSTED:
                return _untrusted(result, lambda: _smtp_certificate(settings, limit))
            return result
        try:
            if settings.username:
                client.login(settings.username, password or "")
        except smtplib.SMTPAuthenticationError as exc:
            return CheckResult(LOGIN_FAILED, _reply(exc))
        except smtplib.SMTPNotSupportedError as exc:
            return CheckResult(LOGIN_UNSUPPORTED, str(exc))
        except smtplib.SMTPResponseException as exc:
            return CheckResult(UNEXPECTED, _reply(exc))
        except smtplib.SMTPServerDisconnected as exc:
            return _disconnected(exc)
        except OSError as exc:
            return _network_result(exc)
        except smtplib.SMTPException as exc:
            return CheckResult(UNEXPECTED, str(exc))
        finally:
            _smtp_quit(client)
    except _Failed as failed:
        return failed.result
    return CheckResult(OK)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    """The server's reply; smtplib's -1 (not an SMTP reply at all) is left out."""
    text = _text(exc.smtp_error)
    return f"{exc.smtp_code} {text}" if exc.smtp_code > 0 else text


def _disconnected(exc: smtplib.SMTPServerDisconnected) -> CheckResult:
    """smtplib turns a read that timed out into "disconnected": the cause tells them apart."""
    cause = exc.__cause__ or exc.__context__
    timed_out = isinstance(cause, (TimeoutError, socket.timeout))
    return CheckResult(TIMEOUT if timed_out else UNEXPECTED, str(exc))


def _smtp_quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except Exception:
        client.close()


# ---------------------------------------------------------------- IMAP


def _imap_connect(settings: ImapSettings, context: ssl.SSLContext | None, timeout: float) -> imaplib.IMAP4:
    if settings.security == "tls":
        return imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context, timeout=timeout)
    conn = imaplib.IMAP4(settings.host, settings.port, timeout=timeout)
    if settings.security == "starttls":
        try:
            if "STARTTLS" not in conn.capabilities:  # never fall back to logging in in clear
                raise _Failed(CheckResult(STARTTLS_UNSUPPORTED))
            conn.starttls(ssl_context=context)
        except BaseException:
            _imap_drop(conn)
            raise
    return conn


def _imap_certificate(settings: ImapSettings, timeout: float) -> bytes | None:
    conn = _imap_connect(settings, _unverified(), timeout)
    try:
        return conn.sock.getpeercert(binary_form=True)
    finally:
        _imap_drop(conn)


def _imap_drop(conn: imaplib.IMAP4) -> None:
    try:
        conn.shutdown()
    except Exception:
        pass


def _imap_logout(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()
    except Exception:
        _imap_drop(conn)


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_imap(config: dict, password: str | None, *, timeout: float | None = None) -> CheckResult:
    """Connect, negotiate TLS as configured, log in, EXAMINE the folder (read-only: nothing is
    marked or moved), LOGOUT. `timeout` as in check_smtp, by default the channel's imap_timeout."""
    try:
        settings = ImapSettings.from_config(config)
    except (ImapSettingsError, TypeError, ValueError) as exc:
        return CheckResult(INVALID_SETTINGS, str(exc))
    if settings is None:
        return CheckResult(INVALID_SETTINGS, "imap_host and imap_username are needed")
    limit = float(timeout or config.get("imap_timeout") or DEFAULT_TIMEOUT_S)
    try:
        context = None if settings.security == "none" else _context(settings.ca_file)
        try:
            conn = _imap_connect(settings, context, limit)
        except imaplib.IMAP4.error as exc:  # a greeting that is not IMAP, STARTTLS refused
            return CheckResult(UNEXPECTED, str(exc))
        except (OSError, EOFError) as exc:
            result = _network_result(exc)
            if result.code == CERTIFICATE_UNTRUSTED:
                return _untrusted(result, lambda: _imap_certificate(settings, limit))
            return result
        try:
            return _imap_session(conn, settings, password)
        finally:
            _imap_logout(conn)
    except _Failed as failed:
        return failed.result


def _imap_session(conn: imaplib.IMAP4, settings: ImapSettings, password: str | None) -> CheckResult:
    try:
        conn.login(settings.username, password or "")
    except imaplib.IMAP4.abort as exc:
        return CheckResult(UNEXPECTED, str(exc))
    except imaplib.IMAP4.error as exc:  # NO [AUTHENTICATIONFAILED] and the like
        return CheckResult(LOGIN_FAILED, str(exc))
    except (OSError, EOFError) as exc:
        return _network_result(exc)
    try:
        typ, data = conn.select(_quote(settings.folder), readonly=True)
    except imaplib.IMAP4.abort as exc:
        return CheckResult(UNEXPECTED, str(exc))
    except imaplib.IMAP4.error as exc:
        return CheckResult(FOLDER_MISSING, str(exc))
    except (OSError, EOFError) as exc:
        return _network_result(exc)
    if typ != "OK":
        return CheckResult(FOLDER_MISSING, _text(data))
    return CheckResult(OK)
