"""Administering surveys (A3): a name, the campaign it belongs to (or every campaign) and the
link the customer follows.

The link is a template the composer fills for each ticket (composer_data.survey_link): it must
carry the survey request's {{ token }}, may carry {{ ticket.number }}, and must come out as an
http(s) address. It is checked with the composer's own Jinja2 sandbox, so a link that saves is
one the composer can fill. A campaign has one survey (the composer would only ever use the
first); one more may serve every campaign that has none of its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, Survey
from ..store.enums import ChangeAction
from ..store.types import utcnow
from . import composer_data
from .actor import Actor
from .admin_checks import live_row, one_line_name
from .changelog import apply_changes, record
from .errors import NotFound, ValidationError
from .permissions import require_admin
from .template_admin import check_text
from .unit_of_work import read_only, unit_of_work

NAME_MAX, LINK_MAX = 160, 1000
LINK_FIELDS = ("token", "ticket.number")  # what survey_link renders the link with
SAMPLE_TOKEN = "Xk3v9QeT2sLwP0aB7nYc"  # an example of what a real request's token looks like
SAMPLE_NUMBER = 1234


@dataclass(frozen=True)
class SurveyDraft:
    name: str
    url_template: str
    campaign_id: uuid.UUID | None = None  # None: every campaign without a survey of its own


@dataclass(frozen=True)
class SurveyRow:
    id: uuid.UUID
    version: int
    name: str
    campaign_id: uuid.UUID | None
    campaign: str  # "" for every campaign
    url_template: str


def sample_link(url_template: str, token: str = SAMPLE_TOKEN, number: int = SAMPLE_NUMBER) -> str:
    """The link as a customer would get it, with an example token; refusals as when saving."""
    link = (url_template or "").strip()
    if not link:
        raise ValidationError("survey_link_required", field="url_template")
    if len(link) > LINK_MAX:
        raise ValidationError("survey_link_too_long", field="url_template", limit=LINK_MAX)
    try:
        used = check_text(link, "url_template", LINK_FIELDS)
    except ValidationError as exc:  # the same checks, the survey's own words
        code = {"template_syntax": "survey_link_syntax", "unknown_placeholder": "survey_link_unknown"}[exc.args[0]]
        raise ValidationError(code, **exc.details) from exc
    if "token" not in used:
        raise ValidationError("survey_link_no_token", field="url_template")
    out = composer_data.render(link, {"token": token, "ticket": {"number": number}})
    try:
        parts = urlsplit(out)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host or any(c.isspace() for c in out):
        raise ValidationError("survey_link_not_web", field="url_template", value=out)
    return out


def _row(survey: Survey, campaign: str | None) -> SurveyRow:
    return SurveyRow(survey.id, survey.version, survey.name, survey.campaign_id, campaign or "", survey.url_template)


def _query():
    return (select(Survey, Campaign.name).outerjoin(Campaign, Campaign.id == Survey.campaign_id)
            .where(Survey.deleted_at.is_(None)))


def list_surveys(db: Database, actor: Actor) -> list[SurveyRow]:
    require_admin(actor)
    with read_only(db) as s:
        rows = s.execute(_query().order_by(func.lower(Survey.name), Survey.created_at)).all()
        return [_row(survey, campaign) for survey, campaign in rows]


def get_survey(db: Database, actor: Actor, survey_id: uuid.UUID) -> SurveyRow:
    require_admin(actor)
    with read_only(db) as s:
        found = s.execute(_query().where(Survey.id == survey_id)).first()
        if found is None:
            raise NotFound("survey_missing")
        return _row(*found)


def _clean(session: Session, draft: SurveyDraft, keep: uuid.UUID | None = None) -> dict:
    name = one_line_name(draft.name, NAME_MAX, "survey_name_required", "survey_name_too_long")
    link = (draft.url_template or "").strip()
    sample_link(link)
    campaign_name = ""
    if draft.campaign_id is not None:
        campaign_name = live_row(session, Campaign, draft.campaign_id, "survey_campaign_missing").name
    other = session.scalar(select(Survey.name).where(
        Survey.deleted_at.is_(None),
        Survey.campaign_id.is_(None) if draft.campaign_id is None else Survey.campaign_id == draft.campaign_id,
        Survey.id != keep if keep else true()).limit(1))
    if other is not None:
        code = "survey_all_taken" if draft.campaign_id is None else "survey_campaign_taken"
        raise ValidationError(code, field="campaign", value=campaign_name or other)
    return {"name": name, "campaign_id": draft.campaign_id, "url_template": link}


def create_survey(db: Database, actor: Actor, draft: SurveyDraft) -> SurveyRow:
    require_admin(actor)
    with unit_of_work(db) as s:
        survey = Survey(**_clean(s, draft))
        s.add(survey)
        s.flush()
        record(s, actor, "survey", survey.id, ChangeAction.CREATE, field="name", new=survey.name)
        survey_id = survey.id
    return get_survey(db, actor, survey_id)


def _survey(session: Session, survey_id: uuid.UUID, expected_version: int) -> Survey:
    return live_row(session, Survey, survey_id, "survey_missing", expected_version, "survey_changed")


def update_survey(db: Database, actor: Actor, survey_id: uuid.UUID, expected_version: int,
                  draft: SurveyDraft) -> SurveyRow:
    """Save an edited survey; StaleEdit "survey_changed" when someone saved it meanwhile. Links
    already sent keep working: their requests hold the token, not the link."""
    require_admin(actor)
    with unit_of_work(db) as s:
        survey = _survey(s, survey_id, expected_version)
        apply_changes(s, actor, survey, _clean(s, draft, survey.id), entity_type="survey")
    return get_survey(db, actor, survey_id)


def delete_survey(db: Database, actor: Actor, survey_id: uuid.UUID, expected_version: int) -> None:
    require_admin(actor)
    with unit_of_work(db) as s:
        survey = _survey(s, survey_id, expected_version)
        survey.deleted_at = utcnow()
        record(s, actor, "survey", survey.id, ChangeAction.DELETE, field="name", old=survey.name)
