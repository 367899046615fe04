"""Related customers (T1, C4): a customer's relations with their tags; add, edit tags, remove.

Reusable: the ticket's Customer tab passes its ticket (the change log goes to the ticket too and
a closed ticket makes it read-only), the profile passes none. CustomerPicker, the search-as-you-
type list that picks a customer, is shared with the merge dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.labels import document_label
from ...services import customer_edit, customer_relations, customer_search
from ...services.errors import ServiceError
from ..messages import describe, show_error
from ..messages_customers import read_only_text
from ..ticket.confirm import confirm
from ..ticket.list_parts import ID_ROLE, action_bar, empty_label, item_list, list_action, notice_label, selected_id
from ..widgets import Retranslating, add_row, name

SEARCH_DELAY_MS = 150  # one search when the user pauses, not one per keystroke of a fast typist


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def document_text(document_type: str, number: str) -> str:
    return f"{document_label(document_type)} {number}".strip() if number else ""


class CustomerPicker(Retranslating, QWidget):
    """A search box and the customers it finds (by name, document or contact data)."""

    sig_picked = Signal()  # the selection changed (selected_id() may be None)
    sig_activated = Signal()  # Enter or double-click on a row

    def __init__(self, ctx, object_name: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, object_name)
        self.search = name(QLineEdit(), object_name + "Search")
        self.search.setClearButtonEnabled(True)
        self.results = item_list(object_name + "Results", 3)
        self.results.itemSelectionChanged.connect(self.sig_picked)
        self.results.itemActivated.connect(lambda *_: self.sig_activated.emit())
        self.hint = name(QLabel(), object_name + "Hint")
        self.hint.setStyleSheet("color: palette(mid);")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self.search.installEventFilter(self)  # Enter searches now and goes to the list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.search)
        self.retranslate()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        typed = self.search.text().strip()
        if not typed:
            self.hint.setText(self.tr("Type a name, document number, phone or e-mail."))
            return
        try:
            page = customer_search.search_customers(self.ctx.db, self.ctx.user, typed)
        except ServiceError as exc:
            self.hint.setText(describe(exc))
            return
        for hit in page.rows:
            item = QTreeWidgetItem([hit.name, document_text(hit.document_type, hit.document_number),
                                    hit.main_contact])
            item.setData(0, ID_ROLE, str(hit.id))
            self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        if not page.rows:
            self.hint.setText(self.tr("No customer matches."))
        elif page.more:
            self.hint.setText(self.tr("More customers match: type more to narrow the list."))
        else:
            self.hint.setText(self.tr("%n customer(s) found.", "", len(page.rows)))
        if self.results.topLevelItemCount():
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.run_search()  # consumed: Enter in the search box never presses the dialog's button
            if self.results.topLevelItemCount():
                self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    def selected_id(self) -> uuid.UUID | None:
        value = selected_id(self.results)
        return uuid.UUID(value) if value else None

    def selected_name(self) -> str:
        items = self.results.selectedItems()
        return items[0].text(0) if items else ""

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search customers by name, document, phone or e-mail"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.results.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Contact")])
        self.results.setAccessibleName(self.tr("Customers found"))
        self.results.header().setAccessibleName(self.tr("Columns"))
        self.hint.setAccessibleName(self.tr("Search result"))
        if not self.search.text():
            self.hint.setText(self.tr("Type a name, document number, phone or e-mail."))


class RelationDialog(Retranslating, QDialog):
    """Add a relation (pick a customer, give tags) or edit a relation's tags. Saving calls
    save(customer_id, tags) and closes only if it succeeds; a refusal is told inside."""

    def __init__(self, ctx, save: Callable[[uuid.UUID | None, list[str]], None], *, other_name: str = "",
                 tags: tuple[str, ...] = (), known_tags: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        name(self, "relationDialog")
        self._save = save
        self.adding = not other_name
        self.picker = CustomerPicker(ctx, "relationCustomerPicker") if self.adding else None
        self.other = name(QLabel(other_name), "relationCustomerName")
        self.tags = name(QLineEdit(", ".join(tags)), "relationTagsEdit")
        self.known = name(QLabel(", ".join(known_tags or [])), "relationKnownTags")
        self.known.setWordWrap(True)
        self.known.setStyleSheet("color: palette(mid);")
        self.message = name(QLabel(), "relationDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Save), "relationSaveButton")
        self.cancel_button = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "relationCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        if self.picker is not None:
            layout.addWidget(self.picker, 1)
            self.picker.sig_activated.connect(self.tags.setFocus)
        else:
            add_row(self.form, self.other)
        add_row(self.form, self.tags)
        add_row(self.form, self.known)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 420 if self.adding else 180)
        self.retranslate()
        (self.picker or self.tags).setFocus()

    def accept(self) -> None:
        customer_id = self.picker.selected_id() if self.picker is not None else None
        if self.adding and customer_id is None:
            self._say(self.tr("Pick the related customer in the list first."))
            return
        try:
            self._save(customer_id, split_tags(self.tags.text()))
        except ServiceError as exc:
            self._say(describe(exc))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def retranslate(self) -> None:
        title = self.tr("Add related customer") if self.adding else self.tr("Edit relation")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.tags.setPlaceholderText(self.tr("spouse, account holder"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.form.labelForField(self.tags).setText(self.tr("&Tags:"))
        self.form.labelForField(self.known).setText(self.tr("In use:"))
        self.known.setAccessibleName(self.tr("Tags in use"))
        if self.picker is None:
            self.form.labelForField(self.other).setText(self.tr("Customer:"))
            self.other.setAccessibleName(self.tr("Related customer"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.message.setAccessibleName(self.tr("Why it was not saved"))


class RelatedCustomersPanel(Retranslating, QWidget):
    """The list with Add (Insert), Edit tags (F2) and Remove (Del, confirmed)."""

    sig_changed = Signal()
    sig_open_customer = Signal(object)  # uuid: a related customer activated (the profile opens it)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.ticket_id: uuid.UUID | None = None
        self.why_read_only = ""
        self.rows: list[customer_relations.RelatedCustomer] = []
        self.dialog: RelationDialog | None = None
        self.confirm_box: QMessageBox | None = None
        name(self, "relatedCustomersPanel")
        self.tree = item_list("relatedCustomersList", 3)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = empty_label("relatedCustomersEmpty")
        self.notice = notice_label("relatedCustomersNotice")
        self.add_action = list_action(self, self.tree, "addRelationAction", "fa5s.plus", self.add, Qt.Key.Key_Insert)
        self.edit_action = list_action(self, self.tree, "editRelationAction", "fa5s.tags", self.edit, Qt.Key.Key_F2)
        self.remove_action = list_action(self, self.tree, "removeRelationAction", "fa5s.unlink", self.remove,
                                         QKeySequence.StandardKey.Delete)
        self.toolbar, self.buttons = action_bar("relatedCustomersToolbar", [
            (self.add_action, "addRelationButton"), (self.edit_action, "editRelationButton"),
            (self.remove_action, "removeRelationButton")])
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
        self.customer_id, self.rows = None, []
        self.tree.clear()
        self._update_actions()

    def load(self) -> None:
        selected = selected_id(self.tree)
        self.tree.clear()
        self.rows = (customer_relations.list_relations(self.ctx.db, self.ctx.user, self.customer_id)
                     if self.customer_id else [])
        for row in self.rows:
            item = QTreeWidgetItem([row.full_name, document_text(row.document_type, row.document_number),
                                    ", ".join(row.tags)])
            item.setData(0, ID_ROLE, str(row.relation_id))
            self.tree.addTopLevelItem(item)
            if str(row.relation_id) == selected:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._update_actions()

    def selected_row(self) -> customer_relations.RelatedCustomer | None:
        wanted = selected_id(self.tree)
        return next((r for r in self.rows if str(r.relation_id) == wanted), None)

    def _activated(self, *_args) -> None:
        row = self.selected_row()
        if row is not None:
            self.sig_open_customer.emit(row.customer_id)

    def _update_actions(self) -> None:
        why = self.why_read_only or ("" if self.customer_id else self.tr("This ticket has no customer yet."))
        row = self.selected_row()
        pick = self.tr("Select a related customer first.")
        for act, enabled, tip in (
                (self.add_action, not why, why or self.tr("Relate another customer to this one (Insert)")),
                (self.edit_action, not why and row is not None, why or (pick if row is None else self.tr("Edit the tags (F2)"))),
                (self.remove_action, not why and row is not None, why or (pick if row is None else self.tr("Remove the relation (Del)")))):
            act.setEnabled(bool(enabled))
            act.setToolTip(tip)
        self.notice.setText(why)
        self.notice.setVisible(bool(why) and self.customer_id is not None)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: RelationDialog) -> RelationDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.load()
        self.sig_changed.emit()

    def add(self) -> None:
        if not self.add_action.isEnabled():
            return

        def save(related_id, tags) -> None:
            customer_relations.add_relation(self.ctx.db, self.ctx.user, self.customer_id, related_id, tags,
                                            ticket_id=self.ticket_id)
            self._done()

        self._open(RelationDialog(self.ctx, save, known_tags=customer_relations.known_tags(self.ctx.db), parent=self))

    def edit(self) -> None:
        row = self.selected_row()
        if row is None or not self.edit_action.isEnabled():
            return

        def save(_customer, tags) -> None:
            try:
                customer_relations.update_relation(self.ctx.db, self.ctx.user, self.customer_id, row.relation_id,
                                                   row.version, tags, ticket_id=self.ticket_id)
            except ServiceError:
                self.load()
                raise
            self._done()

        self._open(RelationDialog(self.ctx, save, other_name=row.full_name, tags=row.tags,
                                  known_tags=customer_relations.known_tags(self.ctx.db), parent=self))

    def remove(self) -> None:
        row = self.selected_row()
        if row is None or not self.remove_action.isEnabled():
            return

        def run() -> None:
            try:
                customer_relations.remove_relation(self.ctx.db, self.ctx.user, self.customer_id, row.relation_id,
                                                   ticket_id=self.ticket_id)
            except ServiceError as exc:
                self.load()
                show_error(self, exc)
                return
            self._done()

        self.confirm_box = confirm(
            self, "confirmRemoveRelation", self.tr("Remove relation"),
            self.tr("Remove the relation with “%1”? Both customers stay; only the relation goes.")
            .replace("%1", row.full_name), self.tr("&Remove"), run)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Document"), self.tr("Tags")])
        self.tree.setAccessibleName(self.tr("Related customers"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.empty.setText(self.tr("No related customers."))
        for act, text in ((self.add_action, self.tr("Add…")), (self.edit_action, self.tr("Edit tags…")),
                          (self.remove_action, self.tr("Remove"))):
            act.setText(text)
        for act, button in self.buttons.items():
            button.setAccessibleName(act.text().rstrip("…"))
        self._update_actions()
