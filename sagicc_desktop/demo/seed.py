"""Fill a fresh database with a bilingual contact-centre demo (sign-in accounts included).

Deterministic for a seed (times are relative to `now`), inserted in one session and one
commit, so a first start shows a lived-in workspace in a second or two. The demo accounts'
passwords equal their user names and are shown on the sign-in screen.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter as Tally
from dataclasses import dataclass

from sqlalchemy import func, select

from ..store.blobs import BlobStore
from ..store.database import Database
from ..store.entities import Counter, Ticket, User
from ..store.enums import Role, TicketStatus
from ..store.types import utcnow
from .attachments import build_attachments
from .catalog import build_reference
from .customers import build_customers
from .tickets import build_tickets
from .values import normalise_name

__all__ = ["DEMO_USERS", "DemoUser", "normalise_name", "seed_demo"]

DEMO_CUSTOMERS = 300
DEMO_TICKETS = 400
TICKET_COUNTER = "ticket_number"


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: Role
    display_name: str
    locale: str = "en"


DEMO_USERS: list[DemoUser] = [
    DemoUser("admin", "admin", Role.ADMINISTRATOR, "Alex Admin", "en"),
    DemoUser("laura", "laura", Role.SUPERVISOR, "Laura Gómez", "es"),
    DemoUser("carlos", "carlos", Role.AGENT, "Carlos Ramírez", "es"),
    DemoUser("emma", "emma", Role.AGENT, "Emma Wilson", "en"),
    DemoUser("sofia", "sofia", Role.AGENT, "Sofía Herrera", "es"),
    DemoUser("viewer", "viewer", Role.VIEWER, "Victor Viewer", "en"),
]


def seed_demo(db: Database, blobs: BlobStore, *, seed: int = 7,
              now: dt.datetime | None = None) -> dict:
    """Insert the demo dataset; refuses (ValueError) a database that already has users.

    `now` (aware UTC, default the current time) anchors every date: the last ~180 days of
    history and next actions over the coming days.
    """
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random(seed)
    with db.sessions() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValueError("the database already has users; the demo only fills a new one")
        ref = build_reference(session, rng, now, DEMO_USERS)
        people = build_customers(rng, now, ref, DEMO_CUSTOMERS)
        tickets = build_tickets(rng, now, ref, people.people, DEMO_TICKETS)
        _check_agents(ref.agents, tickets.tickets)
        blob_rows, attachments = build_attachments(rng, blobs, tickets.conversations)
        session.add_all(people.customers)
        session.flush()
        session.add_all(people.second)
        session.flush()
        session.add_all(people.third)
        session.add_all(tickets.tickets)
        session.add(Counter(name=TICKET_COUNTER, value=len(tickets.tickets)))
        session.add_all(blob_rows)
        session.flush()
        session.add_all(tickets.second)
        session.flush()
        session.add_all(tickets.third)
        session.add_all(attachments)
        session.commit()
    interactions = sum(len(c.interactions) for c in tickets.conversations)
    kinds = Tally(type(row).__name__ for row in [*people.second, *people.third,
                                                  *tickets.second, *tickets.third])
    return {
        "users": len(ref.users),
        "campaigns": len(ref.campaigns),
        "channels": len(ref.channels),
        "customers": len(people.customers),
        "contact_points": kinds["ContactPoint"],
        "accounts": kinds["Account"],
        "tickets": len(tickets.tickets),
        "interactions": interactions,
        "task_records": kinds["TaskRecord"],
        "agenda_entries": kinds["AgendaEntry"],
        "notes": kinds["Note"],
        "attachments": len(attachments),
        "blobs": len(blob_rows),
        "ticket_number": len(tickets.tickets),
    }


def _check_agents(agents: list[User], tickets: list[Ticket]) -> None:
    """Every demo agent must open the app to a pending list with scheduled work."""
    open_statuses = TicketStatus.open_statuses()
    for agent in agents:
        mine = [t for t in tickets if t.assignee_id == agent.id and t.status in open_statuses]
        if len(mine) < 5 or not any(t.next_action_at for t in mine):
            raise RuntimeError(f"demo data leaves {agent.username} without enough open work")
