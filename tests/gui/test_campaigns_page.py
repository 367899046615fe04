"""Campaigns page: an administrator sets up a campaign from the keyboard and mouse (general data,
members, channels, a formatted script, the external view), saves once, and the campaign reads
back through the service; a duplicate name is said under the field; unsaved changes are asked
about; other tabs join through add_campaign_tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from sagicc_desktop.services import campaign_admin as ca
from sagicc_desktop.services import tickets as ticket_service
from sagicc_desktop.views.admin.campaigns_page import CampaignsPage
from sagicc_desktop.views.ticket.simple_tabs import ScriptTab

from .conftest import show_active
from .test_accessibility import _unnamed


def _page(qtbot, ctx) -> CampaignsPage:
    return show_active(qtbot, CampaignsPage(ctx))


def _tick(widget, text_part: str) -> None:
    for i in range(widget.count()):
        if text_part in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text_part} not listed")


def _pick(page: CampaignsPage, name: str) -> None:
    item = next(page.list.item(i) for i in range(page.list.count()) if page.list.item(i).text() == name)
    page.list.setCurrentItem(item)


def test_an_administrator_sets_up_a_campaign_and_the_ticket_shows_its_script(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    assert CampaignsPage.available_to(ctx.user) and not CampaignsPage.available_to(make_ctx("sofia").user)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.is_new and page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, "  Insurance Claims ")
    qtbot.keyClicks(page.description_edit, "Car and home insurance claims.")
    page.other_contacts_box.click()

    page.tabs.setCurrentWidget(page.pages["members"])
    qtbot.keyClicks(page.member_filter, "laura")
    visible = [page.member_list.item(i) for i in range(page.member_list.count())
               if not page.member_list.item(i).isHidden()]
    assert len(visible) == 1 and "laura" in visible[0].text()
    visible[0].setCheckState(Qt.CheckState.Checked)
    page.member_filter.clear()
    _tick(page.member_list, "(emma)")
    assert page.member_count.text().startswith("2 ")

    page.tabs.setCurrentWidget(page.pages["channels"])
    _tick(page.channel_list, "SMS Gateway")
    _tick(page.channel_list, "Telefonía")
    page.default_combo.setCurrentIndex(page.default_combo.findText("Telefonía", Qt.MatchFlag.MatchContains))
    page.default_combo.activated.emit(page.default_combo.currentIndex())
    assert "Telefonía" in page.default_hint.text()

    page.tabs.setCurrentWidget(page.pages["script"])
    editor = page.script_editor
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, "Greet the customer")
    qtbot.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    editor.bullets.trigger()
    qtbot.keyClicks(editor.edit, "Ask for the policy number")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.edit, "Ask for the date of the claim")

    page.tabs.setCurrentWidget(page.pages["external_view"])
    assert page.section_boxes["tasks"].isChecked()
    page.section_boxes["tasks"].click()
    assert _unnamed(page) == []

    qtbot.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == "Saved.", page.status.text()
    assert not page.is_new and not page.has_unsaved()
    assert page.list.currentItem().text() == "Insurance Claims"

    saved = ca.get_campaign(ctx.db, ctx.user, page.detail.campaign_id)
    assert (saved.name, saved.description, saved.allow_other_contact_data, saved.is_active) == (
        "Insurance Claims", "Car and home insurance claims.", True, True)
    assert {m.username for m in saved.members} == {"laura", "emma"}
    assert {c.name for c in saved.channels} == {"SMS Gateway", "Telefonía · Softphone"}
    assert saved.inbound_default_id is not None and "Telefonía" in next(
        c.name for c in saved.channels if c.channel_id == saved.inbound_default_id)
    assert saved.external_view["tasks"] is False and saved.external_view["ticket"] is True
    assert "font-weight:700" in saved.script_html and "<ul" in saved.script_html

    ticket_id = ticket_service.create(ctx.db, ctx.user, campaign_id=saved.campaign_id,
                                       customer_id=None, subject="Hail damage")
    tab = ScriptTab(ctx, ticket_id)
    qtbot.addWidget(tab)
    tab.load()
    document = tab.browser.document()
    assert "Greet the customer" in document.toPlainText()
    assert "Ask for the date of the claim" in document.toPlainText()
    cursor = QTextCursor(document.findBlock(0))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert cursor.charFormat().fontWeight() >= 600  # bold came through
    assert document.findBlockByNumber(1).textList() is not None  # and the list


def test_a_duplicate_name_is_said_under_the_field_and_what_was_typed_stays(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    page.new_campaign()
    qtbot.keyClicks(page.name_edit, "billing SUPPORT")
    qtbot.keyClicks(page.description_edit, "Second try")
    page.tabs.setCurrentWidget(page.pages["members"])
    _tick(page.member_list, "(carlos)")
    page.save()
    assert page.is_new
    assert page.tabs.currentWidget() is page.pages["general"]
    assert page.name_note.isVisible()
    assert "billing SUPPORT" in page.name_note.text() and "another name" in page.name_note.text()
    assert page.name_edit.text() == "billing SUPPORT" and page.description_edit.toPlainText() == "Second try"
    assert "(carlos)" in next(page.member_list.item(i).text() for i in range(page.member_list.count())
                              if page.member_list.item(i).checkState() == Qt.CheckState.Checked)
    assert page.name_edit.accessibleDescription() == page.name_note.text()
    names = [c.name for c in ca.list_campaigns(ctx.db, ctx.user)]
    assert names.count("Billing Support") == 1 and "billing SUPPORT" not in names

    page.name_edit.setText("Billing Support Two")
    page._touch("general")
    assert page.save() and not page.name_note.isVisible()


def test_unsaved_changes_are_asked_about_when_another_campaign_is_picked(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    _pick(page, "Customer Care")
    assert page.detail.name == "Customer Care"
    page.name_edit.setFocus()
    qtbot.keyClicks(page.name_edit, " Plus")
    _pick(page, "Soporte Hogar")
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and page.detail.name == "Customer Care"
    assert page.list.currentItem().text() == "Customer Care"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.name_edit.text() == "Customer Care Plus" and page.detail.name == "Customer Care"

    _pick(page, "Soporte Hogar")
    box = QApplication.activeModalWidget()
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.detail.name == "Soporte Hogar", timeout=2000)
    assert "Customer Care Plus" in [c.name for c in ca.list_campaigns(ctx.db, ctx.user)]


class DummyTab(QWidget):
    """What the task form designer and SLA editor provide to the page."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dummyTab")
        self.shown: list[uuid.UUID | None] = []
        self.unsaved = False
        self.saved = 0
        QVBoxLayout(self).addWidget(QLabel("dummy"))

    def show_campaign(self, campaign_id):
        self.shown.append(campaign_id)
        self.unsaved = False

    def has_unsaved(self) -> bool:
        return self.unsaved

    def save(self) -> bool:
        self.saved += 1
        self.unsaved = False
        return True


