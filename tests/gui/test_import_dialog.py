"""The CSV import dialog: a Windows-1252 file keeps its accents, refused rows are listed with their
line, column, value and reason and nothing is half imported, skipping imports the rest, a
missing required column is refused before anything runs, and Cancel leaves nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Customer
from sagicc_desktop.views.admin.import_dialog import ImportDialog, auto_mapping

from .conftest import show_active

HEADER = "tipo;documento;nombre;apellido;correo\n"


def customer_count(ctx) -> int:
    with read_only(ctx.db) as session:
        return session.scalar(select(func.count()).select_from(Customer))


def names_of(ctx, numbers) -> dict[str, tuple[str, str]]:
    with read_only(ctx.db) as session:
        rows = session.execute(select(Customer.document_number, Customer.first_name, Customer.last_name)
                               .where(Customer.document_number.in_(numbers))).all()
    return {n: (f, last) for n, f, last in rows}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def open_dialog(qtbot, make_ctx) -> ImportDialog:
    return show_active(qtbot, ImportDialog(make_ctx("admin")), size=(900, 760))


def import_and_wait(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def test_a_windows_1252_file_keeps_its_accents(qtbot, make_ctx, tmp_path):
    dialog = open_dialog(qtbot, make_ctx)
    path = write(tmp_path / "clientes.csv", HEADER + "cc;900001;María José;Núñez;maria@example.com\n"
                 "cc;900002;Iñaki;Peña;inaki@example.com\n", "cp1252")
    dialog.load_file(path)
    assert "read as Windows-1252" in dialog.reading.text() and "semicolons" in dialog.reading.text()
    assert dialog.preview_table.item(0, 2).text() == "María José"
    assert dialog.mapping() == {"document_type": "tipo", "document_number": "documento", "first_name": "nombre",
                                "last_name": "apellido", "email": "correo"}
    assert dialog.captions["last_name"].text() == "Last name *:"
    before = customer_count(dialog.ctx)
    with qtbot.waitSignal(dialog.sig_imported) as signal:
        import_and_wait(qtbot, dialog)
    assert signal.args == ["customers", 2]
    assert dialog.summary.text().startswith("Imported 2 customer")
    assert customer_count(dialog.ctx) == before + 2
    assert names_of(dialog.ctx, ["900001", "900002"]) == {"900001": ("María José", "Núñez"),
                                                          "900002": ("Iñaki", "Peña")}


BAD = (HEADER + "cc;900011;Ana;Pérez;ana@example.com\n"
       "cc;900012;Luis;Gómez;luis-at-example\n"
       "cc;900011;Otra;Ana;otra@example.com\n"
       "cc;900013;Sara;Ruiz;sara@example.com\n")


def test_refused_rows_are_listed_and_nothing_is_imported(qtbot, make_ctx, tmp_path):
    dialog = open_dialog(qtbot, make_ctx)
    dialog.load_file(write(tmp_path / "bad.csv", BAD))
    before = customer_count(dialog.ctx)
    import_and_wait(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.report_page
    assert dialog.summary.text().startswith("Nothing was imported: 2 of 4 rows were refused")
    assert dialog.report_rows() == [
        ("3", "correo", "luis-at-example", "Not a valid e-mail address."),
        ("4", "documento", "900011", "The same document is already on line 2 of the file."),
    ]
    table = dialog.refusals
    assert table.rowCount() == 2 and table.item(1, 0).text() == "4" and table.item(0, 2).text() == "luis-at-example"
    assert customer_count(dialog.ctx) == before
    # The report saves to CSV.
    target = tmp_path / "report.csv"
    assert dialog.save_report(target)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Line", "Column", "Value", "Reason"] and rows[2][:3] == ["4", "documento", "900011"]
    # Back to the file, skip the refused rows: the others go in.
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.setup_scroll
    dialog.skip.setChecked(True)
    import_and_wait(qtbot, dialog)
    assert dialog.summary.text().startswith("Imported 2 customer")
    assert "2 row" in dialog.summary.text() and "refused and skipped" in dialog.summary.text()
    assert customer_count(dialog.ctx) == before + 2
    assert set(names_of(dialog.ctx, ["900011", "900012", "900013"])) == {"900011", "900013"}


def test_a_missing_required_column_is_refused_before_running(qtbot, make_ctx, tmp_path):
    dialog = open_dialog(qtbot, make_ctx)
    dialog.load_file(write(tmp_path / "no_last_name.csv", "documento,nombre,correo\n1,Ana,ana@example.com\n"))
    assert "last_name" not in dialog.mapping()
    qtbot.waitUntil(lambda: dialog.combos["last_name"].isVisible())  # the new combos are shown by the event loop
    before = customer_count(dialog.ctx)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert dialog.message.text() == "Last name is required: choose the file's column that holds it. Nothing was imported."
    assert dialog.combos["last_name"].hasFocus()
    assert customer_count(dialog.ctx) == before


def test_cancel_leaves_nothing_written(qtbot, make_ctx, tmp_path):
    dialog = open_dialog(qtbot, make_ctx)
    rows = "".join(f"cc;{800000 + i};Nombre{i};Apellido{i};n{i}@example.com\n" for i in range(6000))
    dialog.load_file(write(tmp_path / "many.csv", HEADER + rows))
    before = customer_count(dialog.ctx)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # while it runs: stop, not close
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.report.cancelled and not dialog.report.written
    assert dialog.summary.text() == "The import was cancelled: nothing was written."
    assert customer_count(dialog.ctx) == before


def test_tickets_map_their_own_fields(qtbot, make_ctx, tmp_path):
    dialog = open_dialog(qtbot, make_ctx)
    dialog.tickets_radio.setChecked(True)
    dialog.load_file(write(tmp_path / "casos.csv", "Campaña,Asunto,Detalle,Estado,Fecha\nVentas,Uno,,new,\n"))
    assert dialog.mapping() == {"campaign": "Campaña", "subject": "Asunto", "description": "Detalle",
                                "status": "Estado", "created_at": "Fecha"}
    assert dialog.captions["campaign"].text() == "Campaign *:"


def test_auto_mapping_in_english_uses_each_column_once():
    mapping = auto_mapping(("first_name", "last_name", "email", "phone", "mobile"),
                           ("First Name", "Surname", "E-mail", "Phone", "Cell phone"))
    assert mapping == {"first_name": "First Name", "last_name": "Surname", "email": "E-mail", "phone": "Phone",
                       "mobile": "Cell phone"}


def test_every_reachable_control_has_names_and_retranslates(qtbot, make_ctx, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from .test_accessibility import _unnamed

    dialog = open_dialog(qtbot, make_ctx)
    dialog.load_file(write(tmp_path / "bad.csv", BAD))
    qtbot.waitUntil(lambda: dialog.combos["email"].isVisible())
    assert _unnamed(dialog) == []
    import_and_wait(qtbot, dialog)
    assert _unnamed(dialog) == []
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.cancel_button.text() == "Close" and dialog.refusals.rowCount() == 2


def test_tickets_import_into_a_campaign_by_its_name(qtbot, make_ctx, tmp_path):
    from sagicc_desktop.store.entities import Campaign, Ticket

    dialog = open_dialog(qtbot, make_ctx)
    with read_only(dialog.ctx.db) as session:
        campaign = session.scalars(select(Campaign.name).where(Campaign.deleted_at.is_(None))).first()
        before = session.scalar(select(func.count()).select_from(Ticket))
    dialog.tickets_radio.setChecked(True)
    dialog.load_file(write(tmp_path / "tickets.csv", f"Campaign,Subject,Priority\n{campaign.upper()},Old claim 1,high\n"
                           "Nobody,Old claim 2,high\n"))
    dialog.skip.setChecked(True)
    import_and_wait(qtbot, dialog)
    assert dialog.summary.text().startswith("Imported 1 ticket")
    assert dialog.report_rows() == [("3", "Campaign", "Nobody", "No campaign has this name.")]
    with read_only(dialog.ctx.db) as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == before + 1
