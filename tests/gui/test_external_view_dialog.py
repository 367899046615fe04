"""O5 External view from the ticket's options menu, as a user would: the preview, the reader's
language, open in the browser, save as HTML and as PDF (read back with Qt's PDF reader), and a
real browser (headless Chromium) showing the saved page."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPdf import QPdfDocument

from sagicc_desktop.services import notes
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Interaction, Ticket
from sagicc_desktop.store.enums import ChannelKind, Direction, InteractionStatus, TicketStatus
from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.ticket.external_view_dialog import ExternalViewDialog

from .conftest import show_active

NOTE = "GUI-PRIVATE-NOTE never outside"
INTERNAL = "GUI-INTERNAL-MESSAGE never outside"


def _ticket(ctx):
    row = TicketListQuery(ctx.db, ctx.user, TicketFilter(statuses=(TicketStatus.NEW, TicketStatus.IN_PROGRESS))
                          ).first_page(1)[0]
    if not ctx.user.read_only:
        notes.add_note(ctx.db, ctx.user, row.id, NOTE)
    with unit_of_work(ctx.db) as s:
        ticket = s.get(Ticket, row.id)
        s.add(Interaction(ticket_id=ticket.id, customer_id=ticket.customer_id, channel_kind=ChannelKind.EMAIL,
                          direction=Direction.OUTGOING, status=InteractionStatus.SENT, is_public=False,
                          body_text=INTERNAL))
        return row.id, ticket.number, ticket.subject


def _dialog(qtbot, ctx):
    ticket_id, number, subject = _ticket(ctx)
    window = show_active(qtbot, MainWindow(ctx))
    view = window.open_ticket(ticket_id)
    action = view.findChild(QAction, "externalAction")
    assert action is not None and action.text() == "External view…" and action.isEnabled()
    action.trigger()
    dialog = view.findChild(ExternalViewDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.page.language == "en"  # the interface's language first (English in the tests)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    return dialog, number, subject


def test_preview_shows_the_ticket_and_never_notes(qtbot, make_ctx):
    dialog, number, subject = _dialog(qtbot, make_ctx("carlos"))
    text = dialog.preview.toPlainText()
    assert f"Ticket #{number}" in text and subject in text
    assert NOTE not in dialog.page.html and INTERNAL not in dialog.page.html and NOTE not in text
    assert dialog.windowTitle() == f"External view of ticket #{number}"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert f"Caso #{number}" in dialog.preview.toPlainText() and dialog.page.language == "es"


class _Browser(QObject):
    """Stands in for the system browser: Qt hands it the URL the user would see opened."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_browser_writes_the_page_and_hands_it_over(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    dialog, number, subject = _dialog(qtbot, ctx)
    browser = _Browser()
    QDesktopServices.setUrlHandler("file", browser, "open")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(browser.urls) == 1
    path = browser.urls[0].toLocalFile()
    assert path.startswith(str(ctx.data_dir / "external")) and path.endswith(f"ticket-{number}-external.html")
    assert subject in open(path, encoding="utf-8").read()


def test_save_as_html_and_pdf(qtbot, make_ctx, tmp_path):
    dialog, number, subject = _dialog(qtbot, make_ctx("carlos"))
    html = dialog.save_html(str(tmp_path / "shared"))
    assert html == tmp_path / "shared.html" and subject in html.read_text(encoding="utf-8")
    assert str(html) in dialog.hint.text()
    pdf = dialog.save_pdf(str(tmp_path / "shared.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert f"Ticket #{number}" in text and NOTE not in text and INTERNAL not in text


def test_a_folder_that_cannot_be_written_says_so(qtbot, make_ctx, tmp_path):
    dialog, _number, _subject = _dialog(qtbot, make_ctx("carlos"))
    assert dialog.save_pdf(str(tmp_path / "missing-folder" / "x.pdf")) is None
    qtbot.waitUntil(lambda: dialog.findChild(QObject, "errorMessage") is not None)


def test_a_viewer_may_produce_it(qtbot, make_ctx):
    dialog, number, _subject = _dialog(qtbot, make_ctx("viewer"))
    assert f"#{number}" in dialog.preview.toPlainText()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_a_real_browser_shows_the_saved_page(qtbot, make_ctx, tmp_path):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail(".ci/run installs chromium: without it this test would hide a missing browser")
        pytest.skip("no Chromium on this machine (CI installs it and runs this)")
    dialog, number, subject = _dialog(qtbot, make_ctx("carlos"))
    page = dialog.save_html(str(tmp_path / "page.html"))
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert f"Ticket #{number}" in dom and '<section id="ticket">' in dom and NOTE not in dom
