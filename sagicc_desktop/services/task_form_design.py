"""A2: designing a campaign's task form (the fields the Tasks tab renders).

Saving never edits a definition in place: it writes a new TaskFormDefinition revision and
marks the previous one not current, so every saved task keeps the definition it was filled in
with (TaskRecord.form_definition_id) and History still shows it with its own labels and
choices. A field's key is made once from its label and never changes afterwards: renaming a
field keeps its records attached to it.

Validation collects every problem at once: ValidationError("invalid_form",
fields={index: {attribute: code}}) so the designer can mark each field with its own sentence.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Campaign, TaskFormDefinition, TaskRecord
from ..store.enums import ChangeAction
from .actor import Actor
from .admin_checks import live_row
from .changelog import record
from .errors import StaleEdit, ValidationError
from .permissions import require_admin
from .tasks import FIELD_TYPES
from .unit_of_work import read_only, unit_of_work

ENTITY = "task_form"
CHOICE_TYPES = ("choice", "multi_choice")
MAX_FIELDS = 60
MAX_LABEL = 120
MAX_CHOICES = 100
MAX_CHOICE = 120
MAX_KEY = 40

# Field problems (the values of ValidationError.details["fields"][index]).
LABEL_REQUIRED = "form_label_required"
LABEL_TOO_LONG = "form_label_too_long"
TYPE_INVALID = "form_type_invalid"
KEY_INVALID = "form_key_invalid"
KEY_DUPLICATE = "form_key_duplicate"
CHOICES_REQUIRED = "form_choices_required"
CHOICE_EMPTY = "form_choice_empty"
CHOICE_TOO_LONG = "form_choice_too_long"
CHOICES_DUPLICATE = "form_choices_duplicate"
TOO_MANY_CHOICES = "form_too_many_choices"

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class FormDesign:
    """The campaign's current form as the designer edits it. revision 0: no form yet.
    record_counts: field key -> how many saved tasks of the campaign hold a value for it."""

    campaign_id: uuid.UUID
    definition_id: uuid.UUID | None
    revision: int
    fields: tuple[dict, ...]
    record_counts: dict[str, int]


# ---------------------------------------------------------------- keys


def slug(label: str) -> str:
    """A key from a label: ASCII, lower case, words joined by "_" ("Número de factura" ->
    "numero_de_factura"); starts with a letter."""
    flat = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", flat).strip("_")[:MAX_KEY].rstrip("_")
    if not text or not text[0].isalpha():
        text = f"field_{text}" if text else "field"
    return text


def _unique_key(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}_{n}"[:MAX_KEY + 4] in taken:
        n += 1
    return f"{base}_{n}"


# ---------------------------------------------------------------- reading


def _campaign(session: Session, campaign_id: uuid.UUID) -> Campaign:
    return live_row(session, Campaign, campaign_id, "campaign")


def _current(session: Session, campaign_id: uuid.UUID) -> TaskFormDefinition | None:
    return session.scalar(
        select(TaskFormDefinition)
        .where(TaskFormDefinition.campaign_id == campaign_id, TaskFormDefinition.is_current.is_(True),
               TaskFormDefinition.deleted_at.is_(None))
        .order_by(TaskFormDefinition.revision.desc()).limit(1))


def _keys_ever_used(session: Session, campaign_id: uuid.UUID) -> set[str]:
    """Keys of every revision of the campaign: a new field never takes a removed field's key,
    so counts and old records never mix two different fields."""
    keys: set[str] = set()
    for fields in session.scalars(select(TaskFormDefinition.fields)
                                  .where(TaskFormDefinition.campaign_id == campaign_id)):
        keys.update(f.get("key") for f in fields or [] if f.get("key"))
    return keys


def _record_counts(session: Session, campaign_id: uuid.UUID, keys: Sequence[str]) -> dict[str, int]:
    """One query: per key, the campaign's saved tasks holding a value for it."""
    if not keys:
        return {}
    definitions = select(TaskFormDefinition.id).where(TaskFormDefinition.campaign_id == campaign_id)
    columns = [func.count(TaskRecord.values[key].as_string()) for key in keys]
    row = session.execute(
        select(*columns).where(TaskRecord.form_definition_id.in_(definitions), TaskRecord.deleted_at.is_(None))
    ).one()
    return {key: int(count or 0) for key, count in zip(keys, row)}


def _design(session: Session, campaign_id: uuid.UUID) -> FormDesign:
    current = _current(session, campaign_id)
    fields = tuple(dict(f) for f in (current.fields if current else []))
    counts = _record_counts(session, campaign_id, [f["key"] for f in fields if f.get("key")])
    return FormDesign(campaign_id, current.id if current else None, current.revision if current else 0,
                      fields, counts)


