"""V2: the panel's tabs as dock widgets, arranged in two or three columns from a layout spec.

Columns are built by splitting docks side by side and stacking the rest of a column's tabs
on its first dock. The first tab of each column is raised; docks can then be moved, stacked,
floated and hidden by the user, and the arrangement saved as QMainWindow state bytes.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QTabWidget, QWidget

from ...plugins import installed_tabs, tab_title
from ...plugins.api import current_language
from ...services.layouts import TABS, LayoutSpec
from ..context import AppContext
from ..widgets import Retranslating, name
from .simple_tabs import LazyTab
from .tab_registry import tab_class
from .ticket_tab import TicketTab

TAB_TITLES = {
    "customer": QT_TRANSLATE_NOOP("TicketPanel", "Customer"),
    "contact": QT_TRANSLATE_NOOP("TicketPanel", "Contact"),
    "account": QT_TRANSLATE_NOOP("TicketPanel", "Account"),
    "ticket": QT_TRANSLATE_NOOP("TicketPanel", "Ticket"),
    "conversation": QT_TRANSLATE_NOOP("TicketPanel", "Conversation"),
    "script": QT_TRANSLATE_NOOP("TicketPanel", "Script"),
    "agenda": QT_TRANSLATE_NOOP("TicketPanel", "Agenda"),
    "tasks": QT_TRANSLATE_NOOP("TicketPanel", "Tasks"),
    "history": QT_TRANSLATE_NOOP("TicketPanel", "History"),
    "attachments": QT_TRANSLATE_NOOP("TicketPanel", "Attachments"),
    "notes": QT_TRANSLATE_NOOP("TicketPanel", "Notes"),
}


class TicketPanel(Retranslating, QMainWindow):
    """Tabs that change the ticket (or data other tabs show) emit sig_ticket_changed; the panel
    then reloads the other loaded tabs and tells the view, which refreshes the header."""

    sig_ticket_saved = Signal(int)
    sig_layout_changed = Signal()  # the user moved, floated or closed a dock

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, spec: LayoutSpec,
                 widgets: dict[str, QWidget] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        name(self, "ticketPanel")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AllowTabbedDocks | QMainWindow.DockOption.AllowNestedDocks
                            | QMainWindow.DockOption.AnimatedDocks)
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.plugins = {p.key: p for p in installed_tabs(frozenset(TABS))}  # T13
        self.docks: dict[str, QDockWidget] = {}
        self.tabs: dict[str, QWidget] = {}
        self._reuse = dict(widgets or {})
        for widget in self._reuse.values():  # owned (and deleted) by this panel until placed
            widget.setParent(self)
            widget.hide()
        self.spec = spec
        self._arranged = False
        self._arranging = False
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802
        # Arranged once the panel has its real size: docks laid out earlier leave ghost tab
        # bars behind (Qt keeps the tab bar of an intermediate layout on screen).
        if not self._arranged:
            self._arranged = True
            self.arrange(self.spec)
        super().showEvent(event)

    def ensure_arranged(self) -> None:
        if not self._arranged:
            self._arranged = True
            self.arrange(self.spec)

    def _make(self, key: str) -> QDockWidget:
        """The dock of a tab; its content is built the first time the dock is seen."""
        if key in self.docks:
            return self.docks[key]
        dock = name(QDockWidget(), f"dock_{key}")
        dock.setWidget(QWidget())  # stand-in until the tab is first shown
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.visibilityChanged.connect(lambda visible, k=key: self._visibility_changed(k, visible))
        dock.dockLocationChanged.connect(self._user_rearranged)
        dock.topLevelChanged.connect(self._user_rearranged)
        self.docks[key] = dock
        self._title(key, dock)
        return dock

    def _title(self, key: str, dock: QDockWidget) -> None:
        if key in self.plugins:
            title = tab_title(self.plugins[key], current_language())
        else:
            title = QCoreApplication.translate("TicketPanel", TAB_TITLES[key])
        dock.setWindowTitle(title)
        dock.setAccessibleName(title)

    def _visibility_changed(self, key: str, visible: bool) -> None:
        if self._arranging:
            return
        if visible:
            self._shown(key)
        elif self.docks[key].isHidden():  # closed, not merely behind another tab of its stack
            self._user_rearranged()

    def _user_rearranged(self, *_args) -> None:
        if self._arranged and not self._arranging:
            self._tune_tab_bars()  # a new stack gets a new tab bar
            self.sig_layout_changed.emit()

    def _content(self, key: str) -> QWidget:
        """Build (or take over) a tab's content widget and put it in its dock."""
        widget = self.tabs.get(key)
        if widget is not None:
            return widget
        if key in self._reuse:
            widget = self._reuse.pop(key)  # carried over from the previous arrangement
            if isinstance(widget, TicketTab):
                widget.sig_saved.connect(self.sig_ticket_saved)
        elif key == "ticket":
            widget = TicketTab(self.ctx, self.ticket_id)
            widget.sig_saved.connect(self.sig_ticket_saved)
        elif key in self.plugins:
            from .plugin_tab import PluginTab

            widget = PluginTab(self.ctx, self.ticket_id, self.plugins[key])
        else:
            widget = tab_class(key)(self.ctx, self.ticket_id)
        if hasattr(widget, "sig_ticket_changed"):
            widget.sig_ticket_changed.connect(self._tab_changed_ticket)
        self.tabs[key] = widget
        self._make(key).setWidget(widget)
        widget.show()  # a carried-over widget was hidden while it waited
        return widget

    def _shown(self, key: str) -> None:
        widget = self._content(key)
        if isinstance(widget, LazyTab):
            widget.ensure_loaded()

    def _tab_changed_ticket(self) -> None:
        sender = self.sender()
        for widget in self.tabs.values():
            if widget is sender:
                continue
            if isinstance(widget, LazyTab):
                widget.reload()
            elif isinstance(widget, TicketTab):
                widget.rebase() if widget.changes() else widget.load()
        self.sig_ticket_saved.emit(0)

    def show_ticket(self, ticket_id: uuid.UUID) -> None:
        """Show another ticket in the same docks: tabs that can switch keep their widgets, the
        others get a fresh one when next seen; the tabs on screen load at once, as on opening."""
        self.ticket_id = ticket_id
        for key, widget in list(self.tabs.items()):
            if isinstance(widget, LazyTab) and widget.can_switch():
                widget.switch_ticket(ticket_id)
                continue
            del self.tabs[key]
            if isinstance(widget, TicketTab):
                widget.sig_saved.disconnect(self.sig_ticket_saved)
            if hasattr(widget, "sig_ticket_changed"):
                widget.sig_ticket_changed.disconnect(self._tab_changed_ticket)
            self.docks[key].setWidget(QWidget())  # stand-in until the tab is seen again
            widget.deleteLater()
        for widget in self._reuse.values():
            widget.deleteLater()
        self._reuse.clear()
        if not self._arranged:
            return  # arranged (and loaded) when first shown
        self._load_on_top(self._uncovered())

    def _uncovered(self) -> list[str]:
        return [key for key, dock in self.docks.items()
                if not dock.isHidden() and not dock.visibleRegion().isEmpty()]

    def take_widgets(self) -> dict[str, QWidget]:
        """Hand the tab contents (with unsaved edits, loaded data) to a new arrangement."""
        taken = {}
        for key, widget in self.tabs.items():
            if isinstance(widget, TicketTab):
                widget.sig_saved.disconnect(self.sig_ticket_saved)
            if hasattr(widget, "sig_ticket_changed"):
                widget.sig_ticket_changed.disconnect(self._tab_changed_ticket)
            widget.setParent(None)
            taken[key] = widget
        self.tabs.clear()
        taken.update(self._reuse)  # handed over before this panel was ever shown
        self._reuse.clear()
        return taken

    def arrange(self, spec: LayoutSpec) -> None:
        """Lay the docks out once, in spec.columns columns; restore saved state bytes if they fit.

        Qt leaves empty tab bars behind when docks are moved between stacks, so a different
        arrangement builds a new panel (TicketView.set_columns) instead of rearranging this one.
        """
        self.spec = spec
        self._arranging = True  # docks flash visible while being stacked: load none of them yet
        columns = [list(keys) for keys in spec.tabs if keys]
        placed = {key for keys in columns for key in keys}
        if columns:  # plugin tabs the layout does not place join the last column
            columns[-1].extend(key for key in self.plugins if key not in placed)
        firsts = [self._make(keys[0]) for keys in columns]
        # Columns first (splitting a dock that is already stacked would pull it out of its
        # stack), then each column's other tabs stacked on its first dock.
        for i, first in enumerate(firsts):
            if i == 0:
                self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first)
            else:
                self.splitDockWidget(firsts[i - 1], first, Qt.Orientation.Horizontal)
            first.show()
        for first, keys in zip(firsts, columns):
            for key in keys[1:]:
                dock = self._make(key)
                self.tabifyDockWidget(first, dock)
                dock.show()
        if firsts:
            self.resizeDocks(firsts, [1000] * len(firsts), Qt.Orientation.Horizontal)
        for first in firsts:
            first.raise_()
        if spec.state and not self.restoreState(spec.state, spec.state_version):
            pass  # a state that no longer fits: the arrangement above stands
        self._arranging = False
        self._tune_tab_bars()
        if spec.state:
            # A stored arrangement may have brought other tabs to the front: load the ones
            # actually uncovered once the docks have their geometry, not the column's first.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            uncovered = self._uncovered()
            if uncovered:
                self._load_on_top(uncovered)
                return
        self._load_on_top([keys[0] for keys in columns])  # the tab on top of each column

    def _load_on_top(self, keys: list[str]) -> None:
        """Fill the tabs on screen: the Ticket tab (or the first) at once, so the ticket shows
        with its header in the first frame; the others right after that frame is painted."""
        first = "ticket" if "ticket" in keys else keys[0] if keys else None
        if first is None:
            return
        self._shown(first)
        rest = [key for key in keys if key != first]
        if rest:
            QTimer.singleShot(0, self, lambda: self._load_later(rest))

    def _load_later(self, keys: list[str]) -> None:
        for key in keys:
            if key in self.docks and not self.docks[key].isHidden():
                self._shown(key)

    def _tune_tab_bars(self) -> None:
        """Whole tab titles with scroll arrows, rather than "Ca…", "Gu…" in a crowded column."""
        for bar in self.findChildren(QTabBar):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)


    def visible_tab_bars(self) -> list[list[str]]:
        """The tab bars a user sees, with their tab titles (for tests and screenshots)."""
        return [[bar.tabText(i) for i in range(bar.count())] for bar in self.findChildren(QTabBar)
                if bar.isVisible() and not bar.visibleRegion().isEmpty()]

    def current_state(self) -> bytes:
        return bytes(self.saveState(self.spec.state_version).data())

    def current_spec(self) -> LayoutSpec:
        """The arrangement as the user sees it now, ready to be stored (a panel not laid out
        yet is still exactly its spec)."""
        if not self._arranged:
            return self.spec
        return replace(self.spec, state=self.current_state())

    def show_tab(self, key: str) -> None:
        self.ensure_arranged()
        dock = self._make(key)
        if dock.isHidden():
            dock.show()
        dock.raise_()
        self._shown(key)
        self.tabs[key].setFocus()

    def refresh(self) -> None:
        for widget in self.tabs.values():
            if isinstance(widget, LazyTab):
                widget.reload()
            elif isinstance(widget, TicketTab) and not widget.changes():
                widget.load()

    def retranslate(self) -> None:
        for key, dock in self.docks.items():
            self._title(key, dock)
