"""T8: the Agenda tab, the assigned user's next actions as a day or week calendar.

Agents check the assignee's free time here before scheduling a next task. Activating an entry
of another ticket opens nothing: it tells which ticket it is (the agent stays on this one).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QToolButton, QVBoxLayout

from ...services import agenda
from ..agenda_calendar import AgendaCalendar
from ..flow_layout import FlowLayout, group
from ..widgets import name
from .simple_tabs import LazyTab

DAY, WEEK = 1, 7


def local_midnight_utc(day: QDate) -> dt.datetime:
    """The start of a local calendar day as a UTC instant (daylight saving included)."""
    return dt.datetime(day.year(), day.month(), day.day()).astimezone().astimezone(dt.timezone.utc)


class AgendaTab(LazyTab):
    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "agendaTab", parent)
        self.days = WEEK
        self.anchor = QDate.currentDate()
        self.shown: agenda.TicketAgenda | None = None
        self._scrolled = False

        self.day_button = name(QToolButton(), "agendaDayButton")
        self.week_button = name(QToolButton(), "agendaWeekButton")
        self.modes = QButtonGroup(self)
        for button, days in ((self.day_button, DAY), (self.week_button, WEEK)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, d=days: self.set_days(d))
            self.modes.addButton(button)
        self.week_button.setChecked(True)
        self.previous_button = name(QPushButton(), "agendaPreviousButton")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = name(QPushButton(), "agendaTodayButton")
        self.today_button.clicked.connect(self.today)
        self.next_button = name(QPushButton(), "agendaNextButton")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period = name(QLabel(), "agendaPeriodLabel")
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        self.owner = name(QLabel(), "agendaOwnerLabel")
        self.calendar = AgendaCalendar()
        self.calendar.sig_activated.connect(self._activated)
        self.calendar.sig_selected.connect(self._selected)
        self.info = name(QLabel(), "agendaEntryInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = FlowLayout(spacing=12)  # wraps in a narrow column; the owner goes on a row of its own
        bar.addWidget(group("agendaModeBox", self.day_button, self.week_button))
        bar.addWidget(group("agendaStepBox", self.previous_button, self.today_button, self.next_button))
        bar.addWidget(self.period)
        self.owner.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.owner)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.info)
        self.retranslate()

    # -- period ------------------------------------------------------------------------------
    def first_day(self) -> QDate:
        if self.days == DAY:
            return self.anchor
        first = QLocale().firstDayOfWeek().value
        return self.anchor.addDays(-((self.anchor.dayOfWeek() - first) % 7))

    def set_days(self, days: int) -> None:
        self.days = days
        (self.day_button if days == DAY else self.week_button).setChecked(True)
        self._refresh()

    def step(self, direction: int) -> None:
        self.anchor = self.anchor.addDays(direction * self.days)
        self._refresh()

    def today(self) -> None:
        self.anchor = QDate.currentDate()
        self._refresh()

    def go_to(self, day: QDate) -> None:
        self.anchor = day
        self._refresh()

    def _refresh(self) -> None:
        if self.loaded:
            self.load()
        else:
            self._show_period()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        first = self.first_day()
        start = local_midnight_utc(first)
        end = local_midnight_utc(first.addDays(self.days))
        self.shown = agenda.ticket_agenda(self.ctx.db, self.ctx.user, self.ticket_id, start, end)
        self.calendar.set_period(first, self.days)
        self.calendar.set_items(self.shown.items, self.ticket_id)
        self._show_period()
        self._show_owner()
        if not self._scrolled:
            self._scrolled = True
            self.calendar.scroll_to_hour(8)

    def _show_period(self) -> None:
        first = self.first_day()
        locale = QLocale()
        if self.days == DAY:
            text = locale.toString(first, QLocale.FormatType.LongFormat)
        else:
            last = first.addDays(6)
            text = (f"{locale.toString(first, QLocale.FormatType.ShortFormat)} – "
                    f"{locale.toString(last, QLocale.FormatType.ShortFormat)}")
        self.period.setText(text)
        self.period.setAccessibleName(self.tr("Period shown: %1").replace("%1", text))

    def _show_owner(self) -> None:
        if self.shown is None:
            self.owner.setText("")
        elif self.shown.is_assignee:
            self.owner.setText(self.tr("Agenda of %1, the ticket's assignee").replace("%1", self.shown.user_name))
        else:
            self.owner.setText(self.tr("Your agenda (the ticket is unassigned)"))
        self.owner.setAccessibleName(self.owner.text() or self.tr("Whose agenda"))

    def _selected(self, item) -> None:
        self.info.setText(self.calendar.describe(item) if item is not None else self._hint())

    def _activated(self, item: agenda.AgendaItem) -> None:
        """Another ticket's entry opens nothing: the user is told which ticket it is."""
        when = self.calendar.describe(item)
        if not item.visible:
            text = self.tr("Busy at that time with a ticket you may not see.")
        elif item.ticket_id == self.ticket_id:
            text = self.tr("This ticket's next task: %1").replace("%1", when)
        elif item.ticket_number is not None:
            text = self.tr("Ticket #%1 — %2").replace("%1", str(item.ticket_number)).replace("%2", when)
        else:
            text = when
        self.info.setText(text)

    def _hint(self) -> str:
        return self.tr("Entries of this ticket are highlighted. Double-click an entry or press Enter to see its ticket.")

    def retranslate(self) -> None:
        self.day_button.setText(self.tr("Day"))
        self.day_button.setAccessibleName(self.tr("Show one day"))
        self.week_button.setText(self.tr("Week"))
        self.week_button.setAccessibleName(self.tr("Show a week"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.info.setAccessibleName(self.tr("Selected entry"))
        if self.calendar.selected_item() is None:
            self.info.setText(self._hint())
        self._show_period()
        self._show_owner()
