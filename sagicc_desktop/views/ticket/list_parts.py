"""The pieces the tabs' lists share: the list itself, its empty and read-only lines, the
actions with their keys and the tool bar that folds them into » in a narrow column, and
finding a row by the id it carries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolBar, QToolButton, QTreeWidget, QTreeWidgetItem, QWidget

from ..icons import icon
from ..widgets import name

ID_ROLE = Qt.ItemDataRole.UserRole


def item_list(object_name: str, columns: int) -> QTreeWidget:
    """A flat, single-selection list with columns, its header named for screen readers."""
    tree = name(QTreeWidget(), object_name)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setColumnCount(columns)
    name(tree.header(), object_name + "Header")
    return tree


def empty_label(object_name: str) -> QLabel:
    """The muted line shown instead of a list that has no rows."""
    label = name(QLabel(), object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)  # a long sentence wraps in a narrow column instead of widening it
    label.setStyleSheet("color: palette(mid); padding: 16px;")
    label.hide()
    return label


def notice_label(object_name: str) -> QLabel:
    """The line under a list that says why it is read-only."""
    label = name(QLabel(), object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6b76; padding: 2px 6px 4px 6px;")
    label.hide()
    return label


def list_action(owner: QWidget, tree: QWidget, object_name: str, icon_name: str, slot: Callable,
                shortcut=None) -> QAction:
    """An action of the list: in its context menu, and with its key while the tab has focus."""
    act = QAction(icon(icon_name), "", owner)
    act.setObjectName(object_name)
    act.triggered.connect(slot)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(act)
    tree.addAction(act)
    return act


def action_bar(object_name: str, actions: list[tuple[QAction, str]]) -> tuple[QToolBar, dict[QAction, QToolButton]]:
    """A tool bar rather than a row of buttons: in a narrow column the rest go to its » menu."""
    toolbar = name(QToolBar(), object_name)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(16, 16))
    buttons: dict[QAction, QToolButton] = {}
    for act, button_name in actions:
        toolbar.addAction(act)
        buttons[act] = name(toolbar.widgetForAction(act), button_name)
    return toolbar, buttons


def item_by_id(tree: QTreeWidget, value) -> QTreeWidgetItem | None:
    """The row whose first column carries this id (as text) in ID_ROLE."""
    wanted = str(value)
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, ID_ROLE) == wanted:
            return item
    return None


def selected_id(tree: QTreeWidget) -> str | None:
    items = tree.selectedItems()
    return items[0].data(0, ID_ROLE) if items else None
