"""C5 merge dialog, driven as a user would: from the similar list to a merge that moves the
tickets and leaves a tombstone (off the GUI thread, with progress), the side-by-side comparison,
the irreversible confirmation, and refusals in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from sagicc_desktop.services import tickets
from sagicc_desktop.store.entities import ChangeLogEntry, Customer, Ticket
from sagicc_desktop.views.customer.merge_dialog import ROWS, CustomerMergeDialog

from .conftest import show_active
from .test_customer_tab import answer, click, customer_of, make_tab, open_ticket_of, plant_duplicate, select_row, wait_similar


def _similar_item(tab, customer_id):
    return next(tab.similar_tree.topLevelItem(i) for i in range(tab.similar_tree.topLevelItemCount())
                if tab.similar_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == str(customer_id))


def test_a_merge_from_the_similar_list_moves_the_tickets_and_leaves_a_tombstone(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    admin = make_ctx("admin")
    ticket_id = open_ticket_of(ctx)
    keep = customer_of(ctx, ticket_id).id
    duplicate = plant_duplicate(ctx, ticket_id, admin)
    with ctx.db.sessions() as s:
        campaign = s.get(Ticket, ticket_id).campaign_id
    moved = [tickets.create(ctx.db, admin.user, campaign_id=campaign, customer_id=duplicate, subject=f"Dup {i}")
             for i in range(3)]
    landed = []
    ctx.open_customer = landed.append  # the main window's "show this customer's profile"

    tab = make_tab(qtbot, ctx, ticket_id)
    wait_similar(qtbot, tab)
    select_row(qtbot, tab.similar_tree, _similar_item(tab, duplicate))
    click(qtbot, tab.merge_button)
    dialog = tab.merge_dialog
    assert isinstance(dialog, CustomerMergeDialog) and dialog.other_id == duplicate
    table = dialog.comparison
    tickets_row = ROWS.index("tickets")
    assert table.item(ROWS.index("document"), 1).text().endswith("99887766")
    assert table.item(tickets_row, 1).text() == "3"
    assert dialog.keep_this.isChecked() and dialog.tickets.isChecked()

    click(qtbot, dialog.merge_button)
    box = dialog.confirm_box
    assert "cannot be undone" in box.text()
    with qtbot.waitSignal(dialog.sig_merged, timeout=5000) as merged:
        answer(qtbot, box)
    assert merged.args == [keep]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert landed == [keep]
    with ctx.db.sessions() as s:
        gone = s.get(Customer, duplicate)
        assert gone.merged_into_id == keep and gone.deleted_at is not None
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.id.in_(moved),
                                                                       Ticket.customer_id == keep)) == 3
        assert s.scalar(select(ChangeLogEntry.id).where(ChangeLogEntry.entity_id == keep,
                                                        ChangeLogEntry.field == "merged_from")) is not None
    wait_similar(qtbot, tab)  # the tab looked again: the tombstone is no longer offered
    assert all(tab.similar_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) != str(duplicate)
               for i in range(tab.similar_tree.topLevelItemCount()))


def test_the_duplicate_survives_when_chosen_and_only_the_chosen_parts_move(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = open_ticket_of(make_ctx("carlos"))
    original = customer_of(ctx, ticket_id).id
    duplicate = plant_duplicate(ctx, ticket_id, ctx)
    dialog = show_active(qtbot, CustomerMergeDialog(ctx, original, duplicate), size=(760, 720))
    dialog.keep_other.setFocus()
    qtbot.keyClick(dialog.keep_other, Qt.Key.Key_Space)
    dialog.accounts.setFocus()
    qtbot.keyClick(dialog.accounts, Qt.Key.Key_Space)
    assert not dialog.accounts.isChecked()
    assert dialog.survivor_and_other() == (duplicate, original)
    click(qtbot, dialog.merge_button)
    with qtbot.waitSignal(dialog.sig_merged, timeout=5000):
        answer(qtbot, dialog.confirm_box)
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    with ctx.db.sessions() as s:
        assert s.get(Customer, original).merged_into_id == duplicate
        assert s.get(Ticket, ticket_id).customer_id == duplicate


def test_merging_a_customer_into_itself_is_refused_in_words(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    customer_id = customer_of(ctx, ticket_id).id
    with ctx.db.sessions() as s:
        document = s.get(Customer, customer_id).document_number
    dialog = show_active(qtbot, CustomerMergeDialog(ctx, customer_id), size=(760, 720))
    click(qtbot, dialog.merge_button)
    assert "Choose the duplicate" in dialog.message.text() and dialog.confirm_box is None
    qtbot.keyClicks(dialog.picker.search, document)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.other_id == customer_id
    click(qtbot, dialog.merge_button)
    answer(qtbot, dialog.confirm_box)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "cannot be merged with itself" in dialog.message.text()
    assert dialog.isVisible() and dialog.merge_button.isEnabled() and not dialog.progress.isVisible()
    with ctx.db.sessions() as s:
        assert s.get(Customer, customer_id).merged_into_id is None


def test_a_cancelled_confirmation_merges_nothing(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    original = customer_of(ctx, ticket_id).id
    duplicate = plant_duplicate(ctx, ticket_id, make_ctx("admin"))
    dialog = show_active(qtbot, CustomerMergeDialog(ctx, original, duplicate), size=(760, 720))
    click(qtbot, dialog.merge_button)
    answer(qtbot, dialog.confirm_box, QMessageBox.StandardButton.No)
    assert dialog.task is None and dialog.isVisible()
    with ctx.db.sessions() as s:
        assert s.get(Customer, duplicate).merged_into_id is None


def test_viewers_cannot_open_a_merge(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    with ctx.db.sessions() as s:
        ticket_id = s.scalar(select(Ticket.id).where(Ticket.customer_id.is_not(None)).limit(1))
    tab = make_tab(qtbot, ctx, ticket_id)
    wait_similar(qtbot, tab)
    assert not tab.merge_search_button.isEnabled() and "Viewers" in tab.merge_search_button.toolTip()
