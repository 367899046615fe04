"""The workstation's preferences, opened from the user menu: kept in sagicc.ini beside the data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.preferences_dialog import PreferencesDialog

from .conftest import show_active


def test_telephony_preferences_are_kept_for_this_workstation(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    window.top_bar.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    page = dialog.telephony
    assert not page.sip_domain.isEnabled()
    page.scheme.setCurrentIndex(page.scheme.findData("sip"))
    assert page.sip_domain.isEnabled()
    qtbot.keyClicks(page.sip_domain, "pbx.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None, timeout=3000)
    prefs = ctx.prefs()
    assert prefs.value("telephony/scheme") == "sip"
    assert prefs.value("telephony/sip_domain") == "pbx.example.com"
    assert (ctx.data_dir / "sagicc.ini").read_text().count("pbx.example.com") == 1
    again = PreferencesDialog(ctx.prefs())
    qtbot.addWidget(again)
    assert again.telephony.scheme.currentData() == "sip"
    assert again.telephony.sip_domain.text() == "pbx.example.com"
    window.close()
    QApplication.processEvents()
