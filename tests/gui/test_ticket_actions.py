"""The options menu's ticket actions driven as a user would: reassign, merge, related, close,
duplicate and delete; what each role may do shows in the menu."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import notifications, presence, related_tickets, ticket_actions, tickets
from sagicc_desktop.services.errors import NotFound
from sagicc_desktop.services.settings import HIDE_OTHER_CAMPAIGNS, set_setting
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Campaign, Customer, Ticket, User
from sagicc_desktop.store.enums import Presence, TicketStatus
from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.ticket.merge_dialog import MergeDialog
from sagicc_desktop.views.ticket.reassign_dialog import ReassignDialog
from sagicc_desktop.views.ticket.related_dialog import RelatedDialog

from .conftest import show_active

ACTIONS = ("reassign", "merge", "related", "close", "duplicate", "delete")


def _window(qtbot, ctx) -> MainWindow:
    return show_active(qtbot, MainWindow(ctx))


def _tickets(ctx, n=1, **flt):
    return [r.id for r in TicketListQuery(ctx.db, ctx.user, TicketFilter(**flt)).first_page(n)]


def _open(ctx, n=1, **flt):
    return _tickets(ctx, n, statuses=(TicketStatus.NEW, TicketStatus.IN_PROGRESS), **flt)


def _action(view, key) -> QAction:
    action = view.findChild(QAction, f"{key}Action")
    assert action is not None and action.text()
    return action


def _box(parent, object_name) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox, object_name) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _yes(parent, object_name) -> QMessageBox:
    box = _box(parent, object_name)
    box.button(QMessageBox.StandardButton.Yes).click()
    return box


def _user_id(ctx, username) -> uuid.UUID:
    with ctx.db.sessions() as s:
        return s.scalar(select(User.id).where(User.username == username))


def _number(ctx, ticket_id) -> int:
    return tickets.header(ctx.db, ctx.user, ticket_id).number


def _error_texts(window) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "errorMessage") if b.isVisible()]


@pytest.mark.parametrize("who, enabled", [
    ("admin", set(ACTIONS)),
    ("laura", {"reassign", "merge", "related", "close"}),
    ("carlos", {"reassign", "merge", "related", "close"}),
    ("viewer", {"related"}),
])
def test_menu_reflects_each_role(qtbot, make_ctx, who, enabled):
    ctx = make_ctx(who)
    view = _window(qtbot, ctx).open_ticket(_open(ctx)[0])
    for key in ACTIONS:
        action = _action(view, key)
        assert action.isEnabled() == (key in enabled), key
        if key not in enabled:
            why = "Only administrators" if key in ("duplicate", "delete") else "Viewers can read"
            assert why in action.toolTip(), key
    assert view.header.options_menu.toolTipsVisible()


def test_reassign_to_another_campaigns_user_returns_to_the_tickets_module(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    ticket_id = _open(ctx, assignee_id=ctx.user.user_id)[0]
    view = window.open_ticket(ticket_id)
    campaign = tickets.header(ctx.db, ctx.user, ticket_id).campaign_name
    _action(view, "reassign").trigger()
    dialog = view.findChild(ReassignDialog)
    assert dialog.isVisible() and campaign in dialog.intro.text()
    members = dialog.visible_names()
    assert members[0].startswith("Unassigned") and any("(current)" in n for n in members)
    assert "Victor Viewer" not in members
    dialog.other_campaigns.click()
    everyone = dialog.visible_names()
    assert len(everyone) >= len(members)
    qtbot.keyClicks(dialog.filter, "emma")
    assert dialog.visible_names() == ["Emma Wilson"]
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    emma = _user_id(ctx, "emma")
    assert dialog.select(emma)
    item = dialog.users.currentItem()
    assert item.text(1) == "Agent" and item.text(3) in ("Available", "Busy", "Away", "Offline")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.ticket_view is None and window.stack.currentWidget() is window.tickets_page
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE
    with ctx.db.sessions() as s:
        t = s.get(Ticket, ticket_id)
        assert t.assignee_id == emma and s.get(Campaign, t.campaign_id).name == campaign
    emma_ctx = make_ctx("emma")
    assert [r.ticket_id for r in notifications.unread(ctx.db, emma_ctx.user)] == [ticket_id]


def test_reassign_to_nobody(qtbot, make_ctx):
    ctx = make_ctx("laura")
    window = _window(qtbot, ctx)
    ticket_id = _open(ctx)[0]
    _action(window.open_ticket(ticket_id), "reassign").trigger()
    dialog = window.ticket_view.findChild(ReassignDialog)
    assert dialog.select(None)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.ticket_view is None
    with ctx.db.sessions() as s:
        assert s.get(Ticket, ticket_id).assignee_id is None


def test_close_asks_then_makes_the_ticket_read_only(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    view = window.open_ticket(_open(ctx)[0])
    _action(view, "close").trigger()
    box = _box(view, "closeTicketConfirm")
    assert "cannot be reopened" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert view.header.status.text() != "Closed"
    ticket_id = view.ticket_id
    _action(view, "close").trigger()
    _yes(view, "closeTicketConfirm")
    assert window.ticket_view is None and window.stack.currentWidget() is window.tickets_page  # as the manual says
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE
    view = window.open_ticket(ticket_id)
    assert view.header.status.text() == "Closed"
    close = _action(view, "close")
    assert not close.isEnabled() and "closed" in close.toolTip()
    assert not _action(view, "reassign").isEnabled()
    view.panel.show_tab("ticket")
    assert not view.panel.tabs["ticket"].subject.isEnabled()  # read-only for good


def test_merge_explains_bad_numbers_then_merges_into_the_chosen_ticket(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx)
    source, target = _open(ctx, 2)
    closed = _tickets(ctx, statuses=(TicketStatus.CLOSED,))[0]
    view = window.open_ticket(source)
    _action(view, "merge").trigger()
    dialog = view.findChild(MergeDialog)
    for number, said in ((_number(ctx, source), "itself"), (999_999, "no ticket"),
                         (_number(ctx, closed), "closed")):
        dialog.number.clear()
        qtbot.keyClicks(dialog.number, str(number))
        assert said in dialog.found.text() and not dialog.merge_button.isEnabled()
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, str(_number(ctx, target)))
    assert dialog.merge_button.isEnabled()
    assert f"#{_number(ctx, target)}" in dialog.found.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    box = _box(dialog, "mergeConfirm")
    assert "cannot be undone" in box.text() and f"into ticket #{_number(ctx, target)}" in box.text()
    _yes(dialog, "mergeConfirm")
    qtbot.waitUntil(lambda: window.ticket_view is not None and window.ticket_view.ticket_id == target)
    with ctx.db.sessions() as s:
        merged = s.get(Ticket, source)
        assert merged.status is TicketStatus.CLOSED and merged.merged_into_id == target
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.BUSY


def test_merge_refuses_a_ticket_of_a_hidden_campaign(qtbot, make_ctx):
    admin = make_ctx("admin")
    with unit_of_work(admin.db) as s:
        set_setting(s, admin.user, HIDE_OTHER_CAMPAIGNS, True)
        mobile = s.scalar(select(Campaign.id).where(Campaign.name == "Ventas Móvil"))
    hidden = _tickets(admin, campaign_id=mobile)[0]
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    view = window.open_ticket(_open(ctx)[0])
    _action(view, "merge").trigger()
    dialog = view.findChild(MergeDialog)
    qtbot.keyClicks(dialog.number, str(_number(admin, hidden)))
    assert "campaign you do not have access to" in dialog.found.text()
    assert not dialog.merge_button.isEnabled()


def test_merge_with_the_customers_keeps_the_chosen_customer(qtbot, make_ctx):
    ctx = make_ctx("laura")
    window = _window(qtbot, ctx)
    rows = TicketListQuery(ctx.db, ctx.user, TicketFilter(statuses=(TicketStatus.NEW,))).first_page(50)
    with ctx.db.sessions() as s:
        customers = {r.id: s.get(Ticket, r.id).customer_id for r in rows}
    source = rows[0].id
    target = next(r.id for r in rows if customers[r.id] not in (None, customers[source]))
    view = window.open_ticket(source)
    _action(view, "merge").trigger()
    dialog = view.findChild(MergeDialog)
    assert not dialog.merge_customers.isEnabled()
    qtbot.keyClicks(dialog.number, str(_number(ctx, target)))
    assert dialog.merge_customers.isEnabled()
    dialog.merge_customers.click()
    dialog.keep_other.click()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "customers are merged too" in _box(dialog, "mergeConfirm").text()
    _yes(dialog, "mergeConfirm")
    qtbot.waitUntil(lambda: window.ticket_view is not None and window.ticket_view.ticket_id == target)
    with ctx.db.sessions() as s:
        gone = s.get(Customer, customers[source])
        assert gone.deleted_at is not None and gone.merged_into_id == customers[target]
        assert s.get(Ticket, source).customer_id == customers[target]


def test_related_tickets_add_remove_and_open(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    here, other = _open(ctx, 2)
    view = window.open_ticket(here)
    _action(view, "related").trigger()
    dialog = view.findChild(RelatedDialog)
    before = dialog.numbers()
    qtbot.keyClicks(dialog.number, "999999")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "no ticket" in dialog.message.text() and dialog.message.isVisible()
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, str(_number(ctx, other)))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert f"#{_number(ctx, other)}" in dialog.numbers() and len(dialog.numbers()) == len(before) + 1
    assert not dialog.message.isVisible()
    assert here in [r.ticket_id for r in related_tickets.related(ctx.db, ctx.user, other)]  # both directions
    qtbot.keyClicks(dialog.number, str(_number(ctx, other)))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already related" in dialog.message.text()
    row = dialog.numbers().index(f"#{_number(ctx, other)}")
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.numbers() == before
    related_tickets.add(ctx.db, ctx.user, here, _number(ctx, other))
    dialog.load()
    row = dialog.numbers().index(f"#{_number(ctx, other)}")
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ticket_view is not None and window.ticket_view.ticket_id == other)


def test_viewer_lists_related_tickets_but_cannot_change_them(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    view = _window(qtbot, ctx).open_ticket(_open(ctx)[0])
    _action(view, "related").trigger()
    dialog = view.findChild(RelatedDialog)
    assert not dialog.number.isEnabled() and not dialog.add_button.isEnabled()
    assert "Viewers" in dialog.add_button.toolTip()


def test_administrator_duplicates_then_deletes(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx)
    original = _open(ctx)[0]
    view = window.open_ticket(original)
    subject = view.header.subject.text()
    _action(view, "duplicate").trigger()
    qtbot.waitUntil(lambda: window.ticket_view is not None and window.ticket_view.ticket_id != original)
    copy = window.ticket_view.ticket_id
    assert window.ticket_view.header.subject.text() == subject
    assert window.ticket_view.header.status.text() == "New"
    _action(window.ticket_view, "delete").trigger()
    _yes(window.ticket_view, "deleteTicketConfirm")
    assert window.ticket_view is None and window.stack.currentWidget() is window.tickets_page
    with pytest.raises(NotFound):
        tickets.header(ctx.db, ctx.user, copy)
    assert copy not in _tickets(ctx, 1000)
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE
    assert _error_texts(window) == []


def test_a_refused_action_says_why(qtbot, make_ctx):
    """Closed elsewhere after the menu was built: the service refuses and the user is told."""
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    ticket_id = _open(ctx)[0]
    view = window.open_ticket(ticket_id)
    laura = make_ctx("laura")
    ticket_actions.close(laura.db, laura.user, ticket_id)
    _action(view, "reassign").trigger()
    assert any("closed" in text for text in
               [b.text() for b in view.findChildren(QMessageBox, "errorMessage") if b.isVisible()])


def test_dialog_controls_are_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("admin")
    view = _window(qtbot, ctx).open_ticket(_open(ctx)[0])
    for key, kind in (("reassign", ReassignDialog), ("merge", MergeDialog), ("related", RelatedDialog)):
        _action(view, key).trigger()
        dialog = view.findChild(kind)
        qtbot.waitExposed(dialog)
        assert _unnamed(dialog) == [], key
        dialog.reject()
    _action(view, "close").trigger()
    box = _box(view, "closeTicketConfirm")
    assert box.accessibleName() and all(b.accessibleName() for b in box.buttons())


def test_actions_follow_a_language_change(qtbot, make_ctx):
    from PySide6.QtCore import QCoreApplication, QEvent

    ctx = make_ctx("carlos")
    view = _window(qtbot, ctx).open_ticket(_open(ctx)[0])
    action = _action(view, "merge")
    action.setText("stale text")
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert action.text() == "Merge with another ticket…"
