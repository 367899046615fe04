"""T9 in the ticket view: the task form, saving with a next task, drafts, Clear and clashes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from sqlalchemy import func, select

from sagicc_desktop.services import drafts, ticket_list
from sagicc_desktop.store.entities import AgendaEntry, TaskRecord, Ticket
from sagicc_desktop.store.enums import DraftKind, TicketStatus
from sagicc_desktop.views.task_form import DateField, MultiChoiceField, TimeField, YesNoField
from sagicc_desktop.views.ticket.tasks_tab import TasksTab
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active

FAR = QDate.currentDate().addDays(400).toString(Qt.DateFormat.ISODate)


def _ticket(ctx):
    return ticket_list.pending_tickets(ctx.db, ctx.user)[0].id


def _tab(qtbot, ctx, ticket_id=None) -> TasksTab:
    tab = TasksTab(ctx, ticket_id or _ticket(ctx))
    show_active(qtbot, tab, (560, 900))
    tab.ensure_loaded()
    return tab


def fill_required(qtbot, tab) -> None:
    """Answer every required field as a user would."""
    for spec in tab.form.specs:
        if not spec.get("required"):
            continue
        widget = tab.form.inputs[spec["key"]]
        if isinstance(widget, YesNoField):
            qtbot.mouseClick(widget.no, Qt.MouseButton.LeftButton)
        elif isinstance(widget, MultiChoiceField):
            widget.boxes[0].click()
        elif isinstance(widget, QComboBox) and not isinstance(widget, TimeField):
            widget.setCurrentIndex(1)
        elif isinstance(widget, DateField):
            qtbot.keyClicks(widget.edit, FAR)
        elif isinstance(widget, TimeField):
            qtbot.keyClicks(widget.lineEdit(), "10:00")
        elif isinstance(widget, QPlainTextEdit):
            qtbot.keyClicks(widget, "Details")
        elif isinstance(widget, QLineEdit):
            qtbot.keyClicks(widget, "7" if spec["type"] == "number" else "FV-1")


def _count(ctx, entity, *where) -> int:
    with ctx.db.sessions() as s:
        return s.scalar(select(func.count()).select_from(entity).where(*where))


def _schedule(qtbot, tab, day=FAR, time="03:00"):
    qtbot.keyClicks(tab.form.next_date.edit, day)
    tab.form.next_time.lineEdit().clear()
    qtbot.keyClicks(tab.form.next_time.lineEdit(), time)


def _dialog(name):
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())


def test_form_shows_the_campaigns_fields_with_required_marked(qtbot, make_ctx):
    tab = _tab(qtbot, make_ctx("carlos"))
    specs = tab.form.specs
    assert specs, "demo campaigns all have task forms"
    for spec in specs:
        widget = tab.form.inputs[spec["key"]]
        caption = tab.form.fields_layout.labelForField(widget).text()
        assert caption.startswith(spec["label"])
        assert caption.endswith(" *:") == bool(spec.get("required"))
        assert ("required" in widget.accessibleName()) == bool(spec.get("required"))
    for fixed in (tab.form.observations, tab.form.next_date.edit, tab.form.next_time):
        assert fixed.isVisible() and fixed.accessibleName()
    assert tab.save_button.isEnabled()


def test_saving_a_task_with_a_next_task(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    before = _count(ctx, TaskRecord, TaskRecord.ticket_id == ticket_id)
    fill_required(qtbot, tab)
    qtbot.keyClicks(tab.form.observations, "Customer asked to be called back")
    _schedule(qtbot, tab)
    with qtbot.waitSignal(tab.sig_ticket_changed, timeout=2000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text().startswith("Task saved.")
    assert _count(ctx, TaskRecord, TaskRecord.ticket_id == ticket_id) == before + 1
    with ctx.db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        entry = s.scalar(select(AgendaEntry).where(AgendaEntry.ticket_id == ticket_id, AgendaEntry.done_at.is_(None)))
        assert entry.user_id == ticket.assignee_id and ticket.next_action_at == entry.due_at
        assert entry.title == "Customer asked to be called back"
    assert tab.form.is_empty()
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.TASK) is None


def test_missing_required_field_is_named_and_focused(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx)
    qtbot.keyClicks(tab.form.observations, "Only observations")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    first_required = next(s for s in tab.form.specs if s.get("required"))
    assert tab.message.text() == f"“{first_required['label']}” is required."
    widget = tab.form.inputs[first_required["key"]]
    assert (widget.focusProxy() or widget).hasFocus()
    assert tab.form.observations.toPlainText() == "Only observations"


def test_impossible_next_date_is_refused(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    before = _count(ctx, TaskRecord)
    fill_required(qtbot, tab)
    _schedule(qtbot, tab, "2030-02-30", "10:00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "The next task date is not a real date; write it as YYYY-MM-DD."
    assert tab.form.next_date.edit.hasFocus()
    assert _count(ctx, TaskRecord) == before


def test_next_task_in_the_past_is_refused(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    tab = _tab(qtbot, ctx)
    fill_required(qtbot, tab)
    _schedule(qtbot, tab, QDate.currentDate().addDays(-1).toString(Qt.DateFormat.ISODate), "10:00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "The next task date and time are in the past."


def test_draft_is_kept_while_typing_and_comes_back(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    qtbot.keyClicks(tab.form.observations, "Half a thought")
    _schedule(qtbot, tab, FAR, "09:30")
    assert tab.draft_timer.isActive()  # debounced: written once the user pauses
    qtbot.waitUntil(lambda: drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.TASK) is not None, timeout=3000)
    qtbot.waitUntil(lambda: not tab.draft_timer.isActive(), timeout=3000)
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.TASK) == {
        "observations": "Half a thought", "next_date": FAR, "next_time": "09:30"}
    tab.close()
    again = _tab(qtbot, ctx, ticket_id)
    assert again.form.observations.toPlainText() == "Half a thought"
    assert again.form.next_date.text() == FAR and again.form.next_time.text() == "09:30"
    assert again.draft_status.text() == "Draft restored."


def test_hiding_the_tab_writes_the_pending_draft(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    qtbot.keyClicks(tab.form.observations, "typed just before closing")
    tab.hide()
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.TASK) == {"observations": "typed just before closing"}


def test_clear_asks_then_empties_the_form_and_drops_the_draft(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    tab = _tab(qtbot, ctx, ticket_id)
    qtbot.keyClicks(tab.form.observations, "to be thrown away")
    tab.flush_draft()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    box = _dialog("clearTaskDialog")
    keep = box.findChild(QPushButton, "keepTaskButton")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert tab.form.observations.toPlainText() == "to be thrown away"
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    box = _dialog("clearTaskDialog")
    qtbot.mouseClick(box.findChild(QPushButton, "confirmClearTaskButton"), Qt.MouseButton.LeftButton)
    assert tab.form.is_empty()
    assert drafts.load(ctx.db, ctx.user, ticket_id, DraftKind.TASK) is None


def test_a_clash_is_shown_before_saving(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    with ctx.db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        other = s.scalar(select(Ticket).where(Ticket.id != ticket_id, Ticket.assignee_id == ticket.assignee_id))
        due = dt.datetime.combine(QDate.fromString(FAR, Qt.DateFormat.ISODate).toPython(), dt.time(3, 15)).astimezone()
        s.add(AgendaEntry(user_id=ticket.assignee_id, ticket_id=other.id, due_at=due, duration_min=30, title="Visit"))
        s.commit()
        other_number = other.number
    tab = _tab(qtbot, ctx, ticket_id)
    before = _count(ctx, TaskRecord)
    fill_required(qtbot, tab)
    _schedule(qtbot, tab, FAR, "03:00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    box = _dialog("agendaClashDialog")
    assert f"#{other_number} · Visit" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "goBackButton"), Qt.MouseButton.LeftButton)
    assert _count(ctx, TaskRecord) == before and not tab.form.is_empty()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    box = _dialog("agendaClashDialog")
    with qtbot.waitSignal(tab.sig_ticket_changed, timeout=2000):
        qtbot.mouseClick(box.findChild(QPushButton, "saveAnywayButton"), Qt.MouseButton.LeftButton)
    assert _count(ctx, TaskRecord) == before + 1


def test_viewer_sees_a_disabled_form_that_says_why(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    ticket_id = ticket_list.TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id
    tab = _tab(qtbot, ctx, ticket_id)
    assert not tab.save_button.isEnabled() and not tab.clear_button.isEnabled()
    assert tab.save_button.toolTip() == "Viewers can read tickets but not change them."
    assert tab.form.observations.isReadOnly()
    for widget in tab.form.inputs.values():
        assert not widget.isEnabled() and widget.toolTip()


def test_closed_ticket_form_is_read_only(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = ticket_list.TicketListQuery(
        ctx.db, ctx.user, ticket_list.TicketFilter(statuses=(TicketStatus.CLOSED,))).first_page(1)[0].id
    tab = _tab(qtbot, ctx, ticket_id)
    assert not tab.save_button.isEnabled()
    assert tab.save_button.toolTip() == "This ticket is closed and cannot be changed."


def test_saving_in_the_ticket_view_refreshes_history(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    view = show_active(qtbot, TicketView(ctx, ticket_id))
    view.panel.show_tab("history")
    history = view.panel.tabs["history"]
    rows_before = history.tree.topLevelItemCount()
    view.panel.show_tab("tasks")
    tab = view.panel.tabs["tasks"]
    fill_required(qtbot, tab)
    qtbot.keyClicks(tab.form.observations, "Seen in history")
    qtbot.keyClick(tab.form.observations, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.text().startswith("Task saved.")
    assert history.tree.topLevelItemCount() == rows_before + 1
    assert history.tree.topLevelItem(0).text(3) == "Seen in history"


def test_field_labels_follow_a_language_switch_and_keep_what_was_typed(qtbot, make_ctx):
    from PySide6.QtCore import QLocale

    from sagicc_desktop import i18n

    tab = _tab(qtbot, make_ctx("carlos"))
    qtbot.keyClicks(tab.form.observations, "kept")
    spec = tab.form.specs[0]
    try:
        i18n.install_translators(QApplication.instance(), "es")
        QLocale.setDefault(QLocale(QLocale.Language.Spanish))
        qtbot.waitUntil(lambda: tab.form.fields_layout.labelForField(tab.form.inputs[spec["key"]]).text()
                        .startswith(spec["label_es"]), timeout=2000)
        assert tab.form.observations.toPlainText() == "kept"
    finally:
        i18n.install_translators(QApplication.instance(), "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        qtbot.waitUntil(lambda: tab.form.fields_layout.labelForField(tab.form.inputs[spec["key"]]).text()
                        .startswith(spec["label"]), timeout=2000)


def test_an_unsaved_ticket_edit_survives_a_task_saved_in_the_same_view(qtbot, make_ctx):
    """Saving a task moves the ticket's next action (and version); the Ticket tab keeps the
    user's pending edit and saves it without a false 'someone else changed it'."""
    from sagicc_desktop.views.ticket.view import TicketView

    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    view = show_active(qtbot, TicketView(ctx, ticket_id))
    ticket_tab = view.panel.tabs["ticket"]
    ticket_tab.subject.setText("Router replaced, waiting for confirmation")
    view.panel.show_tab("tasks")
    tasks_tab = view.panel.tabs["tasks"]
    fill_required(qtbot, tasks_tab)
    qtbot.keyClicks(tasks_tab.form.observations, "Call to confirm")
    _schedule(qtbot, tasks_tab)
    with qtbot.waitSignal(tasks_tab.sig_ticket_changed, timeout=2000):
        qtbot.mouseClick(tasks_tab.save_button, Qt.MouseButton.LeftButton)
    assert ticket_tab.subject.text() == "Router replaced, waiting for confirmation"
    assert ticket_tab.save()
    with ctx.db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket.subject == "Router replaced, waiting for confirmation"
        assert ticket.next_action_at is not None
