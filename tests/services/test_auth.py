"""U3 sign-in, password hashing, and the first administrator."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import PASSWORD, make_agent, make_campaign, make_user, make_viewer
from sagicc_desktop.services import auth, presence
from sagicc_desktop.services.errors import AuthError, ValidationError
from sagicc_desktop.services.passwords import hash_password, needs_rehash, verify_password
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, User, UserPresence
from sagicc_desktop.store.enums import Presence, Role


# ------------------------------------------------------------------ passwords


def test_hashes_are_argon2id_and_salted():
    first, second = hash_password("s3cret"), hash_password("s3cret")
    assert first.startswith("$argon2id$")
    assert first != second  # a fresh salt each time
    assert "s3cret" not in first
    assert verify_password(first, "s3cret")
    assert verify_password(second, "s3cret")
    assert not verify_password(first, "S3cret")
    assert not needs_rehash(first)


@pytest.mark.parametrize("stored", [None, "", "plain-text", "$argon2id$garbage"])
def test_verify_refuses_missing_or_broken_hashes(stored):
    assert verify_password(stored, "anything") is False


def test_needs_rehash_for_weaker_parameters():
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("pw")
    assert needs_rehash(weak)
    assert verify_password(weak, "pw")


# ------------------------------------------------------------------ sign-in


def test_sign_in_with_the_right_password(db):
    campaign = make_campaign(db)
    made = make_agent(db, username="maria", display_name="María", campaigns=[campaign])
    actor = auth.sign_in(db, "maria", PASSWORD)
    assert actor.user_id == made.user_id
    assert actor.role is Role.AGENT
    assert actor.display_name == "María"
    assert actor.campaign_ids == frozenset({campaign})
    assert presence.current(db, actor.user_id) is Presence.AVAILABLE


def test_sign_in_strips_the_username(db):
    make_agent(db, username="maria")
    assert auth.sign_in(db, "  maria ", PASSWORD).username == "maria"


@pytest.mark.parametrize("password", ["wrong", PASSWORD.upper(), PASSWORD + " ", ""])
def test_sign_in_with_a_wrong_password(db, password):
    make_agent(db, username="maria")
    with pytest.raises(AuthError):
        auth.sign_in(db, "maria", password)


def test_wrong_password_and_unknown_user_give_the_same_answer(db):
    make_agent(db, username="maria")
    with pytest.raises(AuthError) as wrong:
        auth.sign_in(db, "maria", "nope")
    with pytest.raises(AuthError) as unknown:
        auth.sign_in(db, "nobody-here", "nope")
    assert str(wrong.value) == str(unknown.value) == "wrong"
    assert wrong.value.code == unknown.value.code == "auth_failed"


@pytest.mark.parametrize("username, password", [("", PASSWORD), ("   ", PASSWORD), ("maria", ""), ("", "")])
def test_sign_in_with_empty_fields(db, username, password):
    make_agent(db, username="maria")
    with pytest.raises(AuthError) as info:
        auth.sign_in(db, username, password)
    assert str(info.value) == "empty"


def test_inactive_user_cannot_sign_in(db):
    actor = make_agent(db, username="gone", active=False)
    with pytest.raises(AuthError) as info:
        auth.sign_in(db, "gone", PASSWORD)
    assert str(info.value) == "inactive"
    assert presence.current(db, actor.user_id) is Presence.OFFLINE


def test_tombstoned_user_cannot_sign_in(db):
    actor = make_agent(db, username="deleted")
    with unit_of_work(db) as session:
        from sagicc_desktop.store.types import utcnow

        session.get(User, actor.user_id).deleted_at = utcnow()
    with pytest.raises(AuthError):
        auth.sign_in(db, "deleted", PASSWORD)


def test_inactive_user_with_wrong_password_learns_nothing_more(db):
    make_agent(db, username="gone", active=False)
    with pytest.raises(AuthError) as info:
        auth.sign_in(db, "gone", "wrong")
    assert str(info.value) == "wrong"


def test_sign_in_creates_missing_presence_and_clears_a_busy_ticket(db):
    actor = make_agent(db, username="maria", with_presence=False)
    auth.sign_in(db, "maria", PASSWORD)
    with unit_of_work(db) as session:
        row = session.get(UserPresence, actor.user_id)
        assert row.status is Presence.AVAILABLE
        assert row.busy_ticket_id is None


def test_sign_in_upgrades_a_weak_hash(db):
    from argon2 import PasswordHasher

    actor = make_agent(db, username="old")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with unit_of_work(db) as session:
        session.get(User, actor.user_id).password_hash = weak
    auth.sign_in(db, "old", PASSWORD)
    with unit_of_work(db) as session:
        stored = session.get(User, actor.user_id).password_hash
    assert stored != weak
    assert not needs_rehash(stored)
    assert verify_password(stored, PASSWORD)


def test_sign_out_sets_offline(db):
    actor = make_agent(db, username="maria")
    auth.sign_in(db, "maria", PASSWORD)
    auth.sign_out(db, actor.user_id)
    assert presence.current(db, actor.user_id) is Presence.OFFLINE


def test_set_locale(db):
    actor = make_viewer(db, username="v")
    auth.set_locale(db, actor.user_id, "es")
    assert auth.sign_in(db, "v", PASSWORD).locale == "es"


# ------------------------------------------------------------------ first administrator


def test_first_administrator_on_an_empty_database(db):
    assert not auth.has_users(db)
    actor = auth.create_first_administrator(db, " admin ", "The Admin", "s3cret!")
    assert actor.role is Role.ADMINISTRATOR and actor.is_admin
    assert actor.username == "admin"
    assert auth.has_users(db)
    signed_in = auth.sign_in(db, "admin", "s3cret!")
    assert signed_in.user_id == actor.user_id
    with unit_of_work(db) as session:
        user = session.get(User, actor.user_id)
        assert user.password_hash.startswith("$argon2id$")
        assert "s3cret!" not in user.password_hash
        log = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity_id == actor.user_id)).all()
        assert [e.action.value for e in log] == ["create"]


def test_first_administrator_refused_once_users_exist(db):
    auth.create_first_administrator(db, "admin", "Admin", "s3cret!")
    with pytest.raises(ValidationError) as info:
        auth.create_first_administrator(db, "admin2", "Second", "s3cret!")
    assert str(info.value) == "users_exist"
    with unit_of_work(db) as session:
        assert session.scalars(select(User.username)).all() == ["admin"]


def test_first_administrator_refused_when_any_user_exists_even_a_viewer(db):
    make_user(db, Role.VIEWER)
    with pytest.raises(ValidationError):
        auth.create_first_administrator(db, "admin", "Admin", "s3cret!")


@pytest.mark.parametrize(
    "username, display, password, field",
    [("", "Admin", "s3cret!", "username"), ("  ", "Admin", "s3cret!", "username"),
     ("admin", " ", "s3cret!", "username"), ("admin", "Admin", "abc", "password")],
)
def test_first_administrator_validation(db, username, display, password, field):
    with pytest.raises(ValidationError) as info:
        auth.create_first_administrator(db, username, display, password)
    assert info.value.details["field"] == field
    assert not auth.has_users(db)
