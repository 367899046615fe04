"""Decision 7: drafts kept per user, ticket and kind; saved, loaded, replaced and dropped."""

from __future__ import annotations

import pytest

from factories import count, create_ticket, make_agent, make_campaign, make_viewer, make_admin, \
    set_hide_other_campaigns
from factories_tasks import close_ticket
from sagicc_desktop.services import drafts
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.store.entities import Draft
from sagicc_desktop.store.enums import DraftKind

TASK, COMPOSER = DraftKind.TASK, DraftKind.COMPOSER


@pytest.fixture
def env(db):
    campaign = make_campaign(db)
    agent = make_agent(db, campaigns=[campaign])
    other = make_agent(db, campaigns=[campaign])
    ticket_id = create_ticket(db, agent, campaign)
    return db, campaign, agent, other, ticket_id


def test_save_then_load_returns_the_payload(env):
    db, _, agent, _, ticket_id = env
    payload = {"values": {"reason": "Slow", "checks": ["a", "b"], "ok": True}, "observations": "ñandú"}
    drafts.save(db, agent, ticket_id, TASK, payload)
    assert drafts.load(db, agent, ticket_id, TASK) == payload


def test_saving_again_replaces_the_one_draft(env):
    db, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, TASK, {"observations": "a"})
    drafts.save(db, agent, ticket_id, TASK, {"observations": "ab"})
    drafts.save(db, agent, ticket_id, TASK, {"observations": "ab"})  # unchanged: nothing written
    assert drafts.load(db, agent, ticket_id, TASK) == {"observations": "ab"}
    assert count(db, Draft) == 1


def test_drafts_are_per_user_and_kind(env):
    db, _, agent, other, ticket_id = env
    drafts.save(db, agent, ticket_id, TASK, {"observations": "mine"})
    drafts.save(db, agent, ticket_id, COMPOSER, {"body": "hello"})
    assert drafts.load(db, other, ticket_id, TASK) is None
    assert drafts.load(db, agent, ticket_id, COMPOSER) == {"body": "hello"}


def test_drop_forgets_only_that_draft(env):
    db, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, TASK, {"observations": "x"})
    drafts.save(db, agent, ticket_id, COMPOSER, {"body": "y"})
    assert drafts.drop(db, agent, ticket_id, TASK) is True
    assert drafts.drop(db, agent, ticket_id, TASK) is False
    assert drafts.load(db, agent, ticket_id, TASK) is None
    assert drafts.load(db, agent, ticket_id, COMPOSER) == {"body": "y"}


def test_an_empty_payload_drops_the_draft(env):
    db, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, TASK, {"observations": "x"})
    drafts.save(db, agent, ticket_id, TASK, {})
    assert count(db, Draft) == 0


def test_a_runaway_draft_is_refused(env):
    db, _, agent, _, ticket_id = env
    with pytest.raises(ValidationError) as excinfo:
        drafts.save(db, agent, ticket_id, TASK, {"observations": "x" * (drafts.MAX_DRAFT_CHARS + 1)})
    assert excinfo.value.args[0] == "draft_too_large"
    assert count(db, Draft) == 0


def test_viewer_keeps_no_drafts(env):
    db, _, _, _, ticket_id = env
    with pytest.raises(PermissionDenied):
        drafts.save(db, make_viewer(db), ticket_id, TASK, {"observations": "x"})


def test_closed_ticket_takes_no_new_drafts_but_old_ones_can_be_dropped(env):
    db, _, agent, _, ticket_id = env
    drafts.save(db, agent, ticket_id, TASK, {"observations": "x"})
    close_ticket(db, ticket_id)
    with pytest.raises(TicketClosed):
        drafts.save(db, agent, ticket_id, TASK, {"observations": "xy"})
    assert drafts.drop(db, agent, ticket_id, TASK) is True


def test_drafts_need_a_visible_ticket(env):
    db, _, _, _, ticket_id = env
    set_hide_other_campaigns(db, make_admin(db))
    outsider = make_agent(db, campaigns=[make_campaign(db)])
    with pytest.raises(NotFound):
        drafts.save(db, outsider, ticket_id, TASK, {"observations": "x"})
    with pytest.raises(NotFound):
        drafts.load(db, outsider, ticket_id, TASK)
