"""T3 Account tab, driven as a user would: accounts with their data beneath, add and edit in
the dialog, "Use for this ticket" reaching the header, refusals and read-only cases."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from sagicc_desktop.services import accounts, tickets
from sagicc_desktop.store.entities import Account, AccountData, ChangeLogEntry, Ticket
from sagicc_desktop.store.enums import TicketStatus
from sagicc_desktop.views.ticket.account_dialogs import AccountDialog
from sagicc_desktop.views.ticket.account_tab import AccountTab
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def _ticket(ctx, *, closed: bool = False, min_accounts: int = 2) -> uuid.UUID:
    """A ticket whose customer has at least `min_accounts` accounts."""
    with ctx.db.sessions() as s:
        customers = select(Account.customer_id).where(Account.deleted_at.is_(None)).group_by(
            Account.customer_id).having(func.count() >= min_accounts)
        status = Ticket.status == TicketStatus.CLOSED if closed else Ticket.status.in_(TicketStatus.open_statuses())
        return s.scalar(select(Ticket.id).where(Ticket.customer_id.in_(customers), status)
                        .order_by(Ticket.number).limit(1))


def _tab(qtbot, ctx, ticket_id) -> AccountTab:
    tab = show_active(qtbot, AccountTab(ctx, ticket_id), size=(640, 480))
    tab.ensure_loaded()
    return tab


def _item(tab, number: str):
    return next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                if tab.tree.topLevelItem(i).text(0) == number)


def _click(qtbot, tab, number: str) -> None:
    rect = tab.tree.visualItemRect(_item(tab, number))
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _data_shown(tab) -> list[tuple[str, str]]:
    return [(tab.data.topLevelItem(i).text(0), tab.data.topLevelItem(i).text(1))
            for i in range(tab.data.topLevelItemCount())]


def _type_in_focus(qtbot, window, text: str) -> None:
    """Type where the window's keyboard focus is (a table cell opens its editor on the first key)."""
    for char in text:
        qtbot.keyClick(window.focusWidget(), char)


