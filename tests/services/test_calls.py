"""H2: the softphone link and the call log that becomes an interaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories_customer_data import log, make_world
from sagicc_desktop.services import block_list, calls
from sagicc_desktop.services.errors import PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Customer, Interaction
from sagicc_desktop.store.enums import ChannelKind, ContactKind, Direction, InteractionStatus


@pytest.fixture
def w(db):
    return make_world(db)


def test_dial_links():
    assert calls.dial_url("+573005550101") == "tel:+573005550101"
    assert calls.dial_url("+573005550101", "sip", "pbx.example") == "sip:+573005550101@pbx.example"
    assert calls.dial_url("+57 (300) 555-0101", "sip") == "sip:+573005550101"
    with pytest.raises(ValidationError):
        calls.dial_url("+573005550101", "skype")


def test_logged_call_is_an_outgoing_phone_interaction(w):
    iid = calls.log_call(w.db, w.agent, w.ticket, channel_id=None, number="300 555 0101", outcome="answered",
                         duration_s=95, notes="Explained the invoice.\nWill pay tomorrow.")
    with unit_of_work(w.db) as s:
        row = s.get(Interaction, iid)
        assert (row.channel_kind, row.direction, row.status) == (ChannelKind.PHONE, Direction.OUTGOING,
                                                                 InteractionStatus.SENT)
        assert (row.call_outcome, row.call_duration_s, row.recipients) == ("answered", 95, "+573005550101")
        assert row.preview == "Explained the invoice. Will pay tomorrow."
        assert s.get(Customer, w.customer).last_interaction_at is not None
    assert any(e.entity_type == "interaction" and e.field == "call" for e in log(w.db, w.ticket))


@pytest.mark.parametrize("kw, code", [
    ({"outcome": "teleported"}, "bad_call_outcome"),
    ({"duration_s": -1}, "bad_call_duration"),
    ({"number": "12"}, "invalid_phone"),
    ({"notes": "x" * 20_001}, "too_long"),
])
def test_bad_call_logs_are_refused(w, kw, code):
    args = {"channel_id": None, "number": "3005550101", "outcome": "answered", "duration_s": 10} | kw
    with pytest.raises(ValidationError) as err:
        calls.log_call(w.db, w.agent, w.ticket, **args)
    assert err.value.args[0] == code


def test_a_blocked_number_is_refused_and_nothing_written(w):
    with unit_of_work(w.db) as s:
        block_list.block_value(s, w.agent, ContactKind.MOBILE, "+573005550101", "fraud")
    with pytest.raises(ValidationError) as err:
        calls.log_call(w.db, w.agent, w.ticket, channel_id=None, number="3005550101", outcome="answered",
                       duration_s=5)
    assert err.value.args[0] == "recipient_blocked"
    with unit_of_work(w.db) as s:
        assert s.scalars(select(Interaction).where(Interaction.ticket_id == w.ticket)).all() == []


def test_viewers_and_closed_tickets_cannot_log_calls(w):
    with pytest.raises(PermissionDenied):
        calls.log_call(w.db, w.viewer, w.ticket, channel_id=None, number="3005550101", outcome="busy", duration_s=0)
    with pytest.raises(TicketClosed):
        calls.log_call(w.db, w.admin, w.closed, channel_id=None, number="3005550101", outcome="busy", duration_s=0)
