"""Small pieces of the users screens: a field with its problem said under it, and the presence dot."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...store.enums import Presence
from .admin_parts import ERROR_COLOUR

ERROR_STYLE = f"color: {ERROR_COLOUR};"
INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR};"

PRESENCE_COLOURS = {
    Presence.AVAILABLE: "#43a047", Presence.BUSY: "#e53935", Presence.AWAY: "#fb8c00", Presence.OFFLINE: "#9e9e9e",
}


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field with a problem (the sentence goes under it)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    # Only this widget (by its object name), not the list's viewport or a combo's popup.
    widget.setStyleSheet(f"#{widget.objectName()} {{ {INVALID_STYLE} }}" if invalid else "")


class FieldBox(QWidget):
    """A field and, under it, the sentence saying what is wrong with it (hidden when nothing is)."""

    def __init__(self, field: QWidget, object_name: str) -> None:
        super().__init__()
        self.field = field
        self.setObjectName(object_name + "Box")
        self.error = QLabel()
        self.error.setObjectName(object_name + "Error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))
        self.field.setAccessibleDescription(text)
        mark_invalid(self.field, bool(text))
