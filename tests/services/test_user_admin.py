"""A1: administrators create, edit, deactivate and reactivate users, reset passwords and set
memberships; every change is logged (never a password); supervisors see the list and presence."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from factories import (
    PASSWORD, create_ticket, make_admin, make_agent, make_campaign, make_supervisor, make_viewer,
)
from sagicc_desktop.services import auth, presence, tickets
from sagicc_desktop.services import user_admin as ua
from sagicc_desktop.services.errors import AuthError, NotFound, PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.permissions import hidden_campaigns_apply
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.services.user_admin import UserDraft
from sagicc_desktop.store.entities import CampaignMember, ChangeLogEntry, User, UserPresence
from sagicc_desktop.store.enums import ChangeAction, Presence, Role


def draft(**kw) -> UserDraft:
    values = dict(username="maria.lopez", display_name="María López", email="Maria.Lopez@Example.org",
                  role=Role.AGENT, locale="es", campaign_ids=(), password="s3cret-pass")
    return UserDraft(**(values | kw))


def field_errors(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.args[0] == "invalid_user"
    return err.value.details["fields"]


def log_rows(db, entity_type: str | None = None) -> list[tuple]:
    with read_only(db) as s:
        query = select(ChangeLogEntry.entity_type, ChangeLogEntry.action, ChangeLogEntry.field,
                       ChangeLogEntry.old_value, ChangeLogEntry.new_value, ChangeLogEntry.user_id)
        if entity_type:
            query = query.where(ChangeLogEntry.entity_type == entity_type)
        return [tuple(r) for r in s.execute(query.order_by(ChangeLogEntry.at, ChangeLogEntry.id)).all()]


def active_memberships(db, user_id) -> set:
    with read_only(db) as s:
        return set(s.scalars(select(CampaignMember.campaign_id).where(
            CampaignMember.user_id == user_id, CampaignMember.deleted_at.is_(None))))


@pytest.fixture
def world(db):
    sales, support = make_campaign(db, "Sales"), make_campaign(db, "Support")
    admin = make_admin(db, username="boss", display_name="Boss")
    return db, admin, sales, support


# ---------------------------------------------------------------- creating


def test_a_created_user_signs_in_with_their_campaigns_and_starts_offline(world):
    db, admin, sales, support = world
    row = ua.create_user(db, admin, draft(campaign_ids=(support, sales), username="  maria.lopez "))
    assert (row.username, row.display_name, row.email, row.role, row.locale, row.is_active) == (
        "maria.lopez", "María López", "maria.lopez@example.org", Role.AGENT, "es", True)
    assert row.campaign_names == ("Sales", "Support") and set(row.campaign_ids) == {sales, support}
    assert presence.current(db, row.user_id) is Presence.OFFLINE
    with read_only(db) as s:
        stored = s.get(User, row.user_id)
        assert stored.password_hash and "s3cret-pass" not in stored.password_hash
        assert s.get(UserPresence, row.user_id) is not None

    actor = auth.sign_in(db, "maria.lopez", "s3cret-pass")
    assert actor.user_id == row.user_id and actor.campaign_ids == {sales, support} and actor.locale == "es"
    assert presence.current(db, row.user_id) is Presence.AVAILABLE

    logged = log_rows(db)
    assert ("user", ChangeAction.CREATE, "username", None, "maria.lopez", admin.user_id) in logged
    assert {r[4] for r in logged if r[0] == "campaign_member"} == {"Sales", "Support"}
    assert not any("s3cret-pass" in str(r) for r in logged)


def test_every_wrong_field_is_named_at_once_and_nothing_is_stored(world):
    db, admin, _, _ = world
    ua.create_user(db, admin, draft())
    errors = field_errors(lambda: ua.create_user(db, admin, UserDraft(
        username="MARIA.lopez", display_name="  ", email="not an address", role="boss", locale="fr",
        campaign_ids=(uuid.uuid4(),), password="abc")))
    assert errors == {"username": "username_taken", "display_name": "required", "email": "invalid_email",
                      "role": "invalid_role", "locale": "invalid_locale", "campaigns": "unknown_campaign",
                      "password": "short_password"}
    assert field_errors(lambda: ua.create_user(db, admin, draft(username="maria lopez")))["username"] == (
        "invalid_username")
    assert field_errors(lambda: ua.create_user(db, admin, draft(username="x" * 81)))["username"] == "too_long"
    assert field_errors(lambda: ua.create_user(db, admin, draft(username="")))["username"] == "required"
    assert [u.username for u in ua.list_users(db, admin)] == ["boss", "maria.lopez"]


def test_user_names_in_other_alphabets_and_no_email_are_fine(world):
    db, admin, _, _ = world
    row = ua.create_user(db, admin, draft(username="sofía_h-2", email=""))
    assert row.username == "sofía_h-2" and row.email == ""


def test_only_administrators_change_users_and_supervisors_may_read(world):
    db, admin, _, _ = world
    supervisor, agent, viewer = make_supervisor(db), make_agent(db), make_viewer(db)
    target = ua.create_user(db, admin, draft())
    for actor in (supervisor, agent, viewer):
        with pytest.raises(PermissionDenied):
            ua.create_user(db, actor, draft(username="other"))
        with pytest.raises(PermissionDenied):
            ua.update_user(db, actor, target.user_id, target.version, draft())
        with pytest.raises(PermissionDenied):
            ua.deactivate_user(db, actor, target.user_id)
        with pytest.raises(PermissionDenied):
            ua.reset_password(db, actor, target.user_id, "new-password")
        with pytest.raises(PermissionDenied):
            ua.set_hide_other_campaigns(db, actor, True)
    assert len(ua.list_users(db, supervisor)) == 5
    for actor in (agent, viewer):
        with pytest.raises(PermissionDenied):
            ua.list_users(db, actor)


# ---------------------------------------------------------------- editing


def test_an_edit_logs_each_changed_field_and_moves_the_version(world):
    db, admin, sales, support = world
    row = ua.create_user(db, admin, draft(campaign_ids=(sales,)))
    saved = ua.update_user(db, admin, row.user_id, row.version, draft(
        display_name="María L. López", role=Role.SUPERVISOR, locale="en", campaign_ids=(support,)))
    assert saved.version > row.version
    assert (saved.display_name, saved.role, saved.locale, saved.campaign_names) == (
        "María L. López", Role.SUPERVISOR, "en", ("Support",))
    rows = log_rows(db, "user")
    assert ("user", ChangeAction.UPDATE, "display_name", "María López", "María L. López", admin.user_id) in rows
    assert ("user", ChangeAction.UPDATE, "role", "agent", "supervisor", admin.user_id) in rows
    assert not any(r[2] == "email" and r[1] is ChangeAction.UPDATE for r in rows)  # unchanged: not logged
    members = log_rows(db, "campaign_member")
    assert ("campaign_member", ChangeAction.DELETE, "campaign_id", "Sales", None, admin.user_id) in members


def test_a_stale_form_is_refused_and_nothing_changes(world):
    db, admin, _, _ = world
    row = ua.create_user(db, admin, draft())
    ua.update_user(db, admin, row.user_id, row.version, draft(display_name="First save"))
    with pytest.raises(StaleEdit) as err:
        ua.update_user(db, admin, row.user_id, row.version, draft(display_name="Second save"))
    assert err.value.args[0] == "user_changed"
    assert ua.get_user(db, admin, row.user_id).display_name == "First save"


def test_the_user_name_stays_unique_ignoring_case_but_a_user_keeps_their_own(world):
    db, admin, _, _ = world
    ua.create_user(db, admin, draft(username="pedro"))
    row = ua.create_user(db, admin, draft())
    assert field_errors(lambda: ua.update_user(db, admin, row.user_id, row.version, draft(username="Pedro"))) == {
        "username": "username_taken"}
    saved = ua.update_user(db, admin, row.user_id, row.version, draft(username="Maria.Lopez"))
    assert saved.username == "Maria.Lopez"


def test_memberships_removed_are_tombstoned_and_come_back(world):
    db, admin, sales, support = world
    row = ua.create_user(db, admin, draft(campaign_ids=(sales, support)))
    after = ua.set_memberships(db, admin, row.user_id, [support])
    assert after.campaign_ids == (support,) and after.version > row.version
    assert active_memberships(db, row.user_id) == {support}
    with read_only(db) as s:
        rows = s.scalars(select(CampaignMember).where(CampaignMember.user_id == row.user_id)).all()
        assert len(rows) == 2 and any(m.deleted_at is not None for m in rows)
    ua.set_memberships(db, admin, row.user_id, [sales, support])
    assert active_memberships(db, row.user_id) == {sales, support}
    actor = auth.sign_in(db, "maria.lopez", "s3cret-pass")
    assert actor.campaign_ids == {sales, support}
    unchanged = ua.get_user(db, admin, row.user_id)
    assert ua.set_memberships(db, admin, row.user_id, [support, sales]).version == unchanged.version


def test_an_administrator_cannot_change_their_own_role_nor_demote_the_last_one(world):
    db, admin, _, _ = world
    me = ua.get_user(db, admin, admin.user_id)
    assert field_errors(lambda: ua.update_user(db, admin, admin.user_id, me.version, draft(
        username="boss", display_name="Boss", role=Role.AGENT))) == {"role": "own_role"}
    other = ua.create_user(db, admin, draft(role=Role.ADMINISTRATOR))
    other_actor = auth.sign_in(db, "maria.lopez", "s3cret-pass")
    ua.deactivate_user(db, other_actor, admin.user_id)  # now maria is the only active administrator
    make_admin(db, active=False)  # an inactive administrator does not count
    current = ua.get_user(db, admin, other.user_id)
    # boss, deactivated while still signed in somewhere, tries to demote her
    assert field_errors(lambda: ua.update_user(db, admin, other.user_id, current.version, draft(
        role=Role.SUPERVISOR))) == {"role": "last_administrator"}
    assert ua.get_user(db, other_actor, other.user_id).role is Role.ADMINISTRATOR


# ---------------------------------------------------------------- deactivating


def test_a_deactivated_user_cannot_sign_in_goes_offline_and_comes_back(world):
    db, admin, sales, _ = world
    row = ua.create_user(db, admin, draft(campaign_ids=(sales,)))
    actor = auth.sign_in(db, "maria.lopez", "s3cret-pass")
    ticket = create_ticket(db, admin, sales)
    tickets.open_ticket(db, actor, ticket)
    assert presence.current(db, row.user_id) is Presence.BUSY

    off = ua.deactivate_user(db, admin, row.user_id, row.version)
    assert off.is_active is False
    with read_only(db) as s:
        p = s.get(UserPresence, row.user_id)
        assert p.status is Presence.OFFLINE and p.busy_ticket_id is None
    with pytest.raises(AuthError) as err:
        auth.sign_in(db, "maria.lopez", "s3cret-pass")
    assert err.value.args[0] == "inactive"
    assert "María López" not in [r.display_name for r in presence.everyone(db, admin)]
    assert [u.username for u in ua.list_users(db, admin, include_inactive=False)] == ["boss"]
    assert ua.get_user(db, admin, row.user_id).display_name == "María López"  # never deleted
    assert ("user", ChangeAction.UPDATE, "is_active", "True", "False", admin.user_id) in log_rows(db, "user")

    on = ua.reactivate_user(db, admin, row.user_id, off.version)
    assert on.is_active and auth.sign_in(db, "maria.lopez", "s3cret-pass").user_id == row.user_id


def test_deactivating_yourself_or_the_last_administrator_is_refused(world):
    db, admin, _, _ = world
    with pytest.raises(ValidationError) as err:
        ua.deactivate_user(db, admin, admin.user_id)
    assert err.value.args[0] == "deactivate_self"
    second = ua.create_user(db, admin, draft(role=Role.ADMINISTRATOR))
    second_actor = auth.sign_in(db, "maria.lopez", "s3cret-pass")
    ua.deactivate_user(db, admin, second.user_id)
    ua.reactivate_user(db, admin, second.user_id)
    ua.deactivate_user(db, second_actor, admin.user_id)
    third = make_admin(db)
    ua.deactivate_user(db, third, admin.user_id)  # already inactive: nothing more to do
    ua.deactivate_user(db, third, second.user_id)
    with pytest.raises(ValidationError) as err:
        ua.deactivate_user(db, ua_actor(db, second.user_id), third.user_id)
    assert err.value.args[0] == "last_administrator"
    assert ua.get_user(db, third, third.user_id).is_active


def ua_actor(db, user_id):
    with read_only(db) as s:
        return auth.actor_for(s, s.get(User, user_id))


def test_a_stale_deactivation_is_refused(world):
    db, admin, _, _ = world
    row = ua.create_user(db, admin, draft())
    ua.update_user(db, admin, row.user_id, row.version, draft(display_name="Changed"))
    with pytest.raises(StaleEdit):
        ua.deactivate_user(db, admin, row.user_id, row.version)
    assert ua.get_user(db, admin, row.user_id).is_active


def test_unknown_users_are_not_found(world):
    db, admin, _, _ = world
    with pytest.raises(NotFound):
        ua.deactivate_user(db, admin, uuid.uuid4())
    with pytest.raises(NotFound):
        ua.get_user(db, admin, uuid.uuid4())


# ---------------------------------------------------------------- passwords


def test_a_reset_password_works_the_old_one_does_not_and_the_log_keeps_no_secret(world):
    db, admin, _, _ = world
    row = ua.create_user(db, admin, draft())
    with read_only(db) as s:
        old_hash = s.get(User, row.user_id).password_hash
    assert field_errors(lambda: ua.reset_password(db, admin, row.user_id, "abc")) == {"password": "short_password"}
    ua.reset_password(db, admin, row.user_id, "brand-new-9")
    assert auth.sign_in(db, "maria.lopez", "brand-new-9").user_id == row.user_id
    with pytest.raises(AuthError):
        auth.sign_in(db, "maria.lopez", "s3cret-pass")
    with read_only(db) as s:
        new_hash = s.get(User, row.user_id).password_hash
    assert new_hash != old_hash
    rows = log_rows(db, "user")
    assert ("user", ChangeAction.UPDATE, "password", None, None, admin.user_id) in rows
    text = repr(rows)
    assert "brand-new-9" not in text and new_hash not in text and old_hash not in text


# ---------------------------------------------------------------- the setting and presence


def test_the_hide_other_campaigns_setting_is_saved_and_logged(world):
    db, admin, sales, _ = world
    agent = make_agent(db, campaigns=[sales])
    assert ua.hide_other_campaigns(db) is False
    assert ua.set_hide_other_campaigns(db, admin, True) is True
    assert ua.set_hide_other_campaigns(db, admin, True) is True  # no second log row
    with read_only(db) as s:
        assert hidden_campaigns_apply(s, agent)
    rows = log_rows(db, "setting")
    assert rows == [("setting", ChangeAction.UPDATE, "hide_other_campaigns", "False", "True", admin.user_id)]


def test_the_presence_board_shows_the_busy_ticket_number(world):
    db, admin, sales, _ = world
    agent = make_agent(db, username="busy", display_name="Busy Agent", campaigns=[sales])
    ticket = create_ticket(db, admin, sales)
    actor = auth.sign_in(db, "busy", PASSWORD)
    tickets.open_ticket(db, actor, ticket)
    supervisor = make_supervisor(db)
    row = next(r for r in presence.everyone(db, supervisor) if r.user_id == agent.user_id)
    with read_only(db) as s:
        from sagicc_desktop.store.entities import Ticket

        number = s.get(Ticket, ticket).number
    assert row.status is Presence.BUSY and row.busy_ticket_number == number and row.since is not None
    others = [r for r in presence.everyone(db, supervisor) if r.user_id != agent.user_id]
    assert all(r.busy_ticket_number is None for r in others)


def test_a_draft_can_be_checked_without_saving(world):
    db, admin, _, _ = world
    row = ua.create_user(db, admin, draft())
    assert field_errors(lambda: ua.check_draft(db, admin, draft(username="Maria.Lopez", password="x"))) == {
        "username": "username_taken", "password": "short_password"}
    ua.check_draft(db, admin, draft(password=""), user_id=row.user_id)  # an edit: no password, own name
    with pytest.raises(PermissionDenied):
        ua.check_draft(db, make_supervisor(db, username="sup"), draft())
    assert [u.username for u in ua.list_users(db, admin)] == ["boss", "maria.lopez", "sup"]
