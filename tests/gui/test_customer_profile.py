"""The customer profile driven as a user would: edit and save, the date filter, open a
ticket, files and accounts, and a merged customer landing on its survivor."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from sagicc_desktop.services import customer_edit, customer_merge, customer_profile
from sagicc_desktop.services.customer_profile import DateRange
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Ticket
from sagicc_desktop.views.customer.profile_page import CustomerProfilePage
from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def busiest_customer(ctx, rank: int = 0) -> uuid.UUID:
    """The demo customer with the most tickets (rank 1: the next one)."""
    with read_only(ctx.db) as s:
        return s.execute(
            select(Ticket.customer_id).where(Ticket.customer_id.is_not(None), Ticket.deleted_at.is_(None))
            .group_by(Ticket.customer_id).order_by(func.count().desc(), Ticket.customer_id).offset(rank).limit(1)
        ).scalar_one()


def _profile(qtbot, ctx, customer_id) -> CustomerProfilePage:
    page = show_active(qtbot, CustomerProfilePage(ctx))
    assert page.show_customer(customer_id)
    return page


def _error_text() -> str:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "errorMessage"
    text = box.text()
    box.close()
    return text


def test_header_shows_who_the_customer_is_and_only_the_visible_tab_loads(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    info = customer_profile.customer_info(ctx.db, ctx.user, customer_id)
    page = _profile(qtbot, ctx, customer_id)
    assert page.header.full_name.text() == info.full_name
    assert info.document_number in page.header.document.text()
    assert page.header.last_interaction.text().startswith("Last interaction")
    assert info.created_by in page.header.created.text()
    assert page.pages["information"].loaded
    assert not page.pages["interactions"].loaded and not page.pages["dashboard"].loaded
    assert page.pages["information"].names["last_name"].text() == info.last_name


def test_edit_and_save_writes_the_change(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    page = _profile(qtbot, ctx, customer_id)
    tab = page.pages["information"]
    tab.names["middle_name"].clear()
    qtbot.keyClicks(tab.names["middle_name"], "Andrea")
    tab.birth_date.clear()
    qtbot.keyClicks(tab.birth_date, "1985-04-23")
    qtbot.keyClick(tab.birth_date, Qt.Key.Key_Return)
    form = customer_edit.customer_form(ctx.db, ctx.user, customer_id)
    assert form.draft.middle_name == "Andrea"
    assert form.draft.birth_date == dt.date(1985, 4, 23)
    assert "Andrea" in page.header.full_name.text()
    assert page.header.updated.text().endswith(ctx.user.display_name)


def test_a_future_date_of_birth_is_refused_and_the_input_kept(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    before = customer_edit.customer_form(ctx.db, ctx.user, customer_id)
    page = _profile(qtbot, ctx, customer_id)
    tab = page.pages["information"]
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    tab.names["first_name"].setText("Renamed")
    tab.birth_date.setText(future)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert _error_text() == "The date of birth cannot be in the future."
    assert tab.birth_date.text() == future and tab.names["first_name"].text() == "Renamed"
    assert customer_edit.customer_form(ctx.db, ctx.user, customer_id).draft == before.draft
    tab.birth_date.setText("23/04/1985")  # not a date the form reads
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in _error_text()
    assert tab.birth_date.text() == "23/04/1985"


def test_date_filter_changes_the_interactions_and_paging_reaches_the_oldest(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    page = _profile(qtbot, ctx, customer_id)
    tab = page.show_tab("interactions")
    assert tab.loaded
    every = customer_profile.interactions_page(ctx.db, ctx.user, customer_id, limit=10_000)
    shown = tab.interactions.topLevelItemCount()
    assert 0 < shown <= len(every)
    newest = every[0].occurred_at.astimezone().date()
    tab.dates.set_dates(newest, newest)
    expected = customer_profile.interactions_page(ctx.db, ctx.user, customer_id,
                                                  dates=DateRange(newest, newest), limit=10_000)
    assert 0 < len(expected) < len(every)
    while tab.interaction_batches.more():
        pass
    assert tab.interactions.topLevelItemCount() == len(expected)
    assert tab.ticket_numbers() == [f"#{r.ticket_number}" for r in expected]
    qtbot.mouseClick(tab.dates.clear_button, Qt.MouseButton.LeftButton)
    while tab.interaction_batches.more():
        pass
    assert tab.interactions.topLevelItemCount() == len(every)


def test_open_a_ticket_from_the_profile_opens_the_ticket_view(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    window = show_active(qtbot, MainWindow(ctx))
    profile = window.open_customer(customer_id)
    assert window.stack.currentWidget() is profile
    tab = profile.show_tab("interactions")
    newest = customer_profile.tickets_page(ctx.db, ctx.user, customer_id, limit=1)[0]
    item = tab.tickets.topLevelItem(0)
    assert item.text(0) == f"#{newest.number}"
    tab.tickets.setFocus()
    tab.tickets.setCurrentItem(item)
    qtbot.keyClick(tab.tickets, Qt.Key.Key_Return)
    view = window.stack.currentWidget()
    assert isinstance(view, TicketView) and view.ticket_id == newest.id


def test_the_ticket_header_customer_link_opens_the_profile(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    window = show_active(qtbot, MainWindow(ctx))
    ticket_id = customer_profile.tickets_page(ctx.db, ctx.user, customer_id, limit=1)[0].id
    view = window.open_ticket(ticket_id)
    qtbot.mouseClick(view.header.customer, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.profile_page
    assert window.profile_page.customer_id == customer_id
    qtbot.keyClick(window.profile_page.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is view  # back to the ticket, still open


def test_a_merged_customer_lands_on_the_survivor_with_a_note(qtbot, make_ctx):
    ctx = make_ctx("admin")
    survivor, merged = busiest_customer(ctx), busiest_customer(ctx, 1)
    merged_name = customer_profile.customer_info(ctx.db, ctx.user, merged).full_name
    customer_merge.merge_customers(ctx.db, ctx.user, survivor, merged)
    window = show_active(qtbot, MainWindow(ctx))
    profile = window.open_customer(merged)
    assert profile.customer_id == survivor
    assert profile.header.full_name.text() == customer_profile.customer_info(ctx.db, ctx.user, survivor).full_name
    assert profile.header.note.isVisible()
    assert merged_name in profile.header.note.text()


def test_accounts_delete_after_confirming(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = next(cid for cid in (busiest_customer(ctx, r) for r in range(20))
                       if customer_profile.accounts(ctx.db, ctx.user, cid))
    accounts = customer_profile.accounts(ctx.db, ctx.user, customer_id)
    page = _profile(qtbot, ctx, customer_id)
    tab = page.show_tab("accounts")
    assert tab.list.topLevelItemCount() == len(accounts)
    assert tab.list.topLevelItem(0).childCount() == len(accounts[0].data)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.last_dialog
    assert accounts[0].number in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert len(customer_profile.accounts(ctx.db, ctx.user, customer_id)) == len(accounts)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.last_dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    left = customer_profile.accounts(ctx.db, ctx.user, customer_id)
    assert [a.id for a in left] == [a.id for a in accounts[1:]]
    assert tab.list.topLevelItemCount() == len(left)


def test_contact_details_and_files_list_what_the_services_return(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    page = _profile(qtbot, ctx, customer_id)
    contacts = page.show_tab("contacts")
    expected = customer_profile.contact_details(ctx.db, ctx.user, customer_id)
    assert [contacts.list.topLevelItem(i).text(1) for i in range(contacts.list.topLevelItemCount())] == \
        [c.value for c in expected]
    files = page.show_tab("files")
    rows = customer_profile.attachments_page(ctx.db, ctx.user, customer_id)
    assert files.list.topLevelItemCount() == min(len(rows), files.batches.size)
    if rows:
        assert files.list.topLevelItem(0).text(0) == rows[0].filename


def test_every_control_of_the_profile_is_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("admin")
    page = _profile(qtbot, ctx, busiest_customer(ctx))
    for key in page.pages:
        page.show_tab(key)
        assert _unnamed(page) == [], key


def test_a_viewer_reads_the_profile_but_cannot_change_it(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    page = _profile(qtbot, ctx, busiest_customer(ctx))
    tab = page.pages["information"]
    assert not tab.save_button.isEnabled() and not tab.names["first_name"].isEnabled()
    assert tab.notice.isVisible() and "Viewers" in tab.notice.text()
    assert not page.show_tab("interactions").add_button.isEnabled()
    assert not page.show_tab("accounts").delete_button.isEnabled()


def test_scrolling_the_interactions_reads_the_older_pages(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    every = customer_profile.interactions_page(ctx.db, ctx.user, customer_id, limit=10_000)
    assert len(every) > customer_profile.PAGE  # more than one page to read
    page = _profile(qtbot, ctx, customer_id)
    tab = page.show_tab("interactions")
    assert len(tab.interaction_batches.rows) == customer_profile.PAGE  # one page read on opening
    bar = tab.interactions.verticalScrollBar()
    for _ in range(50):
        if tab.interactions.topLevelItemCount() == len(every):
            break
        bar.setValue(bar.maximum())  # the user drags to the end of the list
        qtbot.wait(1)
    assert tab.ticket_numbers() == [f"#{r.ticket_number}" for r in every]


def test_a_file_is_saved_and_deleted_after_confirming(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("admin")
    with read_only(ctx.db) as s:  # a file on a ticket still open: closed tickets keep their files
        open_ids = set(s.scalars(select(Ticket.id).where(Ticket.status != "closed")))
    customer_id, chosen = next(
        (cid, row) for cid in (busiest_customer(ctx, r) for r in range(40))
        for row in customer_profile.attachments_page(ctx.db, ctx.user, cid) if row.ticket_id in open_ids)
    rows = customer_profile.attachments_page(ctx.db, ctx.user, customer_id)
    page = _profile(qtbot, ctx, customer_id)
    tab = page.show_tab("files")
    tab.list.setCurrentItem(tab.list.topLevelItem(rows.index(chosen)))
    assert tab.current_row() == chosen
    target = tmp_path / "copy.bin"
    assert tab.save_to(chosen.id, target)  # what the Save as dialog feeds
    assert target.stat().st_size == chosen.size
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert chosen.filename in tab.last_dialog.text()
    qtbot.mouseClick(tab.last_dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    left = customer_profile.attachments_page(ctx.db, ctx.user, customer_id)
    assert [r.id for r in left] == [r.id for r in rows if r != chosen]
    assert tab.list.topLevelItemCount() == min(len(left), tab.batches.size)


def test_add_ticket_creates_it_for_the_customer_and_opens_it(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    window = show_active(qtbot, MainWindow(ctx))
    profile = window.open_customer(customer_id)
    tab = profile.show_tab("interactions")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.last_dialog
    assert not dialog.ok.isEnabled()  # no subject yet
    qtbot.keyClicks(dialog.subject, "Wants a second line")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    view = window.stack.currentWidget()
    assert isinstance(view, TicketView)
    newest = customer_profile.tickets_page(ctx.db, ctx.user, customer_id, limit=1)[0]
    assert newest.subject == "Wants a second line" and view.ticket_id == newest.id
