"""Administering campaigns: general data, members, channels (what the composer offers and where new
tickets open), the script as the Script tab shows it, the external view's sections; every change
logged, stale edits refused, every wrong field named at once, administrators only."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from factories import create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor
from factories_outgoing import make_channel
from sagicc_desktop.services import campaign_admin as ca
from sagicc_desktop.services import outgoing, ticket_tabs
from sagicc_desktop.services.auth import actor_for
from sagicc_desktop.services.campaign_admin import CampaignDraft, Changes
from sagicc_desktop.services.errors import PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.inbound_context import inbound_campaign
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import Campaign, CampaignChannel, CampaignMember, ChangeLogEntry, Ticket, User
from sagicc_desktop.store.enums import ChannelKind


def log(db, entity_type: str) -> list[tuple[str, str | None, str | None, str | None]]:
    with read_only(db) as s:
        rows = s.execute(select(ChangeLogEntry.action, ChangeLogEntry.field, ChangeLogEntry.old_value,
                                ChangeLogEntry.new_value).where(ChangeLogEntry.entity_type == entity_type)
                         .order_by(ChangeLogEntry.at, ChangeLogEntry.id)).all()
    return [(a.value if hasattr(a, "value") else a, f, o, n) for a, f, o, n in rows]


def field_errors(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.args[0] == "invalid_campaign"
    return err.value.details["fields"]


def test_a_campaign_is_created_with_members_channels_script_and_sections(db):
    admin = make_admin(db)
    agent = make_agent(db, display_name="Laura Gómez")
    email = make_channel(db, ChannelKind.EMAIL, "Claims mailbox")
    whatsapp = make_channel(db, ChannelKind.WHATSAPP, "WhatsApp")
    made = ca.create_campaign(db, admin, CampaignDraft("  Claims  ", "Insurance claims", True, True), Changes(
        member_ids=[agent.user_id], channel_ids=[email, whatsapp], inbound_default_id=email,
        script_html="<h2>Greeting</h2><p><b>Hello</b></p>", external_view={"tasks": False}))

    got = ca.get_campaign(db, admin, made.campaign_id)
    assert (got.name, got.description, got.is_active, got.allow_other_contact_data) == (
        "Claims", "Insurance claims", True, True)
    assert got.member_ids == {agent.user_id} and got.members[0].display_name == "Laura Gómez"
    assert got.channel_ids == {email, whatsapp} and got.inbound_default_id == email
    assert got.script_html == "<h2>Greeting</h2><p><b>Hello</b></p>"
    assert got.external_view["tasks"] is False and got.external_view["customer"] is True
    assert [c.name for c in ca.list_campaigns(db, admin)] == ["Claims"]

    assert ("create", "name", None, "Claims") in log(db, "campaign")
    assert ("update", "external_view.tasks", "True", "False") in log(db, "campaign")
    assert log(db, "campaign_member") == [("create", "user", None, "Laura Gómez")]
    assert ("create", "channel", None, "Claims mailbox") in log(db, "campaign_channel")
    assert ("update", "is_inbound_default", "False", "True") in log(db, "campaign_channel")
    assert log(db, "campaign_script")[0][:2] == ("create", "html")


def test_every_wrong_field_is_named_at_once_and_names_are_unique_ignoring_case(db):
    admin = make_admin(db)
    make_campaign(db, "Atención al Cliente")
    email = make_channel(db, ChannelKind.EMAIL, "Mailbox")
    errors = field_errors(lambda: ca.create_campaign(db, admin, CampaignDraft(" ", "x" * 4001), Changes(
        member_ids=[uuid.uuid4()], channel_ids=[email], inbound_default_id=uuid.uuid4(),
        external_view={"private_notes": True})))
    assert errors == {"name": ca.NAME_REQUIRED, "description": ca.DESCRIPTION_TOO_LONG,
                      "members": ca.UNKNOWN_USER, "inbound_default": ca.DEFAULT_NOT_ENABLED,
                      "external_view": ca.UNKNOWN_SECTION}
    assert field_errors(lambda: ca.create_campaign(db, admin, CampaignDraft(" ATENCIÓN AL CLIENTE"))) == {
        "name": ca.NAME_TAKEN}
    assert field_errors(lambda: ca.create_campaign(db, admin, CampaignDraft("n" * 161))) == {
        "name": ca.NAME_TOO_LONG}
    with read_only(db) as s:
        assert s.scalar(select(Campaign.id).where(Campaign.name == "ATENCIÓN AL CLIENTE")) is None


def test_an_edit_is_logged_and_a_stale_one_refused(db):
    admin = make_admin(db)
    campaign_id = make_campaign(db, "Sales")
    first = ca.get_campaign(db, admin, campaign_id)
    saved = ca.update_campaign(db, admin, campaign_id, first.version, CampaignDraft("Sales North", "North region"))
    assert saved.name == "Sales North" and saved.version == first.version + 1
    assert ("update", "name", "Sales", "Sales North") in log(db, "campaign")
    with pytest.raises(StaleEdit):
        ca.update_campaign(db, admin, campaign_id, first.version, CampaignDraft("Sales South"))
    assert ca.get_campaign(db, admin, campaign_id).name == "Sales North"
    # Keeping its own name (in another case) is not a clash with itself.
    assert ca.update_campaign(db, admin, campaign_id, saved.version, CampaignDraft("SALES NORTH")).name == "SALES NORTH"


def test_changes_outside_the_campaign_row_move_its_version(db):
    admin = make_admin(db)
    agent = make_agent(db)
    campaign_id = make_campaign(db)
    v1 = ca.get_campaign(db, admin, campaign_id).version
    v2 = ca.set_members(db, admin, campaign_id, [agent.user_id], expected_version=v1).version
    v3 = ca.save_script(db, admin, campaign_id, "<p>Hi</p>", expected_version=v2).version
    assert v1 < v2 < v3
    with pytest.raises(StaleEdit):
        ca.set_members(db, admin, campaign_id, [], expected_version=v1)
    # Saving the same again changes nothing and logs nothing.
    before = len(log(db, "campaign_script"))
    assert ca.save_script(db, admin, campaign_id, "<p>Hi</p>", expected_version=v3).version == v3
    assert len(log(db, "campaign_script")) == before


def test_a_member_taken_off_is_a_tombstone_and_comes_back_on_the_same_row(db):
    admin = make_admin(db)
    campaign_id = make_campaign(db)
    agent = make_agent(db, display_name="Carlos Ruiz")
    ca.set_members(db, admin, campaign_id, [agent.user_id])
    with read_only(db) as s:
        row_id = s.scalar(select(CampaignMember.id).where(CampaignMember.user_id == agent.user_id))
        assert campaign_id in actor_for(s, s.get(User, agent.user_id)).campaign_ids

    ca.set_members(db, admin, campaign_id, [])
    with read_only(db) as s:
        row = s.get(CampaignMember, row_id)
        assert row.deleted_at is not None
        assert campaign_id not in actor_for(s, s.get(User, agent.user_id)).campaign_ids
    assert ca.get_campaign(db, admin, campaign_id).members == ()

    ca.set_members(db, admin, campaign_id, [agent.user_id])
    with read_only(db) as s:
        rows = s.scalars(select(CampaignMember).where(CampaignMember.user_id == agent.user_id)).all()
        assert [r.id for r in rows] == [row_id] and rows[0].deleted_at is None
    assert [a for a, *_ in log(db, "campaign_member")] == ["create", "delete", "create"]


def test_the_composer_offers_only_the_enabled_channels(db):
    admin = make_admin(db)
    campaign_id = make_campaign(db)
    email = make_channel(db, ChannelKind.EMAIL, "Mailbox")
    sms = make_channel(db, ChannelKind.SMS, "SMS")
    ticket_id = create_ticket(db, admin, campaign_id, make_customer(db))

    ca.set_channels(db, admin, campaign_id, [email, sms], email)
    assert {c.id for c in outgoing.sendable_channels(db, admin, ticket_id)} == {email, sms}
    ca.set_channels(db, admin, campaign_id, [sms])
    assert [c.id for c in outgoing.sendable_channels(db, admin, ticket_id)] == [sms]
    with read_only(db) as s:
        with pytest.raises(ValidationError):
            outgoing.enabled_channel(s, s.get_one(Ticket, ticket_id), email)
    assert ca.get_campaign(db, admin, campaign_id).inbound_default_id is None
    ca.set_channels(db, admin, campaign_id, [email, sms])  # back on the same row
    with read_only(db) as s:
        assert len(s.scalars(select(CampaignChannel).where(CampaignChannel.channel_id == email)).all()) == 1


def test_new_tickets_of_a_channel_open_in_the_campaign_that_takes_it_as_default(db):
    admin = make_admin(db)
    first, second = make_campaign(db, "First"), make_campaign(db, "Second")
    phone = make_channel(db, ChannelKind.PHONE, "Phone")
    ca.set_channels(db, admin, first, [phone], phone)
    ca.set_channels(db, admin, second, [phone])
    with read_only(db) as s:
        assert inbound_campaign(s, phone) == first
    assert next(c for c in ca.list_channels(db, admin) if c.channel_id == phone).inbound_campaign_name == "First"

    ca.set_channels(db, admin, second, [phone], phone)
    with read_only(db) as s:
        assert inbound_campaign(s, phone) == second
    assert ca.get_campaign(db, admin, first).inbound_default_id is None
    assert ca.get_campaign(db, admin, first).channel_ids == {phone}  # still enabled there
    assert ("update", "is_inbound_default", "True", "False") in log(db, "campaign_channel")


def test_the_script_is_cleaned_and_shown_in_the_tickets_script_tab(db):
    admin = make_admin(db)
    campaign_id = make_campaign(db)
    ticket_id = create_ticket(db, admin, campaign_id, make_customer(db))
    html = ('<html><head><style>p {color: red}</style><script>alert(1)</script></head><body>'
            '<h2 onclick="x()">Greeting</h2><p><span style="font-weight:700; background:url(x)">Hello</span>'
            ' <a href="javascript:alert(1)">bad</a> <a href="https://help.example/faq">FAQ</a></p>'
            '<ul style="-qt-list-indent: 1;"><li>one</li></ul><ol><li>two</li></ol>'
            '<table border="1"><tr><td>cell</td></tr></table><img src="file:///etc/passwd"></body></html>')
    saved = ca.save_script(db, admin, campaign_id, html).script_html
    shown = ticket_tabs.script_html(db, admin, ticket_id)
    assert shown == saved
    for kept in ("<h2>Greeting</h2>", 'style="font-weight:700"', '<a href="https://help.example/faq"',
                 '<ul style="-qt-list-indent:1"><li>one</li></ul>', "<ol><li>two</li></ol>", "<td>cell</td>"):
        assert kept in shown
    for gone in ("script", "alert", "onclick", "color: red", "url(", "javascript", "<img", "passwd", "<html"):
        assert gone not in shown


def test_deactivating_keeps_the_campaign_and_its_tickets(db):
    admin = make_admin(db)
    campaign_id = make_campaign(db, "Old")
    make_campaign(db, "Active")
    ticket_id = create_ticket(db, admin, campaign_id, make_customer(db))
    ca.deactivate(db, admin, campaign_id)
    assert [c.name for c in ca.list_campaigns(db, admin, include_inactive=False)] == ["Active"]
    assert [(c.name, c.is_active) for c in ca.list_campaigns(db, admin)] == [("Active", True), ("Old", False)]
    assert ticket_tabs.script_html(db, admin, ticket_id) == ""  # the ticket still opens
    assert ("update", "is_active", "True", "False") in log(db, "campaign")
    assert ca.activate(db, admin, campaign_id).is_active


def test_only_administrators_set_up_campaigns(db):
    supervisor = make_supervisor(db)
    campaign_id = make_campaign(db)
    for call in (lambda: ca.list_campaigns(db, supervisor), lambda: ca.get_campaign(db, supervisor, campaign_id),
                 lambda: ca.create_campaign(db, supervisor, CampaignDraft("X")),
                 lambda: ca.set_members(db, supervisor, campaign_id, []),
                 lambda: ca.deactivate(db, supervisor, campaign_id)):
        with pytest.raises(PermissionDenied):
            call()
    assert ca.get_campaign(db, make_admin(db), campaign_id).is_active
