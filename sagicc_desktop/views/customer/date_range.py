"""The profile's date filter: an optional first and last day, both included.

A tick box turns each end on (an open end is "any date"), so the filter never forces a range
on a customer whose history is older than the default dates.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolButton, QWidget

from ...services.customer_profile import DateRange
from ..icons import icon
from ..widgets import Retranslating, name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateRangeBar(Retranslating, QWidget):
    sig_changed = Signal(object)  # DateRange

    def __init__(self, prefix: str, parent=None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.from_check = name(QCheckBox(), prefix + "FromCheck")
        self.from_edit = name(QDateEdit(_qdate(today - dt.timedelta(days=30))), prefix + "FromEdit")
        self.to_check = name(QCheckBox(), prefix + "ToCheck")
        self.to_edit = name(QDateEdit(_qdate(today)), prefix + "ToEdit")
        self.clear_button = name(QToolButton(), prefix + "ClearDates")
        self.clear_button.setIcon(icon("fa5s.times"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._changed)
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.from_check.toggled.connect(self._changed)
        self.to_check.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.from_check, self.from_edit, self.to_check, self.to_edit, self.clear_button):
            layout.addWidget(w)
        layout.addStretch(1)
        self._quiet = False
        self.retranslate()

    def dates(self) -> DateRange:
        return DateRange(_day(self.from_edit.date()) if self.from_check.isChecked() else None,
                         _day(self.to_edit.date()) if self.to_check.isChecked() else None)

    def set_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        """Set both ends at once (one sig_changed)."""
        self._quiet = True
        try:
            if start is not None:
                self.from_edit.setDate(_qdate(start))
            if end is not None:
                self.to_edit.setDate(_qdate(end))
            self.from_check.setChecked(start is not None)
            self.to_check.setChecked(end is not None)
        finally:
            self._quiet = False
        self._changed()

    def clear(self) -> None:
        self.set_dates(None, None)

    def _changed(self, *_args) -> None:
        if not self._quiet:
            self.sig_changed.emit(self.dates())

    def retranslate(self) -> None:
        self.from_check.setText(self.tr("From"))
        self.from_check.setAccessibleName(self.tr("Filter from a date"))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_check.setText(self.tr("To"))
        self.to_check.setAccessibleName(self.tr("Filter up to a date"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self.clear_button.setToolTip(self.tr("Any date"))
        self.clear_button.setAccessibleName(self.tr("Clear the dates"))
