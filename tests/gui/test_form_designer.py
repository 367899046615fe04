"""A2 task form designer: the administrator builds fields with the keyboard, the preview follows,
errors are said on the field, a field with answers is removed only after a question, and the
Tasks tab of a ticket of the campaign shows the saved form."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import task_form_design as tfd
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import TaskRecord, Ticket
from sagicc_desktop.store.enums import TicketStatus
from sagicc_desktop.views.admin.form_designer import TaskFormDesigner
from sagicc_desktop.views.task_form import MultiChoiceField
from sagicc_desktop.views.ticket.tasks_tab import TasksTab

from .conftest import show_active

SHOTS = "/tmp/shots/forms"


def _campaign_of_a_ticket(ctx):
    """An open ticket and its campaign, one whose form already has saved answers."""
    with read_only(ctx.db) as s:
        row = s.execute(select(Ticket.id, Ticket.campaign_id).join(TaskRecord, TaskRecord.ticket_id == Ticket.id)
                        .where(Ticket.status.in_([TicketStatus.NEW, TicketStatus.IN_PROGRESS]))
                        .order_by(Ticket.number).limit(1)).one()
    return row[0], row[1]


def _designer(qtbot, ctx, campaign_id, size=(1300, 700)) -> TaskFormDesigner:
    designer = TaskFormDesigner(ctx)
    show_active(qtbot, designer, size)
    designer.show_campaign(campaign_id)
    return designer


def _shot(widget, file_name):
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(os.path.join(SHOTS, file_name))


def _add(qtbot, designer, label, kind):
    designer.field_list.setFocus()
    qtbot.keyClick(designer.field_list, Qt.Key.Key_Insert)
    assert designer.label_edit.hasFocus()
    qtbot.keyClicks(designer.label_edit, label)
    designer.type_combo.setCurrentIndex(designer.type_combo.findData(kind))


def test_admin_builds_fields_sees_them_in_the_preview_and_the_tasks_tab_gets_them(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id)
    before = len(designer.fields)
    assert before > 0 and designer.preview.specs and not designer.has_unsaved()

    designer.field_list.setCurrentRow(before - 1)
    _add(qtbot, designer, "Contract type", "multi_choice")
    assert designer.form.isRowVisible(designer.choices_box)
    for choice in ("Prepaid", "Postpaid"):
        qtbot.mouseClick(designer.add_choice_button, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, choice)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    _add(qtbot, designer, "Promise of payment", "text")
    qtbot.keyClick(designer.required_box, Qt.Key.Key_Space)
    assert designer.fields[-2]["choices"] == ["Prepaid", "Postpaid"]
    assert designer.has_unsaved()

    # The live preview shows both, the second one required.
    labels = [s["label"] for s in designer.preview.specs]
    assert labels[-2:] == ["Contract type", "Promise of payment"]
    multi = designer.preview.inputs[designer.preview.specs[-2]["key"]]
    assert isinstance(multi, MultiChoiceField) and [b.text() for b in multi.boxes] == ["Prepaid", "Postpaid"]
    caption = designer.preview.fields_layout.labelForField(designer.preview.inputs[designer.preview.specs[-1]["key"]])
    assert caption.text() == "Promise of payment *:"
    _shot(designer, "form-designer-en.png")

    # Alt+Up moves the chosen field up.
    designer.field_list.setFocus()
    qtbot.keyClick(designer.field_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [f["label"] for f in designer.fields[-2:]] == ["Promise of payment", "Contract type"]

    assert designer.save()
    assert not designer.has_unsaved()
    saved = tfd.current_design(ctx.db, ctx.user, campaign_id)
    assert [f["key"] for f in saved.fields[-2:]] == ["promise_of_payment", "contract_type"]

    tab = TasksTab(make_ctx("admin"), ticket_id)
    show_active(qtbot, tab, (560, 900))
    tab.ensure_loaded()
    assert [s["label"] for s in tab.form.specs][-2:] == ["Promise of payment", "Contract type"]
    assert tab.form.specs[-2]["required"] is True


def test_errors_are_said_on_the_field_and_nothing_typed_is_lost(qtbot, make_ctx):
    ctx = make_ctx("admin")
    _ticket, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id)
    revision = designer.design.revision
    _add(qtbot, designer, "Colour", "choice")
    _add(qtbot, designer, "", "text")
    assert not designer.save()
    assert tfd.current_design(ctx.db, ctx.user, campaign_id).revision == revision
    colour = next(i for i, f in enumerate(designer.fields) if f["label"] == "Colour")
    assert designer.current_index() == colour  # the first wrong field is shown
    assert designer.choices_note.isVisible() and "at least one choice" in designer.choices_note.text()
    assert designer.status.isVisible()
    designer.field_list.setCurrentRow(colour + 1)
    assert designer.label_note.isVisible() and "label" in designer.label_note.text()
    _shot(designer, "form-designer-errors-en.png")
    qtbot.keyClicks(designer.label_edit, "Notes")
    assert designer.label_note.isHidden()
    assert [f["label"] for f in designer.fields[colour:colour + 2]] == ["Colour", "Notes"]


def _confirm(designer):
    return next((b for b in designer.findChildren(QMessageBox, "formRemoveFieldConfirm") if b.isVisible()), None)


def test_removing_a_field_with_answers_asks_first(qtbot, make_ctx):
    ctx = make_ctx("admin")
    _ticket, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id)
    counts = designer.design.record_counts
    row = next(i for i, f in enumerate(designer.fields) if counts.get(f["key"]))
    key = designer.fields[row]["key"]
    designer.field_list.setCurrentRow(row)
    designer.field_list.setFocus()

    qtbot.keyClick(designer.field_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _confirm(designer) is not None)
    box = _confirm(designer)
    assert "Those tasks keep showing it" in box.informativeText()
    _shot(box, "form-designer-remove-en.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert key in [f["key"] for f in designer.fields]

    qtbot.keyClick(designer.field_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _confirm(designer) is not None)
    box = _confirm(designer)
    box.findChild(type(designer.add_button), "formRemoveFieldConfirmButton").click()
    assert key not in [f["key"] for f in designer.fields]
    assert designer.save()
    assert key not in [f["key"] for f in tfd.current_design(ctx.db, ctx.user, campaign_id).fields]


def test_nothing_to_design_without_a_campaign(qtbot, make_ctx):
    designer = _designer(qtbot, make_ctx("admin"), None)
    assert not designer.isEnabled() and designer.save() and not designer.has_unsaved()
    assert isinstance(designer.type_combo, QComboBox)


def test_every_control_is_named(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("admin")
    _ticket, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id)
    designer.field_list.setCurrentRow(0)
    assert _unnamed(designer) == []


def test_someone_elses_save_is_said_and_saving_again_replaces_it(qtbot, make_ctx):
    ctx = make_ctx("admin")
    _ticket, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id)
    theirs = tfd.current_design(ctx.db, ctx.user, campaign_id)
    tfd.save_design(ctx.db, ctx.user, campaign_id, theirs.revision, list(theirs.fields[:1]))
    _add(qtbot, designer, "Mine", "text")
    assert not designer.save()
    assert "Someone else saved this task form" in designer.status.text()
    assert designer.has_unsaved() and any(f["label"] == "Mine" for f in designer.fields)
    assert designer.save()
    assert "mine" in [f["key"] for f in tfd.current_design(ctx.db, ctx.user, campaign_id).fields]


def test_the_preview_fits_a_narrow_pane_with_captions_above_its_fields(qtbot, make_ctx):
    """A narrow preview pane puts each caption above its field instead of scrolling sideways;
    with room again the captions go back beside their fields."""
    from PySide6.QtWidgets import QFormLayout, QScrollArea, QSplitter

    ctx = make_ctx("admin")
    _ticket, campaign_id = _campaign_of_a_ticket(ctx)
    designer = _designer(qtbot, ctx, campaign_id, size=(1600, 700))
    _add(qtbot, designer, "How the customer would like to be reached next time", "choice")
    designer.choice_list.addItem(designer._choice_item("By a registered letter to the billing address"))
    designer._choices_edited()
    scroll = designer.findChild(QScrollArea, "formPreviewScroll")
    splitter = designer.findChild(QSplitter, "formDesignerSplitter")
    layout = designer.preview.fields_layout

    def fits() -> bool:
        return scroll.horizontalScrollBar().maximum() == 0 and designer.preview.width() <= scroll.viewport().width()

    total = sum(splitter.sizes())
    splitter.setSizes([200, total - 200 - 320, 320])  # the preview at its narrowest
    qtbot.waitUntil(lambda: layout.rowWrapPolicy() is QFormLayout.RowWrapPolicy.WrapAllRows)
    qtbot.waitUntil(fits)
    _shot(designer, "designer-narrow-preview.png")
    splitter.setSizes([200, 300, total - 500])  # room again
    qtbot.waitUntil(lambda: layout.rowWrapPolicy() is QFormLayout.RowWrapPolicy.DontWrapRows)
    qtbot.waitUntil(fits)
