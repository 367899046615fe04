"""C2 Contact details, C4 Related customers (read-only list) and Accounts of the profile."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout

from ...models.labels import document_label
from ...services import customer_profile
from ...services.errors import ServiceError
from ..ticket.confirm import confirm
from ..ticket.contact_dialogs import kind_label
from ..ticket.list_parts import ID_ROLE, empty_label, item_list
from ..widgets import name
from ..messages import show_error as show_customer_error
from .profile_tab import ProfileTab


class ContactsTab(ProfileTab):
    """The customer's phones, e-mail addresses and other contact data, primary first."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerContactsTab")
        self.list = item_list("customerContactList", 4)
        self.empty = empty_label("customerContactsEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.rows: tuple = ()
        self.retranslate()

    def load(self) -> None:
        self.rows = customer_profile.contact_details(self.ctx.db, self.ctx.user, self.customer_id)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for row in self.rows:
            flags = [self.tr("Main")] if row.is_primary else []
            if row.blocked:
                flags.append(self.tr("Blocked"))
            item = QTreeWidgetItem([kind_label(row.kind), row.value, row.label, ", ".join(flags)])
            item.setData(0, ID_ROLE, str(row.id))
            self.list.addTopLevelItem(item)
        for c in range(3):
            self.list.resizeColumnToContents(c)
        self.empty.setVisible(not self.rows)
        self.list.setVisible(bool(self.rows))

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Value"), self.tr("Label"), ""])
        self.list.setAccessibleName(self.tr("Contact details"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("This customer has no contact details."))
        if self.loaded:
            self._fill()


class RelatedTab(ProfileTab):
    """Related customers. When the relations panel (add, edit tags, remove) is available it is
    shown here; otherwise a read-only list. Double-click opens the related customer."""

    sig_open_customer = Signal(object)  # uuid.UUID

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerRelatedTab")
        self.panel = _relations_panel(ctx)
        layout = QVBoxLayout(self)
        if self.panel is not None:
            self.panel.sig_open_customer.connect(self.sig_open_customer)
            layout.addWidget(self.panel, 1)
            self.list = None
        else:
            self.list = item_list("customerRelatedList", 3)
            self.list.itemActivated.connect(self._activate)
            self.empty = empty_label("customerRelatedEmpty")
            layout.addWidget(self.list, 1)
            layout.addWidget(self.empty)
        self.rows: list = []
        self.retranslate()

    def load(self) -> None:
        if self.panel is not None:
            self.panel.set_customer(self.customer_id)
            return
        self.rows = customer_profile.related_customers(self.ctx.db, self.ctx.user, self.customer_id)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for row in self.rows:
            doc = f"{document_label(row.document_type)} {row.document_number}".strip()
            item = QTreeWidgetItem([row.name, doc, ", ".join(row.tags)])
            item.setData(0, ID_ROLE, str(row.customer_id))
            item.setToolTip(0, self.tr("Double-click or press Enter to open this customer"))
            self.list.addTopLevelItem(item)
        for c in range(2):
            self.list.resizeColumnToContents(c)
        self.empty.setVisible(not self.rows)
        self.list.setVisible(bool(self.rows))

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.sig_open_customer.emit(uuid.UUID(item.data(0, ID_ROLE)))

    def retranslate(self) -> None:
        if self.list is None:
            return
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Relation")])
        self.list.setAccessibleName(self.tr("Related customers"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("This customer has no related customers."))
        if self.loaded:
            self._fill()


def _relations_panel(ctx):
    """The editable relations panel of the ticket's Customer tab (add, edit tags, remove), when
    this build has it; else None and the tab lists the relations read-only."""
    try:
        from . import related_panel  # built beside this package's customer panels
    except ImportError:
        return None
    cls = getattr(related_panel, "RelatedCustomersPanel", None)
    if cls is None or not hasattr(cls, "set_customer"):
        return None
    try:
        return cls(ctx)
    except TypeError:
        return None


class AccountsTab(ProfileTab):
    """The customer's accounts, each with its additional data beneath; delete is confirmed."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        name(self, "customerAccountsTab")
        self.list = name(item_list("customerAccountList", 3), "customerAccountList")
        self.list.setRootIsDecorated(True)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.empty = empty_label("customerAccountsEmpty")
        self.delete_button = name(QPushButton(), "deleteCustomerAccountButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.delete_button.setShortcut(Qt.Key.Key_Delete)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.rows: list = []
        self.last_dialog = None
        self.retranslate()

    def load(self) -> None:
        self.rows = customer_profile.accounts(self.ctx.db, self.ctx.user, self.customer_id)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for row in self.rows:
            item = QTreeWidgetItem([row.number, row.name, row.status])
            item.setData(0, ID_ROLE, str(row.id))
            for key, value in row.data:
                child = QTreeWidgetItem([key, value, ""])
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.addChild(child)
            self.list.addTopLevelItem(item)
            item.setExpanded(True)
        for c in range(2):
            self.list.resizeColumnToContents(c)
        self.empty.setVisible(not self.rows)
        self.list.setVisible(bool(self.rows))
        if self.rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()

    def current_account(self):
        item = self.list.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        wanted = item.data(0, ID_ROLE)
        return next((r for r in self.rows if str(r.id) == wanted), None)

    def _update(self) -> None:
        self.delete_button.setEnabled(self.current_account() is not None and not self.ctx.user.read_only)

    def ask_delete(self) -> None:
        row = self.current_account()
        if row is None or not self.delete_button.isEnabled():
            return
        self.last_dialog = confirm(
            self, "deleteAccountConfirm", self.tr("Delete account"),
            self.tr("Delete account %1 and its additional data from this customer? Tickets that name it keep "
                    "their history.").replace("%1", row.number),
            self.tr("Delete"), lambda: self.delete(row.id, row.version))

    def delete(self, account_id: uuid.UUID, version: int) -> bool:
        try:
            customer_profile.delete_account(self.ctx.db, self.ctx.user, self.customer_id, account_id, version)
        except ServiceError as exc:
            show_customer_error(self, exc)
            self.load()
            return False
        self.load()
        return True

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Account / data"), self.tr("Name / value"), self.tr("Status")])
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("This customer has no accounts."))
        self.delete_button.setText(self.tr("Delete account"))
        self.delete_button.setToolTip(self.tr("Delete the selected account (Del)"))
        self.delete_button.setAccessibleName(self.tr("Delete account"))
