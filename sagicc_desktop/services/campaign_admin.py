"""Administering campaigns (A2): name and description, active or not, "interact with other contact
data", members, the channels it may send through (and which one opens its new tickets), the script
and the external view's sections.

Campaigns are never deleted (tickets refer to them): they are deactivated. Members and channels
are rows with tombstones: taking one off sets deleted_at, putting it back revives the same row
(the pair is unique). Every change is logged, and every change also bumps the campaign's version,
so a screen holding an older version is told someone else saved first (StaleEdit) instead of
overwriting them.

Validation collects every problem at once: ValidationError("invalid_campaign", fields={field:
code}) with fields "name", "description", "members", "channels", "inbound_default", "script",
"external_view", so a screen can say each sentence where the field is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import nh3
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, CampaignChannel, CampaignMember, CampaignScript, Channel, User
from ..store.enums import ChangeAction, ChannelKind, Role
from ..store.types import utcnow
from . import tombstoned_links
from .actor import Actor
from .admin_checks import live_row
from .changelog import apply_changes, record
from .errors import StaleEdit, ValidationError
from .external_view_sections import SECTIONS, effective_sections
from .permissions import require_admin
from .unit_of_work import read_only, unit_of_work

ENTITY, MEMBER, CHANNEL, SCRIPT = "campaign", "campaign_member", "campaign_channel", "campaign_script"

# Longest accepted values; the screens say them (%1) in the too-long sentences.
LIMITS = {"name": 160, "description": 4000, "script": 200_000}

# Field problems (the values of ValidationError.details["fields"]); views/messages_campaigns.py
# has a sentence for each.
NAME_REQUIRED, NAME_TAKEN, NAME_TOO_LONG = "campaign_name_required", "campaign_name_taken", "campaign_name_too_long"
DESCRIPTION_TOO_LONG, SCRIPT_TOO_LONG = "campaign_description_too_long", "campaign_script_too_long"
UNKNOWN_USER, UNKNOWN_CHANNEL = "campaign_unknown_user", "campaign_unknown_channel"
DEFAULT_NOT_ENABLED, UNKNOWN_SECTION = "campaign_default_not_enabled", "campaign_unknown_section"

# What a script may hold after cleaning: what the editor writes (headings, lists, bold, italic,
# underline, links, tables, colours) and nothing that runs or loads: no scripts, styles, images,
# forms or frames; links only to the web and to e-mail addresses.
SCRIPT_TAGS = {
    "a", "b", "big", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div", "dl", "dt",
    "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "s", "small",
    "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
_CELL = {"align", "valign", "width", "colspan", "rowspan", "bgcolor"}
SCRIPT_ATTRIBUTES = {
    "*": {"style", "align", "dir", "title"},
    "a": {"href", "name"},
    "font": {"color", "face", "size"},
    "table": {"border", "cellpadding", "cellspacing", "width", "bgcolor"},
    "td": _CELL, "th": _CELL, "tr": {"valign", "bgcolor"},
    "ol": {"start", "type"}, "ul": {"type"}, "li": {"value"},
}
# Qt's rich text writes bold, italics, lists and indents as inline styles: keep those.
SCRIPT_STYLES = {
    "color", "background-color", "font-family", "font-size", "font-style", "font-weight", "text-align",
    "text-decoration", "text-indent", "vertical-align", "white-space", "margin-top", "margin-bottom",
    "margin-left", "margin-right", "-qt-list-indent", "-qt-block-indent", "-qt-paragraph-type",
}
_DROPPED_WITH_CONTENT = {"script", "style", "title", "head", "noscript", "template", "iframe", "object", "embed",
                         "applet", "frameset", "frame", "svg", "math", "textarea", "select"}


def sanitise_script(html: str) -> str:
    """The script's HTML with only what the Script tab may show (see SCRIPT_TAGS)."""
    cleaned = nh3.clean(
        html or "", tags=SCRIPT_TAGS, attributes=SCRIPT_ATTRIBUTES, clean_content_tags=_DROPPED_WITH_CONTENT,
        url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer", strip_comments=True,
        filter_style_properties=SCRIPT_STYLES,
    ).strip()
    return cleaned


@dataclass(frozen=True)
class CampaignDraft:
    """The General tab: what an administrator types."""

    name: str
    description: str = ""
    is_active: bool = True
    allow_other_contact_data: bool = False


@dataclass(frozen=True)
class CampaignSummary:
    campaign_id: uuid.UUID
    name: str
    is_active: bool


