"""C6 Dashboard: the customer's tickets by status, tickets and interactions by campaign, and
interactions per channel with the preferred and the successful channel, for a date range.

The figures are counted by the database (services/customer_dashboard); the charts only draw
them. The charts are built once and their series replaced on each change, so a new date range
costs the two counting queries and a repaint.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QHorizontalStackedBarSeries, QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from ...models.labels import STATUS_COLOURS, label
from ...services import customer_dashboard
from ...services.customer_dashboard import CustomerDashboard
from ...services.errors import ServiceError
from ..ticket.list_parts import empty_label
from ..widgets import name
from ..messages import show_error as show_customer_error
from .date_range import DateRangeBar
from .profile_tab import ProfileTab

INBOUND, OUTBOUND = QColor("#1e88e5"), QColor("#43a047")
TICKETS, INTERACTIONS = QColor("#5c6bc0"), QColor("#26a69a")


def _chart_view(object_name: str) -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    title = QFont()
    title.setBold(True)
    chart.setTitleFont(title)
    view = name(QChartView(chart), object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(170)  # two rows of charts still fit a 720-pixel screen with a taskbar
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def _figure(object_name: str) -> tuple[QFrame, QLabel, QLabel]:
    """A big number with its caption, for the summary row."""
    box = name(QFrame(), object_name)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    value = name(QLabel(), object_name + "Value")
    value.setStyleSheet("font-size: 18px; font-weight: 700;")
    caption = name(QLabel(), object_name + "Caption")
    caption.setStyleSheet("color: palette(mid);")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(value)
    layout.addWidget(caption)
    return box, value, caption


class DashboardTab(ProfileTab):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerDashboardTab")
        self.figures: CustomerDashboard | None = None
        self.dates = DateRangeBar("dashboard")
        self.dates.sig_changed.connect(lambda _d: self.reload())
        summary = QHBoxLayout()
        self.boxes = {}
        for key in ("tickets", "interactions", "preferred", "successful"):
            box, value, caption = _figure("dashboard" + key.title())
            self.boxes[key] = (box, value, caption)
            summary.addWidget(box, 1)
        self.status_view = _chart_view("ticketsByStatusChart")
        self.channel_view = _chart_view("interactionsByChannelChart")
        self.campaign_view = _chart_view("campaignsChart")
        self.empty = empty_label("dashboardEmpty")
        grid = QGridLayout()
        grid.addWidget(self.status_view, 0, 0)
        grid.addWidget(self.channel_view, 0, 1)
        grid.addWidget(self.campaign_view, 1, 0, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dates)
        layout.addLayout(summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        self.figures = customer_dashboard.customer_dashboard(self.ctx.db, self.ctx.user, self.customer_id,
                                                             self.dates.dates())
        self._draw()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.load()
            self.loaded = True
        except ServiceError as exc:
            show_customer_error(self, exc)

    # -- drawing -----------------------------------------------------------------------------
    def _draw(self) -> None:
        f = self.figures
        if f is None:
            return
        interactions = sum(c.total for c in f.channels)
        none = self.tr("None yet")
        for key, value, caption in (
            ("tickets", str(f.ticket_count), self.tr("Tickets")),
            ("interactions", str(interactions), self.tr("Interactions")),
            ("preferred", label(f.preferred_channel) if f.preferred_channel else none, self.tr("Preferred channel")),
            ("successful", label(f.successful_channel) if f.successful_channel else none,
             self.tr("Successful channel")),
        ):
            box, value_label, caption_label = self.boxes[key]
            value_label.setText(value)
            caption_label.setText(caption)
            box.setAccessibleName(f"{caption}: {value}")
        self.boxes["preferred"][0].setToolTip(self.tr("The channel the customer writes to us on most"))
        self.boxes["successful"][0].setToolTip(
            self.tr("The channel on which the customer answered us or read our messages in most tickets"))
        self._draw_status(f)
        self._draw_channels(f)
        self._draw_campaigns(f)
        nothing = not f.ticket_count and not interactions  # empty axes say nothing: a sentence does
        for view in (self.status_view, self.channel_view, self.campaign_view):
            view.setVisible(not nothing)
        self.empty.setText(self.tr("No tickets or interactions in these dates."))
        self.empty.setVisible(nothing)

    def _reset(self, view: QChartView, title: str) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        view.setAccessibleName(title)
        return chart

    def _draw_status(self, f: CustomerDashboard) -> None:
        chart = self._reset(self.status_view, self.tr("Tickets by status"))
        series = QPieSeries()
        series.setHoleSize(0.45)
        for status, n in f.tickets_by_status:
            if n:
                piece = series.append(f"{label(status)}: {n}", n)
                piece.setColor(QColor(STATUS_COLOURS[status]))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setVisible(series.count() > 0)

    def _draw_channels(self, f: CustomerDashboard) -> None:
        chart = self._reset(self.channel_view, self.tr("Interactions per channel"))
        inbound, outbound = QBarSet(self.tr("From the customer")), QBarSet(self.tr("To the customer"))
        inbound.setColor(INBOUND)
        outbound.setColor(OUTBOUND)
        names = []
        for c in reversed(f.channels):  # bars are drawn bottom-up: the first channel on top
            inbound.append(c.inbound)
            outbound.append(c.outbound)
            names.append(label(c.channel_kind))
        series = QHorizontalStackedBarSeries()  # channel names read on the left, however long
        series.append(inbound)
        series.append(outbound)
        self._bars(chart, series, names, max((c.total for c in f.channels), default=0))

    def _draw_campaigns(self, f: CustomerDashboard) -> None:
        chart = self._reset(self.campaign_view, self.tr("Tickets and interactions by campaign"))
        tickets, interactions = QBarSet(self.tr("Tickets")), QBarSet(self.tr("Interactions"))
        tickets.setColor(TICKETS)
        interactions.setColor(INTERACTIONS)
        names = []
        for c in reversed(f.campaigns):  # horizontal bars are drawn bottom-up: keep A first at the top
            tickets.append(c.tickets)
            interactions.append(c.interactions)
            names.append(c.campaign_name or "—")
        series = QHorizontalBarSeries()
        series.append(tickets)
        series.append(interactions)
        top = max((max(c.tickets, c.interactions) for c in f.campaigns), default=0)
        self._bars(chart, series, names, top)

    @staticmethod
    def _bars(chart: QChart, series, names: list[str], top: int) -> None:
        """Horizontal bars: the category names (channels, campaigns) read on the left."""
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names or [""])
        values = QValueAxis()
        values.setLabelFormat("%d")
        if top <= 10:  # counts are whole: one tick per unit, never "0 0 1 1 2"
            values.setRange(0, max(top, 1))
            values.setTickType(QValueAxis.TickType.TicksDynamic)
            values.setTickAnchor(0)
            values.setTickInterval(1)
        else:
            values.setRange(0, top)
            values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    # -- what the charts show, for tests and screen readers ------------------------------------
    def status_counts(self) -> dict[str, int]:
        series = self.status_view.chart().series()
        return {s.label().rsplit(":", 1)[0]: int(s.value()) for s in series[0].slices()} if series else {}

    def channel_counts(self) -> dict[str, tuple[int, int]]:
        series = self.channel_view.chart().series()[0]
        names = self.channel_view.chart().axes(Qt.Orientation.Vertical)[0].categories()
        inbound, outbound = series.barSets()
        return {n: (int(inbound.at(i)), int(outbound.at(i))) for i, n in enumerate(names) if n}

    def campaign_counts(self) -> dict[str, tuple[int, int]]:
        series = self.campaign_view.chart().series()[0]
        names = self.campaign_view.chart().axes(Qt.Orientation.Vertical)[0].categories()
        tickets, interactions = series.barSets()
        return {n: (int(tickets.at(i)), int(interactions.at(i))) for i, n in enumerate(names) if n}

    def retranslate(self) -> None:
        self._draw()
