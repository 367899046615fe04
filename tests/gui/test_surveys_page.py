"""The Surveys page: an administrator writes a survey's link and sees it with an example token, a
link without the token is said under the field and not saved, and the saved survey's link is
what the composer inserts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from gui.conftest import show_active
from sagicc_desktop.services import composer_data, survey_admin
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Survey, SurveyRequest, Ticket
from sagicc_desktop.views.admin.surveys_page import SurveysPage


def test_only_administrators_get_the_page(make_ctx, qtbot):
    page = SurveysPage(make_ctx("carlos"))
    qtbot.addWidget(page)
    assert page.splitter.isHidden() and not page.refused.isHidden()


def test_a_survey_link_is_shown_with_an_example_token_and_used_by_the_composer(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, SurveysPage(ctx))
    assert page.list.count() == len(survey_admin.list_surveys(ctx.db, ctx.user)) > 0  # the demo's surveys
    assert all(s.campaign_id is not None for s in page.surveys)  # none serves every campaign yet

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.current is None and page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, "Quick poll")
    assert page.campaign.currentIndex() == 0  # every campaign without its own survey
    qtbot.keyClicks(page.link, "https://poll.example.com/answer")
    assert not page.rows["url_template"].error.isVisible()
    assert "{{ token }}" in page.sample.text()  # says what is missing
    qtbot.keyClick(page.link, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.rows["url_template"].error.isVisible() and "{{ token }}" in page.rows["url_template"].error.text()
    with read_only(ctx.db) as s:
        assert s.scalar(select(Survey.id).where(Survey.name == "Quick poll")) is None

    qtbot.keyClicks(page.link, "/{{ token }}?n={{ ticket.number }}")
    assert page.sample.text() == (f"https://poll.example.com/answer/{survey_admin.SAMPLE_TOKEN}"
                                  f"?n={survey_admin.SAMPLE_NUMBER}")
    assert not page.rows["url_template"].error.isVisible()
    qtbot.keyClick(page.link, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == "Saved." and page.current is not None
    assert page.list.currentItem().text().startswith("Quick poll\n")

    # With its campaign's own survey gone, the survey for every campaign serves the ticket.
    with read_only(ctx.db) as s:
        ticket = s.scalars(select(Ticket).where(Ticket.deleted_at.is_(None)).order_by(Ticket.number.desc())).first()
        ticket_id, campaign_id = ticket.id, ticket.campaign_id
        demo = s.execute(select(Survey.id, Survey.version).where(Survey.campaign_id == campaign_id,
                                                                 Survey.deleted_at.is_(None))).one()
    survey_admin.delete_survey(ctx.db, ctx.user, demo.id, demo.version)
    link = composer_data.survey_link(ctx.db, ctx.user, ticket_id)
    with read_only(ctx.db) as s:
        token, number = s.execute(select(SurveyRequest.token, Ticket.number).join(Ticket, Ticket.id == SurveyRequest.ticket_id)
                                  .where(SurveyRequest.ticket_id == ticket_id, SurveyRequest.survey_id == page.current.id)).one()
    assert link == f"https://poll.example.com/answer/{token}?n={number}"


def test_deleting_a_survey_is_confirmed(make_ctx, qtbot):
    ctx = make_ctx("admin")
    page = show_active(qtbot, SurveysPage(ctx))
    before = page.list.count()
    page.list.setCurrentRow(0)
    name = page.current.name
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    box = page.question
    assert isinstance(box, QMessageBox) and name in box.text()
    qtbot.waitUntil(box.isActiveWindow)
    box.findChild(QPushButton, "deleteSurveyBoxYes").click()
    qtbot.waitUntil(lambda: page.list.count() == before - 1)
    assert all(s.name != name for s in survey_admin.list_surveys(ctx.db, ctx.user))


def test_every_control_is_named(make_ctx, qtbot):
    from gui.test_accessibility import _unnamed

    page = show_active(qtbot, SurveysPage(make_ctx("admin")))
    page.list.setCurrentRow(0)
    assert _unnamed(page) == []


def test_every_demo_survey_link_passes_the_checks(make_ctx):
    ctx = make_ctx("admin")
    for survey in survey_admin.list_surveys(ctx.db, ctx.user):
        assert survey_admin.sample_link(survey.url_template).startswith("https://")