@dataclass(frozen=True)
class MemberRow:
    user_id: uuid.UUID
    display_name: str
    username: str
    role: Role
    is_active: bool


@dataclass(frozen=True)
class ChannelRow:
    """A channel. inbound_campaign: the campaign whose new tickets this channel opens, if any."""

    channel_id: uuid.UUID
    name: str
    kind: ChannelKind
    is_active: bool
    inbound_campaign_id: uuid.UUID | None = None
    inbound_campaign_name: str = ""


@dataclass(frozen=True)
class CampaignDetail:
    campaign_id: uuid.UUID
    version: int
    name: str
    description: str
    is_active: bool
    allow_other_contact_data: bool
    members: tuple[MemberRow, ...]
    channels: tuple[ChannelRow, ...]
    inbound_default_id: uuid.UUID | None
    script_html: str
    external_view: dict[str, bool]

    @property
    def member_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(m.user_id for m in self.members)

    @property
    def channel_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(c.channel_id for c in self.channels)


@dataclass(frozen=True)
class Changes:
    """What one Save changes; None leaves that part as it is."""

    draft: CampaignDraft | None = None
    member_ids: Iterable[uuid.UUID] | None = None
    channel_ids: Iterable[uuid.UUID] | None = None
    inbound_default_id: uuid.UUID | None = None  # read only with channel_ids
    script_html: str | None = None
    external_view: Mapping[str, bool] | None = None


# ---------------------------------------------------------------- reading


def _campaign(session: Session, campaign_id: uuid.UUID) -> Campaign:
    return live_row(session, Campaign, campaign_id, "campaign_missing")


def list_campaigns(db: Database, actor: Actor, include_inactive: bool = True) -> list[CampaignSummary]:
    """Every campaign by name (case and accents as a person sorts them, roughly: casefold)."""
    require_admin(actor)
    with read_only(db) as session:
        query = select(Campaign.id, Campaign.name, Campaign.is_active).where(Campaign.deleted_at.is_(None))
        if not include_inactive:
            query = query.where(Campaign.is_active)
        rows = session.execute(query).all()
    return sorted((CampaignSummary(*row) for row in rows), key=lambda c: (c.name.casefold(), c.name))


def list_users(db: Database, actor: Actor) -> list[MemberRow]:
    """Everyone who may be made a member: active users, and deactivated ones (marked) too."""
    require_admin(actor)
    with read_only(db) as session:
        rows = session.execute(select(User.id, User.display_name, User.username, User.role, User.is_active)
                               .where(User.deleted_at.is_(None))).all()
    return sorted((MemberRow(*row) for row in rows), key=lambda u: (not u.is_active, u.display_name.casefold()))


def _inbound_owners(session: Session) -> dict[uuid.UUID, tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(CampaignChannel.channel_id, Campaign.id, Campaign.name)
        .join(Campaign, Campaign.id == CampaignChannel.campaign_id)
        .where(CampaignChannel.is_inbound_default, CampaignChannel.deleted_at.is_(None),
               Campaign.deleted_at.is_(None))
        .order_by(CampaignChannel.created_at, CampaignChannel.id)).all()
    owners: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    for channel_id, campaign_id, name in rows:
        owners.setdefault(channel_id, (campaign_id, name))
    return owners


def list_channels(db: Database, actor: Actor) -> list[ChannelRow]:
    """Every channel, by kind and name, with the campaign it opens new tickets in (if any)."""
    require_admin(actor)
    with read_only(db) as session:
        owners = _inbound_owners(session)
        rows = session.execute(select(Channel.id, Channel.name, Channel.kind, Channel.is_active)
                               .where(Channel.deleted_at.is_(None))).all()
    out = [ChannelRow(cid, name, kind, active, *owners.get(cid, (None, ""))) for cid, name, kind, active in rows]
    return sorted(out, key=lambda c: (list(ChannelKind).index(c.kind), c.name.casefold()))


