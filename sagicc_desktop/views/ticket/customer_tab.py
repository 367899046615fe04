"""T1: the Customer tab: the ticket's customer's information edited in place, the customers that
look like the same person (switch the ticket to one, or merge), related customers and the
assigned user.

The form paints first; the similar customers are looked for afterwards, off the GUI thread (a
trigram search and scoring). The tab follows the panel from ticket to ticket unless it holds
unsaved edits.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QFormLayout, QFrame, QGroupBox, QLabel, QLineEdit, QMessageBox,
    QPushButton, QScrollArea, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...models.formatting import date_time
from ...models.labels import document_label
from ...services import customer_edit, customer_similarity, ticket_customer
from ...services.errors import ServiceError
from ...services.permissions import VIEWER
from ..background_task import BackgroundTask
from ..customer.assignment_panel import AssignedUsersPanel
from ..customer.customer_fields import NO_DATE, customer_fields
from ..customer.merge_dialog import CustomerMergeDialog
from ..customer.related_panel import RelatedCustomersPanel, document_text
from ..flow_layout import FlowLayout
from ..messages import describe, show_error
from ..messages_customers import read_only_text
from ..widgets import add_row, name
from .confirm import confirm
from .list_parts import ID_ROLE, empty_label, item_list, notice_label, selected_id
from .simple_tabs import LazyTab


_REASONS = {
    customer_similarity.DOCUMENT: QT_TRANSLATE_NOOP("CustomerTab", "same document"),
    customer_similarity.NAME: QT_TRANSLATE_NOOP("CustomerTab", "similar name"),
    customer_similarity.PHONE: QT_TRANSLATE_NOOP("CustomerTab", "shared phone"),
    customer_similarity.EMAIL: QT_TRANSLATE_NOOP("CustomerTab", "shared e-mail"),
    customer_similarity.BIRTH_DATE: QT_TRANSLATE_NOOP("CustomerTab", "same date of birth"),
}

def reasons_text(reasons: tuple[str, ...]) -> str:
    """What matched, in words ("same document, shared phone")."""
    return ", ".join(QCoreApplication.translate("CustomerTab", _REASONS[r]) for r in reasons if r in _REASONS)


class CustomerTab(LazyTab):
    sig_ticket_changed = Signal()  # the header shows the customer's name; a switch changes the ticket

    switchable = True

    def __init__(self, ctx, ticket_id: uuid.UUID, parent=None) -> None:
        super().__init__(ctx, ticket_id, "customerTab", parent)
        self.link: ticket_customer.TicketCustomer | None = None
        self.form_data: customer_edit.CustomerForm | None = None
        self.loaded_draft: customer_edit.CustomerDraft | None = None
        self.similar: list[customer_similarity.SimilarCustomer] = []
        self.similar_task: BackgroundTask | None = None
        self.similar_ready = False  # the search for this customer has answered
        self._generation = 0  # results of a search started for another customer are dropped
        self.merge_dialog: CustomerMergeDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None

        # -- the customer's information ------------------------------------------------------
        self.info_box = name(QGroupBox(), "customerInfoGroup")
        self.form = QFormLayout()
        fields = customer_fields({
            "document_type": "customerDocumentTypeCombo", "document_number": "customerDocumentNumberEdit",
            "first_name": "customerFirstNameEdit", "middle_name": "customerMiddleNameEdit",
            "last_name": "customerLastNameEdit", "second_last_name": "customerSecondLastNameEdit",
            "birth_date": "customerBirthDateEdit", "clear_date": "customerBirthDateClear"})
        self.document_type, self.document_number, self.names = fields.document_type, fields.document_number, fields.names
        self.birth_date, self.clear_date, date_row = fields.birth_date, fields.clear_date, fields.date_row
        self.fields: dict[str, QWidget] = fields.widgets()
        for key, widget in self.fields.items():
            add_row(self.form, widget if key != "birth_date" else self._buddy_row(date_row, widget))
        self.meta = name(QLabel(), "customerMetaLabel")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(mid);")
        self.notice = notice_label("customerReadOnlyNotice")
        self.save_button = name(QPushButton(), "customerSaveButton")
        self.save_button.clicked.connect(self.save)
        self.revert_button = name(QPushButton(), "customerRevertButton")
        self.revert_button.clicked.connect(self.revert)
        self.profile_button = name(QPushButton(), "customerOpenProfileButton")
        self.profile_button.clicked.connect(lambda: self.open_customer(self.customer_id))
        self.profile_button.setVisible(callable(getattr(ctx, "open_customer", None)))
        self.dirty_label = name(QLabel(), "customerUnsavedLabel")
        self.dirty_label.setStyleSheet("color: #8a4b00;")
        buttons = FlowLayout()  # the buttons wrap in a narrow column rather than scroll sideways
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.dirty_label)
        info_layout = QVBoxLayout(self.info_box)
        info_layout.addLayout(self.form)
        info_layout.addLayout(buttons)
        info_layout.addWidget(self.meta)
        info_layout.addWidget(self.notice)
        self.no_customer = empty_label("customerEmpty")
        for widget in (self.document_type, self.birth_date):
            (widget.currentIndexChanged if widget is self.document_type else widget.dateChanged).connect(
                self._update_dirty)
        for edit in (self.document_number, *self.names.values()):
            edit.textEdited.connect(self._update_dirty)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # -- similar customers ---------------------------------------------------------------
        self.similar_box = name(QGroupBox(), "customerSimilarGroup")
        self.similar_tree = item_list("similarCustomersList", 4)
        self.similar_tree.itemSelectionChanged.connect(self._update_similar_actions)
        self.similar_status = name(QLabel(), "similarCustomersStatus")
        self.similar_status.setWordWrap(True)
        self.similar_status.setStyleSheet("color: palette(mid);")
        self.duplicate_line = name(QLabel(), "customerDuplicateWarning")  # the closest look-alike, said first
        self.duplicate_line.setWordWrap(True)
        self.duplicate_line.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 4px; border-radius: 3px;")
        self.duplicate_line.hide()
        self.use_button = name(QPushButton(), "useSimilarCustomerButton")
        self.use_button.clicked.connect(self.use_selected)
        self.merge_button = name(QPushButton(), "mergeSimilarCustomerButton")
        self.merge_button.clicked.connect(lambda: self.open_merge(self.selected_similar()))
        self.merge_search_button = name(QPushButton(), "mergeSearchCustomerButton")
        self.merge_search_button.clicked.connect(lambda: self.open_merge(None))
        similar_buttons = FlowLayout()
        similar_buttons.addWidget(self.use_button)
        similar_buttons.addWidget(self.merge_button)
        similar_buttons.addWidget(self.merge_search_button)
        similar_layout = QVBoxLayout(self.similar_box)
        similar_layout.addWidget(self.similar_status)
        similar_layout.addWidget(self.duplicate_line)
        similar_layout.addWidget(self.similar_tree)
        similar_layout.addLayout(similar_buttons)

        # -- related customers and the assigned user -----------------------------------------
        self.related_box = name(QGroupBox(), "customerRelatedGroup")
        self.related = RelatedCustomersPanel(ctx)
        self.related.sig_changed.connect(self._related_changed)
        self.related.sig_open_customer.connect(self.open_customer)
        QVBoxLayout(self.related_box).addWidget(self.related)
        self.assigned_box = name(QGroupBox(), "customerAssignedGroup")
        self.assigned = AssignedUsersPanel(ctx)
        self.assigned.sig_changed.connect(self._related_changed)
        QVBoxLayout(self.assigned_box).addWidget(self.assigned)
        for tree in (self.similar_tree, self.related.tree, self.assigned.tree):
            tree.setMinimumHeight(90)
            tree.setMaximumHeight(200)  # a few rows; the tab scrolls rather than leave blank lists

        content = QWidget()
        name(content, "customerTabContent")
        column = QVBoxLayout(content)
        column.addWidget(self.no_customer)
        for box in (self.info_box, self.similar_box, self.related_box, self.assigned_box):
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = name(QScrollArea(), "customerTabScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._show_sections(False)
        self.retranslate()

    @staticmethod
    def _buddy_row(row: QWidget, field: QWidget) -> QWidget:
        """The date row (edit + clear button) named after its edit, so the label's buddy is the edit."""
        row.setObjectName(field.objectName() + "Row")
        return row

    # -- state -------------------------------------------------------------------------------
    @property
    def customer_id(self) -> uuid.UUID | None:
        return self.link.customer_id if self.link else None

    def why_read_only(self) -> str:
        reason = (self.link.read_only_reason if self.link else None) or (
            self.form_data.read_only_reason if self.form_data else None)
        return read_only_text(reason)

    def draft(self) -> customer_edit.CustomerDraft:
        date = self.birth_date.date()
        return customer_edit.CustomerDraft(
            self.document_type.currentData() or None, self.document_number.text(),
            *(self.names[k].text() for k in customer_edit.NAME_FIELDS),
            None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()))

    def is_dirty(self) -> bool:
        if self.loaded_draft is None:
            return False
        mine, stored = self.draft(), self.loaded_draft
        return (mine.document_type or None, (mine.document_number or "").strip(),
                *(getattr(mine, k).strip() for k in customer_edit.NAME_FIELDS), mine.birth_date) != (
            stored.document_type or None, stored.document_number or "",
            *((getattr(stored, k) or "") for k in customer_edit.NAME_FIELDS), stored.birth_date)

    def can_switch(self) -> bool:
        return self.switchable and not self.is_dirty()

    def forget(self) -> None:
        self._generation += 1
        self.link = self.form_data = self.loaded_draft = None
        self.similar, self.similar_ready = [], False
        for edit in (self.document_number, *self.names.values()):
            edit.clear()
        self.document_type.setCurrentIndex(0)
        self.birth_date.setDate(NO_DATE)
        self.meta.clear()
        self.similar_tree.clear()
        self.duplicate_line.hide()
        self.related.clear()
        self.assigned.clear()
        self._show_sections(False)

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        self._generation += 1
        self.link = ticket_customer.ticket_customer(self.ctx.db, self.ctx.user, self.ticket_id)
        if self.link.customer_id is None:
            self.forget()
            self.no_customer.show()
            return
        self.form_data = customer_edit.customer_form(self.ctx.db, self.ctx.user, self.link.customer_id)
        self._fill(self.form_data.draft)
        self._show_sections(True)
        why = self.why_read_only()
        self._apply_read_only(why)
        self.related.set_customer(self.customer_id, ticket_id=self.ticket_id, why_read_only=why)
        self.assigned.set_customer(self.customer_id, ticket_id=self.ticket_id, why_read_only=why)
        self.similar_tree.clear()
        self.duplicate_line.hide()
        self.similar, self.similar_ready = [], False
        self.similar_status.setText(self.tr("Looking for customers that may be the same person…"))
        self._update_similar_actions()
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._find_similar(generation))  # after the form is painted

    def _fill(self, draft: customer_edit.CustomerDraft) -> None:
        self.loaded_draft = draft
        self.document_type.setCurrentIndex(max(0, self.document_type.findData(draft.document_type or "")))
        self.document_number.setText(draft.document_number or "")
        for key, edit in self.names.items():
            edit.setText(getattr(draft, key) or "")
            edit.setCursorPosition(0)
        birth = draft.birth_date
        self.birth_date.setDate(QDate(birth.year, birth.month, birth.day) if birth else NO_DATE)
        self._update_meta()
        self._update_dirty()

    def _update_meta(self) -> None:
        f = self.form_data
        if f is None:
            self.meta.clear()
            return
        parts = [self.tr("Created %1 by %2").replace("%1", date_time(f.created_at)).replace("%2", f.created_by or "—"),
                 self.tr("changed %1 by %2").replace("%1", date_time(f.updated_at)).replace("%2", f.updated_by or "—")]
        if f.last_interaction_at:
            parts.append(self.tr("last interaction %1").replace("%1", date_time(f.last_interaction_at)))
        self.meta.setText("; ".join(parts) + ".")

    def _show_sections(self, has_customer: bool) -> None:
        for box in (self.info_box, self.similar_box, self.related_box, self.assigned_box):
            box.setVisible(has_customer)
        self.no_customer.setVisible(not has_customer and self.link is not None)

    def _apply_read_only(self, why: str) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(bool(why))
            elif isinstance(widget, QDateEdit):
                widget.setReadOnly(bool(why))
            else:
                widget.setEnabled(not why)
            widget.setToolTip(why)
        self.clear_date.setEnabled(not why)
        self.clear_date.setToolTip(why or self.tr("No date of birth"))
        self.notice.setText(why)
        self.notice.setVisible(bool(why))
        self._update_dirty()

    def _update_dirty(self, *_args) -> None:
        dirty = self.is_dirty()
        why = self.why_read_only()
        self.save_button.setEnabled(dirty and not why)
        self.revert_button.setEnabled(dirty)
        self.save_button.setToolTip(why or (self.tr("Save the customer's information (Ctrl+S)") if dirty
                                            else self.tr("Nothing has changed.")))
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")

    # -- similar customers -------------------------------------------------------------------
    def _find_similar(self, generation: int) -> None:
        customer_id = self.customer_id
        if generation != self._generation or customer_id is None:
            return
        db, user = self.ctx.db, self.ctx.user
        task = BackgroundTask(lambda _progress: (generation, customer_similarity.similar_customers(
            db, user, customer_id)))
        task.sig_done.connect(self._similar_found)
        task.sig_failed.connect(self._similar_failed)
        self.similar_task = task
        task.start()

    def _similar_found(self, result) -> None:
        generation, matches = result
        if generation != self._generation:
            return
        self.similar_task = None
        self.similar, self.similar_ready = list(matches), True
        self._paint_similar()

    def _paint_similar(self) -> None:
        selected = selected_id(self.similar_tree)
        self.similar_tree.clear()
        for m in self.similar:
            item = QTreeWidgetItem([m.full_name, document_text(m.document_type, m.document_number),
                                    f"{m.percentage} %", reasons_text(m.reasons)])
            item.setData(0, ID_ROLE, str(m.customer_id))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = self.tr("%1 % alike: %2").replace("%1", str(m.percentage)).replace("%2", reasons_text(m.reasons))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{m.full_name}, {tip}")
            for column in range(4):
                item.setToolTip(column, tip)
            self.similar_tree.addTopLevelItem(item)
            if str(m.customer_id) == selected:
                self.similar_tree.setCurrentItem(item)
        for column in range(3):
            self.similar_tree.resizeColumnToContents(column)
        self.similar_status.setText(
            self.tr("%n customer(s) may be the same person.", "", len(self.similar)) if self.similar
            else self.tr("No other customer looks like this one."))
        self.similar_tree.setVisible(bool(self.similar))
        self._paint_duplicate_line()
        self._update_similar_actions()

    def _paint_duplicate_line(self) -> None:
        """An unknown sender's ticket may have made a second customer for a known person: the
        closest stored look-alike is named above the list, so the agent uses or merges it."""
        likely = [m for m in self.similar if m.percentage >= customer_similarity.DEFAULT_THRESHOLD]
        if not likely:
            self.duplicate_line.hide()
            return
        best = max(likely, key=lambda m: m.percentage)
        text = self.tr("This customer may be a duplicate of %1 (%2 %).").replace("%1", best.full_name).replace(
            "%2", str(best.percentage))
        self.duplicate_line.setText("⚠ " + text)
        self.duplicate_line.setAccessibleName(text)
        self.duplicate_line.show()

    def _similar_failed(self, exc: Exception) -> None:
        self.similar_task = None
        self.similar_status.setText(self.tr("Similar customers could not be looked for: %1")
                                    .replace("%1", describe(exc)))

    def selected_similar(self) -> uuid.UUID | None:
        value = selected_id(self.similar_tree)
        return uuid.UUID(value) if value else None

    def _update_similar_actions(self) -> None:
        picked = self.selected_similar()
        ticket_why = read_only_text(self.link.read_only_reason) if self.link else ""
        viewer = self.ctx.user.read_only
        pick = self.tr("Select a similar customer first.")
        self.use_button.setEnabled(picked is not None and not ticket_why)
        self.use_button.setToolTip(ticket_why or (pick if picked is None else self.tr(
            "Make the selected customer this ticket's customer (this customer keeps its other tickets)")))
        viewer_why = read_only_text(VIEWER) if viewer else ""
        self.merge_button.setEnabled(picked is not None and not viewer)
        self.merge_button.setToolTip(viewer_why or (pick if picked is None else self.tr(
            "Merge the selected customer and this one into one customer")))
        self.merge_search_button.setEnabled(self.customer_id is not None and not viewer)
        self.merge_search_button.setToolTip(viewer_why or self.tr("Find a duplicate by search and merge it"))

    def use_selected(self) -> None:
        picked = self.selected_similar()
        match = next((m for m in self.similar if m.customer_id == picked), None)
        if match is None or not self.use_button.isEnabled():
            return
        current = self.form_data.full_name if self.form_data else ""

        def run() -> None:
            try:
                ticket_customer.switch_customer(self.ctx.db, self.ctx.user, self.ticket_id, match.customer_id,
                                                expected_version=self.link.ticket_version)
            except ServiceError as exc:
                self.error_box = show_error(self, exc)
                return
            self.load()
            self.sig_ticket_changed.emit()

        self.confirm_box = confirm(
            self, "confirmSwitchCustomer", self.tr("Change the ticket's customer"),
            self.tr("Make “%1” this ticket's customer? The ticket and its conversation move to “%1”; “%2” keeps "
                    "its other tickets.").replace("%1", match.full_name).replace("%2", current),
            self.tr("&Change customer"), run)

    def open_merge(self, other_id: uuid.UUID | None) -> None:
        if self.customer_id is None or self.ctx.user.read_only:
            return
        dialog = CustomerMergeDialog(self.ctx, self.customer_id, other_id, parent=self)
        dialog.sig_merged.connect(self._merged)
        dialog.finished.connect(lambda *_: setattr(self, "merge_dialog", None))
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, _survivor_id) -> None:
        self.load()
        self.sig_ticket_changed.emit()  # the ticket's customer may have become the survivor

    def _related_changed(self) -> None:
        self.sig_ticket_changed.emit()  # the ticket's change log gained lines

    def open_customer(self, customer_id) -> None:
        opener = getattr(self.ctx, "open_customer", None)
        if callable(opener) and customer_id:
            opener(customer_id)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.form_data is None or not self.is_dirty() or self.why_read_only():
            return False
        try:
            customer_edit.update_customer(self.ctx.db, self.ctx.user, self.form_data.id, self.form_data.version,
                                          self.draft(), ticket_id=self.ticket_id)
        except ServiceError as exc:
            field = getattr(exc, "details", {}).get("field")
            self.error_box = show_error(self, exc)
            if field in self.fields:
                self.fields[field].setFocus()
            return False
        self.load()
        self.sig_ticket_changed.emit()
        return True

    def revert(self) -> None:
        if self.loaded_draft is not None:
            self._fill(self.loaded_draft)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {
            "document_type": self.tr("&Document type"), "document_number": self.tr("Document &number"),
            "first_name": self.tr("&First name"), "middle_name": self.tr("&Middle name"),
            "last_name": self.tr("&Last name"), "second_last_name": self.tr("S&econd last name"),
            "birth_date": self.tr("Date of &birth"),
        }
        for key, widget in self.fields.items():
            widget.setAccessibleName(titles[key].replace("&", ""))
            holder = widget if key != "birth_date" else widget.parentWidget()
            label = self.form.labelForField(holder)
            if label is not None:
                label.setText(titles[key] + ":")
                label.setBuddy(widget)
        self.document_type.setItemText(0, self.tr("None"))
        for i, code in enumerate(customer_edit.DOCUMENT_TYPES, start=1):
            self.document_type.setItemText(i, document_label(code))
        self.birth_date.setSpecialValueText(self.tr("Not known"))
        self.clear_date.setAccessibleName(self.tr("No date of birth"))
        self.info_box.setTitle(self.tr("Customer"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save customer"))
        self.revert_button.setText(self.tr("&Undo changes"))
        self.revert_button.setAccessibleName(self.tr("Undo changes"))
        self.profile_button.setText(self.tr("Open &profile"))
        self.profile_button.setAccessibleName(self.tr("Open the customer's profile"))
        self.meta.setAccessibleName(self.tr("Created and changed"))
        self.dirty_label.setAccessibleName(self.tr("Unsaved changes"))
        self.no_customer.setText(self.tr("This ticket has no customer yet."))
        self.similar_box.setTitle(self.tr("Similar customers"))
        self.similar_tree.setHeaderLabels([self.tr("Name"), self.tr("Document"), self.tr("Match"),
                                           self.tr("What matched")])
        self.similar_tree.setAccessibleName(self.tr("Similar customers"))
        self.similar_tree.header().setAccessibleName(self.tr("Columns"))
        self.similar_status.setAccessibleName(self.tr("Similar customers status"))
        self.use_button.setText(self.tr("&Use for this ticket"))
        self.use_button.setAccessibleName(self.tr("Use for this ticket"))
        self.merge_button.setText(self.tr("Mer&ge…"))
        self.merge_button.setAccessibleName(self.tr("Merge with this customer"))
        self.merge_search_button.setText(self.tr("Find a duplicate…"))
        self.merge_search_button.setAccessibleName(self.tr("Find a duplicate to merge"))
        self.related_box.setTitle(self.tr("Related customers"))
        self.assigned_box.setTitle(self.tr("Assigned user"))
        self._update_meta()
        if self.loaded_draft is not None:
            self._update_dirty()
        if self.link is not None:
            if self.similar_ready:
                self._paint_similar()  # "what matched" and the count in the new language
            self._update_similar_actions()
