import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sagicc_desktop.models.roles import TicketIdRole, TicketNumberRole
from sagicc_desktop.services import presence
from sagicc_desktop.services.ticket_list import pending_tickets
from sagicc_desktop.store.enums import Presence
from sagicc_desktop.views.main_window import MainWindow

from .conftest import show_active


def _window(qtbot, ctx) -> MainWindow:
    return show_active(qtbot, MainWindow(ctx))


def test_tickets_module_lists_and_filters(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    page = window.tickets_page
    counted = lambda: qtbot.waitUntil(lambda: page.model.count_known, timeout=5000)  # noqa: E731
    counted()
    everything = page.model.rowCount()
    assert everything >= 300
    page.status.setCurrentIndex(page.status.findText("Closed"))
    counted()
    closed = page.model.rowCount()
    assert 0 < closed < everything
    for row in range(closed):
        assert page.model.index(row, 1).data() == "Closed"
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    counted()
    assert page.model.rowCount() == everything
    assert page.count_label.text() == f"{everything} tickets"


def test_free_text_finds_a_ticket_by_number(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    page = window.tickets_page
    qtbot.keyClicks(page.search, "42")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data(TicketNumberRole) == 42


def test_sorting_by_priority_puts_critical_first(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    page = window.tickets_page
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 2).data() == "Critical"
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 2).data() == "Low"


def test_opening_a_ticket_makes_the_user_busy_and_exit_available(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    table = window.tickets_page.table
    index = window.tickets_page.model.index(3, 0)
    ticket_id = uuid.UUID(index.data(TicketIdRole))
    table.setCurrentIndex(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click starts with a press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    view = window.ticket_view
    assert view is not None and view.ticket_id == ticket_id
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.BUSY
    qtbot.waitUntil(lambda: not window.top_bar.presence.isEnabled(), timeout=2000)  # right after the paint
    assert window.stack.currentWidget() is view
    qtbot.mouseClick(view.header.exit_button, Qt.MouseButton.LeftButton)
    assert window.ticket_view is None
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AVAILABLE
    assert window.stack.currentWidget() is window.tickets_page
    assert window.top_bar.presence.isEnabled()


def test_pending_badge_counts_and_opens_on_click(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    window = _window(qtbot, ctx)
    expected = pending_tickets(ctx.db, ctx.user)
    assert window.top_bar.badge.text() == str(len(expected))
    first = window.top_bar.pending_model.index(0, 0)
    assert first.data(TicketNumberRole) == expected[0].number
    assert expected[0].next_action_at is not None  # scheduled next actions come first
    window.top_bar._pending_activated(first)
    assert window.ticket_view is not None and window.ticket_view.ticket_id == expected[0].id


def test_go_to_ticket_number(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    qtbot.keyClicks(window.top_bar.go_edit, "7")
    qtbot.keyClick(window.top_bar.go_edit, Qt.Key.Key_Return)
    assert window.ticket_view is not None
    assert window.ticket_view.header.number.text() == "#7"


def test_unknown_ticket_number_says_so(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    qtbot.keyClicks(window.top_bar.go_edit, "999999")
    qtbot.keyClick(window.top_bar.go_edit, Qt.Key.Key_Return)
    assert window.ticket_view is None
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "does not exist" in boxes[0].text()


def test_presence_by_hand(qtbot, make_ctx):
    ctx = make_ctx("emma")
    window = _window(qtbot, ctx)
    combo = window.top_bar.presence
    combo.setCurrentIndex(combo.findText("Away"))
    combo.activated.emit(combo.currentIndex())
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.AWAY


def test_side_menu_switches_pages_by_keyboard(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("emma"))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.customers_page
    qtbot.waitUntil(lambda: window.customers_page.list.topLevelItemCount() > 0, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.agenda_page
    assert window.agenda_page.list.topLevelItemCount() > 0


def test_closing_the_window_signs_out(qtbot, make_ctx):
    ctx = make_ctx("emma")
    window = _window(qtbot, ctx)
    window.open_number(int(window.tickets_page.model.index(0, 0).data(TicketNumberRole)))
    window.close()
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.OFFLINE


def test_channel_workers_start_and_stop_with_the_window(qtbot, make_ctx):
    """The outbox and incoming-mail workers run for the session and report on the GUI thread."""
    from sagicc_desktop.services import outgoing, ticket_list
    from sagicc_desktop.store.entities import OutboxItem
    from sagicc_desktop.store.enums import ChannelKind, OutboxState

    ctx = make_ctx("carlos")
    window = show_active(qtbot, MainWindow(ctx))
    assert window.outbox is None and window.inbound is None  # a window alone sends nothing
    window.start_channels(inbound_interval=3600)
    assert window.outbox.running and window.inbound.running
    from sagicc_desktop.services import composer_data

    for row in ticket_list.pending_tickets(ctx.db, ctx.user):  # a ticket that can get an SMS
        ticket_id = row.id
        sms = next((c for c in outgoing.sendable_channels(ctx.db, ctx.user, ticket_id)
                    if c.kind is ChannelKind.SMS), None)
        mobiles = [r for r in composer_data.recipients(ctx.db, ctx.user, ticket_id, ChannelKind.SMS)
                   if not r.blocked]
        if sms and mobiles:
            break
    interaction = outgoing.queue_message(ctx.db, ctx.blobs, ctx.user, ticket_id, channel_id=sms.id,
                                         to=[mobiles[0].normalized_value], body_text="Your visit is confirmed")
    window.wake_outbox()

    def parked() -> bool:  # SMS has no connector yet: the worker looks at it and leaves it waiting
        with ctx.db.sessions() as s:
            from sqlalchemy import select

            item = s.scalar(select(OutboxItem).where(OutboxItem.interaction_id == interaction))
            return item.state is OutboxState.QUEUED and item.last_error == "no_connector"

    qtbot.waitUntil(parked, timeout=10_000)
    outbox, inbound = window.outbox, window.inbound
    window.close()
    assert window.outbox is None and not outbox.running and not inbound.running


def test_held_email_is_in_the_side_menu_for_supervisors_only(qtbot, make_ctx):
    from sagicc_desktop.views.held_mail_page import HeldMailPage

    laura = show_active(qtbot, MainWindow(make_ctx("laura")))
    texts = [laura.side_menu.item(r).text() for r in range(laura.side_menu.count())]
    assert texts[3].startswith("Held e-mail") and texts[4] == "Presence of the team"  # after the three modules
    laura.side_menu.setCurrentRow(3)
    assert isinstance(laura.stack.currentWidget(), HeldMailPage)
    laura.close()
    carlos = show_active(qtbot, MainWindow(make_ctx("carlos")))
    assert carlos.held_page is None and carlos.side_menu.count() == 3
    carlos.close()


def test_a_burst_of_arrivals_refreshes_the_window_once(qtbot, make_ctx, monkeypatch):
    window = show_active(qtbot, MainWindow(make_ctx("laura")))
    refreshes = []
    monkeypatch.setattr(window.top_bar, "refresh", lambda: refreshes.append(1))
    for i in range(500):
        window._mail_arrived(uuid.uuid4().hex, uuid.uuid4().hex, "new_ticket" if i % 2 else "continued")
    qtbot.waitUntil(lambda: bool(refreshes), timeout=3000)
    qtbot.wait(500)
    assert len(refreshes) == 1
    from PySide6.QtCore import QCoreApplication

    said = QCoreApplication.translate("MainWindow", "%n new ticket(s) arrived by e-mail.", "", 250)
    assert window.statusBar().currentMessage() == said and "250" in said
    window.close()


def test_going_to_another_ticket_keeps_the_view_and_shows_only_the_new_ticket(qtbot, make_ctx):
    """The docks and the tabs that can switch stay (that is what makes the switch fast); what
    they show is the new ticket's, and work typed for the old one is not carried over."""
    from sagicc_desktop.services import layouts, notes
    from sagicc_desktop.services.unit_of_work import read_only
    from sagicc_desktop.store.entities import UserPresence
    from sagicc_desktop.views.ticket.notes_tab import NotesTab
    from sagicc_desktop.views.ticket.ticket_tab import TicketTab

    ctx = make_ctx("carlos")
    layouts.save_for_user(ctx.db, ctx.user, layouts.LayoutSpec(
        3, (("notes", "customer"), ("ticket", "conversation"), ("history", "script"))))
    first, second = pending_tickets(ctx.db, ctx.user)[:2]
    notes.add_note(ctx.db, ctx.user, second.id, "Only on the second ticket")
    window = _window(qtbot, ctx)

    def loaded(view, ticket_id):
        qtbot.waitUntil(lambda: all(k in view.panel.tabs and getattr(view.panel.tabs[k], "loaded", True)
                                    for k in ("notes", "ticket", "history")), timeout=3000)
        assert all(w.ticket_id == ticket_id for w in view.panel.tabs.values())

    view = window.open_ticket(first.id)
    loaded(view, first.id)
    notes_widget, ticket_widget = view.panel.tabs["notes"], view.panel.tabs["ticket"]
    assert "Only on the second ticket" not in [n.text for n in notes_widget.rows]

    assert window.open_ticket(second.id) is view  # same view, same docks
    loaded(view, second.id)
    assert view.ticket_id == second.id and view.header.number.text() == f"#{second.number}"
    assert view.panel.tabs["notes"] is notes_widget  # switched, not rebuilt
    assert notes_widget.rows[0].text == "Only on the second ticket"
    assert view.panel.tabs["ticket"] is not ticket_widget  # the Ticket tab is built afresh
    assert isinstance(view.panel.tabs["ticket"], TicketTab)
    with read_only(ctx.db) as s:
        row = s.get(UserPresence, ctx.user.user_id)
        assert (row.status, row.busy_ticket_id) == (Presence.BUSY, second.id)

    notes_widget.editor.setPlainText("Half-written note for the second ticket")
    window.open_ticket(first.id)
    loaded(view, first.id)
    fresh = view.panel.tabs["notes"]
    assert fresh is not notes_widget and isinstance(fresh, NotesTab)  # the typed text stays behind
    assert fresh.editor.toPlainText() == ""
    assert "Only on the second ticket" not in [n.text for n in fresh.rows]


def test_a_deactivated_user_is_signed_out_with_a_sentence(qtbot, make_ctx):
    from sagicc_desktop.services import user_admin

    admin = make_ctx("admin")
    ctx = make_ctx("emma")
    window = show_active(qtbot, MainWindow(ctx))
    assert window.check_account() and window.isVisible()
    user_admin.deactivate_user(admin.db, admin.user, ctx.user.user_id)
    with qtbot.waitSignal(window.sig_signed_out):
        window._pending_timer.timeout.emit()  # the next periodic check
    qtbot.waitUntil(lambda: not window.isVisible())
    box = window.deactivated_message
    assert box.isVisible() and "deactivated your user" in box.text()
    assert presence.current(ctx.db, ctx.user.user_id) is Presence.OFFLINE
    box.accept()  # a top-level box (the window is gone): leave none open for the next test
    qtbot.waitUntil(lambda: not box.isVisible())
