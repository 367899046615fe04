"""V2/V3: layouts per role and per user, and stored layouts that no longer fit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import make_admin, make_agent, make_supervisor, make_viewer
from sagicc_desktop.services import layouts
from sagicc_desktop.services.errors import PermissionDenied
from sagicc_desktop.services.unit_of_work import read_only, unit_of_work
from sagicc_desktop.store.entities import ChangeLogEntry, Layout
from sagicc_desktop.store.enums import Role

THREE = layouts.default(3)


def test_nothing_stored_gives_the_default(db):
    agent = make_agent(db)
    spec = layouts.for_user(db, agent)
    assert spec == layouts.default(2) and spec.source == "default"


def test_a_role_layout_reaches_every_user_of_that_role_only(db):
    supervisor, agent, other_agent, admin = make_supervisor(db), make_agent(db), make_agent(db), make_admin(db)
    layouts.save_for_role(db, supervisor, Role.AGENT, THREE)
    for user in (agent, other_agent):
        spec = layouts.for_user(db, user)
        assert spec.columns == 3 and spec.source == "role"
    assert layouts.for_user(db, admin).columns == 2
    layouts.save_for_role(db, admin, Role.AGENT, layouts.default(2))  # saved again: replaced, not added
    assert layouts.for_user(db, agent).columns == 2
    with read_only(db) as s:
        assert len(s.scalars(select(Layout).where(Layout.role == Role.AGENT)).all()) == 1


@pytest.mark.parametrize("maker", [make_agent, make_viewer])
def test_only_supervisors_and_administrators_save_a_role_layout(db, maker):
    with pytest.raises(PermissionDenied):
        layouts.save_for_role(db, maker(db), Role.AGENT, THREE)
    assert layouts.for_role(db, Role.AGENT).source == "default"


def test_saving_a_role_layout_is_in_the_change_log(db):
    supervisor = make_supervisor(db)
    layouts.save_for_role(db, supervisor, Role.AGENT, THREE)
    with read_only(db) as s:
        entry = s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.entity_type == "layout"))
        assert entry.user_id == supervisor.user_id and entry.field == "role:agent" and entry.new_value == "3"


def test_the_users_own_copy_is_kept_until_reset(db):
    supervisor, agent = make_supervisor(db), make_agent(db)
    layouts.save_for_role(db, supervisor, Role.AGENT, THREE)
    own = layouts.save_for_user(db, agent, layouts.LayoutSpec(2, layouts.DEFAULT_COLUMNS[2], b"state"))
    assert own.source == "user"
    spec = layouts.for_user(db, agent)
    assert spec.columns == 2 and spec.state == b"state" and spec.source == "user"
    layouts.save_for_role(db, supervisor, Role.AGENT, THREE)  # the role changes: the copy stays
    assert layouts.for_user(db, agent).source == "user"
    after_reset = layouts.reset_user(db, agent)
    assert after_reset.columns == 3 and after_reset.source == "role"
    assert layouts.for_user(db, agent).source == "role"
    layouts.save_for_user(db, agent, layouts.default(2))  # a new copy after a reset revives the row
    with read_only(db) as s:
        assert len(s.scalars(select(Layout).where(Layout.user_id == agent.user_id)).all()) == 1
    assert layouts.for_user(db, agent).source == "user"


def _store_raw(db, **values) -> None:
    with unit_of_work(db) as s:
        s.add(Layout(**values))


@pytest.mark.parametrize("broken", [
    {"columns": 5, "tabs": [["ticket"]] * 5},                          # a column count this version lacks
    {"columns": 2, "tabs": [["ticket", "notes"], ["notes"]]},          # a tab in two places
    {"columns": 3, "tabs": [["ticket"], ["notes"]]},                   # fewer columns than it says
    {"columns": 2, "tabs": "ticket,notes"},                            # not a list of columns
    {"columns": 2, "tabs": [["ticket"], ["notes"]], "state_version": 0},  # dock state of another format
])
def test_a_layout_that_no_longer_fits_falls_back(db, broken):
    supervisor, agent = make_supervisor(db), make_agent(db)
    layouts.save_for_role(db, supervisor, Role.AGENT, THREE)
    _store_raw(db, user_id=agent.user_id, role=None, state=b"\x00garbage", **broken)
    spec = layouts.for_user(db, agent)
    assert spec.source == "role" and spec.columns == 3  # the user's broken copy: the role's layout
    with unit_of_work(db) as s:
        row = s.scalar(select(Layout).where(Layout.role == Role.AGENT))
        for key, value in broken.items():
            setattr(row, key, value)
    assert layouts.for_user(db, agent) == layouts.default(2)  # and a broken role layout: the default


def test_unknown_tabs_are_dropped_and_new_tabs_join_the_last_column(db):
    agent = make_agent(db)
    _store_raw(db, user_id=agent.user_id, role=None, columns=2,
               tabs=[["ticket", "weather"], ["conversation"]])
    spec = layouts.for_user(db, agent)
    assert spec.tabs[0] == ("ticket",)
    assert spec.tabs[1][0] == "conversation"
    assert sorted(t for col in spec.tabs for t in col) == sorted(layouts.TABS)
