"""A real IMAP server for the e-mail tests: Dovecot on 127.0.0.1, a high free port, one
passwd-file user with a PLAIN password and a maildir, everything under a temporary folder.

``dovecot`` speaks plain IMAP only (ssl = no: no STARTTLS offered). ``dovecot_tls`` has a
self-signed certificate for 127.0.0.1 (``server.cert``, also the CA to trust), offers STARTTLS
on ``server.port`` and speaks IMAP over TLS on ``server.tls_port``.

Import the fixtures explicitly: ``from imap_server import dovecot, email_setup  # noqa: F401``.
Without Dovecot the tests fail in CI (CI set) and are skipped elsewhere.
"""

from __future__ import annotations

import getpass
import imaplib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "support", "imap secret"
DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mail_owner() -> tuple[int, int]:
    """Who owns the mail: ourselves, or (Dovecot refuses uid 0) an unprivileged user when root."""
    if os.getuid() != 0:
        return os.getuid(), os.getgid()
    import pwd

    for name in ("dovecot", "nobody"):
        try:
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
        except KeyError:
            continue
    return 65534, 65534


def _ssl_settings(tls: tuple[int, Path, Path] | None) -> tuple[str, int]:
    """The ssl lines of the configuration and the imaps port (0: none)."""
    if tls is None:
        return "ssl = no\ndisable_plaintext_auth = no", 0
    tls_port, cert, key = tls
    # The '<' makes Dovecot read the file. Loopback counts as secured for disable_plaintext_auth,
    # so the tests see that a login went through TLS on the client's socket, not from this.
    return f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\ndisable_plaintext_auth = yes", tls_port


