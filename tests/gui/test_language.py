"""English and Spanish, switched at run time (X1), and every visible string translated."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from sagicc_desktop import i18n
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active


def _switch(qtbot, language: str) -> None:
    i18n.install_translators(QApplication.instance(), language)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English))
    qtbot.wait(20)  # LanguageChange arrives through the event loop


def test_switching_language_at_run_time(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    view = window.open_ticket(TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id)
    try:
        _switch(qtbot, "es")
        assert window.side_menu.item(0).text() == "Casos"
        assert window.top_bar.pending_button.text() == "Pendientes"
        assert window.tickets_page.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Número"
        tab = view.panel.tabs["ticket"]
        assert tab.save_button.text() == "Guardar"
        assert view.panel.docks["conversation"].windowTitle() == "Conversación"
        assert view.header.exit_button.text() == "Salir"
        assert tab.form_layout.labelForField(tab.priority).text() == "Prioridad:"
        assert tab.priority.currentText() in ("Crítica", "Alta", "Media", "Baja")
        _switch(qtbot, "en")
        assert window.side_menu.item(0).text() == "Tickets"
        assert tab.save_button.text() == "Save"
    finally:
        _switch(qtbot, "en")


def test_unsaved_edit_survives_a_language_switch(qtbot, make_ctx):
    ctx = make_ctx("admin")
    window = show_active(qtbot, MainWindow(ctx))
    view = window.open_ticket(TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id)
    tab = view.panel.tabs["ticket"]
    tab.subject.setText("Half-written subject")
    try:
        _switch(qtbot, "es")
        assert tab.subject.text() == "Half-written subject"
        assert tab.save_button.isEnabled()
    finally:
        _switch(qtbot, "en")


def test_spanish_catalogue_is_complete():
    """Every string the code marks for translation has a Spanish translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.translations_dir() / "sagicc_es.ts").getroot()

    def translated(m) -> bool:
        t = m.find("translation")
        if t is None or t.get("type") == "unfinished":
            return False
        forms = [f.text or "" for f in t.iter("numerusform")]  # plurals keep their forms apart
        return all(f.strip() for f in forms) if forms else bool((t.text or "").strip())

    missing = [m.findtext("source") for m in root.iter("message") if not translated(m)]
    assert not missing, missing
