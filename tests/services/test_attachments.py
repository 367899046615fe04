"""T11: attachments: limits from settings, safe names, content addressing, change log."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, make_viewer
from sagicc_desktop.services import attachments as att
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.settings import set_setting
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Attachment, Blob, ChangeLogEntry, Ticket
from sagicc_desktop.store.enums import AttachmentSource, TicketStatus


@pytest.fixture
def w(db, blobs, tmp_path):
    campaign = make_campaign(db, "Billing")
    admin = make_admin(db)
    world = dict(db=db, blobs=blobs, tmp=tmp_path, campaign=campaign, admin=admin,
                 agent=make_agent(db, campaigns=[campaign]), viewer=make_viewer(db))
    world["ticket"] = create_ticket(db, admin, campaign, make_customer(db), subject="Invoice")
    return world


def _file(w, name: str, data: bytes = b"hello world\n") -> Path:
    path = w["tmp"] / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _log(db, entity_id) -> list[tuple[str, str | None, str | None]]:
    with read_only(db) as s:
        rows = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == entity_id)
                         .order_by(ChangeLogEntry.at, ChangeLogEntry.id))
        return [(r.action.value, r.old_value, r.new_value) for r in rows]


def _incoming_files(blobs) -> list[str]:
    return [p.name for p in blobs.root.iterdir() if p.name.startswith(".incoming-")]


def _close(db, ticket_id) -> None:
    with unit_of_work(db) as s:
        s.get(Ticket, ticket_id).status = TicketStatus.CLOSED


def _set(w, key, value) -> None:
    with unit_of_work(w["db"]) as s:
        set_setting(s, w["admin"], key, value)


# ---------------------------------------------------------------- add, list


def test_add_lists_the_file_with_who_and_what_and_logs_it(w):
    path = _file(w, "statement.pdf", b"%PDF-1.4 fake")
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], path)
    assert (row.filename, row.size, row.mime_type, row.source) == (
        "statement.pdf", 13, "application/pdf", AttachmentSource.MANUAL)
    listed = att.list_attachments(w["db"], w["viewer"], w["ticket"])
    assert [(r.id, r.added_by) for r in listed] == [(row.id, w["agent"].display_name)]
    assert w["blobs"].read(row.sha256) == b"%PDF-1.4 fake"
    assert _log(w["db"], row.id) == [("create", None, "statement.pdf")]


def test_the_same_bytes_twice_make_one_blob(w):
    first = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "a.txt", b"same"))
    second = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "b.txt", b"same"))
    assert first.sha256 == second.sha256 and first.id != second.id
    with read_only(w["db"]) as s:
        assert len(s.scalars(select(Blob)).all()) == 1
    assert [r.filename for r in att.list_attachments(w["db"], w["agent"], w["ticket"])] == ["b.txt", "a.txt"]


def test_progress_is_reported_while_copying(w):
    data = os.urandom(3 * 1024 * 1024 + 5)
    seen: list[int] = []
    stored = att.store_file(w["blobs"], _file(w, "big.bin", data), att.DEFAULT_MAX_BYTES, progress=seen.append)
    assert stored.size == len(data)
    assert seen[-1] == len(data) and len(seen) >= 3 and seen == sorted(seen)


def test_a_cancelled_copy_keeps_nothing(w):
    with pytest.raises(att.Cancelled):
        att.store_file(w["blobs"], _file(w, "big.bin", b"x" * 100), 1000, cancelled=lambda: True)
    assert _incoming_files(w["blobs"]) == []


# ---------------------------------------------------------------- limits and types


def test_a_file_over_the_limit_is_refused_before_copying(w):
    _set(w, att.MAX_BYTES_KEY, 10)
    with pytest.raises(ValidationError) as err:
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "big.txt", b"x" * 11))
    assert err.value.args[0] == "too_large" and err.value.details["limit"] == 10
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []
    assert list(w["blobs"].root.rglob("*")) == []


def test_a_file_that_grows_past_the_limit_while_copying_leaves_no_temp_file(w):
    with pytest.raises(ValidationError) as err:
        att.store_stream(w["blobs"], io.BytesIO(b"x" * 50), 10)
    assert err.value.args[0] == "too_large"
    assert _incoming_files(w["blobs"]) == []


def test_default_limit_is_25_megabytes(w):
    assert att.ticket_limits(w["db"], w["agent"], w["ticket"]).max_bytes == 25 * 1024 * 1024


def test_a_campaign_may_override_the_limit(w):
    _set(w, att.MAX_BYTES_KEY, 1000)
    _set(w, att.campaign_key(att.MAX_BYTES_KEY, w["campaign"]), 5)
    other = create_ticket(w["db"], w["admin"], make_campaign(w["db"]), subject="Other")
    assert att.ticket_limits(w["db"], w["agent"], w["ticket"]).max_bytes == 5
    assert att.ticket_limits(w["db"], w["agent"], other).max_bytes == 1000
    with pytest.raises(ValidationError, match="too_large"):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "six.txt", b"123456"))
    att.add_file(w["db"], w["blobs"], w["agent"], other, _file(w, "six.txt", b"123456"))


@pytest.mark.parametrize("name", ["setup.exe", "RUN.BAT", "x.cmd", "evil.js", "a.vbs", "s.scr", "i.msi"])
def test_executables_are_refused_by_default(w, name):
    with pytest.raises(ValidationError) as err:
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, name))
    assert err.value.args[0] == "refused_type"
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []


def test_refused_types_come_from_settings(w):
    _set(w, att.REFUSED_EXTENSIONS_KEY, ["txt"])
    with pytest.raises(ValidationError, match="refused_type"):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "notes.txt"))
    att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "script.js"))  # no longer refused


def test_refused_mime_types_come_from_settings(w):
    _set(w, att.REFUSED_MIME_TYPES_KEY, ["image/png"])
    with pytest.raises(ValidationError, match="refused_type"):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "photo.png"))


def test_an_empty_file_is_refused(w):
    with pytest.raises(ValidationError, match="empty_file"):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "empty.txt", b""))
    with pytest.raises(ValidationError, match="empty_file"):
        att.store_stream(w["blobs"], io.BytesIO(b""), 100)
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("bad", ["../../etc/passwd", "a/b", "C:\\x", "C:x", "x\x00.txt", "", "   ", ".", "..",
                                 "line\nbreak.txt", "CON", "nul.txt"])
def test_names_that_are_not_plain_file_names_are_refused(w, bad):
    path = _file(w, "good.txt")
    with pytest.raises(ValidationError) as err:
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], path, filename=bad)
    assert err.value.args[0] == "bad_name"
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], path)
    with pytest.raises(ValidationError, match="bad_name"):
        att.rename(w["db"], w["agent"], row.id, bad)
    assert att.list_attachments(w["db"], w["agent"], w["ticket"])[0].filename == "good.txt"


def test_a_name_too_long_is_refused_and_blanks_are_trimmed(w):
    assert att.clean_name("  report.pdf.  ") == "report.pdf"
    with pytest.raises(ValidationError, match="too_long"):
        att.clean_name("a" * 300 + ".txt")


def test_blobs_are_addressed_by_hash_never_by_name(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "passwd", b"root:x:0:0"))
    path = att.blob_path(w["db"], w["blobs"], w["agent"], row.id)
    assert path.parent.parent == w["blobs"].root and path.name == row.sha256
    with pytest.raises(ValueError):
        w["blobs"].path_for("../../etc/passwd")


# ---------------------------------------------------------------- files that go away


def test_a_file_that_vanished_is_reported_and_nothing_is_written(w):
    path = _file(w, "gone.txt")
    path.unlink()
    with pytest.raises(ValidationError, match="unreadable"):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], path)
    with pytest.raises(ValidationError, match="unreadable"):
        att.store_file(w["blobs"], path, 100)
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []


def test_a_folder_is_not_a_file(w):
    folder = w["tmp"] / "folder.txt"
    folder.mkdir()
    with pytest.raises(ValidationError, match="unreadable"):
        att.store_file(w["blobs"], folder, 100)


class _Failing(io.RawIOBase):
    """A stream that breaks after its first chunk, like a disk or a share going away."""

    def __init__(self):
        self.calls = 0

    def readable(self):
        return True

    def read(self, n=-1):
        self.calls += 1
        if self.calls > 1:
            raise OSError(5, "Input/output error")
        return b"x" * 1000


def test_a_file_that_fails_mid_copy_leaves_no_temp_file_and_no_row(w):
    with pytest.raises(ValidationError, match="unreadable"):
        att.store_stream(w["blobs"], _Failing(), 10_000)
    assert _incoming_files(w["blobs"]) == []
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []


# ---------------------------------------------------------------- rename, download, remove


def test_rename_changes_the_name_and_type_and_logs_old_and_new(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "scan.txt"))
    renamed = att.rename(w["db"], w["agent"], row.id, "  scan-2024.csv ")
    assert (renamed.filename, renamed.mime_type, renamed.sha256) == ("scan-2024.csv", "text/csv", row.sha256)
    assert _log(w["db"], row.id)[-1] == ("update", "scan.txt", "scan-2024.csv")
    same = att.rename(w["db"], w["agent"], row.id, "scan-2024.csv")  # unchanged: no new log row
    assert same.version == renamed.version and len(_log(w["db"], row.id)) == 2


def test_rename_to_a_refused_type_is_refused(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "tool.txt"))
    with pytest.raises(ValidationError, match="refused_type"):
        att.rename(w["db"], w["agent"], row.id, "tool.exe")


def test_download_copies_the_bytes_whole(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "a.csv", b"a,b\n1,2\n"))
    target = w["tmp"] / "out" / "copy.csv"
    target.parent.mkdir()
    att.save_copy(w["db"], w["blobs"], w["viewer"], row.id, target)
    assert target.read_bytes() == b"a,b\n1,2\n"
    assert [p.name for p in target.parent.iterdir()] == ["copy.csv"]


def test_remove_is_a_tombstone_with_a_log_row(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "old.txt"))
    att.remove(w["db"], w["agent"], row.id)
    assert att.list_attachments(w["db"], w["agent"], w["ticket"]) == []
    with read_only(w["db"]) as s:
        assert s.get(Attachment, row.id).deleted_at is not None
    assert _log(w["db"], row.id)[-1] == ("delete", "old.txt", None)
    assert w["blobs"].exists(row.sha256)  # other rows may share the bytes
    with pytest.raises(NotFound):
        att.remove(w["db"], w["agent"], row.id)
    with pytest.raises(NotFound):
        att.rename(w["db"], w["agent"], row.id, "new.txt")


# ---------------------------------------------------------------- permissions


def test_a_viewer_lists_and_downloads_but_changes_nothing(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "a.txt"))
    assert len(att.list_attachments(w["db"], w["viewer"], w["ticket"])) == 1
    with pytest.raises(PermissionDenied):
        att.add_file(w["db"], w["blobs"], w["viewer"], w["ticket"], _file(w, "b.txt"))
    with pytest.raises(PermissionDenied):
        att.add_stored(w["db"], w["viewer"], w["ticket"], "b.txt", att.StoredFile(row.sha256, row.size))
    with pytest.raises(PermissionDenied):
        att.rename(w["db"], w["viewer"], row.id, "b.txt")
    with pytest.raises(PermissionDenied):
        att.remove(w["db"], w["viewer"], row.id)
    assert len(att.list_attachments(w["db"], w["admin"], w["ticket"])) == 1


def test_a_closed_ticket_takes_no_changes(w):
    row = att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "a.txt"))
    _close(w["db"], w["ticket"])
    with pytest.raises(TicketClosed):
        att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "b.txt"))
    with pytest.raises(TicketClosed):
        att.rename(w["db"], w["agent"], row.id, "b.txt")
    with pytest.raises(TicketClosed):
        att.remove(w["db"], w["admin"], row.id)
    assert [r.filename for r in att.list_attachments(w["db"], w["agent"], w["ticket"])] == ["a.txt"]


def test_a_ticket_closed_while_copying_gets_no_row(w):
    path = _file(w, "late.txt")
    name = att.check_new(w["db"], w["agent"], w["ticket"], path.name, path.stat().st_size)
    stored = att.store_file(w["blobs"], path, 1000)
    _close(w["db"], w["ticket"])
    with pytest.raises(TicketClosed):
        att.add_stored(w["db"], w["agent"], w["ticket"], name, stored)
    with read_only(w["db"]) as s:
        assert s.scalars(select(Attachment)).all() == [] and s.get(Blob, stored.sha256) is None


def test_hidden_campaigns_hide_attachments(w):
    from factories import set_hide_other_campaigns

    outsider = make_agent(w["db"])
    att.add_file(w["db"], w["blobs"], w["agent"], w["ticket"], _file(w, "a.txt"))
    set_hide_other_campaigns(w["db"], w["admin"])
    with pytest.raises(NotFound):
        att.list_attachments(w["db"], outsider, w["ticket"])
