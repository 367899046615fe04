"""T13: an installed plugin's tab inside the panel, built on first show from a plain context.

The plugin gets a TicketContext (plain values, never the database), made again on refresh.
When the plugin fails, the tab says so instead of taking the ticket view down with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...plugins import create_tab
from ...plugins.api import TabPlugin, current_language
from ...services.errors import ServiceError
from ...services.plugin_context import ticket_context
from ..messages import describe
from ..widgets import name
from .simple_tabs import LazyTab


class PluginTab(LazyTab):
    def __init__(self, ctx, ticket_id, plugin: TabPlugin, parent=None) -> None:
        super().__init__(ctx, ticket_id, f"pluginTabHost_{plugin.key}", parent)
        self.plugin = plugin
        self.inner: QWidget | None = None
        self.problem = name(QLabel(), f"pluginTabProblem_{plugin.key}")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.problem)
        self.retranslate()

    def load(self) -> None:
        if self.inner is not None:
            self._layout.removeWidget(self.inner)
            self.inner.deleteLater()
            self.inner = None
        try:
            context = ticket_context(self.ctx.db, self.ctx.user, self.ticket_id, current_language())
        except ServiceError as exc:
            self._show_problem(describe(exc))
            return
        self.inner = create_tab(self.plugin, context)
        if self.inner is None:
            self._show_problem(self.tr("This additional tab could not be shown: its plugin failed. "
                                       "The rest of the ticket works as usual."))
            return
        self.problem.hide()
        self._layout.addWidget(self.inner)
        self.inner.show()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Additional tab"))
        self.problem.setAccessibleName(self.tr("Problem with this tab"))
