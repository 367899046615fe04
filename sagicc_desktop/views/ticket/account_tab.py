"""T3: the Account tab: the customer's accounts, the selected one's additional data beneath,
and "Use for this ticket", which sets the ticket's account (the header then shows it).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...services import accounts, contacts
from ...services.errors import NotFound, ServiceError, StaleEdit
from ..icons import icon
from ..messages import show_error
from ..widgets import name
from .account_dialogs import AccountDialog, status_label
from .list_parts import ID_ROLE, action_bar, empty_label, item_by_id, item_list, list_action, notice_label, selected_id
from .simple_tabs import LazyTab

TICKET_ACCOUNT_COLOUR = "#2e7d32"
_ID = ID_ROLE


class AccountTab(LazyTab):
    sig_ticket_changed = Signal()  # accounts or the ticket's account changed: header and other tabs reload

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "accountTab", parent)
        self.listing: accounts.AccountList | None = None
        self.dialog: AccountDialog | None = None

        self.tree = item_list("accountList", 3)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_action.trigger())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = empty_label("accountEmpty")

        self.data_title = name(QLabel(), "accountDataTitle")
        self.data_title.setStyleSheet("font-weight: bold; padding: 4px 2px 0 2px;")
        self.data = name(QTreeWidget(), "accountDataList")
        self.data.setRootIsDecorated(False)
        self.data.setAlternatingRowColors(True)
        self.data.setColumnCount(2)
        name(self.data.header(), "accountDataHeader")
        self.data_empty = name(QLabel(), "accountDataEmpty")
        self.data_empty.setStyleSheet("color: palette(mid); padding: 8px;")
        self.data_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = notice_label("accountReadOnlyNotice")

        def action(object_name: str, icon_name: str, slot, shortcut=None) -> QAction:
            return list_action(self, self.tree, object_name, icon_name, slot, shortcut)

        self.add_action = action("addAccountAction", "fa5s.plus", self.add, Qt.Key.Key_Insert)
        self.edit_action = action("editAccountAction", "fa5s.pen", self.edit, Qt.Key.Key_F2)
        self.use_action = action("useAccountAction", "fa5s.check-circle", self.use_for_ticket)
        self.toolbar, self.buttons = action_bar("accountToolbar", [
            (self.add_action, "addAccountButton"), (self.edit_action, "editAccountButton"),
            (self.use_action, "useAccountButton")])

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.empty, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(self.data_title)
        bottom_layout.addWidget(self.data, 1)
        bottom_layout.addWidget(self.data_empty, 1)
        self.splitter = name(QSplitter(Qt.Orientation.Vertical), "accountSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 600])  # as weights: the data usually has more rows than the accounts

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice)
        self.retranslate()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_id()
        self.listing = accounts.list_accounts(self.ctx.db, self.ctx.user, self.ticket_id)
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        current = None
        for a in self.listing.accounts:
            item = QTreeWidgetItem([a.number, a.name, status_label(a.status)])
            item.setData(0, _ID, str(a.id))
            if a.is_ticket_account:
                item.setIcon(0, icon("fa5s.check-circle", TICKET_ACCOUNT_COLOUR))
                tip = self.tr("This ticket's account")
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{a.number}, {tip}")
                for column in range(3):
                    item.setFont(column, bold)
                    item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
            if str(a.id) == selected or (selected is None and a.is_ticket_account):
                current = item
        if current is None and self.tree.topLevelItemCount():
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
            current.setSelected(True)
        self.tree.blockSignals(False)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        has_rows = bool(self.listing.accounts)
        self.tree.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._selection_changed()

    def selected_id(self) -> str | None:
        return selected_id(self.tree)

    def selected(self) -> accounts.AccountItem | None:
        wanted = self.selected_id()
        if self.listing is None or wanted is None:
            return None
        return next((a for a in self.listing.accounts if str(a.id) == wanted), None)

    def select(self, account_id: uuid.UUID | str) -> None:
        item = item_by_id(self.tree, account_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _selection_changed(self) -> None:
        account = self.selected()
        self.data.clear()
        if account is None:
            self.data_title.setText(self.tr("Additional data"))
        else:
            self.data_title.setText(self.tr("Additional data of %1").replace("%1", account.number))
            self.data.addTopLevelItems([QTreeWidgetItem([k, v]) for k, v in account.data])
            self.data.resizeColumnToContents(0)
        has_data = account is not None and bool(account.data)
        self.data.setVisible(has_data)
        self.data_empty.setVisible(not has_data)
        self.data_empty.setText(self.tr("No additional data.") if account else self.tr("Select an account to see its data."))
        self._update_actions()

    # -- permissions -------------------------------------------------------------------------
    def why_read_only(self) -> str:
        reason = self.listing.read_only_reason if self.listing else None
        return {
            contacts.VIEWER: self.tr("Viewers can read accounts but not change them."),
            contacts.CLOSED: self.tr("This ticket is closed: its accounts cannot be changed here."),
            contacts.NO_CUSTOMER: self.tr("This ticket has no customer yet."),
        }.get(reason, "")

    def _update_actions(self) -> None:
        why = self.why_read_only()
        account = self.selected()
        pick = self.tr("Select an account first.")
        self._set(self.add_action, not why, why or self.tr("Add an account for this customer (Insert)"))
        self._set(self.edit_action, not why and account is not None,
                  why or (pick if account is None else self.tr("Edit the account and its data (F2)")))
        if why:
            use_tip = why
        elif account is None:
            use_tip = pick
        elif account.is_ticket_account:
            use_tip = self.tr("This is already the ticket's account.")
        else:
            use_tip = self.tr("Make this the ticket's account.")
        self._set(self.use_action, not why and account is not None and not account.is_ticket_account, use_tip)
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
            new_id = accounts.add_account(self.ctx.db, self.ctx.user, self.ticket_id, **values)
            self.load()
            self.select(new_id)
            self.sig_ticket_changed.emit()  # the Ticket tab offers the customer's accounts

        self._open(AccountDialog(save, parent=self))

    def edit(self) -> None:
        account = self.selected()
        if account is None or not self.edit_action.isEnabled():
            return
        dialog: AccountDialog

        def save(values: dict) -> None:
            try:
                accounts.update_account(self.ctx.db, self.ctx.user, self.ticket_id, account.id,
                                        dialog.expected_version, **values)
            except StaleEdit:
                # Keep the user's edit open; a second Save knowingly replaces the newer one.
                dialog.expected_version = accounts.current_version(self.ctx.db, self.ctx.user, self.ticket_id,
                                                                   account.id)
                self.load()
                raise
            except NotFound:
                self.load()
                raise
            self.load()
            self.select(account.id)
            self.sig_ticket_changed.emit()  # the header and the Ticket tab show account numbers

        dialog = AccountDialog(save, {"number": account.number, "name": account.name, "status": account.status,
                                      "data": account.data}, parent=self)
        dialog.expected_version = account.version
        self._open(dialog)

    def use_for_ticket(self) -> None:
        account = self.selected()
        if account is None or not self.use_action.isEnabled() or self.listing is None:
            return
        try:
            accounts.use_for_ticket(self.ctx.db, self.ctx.user, self.ticket_id, account.id,
                                    expected_account_id=self.listing.ticket_account_id)
        except ServiceError as exc:
            show_error(self, exc)
            self.load()
            return
        self.load()
        self.select(account.id)
        self.sig_ticket_changed.emit()

    def _open(self, dialog: AccountDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Account"), self.tr("Product or service"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Accounts"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.data.setHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.data.setAccessibleName(self.tr("Additional data of the selected account"))
        self.data.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("This customer has no accounts yet."))
        self.notice.setAccessibleName(self.tr("Why this tab is read-only"))
        self.toolbar.setAccessibleName(self.tr("Account actions"))
        self.splitter.setAccessibleName(self.tr("Accounts and their data"))
        texts = {self.add_action: self.tr("Add"), self.edit_action: self.tr("Edit"),
                 self.use_action: self.tr("Use for this ticket")}
        names = {self.add_action: self.tr("Add account"), self.edit_action: self.tr("Edit account"),
                 self.use_action: self.tr("Use for this ticket")}
        for act, text in texts.items():
            act.setText(text)
            self.buttons[act].setAccessibleName(names[act])
        if self.loaded:
            self.load()
        else:
            self._selection_changed()
