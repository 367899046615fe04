"""Per-user e-mail signatures (A3): rich text the composer adds under an e-mail.

A signature goes out in every message its user sends, so it is sanitised when it is saved, not
only when shown: nh3 keeps formatting, lists, small tables, links (http, https, mailto, tel)
and web images, and drops scripts, styles, event handlers and anything that would load from
the computer (file:, data:). Users edit their own; administrators anyone's.
"""

from __future__ import annotations

import html as html_lib
import uuid
from dataclasses import dataclass

import nh3

from ..store.database import Database
from ..store.entities import User
from ..store.enums import ChangeAction
from .actor import Actor
from .admin_checks import live_row
from .changelog import record
from .errors import PermissionDenied, StaleEdit, ValidationError
from .unit_of_work import read_only, unit_of_work

MAX_CHARS = 20_000  # after cleaning; a signature with a pasted web page in it is a mistake

TAGS = {"a", "b", "big", "blockquote", "br", "div", "em", "font", "hr", "i", "img", "li", "ol", "p", "s",
        "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul"}
ATTRIBUTES = {
    "*": {"style", "align", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing"},
    "td": {"width", "valign", "colspan", "rowspan"}, "th": {"width", "valign", "colspan", "rowspan"},
}
STYLE_PROPERTIES = {"color", "background-color", "font-family", "font-size", "font-style", "font-weight",
                    "text-align", "text-decoration", "vertical-align", "margin-top", "margin-bottom",
                    "margin-left", "margin-right", "text-indent", "white-space"}
DROPPED_WITH_CONTENT = {"script", "style", "title", "head", "noscript", "template", "iframe", "object", "embed",
                        "svg", "math", "textarea", "select"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


@dataclass(frozen=True)
class Signature:
    user_id: uuid.UUID
    display_name: str
    version: int  # the user row's version, for expected_version
    html: str


def sanitise(text: str) -> str:
    """The signature's HTML with only what is safe to send; "" when nothing visible is left."""
    clean = nh3.clean(text or "", tags=TAGS, attributes=ATTRIBUTES, clean_content_tags=DROPPED_WITH_CONTENT,
                      url_schemes=URL_SCHEMES, link_rel="noopener noreferrer", strip_comments=True,
                      filter_style_properties=STYLE_PROPERTIES).strip()
    visible = html_lib.unescape(nh3.clean(clean, tags=set())).strip()
    return clean if visible or "<img src=" in clean else ""


def _user(session, actor: Actor, user_id: uuid.UUID | None) -> User:
    user_id = user_id or actor.user_id
    if user_id != actor.user_id and not actor.is_admin:
        raise PermissionDenied("signature_not_yours")
    return live_row(session, User, user_id, "signature_user_missing")


def get_signature(db: Database, actor: Actor, user_id: uuid.UUID | None = None) -> Signature:
    """The user's signature (the actor's own when user_id is None)."""
    with read_only(db) as s:
        user = _user(s, actor, user_id)
        return Signature(user.id, user.display_name, user.version, user.signature_html or "")


def save_signature(db: Database, actor: Actor, html: str, user_id: uuid.UUID | None = None,
                   expected_version: int | None = None) -> Signature:
    """Store the sanitised signature. With expected_version, refused (StaleEdit
    "signature_changed") when the user's record was saved since the screen read it."""
    clean = sanitise(html)
    if len(clean) > MAX_CHARS:
        raise ValidationError("signature_too_long", limit=MAX_CHARS)
    with unit_of_work(db) as s:
        user = _user(s, actor, user_id)
        if expected_version is not None and user.version != expected_version:
            raise StaleEdit("signature_changed", value=user.display_name)
        old = user.signature_html or ""
        if old != clean:
            user.signature_html = clean
            record(s, actor, "user", user.id, ChangeAction.UPDATE, field="signature", old=old, new=clean)
            s.flush()
        return Signature(user.id, user.display_name, user.version, clean)
