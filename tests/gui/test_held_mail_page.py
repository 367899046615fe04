"""Held e-mail page: a supervisor reads, releases and discards mail kept aside from blocked senders.

The held messages are made for real: an address goes on the block list and a raw RFC 5322
message is stored through the inbound service on the demo's e-mail channel.
"""

from __future__ import annotations

import uuid
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QWidget
from sqlalchemy import select

from sagicc_desktop.channels.email_parse import parse_message
from sagicc_desktop.models.held_mail_model import COLUMN, HeldIdRole, HeldMailModel
from sagicc_desktop.services import block_list, inbound
from sagicc_desktop.services.inbound_preview import list_entries
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import CampaignChannel, Channel, Interaction, Ticket
from sagicc_desktop.store.enums import ChannelKind, ContactKind, Direction
from sagicc_desktop.store.types import utcnow
from sagicc_desktop.views.held_mail_page import HeldMailPage

from .conftest import show_active

SPAMMER = "offers@bulk-deals.example"
PLAIN = "Dear customer, our prices are the lowest this week."
HTML_ONLY = "GLITTERING-HTML-ONLY-WORDS"


def raw_mail(subject: str, *, sender: str = f"Bulk Deals <{SPAMMER}>", text: str = PLAIN,
             html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Support <support@sagicc-demo.example>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="bulk-deals.example")
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def email_channel(ctx) -> uuid.UUID:
    """The demo's e-mail channel that receives into a campaign."""
    with read_only(ctx.db) as s:
        return s.scalar(select(Channel.id).join(CampaignChannel, CampaignChannel.channel_id == Channel.id)
                        .where(Channel.kind == ChannelKind.EMAIL, CampaignChannel.is_inbound_default.is_(True))
                        .order_by(Channel.name).limit(1))


def hold(ctx, subject: str, **kw) -> uuid.UUID:
    """Block the sender (as the signed-in user) and store a message from them: it is held."""
    with unit_of_work(ctx.db) as s:
        block_list.block_value(s, ctx.user, ContactKind.EMAIL, SPAMMER, "Unsolicited offers")
    result = inbound.store_message(ctx.db, ctx.blobs, email_channel(ctx), parse_message(raw_mail(subject, **kw)))
    assert result.kind == inbound.HELD
    return result.held_id


