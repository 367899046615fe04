"""Administering message templates (A3): categories, templates and their placeholders.

Templates are checked with the very Jinja2 sandbox the composer fills them with
(composer_data._environment), so a template that saves is one the composer can fill: a syntax
mistake is refused with its line, and a placeholder the composer does not offer is refused by
name (it would otherwise come out empty in a customer's message). The placeholders themselves
are read off composer_data._template_data, so the two can never drift apart.

A deleted category or template is a tombstone (deleted_at). A category is deleted only when it
is empty, or with its templates moved to "no category". Category names are unique ignoring
case; creating one with the name of a deleted one brings that one back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, MessageTemplate, Survey, TemplateCategory, Ticket
from ..store.enums import ChangeAction, ChannelKind, TicketStatus
from ..store.types import utcnow
from . import composer_data
from .actor import Actor
from .admin_checks import live_row, one_line_name
from .changelog import apply_changes, record
from .errors import NotFound, ValidationError
from .permissions import require_admin
from .ticket_actions import ticket_by_number
from .unit_of_work import read_only, unit_of_work

LANGUAGES = ("en", "es")
NAME_MAX, SUBJECT_MAX, BODY_MAX = 160, 998, 100_000
ALL = object()  # list_templates: every category
SAMPLE_TOKEN = "SAMPLE-TOKEN"  # what a preview's survey link carries instead of a real request's


@dataclass(frozen=True)
class Category:
    id: uuid.UUID
    version: int
    name: str
    template_count: int


@dataclass(frozen=True)
class TemplateDraft:
    """What an administrator edits; None campaign = every campaign, None channel = every channel."""

    name: str
    body: str = ""
    subject: str = ""
    category_id: uuid.UUID | None = None
    campaign_id: uuid.UUID | None = None
    channel_kind: ChannelKind | None = None
    language: str = "en"


@dataclass(frozen=True)
class Template:
    id: uuid.UUID
    version: int
    name: str
    category_id: uuid.UUID | None
    category: str  # "" for no category
    campaign_id: uuid.UUID | None
    campaign: str  # "" for every campaign
    channel_kind: ChannelKind | None
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class Placeholder:
    """A field a template may use: key "customer.first_name" is written {{ customer.first_name }}."""

    key: str
    group: str  # "customer", "ticket", "agent", "campaign"; "" for a top-level one (survey_link)

    @property
    def text(self) -> str:
        return "{{ " + self.key + " }}"


@dataclass(frozen=True)
class Preview:
    ticket_number: int
    subject: str
    body: str
    survey_missing: bool  # the body asks for the survey link but the ticket's campaign has no survey


# ---------------------------------------------------------------- placeholders


class _NoRows:
    """A session that finds nothing: _template_data then answers every key, empty."""

    def get(self, *_args):
        return None


def _sample_data(survey_link: str = "") -> dict:
    ticket = SimpleNamespace(customer_id=None, campaign_id=None, number=0, subject="", description="",
                             status=TicketStatus.NEW)
    actor = SimpleNamespace(user_id=None, display_name="")
    return composer_data._template_data(_NoRows(), actor, ticket, survey_link)  # type: ignore[arg-type]


def placeholders() -> tuple[Placeholder, ...]:
    """Every field the composer fills, in the order it offers them."""
    out: list[Placeholder] = []
    for group, value in _sample_data().items():
        if isinstance(value, dict):
            out += [Placeholder(f"{group}.{key}", group) for key in value]
        else:
            out.append(Placeholder(group, ""))
    return tuple(out)


def _used_names(ast) -> list[str]:
    """The placeholders a parsed template reads: "customer.first_name", "survey_link", "customer"."""
    from jinja2 import meta, nodes

    free = meta.find_undeclared_variables(ast)  # loop variables and {% set %} names are not fields
    used: list[str] = []
    inner: set[int] = set()
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        if not isinstance(node.node, nodes.Name) or node.node.name not in free:
            continue
        inner.add(id(node.node))
        if isinstance(node, nodes.Getattr):
            used.append(f"{node.node.name}.{node.attr}")
        elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            used.append(f"{node.node.name}.{node.arg.value}")
        else:
            used.append(node.node.name)
    for node in ast.find_all(nodes.Name):
        if node.ctx == "load" and node.name in free and id(node) not in inner:
            used.append(node.name)
    return used


def check_text(text: str, field: str = "body", known: tuple[str, ...] | None = None) -> list[str]:
    """The placeholders `text` uses, or ValidationError "template_syntax" (limit = the line,
    value = Jinja's words) or "unknown_placeholder" (value = the name); details["field"] says
    which field (subject or body)."""
    from jinja2 import TemplateSyntaxError

    try:
        ast = composer_data._environment().parse(text or "")
    except TemplateSyntaxError as exc:
        raise ValidationError("template_syntax", field=field, limit=exc.lineno, value=exc.message or "") from exc
    allowed = set(known if known is not None else (p.key for p in placeholders()))
    used = _used_names(ast)
    for key in used:
        if key not in allowed:
            raise ValidationError("unknown_placeholder", field=field, value=key)
    return used


# ---------------------------------------------------------------- categories


def _category(session: Session, category_id: uuid.UUID, expected_version: int | None = None) -> TemplateCategory:
    return live_row(session, TemplateCategory, category_id, "category_missing", expected_version, "category_changed")


def _category_name(name: str) -> str:
    return one_line_name(name, NAME_MAX, "category_name_required", "category_name_too_long")


def _same_name(session: Session, name: str, *, deleted: bool):
    return session.scalars(select(TemplateCategory).where(
        func.lower(TemplateCategory.name) == name.lower(),
        TemplateCategory.deleted_at.is_not(None) if deleted else TemplateCategory.deleted_at.is_(None)))


def _free_name(session: Session, actor: Actor, name: str, keep: uuid.UUID | None = None) -> None:
    """Refuse a name a live category holds; move a deleted holder aside (the column is unique)."""
    for other in _same_name(session, name, deleted=False):
        if other.id != keep:
            raise ValidationError("category_name_taken", field="name", value=other.name)
    for ghost in _same_name(session, name, deleted=True):
        apply_changes(session, actor, ghost, {"name": f"{ghost.name[:NAME_MAX - 10]} ~{ghost.id.hex[:8]}"},
                      entity_type="template_category")
    session.flush()


def _live_count(session: Session, category_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(MessageTemplate).where(
        MessageTemplate.category_id == category_id, MessageTemplate.deleted_at.is_(None))) or 0


def list_categories(db: Database, actor: Actor) -> list[Category]:
    require_admin(actor)
    with read_only(db) as s:
        counts = dict(s.execute(select(MessageTemplate.category_id, func.count()).where(
            MessageTemplate.deleted_at.is_(None)).group_by(MessageTemplate.category_id)).all())
        rows = s.scalars(select(TemplateCategory).where(TemplateCategory.deleted_at.is_(None))
                         .order_by(func.lower(TemplateCategory.name))).all()
        return [Category(c.id, c.version, c.name, counts.get(c.id, 0)) for c in rows]


def create_category(db: Database, actor: Actor, name: str) -> Category:
    require_admin(actor)
    name = _category_name(name)
    with unit_of_work(db) as s:
        other = _same_name(s, name, deleted=False).first()
        if other is not None:
            raise ValidationError("category_name_taken", field="name", value=other.name)
        ghost = _same_name(s, name, deleted=True).first()
        if ghost is not None:  # the deleted one comes back, under the name as typed now
            apply_changes(s, actor, ghost, {"deleted_at": None, "name": name}, entity_type="template_category")
            s.flush()
            return Category(ghost.id, ghost.version, ghost.name, _live_count(s, ghost.id))
        category = TemplateCategory(name=name)
        s.add(category)
        s.flush()
        record(s, actor, "template_category", category.id, ChangeAction.CREATE, field="name", new=name)
        return Category(category.id, category.version, name, 0)


def rename_category(db: Database, actor: Actor, category_id: uuid.UUID, expected_version: int, name: str) -> Category:
    require_admin(actor)
    name = _category_name(name)
    with unit_of_work(db) as s:
        category = _category(s, category_id, expected_version)
        if category.name != name:
            _free_name(s, actor, name, keep=category.id)
            apply_changes(s, actor, category, {"name": name}, entity_type="template_category")
            s.flush()
        return Category(category.id, category.version, category.name, _live_count(s, category.id))


def delete_category(db: Database, actor: Actor, category_id: uuid.UUID, expected_version: int, *,
                    move_templates: bool = False) -> int:
    """Delete a category; its templates, if any, go to "no category" when move_templates, else
    ValidationError "category_not_empty" (limit = how many). Returns how many were moved."""
    require_admin(actor)
    with unit_of_work(db) as s:
        category = _category(s, category_id, expected_version)
        templates = s.scalars(select(MessageTemplate).where(
            MessageTemplate.category_id == category.id, MessageTemplate.deleted_at.is_(None))).all()
        if templates and not move_templates:
            raise ValidationError("category_not_empty", limit=len(templates), value=category.name)
        for template in templates:
            apply_changes(s, actor, template, {"category_id": None}, entity_type="message_template")
        category.deleted_at = utcnow()
        record(s, actor, "template_category", category.id, ChangeAction.DELETE, field="name", old=category.name)
        return len(templates)


# ---------------------------------------------------------------- templates


def _row(template: MessageTemplate, category: str, campaign: str) -> Template:
    return Template(template.id, template.version, template.name, template.category_id, category or "",
                    template.campaign_id, campaign or "", template.channel_kind, template.language,
                    template.subject, template.body)


def _query():
    return (select(MessageTemplate, TemplateCategory.name, Campaign.name)
            .outerjoin(TemplateCategory, TemplateCategory.id == MessageTemplate.category_id)
            .outerjoin(Campaign, Campaign.id == MessageTemplate.campaign_id)
            .where(MessageTemplate.deleted_at.is_(None)))


def list_templates(db: Database, actor: Actor, category_id: uuid.UUID | None | object = ALL) -> list[Template]:
    """Live templates by category then name; category_id limits them to one category (None: those
    without one; ALL, the default: every one)."""
    require_admin(actor)
    query = _query().order_by(func.lower(func.coalesce(TemplateCategory.name, "")), func.lower(MessageTemplate.name))
    if category_id is None:
        query = query.where(MessageTemplate.category_id.is_(None))
    elif category_id is not ALL:
        query = query.where(MessageTemplate.category_id == category_id)
    with read_only(db) as s:
        return [_row(t, cat, camp) for t, cat, camp in s.execute(query).all()]


def get_template(db: Database, actor: Actor, template_id: uuid.UUID) -> Template:
    require_admin(actor)
    with read_only(db) as s:
        found = s.execute(_query().where(MessageTemplate.id == template_id)).first()
        if found is None:
            raise NotFound("template_missing")
        return _row(*found)


def _clean(session: Session, draft: TemplateDraft, keep: uuid.UUID | None = None) -> dict:
    name = one_line_name(draft.name, NAME_MAX, "template_name_required", "template_name_too_long")
    if draft.language not in LANGUAGES:
        raise ValidationError("template_language", field="language", value=draft.language)
    subject = (draft.subject or "").strip()
    if len(subject) > SUBJECT_MAX:
        raise ValidationError("template_subject_too_long", field="subject", limit=SUBJECT_MAX)
    if "\n" in subject or "\r" in subject:
        raise ValidationError("template_subject_one_line", field="subject")
    body = draft.body or ""
    if not body.strip():
        raise ValidationError("template_body_required", field="body")
    if len(body) > BODY_MAX:
        raise ValidationError("template_body_too_long", field="body", limit=BODY_MAX)
    known = tuple(p.key for p in placeholders())
    check_text(subject, "subject", known)
    check_text(body, "body", known)
    kind = ChannelKind(draft.channel_kind) if draft.channel_kind is not None else None
    if draft.category_id is not None:
        _category(session, draft.category_id)
    if draft.campaign_id is not None:
        live_row(session, Campaign, draft.campaign_id, "template_campaign_missing")
    twin = session.scalar(select(MessageTemplate.name).where(
        MessageTemplate.deleted_at.is_(None), func.lower(MessageTemplate.name) == name.lower(),
        MessageTemplate.category_id.is_(None) if draft.category_id is None
        else MessageTemplate.category_id == draft.category_id,
        MessageTemplate.id != keep if keep else true()).limit(1))
    if twin is not None:
        raise ValidationError("template_name_taken", field="name", value=twin)
    return {"name": name, "category_id": draft.category_id, "campaign_id": draft.campaign_id,
            "channel_kind": kind, "language": draft.language, "subject": subject, "body": body}


def validate(db: Database, actor: Actor, draft: TemplateDraft, template_id: uuid.UUID | None = None) -> None:
    """Everything save would refuse, without saving (the screen asks as the administrator types)."""
    require_admin(actor)
    with read_only(db) as s:
        _clean(s, draft, template_id)


def create_template(db: Database, actor: Actor, draft: TemplateDraft) -> Template:
    require_admin(actor)
    with unit_of_work(db) as s:
        values = _clean(s, draft)
        template = MessageTemplate(**values)
        s.add(template)
        s.flush()
        record(s, actor, "message_template", template.id, ChangeAction.CREATE, field="name", new=values["name"])
        template_id = template.id
    return get_template(db, actor, template_id)


def _template(session: Session, template_id: uuid.UUID, expected_version: int) -> MessageTemplate:
    return live_row(session, MessageTemplate, template_id, "template_missing", expected_version, "template_changed")


def update_template(db: Database, actor: Actor, template_id: uuid.UUID, expected_version: int,
                    draft: TemplateDraft) -> Template:
    """Save an edited template; StaleEdit "template_changed" when someone saved it meanwhile."""
    require_admin(actor)
    with unit_of_work(db) as s:
        template = _template(s, template_id, expected_version)
        apply_changes(s, actor, template, _clean(s, draft, template.id), entity_type="message_template")
    return get_template(db, actor, template_id)


def delete_template(db: Database, actor: Actor, template_id: uuid.UUID, expected_version: int) -> None:
    require_admin(actor)
    with unit_of_work(db) as s:
        template = _template(s, template_id, expected_version)
        template.deleted_at = utcnow()
        record(s, actor, "message_template", template.id, ChangeAction.DELETE, field="name", old=template.name)


# ---------------------------------------------------------------- preview


def newest_ticket_number(db: Database, actor: Actor) -> int | None:
    """The newest live ticket's number (the preview's default)."""
    require_admin(actor)
    with read_only(db) as s:
        return s.scalar(select(Ticket.number).where(Ticket.deleted_at.is_(None), Ticket.number.is_not(None))
                        .order_by(Ticket.created_at.desc(), Ticket.number.desc()).limit(1))


def _sample_survey_link(session: Session, ticket: Ticket) -> str:
    """The campaign survey's link with an example token: a preview creates no survey request."""
    url = session.scalar(select(Survey.url_template).where(
        Survey.deleted_at.is_(None),
        (Survey.campaign_id == ticket.campaign_id) | Survey.campaign_id.is_(None))
        .order_by(Survey.campaign_id.is_(None), Survey.created_at).limit(1))
    if url is None:
        return ""
    return composer_data.render(url, {"token": SAMPLE_TOKEN, "ticket": {"number": ticket.number}})


def preview(db: Database, actor: Actor, subject: str, body: str, ticket_number: int) -> Preview:
    """subject and body filled with ticket `ticket_number`'s data, as the composer would fill them
    for this actor; the same refusals as saving (syntax, unknown placeholder)."""
    require_admin(actor)
    known = tuple(p.key for p in placeholders())
    used = check_text(subject, "subject", known) + check_text(body, "body", known)
    with read_only(db) as s:
        ticket = ticket_by_number(s, actor, ticket_number)
        link = _sample_survey_link(s, ticket) if "survey_link" in used else ""
        data = composer_data._template_data(s, actor, ticket, link)
        return Preview(ticket.number, composer_data.render(subject or "", data), composer_data.render(body or "", data),
                       "survey_link" in used and not link)
