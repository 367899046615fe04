"""O4 Send transcript from the options menu, as a user would: choose the customer's address
(blocked ones disabled with the reason), see how many messages go, Send, and be told it was
queued; a viewer cannot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sagicc_desktop.services import notes, outbox, transcript
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import BlockedContact, ContactPoint, Interaction, OutboxItem, Ticket
from sagicc_desktop.store.enums import ContactKind, Direction, TicketStatus
from sagicc_desktop.views.main_window import MainWindow
from sagicc_desktop.views.ticket.transcript_dialog import TranscriptDialog

from .conftest import show_active

NOTE = "GUI-PRIVATE-NOTE do not send"


def _ticket(ctx):
    """An open ticket with a customer, in a campaign with an e-mail channel; its customer gets
    two fresh addresses, one of them blocked."""
    rows = TicketListQuery(ctx.db, ctx.user, TicketFilter(
        statuses=(TicketStatus.NEW, TicketStatus.IN_PROGRESS))).first_page(200)
    for row in rows:
        info = transcript.info(ctx.db, ctx.user, row.id)
        if info.channel_name and info.interaction_count:
            with unit_of_work(ctx.db) as s:
                customer = s.get(Ticket, row.id).customer_id
                if customer is None:
                    continue
                for p in s.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer,
                                                              ContactPoint.kind == ContactKind.EMAIL)):
                    s.delete(p)
                s.add(ContactPoint(customer_id=customer, kind=ContactKind.EMAIL, value="Pat@Example.com",
                                   normalized_value="pat@example.com", is_primary=True))
                s.add(ContactPoint(customer_id=customer, kind=ContactKind.EMAIL, value="old@example.com",
                                   normalized_value="old@example.com"))
                s.add(BlockedContact(kind=ContactKind.EMAIL, normalized_value="old@example.com",
                                     reason="Bounced for months"))
            return row.id
    raise AssertionError("the demo data has no suitable ticket")


def _dialog(qtbot, ctx, ticket_id):
    window = show_active(qtbot, MainWindow(ctx))
    view = window.open_ticket(ticket_id)
    action = view.findChild(QAction, "transcriptAction")
    assert action is not None and action.text() == "Send transcript…" and action.isEnabled()
    action.trigger()
    dialog = view.findChild(TranscriptDialog)
    assert dialog is not None and dialog.isVisible()
    return window, view, dialog


def test_send_a_transcript_to_the_customer(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    notes.add_note(ctx.db, ctx.user, ticket_id, NOTE)
    window, view, dialog = _dialog(qtbot, ctx, ticket_id)
    combo = dialog.address
    assert combo.count() == 2 and combo.currentData() == "pat@example.com"
    blocked = combo.model().item(1)
    assert not blocked.isEnabled() and "Bounced for months" in blocked.text()
    assert "Bounced for months" in blocked.toolTip()
    assert not dialog.choose("old@example.com")
    count = transcript.info(ctx.db, ctx.user, ticket_id).interaction_count
    assert str(count) in dialog.count.text() and "Sent from:" in dialog.channel.text()
    assert dialog.send_button.isEnabled() and not dialog.problem.isVisible()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    boxes = [b for b in view.findChildren(QMessageBox, "transcriptQueuedMessage") if b.isVisible()]
    assert len(boxes) == 1 and "Pat@Example.com" in boxes[0].text()
    iid = dialog.queued_id
    with ctx.db.sessions() as s:
        row = s.get(Interaction, iid)
        assert row.direction is Direction.OUTGOING and row.recipients == "pat@example.com"
        assert NOTE not in row.body_text and NOTE not in (row.body_html or "")
        assert s.scalar(select(OutboxItem.id).where(OutboxItem.interaction_id == iid)) is not None
    assert outbox.deliveries(ctx.db, ctx.user, ticket_id, [iid])[iid].state.value == "queued"


def test_every_address_blocked_disables_send_and_says_why(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket(ctx)
    with unit_of_work(ctx.db) as s:
        s.add(BlockedContact(kind=ContactKind.EMAIL, normalized_value="pat@example.com", reason="asked"))
    _window, _view, dialog = _dialog(qtbot, ctx, ticket_id)
    assert not dialog.send_button.isEnabled()
    assert dialog.problem.isVisible() and "block list" in dialog.problem.text()


@pytest.mark.parametrize("who", ["viewer"])
def test_a_viewer_cannot_send(qtbot, make_ctx, who):
    ctx = make_ctx(who)
    rows = TicketListQuery(ctx.db, ctx.user, TicketFilter(statuses=(TicketStatus.NEW,))).first_page(1)
    view = show_active(qtbot, MainWindow(ctx)).open_ticket(rows[0].id)
    action = view.findChild(QAction, "transcriptAction")
    assert not action.isEnabled() and "Viewers can read" in action.toolTip()
