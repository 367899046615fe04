"""Channels (issue 6): the administrator's list of e-mail, telephony, WhatsApp and SMS channels
and the form that sets one up, with "Test connection" for an e-mail channel's SMTP and IMAP.

The service (services/channel_settings.py) validates every field at once and the form puts each
problem under its own field, keeping what was typed. Passwords and tokens are write-only: the
form says whether one is in the keychain, typing replaces it and leaving it empty keeps it; the
stored one is never shown. "Test connection" runs on a worker thread (BackgroundTask) with the
form's current values, so a server that never answers costs the window nothing; Save runs on one
too, since the keychain may ask the user or wait while it is locked.

Keys: Ctrl+S saves, Insert opens the New channel menu, F5 reloads the list.

Wiring into views/main_window.py (administrators only):

    from .admin.channels_page import ChannelsPage

    if ChannelsPage.available_to(ctx.user):
        self.channels_page = ChannelsPage(ctx)
        self.stack.addWidget(self.channels_page)   # plus a side-menu item, e.g. icon("fa5s.plug")
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMenu, QProgressBar, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from ...channels.connection_check import CheckResult, check_imap, check_smtp
from ...services import channel_settings as cs
from ...services.actor import Actor
from ...services.channel_settings import ChannelDraft, ChannelSettings
from ...services.errors import ServiceError, ValidationError
from ...store.enums import ChannelKind
from ..background_task import BackgroundTask
from ..icons import icon
from ..messages import describe
from ..messages_channels import check_text, field_text, server_said
from ..ticket.confirm import confirm
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, SaveBar, hint_label, page_shortcuts, page_title, status_colour

KINDS = (ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS)
KIND_ICONS = {ChannelKind.EMAIL: "fa5s.envelope", ChannelKind.PHONE: "fa5s.phone",
              ChannelKind.WHATSAPP: "fa5b.whatsapp", ChannelKind.SMS: "fa5s.sms", ChannelKind.CHAT: "fa5s.comments"}
MB = 1024 * 1024
PROVIDER_KINDS = (ChannelKind.WHATSAPP, ChannelKind.SMS)
# The form's fields in the order they are shown: the first marked one gets the focus.
ORDER = ("name", "address", "display_name", "smtp_host", "smtp_security", "smtp_port", "smtp_username", "smtp",
         "smtp_ca_file", "imap_host", "imap_security", "imap_port", "imap_username", "imap", "imap_folder",
         "imap_ca_file", "dial_scheme", "sip_domain", "provider", "sender", "base_url", "token",
         "max_attachment_bytes", "allowed_types")


def _port_text(value) -> str:
    return "" if value in (None, "") else str(value)


def allowed_types(text: str) -> tuple[str, ...]:
    """The types typed as "application/pdf, image/*" (commas, semicolons or spaces)."""
    return tuple(part for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip())


class _Field:
    """A form row: the control, its caption (the buddy label), a hint and the problem under it."""

    def __init__(self, key: str, widget: QWidget, extra: QWidget | None = None) -> None:
        self.key, self.widget = key, widget
        self.caption = name(QLabel(), f"{widget.objectName()}Label")
        self.caption.setBuddy(widget)
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        if widget.maximumWidth() < 10_000:  # a short field (a port) stays short, at the left
            line.addWidget(widget)
            line.addStretch(1)
        else:
            line.addWidget(widget, 1)
        if extra is not None:
            line.addWidget(extra)
        layout.addLayout(line)
        self.hint = hint_label(f"{widget.objectName()}Hint")
        self.hint.hide()
        self.error = name(QLabel(), f"{widget.objectName()}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.caption, self.box)

    def mark(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.widget.setProperty("invalid", True)
        self.widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
        self.widget.setAccessibleDescription(text)

    def clear(self) -> None:
        if self.error.isHidden():
            return
        self.error.hide()
        self.error.clear()
        self.widget.setProperty("invalid", False)
        self.widget.setStyleSheet("")
        self.widget.setAccessibleDescription("")

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


class _Tester:
    """The "Test connection" button of one protocol, its busy bar and its answer."""

    def __init__(self, proto: str) -> None:
        self.proto = proto
        self.button = name(QPushButton(), f"{proto}TestButton")
        self.busy = name(QProgressBar(), f"{proto}TestBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.result = name(QLabel(), f"{proto}TestResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.task: BackgroundTask | None = None
        self.generation = 0
        self.last: CheckResult | None = None
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 4, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.button)
        line.addWidget(self.busy)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.result)

    def say(self, text: str, ok: bool | None) -> None:
        self.result.setStyleSheet(f"color: {status_colour(ok)};")
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))

    def running(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.busy.setVisible(busy)


class ChannelsPage(Retranslating, QWidget):
    @staticmethod
    def available_to(actor: Actor) -> bool:
        """Whether the page belongs in this user's side menu."""
        return actor.is_admin

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "channelsPage")
        self.allowed = self.available_to(ctx.user)
        self.settings: ChannelSettings | None = None  # the channel being edited (None: a new one)
        self.kind: ChannelKind | None = None           # None: nothing open
        self.summaries: list[cs.ChannelSummary] = []
        self.fields: dict[str, _Field] = {}
        self._status: tuple[str, bool | None] = ("", None)
        self._security = {"smtp": "starttls", "imap": "tls"}
        self._snapshot: tuple | None = None  # the form as filled, to tell unsaved changes
        self.confirm_box = None

        self.title = page_title("channelsTitle")
        self.intro = hint_label("channelsIntro")

        # -- the list -----------------------------------------------------------------------
        self.list = name(QListWidget(), "channelsList")
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = name(QPushButton(), "newChannelButton")
        self.new_menu = name(QMenu(self), "newChannelMenu")
        self.new_actions = {}
        for kind in KINDS:
            action = self.new_menu.addAction(icon(KIND_ICONS[kind]), "")
            action.setObjectName(f"newChannel_{kind.value}")
            action.triggered.connect(lambda _checked=False, k=kind: self.new_channel(k))
            self.new_actions[kind] = action
        self.new_button.setMenu(self.new_menu)
        self.new_button.setIcon(icon("fa5s.plus"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        # -- the form -----------------------------------------------------------------------
        self.heading = name(QLabel(), "channelHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.empty = hint_label("channelEmptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.name_edit = self._line("name", "channelNameEdit")
        self.active = name(QCheckBox(), "channelActiveCheck")
        self.general_box = name(QGroupBox(), "channelGeneralGroup")
        general = QFormLayout(self.general_box)
        self.fields["name"].add_to(general)
        general.addRow("", self.active)

        # e-mail: the address, sending, receiving
        self.address_box = name(QGroupBox(), "emailAddressGroup")
        form = QFormLayout(self.address_box)
        for key, object_name in (("address", "emailAddressEdit"), ("display_name", "emailDisplayNameEdit")):
            self._line(key, object_name)
            self.fields[key].add_to(form)
        self.testers: dict[str, _Tester] = {}
        self.smtp_box = self._server_box("smtp")
        self.imap_box = self._server_box("imap")

        # telephony
        self.phone_box = name(QGroupBox(), "phoneGroup")
        form = QFormLayout(self.phone_box)
        self.scheme = name(QComboBox(), "dialSchemeCombo")
        for scheme in cs.DIAL_SCHEMES:
            self.scheme.addItem(f"{scheme}:", scheme)
        self.fields["dial_scheme"] = _Field("dial_scheme", self.scheme)
        self.fields["dial_scheme"].add_to(form)
        self._line("sip_domain", "sipDomainEdit").setPlaceholderText("pbx.example.com")
        self.fields["sip_domain"].add_to(form)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)

        # WhatsApp and SMS providers
        self.provider_box = name(QGroupBox(), "providerGroup")
        form = QFormLayout(self.provider_box)
        self._line("provider", "providerEdit").setPlaceholderText("Twilio, Meta, Infobip…")
        self._line("sender", "senderEdit").setPlaceholderText("+576015550100")
        self._line("base_url", "endpointEdit").setPlaceholderText("https://api.example.com/v1")
        self._secret("token", "tokenEdit")
        for key in ("provider", "sender", "base_url", "token"):
            self.fields[key].add_to(form)

        # attachments
        self.limits_box = name(QGroupBox(), "limitsGroup")
        form = QFormLayout(self.limits_box)
        self.max_size = name(QDoubleSpinBox(), "maxSizeSpin")
        self.max_size.setRange(0, cs.MAX_ATTACHMENT_LIMIT / MB)
        self.max_size.setDecimals(1)
        self.max_size.setSingleStep(1)
        self.max_size.setSuffix(" MB")
        self.max_size.setMaximumWidth(140)
        self.fields["max_attachment_bytes"] = _Field("max_attachment_bytes", self.max_size)
        self._line("allowed_types", "allowedTypesEdit").setPlaceholderText("application/pdf, image/*")
        self.fields["max_attachment_bytes"].add_to(form)
        self.fields["allowed_types"].add_to(form)

        self.editor = name(QWidget(), "channelEditor")
        editor_layout = QVBoxLayout(self.editor)
        for widget in (self.heading, self.general_box, self.address_box, self.smtp_box, self.imap_box,
                       self.phone_box, self.provider_box, self.limits_box):
            editor_layout.addWidget(widget)
        editor_layout.addStretch(1)
        self.scroll = name(QScrollArea(), "channelFormScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.editor)

        bar = SaveBar("channel", self.save)
        self.status, self.save_button = bar.status, bar.save_button
        self.save_task: BackgroundTask | None = None
        self._focus_on_save = False
        self.save_busy = name(QProgressBar(), "channelSaveBusy")
        self.save_busy.setRange(0, 0)
        self.save_busy.setMaximumWidth(120)
        self.save_busy.setTextVisible(False)
        self.save_busy.hide()
        bar.layout.insertWidget(bar.layout.indexOf(self.save_button), self.save_busy, 0,
                                Qt.AlignmentFlag.AlignVCenter)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.scroll, 1)
        right_layout.addLayout(bar.layout)

        self.splitter = name(QSplitter(Qt.Orientation.Horizontal), "channelsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 800])
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.refused = name(QLabel(), "channelsNotAllowed")
        self.refused.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.refused)
        layout.addWidget(self.splitter, 1)

        page_shortcuts(self, "channels", (("save", QKeySequence.StandardKey.Save, self.save),
                                          ("new", QKeySequence(Qt.Key.Key_Insert), self._open_new_menu),
                                          ("refresh", QKeySequence(Qt.Key.Key_F5), self.refresh)))

        self.setTabOrder(self.list, self.new_button)
        self.refused.setVisible(not self.allowed)
        self.splitter.setVisible(self.allowed)
        self._show_kind(None)
        self.retranslate()
        if self.allowed:
            self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _line(self, key: str, object_name: str, extra: QWidget | None = None) -> QLineEdit:
        edit = name(QLineEdit(), object_name)
        self.fields[key] = _Field(key, edit, extra)
        edit.textEdited.connect(lambda _text, k=key: self.fields[k].clear())
        return edit

    def _secret(self, key: str, object_name: str) -> QLineEdit:
        edit = self._line(key, object_name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
        return edit

    def _server_box(self, proto: str) -> QGroupBox:
        box = name(QGroupBox(), f"{proto}Group")
        box_layout = QVBoxLayout(box)
        form = QFormLayout()
        box_layout.addLayout(form)
        self._line(f"{proto}_host", f"{proto}HostEdit").setPlaceholderText(f"{proto}.example.com")
        security = name(QComboBox(), f"{proto}SecurityCombo")
        for value in cs.SECURITIES:
            security.addItem("", value)
        self.fields[f"{proto}_security"] = _Field(f"{proto}_security", security)
        security.currentIndexChanged.connect(lambda _i, p=proto: self._security_changed(p))
        port = name(QLineEdit(), f"{proto}PortEdit")
        port.setMaximumWidth(110)
        self.fields[f"{proto}_port"] = _Field(f"{proto}_port", port)
        port.textEdited.connect(lambda _text, k=f"{proto}_port": self.fields[k].clear())
        self._line(f"{proto}_username", f"{proto}UserEdit")
        self._secret(proto, f"{proto}PasswordEdit")
        keys = [f"{proto}_host", f"{proto}_security", f"{proto}_port", f"{proto}_username", proto]
        if proto == "imap":
            self._line("imap_folder", "imapFolderEdit").setPlaceholderText("INBOX")
            keys.append("imap_folder")
        choose = name(QPushButton(), f"{proto}CaFileButton")
        choose.clicked.connect(lambda _c=False, p=proto: self._choose_ca_file(p))
        self._line(f"{proto}_ca_file", f"{proto}CaFileEdit", extra=choose)
        keys.append(f"{proto}_ca_file")
        for key in keys:
            self.fields[key].add_to(form)
        tester = _Tester(proto)
        tester.button.clicked.connect(lambda _c=False, p=proto: self.test_connection(p))
        self.testers[proto] = tester
        box_layout.addWidget(tester.widget)
        return box

    def _combo(self, key: str) -> QComboBox:
        return self.fields[key].widget  # type: ignore[return-value]

    def _edit(self, key: str) -> QLineEdit:
        return self.fields[key].widget  # type: ignore[return-value]

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list, keeping the open channel selected."""
        if not self.allowed:
            return
        try:
            self.summaries = cs.list_channels(self.ctx.db, self.ctx.user)
        except ServiceError as exc:
            self._say(describe(exc), False)
            return
        keep = self.settings.channel_id if self.settings else None
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.summaries:
            item = QListWidgetItem(icon(KIND_ICONS.get(summary.kind, "fa5s.comments")), "")
            item.setData(Qt.ItemDataRole.UserRole, summary.channel_id)
            if not summary.is_active:
                item.setForeground(QColor("#94a3b8"))
            self.list.addItem(item)
            if summary.channel_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._list_texts()

    def _list_texts(self) -> None:
        for row, summary in enumerate(self.summaries):
            item = self.list.item(row)
            if item is None:
                continue
            text = summary.name
            if not summary.is_active:
                text += "  " + self.tr("(inactive)")
            item.setText(text)
            item.setToolTip(f"{text} ({self._kind_name(summary.kind)})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}, {self._kind_name(summary.kind)}")

    def _current_changed(self, item: QListWidgetItem | None, previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        channel_id = item.data(Qt.ItemDataRole.UserRole)
        if self.settings is not None and self.settings.channel_id == channel_id:
            return
        if self.has_changes():  # stay on the edited channel until the user lets its changes go
            self._select_row(previous)
            self._ask_discard(lambda: self._select_and_open(channel_id))
            return
        self.open_channel(channel_id)

    def _select_row(self, item: QListWidgetItem | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(item)
        if item is None:
            self.list.clearSelection()
        self.list.blockSignals(False)

    def _select_and_open(self, channel_id: uuid.UUID) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == channel_id:
                self._select_row(self.list.item(row))
        self.open_channel(channel_id)

    def has_changes(self) -> bool:
        """Whether the form holds something typed and not saved."""
        return self.kind in KINDS and self._snapshot is not None and self._state() != self._snapshot

    def _state(self) -> tuple:
        return self.draft(), self.typed_secrets()

    def _ask_discard(self, then) -> None:
        shown = self.name_edit.text().strip() or self.tr("the new channel")
        self.confirm_box = confirm(
            self, "confirmDiscardChannel", self.tr("Unsaved changes"),
            self.tr("Discard your changes to “%1”?").replace("%1", shown), self.tr("&Discard"), then)

    def _open_new_menu(self) -> None:
        self.new_menu.popup(self.new_button.mapToGlobal(self.new_button.rect().bottomLeft()))

    def open_channel(self, channel_id: uuid.UUID) -> None:
        try:
            settings = cs.get_channel_settings(self.ctx.db, self.ctx.user, channel_id)
        except ServiceError as exc:
            self._say(describe(exc), False)
            self.refresh()
            return
        self._fill(settings)

    def new_channel(self, kind: ChannelKind) -> None:
        """An empty form for a new channel of `kind` (after asking, when the form has unsaved changes)."""
        if self.has_changes():
            self._ask_discard(lambda: self._new(kind))
            return
        self._new(kind)

    def _new(self, kind: ChannelKind) -> None:
        self._select_row(None)
        self._fill(None, kind)
        self.name_edit.setFocus()

    # -- filling ------------------------------------------------------------------------------
    def _fill(self, settings: ChannelSettings | None, kind: ChannelKind | None = None) -> None:
        self.settings = settings
        kind = settings.kind if settings else kind
        config = dict(settings.config) if settings else {}
        for field in self.fields.values():
            field.clear()
            if isinstance(field.widget, QLineEdit):
                field.widget.clear()
        self.name_edit.setText(settings.name if settings else "")
        self.active.setChecked(settings.is_active if settings else True)
        for key in ("address", "display_name", "smtp_host", "smtp_username", "smtp_ca_file", "imap_host",
                    "imap_username", "imap_folder", "imap_ca_file", "sip_domain", "provider", "sender", "base_url"):
            self._edit(key).setText(str(config.get(key) or ""))
        for proto, default in (("smtp", "starttls"), ("imap", "tls")):
            combo = self._combo(f"{proto}_security")
            security = str(config.get(f"{proto}_security") or default)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(security)))
            combo.blockSignals(False)
            self._security[proto] = security
            port = config.get(f"{proto}_port")
            if not settings or (proto == "imap" and not config.get("imap_host")):
                port = port or (cs.SMTP_PORTS if proto == "smtp" else cs.IMAP_PORTS)[security]
            self._edit(f"{proto}_port").setText(_port_text(port))
            tester = self.testers[proto]
            tester.generation += 1
            tester.last = None
            tester.say("", None)
            tester.running(False)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(config.get("dial_scheme") or "tel")))
        size = settings.max_attachment_bytes if settings else 10 * MB
        self.max_size.setValue(size / MB)
        self._edit("allowed_types").setText(", ".join(settings.allowed_types) if settings else "")
        self._show_kind(kind)
        self._scheme_changed()
        self._say("" if kind in KINDS else self.tr("Chat channels are set up by the chat plugin, not here."), None)
        self._secret_hints()
        self._heading()
        self._snapshot = self._state() if kind in KINDS else None

    def _show_kind(self, kind: ChannelKind | None) -> None:
        self.kind = kind
        self.empty.setVisible(kind is None)
        self.scroll.setVisible(kind is not None)
        self.save_button.setEnabled(kind in KINDS and self.save_task is None)  # a chat channel belongs to its plugin
        for box in (self.general_box, self.limits_box):
            box.setEnabled(kind in KINDS)
        email = kind is ChannelKind.EMAIL
        for box in (self.address_box, self.smtp_box, self.imap_box):
            box.setVisible(email)
        self.phone_box.setVisible(kind is ChannelKind.PHONE)
        self.provider_box.setVisible(kind in PROVIDER_KINDS)

    def _scheme_changed(self, _index: int = 0) -> None:
        self.fields["sip_domain"].box.setEnabled(self.scheme.currentData() == "sip")
        self.fields["sip_domain"].caption.setEnabled(self.scheme.currentData() == "sip")

    def _security_changed(self, proto: str) -> None:
        """A new security brings its usual port, unless the port was set to something else."""
        ports = cs.SMTP_PORTS if proto == "smtp" else cs.IMAP_PORTS
        new = self._combo(f"{proto}_security").currentData()
        edit = self._edit(f"{proto}_port")
        if edit.text().strip() in ("", str(ports.get(self._security[proto], ""))):
            edit.setText(str(ports[new]))
            self.fields[f"{proto}_port"].clear()
        self._security[proto] = new

    def _choose_ca_file(self, proto: str) -> None:
        dialog = QFileDialog(self, self.tr("Choose the CA file"))
        dialog.setObjectName(f"{proto}CaFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path, p=proto: self._ca_file_chosen(p, path))
        dialog.open()

    def _ca_file_chosen(self, proto: str, path: str) -> None:
        self._edit(f"{proto}_ca_file").setText(path)
        self.fields[f"{proto}_ca_file"].clear()

    # -- reading the form ---------------------------------------------------------------------
    def _config(self) -> dict:
        kind = self.kind
        if kind is ChannelKind.EMAIL:
            keys = ("address", "display_name", "smtp_host", "smtp_port", "smtp_username", "smtp_ca_file",
                    "imap_host", "imap_port", "imap_username", "imap_folder", "imap_ca_file")
            config = {key: self._edit(key).text().strip() for key in keys}
            for proto in ("smtp", "imap"):
                config[f"{proto}_security"] = self._combo(f"{proto}_security").currentData()
            return config
        if kind is ChannelKind.PHONE:
            return {"dial_scheme": self.scheme.currentData(), "sip_domain": self._edit("sip_domain").text().strip()}
        return {key: self._edit(key).text().strip() for key in cs.PROVIDER_KEYS}

    def draft(self) -> ChannelDraft:
        return ChannelDraft(name=self.name_edit.text(), kind=self.kind, config=self._config(),
                            max_attachment_bytes=round(self.max_size.value() * MB),
                            allowed_types=allowed_types(self._edit("allowed_types").text()),
                            is_active=self.active.isChecked())

    def typed_secrets(self) -> dict[str, str]:
        """Only what was typed: an empty field keeps the stored password or token."""
        return {p: self._edit(p).text() for p in cs.SECRETS.get(self.kind, ()) if self._edit(p).text()}

    def _mark(self, problems: dict[str, str]) -> None:
        first = None
        for key in ORDER:
            if key in problems and key in self.fields:
                self.fields[key].mark(field_text(problems[key]))
                first = first or self.fields[key]
        if first is not None:
            self.scroll.ensureWidgetVisible(first.box)
            first.widget.setFocus()

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the form on a worker thread: the passwords go to the keychain, which may ask the
        user or wait for a locked keychain, and the window keeps answering meanwhile."""
        if self.kind not in KINDS or self.save_task is not None:
            return
        for field in self.fields.values():
            field.clear()
        draft, secrets = self.draft(), self.typed_secrets()
        db, user, settings = self.ctx.db, self.ctx.user, self.settings

        def work(_progress) -> ChannelSettings:
            if settings is None:
                return cs.create_channel(db, user, draft, secrets=secrets)
            return cs.save_channel_settings(db, user, settings.channel_id, settings.version, draft, secrets=secrets)

        self.save_task = BackgroundTask(work, self)
        self.save_task.sig_done.connect(lambda saved: self._saved(saved, (draft, secrets)))
        self.save_task.sig_failed.connect(self._save_failed)
        self._saving(True)
        self._say(self.tr("Saving…"), None)
        self.save_task.start()

    def _saving(self, busy: bool) -> None:
        """While a save runs: Save is off with the busy bar beside it, and the list stays on the
        channel being saved (the form itself stays as typed and editable). The keyboard focus
        goes back to Save afterwards if it was there."""
        if busy:
            self._focus_on_save = self.save_button.hasFocus()
        # The list goes off first: the focus leaving Save must not land on it (and pick a channel).
        self.list.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.kind in KINDS)
        self.save_busy.setVisible(busy)
        if not busy and self._focus_on_save and self.save_button.isEnabled():
            self.save_button.setFocus()

    def _saved(self, saved: ChannelSettings, sent: tuple) -> None:
        self.save_task = None
        self._saving(False)
        if self._state() == sent:
            self._fill(saved)
        else:  # typed on while it saved: keep that, now against the saved channel
            self.settings = saved
            self._snapshot = sent
            self._secret_hints()
            self._heading()
        self.refresh()
        self._say(self.tr("Saved."), True)

    def _save_failed(self, exc: Exception) -> None:
        """The form stays as typed: field problems under their fields, anything else (the keychain,
        a stale edit, a channel gone) on the status line."""
        self.save_task = None
        self._saving(False)
        if isinstance(exc, ValidationError) and exc.args and exc.args[0] == "invalid_settings":
            problems = exc.details.get("fields")
            if problems:
                self._mark(problems)
        self._say(describe(exc), False)

    def _say(self, text: str, ok: bool | None) -> None:
        self._status = (text, ok)
        self.status.setStyleSheet(f"color: {status_colour(ok)};")
        self.status.setText(text)
        self.status.setAccessibleName(text or self.tr("Status"))

    # -- testing ------------------------------------------------------------------------------
    def _test_problems(self, proto: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        host = self._edit(f"{proto}_host").text().strip()
        if not host:
            problems[f"{proto}_host"] = cs.REQUIRED
        elif not cs.valid_host(host):
            problems[f"{proto}_host"] = cs.INVALID_HOST
        port = self._edit(f"{proto}_port").text().strip()
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            problems[f"{proto}_port"] = cs.INVALID_PORT
        if proto == "imap" and not self._edit("imap_username").text().strip():
            problems["imap_username"] = cs.REQUIRED
        return problems

    def test_connection(self, proto: str) -> None:
        """Check the SMTP or IMAP server with the form's values, on a worker thread."""
        tester = self.testers[proto]
        if tester.task is not None or self.kind is not ChannelKind.EMAIL:
            return
        for key in (f"{proto}_host", f"{proto}_port", f"{proto}_username"):
            self.fields[key].clear()
        problems = self._test_problems(proto)
        if problems:
            self._mark(problems)
            tester.say(self.tr("Correct the marked fields first."), False)
            return
        config = self._config()
        security = config[f"{proto}_security"]
        ports = cs.SMTP_PORTS if proto == "smtp" else cs.IMAP_PORTS
        config[f"{proto}_port"] = int(config[f"{proto}_port"] or ports[security])
        config[f"{proto}_host"] = config[f"{proto}_host"].lower()
        server = f"{config[f'{proto}_host']}:{config[f'{proto}_port']} ({proto.upper()})"
        folder = config.get("imap_folder") or "INBOX"
        typed = self._edit(proto).text()
        stored = bool(self.settings and self.settings.secrets.get(proto) is not False)
        db, user = self.ctx.db, self.ctx.user
        channel_id = self.settings.channel_id if self.settings else None
        check = check_smtp if proto == "smtp" else check_imap

        def work(_progress):
            password = typed or None
            if password is None and stored and channel_id is not None:
                password = cs.channel_password(db, user, channel_id, proto)
            return check(config, password)

        tester.generation += 1
        generation = tester.generation
        tester.task = BackgroundTask(work, self)
        tester.task.sig_done.connect(lambda result: self._tested(proto, generation, server, folder, result))
        tester.task.sig_failed.connect(lambda exc: self._test_failed(proto, generation, exc))
        tester.running(True)
        tester.say(self.tr("Testing the connection…"), None)
        tester.task.start()

    def _tested(self, proto: str, generation: int, server: str, folder: str, result: CheckResult) -> None:
        tester = self.testers[proto]
        tester.task = None
        tester.running(False)
        if generation != tester.generation:  # another channel was opened meanwhile
            return
        tester.last = result
        text = check_text(result, server, folder)
        said = server_said(result)
        tester.say(f"{text}\n{said}" if said else text, result.ok)

    def _test_failed(self, proto: str, generation: int, exc: Exception) -> None:
        tester = self.testers[proto]
        tester.task = None
        tester.running(False)
        if generation == tester.generation:
            tester.say(describe(exc), False)

    # -- language -----------------------------------------------------------------------------
    def _kind_name(self, kind: ChannelKind | None) -> str:
        return {ChannelKind.EMAIL: self.tr("E-mail"), ChannelKind.PHONE: self.tr("Phone"),
                ChannelKind.WHATSAPP: self.tr("WhatsApp"), ChannelKind.SMS: self.tr("SMS"),
                ChannelKind.CHAT: self.tr("Chat")}.get(kind, "")

    def _heading(self) -> None:
        if self.kind is ChannelKind.SMS:
            self.fields["sender"].set_hint(self.tr(
                "A number in international form (+57…), a short code, or a name of up to 11 letters and digits."))
        else:
            self.fields["sender"].set_hint(self.tr("The WhatsApp Business number in international form (+57…)."))
        if self.kind is None:
            self.heading.clear()
            return
        if self.settings is None:
            text = {ChannelKind.EMAIL: self.tr("New e-mail channel"), ChannelKind.PHONE: self.tr("New phone channel"),
                    ChannelKind.WHATSAPP: self.tr("New WhatsApp channel"),
                    ChannelKind.SMS: self.tr("New SMS channel")}[self.kind]
        else:
            text = self.tr("%1 channel: %2").replace("%1", self._kind_name(self.kind)).replace("%2", self.settings.name)
        self.heading.setText(text)

    def _secret_hints(self) -> None:
        secrets = self.settings.secrets if self.settings else {}
        for purpose in ("smtp", "imap"):
            state = secrets.get(purpose, False) if self.settings else "new"
            self.fields[purpose].set_hint({
                True: self.tr("A password is stored in the keychain. Type a new one to replace it; leave this "
                              "empty to keep it."),
                False: self.tr("No password is stored. Type one if the server asks for a login."),
                None: self.tr("The keychain cannot be read on this computer, so the stored password is unknown."),
                "new": self.tr("Kept in this computer's keychain, never in the database."),
            }[state])
            self._edit(purpose).setPlaceholderText(
                self.tr("Stored: leave empty to keep it") if state is True else "")
        state = secrets.get("token", False) if self.settings else "new"
        self.fields["token"].set_hint({
            True: self.tr("A token is stored in the keychain. Type a new one to replace it; leave this empty to "
                          "keep it."),
            False: self.tr("No token is stored yet."),
            None: self.tr("The keychain cannot be read on this computer, so the stored token is unknown."),
            "new": self.tr("Kept in this computer's keychain, never in the database."),
        }[state])
        self._edit("token").setPlaceholderText(self.tr("Stored: leave empty to keep it") if state is True else "")

    def retranslate(self) -> None:
        title = self.tr("Channels")
        self.title.setText(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr(
            "The ways customers reach you: e-mail boxes, telephony, WhatsApp and SMS. Passwords and tokens go "
            "to this computer's keychain, never to the database."))
        self.refused.setText(self.tr("Only administrators can set up channels."))
        self.list.setAccessibleName(self.tr("Channels"))
        self.new_button.setText(self.tr("New c&hannel"))
        self.new_button.setAccessibleName(self.tr("New channel"))
        self.new_button.setToolTip(self.tr("Create a channel (Insert)"))
        self.new_menu.setAccessibleName(self.tr("Kind of channel"))
        for kind, text in ((ChannelKind.EMAIL, self.tr("&E-mail")), (ChannelKind.PHONE, self.tr("&Phone")),
                           (ChannelKind.WHATSAPP, self.tr("&WhatsApp")), (ChannelKind.SMS, self.tr("&SMS"))):
            self.new_actions[kind].setText(text)
        self.empty.setText(self.tr("Choose a channel in the list, or create one with New channel."))
        self.general_box.setTitle(self.tr("Channel"))
        self.active.setText(self.tr("&Active (in use for sending and receiving)"))
        self.active.setAccessibleName(self.tr("Active"))
        self.address_box.setTitle(self.tr("Address"))
        self.smtp_box.setTitle(self.tr("Sending (SMTP)"))
        self.imap_box.setTitle(self.tr("Receiving (IMAP, optional)"))
        self.phone_box.setTitle(self.tr("Telephony"))
        self.provider_box.setTitle(self.tr("Provider"))
        self.limits_box.setTitle(self.tr("Attachments"))
        captions = {
            "name": self.tr("&Name:"), "address": self.tr("&E-mail address:"),
            "display_name": self.tr("&Display name:"), "smtp_host": self.tr("Ser&ver:"),
            "smtp_security": self.tr("Securit&y:"), "smtp_port": self.tr("P&ort:"),
            "smtp_username": self.tr("&User:"), "smtp": self.tr("Pass&word:"),
            "smtp_ca_file": self.tr("&CA file:"), "imap_host": self.tr("Se&rver:"),
            "imap_security": self.tr("Secur&ity:"), "imap_port": self.tr("Por&t:"),
            "imap_username": self.tr("U&ser:"), "imap": self.tr("&Password:"),
            "imap_folder": self.tr("&Folder:"), "imap_ca_file": self.tr("CA fi&le:"),
            "dial_scheme": self.tr("&Calls as:"), "sip_domain": self.tr("SIP &domain:"),
            "provider": self.tr("&Provider:"), "sender": self.tr("&Sender:"),
            "base_url": self.tr("&Endpoint URL:"), "token": self.tr("&Token:"),
            "max_attachment_bytes": self.tr("Largest si&ze:"), "allowed_types": self.tr("Allowed types:"),
        }
        accessible = {
            "smtp_host": self.tr("SMTP server"), "smtp_security": self.tr("SMTP security"),
            "smtp_port": self.tr("SMTP port"), "smtp_username": self.tr("SMTP user"),
            "smtp": self.tr("SMTP password"), "smtp_ca_file": self.tr("SMTP CA file"),
            "imap_host": self.tr("IMAP server"), "imap_security": self.tr("IMAP security"),
            "imap_port": self.tr("IMAP port"), "imap_username": self.tr("IMAP user"),
            "imap": self.tr("IMAP password"), "imap_folder": self.tr("IMAP folder"),
            "imap_ca_file": self.tr("IMAP CA file"),
        }
        for key, field in self.fields.items():
            field.caption.setText(captions[key])
            field.widget.setAccessibleName(accessible.get(key, captions[key].replace("&", "").rstrip(":")))
        self.fields["name"].set_hint("")
        self.fields["sip_domain"].set_hint(self.tr("For sip: only; empty uses the softphone's own."))
        self.fields["max_attachment_bytes"].set_hint(self.tr("Per message; 0 means the channel takes no files."))
        self.fields["allowed_types"].set_hint(self.tr("Separated by commas; empty allows every type."))
        self.scheme.setItemText(0, self.tr("tel: links (the computer's phone application)"))
        self.scheme.setItemText(1, self.tr("sip: links (a SIP softphone)"))
        for proto in ("smtp", "imap"):
            combo = self._combo(f"{proto}_security")
            for index, text in enumerate((self.tr("STARTTLS"), self.tr("TLS (SSL)"), self.tr("None (unencrypted)"))):
                combo.setItemText(index, text)
            button = self.fields[f"{proto}_ca_file"].box.findChild(QPushButton, f"{proto}CaFileButton")
            button.setText(self.tr("Choose…"))
            button.setAccessibleName(self.tr("Choose the %1 CA file").replace("%1", proto.upper()))
            self._edit(f"{proto}_ca_file").setPlaceholderText(self.tr("Only for a server with its own certificate"))
            tester = self.testers[proto]
            tester.busy.setAccessibleName(self.tr("Testing"))
            tester.result.setAccessibleName(tester.result.text() or self.tr("Test result"))
        self.testers["smtp"].button.setText(self.tr("Test sendin&g (SMTP)"))
        self.testers["smtp"].button.setAccessibleName(self.tr("Test the SMTP connection"))
        self.testers["imap"].button.setText(self.tr("Test receiving (I&MAP)"))
        self.testers["imap"].button.setAccessibleName(self.tr("Test the IMAP connection"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the channel"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_busy.setAccessibleName(self.tr("Saving…"))
        self.status.setAccessibleName(self.status.text() or self.tr("Status"))
        self._secret_hints()
        self._heading()
        self._list_texts()
