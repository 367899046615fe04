import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from sagicc_desktop.services import tickets
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
from sagicc_desktop.store.entities import ChangeLogEntry, Layout, Ticket
from sagicc_desktop.store.enums import Priority, TicketStatus
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def _first(ctx, **filter_kw) -> uuid.UUID:
    return TicketListQuery(ctx.db, ctx.user, TicketFilter(**filter_kw)).first_page(1)[0].id


def _view(qtbot, ctx, ticket_id) -> TicketView:
    return show_active(qtbot, TicketView(ctx, ticket_id))


def _tab(view):
    return view.panel.tabs["ticket"]


def test_header_shows_every_field(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.IN_PROGRESS,))
    header = tickets.header(ctx.db, ctx.user, ticket_id)
    view = _view(qtbot, ctx, ticket_id)
    bar = view.header
    assert bar.number.text() == f"#{header.number}"
    assert bar.status.text() == "In progress"
    assert header.first_name in bar.customer.text() and header.last_name in bar.customer.text()
    assert header.document_number in bar.customer.text()
    assert bar.created.text().startswith("Created")
    assert header.assignee_name in bar.assignee.text() or bar.assignee.text() == "Unassigned"
    for widget in (bar.refresh_button, bar.options_button, bar.exit_button, bar.customer):
        assert widget.objectName() and widget.accessibleName()


def test_clicking_the_customer_shows_the_customer_tab(qtbot, make_ctx):
    ctx = make_ctx("admin")
    view = _view(qtbot, ctx, _first(ctx))
    qtbot.mouseClick(view.header.customer, Qt.MouseButton.LeftButton)
    customer_tab = view.panel.tabs["customer"]
    assert customer_tab.loaded
    assert customer_tab.names["first_name"].text()
    assert not view.panel.docks["customer"].visibleRegion().isEmpty()


def test_editing_and_saving_writes_the_change_log(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.NEW,))
    view = _view(qtbot, ctx, ticket_id)
    tab = _tab(view)
    assert not tab.save_button.isEnabled()
    tab.description.selectAll()
    qtbot.keyClicks(tab.description, "The router restarts every hour.")
    tab.priority.setCurrentIndex(tab.priority.findData(Priority.CRITICAL))
    qtbot.keyClicks(tab.tags, ", vip")
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Saved."
    assert not tab.save_button.isEnabled()
    with ctx.db.sessions() as s:
        t = s.get(Ticket, ticket_id)
        assert t.description == "The router restarts every hour."
        assert t.priority == Priority.CRITICAL
        fields = {e.field: e for e in s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.ticket_id == ticket_id))}
    assert fields["description"].new_value == "The router restarts every hour."
    assert fields["priority"].old_value != fields["priority"].new_value
    assert "vip" in fields["tags"].new_value
    assert fields["priority"].user_id == ctx.user.user_id


def test_save_with_keyboard(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.NEW,))
    tab = _tab(_view(qtbot, ctx, ticket_id))
    tab.subject.setFocus()
    tab.subject.selectAll()
    qtbot.keyClicks(tab.subject, "Keyboard subject")
    qtbot.keyClick(tab.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tickets.header(ctx.db, ctx.user, ticket_id).subject == "Keyboard subject"


def test_stale_save_is_refused_and_keeps_the_edit(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.NEW,))
    tab = _tab(_view(qtbot, ctx, ticket_id))
    form = tickets.form(ctx.db, ctx.user, ticket_id)
    tickets.update(ctx.db, ctx.user, ticket_id, form.version, {"subject": "Changed elsewhere"})
    tab.description.setPlainText("My careful edit")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Someone else saved" in tab.message.text()
    assert tab.description.toPlainText() == "My careful edit"
    assert tickets.header(ctx.db, ctx.user, ticket_id).subject == "Changed elsewhere"


def test_a_100000_character_description_saves(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.NEW,))
    tab = _tab(_view(qtbot, ctx, ticket_id))
    text = ("Línea de prueba con acentos. " * 4000)[:100_000]
    tab.description.setPlainText(text)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Saved."
    assert tickets.form(ctx.db, ctx.user, ticket_id).description == text


def test_invalid_cc_is_refused_with_a_message(qtbot, make_ctx):
    ctx = make_ctx("admin")
    ticket_id = _first(ctx, statuses=(TicketStatus.NEW,))
    tab = _tab(_view(qtbot, ctx, ticket_id))
    qtbot.keyClicks(tab.cc, "someone@@example")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "not a valid e-mail" in tab.message.text()
    assert tab.cc.text() == "someone@@example"


def test_closed_ticket_is_read_only(qtbot, make_ctx):
    ctx = make_ctx("admin")
    tab = _tab(_view(qtbot, ctx, _first(ctx, statuses=(TicketStatus.CLOSED,))))
    assert not tab.subject.isEnabled() and tab.description.isReadOnly()
    assert "closed" in tab.subject.toolTip()


def test_viewer_cannot_edit(qtbot, make_ctx):
    ctx = make_ctx("viewer")
    tab = _tab(_view(qtbot, ctx, _first(ctx, statuses=(TicketStatus.NEW,))))
    assert not tab.priority.isEnabled()
    assert "Viewers" in tab.priority.toolTip()


