"""Custom item-data roles shared by the models and the views that read them."""

from PySide6.QtCore import Qt

TicketIdRole = Qt.ItemDataRole.UserRole + 1
TicketNumberRole = Qt.ItemDataRole.UserRole + 2
SortValueRole = Qt.ItemDataRole.UserRole + 3