def test_selecting_an_account_shows_its_data_beneath(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    assert tab.tree.topLevelItemCount() == len(tab.listing.accounts) >= 2
    for account in tab.listing.accounts:
        _click(qtbot, tab, account.number)
        assert tab.selected().id == account.id
        assert _data_shown(tab) == list(account.data)
        assert account.number in tab.data_title.text()
    assert [a.status for a in tab.listing.accounts]  # statuses shown in words
    assert all(_item(tab, a.number).text(2) in ("Active", "Suspended", "Closed") for a in tab.listing.accounts)


def test_add_an_account_with_additional_data(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    changed = []
    tab.sig_ticket_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(tab.buttons[tab.add_action], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AccountDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.number, "TV-100200")
    qtbot.keyClicks(dialog.product, "Television Plus")
    dialog.status.setCurrentIndex(dialog.status.findData("suspended"))
    qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
    _type_in_focus(qtbot, dialog, "Decoder")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to the value cell
    _type_in_focus(qtbot, dialog, "HD-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the open cell counts too
    assert not dialog.isVisible(), dialog.message.text()
    assert tab.selected().number == "TV-100200"
    assert _data_shown(tab) == [("Decoder", "HD-2")]
    assert _item(tab, "TV-100200").text(2) == "Suspended"
    with ctx.db.sessions() as s:
        account = s.scalar(select(Account).where(Account.number == "TV-100200"))
        assert account.name == "Television Plus" and account.status == "suspended"
        assert s.scalar(select(AccountData.value).where(AccountData.account_id == account.id)) == "HD-2"
    assert changed == [True]


def test_bad_input_is_told_in_the_dialog_and_kept(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    existing = tab.listing.accounts[0].number
    count = len(tab.listing.accounts)
    tab.add_action.trigger()
    dialog = tab.dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Enter the account number."
    qtbot.keyClicks(dialog.number, existing.lower())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert f"already has an account numbered {existing.lower()}" in dialog.message.text()
    dialog.number.setText("N" * 300)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at most 60 characters" in dialog.message.text() and dialog.number.text() == "N" * 300
    dialog.number.setText("NEW-1")
    dialog.add_row("Plan", "A", focus=False)
    dialog.add_row("plan", "B", focus=False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "key “plan” more than once" in dialog.message.text()
    dialog.data.selectRow(1)
    qtbot.mouseClick(dialog.remove_row_button, Qt.MouseButton.LeftButton)
    assert dialog.rows() == [("Plan", "A")]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(accounts.list_accounts(ctx.db, ctx.user, tab.ticket_id).accounts) == count


def test_edit_account_and_data_by_double_click(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    account = tab.listing.accounts[0]
    _click(qtbot, tab, account.number)
    rect = tab.tree.visualItemRect(_item(tab, account.number))
    qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.dialog
    assert isinstance(dialog, AccountDialog) and dialog.rows() == list(account.data)
    dialog.product.setText("Renamed product")
    dialog.data.item(0, 1).setText("changed value")
    dialog.add_row("Extra", "1", focus=False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _item(tab, account.number).text(1) == "Renamed product"
    shown = dict(_data_shown(tab))
    assert shown[account.data[0][0]] == "changed value" and shown["Extra"] == "1"
    with ctx.db.sessions() as s:
        fields = set(s.scalars(select(ChangeLogEntry.entity_type).where(ChangeLogEntry.ticket_id == ticket_id)))
    assert {"account", "account_data"} <= fields


def test_a_stale_account_edit_keeps_the_users_rows(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    account = tab.listing.accounts[0]
    tab.select(account.id)
    tab.edit_action.trigger()
    dialog = tab.dialog
    accounts.update_account(ctx.db, make_ctx("laura").user, ticket_id, account.id, account.version,
                            number=account.number, name="Theirs", status=account.status, data=account.data)
    dialog.product.setText("Mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Someone else changed this account" in dialog.message.text()
    assert dialog.product.text() == "Mine" and _item(tab, account.number).text(1) == "Theirs"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and _item(tab, account.number).text(1) == "Mine"


def test_use_for_this_ticket_updates_the_header(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    view = show_active(qtbot, TicketView(ctx, ticket_id))
    view.panel.show_tab("account")
    tab = view.panel.tabs["account"]
    assert isinstance(tab, AccountTab) and tab.loaded
    choice = next(a for a in tab.listing.accounts if not a.is_ticket_account)
    _click(qtbot, tab, choice.number)
    assert tab.use_action.isEnabled()
    qtbot.mouseClick(tab.buttons[tab.use_action], Qt.MouseButton.LeftButton)
    assert tickets.header(ctx.db, ctx.user, ticket_id).account_number == choice.number
    assert view.header.account.text() == f"Account {choice.number}"
    assert tab.selected().is_ticket_account and not _item(tab, choice.number).icon(0).isNull()
    assert not tab.use_action.isEnabled() and "already" in tab.use_action.toolTip()
    ticket_tab = view.panel.tabs["ticket"]
    assert ticket_tab.account.currentData() == str(choice.id)  # the Ticket tab was reloaded
    with ctx.db.sessions() as s:
        entry = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket_id,
                                                      ChangeLogEntry.field == "account_id"))
    assert entry.new_value == str(choice.id) and entry.user_id == ctx.user.user_id


def test_use_for_this_ticket_on_stale_data_is_refused(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    current = tab.listing.ticket_account_id
    others = [a for a in tab.listing.accounts if a.id != current]
    # meanwhile a supervisor changes the ticket's account (clears it, or picks the first)
    theirs = None if current is not None else others.pop(0).id
    accounts.use_for_ticket(ctx.db, make_ctx("laura").user, ticket_id, theirs)
    mine = others[0]
    tab.select(mine.id)
    tab.use_action.trigger()
    box = tab.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.isVisible() and "changed the ticket's account" in box.text()
    assert tickets.form(ctx.db, ctx.user, ticket_id).account_id == theirs
    assert tab.listing.ticket_account_id == theirs  # the tab shows the current one now
    assert tab.selected().id == mine.id and tab.use_action.isEnabled()  # one more click if still wanted


def test_closed_ticket_and_viewer_are_read_only(qtbot, make_ctx):
    admin = make_ctx("admin")
    tab = _tab(qtbot, admin, _ticket(admin, closed=True, min_accounts=1))
    assert tab.tree.topLevelItemCount() > 0 and tab.selected() is not None
    for act in (tab.add_action, tab.edit_action, tab.use_action):
        assert not act.isEnabled() and "closed" in tab.buttons[act].toolTip()
    assert tab.notice.isVisible()
    viewer = make_ctx("viewer")
    tab = _tab(qtbot, viewer, _ticket(viewer))
    for act in (tab.add_action, tab.edit_action, tab.use_action):
        assert not act.isEnabled() and "Viewers" in tab.buttons[act].toolTip()
    tab.edit_action.trigger()
    assert tab.dialog is None


def test_dialog_controls_are_named_for_assistive_technology(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket(ctx))
    assert _unnamed(tab) == []
    tab.edit_action.trigger()
    tab.dialog.add_row("Key", "Value")  # an open cell editor too
    assert _unnamed(tab.dialog) == []
