"""Issue figures for customers: the Customers module's search at each keystroke, and the
profile of a customer with 1,000 tickets and 20,000 interactions (every tab's first page and
the dashboard's counts), each beside the same rows read by plain sqlite3.

The heavy customer is added to the benchmark database the first time (marked in a setting,
so later runs reuse it). The figures are the services' own, without the window: what the
profile's first paint waits for.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

PROFILE_CUSTOMER = "bench_profile_customer"
TICKETS, INTERACTIONS_PER_TICKET, ATTACHMENTS = 1_000, 20, 200
SURNAME = "garcia"  # the commonest Spanish surname of the generator
CHANNELS = ("email", "whatsapp", "sms", "phone", "chat")
STATUSES = ("new", "in_progress", "pending", "resolved", "closed", "closed", "closed", "resolved")


def _ensure_profile_customer(db) -> uuid.UUID:
    """A customer with TICKETS tickets over two years, 20 interactions each on one channel both
    ways, files, accounts with data, contact points and relations."""
    from sqlalchemy import insert, select, update

    from sagicc_desktop.services.settings import get_setting, set_system_setting
    from sagicc_desktop.services.text import search_name
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import (
        Account, AccountData, Attachment, Blob, Campaign, ContactPoint, Counter, Customer, CustomerRelation,
        Interaction, Ticket, User,
    )
    from sagicc_desktop.store.types import new_id, utcnow

    with unit_of_work(db) as s:
        stored = get_setting(s, PROFILE_CUSTOMER)
        if stored:
            return uuid.UUID(stored)
        print(f"adding a customer with {TICKETS:,} tickets and {TICKETS * INTERACTIONS_PER_TICKET:,} "
              "interactions ...", flush=True)
        now = utcnow()
        admin = s.scalar(select(User.id).where(User.username == "admin"))
        agents = s.scalars(select(User.id).order_by(User.username)).all()
        campaigns = s.scalars(select(Campaign.id).order_by(Campaign.name)).all()
        names = ("Valentina", "", "García", "Rodríguez")
        customer = Customer(id=new_id(), first_name=names[0], middle_name=names[1], last_name=names[2],
                            second_last_name=names[3], search_name=search_name(*names), document_type="cc",
                            document_number="1099000001", created_by_id=admin, updated_by_id=admin,
                            created_at=now - dt.timedelta(days=800), updated_at=now)
        s.add(customer)
        s.flush()
        cid = customer.id
        s.execute(insert(ContactPoint), [
            dict(id=new_id(), customer_id=cid, kind="mobile", value="300 555 0001", normalized_value="+573005550001",
                 label="Personal", is_primary=True),
            dict(id=new_id(), customer_id=cid, kind="email", value="valentina.garcia.bench@example.com",
                 normalized_value="valentina.garcia.bench@example.com", label="Personal", is_primary=True),
        ])
        accounts = [dict(id=new_id(), customer_id=cid, number=f"BENCH-{i}", name=f"Plan {i}") for i in range(3)]
        s.execute(insert(Account), accounts)
        s.execute(insert(AccountData), [dict(id=new_id(), account_id=a["id"], key=f"Key {k}", value=f"Value {k}")
                                        for a in accounts for k in range(4)])
        others = s.scalars(select(Customer.id).where(Customer.id != cid).limit(3)).all()
        s.execute(insert(CustomerRelation), [dict(id=new_id(), customer_id=cid, related_customer_id=o,
                                                  tags=["family"]) for o in others])
        first = s.execute(update(Counter).where(Counter.name == "ticket_number")
                          .values(value=Counter.value + TICKETS).returning(Counter.value)).scalar_one() - TICKETS + 1
        tickets, interactions = [], []
        for i in range(TICKETS):
            created = now - dt.timedelta(days=730) + dt.timedelta(hours=17.5 * i)
            tid = new_id()
            tickets.append(dict(id=tid, number=first + i, status=STATUSES[i % len(STATUSES)], subject=f"Request {i}",
                                campaign_id=campaigns[i % len(campaigns)], customer_id=cid,
                                assignee_id=agents[i % len(agents)], created_at=created, updated_at=created,
                                last_interaction_at=created + dt.timedelta(minutes=10 * INTERACTIONS_PER_TICKET)))
            kind = CHANNELS[i % len(CHANNELS)]
            for k in range(INTERACTIONS_PER_TICKET):
                inbound = k % 2 == 0
                status = "received" if inbound else ("read" if k % 6 == 1 else "failed" if k % 10 == 9 else "sent")
                interactions.append(dict(
                    id=new_id(), ticket_id=tid, customer_id=cid, channel_kind=kind, direction="in" if inbound else "out",
                    status=status, occurred_at=created + dt.timedelta(minutes=10 * k), sender="",
                    subject=f"Request {i}", body_text="Benchmark message", preview="Benchmark message"))
        s.execute(insert(Ticket), tickets)
        s.execute(insert(Interaction), interactions)
        sha = "0" * 63 + "1"
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=1024))
            s.flush()
        s.execute(insert(Attachment), [
            dict(id=new_id(), ticket_id=tickets[i * (TICKETS // ATTACHMENTS)]["id"], blob_sha256=sha,
                 filename=f"file-{i}.pdf", mime_type="application/pdf", size=1024, source="customer",
                 created_at=tickets[i * (TICKETS // ATTACHMENTS)]["created_at"])
            for i in range(ATTACHMENTS)])
        customer.last_interaction_at = interactions[-1]["occurred_at"]
        set_system_setting(s, PROFILE_CUSTOMER, cid.hex)
        return cid


def _keystroke_sql(typed: str) -> tuple[str, tuple]:
    """The plain query for a name's first page: a prefix range under three letters, the
    trigram index newest first from three letters on."""
    cols = ("c.id, c.first_name, c.middle_name, c.last_name, c.second_last_name, c.document_type, "
            "c.document_number, c.last_interaction_at")
    if len(typed) < 3:
        hi = typed[:-1] + chr(ord(typed[-1]) + 1)
        return (f"SELECT {cols} FROM customers c WHERE c.search_name >= ? AND c.search_name < ? "
                "AND c.deleted_at IS NULL ORDER BY c.search_name LIMIT 51", (typed, hi))
    return (f"SELECT {cols} FROM customer_name_fts f JOIN customers c ON c.rowid = f.rowid "
            "WHERE customer_name_fts MATCH ? AND c.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT 51",
            (f'"{typed}"',))


def profile_figures(report, db_path: Path, repeat: int, ms, median_time) -> None:
    from sagicc_desktop.services import auth, customer_dashboard, customer_profile, customer_search
    from sagicc_desktop.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(db_path))
    cid = _ensure_profile_customer(db)
    actor = auth.sign_in(db, "admin", "admin")
    plain = sqlite3.connect(db_path)
    total = plain.execute("SELECT count(*) FROM customers").fetchone()[0]
    matches = plain.execute("SELECT count(*) FROM customer_name_fts WHERE customer_name_fts MATCH ?",
                            (f'"{SURNAME}"',)).fetchone()[0]
    print(f"  {total:,} customers; {matches:,} of them named {SURNAME!r}")

    # ---------------------------------------------------------------- search, a keystroke at a time
    slowest, slowest_bare = 0.0, 0.0
    for n in range(1, len(SURNAME) + 1):
        typed = SURNAME[:n]
        sql, args = _keystroke_sql(typed)
        ours = median_time(lambda: customer_search.search_customers(db, actor, typed), repeat)
        bare = median_time(lambda: plain.execute(sql, args).fetchall(), repeat)
        print(f"    {typed!r}: {ms(ours):.1f} ms (bare {ms(bare):.1f} ms)")
        slowest, slowest_bare = max(slowest, ours), max(slowest_bare, bare)
    report.add(f"Customer search: typing {SURNAME!r} ({matches:,} matches), slowest keystroke",
               ms(slowest), ms(slowest_bare), "ms", "< 30 ms")

    both = "garcia valentina"  # two common words, the surname first
    sql, _ = _keystroke_sql("garcia")
    report.add(f"Customer search: {both!r} (word order ignored)",
               ms(median_time(lambda: customer_search.search_customers(db, actor, both), repeat)),
               ms(median_time(lambda: plain.execute(sql, ('"garcia" "valentina"',)).fetchall(), repeat)),
               "ms", "< 30 ms")

    document = "1099000"
    report.add(f"Customer search: document number prefix {document!r}",
               ms(median_time(lambda: customer_search.search_customers(db, actor, document), repeat)),
               ms(median_time(lambda: plain.execute(
                   "SELECT id FROM customers WHERE document_number >= ? AND document_number < ? "
                   "AND deleted_at IS NULL ORDER BY document_number LIMIT 51", (document, "1099001")).fetchall(),
                   repeat)), "ms", "< 30 ms")
    phone = "300 555 0001"
    report.add(f"Customer search: a phone typed as {phone!r}",
               ms(median_time(lambda: customer_search.search_customers(db, actor, phone), repeat)),
               ms(median_time(lambda: plain.execute(
                   "SELECT c.id FROM contact_points p JOIN customers c ON c.id = p.customer_id "
                   "WHERE p.kind = 'mobile' AND p.normalized_value >= ? AND p.normalized_value < ? "
                   "AND p.deleted_at IS NULL AND c.deleted_at IS NULL LIMIT 51",
                   ("+573005550001", "+573005550002")).fetchall(), repeat)), "ms", "< 30 ms")

    # ---------------------------------------------------------------- the profile
    hexid = cid.hex
    label = f"{TICKETS:,} tickets, {TICKETS * INTERACTIONS_PER_TICKET:,} interactions"

    def plain_profile() -> None:
        q = plain.execute
        q("SELECT * FROM customers WHERE id = ?", (hexid,)).fetchall()
        q("SELECT * FROM contact_points WHERE customer_id = ? AND deleted_at IS NULL", (hexid,)).fetchall()
        q("SELECT t.id, t.number, t.status, t.subject, k.name, u.display_name, t.created_at FROM tickets t "
          "LEFT JOIN campaigns k ON k.id = t.campaign_id LEFT JOIN users u ON u.id = t.assignee_id "
          "WHERE t.customer_id = ? AND t.deleted_at IS NULL ORDER BY t.created_at DESC, t.number DESC LIMIT 50",
          (hexid,)).fetchall()
        q("SELECT i.id, i.ticket_id, t.number, i.occurred_at, i.channel_kind, i.direction, i.status, i.sender, "
          "i.subject, i.preview FROM interactions i JOIN tickets t ON t.id = i.ticket_id "
          "WHERE i.customer_id = ? AND i.deleted_at IS NULL AND t.deleted_at IS NULL "
          "ORDER BY i.occurred_at DESC, i.id DESC LIMIT 50", (hexid,)).fetchall()
        q("SELECT a.id, a.ticket_id, t.number, a.filename, a.size, a.created_at FROM attachments a "
          "JOIN tickets t ON t.id = a.ticket_id WHERE t.customer_id = ? AND t.deleted_at IS NULL "
          "AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC LIMIT 50", (hexid,)).fetchall()
        q("SELECT r.id, c.first_name, c.last_name, r.tags FROM customer_relations r JOIN customers c "
          "ON c.id = r.related_customer_id WHERE r.customer_id = ? AND r.deleted_at IS NULL", (hexid,)).fetchall()
        q("SELECT a.id, a.number, d.key, d.value FROM accounts a LEFT JOIN account_data d ON d.account_id = a.id "
          "WHERE a.customer_id = ? AND a.deleted_at IS NULL", (hexid,)).fetchall()

    def plain_dashboard() -> None:
        """The same two GROUP BY queries, written by hand."""
        q = plain.execute
        q("SELECT status, campaign_id, count(*) FROM tickets WHERE customer_id = ? AND deleted_at IS NULL "
          "GROUP BY status, campaign_id", (hexid,)).fetchall()
        q("SELECT t.campaign_id, g.channel_kind, sum(g.n_in), sum(g.n_out), sum(g.first_out IS NOT NULL), "
          "sum(g.first_out IS NOT NULL AND (g.was_read OR g.first_out < g.last_in)) FROM ("
          "SELECT ticket_id, channel_kind, sum(direction = 'in') AS n_in, sum(direction = 'out') AS n_out, "
          "min(CASE WHEN direction = 'out' THEN occurred_at END) AS first_out, "
          "max(CASE WHEN direction = 'in' THEN occurred_at END) AS last_in, "
          "max(direction = 'out' AND status = 'read') AS was_read FROM interactions "
          "WHERE customer_id = ? AND deleted_at IS NULL GROUP BY ticket_id, channel_kind) g "
          "JOIN tickets t ON t.id = g.ticket_id WHERE t.deleted_at IS NULL GROUP BY t.campaign_id, g.channel_kind",
          (hexid,)).fetchall()

    profile = median_time(lambda: customer_profile.open_profile(db, actor, cid), repeat)
    dashboard = median_time(lambda: customer_dashboard.customer_dashboard(db, actor, cid), repeat)
    bare_profile, bare_dashboard = median_time(plain_profile, repeat), median_time(plain_dashboard, repeat)
    report.add(f"Customer profile data, every tab's first page ({label})", ms(profile), ms(bare_profile),
               "ms", "(part of < 150 ms)")
    report.add(f"Customer dashboard counts ({label})", ms(dashboard), ms(bare_dashboard), "ms",
               "(part of < 150 ms)")
    report.add(f"Customer profile data + dashboard counts ({label})", ms(profile + dashboard),
               ms(bare_profile + bare_dashboard), "ms", "< 150 ms with painting")
    page = customer_profile.interactions_page(db, actor, cid, limit=50)
    last = median_time(lambda: customer_profile.interactions_page(db, actor, cid, after=page[-1].cursor), repeat)
    report.add("Customer profile: the next page of interactions", ms(last), None, "ms", "(no target)")
    plain.close()
    db.dispose()
