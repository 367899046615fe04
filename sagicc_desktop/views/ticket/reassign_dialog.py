"""O1: pick the user who takes the ticket over (or nobody), seeing role, campaigns and presence."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from ...models.labels import label
from ...services import ticket_actions
from ...services.errors import ServiceError
from ...services.text import normalise
from ...store.enums import Presence
from ..context import AppContext
from ..icons import icon
from ..messages import show_error
from ..widgets import Retranslating, name

PRESENCE_COLOURS = {
    Presence.AVAILABLE: "#43a047", Presence.BUSY: "#e53935", Presence.AWAY: "#fb8c00", Presence.OFFLINE: "#9e9e9e",
}
UNASSIGNED = ""  # the item data of the "Unassigned" row


class ReassignDialog(Retranslating, QDialog):
    """Members of the ticket's campaign by default; a switch shows everyone else too."""

    sig_reassigned = Signal()

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.choices = ticket_actions.assignable_users(ctx.db, ctx.user, ticket_id)
        name(self, "reassignDialog")
        self.resize(720, 460)
        self.intro = name(QLabel(), "reassignIntro")
        self.intro.setWordWrap(True)
        self.filter = name(QLineEdit(), "reassignFilterEdit")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.other_campaigns = name(QCheckBox(), "otherCampaignsCheck")
        self.other_campaigns.toggled.connect(self._apply_filter)
        self.users = name(QTreeWidget(), "assigneeList")
        self.users.setRootIsDecorated(False)
        self.users.setAlternatingRowColors(True)
        self.users.setColumnCount(4)
        self.users.itemSelectionChanged.connect(self._selection_changed)
        self.users.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "reassignOkButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "reassignCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.other_campaigns)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.users, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.filter.setFocus()

    def _fill(self) -> None:
        selected = self.selected_id()
        self.users.clear()
        nobody = QTreeWidgetItem([self.tr("Unassigned") + " — " + self.tr("anyone may take the ticket")])
        nobody.setData(0, Qt.ItemDataRole.UserRole, UNASSIGNED)
        nobody.setIcon(0, icon("fa5s.user-slash"))
        self.users.addTopLevelItem(nobody)
        nobody.setFirstColumnSpanned(True)
        for u in self.choices.users:
            text = u.name + (" " + self.tr("(current)") if u.is_current else "")
            item = QTreeWidgetItem([text, label(u.role), ", ".join(u.campaigns), label(u.presence)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(u.user_id))
            item.setData(0, Qt.ItemDataRole.UserRole + 1, u.in_ticket_campaign)
            item.setData(0, Qt.ItemDataRole.UserRole + 2, normalise(u.name))
            item.setIcon(3, icon("fa5s.circle", PRESENCE_COLOURS[u.presence]))
            item.setToolTip(2, item.text(2))
            if u.is_current:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(0, self.tr("The ticket is already assigned to this user."))
                item.setForeground(0, self.palette().placeholderText())
            self.users.addTopLevelItem(item)
        self._apply_filter()
        if selected is not None:
            self.select(selected)
        self._selection_changed()

    def _apply_filter(self, *_args) -> None:
        needle = normalise(self.filter.text())
        everyone = self.other_campaigns.isChecked()
        for i in range(self.users.topLevelItemCount()):
            item = self.users.topLevelItem(i)
            data = item.data(0, Qt.ItemDataRole.UserRole)
            if data == UNASSIGNED:
                item.setHidden(bool(needle))
                continue
            member = bool(item.data(0, Qt.ItemDataRole.UserRole + 1))
            matches = needle in (item.data(0, Qt.ItemDataRole.UserRole + 2) or "")
            item.setHidden(not matches or not (member or everyone))
        current = self.users.currentItem()
        if current is not None and current.isHidden():
            self.users.clearSelection()

    def visible_names(self) -> list[str]:
        return [self.users.topLevelItem(i).text(0) for i in range(self.users.topLevelItemCount())
                if not self.users.topLevelItem(i).isHidden()]

    def select(self, user_id: uuid.UUID | str | None) -> bool:
        """Select a row by user id (None: Unassigned); False when it is not offered."""
        wanted = UNASSIGNED if user_id is None else str(user_id)
        for i in range(self.users.topLevelItemCount()):
            item = self.users.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == wanted and not item.isHidden() \
                    and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.users.setCurrentItem(item)
                return True
        return False

    def selected_id(self) -> uuid.UUID | None | bool:
        """The chosen user id, None for Unassigned, False when nothing is chosen."""
        items = [i for i in self.users.selectedItems() if not i.isHidden()]
        if not items:
            return False
        data = items[0].data(0, Qt.ItemDataRole.UserRole)
        return None if data == UNASSIGNED else uuid.UUID(data)

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not False
        self.ok_button.setEnabled(chosen)
        self.ok_button.setToolTip("" if chosen else self.tr("Choose a user, or Unassigned."))

    def accept(self) -> None:
        chosen = self.selected_id()
        if chosen is False:
            return
        try:
            ticket_actions.reassign(self.ctx.db, self.ctx.user, self.ticket_id, chosen)
        except ServiceError as exc:
            show_error(self, exc)
            return
        super().accept()
        self.sig_reassigned.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reassign ticket"))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(
            self.tr("Choose who takes this ticket over. The ticket stays in the campaign %1; "
                    "you go back to the Tickets module.").replace("%1", self.choices.campaign_name))
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setAccessibleName(self.tr("Filter users by name"))
        self.other_campaigns.setText(self.tr("Show users of other campaigns"))
        self.other_campaigns.setAccessibleName(self.other_campaigns.text())
        self.users.setHeaderLabels([self.tr("User"), self.tr("Role"), self.tr("Campaigns"), self.tr("Presence")])
        self.users.setAccessibleName(self.tr("Users"))
        name(self.users.header(), "assigneeListHeader", self.tr("Column headers"))
        self.users.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.users.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.users.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.users.header().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.users.header().setStretchLastSection(False)
        self.ok_button.setText(self.tr("Reassign"))
        self.ok_button.setAccessibleName(self.tr("Reassign"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._fill()
