"""New customer without duplicates, driven as a user would: a brand-new person is created and its
profile opens; typing a stored customer's name and document offers that customer (open it, or
create anyway); a refused birth date keeps the input; a ticket whose customer has a look-alike
says so in its Customer tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from sagicc_desktop.services import customer_edit
from sagicc_desktop.store.entities import ContactPoint, Customer
from sagicc_desktop.views.customer.new_customer_dialog import NewCustomerDialog
from sagicc_desktop.views.customer.profile_page import CustomerProfilePage
from sagicc_desktop.views.customers_page import CustomersPage
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active
from .test_accessibility import _unnamed
from .test_customer_tab import customer_of, make_tab, open_ticket_of, wait_similar


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def a_demo_customer(ctx) -> Customer:
    """A live demo customer with a document number and a name QTest can type (ASCII only)."""
    with ctx.db.sessions() as s:
        rows = s.scalars(select(Customer).where(Customer.document_number.is_not(None), Customer.deleted_at.is_(None),
                                                Customer.merged_into_id.is_(None))
                         .order_by(Customer.last_name, Customer.first_name)).all()
        c = next(r for r in rows if (r.full_name + r.document_number).isascii() and not r.middle_name)
        s.expunge(c)
        return c


def customers_named(ctx, first: str, last: str) -> list[Customer]:
    with ctx.db.sessions() as s:
        rows = s.scalars(select(Customer).where(Customer.first_name == first, Customer.last_name == last)).all()
        for row in rows:
            s.expunge(row)
        return list(rows)


def open_dialog(qtbot, ctx) -> tuple[CustomersPage, NewCustomerDialog, list]:
    """The Customers page alone, its ctx.open_customer recording what the app would open."""
    opened: list = []
    ctx.open_customer = opened.append
    page = show_active(qtbot, CustomersPage(ctx))
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.new_dialog is not None
    dialog = page.new_dialog
    qtbot.waitExposed(dialog)
    return page, dialog, opened


def type_person(qtbot, dialog, first, last, *, document_type=None, number="", second_last="") -> None:
    if document_type:
        dialog.document_type.setCurrentIndex(dialog.document_type.findData(document_type))
    qtbot.keyClicks(dialog.document_number, number)
    qtbot.keyClicks(dialog.names["first_name"], first)
    qtbot.keyClicks(dialog.names["last_name"], last)
    qtbot.keyClicks(dialog.names["second_last_name"], second_last)


def test_a_brand_new_customer_is_created_and_its_profile_opens(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.customers_page
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.new_dialog
    assert isinstance(dialog, NewCustomerDialog)
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    type_person(qtbot, dialog, "Zenobia", "Quetzaltenango", document_type="cc", number="7.700.112.233")
    qtbot.keyClicks(dialog.phone, "+57 310 555 0199")
    qtbot.keyClicks(dialog.email, "zenobia.q@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter creates
    [created] = customers_named(ctx, "Zenobia", "Quetzaltenango")
    assert created.document_number == "7700112233"
    with ctx.db.sessions() as s:
        kinds = set(s.scalars(select(ContactPoint.value).where(ContactPoint.customer_id == created.id)))
    assert "zenobia.q@example.org" in kinds and len(kinds) == 2
    profile = window.stack.currentWidget()
    assert isinstance(profile, CustomerProfilePage) and profile.customer_id == created.id
    assert not dialog.isVisible()


def test_typing_a_stored_customer_offers_it_and_open_instead_opens_it(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    known = a_demo_customer(ctx)
    page, dialog, opened = open_dialog(qtbot, ctx)
    with ctx.db.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Customer))
    type_person(qtbot, dialog, known.first_name, known.last_name, document_type=known.document_type,
                number=known.document_number)
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.similar_box.isVisible() and not dialog.ok.isVisible()
    rows = {dialog.similar_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): dialog.similar_list.topLevelItem(i)
            for i in range(dialog.similar_list.topLevelItemCount())}
    item = rows[str(known.id)]
    assert item.text(0) == known.full_name
    assert known.document_number in item.text(1)
    assert 70 <= int(item.text(2).rstrip(" %")) <= 100
    assert "same document" in item.text(3) and "similar name" in item.text(3)
    assert "alike" in item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert dialog.similar_list.currentItem() is item  # the document's holder comes selected
    assert "already has this document" in dialog.similar_text.text()
    assert not dialog.anyway_button.isEnabled()  # two live customers never share a document
    assert known.full_name in dialog.open_button.text()
    click(qtbot, dialog.open_button)
    assert opened == [known.id]
    assert not dialog.isVisible()
    with ctx.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == before  # no duplicate made


def test_create_anyway_makes_the_second_customer(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    known = a_demo_customer(ctx)
    page, dialog, opened = open_dialog(qtbot, ctx)
    type_person(qtbot, dialog, known.first_name, known.last_name, second_last=known.second_last_name or "")
    qtbot.keyClick(dialog.names["second_last_name"], Qt.Key.Key_Return)
    assert dialog.similar_box.isVisible()
    assert str(known.id) in {dialog.similar_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                             for i in range(dialog.similar_list.topLevelItemCount())}
    assert opened == []
    click(qtbot, dialog.anyway_button)
    twins = customers_named(ctx, known.first_name, known.last_name)
    new = [c for c in twins if c.id != known.id and c.document_number is None]
    assert len(new) == 1
    assert opened == [new[0].id]


def test_editing_after_the_matches_hides_them_so_create_checks_again(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    known = a_demo_customer(ctx)
    page, dialog, opened = open_dialog(qtbot, ctx)
    type_person(qtbot, dialog, known.first_name, known.last_name, document_type=known.document_type,
                number=known.document_number)
    click(qtbot, dialog.ok)
    assert dialog.similar_box.isVisible()
    qtbot.keyClicks(dialog.names["middle_name"], "X")
    assert not dialog.similar_box.isVisible() and dialog.ok.isVisible()


def test_a_future_birth_date_is_refused_and_the_input_kept(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    page, dialog, opened = open_dialog(qtbot, ctx)
    type_person(qtbot, dialog, "Yolotli", "Xicotencatl")
    future = dt.date.today() + dt.timedelta(days=30)
    dialog.birth_date.setDate(QDate(future.year, future.month, future.day))
    click(qtbot, dialog.ok)
    box = dialog.error_box
    assert box is not None and "future" in box.text()
    box.close()
    assert dialog.isVisible()
    assert dialog.names["first_name"].text() == "Yolotli" and dialog.names["last_name"].text() == "Xicotencatl"
    assert dialog.birth_date.date() == QDate(future.year, future.month, future.day)
    assert customers_named(ctx, "Yolotli", "Xicotencatl") == [] and opened == []


def test_escape_cancels_without_creating(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    page, dialog, opened = open_dialog(qtbot, ctx)
    type_person(qtbot, dialog, "Wenceslao", "Vivanco")
    qtbot.keyClick(dialog.names["last_name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert customers_named(ctx, "Wenceslao", "Vivanco") == [] and opened == []
    assert QApplication.activeModalWidget() is None


def test_viewers_cannot_open_the_dialog(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    page = show_active(qtbot, CustomersPage(ctx))
    assert not page.new_button.isEnabled() and "Viewers" in page.new_button.toolTip()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.new_dialog is None


def test_the_customer_tab_says_a_ticket_customer_may_be_a_duplicate(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = open_ticket_of(ctx)
    original = customer_of(ctx, ticket_id)
    tab = make_tab(qtbot, ctx, ticket_id)
    wait_similar(qtbot, tab)
    assert all(m.percentage < 70 for m in tab.similar) or tab.duplicate_line.isVisible()
    twin = customer_edit.create_customer(  # an unknown sender's message made a second customer
        ctx.db, make_ctx("admin").user,
        customer_edit.CustomerDraft("cc", "99887766", original.first_name, original.middle_name,
                                    original.last_name, original.second_last_name, original.birth_date),
        allow_similar=True)
    tab.load()
    wait_similar(qtbot, tab)
    assert any(m.customer_id == twin and m.percentage >= 70 for m in tab.similar)
    line = tab.duplicate_line
    assert line.isVisible()
    best = max(tab.similar, key=lambda m: m.percentage)
    assert best.full_name in line.text() and f"({best.percentage} %)" in line.text()
    assert "may be a duplicate of" in line.accessibleName()
