"""The customer's assigned user, for all campaigns or per campaign (T1, C1): assign, change, remove.

Who may do what is the service's rule (customer_assignment: administrators and the assigned user
change or remove; administrators and the all-campaigns assignee add); the panel reflects it
with disabled actions whose tooltip says why, and still tells a refusal in words.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...services import customer_assignment, customer_edit, directory
from ...services.errors import ServiceError
from ..messages import describe, show_error
from ..messages_customers import read_only_text
from ..ticket.confirm import confirm
from ..ticket.list_parts import ID_ROLE, action_bar, empty_label, item_list, list_action, notice_label, selected_id
from ..widgets import Retranslating, add_row, name

ALL_CAMPAIGNS = ""  # the campaign combo's data for "All campaigns"


class AssignmentDialog(Retranslating, QDialog):
    """Campaign (fixed when changing) and user; save(campaign_id, user_id) closes it only if it
    succeeds, a refusal is told inside with the choice kept."""

    def __init__(self, ctx, save: Callable[[uuid.UUID | None, uuid.UUID], None], *,
                 assignment: customer_assignment.Assignment | None = None, parent=None) -> None:
        super().__init__(parent)
        name(self, "assignmentDialog")
        self._save = save
        self.changing = assignment is not None
        self.campaign = name(QComboBox(), "assignmentCampaignCombo")
        self.campaign.addItem("", ALL_CAMPAIGNS)
        for campaign in directory.campaigns(ctx.db):
            self.campaign.addItem(campaign.name, str(campaign.id))
        self.user = name(QComboBox(), "assignmentUserCombo")
        for user in directory.users(ctx.db):
            self.user.addItem(user.name, str(user.id))
        if assignment is not None:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(
                str(assignment.campaign_id) if assignment.campaign_id else ALL_CAMPAIGNS)))
            self.campaign.setEnabled(False)
            self.user.setCurrentIndex(max(0, self.user.findData(str(assignment.user_id))))
        self.message = name(QLabel(), "assignmentDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Save), "assignmentSaveButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                                  "assignmentCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        add_row(self.form, self.campaign)
        add_row(self.form, self.user)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.user if self.changing else self.campaign).setFocus()

    def accept(self) -> None:
        campaign = self.campaign.currentData()
        user = self.user.currentData()
        if not user:
            return
        try:
            self._save(uuid.UUID(campaign) if campaign else None, uuid.UUID(user))
        except ServiceError as exc:
            self.message.setText(describe(exc))
            self.message.show()
            return
        super().accept()

    def retranslate(self) -> None:
        title = self.tr("Change assigned user") if self.changing else self.tr("Assign user")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.campaign.setItemText(0, self.tr("All campaigns"))
        self.form.labelForField(self.campaign).setText(self.tr("&Campaign:"))
        self.form.labelForField(self.user).setText(self.tr("&User:"))
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.user.setAccessibleName(self.tr("User"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.message.setAccessibleName(self.tr("Why it was not saved"))


class AssignedUsersPanel(Retranslating, QWidget):
    """The list (All campaigns first) with Assign (Insert), Change (F2) and Remove (Del, confirmed)."""

    sig_changed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.ticket_id: uuid.UUID | None = None
        self.why_read_only = ""
        self.rows: list[customer_assignment.Assignment] = []
        self.may_add = False
        self.dialog: AssignmentDialog | None = None
        self.confirm_box: QMessageBox | None = None
        name(self, "assignedUsersPanel")
        self.tree = item_list("assignedUsersList", 3)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemActivated.connect(lambda *_: self.change())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = empty_label("assignedUsersEmpty")
        self.notice = notice_label("assignedUsersNotice")
        self.add_action = list_action(self, self.tree, "assignUserAction", "fa5s.user-plus", self.add, Qt.Key.Key_Insert)
        self.change_action = list_action(self, self.tree, "changeAssignedUserAction", "fa5s.user-edit", self.change,
                                         Qt.Key.Key_F2)
        self.remove_action = list_action(self, self.tree, "removeAssignedUserAction", "fa5s.user-times", self.remove,
                                         QKeySequence.StandardKey.Delete)
        self.toolbar, self.buttons = action_bar("assignedUsersToolbar", [
            (self.add_action, "assignUserButton"), (self.change_action, "changeAssignedUserButton"),
            (self.remove_action, "removeAssignedUserButton")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.notice)
        self.retranslate()

    def set_customer(self, customer_id: uuid.UUID | None, *, ticket_id: uuid.UUID | None = None,
                     why_read_only: str | None = None) -> None:
        """why_read_only: the caller's sentence ("" when writable); None asks the service (the profile)."""
        if why_read_only is None and customer_id is not None:
            form = customer_edit.customer_form(self.ctx.db, self.ctx.user, customer_id)
            why_read_only = read_only_text(form.read_only_reason)
        self.customer_id, self.ticket_id, self.why_read_only = customer_id, ticket_id, why_read_only or ""
        self.load()

    def clear(self) -> None:
        self.customer_id, self.rows, self.may_add = None, [], False
        self.tree.clear()
        self._update_actions()

    def load(self) -> None:
        selected = selected_id(self.tree)
        self.tree.clear()
        if self.customer_id:
            self.rows = customer_assignment.list_assignments(self.ctx.db, self.ctx.user, self.customer_id)
            self.may_add = customer_assignment.can_add(self.ctx.db, self.ctx.user, self.customer_id)
        else:
            self.rows, self.may_add = [], False
        for row in self.rows:
            item = QTreeWidgetItem([row.campaign_name if row.campaign_id else self.tr("All campaigns"),
                                    row.user_name, date_time(row.assigned_at)])
            item.setData(0, ID_ROLE, str(row.id))
            self.tree.addTopLevelItem(item)
            if str(row.id) == selected:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._update_actions()

    def selected_row(self) -> customer_assignment.Assignment | None:
        wanted = selected_id(self.tree)
        return next((r for r in self.rows if str(r.id) == wanted), None)

    def _update_actions(self) -> None:
        why = self.why_read_only or ("" if self.customer_id else self.tr("This ticket has no customer yet."))
        row = self.selected_row()
        only = self.tr("Only administrators and the assigned user may change or remove this assignment.")
        pick = self.tr("Select an assignment first.")
        add_tip = why or (self.tr("Assign a user to this customer, for one campaign or for all (Insert)")
                          if self.may_add else
                          self.tr("Only administrators and the user assigned for all campaigns may assign users."))
        self.add_action.setEnabled(not why and self.may_add)
        self.add_action.setToolTip(add_tip)
        for act, tip in ((self.change_action, self.tr("Change who is assigned (F2)")),
                         (self.remove_action, self.tr("Remove the assignment (Del)"))):
            act.setEnabled(not why and row is not None and row.can_change)
            act.setToolTip(why or (pick if row is None else tip if row.can_change else only))
        self.notice.setText(why)
        self.notice.setVisible(bool(why) and self.customer_id is not None)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: AssignmentDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()

    def _done(self) -> None:
        self.load()
        self.sig_changed.emit()

    def add(self) -> None:
        if not self.add_action.isEnabled():
            return

        def save(campaign_id, user_id) -> None:
            customer_assignment.set_assignment(self.ctx.db, self.ctx.user, self.customer_id, user_id, campaign_id,
                                               ticket_id=self.ticket_id)
            self._done()

        self._open(AssignmentDialog(self.ctx, save, parent=self))

    def change(self) -> None:
        row = self.selected_row()
        if row is None or not self.change_action.isEnabled():
            return

        def save(campaign_id, user_id) -> None:
            try:
                customer_assignment.set_assignment(self.ctx.db, self.ctx.user, self.customer_id, user_id,
                                                   campaign_id, expected_version=row.version,
                                                   ticket_id=self.ticket_id)
            except ServiceError:
                self.load()
                raise
            self._done()

        self._open(AssignmentDialog(self.ctx, save, assignment=row, parent=self))

    def remove(self) -> None:
        row = self.selected_row()
        if row is None or not self.remove_action.isEnabled():
            return

        def run() -> None:
            try:
                customer_assignment.remove_assignment(self.ctx.db, self.ctx.user, self.customer_id, row.id,
                                                      ticket_id=self.ticket_id)
            except ServiceError as exc:
                self.load()
                show_error(self, exc)
                return
            self._done()

        scope = row.campaign_name if row.campaign_id else self.tr("All campaigns")
        self.confirm_box = confirm(
            self, "confirmRemoveAssignment", self.tr("Remove assigned user"),
            self.tr("Remove %1 as the customer's assigned user (%2)?").replace("%1", row.user_name)
            .replace("%2", scope), self.tr("&Remove"), run)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Campaign"), self.tr("Assigned user"), self.tr("Since")])
        self.tree.setAccessibleName(self.tr("Assigned users"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("Nobody is assigned to this customer."))
        for act, text in ((self.add_action, self.tr("Assign…")), (self.change_action, self.tr("Change…")),
                          (self.remove_action, self.tr("Remove"))):
            act.setText(text)
        for act, button in self.buttons.items():
            button.setAccessibleName(act.text().rstrip("…"))
        if self.customer_id:
            self.load()
        else:
            self._update_actions()
