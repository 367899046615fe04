"""Administering channels (issue 6): an e-mail channel's SMTP and IMAP settings, telephony
(tel: or sip:), and the WhatsApp and SMS provider channels, each with its attachment limits.

The settings go into Channel.config under the keys the workers already read (channels/smtp.py,
channels/imap_fetch.py, services/outgoing.py), so a saved channel is used as it is. Passwords
and tokens never touch the database or the change log: they go to the OS keychain through
services/channel_secrets.py, and reading settings only says whether one is set.

Validation collects every field's problem at once: ValidationError("invalid_settings",
fields={field: code}) so a screen can mark each field with its own sentence.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Channel
from ..store.enums import ChangeAction, ChannelKind
from . import channel_secrets
from .actor import Actor
from .changelog import apply_changes, record
from .channel_secrets import KeychainUnavailable
from .errors import NotFound, StaleEdit, ValidationError
from .keychain import keychain_status
from .permissions import require_admin
from .unit_of_work import read_only, unit_of_work

ENTITY = "channel"
TOKEN = "token"  # the keychain purpose of a provider channel's API token
SECURITIES = ("starttls", "tls", "none")
DIAL_SCHEMES = ("tel", "sip")
SMTP_PORTS = {"tls": 465, "starttls": 587, "none": 25}
IMAP_PORTS = {"tls": 993, "starttls": 143, "none": 143}
MAX_ATTACHMENT_LIMIT = 1024 * 1024 * 1024  # 1 GiB: more is a typo, no provider takes it

# Which config keys a screen edits, per kind; other keys already in the config (smtp_timeout,
# a provider's own options) are kept as they are.
EMAIL_KEYS = ("address", "display_name", "smtp_host", "smtp_port", "smtp_security", "smtp_username",
              "smtp_ca_file", "imap_host", "imap_port", "imap_security", "imap_username", "imap_folder",
              "imap_ca_file")
PHONE_KEYS = ("dial_scheme", "sip_domain")
PROVIDER_KEYS = ("provider", "sender", "base_url")
KEYS = {ChannelKind.EMAIL: EMAIL_KEYS, ChannelKind.PHONE: PHONE_KEYS,
        ChannelKind.WHATSAPP: PROVIDER_KEYS, ChannelKind.SMS: PROVIDER_KEYS}
SECRETS = {ChannelKind.EMAIL: (channel_secrets.SMTP, channel_secrets.IMAP), ChannelKind.PHONE: (),
           ChannelKind.WHATSAPP: (TOKEN,), ChannelKind.SMS: (TOKEN,)}

# Field problems (the values of ValidationError.details["fields"]).
REQUIRED, INVALID_PORT, INVALID_HOST, INVALID_EMAIL = "required", "invalid_port", "invalid_host", "invalid_email"
INVALID_SECURITY, INVALID_SCHEME, INVALID_URL, INSECURE_URL = (
    "invalid_security", "invalid_scheme", "invalid_url", "insecure_url")
INVALID_SENDER, INVALID_SIZE, INVALID_TYPE, TOO_LONG = "invalid_sender", "invalid_size", "invalid_type", "too_long"

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$")
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_SHORT_CODE = re.compile(r"^[0-9]{3,15}$")
_ALPHANUMERIC = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ]{0,10}$")  # the 11-character SMS sender id


@dataclass(frozen=True)
class ChannelDraft:
    """What an administrator edits. config holds only the keys of KEYS[kind] (missing or empty:
    not set); ports may come as text from a field."""

    name: str
    kind: ChannelKind
    config: Mapping[str, object] = field(default_factory=dict)
    max_attachment_bytes: int = 10 * 1024 * 1024
    allowed_types: tuple[str, ...] = ()
    is_active: bool = True


@dataclass(frozen=True)
class ChannelSettings:
    """A channel as the administration screen shows it. secrets: purpose -> whether a password or
    token is stored (None: the keychain cannot be asked here). The secret itself is never read."""

    channel_id: uuid.UUID
    version: int
    name: str
    kind: ChannelKind
    config: dict
    max_attachment_bytes: int
    allowed_types: tuple[str, ...]
    is_active: bool
    secrets: dict[str, bool | None]


@dataclass(frozen=True)
class ChannelSummary:
    channel_id: uuid.UUID
    name: str
    kind: ChannelKind
    is_active: bool


# ---------------------------------------------------------------- validation


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def valid_host(host: str) -> bool:
    """A DNS name or an IP address (no scheme, no port, no spaces)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    name = host[:-1] if host.endswith(".") else host
    return 0 < len(name) <= 253 and all(_LABEL.match(label) for label in name.split("."))