def test_other_tabs_follow_the_chosen_campaign_and_are_asked_before_switching(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    dummy = DummyTab()
    page.add_campaign_tab(dummy, "Task form")
    assert page.tabs.tabText(page.tabs.indexOf(dummy)) == "Task form"
    assert dummy.shown == [None]
    _pick(page, "Billing Support")
    assert dummy.shown[-1] == page.detail.campaign_id
    dummy.unsaved = True
    _pick(page, "Ventas Móvil")
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and page.detail.name == "Billing Support"
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.detail.name == "Ventas Móvil", timeout=2000)
    assert dummy.saved == 1 and dummy.shown[-1] == page.detail.campaign_id
    page.new_campaign()
    assert dummy.shown[-1] is None and not page.tabs.isTabEnabled(page.tabs.indexOf(dummy))


def test_a_campaign_saved_meanwhile_is_said_and_saving_again_replaces_it(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    _pick(page, "Customer Care")
    campaign_id, version = page.detail.campaign_id, page.detail.version
    ca.update_campaign(ctx.db, ctx.user, campaign_id, version, ca.CampaignDraft("Customer Care", "Theirs"))
    page.description_edit.setPlainText("Mine")
    assert not page.save()
    assert "Someone else saved this campaign" in page.status.text()
    assert page.description_edit.toPlainText() == "Mine"
    assert page.save() and ca.get_campaign(ctx.db, ctx.user, campaign_id).description == "Mine"


def test_deactivating_keeps_the_campaign_listed_as_inactive(qtbot, make_ctx):
    ctx = make_ctx("admin")
    page = _page(qtbot, ctx)
    _pick(page, "Ventas Móvil")
    page.active_box.click()
    assert page.save()
    assert page.list.currentItem().text() == "Ventas Móvil (inactive)"
    page.show_inactive.click()
    assert "Ventas Móvil (inactive)" not in [page.list.item(i).text() for i in range(page.list.count())]
    assert not ca.get_campaign(ctx.db, ctx.user, page.detail.campaign_id).is_active
