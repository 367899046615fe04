"""The Administration module in the side menu: administrators get every section, supervisors
the presence board only, agents nothing; sections are built when chosen; the change log section
shows an administration change with the record's name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sagicc_desktop.services import user_admin
from sagicc_desktop.views.admin.admin_changes import AdminChangesPage
from sagicc_desktop.views.admin.admin_page import AdminPage
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active

ALL = ["users", "presence", "campaigns", "channels", "templates", "surveys", "import", "changes"]


def _menu_keys(window) -> list[str]:
    return [window.side_menu.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.side_menu.count())]


def test_administrators_get_every_section_built_when_chosen(qtbot, make_ctx):
    window = show_active(qtbot, MainWindow(make_ctx("admin")))
    assert _menu_keys(window)[-1] == "admin"
    row = window.side_menu.count() - 1
    assert window.side_menu.item(row).text() == "Administration"
    window.side_menu.setCurrentRow(row)
    page = window.stack.currentWidget()
    assert isinstance(page, AdminPage)
    assert [s.key for s in page.sections] == ALL
    assert [page.menu.item(i).text() for i in range(page.menu.count())][:3] == ["Users", "Presence", "Campaigns"]
    assert set(page.pages) == {"users"}  # only the first one so far
    for key in ALL:
        section = page.show_section(key)
        assert page.stack.currentWidget() is section and section.objectName() and section.isVisible()
    campaigns = page.pages["campaigns"]
    titles = [campaigns.tabs.tabText(i).replace("&", "") for i in range(campaigns.tabs.count())]
    assert titles[-2:] == ["Task form", "SLA"]


def test_supervisors_see_the_presence_board_only_and_agents_no_administration(qtbot, make_ctx):
    window = show_active(qtbot, MainWindow(make_ctx("laura")))  # a supervisor in the demo
    page = window.admin_page
    assert page is not None and [s.key for s in page.sections] == ["presence"]
    assert window.side_menu.item(window.side_menu.count() - 1).text() == "Presence of the team"
    agent = show_active(qtbot, MainWindow(make_ctx("carlos")))
    assert agent.admin_page is None and "admin" not in _menu_keys(agent)


def test_open_admin_leaves_the_ticket_and_shows_the_section(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = show_active(qtbot, MainWindow(ctx))
    changes = window.open_admin("changes")
    assert isinstance(changes, AdminChangesPage) and window.stack.currentWidget() is window.admin_page


def test_the_change_log_section_shows_administration_changes(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = show_active(qtbot, MainWindow(ctx))
    page = window.open_admin("changes")
    user = next(u for u in user_admin.list_users(ctx.db, ctx.user) if u.username == "emma")
    user_admin.reset_password(ctx.db, ctx.user, user.user_id, "new secret 1")
    window.open_admin("users")
    window.open_admin("changes")  # coming back shows what changed meanwhile
    tree = page.table.tree
    texts = [[tree.topLevelItem(0).text(c) for c in range(tree.columnCount())]]
    assert texts[0][1] == ctx.user.display_name and "Password" in texts[0] and any(user.display_name in t for t in texts[0])
    qtbot.keyClicks(page.table.search, "password")
    assert page.table.count.text().startswith("1 of ")


def test_the_user_menu_and_the_users_page_open_the_signature(qtbot, make_ctx):
    from sagicc_desktop.views.signature_dialog import SignatureDialog

    ctx = make_ctx("admin")
    window = show_active(qtbot, MainWindow(ctx))
    assert window.top_bar.signature_action.text() == "E-mail signature…"
    window.top_bar.signature_action.trigger()
    own = window.findChild(SignatureDialog)
    assert own is not None and own.isVisible() and own.user_id is None
    own.reject()
    users = window.open_admin("users")
    emma = next(users.list.topLevelItem(i) for i in range(users.list.topLevelItemCount())
                if "Emma" in users.list.topLevelItem(i).text(0))
    users.list.setCurrentItem(emma)
    assert users.signature_button.isVisible() and users.signature_button.isEnabled()
    qtbot.mouseClick(users.signature_button, Qt.MouseButton.LeftButton)
    dialog = users.signature_dialog
    assert dialog is not None and dialog.isVisible() and dialog.user_id == users.current.user_id


def test_the_import_section_opens_the_import_dialog(qtbot, make_ctx):
    from sagicc_desktop.views.admin.import_dialog import ImportDialog

    window = show_active(qtbot, MainWindow(make_ctx("admin")))
    page = window.open_admin("import")
    assert page.start_button.text() == "&Import a CSV file…"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.reject()


def test_the_change_log_shows_rich_text_as_words_and_names_automatic_changes(qtbot):
    import datetime as dt

    from sagicc_desktop.services.changelog import AdminChangeRow
    from sagicc_desktop.views.ticket.change_log import ChangeLogTable

    at = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone.utc)
    rows = [AdminChangeRow(at, "Ada Admin", "update", "campaign_script", "html", "<p>Old <b>greeting</b></p>",
                           "<h2>Greet</h2><ul><li>the customer</li></ul>", "Hogar"),
            AdminChangeRow(at, "", "create", "customer", "first_name", None, "Carla", ""),
            AdminChangeRow(at, "Ada Admin", "update", "channel", "secret.smtp", None, "set", "Mailbox")]
    table = ChangeLogTable(rows, record_column=True)
    qtbot.addWidget(table)
    first, second, third = (table.tree.topLevelItem(i) for i in range(3))
    assert first.text(4) == "Script text" and first.text(5) == "Old greeting" and first.text(6) == "Greet the customer"
    assert first.text(3) == "Campaign script: Hogar"
    assert second.text(1) == "Automatic" and second.text(6) == "Carla"
    assert third.text(4) == "SMTP password"


def test_the_menu_rules_match_each_page_and_import_nothing(make_ctx):
    """The section list decides from the role (no page imported for an agent's window); each
    page's own available_to says the same for every demo role."""
    import os
    import subprocess
    import sys

    from sagicc_desktop.views.admin.admin_page import SECTIONS, sections_for

    for username in ("admin", "laura", "carlos", "viewer"):
        actor = make_ctx(username).user
        for section in SECTIONS:
            assert section.for_whom(actor) == section.page_class().available_to(actor), (username, section.key)
    assert [s.key for s in sections_for(make_ctx("carlos").user)] == []
    # In a fresh process: deciding the menu for a role imports none of the pages.
    code = ("import sys, uuid\n"
            "from sagicc_desktop.services.actor import Actor\n"
            "from sagicc_desktop.store.enums import Role\n"
            "from sagicc_desktop.views.admin.admin_page import sections_for\n"
            "for role in Role: sections_for(Actor(uuid.uuid4(), 'u', 'U', role))\n"
            "pages = [m for m in sys.modules if m.startswith('sagicc_desktop.views.admin.')"
            " and not m.endswith('admin_page')]\n"
            "print(pages)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_section_is_built_when_the_module_is_first_shown(qtbot, make_ctx):
    window = show_active(qtbot, MainWindow(make_ctx("admin")))
    assert window.admin_page.pages == {}  # nothing built with the window
    window.open_admin()
    qtbot.waitUntil(lambda: "users" in window.admin_page.pages)