def test_two_and_three_columns(qtbot, make_ctx):
    ctx = make_ctx("emma")
    ticket_id = _first(ctx)
    view = _view(qtbot, ctx, ticket_id)

    def columns() -> int:
        xs = {dock.x() for dock in view.panel.docks.values() if not dock.visibleRegion().isEmpty()}
        return len(xs)

    assert view.panel.spec.columns == 2 and columns() == 2
    assert len(view.panel.visible_tab_bars()) == 2
    assert all(all(title for title in bar) for bar in view.panel.visible_tab_bars())  # no ghost tabs
    _tab(view).subject.setText("unsaved edit survives")
    view.layout_controls.three_columns_action.trigger()
    qtbot.waitUntil(lambda: columns() == 3 and len(view.panel.visible_tab_bars()) == 2, timeout=3000)
    assert view.panel.spec.columns == 3
    bars = view.panel.visible_tab_bars()
    assert len(bars) == 2 and all(all(title for title in bar) for bar in bars)  # the middle column has one tab
    assert _tab(view).subject.text() == "unsaved edit survives"
    assert _tab(view).subject.isVisible()
    with ctx.db.sessions() as s:
        own = s.scalar(select(Layout).where(Layout.user_id == ctx.user.user_id))
        assert own is not None and own.columns == 3
    view.exit()
    again = _view(qtbot, ctx, ticket_id)
    assert again.panel.spec.columns == 3


def test_change_log_only_for_administrators(qtbot, make_ctx):
    admin = make_ctx("admin")
    ticket_id = _first(admin, statuses=(TicketStatus.NEW,))
    form = tickets.form(admin.db, admin.user, ticket_id)
    tickets.update(admin.db, admin.user, ticket_id, form.version, {"subject": "Logged change"})
    view = _view(qtbot, admin, ticket_id)
    assert view.change_log_action.isVisible()
    dialog = view.show_change_log()
    texts = [dialog.tree.topLevelItem(i).text(5) for i in range(dialog.tree.topLevelItemCount())]
    assert "Logged change" in texts
    dialog.close()
    agent_view = _view(qtbot, make_ctx("emma"), ticket_id)
    assert not agent_view.change_log_action.isVisible()


def test_the_change_log_filters_by_text_type_and_user(qtbot, make_ctx):
    admin = make_ctx("admin")
    ticket_id = _first(admin, statuses=(TicketStatus.NEW,))
    form = tickets.form(admin.db, admin.user, ticket_id)
    version = tickets.update(admin.db, admin.user, ticket_id, form.version, {"subject": "Router acción"})
    tickets.update(admin.db, admin.user, ticket_id, version, {"cc": "ana@example.com"})
    view = _view(qtbot, admin, ticket_id)
    dialog = view.show_change_log()

    def shown() -> list[str]:
        return [dialog.tree.topLevelItem(i).text(5) for i in range(dialog.tree.topLevelItemCount())
                if not dialog.tree.topLevelItem(i).isHidden()]

    everything = shown()
    assert "Router acción" in everything and "ana@example.com" in everything
    qtbot.keyClicks(dialog.search, "ACCION")  # case and accents ignored
    assert shown() == ["Router acción"]
    assert dialog.count.text() == f"1 of {len(everything)} changes"
    dialog.search.clear()
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    assert "Router acción" not in shown()
    dialog.action.setCurrentIndex(0)
    dialog.user.setCurrentIndex(dialog.user.findData("Nobody at all"))  # not in the list: stays on All
    assert len(shown()) == len(everything)
    assert dialog.tree.topLevelItem(0).text(2) in ("Created", "Changed", "Deleted")
    fields = {dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())}
    assert {"Subject", "CC"} <= fields and "cc" not in fields  # the user's words, not stored keys
    assert dialog.tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers  # nobody edits it
    dialog.close()


def test_tabs_load_only_when_shown(qtbot, make_ctx):
    ctx = make_ctx("admin")
    view = _view(qtbot, ctx, _first(ctx))
    assert view.panel.tabs["conversation"].loaded  # visible in the default layout
    assert "notes" not in view.panel.tabs  # stacked behind: not even built yet
    view.panel.show_tab("notes")
    assert view.panel.tabs["notes"].loaded


def test_the_composer_gets_room_under_the_conversation(qtbot, make_ctx):
    """The composer joins the tab just after the timeline shows: if the user went to another tab
    of the dock meanwhile, the divider still makes room for it when the conversation is back, so
    Send is never squeezed to nothing."""
    ctx = make_ctx("carlos")
    view = _view(qtbot, ctx, _first(ctx))
    conversation = view.panel.tabs["conversation"]
    assert conversation.loaded and conversation.composer is None  # the composer comes a moment later
    view.panel.show_tab("tasks")  # before that moment
    qtbot.waitUntil(lambda: conversation.composer is not None, timeout=5000)
    view.panel.show_tab("conversation")
    composer = conversation.composer
    qtbot.waitUntil(composer.isVisible, timeout=5000)
    assert composer.height() >= composer.minimumSizeHint().height()
    assert composer.send_button.isVisible() and composer.send_button.height() > 0
