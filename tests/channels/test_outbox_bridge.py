"""The outbox worker seen from Qt: state changes reach the GUI thread as a signal."""

from __future__ import annotations

import threading

import pytest

from factories_outgoing import make_outgoing
from sagicc_desktop.services import outgoing
from sagicc_desktop.services.outbox import Backoff
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Channel
from sagicc_desktop.views.context import AppContext
from sagicc_desktop.views.outbox_bridge import OutboxBridge


@pytest.fixture
def bridge(sqlite_db, blobs, tmp_path, qtbot):
    w = make_outgoing(sqlite_db)
    ctx = AppContext(db=sqlite_db, blobs=blobs, data_dir=tmp_path, actor=w.agent)
    b = OutboxBridge(ctx, backoff=Backoff(base_s=0.2, cap_s=0.5), poll_s=30)
    b.w = w
    yield b
    assert b.stop(10)


def test_states_arrive_on_the_gui_thread(bridge, smtp_server, qtbot):
    w = bridge.w
    with unit_of_work(w.db) as s:
        s.get(Channel, w.email).config = smtp_server.config()
    seen: list[tuple[str, str, bool]] = []
    bridge.sig_state_changed.connect(
        lambda iid, state: seen.append((iid, state, threading.current_thread() is threading.main_thread())))
    bridge.start()
    assert bridge.running
    iid = outgoing.queue_message(w.db, bridge.ctx.blobs, w.agent, w.ticket, channel_id=w.email,
                                 to=["ana@example.com"], body_text="Hello")
    bridge.wake()
    qtbot.waitUntil(lambda: (str(iid), "sent", True) in seen, timeout=10_000)
    assert (str(iid), "sending", True) in seen and len(smtp_server.received) == 1
    assert bridge.stop(5) and not bridge.running
