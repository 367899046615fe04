from PySide6.QtCore import Qt

from sagicc_desktop.services import presence
from sagicc_desktop.startup import open_data
from sagicc_desktop.store.enums import Presence, Role
from sagicc_desktop.views.context import AppContext
from sagicc_desktop.views.sign_in import SignInDialog

from .conftest import password_of


def _dialog(qtbot, data, **kw) -> SignInDialog:
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir)
    dialog = SignInDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_refused_with_a_message(qtbot, demo_data):
    dialog = _dialog(qtbot, demo_data)
    qtbot.keyClicks(dialog.username, "carlos")
    qtbot.keyClicks(dialog.password, "not-his-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert dialog.error.isVisible()
    assert "password" in dialog.error.text().lower()
    assert dialog.isVisible()


def test_empty_fields_are_refused(qtbot, demo_data):
    dialog = _dialog(qtbot, demo_data)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert dialog.error.isVisible()


def test_right_password_signs_in_and_sets_available(qtbot, demo_data):
    dialog = _dialog(qtbot, demo_data)
    qtbot.keyClicks(dialog.username, "emma")
    qtbot.keyClicks(dialog.password, password_of("emma"))
    with qtbot.waitSignal(dialog.signed_in) as signal:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    actor = signal.args[0]
    assert actor.username == "emma" and actor.role is Role.AGENT
    assert presence.current(demo_data.db, actor.user_id) is Presence.AVAILABLE


def test_demo_users_are_listed_on_the_sign_in_screen(qtbot, demo_data):
    dialog = _dialog(qtbot, demo_data, demo_users=[("admin", "admin", "Administrator")])
    assert dialog.demo_hint.isVisible()
    assert "admin" in dialog.demo_hint.text()


def test_first_start_creates_the_administrator(qtbot, tmp_path):
    data = open_data(tmp_path / "fresh")
    dialog = _dialog(qtbot, data)
    assert dialog.first_run and dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.display_name, "Ana Admin")
    qtbot.keyClicks(dialog.username, "ana")
    qtbot.keyClicks(dialog.password, "secret1")
    qtbot.keyClicks(dialog.confirm, "secret2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and "different" in dialog.error.text()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "secret1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMINISTRATOR
    data.db.dispose()


def test_every_control_has_a_name(qtbot, demo_data):
    dialog = _dialog(qtbot, demo_data)
    for widget in (dialog.username, dialog.password, dialog.language, dialog.ok_button):
        assert widget.objectName() and widget.accessibleName()


def test_typing_and_signing_in_before_the_database_is_open(qtbot, demo_data, tmp_path):
    """Stage one of the start: the window shows before the database is open; a sign-in
    submitted meanwhile goes through as soon as it is."""
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    painted = []
    dialog.sig_first_paint.connect(lambda: painted.append(True))
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=2000)
    assert not dialog.ready and dialog.status.isVisible()
    assert dialog.status.text() == "Opening the database…"
    qtbot.keyClicks(dialog.username, "carlos")
    qtbot.keyClicks(dialog.password, password_of("carlos"))
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and not dialog.ok_button.isEnabled()  # waiting, nothing lost
    ctx = AppContext(db=demo_data.db, blobs=demo_data.blobs, data_dir=demo_data.data_dir)
    dialog.set_ready(ctx, [("carlos", "carlos", "Agent")])
    assert dialog.actor is not None and dialog.actor.username == "carlos"
    assert not dialog.status.isVisible()


def test_a_fresh_database_turns_the_waiting_window_into_the_first_administrator_form(qtbot, tmp_path):
    data = open_data(tmp_path / "fresh")
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.display_name.isVisible()
    dialog.set_ready(AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir))
    assert dialog.first_run and dialog.display_name.isVisible() and dialog.confirm.isVisible()
    assert dialog.ok_button.text() == "Create administrator"
    data.db.dispose()
