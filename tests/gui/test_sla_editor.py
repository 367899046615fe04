"""A2 SLA editor: the administrator adds a rule, sets business hours and a holiday, saves; a wrong
entry is marked where it is and nothing typed is lost."""

from __future__ import annotations

import os

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from sagicc_desktop.services import sla_admin as sa
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Campaign
from sagicc_desktop.store.enums import Priority
from sagicc_desktop.views.admin.sla_editor import SlaEditor

from .conftest import show_active

SHOTS = "/tmp/shots/forms"


def _campaign(ctx):
    with read_only(ctx.db) as s:
        return s.scalar(select(Campaign.id).order_by(Campaign.name).limit(1))


def _editor(qtbot, ctx, size=(1300, 760)) -> tuple[SlaEditor, object]:
    campaign_id = _campaign(ctx)
    editor = SlaEditor(ctx)
    show_active(qtbot, editor, size)
    editor.show_campaign(campaign_id)
    return editor, campaign_id


def _shot(widget, file_name):
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(os.path.join(SHOTS, file_name))


def test_admin_adds_a_rule_sets_hours_and_a_holiday_and_saves(qtbot, make_ctx):
    ctx = make_ctx("admin")
    editor, campaign_id = _editor(qtbot, ctx)
    loaded = editor.loaded
    assert editor.rules.rowCount() == len(loaded.rules) > 0
    assert editor.business_box.isChecked() and editor.zone_combo.currentText() == loaded.timezone
    assert not editor.has_unsaved() and not editor.save_button.isEnabled()

    # A rule for critical billing tickets: Insert in the rules table, then choose.
    editor.rules.setFocus()
    qtbot.keyClick(editor.rules, Qt.Key.Key_Insert)
    row = editor.rules.rowCount() - 1
    editor.rules.cellWidget(row, 0).setCurrentIndex(editor.rules.cellWidget(row, 0).findData(int(Priority.CRITICAL)))
    category = editor.rules.cellWidget(row, 1)
    category.setCurrentIndex(1)
    hours = editor.rules.cellWidget(row, 2)
    hours.selectAll()
    qtbot.keyClicks(hours, "2")
    # Saturday closes; Friday ends at 17:00; a holiday picked on the date field.
    editor.days["sat"].closed.setChecked(True)
    editor.days["fri"].closes.setText("17:00")
    editor.holiday_date.setDate(QDate(2031, 12, 24))
    qtbot.mouseClick(editor.add_holiday_button, Qt.MouseButton.LeftButton)
    assert editor.has_unsaved() and editor.save_button.isEnabled()
    _shot(editor, "sla-editor-en.png")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.isVisible() and not editor.has_unsaved(), (editor._state(), editor._state_of(editor.loaded))
    saved = sa.sla_settings(ctx.db, ctx.user, campaign_id)
    assert sa.Rule(Priority.CRITICAL, saved.categories[0].id, 2) in saved.rules
    assert "sat" not in saved.days and saved.days["fri"] == ("08:00", "17:00")
    assert "2031-12-24" in saved.holidays


def test_wrong_entries_are_marked_and_kept(qtbot, make_ctx):
    ctx = make_ctx("admin")
    editor, campaign_id = _editor(qtbot, ctx)
    first = editor.rules.cellWidget(0, 0).currentData()
    qtbot.mouseClick(editor.add_rule_button, Qt.MouseButton.LeftButton)
    row = editor.rules.rowCount() - 1
    editor.rules.cellWidget(row, 0).setCurrentIndex(editor.rules.cellWidget(row, 0).findData(first))
    editor.rules.cellWidget(row, 1).setCurrentIndex(editor.rules.cellWidget(0, 1).currentIndex())
    editor.days["mon"].opens.setText("19:00")
    editor.zone_combo.setEditText("Nowhere/Atlantis")
    assert not editor.save()
    assert "already a rule" in editor.rules_error.text()
    assert editor.days["mon"].error.isVisible() and "open before it closes" in editor.days["mon"].error.text()
    assert editor.zone_error.isVisible()
    assert editor.zone_combo.currentText() == "Nowhere/Atlantis" and editor.rules.rowCount() == row + 1
    assert sa.sla_settings(ctx.db, ctx.user, campaign_id) == editor.loaded  # nothing written
    _shot(editor, "sla-editor-errors-en.png")


def test_remove_rule_with_delete_and_round_the_clock(qtbot, make_ctx):
    ctx = make_ctx("admin")
    editor, campaign_id = _editor(qtbot, ctx)
    count = editor.rules.rowCount()
    editor.rules.selectRow(0)
    editor.rules.setFocus()
    qtbot.keyClick(editor.rules, Qt.Key.Key_Delete)
    assert editor.rules.rowCount() == count - 1
    editor.business_box.setChecked(False)
    assert not editor.days_box.isEnabled()
    assert editor.save()
    saved = sa.sla_settings(ctx.db, ctx.user, campaign_id)
    assert len(saved.rules) == count - 1 and saved.days == {}


def test_narrow_window(qtbot, make_ctx):
    editor, _campaign_id = _editor(qtbot, make_ctx("admin"), (760, 600))
    _shot(editor, "sla-editor-narrow-en.png")
    assert editor.rules.isVisible()


def test_every_control_is_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    editor, _campaign_id = _editor(qtbot, make_ctx("admin"))
    assert _unnamed(editor) == []
