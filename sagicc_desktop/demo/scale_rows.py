"""Raw rows for the scale generator, formatted the way SQLAlchemy stores them on SQLite.

Hot loops work on integer microseconds and pre-built strings: a million tickets and five
million interactions leave no room for ORM objects or datetime arithmetic per row. The column
lists are checked against the mapped tables first, so a schema change fails loudly here
instead of writing rows the ORM cannot read.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import random
import sqlite3
import threading
from array import array
from bisect import bisect
from email.utils import format_datetime
from itertools import accumulate

from ..store.base import Base
from ..store.enums import Priority, Role, TicketStatus
from . import topics as T
from . import vocabulary as V
from .catalog import Reference, priority_weights
from .conversation import LINES
from .customers import document
from .tasks import form_values
from .tickets import ORIGIN_WEIGHTS, status_weights
from .values import normalise_name, preview_of, uuid7_int

COLUMNS = {
    "customers": ("id", "created_at", "updated_at", "version", "deleted_at", "document_type",
                  "document_number", "first_name", "middle_name", "last_name", "second_last_name",
                  "birth_date", "search_name", "last_interaction_at", "created_by_id",
                  "updated_by_id", "merged_into_id"),
    "contact_points": ("id", "created_at", "updated_at", "version", "deleted_at", "customer_id",
                       "kind", "value", "normalized_value", "label", "is_primary"),
    "accounts": ("id", "created_at", "updated_at", "version", "deleted_at", "customer_id",
                 "number", "name", "status"),
    "tickets": ("id", "created_at", "updated_at", "version", "deleted_at", "number",
                "number_is_provisional", "status", "ticket_type", "subject", "description",
                "priority", "is_public", "campaign_id", "customer_id", "account_id", "assignee_id",
                "service_id", "category_id", "origin_channel", "cc", "expected_solution_at",
                "next_action_at", "last_interaction_at", "merged_into_id", "closed_at",
                "created_by_id", "external_token"),
    "interactions": ("id", "created_at", "updated_at", "version", "deleted_at", "ticket_id",
                     "customer_id", "channel_id", "channel_kind", "direction", "status", "is_read",
                     "is_public", "occurred_at", "user_id", "sender", "recipients", "cc", "bcc",
                     "subject", "body_text", "body_html", "preview", "message_id", "in_reply_to",
                     "references", "headers", "call_duration_s", "call_outcome", "is_voice_note",
                     "automated"),
    "task_records": ("id", "created_at", "updated_at", "version", "deleted_at", "ticket_id",
                     "form_definition_id", "user_id", "values", "observations", "next_action_at"),
    "agenda_entries": ("id", "created_at", "updated_at", "version", "deleted_at", "user_id",
                       "ticket_id", "task_record_id", "due_at", "duration_min", "title", "done_at",
                       "reminded_at"),
}
BATCH = 20_000
HOUR_US = 3_600_000_000
DAY_US = 24 * HOUR_US
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
_DATES: dict[int, str] = {}


def check_columns() -> None:
    """Every column of each bulk table is written, and nothing else."""
    for table, cols in COLUMNS.items():
        mapped = {c.name for c in Base.metadata.tables[table].columns}
        if mapped != set(cols):
            raise RuntimeError(f"scale generator out of date for {table}: {sorted(mapped ^ set(cols))}")


def ts(us: int) -> str:
    """Naive UTC text as SQLAlchemy's SQLite DateTime stores it: 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    day, rest = divmod(us, DAY_US)
    date = _DATES.get(day)
    if date is None:
        date = _DATES[day] = (EPOCH + dt.timedelta(days=day)).strftime("%Y-%m-%d")
    seconds, micro = divmod(rest, 1_000_000)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return f"{date} {hours:02d}:{minutes:02d}:{seconds:02d}.{micro:06d}"


def to_us(when: dt.datetime) -> int:
    return (when - EPOCH) // dt.timedelta(microseconds=1)


def from_us(us: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=us)