def _port(value, default: int, errors: dict, key: str) -> int | None:
    if _text(value) == "":
        return default
    try:
        port = int(_text(value))
    except ValueError:
        errors[key] = INVALID_PORT
        return None
    if not 0 < port < 65536:
        errors[key] = INVALID_PORT
        return None
    return port


def _host(config: Mapping, key: str, errors: dict, *, required: bool) -> str:
    host = _text(config.get(key)).lower()
    if not host:
        if required:
            errors[key] = REQUIRED
    elif not valid_host(host):
        errors[key] = INVALID_HOST
    return host


def _security(config: Mapping, key: str, errors: dict, default: str) -> str:
    """Empty means what the worker assumes today: SMTP "starttls", IMAP "tls"."""
    security = _text(config.get(key)).lower() or default
    if security not in SECURITIES:
        errors[key] = INVALID_SECURITY
    return security


def _email_config(config: Mapping, errors: dict) -> dict:
    from .contact_data import normalise_email

    out: dict = {}
    address = _text(config.get("address"))
    if not address:
        errors["address"] = REQUIRED
    else:
        try:
            out["address"] = normalise_email(address)
        except ValidationError:
            errors["address"] = INVALID_EMAIL
    out["display_name"] = _text(config.get("display_name"))
    out["smtp_host"] = _host(config, "smtp_host", errors, required=True)
    out["smtp_security"] = security = _security(config, "smtp_security", errors, "starttls")
    out["smtp_port"] = _port(config.get("smtp_port"), SMTP_PORTS.get(security, 587), errors, "smtp_port")
    out["smtp_username"] = _text(config.get("smtp_username"))
    out["smtp_ca_file"] = _text(config.get("smtp_ca_file"))
    out["imap_host"] = imap_host = _host(config, "imap_host", errors, required=False)
    if imap_host:  # receiving is optional; when asked for, it needs a user
        out["imap_security"] = security = _security(config, "imap_security", errors, "tls")
        out["imap_port"] = _port(config.get("imap_port"), IMAP_PORTS.get(security, 993), errors, "imap_port")
        out["imap_username"] = _text(config.get("imap_username"))
        if not out["imap_username"]:
            errors["imap_username"] = REQUIRED
        out["imap_folder"] = _text(config.get("imap_folder")) or "INBOX"
        out["imap_ca_file"] = _text(config.get("imap_ca_file"))
    return out


def _phone_config(config: Mapping, errors: dict) -> dict:
    scheme = _text(config.get("dial_scheme")).lower().rstrip(":")
    if not scheme:
        errors["dial_scheme"] = REQUIRED
    elif scheme not in DIAL_SCHEMES:
        errors["dial_scheme"] = INVALID_SCHEME
    out = {"dial_scheme": scheme}
    if scheme == "sip":
        out["sip_domain"] = _host(config, "sip_domain", errors, required=False)
    return out


def _endpoint(value: str, errors: dict) -> str:
    url = value.strip()
    if not url:
        errors["base_url"] = REQUIRED
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        errors["base_url"] = INVALID_URL
        return url
    if parts.scheme not in ("https", "http") or not host or not valid_host(host):
        errors["base_url"] = INVALID_URL
    elif parts.scheme == "http" and not _loopback(host):  # the token would travel in clear
        errors["base_url"] = INSECURE_URL
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _provider_config(kind: ChannelKind, config: Mapping, errors: dict) -> dict:
    sender = _text(config.get("sender"))
    if kind is ChannelKind.WHATSAPP or sender.startswith("+"):
        sender = re.sub(r"[\s().-]", "", sender)  # "+57 601 555 0100" is kept as +576015550100
    out = {"provider": _text(config.get("provider")), "sender": sender}
    if not out["provider"]:
        errors["provider"] = REQUIRED
    if not sender:
        errors["sender"] = REQUIRED
    elif kind is ChannelKind.WHATSAPP and not _E164.match(sender):
        errors["sender"] = INVALID_SENDER  # a WhatsApp Business number in +E.164
    elif kind is ChannelKind.SMS and not (_E164.match(sender) or _SHORT_CODE.match(sender)
                                          or _ALPHANUMERIC.match(sender)):
        errors["sender"] = INVALID_SENDER
    out["base_url"] = _endpoint(_text(config.get("base_url")), errors)
    return out


