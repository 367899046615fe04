"""The Customers module: typing finds a demo customer, Enter opens its profile in the window."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sagicc_desktop.services import customer_profile
from sagicc_desktop.views.customer.profile_page import CustomerProfilePage
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active
from .test_accessibility import _unnamed
from .test_customer_profile import busiest_customer


def _names(page) -> list[str]:
    return [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]


def _customers_page(qtbot, ctx):
    window = show_active(qtbot, MainWindow(ctx))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.customers_page
    assert window.stack.currentWidget() is page
    return window, page


def test_typing_a_surname_finds_the_customer_and_enter_opens_the_profile(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    info = customer_profile.customer_info(ctx.db, ctx.user, customer_id)
    window, page = _customers_page(qtbot, ctx)
    page.search.setFocus()
    qtbot.keyClicks(page.search, f"{info.last_name} {info.first_name}")
    qtbot.waitUntil(lambda: info.full_name in _names(page), timeout=3000)
    row = _names(page).index(info.full_name)
    item = page.list.topLevelItem(row)
    assert _unnamed(page) == []
    assert info.document_number in item.text(1)
    assert item.text(3)  # the last interaction
    page.list.setCurrentItem(item)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    profile = window.stack.currentWidget()
    assert isinstance(profile, CustomerProfilePage)
    assert profile.customer_id == customer_id
    assert profile.header.full_name.text() == info.full_name


def test_double_click_opens_the_profile_and_back_returns_to_the_search(qtbot, make_ctx):
    ctx = make_ctx("emma")
    window, page = _customers_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() > 0, timeout=2000)  # A to Z before typing
    word = page.list.topLevelItem(0).text(0).split()[0]
    qtbot.keyClicks(page.search, word)
    qtbot.waitUntil(lambda: page._searched == word, timeout=3000)
    item = page.list.topLevelItem(0)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    profile = window.stack.currentWidget()
    assert isinstance(profile, CustomerProfilePage)
    assert profile.header.full_name.text() == item.text(0)
    qtbot.mouseClick(profile.header.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page


def test_a_search_without_matches_says_so(qtbot, make_ctx):
    window, page = _customers_page(qtbot, make_ctx("emma"))
    qtbot.keyClicks(page.search, "Zzyzxq")
    qtbot.waitUntil(lambda: page.more.isVisible(), timeout=3000)
    assert page.list.topLevelItemCount() == 0
    assert "Zzyzxq" in page.more.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # nothing to open: the search stays
    assert window.stack.currentWidget() is page
    assert QApplication.activeModalWidget() is None
