"""V2/V3 driven from the options menu: role layouts, the user's own copy, reset, fallback."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from sagicc_desktop.services import layouts
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import Layout
from sagicc_desktop.store.enums import Role
from sagicc_desktop.views.ticket.view import TicketView

from .conftest import show_active


def _first(ctx) -> uuid.UUID:
    return TicketListQuery(ctx.db, ctx.user).first_page(1)[0].id


def _view(qtbot, ctx, ticket_id=None) -> TicketView:
    return show_active(qtbot, TicketView(ctx, ticket_id or _first(ctx)))


def _columns(view) -> int:
    return len({d.x() for d in view.panel.docks.values() if not d.visibleRegion().isEmpty()})


def _hide(qtbot, view, key: str) -> None:
    """What the dock's close button does."""
    view.panel.docks[key].toggleViewAction().trigger()
    qtbot.waitUntil(lambda: view.panel.docks[key].isHidden(), timeout=2000)


def test_a_supervisor_saves_a_layout_for_the_agents(qtbot, make_ctx):
    laura = make_ctx("laura")
    view = _view(qtbot, laura)
    controls = view.layout_controls
    assert controls.edit_role_action.isVisible()
    controls.edit_role_action.trigger()
    assert controls.editing and controls.bar.isVisible()
    bar = controls.bar
    bar.role.setCurrentIndex(bar.role.findData(Role.AGENT.value))
    bar.role.activated.emit(bar.role.currentIndex())
    controls.three_columns_action.trigger()
    qtbot.waitUntil(lambda: _columns(view) == 3, timeout=3000)
    _hide(qtbot, view, "notes")
    bar.save_button.click()
    assert not controls.editing and not bar.isVisible()
    assert view.panel.spec.columns == 2  # the supervisor's own layout is back
    with laura.db.sessions() as s:
        assert s.scalar(select(Layout).where(Layout.user_id == laura.user.user_id)) is None  # untouched
    view.exit()
    view.close()

    carlos = make_ctx("carlos")
    agent_view = _view(qtbot, carlos)
    assert agent_view.panel.spec.source == "role"
    qtbot.waitUntil(lambda: _columns(agent_view) == 3, timeout=3000)
    assert agent_view.panel.docks["notes"].isHidden()
    assert not agent_view.layout_controls.edit_role_action.isVisible()


def test_cancelling_the_editing_mode_changes_nothing(qtbot, make_ctx):
    laura = make_ctx("laura")
    view = _view(qtbot, laura)
    view.layout_controls.edit_role_action.trigger()
    view.layout_controls.three_columns_action.trigger()
    view.layout_controls.bar.cancel_button.click()
    assert view.panel.spec.columns == 2 and not view.layout_controls.editing
    assert layouts.for_role(laura.db, Role.SUPERVISOR).source == "default"


def test_the_agents_own_adjustment_is_kept_and_can_be_reset(qtbot, make_ctx):
    laura, carlos = make_ctx("laura"), make_ctx("carlos")
    layouts.save_for_role(laura.db, laura.user, Role.AGENT, layouts.default(3))
    view = _view(qtbot, carlos)
    assert not view.layout_controls.reset_action.isEnabled()  # already the role's layout
    _hide(qtbot, view, "script")
    view.exit()  # leaving keeps what the user moved

    again = _view(qtbot, carlos)
    assert again.panel.spec.source == "user"
    assert again.panel.docks["script"].isHidden()
    assert again.layout_controls.reset_action.isEnabled()
    again.layout_controls.reset_action.trigger()
    assert again.panel.spec.source == "role" and again.panel.spec.columns == 3
    qtbot.waitUntil(lambda: "script" in again.panel.docks and not again.panel.docks["script"].isHidden(),
                    timeout=2000)
    again.exit()
    assert _view(qtbot, carlos).panel.spec.source == "role"


def test_opening_and_leaving_without_changes_keeps_following_the_role(qtbot, make_ctx):
    carlos = make_ctx("carlos")
    view = _view(qtbot, carlos)
    view.panel.show_tab("notes")  # switching tabs is not rearranging
    view.exit()
    with carlos.db.sessions() as s:
        assert s.scalar(select(Layout).where(Layout.user_id == carlos.user.user_id)) is None


def test_a_stored_layout_from_another_version_opens_a_working_panel(qtbot, make_ctx):
    carlos = make_ctx("carlos")
    with unit_of_work(carlos.db) as s:
        s.add(Layout(user_id=carlos.user.user_id, role=None, columns=4, tabs=[["ticket"]] * 4,
                     state=b"\x00\xffnot a dock state", state_version=99))
    view = _view(qtbot, carlos)
    assert view.panel.spec.source == "default"
    qtbot.waitUntil(lambda: _columns(view) == 2, timeout=3000)
    bars = view.panel.visible_tab_bars()
    assert len(bars) == 2 and all(all(bar) for bar in bars)


def test_a_hidden_tab_comes_back_from_the_menu(qtbot, make_ctx):
    carlos = make_ctx("carlos")
    view = _view(qtbot, carlos)
    _hide(qtbot, view, "history")
    menu = view.layout_controls.tabs_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == "History")
    assert not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: not view.panel.docks["history"].isHidden(), timeout=2000)


def test_an_installed_plugin_tab_joins_the_panel_and_gets_the_ticket(qtbot, make_ctx):
    """T13: the shipped example plugin (a real entry point) shows as a dock of its own."""
    carlos = make_ctx("carlos")
    view = _view(qtbot, carlos)
    assert "customer_links" in view.panel.docks
    assert view.panel.spec.tabs[-1][-1] != "customer_links"  # layouts keep their own keys only
    view.panel.show_tab("customer_links")
    host = view.panel.tabs["customer_links"]
    qtbot.waitUntil(lambda: host.inner is not None, timeout=2000)
    assert host.inner.isVisible() and not host.problem.isVisible()
    assert view.panel.docks["customer_links"].windowTitle()


def test_a_plugin_that_fails_shows_a_notice_not_a_broken_view(qtbot, make_ctx, monkeypatch):
    from sagicc_desktop.views.ticket import plugin_tab

    carlos = make_ctx("carlos")
    view = _view(qtbot, carlos)
    plugin = view.panel.plugins["customer_links"]
    monkeypatch.setattr(plugin, "create", lambda context: (_ for _ in ()).throw(RuntimeError("boom")))
    host = plugin_tab.PluginTab(carlos, view.ticket_id, plugin)
    qtbot.addWidget(host)
    host.ensure_loaded()
    assert host.inner is None and "plugin failed" in host.problem.text()


def test_tabs_the_users_layout_brings_to_the_front_are_filled_when_the_ticket_opens(qtbot, make_ctx):
    carlos = make_ctx("carlos")
    view = _view(qtbot, carlos)
    view.set_columns(3)
    view.set_columns(2)  # the user changed the layout: their copy is kept
    for key in ("account", "notes"):
        view.panel.show_tab(key)
    qtbot.wait(50)
    view.exit()  # keeps the user's arrangement: Account and Notes on top of their columns

    again = _view(qtbot, carlos)
    qtbot.wait(50)
    on_top = [k for k, d in again.panel.docks.items() if not d.visibleRegion().isEmpty()]
    assert set(on_top) == {"account", "notes"}
    for key in on_top:
        tab = again.panel.tabs.get(key)
        assert tab is not None and tab.loaded, f"{key} is on screen but empty"
