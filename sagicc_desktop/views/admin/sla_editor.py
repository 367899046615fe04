"""A2: the campaign's SLA, a tab of the Campaigns page: rules (expected solution hours by
priority and, optionally, category), business hours per weekday in the campaign's time zone,
and holidays. Rule hours count only while the campaign is open (services/sla.py); without
business hours they count round the clock. Saved by services/sla_admin.py.
"""

from __future__ import annotations

import uuid
import zoneinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QT_TRANSLATE_NOOP, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QTableWidget,
    QVBoxLayout, QWidget,
)

from ...models.labels import label
from ...services import sla_admin as sa
from ...services.errors import ServiceError, ValidationError
from ...services.sla import WEEKDAYS
from ...store.enums import Priority
from ..icons import icon
from ..messages import describe
from ..task_form import TimeField
from ..widgets import Retranslating, name
from .admin_parts import ERROR_COLOUR, HINT_STYLE, error_label, hint_label, show_outcome
DATE_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_HOURS = ("08:00", "18:00")
DAY_NAMES = {
    "mon": QT_TRANSLATE_NOOP("SlaEditor", "Monday"), "tue": QT_TRANSLATE_NOOP("SlaEditor", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("SlaEditor", "Wednesday"), "thu": QT_TRANSLATE_NOOP("SlaEditor", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("SlaEditor", "Friday"), "sat": QT_TRANSLATE_NOOP("SlaEditor", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("SlaEditor", "Sunday"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlaEditor", text)


def _error_text(code: str) -> str:
    return describe(ValidationError(code))


def _frame(widget: QWidget, text: str) -> None:
    """Mark a control as wrong (red frame, the sentence for screen readers and as its tooltip)."""
    widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if text else "")
    widget.setAccessibleDescription(text)
    widget.setToolTip(text)


def _local_zone_name() -> str:
    """The workstation's own time zone, a sensible first choice for a campaign without one."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"


class DayRow:
    """One weekday: Closed, and its opening and closing times."""

    def __init__(self, day: str) -> None:
        self.day = day
        self.caption = name(QLabel(), f"slaDay_{day}Label")
        self.closed = name(QCheckBox(), f"slaDay_{day}Closed")
        self.opens = TimeField(f"slaDay_{day}Opens")
        self.closes = TimeField(f"slaDay_{day}Closes")
        self.closes.addItem("24:00")
        self.closed.toggled.connect(self._closed_changed)
        self.error = error_label(f"slaDay_{day}Error")

    def _closed_changed(self, closed: bool) -> None:
        self.opens.setEnabled(not closed)
        self.closes.setEnabled(not closed)

    def set(self, span) -> None:
        self.closed.setChecked(span is None)
        self.opens.setText(span[0] if span else DEFAULT_HOURS[0])
        self.closes.setText(span[1] if span else DEFAULT_HOURS[1])
        self._closed_changed(span is None)

    def value(self):
        return None if self.closed.isChecked() else (self.opens.text().strip(), self.closes.text().strip())

    def mark(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        _frame(self.opens, text)
        _frame(self.closes, text)


class SlaEditor(Retranslating, QWidget):
    """show_campaign(id | None), has_unsaved(), save() -> bool: the Campaigns page's tab API."""

    sig_changed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "slaEditor")
        self.campaign_id: uuid.UUID | None = None
        self.loaded: sa.SlaSettings | None = None
        self._filling = False

        # -- rules ------------------------------------------------------------------------------
        self.rules_group = name(QGroupBox(), "slaRulesGroup")
        self.rules_hint = hint_label("slaRulesHint")
        self.rules = name(QTableWidget(0, 3), "slaRulesTable")
        self.rules.verticalHeader().hide()
        name(self.rules.horizontalHeader(), "slaRulesHeader")
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rules.setMinimumHeight(180)
        self.add_rule_button = name(QPushButton(icon("fa5s.plus"), ""), "slaAddRuleButton")
        self.remove_rule_button = name(QPushButton(icon("fa5s.trash-alt"), ""), "slaRemoveRuleButton")
        self.add_rule_button.clicked.connect(self.add_rule)
        self.remove_rule_button.clicked.connect(self.remove_rule)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_rule),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_rule)):
            shortcut = QShortcut(keys, self.rules_group, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rules_error = error_label("slaRulesError")
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.add_rule_button)
        rule_buttons.addWidget(self.remove_rule_button)
        rule_buttons.addStretch(1)
        rules_layout = QVBoxLayout(self.rules_group)
        rules_layout.addWidget(self.rules_hint)
        rules_layout.addWidget(self.rules, 1)
        rules_layout.addLayout(rule_buttons)
        rules_layout.addWidget(self.rules_error)

        # -- business hours ---------------------------------------------------------------------
        self.hours_group = name(QGroupBox(), "slaHoursGroup")
        self.business_box = name(QCheckBox(), "slaBusinessHoursBox")
        self.business_box.toggled.connect(self._business_toggled)
        self.zone_caption = name(QLabel(), "slaTimezoneLabel")
        self.zone_combo = name(QComboBox(), "slaTimezoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(sorted(zoneinfo.available_timezones()))
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_caption.setBuddy(self.zone_combo)
        self.zone_error = error_label("slaTimezoneError")
        self.days = {day: DayRow(day) for day in WEEKDAYS}
        self.closed_header, self.opens_header, self.closes_header = QLabel(), QLabel(), QLabel()
        grid = QGridLayout()
        grid.addWidget(self.zone_caption, 0, 0)
        grid.addWidget(self.zone_combo, 0, 1, 1, 3)
        grid.addWidget(self.zone_error, 1, 1, 1, 3)
        for column, header in enumerate((self.closed_header, self.opens_header, self.closes_header), start=1):
            header.setStyleSheet(HINT_STYLE)
            grid.addWidget(header, 2, column)
        for row, day in enumerate(self.days.values()):
            grid.addWidget(day.caption, 3 + 2 * row, 0)
            grid.addWidget(day.closed, 3 + 2 * row, 1)
            grid.addWidget(day.opens, 3 + 2 * row, 2)
            grid.addWidget(day.closes, 3 + 2 * row, 3)
            grid.addWidget(day.error, 4 + 2 * row, 1, 1, 3)
            day.caption.setBuddy(day.closed)
            day.closed.toggled.connect(self._changed)
            day.opens.editTextChanged.connect(self._changed)
            day.closes.editTextChanged.connect(self._changed)
        grid.setColumnStretch(4, 1)
        self.days_box = name(QWidget(), "slaDaysBox")
        self.days_box.setLayout(grid)
        hours_layout = QVBoxLayout(self.hours_group)
        hours_layout.addWidget(self.business_box)
        hours_layout.addWidget(self.days_box)
        hours_layout.addStretch(1)
        self.zone_combo.editTextChanged.connect(self._changed)

        # -- holidays ---------------------------------------------------------------------------
        self.holidays_group = name(QGroupBox(), "slaHolidaysGroup")
        self.holiday_list = name(QListWidget(), "slaHolidayList")
        self.holiday_list.setMinimumHeight(120)
        self.holiday_date = name(QDateEdit(), "slaHolidayDate")
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setDate(QDate.currentDate())
        self.add_holiday_button = name(QPushButton(icon("fa5s.plus"), ""), "slaAddHolidayButton")
        self.remove_holiday_button = name(QPushButton(icon("fa5s.trash-alt"), ""), "slaRemoveHolidayButton")
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.remove_holiday_button.clicked.connect(self.remove_holiday)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.holiday_list, self.remove_holiday)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.holiday_date, self.add_holiday)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.holidays_error = error_label("slaHolidaysError")
        add_line = QHBoxLayout()
        add_line.addWidget(self.holiday_date)
        add_line.addWidget(self.add_holiday_button)
        add_line.addWidget(self.remove_holiday_button)
        add_line.addStretch(1)
        holidays_layout = QVBoxLayout(self.holidays_group)
        holidays_layout.addLayout(add_line)
        holidays_layout.addWidget(self.holiday_list, 1)
        holidays_layout.addWidget(self.holidays_error)

        # -- save -------------------------------------------------------------------------------
        self.save_button = name(QPushButton(icon("fa5s.save"), ""), "slaSaveButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.status = name(QLabel(), "slaStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self.rules_group, 3)
        left.addWidget(self.holidays_group, 2)
        columns.addLayout(left, 3)
        columns.addWidget(self.hours_group, 2)
        scroll = name(QScrollArea(), "slaScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 10)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.show_campaign(None)

    # -- the campaigns page's API ------------------------------------------------------------
    def show_campaign(self, campaign_id: uuid.UUID | None) -> None:
        self.campaign_id = campaign_id
        self.loaded = None
        self._say("")
        if campaign_id is not None:
            try:
                self.loaded = sa.sla_settings(self.ctx.db, self.ctx.user, campaign_id)
            except ServiceError as exc:
                self._say(describe(exc), False)
        self._fill(self.loaded)
        self.setEnabled(self.loaded is not None)

    def has_unsaved(self) -> bool:
        if self.loaded is None:
            return False
        return self._state() != self._state_of(self.loaded)

    def save(self) -> bool:
        if self.loaded is None or not self.has_unsaved():
            return True
        self._clear_marks()
        rules, zone, days, holidays = self._raw()
        try:
            saved = sa.save_sla(self.ctx.db, self.ctx.user, self.loaded.campaign_id, self.loaded,
                                [sa.Rule(*r) for r in rules], zone, days, holidays)
        except ValidationError as exc:
            if exc.args and exc.args[0] == "invalid_sla":
                self._mark(exc.details.get("fields") or {})
            self._say(describe(exc), False)
            return False
        except ServiceError as exc:
            self._say(describe(exc), False)
            return False
        self.loaded = saved
        self._fill(saved)
        self._say(self.tr("Saved: new tickets and priority changes use these rules."), True)
        return True

    # -- filling and reading -----------------------------------------------------------------
    def _fill(self, settings: sa.SlaSettings | None) -> None:
        self._filling = True
        try:
            self.rules.setRowCount(0)
            for rule in settings.rules if settings else ():
                self._add_rule_row(rule.priority, rule.category_id, rule.hours)
            business = bool(settings and settings.days)
            self.business_box.setChecked(business)
            self.zone_combo.setEditText(settings.timezone if settings and settings.timezone
                                        else _local_zone_name())
            for day, row in self.days.items():
                if business:
                    row.set(settings.days.get(day))
                else:  # a suggestion, should the administrator turn business hours on
                    row.set(DEFAULT_HOURS if day not in ("sat", "sun") else None)
            self.holiday_list.clear()
            for text in sorted(settings.holidays) if settings else ():
                self._add_holiday_item(text)
        finally:
            self._filling = False
        self.days_box.setEnabled(self.business_box.isChecked())
        self._clear_marks()
        self._update_buttons()

    @staticmethod
    def _comparable(rules, zone: str, days: dict, holidays) -> tuple:
        """Settings in one shape whatever their order, to tell whether anything changed."""
        rules = tuple(sorted((int(p), str(c or ""), h) for p, c, h in rules))
        return rules, zone if days else "", dict(days), tuple(sorted(holidays))

    def _state_of(self, settings: sa.SlaSettings) -> tuple:
        return self._comparable([(r.priority, r.category_id, r.hours) for r in settings.rules],
                                settings.timezone, settings.days, settings.holidays)

    def _rule_values(self) -> list[tuple]:
        out = []
        for row in range(self.rules.rowCount()):
            priority = self.rules.cellWidget(row, 0).currentData()
            category = self.rules.cellWidget(row, 1).currentData()
            category = uuid.UUID(category) if category else None
            out.append((Priority(priority), category, self.rules.cellWidget(row, 2).value()))
        return out

    def _raw(self) -> tuple[list[tuple], str, dict, list[str]]:
        """(rules, time zone, open days, holidays) as the service takes them."""
        business = self.business_box.isChecked()
        days = {d: row.value() for d, row in self.days.items() if business and row.value()}
        zone = self.zone_combo.currentText().strip() if business else ""
        holidays = [self.holiday_list.item(i).data(DATE_ROLE) for i in range(self.holiday_list.count())]
        return self._rule_values(), zone, days, holidays

    def _state(self) -> tuple:
        return self._comparable(*self._raw())

    # -- rules -------------------------------------------------------------------------------
    def _add_rule_row(self, priority: Priority, category_id: uuid.UUID | None, hours: int) -> int:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        priority_combo = name(QComboBox(), f"slaRulePriority_{row}")
        for p in Priority:
            priority_combo.addItem(label(p), int(p))
        priority_combo.setCurrentIndex(max(0, priority_combo.findData(int(priority))))
        category_combo = name(QComboBox(), f"slaRuleCategory_{row}")
        category_combo.addItem(self.tr("Any category"), None)
        for category in self.loaded.categories if self.loaded else ():
            category_combo.addItem(category.name, str(category.id))  # Qt finds a str, not a UUID object
        category_combo.setCurrentIndex(max(0, category_combo.findData(str(category_id)) if category_id else 0))
        hours_spin = name(QSpinBox(), f"slaRuleHours_{row}")
        hours_spin.setRange(sa.MIN_HOURS, sa.MAX_HOURS)
        hours_spin.setValue(hours)
        hours_spin.setSuffix(self.tr(" h"))
        priority_combo.currentIndexChanged.connect(self._changed)
        category_combo.currentIndexChanged.connect(self._changed)
        hours_spin.valueChanged.connect(self._changed)
        self.rules.setCellWidget(row, 0, priority_combo)
        self.rules.setCellWidget(row, 1, category_combo)
        self.rules.setCellWidget(row, 2, hours_spin)
        self._name_rule_row(row)
        return row

    def _name_rule_row(self, row: int) -> None:
        number = str(row + 1)
        self.rules.cellWidget(row, 0).setAccessibleName(self.tr("Rule %1: priority").replace("%1", number))
        self.rules.cellWidget(row, 1).setAccessibleName(self.tr("Rule %1: category").replace("%1", number))
        self.rules.cellWidget(row, 2).setAccessibleName(self.tr("Rule %1: hours to solve").replace("%1", number))

    def add_rule(self) -> None:
        if self.loaded is None:
            return
        used = {(int(p), c) for p, c, _h in self._rule_values()}
        priority = next((p for p in Priority if (int(p), None) not in used), Priority.MEDIUM)
        row = self._add_rule_row(priority, None, 24)
        self.rules.selectRow(row)
        self.rules.cellWidget(row, 0).setFocus()
        self._changed()

    def _rule_row_in_focus(self) -> int:
        for row in range(self.rules.rowCount()):
            if any(self.rules.cellWidget(row, c).hasFocus() for c in range(3)):
                return row
        return self.rules.currentRow()

    def remove_rule(self) -> None:
        row = self._rule_row_in_focus()
        if row < 0:
            return
        self.rules.removeRow(row)
        for r in range(self.rules.rowCount()):
            self._name_rule_row(r)
        if self.rules.rowCount():
            row = min(row, self.rules.rowCount() - 1)
            self.rules.selectRow(row)
            self.rules.cellWidget(row, 0).setFocus()
        else:
            self.add_rule_button.setFocus()
        self._changed()

    # -- business hours and holidays ---------------------------------------------------------
    def _business_toggled(self, on: bool) -> None:
        self.days_box.setEnabled(on)
        self._changed()

    def _add_holiday_item(self, text: str) -> None:
        day = QDate.fromString(text, Qt.DateFormat.ISODate)
        shown = QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() else text
        item = QListWidgetItem(shown)
        item.setData(DATE_ROLE, text)
        self.holiday_list.addItem(item)

    def add_holiday(self) -> None:
        if self.loaded is None:
            return
        text = self.holiday_date.date().toString(Qt.DateFormat.ISODate)
        existing = [self.holiday_list.item(i).data(DATE_ROLE) for i in range(self.holiday_list.count())]
        if text in existing:
            self.holiday_list.setCurrentRow(existing.index(text))
            self._say(_error_text(sa.HOLIDAY_DUPLICATE), False)
            return
        items = sorted([*existing, text])
        self.holiday_list.clear()
        for value in items:
            self._add_holiday_item(value)
        self.holiday_list.setCurrentRow(items.index(text))
        self._changed()

    def remove_holiday(self) -> None:
        row = self.holiday_list.currentRow()
        if row < 0:
            return
        self.holiday_list.takeItem(row)
        self._changed()

    # -- marks -------------------------------------------------------------------------------
    def _clear_marks(self) -> None:
        for row in range(self.rules.rowCount()):
            for column in range(3):
                _frame(self.rules.cellWidget(row, column), "")
        self.rules_error.hide()
        for day in self.days.values():
            day.mark("")
        self.zone_error.hide()
        _frame(self.zone_combo, "")
        self.holidays_error.hide()

    def _mark(self, problems: dict) -> None:
        columns = {"priority": 0, "category_id": 1, "hours": 2}
        lines = []
        for index, wrong in sorted((problems.get("rules") or {}).items()):
            for attribute, code in wrong.items():
                if index < self.rules.rowCount():
                    _frame(self.rules.cellWidget(index, columns.get(attribute, 0)), _error_text(code))
                lines.append(self.tr("Rule %1: %2").replace("%1", str(index + 1)).replace("%2", _error_text(code)))
        self.rules_error.setText("\n".join(lines))
        self.rules_error.setVisible(bool(lines))
        for day, code in (problems.get("days") or {}).items():
            if day in self.days:
                self.days[day].mark(_error_text(code))
        if problems.get("timezone"):
            self.zone_error.setText(_error_text(problems["timezone"]))
            self.zone_error.show()
            _frame(self.zone_combo, _error_text(problems["timezone"]))
        holidays = [self.holiday_list.item(i).text() for i in range(self.holiday_list.count())]
        holiday_lines = [f"{holidays[i] if i < len(holidays) else ''}: {_error_text(code)}"
                         for i, code in sorted((problems.get("holidays") or {}).items())]
        self.holidays_error.setText("\n".join(holiday_lines))
        self.holidays_error.setVisible(bool(holiday_lines))

    # -- state -------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self._filling:
            return
        self._update_buttons()
        self.sig_changed.emit()

    def _update_buttons(self) -> None:
        self.remove_rule_button.setEnabled(self.rules.rowCount() > 0)
        self.remove_holiday_button.setEnabled(self.holiday_list.count() > 0)
        self.save_button.setEnabled(self.has_unsaved())

    def _say(self, text: str, ok: bool | None = None) -> None:
        show_outcome(self.status, text, ok)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rules_group.setTitle(self.tr("Expected solution time"))
        self.rules_hint.setText(self.tr("The most specific rule applies: the ticket's priority and category, "
                                        "else its priority with any category. No rule: no expected date."))
        self.rules.setHorizontalHeaderLabels([self.tr("Priority"), self.tr("Category"), self.tr("Hours to solve")])
        self.rules.setAccessibleName(self.tr("SLA rules"))
        self.rules.horizontalHeader().setAccessibleName(self.tr("SLA rules"))
        for button, text, tip in ((self.add_rule_button, self.tr("Add r&ule"), self.tr("Add a rule (Insert)")),
                                  (self.remove_rule_button, self.tr("Remove rul&e"),
                                   self.tr("Remove the chosen rule (Delete)"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))
        self.hours_group.setTitle(self.tr("Business hours"))
        self.business_box.setText(self.tr("&Count only business hours (else round the clock)"))
        self.business_box.setAccessibleName(self.tr("Count only business hours"))
        self.zone_caption.setText(self.tr("&Time zone:"))
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        self.closed_header.setText(self.tr("Closed"))
        self.opens_header.setText(self.tr("Opens"))
        self.closes_header.setText(self.tr("Closes"))
        for day, row in self.days.items():
            day_name = _tr(DAY_NAMES[day])
            row.caption.setText(day_name + ":")
            row.closed.setAccessibleName(self.tr("%1 closed").replace("%1", day_name))
            row.opens.setAccessibleName(self.tr("%1 opens at").replace("%1", day_name))
            row.closes.setAccessibleName(self.tr("%1 closes at").replace("%1", day_name))
        self.holidays_group.setTitle(self.tr("Holidays"))
        self.holiday_list.setAccessibleName(self.tr("Holidays"))
        self.holiday_list.setToolTip(self.tr("Closed all day. Delete removes the chosen holiday."))
        self.holiday_date.setAccessibleName(self.tr("Holiday to add"))
        for button, text in ((self.add_holiday_button, self.tr("Add h&oliday")),
                             (self.remove_holiday_button, self.tr("Remove holida&y"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.save_button.setText(self.tr("Sa&ve SLA"))
        self.save_button.setAccessibleName(self.tr("Save SLA"))
        for row in range(self.rules.rowCount()):
            self._name_rule_row(row)
            combo = self.rules.cellWidget(row, 0)
            for i in range(combo.count()):
                combo.setItemText(i, label(Priority(combo.itemData(i))))
            self.rules.cellWidget(row, 1).setItemText(0, self.tr("Any category"))
            self.rules.cellWidget(row, 2).setSuffix(self.tr(" h"))
