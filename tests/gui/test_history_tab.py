"""T10: saved tasks newest first; "View more" shows every field with the form it was saved with."""

from __future__ import annotations


from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from sagicc_desktop.services import tasks, ticket_list
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import TaskFormDefinition, Ticket
from sagicc_desktop.views.ticket.history_tab import HistoryTab, TaskDetailDialog

from .conftest import show_active


def _ticket_with_history(ctx):
    for row in ticket_list.pending_tickets(ctx.db, ctx.user):
        if tasks.task_history(ctx.db, ctx.user, row.id):
            return row.id
    raise AssertionError("the demo gives carlos tickets with saved tasks")


def _tab(qtbot, ctx, ticket_id) -> HistoryTab:
    tab = HistoryTab(ctx, ticket_id)
    show_active(qtbot, tab, (700, 400))
    tab.ensure_loaded()
    return tab


def test_rows_are_the_saved_tasks_newest_first(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_history(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    rows = tasks.task_history(ctx.db, ctx.user, ticket_id)
    assert tab.tree.topLevelItemCount() == len(rows)
    shown = [tab.tree.topLevelItem(i) for i in range(len(rows))]
    assert [item.text(1) for item in shown] == [r.user_name for r in rows]
    assert [item.text(3) for item in shown] == [r.observations for r in rows]
    assert all(a.created_at >= b.created_at for a, b in zip(rows, rows[1:]))
    assert tab.more_button.isEnabled()


def _open_detail(qtbot, tab) -> TaskDetailDialog:
    qtbot.mouseClick(tab.more_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None and tab.dialog.isVisible()
    return tab.dialog


def test_view_more_shows_every_field(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_history(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    dialog = _open_detail(qtbot, tab)
    detail = dialog.detail
    assert detail.fields, "demo records are saved with their campaign's form"
    for field in detail.fields:
        key = f"field:{field.key}"
        assert dialog.captions[key].text() == field.label + ":"
        assert dialog.values[key].text()
    assert dialog.observations.toPlainText() == detail.observations
    yes_no = [f for f in detail.fields if f.type == "yes_no" and f.value is not None]
    for f in yes_no:
        assert dialog.values[f"field:{f.key}"].text() == ("Yes" if f.value else "No")


def test_enter_on_a_row_opens_the_detail(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket_with_history(ctx))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert isinstance(tab.dialog, TaskDetailDialog) and tab.dialog.isVisible()


def test_labels_follow_the_interface_language(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket_with_history(ctx))
    QLocale.setDefault(QLocale(QLocale.Language.Spanish))
    try:
        dialog = _open_detail(qtbot, tab)
        field = dialog.detail.fields[0]
        assert dialog.captions[f"field:{field.key}"].text() == (field.label_es or field.label) + ":"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_old_records_keep_their_forms_labels_after_the_form_changes(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_history(ctx)
    with unit_of_work(ctx.db) as s:
        campaign_id = s.get(Ticket, ticket_id).campaign_id
        old = s.scalar(select(TaskFormDefinition).where(TaskFormDefinition.campaign_id == campaign_id))
        old.is_current = False
        s.add(TaskFormDefinition(campaign_id=campaign_id, revision=old.revision + 1, is_current=True,
                                 fields=[{"key": "new", "label": "Brand new", "label_es": "Nuevo",
                                          "type": "text", "required": False, "choices": []}]))
        old_labels = [f["label"] for f in old.fields]
    tab = _tab(qtbot, ctx, ticket_id)
    dialog = _open_detail(qtbot, tab)
    assert [dialog.captions[f"field:{f.key}"].text() for f in dialog.detail.fields][:len(old_labels)] == [
        label + ":" for label in old_labels]
    assert "Brand new:" not in [c.text() for c in dialog.captions.values()]


def test_a_ticket_without_tasks_says_so(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    empty = next(r.id for r in ticket_list.pending_tickets(ctx.db, ctx.user)
                 if not tasks.task_history(ctx.db, ctx.user, r.id))
    tab = _tab(qtbot, ctx, empty)
    assert tab.empty.isVisible() and tab.empty.text() == "No tasks saved for this ticket."
    assert not tab.more_button.isEnabled()


def test_close_button_closes_the_detail(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx, _ticket_with_history(ctx))
    dialog = _open_detail(qtbot, tab)
    qtbot.mouseClick(dialog.findChild(type(tab.more_button), "closeTaskDetailButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_long_history_shows_the_newest_and_adds_older_tasks_on_scrolling(qtbot, make_ctx):
    from sagicc_desktop.store.entities import TaskRecord
    from sagicc_desktop.store.types import utcnow
    from sagicc_desktop.views.ticket import history_tab

    import datetime as dt

    ctx = make_ctx("carlos")
    ticket_id = ticket_list.pending_tickets(ctx.db, ctx.user)[0].id
    with unit_of_work(ctx.db) as s:
        now = utcnow() + dt.timedelta(days=1)  # newer than the demo's own tasks
        s.add_all(TaskRecord(ticket_id=ticket_id, user_id=ctx.user.user_id, values={},
                             observations=f"Call {i}", created_at=now - dt.timedelta(minutes=i), updated_at=now)
                  for i in range(250))
    tab = HistoryTab(ctx, ticket_id)
    show_active(qtbot, tab, (700, 400))
    tab.ensure_loaded()
    assert tab.tree.topLevelItemCount() == history_tab.BATCH  # enough to scroll in a 400-px tab
    assert tab.tree.topLevelItem(0).text(3) == "Call 0"  # newest first
    assert len(tab._batches.rows) == history_tab.PAGE  # read a page at a time, not all 250
    everything = tasks.task_history(ctx.db, ctx.user, ticket_id)
    bar = tab.tree.verticalScrollBar()
    while tab._batches.has_more():
        before = tab.tree.topLevelItemCount()
        qtbot.wait(20)  # the scroll range follows the new rows
        bar.setValue(bar.maximum())
        assert tab.tree.topLevelItemCount() > before
    shown = [tab.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(tab.tree.topLevelItemCount())]
    assert shown == [str(r.id) for r in everything] and len(shown) >= 250  # each once, in order
