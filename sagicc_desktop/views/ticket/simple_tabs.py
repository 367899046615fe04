"""The panel's tab base classes and its read-only tabs (the campaign's script).

Each tab loads its data the first time it becomes visible, so opening a ticket only pays for
the tabs on screen. Editing in these tabs belongs to their own screens as they grow.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...models.formatting import date_only
from ...services import ticket_tabs
from ..context import AppContext
from ..widgets import Retranslating, name
from .list_parts import empty_label


class LazyTab(Retranslating, QWidget):
    """Loads on first show; reload() after a refresh."""

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, object_name: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.loaded = False
        name(self, object_name)

    # A tab that can show another ticket in the same widget lets the panel keep its docks and
    # widgets when the user goes from one ticket to the next (building them is most of the cost).
    switchable = False

    def can_switch(self) -> bool:
        """False while the tab holds work of its own ticket (a copy running, text typed)."""
        return self.switchable

    def switch_ticket(self, ticket_id: uuid.UUID) -> None:
        """Point the tab at another ticket; it loads again the next time it is seen."""
        self.ticket_id = ticket_id
        self.loaded = False
        self.forget()

    def forget(self) -> None:
        """Drop what the tab shows of the previous ticket (overridden by tabs with state)."""

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.load()

    def reload(self) -> None:
        if self.loaded:
            self.load()

    def load(self) -> None:  # pragma: no cover - overridden
        pass


class TreeTab(LazyTab):
    """A list with columns; subclasses say which columns and how rows become items."""

    headers: tuple[str, ...] = ()

    def __init__(self, ctx, ticket_id, object_name, parent=None) -> None:
        super().__init__(ctx, ticket_id, object_name, parent)
        self.tree = name(QTreeWidget(), object_name + "List")
        self.tree.setRootIsDecorated(False)
        name(self.tree.header(), object_name + "Header")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self._sized = False
        self.empty = empty_label(object_name + "Empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.retranslate()

    def column_titles(self) -> list[str]:
        return []

    def rows(self) -> list[list[str]]:
        return []

    def empty_text(self) -> str:
        return self.tr("Nothing here yet.")

    def load(self) -> None:
        self.tree.clear()
        items = []
        for values in self.rows():
            extra = values[-1] if values and isinstance(values[-1], dict) else {}
            texts = values[:-1] if extra else values
            item = QTreeWidgetItem([str(v) for v in texts])
            if "background" in extra:
                for c in range(len(texts)):
                    item.setBackground(c, QBrush(QColor(extra["background"])))
                    item.setForeground(c, QBrush(QColor("#1f2933")))
            if "tooltip" in extra:
                item.setToolTip(0, extra["tooltip"])
            items.append(item)
        self.tree.addTopLevelItems(items)
        if not self._sized and items:
            self._sized = True  # measure once: measuring every row costs more than loading it
            for c in range(self.tree.columnCount() - 1):
                self.tree.resizeColumnToContents(c)
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not items)
        self.tree.setVisible(bool(items))

    def retranslate(self) -> None:
        titles = self.column_titles()
        self.tree.setColumnCount(len(titles))
        self.tree.setHeaderLabels(titles)
        self.tree.setAccessibleName(self.accessible_title())
        self.tree.header().setAccessibleName(self.tr("Columns"))
        if self.loaded:
            self.load()

    def accessible_title(self) -> str:
        return ""


class ScriptTab(LazyTab):
    """T7: the campaign's script, rich text, read-only."""

    switchable = True

    def __init__(self, ctx, ticket_id, parent=None) -> None:
        super().__init__(ctx, ticket_id, "scriptTab", parent)
        self.browser = name(QTextBrowser(), "scriptBrowser")
        self.browser.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.retranslate()

    def forget(self) -> None:
        self.browser.clear()

    def load(self) -> None:
        html = ticket_tabs.script_html(self.ctx.db, self.ctx.user, self.ticket_id)
        self.browser.setHtml(html or f"<p><i>{self.tr('This campaign has no script.')}</i></p>")

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Campaign script"))


__all__ = ["LazyTab", "TreeTab", "date_only"]
