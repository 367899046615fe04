"""The ticket's long lists read page by page (keyset on created_at, id): the pages put together
are the whole list, newest first, each row once, even where many rows share one timestamp."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import create_ticket, make_admin, make_campaign
from sagicc_desktop.services import attachments, notes, tasks
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Attachment, Blob, Note, TaskRecord
from sagicc_desktop.store.enums import AttachmentSource
from sagicc_desktop.store.types import utcnow

ROWS, PAGE = 23, 5


@pytest.fixture
def w(db):
    admin = make_admin(db)
    ticket = create_ticket(db, admin, make_campaign(db), subject="Pages")
    now = utcnow()
    # Three rows per timestamp: the id must break the ties, or a page would repeat or skip rows.
    times = [now - dt.timedelta(minutes=i // 3) for i in range(ROWS)]
    with unit_of_work(db) as s:
        s.add(Blob(sha256="0" * 64, size=1))
        s.flush()
        for i, at in enumerate(times):
            s.add(Note(ticket_id=ticket, user_id=admin.user_id, text=f"note {i}", created_at=at, updated_at=at))
            s.add(TaskRecord(ticket_id=ticket, user_id=admin.user_id, values={}, observations=f"task {i}",
                             created_at=at, updated_at=at))
            s.add(Attachment(ticket_id=ticket, blob_sha256="0" * 64, filename=f"f{i}.txt", mime_type="text/plain",
                             size=1, source=AttachmentSource.USER, created_at=at, updated_at=at))
    return db, admin, ticket


def _paged(read, when):
    pages, before = [], None
    while True:
        page = read(limit=PAGE, before=before)
        pages.append(page)
        if len(page) < PAGE:
            return pages
        before = (when(page[-1]), page[-1].id)


@pytest.mark.parametrize("read, when", [
    (lambda db, a, t, **kw: notes.list_notes(db, a, t, **kw), lambda r: r.created_at),
    (lambda db, a, t, **kw: tasks.task_history(db, a, t, **kw), lambda r: r.created_at),
    (lambda db, a, t, **kw: attachments.list_attachments(db, a, t, **kw), lambda r: r.added_at),
], ids=["notes", "tasks", "attachments"])
def test_pages_put_together_are_the_whole_list(w, read, when):
    db, admin, ticket = w
    whole = read(db, admin, ticket)
    pages = _paged(lambda **kw: read(db, admin, ticket, **kw), when)
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert [r.id for p in pages for r in p] == [r.id for r in whole]
    assert len(whole) == ROWS and len({r.id for r in whole}) == ROWS
    assert [when(r) for r in whole] == sorted((when(r) for r in whole), reverse=True)