def current_design(db: Database, actor: Actor, campaign_id: uuid.UUID) -> FormDesign:
    require_admin(actor)
    with read_only(db) as session:
        _campaign(session, campaign_id)
        return _design(session, campaign_id)


# ---------------------------------------------------------------- validation


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _clean_field(spec: Mapping, problems: dict) -> dict:
    label, label_es = _text(spec.get("label")), _text(spec.get("label_es"))
    if not label:
        problems["label"] = LABEL_REQUIRED
    elif len(label) > MAX_LABEL:
        problems["label"] = LABEL_TOO_LONG
    if len(label_es) > MAX_LABEL:
        problems["label_es"] = LABEL_TOO_LONG
    kind = _text(spec.get("type"))
    if kind not in FIELD_TYPES:
        problems["type"] = TYPE_INVALID
    choices: list[str] = []
    if kind in CHOICE_TYPES:
        choices = [_text(c) for c in spec.get("choices") or []]
        if not choices:
            problems["choices"] = CHOICES_REQUIRED
        elif any(not c for c in choices):
            problems["choices"] = CHOICE_EMPTY
        elif any(len(c) > MAX_CHOICE for c in choices):
            problems["choices"] = CHOICE_TOO_LONG
        elif len({c.casefold() for c in choices}) != len(choices):
            problems["choices"] = CHOICES_DUPLICATE
        elif len(choices) > MAX_CHOICES:
            problems["choices"] = TOO_MANY_CHOICES
    return {"key": _text(spec.get("key")), "label": label, "label_es": label_es, "type": kind,
            "required": bool(spec.get("required")), "choices": choices}


def validate(fields: Sequence[Mapping], used_keys: set[str] = frozenset()) -> list[dict]:
    """The fields in their stored shape, keys given to new ones; every problem at once."""
    if len(fields) > MAX_FIELDS:
        raise ValidationError("form_too_many_fields", limit=MAX_FIELDS)
    problems: dict[int, dict[str, str]] = {}
    cleaned = []
    given: set[str] = set()
    for index, spec in enumerate(fields):
        found: dict[str, str] = {}
        field = _clean_field(spec, found)
        key = field["key"]
        if key:
            if not _KEY.match(key) or len(key) > MAX_KEY + 4:
                found["key"] = KEY_INVALID
            elif key in given:
                found["key"] = KEY_DUPLICATE
            given.add(key)
        if found:
            problems[index] = found
        cleaned.append(field)
    if problems:
        raise ValidationError("invalid_form", fields=problems)
    taken = set(used_keys) | given
    for field in cleaned:
        if not field["key"]:
            field["key"] = _unique_key(slug(field["label"]), taken)
            taken.add(field["key"])
    return cleaned


# ---------------------------------------------------------------- saving


def _labels(fields) -> str:
    return ", ".join(f.get("label") or f.get("key", "") for f in fields)


def save_design(db: Database, actor: Actor, campaign_id: uuid.UUID, expected_revision: int,
                fields: Sequence[Mapping]) -> FormDesign:
    """A new revision of the campaign's form (nothing written when nothing changed). A field
    keeps its key: send the key it was read with; a new field comes without one.
    Raises StaleEdit("task_form_stale") when someone saved a revision after expected_revision."""
    require_admin(actor)
    try:
        with unit_of_work(db) as session:
            _campaign(session, campaign_id)
            current = _current(session, campaign_id)
            revision = current.revision if current else 0
            if revision != expected_revision:
                raise StaleEdit("task_form_stale", value=revision)
            cleaned = validate(fields, _keys_ever_used(session, campaign_id))
            if current is not None and list(current.fields or []) == cleaned:
                return _design(session, campaign_id)
            if current is None and not cleaned:
                return _design(session, campaign_id)
            if current is not None:
                current.is_current = False
            highest = session.scalar(select(func.max(TaskFormDefinition.revision))
                                     .where(TaskFormDefinition.campaign_id == campaign_id)) or 0
            definition = TaskFormDefinition(campaign_id=campaign_id, revision=highest + 1, fields=cleaned,
                                            is_current=True)
            session.add(definition)
            session.flush()
            record(session, actor, ENTITY, definition.id, ChangeAction.CREATE, field="revision",
                   old=revision or None, new=definition.revision)
            record(session, actor, ENTITY, definition.id, ChangeAction.UPDATE, field="fields",
                   old=_labels(current.fields) if current else None, new=_labels(cleaned))
            return _design(session, campaign_id)
    except IntegrityError as exc:  # another administrator wrote the same revision number first
        raise StaleEdit("task_form_stale") from exc