def settled(qtbot, page: HeldMailPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def dialog(page: HeldMailPage, object_name: str) -> QMessageBox:
    box = page.confirm_box
    assert box is not None and box.objectName() == object_name and box.isVisible()
    return box


def answer(qtbot, box: QMessageBox, yes: bool) -> None:
    button = box.findChild(QWidget, box.objectName() + ("Yes" if yes else "No"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column_texts(page: HeldMailPage, column: str) -> list[str]:
    return [page.model.index(r, COLUMN[column]).data() for r in range(page.model.rowCount())]


def visible_texts(page: HeldMailPage) -> str:
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    texts += [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisible()]
    return "\n".join(texts)


def test_nothing_held_says_so_with_a_count_of_zero(qtbot, make_ctx):
    page = show_active(qtbot, HeldMailPage(make_ctx("laura")))
    assert page.title.text() == "Held e-mail (0)"
    assert page.empty.isVisible() and "No e-mail is being held." in page.empty.text()
    assert not page.table.isVisible()
    assert not page.release_button.isEnabled()


def test_the_list_shows_held_mail_newest_first_and_the_preview_is_plain_text(qtbot, make_ctx):
    ctx = make_ctx("laura")
    hold(ctx, "Weekly offers")
    hold(ctx, "Flash sale <b>today</b>", html=f"<p>{HTML_ONLY}</p><img src='https://tracker.example/p.png'>")
    page = show_active(qtbot, HeldMailPage(ctx))
    counts = []
    page.sig_count_changed.connect(counts.append)

    assert page.title.text() == "Held e-mail (2)"
    assert column_texts(page, "subject") == ["Flash sale <b>today</b>", "Weekly offers"]
    assert column_texts(page, "sender") == [f"Bulk Deals <{SPAMMER}>"] * 2
    assert column_texts(page, "reason") == ["Blocked sender"] * 2
    assert all(size.endswith(("bytes", "KB")) for size in column_texts(page, "size"))
    assert all(page.table.isColumnHidden(COLUMN[c]) for c in ("released_at", "released_by", "ticket"))

    settled(qtbot, page)  # the newest is selected and read
    assert page.preview_stack.currentIndex() == 1
    assert page.body.toPlainText().strip() == PLAIN
    assert page.subject_value.text() == "Flash sale <b>today</b>"  # shown as typed, not as bold
    assert page.subject_value.textFormat() == Qt.TextFormat.PlainText
    tip = page.model.index(0, COLUMN["subject"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;today&lt;/b&gt;" in tip and "<b>" not in tip  # a tooltip shows the words, not bold
    assert page.from_value.text() == f"Bulk Deals <{SPAMMER}>"
    assert page.block_value.text() == "Blocked. Reason given: Unsolicited offers"
    assert page.mailbox_value.text() == page.current_entry().row.channel_name != ""
    assert "HTML version, not shown" in page.plain_note.text()
    assert HTML_ONLY not in visible_texts(page)
    assert "tracker.example" not in visible_texts(page)

    page.select_row(1)
    settled(qtbot, page)
    assert page.body.toPlainText().strip() == PLAIN
    assert "HTML version" not in page.plain_note.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a held message: read its text
    assert page.body.hasFocus()

    hold(ctx, "Third one")
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.title.text() == "Held e-mail (3)" and counts == [3]
    assert column_texts(page, "subject")[0] == "Third one"


def test_release_asks_first_then_makes_a_ticket_and_offers_to_open_it(qtbot, make_ctx):
    ctx = make_ctx("laura")
    held_id = hold(ctx, "Please read, it is a real order", text="I want to buy 30 chairs. Regards, Ana")
    page = show_active(qtbot, HeldMailPage(ctx))
    settled(qtbot, page)

    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    box = dialog(page, "releaseHeldDialog")
    assert "stays on the block list" in box.informativeText()
    assert "joins its ticket" in box.informativeText()
    answer(qtbot, box, yes=False)
    assert page.model.rowCount() == 1 and page.current_id() == held_id  # Cancel changes nothing

    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog(page, "releaseHeldDialog"), yes=True)
    settled(qtbot, page)

    with read_only(ctx.db) as s:
        interaction = s.scalar(select(Interaction).where(Interaction.subject == "Please read, it is a real order"))
        assert interaction is not None and interaction.direction == Direction.INCOMING
        assert "30 chairs" in interaction.body_text
        ticket = s.get(Ticket, interaction.ticket_id)
        ticket_id, number = ticket.id, ticket.number
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert page.title.text() == "Held e-mail (0)"
    assert page.banner.isVisible()
    assert f"#{number}" in page.banner_label.text() and "still blocked" in page.banner_label.text()
    assert page.banner_open.isVisible() and page.banner_open.text() == f"Open ticket #{number}"
    with qtbot.waitSignal(page.sig_open_ticket, timeout=1000) as opened:
        qtbot.mouseClick(page.banner_open, Qt.MouseButton.LeftButton)
    assert opened.args == [ticket_id]

    # Show released: the row is there with who released it, when, and where it went.
    qtbot.mouseClick(page.show_released, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert column_texts(page, "released_by") == [ctx.user.display_name]
    assert column_texts(page, "ticket") == [f"#{number}"]
    assert column_texts(page, "released_at")[0]
    assert not page.table.isColumnHidden(COLUMN["ticket"])
    settled(qtbot, page)
    assert not page.release_button.isVisible() and page.open_button.isVisible()
    assert page.open_button.text() == f"Open ticket #{number}"
    assert ctx.user.display_name in page.outcome_value.text() and f"#{number}" in page.outcome_value.text()
    # Enter on a released message opens its ticket.
    page.table.setFocus()
    with qtbot.waitSignal(page.sig_open_ticket, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [ticket_id]


def test_delete_discards_after_a_warning_that_it_cannot_be_undone(qtbot, make_ctx):
    ctx = make_ctx("laura")
    hold(ctx, "Old offer")
    newest = hold(ctx, "New offer")
    page = show_active(qtbot, HeldMailPage(ctx))
    settled(qtbot, page)
    assert page.current_id() == newest
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = dialog(page, "discardHeldDialog")
    assert "cannot be undone" in box.informativeText()
    assert "New offer" in box.text()
    answer(qtbot, box, yes=True)

    assert column_texts(page, "subject") == ["Old offer"]
    assert page.title.text() == "Held e-mail (1)"
    assert "discarded" in page.banner_label.text()
    assert [e.row.subject for e in list_entries(ctx.db, ctx.user, include_released=True)] == ["Old offer"]
    settled(qtbot, page)
    assert page.current_entry().row.subject == "Old offer"  # the next one is selected, ready


def test_the_context_menu_has_both_actions(qtbot, make_ctx):
    ctx = make_ctx("admin")  # administrators may release too
    hold(ctx, "Menu offer")
    page = show_active(qtbot, HeldMailPage(ctx))
    settled(qtbot, page)
    rect = page.table.visualRect(page.model.index(0, COLUMN["subject"]))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = page.context_menu
    qtbot.waitUntil(lambda: menu.isVisible(), timeout=2000)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Release…", "Discard…"]
    assert page.release_action.isEnabled() and page.discard_action.isEnabled()
    assert not page.open_action.isEnabled()
    menu.close()
    page.discard_action.trigger()
    answer(qtbot, dialog(page, "discardHeldDialog"), yes=True)
    assert page.model.rowCount() == 0


def test_an_agent_is_told_the_page_is_for_supervisors_and_sees_nothing(qtbot, make_ctx):
    supervisor = make_ctx("laura")
    hold(supervisor, "Secret offer")
    agent = make_ctx("carlos")
    assert not HeldMailPage.available_to(agent.user)
    page = show_active(qtbot, HeldMailPage(agent))
    assert page.denied.isVisible()
    assert "Only supervisors and administrators" in page.denied.text()
    assert not page.table.isVisible() and not page.show_released.isVisible()
    assert page.model.rowCount() == 0
    assert "Secret offer" not in visible_texts(page)
    qtbot.keyClick(page, Qt.Key.Key_F5)  # nothing to refresh, nothing raised
    assert page.model.rowCount() == 0


def test_a_message_discarded_elsewhere_is_explained(qtbot, make_ctx):
    ctx = make_ctx("laura")
    held_id = hold(ctx, "Gone soon")
    page = show_active(qtbot, HeldMailPage(ctx))
    settled(qtbot, page)
    from sagicc_desktop.services.inbound_held import discard_held

    discard_held(ctx.db, make_ctx("admin").user, held_id)  # another supervisor, meanwhile
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog(page, "releaseHeldDialog"), yes=True)
    settled(qtbot, page)
    info = page.findChild(QMessageBox, "heldInfoMessage")
    qtbot.waitUntil(lambda: info is not None and info.isVisible(), timeout=2000)
    assert "no longer held" in info.text()
    assert page.model.rowCount() == 0


def test_every_control_is_named_and_the_page_retranslates(qtbot, make_ctx):
    from .test_accessibility import _unnamed

    ctx = make_ctx("laura")
    hold(ctx, "Named offer")
    page = show_active(qtbot, HeldMailPage(ctx))
    settled(qtbot, page)
    assert _unnamed(page) == []

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            return source.upper() if context in ("HeldMailPage", "HeldMailModel") else ""

        def isEmpty(self):  # noqa: N802 - an empty translator is skipped
            return False

    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.show_released.text() == "SHOW RELEASED", timeout=2000)
        assert page.title.text() == "HELD E-MAIL (1)"
        assert page.release_button.text() == "RELEASE…"
        assert page.model.headerData(COLUMN["subject"], Qt.Orientation.Horizontal) == "SUBJECT"
        assert column_texts(page, "reason") == ["BLOCKED SENDER"]
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.show_released.text() == "Show released", timeout=2000)


def test_the_model_passes_the_model_tester(qtmodeltester, make_ctx):
    ctx = make_ctx("laura")
    hold(ctx, "One")
    hold(ctx, "Two")
    model = HeldMailModel()
    model.set_entries(list_entries(ctx.db, ctx.user, include_released=True))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.index(0, 0).data(HeldIdRole)


def test_screenshot(qtbot, make_ctx, tmp_path):
    """A picture of the page with one held, one released message and a preview (for review)."""
    ctx = make_ctx("laura")
    hold(ctx, "Order for 30 chairs", text="Hello,\n\nI would like to order 30 chairs.\n\nRegards,\nAna")
    hold(ctx, "Unbeatable prices!!!", html=f"<h1>{HTML_ONLY}</h1>")
    page = show_active(qtbot, HeldMailPage(ctx), size=(1100, 720))
    settled(qtbot, page)
    page.select_row(1)
    settled(qtbot, page)
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    answer(qtbot, dialog(page, "releaseHeldDialog"), yes=True)
    settled(qtbot, page)
    qtbot.mouseClick(page.show_released, Qt.MouseButton.LeftButton)
    page.select_row(0)
    settled(qtbot, page)
    qtbot.wait(50)
    picture = page.grab()
    assert picture.save(str(tmp_path / "held-mail-en.png"))
    image = picture.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # something was painted, not an empty frame
