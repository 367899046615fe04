"""T12: private notes: add with a colour, view, delete by author or admin, and kept private."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_supervisor, make_viewer
from sagicc_desktop.services import notes
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Note, Ticket
from sagicc_desktop.store.enums import TicketStatus

PACKAGE = Path(notes.__file__).resolve().parents[1]


@pytest.fixture
def w(db):
    campaign = make_campaign(db)
    admin = make_admin(db)
    world = dict(db=db, admin=admin, supervisor=make_supervisor(db), viewer=make_viewer(db),
                 carlos=make_agent(db, display_name="Carlos"), emma=make_agent(db, display_name="Emma"))
    world["ticket"] = create_ticket(db, admin, campaign, subject="Router")
    return world


def _close(db, ticket_id) -> None:
    with unit_of_work(db) as s:
        s.get(Ticket, ticket_id).status = TicketStatus.CLOSED


def test_add_and_view_with_colour_author_and_full_text(w):
    text = "Customer prefers calls after 6 pm.\nSecond line " + "x" * 500
    row = notes.add_note(w["db"], w["carlos"], w["ticket"], text, "green")
    listed = notes.list_notes(w["db"], w["emma"], w["ticket"])
    assert [(n.id, n.text, n.colour, n.hex, n.author) for n in listed] == [
        (row.id, text, "green", "#a5d6a7", "Carlos")]
    with read_only(w["db"]) as s:
        assert s.get(Note, row.id).color == "#a5d6a7"


def test_newest_first(w):
    first = notes.add_note(w["db"], w["carlos"], w["ticket"], "one")
    second = notes.add_note(w["db"], w["carlos"], w["ticket"], "two", "pink")
    assert [n.id for n in notes.list_notes(w["db"], w["carlos"], w["ticket"])] == [second.id, first.id]


def test_change_log_records_the_note_but_never_its_text(w):
    row = notes.add_note(w["db"], w["carlos"], w["ticket"], "secret PIN is 1234", "blue")
    notes.delete_note(w["db"], w["carlos"], row.id)
    with read_only(w["db"]) as s:
        entries = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == row.id)
                            .order_by(ChangeLogEntry.at, ChangeLogEntry.id)).all()
        assert [(e.action.value, e.entity_type, e.old_value, e.new_value, e.ticket_id) for e in entries] == [
            ("create", "note", None, "blue", w["ticket"]), ("delete", "note", "blue", None, w["ticket"])]


@pytest.mark.parametrize(("text", "colour", "reason"), [
    ("", "yellow", "required"), ("   \n ", "yellow", "required"),
    ("x" * (notes.MAX_TEXT + 1), "yellow", "too_long"), ("hi", "#123456", "bad_colour"), ("hi", "", "bad_colour"),
])
def test_bad_input_is_refused(w, text, colour, reason):
    with pytest.raises(ValidationError) as err:
        notes.add_note(w["db"], w["carlos"], w["ticket"], text, colour)
    assert err.value.args[0] == reason
    assert notes.list_notes(w["db"], w["carlos"], w["ticket"]) == []


def test_a_foreign_colour_shows_as_the_default(w):
    with unit_of_work(w["db"]) as s:
        s.add(Note(ticket_id=w["ticket"], user_id=w["carlos"].user_id, text="old", color="#000000"))
    assert notes.list_notes(w["db"], w["carlos"], w["ticket"])[0].colour == notes.DEFAULT_COLOUR


@pytest.mark.parametrize("who", ["carlos", "admin"])
def test_author_or_admin_deletes(w, who):
    row = notes.add_note(w["db"], w["carlos"], w["ticket"], "note")
    assert notes.list_notes(w["db"], w[who], w["ticket"])[0].can_delete
    notes.delete_note(w["db"], w[who], row.id)
    assert notes.list_notes(w["db"], w["carlos"], w["ticket"]) == []
    with read_only(w["db"]) as s:
        assert s.get(Note, row.id).deleted_at is not None  # a tombstone, not a hard delete
    with pytest.raises(NotFound):
        notes.delete_note(w["db"], w[who], row.id)


@pytest.mark.parametrize("who", ["emma", "supervisor", "viewer"])
def test_others_may_not_delete(w, who):
    row = notes.add_note(w["db"], w["carlos"], w["ticket"], "mine")
    assert not notes.list_notes(w["db"], w[who], w["ticket"])[0].can_delete
    with pytest.raises(PermissionDenied):
        notes.delete_note(w["db"], w[who], row.id)
    assert len(notes.list_notes(w["db"], w["carlos"], w["ticket"])) == 1


def test_a_viewer_reads_but_does_not_add(w):
    notes.add_note(w["db"], w["carlos"], w["ticket"], "visible")
    assert [n.text for n in notes.list_notes(w["db"], w["viewer"], w["ticket"])] == ["visible"]
    with pytest.raises(PermissionDenied):
        notes.add_note(w["db"], w["viewer"], w["ticket"], "nope")


def test_a_closed_ticket_takes_no_notes_and_loses_none(w):
    row = notes.add_note(w["db"], w["carlos"], w["ticket"], "before closing")
    _close(w["db"], w["ticket"])
    with pytest.raises(TicketClosed):
        notes.add_note(w["db"], w["carlos"], w["ticket"], "after")
    with pytest.raises(TicketClosed):
        notes.delete_note(w["db"], w["admin"], row.id)
    assert [n.text for n in notes.list_notes(w["db"], w["carlos"], w["ticket"])] == ["before closing"]


def test_unknown_ticket_is_not_found(w):
    import uuid

    with pytest.raises(NotFound):
        notes.list_notes(w["db"], w["carlos"], uuid.uuid4())


# ---------------------------------------------------------------- privacy guarantee

# Modules allowed to read the Note entity: the notes service itself, the merges that move notes
# between tickets or customers.
ALLOWED = {"services/notes.py", "services/ticket_merge.py", "services/customer_merge.py"}
SCANNED = ("services", "models", "views", "channels", "sync", "plugins")
_RAW_SQL = re.compile(r"\b(from|join|into|update)\s+\"?notes\b", re.IGNORECASE)


def readers_of_notes(root: Path) -> list[str]:
    """Modules (relative paths) that import the Note entity or name the notes table in SQL."""
    found = []
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            source = path.read_text(encoding="utf-8")
            if rel not in ALLOWED and _reads_notes(source):
                found.append(rel)
    return found


def _reads_notes(source: str) -> bool:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name in ("Note", "*") for a in node.names) \
                and "entities" in (node.module or "") :
            return True
        if isinstance(node, ast.Attribute) and node.attr == "Note":
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _RAW_SQL.search(node.value):
            return True
    return False


def test_only_the_notes_service_reads_notes():
    """Notes never reach dashboards, reports, transcripts or the external view (T12)."""
    assert readers_of_notes(PACKAGE) == []


def test_the_scan_catches_a_report_that_reads_notes(tmp_path):
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "notes.py").write_text("from ..store.entities import Note\n")
    (tmp_path / "services" / "report.py").write_text("from ..store.entities import Campaign, Note\n")
    (tmp_path / "services" / "transcript.py").write_text("from ..store import entities\nentities.Note\n")
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "dashboard.py").write_text("q = text('SELECT * FROM notes')\n")
    (tmp_path / "views" / "fine.py").write_text("label = 'Private notes'\n")
    assert readers_of_notes(tmp_path) == ["services/report.py", "services/transcript.py", "views/dashboard.py"]
