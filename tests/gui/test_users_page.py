"""A1: an administrator manages users from the Users page, as a user would with keyboard and mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sagicc_desktop.services import auth, user_admin
from sagicc_desktop.services.errors import AuthError
from sagicc_desktop.store.enums import Role
from sagicc_desktop.views.admin.users_page import UsersPage
from .conftest import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


def page_for(qtbot, ctx, size=(1200, 760)) -> UsersPage:
    return show_active(qtbot, UsersPage(ctx), size=size)


def item_of(page: UsersPage, username: str):
    for index in range(page.list.topLevelItemCount()):
        item = page.list.topLevelItem(index)
        if item.text(1) == username:
            return item
    raise AssertionError(f"{username} is not in the list")


def choose(qtbot, page: UsersPage, username: str) -> None:
    item = item_of(page, username)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.current is not None and page.current.username == username
                    or page.question is not None)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def fill_new_user(qtbot, page: UsersPage, *, username="nina.torres", display="Nina Torres", email="nina@example.org",
                  password="pass-1234", again=None) -> None:
    qtbot.keyClick(page.list, Qt.Key.Key_N, CTRL)
    assert page.is_new and page.username.hasFocus()
    type_into(qtbot, page.username, username)
    type_into(qtbot, page.display_name, display)
    type_into(qtbot, page.email, email)
    type_into(qtbot, page.password, password)
    type_into(qtbot, page.password_again, password if again is None else again)


def tick(qtbot, check) -> None:
    """Click a check box on its box (a stretched check box's middle is empty space)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def modal_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    return QApplication.activeModalWidget()


def test_only_administrators_get_the_page(make_ctx):
    assert UsersPage.available_to(make_ctx("admin").user)
    assert not UsersPage.available_to(make_ctx("laura").user)
    assert not UsersPage.available_to(make_ctx("carlos").user)


def test_an_administrator_creates_a_user_who_can_then_sign_in(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    fill_new_user(qtbot, page)
    page.role.setFocus()
    page.role.setCurrentIndex(page.role.findData(Role.SUPERVISOR))
    page.campaigns.setFocus()
    page.campaigns.setCurrentRow(0)
    qtbot.keyClick(page.campaigns, Qt.Key.Key_Space)  # Space ticks the campaign
    first_campaign = page.campaigns.item(0).text()
    assert page.campaigns.item(0).checkState() is Qt.CheckState.Checked
    qtbot.keyClick(page.campaigns, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: not page.is_new)
    assert page.current.username == "nina.torres"
    assert "Nina Torres was created" in page.status.text()
    assert page.list.currentItem().text(1) == "nina.torres"
    assert not page.has_unsaved_changes()
    actor = auth.sign_in(ctx.db, "nina.torres", "pass-1234")
    assert actor.role is Role.SUPERVISOR and actor.display_name == "Nina Torres"
    row = user_admin.get_user(ctx.db, ctx.user, actor.user_id)
    assert row.campaign_names == (first_campaign,) and row.email == "nina@example.org"


def test_bad_input_is_said_under_each_field_and_what_was_typed_stays(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    before = len(user_admin.list_users(ctx.db, ctx.user))
    fill_new_user(qtbot, page, username="Carlos", display="Carlos Two", email="carlos@", password="abc")
    qtbot.keyClick(page.username, Qt.Key.Key_S, CTRL)

    errors = {key: box.error.text() for key, box in page.boxes.items() if box.error.isVisible()}
    assert errors == {
        "username": "Another user (perhaps a deactivated one) already has this user name.",
        "email": "This is not a valid e-mail address.",
        "password": "The password must have at least 4 characters.",
    }
    assert page.username.hasFocus()  # the first field with a problem
    assert (page.username.text(), page.display_name.text(), page.email.text(), page.password.text()) == (
        "Carlos", "Carlos Two", "carlos@", "abc")
    assert page.is_new and len(user_admin.list_users(ctx.db, ctx.user)) == before

    type_into(qtbot, page.username, "carlos2")
    assert not page.boxes["username"].error.isVisible()  # typing takes the mark away
    type_into(qtbot, page.email, "carlos2@example.org")
    type_into(qtbot, page.password, "long-enough")
    type_into(qtbot, page.password_again, "long-enougH")
    qtbot.keyClick(page.username, Qt.Key.Key_S, CTRL)
    assert page.boxes["password_again"].error.text() == "The two passwords are not the same."
    assert page.is_new
    type_into(qtbot, page.password_again, "long-enough")
    qtbot.keyClick(page.username, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.is_new)
    assert auth.sign_in(ctx.db, "carlos2", "long-enough").display_name == "Carlos Two"


def test_editing_a_user_saves_and_a_stale_form_keeps_the_edit(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    choose(qtbot, page, "emma")
    assert page.display_name.text() == "Emma Wilson" and not page.save_button.isEnabled()
    type_into(qtbot, page.display_name, "Emma W. Stone")
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.display_name, Qt.Key.Key_S, CTRL)
    assert user_admin.get_user(ctx.db, ctx.user, page.current.user_id).display_name == "Emma W. Stone"
    assert "Emma W. Stone" in item_of(page, "emma").text(0)

    other = user_admin.get_user(ctx.db, ctx.user, page.current.user_id)  # another administrator saves first
    user_admin.update_user(ctx.db, ctx.user, other.user_id, other.version,
                           user_admin.UserDraft("emma", "Emma (other admin)", other.email, other.role, other.locale))
    type_into(qtbot, page.display_name, "Mine")
    qtbot.keyClick(page.display_name, Qt.Key.Key_S, CTRL)
    box = modal_box(qtbot)
    assert "Someone else saved this user" in box.text()
    box.close()
    assert page.display_name.text() == "Mine"


def test_unsaved_changes_are_not_lost_when_another_user_is_chosen(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    choose(qtbot, page, "carlos")
    type_into(qtbot, page.display_name, "Carlos Edited")

    choose(qtbot, page, "sofia")
    box = modal_box(qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.question is None)
    assert page.current.username == "carlos" and page.display_name.text() == "Carlos Edited"
    assert page.list.currentItem().text(1) == "carlos"

    choose(qtbot, page, "sofia")
    box = modal_box(qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current.username == "sofia")
    carlos = next(u for u in user_admin.list_users(ctx.db, ctx.user) if u.username == "carlos")
    assert carlos.display_name == "Carlos Edited"

    type_into(qtbot, page.display_name, "Not kept")
    qtbot.keyClick(page.list, Qt.Key.Key_N, CTRL)
    box = modal_box(qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_new)
    sofia = next(u for u in user_admin.list_users(ctx.db, ctx.user) if u.username == "sofia")
    assert sofia.display_name == "Sofía Herrera"


def test_deactivating_asks_first_and_the_user_can_no_longer_sign_in(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    choose(qtbot, page, "sofia")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    box = modal_box(qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.question is None)
    assert auth.sign_in(ctx.db, "sofia", "sofia").username == "sofia"

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)  # Delete in the list deactivates too, after asking
    box = modal_box(qtbot)
    assert "Sofía Herrera" in box.text()
    qtbot.mouseClick(box.findChild(type(page.active_button), "confirmUserActiveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.current.is_active)
    with pytest.raises(AuthError):
        auth.sign_in(ctx.db, "sofia", "sofia")
    assert "deactivated" in item_of(page, "sofia").text(0)
    assert page.active_button.objectName() == "reactivateUserButton"
    assert "Sofía Herrera was deactivated" in page.status.text()

    choose(qtbot, page, "emma")
    assert item_of(page, "sofia").isHidden()  # deactivated users hide unless asked for
    tick(qtbot, page.show_inactive)
    assert not item_of(page, "sofia").isHidden()
    choose(qtbot, page, "sofia")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    box = modal_box(qtbot)
    qtbot.mouseClick(box.findChild(type(page.active_button), "confirmUserActiveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current.is_active)
    assert auth.sign_in(ctx.db, "sofia", "sofia").username == "sofia"


def test_deactivating_yourself_is_refused_in_plain_words(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    choose(qtbot, page, "admin")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    box = modal_box(qtbot)
    qtbot.mouseClick(box.findChild(type(page.active_button), "confirmUserActiveButton"), Qt.MouseButton.LeftButton)
    box = modal_box(qtbot)
    assert box.text() == "You cannot deactivate yourself. Ask another administrator to do it."
    box.close()
    assert page.current.is_active


def test_reset_password_then_the_user_signs_in_with_the_new_one(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    choose(qtbot, page, "emma")
    type_into(qtbot, page.display_name, "Emma typed")  # an unsaved edit survives the reset
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.password_dialog is not None and page.password_dialog.isVisible())
    dialog = page.password_dialog
    qtbot.keyClicks(dialog.password, "new-secret-1")
    qtbot.keyClicks(dialog.again, "new-secret-2")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The two passwords are not the same." and dialog.isVisible()
    dialog.password.clear()
    dialog.again.clear()
    qtbot.keyClicks(dialog.password, "ab")
    qtbot.keyClicks(dialog.again, "ab")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The password must have at least 4 characters."
    dialog.password.clear()
    dialog.again.clear()
    qtbot.keyClicks(dialog.password, "new-secret-1")
    qtbot.keyClicks(dialog.again, "new-secret-1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.password_dialog is None)

    assert auth.sign_in(ctx.db, "emma", "new-secret-1").username == "emma"
    with pytest.raises(AuthError):
        auth.sign_in(ctx.db, "emma", "emma")
    assert "The password of Emma Wilson was changed" in page.status.text()
    assert page.display_name.text() == "Emma typed" and page.has_unsaved_changes()
    qtbot.keyClick(page.display_name, Qt.Key.Key_S, CTRL)  # not refused as stale after the reset
    assert user_admin.get_user(ctx.db, ctx.user, page.current.user_id).display_name == "Emma typed"


def test_the_hide_other_campaigns_setting_is_saved_at_once(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    assert not page.hide_box.isChecked() and "agents see and work only" in page.hide_help.text()
    tick(qtbot, page.hide_box)
    assert user_admin.hide_other_campaigns(ctx.db) is True
    assert "only the tickets of their own campaigns" in page.status.text()
    tick(qtbot, page.hide_box)
    assert user_admin.hide_other_campaigns(ctx.db) is False


def test_the_filter_finds_users_by_name_without_accents(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = page_for(qtbot, ctx)
    qtbot.keyClick(page.list, Qt.Key.Key_F, CTRL)
    assert page.filter.hasFocus()
    qtbot.keyClicks(page.filter, "sofia herr")
    shown = [page.list.topLevelItem(i).text(1) for i in range(page.list.topLevelItemCount())
             if not page.list.topLevelItem(i).isHidden()]
    assert shown == ["sofia"]


def test_every_control_is_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    page = page_for(qtbot, make_ctx("admin"))
    choose(qtbot, page, "emma")
    assert _unnamed(page) == []
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.password_dialog is not None and page.password_dialog.isVisible())
    assert _unnamed(page.password_dialog) == []
    page.password_dialog.reject()
    qtbot.keyClick(page.list, Qt.Key.Key_N, CTRL)
    assert _unnamed(page) == []


def test_a_language_change_keeps_what_was_typed(qtbot, make_ctx):
    page = page_for(qtbot, make_ctx("admin"))
    choose(qtbot, page, "emma")
    type_into(qtbot, page.display_name, "Typed before the switch")
    page.retranslate()  # what a LanguageChange event runs
    assert page.display_name.text() == "Typed before the switch" and page.has_unsaved_changes()
    assert page.list.currentItem().text(1) == "emma"
