"""T11 in the window: list, add by dialog and by drop (copied off the GUI thread), rename,
download, remove with confirmation, previews, and read-only for viewers and closed tickets."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import attachments
from sagicc_desktop.services.settings import set_setting
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import Attachment, ChangeLogEntry, Ticket
from sagicc_desktop.store.enums import TicketStatus
from sagicc_desktop.views.ticket import attachments_tab
from sagicc_desktop.views.ticket.attachments_tab import AttachmentsTab
from sagicc_desktop.views.ticket.file_preview import FilePreviewDialog

from .conftest import show_active


def _ticket_with_image(ctx) -> uuid.UUID:
    """An open demo ticket that already holds a PNG attachment."""
    with read_only(ctx.db) as s:
        return s.scalar(
            select(Attachment.ticket_id).join(Ticket, Ticket.id == Attachment.ticket_id)
            .where(Attachment.mime_type == "image/png", Ticket.status != TicketStatus.CLOSED)
            .order_by(Ticket.number).limit(1))


def _open_ticket(ctx, status=None) -> uuid.UUID:
    with read_only(ctx.db) as s:
        q = select(Ticket.id).where(Ticket.deleted_at.is_(None)).order_by(Ticket.number).limit(1)
        q = q.where(Ticket.status == status) if status else q.where(Ticket.status != TicketStatus.CLOSED)
        return s.scalar(q)


def _tab(qtbot, ctx, ticket_id) -> AttachmentsTab:
    tab = show_active(qtbot, AttachmentsTab(ctx, ticket_id), size=(900, 700))
    tab.ensure_loaded()
    return tab


def _names(tab) -> list[str]:
    return [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]


def _file(tmp_path: Path, name: str, data: bytes = b"line one\nline two\n") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    painter.drawText(100, 200, "Invoice 42")
    painter.end()
    return path


def _wait_added(qtbot, tab, action):
    with qtbot.waitSignal(tab.sig_queue_done, timeout=10_000):
        action()


def _message_box(tab) -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "errorMessage"), None)


def _drop(tab, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    return enter if not enter.isAccepted() else drop


def _log_actions(ctx, ticket_id) -> list[tuple[str, str | None]]:
    with read_only(ctx.db) as s:
        return [(a.value, f) for a, f in s.execute(
            select(ChangeLogEntry.action, ChangeLogEntry.field)
            .where(ChangeLogEntry.ticket_id == ticket_id, ChangeLogEntry.entity_type == "attachment")
            .order_by(ChangeLogEntry.at, ChangeLogEntry.id))]


def test_lists_files_with_size_type_author_and_previews_an_image(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_image(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    rows = attachments.list_attachments(ctx.db, ctx.user, ticket_id)
    assert _names(tab) == [r.filename for r in rows]
    assert [tab.tree.headerItem().text(c) for c in range(5)] == ["Name", "Size", "Type", "Added by", "Date"]
    png = next(i for i in range(len(rows)) if rows[i].mime_type == "image/png")
    item = tab.tree.topLevelItem(png)
    assert item.text(2) == "image/png" and item.text(1).endswith(("bytes", "KB"))
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=tab.tree.visualItemRect(item).center())
    assert tab.preview.kind == "image"
    assert not tab.preview.image.pixmap().isNull()
    assert tab.download_button.isEnabled() and tab.rename_button.isEnabled()


def test_add_through_the_dialog_copies_off_the_gui_thread_and_logs(qtbot, make_ctx, tmp_path, monkeypatch):
    ctx = make_ctx("carlos")
    threads = []
    real_store = attachments.store_file

    def spy(*args, **kw):
        threads.append(threading.current_thread())
        return real_store(*args, **kw)

    monkeypatch.setattr(attachments, "store_file", spy)
    ticket_id = _open_ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.reject()
    data = bytes(range(256)) * 8000  # ~2 MB: several progress steps
    seen: list[int] = []
    tab.progress.valueChanged.connect(seen.append)
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "router-log.txt", data)]))
    assert _names(tab)[0] == "router-log.txt"
    assert tab.current_row().size == len(data)
    assert seen and max(seen) == 1000
    assert not tab.progress_row.isVisible()
    assert tab.preview.kind == "text"
    assert ("create", "filename") in _log_actions(ctx, ticket_id)
    assert threads and threads[0] is not threading.main_thread()


def test_drop_adds_every_file_in_order(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    ticket_id = _open_ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    files = [_file(tmp_path, "one.txt", b"1"), _file(tmp_path, "two.csv", b"a,b\n")]
    before = len(_names(tab))
    _wait_added(qtbot, tab, lambda: _drop(tab, files))
    assert _names(tab)[:2] == ["two.csv", "one.txt"] and len(_names(tab)) == before + 2


def test_a_refused_type_and_an_empty_file_are_explained_and_not_added(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    before = _names(tab)
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "setup.exe", b"MZ")]))
    box = _message_box(tab)
    assert box is not None and "may not be attached" in box.text() and ".exe" in box.text()
    box.close()
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "empty.txt", b"")]))
    box = _message_box(tab)
    assert box is not None and "empty" in box.text()
    box.close()
    assert _names(tab) == before


def test_a_file_over_the_limit_is_refused_with_the_limit(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    admin = make_ctx("admin").user
    with unit_of_work(ctx.db) as s:
        set_setting(s, admin, attachments.MAX_BYTES_KEY, 1024)
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    before = _names(tab)
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "big.txt", b"x" * 2048)]))
    box = _message_box(tab)
    assert box is not None and "1 KB" in box.text()
    assert _names(tab) == before


def test_a_file_that_vanished_is_explained(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    before = _names(tab)
    gone = _file(tmp_path, "gone.txt")
    gone.unlink()
    _wait_added(qtbot, tab, lambda: tab.add_paths([gone]))
    box = _message_box(tab)
    assert box is not None and "gone.txt" in box.text() and "Nothing was added" in box.text()
    assert _names(tab) == before
    assert not [p for p in ctx.blobs.root.iterdir() if p.name.startswith(".incoming-")]


def test_rename_through_the_dialog_and_a_bad_name_is_refused(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    ticket_id = _open_ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "scan.txt")]))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    dialog = tab.last_dialog
    assert isinstance(dialog, QInputDialog) and dialog.textValue() == "scan.txt"
    dialog.setTextValue("scan-march.txt")
    dialog.accept()
    assert _names(tab)[0] == "scan-march.txt"
    assert tab.rename_to(tab.current_id(), "../../etc/passwd") is False
    box = _message_box(tab)
    assert box is not None and "not a valid file name" in box.text()
    assert _names(tab)[0] == "scan-march.txt"
    assert ("update", "filename") in _log_actions(ctx, ticket_id)


def test_download_saves_the_bytes_where_the_dialog_says(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "report.csv", b"a;b\n1;2\n")]))
    qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert isinstance(dialog, QFileDialog) and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.reject()
    target = tmp_path / "out" / "copy.csv"
    target.parent.mkdir()
    assert tab.save_to(tab.current_id(), target)
    assert target.read_bytes() == b"a;b\n1;2\n"


def test_remove_asks_first_and_no_keeps_the_file(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    ticket_id = _open_ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "old.txt")]))
    count = len(_names(tab))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    box = tab.last_dialog
    assert isinstance(box, QMessageBox) and "old.txt" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert len(_names(tab)) == count
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = tab.last_dialog
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "old.txt" not in _names(tab) and len(_names(tab)) == count - 1
    assert ("delete", "filename") in _log_actions(ctx, ticket_id)


def test_pdf_preview_in_the_pane_and_in_a_dialog(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    _wait_added(qtbot, tab, lambda: tab.add_paths([_pdf(tmp_path / "invoice.pdf")]))
    assert tab.current_row().mime_type == "application/pdf"
    assert tab.preview.kind == "pdf" and tab.preview.pdf_document.pageCount() == 1
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    dialog = tab.last_dialog
    assert isinstance(dialog, FilePreviewDialog) and dialog.preview.kind == "pdf"
    dialog.close()


def test_a_damaged_image_says_so(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _open_ticket(ctx))
    _wait_added(qtbot, tab, lambda: tab.add_paths([_file(tmp_path, "broken.png", b"not a png")]))
    assert tab.preview.kind == "message" and "cannot be shown" in tab.preview.message.text()


def test_viewer_reads_and_downloads_but_cannot_change(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("viewer")
    tab = _tab(qtbot, ctx, _ticket_with_image(ctx))
    assert _names(tab)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    assert tab.download_button.isEnabled()
    for button in (tab.add_button, tab.rename_button, tab.remove_button):
        assert not button.isEnabled() and "Viewers" in button.toolTip()
    event = _drop(tab, [_file(tmp_path, "x.txt")])
    assert not event.isAccepted()
    assert len(_names(tab)) == len(attachments.list_attachments(ctx.db, ctx.user, tab.ticket_id))


def test_closed_ticket_is_read_only(qtbot, make_ctx):
    ctx = make_ctx("admin")
    tab = _tab(qtbot, ctx, _open_ticket(ctx, TicketStatus.CLOSED))
    assert not tab.add_button.isEnabled() and "closed" in tab.add_button.toolTip()


def test_names_are_set_and_retranslate_keeps_rows(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket_with_image(ctx))
    rows = _names(tab)
    tab.retranslate()
    assert _names(tab) == rows
    for w in (tab.add_button, tab.download_button, tab.rename_button, tab.remove_button, tab.tree):
        assert w.objectName() and w.accessibleName()


def test_many_files_show_a_batch_and_the_rest_on_scrolling(qtbot, make_ctx):
    import datetime as dt

    from sagicc_desktop.store.entities import Blob
    from sagicc_desktop.store.enums import AttachmentSource
    from sagicc_desktop.store.types import utcnow

    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_image(ctx)
    sha, size = ctx.blobs.put_bytes(b"%PDF-1.4 many files\n")
    with unit_of_work(ctx.db) as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
    with unit_of_work(ctx.db) as s:
        now = utcnow() + dt.timedelta(days=1)
        s.add_all(Attachment(ticket_id=ticket_id, blob_sha256=sha, filename=f"statement-{i:03d}.pdf",
                             mime_type="application/pdf", size=size, source=AttachmentSource.USER,
                             created_at=now - dt.timedelta(minutes=i), updated_at=now) for i in range(130))
    tab = _tab(qtbot, ctx, ticket_id)
    everything = attachments.list_attachments(ctx.db, ctx.user, ticket_id)
    assert len(tab.rows) == attachments_tab.PAGE < len(everything)  # read a page, not all of them
    assert tab.tree.topLevelItemCount() < len(tab.rows)  # a first batch, enough to scroll
    assert tab.tree.verticalScrollBar().maximum() > 0
    assert tab.tree.topLevelItem(0).text(0) == "statement-000.pdf"
    oldest = everything[-1].id
    tab.select(oldest)  # reaching a file beyond the first page: the next pages are read
    assert tab.current_id() == oldest
    shown = [tab.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(tab.tree.topLevelItemCount())]
    assert shown == [str(r.id) for r in everything]  # each file once, newest first
