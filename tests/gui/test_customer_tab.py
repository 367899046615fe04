"""T1 Customer tab, driven as a user would: edit and save, a refused birth date with the input
kept, the similar customers with their percentage and reasons, switching the ticket's customer,
related customers and the assigned user's permissions, read-only cases."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import customer_assignment, customer_edit
from sagicc_desktop.services.ticket_list import pending_tickets
from sagicc_desktop.store.entities import (
    ChangeLogEntry, ContactPoint, Customer, CustomerRelation, Ticket, User,
)
from sagicc_desktop.store.enums import ContactKind, TicketStatus
from sagicc_desktop.views.ticket.customer_tab import CustomerTab
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def open_ticket_of(ctx) -> uuid.UUID:
    """One of the signed-in user's open tickets whose customer has a phone (the similar list needs one)."""
    ids = [row.id for row in pending_tickets(ctx.db, ctx.user)]
    with ctx.db.sessions() as s:
        return s.scalar(select(Ticket.id).join(ContactPoint, ContactPoint.customer_id == Ticket.customer_id)
                        .where(Ticket.id.in_(ids), ContactPoint.kind.in_((ContactKind.MOBILE, ContactKind.PHONE)),
                               ContactPoint.deleted_at.is_(None)).limit(1))


def customer_of(ctx, ticket_id) -> Customer:
    with ctx.db.sessions() as s:
        customer = s.get(Customer, s.get(Ticket, ticket_id).customer_id)
        s.expunge(customer)
        return customer


def plant_duplicate(ctx, ticket_id, admin_ctx) -> uuid.UUID:
    """Another customer for the same person: the same names, a new document and the original's phone."""
    original = customer_of(ctx, ticket_id)
    draft = customer_edit.CustomerDraft("cc", "99887766", original.first_name, "", original.last_name,
                                        original.second_last_name)
    duplicate = customer_edit.create_customer(ctx.db, admin_ctx.user, draft, allow_similar=True)
    with ctx.db.sessions.begin() as s:
        phone = s.scalar(select(ContactPoint).where(
            ContactPoint.customer_id == original.id, ContactPoint.kind.in_((ContactKind.MOBILE, ContactKind.PHONE)),
            ContactPoint.deleted_at.is_(None)).limit(1))
        s.add(ContactPoint(customer_id=duplicate, kind=phone.kind, value=phone.value,
                           normalized_value=phone.normalized_value, is_primary=True))
    return duplicate


def make_tab(qtbot, ctx, ticket_id) -> CustomerTab:
    tab = show_active(qtbot, CustomerTab(ctx, ticket_id), size=(760, 900))
    tab.ensure_loaded()
    return tab


def wait_similar(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.similar_task is None and "Looking" not in tab.similar_status.text(), timeout=5000)


