"""Issue figures for the ticket management view: switching between work-heavy tickets,
saving a task with a next action, and changing the layout from two to three columns.

Two tickets of the benchmark database get 1,000 task records, 200 attachments and 200 notes
each the first time (marked in a setting, so later runs reuse them).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import uuid
from pathlib import Path

WORK_TICKETS = "bench_work_tickets"
TASKS, ATTACHMENTS, NOTES = 1_000, 200, 200
# The tabs that show these rows are on top of the three columns.
WORK_LAYOUT = (("attachments", "customer", "contact", "account"),
               ("notes", "conversation"),
               ("history", "ticket", "script", "agenda", "tasks"))


def _ensure_work_tickets(db, blobs) -> list[uuid.UUID]:
    from sqlalchemy import select

    from sagicc_desktop.services.settings import get_setting, set_system_setting
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import (
        Attachment, Blob, Note, TaskFormDefinition, TaskRecord, Ticket, User,
    )
    from sagicc_desktop.store.enums import AttachmentSource
    from sagicc_desktop.store.types import new_id, utcnow

    with unit_of_work(db) as s:
        stored = get_setting(s, WORK_TICKETS)
        if stored:
            return [uuid.UUID(x) for x in stored]
        emma = s.scalar(select(User).where(User.username == "emma"))
        tickets = s.scalars(select(Ticket).where(Ticket.number.in_((21, 22))).order_by(Ticket.number)).all()
        sha, size = blobs.put_bytes(b"%PDF-1.4 benchmark attachment\n")
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
        now = utcnow()
        for t in tickets:
            t.assignee_id = emma.id
            definition = s.scalar(select(TaskFormDefinition).where(
                TaskFormDefinition.campaign_id == t.campaign_id, TaskFormDefinition.is_current.is_(True)))
            values = {f["key"]: "1" if f.get("type") == "number" else "Benchmark answer"
                      for f in (definition.fields if definition else []) if f.get("type") in ("text", "number")}
            s.add_all(TaskRecord(id=new_id(), ticket_id=t.id, form_definition_id=definition.id if definition else None,
                                 user_id=emma.id, values=values, observations=f"Follow-up {i}: customer called back.",
                                 created_at=now - dt.timedelta(minutes=i), updated_at=now) for i in range(TASKS))
            s.add_all(Attachment(id=new_id(), ticket_id=t.id, blob_sha256=sha, filename=f"document-{i}.pdf",
                                 mime_type="application/pdf", size=size, source=AttachmentSource.USER,
                                 uploaded_by_id=emma.id, created_at=now - dt.timedelta(minutes=i), updated_at=now)
                      for i in range(ATTACHMENTS))
            s.add_all(Note(id=new_id(), ticket_id=t.id, user_id=emma.id, text=f"Private note {i}",
                           created_at=now - dt.timedelta(minutes=i), updated_at=now) for i in range(NOTES))
        set_system_setting(s, WORK_TICKETS, [t.id.hex for t in tickets])
        return [t.id for t in tickets]


def fill_visible_tabs(app, panel) -> None:
    from benchmarks.run import fill_visible_tabs as fill

    fill(app, panel)


def ticket_view_figures(report, db_path: Path, repeat: int, ms, median_time) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop.services import auth, layouts, tasks
    from sagicc_desktop.startup import open_data
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    data = open_data(db_path.parent, f"sqlite:///{db_path}")
    ids = _ensure_work_tickets(data.db, data.blobs)
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=db_path.parent)
    ctx.actor = auth.sign_in(data.db, "emma", "emma")
    layouts.save_for_user(data.db, ctx.actor, layouts.LayoutSpec(3, WORK_LAYOUT))
    window = MainWindow(ctx)
    window.resize(1360, 860)
    window.show()
    window.top_bar.bell.timer.stop()
    app.processEvents()
    plain = sqlite3.connect(db_path)
    which = [0]

    def switch() -> None:
        which[0] ^= 1
        window.open_ticket(ids[which[0]])
        fill_visible_tabs(app, window.ticket_view.panel)
        window.repaint()  # header and the three tabs on top filled and painted

    def settle() -> None:
        """What the window does just after a ticket is on screen (the pending list's refresh)
        is finished before the next measurement starts, as between two clicks of a user."""
        end = time.perf_counter() + 0.15
        while time.perf_counter() < end:
            app.processEvents()

    def plain_switch() -> None:
        tid = ids[which[0]].hex
        plain.execute("SELECT * FROM task_records WHERE ticket_id = ? AND deleted_at IS NULL "
                      "ORDER BY created_at DESC", (tid,)).fetchall()
        plain.execute("SELECT * FROM attachments WHERE ticket_id = ? AND deleted_at IS NULL "
                      "ORDER BY created_at DESC", (tid,)).fetchall()
        plain.execute("SELECT * FROM notes WHERE ticket_id = ? AND deleted_at IS NULL "
                      "ORDER BY created_at DESC", (tid,)).fetchall()

    switch()
    settle()
    report.add(f"Switch between tickets with {TASKS:,} tasks, {ATTACHMENTS} attachments, {NOTES} notes "
               "(History, Attachments and Notes on top, painted)",
               ms(median_time(switch, repeat, setup=settle)), ms(median_time(plain_switch, repeat)), "ms", "< 80 ms")

    view = window.ticket_view
    layouts.save_for_user(data.db, ctx.actor, layouts.default(2))
    window.open_ticket(ids[0])
    settle()
    view = window.ticket_view
    columns = [2]

    def change_layout() -> None:
        columns[0] = 5 - columns[0]  # 2 <-> 3
        view.set_columns(columns[0])
        app.processEvents()  # the new panel is shown and laid out
        fill_visible_tabs(app, view.panel)
        view.repaint()

    report.add("Change the layout between two and three columns (painted)",
               ms(median_time(change_layout, repeat, setup=settle)), None, "ms", "< 50 ms")

    form = tasks.task_form(data.db, ctx.actor, ids[0])
    day = [0]

    def save_task() -> None:
        day[0] += 1
        when = dt.date.today() + dt.timedelta(days=400 + day[0])
        tasks.save_task(data.db, ctx.actor, ids[0], tasks.TaskInput(
            definition_id=form.definition_id, values=dict(_required_values(form)),
            observations="Call back to confirm the fix", next_date=when.isoformat(), next_time="10:00"),
            allow_clash=True)

    def plain_save() -> None:
        now = dt.datetime.now(dt.timezone.utc).isoformat()
        with plain:
            rid = uuid.uuid4().hex
            plain.execute("INSERT INTO task_records (id, ticket_id, form_definition_id, user_id, \"values\", "
                          "observations, next_action_at, created_at, updated_at, version) "
                          "VALUES (?, ?, NULL, NULL, '{}', 'x', ?, ?, ?, 1)", (rid, ids[0].hex, now, now, now))
            plain.execute("INSERT INTO agenda_entries (id, user_id, ticket_id, task_record_id, due_at, duration_min, "
                          "title, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 30, 'x', ?, ?, 1)",
                          (uuid.uuid4().hex, ctx.actor.user_id.hex, ids[0].hex, rid, now, now, now))
            plain.execute("UPDATE tickets SET next_action_at = ?, version = version + 1 WHERE id = ?", (now, ids[0].hex))

    report.add("Save a task with a next action (one transaction, change log included)",
               ms(median_time(save_task, repeat)), ms(median_time(plain_save, repeat)), "ms", "< 20 ms")
    window.close_ticket(go_back=False)
    window.close()
    plain.close()
    data.db.dispose()


def _required_values(form) -> dict:
    """An answer for each required field of the campaign's form, as the Tasks tab would send."""
    out = {}
    for spec in form.fields:
        if not spec.get("required"):
            continue
        kind = spec.get("type")
        if kind == "number":
            out[spec["key"]] = "7"
        elif kind == "yes_no":
            out[spec["key"]] = False
        elif kind == "choice":
            out[spec["key"]] = (spec.get("choices") or [""])[0]
        elif kind == "multi_choice":
            out[spec["key"]] = (spec.get("choices") or [])[:1]
        elif kind == "date":
            out[spec["key"]] = (dt.date.today() + dt.timedelta(days=3)).isoformat()
        elif kind == "time":
            out[spec["key"]] = "09:00"
        else:
            out[spec["key"]] = "Benchmark answer"
    return out
