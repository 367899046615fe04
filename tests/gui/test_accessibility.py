"""X3: every control a user can reach has an objectName and an accessible name."""

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
    QTextEdit, QWidget,
)

from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.objectName().startswith("qt_") or type(widget).__name__ in ("QDockWidgetTitleButton",):
            continue  # Qt's own parts of a composite widget (dock buttons, spin box edits ...)
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or date edit: named by its owner
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {type(parent).__name__}")
    return missing


def test_main_window_controls_are_named(qtbot, make_ctx):
    window = show_active(qtbot, MainWindow(make_ctx("admin")))
    assert _unnamed(window) == []


def test_ticket_view_controls_are_named(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = show_active(qtbot, MainWindow(ctx))
    view = window.open_ticket(TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id)
    for key in view.panel.docks:
        view.panel.show_tab(key)
    assert _unnamed(view) == []