class Sink:
    """Per-table row buffers, written with executemany in large batches by a writer thread.

    sqlite3 releases the GIL while SQLite works on a statement, so building the next batch
    overlaps with writing the last one: the load uses both cores of a small workstation.
    Nothing else may touch the connection until close() has returned.
    """

    def __init__(self, con: sqlite3.Connection) -> None:
        check_columns()
        self.con = con
        self.buffers: dict[str, list] = {t: [] for t in COLUMNS}
        self.sql = {t: f'INSERT INTO {t} ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                       f'VALUES ({", ".join("?" * len(cols))})' for t, cols in COLUMNS.items()}
        self._jobs: queue.Queue = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="scale-writer", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:
                try:
                    self.con.executemany(*job)
                except BaseException as exc:  # reported to the generating thread
                    self._error = exc

    def _submit(self, table: str) -> None:
        if self._error is not None:
            raise self._error
        rows = self.buffers[table]
        self.buffers[table] = []
        self._jobs.put((self.sql[table], rows))

    def maybe_flush(self) -> None:
        for table, rows in self.buffers.items():
            if len(rows) >= BATCH:
                self._submit(table)

    def abort(self) -> None:
        """Stop the writer without writing what is still queued (the file is thrown away)."""
        if self._thread.is_alive():
            self._error = self._error or RuntimeError("generation aborted")
            self._jobs.put(None)
            self._thread.join()

    def close(self) -> None:
        """Write what is left and wait for the writer; raises what it met."""
        for table, rows in self.buffers.items():
            if rows:
                self._submit(table)
        self._jobs.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


class _Campaign:
    """What the hot loop needs of a campaign, as ready-made strings."""

    def __init__(self, ref) -> None:
        spec = ref.spec
        self.id = ref.campaign.id.hex
        self.language = spec.language
        self.name = spec.name
        self.mailbox = f"{spec.name} <{spec.mailbox}>"
        self.line = LINES[spec.language]
        self.kinds = list(ref.channels)
        self.kind_values = [k.value for k in self.kinds]
        self.origin_cum = list(accumulate(ORIGIN_WEIGHTS[k] for k in self.kinds))
        self.channel_ids = [ref.channels[k].id.hex for k in self.kinds]
        self.staff = [(u.id.hex, u.display_name) for u in ref.assignable]
        self.staff_cum = list(accumulate(10 if u.role is Role.AGENT else 2 for u in ref.assignable))
        self.form = ref.form
        self.form_id = ref.form.id.hex
        self.sla_us = {int(p): h * HOUR_US for p, h in spec.sla_hours.items()}
        self.services = [s.id.hex for s in ref.services]
        self.category = ref.category.id.hex
        self.topics = [t for t in T.TOPICS if t.area == spec.area] or list(T.TOPICS)


class RowMaker:
    def __init__(self, rng: random.Random, now: dt.datetime, ref: Reference, sink: Sink) -> None:
        self.rng, self.sink = rng, sink
        self.now_us = to_us(now)
        self.campaigns = [_Campaign(c) for c in ref.campaigns]
        self.by_language = {lang: [c for c in self.campaigns if c.language == lang] or self.campaigns
                            for lang in ("es", "en")}
        self.id_ms = self.now_us // 1000
        self.id_seq = 0
        self.interaction_count = 0
        self.next_action_count = 0
        heavy_owner = ref.users.get("carlos") or ref.agents[0]
        self.heavy_owner = heavy_owner.id.hex
        self.heavy_campaign = next(c for c in self.campaigns if heavy_owner.id.hex in
                                   [s[0] for s in c.staff])
        self.norm = {n: normalise_name(n) for n in (*V.ES_FIRST, *V.ES_MIDDLE, *V.ES_LAST,
                                                   *V.EN_FIRST, *V.EN_MIDDLE, *V.EN_LAST)}

    def new_id(self) -> str:
        """Monotonic UUIDv7 (RFC 9562 method 1: a 12-bit counter under the ms time)."""
        seq = self.id_seq
        self.id_seq = seq + 1
        return f"{uuid7_int(self.id_ms + (seq >> 12), seq, self.rng.getrandbits(62)):032x}"

    # Customers -------------------------------------------------------------------------
    def customers(self, count: int) -> None:
        rng, now_us, add = self.rng, self.now_us, self.sink.buffers
        cust, contacts, accounts = add["customers"], add["contact_points"], add["accounts"]
        self.c_id: list[str] = []
        self.c_lang = bytearray(count)  # 1 = Spanish
        self.c_first: list[str] = []
        self.c_name: list[str] = []
        self.c_email: list[str] = []
        self.c_phone: list[str] = []
        self.c_account: list[str] = []
        self.c_last = array("q", bytes(8 * count))
        for i in range(count):
            es = rng.random() < 0.6
            lang = "es" if es else "en"
            if es:
                first, last, second = rng.choice(V.ES_FIRST), rng.choice(V.ES_LAST), rng.choice(V.ES_LAST)
                middle = rng.choice(V.ES_MIDDLE) if rng.random() < 0.7 else ""
            else:
                first, last, second = rng.choice(V.EN_FIRST), rng.choice(V.EN_LAST), ""
                middle = rng.choice(V.EN_MIDDLE) if rng.random() < 0.35 else ""
            norm = self.norm
            search = " ".join(norm[p] for p in (first, middle, last, second) if p)
            created = ts(now_us - int(rng.uniform(181, 900) * DAY_US))
            cid = self.new_id()
            doc_type, doc_number = document(rng, lang)
            birth = f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            cust.append((cid, created, created, 1, None, doc_type, doc_number, first, middle, last,
                         second, birth, search, None, None, None, None))
            local = f"{norm[first]}.{norm[last]}".replace(" ", "").replace("'", "")
            email = f"{local}.{i}@{rng.choice(V.EMAIL_DOMAINS)}"
            if es:
                prefix = rng.choice(V.CO_MOBILE_PREFIXES)
                a, b = rng.randint(200, 999), rng.randint(1000, 9999)
                shown, e164 = f"{prefix} {a} {b}", f"+57{prefix}{a}{b}"
            else:
                area, b = rng.choice(V.US_CITIES)[2], rng.randint(1000, 9999)
                shown, e164 = f"({area}) 555-{b}", f"+1{area}555{b}"
            contacts.append((self.new_id(), created, created, 1, None, cid, "email", email, email,
                             "Personal", 1))
            contacts.append((self.new_id(), created, created, 1, None, cid, "mobile", shown, e164,
                             "Personal", 1))
            product = rng.choice(V.PRODUCTS)
            aid = self.new_id()
            accounts.append((aid, created, created, 1, None, cid, f"{product[0]}-{10_000_000 + i}",
                             product[1] if es else product[2], "active"))
            self.c_id.append(cid)
            self.c_lang[i] = es
            self.c_first.append(first)
            self.c_name.append(f"{first} {last}")
            self.c_email.append(email)
            self.c_phone.append(e164)
            self.c_account.append(aid)
            if i % 5_000 == 0:
                self.sink.maybe_flush()

    def finish_customers(self) -> None:
        """Each customer's last interaction, known only once the tickets are written."""
        self.sink.close()
        rows = ((ts(us), cid) for cid, us in zip(self.c_id, self.c_last) if us)
        self.sink.con.executemany("UPDATE customers SET last_interaction_at = ? WHERE id = ?", rows)

    # Tickets and interactions -----------------------------------------------------------
    def tickets(self, count: int, heavy: int, counts: array, progress) -> None:
        rng, now_us = self.rng, self.now_us
        span_days = 730 if count > 10_000 else 180
        start_us = now_us - span_days * DAY_US
        step = (now_us - HOUR_US - start_us) / count
        statuses = list(TicketStatus)
        cums = {b: list(accumulate(status_weights(b))) for b in (0, 5, 30)}
        priorities = list(Priority)
        pri_cum = list(accumulate(priority_weights().values()))
        n_customers = len(self.c_id)
        for number in range(1, count + 1):
            if number == 1:
                self._ticket(1, start_us, TicketStatus.IN_PROGRESS, Priority.HIGH, 0,
                             self.heavy_campaign, heavy, heavy=True)
                continue
            created = start_us + int((number - 1 + rng.random() * 0.9) * step)
            age = (now_us - created) / DAY_US
            bucket = 0 if age < 3 else 5 if age < 21 else 30
            cum = cums[bucket]
            status = statuses[bisect(cum, rng.random() * cum[-1])]
            priority = priorities[bisect(pri_cum, rng.random() * pri_cum[-1])]
            customer = int(n_customers * rng.random() ** 1.5)
            lang = "es" if self.c_lang[customer] else "en"
            if rng.random() < 0.15:
                lang = "en" if lang == "es" else "es"
            campaign = rng.choice(self.by_language[lang])
            self._ticket(number, created, status, priority, customer, campaign, counts[number - 2])
            if number % 2_000 == 0:
                self.sink.maybe_flush()
            if number % 100_000 == 0:
                progress(f"tickets {number:,}/{count:,}, interactions {self.interaction_count:,}")

    def _ticket(self, number: int, created: int, status: TicketStatus, priority: Priority,
                customer: int, campaign: _Campaign, k: int, heavy: bool = False) -> None:
        rng, now_us = self.rng, self.now_us
        es = self.c_lang[customer] == 1
        lang = "es" if es else "en"
        topic = rng.choice(campaign.topics)
        text = topic.es if es else topic.en
        if heavy:
            staff = (self.heavy_owner, next(s[1] for s in campaign.staff if s[0] == self.heavy_owner))
            assignee = staff[0]
        else:
            staff = campaign.staff[bisect(campaign.staff_cum, rng.random() * campaign.staff_cum[-1])]
            unassigned = rng.random() < (0.45 if status is TicketStatus.NEW else 0.07)
            assignee = None if unassigned else staff[0]
        closed = status is TicketStatus.CLOSED or status is TicketStatus.RESOLVED
        age_us = now_us - created
        if heavy:
            span = age_us - HOUR_US
        elif closed:
            span = min(int(age_us * 0.9), int(rng.uniform(0.05, 20) * DAY_US))
        else:
            span = max(0, min(age_us - 300_000_000, int(rng.uniform(0.05, 15) * DAY_US)))
        tid = self.new_id()
        kind_i = bisect(campaign.origin_cum, rng.random() * campaign.origin_cum[-1])
        last = self._interactions(tid, number, created, span, k, status, customer, campaign,
                                  kind_i, staff, text, lang, heavy) if k else None
        closed_at = None
        if status is TicketStatus.CLOSED:
            closed_at = min(now_us - 60_000_000, (last or created) + int(rng.uniform(0.1, 3) * DAY_US))
        next_action = None
        if assignee and status in (TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.PENDING) and (
                heavy or rng.random() < 0.06):
            next_action = self._next_action(tid, number, assignee, campaign, lang, last or created,
                                            heavy, self.c_first[customer])
        updated = max(created, last or 0, closed_at or 0)
        if last and last > self.c_last[customer]:
            self.c_last[customer] = last
        c = ts(created)
        self.sink.buffers["tickets"].append((
            tid, c, ts(updated), 1, None, number, 0, status.value, topic.ticket_type.value,
            text.subject, text.description, int(priority), 1, campaign.id, self.c_id[customer],
            self.c_account[customer], assignee,
            campaign.services[number % len(campaign.services)] if campaign.services else None,
            campaign.category, campaign.kind_values[kind_i], "",
            ts(created + campaign.sla_us[int(priority)]), next_action and ts(next_action),
            last and ts(last), None, closed_at and ts(closed_at), None if number % 3 else staff[0],
            None))

    def _interactions(self, tid: str, number: int, created: int, span: int, k: int,
                      status: TicketStatus, customer: int, campaign: _Campaign, kind_i: int,
                      staff: tuple, text, lang: str, heavy: bool) -> int:
        rng, out, new_id = self.rng, self.sink.buffers["interactions"], self.new_id
        cid, first = self.c_id[customer], self.c_first[customer]
        customer_mail = f"{self.c_name[customer]} <{self.c_email[customer]}>"
        phone = self.c_phone[customer]
        agent_id, agent_name = staff
        replies = [r.format(first=first, number=number, agent=agent_name) for r in T.AGENT_REPLIES[lang]]
        followups = T.CUSTOMER_FOLLOWUPS[lang]
        calls = [n.format(first=first) for n in T.CALL_NOTES[lang]]
        kinds, ids = campaign.kind_values, campaign.channel_ids
        step = max(span // k, 1000)
        is_new = status is TicketStatus.NEW
        force_out = status is TicketStatus.PENDING or status is TicketStatus.RESOLVED or \
            status is TicketStatus.CLOSED
        recent_open = not force_out and self.now_us - created < 3 * DAY_US
        subject, reply_subject = text.subject, f"Re: {text.subject} [#{number}]"
        prev_mid = None
        t = created
        for j in range(k):
            t = created + j * step + int(rng.random() * step)
            out_dir = not is_new and (j & 1 == 1 or (force_out and j == k - 1 and j > 0))
            ki = rng.randrange(len(kinds)) if heavy or (j and rng.random() < 0.2) else kind_i
            kind = kinds[ki]
            iid = new_id()
            when = ts(t)
            if j == 0:
                body = text.message
            elif out_dir:
                body = replies[rng.randrange(len(replies))]
            else:
                body = followups[rng.randrange(len(followups))]
            sender = recipients = mail_subject = ""
            mid = reply_to = refs = duration = outcome = None
            headers = "[]"
            status_value = "sent" if out_dir else "received"
            if kind == "email":
                mail_subject = reply_subject if out_dir else (f"Re: {subject}" if j else subject)
                sender, recipients = ((campaign.mailbox, customer_mail) if out_dir
                                      else (customer_mail, campaign.mailbox))
                mid = f"<{iid}@{'sagicc-demo.example' if out_dir else 'mail.example'}>"
                reply_to, refs = prev_mid, prev_mid
                head = [["From", sender], ["To", recipients], ["Subject", mail_subject],
                        ["Date", format_datetime(from_us(t))], ["Message-ID", mid]]
                if prev_mid:
                    head += [["In-Reply-To", prev_mid], ["References", prev_mid]]
                headers = json.dumps(head)
                prev_mid = mid
            elif kind == "phone":
                answered = not out_dir or rng.random() < 0.75
                body = (calls[rng.randrange(2)] if out_dir else calls[2]) if answered else calls[3]
                outcome = "answered" if answered else "no_answer"
                duration = rng.randint(45, 1200) if answered else 0
                sender, recipients = (campaign.line, phone) if out_dir else (phone, campaign.line)
            elif kind == "chat":
                sender, recipients = (agent_name, self.c_name[customer]) if out_dir else (
                    self.c_name[customer], campaign.name)
            else:
                sender, recipients = (campaign.line, phone) if out_dir else (phone, campaign.line)
                if out_dir and kind == "whatsapp" and rng.random() < 0.6:
                    status_value = "read"
            unread = recent_open and not out_dir and j == k - 1
            out.append((iid, when, when, 1, None, tid, cid, ids[ki], kind,
                        "out" if out_dir else "in", status_value, 0 if unread else 1, 1, when,
                        agent_id if out_dir else None, sender, recipients, "", "", mail_subject,
                        body, None, body[:200] if j else preview_of(body), mid, reply_to, refs,
                        headers, duration, outcome, 0, None))
            if heavy and j % 5_000 == 0:
                self.sink.maybe_flush()
        self.interaction_count += k
        return t

    def _next_action(self, tid: str, number: int, user: str, campaign: _Campaign, lang: str,
                     after: int, heavy: bool, first: str) -> int:
        """A task record with a next action and its agenda entry; returns the due time."""
        rng, now_us = self.rng, self.now_us
        done_at = min(now_us - 60_000_000, after + 5 * 60_000_000)
        due = now_us + int(rng.uniform(1, 240) * HOUR_US)
        overdue = now_us - int(rng.uniform(1, 36) * HOUR_US)
        if not heavy and rng.random() < 0.15 and overdue > done_at:
            due = overdue
        due -= due % (15 * 60_000_000)
        when = ts(done_at)
        values = form_values(rng, campaign.form, lang, from_us(done_at))
        record = self.new_id()
        self.sink.buffers["task_records"].append((
            record, when, when, 1, None, tid, campaign.form_id, user,
            json.dumps(values), rng.choice(T.OBSERVATIONS[lang]), ts(due)))
        title = rng.choice(T.AGENDA_TITLES[lang]).format(number=number, first=first)
        self.sink.buffers["agenda_entries"].append((
            self.new_id(), when, when, 1, None, user, tid, record, ts(due), 30, title, None, None))
        self.next_action_count += 1
        return due
