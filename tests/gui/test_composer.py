"""T6 and H2 driven as an agent would: pick the channel and recipient, write, send (queued),
drafts that come back, templates, files within the channel's limits, blocked data refused,
and Call handing the number to the softphone and logging the call."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import block_list, drafts, ticket_list
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Attachment, Campaign, ContactPoint, Interaction, OutboxItem, Ticket,
)
from sagicc_desktop.store.enums import ChannelKind, ContactKind, DraftKind, InteractionStatus
from sagicc_desktop.views.ticket.composer import Composer
from sagicc_desktop.views.ticket.composer.call_dialog import CallLogDialog

from .conftest import show_active


def _ticket_with(ctx, kind: ContactKind, channel: ChannelKind | None = None):
    """An open ticket of the user's whose customer has contact data of `kind` (and whose campaign
    enables `channel`)."""
    from sagicc_desktop.services import outgoing

    for row in ticket_list.pending_tickets(ctx.db, ctx.user):
        if channel is not None and all(c.kind is not channel
                                       for c in outgoing.sendable_channels(ctx.db, ctx.user, row.id)):
            continue
        with ctx.db.sessions() as s:
            customer = s.get(Ticket, row.id).customer_id
            if customer and s.scalar(select(ContactPoint.id).where(
                    ContactPoint.customer_id == customer, ContactPoint.kind == kind,
                    ContactPoint.deleted_at.is_(None)).limit(1)):
                return row.id
    raise AssertionError("no demo ticket fits")


def _composer(qtbot, ctx, ticket_id) -> Composer:
    composer = Composer(ctx, ticket_id)
    show_active(qtbot, composer, (760, 460))
    composer.load()
    return composer


def _choose(composer: Composer, kind: ChannelKind) -> None:
    index = next(i for i, c in enumerate(composer.channels) if c.kind is kind)
    composer.channel.setCurrentIndex(index)


@pytest.fixture
def ctx(make_ctx):
    return make_ctx("carlos")


def test_email_is_queued_with_the_customers_address_and_the_composer_empties(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    assert composer.email_rows.isVisible()
    expected = composer.recipients[0].normalized_value
    assert composer.recipient_value() == expected
    qtbot.keyClicks(composer.subject, "About your invoice")
    qtbot.keyClicks(composer.body, "Hello,")
    qtbot.keyClick(composer.body, Qt.Key.Key_Return)
    qtbot.keyClicks(composer.body, "the refund is on its way.")
    with qtbot.waitSignal(composer.sig_queued, timeout=5000) as queued:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    with ctx.db.sessions() as s:
        row = s.get(Interaction, uuid.UUID(queued.args[0]))
        assert row.status is InteractionStatus.QUEUED and row.recipients.lower() == expected.lower()
        assert "About your invoice" in row.subject and "the refund is on its way." in row.body_text
        assert row.body_html and "<br>" in row.body_html
        assert s.scalar(select(OutboxItem.id).where(OutboxItem.interaction_id == row.id)) is not None
    assert composer.body.toPlainText() == "" and composer.subject.text() == ""
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.COMPOSER) is None
    assert composer.status.text() == "Queued for sending."


def test_the_draft_is_kept_as_the_user_types_and_comes_back(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    qtbot.keyClicks(composer.cc, "boss@example.com")
    qtbot.keyClicks(composer.body, "Half-written answer")
    qtbot.waitUntil(lambda: (drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.COMPOSER) or {}).get("body")
                    == "Half-written answer", timeout=3000)
    composer.close()
    again = _composer(qtbot, ctx, ticket_id)
    assert again.body.toPlainText() == "Half-written answer"
    assert again.cc.text() == "boss@example.com"
    assert again.current_channel().kind is ChannelKind.EMAIL
    assert again.draft_status.text() == "Draft restored."
    # Clear asks, then forgets the draft.
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    box = again.findChild(QMessageBox, "clearComposerDialog")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert again.body.toPlainText() == ""
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.COMPOSER) is None


def test_a_blocked_address_is_shown_disabled_and_refused_when_typed(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    with unit_of_work(ctx.db) as s:
        customer = s.get(Ticket, ticket_id).customer_id
        point = s.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer,
                                                     ContactPoint.kind == ContactKind.EMAIL)).first()
        value, normalized = point.value, point.normalized_value
        block_list.block_value(s, ctx.user, ContactKind.EMAIL, normalized, "asked to stop")
    with unit_of_work(ctx.db) as s:
        s.get(Campaign, s.get(Ticket, ticket_id).campaign_id).allow_other_contact_data = True  # typing allowed
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    index = next(i for i, r in enumerate(composer.recipients) if r.normalized_value == normalized)
    assert not composer.to.model().item(index).isEnabled()
    assert "blocked" in composer.to.itemText(index)
    composer.to.setEditText(value)
    qtbot.keyClicks(composer.body, "Are you there?")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.send_button.isEnabled(), timeout=5000)  # queued off the GUI thread
    assert "block list" in composer.status.text()
    assert composer.body.toPlainText() == "Are you there?"  # nothing lost
    with ctx.db.sessions() as s:
        assert s.scalar(select(Interaction.id).where(Interaction.ticket_id == ticket_id,
                                                     Interaction.status == InteractionStatus.QUEUED)) is None


def test_a_template_fills_the_message_with_the_tickets_data(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    composer._fill_template_menu()
    categories = [a.menu() for a in composer.template_menu.actions() if a.menu()]
    assert categories, "the demo has e-mail templates"
    action = categories[0].actions()[0]
    action.trigger()
    with ctx.db.sessions() as s:
        number = s.get(Ticket, ticket_id).number
    text = composer.subject.text() + composer.body.toPlainText()
    assert "{{" not in text and text.strip()
    assert str(number) in text or "Hola" in text or "Hi" in text or "Dear" in text


def test_files_within_the_channels_limits_and_dropped_files(qtbot, ctx, tmp_path):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    small = tmp_path / "invoice.pdf"
    small.write_bytes(b"%PDF-1.4 demo")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(small))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(composer, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(composer, drop)
    assert [f.filename for f in composer.files.files] == ["invoice.pdf"]
    assert composer.files.isVisible()
    channel = composer.current_channel()
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as fh:
        fh.truncate(channel.max_attachment_bytes + 1)
    assert not composer.add_files([huge])
    assert "Too large" in composer.status.text()
    qtbot.keyClicks(composer.body, "See attached.")
    with qtbot.waitSignal(composer.sig_queued, timeout=5000) as queued:
        composer.send()
    with ctx.db.sessions() as s:
        names = s.scalars(select(Attachment.filename).where(
            Attachment.interaction_id == uuid.UUID(queued.args[0]))).all()
    assert names == ["invoice.pdf"]


def test_a_channel_without_files_refuses_them(qtbot, ctx, tmp_path):
    ticket_id = _ticket_with(ctx, ContactKind.MOBILE)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.SMS)
    assert not composer.email_rows.isVisible()
    f = tmp_path / "a.txt"
    f.write_text("x")
    assert not composer.add_files([f])
    assert "does not carry files" in composer.status.text()


class _Softphone(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def dial(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_call_hands_the_number_to_the_softphone_and_logs_the_call(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.MOBILE)
    phone = _Softphone()
    QDesktopServices.setUrlHandler("tel", phone, "dial")
    try:
        composer = _composer(qtbot, ctx, ticket_id)
        _choose(composer, ChannelKind.PHONE)
        assert composer.send_button.text() == "Call"
        number = composer.recipient_value()
        qtbot.keyClicks(composer.body, "Customer agreed to pay on Friday")
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        assert phone.urls == [f"tel:{composer.recipients[0].normalized_value}"]
        dialog = composer.findChild(CallLogDialog)
        assert dialog is not None and dialog.notes.toPlainText() == "Customer agreed to pay on Friday"
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("answered"))
        dialog.duration.setValue(125)
        dialog._stop_clock()
        with qtbot.waitSignal(composer.sig_call_logged, timeout=5000) as logged:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    with ctx.db.sessions() as s:
        row = s.get(Interaction, uuid.UUID(logged.args[0]))
        assert (row.channel_kind, row.call_outcome, row.call_duration_s) == (ChannelKind.PHONE, "answered", 125)
        assert row.body_text == "Customer agreed to pay on Friday"
    assert number
    assert composer.body.toPlainText() == ""


def test_a_viewer_sees_the_composer_disabled_with_the_reason(qtbot, make_ctx):
    ticket_id = _ticket_with(make_ctx("carlos"), ContactKind.EMAIL)
    viewer = make_ctx("viewer")
    composer = _composer(qtbot, viewer, ticket_id)
    assert not composer.send_button.isEnabled() and not composer.body.isEnabled()
    assert "Viewers" in composer.status.text()


def test_the_conversation_tab_hosts_the_composer_and_shows_what_was_queued(qtbot, ctx):
    from sagicc_desktop.views.ticket.conversation.tab import ConversationTab

    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    tab = ConversationTab(ctx, ticket_id)
    show_active(qtbot, tab, (760, 820))
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.composer is not None and tab.composer.isVisible() and bool(tab.composer.channels),
                    timeout=5000)
    composer = tab.composer
    _choose(composer, ChannelKind.EMAIL)
    qtbot.mouseClick(composer.body.viewport(), Qt.MouseButton.LeftButton)  # the user clicks in to type
    qtbot.keyClicks(composer.body, "We have found your payment.")
    with qtbot.waitSignal(composer.sig_queued, timeout=5000) as queued:
        qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    new_row = tab.model.row_of(uuid.UUID(queued.args[0]))
    assert new_row == tab.model.rowCount() - 1  # the newest, at the bottom
    assert tab.view.currentIndex().row() == new_row  # and selected, in view
    assert composer.body.toPlainText() == ""


def test_view_more_tells_why_a_queued_message_waits(qtbot, ctx):
    """An SMS has no connector yet: the outbox keeps it and View more says so in words."""
    from sagicc_desktop.services import outbox, outgoing, timeline
    from sagicc_desktop.views.ticket.conversation.interaction_dialog import InteractionDialog

    ticket_id = _ticket_with(ctx, ContactKind.MOBILE)
    sms = next(c for c in outgoing.sendable_channels(ctx.db, ctx.user, ticket_id) if c.kind is ChannelKind.SMS)
    from sagicc_desktop.services import composer_data

    mobile = composer_data.recipients(ctx.db, ctx.user, ticket_id, ChannelKind.SMS)[0].normalized_value
    interaction = outgoing.queue_message(ctx.db, ctx.blobs, ctx.user, ticket_id, channel_id=sms.id,
                                         to=[mobile], body_text="Your visit is on Friday")
    assert interaction in outbox.park_unsupported(ctx.db, {ChannelKind.EMAIL})  # what the worker does
    detail = timeline.full_interaction(ctx.db, ctx.user, interaction)
    dialog = InteractionDialog(ctx, detail)
    qtbot.addWidget(dialog)
    attempts, reason = dialog.values["delivery"].text().split("\n")
    assert attempts.startswith("0 attempt")  # "0 attempts" once the English catalogue's plurals apply
    assert reason == "No connector is set up for this channel yet: the message waits in the outbox."


def test_a_kept_voice_note_goes_out_with_the_whatsapp_message(qtbot, ctx, tmp_path):
    """The recorder (tested against real audio in tests/gui/test_voice_note.py) hands over its file;
    here a real 48 kHz Opus file stands in for the microphone."""
    import numpy as np
    import soundfile

    from sagicc_desktop.views.voice_note import VoiceNoteRecorder

    ticket_id = _ticket_with(ctx, ContactKind.MOBILE, ChannelKind.WHATSAPP)
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.WHATSAPP)
    qtbot.mouseClick(composer.voice_button, Qt.MouseButton.LeftButton)
    recorder = composer.findChild(VoiceNoteRecorder)
    assert recorder is not None and recorder.isVisible()
    recording = ctx.data_dir / "recordings" / "note.ogg"
    t = np.arange(48000 * 2) / 48000
    soundfile.write(recording, (0.3 * np.sin(2 * np.pi * 220 * t)).astype("float32"), 48000,
                    format="OGG", subtype="OPUS")
    recorder.sig_kept.emit(str(recording), "audio/ogg", 2.0)
    assert not composer.voice_button.isChecked() and not recorder.isVisible()
    assert [(f.filename, f.is_voice_note) for f in composer.files.files] == [("note.ogg", True)]
    with qtbot.waitSignal(composer.sig_queued, timeout=5000) as queued:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    with ctx.db.sessions() as s:
        row = s.get(Interaction, uuid.UUID(queued.args[0]))
        audio = s.scalars(select(Attachment).where(Attachment.interaction_id == row.id)).one()
    assert row.is_voice_note and row.channel_kind is ChannelKind.WHATSAPP
    assert audio.mime_type == "audio/ogg" and ctx.blobs.read(audio.blob_sha256) == recording.read_bytes()


def test_without_other_contact_data_the_recipient_is_chosen_not_typed(qtbot, ctx):
    ticket_id = _ticket_with(ctx, ContactKind.EMAIL)
    with unit_of_work(ctx.db) as s:
        s.get(Campaign, s.get(Ticket, ticket_id).campaign_id).allow_other_contact_data = False
    composer = _composer(qtbot, ctx, ticket_id)
    _choose(composer, ChannelKind.EMAIL)
    assert not composer.to.isEditable() and not composer.other_button.isVisible()
    assert composer.recipient_value() == composer.recipients[0].normalized_value
