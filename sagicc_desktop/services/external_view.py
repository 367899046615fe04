"""O5: the ticket's public, read-only external view as one self-contained HTML page.

For people outside the company (the customer, a partner): the sections the campaign chose (A2,
services/external_view_sections.py) of the customer, the ticket, its public conversation, its
tasks and files, and the surveys still waiting for an answer. What it can never show, whatever
the campaign says: private notes (this module does not read the notes table), internal
interactions (is_public false), files of internal interactions, outgoing messages that never
left, and a ticket marked not public (refused with "ticket_not_public").

The page is rendered from resources/templates/external_view.html.j2 with autoescape on, so a
customer's "<script>" arrives as text; bodies are shown as text. Styles are inline and nothing
is fetched from elsewhere, so the file opens the same in any browser, offline, or attached to a
message. The same HTML becomes the PDF (views/ticket/external_view_dialog.py). Labels are in
the reader's language: the signed-in user's, or the one asked for.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import (
    Attachment, Campaign, ContactPoint, Customer, Interaction, Survey, SurveyRequest, TaskFormDefinition,
    TaskRecord, Ticket, User,
)
from ..store.enums import ContactKind, Direction, Priority
from . import transcript
from .actor import Actor
from .composer_data import render as render_text
from .errors import ValidationError
from .external_view_sections import (
    ATTACHMENTS, CONVERSATION, CUSTOMER, SURVEYS, TASKS, TICKET, effective_sections,
)
from .permissions import visible_ticket
from .tasks import field_label
from .unit_of_work import read_only

TEMPLATE = "external_view.html.j2"
#: The newest tasks and files the page lists; older ones are counted, not listed.
MAX_TASKS, MAX_FILES = 200, 500

LABELS = {
    "en": {
        "title": "Ticket #{number}", "generated": "Read-only view as of {now}",
        "customer": "Customer", "name": "Name", "document": "Document", "contact": "Contact details",
        "ticket": "Ticket", "subject": "Subject", "description": "Description", "status": "Status",
        "priority": "Priority", "type": "Type", "campaign": "Campaign", "created": "Opened",
        "expected": "Expected solution", "closed": "Closed", "assignee": "Attended by",
        "conversation": "Conversation", "from_customer": "Customer", "from_us": "We wrote",
        "tasks": "Tasks", "observations": "Observations", "files": "Files", "surveys": "Pending surveys",
        "survey_hint": "We would value your opinion. Please answer:", "none": "None.",
        "omitted": "{count} earlier items are not listed.", "yes": "Yes", "no": "No", "no_text": "(no text)",
        "footer": "This page shows only what the contact centre shares; internal notes are never included.",
        "email": "E-mail", "phone": "Phone call", "whatsapp": "WhatsApp", "sms": "SMS", "chat": "Chat",
        "statuses": {"new": "New", "in_progress": "In progress", "pending": "Pending", "resolved": "Resolved",
                     "closed": "Closed"},
        "priorities": {1: "Critical", 2: "High", 3: "Medium", 4: "Low"},
        "types": {"question": "Question", "complaint": "Complaint", "suggestion": "Suggestion", "claim": "Claim",
                  "request": "Request"},
    },
    "es": {
        "title": "Caso #{number}", "generated": "Vista de solo lectura a {now}",
        "customer": "Cliente", "name": "Nombre", "document": "Documento", "contact": "Datos de contacto",
        "ticket": "Caso", "subject": "Asunto", "description": "Descripción", "status": "Estado",
        "priority": "Prioridad", "type": "Tipo", "campaign": "Campaña", "created": "Abierto",
        "expected": "Solución esperada", "closed": "Cerrado", "assignee": "Atendido por",
        "conversation": "Conversación", "from_customer": "Cliente", "from_us": "Le escribimos",
        "tasks": "Tareas", "observations": "Observaciones", "files": "Archivos", "surveys": "Encuestas pendientes",
        "survey_hint": "Su opinión nos importa. Por favor responda:", "none": "Ninguno.",
        "omitted": "No se listan {count} elementos anteriores.", "yes": "Sí", "no": "No", "no_text": "(sin texto)",
        "footer": "Esta página muestra solo lo que el centro de contacto comparte; nunca incluye notas internas.",
        "email": "Correo", "phone": "Llamada", "whatsapp": "WhatsApp", "sms": "SMS", "chat": "Chat",
        "statuses": {"new": "Nuevo", "in_progress": "En curso", "pending": "Pendiente", "resolved": "Resuelto",
                     "closed": "Cerrado"},
        "priorities": {1: "Crítica", 2: "Alta", 3: "Media", 4: "Baja"},
        "types": {"question": "Pregunta", "complaint": "Queja", "suggestion": "Sugerencia", "claim": "Reclamo",
                  "request": "Solicitud"},
    },
}


@dataclass(frozen=True)
class ExternalPage:
    number: int
    html: str
    sections: dict[str, bool]
    language: str

    @property
    def file_stem(self) -> str:
        """A name to save it under: ticket-123-external."""
        return f"ticket-{self.number}-external"


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def _value_text(value, labels: dict) -> str:
    if isinstance(value, bool):
        return labels["yes"] if value else labels["no"]
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _customer(session: Session, ticket: Ticket) -> dict | None:
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    if customer is None:
        return None
    points = session.scalars(select(ContactPoint).where(
        ContactPoint.customer_id == customer.id, ContactPoint.deleted_at.is_(None),
        ContactPoint.kind.in_((ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE)))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.created_at).limit(20))
    document = " ".join(p for p in (customer.document_type or "", customer.document_number or "") if p)
    return {"name": customer.full_name, "document": document, "contacts": [p.value for p in points]}


def _tasks(session: Session, ticket: Ticket, labels: dict, language: str, when) -> tuple[list[dict], int]:
    records = list(session.scalars(select(TaskRecord).where(
        TaskRecord.ticket_id == ticket.id, TaskRecord.deleted_at.is_(None))
        .order_by(TaskRecord.created_at.desc()).limit(MAX_TASKS + 1)))
    more = len(records) > MAX_TASKS
    records = records[:MAX_TASKS]
    definitions = {d.id: d for d in session.scalars(select(TaskFormDefinition).where(
        TaskFormDefinition.id.in_({r.form_definition_id for r in records if r.form_definition_id})))} if records else {}
    authors = dict(session.execute(select(User.id, User.display_name).where(
        User.id.in_({r.user_id for r in records if r.user_id}))).all()) if records else {}
    items = []
    for r in records:
        specs = definitions[r.form_definition_id].fields if r.form_definition_id in definitions else []
        known = {s.get("key"): s for s in specs}
        # The form's own order first; keys the form no longer has after them, as stored.
        order = {s.get("key"): i for i, s in enumerate(specs)}
        keys = sorted((r.values or {}), key=lambda k: order.get(k, len(order)))
        fields = [(field_label(known[k], language) if k in known else k, _value_text(r.values[k], labels))
                  for k in keys if _value_text(r.values[k], labels)]
        items.append({"when": when(r.created_at), "who": authors.get(r.user_id, ""), "fields": fields,
                      "observations": r.observations or ""})
    omitted = 0
    if more:
        omitted = session.scalar(select(func.count()).select_from(TaskRecord).where(
            TaskRecord.ticket_id == ticket.id, TaskRecord.deleted_at.is_(None))) - MAX_TASKS
    return items, omitted


def _files(session: Session, ticket: Ticket) -> list[dict]:
    """Files of the ticket, never those of an internal interaction."""
    rows = session.execute(
        select(Attachment.filename, Attachment.size)
        .outerjoin(Interaction, Interaction.id == Attachment.interaction_id)
        .where(Attachment.ticket_id == ticket.id, Attachment.deleted_at.is_(None),
               (Attachment.interaction_id.is_(None)) | ((Interaction.is_public.is_(True))
                                                         & Interaction.deleted_at.is_(None)))
        .order_by(Attachment.created_at).limit(MAX_FILES))
    return [{"name": n, "size": _size(int(s or 0))} for n, s in rows]


def _surveys(session: Session, ticket: Ticket) -> list[dict]:
    rows = session.execute(
        select(Survey.name, Survey.url_template, SurveyRequest.token)
        .join(Survey, Survey.id == SurveyRequest.survey_id)
        .where(SurveyRequest.ticket_id == ticket.id, SurveyRequest.completed_at.is_(None),
               SurveyRequest.deleted_at.is_(None), Survey.deleted_at.is_(None))
        .order_by(SurveyRequest.created_at))
    out = []
    for survey_name, url_template, token in rows:
        try:
            link = render_text(url_template, {"token": token, "ticket": {"number": ticket.number}})
        except ValidationError:
            continue  # a broken link template shows nothing rather than a wrong link
        if link.startswith(("https://", "http://")):
            out.append({"name": survey_name, "link": link})
    return out


def build(session: Session, actor: Actor, ticket: Ticket, *, language: str | None = None,
          now: dt.datetime | None = None) -> ExternalPage:
    """The page for a ticket the actor may see (the caller checked that)."""
    if not ticket.is_public:
        raise ValidationError("ticket_not_public", value=ticket.number)
    language = (language or actor.locale or "en")[:2]
    labels = LABELS.get(language, LABELS["en"])
    language = language if language in LABELS else "en"
    campaign = session.get(Campaign, ticket.campaign_id)
    sections = effective_sections(campaign.external_view_sections if campaign else None)
    zone = transcript.campaign_zone(campaign)

    def when(value: dt.datetime | None) -> str:
        return transcript.local_time(value, zone) if value else ""

    data: dict = {"labels": labels, "sections": sections, "lang": language}
    values = {"number": ticket.number, "now": when(now or dt.datetime.now(dt.timezone.utc))}
    data["title"] = labels["title"].format(**values)
    data["generated"] = labels["generated"].format(**values)
    data["campaign"] = campaign.name if campaign else ""
    if sections[CUSTOMER]:
        data["customer"] = _customer(session, ticket)
    if sections[TICKET]:
        assignee = session.get(User, ticket.assignee_id) if ticket.assignee_id else None
        data["ticket"] = {
            "subject": ticket.subject, "description": ticket.description,
            "status": labels["statuses"].get(ticket.status.value, ticket.status.value),
            "priority": labels["priorities"].get(int(ticket.priority), str(Priority(ticket.priority).name)),
            "type": labels["types"].get(ticket.ticket_type.value, ticket.ticket_type.value),
            "created": when(ticket.created_at), "expected": when(ticket.expected_solution_at),
            "closed": when(ticket.closed_at), "assignee": assignee.display_name if assignee else "",
        }
    if sections[CONVERSATION]:
        kept, omitted = transcript.public_conversation(session, ticket.id)
        customer_name = (data.get("customer") or {}).get("name", "")
        data["conversation"] = [{
            "incoming": r.direction is Direction.INCOMING,
            "heading": labels["from_customer"] if r.direction is Direction.INCOMING else labels["from_us"],
            "who": (customer_name or r.sender) if r.direction is Direction.INCOMING else "",
            "channel": labels.get(r.channel_kind.value, r.channel_kind.value), "when": when(r.occurred_at),
            "subject": r.subject or "",
            "text": transcript.interaction_text(r) or labels["no_text"],
        } for r in kept]
        data["conversation_omitted"] = labels["omitted"].format(count=omitted) if omitted else ""
    if sections[TASKS]:
        items, omitted = _tasks(session, ticket, labels, language, when)
        data["tasks"] = items
        data["tasks_omitted"] = labels["omitted"].format(count=omitted) if omitted else ""
    if sections[ATTACHMENTS]:
        data["files"] = _files(session, ticket)
    if sections[SURVEYS]:
        data["surveys"] = _surveys(session, ticket)
    html = transcript.template_environment().get_template(TEMPLATE).render(**data)
    return ExternalPage(ticket.number, html, sections, language)


def external_view(db: Database, actor: Actor, ticket_id: uuid.UUID, *, language: str | None = None,
                  now: dt.datetime | None = None) -> ExternalPage:
    """Anyone who may see the ticket may produce its external view (viewers too: it changes nothing)."""
    with read_only(db) as session:
        return build(session, actor, visible_ticket(session, actor, ticket_id), language=language, now=now)
