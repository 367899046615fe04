"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1 on a free port.

It keeps every accepted message (envelope and bytes) to read back, can require a login, speaks
STARTTLS or implicit TLS with a self-signed certificate made here, refuses chosen recipients
with a 5xx or 4xx reply, and can be stopped and started again on the same port (a server that
goes away and comes back).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
import ssl
import subprocess
import threading
import time
import warnings
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

LOGIN, PASSWORD = "desk", "s3cret"
# The implicit-TLS server takes a login without STARTTLS: its whole connection is encrypted.
warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(folder: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """(certificate, key) PEM files for `host`, valid for a day."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:  # the openssl command line does the same
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "1", "-subj", f"/CN={host}", "-addext", f"subjectAltName=IP:{host}",
                        "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
        return cert, key
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return cert, key


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    # recipient -> reply for RCPT, e.g. "550 5.1.1 No such user" or "451 4.3.0 Try later"
    refuse: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.refuse.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 Message accepted for delivery"

    def by_message_id(self, message_id: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.message["Message-ID"] == message_id]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == LOGIN.encode() \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself


class SmtpServer:
    """security: "none", "starttls" or "tls"; auth: require LOGIN/PASSWORD."""

    def __init__(self, folder: Path, *, security: str = "none", auth: bool = False) -> None:
        self.folder, self.security, self.auth = Path(folder), security, auth
        self.port = free_port()
        self.handler = Handler()
        self.cert = self.key = None
        if security != "none":
            self.cert, self.key = self_signed(self.folder)
        self.controller: Controller | None = None

    def _server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def start(self) -> "SmtpServer":
        kwargs: dict = {}
        if self.auth:
            # aiosmtpd counts only STARTTLS as encryption; implicit TLS is encrypted from the start.
            kwargs.update(authenticator=_authenticator, auth_required=True,
                          auth_require_tls=self.security == "starttls")
        if self.security == "starttls":
            kwargs.update(tls_context=self._server_context(), require_starttls=True)
        elif self.security == "tls":
            kwargs.update(ssl_context=self._server_context())
        for _ in range(50):  # the port of a server just stopped may take a moment to be free
            try:
                self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)
                self.controller.start()
                return self
            except (OSError, RuntimeError):
                time.sleep(0.05)
        raise RuntimeError(f"SMTP test server could not start on port {self.port}")

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def config(self, **extra) -> dict:
        """Channel.config for this server."""
        config = {"address": "support@helpdesk.example", "display_name": "Help Desk", "smtp_host": "127.0.0.1",
                  "smtp_port": self.port, "smtp_security": self.security, "smtp_timeout": 5}
        if self.cert is not None:
            config["smtp_ca_file"] = str(self.cert)
        if self.auth:
            config["smtp_username"] = LOGIN
        return config | extra