def _limits(draft: ChannelDraft, errors: dict) -> tuple[int, tuple[str, ...]]:
    size = draft.max_attachment_bytes
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= MAX_ATTACHMENT_LIMIT:
        errors["max_attachment_bytes"] = INVALID_SIZE
        size = 0
    types: list[str] = []
    for value in draft.allowed_types:
        mime = _text(value).lower()
        if not mime:
            continue
        if not _MIME.match(mime):
            errors["allowed_types"] = INVALID_TYPE
        elif mime not in types:
            types.append(mime)
    return size, tuple(types)


def clean_draft(draft: ChannelDraft) -> tuple[str, dict, int, tuple[str, ...]]:
    """(name, managed config, size limit, allowed types) or ValidationError("invalid_settings",
    fields={field: code}). Empty optional keys are left out of the config."""
    errors: dict[str, str] = {}
    name = _text(draft.name)
    if not name:
        errors["name"] = REQUIRED
    elif len(name) > 160:
        errors["name"] = TOO_LONG
    kind = draft.kind
    if kind is ChannelKind.EMAIL:
        config = _email_config(draft.config, errors)
    elif kind is ChannelKind.PHONE:
        config = _phone_config(draft.config, errors)
    elif kind in (ChannelKind.WHATSAPP, ChannelKind.SMS):
        config = _provider_config(kind, draft.config, errors)
    else:
        raise ValidationError("unsupported_kind", value=getattr(kind, "value", kind))
    size, types = _limits(draft, errors)
    if errors:
        raise ValidationError("invalid_settings", fields=errors)
    return name, {k: v for k, v in config.items() if v not in ("", None)}, size, types


# ---------------------------------------------------------------- reading


def _secrets_state(channel_id: uuid.UUID, kind: ChannelKind) -> dict[str, bool | None]:
    state: dict[str, bool | None] = {}
    for purpose in SECRETS.get(kind, ()):
        try:
            state[purpose] = channel_secrets.get_password(channel_id, purpose) is not None
        except KeychainUnavailable:
            state[purpose] = None
    return state


def _row(channel: Channel) -> ChannelSettings:
    return ChannelSettings(channel.id, channel.version, channel.name, channel.kind, dict(channel.config or {}),
                           channel.max_attachment_bytes, tuple(channel.allowed_types or ()), channel.is_active,
                           _secrets_state(channel.id, channel.kind))


def _channel(session: Session, channel_id: uuid.UUID) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None or channel.deleted_at is not None:
        raise NotFound("channel_missing")
    return channel


def list_channels(db: Database, actor: Actor) -> list[ChannelSummary]:
    require_admin(actor)
    with read_only(db) as session:
        rows = session.execute(select(Channel.id, Channel.name, Channel.kind, Channel.is_active)
                               .where(Channel.deleted_at.is_(None)).order_by(Channel.kind, Channel.name)).all()
    return [ChannelSummary(*row) for row in rows]


def get_channel_settings(db: Database, actor: Actor, channel_id: uuid.UUID) -> ChannelSettings:
    require_admin(actor)
    with read_only(db) as session:
        return _row(_channel(session, channel_id))


# ---------------------------------------------------------------- saving


def _log_config(session: Session, actor: Actor, channel: Channel, old: dict, new: dict) -> bool:
    changed = False
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            record(session, actor, ENTITY, channel.id, ChangeAction.UPDATE, field=f"config.{key}",
                   old=old.get(key), new=new.get(key))
            changed = True
    return changed


