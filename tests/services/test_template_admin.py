"""Administering message templates: categories (unique names ignoring case, deleted only when empty
or with their templates moved out), templates checked with the composer's own sandbox (syntax with
its line, unknown placeholders by name), a preview with a real ticket's data, the change log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import make_campaign, make_customer, create_ticket
from factories_customer_data import make_world
from sagicc_desktop.services import composer_data
from sagicc_desktop.services import template_admin as ta
from sagicc_desktop.services.errors import NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.template_admin import TemplateDraft
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, MessageTemplate, Survey, SurveyRequest, TemplateCategory, Ticket
from sagicc_desktop.store.enums import ChannelKind


@pytest.fixture
def w(db):
    return make_world(db)


def number_of(db, ticket_id) -> int:
    with read_only(db) as s:
        return s.get(Ticket, ticket_id).number


def log(db, entity_id) -> list[tuple[str, str, str | None, str | None, str | None]]:
    with read_only(db) as s:
        rows = s.execute(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == entity_id)
                         .order_by(ChangeLogEntry.at, ChangeLogEntry.field)).scalars().all()
        return [(e.entity_type, e.action.value, e.field, e.old_value, e.new_value) for e in rows]


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value


# ---------------------------------------------------------------- placeholders


def test_placeholders_are_what_the_composer_fills(w):
    keys = [p.key for p in ta.placeholders()]
    assert keys[:2] == ["customer.first_name", "customer.middle_name"]
    assert {"customer.full_name", "ticket.number", "ticket.subject", "agent.display_name", "agent.email",
            "campaign.name", "survey_link"} <= set(keys)
    # Every key really is in the data the composer renders with, for a real ticket.
    with read_only(w.db) as s:
        data = composer_data._template_data(s, w.agent, s.get(Ticket, w.ticket), "https://x.example/t")
    flat = {f"{g}.{k}" for g, v in data.items() if isinstance(v, dict) for k in v} | {
        g for g, v in data.items() if not isinstance(v, dict)}
    assert set(keys) == flat
    assert ta.placeholders()[0].text == "{{ customer.first_name }}"


def test_a_syntax_mistake_is_refused_with_its_line(w):
    err = refused(lambda: ta.check_text("Hello\n{{ customer.first_name }\nBye"))
    assert err.args[0] == "template_syntax" and err.details["limit"] == 2 and err.details["field"] == "body"
    err = refused(lambda: ta.check_text("{% if ticket.number %}open", "subject"))
    assert err.args[0] == "template_syntax" and err.details["field"] == "subject"


def test_an_unknown_placeholder_is_refused_by_name(w):
    for text, name in (("Hi {{ customer.nickname }}", "customer.nickname"),
                       ("{{ customer['shoe_size'] }}", "customer.shoe_size"),
                       ("{{ customer }}", "customer"),
                       ("{{ password }}", "password"),
                       ("{{ survey_link.secret }}", "survey_link.secret")):
        err = refused(lambda text=text: ta.check_text(text))
        assert (err.args[0], err.details["value"]) == ("unknown_placeholder", name)
    # Loop variables, {% set %} names, filters and methods are not placeholders.
    assert ta.check_text("{% set n = customer.first_name %}{{ n|upper }}{% for c in ticket.subject %}{{ c }}"
                         "{% endfor %}{{ agent.display_name.title() }}") == [
        "customer.first_name", "ticket.subject", "agent.display_name"]


# ---------------------------------------------------------------- categories


def test_categories_have_unique_names_ignoring_case(w):
    billing = ta.create_category(w.db, w.admin, "  Billing   questions ")
    assert billing.name == "Billing questions" and billing.template_count == 0
    err = refused(lambda: ta.create_category(w.db, w.admin, "BILLING QUESTIONS"))
    assert (err.args[0], err.details["value"]) == ("category_name_taken", "Billing questions")
    other = ta.create_category(w.db, w.admin, "Greetings")
    err = refused(lambda: ta.rename_category(w.db, w.admin, other.id, other.version, "billing questions"))
    assert err.args[0] == "category_name_taken"
    renamed = ta.rename_category(w.db, w.admin, billing.id, billing.version, "billing Questions")
    assert renamed.name == "billing Questions" and renamed.version == billing.version + 1
    with pytest.raises(StaleEdit):
        ta.rename_category(w.db, w.admin, billing.id, billing.version, "Bills")
    assert refused(lambda: ta.create_category(w.db, w.admin, "  ")).args[0] == "category_name_required"
    assert refused(lambda: ta.create_category(w.db, w.admin, "x" * 161)).details["limit"] == 160
    assert [c.name for c in ta.list_categories(w.db, w.admin)] == ["billing Questions", "Greetings"]
    assert ("template_category", "update", "name", "Billing questions", "billing Questions") in log(w.db, billing.id)


def test_a_category_is_deleted_when_empty_or_with_its_templates_moved_out(w):
    cat = ta.create_category(w.db, w.admin, "Closing")
    t = ta.create_template(w.db, w.admin, TemplateDraft("Bye", "Bye {{ customer.first_name }}", category_id=cat.id))
    assert ta.list_categories(w.db, w.admin)[0].template_count == 1
    err = refused(lambda: ta.delete_category(w.db, w.admin, cat.id, cat.version))
    assert (err.args[0], err.details["limit"]) == ("category_not_empty", 1)
    assert ta.delete_category(w.db, w.admin, cat.id, cat.version, move_templates=True) == 1
    assert ta.list_categories(w.db, w.admin) == []
    moved = ta.get_template(w.db, w.admin, t.id)
    assert moved.category_id is None and moved.category == ""
    assert [x.name for x in ta.list_templates(w.db, w.admin, None)] == ["Bye"]
    with read_only(w.db) as s:
        assert s.get(TemplateCategory, cat.id).deleted_at is not None  # a tombstone
    assert ("message_template", "update", "category_id", str(cat.id), None) in log(w.db, t.id)
    assert ("template_category", "delete", "name", "Closing", None) in log(w.db, cat.id)
    # Its name can be used again: the deleted category comes back.
    again = ta.create_category(w.db, w.admin, "closing")
    assert again.id == cat.id and again.name == "closing"
    # ... and a rename onto a deleted category's name works too.
    gone = ta.create_category(w.db, w.admin, "Old")
    ta.delete_category(w.db, w.admin, gone.id, gone.version)
    assert ta.rename_category(w.db, w.admin, again.id, again.version, "Old").name == "Old"


# ---------------------------------------------------------------- templates


def test_a_template_is_created_edited_and_deleted_with_the_change_log(w):
    campaign = make_campaign(w.db, "Internet")
    cat = ta.create_category(w.db, w.admin, "Greetings")
    draft = TemplateDraft("Hello", "Hi {{ customer.first_name }}, this is {{ agent.display_name }}.",
                          subject="Case #{{ ticket.number }}", category_id=cat.id, campaign_id=campaign,
                          channel_kind=ChannelKind.EMAIL, language="es")
    t = ta.create_template(w.db, w.admin, draft)
    assert (t.name, t.category, t.campaign, t.channel_kind, t.language, t.version) == (
        "Hello", "Greetings", "Internet", ChannelKind.EMAIL, "es", 1)
    assert [x.name for x in ta.list_templates(w.db, w.admin, cat.id)] == ["Hello"]
    assert ta.list_templates(w.db, w.admin, None) == []

    edited = ta.update_template(w.db, w.admin, t.id, t.version, TemplateDraft(
        "Hello again", draft.body, subject="", category_id=None, campaign_id=None, channel_kind=None, language="en"))
    assert (edited.name, edited.category_id, edited.campaign_id, edited.channel_kind, edited.version) == (
        "Hello again", None, None, None, 2)
    with pytest.raises(StaleEdit) as stale:
        ta.update_template(w.db, w.admin, t.id, t.version, draft)
    assert stale.value.args[0] == "template_changed"
    entries = log(w.db, t.id)
    assert ("message_template", "create", "name", None, "Hello") in entries
    assert {e[2] for e in entries if e[1] == "update"} == {
        "name", "category_id", "campaign_id", "channel_kind", "language", "subject"}

    ta.delete_template(w.db, w.admin, t.id, edited.version)
    assert ta.list_templates(w.db, w.admin) == []
    with read_only(w.db) as s:
        assert s.get(MessageTemplate, t.id).deleted_at is not None
    with pytest.raises(NotFound):
        ta.get_template(w.db, w.admin, t.id)
    assert ("message_template", "delete", "name", "Hello again", None) in log(w.db, t.id)


def test_a_template_with_a_mistake_is_not_saved(w):
    from factories import count

    for draft, code in ((TemplateDraft("Bad", "Hi {{ customer.nick }}"), "unknown_placeholder"),
                        (TemplateDraft("Bad", "Hi", subject="{{ ticket.number"), "template_syntax"),
                        (TemplateDraft(" ", "Hi"), "template_name_required"),
                        (TemplateDraft("Bad", "  "), "template_body_required"),
                        (TemplateDraft("Bad", "Hi", language="fr"), "template_language"),
                        (TemplateDraft("Bad", "Hi", subject="a\nb"), "template_subject_one_line")):
        assert refused(lambda draft=draft: ta.create_template(w.db, w.admin, draft)).args[0] == code
        assert refused(lambda draft=draft: ta.validate(w.db, w.admin, draft)).args[0] == code
    assert count(w.db, MessageTemplate) == 0
    ta.create_template(w.db, w.admin, TemplateDraft("Same", "x"))
    err = refused(lambda: ta.create_template(w.db, w.admin, TemplateDraft("SAME", "y")))
    assert (err.args[0], err.details["value"]) == ("template_name_taken", "Same")


def test_templates_are_for_administrators(w):
    for actor in (w.agent, w.supervisor, w.viewer):
        with pytest.raises(PermissionDenied):
            ta.create_template(w.db, actor, TemplateDraft("X", "y"))
        with pytest.raises(PermissionDenied):
            ta.create_category(w.db, actor, "X")
        with pytest.raises(PermissionDenied):
            ta.list_templates(w.db, actor)


def test_a_saved_template_reaches_the_composer_filled_in(w):
    cat = ta.create_category(w.db, w.admin, "Greetings")
    ta.create_template(w.db, w.admin, TemplateDraft("Hello", "Dear {{ customer.full_name }}, case {{ ticket.number }}.",
                                                    subject="About {{ ticket.subject }}", category_id=cat.id,
                                                    channel_kind=ChannelKind.EMAIL))
    rows = composer_data.templates(w.db, w.agent, w.ticket, ChannelKind.EMAIL)
    assert [(r.category, r.name) for r in rows] == [("Greetings", "Hello")]
    assert composer_data.templates(w.db, w.agent, w.ticket, ChannelKind.SMS) == []
    subject, body = composer_data.fill_template(w.db, w.agent, w.ticket, rows[0].id)
    assert subject == "About open"
    assert body == f"Dear Ana Pérez, case {number_of(w.db, w.ticket)}."


# ---------------------------------------------------------------- preview


def test_the_preview_uses_a_real_tickets_data_and_creates_nothing(w):
    number = number_of(w.db, w.ticket)
    shown = ta.preview(w.db, w.admin, "Case #{{ ticket.number }}",
                       "Hi {{ customer.first_name }} {{ customer.last_name }}, {{ agent.display_name }}\n"
                       "{{ survey_link }}", number)
    assert shown.subject == f"Case #{number}"
    assert shown.body.startswith(f"Hi Ana Pérez, {w.admin.display_name}\n")
    assert shown.survey_missing  # the campaign has no survey yet
    with unit_of_work(w.db) as s:
        campaign = s.get(Ticket, w.ticket).campaign_id
        s.add(Survey(campaign_id=campaign, name="CSAT", url_template="https://s.example/{{ token }}"))
    shown = ta.preview(w.db, w.admin, "", "{{ survey_link }}", number)
    assert shown.body == "https://s.example/" + ta.SAMPLE_TOKEN and not shown.survey_missing
    from factories import count
    assert count(w.db, SurveyRequest) == 0  # a preview sends nothing and asks for nothing
    assert refused(lambda: ta.preview(w.db, w.admin, "", "{{ customer.x }}", number)).args[0] == "unknown_placeholder"
    with pytest.raises(NotFound) as missing:
        ta.preview(w.db, w.admin, "", "x", 987654)
    assert missing.value.args[0] == "no_such_number"


def test_the_newest_ticket_is_the_preview_default(w):
    newest = create_ticket(w.db, w.admin, make_campaign(w.db), make_customer(w.db, "Zoe", "Ruiz"))
    assert ta.newest_ticket_number(w.db, w.admin) == number_of(w.db, newest)
    assert ta.preview(w.db, w.admin, "", "{{ customer.first_name }}", number_of(w.db, newest)).body == "Zoe"
