"""T2: the Contact tab: the ticket's customer's contact data, edited in place, with the block list.

Blocked values carry a red icon and a tooltip with the block's reason. Closed tickets and
viewers see the list with every control disabled and a tooltip saying why.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QVBoxLayout

from ...services import block_list, contacts
from ...services.errors import NotFound, ServiceError, StaleEdit
from ..icons import icon
from ..messages import show_error
from ..widgets import name
from .contact_dialogs import BlockDialog, ContactDialog, kind_label
from .list_parts import ID_ROLE, action_bar, empty_label, item_by_id, item_list, list_action, notice_label, selected_id
from .simple_tabs import LazyTab

BLOCKED_COLOUR = "#c62828"
_ID = ID_ROLE


class ContactTab(LazyTab):
    sig_ticket_changed = Signal()  # contact data is shown elsewhere too (composer, header refresh)

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "contactTab", parent)
        self.listing: contacts.ContactList | None = None
        self.dialog: ContactDialog | BlockDialog | None = None
        self.confirm: QMessageBox | None = None

        self.tree = item_list("contactList", 4)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemActivated.connect(lambda *_: self.edit_action.trigger())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = empty_label("contactEmpty")
        self.notice = notice_label("contactReadOnlyNotice")

        def action(object_name: str, icon_name: str, slot, shortcut=None) -> QAction:
            return list_action(self, self.tree, object_name, icon_name, slot, shortcut)

        self.add_action = action("addContactAction", "fa5s.plus", self.add, Qt.Key.Key_Insert)
        self.edit_action = action("editContactAction", "fa5s.pen", self.edit, Qt.Key.Key_F2)
        self.delete_action = action("deleteContactAction", "fa5s.trash-alt", self.delete, QKeySequence.StandardKey.Delete)
        self.block_action = action("blockContactAction", "fa5s.ban", self.block)
        self.unblock_action = action("unblockContactAction", "fa5s.undo", self.unblock)
        self.toolbar, self.buttons = action_bar("contactToolbar", [
            (self.add_action, "addContactButton"), (self.edit_action, "editContactButton"),
            (self.delete_action, "deleteContactButton"), (self.block_action, "blockContactButton"),
            (self.unblock_action, "unblockContactButton")])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.notice)
        self.retranslate()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_id()
        self.listing = contacts.list_contacts(self.ctx.db, self.ctx.user, self.ticket_id)
        self.tree.clear()
        for row in self.listing.rows:
            item = QTreeWidgetItem([kind_label(row.kind), row.value, row.label,
                                    self.tr("Primary") if row.is_primary else ""])
            item.setData(0, _ID, str(row.id))
            if row.blocked:
                tip = self.tr("Blocked: receives nothing.")
                if row.block_reason:
                    tip += " " + self.tr("Reason: %1").replace("%1", row.block_reason)
                item.setIcon(1, icon("fa5s.ban", BLOCKED_COLOUR))
                item.setForeground(1, QBrush(QColor(BLOCKED_COLOUR)))
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("%1, blocked").replace("%1", row.value))
                for column in range(4):
                    item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
            if str(row.id) == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        has_rows = bool(self.listing.rows)
        self.tree.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_actions()

    def selected_id(self) -> str | None:
        return selected_id(self.tree)

    def selected_row(self) -> contacts.ContactPointRow | None:
        wanted = self.selected_id()
        if self.listing is None or wanted is None:
            return None
        return next((r for r in self.listing.rows if str(r.id) == wanted), None)

    def select(self, contact_id: uuid.UUID | str) -> None:
        item = item_by_id(self.tree, contact_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    # -- permissions -------------------------------------------------------------------------
    def why_read_only(self) -> str:
        reason = self.listing.read_only_reason if self.listing else None
        return {
            contacts.VIEWER: self.tr("Viewers can read contact data but not change it."),
            contacts.CLOSED: self.tr("This ticket is closed: its customer's contact data cannot be changed here."),
            contacts.NO_CUSTOMER: self.tr("This ticket has no customer yet."),
        }.get(reason, "")

    def _update_actions(self) -> None:
        why = self.why_read_only()
        row = self.selected_row()
        pick = self.tr("Select a contact first.")
        self._set(self.add_action, not why, why or self.tr("Add contact data (Insert)"))
        self._set(self.edit_action, not why and row is not None, why or (pick if row is None else self.tr("Edit (F2)")))
        self._set(self.delete_action, not why and row is not None,
                  why or (pick if row is None else self.tr("Delete (Del)")))
        if why:
            block_tip = unblock_tip = why
        elif row is None:
            block_tip = unblock_tip = pick
        else:
            block_tip = self.tr("Already on the block list.") if row.blocked else self.tr(
                "Add this value to the block list: it will receive nothing.")
            if not row.blocked:
                unblock_tip = self.tr("This value is not on the block list.")
            elif not (self.listing and self.listing.can_unblock):
                unblock_tip = self.tr("Only supervisors and administrators may take a value off the block list.")
            else:
                unblock_tip = self.tr("Take this value off the block list.")
        writable = not why and row is not None
        self._set(self.block_action, writable and not row.blocked, block_tip)
        self._set(self.unblock_action, writable and row.blocked and bool(self.listing and self.listing.can_unblock),
                  unblock_tip)
        self.notice.setText(why)
        self.notice.setVisible(bool(why))

    @staticmethod
    def _set(act: QAction, enabled: bool, tip: str) -> None:
        act.setEnabled(bool(enabled))
        act.setToolTip(tip)

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> None:
        if not self.add_action.isEnabled():
            return

        def save(values: dict) -> None:
            new_id = contacts.add_contact(self.ctx.db, self.ctx.user, self.ticket_id, **values)
            self._changed(new_id)

        self._open(ContactDialog(save, parent=self))

    def edit(self) -> None:
        row = self.selected_row()
        if row is None or not self.edit_action.isEnabled():
            return
        dialog: ContactDialog

        def save(values: dict) -> None:
            try:
                contacts.update_contact(self.ctx.db, self.ctx.user, self.ticket_id, row.id, dialog.expected_version,
                                        **values)
            except StaleEdit:
                # Keep the user's edit open; a second Save knowingly replaces the newer one.
                dialog.expected_version = contacts.current_version(self.ctx.db, self.ctx.user, self.ticket_id, row.id)
                self.load()
                raise
            except NotFound:
                self.load()
                raise
            self._changed(row.id)

        dialog = ContactDialog(save, {"kind": row.kind, "value": row.value, "label": row.label,
                                      "is_primary": row.is_primary}, parent=self)
        dialog.expected_version = row.version
        self._open(dialog)

    def delete(self) -> None:
        row = self.selected_row()
        if row is None or not self.delete_action.isEnabled():
            return
        box = self._confirm_box(
            "confirmDeleteContact", self.tr("Delete contact data"),
            self.tr("Delete “%1” from this customer's contact data?").replace("%1", row.value),
            self.tr("&Delete"),
        )
        box.accepted_button.clicked.connect(lambda: self._run(
            lambda: contacts.delete_contact(self.ctx.db, self.ctx.user, self.ticket_id, row.id, row.version)))

    def block(self) -> None:
        row = self.selected_row()
        if row is None or not self.block_action.isEnabled():
            return

        def save(reason: str) -> None:
            block_list.block_contact(self.ctx.db, self.ctx.user, self.ticket_id, row.id, reason)
            self._changed(row.id)

        self._open(BlockDialog(save, row.value, parent=self))

    def unblock(self) -> None:
        row = self.selected_row()
        if row is None or not self.unblock_action.isEnabled():
            return
        box = self._confirm_box(
            "confirmUnblockContact", self.tr("Take off the block list"),
            self.tr("Take “%1” off the block list? It will receive messages and calls again.").replace("%1", row.value),
            self.tr("&Unblock"),
        )
        box.accepted_button.clicked.connect(lambda: self._run(
            lambda: block_list.unblock_contact(self.ctx.db, self.ctx.user, self.ticket_id, row.id)))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _confirm_box(self, object_name: str, title: str, text: str, accept_text: str) -> QMessageBox:
        """A window-modal question; the destructive button is not the default (Enter cancels)."""
        box = name(QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self),
                   object_name, title)
        box.accepted_button = name(box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole),
                                   object_name + "Accept", accept_text.replace("&", ""))
        cancel = name(box.addButton(QMessageBox.StandardButton.Cancel), object_name + "Cancel", self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()
        return box

    def _run(self, call) -> None:
        try:
            call()
        except ServiceError as exc:
            show_error(self, exc)
            self.load()
            return
        self._changed(self.selected_id())

    def _changed(self, select_id=None) -> None:
        self.load()
        if select_id is not None:
            self.select(select_id)
        self.sig_ticket_changed.emit()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = [self.tr("Type"), self.tr("Contact data"), self.tr("Label"), self.tr("Primary")]
        self.tree.setHeaderLabels(titles)
        self.tree.setAccessibleName(self.tr("Contact data"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("This customer has no contact data yet."))
        self.notice.setAccessibleName(self.tr("Why this tab is read-only"))
        self.toolbar.setAccessibleName(self.tr("Contact data actions"))
        texts = {
            self.add_action: self.tr("Add"), self.edit_action: self.tr("Edit"), self.delete_action: self.tr("Delete"),
            self.block_action: self.tr("Block"), self.unblock_action: self.tr("Unblock"),
        }
        names = {
            self.add_action: self.tr("Add contact data"), self.edit_action: self.tr("Edit contact data"),
            self.delete_action: self.tr("Delete contact data"), self.block_action: self.tr("Add to the block list"),
            self.unblock_action: self.tr("Take off the block list"),
        }
        for act, text in texts.items():
            act.setText(text)
            self.buttons[act].setAccessibleName(names[act])
        if self.loaded:
            self.load()
        else:
            self._update_actions()
