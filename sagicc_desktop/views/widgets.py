"""Small helpers every screen uses: names for accessibility and run-time retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


def name(widget: QWidget, object_name: str, accessible: str | None = None) -> QWidget:
    """Give a control its objectName (tests, styles) and an accessible name (screen readers)."""
    widget.setObjectName(object_name)
    if accessible is not None:
        widget.setAccessibleName(accessible)
    return widget


class Retranslating:
    """Mixin: calls self.retranslate() whenever the application language changes."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def add_row(form, widget: QWidget) -> None:
    """Add a form row with a real label (buddy set, so Alt+letter reaches the field)."""
    caption = QLabel()
    caption.setObjectName(widget.objectName() + "Label")
    caption.setBuddy(widget)
    form.addRow(caption, widget)
