"""The main window fits a 1280x720 laptop screen in English and Spanish, on every page."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from sagicc_desktop import i18n
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Ticket
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active

SCREEN = (1280, 720)


def _switch(qtbot, language: str) -> None:
    i18n.install_translators(QApplication.instance(), language)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English))
    qtbot.wait(20)  # LanguageChange arrives through the event loop


def _customer_of(ctx, ticket_id):
    with read_only(ctx.db) as session:
        return session.get(Ticket, ticket_id).customer_id


def _too_big(window: MainWindow, where: str) -> list[str]:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]:
        return []
    return [f"{where}: {hint.width()}x{hint.height()}"]


def _every_page(qtbot, window: MainWindow, ctx, language: str) -> list[str]:
    problems = []
    for row in range(window.side_menu.count()):
        window.side_menu.setCurrentRow(row)
        qtbot.wait(5)
        key = window.side_menu.item(row).data(Qt.ItemDataRole.UserRole)
        problems += _too_big(window, f"{language} {ctx.user.username} page {key}")
    if window.admin_page is not None:  # its stack is as wide as its widest section once opened
        for section in window.admin_page.sections:
            page = window.open_admin(section.key)
            if section.key == "campaigns" and page.list.count():
                page.list.setCurrentRow(0)  # the campaign's tabs, the task form designer among them
            qtbot.wait(5)
            problems += _too_big(window, f"{language} {ctx.user.username} administration {section.key}")
    ticket_id = TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id
    if window.open_customer(_customer_of(ctx, ticket_id)) is not None:
        qtbot.wait(5)
        problems += _too_big(window, f"{language} {ctx.user.username} customer profile")
    view = window.open_ticket(ticket_id)
    for columns in (2, 3):
        view.set_columns(columns)
        qtbot.wait(5)
        problems += _too_big(window, f"{language} {ctx.user.username} ticket in {columns} columns")
        for key in view.panel.docks:  # each tab brought to the front of its column
            view.panel.show_tab(key)
        qtbot.wait(5)
        problems += _too_big(window, f"{language} {ctx.user.username} ticket in {columns} columns, every tab")
    window.close_ticket(go_back=False)
    return problems


@pytest.mark.parametrize("username", ["admin", "laura", "carlos"])
def test_window_fits_a_laptop_screen_in_both_languages(qtbot, make_ctx, username):
    ctx = make_ctx(username)
    window = show_active(qtbot, MainWindow(ctx), size=SCREEN)
    try:
        problems = _every_page(qtbot, window, ctx, "en")
        _switch(qtbot, "es")  # switched at run time: the texts grow, the window must not
        problems += _every_page(qtbot, window, ctx, "es")
    finally:
        _switch(qtbot, "en")
    assert problems == []


def test_window_opened_in_spanish_fits(qtbot, make_ctx):
    ctx = make_ctx("admin")
    try:
        _switch(qtbot, "es")
        window = show_active(qtbot, MainWindow(ctx, "es"), size=SCREEN)
        assert window.tickets_page.clear_button.text() != "Clear filters"  # really in Spanish
        assert _every_page(qtbot, window, ctx, "es") == []
        assert window.width() <= SCREEN[0]
    finally:
        _switch(qtbot, "en")
