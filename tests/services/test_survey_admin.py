"""Administering surveys: the link must be an http(s) address carrying the request's token, checked
with the composer's own sandbox; one survey per campaign (and one for every campaign), what the
composer's survey link then uses, tombstones and the change log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import make_campaign
from factories_customer_data import make_world
from sagicc_desktop.services import composer_data
from sagicc_desktop.services import survey_admin as sa
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.survey_admin import SurveyDraft
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ChangeLogEntry, Survey, SurveyRequest, Ticket

LINK = "https://surveys.example/s/{{ token }}?ticket={{ ticket.number }}"


@pytest.fixture
def w(db):
    return make_world(db)


def campaign_of(w):
    with read_only(w.db) as s:
        return s.get(Ticket, w.ticket).campaign_id


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value


def test_the_sample_link_shows_an_example_token():
    assert sa.sample_link(LINK) == f"https://surveys.example/s/{sa.SAMPLE_TOKEN}?ticket={sa.SAMPLE_NUMBER}"
    assert sa.sample_link("  http://127.0.0.1:8080/{{ token }} ", token="abc") == "http://127.0.0.1:8080/abc"


@pytest.mark.parametrize(("link", "code"), [
    ("", "survey_link_required"),
    ("https://surveys.example/s/fixed", "survey_link_no_token"),
    ("ftp://surveys.example/{{ token }}", "survey_link_not_web"),
    ("surveys.example/{{ token }}", "survey_link_not_web"),
    ("https:///{{ token }}", "survey_link_not_web"),
    ("https://surveys.example/{{ token }} now", "survey_link_not_web"),
    ("https://surveys.example/{{ token }", "survey_link_syntax"),
    ("https://surveys.example/{{ token }}?c={{ customer.full_name }}", "survey_link_unknown"),
    ("https://surveys.example/" + "x" * 1000 + "{{ token }}", "survey_link_too_long"),
])
def test_a_link_that_cannot_work_is_refused(link, code):
    err = refused(lambda: sa.sample_link(link))
    assert err.args[0] == code
    assert err.details.get("field") == "url_template"


def test_a_survey_is_created_edited_and_deleted_with_the_change_log(w):
    campaign = campaign_of(w)
    survey = sa.create_survey(w.db, w.admin, SurveyDraft(" Customer  satisfaction ", LINK, campaign))
    assert (survey.name, survey.campaign_id, survey.url_template, survey.version) == (
        "Customer satisfaction", campaign, LINK, 1)
    assert survey.campaign
    edited = sa.update_survey(w.db, w.admin, survey.id, 1, SurveyDraft("CSAT", "https://s.example/{{ token }}", None))
    assert (edited.name, edited.campaign_id, edited.campaign, edited.version) == ("CSAT", None, "", 2)
    with pytest.raises(StaleEdit) as stale:
        sa.update_survey(w.db, w.admin, survey.id, 1, SurveyDraft("X", LINK))
    assert stale.value.args[0] == "survey_changed"
    with read_only(w.db) as s:
        rows = s.execute(select(ChangeLogEntry.action, ChangeLogEntry.field, ChangeLogEntry.new_value)
                         .where(ChangeLogEntry.entity_id == survey.id)).all()
    assert {(a.value, f) for a, f, _n in rows} == {("create", "name"), ("update", "name"), ("update", "campaign_id"),
                                                   ("update", "url_template")}
    sa.delete_survey(w.db, w.admin, survey.id, 2)
    assert sa.list_surveys(w.db, w.admin) == []
    with read_only(w.db) as s:
        assert s.get(Survey, survey.id).deleted_at is not None
    with pytest.raises(NotFound):
        sa.get_survey(w.db, w.admin, survey.id)


def test_a_wrong_survey_saves_nothing(w):
    for draft, code in ((SurveyDraft(" ", LINK), "survey_name_required"),
                        (SurveyDraft("x" * 161, LINK), "survey_name_too_long"),
                        (SurveyDraft("CSAT", "https://s.example/no-token"), "survey_link_no_token")):
        assert refused(lambda draft=draft: sa.create_survey(w.db, w.admin, draft)).args[0] == code
    assert sa.list_surveys(w.db, w.admin) == []


def test_one_survey_per_campaign_and_one_for_every_campaign(w):
    campaign = campaign_of(w)
    sa.create_survey(w.db, w.admin, SurveyDraft("Own", LINK, campaign))
    assert refused(lambda: sa.create_survey(w.db, w.admin, SurveyDraft("Second", LINK, campaign))).args[0] == (
        "survey_campaign_taken")
    sa.create_survey(w.db, w.admin, SurveyDraft("Everyone", LINK))
    assert refused(lambda: sa.create_survey(w.db, w.admin, SurveyDraft("Again", LINK))).args[0] == "survey_all_taken"
    sa.create_survey(w.db, w.admin, SurveyDraft("Other campaign", LINK, make_campaign(w.db)))
    assert [s.name for s in sa.list_surveys(w.db, w.admin)] == ["Everyone", "Other campaign", "Own"]


def test_the_composer_uses_the_campaigns_survey_else_the_one_for_every_campaign(w):
    everyone = sa.create_survey(w.db, w.admin, SurveyDraft("Everyone", "https://all.example/{{ token }}"))
    link = composer_data.survey_link(w.db, w.agent, w.ticket)
    with read_only(w.db) as s:
        token = s.scalar(select(SurveyRequest.token).where(SurveyRequest.survey_id == everyone.id))
    assert link == "https://all.example/" + token
    sa.create_survey(w.db, w.admin, SurveyDraft("Own", LINK, campaign_of(w)))
    own = composer_data.survey_link(w.db, w.agent, w.other_ticket)
    assert own.startswith("https://surveys.example/s/") and own.endswith("?ticket=%d" % _number(w, w.other_ticket))


def _number(w, ticket_id) -> int:
    with read_only(w.db) as s:
        return s.get(Ticket, ticket_id).number


def test_surveys_are_for_administrators(w):
    for actor in (w.agent, w.supervisor, w.viewer):
        with pytest.raises(PermissionDenied):
            sa.create_survey(w.db, actor, SurveyDraft("X", LINK))
        with pytest.raises(PermissionDenied):
            sa.list_surveys(w.db, actor)
