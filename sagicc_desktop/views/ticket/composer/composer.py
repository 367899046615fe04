"""T6: the composer under the conversation, where the agent answers on any channel.

One motion to send: pick the channel (only those the campaign enables), the recipient (the
customer's data fit for that channel; blocked values shown but refused), write or fill a
template, add files or a voice note, Send (Ctrl+Enter) or Call. What is typed is a draft
(decision 7), written 400 ms after the last keystroke, restored when the ticket opens again;
Clear drops it after asking. Sending only queues (services.outgoing): the outbox worker sends.
"""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from ....services import calls, composer_data, drafts, outgoing
from ....services.errors import ServiceError
from ....store.enums import ChannelKind, DraftKind
from ...background_task import BackgroundTask
from ...icons import icon
from ...messages import describe, read_only_text
from ...widgets import Retranslating, add_row, name
from ....services.attachments import human_size
from .attachment_chips import AttachmentChips, PendingFile

DRAFT_DELAY_MS = 400
SIGNATURE_SEPARATOR = "\n-- \n"


def plain_signature(signature_html: str) -> str:
    """The HTML signature as text for the plain part and for channels without HTML."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(signature_html).toPlainText().strip()


class Composer(Retranslating, QWidget):
    sig_queued = Signal(str)  # a message was queued (interaction id)
    sig_call_logged = Signal(str)

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        name(self, "composer")
        self.ctx, self.ticket_id = ctx, ticket_id
        self.channels: list[outgoing.ChannelChoice] = []
        self.recipients: list[composer_data.Recipient] = []
        self.signature = ""
        self.read_only_reason: str | None = None
        self._restoring = False
        self._dialog = None
        self._sending = None  # the BackgroundTask queuing a message
        self.setAcceptDrops(True)

        self.channel = name(QComboBox(), "composerChannel")
        self.to = name(QComboBox(), "composerTo")
        self.to.setMinimumContentsLength(24)
        self.other_button = name(QToolButton(), "composerOtherContacts")
        self.other_button.setIcon(icon("fa5s.address-book"))
        self.subject = name(QLineEdit(), "composerSubject")
        self.cc = name(QLineEdit(), "composerCc")
        self.bcc = name(QLineEdit(), "composerBcc")
        self.body = name(QPlainTextEdit(), "composerBody")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(56)
        self.signature_box = name(QCheckBox(), "composerSignature")
        self.signature_box.setChecked(True)
        self.files = AttachmentChips()
        self.template_button = name(QToolButton(), "composerTemplates")
        self.template_button.setIcon(icon("fa5s.file-alt"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_menu.setObjectName("composerTemplateMenu")
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        self.survey_button = name(QToolButton(), "composerSurvey")
        self.survey_button.setIcon(icon("fa5s.poll"))
        self.attach_button = name(QToolButton(), "composerAttach")
        self.attach_button.setIcon(icon("fa5s.paperclip"))
        self.voice_button = name(QToolButton(), "composerVoiceNote")
        self.voice_button.setIcon(icon("fa5s.microphone"))
        self.voice_button.setCheckable(True)
        self.voice_area = QVBoxLayout()
        self.recorder = None  # the voice-note recorder, built on first use
        self.status = name(QLabel(), "composerStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_status = name(QLabel(), "composerDraftStatus")
        self.draft_status.setStyleSheet("color: palette(mid);")
        self.clear_button = name(QPushButton(), "composerClear")
        self.send_button = name(QPushButton(), "composerSend")
        self.send_button.setDefault(True)

        self.email_rows = QWidget()
        email_form = self._email_form = QFormLayout(self.email_rows)
        email_form.setContentsMargins(0, 0, 0, 0)
        for w in (self.subject, self.cc, self.bcc):
            add_row(email_form, w)
        top = self._top_form = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        add_row(top, self.channel)
        to_row = QWidget()
        to_layout = QHBoxLayout(to_row)
        to_layout.setContentsMargins(0, 0, 0, 0)
        to_layout.addWidget(self.to, 1)
        to_layout.addWidget(self.other_button)
        to_row.setObjectName("composerToRow")
        top.addRow(QLabel(), to_row)
        self._to_caption = top.labelForField(to_row)
        self._to_caption.setBuddy(self.to)
        tools = QHBoxLayout()
        for w in (self.template_button, self.survey_button, self.attach_button, self.voice_button):
            w.setAutoRaise(True)
            tools.addWidget(w)
        tools.addWidget(self.signature_box)
        tools.addStretch(1)
        tools.addWidget(self.draft_status)
        tools.addWidget(self.clear_button)
        tools.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.email_rows)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.files)
        layout.addLayout(self.voice_area)
        layout.addWidget(self.status)
        layout.addLayout(tools)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.flush_draft)
        for edit in (self.subject, self.cc, self.bcc):
            edit.textEdited.connect(self._edited)
        self.to.currentIndexChanged.connect(self._edited)
        self.to.editTextChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.signature_box.toggled.connect(self._edited)
        self.files.sig_changed.connect(self._edited)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.other_button.clicked.connect(self._pick_other)
        self.survey_button.clicked.connect(self._insert_survey_link)
        self.attach_button.clicked.connect(self._choose_files)
        self.voice_button.toggled.connect(self._toggle_recorder)
        self.clear_button.clicked.connect(self.clear)
        self.send_button.clicked.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.send,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Channels, recipients and the draft; called when the Conversation tab first shows."""
        db, actor = self.ctx.db, self.ctx.user
        self.channels = outgoing.sendable_channels(db, actor, self.ticket_id)
        self.signature = composer_data.signature_html(db, actor)
        others = composer_data.may_use_other_contact_data(db, actor, self.ticket_id)
        self.other_button.setVisible(others)
        # Typing any address or number is for campaigns that allow other contact data; the
        # others choose among the customer's own (the service refuses the rest anyway).
        self.to.setEditable(others)
        if others:
            self.to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        from ....services.tickets import read_only_reason as ticket_read_only

        self.read_only_reason = ticket_read_only(db, actor, self.ticket_id)
        self._restoring = True
        try:
            self.channel.blockSignals(True)
            self.channel.clear()
            for c in self.channels:
                self.channel.addItem(icon(_CHANNEL_ICONS.get(c.kind, "fa5s.comment")), c.name, str(c.id))
            reply = composer_data.reply_channel_id(db, actor, self.ticket_id)
            self.channel.setCurrentIndex(max(0, self.channel.findData(str(reply))) if reply else 0)
            self.channel.blockSignals(False)
            self._channel_changed()
            self._restore(drafts.load(db, actor, self.ticket_id, DraftKind.COMPOSER))
        finally:
            self._restoring = False
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        why = read_only_text(self.read_only_reason)
        if not self.channels and not why:
            why = self.tr("No outgoing channel is enabled for this campaign.")
        for w in (self.channel, self.to, self.subject, self.cc, self.bcc, self.body, self.template_button,
                  self.survey_button, self.attach_button, self.voice_button, self.send_button, self.clear_button,
                  self.other_button, self.signature_box):
            w.setEnabled(not why)
        if why:
            self.status.setText(why)
        self.send_button.setToolTip(why or self.send_button.toolTip())

    # -- channel and recipients ------------------------------------------------------------------
    def current_channel(self) -> outgoing.ChannelChoice | None:
        key = self.channel.currentData()
        return next((c for c in self.channels if str(c.id) == key), None)

    def _channel_changed(self) -> None:
        channel = self.current_channel()
        kind = channel.kind if channel else None
        self.to.blockSignals(True)
        self.to.clear()
        self.recipients = (composer_data.recipients(self.ctx.db, self.ctx.user, self.ticket_id, kind)
                           if kind is not None else [])
        model = self.to.model()
        for r in self.recipients:
            label = f"{r.value}  ({r.label})" if r.label else r.value
            if r.blocked:
                label += "  · " + self.tr("blocked")
            self.to.addItem(icon("fa5s.ban", "#c62828") if r.blocked else icon("fa5s.user"), label, r.value)
            if r.blocked:
                item = model.item(self.to.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self.tr("On the block list: %1").replace("%1", r.block_reason or "—"))
        # A new channel starts from the customer's first usable contact for it (a draft being
        # restored puts its own recipient back afterwards).
        usable = next((i for i, r in enumerate(self.recipients) if not r.blocked), -1)
        self.to.setCurrentIndex(usable)
        if usable < 0:
            self.to.setEditText("")
        self.to.blockSignals(False)
        is_email = kind is ChannelKind.EMAIL
        self.email_rows.setVisible(is_email)
        self.signature_box.setVisible(is_email and bool(self.signature))
        self.to.setEnabled(kind is not ChannelKind.CHAT)
        self.voice_button.setVisible(kind is not ChannelKind.PHONE)
        self.attach_button.setVisible(kind is not ChannelKind.PHONE)
        self._set_send_text()
        self._edited()

    def _set_send_text(self) -> None:
        channel = self.current_channel()
        calling = channel is not None and channel.kind is ChannelKind.PHONE
        self.send_button.setText(self.tr("Call") if calling else self.tr("Send"))
        self.send_button.setIcon(icon("fa5s.phone" if calling else "fa5s.paper-plane"))
        self.send_button.setAccessibleName(self.send_button.text())
        self.send_button.setToolTip(self.tr("Hand the number to the softphone and log the call") if calling
                                    else self.tr("Queue the message for sending (Ctrl+Enter)"))
        self.body.setPlaceholderText(self.tr("Notes for the call log (optional)") if calling
                                     else self.tr("Write your reply…"))

    def _set_recipient(self, text: str) -> None:
        """Choose the contact whose value (or label) is `text`, or type it where typing is allowed."""
        index = next((i for i, r in enumerate(self.recipients) if text in (r.value, self.to.itemText(i))), -1)
        if index >= 0 and not self.recipients[index].blocked:
            self.to.setCurrentIndex(index)
        elif self.to.isEditable():
            self.to.setEditText(text)

    def recipient_value(self) -> str:
        """What the To box holds: the chosen contact point's value, or what was typed."""
        index = self.to.currentIndex()
        text = self.to.currentText().strip()
        if 0 <= index < len(self.recipients) and self.to.itemText(index) == text:
            # The stored, normalised value: a number written the local way ("(503) 555-0156")
            # is only understood with its country, which the normalised form carries.
            return self.recipients[index].normalized_value
        return text

    def _pick_other(self) -> None:
        from .other_contacts import OtherContactsDialog

        channel = self.current_channel()
        if channel is None:
            return
        dialog = OtherContactsDialog(self.ctx, self.ticket_id, channel.kind, self)
        dialog.sig_chosen.connect(lambda value: (self._set_recipient(value), self._edited()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    # -- templates, survey, files, voice notes -----------------------------------------------------
    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        channel = self.current_channel()
        try:
            rows = composer_data.templates(self.ctx.db, self.ctx.user, self.ticket_id,
                                           channel.kind if channel else None)
        except ServiceError as exc:
            self.status.setText(describe(exc))
            return
        if not rows:
            empty = self.template_menu.addAction(self.tr("No templates for this channel"))
            empty.setEnabled(False)
            return
        menus: dict[str, QMenu] = {}
        for r in rows:
            category = r.category or self.tr("Other")
            if category not in menus:
                menus[category] = self.template_menu.addMenu(category)
                menus[category].setObjectName("templateCategory_" + category)
            action = menus[category].addAction(f"{r.name} ({r.language.upper()})")
            action.setData(str(r.id))
            action.triggered.connect(lambda _c=False, tid=r.id: self.apply_template(tid))

    def apply_template(self, template_id: uuid.UUID) -> None:
        """Fill the body (and an empty subject) from a template; the typed text is kept above it."""
        try:
            subject, body = composer_data.fill_template(self.ctx.db, self.ctx.user, self.ticket_id, template_id)
        except ServiceError as exc:
            self.status.setText(describe(exc))
            return
        if subject and not self.subject.text().strip():
            self.subject.setText(subject)
        current = self.body.toPlainText().rstrip()
        self.body.setPlainText(f"{current}\n\n{body}" if current else body)
        self.body.moveCursor(self.body.textCursor().MoveOperation.End)
        self.body.setFocus()

    def _insert_survey_link(self) -> None:
        try:
            link = composer_data.survey_link(self.ctx.db, self.ctx.user, self.ticket_id)
        except ServiceError as exc:
            self.status.setText(describe(exc))
            return
        self.body.insertPlainText(link)
        self.body.setFocus()

    def _choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("composerFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        self._dialog = dialog
        dialog.open()

    def add_files(self, paths: list[Path], *, voice_note: bool = False, mime_type: str | None = None) -> bool:
        """Add files after checking the channel's limits; a refused file is named with the reason."""
        channel = self.current_channel()
        if channel is None:
            return False
        for path in paths:
            try:
                pending = PendingFile.of(path, mime_type=mime_type, is_voice_note=voice_note)
            except OSError:
                self.status.setText(self.tr("Could not read %1: it may have been moved or deleted.")
                                    .replace("%1", path.name))
                return False
            if channel.max_attachment_bytes <= 0:
                self.status.setText(self.tr("%1 does not carry files.").replace("%1", channel.name))
                return False
            if not outgoing.type_allowed(channel.allowed_types, pending.filename, pending.mime_type):
                self.status.setText(self.tr("%1 does not take files of this type (%2).")
                                    .replace("%1", channel.name).replace("%2", pending.mime_type))
                return False
            if self.files.total_size() + pending.size > channel.max_attachment_bytes:
                self.status.setText(self.tr("Too large: %1 takes at most %2 of files per message.")
                                    .replace("%1", channel.name).replace("%2", human_size(channel.max_attachment_bytes)))
                return False
            self.files.add(pending)
        self.status.setText("")
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.attach_button.isEnabled() and self.attach_button.isVisible():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.add_files(paths):
            event.acceptProposedAction()

    def _toggle_recorder(self, on: bool) -> None:
        if on and self.recorder is None:
            from ...voice_note import VoiceNoteRecorder

            folder = self.ctx.data_dir / "recordings"
            folder.mkdir(parents=True, exist_ok=True)
            self.recorder = VoiceNoteRecorder(self.ctx.prefs(), output_dir=folder)
            self.recorder.sig_kept.connect(self._voice_note_kept)
            self.recorder.sig_discarded.connect(lambda: self.voice_button.setChecked(False))
            self.voice_area.addWidget(self.recorder)
        if self.recorder is not None:
            self.recorder.setVisible(on)

    def _voice_note_kept(self, path: str, mime_type: str, duration_s: float) -> None:
        if self.add_files([Path(path)], voice_note=True, mime_type=mime_type):
            self.voice_button.setChecked(False)

    # -- drafts ------------------------------------------------------------------------------
    def state(self) -> dict:
        """What is typed, for the draft; {} when there is nothing to keep."""
        payload = {"to": self.to.currentText().strip(), "subject": self.subject.text(), "cc": self.cc.text(),
                   "bcc": self.bcc.text(), "body": self.body.toPlainText(),
                   "files": [f.payload() for f in self.files.files]}
        if not any(payload.values()):
            return {}
        payload["channel_id"] = self.channel.currentData() or ""
        payload["signature"] = self.signature_box.isChecked()
        return payload

    def _restore(self, payload: dict | None) -> None:
        if not payload:
            return
        index = self.channel.findData(payload.get("channel_id", ""))
        if index >= 0:
            self.channel.setCurrentIndex(index)
        self._set_recipient(payload.get("to", ""))
        self.subject.setText(payload.get("subject", ""))
        self.cc.setText(payload.get("cc", ""))
        self.bcc.setText(payload.get("bcc", ""))
        self.body.setPlainText(payload.get("body", ""))
        self.signature_box.setChecked(bool(payload.get("signature", True)))
        missing = []
        for f in payload.get("files", []):
            path = Path(f.get("path", ""))
            if path.is_file():
                self.files.add(PendingFile(path, f.get("filename") or path.name, f.get("mime_type", ""),
                                           path.stat().st_size, bool(f.get("is_voice_note"))))
            else:
                missing.append(f.get("filename") or path.name)
        self.draft_status.setText(self.tr("Draft restored."))
        if missing:
            self.status.setText(self.tr("These files of the draft are gone and were left out: %1")
                                .replace("%1", ", ".join(missing)))

    def _edited(self, *_args) -> None:
        if self._restoring or self.read_only_reason:
            return
        self.draft_timer.start()

    def flush_draft(self) -> None:
        self.draft_timer.stop()
        if self.read_only_reason or not self.channels:
            return
        try:
            drafts.save(self.ctx.db, self.ctx.user, self.ticket_id, DraftKind.COMPOSER, self.state())
        except ServiceError as exc:
            self.draft_status.setText(describe(exc))
            return
        self.draft_status.setText(self.tr("Draft saved.") if self.state() else "")

    def hideEvent(self, event) -> None:  # noqa: N802
        if self.draft_timer.isActive():
            self.flush_draft()
        super().hideEvent(event)

    def clear(self) -> None:
        """Empty the composer and forget the draft; asks first when there is something to lose."""
        if not self.state():
            self._do_clear()
            return
        from ..confirm import confirm

        self._dialog = confirm(self, "clearComposerDialog", self.tr("Clear the message"),
                               self.tr("Empty the message and discard its draft and files?"),
                               self.tr("Clear"), self._do_clear)

    def _do_clear(self) -> None:
        self.draft_timer.stop()
        self._restoring = True
        try:
            for edit in (self.subject, self.cc, self.bcc):
                edit.clear()
            self.body.clear()
            self.files.clear()
            self.to.setCurrentIndex(next((i for i, r in enumerate(self.recipients) if not r.blocked), -1))
        finally:
            self._restoring = False
        drafts.drop(self.ctx.db, self.ctx.user, self.ticket_id, DraftKind.COMPOSER)
        self.draft_status.setText("")
        self.status.setText("")

    # -- sending -----------------------------------------------------------------------------
    def _bodies(self, channel) -> tuple[str, str | None]:
        text = self.body.toPlainText().strip()
        if channel.kind is not ChannelKind.EMAIL:
            return text, None
        body_html = "<p>" + html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
        if self.signature and self.signature_box.isChecked():
            text += SIGNATURE_SEPARATOR + plain_signature(self.signature)
            body_html += self.signature
        return text, body_html

    def send(self) -> None:
        """Queue the message. Copying its files into the blob store can take a while (a channel
        may take 25 MB), so the queuing runs off the GUI thread (decision 4); the composer is
        held, not emptied, until it is done."""
        channel = self.current_channel()
        if channel is None or self.read_only_reason or self._sending is not None:
            return
        if channel.kind is ChannelKind.PHONE:
            self.call()
            return
        text, body_html = self._bodies(channel)
        to = self.recipient_value()
        files = [outgoing.OutgoingFile(f.filename, f.mime_type, f.path, f.is_voice_note) for f in self.files.files]
        db, blobs, actor, ticket_id = self.ctx.db, self.ctx.blobs, self.ctx.user, self.ticket_id
        cc, bcc, subject = _split(self.cc.text()), _split(self.bcc.text()), self.subject.text().strip()

        def work(_progress):
            return outgoing.queue_message(db, blobs, actor, ticket_id, channel_id=channel.id,
                                          to=[to] if to else [], cc=cc, bcc=bcc, subject=subject,
                                          body_text=text, body_html=body_html, files=files)

        self._sending = BackgroundTask(work, self)
        self._sending.sig_done.connect(self._queued)
        self._sending.sig_failed.connect(self._not_queued)
        self._hold(True)
        self._sending.start()

    def _hold(self, held: bool) -> None:
        for w in (self.send_button, self.body, self.files, self.attach_button, self.voice_button):
            w.setEnabled(not held)
        if held:
            self.status.setText(self.tr("Queuing…"))

    def _queued(self, interaction_id) -> None:
        self._sending = None
        self._hold(False)
        self._do_clear()
        self.status.setText(self.tr("Queued for sending."))
        self.sig_queued.emit(str(interaction_id))

    def _not_queued(self, exc: Exception) -> None:
        self._sending = None
        self._hold(False)
        if not isinstance(exc, ServiceError):
            raise exc
        self.status.setText(describe(exc))

    def call(self) -> None:
        """Hand the number to the softphone, then open the call log."""
        from .call_dialog import CallLogDialog

        channel = self.current_channel()
        number = self.recipient_value()
        blocked = next((r for r in self.recipients if number in (r.value, r.normalized_value) and r.blocked), None)
        if not number or blocked is not None:
            self.status.setText(self.tr("%1 is on the block list: nothing can be sent to it.").replace("%1", number)
                                if blocked else self.tr("Choose the number to call."))
            return
        prefs = self.ctx.prefs()
        scheme = str(prefs.value("telephony/scheme", "tel"))
        chosen = next((r for r in self.recipients if number in (r.value, r.normalized_value)), None)
        url = calls.dial_url(chosen.normalized_value if chosen else number, scheme if scheme in calls.SCHEMES else "tel",
                             str(prefs.value("telephony/sip_domain", "")))
        if not QDesktopServices.openUrl(QUrl(url)):
            self.status.setText(self.tr("No softphone answered %1. Dial the number by hand and log the call.")
                                .replace("%1", url))
        dialog = CallLogDialog(self.ctx, self.ticket_id, chosen.normalized_value if chosen else number, channel.id if channel else None, self)
        dialog.notes.setPlainText(self.body.toPlainText())
        dialog.sig_logged.connect(self._call_logged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def _call_logged(self, interaction_id: str) -> None:
        self._do_clear()
        self.status.setText(self.tr("Call logged."))
        self.sig_call_logged.emit(interaction_id)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Composer"))
        for form, widget, caption in ((self._top_form, self.channel, self.tr("Channel")),
                                      (self._email_form, self.subject, self.tr("Subject")),
                                      (self._email_form, self.cc, self.tr("CC")),
                                      (self._email_form, self.bcc, self.tr("BCC"))):
            widget.setAccessibleName(caption)
            form.labelForField(widget).setText(caption + ":")
        self._to_caption.setText(self.tr("To") + ":")
        self.to.setAccessibleName(self.tr("To"))
        self.cc.setPlaceholderText(self.tr("Addresses separated by commas"))
        self.bcc.setPlaceholderText(self.tr("Addresses separated by commas"))
        self.subject.setPlaceholderText(self.tr("Empty: the ticket's subject"))
        self.body.setAccessibleName(self.tr("Message"))
        self.other_button.setAccessibleName(self.tr("Other contact data…"))
        self.other_button.setToolTip(self.tr("Write to another customer's or a third party's contact data"))
        self.signature_box.setText(self.tr("Add my signature"))
        self.signature_box.setAccessibleName(self.signature_box.text())
        for button, text in ((self.template_button, self.tr("Templates")),
                             (self.survey_button, self.tr("Insert the survey link")),
                             (self.attach_button, self.tr("Attach files (or drop them here)")),
                             (self.voice_button, self.tr("Record a voice note"))):
            button.setAccessibleName(text)
            button.setToolTip(text)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the message"))
        self.clear_button.setToolTip(self.tr("Empty the message and forget its draft"))
        self._set_send_text()


_CHANNEL_ICONS = {ChannelKind.EMAIL: "fa5s.envelope", ChannelKind.PHONE: "fa5s.phone",
                  ChannelKind.WHATSAPP: "fa5b.whatsapp", ChannelKind.SMS: "fa5s.sms", ChannelKind.CHAT: "fa5s.comments"}


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]

