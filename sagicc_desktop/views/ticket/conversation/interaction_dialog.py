"""View more: one interaction whole: who, to whom, when, every header, all its text, the
e-mail's HTML made safe, its attachments (Save as...), and Retry / Cancel for a message that
waits or failed."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from ....models.formatting import date_time
from ....models.labels import label
from ....services import attachments, outbox, outgoing
from ....services.attachments import human_size
from ....services.errors import ServiceError
from ....services.timeline import InteractionDetail, addresses
from ....store.enums import ChannelKind, Direction, InteractionStatus, OutboxState
from ...context import AppContext
from ...icons import icon
from ...messages import show_error
from ...widgets import Retranslating, name
from .html_view import SafeHtmlView
from .voice_player import mm_ss

_ID = Qt.ItemDataRole.UserRole


_REASONS = {
    "no_connector": QT_TRANSLATE_NOOP(
        "InteractionDialog", "No connector is set up for this channel yet: the message waits in the outbox."),
    "no_password": QT_TRANSLATE_NOOP(
        "InteractionDialog",
        "The mailbox password is not in this computer's keychain: ask an administrator to enter it."),
    "keychain_unavailable": QT_TRANSLATE_NOOP(
        "InteractionDialog", "This computer has no keychain to hold the mailbox password."),
    "interrupted": QT_TRANSLATE_NOOP(
        "InteractionDialog", "Sending was interrupted when the application closed; it is sent again."),
}


def delivery_reason(last_error: str) -> str:
    """Why a message waits or failed, in the user's words; a server's own reply is shown as it came."""
    code = (last_error or "").split(":", 1)[0].strip()
    if code in _REASONS:
        return QCoreApplication.translate("InteractionDialog", _REASONS[code])
    return last_error or ""


def may_retry_or_cancel(direction: Direction, status: InteractionStatus, read_only_reason: str | None) -> bool:
    """Retry and Cancel are offered on an outgoing message that waits or failed."""
    return (direction is Direction.OUTGOING and status in (InteractionStatus.QUEUED, InteractionStatus.FAILED)
            and read_only_reason is None)


class InteractionDialog(Retranslating, QDialog):
    sig_changed = Signal(str)  # the interaction's delivery state was changed here (Retry, Cancel)

    def __init__(self, ctx: AppContext, detail: InteractionDetail, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.delivery = self._read_delivery()
        name(self, "interactionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 640)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key, value in self._fields():
            field = name(QLabel(value), f"interaction_{key}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel()
            caption.setBuddy(field)
            self.values[key], self.captions[key] = field, caption
            self.form.addRow(caption, field)

        self.blocked = name(QLabel(), "interactionBlockedNotice")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.blocked.setVisible(detail.sender_blocked)

        self.headers_button = name(QToolButton(), "interactionHeadersToggle")
        self.headers_button.setCheckable(True)
        self.headers_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.headers_button.setArrowType(Qt.ArrowType.RightArrow)
        self.headers_button.setAutoRaise(True)
        self.headers_button.toggled.connect(self._toggle_headers)
        self.headers_button.setVisible(bool(detail.headers))
        self.headers = name(QTableWidget(len(detail.headers), 2), "interactionHeaders")
        self.headers.verticalHeader().hide()
        self.headers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.headers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.headers.horizontalHeader().setStretchLastSection(True)
        for r, (key, value) in enumerate(detail.headers):
            self.headers.setItem(r, 0, QTableWidgetItem(key))
            self.headers.setItem(r, 1, QTableWidgetItem(value))
        self.headers.setMaximumHeight(200)
        self.headers.hide()

        self.notice = name(QFrame(), "remoteImagesNotice")
        self.notice.setStyleSheet("#remoteImagesNotice { background: #fff4ce; border: 1px solid #e0c060;"
                                  " border-radius: 4px; }")
        self.notice_text = name(QLabel(), "remoteImagesText")
        self.notice_text.setWordWrap(True)
        self.show_images = name(QPushButton(), "showRemoteImagesButton")
        self.show_images.clicked.connect(self.allow_remote_images)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.show_images)

        self.html: SafeHtmlView | None = None
        self.text = name(QPlainTextEdit(detail.body_text), "interactionText")
        self.text.setReadOnly(True)
        self.body = name(QTabWidget(), "interactionBody")
        if detail.body_html:
            self.html = name(SafeHtmlView(), "interactionHtml")
            self.html.cid_loader = self._cid_image
            self.html.show_html(detail.body_html)
            self.body.addTab(self.html, "")
        self.body.addTab(self.text, "")
        self.body.tabBar().setVisible(self.body.count() > 1)
        self.notice.setVisible(bool(self.html and self.html.remote_urls))

        self.files = name(QListWidget(), "interactionAttachments")
        for a in detail.attachments:
            item = QListWidgetItem(icon("fa5s.paperclip"), f"{a.filename} — {human_size(a.size)}")
            item.setData(_ID, str(a.id))
            self.files.addItem(item)
        self.files.setMaximumHeight(110)
        self.files.itemActivated.connect(lambda *_: self.save_selected())
        self.save_button = name(QPushButton(icon("fa5s.save"), ""), "saveAttachmentButton")
        self.save_button.clicked.connect(self.save_selected)
        self.files.currentItemChanged.connect(lambda *_: self.save_button.setEnabled(self.files.currentItem() is not None))
        if detail.attachments:
            self.files.setCurrentRow(0)
        self.files_caption = name(QLabel(), "interactionAttachmentsLabel")
        self.files_caption.setBuddy(self.files)
        files_box = QWidget()
        files_row = QVBoxLayout(files_box)
        files_row.setContentsMargins(0, 0, 0, 0)
        files_row.addWidget(self.files_caption)
        inner = QHBoxLayout()
        inner.addWidget(self.files, 1)
        inner.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        files_row.addLayout(inner)
        files_box.setVisible(bool(detail.attachments))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        name(self.buttons.button(QDialogButtonBox.StandardButton.Close), "closeInteractionButton")
        self.retry_button = name(QPushButton(icon("fa5s.redo"), ""), "retryInteractionButton")
        self.cancel_button = name(QPushButton(icon("fa5s.times"), ""), "cancelInteractionButton")
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel_sending)
        self._delivery_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.blocked)
        layout.addWidget(self.headers_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.headers)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        layout.addWidget(files_box)
        layout.addWidget(self.buttons)
        self.retranslate()

    # ------------------------------------------------------------ contents

    def _fields(self) -> list[tuple[str, str]]:
        d = self.detail
        rows = [("sender", d.sender), ("recipients", "\n".join(addresses(d.recipients)) or d.recipients)]
        if d.cc:
            rows.append(("cc", "\n".join(addresses(d.cc)) or d.cc))
        if d.bcc:
            rows.append(("bcc", "\n".join(addresses(d.bcc)) or d.bcc))
        if d.subject:
            rows.append(("subject", d.subject))
        rows += [("date", date_time(d.occurred_at)), ("channel", label(d.channel_kind)),
                 ("ticket", f"#{d.ticket_number}"), ("state", "")]
        if d.channel_kind is ChannelKind.PHONE and (d.call_duration_s is not None or d.call_outcome):
            rows.append(("call", ""))
        if self.delivery is not None:
            rows.append(("delivery", ""))
        return rows

    def _read_delivery(self):
        """The outbox's record of an outgoing message: attempts, next try, why it waits."""
        d = self.detail
        if d.direction is not Direction.OUTGOING:
            return None
        try:
            return outbox.deliveries(self.ctx.db, self.ctx.user, d.ticket_id, [d.id]).get(d.id)
        except ServiceError:
            return None

    def delivery_text(self) -> str:
        delivery = self.delivery
        if delivery is None:
            return ""
        parts = [self.tr("%n attempt(s)", "", delivery.attempts)]
        if delivery.sent_at is not None:
            parts.append(self.tr("sent %1").replace("%1", date_time(delivery.sent_at)))
        elif delivery.state is OutboxState.QUEUED and delivery.next_attempt_at is not None and delivery.attempts:
            parts.append(self.tr("next try %1").replace("%1", date_time(delivery.next_attempt_at)))
        elif delivery.state is OutboxState.CANCELLED:
            parts.append(self.tr("cancelled"))
        reason = delivery_reason(delivery.last_error)
        return " · ".join(parts) + (f"\n{reason}" if reason else "")

    def _cid_image(self, cid: str) -> bytes | None:
        """An inline image of the message (cid:name@host): the attachment of the same name."""
        wanted = cid.strip("<>").lower()
        stem = wanted.split("@", 1)[0]
        for a in self.detail.attachments:
            if a.filename.lower() in (wanted, stem) and a.mime_type.lower().startswith("image/"):
                try:
                    return attachments.blob_path(self.ctx.db, self.ctx.blobs, self.ctx.user, a.id).read_bytes()
                except (ServiceError, OSError):
                    return None
        return None

    def _toggle_headers(self, shown: bool) -> None:
        self.headers.setVisible(shown)
        self.headers_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def allow_remote_images(self) -> None:
        if self.html is not None:
            self.html.allow_remote()
        self.notice.hide()

    # ------------------------------------------------------------ attachments

    def ask_save_path(self, filename: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), str(Path.home() / filename))
        return path

    def save_selected(self) -> Path | None:
        item = self.files.currentItem()
        if item is None:
            return None
        attachment = next(a for a in self.detail.attachments if str(a.id) == item.data(_ID))
        target = self.ask_save_path(attachment.filename)
        if not target:
            return None
        try:
            return attachments.save_copy(self.ctx.db, self.ctx.blobs, self.ctx.user, attachment.id, Path(target))
        except (ServiceError, OSError) as exc:
            show_error(self, exc)
            return None

    # ------------------------------------------------------------ delivery

    def _delivery_buttons(self) -> None:
        d = self.detail
        offered = may_retry_or_cancel(d.direction, d.status, d.read_only_reason)
        self.retry_button.setVisible(offered)
        self.cancel_button.setVisible(offered)

    def _delivery(self, action) -> None:
        try:
            action(self.ctx.db, self.ctx.user, self.detail.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.sig_changed.emit(str(self.detail.id))
        self.accept()

    def retry(self) -> None:
        self._delivery(outgoing.retry)

    def cancel_sending(self) -> None:
        self._delivery(outgoing.cancel)

    # ------------------------------------------------------------ words

    def retranslate(self) -> None:
        d = self.detail
        captions = {
            "sender": self.tr("From"), "recipients": self.tr("To"), "cc": self.tr("CC"), "bcc": self.tr("BCC"),
            "subject": self.tr("Subject"), "date": self.tr("Date"), "channel": self.tr("Channel"),
            "ticket": self.tr("Ticket"), "state": self.tr("State"), "call": self.tr("Call"),
            "delivery": self.tr("Delivery"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key] + ":")
            self.values[key].setAccessibleName(captions[key])
        states = {
            InteractionStatus.QUEUED: self.tr("Queued"), InteractionStatus.SENDING: self.tr("Sending"),
            InteractionStatus.SENT: self.tr("Sent"), InteractionStatus.FAILED: self.tr("Failed"),
            InteractionStatus.RECEIVED: self.tr("Received"), InteractionStatus.READ: self.tr("Read"),
        }
        direction = self.tr("Incoming") if d.direction is Direction.INCOMING else self.tr("Outgoing")
        state = f"{direction}, {states.get(d.status, d.status.value)}"
        if not d.is_public:
            state += " · " + self.tr("Internal (not shown to the customer)")
        self.values["state"].setText(state)
        if "call" in self.values:
            outcomes = {"answered": self.tr("Answered"), "no_answer": self.tr("No answer"),
                        "busy": self.tr("Busy"), "voicemail": self.tr("Voicemail"),
                        "wrong_number": self.tr("Wrong number"), "failed": self.tr("Call failed")}
            parts = [mm_ss(d.call_duration_s)] if d.call_duration_s else []
            if d.call_outcome:
                parts.append(outcomes.get(d.call_outcome, d.call_outcome))
            self.values["call"].setText(" · ".join(parts))
        if "delivery" in self.values:
            self.values["delivery"].setText(self.delivery_text())
        title = d.subject or f"{label(d.channel_kind)} — {date_time(d.occurred_at)}"
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Interaction: %1").replace("%1", title))
        self.blocked.setText(self.tr("The sender is on the block list: nothing can be sent to this address or number."))
        self.headers_button.setText(self.tr("All headers (%n)", "", len(d.headers)))
        self.headers_button.setAccessibleName(self.tr("Show all headers"))
        self.headers.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.headers.setAccessibleName(self.tr("Message headers"))
        self.notice_text.setText(self.tr("Remote images are blocked, so the sender cannot tell that (or where) "
                                         "this message was opened."))
        self.show_images.setText(self.tr("Show remote images"))
        self.show_images.setAccessibleName(self.tr("Show remote images"))
        if self.html is not None:
            self.body.setTabText(0, self.tr("Message"))
            self.html.setAccessibleName(self.tr("Message"))
        self.body.setTabText(self.body.count() - 1, self.tr("Plain text"))
        self.text.setAccessibleName(self.tr("Message text"))
        self.files_caption.setText(self.tr("Attachments:"))
        self.files.setAccessibleName(self.tr("Attachments"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the selected attachment as a file"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Send this message again"))
        self.cancel_button.setText(self.tr("Cancel sending"))
        self.cancel_button.setAccessibleName(self.tr("Cancel sending this message"))


def interaction_id(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