def answer(qtbot, box: QMessageBox, button=QMessageBox.StandardButton.Yes) -> None:
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_row(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


# ---------------------------------------------------------------- the information


def test_edit_and_save_a_name_writes_the_change_log(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    tab = make_tab(qtbot, ctx, ticket_id)
    assert tab.can_switch() and not tab.save_button.isEnabled()
    edit = tab.names["middle_name"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Ramiro")
    assert tab.is_dirty() and not tab.can_switch() and tab.save_button.isEnabled()
    with qtbot.waitSignal(tab.sig_ticket_changed):
        qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    customer = customer_of(ctx, ticket_id)
    assert customer.middle_name == "Ramiro" and not tab.is_dirty() and tab.can_switch()
    with ctx.db.sessions() as s:
        entry = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == customer.id,
                                                      ChangeLogEntry.field == "middle_name"))
    assert entry.new_value == "Ramiro" and entry.ticket_id == ticket_id
    assert "Carlos" in tab.meta.text()


def test_a_future_birth_date_is_refused_and_the_input_kept(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    tab = make_tab(qtbot, ctx, ticket_id)
    before = customer_of(ctx, ticket_id).birth_date
    future = dt.date.today() + dt.timedelta(days=400)
    tab.birth_date.setFocus()
    tab.birth_date.setDate(QDate(future.year, future.month, future.day))
    tab.names["first_name"].setText("Changed too")
    click(qtbot, tab.save_button)
    box = tab.error_box
    assert box is not None and "future" in box.text()
    answer(qtbot, box, QMessageBox.StandardButton.Ok)
    assert tab.birth_date.date() == QDate(future.year, future.month, future.day)
    assert tab.names["first_name"].text() == "Changed too" and tab.is_dirty() and not tab.can_switch()
    assert customer_of(ctx, ticket_id).birth_date == before
    click(qtbot, tab.revert_button)
    assert not tab.is_dirty()


def test_a_required_name_left_blank_is_refused(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = make_tab(qtbot, ctx, open_ticket_of(ctx))
    tab.names["last_name"].setFocus()
    tab.names["last_name"].selectAll()
    qtbot.keyClicks(tab.names["last_name"], "   ")
    click(qtbot, tab.save_button)
    assert "required" in tab.error_box.text()
    assert tab.names["last_name"].text() == "   "


def test_viewers_and_closed_tickets_read_only_with_the_reason(qtbot, make_ctx):
    viewer = make_ctx("viewer")
    with viewer.db.sessions() as s:
        ticket_id = s.scalar(select(Ticket.id).where(Ticket.customer_id.is_not(None)).limit(1))
    tab = make_tab(qtbot, viewer, ticket_id)
    assert tab.names["first_name"].isReadOnly() and "Viewers" in tab.names["first_name"].toolTip()
    assert not tab.document_type.isEnabled() and tab.notice.isVisible()
    assert not tab.related.add_action.isEnabled() and "Viewers" in tab.related.add_action.toolTip()

    ctx = make_ctx("carlos")
    with ctx.db.sessions() as s:
        closed = s.scalar(select(Ticket.id).where(Ticket.status == TicketStatus.CLOSED,
                                                  Ticket.customer_id.is_not(None)).limit(1))
    tab = make_tab(qtbot, make_ctx("admin"), closed)
    assert tab.names["last_name"].isReadOnly() and "closed" in tab.names["last_name"].toolTip()
    assert not tab.save_button.isEnabled()


# ---------------------------------------------------------------- similar customers


def test_the_similar_list_shows_a_planted_duplicate_with_percentage_and_reasons(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    duplicate = plant_duplicate(ctx, ticket_id, make_ctx("admin"))
    tab = make_tab(qtbot, ctx, ticket_id)
    assert tab.names["first_name"].text()  # the form is painted before the search ends
    wait_similar(qtbot, tab)
    rows = {tab.similar_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): tab.similar_tree.topLevelItem(i)
            for i in range(tab.similar_tree.topLevelItemCount())}
    item = rows[str(duplicate)]
    percentage = int(item.text(2).rstrip(" %"))
    assert 70 <= percentage <= 100
    assert "similar name" in item.text(3) and "shared phone" in item.text(3)
    assert "99887766" in item.text(1)
    assert "may be the same person" in tab.similar_status.text()


def test_switching_the_ticket_customer_updates_the_header(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    duplicate = plant_duplicate(ctx, ticket_id, make_ctx("admin"))
    view = show_active(qtbot, TicketView(ctx, ticket_id))
    view.panel.show_tab("customer")
    tab = view.panel.tabs["customer"]
    assert isinstance(tab, CustomerTab)
    wait_similar(qtbot, tab)
    assert not tab.use_button.isEnabled() and "Select" in tab.use_button.toolTip()
    item = next(tab.similar_tree.topLevelItem(i) for i in range(tab.similar_tree.topLevelItemCount())
                if tab.similar_tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == str(duplicate))
    select_row(qtbot, tab.similar_tree, item)
    click(qtbot, tab.use_button)
    assert "99887766" not in view.header.customer.text()
    answer(qtbot, tab.confirm_box)
    qtbot.waitUntil(lambda: "99887766" in view.header.customer.text(), timeout=3000)
    assert customer_of(ctx, ticket_id).id == duplicate
    assert tab.document_number.text() == "99887766"


# ---------------------------------------------------------------- related customers


def test_related_customers_add_edit_and_remove(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    mine = customer_of(ctx, ticket_id)
    with ctx.db.sessions() as s:
        other = s.scalar(select(Customer).where(Customer.id != mine.id, Customer.document_number.is_not(None),
                                                Customer.merged_into_id.is_(None)).limit(1))
        other_id, other_document = other.id, other.document_number
    tab = make_tab(qtbot, ctx, ticket_id)
    panel = tab.related
    start = panel.tree.topLevelItemCount() if panel.tree.isVisible() else 0
    click(qtbot, panel.buttons[panel.add_action])
    dialog = panel.dialog
    qtbot.keyClicks(dialog.picker.search, other_document)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.selected_id() == other_id
    qtbot.keyClicks(dialog.tags, "spouse, account holder")
    click(qtbot, dialog.save_button)
    assert panel.dialog is None
    rows = {r.customer_id: r for r in panel.rows}
    assert rows[other_id].tags == ("spouse", "account holder") and len(panel.rows) == start + 1

    item = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == str(rows[other_id].relation_id))
    select_row(qtbot, panel.tree, item)
    click(qtbot, panel.buttons[panel.edit_action])
    panel.dialog.tags.selectAll()
    qtbot.keyClicks(panel.dialog.tags, "partner")
    click(qtbot, panel.dialog.save_button)
    assert {r.customer_id: r for r in panel.rows}[other_id].tags == ("partner",)

    # adding the same customer again is refused in words, inside the dialog
    click(qtbot, panel.buttons[panel.add_action])
    qtbot.keyClicks(panel.dialog.picker.search, other_document)
    qtbot.keyClick(panel.dialog.picker.search, Qt.Key.Key_Return)
    click(qtbot, panel.dialog.save_button)
    assert "already related" in panel.dialog.message.text()
    panel.dialog.reject()

    click(qtbot, panel.buttons[panel.remove_action])
    answer(qtbot, panel.confirm_box)
    assert other_id not in {r.customer_id for r in panel.rows}
    with ctx.db.sessions() as s:
        relation = s.scalar(select(CustomerRelation).where(CustomerRelation.related_customer_id == other_id,
                                                          CustomerRelation.customer_id == mine.id))
        logged = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == relation.id,
                                                       ChangeLogEntry.ticket_id == ticket_id).limit(1))
    assert relation.deleted_at is not None and logged is not None


# ---------------------------------------------------------------- the assigned user


def _user_id(ctx, username: str) -> uuid.UUID:
    with ctx.db.sessions() as s:
        return s.scalar(select(User.id).where(User.username == username))


def test_only_administrators_and_the_assigned_user_change_the_assignment(qtbot, make_ctx):
    admin = make_ctx("admin")
    carlos = make_ctx("carlos")
    ticket_id = open_ticket_of(carlos)
    customer_id = customer_of(carlos, ticket_id).id
    customer_assignment.set_assignment(admin.db, admin.user, customer_id, _user_id(admin, "emma"))

    tab = make_tab(qtbot, carlos, ticket_id)
    panel = tab.assigned
    select_row(qtbot, panel.tree, panel.tree.topLevelItem(0))
    assert panel.tree.topLevelItem(0).text(1) == "Emma Wilson"
    assert not panel.change_action.isEnabled() and "Only administrators" in panel.change_action.toolTip()
    assert not panel.remove_action.isEnabled() and not panel.add_action.isEnabled()
    assert "Only administrators" in panel.buttons[panel.add_action].toolTip()
    tab.close()

    tab = make_tab(qtbot, admin, ticket_id)
    panel = tab.assigned
    select_row(qtbot, panel.tree, panel.tree.topLevelItem(0))
    assert panel.change_action.isEnabled() and panel.add_action.isEnabled()
    click(qtbot, panel.buttons[panel.change_action])
    dialog = panel.dialog
    assert not dialog.campaign.isEnabled()
    dialog.user.setCurrentIndex(dialog.user.findText("Carlos Ramírez"))
    click(qtbot, dialog.save_button)
    assert panel.tree.topLevelItem(0).text(1) == "Carlos Ramírez"

    # now the assigned user, Carlos may change it himself
    carlos_tab = make_tab(qtbot, carlos, ticket_id)
    select_row(qtbot, carlos_tab.assigned.tree, carlos_tab.assigned.tree.topLevelItem(0))
    assert carlos_tab.assigned.change_action.isEnabled()
    click(qtbot, carlos_tab.assigned.buttons[carlos_tab.assigned.remove_action])
    answer(qtbot, carlos_tab.assigned.confirm_box)
    assert carlos_tab.assigned.rows == [] and carlos_tab.assigned.empty.isVisible()


# ---------------------------------------------------------------- switching tickets


def test_the_tab_follows_the_panel_to_another_ticket_unless_edited(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    first, second = [row.id for row in pending_tickets(ctx.db, ctx.user)[:2]]
    tab = make_tab(qtbot, ctx, first)
    tab.switch_ticket(second)
    assert tab.names["first_name"].text() == "" and tab.link is None
    tab.ensure_loaded()
    assert tab.names["first_name"].text() == customer_of(ctx, second).first_name
    tab.names["first_name"].setText("typed")
    assert not tab.can_switch()


def test_controls_and_dialogs_are_named_for_assistive_technology(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("admin")
    ticket_id = open_ticket_of(make_ctx("carlos"))
    plant_duplicate(ctx, ticket_id, ctx)
    tab = make_tab(qtbot, ctx, ticket_id)
    wait_similar(qtbot, tab)
    assert _unnamed(tab) == []
    click(qtbot, tab.related.buttons[tab.related.add_action])
    assert _unnamed(tab.related.dialog) == []
    tab.related.dialog.reject()
    click(qtbot, tab.assigned.buttons[tab.assigned.add_action])
    assert _unnamed(tab.assigned.dialog) == []
    tab.assigned.dialog.reject()
    click(qtbot, tab.merge_search_button)
    assert _unnamed(tab.merge_dialog) == []
    tab.merge_dialog.reject()


def test_the_panels_on_a_profile_ask_the_service_why_read_only(qtbot, make_ctx):
    from sagicc_desktop.views.customer.assignment_panel import AssignedUsersPanel
    from sagicc_desktop.views.customer.related_panel import RelatedCustomersPanel

    viewer = make_ctx("viewer")
    with viewer.db.sessions() as s:
        customer_id = s.scalar(select(Customer.id).where(Customer.merged_into_id.is_(None)).limit(1))
    related = show_active(qtbot, RelatedCustomersPanel(viewer), size=(500, 300))
    related.set_customer(customer_id)
    assert not related.add_action.isEnabled() and "Viewers" in related.add_action.toolTip()
    assigned = show_active(qtbot, AssignedUsersPanel(make_ctx("admin")), size=(500, 300))
    assigned.set_customer(customer_id)
    assert assigned.add_action.isEnabled() and assigned.ticket_id is None
