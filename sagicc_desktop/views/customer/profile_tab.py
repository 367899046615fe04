"""What every tab of the customer profile shares: it reads its data only when first shown."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..widgets import Retranslating


class ProfileTab(Retranslating, QWidget):
    """A tab loads on first show (load()), so opening a profile reads only the visible tab."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.loaded = False

    def show_customer(self, customer_id: uuid.UUID) -> None:
        """Point the tab at a customer; it reads again next time it is shown."""
        self.customer_id, self.loaded = customer_id, False

    def ensure_loaded(self) -> None:
        """Read the tab's data if not yet read (ServiceError goes to the caller)."""
        if not self.loaded and self.customer_id is not None:
            self.load()
            self.loaded = True

    def load(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
