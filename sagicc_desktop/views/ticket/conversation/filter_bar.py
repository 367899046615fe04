"""The bar above the timeline: which channels, which dates, the customer's other tickets, and
the jumps to the first and the newest interaction."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from ....models.labels import label
from ....store.enums import ChannelKind
from ...flow_layout import FlowLayout, group
from ...icons import icon
from ...widgets import Retranslating, name
from .delegate import CHANNEL_ICONS

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"


def _utc(day: QDate) -> dt.datetime:
    """Local midnight at the start of `day`, as an aware UTC datetime."""
    local = QDateTime(day, QTime(0, 0))
    return dt.datetime.fromtimestamp(local.toSecsSinceEpoch(), dt.timezone.utc)


class FilterBar(Retranslating, QWidget):
    sig_changed = Signal()  # channels, dates or the customer's other tickets changed
    sig_jump_start = Signal()
    sig_jump_end = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "conversationFilterBar")
        self.channel_label = name(QLabel(), "conversationChannelsLabel")
        self.channels: dict[ChannelKind, QToolButton] = {}
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(2)
        top.addWidget(self.channel_label)
        for kind in ChannelKind:
            button = name(QToolButton(), f"conversationChannel_{kind.value}")
            icon_name, colour = CHANNEL_ICONS[kind]
            button.setIcon(icon(icon_name, colour))
            button.setIconSize(QSize(16, 16))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.toggled.connect(lambda on, k=kind: self._channel_toggled(k, on))
            self.channels[kind] = button
            top.addWidget(button)
        top.addStretch(1)
        self.start_button = name(QToolButton(), "conversationStartButton")
        self.start_button.setIcon(icon("fa5s.angle-double-up"))
        self.start_button.clicked.connect(self.sig_jump_start)
        self.end_button = name(QToolButton(), "conversationEndButton")
        self.end_button.setIcon(icon("fa5s.angle-double-down"))
        self.end_button.clicked.connect(self.sig_jump_end)
        for button in (self.start_button, self.end_button):
            button.setAutoRaise(True)
            button.setIconSize(QSize(16, 16))
            top.addWidget(button)

        self.since_label = name(QLabel(), "conversationSinceLabel")
        self.since = self._date_edit("conversationSince")
        self.until_label = name(QLabel(), "conversationUntilLabel")
        self.until = self._date_edit("conversationUntil")
        for caption in (self.since_label, self.until_label):
            caption.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
        self.history = name(QCheckBox(), "conversationHistoryCheck")
        self.history.toggled.connect(lambda _on: self.sig_changed.emit())
        bottom = FlowLayout()  # the dates and the check wrap in a narrow column
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(group("conversationSinceBox", self.since_label, self.since))
        bottom.addWidget(group("conversationUntilBox", self.until_label, self.until))
        bottom.addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._debounce = QTimer(self)  # typing a date fires on every key: ask once it settles
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.sig_changed)
        self.retranslate()

    def _date_edit(self, object_name: str) -> QDateEdit:
        edit = name(QDateEdit(), object_name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self._debounce.start())
        return edit

    def _channel_toggled(self, kind: ChannelKind, on: bool) -> None:
        if not on and not any(b.isChecked() for b in self.channels.values()):
            button = self.channels[kind]  # at least one channel: unchecking the last one is undone
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
            return
        self.sig_changed.emit()

    # ------------------------------------------------------------ what the bar says

    def channel_kinds(self) -> frozenset[ChannelKind]:
        """The channels to show; empty means every channel."""
        on = frozenset(k for k, b in self.channels.items() if b.isChecked())
        return frozenset() if len(on) == len(self.channels) else on

    def date_range(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """[since, until) in UTC: from the start of the first day to the end of the last."""
        since = _utc(self.since.date()) if self.since.date() > NO_DATE else None
        until = _utc(self.until.date().addDays(1)) if self.until.date() > NO_DATE else None
        return since, until

    def customer_history(self) -> bool:
        return self.history.isChecked()

    def is_filtered(self) -> bool:
        return bool(self.channel_kinds()) or self.date_range() != (None, None)

    def set_channels(self, kinds) -> None:
        """Show only these channels (every channel when empty)."""
        wanted = set(kinds) or set(self.channels)
        for kind, button in self.channels.items():
            button.blockSignals(True)
            button.setChecked(kind in wanted)
            button.blockSignals(False)
        self.sig_changed.emit()

    def set_dates(self, since: QDate | None, until: QDate | None) -> None:
        for edit, day in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(day if day is not None else NO_DATE)
            edit.blockSignals(False)
        self._debounce.stop()
        self.sig_changed.emit()

    def retranslate(self) -> None:
        self.channel_label.setText(self.tr("Channels:"))
        for kind, button in self.channels.items():
            text = label(kind)
            button.setToolTip(self.tr("Show %1 interactions").replace("%1", text))
            button.setAccessibleName(text)
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("&To"))
        for caption in (self.since_label, self.until_label):  # room for the whole word, mnemonic or not
            caption.setMinimumWidth(caption.fontMetrics().horizontalAdvance(caption.text().replace("&", "")) + 6)
        for edit, caption in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setSpecialValueText(self.tr("Any"))
            edit.setAccessibleName(caption)
            edit.setToolTip(self.tr("Only interactions on or after this day") if edit is self.since
                            else self.tr("Only interactions on or before this day"))
        self.history.setText(self.tr("View previous interactions"))
        self.history.setAccessibleName(self.tr("View previous interactions"))
        self.history.setToolTip(self.tr("Add the interactions of this customer's other tickets, "
                                        "each marked with its ticket number"))
        self.start_button.setToolTip(self.tr("Go to the first interaction (Ctrl+Home)"))
        self.start_button.setAccessibleName(self.tr("Go to the first interaction"))
        self.end_button.setToolTip(self.tr("Go to the newest interaction (Ctrl+End)"))
        self.end_button.setAccessibleName(self.tr("Go to the newest interaction"))