def _detail(session: Session, campaign: Campaign) -> CampaignDetail:
    members = session.execute(
        select(User.id, User.display_name, User.username, User.role, User.is_active)
        .join(CampaignMember, CampaignMember.user_id == User.id)
        .where(CampaignMember.campaign_id == campaign.id, CampaignMember.deleted_at.is_(None))).all()
    owners = _inbound_owners(session)
    channels = session.execute(
        select(Channel.id, Channel.name, Channel.kind, Channel.is_active, CampaignChannel.is_inbound_default)
        .join(CampaignChannel, CampaignChannel.channel_id == Channel.id)
        .where(CampaignChannel.campaign_id == campaign.id, CampaignChannel.deleted_at.is_(None),
               Channel.deleted_at.is_(None))).all()
    default = next((row[0] for row in channels if row[4]), None)
    script = session.scalar(select(CampaignScript.html).where(CampaignScript.campaign_id == campaign.id,
                                                              CampaignScript.deleted_at.is_(None)))
    return CampaignDetail(
        campaign.id, campaign.version, campaign.name, campaign.description or "", campaign.is_active,
        campaign.allow_other_contact_data,
        tuple(sorted((MemberRow(*m) for m in members), key=lambda u: u.display_name.casefold())),
        tuple(sorted((ChannelRow(cid, name, kind, active, *owners.get(cid, (None, "")))
                      for cid, name, kind, active, _default in channels),
                     key=lambda c: (list(ChannelKind).index(c.kind), c.name.casefold()))),
        default, script or "", effective_sections(campaign.external_view_sections))


def get_campaign(db: Database, actor: Actor, campaign_id: uuid.UUID) -> CampaignDetail:
    require_admin(actor)
    with read_only(db) as session:
        return _detail(session, _campaign(session, campaign_id))


# ---------------------------------------------------------------- validation


def _clean_draft(session: Session, draft: CampaignDraft, campaign_id: uuid.UUID | None,
                 errors: dict) -> CampaignDraft:
    name = (draft.name or "").strip()
    description = (draft.description or "").strip()
    if not name:
        errors["name"] = NAME_REQUIRED
    elif len(name) > LIMITS["name"]:
        errors["name"] = NAME_TOO_LONG
    else:
        # Campaigns are few: compare in Python, so "ATENCIÓN" meets "Atención" on SQLite too.
        others = session.execute(select(Campaign.id, Campaign.name)).all()
        if any(other.casefold() == name.casefold() for cid, other in others if cid != campaign_id):
            errors["name"] = NAME_TAKEN
    if len(description) > LIMITS["description"]:
        errors["description"] = DESCRIPTION_TOO_LONG
    return CampaignDraft(name, description, bool(draft.is_active), bool(draft.allow_other_contact_data))