def _check_secrets(kind: ChannelKind, secrets: Mapping[str, str | None]) -> None:
    unknown = [p for p in secrets if p not in SECRETS.get(kind, ())]
    if unknown:
        raise ValidationError("unknown_secret", value=",".join(sorted(unknown)))
    if secrets:
        usable, backend = keychain_status()
        if not usable:  # refused before anything is saved, not half-way
            raise KeychainUnavailable("keychain_unavailable", value=backend)


def _store_secrets(session: Session, actor: Actor, channel_id: uuid.UUID,
                   secrets: Mapping[str, str | None]) -> None:
    """A text stores it, None forgets it. The log says that it changed, never the value."""
    for purpose, value in secrets.items():
        if value is None:
            if channel_secrets.delete_password(channel_id, purpose):
                record(session, actor, ENTITY, channel_id, ChangeAction.UPDATE, field=f"secret.{purpose}",
                       new="removed")
        else:
            channel_secrets.set_password(channel_id, purpose, value)
            record(session, actor, ENTITY, channel_id, ChangeAction.UPDATE, field=f"secret.{purpose}", new="set")


def create_channel(db: Database, actor: Actor, draft: ChannelDraft, *,
                   secrets: Mapping[str, str | None] | None = None) -> ChannelSettings:
    """A new channel; secrets: purpose ("smtp", "imap", "token") -> password or token."""
    require_admin(actor)
    name, config, size, types = clean_draft(draft)
    secrets = dict(secrets or {})
    _check_secrets(draft.kind, secrets)
    with unit_of_work(db) as session:
        channel = Channel(name=name, kind=draft.kind, config=config, max_attachment_bytes=size,
                          allowed_types=list(types), is_active=draft.is_active)
        session.add(channel)
        session.flush()
        record(session, actor, ENTITY, channel.id, ChangeAction.CREATE, field="name", new=name)
        _store_secrets(session, actor, channel.id, {p: v for p, v in secrets.items() if v is not None})
        channel_id = channel.id
    return get_channel_settings(db, actor, channel_id)


def save_channel_settings(db: Database, actor: Actor, channel_id: uuid.UUID, expected_version: int,
                          draft: ChannelDraft, *, secrets: Mapping[str, str | None] | None = None) -> ChannelSettings:
    """Save an edited channel; refused (StaleEdit "channel_changed") when someone saved it since
    the screen read `expected_version`. The kind cannot change. Config keys the screen does not
    edit are kept. secrets: purpose -> new password (None: forget it; absent: unchanged). The
    keychain is written after the database accepted the change and before it commits, so a
    keychain that refuses leaves nothing saved."""
    require_admin(actor)
    name, config, size, types = clean_draft(draft)
    secrets = dict(secrets or {})
    _check_secrets(draft.kind, secrets)
    with unit_of_work(db) as session:
        channel = _channel(session, channel_id)
        if channel.version != expected_version:
            raise StaleEdit("channel_changed", current=channel.version)
        if channel.kind is not draft.kind:
            raise ValidationError("kind_changed", value=channel.kind.value)
        old = dict(channel.config or {})
        new = {k: v for k, v in old.items() if k not in KEYS[channel.kind]} | config
        apply_changes(session, actor, channel,
                                {"name": name, "max_attachment_bytes": size, "allowed_types": list(types),
                                 "is_active": draft.is_active}, entity_type=ENTITY)
        if _log_config(session, actor, channel, old, new):
            channel.config = new
        session.flush()  # a stale version shows here, before any secret is written
        _store_secrets(session, actor, channel.id, secrets)
    return get_channel_settings(db, actor, channel_id)


def channel_password(db: Database, actor: Actor, channel_id: uuid.UUID, purpose: str) -> str | None:
    """The stored password for "Test connection" of a saved channel (administrators only);
    None when none is stored. Raises KeychainUnavailable without a keychain."""
    require_admin(actor)
    with read_only(db) as session:
        channel = _channel(session, channel_id)
        if purpose not in SECRETS.get(channel.kind, ()):
            raise ValidationError("unknown_secret", value=purpose)
    return channel_secrets.get_password(channel_id, purpose)
