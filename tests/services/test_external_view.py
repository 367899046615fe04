"""O5 External view: the campaign's sections of the ticket as a self-contained page, pending
surveys, and never a private note, an internal interaction or its files."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from factories_outgoing import make_outgoing
from factories_tasks import make_form, new_revision
from sagicc_desktop.services import external_view, notes, tasks
from sagicc_desktop.services.errors import NotFound, ValidationError
from sagicc_desktop.services.external_view_sections import DEFAULTS, SECTIONS, effective_sections
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Attachment, Blob, Campaign, Interaction, Survey, SurveyRequest, Ticket,
)
from sagicc_desktop.store.enums import AttachmentSource, ChannelKind, Direction, InteractionStatus

from factories import make_agent, make_campaign, set_hide_other_campaigns

NOTE = "PRIVATE-NOTE: do not share"
INTERNAL = "INTERNAL-ONLY: escalate to legal"
T0 = dt.datetime(2024, 3, 1, 15, 0, tzinfo=dt.timezone.utc)
NOW = T0 + dt.timedelta(days=1)


def _interaction(db, ticket, minutes, *, public=True, text="", direction=Direction.INCOMING,
                 status=InteractionStatus.RECEIVED):
    with unit_of_work(db) as s:
        row = Interaction(ticket_id=ticket, channel_kind=ChannelKind.EMAIL, direction=direction, status=status,
                          is_public=public, body_text=text, occurred_at=T0 + dt.timedelta(minutes=minutes),
                          subject="Invoice question")
        s.add(row)
        s.flush()
        return row.id


def _attach(db, ticket, interaction, filename):
    with unit_of_work(db) as s:
        sha = f"{abs(hash(filename)):064d}"[:64]
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=2048))
            s.flush()
        s.add(Attachment(ticket_id=ticket, interaction_id=interaction, blob_sha256=sha, filename=filename,
                         size=2048, source=AttachmentSource.CUSTOMER))


def _sections(db, campaign, **values):
    with unit_of_work(db) as s:
        s.get(Campaign, campaign).external_view_sections = values


@pytest.fixture
def w(db):
    w = make_outgoing(db)
    public = _interaction(db, w.ticket, 0, text="My invoice is wrong <script>alert(1)</script>")
    internal = _interaction(db, w.ticket, 5, public=False, text=INTERNAL, direction=Direction.OUTGOING,
                            status=InteractionStatus.SENT)
    _interaction(db, w.ticket, 6, text="We fixed it", direction=Direction.OUTGOING, status=InteractionStatus.SENT)
    _attach(db, w.ticket, public, "invoice-scan.pdf")
    _attach(db, w.ticket, internal, "legal-memo.pdf")
    notes.add_note(db, w.agent, w.ticket, NOTE)
    form = make_form(db, w.campaign, [{"key": "reason", "label": "Reason", "label_es": "Motivo",
                                       "type": "choice", "required": True, "choices": ["Billing", "Other"]}])
    tasks.save_task(db, w.agent, w.ticket, tasks.TaskInput(form, {"reason": "Billing"},
                                                           observations="Credit note issued"))
    w.form = form
    return w


def _page(w, actor=None, **kw):
    return external_view.external_view(w.db, actor or w.agent, w.ticket, now=NOW, **kw)


def test_every_section_has_a_default_and_unknown_keys_drop():
    assert set(DEFAULTS) == set(SECTIONS)
    assert effective_sections({"tasks": False, "bogus": True}) == {**DEFAULTS, "tasks": False}
    assert effective_sections(None) == DEFAULTS


def test_never_a_note_an_internal_interaction_or_its_file_whatever_the_sections(w):
    _sections(w.db, w.campaign, **dict.fromkeys(SECTIONS, True))
    html = _page(w).html
    assert "PRIVATE-NOTE" not in html and "INTERNAL-ONLY" not in html and "legal-memo.pdf" not in html
    assert "We fixed it" in html and "invoice-scan.pdf" in html and "2.0 KB" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


def test_the_campaign_sections_decide_what_shows(w):
    _sections(w.db, w.campaign, customer=True, ticket=True, conversation=False, tasks=True, attachments=False)
    page = _page(w)
    assert 'id="customer"' in page.html and "Ana Pérez" in page.html and "ana@example.com".lower() in page.html.lower()
    assert 'id="ticket"' in page.html and "Invoice question" in page.html
    assert 'id="tasks"' in page.html and "Reason" in page.html and "Billing" in page.html
    assert "Credit note issued" in page.html
    assert 'id="conversation"' not in page.html and "We fixed it" not in page.html
    assert 'id="files"' not in page.html and "invoice-scan.pdf" not in page.html

    _sections(w.db, w.campaign, customer=False, tasks=False)
    page = _page(w)
    assert "Ana Pérez" not in page.html and 'id="customer"' not in page.html
    assert 'id="tasks"' not in page.html and "Credit note issued" not in page.html
    assert page.sections["customer"] is False and page.sections["ticket"] is True


def test_pending_surveys_show_with_their_link_and_answered_ones_do_not(w):
    with unit_of_work(w.db) as s:
        survey = Survey(campaign_id=w.campaign, name="How did we do?",
                        url_template="https://survey.example/s?t={{ token }}&n={{ ticket.number }}")
        s.add(survey)
        s.flush()
        s.add(SurveyRequest(survey_id=survey.id, ticket_id=w.ticket, token="tok-pending"))
        s.add(SurveyRequest(survey_id=survey.id, ticket_id=w.ticket, token="tok-answered", completed_at=T0))
    html = _page(w).html
    assert f"https://survey.example/s?t=tok-pending&amp;n={w.number}" in html and "How did we do?" in html
    assert "tok-answered" not in html
    _sections(w.db, w.campaign, surveys=False)
    assert "tok-pending" not in _page(w).html


def test_old_task_records_keep_the_labels_of_their_form(w):
    new_revision(w.db, w.campaign, w.form, [{"key": "outcome", "label": "Outcome", "label_es": "Resultado",
                                             "type": "text", "required": False, "choices": []}])
    html = _page(w).html
    assert "Reason" in html and "Billing" in html


def test_labels_in_the_reader_language(w):
    page = _page(w, language="es")
    assert page.language == "es" and '<html lang="es">' in page.html
    assert f"Caso #{w.number}" in page.html and "Motivo" in page.html and "Nuevo" in page.html
    assert f"Ticket #{w.number}" in _page(w, language="en").html


def test_self_contained_nothing_fetched_from_elsewhere(w):
    html = _page(w).html
    assert not re.search(r"<(script|link|img|iframe)\b", html, re.I)
    assert "http://" not in html and "https://" not in html  # no survey here: no address at all
    assert _page(w).file_stem == f"ticket-{w.number}-external"


def test_a_ticket_not_public_or_not_visible_is_refused(w, db):
    other = make_campaign(db)
    outsider = make_agent(db, campaigns=[other])
    set_hide_other_campaigns(db, w.admin)
    with pytest.raises(NotFound):
        _page(w, actor=outsider)
    assert "Invoice question" in _page(w, actor=w.viewer).html  # read-only users may produce it
    with unit_of_work(db) as s:
        s.get(Ticket, w.ticket).is_public = False
    with pytest.raises(ValidationError) as err:
        _page(w)
    assert err.value.args[0] == "ticket_not_public"
