"""Sending one e-mail over SMTP (H1), and telling a failure worth retrying from a final one.

The channel's config says where: smtp_host, smtp_port, smtp_security ("starttls": plain SMTP
then STARTTLS, the default; "tls": implicit TLS; "none": no encryption, for tests and local
relays only), smtp_username (login when set; the password comes from the keychain, see
services/channel_secrets.py), smtp_timeout (seconds) and smtp_ca_file (a CA bundle to trust
besides the system's, e.g. a company relay's own certificate).

Classification: a 5xx reply is permanent (the server said no: bad recipient, refused
content, wrong password); a 4xx reply, a refused or dropped connection and a timeout are
transient and the outbox tries again later.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage

SECURITIES = ("starttls", "tls", "none")
DEFAULT_TIMEOUT_S = 30.0


class SendError(Exception):
    """A failed send: `permanent` says whether trying again can help; `code` is the SMTP reply."""

    def __init__(self, message: str, *, permanent: bool, code: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str = "starttls"
    username: str = ""
    timeout_s: float = DEFAULT_TIMEOUT_S
    ca_file: str = ""

    @classmethod
    def from_channel(cls, config: dict) -> "SmtpConfig":
        security = str(config.get("smtp_security") or "starttls").lower()
        if security not in SECURITIES:
            raise SendError(f"unknown smtp_security {security!r}", permanent=True)
        host = str(config.get("smtp_host") or "")
        if not host:
            raise SendError("the channel has no smtp_host", permanent=True)
        default_port = 465 if security == "tls" else 587 if security == "starttls" else 25
        return cls(host=host, port=int(config.get("smtp_port") or default_port), security=security,
                   username=str(config.get("smtp_username") or ""),
                   timeout_s=float(config.get("smtp_timeout") or DEFAULT_TIMEOUT_S),
                   ca_file=str(config.get("smtp_ca_file") or ""))


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if config.ca_file:
        context.load_verify_locations(cafile=config.ca_file)
    return context


def _reply(code: int, text) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    if config.security == "tls":
        return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout_s, context=tls_context(config))
    client = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
    if config.security == "starttls":
        try:
            client.ehlo()
            client.starttls(context=tls_context(config))
            client.ehlo()
        except BaseException:
            client.close()
            raise
    return client


def send(message: EmailMessage, envelope_to: Sequence[str], config: SmtpConfig, password: str | None) -> list[str]:
    """Send or raise SendError; the envelope sender is the From address. Returns the recipients
    the server refused while accepting others (the message went: sending it again would reach
    the others twice), as "address: reply" lines."""
    if not envelope_to:
        raise SendError("no recipients", permanent=True)
    try:
        client = _connect(config)
    except smtplib.SMTPResponseException as exc:  # e.g. 421 or 554 greeting, STARTTLS refused
        raise SendError(_reply(exc.smtp_code, exc.smtp_error), permanent=exc.smtp_code >= 500,
                        code=exc.smtp_code) from exc
    except smtplib.SMTPNotSupportedError as exc:  # the server does not offer STARTTLS
        raise SendError(f"STARTTLS not offered: {exc}", permanent=True) from exc
    except ssl.SSLCertVerificationError as exc:
        raise SendError(f"certificate not trusted: {exc.verify_message or exc}", permanent=True) from exc
    except (OSError, smtplib.SMTPException) as exc:  # refused, unreachable, timeout, TLS handshake
        raise SendError(f"cannot connect to {config.host}:{config.port}: {exc}", permanent=False) from exc
    try:
        with client:
            if config.username:
                client.login(config.username, password or "")
            refused = client.send_message(message, to_addrs=list(envelope_to))
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _text in exc.recipients.values()]
        detail = "; ".join(f"{rcpt}: {_reply(c, t)}" for rcpt, (c, t) in exc.recipients.items())
        raise SendError(detail, permanent=all(c >= 500 for c in codes), code=max(codes, default=None)) from exc
    except smtplib.SMTPResponseException as exc:  # auth, sender, data refused, 421 closing
        raise SendError(_reply(exc.smtp_code, exc.smtp_error), permanent=exc.smtp_code >= 500,
                        code=exc.smtp_code) from exc
    except smtplib.SMTPNotSupportedError as exc:  # AUTH not offered
        raise SendError(f"login not supported by the server: {exc}", permanent=True) from exc
    except (OSError, socket.timeout, smtplib.SMTPException) as exc:  # dropped mid-way
        raise SendError(f"connection lost: {exc}", permanent=False) from exc
    return [f"{rcpt}: {_reply(code, text)}" for rcpt, (code, text) in (refused or {}).items()]