def _known(session: Session, entity, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    return set(session.scalars(select(entity.id).where(entity.id.in_(ids), entity.deleted_at.is_(None))))


def _validate(session: Session, campaign_id: uuid.UUID | None, changes: Changes) -> dict:
    """Every field's problem (empty when all is well) and the cleaned values."""
    errors: dict[str, str] = {}
    cleaned: dict = {}
    if changes.draft is not None:
        cleaned["draft"] = _clean_draft(session, changes.draft, campaign_id, errors)
    if changes.member_ids is not None:
        wanted = set(changes.member_ids)
        if _known(session, User, wanted) != wanted:
            errors["members"] = UNKNOWN_USER
        cleaned["members"] = wanted
    if changes.channel_ids is not None:
        wanted = set(changes.channel_ids)
        if _known(session, Channel, wanted) != wanted:
            errors["channels"] = UNKNOWN_CHANNEL
        if changes.inbound_default_id is not None and changes.inbound_default_id not in wanted:
            errors["inbound_default"] = DEFAULT_NOT_ENABLED
        cleaned["channels"] = (wanted, changes.inbound_default_id)
    if changes.script_html is not None:
        html = sanitise_script(changes.script_html)
        if len(html) > LIMITS["script"]:
            errors["script"] = SCRIPT_TOO_LONG
        cleaned["script"] = html
    if changes.external_view is not None:
        if set(changes.external_view) - set(SECTIONS):
            errors["external_view"] = UNKNOWN_SECTION
        cleaned["external_view"] = {k: bool(v) for k, v in changes.external_view.items()}
    if errors:
        raise ValidationError("invalid_campaign", fields=errors)
    return cleaned


# ---------------------------------------------------------------- saving


def _set_members(session: Session, actor: Actor, campaign: Campaign, wanted: set[uuid.UUID]) -> bool:
    rows = {m.user_id: m for m in session.scalars(
        select(CampaignMember).where(CampaignMember.campaign_id == campaign.id))}
    names = dict(session.execute(select(User.id, User.display_name)
                                 .where(User.id.in_(set(rows) | wanted))).all()) if rows or wanted else {}
    return tombstoned_links.follow(
        session, actor, rows, sorted(wanted, key=str),
        lambda user_id: CampaignMember(campaign_id=campaign.id, user_id=user_id), MEMBER, "user", names.get)


def _set_channels(session: Session, actor: Actor, campaign: Campaign, wanted: set[uuid.UUID],
                  default_id: uuid.UUID | None) -> bool:
    rows = {c.channel_id: c for c in session.scalars(
        select(CampaignChannel).where(CampaignChannel.campaign_id == campaign.id))}
    ids = set(rows) | wanted
    names = dict(session.execute(select(Channel.id, Channel.name).where(Channel.id.in_(ids))).all()) if ids else {}
    changed = False
    now = utcnow()
    for channel_id, row in rows.items():
        if row.deleted_at is None and channel_id not in wanted:
            row.deleted_at = now
            if row.is_inbound_default:
                row.is_inbound_default = False
            record(session, actor, CHANNEL, row.id, ChangeAction.DELETE, field="channel", old=names.get(channel_id))
            changed = True
    for channel_id in sorted(wanted, key=str):
        row = rows.get(channel_id)
        if row is None or row.deleted_at is not None:
            if row is None:
                row = CampaignChannel(campaign_id=campaign.id, channel_id=channel_id, is_inbound_default=False)
                session.add(row)
                session.flush()
            else:
                row.deleted_at, row.is_inbound_default = None, False
            record(session, actor, CHANNEL, row.id, ChangeAction.CREATE, field="channel", new=names.get(channel_id))
            changed = True
        is_default = channel_id == default_id
        if row.is_inbound_default != is_default:
            row.is_inbound_default = is_default
            record(session, actor, CHANNEL, row.id, ChangeAction.UPDATE, field="is_inbound_default",
                   old=not is_default, new=is_default)
            changed = True
    if default_id is not None:
        # A channel opens its new tickets in one campaign: this one takes over from any other.
        for other in session.scalars(select(CampaignChannel).where(
                CampaignChannel.channel_id == default_id, CampaignChannel.campaign_id != campaign.id,
                CampaignChannel.is_inbound_default)):
            other.is_inbound_default = False
            record(session, actor, CHANNEL, other.id, ChangeAction.UPDATE, field="is_inbound_default",
                   old=True, new=False)
    return changed


def _save_script(session: Session, actor: Actor, campaign: Campaign, html: str) -> bool:
    row = session.scalar(select(CampaignScript).where(CampaignScript.campaign_id == campaign.id))
    if row is None:
        if not html:
            return False
        row = CampaignScript(campaign_id=campaign.id, html=html)
        session.add(row)
        session.flush()
        record(session, actor, SCRIPT, row.id, ChangeAction.CREATE, field="html", new=html)
        return True
    old = "" if row.deleted_at is not None else row.html
    if old == html:
        return False
    row.html, row.deleted_at = html, None
    record(session, actor, SCRIPT, row.id, ChangeAction.UPDATE, field="html", old=old, new=html)
    return True


def _save_sections(session: Session, actor: Actor, campaign: Campaign, given: dict[str, bool]) -> bool:
    old = effective_sections(campaign.external_view_sections)
    new = old | given
    changed = False
    for key in SECTIONS:
        if old[key] != new[key]:
            record(session, actor, ENTITY, campaign.id, ChangeAction.UPDATE, field=f"external_view.{key}",
                   old=old[key], new=new[key])
            changed = True
    if changed or dict(campaign.external_view_sections or {}) != new:
        campaign.external_view_sections = new
    return changed


def _apply(session: Session, actor: Actor, campaign: Campaign, cleaned: dict) -> None:
    """Write the cleaned changes; anything that changed outside the row bumps the campaign's version."""
    outside = False
    if "draft" in cleaned:
        d: CampaignDraft = cleaned["draft"]
        apply_changes(session, actor, campaign,
                      {"name": d.name, "description": d.description, "is_active": d.is_active,
                       "allow_other_contact_data": d.allow_other_contact_data}, entity_type=ENTITY)
    if "members" in cleaned:
        outside |= _set_members(session, actor, campaign, cleaned["members"])
    if "channels" in cleaned:
        outside |= _set_channels(session, actor, campaign, *cleaned["channels"])
    if "script" in cleaned:
        outside |= _save_script(session, actor, campaign, cleaned["script"])
    if "external_view" in cleaned:
        _save_sections(session, actor, campaign, cleaned["external_view"])
    if outside and not session.is_modified(campaign):
        campaign.updated_at = utcnow()  # an UPDATE of the row: its version counter moves
    try:
        session.flush()
    except IntegrityError as exc:  # the same name saved by someone else a moment ago
        raise ValidationError("invalid_campaign", fields={"name": NAME_TAKEN}) from exc


def create_campaign(db: Database, actor: Actor, draft: CampaignDraft, changes: Changes | None = None) -> CampaignDetail:
    """A new campaign; `changes` may also give its members, channels, script and sections."""
    require_admin(actor)
    changes = Changes(**{**(changes.__dict__ if changes else {}), "draft": draft})
    with unit_of_work(db) as session:
        cleaned = _validate(session, None, changes)
        d: CampaignDraft = cleaned.pop("draft")
        campaign = Campaign(name=d.name, description=d.description, is_active=d.is_active,
                            allow_other_contact_data=d.allow_other_contact_data,
                            external_view_sections=effective_sections({}))
        session.add(campaign)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationError("invalid_campaign", fields={"name": NAME_TAKEN}) from exc
        record(session, actor, ENTITY, campaign.id, ChangeAction.CREATE, field="name", new=d.name)
        _apply(session, actor, campaign, cleaned)
        campaign_id = campaign.id
    return get_campaign(db, actor, campaign_id)


def save_campaign(db: Database, actor: Actor, campaign_id: uuid.UUID, expected_version: int | None,
                  changes: Changes) -> CampaignDetail:
    """Save what one Save changed, in one transaction; StaleEdit("campaign_changed") when someone
    saved the campaign since the screen read `expected_version` (None: do not check)."""
    require_admin(actor)
    with unit_of_work(db) as session:
        campaign = _campaign(session, campaign_id)
        if expected_version is not None and campaign.version != expected_version:
            raise StaleEdit("campaign_changed", current=campaign.version)
        cleaned = _validate(session, campaign_id, changes)
        _apply(session, actor, campaign, cleaned)
    return get_campaign(db, actor, campaign_id)


def update_campaign(db: Database, actor: Actor, campaign_id: uuid.UUID, expected_version: int | None,
                    draft: CampaignDraft) -> CampaignDetail:
    return save_campaign(db, actor, campaign_id, expected_version, Changes(draft=draft))


def _set_active(db: Database, actor: Actor, campaign_id: uuid.UUID, active: bool,
                expected_version: int | None) -> CampaignDetail:
    require_admin(actor)
    with unit_of_work(db) as session:
        campaign = _campaign(session, campaign_id)
        if expected_version is not None and campaign.version != expected_version:
            raise StaleEdit("campaign_changed", current=campaign.version)
        apply_changes(session, actor, campaign, {"is_active": active}, entity_type=ENTITY)
    return get_campaign(db, actor, campaign_id)


def activate(db: Database, actor: Actor, campaign_id: uuid.UUID, expected_version: int | None = None) -> CampaignDetail:
    return _set_active(db, actor, campaign_id, True, expected_version)


def deactivate(db: Database, actor: Actor, campaign_id: uuid.UUID,
               expected_version: int | None = None) -> CampaignDetail:
    """The campaign stays (its tickets refer to it); it is only marked inactive."""
    return _set_active(db, actor, campaign_id, False, expected_version)


def set_members(db: Database, actor: Actor, campaign_id: uuid.UUID, user_ids: Iterable[uuid.UUID], *,
                expected_version: int | None = None) -> CampaignDetail:
    return save_campaign(db, actor, campaign_id, expected_version, Changes(member_ids=list(user_ids)))


def set_channels(db: Database, actor: Actor, campaign_id: uuid.UUID, channel_ids: Iterable[uuid.UUID],
                 inbound_default_id: uuid.UUID | None = None, *,
                 expected_version: int | None = None) -> CampaignDetail:
    """The channels the composer offers for the campaign's tickets; inbound_default_id: the channel
    whose new messages open tickets here (taken over from any other campaign)."""
    return save_campaign(db, actor, campaign_id, expected_version,
                         Changes(channel_ids=list(channel_ids), inbound_default_id=inbound_default_id))


def save_script(db: Database, actor: Actor, campaign_id: uuid.UUID, html: str, *,
                expected_version: int | None = None) -> CampaignDetail:
    return save_campaign(db, actor, campaign_id, expected_version, Changes(script_html=html))


def set_external_view(db: Database, actor: Actor, campaign_id: uuid.UUID, sections: Mapping[str, bool], *,
                      expected_version: int | None = None) -> CampaignDetail:
    """Which sections the ticket's external view shows: {section: bool}; sections not given stay."""
    return save_campaign(db, actor, campaign_id, expected_version, Changes(external_view=dict(sections)))
