"""The Message templates page: an administrator makes a category and a template with placeholders,
the preview shows a real ticket's customer, an unknown placeholder is said under the text and
nothing is saved, and the saved template is then offered (and filled) in the composer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from gui.conftest import show_active
from sagicc_desktop.services import composer_data, template_admin
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Customer, MessageTemplate, Ticket
from sagicc_desktop.store.enums import ChannelKind
from sagicc_desktop.views.admin.templates_page import TemplatesPage


def ticket_and_customer(ctx, number: int) -> tuple:
    with read_only(ctx.db) as s:
        ticket_id, customer = s.execute(select(Ticket.id, Customer).join(Customer, Customer.id == Ticket.customer_id)
                                        .where(Ticket.number == number)).one()
        return ticket_id, customer.first_name, customer.full_name


def live_templates(ctx, name: str) -> int:
    with read_only(ctx.db) as s:
        return len(s.scalars(select(MessageTemplate.id).where(MessageTemplate.name == name,
                                                             MessageTemplate.deleted_at.is_(None))).all())


def new_category(qtbot, page, text: str) -> None:
    qtbot.mouseClick(page.new_category_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.category_dialog is not None and page.category_dialog.isActiveWindow())
    page.category_dialog.setTextValue(text)
    page.category_dialog.accept()
    qtbot.waitUntil(lambda: any(c.name == text for c in page.categories))
    page.windowHandle().requestActivate()  # back to the page, as when the dialog closes on a desktop
    qtbot.waitUntil(page.isActiveWindow)


def answer(qtbot, page, box, button) -> None:
    """Click a button of a window-modal box once it is up, then be back on the page."""
    qtbot.waitUntil(box.isActiveWindow)
    button.click()
    page.windowHandle().requestActivate()
    qtbot.waitUntil(page.isActiveWindow)


def test_only_administrators_get_the_page(make_ctx, qtbot):
    assert TemplatesPage.available_to(make_ctx("admin").user)
    ctx = make_ctx("laura")
    assert not TemplatesPage.available_to(ctx.user)
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    assert page.splitter.isHidden() and not page.refused.isHidden()


def test_an_administrator_writes_a_template_the_composer_then_offers(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, TemplatesPage(ctx))
    number = page.ticket_number.value()
    assert number == template_admin.newest_ticket_number(ctx.db, ctx.user)
    ticket_id, first_name, full_name = ticket_and_customer(ctx, number)

    new_category(qtbot, page, "Welcome letters")
    assert page.tree.currentItem().text(0) == "Welcome letters"
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.current is None and page.name_edit.hasFocus()
    assert page.category.currentText() == "Welcome letters"  # a new template goes into the selected category
    qtbot.keyClicks(page.name_edit, "Warm welcome")
    page.channel.setCurrentIndex(page.channel.findData("email"))
    page.subject.setFocus()
    qtbot.keyClicks(page.subject, "Case #{{ ticket.number }}")
    page.body.setFocus()
    qtbot.keyClicks(page.body, "Dear ")
    page._fill_insert_menu()
    action = page.insert_menu.findChild(type(page.insert_menu.actions()[0]), "placeholder_customer.full_name")
    assert action is not None and action.text() == "Full name"  # plain words, not the code
    action.trigger()
    assert page.body.toPlainText() == "Dear {{ customer.full_name }}"
    qtbot.waitUntil(lambda: page.preview_body.toPlainText() == f"Dear {full_name}")
    assert page.preview_subject.text() == f"Case #{number}"

    # An unknown placeholder: said under the text, the preview waits, Save stores nothing.
    qtbot.keyClicks(page.body, ", {{ customer.nickname }}")
    qtbot.waitUntil(lambda: page.rows["body"].error.isVisible())
    assert "customer.nickname" in page.rows["body"].error.text()
    assert page.preview_body.toPlainText() == ""
    qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert live_templates(ctx, "Warm welcome") == 0
    assert page.rows["body"].error.isVisible() and page.status.text().startswith("Not saved")
    assert page.body.toPlainText().endswith("{{ customer.nickname }}")  # nothing typed is lost

    # Corrected and saved with Ctrl+S.
    page.body.setPlainText("Dear {{ customer.first_name }}, we got your message. {{ agent.display_name }}")
    qtbot.waitUntil(lambda: page.preview_body.toPlainText().startswith(f"Dear {first_name}, we got"))
    assert not page.rows["body"].error.isVisible()
    qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert live_templates(ctx, "Warm welcome") == 1
    assert page.current is not None and page.status.text() == "Saved."
    assert page.tree.currentItem().text(0) == "Warm welcome"
    assert page.tree.currentItem().parent().text(0) == "Welcome letters"

    rows = composer_data.templates(ctx.db, ctx.user, ticket_id, ChannelKind.EMAIL)
    mine = next(r for r in rows if r.name == "Warm welcome")
    assert mine.category == "Welcome letters"
    assert all(r.name != "Warm welcome" for r in composer_data.templates(ctx.db, ctx.user, ticket_id, ChannelKind.SMS))
    subject, body = composer_data.fill_template(ctx.db, ctx.user, ticket_id, mine.id)
    assert subject == f"Case #{number}"
    assert body == f"Dear {first_name}, we got your message. {ctx.user.display_name}"


def test_a_syntax_mistake_names_its_line_and_another_ticket_can_be_previewed(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, TemplatesPage(ctx))
    page.body.setPlainText("Hello\n{{ customer.first_name }")
    qtbot.waitUntil(lambda: page.rows["body"].error.isVisible())
    assert "line 2" in page.rows["body"].error.text()
    page.body.setPlainText("{{ customer.last_name }}")
    page.ticket_number.setValue(1)
    _id, _first, _full = ticket_and_customer(ctx, 1)
    with read_only(ctx.db) as s:
        last = s.scalar(select(Customer.last_name).join(Ticket, Ticket.customer_id == Customer.id)
                        .where(Ticket.number == 1))
    qtbot.waitUntil(lambda: page.preview_body.toPlainText() == last)
    page.ticket_number.setValue(1_999_999_999)
    qtbot.waitUntil(lambda: "1999999999" in page.preview_note.text())


def test_deleting_a_template_and_a_category_is_confirmed(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, TemplatesPage(ctx))
    new_category(qtbot, page, "Short-lived")
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.name_edit, "Temporary")
    page.body.setPlainText("Bye {{ customer.first_name }}")
    assert page.save()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    box = page.question
    assert isinstance(box, QMessageBox) and box.objectName() == "deleteTemplateBox"
    answer(qtbot, page, box, box.button(QMessageBox.StandardButton.Cancel))
    assert live_templates(ctx, "Temporary") == 1
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert page.question is not box
    answer(qtbot, page, page.question, page.question.findChild(QPushButton, "deleteTemplateBoxYes"))
    qtbot.waitUntil(lambda: live_templates(ctx, "Temporary") == 0)
    assert page.current is None

    category = next(c for c in page.categories if c.name == "Short-lived")
    page.tree.blockSignals(True)
    page._select(("category", category.id))
    page.tree.blockSignals(False)
    page._update_buttons()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert page.question.objectName() == "deleteCategoryBox" and "empty" in page.question.text()
    answer(qtbot, page, page.question, page.question.findChild(QPushButton, "deleteCategoryBoxYes"))
    qtbot.waitUntil(lambda: all(c.name != "Short-lived" for c in page.categories))


def test_switching_with_unsaved_changes_asks_first(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, TemplatesPage(ctx))
    qtbot.keyClicks(page.name_edit, "Half written")
    first = next(item for item in page._items() if item.data(0, Qt.ItemDataRole.UserRole) == "template")
    page.tree.setCurrentItem(first)
    box = page.question
    assert box is not None and box.objectName() == "unsavedTemplateBox"
    answer(qtbot, page, box, box.button(QMessageBox.StandardButton.Cancel))
    assert page.name_edit.text() == "Half written" and page.current is None
    page.tree.setCurrentItem(first)
    answer(qtbot, page, page.question, page.question.button(QMessageBox.StandardButton.Discard))
    qtbot.waitUntil(lambda: page.current is not None)
    assert page.name_edit.text() == first.text(0)
    assert QApplication.activeModalWidget() is None


def test_every_control_is_named(make_ctx, qtbot):
    from gui.test_accessibility import _unnamed

    page = show_active(qtbot, TemplatesPage(make_ctx("admin")))
    assert _unnamed(page) == []


def test_every_demo_template_passes_the_checks(make_ctx):
    ctx = make_ctx("admin")
    rows = template_admin.list_templates(ctx.db, ctx.user)
    assert len(rows) >= 10
    for row in rows:  # what the demo ships is what an administrator could have saved
        template_admin.validate(ctx.db, ctx.user, template_admin.TemplateDraft(
            row.name, row.body, row.subject, row.category_id, row.campaign_id, row.channel_kind, row.language), row.id)


def test_the_screens_say_everything_again_when_the_language_changes(make_ctx, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from sagicc_desktop.views.admin.surveys_page import SurveysPage
    from sagicc_desktop.views.signature_dialog import SignatureDialog

    ctx = make_ctx("admin")
    for widget, label, text in ((TemplatesPage(ctx), "title", "Message templates"),
                                (SurveysPage(ctx), "title", "Surveys"),
                                (SignatureDialog(ctx), "preview_box", "How it looks under a message")):
        qtbot.addWidget(widget)
        control = getattr(widget, label)
        (control.setTitle if hasattr(control, "setTitle") else control.setText)("stale")
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert (control.title() if hasattr(control, "title") else control.text()) == text
