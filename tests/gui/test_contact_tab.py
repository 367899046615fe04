"""T2 Contact tab, driven as a user would: add, edit, delete, block and unblock, the flags,
refusals told in the dialog, and the read-only cases."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from sagicc_desktop import i18n
from sagicc_desktop.services import block_list, contacts
from sagicc_desktop.store.entities import BlockedContact, ChangeLogEntry, ContactPoint, Ticket
from sagicc_desktop.store.enums import ContactKind, TicketStatus
from sagicc_desktop.views.ticket.contact_dialogs import BlockDialog, ContactDialog
from sagicc_desktop.views.ticket.contact_tab import ContactTab
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def _ticket(ctx, *, blocked: bool = False, closed: bool = False) -> uuid.UUID:
    """A ticket whose customer has contact data (one of it blocked, if asked)."""
    with ctx.db.sessions() as s:
        query = select(Ticket.id).join(ContactPoint, ContactPoint.customer_id == Ticket.customer_id)
        if blocked:
            query = query.join(BlockedContact, (BlockedContact.normalized_value == ContactPoint.normalized_value)
                               & (BlockedContact.kind == ContactPoint.kind))
        status = Ticket.status == TicketStatus.CLOSED if closed else Ticket.status != TicketStatus.CLOSED
        return s.scalar(query.where(status, ContactPoint.deleted_at.is_(None)).order_by(Ticket.number).limit(1))


def _tab(qtbot, ctx, ticket_id) -> ContactTab:
    tab = show_active(qtbot, ContactTab(ctx, ticket_id), size=(640, 420))
    tab.ensure_loaded()
    return tab


def _rows(tab) -> list[list[str]]:
    return [[tab.tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tab.tree.topLevelItemCount())]


def _row_of(tab, text: str):
    return next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                if tab.tree.topLevelItem(i).text(1) == text)


def _click_row(qtbot, tab, item, double: bool = False) -> None:
    rect = tab.tree.visualItemRect(item)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored(ctx, ticket_id) -> dict[str, ContactPoint]:
    with ctx.db.sessions() as s:
        customer = s.get(Ticket, ticket_id).customer_id
        return {p.value: p for p in s.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer))}


def test_blocked_values_are_flagged_with_icon_and_tooltip(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx, blocked=True)
    tab = _tab(qtbot, ctx, ticket_id)
    blocked = [r for r in tab.listing.rows if r.blocked]
    assert blocked and len(_rows(tab)) == len(tab.listing.rows)
    item = _row_of(tab, blocked[0].value)
    assert not item.icon(1).isNull()
    assert "Blocked" in item.toolTip(1) and blocked[0].block_reason in item.toolTip(1)
    plain = next(r for r in tab.listing.rows if not r.blocked)
    assert _row_of(tab, plain.value).icon(1).isNull() and _row_of(tab, plain.value).toolTip(1) == ""


def test_add_a_mobile_from_the_toolbar(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    changed = []
    tab.sig_ticket_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(tab.buttons[tab.add_action], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.MOBILE.value))
    assert "300" in dialog.value.placeholderText()
    qtbot.keyClicks(dialog.value, "310 555 1234")
    qtbot.keyClicks(dialog.label, "Trabajo")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = _stored(ctx, ticket_id)["310 555 1234"]
    assert stored.normalized_value == "+573105551234" and stored.label == "Trabajo"
    assert ["Mobile", "310 555 1234", "Trabajo"] == [_row_of(tab, "310 555 1234").text(c) for c in range(3)]
    assert tab.selected_id() == str(stored.id)  # the new row is selected
    assert changed == [True]


def test_invalid_and_duplicate_values_are_told_in_the_dialog(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    before = len(_rows(tab))
    tab.add_action.trigger()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.EMAIL.value))
    qtbot.keyClicks(dialog.value, "ana@@x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not a valid e-mail address: ana@@x" in dialog.message.text()
    assert dialog.value.text() == "ana@@x"
    existing = next(r for r in tab.listing.rows if r.kind is ContactKind.EMAIL)
    dialog.value.setText(existing.value.upper())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already has this contact data" in dialog.message.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.ADDRESS.value))
    dialog.value.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Enter the e-mail address, number, address or profile." == dialog.message.text()
    dialog.value.setText("Calle 1")
    dialog.label.setText("L" * 300)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at most 80 characters" in dialog.message.text() and dialog.focusWidget() is dialog.label
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(_rows(tab)) == before


def test_edit_by_double_click_and_the_change_log(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    row = tab.listing.rows[0]
    _click_row(qtbot, tab, _row_of(tab, row.value), double=True)
    dialog = tab.dialog
    assert isinstance(dialog, ContactDialog) and dialog.value.text() == row.value
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "Oficina")
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)  # Save is the default button
    assert not dialog.isVisible()
    assert _row_of(tab, row.value).text(2) == "Oficina"
    with ctx.db.sessions() as s:
        entry = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket_id,
                                                      ChangeLogEntry.field == "label"))
    assert entry.old_value == row.label and entry.new_value == "Oficina" and entry.user_id == ctx.user.user_id


def test_a_stale_edit_keeps_the_users_text_and_a_second_save_wins(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    row = next(r for r in tab.listing.rows if r.kind is ContactKind.EMAIL)
    tab.select(row.id)
    tab.edit_action.trigger()
    dialog = tab.dialog
    contacts.update_contact(ctx.db, make_ctx("laura").user, ticket_id, row.id, row.version,
                            kind=row.kind, value="theirs@example.com")
    dialog.value.setText("mine@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Someone else changed this contact data" in dialog.message.text()
    assert "theirs@example.com" in dialog.message.text() and dialog.value.text() == "mine@example.com"
    assert _row_of(tab, "theirs@example.com")  # the list shows theirs meanwhile
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and "mine@example.com" in _stored(ctx, ticket_id)


def test_delete_asks_first_and_leaves_a_tombstone(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    row = tab.listing.rows[-1]
    _click_row(qtbot, tab, _row_of(tab, row.value))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    box = tab.confirm
    assert box is not None and box.isVisible() and row.value in box.text()
    assert box.defaultButton().objectName() == "confirmDeleteContactCancel"  # Enter does not delete
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert _stored(ctx, ticket_id)[row.value].deleted_at is None
    tab.delete_action.trigger()
    qtbot.mouseClick(tab.confirm.accepted_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, ticket_id)[row.value].deleted_at is not None
    assert row.value not in [r[1] for r in _rows(tab)]


def test_agent_blocks_with_a_reason_but_may_not_unblock(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    row = next(r for r in tab.listing.rows if not r.blocked)
    _click_row(qtbot, tab, _row_of(tab, row.value))
    assert not tab.unblock_action.isEnabled() and "not on the block list" in tab.unblock_action.toolTip()
    qtbot.mouseClick(tab.buttons[tab.block_action], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, BlockDialog) and row.value in dialog.explanation.text()
    qtbot.keyClicks(dialog.reason, "Asked not to be contacted")
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    item = _row_of(tab, row.value)
    assert not item.icon(1).isNull() and "Asked not to be contacted" in item.toolTip(1)
    assert not tab.block_action.isEnabled() and "Already" in tab.block_action.toolTip()
    assert not tab.unblock_action.isEnabled()
    assert "supervisors and administrators" in tab.buttons[tab.unblock_action].toolTip()
    with ctx.db.sessions() as s:
        assert block_list.is_blocked(s, row.kind, row.normalized_value)


def test_supervisor_unblocks_after_confirming(qtbot, make_ctx):
    ctx = make_ctx("laura")
    ticket_id = _ticket(ctx, blocked=True)
    tab = _tab(qtbot, ctx, ticket_id)
    row = next(r for r in tab.listing.rows if r.blocked)
    _click_row(qtbot, tab, _row_of(tab, row.value))
    assert tab.unblock_action.isEnabled()
    qtbot.mouseClick(tab.buttons[tab.unblock_action], Qt.MouseButton.LeftButton)
    assert row.value in tab.confirm.text()
    qtbot.mouseClick(tab.confirm.accepted_button, Qt.MouseButton.LeftButton)
    assert _row_of(tab, row.value).icon(1).isNull()
    with ctx.db.sessions() as s:
        assert not block_list.is_blocked(s, row.kind, row.normalized_value)


def test_insert_key_opens_the_add_dialog(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    assert isinstance(tab.dialog, ContactDialog) and tab.dialog.isVisible()
    assert tab.dialog.focusWidget() is tab.dialog.value
    qtbot.keyClick(tab.dialog, Qt.Key.Key_Escape)
    assert not tab.dialog.isVisible()


def test_closed_ticket_disables_every_control_and_says_why(qtbot, make_ctx):
    ctx = make_ctx("admin")
    tab = _tab(qtbot, ctx, _ticket(ctx, closed=True))
    assert tab.tree.topLevelItemCount() > 0
    tab.select(tab.listing.rows[0].id)
    for act in (tab.add_action, tab.edit_action, tab.delete_action, tab.block_action, tab.unblock_action):
        assert not act.isEnabled() and "closed" in tab.buttons[act].toolTip()
    assert tab.notice.isVisible() and "closed" in tab.notice.text()
    tab.add_action.trigger()
    assert tab.dialog is None


def test_viewer_reads_only(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    tab.select(tab.listing.rows[0].id)
    assert not tab.edit_action.isEnabled() and "Viewers" in tab.buttons[tab.edit_action].toolTip()
    assert not tab.add_action.isEnabled() and not tab.block_action.isEnabled()


def test_the_panel_uses_this_tab(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    view = show_active(qtbot, TicketView(ctx, _ticket(ctx)))
    view.panel.show_tab("contact")
    tab = view.panel.tabs["contact"]
    assert isinstance(tab, ContactTab) and tab.loaded and tab.tree.topLevelItemCount() > 0


def test_a_language_switch_keeps_the_selection_and_an_open_edit(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    row = tab.listing.rows[-1]
    tab.select(row.id)
    tab.edit_action.trigger()
    tab.dialog.label.setText("half typed")
    try:
        i18n.install_translators(QApplication.instance(), "es")
        QLocale.setDefault(QLocale(QLocale.Language.Spanish))
        qtbot.wait(20)  # LanguageChange arrives through the event loop
        assert tab.selected_id() == str(row.id) and len(_rows(tab)) == len(tab.listing.rows)
        assert tab.dialog.label.text() == "half typed" and tab.dialog.isVisible()
    finally:
        i18n.install_translators(QApplication.instance(), "en")
        QLocale.setDefault(QLocale(QLocale.Language.English))
        qtbot.wait(20)


def test_dialog_controls_are_named_for_assistive_technology(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("laura")
    tab = _tab(qtbot, ctx, _ticket(ctx, blocked=True))
    assert _unnamed(tab) == []
    tab.add_action.trigger()
    assert _unnamed(tab.dialog) == []
    tab.dialog.reject()
    tab.select(next(r for r in tab.listing.rows if not r.blocked).id)
    tab.block_action.trigger()
    assert isinstance(tab.dialog, BlockDialog) and _unnamed(tab.dialog) == []
    tab.dialog.reject()
    tab.delete_action.trigger()
    assert _unnamed(tab.confirm) == []
