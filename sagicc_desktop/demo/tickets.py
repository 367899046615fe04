"""Demo tickets with their conversations, tasks, agenda, notes, tags, relations and surveys.

Tickets are numbered in creation order; recent ones are mostly open and old ones mostly
closed, as in a real queue. Every assignee gets scheduled next actions, so the pending list
of each demo agent opens with work to do.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from ..store.entities import (
    ChangeLogEntry, Note, SurveyRequest, Ticket, TicketRelation, TicketTag, User,
)
from ..store.enums import ChangeAction, ChannelKind, Priority, Role, TicketStatus
from . import topics as T
from .catalog import CampaignRef, Reference, priority_weights, stamped
from .conversation import Conversation
from .customers import Person
from .tasks import round_quarter, task_record
from .values import uuid7_at

DAY = dt.timedelta(days=1)
STATUSES = list(TicketStatus)
ORIGIN_WEIGHTS = {ChannelKind.EMAIL: 35, ChannelKind.WHATSAPP: 25, ChannelKind.PHONE: 20,
                  ChannelKind.CHAT: 10, ChannelKind.SMS: 10}
CAMPAIGN_WEIGHTS = {"home": 35, "billing": 25, "mobile": 20, "care": 20}


def status_weights(age_days: float) -> list[int]:
    """new, in_progress, pending, resolved, closed: the older, the likelier it is closed."""
    if age_days < 3:
        return [40, 35, 15, 8, 2]
    if age_days < 21:
        return [10, 35, 25, 18, 12]
    return [2, 6, 8, 24, 60]


@dataclass
class TicketRows:
    tickets: list[Ticket] = field(default_factory=list)
    second: list = field(default_factory=list)  # rows that reference tickets
    third: list = field(default_factory=list)  # agenda entries (reference task records)
    conversations: list[Conversation] = field(default_factory=list)
    languages: dict = field(default_factory=dict)  # ticket id -> language


class _Builder:
    def __init__(self, rng: random.Random, now: dt.datetime, ref: Reference, people: list[Person]):
        self.rng, self.now, self.ref = rng, now, ref
        self.by_language = {lang: [p for p in people if p.language == lang] for lang in ("es", "en")}
        self.topics = defaultdict(list)
        for topic in T.TOPICS:
            self.topics[topic.area].append(topic)
        self.next_actions: dict = defaultdict(int)
        self.supervisor = next(u for u in ref.users.values() if u.role is Role.SUPERVISOR)
        self.out = TicketRows()

    def person(self, language: str) -> Person:
        pool = self.by_language[language] or self.by_language["es"] or self.by_language["en"]
        return pool[int(len(pool) * self.rng.random() ** 1.6)]  # some customers come back often

    def assignee(self, campaign: CampaignRef, status: TicketStatus) -> User | None:
        if self.rng.random() < (0.45 if status is TicketStatus.NEW else 0.07):
            return None
        weights = [10 if u.role is Role.AGENT else 2 for u in campaign.assignable]
        return self.rng.choices(campaign.assignable, weights)[0]

    def times(self, created: dt.datetime, end: dt.datetime, count: int) -> list[dt.datetime]:
        span = max((end - created).total_seconds(), count)
        offsets = sorted(self.rng.uniform(0, span) for _ in range(count - 1))
        out, last = [created], created
        for offset in offsets:
            last = max(created + dt.timedelta(seconds=offset), last + dt.timedelta(seconds=1))
            out.append(last)
        return out

    def ticket(self, number: int, created: dt.datetime) -> None:
        rng, now = self.rng, self.now
        age = (now - created) / DAY
        status = rng.choices(STATUSES, status_weights(age))[0]
        campaign = rng.choices(self.ref.campaigns,
                               [CAMPAIGN_WEIGHTS.get(c.spec.area, 10) for c in self.ref.campaigns])[0]
        language = campaign.spec.language
        if rng.random() < 0.15:
            language = "en" if language == "es" else "es"
        person = self.person(language)
        language = person.language
        topic = rng.choice(self.topics[campaign.spec.area] or T.TOPICS)
        text = topic.text(language)
        priority = rng.choices(list(Priority), list(priority_weights().values()))[0]
        assignee = self.assignee(campaign, status)
        agent = assignee or rng.choice(campaign.assignable)
        account = rng.choice(person.accounts) if person.accounts and rng.random() < 0.85 else None
        closed = status in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
        if closed:
            end = created + min(age * 0.9, rng.uniform(0.05, 20)) * DAY
        else:
            end = min(now - dt.timedelta(minutes=5), created + rng.uniform(0.05, 15) * DAY)
        end = max(end, created + dt.timedelta(seconds=30))
        count = {TicketStatus.NEW: rng.randint(1, 2)}.get(status, rng.randint(2, 9))
        if status is not TicketStatus.NEW and rng.random() < 0.03:
            count = rng.randint(15, 40)
        description = text.description
        if account is not None:
            description += (f"\n\nCuenta: {account.number}" if language == "es"
                            else f"\n\nAccount: {account.number}")
        ticket = Ticket(
            **stamped(rng, created), number=number, status=status, ticket_type=topic.ticket_type,
            subject=text.subject, description=description, priority=priority,
            is_public=rng.random() < 0.92, campaign_id=campaign.campaign.id,
            customer_id=person.customer.id, account_id=account and account.id,
            assignee_id=assignee and assignee.id,
            service_id=rng.choice(campaign.services).id if campaign.services else None,
            category_id=campaign.category.id,
            cc=rng.choice(["facturacion@empresa.example", "accounts@company.example"])
            if rng.random() < 0.08 else "",
            expected_solution_at=created + dt.timedelta(hours=campaign.spec.sla_hours[priority]),
            created_by_id=None if rng.random() < 0.4 else agent.id)
        conversation = Conversation(rng, ticket, person, campaign, agent)
        kinds = conversation.usable_kinds()
        origin = rng.choices(kinds, [ORIGIN_WEIGHTS[k] for k in kinds])[0]
        ticket.origin_channel = origin
        times = self.times(created, end, count)
        conversation.fill(times, text.message, origin, status, now)
        ticket.last_interaction_at = times[-1]
        if status is TicketStatus.CLOSED:
            ticket.closed_at = min(now - dt.timedelta(minutes=1), end + rng.uniform(0.1, 3) * DAY)
        activity = [times[-1], ticket.closed_at or created]
        activity += self.tasks(ticket, campaign, assignee or agent, language, person, times, status)
        activity += self.extras(ticket, campaign, language, assignee or agent, created, end, status)
        ticket.updated_at = max(activity)
        customer = person.customer
        if customer.last_interaction_at is None or customer.last_interaction_at < times[-1]:
            customer.last_interaction_at = times[-1]
        self.out.tickets.append(ticket)
        self.out.conversations.append(conversation)
        self.out.second += conversation.interactions
        self.out.languages[ticket.id] = language

    def tasks(self, ticket: Ticket, campaign: CampaignRef, user: User, language: str,
              person: Person, times: list[dt.datetime], status: TicketStatus) -> list[dt.datetime]:
        rng, now = self.rng, self.now
        is_open = status in TicketStatus.open_statuses()
        wants_next = (is_open and ticket.assignee_id is not None
                      and (rng.random() < 0.45 or self.next_actions[ticket.assignee_id] < 3))
        count = 0 if status is TicketStatus.NEW else rng.choice([0, 1, 1, 2, 3])
        if wants_next:
            count = max(count, 1)
        stamps = sorted(min(now - dt.timedelta(minutes=1), t + dt.timedelta(minutes=rng.randint(1, 30)))
                        for t in rng.sample(times, min(count, len(times))))
        if wants_next and stamps:
            stamps[-1] = min(now - dt.timedelta(minutes=1), times[-1] + dt.timedelta(minutes=5))
        first_name = person.customer.first_name
        for i, when in enumerate(stamps):
            last = i == len(stamps) - 1
            next_action, done = None, False
            if last and wants_next:
                guaranteed = self.next_actions[ticket.assignee_id] < 3
                overdue = now - rng.uniform(1, 36) * dt.timedelta(hours=1)
                if not guaranteed and rng.random() < 0.15 and overdue > when:
                    next_action = round_quarter(overdue)
                else:
                    next_action = round_quarter(now + rng.uniform(1, 240) * dt.timedelta(hours=1))
                self.next_actions[ticket.assignee_id] += 1
                ticket.next_action_at = next_action
            elif not last and rng.random() < 0.4:
                candidate = when + rng.uniform(2, 72) * dt.timedelta(hours=1)
                if candidate < stamps[i + 1]:
                    next_action, done = candidate, True
            record, entry = task_record(rng, ticket, campaign.form, user, language, when,
                                        next_action, first_name, done)
            self.out.second.append(record)
            if entry is not None:
                self.out.third.append(entry)
        return stamps

    def extras(self, ticket: Ticket, campaign: CampaignRef, language: str, user: User,
               created: dt.datetime, end: dt.datetime, status: TicketStatus) -> list[dt.datetime]:
        """Notes, tags, a survey request and change-log rows; returns their times."""
        rng, now, out = self.rng, self.now, self.out.second
        stamps = []
        if rng.random() < 0.25:
            for _ in range(rng.randint(1, 2)):
                when = created + (end - created) * rng.random()
                author = user if rng.random() < 0.8 else self.supervisor
                out.append(Note(**stamped(rng, when), ticket_id=ticket.id, user_id=author.id,
                                text=rng.choice(T.NOTES[language]),
                                color=rng.choice(T.NOTE_COLOURS)))
                stamps.append(when)
        if rng.random() < 0.35:
            for tag in rng.sample(self.ref.tags, rng.randint(1, 2)):
                out.append(TicketTag(ticket_id=ticket.id, tag_id=tag.id))
        if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) and rng.random() < 0.3:
            completed = end + rng.uniform(1, 48) * dt.timedelta(hours=1)
            out.append(SurveyRequest(**stamped(rng, end), survey_id=campaign.survey.id,
                                     ticket_id=ticket.id, token=f"{rng.getrandbits(128):032x}",
                                     completed_at=completed if completed < now and rng.random() < 0.5
                                     else None))
        out.append(ChangeLogEntry(id=uuid7_at(rng, created), at=created, user_id=ticket.created_by_id,
                                  entity_type="ticket", entity_id=ticket.id, ticket_id=ticket.id,
                                  action=ChangeAction.CREATE, new_value=f"#{ticket.number}"))
        if ticket.closed_at is not None:
            out.append(ChangeLogEntry(id=uuid7_at(rng, ticket.closed_at), at=ticket.closed_at,
                                      user_id=user.id, entity_type="ticket", entity_id=ticket.id,
                                      ticket_id=ticket.id, action=ChangeAction.CLOSE, field="status",
                                      old_value=TicketStatus.RESOLVED.value,
                                      new_value=TicketStatus.CLOSED.value))
        return stamps

    def relations(self) -> None:
        by_customer = defaultdict(list)
        for ticket in self.out.tickets:
            by_customer[ticket.customer_id].append(ticket)
        repeat = [ts for ts in by_customer.values() if len(ts) > 1]
        for tickets in self.rng.sample(repeat, min(12, len(repeat))):
            earlier, later = sorted(self.rng.sample(tickets, 2), key=lambda t: t.number)
            note = ("Mismo cliente, caso anterior" if self.out.languages[later.id] == "es"
                    else "Same customer, earlier case")
            self.out.second.append(TicketRelation(**stamped(self.rng, later.created_at),
                                                  ticket_id=later.id, related_ticket_id=earlier.id,
                                                  note=note))


def build_tickets(rng: random.Random, now: dt.datetime, ref: Reference, people: list[Person],
                  count: int) -> TicketRows:
    builder = _Builder(rng, now, ref, people)
    created = sorted(now - (0.02 + 179.98 * rng.random() ** 1.3) * DAY for _ in range(count))
    for number, when in enumerate(created, start=1):
        builder.ticket(number, when)
    builder.relations()
    return builder.out