def _config(root: Path, port: int, tls: tuple[int, Path, Path] | None = None) -> str:
    uid, gid = _mail_owner()
    user = getpass.getuser()
    ssl_lines, tls_port = _ssl_settings(tls)
    imaps_ssl = "\n    ssl = yes" if tls_port else ""
    unprivileged = "" if os.getuid() == 0 else f"""
default_login_user = {user}
default_internal_user = {user}
service imap-login {{
  chroot =
}}
service anvil {{
  chroot =
}}
"""
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
{ssl_lines}
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
first_valid_gid = 0
mail_location = maildir:{root}/mail/%u
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}{imaps_ssl}
  }}
}}
{unprivileged}
"""


@dataclass
class DovecotServer:
    """Start, stop and restart Dovecot; put messages in as a mail client would (APPEND).
    With tls=True: a certificate, STARTTLS on `port` and IMAP over TLS on `tls_port`."""

    root: Path
    port: int = 0
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen | None = None
    tls: bool = False
    tls_port: int = 0
    cert: Path | None = None
    key: Path | None = None

    def __post_init__(self) -> None:
        self.port = self.port or free_port()
        while self.tls and self.tls_port in (0, self.port):
            self.tls_port = free_port()
        self.own_root = os.getuid() == 0
        if self.own_root:
            # Dovecot's own processes must reach the files: a private test folder is closed to
            # them when the tests run as root, so the server gets an open folder of its own.
            self.root = Path(tempfile.mkdtemp(prefix="sagicc-dovecot-"))
            self.root.chmod(0o755)
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if self.own_root:
            uid, gid = _mail_owner()
            for sub in ("mail", "home"):
                os.chown(self.root / sub, uid, gid)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        if self.tls:
            from smtp_server import self_signed

            self.cert, self.key = self_signed(self.root)
        self.conf = self.root / "dovecot.conf"
        self.conf.write_text(_config(self.root, self.port, (self.tls_port, self.cert, self.key) if self.tls else None))

    @property
    def config(self) -> dict:
        """A Channel.config for this server."""
        return {"imap_host": "127.0.0.1", "imap_port": self.port, "imap_security": "none",
                "imap_username": self.user, "imap_folder": "INBOX", "imap_timeout": 10}

    def config_for(self, security: str, **extra) -> dict:
        """A Channel.config for `security` ("tls": the imaps port, else the plain one), trusting
        this server's certificate through imap_ca_file."""
        port = self.tls_port if security == "tls" else self.port
        config = self.config | {"imap_security": security, "imap_port": port}
        if self.cert is not None:
            config["imap_ca_file"] = str(self.cert)
        return config | extra

    def start(self, timeout: float = 10.0) -> DovecotServer:
        if self.process is not None and self.process.poll() is None:
            return self
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"dovecot exited: {err}\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    if s.recv(64).startswith(b"* OK"):
                        if self.tls_port:
                            socket.create_connection(("127.0.0.1", self.tls_port), timeout=0.2).close()
                        return self
            except OSError:
                time.sleep(0.03)
        raise RuntimeError(f"dovecot did not accept connections on {self.port}\n{self.log()}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def remove(self) -> None:
        """Stop, and delete the server's folder when it made its own."""
        self.stop()
        if self.own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def client(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        conn.login(self.user, self.password)
        return conn

    def append(self, *messages: bytes, folder: str = "INBOX") -> None:
        conn = self.client()
        try:
            for raw in messages:
                typ, data = conn.append(folder, None, None, raw)
                assert typ == "OK", data
        finally:
            conn.logout()

    def count(self, folder: str = "INBOX") -> int:
        conn = self.client()
        try:
            typ, data = conn.select(folder, readonly=True)
            return int(data[0])
        finally:
            conn.logout()

    def unseen(self, folder: str = "INBOX") -> int:
        conn = self.client()
        try:
            conn.select(folder, readonly=True)
            typ, data = conn.search(None, "UNSEEN")
            return len(data[0].split())
        finally:
            conn.logout()


def require_dovecot() -> None:
    if DOVECOT is None:
        if os.environ.get("CI"):
            pytest.fail("dovecot is not installed (apt-get install dovecot-imapd)")
        pytest.skip("dovecot is not installed")


@pytest.fixture
def dovecot(tmp_path: Path):
    require_dovecot()
    server = DovecotServer(tmp_path / "dovecot").start()
    yield server
    server.remove()


@pytest.fixture
def dovecot_tls(tmp_path: Path):
    """Dovecot with ssl = yes: STARTTLS on `port`, IMAP over TLS on `tls_port`."""
    require_dovecot()
    server = DovecotServer(tmp_path / "dovecot-tls", tls=True).start()
    yield server
    server.remove()


# ---------------------------------------------------------------- database side


@dataclass(frozen=True)
class EmailSetup:
    channel_id: uuid.UUID
    campaign_id: uuid.UUID
    other_campaign_id: uuid.UUID


def make_email_channel(db, config: dict | None = None, *, address: str = "support@sagicc.example",
                       sla_hours: int | None = 24) -> EmailSetup:
    """An e-mail channel whose inbound default campaign has an SLA, beside another campaign
    that also uses the channel (so the default is really chosen)."""
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import Campaign, CampaignChannel, Channel, SlaRule
    from sagicc_desktop.store.enums import ChannelKind, Priority

    with unit_of_work(db) as s:
        other = Campaign(name=f"Sales {uuid.uuid4().hex[:6]}")
        campaign = Campaign(name=f"Support {uuid.uuid4().hex[:6]}")
        channel = Channel(name="Support mailbox", kind=ChannelKind.EMAIL,
                          config={"address": address, **(config or {})}, max_attachment_bytes=10 * 1024 * 1024)
        s.add_all([other, campaign, channel])
        s.flush()
        s.add(CampaignChannel(campaign_id=other.id, channel_id=channel.id, is_inbound_default=False))
        s.add(CampaignChannel(campaign_id=campaign.id, channel_id=channel.id, is_inbound_default=True))
        if sla_hours:
            s.add(SlaRule(campaign_id=campaign.id, priority=int(Priority.MEDIUM), resolution_hours=sla_hours))
        return EmailSetup(channel.id, campaign.id, other.id)


def make_supervisor(db, role=None):
    """A supervisor (or `role`) as the Actor services take."""
    from sagicc_desktop.services.auth import actor_for
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import User
    from sagicc_desktop.store.enums import Role

    with unit_of_work(db) as s:
        user = User(username=f"u{uuid.uuid4().hex[:8]}", display_name="Supervisor", role=role or Role.SUPERVISOR)
        s.add(user)
        s.flush()
        return actor_for(s, user)
