"""T6's choices: contact data fit for each channel (blocked flagged), other customers' data only
where the campaign allows it, templates filled with the ticket's data, the survey link."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories_customer_data import make_world, put_contact
from sagicc_desktop.services import block_list, composer_data
from sagicc_desktop.services.errors import PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    Campaign, MessageTemplate, Survey, SurveyRequest, TemplateCategory, Ticket, User,
)
from sagicc_desktop.store.enums import ChannelKind, ContactKind

E, P, M = ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE


@pytest.fixture
def w(db):
    world = make_world(db)
    put_contact(db, world.customer, E, "Ana@Example.com", "ana@example.com", primary=True)
    put_contact(db, world.customer, E, "ana.work@example.com", "ana.work@example.com")
    put_contact(db, world.customer, M, "300 555 0101", "+573005550101", primary=True)
    put_contact(db, world.customer, P, "601 555 0102", "+576015550102")
    put_contact(db, world.other_customer, E, "luis@example.com", "luis@example.com")
    put_contact(db, world.other_customer, M, "310 555 0199", "+573105550199")
    return world


def _campaign_of(w) -> Campaign:
    with unit_of_work(w.db) as s:
        return s.get(Campaign, s.get(Ticket, w.ticket).campaign_id)


def test_email_offers_only_the_customers_addresses_primary_first(w):
    rows = composer_data.recipients(w.db, w.agent, w.ticket, ChannelKind.EMAIL)
    assert [r.value for r in rows] == ["Ana@Example.com", "ana.work@example.com"]
    assert all(r.is_own and r.kind is E and not r.blocked for r in rows)


def test_whatsapp_offers_mobile_and_phone_and_chat_nothing(w):
    kinds = {r.kind for r in composer_data.recipients(w.db, w.agent, w.ticket, ChannelKind.WHATSAPP)}
    assert kinds == {M, P}
    assert composer_data.recipients(w.db, w.agent, w.ticket, ChannelKind.CHAT) == []


def test_blocked_values_are_flagged_with_their_reason(w):
    with unit_of_work(w.db) as s:
        block_list.block_value(s, w.agent, E, "ana.work@example.com", "asked not to be contacted")
    rows = {r.value: r for r in composer_data.recipients(w.db, w.agent, w.ticket, ChannelKind.EMAIL)}
    assert rows["ana.work@example.com"].blocked
    assert rows["ana.work@example.com"].block_reason == "asked not to be contacted"
    assert not rows["Ana@Example.com"].blocked


def test_other_contact_data_needs_the_campaign_setting(w):
    with pytest.raises(PermissionDenied):
        composer_data.search_other_contacts(w.db, w.agent, w.ticket, ChannelKind.EMAIL, "luis")
    assert not composer_data.may_use_other_contact_data(w.db, w.agent, w.ticket)
    with unit_of_work(w.db) as s:
        s.get(Campaign, s.get(Ticket, w.ticket).campaign_id).allow_other_contact_data = True
    assert composer_data.may_use_other_contact_data(w.db, w.agent, w.ticket)
    found = composer_data.search_other_contacts(w.db, w.agent, w.ticket, ChannelKind.EMAIL, "luis")
    assert [(r.value, r.is_own) for r in found] == [("luis@example.com", False)]
    assert found[0].owner.startswith("Luis")
    by_number = composer_data.search_other_contacts(w.db, w.agent, w.ticket, ChannelKind.SMS, "5550199")
    assert [r.normalized_value for r in by_number] == ["+573105550199"]
    assert composer_data.search_other_contacts(w.db, w.agent, w.ticket, ChannelKind.EMAIL, "lu") == []


def test_templates_for_the_campaign_and_channel_filled_with_the_tickets_data(w):
    with unit_of_work(w.db) as s:
        t = s.get(Ticket, w.ticket)
        cat = TemplateCategory(name="Greetings")
        s.add(cat)
        s.flush()
        s.add_all([
            MessageTemplate(category_id=cat.id, name="Hello", channel_kind=ChannelKind.EMAIL,
                            subject="Case #{{ ticket.number }}",
                            body="Dear {{ customer.first_name }}, {{ agent.display_name }} here. {{ customer.nothing }}!"),
            MessageTemplate(category_id=cat.id, name="SMS only", channel_kind=ChannelKind.SMS, body="hi"),
            MessageTemplate(campaign_id=t.campaign_id, name="Any channel", body="x"),
        ])
        number = t.number
    names = [r.name for r in composer_data.templates(w.db, w.agent, w.ticket, ChannelKind.EMAIL)]
    assert names == ["Any channel", "Hello"]
    hello = next(r for r in composer_data.templates(w.db, w.agent, w.ticket, ChannelKind.EMAIL) if r.name == "Hello")
    assert hello.category == "Greetings"
    subject, body = composer_data.fill_template(w.db, w.agent, w.ticket, hello.id)
    assert subject == f"Case #{number}"
    assert body == f"Dear Ana, {w.agent.display_name} here. !"


def test_a_broken_or_hostile_template_is_a_clear_error(w):
    with unit_of_work(w.db) as s:
        bad = MessageTemplate(name="bad", body="{{ customer.first_name ")
        evil = MessageTemplate(name="evil", body="{{ ''.__class__.__mro__[1].__subclasses__() }}")
        s.add_all([bad, evil])
        s.flush()
        ids = bad.id, evil.id
    for template_id in ids:
        with pytest.raises(ValidationError) as err:
            composer_data.fill_template(w.db, w.agent, w.ticket, template_id)
        assert err.value.args[0] == "template_error"


def test_survey_link_reuses_the_pending_request(w):
    campaign = _campaign_of(w)
    with unit_of_work(w.db) as s:
        s.add(Survey(campaign_id=campaign.id, name="CSAT",
                     url_template="https://s.example/{{ token }}?t={{ ticket.number }}"))
    first = composer_data.survey_link(w.db, w.agent, w.ticket)
    again = composer_data.survey_link(w.db, w.agent, w.ticket)
    assert first == again and first.startswith("https://s.example/")
    with unit_of_work(w.db) as s:
        tokens = s.scalars(select(SurveyRequest.token).where(SurveyRequest.ticket_id == w.ticket)).all()
    assert len(tokens) == 1 and tokens[0] in first
    with unit_of_work(w.db) as s:
        s.add(MessageTemplate(name="Closing", body="Tell us: {{ survey_link }}"))
    closing = next(r for r in composer_data.templates(w.db, w.agent, w.ticket, None) if r.name == "Closing")
    assert composer_data.fill_template(w.db, w.agent, w.ticket, closing.id)[1] == "Tell us: " + first


def test_survey_link_without_a_survey_or_on_a_closed_ticket(w):
    with pytest.raises(ValidationError) as err:
        composer_data.survey_link(w.db, w.agent, w.ticket)
    assert err.value.args[0] == "no_survey"
    with pytest.raises(TicketClosed):
        composer_data.survey_link(w.db, w.admin, w.closed)


def test_signature_is_the_users_own(w):
    with unit_of_work(w.db) as s:
        s.get(User, w.agent.user_id).signature_html = "<p>-- Agent</p>"
    assert composer_data.signature_html(w.db, w.agent) == "<p>-- Agent</p>"


def test_the_reply_channel_is_where_the_customer_last_wrote(w):
    import datetime as dt

    from sagicc_desktop.store.entities import Channel, Interaction
    from sagicc_desktop.store.enums import Direction, InteractionStatus

    assert composer_data.reply_channel_id(w.db, w.agent, w.ticket) is None
    with unit_of_work(w.db) as s:
        mail = Channel(name="Mail", kind=ChannelKind.EMAIL)
        sms = Channel(name="SMS", kind=ChannelKind.SMS)
        s.add_all([mail, sms])
        s.flush()
        base = dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc)
        for minutes, channel, direction in ((0, mail, Direction.INCOMING), (5, sms, Direction.INCOMING),
                                            (9, mail, Direction.OUTGOING)):
            s.add(Interaction(ticket_id=w.ticket, channel_id=channel.id, channel_kind=channel.kind,
                              direction=direction, status=InteractionStatus.RECEIVED,
                              occurred_at=base + dt.timedelta(minutes=minutes)))
        sms_id = sms.id
    assert composer_data.reply_channel_id(w.db, w.agent, w.ticket) == sms_id
