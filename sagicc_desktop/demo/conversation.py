"""One ticket's conversation: interactions over every channel, in both directions.

Times increase within the ticket, e-mails thread (Message-ID, In-Reply-To, References) the
way channels/ will see them, calls carry duration and outcome, and the last incoming message
of a fresh open ticket stays unread.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass, field
from email.utils import format_datetime

from ..store.entities import Interaction, Ticket, User
from ..store.enums import ChannelKind, Direction, InteractionStatus, TicketStatus
from . import topics as T
from .catalog import CampaignRef, stamped
from .customers import Person
from .values import preview_of

LINES = {"es": "+576015550100", "en": "+15125550100"}


@dataclass
class Conversation:
    rng: random.Random
    ticket: Ticket
    person: Person
    campaign: CampaignRef
    agent: User
    interactions: list[Interaction] = field(default_factory=list)
    voice_notes: list[Interaction] = field(default_factory=list)
    _thread: list[str] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.person.language

    def usable_kinds(self) -> list[ChannelKind]:
        """The campaign's channels this customer can be reached on (no e-mail, no mail)."""
        by_phone = (ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS)
        kinds = [k for k in self.campaign.channels
                 if not (k is ChannelKind.EMAIL and not self.person.emails)
                 and not (k in by_phone and not self.person.phones)]
        return kinds or [ChannelKind.CHAT]

    def fill(self, times: list[dt.datetime], first_message: str, origin: ChannelKind,
             status: TicketStatus, now: dt.datetime) -> None:
        rng, lang = self.rng, self.language
        kinds = self.usable_kinds()
        names = {"first": self.person.customer.first_name, "number": self.ticket.number,
                 "agent": self.agent.display_name}
        directions = self._directions(len(times), status)
        for j, (when, direction) in enumerate(zip(times, directions)):
            kind = origin if j == 0 or rng.random() < 0.7 else rng.choice(kinds)
            last = j == len(times) - 1
            if j == 0:
                body = first_message
            elif direction is Direction.OUTGOING:
                closing = last and status in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
                body = (T.CLOSING_REPLIES[lang] if closing else rng.choice(T.AGENT_REPLIES[lang]))
                body = body.format(**names)
            else:
                body = rng.choice(T.CUSTOMER_FOLLOWUPS[lang])
            unread = (last and direction is Direction.INCOMING and status in TicketStatus.open_statuses()
                      and now - when < dt.timedelta(days=3))
            self.add(kind, direction, when, body, unread, names)

    def _directions(self, count: int, status: TicketStatus) -> list[Direction]:
        if status is TicketStatus.NEW:
            return [Direction.INCOMING] * count
        out = [Direction.INCOMING]
        for _ in range(1, count):
            flip = self.rng.random() < 0.7
            prev = out[-1]
            out.append((Direction.OUTGOING if prev is Direction.INCOMING else Direction.INCOMING)
                       if flip else prev)
        if count > 1 and status is not TicketStatus.IN_PROGRESS:
            out[-1] = Direction.OUTGOING  # waiting for the customer, or the closing message
        return out

    def add(self, kind: ChannelKind, direction: Direction, when: dt.datetime, body: str,
            unread: bool, names: dict) -> Interaction:
        rng, person, spec = self.rng, self.person, self.campaign.spec
        out = direction is Direction.OUTGOING
        row = Interaction(**stamped(rng, when), ticket_id=self.ticket.id,
                          customer_id=person.customer.id,
                          channel_id=channel.id if (channel := self.campaign.channels.get(kind)) else None,
                          channel_kind=kind, direction=direction, occurred_at=when,
                          user_id=self.agent.id if out else None, is_read=not unread,
                          status=InteractionStatus.SENT if out else InteractionStatus.RECEIVED)
        name = person.customer.full_name
        phone = person.phones[0] if person.phones else ""
        line = LINES[self.language]
        if kind is ChannelKind.EMAIL:
            body = self._email(row, body, when, out, name)
        elif kind is ChannelKind.PHONE:
            answered = not out or rng.random() < 0.75  # a call we received was answered
            notes = T.CALL_NOTES[self.language]
            note = (notes[rng.randrange(2)] if out else notes[2]) if answered else notes[3]
            body = note.format(**names)
            row.call_outcome = "answered" if answered else rng.choice(["no_answer", "busy", "voicemail"])
            row.call_duration_s = rng.randint(45, 1200) if answered else (
                rng.randint(20, 40) if row.call_outcome == "voicemail" else 0)
            row.sender, row.recipients = (line, phone) if out else (phone, line)
        elif kind in (ChannelKind.WHATSAPP, ChannelKind.SMS):
            row.sender, row.recipients = (line, phone) if out else (phone, line)
            if out and kind is ChannelKind.WHATSAPP and rng.random() < 0.6:
                row.status = InteractionStatus.READ
            if not out and kind is ChannelKind.WHATSAPP and rng.random() < 0.08:
                row.is_voice_note = True
                seconds = rng.randint(3, 9)
                body = (f"Nota de voz (0:0{seconds})" if self.language == "es"
                        else f"Voice note (0:0{seconds})")
                self.voice_notes.append(row)
        else:  # chat
            row.sender, row.recipients = (self.agent.display_name, name) if out else (name, spec.name)
            if out and rng.random() < 0.5:
                row.status = InteractionStatus.READ
        row.body_text = body
        row.preview = preview_of(body)
        self.interactions.append(row)
        return row

    def _email(self, row: Interaction, body: str, when: dt.datetime, out: bool, name: str) -> str:
        """Fill the e-mail fields and threading headers; returns the plain-text body."""
        rng, spec, ticket = self.rng, self.campaign.spec, self.ticket
        mailbox = f"{spec.name} <{spec.mailbox}>"
        customer = f"{name} <{self.person.emails[0]}>"
        domain = "sagicc-demo.example" if out else self.person.emails[0].rsplit("@", 1)[1]
        subject = ticket.subject if not self._thread else f"Re: {ticket.subject}"
        if out:
            subject = f"{subject} [#{ticket.number}]"
            row.body_html = f"<p>{html.escape(body)}</p>" + (self.agent.signature_html or "")
            signature = "Cordialmente" if self.language == "es" else "Best regards"
            body = f"{body}\n\n{signature},\n{self.agent.display_name}\n{spec.name}"
            row.cc = ticket.cc
        elif rng.random() < 0.5:
            row.body_html = f'<div dir="ltr">{html.escape(body)}</div>'
        message_id = f"<{rng.getrandbits(64):016x}.{ticket.number}@{domain}>"
        row.sender, row.recipients = (mailbox, customer) if out else (customer, mailbox)
        row.subject = subject
        row.message_id = message_id
        headers = [["From", row.sender], ["To", row.recipients], ["Subject", subject],
                   ["Date", format_datetime(when)], ["Message-ID", message_id],
                   ["MIME-Version", "1.0"], ["Content-Type", "text/plain; charset=utf-8"]]
        if self._thread:
            row.in_reply_to = self._thread[-1]
            row.references = " ".join(self._thread[-10:])
            headers += [["In-Reply-To", row.in_reply_to], ["References", row.references]]
        if out:
            headers.append(["X-Sagicc-Ticket", str(ticket.number)])
        row.headers = headers
        self._thread.append(message_id)
        return body
