"""T5: the Conversation tab driven as a user would: opens at the newest, loads older rows near
the top, jumps, filters, the customer's other tickets, View more with safe HTML and blocked
remote images (a real HTTP server), voice notes, and the hooks the composer and outbox use."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import uuid

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QBuffer, QDate, QIODevice, QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from sqlalchemy import func, select

from audio.pulse import pulse, sink  # noqa: F401
from sagicc_desktop.models.timeline_model import TimelineRowRole
from sagicc_desktop.services import ticket_list
from sagicc_desktop.services import tickets as ticket_service
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Attachment, Blob, Interaction, OutboxItem, Ticket
from sagicc_desktop.store.enums import (
    AttachmentSource, ChannelKind, Direction, InteractionStatus, OutboxState,
)
from sagicc_desktop.store.types import new_id
from sagicc_desktop.views.ticket.conversation.tab import ConversationTab
from sagicc_desktop.views.ticket.tab_registry import tab_class

from .conftest import show_active

START = dt.datetime(2020, 1, 1, 9, 0, tzinfo=dt.timezone.utc)  # before anything the demo has
KINDS = [ChannelKind.EMAIL, ChannelKind.WHATSAPP, ChannelKind.CHAT, ChannelKind.SMS]


# ---------------------------------------------------------------- builders


def first_ticket(ctx) -> uuid.UUID:
    return ticket_list.pending_tickets(ctx.db, ctx.user)[0].id


def add_interactions(ctx, ticket_id, count: int, start=START, **kw) -> list[uuid.UUID]:
    """`count` interactions an hour apart from `start`, channels and directions alternating."""
    with unit_of_work(ctx.db) as s:
        customer = s.get(Ticket, ticket_id).customer_id
        rows = []
        for i in range(count):
            out = i % 2 == 1
            spec = dict(id=new_id(), ticket_id=ticket_id, customer_id=customer, channel_kind=KINDS[i % 4],
                        direction=Direction.OUTGOING if out else Direction.INCOMING,
                        status=InteractionStatus.SENT if out else InteractionStatus.RECEIVED, is_read=True,
                        occurred_at=start + dt.timedelta(hours=i), sender="Ana" if not out else "Carlos",
                        subject=f"Subject {i}" if KINDS[i % 4] is ChannelKind.EMAIL else "",
                        preview=f"old message {i}", body_text=f"old message {i}", headers=[])
            spec.update(kw)
            rows.append(Interaction(**spec))
        s.add_all(rows)
        return [r.id for r in rows]


def other_ticket_of_same_customer(ctx, ticket_id) -> tuple[uuid.UUID, int]:
    with unit_of_work(ctx.db) as s:
        t = s.get(Ticket, ticket_id)
        campaign, customer = t.campaign_id, t.customer_id
    other = ticket_service.create(ctx.db, ctx.user, campaign_id=campaign, customer_id=customer,
                                  subject="An earlier question")
    with unit_of_work(ctx.db) as s:
        return other, s.get(Ticket, other).number


def rows_of(tab) -> list:
    return [tab.model.index(i, 0).data(TimelineRowRole) for i in range(tab.model.rowCount())]


def open_tab(qtbot, ctx, ticket_id, size=(640, 700)) -> ConversationTab:
    tab = tab_class("conversation")(ctx, ticket_id)
    assert isinstance(tab, ConversationTab)
    show_active(qtbot, tab, size)
    tab.ensure_loaded()
    return tab


def at_bottom(tab) -> bool:
    bar = tab.view.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def newest_ids(ctx, ticket_id, n) -> list[uuid.UUID]:
    with ctx.db.sessions() as s:
        ids = s.scalars(select(Interaction.id).where(Interaction.ticket_id == ticket_id,
                                                     Interaction.deleted_at.is_(None))
                        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(n)).all()
    return list(reversed(ids))


@pytest.fixture
def long_ticket(make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    add_interactions(ctx, ticket, 300)
    return ctx, ticket


# ---------------------------------------------------------------- opening and scrolling


def test_opens_on_the_newest_page_scrolled_to_the_bottom(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    assert [r.id for r in rows_of(tab)] == newest_ids(ctx, ticket, tab.model.PAGE)
    qtbot.waitUntil(lambda: at_bottom(tab), timeout=3000)
    assert tab.view.isVisible() and not tab.empty.isVisible()
    assert tab.composer_area.count() == 0  # room for the composer, empty


def test_scrolling_to_the_top_loads_older_rows_and_keeps_the_row_being_read(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    qtbot.waitUntil(lambda: at_bottom(tab), timeout=3000)
    first = rows_of(tab)[0]
    bar = tab.view.verticalScrollBar()
    bar.setValue(0)  # the user drags the scroll bar to the top
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 * tab.model.PAGE, timeout=3000)
    # The row that was at the top is still at the top: the older rows came in above it.
    index = tab.model.index(tab.model.row_of(first.id), 0)
    assert abs(tab.view.visualRect(index).top()) <= 2
    assert rows_of(tab)[0].occurred_at < first.occurred_at


def test_scrolling_through_everything_keeps_a_bounded_window(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = tab_class("conversation")(ctx, ticket)
    tab.model.page, tab.model.max_rows = 20, 60
    show_active(qtbot, tab, (640, 500))
    tab.ensure_loaded()
    bar = tab.view.verticalScrollBar()
    seen = {r.id for r in rows_of(tab)}
    for _ in range(40):
        if tab.model.at_start:
            break
        bar.setValue(0)
        qtbot.wait(20)
        seen |= {r.id for r in rows_of(tab)}
        assert tab.model.rowCount() <= 60
    assert tab.model.at_start
    with ctx.db.sessions() as s:
        total = s.scalar(select(func.count()).select_from(Interaction).where(Interaction.ticket_id == ticket))
    assert len(seen) == total


def test_jump_to_start_and_end_with_the_keyboard_and_buttons(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.at_start and rows_of(tab)[0].preview == "old message 0"
    assert tab.view.verticalScrollBar().value() == 0
    assert tab.view.currentIndex().row() == 0
    qtbot.keyClick(tab.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.at_end and [r.id for r in rows_of(tab)] == newest_ids(ctx, ticket, tab.model.PAGE)
    qtbot.waitUntil(lambda: at_bottom(tab), timeout=3000)
    qtbot.mouseClick(tab.filter_bar.start_button, Qt.MouseButton.LeftButton)
    assert rows_of(tab)[0].preview == "old message 0"
    qtbot.mouseClick(tab.filter_bar.end_button, Qt.MouseButton.LeftButton)
    assert tab.model.at_end
    assert "Ctrl+Home" in tab.filter_bar.start_button.toolTip()


# ---------------------------------------------------------------- filters


def test_channel_filter(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    for kind in (ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS, ChannelKind.CHAT):
        qtbot.mouseClick(tab.filter_bar.channels[kind], Qt.MouseButton.LeftButton)
    rows = rows_of(tab)
    assert rows and {r.channel_kind for r in rows} == {ChannelKind.EMAIL}
    # The last channel cannot be switched off too: the filter would show nothing at all.
    qtbot.mouseClick(tab.filter_bar.channels[ChannelKind.EMAIL], Qt.MouseButton.LeftButton)
    assert tab.filter_bar.channels[ChannelKind.EMAIL].isChecked()
    qtbot.mouseClick(tab.filter_bar.channels[ChannelKind.CHAT], Qt.MouseButton.LeftButton)
    assert {r.channel_kind for r in rows_of(tab)} == {ChannelKind.EMAIL, ChannelKind.CHAT}


def test_date_filter_and_the_empty_state(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    day = START.astimezone().date() + dt.timedelta(days=2)
    with qtbot.waitSignal(tab.filter_bar.sig_changed, timeout=3000):
        tab.filter_bar.since.setDate(QDate(day.year, day.month, day.day))
        tab.filter_bar.until.setDate(QDate(day.year, day.month, day.day))
    rows = rows_of(tab)
    assert rows and all(r.occurred_at.astimezone().date() == day for r in rows)
    with qtbot.waitSignal(tab.filter_bar.sig_changed, timeout=3000):
        tab.filter_bar.since.setDate(QDate(2001, 1, 1))
        tab.filter_bar.until.setDate(QDate(2001, 1, 2))
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible() and not tab.view.isVisible()
    assert tab.empty.text() == "No interactions match these filters."


def test_a_ticket_without_interactions_says_so(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    with unit_of_work(ctx.db) as s:
        t = s.get(Ticket, first_ticket(ctx))
        campaign, customer = t.campaign_id, t.customer_id
    fresh = ticket_service.create(ctx.db, ctx.user, campaign_id=campaign, customer_id=customer, subject="New")
    tab = open_tab(qtbot, ctx, fresh)
    assert tab.empty.isVisible() and tab.empty.text() == "No interactions yet."


def test_view_previous_interactions_adds_the_customers_other_tickets_with_their_numbers(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    other, number = other_ticket_of_same_customer(ctx, ticket)
    add_interactions(ctx, other, 3, preview="from the other ticket")
    tab = open_tab(qtbot, ctx, ticket)
    assert all(r.ticket_id == ticket for r in rows_of(tab))
    qtbot.mouseClick(tab.filter_bar.history, Qt.MouseButton.LeftButton)
    others = [r for r in rows_of(tab) if r.ticket_id == other]
    assert len(others) == 3 and all(r.ticket_number == number for r in others)
    index = tab.model.index(tab.model.row_of(others[0].id), 0)
    geo = tab.delegate.geometry(others[0], tab.view.viewport().width(), _option(tab))
    assert ("ticket", f"Ticket #{number}") in [(k, t) for k, t, _r in geo.tags]
    assert index.isValid()
    own = next(r for r in rows_of(tab) if r.ticket_id == ticket)
    assert not [k for k, _t, _r in tab.delegate.geometry(own, tab.view.viewport().width(), _option(tab)).tags
                if k == "ticket"]


def _option(tab):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(tab.view)
    option.font = tab.view.font()
    option.widget = tab.view
    return option


# ---------------------------------------------------------------- View more


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


PNG = _png(3, 2)


class _Pixel(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PNG)))
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, *_args):
        pass


@pytest.fixture
def image_server():
    _Pixel.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pixel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Pixel.requests
    server.shutdown()
    server.server_close()


def add_mail(ctx, ticket_id, html: str, **kw) -> uuid.UUID:
    (mail,) = add_interactions(
        ctx, ticket_id, 1, start=dt.datetime.now(dt.timezone.utc), channel_kind=ChannelKind.EMAIL,
        direction=Direction.INCOMING, status=InteractionStatus.RECEIVED, is_read=False,
        sender="Ana Pérez <ana@example.com>", recipients="help@desk.example", cc="boss@example.com",
        subject="A message with pictures", body_text="Plain words", body_html=html,
        headers=[["From", "Ana Pérez <ana@example.com>"], ["X-Mailer", "Tester"]], preview="A message", **kw)
    return mail


def open_newest(qtbot, tab):
    """Select the newest row and press Enter (View more)."""
    index = tab.model.index(tab.model.rowCount() - 1, 0)
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.isVisible()
    return tab.dialog


def test_view_more_shows_the_whole_message_with_sanitised_html_and_marks_it_read(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    mail = add_mail(ctx, ticket, '<p>Hello <b>there</b></p><script>alert("x")</script>'
                                 '<img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">link</a>')
    tab = open_tab(qtbot, ctx, ticket)
    assert rows_of(tab)[-1].id == mail and not rows_of(tab)[-1].is_read
    with qtbot.waitSignal(tab.sig_ticket_changed):
        dialog = open_newest(qtbot, tab)
    safe = dialog.html.safe_html
    assert "<b>there</b>" in safe
    assert "script" not in safe and "alert" not in safe and "onerror" not in safe and "javascript" not in safe
    assert "alert" not in dialog.html.toHtml()
    assert dialog.values["sender"].text() == "Ana Pérez <ana@example.com>"
    assert dialog.values["cc"].text() == "boss@example.com"
    assert dialog.text.toPlainText() == "Plain words"
    assert not dialog.headers.isVisible()
    qtbot.mouseClick(dialog.headers_button, Qt.MouseButton.LeftButton)
    assert dialog.headers.isVisible() and dialog.headers.item(1, 0).text() == "X-Mailer"
    assert rows_of(tab)[-1].is_read and rows_of(tab)[-1].status is InteractionStatus.READ


def test_remote_images_are_blocked_until_the_user_allows_them(qtbot, make_ctx, image_server):
    base, requests = image_server
    url = f"{base}/pixel.png"
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    add_mail(ctx, ticket, f'<p>Logo:</p><img src="{url}" alt="logo" width="10" height="10">')
    tab = open_tab(qtbot, ctx, ticket)
    dialog = open_newest(qtbot, tab)
    qtbot.wait(300)
    assert requests == []  # blocked: nothing reached the server
    assert dialog.notice.isVisible() and dialog.html.remote_urls == [url]
    blocked = dialog.html.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    assert blocked is None
    with qtbot.waitSignal(dialog.html.sig_remote_loaded, timeout=5000):
        qtbot.mouseClick(dialog.show_images, Qt.MouseButton.LeftButton)
    assert requests == ["/pixel.png"]
    assert not dialog.notice.isVisible()
    image = dialog.html.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    assert isinstance(image, QImage) and not image.isNull() and image.width() == 3
    qtbot.wait(200)
    assert requests == ["/pixel.png"]  # exactly one request


def test_inline_cid_images_come_from_the_messages_attachments(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    mail = add_mail(ctx, ticket, '<p>Inline:</p><img src="cid:logo.png@mail.example">')
    sha, size = ctx.blobs.put_bytes(PNG)
    with unit_of_work(ctx.db) as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
            s.flush()
        s.add(Attachment(ticket_id=ticket, interaction_id=mail, blob_sha256=sha, filename="logo.png",
                         mime_type="image/png", size=size, source=AttachmentSource.CUSTOMER))
    tab = open_tab(qtbot, ctx, ticket)
    dialog = open_newest(qtbot, tab)
    image = dialog.html.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("cid:logo.png@mail.example"))
    assert isinstance(image, QImage) and not image.isNull()
    assert not dialog.notice.isVisible()  # nothing remote to allow
    assert dialog.files.count() == 1


def test_save_an_attachment_from_view_more(qtbot, make_ctx, tmp_path, monkeypatch):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    mail = add_mail(ctx, ticket, "<p>See attached</p>")
    sha, size = ctx.blobs.put_bytes(b"invoice bytes")
    with unit_of_work(ctx.db) as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
            s.flush()
        s.add(Attachment(ticket_id=ticket, interaction_id=mail, blob_sha256=sha, filename="invoice.pdf",
                         mime_type="application/pdf", size=size, source=AttachmentSource.CUSTOMER))
    tab = open_tab(qtbot, ctx, ticket)
    assert [c.filename for c in rows_of(tab)[-1].attachments] == ["invoice.pdf"]
    dialog = open_newest(qtbot, tab)
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(dialog, "ask_save_path", lambda _name: str(target))  # the file dialog's answer
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"invoice bytes"


# ---------------------------------------------------------------- outgoing states, composer hooks


def add_outgoing(ctx, ticket_id, state: InteractionStatus, outbox: OutboxState) -> uuid.UUID:
    (row,) = add_interactions(ctx, ticket_id, 1, start=dt.datetime.now(dt.timezone.utc),
                              channel_kind=ChannelKind.EMAIL, direction=Direction.OUTGOING, status=state,
                              sender="Help <help@desk.example>", preview="Our answer")
    with unit_of_work(ctx.db) as s:
        s.add(OutboxItem(interaction_id=row, idempotency_key=f"<{row}@desk.example>", state=outbox))
    return row


def test_retry_and_cancel_a_failed_message_from_the_context_menu(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    failed = add_outgoing(ctx, ticket, InteractionStatus.FAILED, OutboxState.FAILED)
    tab = open_tab(qtbot, ctx, ticket)
    tab.view.setCurrentIndex(tab.model.index(tab.model.row_of(failed), 0))
    menu = tab.context_menu()
    assert tab.retry_action in menu.actions() and tab.cancel_action in menu.actions()
    tab.retry_action.trigger()
    assert rows_of(tab)[-1].status is InteractionStatus.QUEUED
    tab.cancel_action.trigger()
    assert rows_of(tab)[-1].status is InteractionStatus.FAILED
    with ctx.db.sessions() as s:
        assert s.scalar(select(OutboxItem.state).where(OutboxItem.interaction_id == failed)) is OutboxState.CANCELLED
    # A message received offers neither.
    incoming = next(i for i, r in enumerate(rows_of(tab)) if r.direction is Direction.INCOMING)
    tab.view.setCurrentIndex(tab.model.index(incoming, 0))
    actions = tab.context_menu().actions()
    assert tab.view_more_action in actions and tab.retry_action not in actions


def test_update_state_redraws_the_row_the_outbox_reports(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    queued = add_outgoing(ctx, ticket, InteractionStatus.QUEUED, OutboxState.QUEUED)
    tab = open_tab(qtbot, ctx, ticket)
    for status in (InteractionStatus.SENDING, InteractionStatus.SENT):
        with unit_of_work(ctx.db) as s:
            s.get(Interaction, queued).status = status
        with qtbot.waitSignal(tab.model.dataChanged):
            assert tab.update_state(str(queued), status.value)
        assert rows_of(tab)[-1].status is status


def test_refresh_newest_and_show_interaction_for_the_composer(qtbot, long_ticket):
    ctx, ticket = long_ticket
    tab = open_tab(qtbot, ctx, ticket)
    qtbot.waitUntil(lambda: at_bottom(tab), timeout=3000)
    new = add_outgoing(ctx, ticket, InteractionStatus.QUEUED, OutboxState.QUEUED)
    tab.refresh_newest()
    assert rows_of(tab)[-1].id == new
    qtbot.waitUntil(lambda: at_bottom(tab), timeout=3000)
    with ctx.db.sessions() as s:
        oldest = s.scalar(select(Interaction.id).where(Interaction.ticket_id == ticket)
                          .order_by(Interaction.occurred_at, Interaction.id).offset(10).limit(1))
    assert tab.show_interaction(str(oldest))
    assert tab.selected_row().id == oldest
    assert tab.view.viewport().rect().intersects(tab.view.visualRect(tab.view.currentIndex()))
    assert tab.show_interaction(new) and tab.selected_row().id == new


# ---------------------------------------------------------------- voice notes


def add_voice_note(ctx, ticket_id, path) -> tuple[uuid.UUID, uuid.UUID]:
    (note,) = add_interactions(ctx, ticket_id, 1, start=dt.datetime.now(dt.timezone.utc),
                               channel_kind=ChannelKind.WHATSAPP, direction=Direction.INCOMING,
                               status=InteractionStatus.RECEIVED, is_voice_note=True, preview="Voice note")
    sha, size = ctx.blobs.put_bytes(path.read_bytes())
    with unit_of_work(ctx.db) as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=size))
            s.flush()
        a = Attachment(ticket_id=ticket_id, interaction_id=note, blob_sha256=sha, filename="note.ogg",
                       mime_type="audio/ogg", size=size, source=AttachmentSource.CUSTOMER)
        s.add(a)
        s.flush()
        return note, a.id


@pytest.fixture
def ogg_note(tmp_path):
    """Two seconds of a tone that rises then fades, as OGG/Vorbis written by soundfile."""
    rate = 48_000
    t = np.arange(2 * rate) / rate
    envelope = np.concatenate([np.linspace(0.05, 1.0, rate), np.linspace(1.0, 0.05, rate)])
    path = tmp_path / "note.ogg"
    sf.write(path, (0.6 * envelope * np.sin(2 * np.pi * 440 * t)).astype(np.float32), rate,
             format="OGG", subtype="VORBIS")
    return path


def test_a_voice_note_draws_its_waveform_and_its_play_button_asks_to_play(qtbot, make_ctx, ogg_note):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    note, attachment = add_voice_note(ctx, ticket, ogg_note)
    tab = open_tab(qtbot, ctx, ticket)
    row = rows_of(tab)[-1]
    assert row.id == note and row.voice_attachment_id == attachment and row.attachments[0].filename == "note.ogg"
    tab.view.viewport().repaint()  # the first paint asks for the waveform, off the GUI thread
    qtbot.waitUntil(lambda: tab.voice.summary(attachment, row.voice_sha256) is not None, timeout=5000)
    summary = tab.voice.summary(attachment, row.voice_sha256)
    assert abs(summary.duration_s - 2.0) < 0.05
    peaks = summary.peaks
    assert max(peaks) == 1.0 and peaks[0] < 0.3 and peaks[-1] < 0.3  # rises, then fades
    tab.view.scroll_to_end()
    index = tab.model.index(tab.model.rowCount() - 1, 0)
    rect = tab.view.visualRect(index)
    geo = tab.delegate.geometry(row, tab.view.viewport().width(), _option(tab))
    # The waveform is painted from the peaks: the loudest bar is tall, in the bar colour.
    shot = tab.view.viewport().grab().toImage()
    wave = geo.wave.translated(rect.topLeft())
    loud = int(wave.left() + wave.width() * 0.5)
    column = [shot.pixelColor(x, y).name() for x in range(loud - 3, loud + 4) for y in range(wave.top(), wave.bottom())]
    assert "#90a4ae" in column
    assert (geo.play.right() - geo.play.left()) > 10 and "0:02" in _painted_time(tab, geo)
    play_at = geo.play.center() + rect.topLeft()
    with qtbot.waitSignal(tab.delegate.sig_play) as clicked:
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(play_at))
    assert clicked.args[0].id == note


def _painted_time(tab, geo) -> str:
    summary = tab.voice.summary(geo.row.voice_attachment_id, geo.row.voice_sha256)
    from sagicc_desktop.views.ticket.conversation.voice_player import mm_ss

    return mm_ss(summary.duration_s)


def play_point(tab, row) -> QPoint:
    tab.view.scroll_to_end()
    rect = tab.view.visualRect(tab.model.index(tab.model.row_of(row.id), 0))
    geo = tab.delegate.geometry(row, tab.view.viewport().width(), _option(tab))
    return geo.play.center() + rect.topLeft()


def test_a_voice_note_plays_pauses_and_resumes_through_the_speaker(qtbot, make_ctx, ogg_note, sink):
    ctx = make_ctx("carlos")
    ticket = first_ticket(ctx)
    _note, attachment = add_voice_note(ctx, ticket, ogg_note)
    tab = open_tab(qtbot, ctx, ticket)
    row = rows_of(tab)[-1]
    errors = []
    tab.voice.sig_error.connect(errors.append)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=play_point(tab, row))
    qtbot.waitUntil(lambda: tab.voice.state_of(attachment)[1] > 0.4, timeout=5000)  # sound is going out
    assert tab.voice.state_of(attachment)[0] and not errors
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=play_point(tab, row))
    assert tab.voice.paused and not tab.voice.state_of(attachment)[0]
    held = tab.voice.state_of(attachment)[1]
    qtbot.wait(300)
    assert tab.voice.state_of(attachment)[1] == pytest.approx(held, abs=0.05)  # paused stays put
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=play_point(tab, row))
    qtbot.waitUntil(lambda: tab.voice.state_of(attachment)[1] > held + 0.2, timeout=5000)
    qtbot.waitUntil(lambda: tab.voice.current is None, timeout=8000)  # played to the end
    assert not errors
