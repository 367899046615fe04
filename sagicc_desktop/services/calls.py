"""Telephony hand-off (H2): the link that the workstation's softphone answers, and the call log.

The application does not place calls itself: it hands a tel: or sip: link to the operating
system, and the agent logs what happened, which becomes an interaction of the ticket.
"""

from __future__ import annotations

import uuid
from ..store.database import Database
from ..store.entities import Customer, Interaction
from ..store.enums import ChangeAction, ChannelKind, ContactKind, Direction, InteractionStatus
from ..store.types import utcnow
from . import block_list
from .actor import Actor
from .changelog import record
from .contact_data import normalise_phone
from .contacts import default_region
from .errors import ValidationError
from .outgoing import enabled_channel
from .permissions import writable_ticket
from .unit_of_work import unit_of_work

OUTCOMES = ("answered", "no_answer", "busy", "voicemail", "wrong_number", "failed")
SCHEMES = ("tel", "sip")
MAX_NOTES = 20_000
MAX_DURATION_S = 24 * 3600


def dial_url(number: str, scheme: str = "tel", sip_domain: str = "") -> str:
    """The link for the softphone: tel:+57... or sip:+57...@domain (the domain when one is set)."""
    if scheme not in SCHEMES:
        raise ValidationError("bad_dial_scheme", value=scheme)
    raw = number.strip()
    target = ("+" if raw.startswith("+") else "") + "".join(ch for ch in raw if ch.isdigit())
    if scheme == "sip":
        return f"sip:{target}@{sip_domain}" if sip_domain else f"sip:{target}"
    return f"tel:{target}"


def log_call(db: Database, actor: Actor, ticket_id: uuid.UUID, *, channel_id: uuid.UUID | None, number: str,
             outcome: str, duration_s: int, notes: str = "", is_public: bool = True) -> uuid.UUID:
    """Write the call as an outgoing phone interaction with its outcome, duration and notes."""
    if outcome not in OUTCOMES:
        raise ValidationError("bad_call_outcome", value=outcome)
    if not 0 <= int(duration_s) <= MAX_DURATION_S:
        raise ValidationError("bad_call_duration", limit=MAX_DURATION_S)
    if len(notes) > MAX_NOTES:
        raise ValidationError("too_long", limit=MAX_NOTES)
    with unit_of_work(db) as s:
        t = writable_ticket(s, actor, ticket_id)
        normalized = normalise_phone(number, default_region(s))
        for kind in (ContactKind.PHONE, ContactKind.MOBILE):
            if block_list.is_blocked(s, kind, normalized):
                raise ValidationError("recipient_blocked", value=number)
        if channel_id is not None and enabled_channel(s, t, channel_id).kind is not ChannelKind.PHONE:
            raise ValidationError("channel_not_enabled")
        now = utcnow()
        preview = " ".join(notes.split())[:300]
        row = Interaction(ticket_id=t.id, customer_id=t.customer_id, channel_id=channel_id,
                          channel_kind=ChannelKind.PHONE, direction=Direction.OUTGOING,
                          status=InteractionStatus.SENT, is_read=True, is_public=is_public, occurred_at=now,
                          user_id=actor.user_id, sender=actor.display_name, recipients=normalized,
                          body_text=notes, preview=preview, call_duration_s=int(duration_s), call_outcome=outcome)
        s.add(row)
        s.flush()
        if t.customer_id is not None:
            customer = s.get(Customer, t.customer_id)
            if customer is not None:
                customer.last_interaction_at = now
        t.updated_at = now
        record(s, actor, "interaction", row.id, ChangeAction.CREATE, ticket_id=t.id, field="call",
               new=f"{outcome} {int(duration_s)} s")
        return row.id
