"""O1 reassign, O2 merge, O3 related tickets, O6 close, O9 duplicate and delete: the rules, per role."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import factories_merge as fm
from factories import (
    bulk_tickets, create_ticket, make_admin, make_agent, make_campaign, make_customer, make_supervisor,
    make_viewer, set_hide_other_campaigns, ticket,
)
from sagicc_desktop.services import notifications, related_tickets, ticket_actions, ticket_merge, tickets
from sagicc_desktop.services.errors import NotFound, PermissionDenied, TicketClosed, ValidationError
from sagicc_desktop.services.ticket_list import TicketListQuery
from sagicc_desktop.services.unit_of_work import unit_of_work
from sagicc_desktop.store.entities import (
    AgendaEntry, Attachment, ChangeLogEntry, Customer, Interaction, Note, Notification, TaskRecord,
    Ticket, TicketCategory, TicketRelation, TicketService, UserPresence,
)
from sagicc_desktop.store.enums import ChangeAction, Presence, Priority, Role, TicketStatus, TicketType
from sagicc_desktop.store.types import utcnow

WRITERS = ["admin", "supervisor", "agent"]
ROLES = WRITERS + ["viewer"]


@pytest.fixture
def w(db):
    """Campaigns A and B; the supervisor and agent belong to A, agent_b to B; ta is in A
    (assigned to the agent), tb in B."""
    a, b = make_campaign(db, "A"), make_campaign(db, "B")
    admin = make_admin(db, display_name="Alex Admin")
    w = dict(
        db=db, a=a, b=b, admin=admin,
        supervisor=make_supervisor(db, campaigns=[a], display_name="Laura Sup"),
        agent=make_agent(db, campaigns=[a], display_name="Carlos Agent"),
        agent_b=make_agent(db, campaigns=[b], display_name="Bea Agent"),
        viewer=make_viewer(db, campaigns=[a], display_name="Vic Viewer"),
        customer=make_customer(db, "Ana", "Pérez"),
    )
    w["ta"] = create_ticket(db, admin, a, w["customer"], subject="in A", assignee_id=w["agent"].user_id)
    w["tb"] = create_ticket(db, admin, b, subject="in B")
    return w


def number(db, ticket_id) -> int:
    return ticket(db, ticket_id).number


def close_directly(db, ticket_id) -> None:
    with unit_of_work(db) as s:
        t = s.get(Ticket, ticket_id)
        t.status, t.closed_at = TicketStatus.CLOSED, utcnow()


def log(db, ticket_id, action: ChangeAction) -> list[ChangeLogEntry]:
    with unit_of_work(db) as s:
        return list(s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.ticket_id == ticket_id, ChangeLogEntry.action == action)))


# -- what the menu offers -----------------------------------------------------------------------


@pytest.mark.parametrize("who, expected", [
    ("admin", dict(reassign=None, merge=None, related=None, relate=None, external=None, close=None, duplicate=None, delete=None)),
    ("supervisor", dict(reassign=None, merge=None, related=None, relate=None, external=None, close=None, duplicate="admin_only", delete="admin_only")),
    ("agent", dict(reassign=None, merge=None, related=None, relate=None, external=None, close=None, duplicate="admin_only", delete="admin_only")),
    ("viewer", dict(reassign="viewer", merge="viewer", related=None, relate="viewer", external=None, close="viewer", duplicate="admin_only",
                    delete="admin_only")),
])
def test_blocked_actions_per_role(w, who, expected):
    assert ticket_actions.blocked_actions(w["db"], w[who], w["ta"]) == expected


@pytest.mark.parametrize("who", WRITERS)
def test_closed_ticket_blocks_the_changing_actions(w, who):
    close_directly(w["db"], w["ta"])
    blocked = ticket_actions.blocked_actions(w["db"], w[who], w["ta"])
    assert blocked["reassign"] == blocked["merge"] == blocked["close"] == blocked["relate"] == "closed"
    assert blocked["related"] is None


# -- O1 reassign --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", WRITERS)
def test_reassign_changes_assignee_logs_and_notifies(w, who):
    db = w["db"]
    ticket_actions.reassign(db, w[who], w["ta"], w["agent_b"].user_id)
    t = ticket(db, w["ta"])
    assert t.assignee_id == w["agent_b"].user_id
    assert t.campaign_id == w["a"]  # the manuals are silent: the campaign stays
    [entry] = log(db, w["ta"], ChangeAction.REASSIGN)
    assert (entry.old_value, entry.new_value, entry.user_id) == ("Carlos Agent", "Bea Agent", w[who].user_id)
    [note] = notifications.unread(db, w["agent_b"])
    assert (note.kind, note.ticket_id, note.ticket_number) == ("assigned", w["ta"], t.number)
    assert note.payload["by"] == w[who].display_name


def test_reassign_to_nobody_leaves_it_unassigned_without_a_notification(w):
    db = w["db"]
    ticket_actions.reassign(db, w["supervisor"], w["ta"], None)
    assert ticket(db, w["ta"]).assignee_id is None
    assert fm.count_where(db, Notification) == 0
    assert log(db, w["ta"], ChangeAction.REASSIGN)[0].new_value is None


def test_reassign_to_oneself_does_not_notify_oneself(w):
    ticket_actions.reassign(w["db"], w["supervisor"], w["ta"], w["supervisor"].user_id)
    assert ticket(w["db"], w["ta"]).assignee_id == w["supervisor"].user_id
    assert notifications.unread_count(w["db"], w["supervisor"]) == 0


def test_viewer_never_reassigns(w):
    with pytest.raises(PermissionDenied):
        ticket_actions.reassign(w["db"], w["viewer"], w["ta"], w["agent_b"].user_id)
    assert ticket(w["db"], w["ta"]).assignee_id == w["agent"].user_id


@pytest.mark.parametrize("who", WRITERS)
def test_closed_tickets_are_never_reassigned(w, who):
    close_directly(w["db"], w["ta"])
    with pytest.raises(TicketClosed):
        ticket_actions.reassign(w["db"], w[who], w["ta"], w["agent_b"].user_id)
    assert ticket(w["db"], w["ta"]).assignee_id == w["agent"].user_id


def test_reassign_refuses_viewers_inactive_users_and_the_same_assignee(w):
    db = w["db"]
    inactive = make_agent(db, campaigns=[w["a"]], active=False)
    for user, reason in ((w["viewer"], "assignee_not_eligible"), (inactive, "assignee_not_eligible"),
                         (w["agent"], "already_assigned")):
        with pytest.raises(ValidationError) as err:
            ticket_actions.reassign(db, w["admin"], w["ta"], user.user_id)
        assert err.value.args[0] == reason
    assert fm.count_where(db, Notification) == 0


def test_hidden_campaigns_limit_who_reassigns_and_to_whom(w):
    db = w["db"]
    set_hide_other_campaigns(db, w["admin"])
    with pytest.raises(NotFound):
        ticket_actions.reassign(db, w["agent"], w["tb"], w["agent"].user_id)
    with pytest.raises(ValidationError) as err:  # agent_b could not even see a ticket of A
        ticket_actions.reassign(db, w["agent"], w["ta"], w["agent_b"].user_id)
    assert err.value.args[0] == "assignee_cannot_see"
    ticket_actions.reassign(db, w["agent"], w["ta"], w["admin"].user_id)  # administrators see all
    assert ticket(db, w["ta"]).assignee_id == w["admin"].user_id


def test_assignable_users_show_role_campaigns_and_presence_members_first(w):
    db = w["db"]
    make_agent(db, campaigns=[w["a"]], active=False, display_name="Gone Agent")
    with unit_of_work(db) as s:
        s.get(UserPresence, w["agent_b"].user_id).status = Presence.AWAY
    choices = ticket_actions.assignable_users(db, w["supervisor"], w["ta"])
    assert choices.campaign_name == "A"
    names = [u.name for u in choices.users]
    assert "Vic Viewer" not in names and "Gone Agent" not in names
    assert names == ["Carlos Agent", "Laura Sup", "Alex Admin", "Bea Agent"]
    by_name = {u.name: u for u in choices.users}
    assert by_name["Bea Agent"].presence is Presence.AWAY and by_name["Bea Agent"].campaigns == ("B",)
    assert by_name["Bea Agent"].role is Role.AGENT and not by_name["Bea Agent"].in_ticket_campaign
    assert by_name["Carlos Agent"].is_current and by_name["Laura Sup"].in_ticket_campaign
    with pytest.raises(PermissionDenied):
        ticket_actions.assignable_users(db, w["viewer"], w["ta"])


# -- O6 close -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", WRITERS)
def test_close_is_final(w, who):
    db = w["db"]
    ticket_actions.close(db, w[who], w["ta"])
    t = ticket(db, w["ta"])
    assert t.status is TicketStatus.CLOSED and t.closed_at is not None
    [entry] = log(db, w["ta"], ChangeAction.CLOSE)
    assert (entry.old_value, entry.new_value) == ("new", "closed")
    with pytest.raises(TicketClosed):
        ticket_actions.close(db, w[who], w["ta"])
    with pytest.raises(TicketClosed):
        tickets.update(db, w[who], w["ta"], t.version, {"subject": "reopen?"})
    assert ticket(db, w["ta"]).status is TicketStatus.CLOSED


def test_viewer_cannot_close(w):
    with pytest.raises(PermissionDenied):
        ticket_actions.close(w["db"], w["viewer"], w["ta"])
    assert ticket(w["db"], w["ta"]).status is TicketStatus.NEW


# -- O9 duplicate and delete --------------------------------------------------------------------


def test_administrator_duplicates_a_ticket(w):
    db = w["db"]
    with unit_of_work(db) as s:
        service, category = TicketService(name="Internet"), TicketCategory(name="Outage")
        s.add_all([service, category])
        s.flush()
        ids = (service.id, category.id)
    version = tickets.form(db, w["admin"], w["ta"]).version
    tickets.update(db, w["admin"], w["ta"], version, {
        "description": "No signal", "priority": Priority.HIGH, "ticket_type": TicketType.CLAIM,
        "service_id": ids[0], "category_id": ids[1], "tags": ["vip", "router"]})
    copy_id = ticket_actions.duplicate(db, w["admin"], w["ta"])
    src, copy = ticket(db, w["ta"]), ticket(db, copy_id)
    assert copy.number > src.number and copy.status is TicketStatus.NEW
    for field in ("customer_id", "campaign_id", "subject", "description", "priority", "ticket_type",
                  "service_id", "category_id"):
        assert getattr(copy, field) == getattr(src, field), field
    assert tickets.form(db, w["admin"], copy_id).tags == ("router", "vip")
    assert [e.new_value for e in log(db, copy_id, ChangeAction.CREATE) if e.field == "duplicated_from"] == [f"#{src.number}"]
    assert [e.new_value for e in log(db, w["ta"], ChangeAction.CREATE) if e.field == "duplicated_to"] == [f"#{copy.number}"]


@pytest.mark.parametrize("who", ["supervisor", "agent", "viewer"])
def test_only_administrators_duplicate_and_delete(w, who):
    db = w["db"]
    with pytest.raises(PermissionDenied):
        ticket_actions.duplicate(db, w[who], w["ta"])
    with pytest.raises(PermissionDenied):
        ticket_actions.delete(db, w[who], w["ta"])
    assert fm.count_where(db, Ticket) == 2 and ticket(db, w["ta"]).deleted_at is None


def test_delete_leaves_a_tombstone_gone_from_lists(w):
    db = w["db"]
    ticket_actions.delete(db, w["admin"], w["ta"])
    assert ticket(db, w["ta"]).deleted_at is not None
    assert {r.id for r in TicketListQuery(db, w["admin"]).first_page(10)} == {w["tb"]}
    with pytest.raises(NotFound):
        tickets.header(db, w["admin"], w["ta"])
    assert [e.field for e in log(db, w["ta"], ChangeAction.DELETE)] == ["deleted_at"]


# -- O2 merge -----------------------------------------------------------------------------------


@pytest.fixture
def pair(w):
    """Source ticket (with everything that hangs off a ticket) and a target in the same campaign."""
    db = w["db"]
    src = create_ticket(db, w["admin"], w["a"], w["customer"], subject="source")
    dst = create_ticket(db, w["admin"], w["a"], w["customer"], subject="target")
    x, y = create_ticket(db, w["admin"], w["a"], subject="x"), create_ticket(db, w["admin"], w["a"], subject="y")
    fm.add(db, fm.interaction(src), fm.interaction(src), fm.note(src), fm.task(src),
           fm.agenda(src, w["agent"].user_id), fm.attachment(db, src), fm.interaction(dst),
           fm.relation(src, x), fm.relation(y, src), fm.relation(dst, y), fm.relation(src, dst))
    return dict(w, src=src, dst=dst, x=x, y=y)


@pytest.mark.parametrize("who", WRITERS)
def test_merge_moves_everything_into_the_chosen_ticket(pair, who):
    p, db = pair, pair["db"]
    survivor = ticket_merge.merge(db, p[who], p["src"], number(db, p["dst"]))
    assert survivor == p["dst"]
    for entity, expected in ((Interaction, 3), (Note, 1), (TaskRecord, 1), (AgendaEntry, 1), (Attachment, 1)):
        assert fm.count_where(db, entity, entity.ticket_id == p["dst"]) == expected, entity
        assert fm.count_where(db, entity, entity.ticket_id == p["src"]) == 0, entity
    merged, kept = ticket(db, p["src"]), ticket(db, p["dst"])
    assert merged.status is TicketStatus.CLOSED and merged.closed_at and merged.merged_into_id == p["dst"]
    assert kept.status is TicketStatus.NEW and kept.merged_into_id is None
    # x moved over; y was already related to the survivor; the pair itself is gone
    assert {r.ticket_id for r in related_tickets.related(db, p["admin"], p["dst"])} == {p["x"], p["y"]}
    assert related_tickets.related(db, p["admin"], p["src"]) == []
    assert [e.new_value for e in log(db, p["src"], ChangeAction.MERGE)] == [f"#{kept.number}"]
    [into] = log(db, p["dst"], ChangeAction.MERGE)
    assert into.new_value.startswith(f"#{merged.number}") and "interactions 2" in into.new_value


def test_merge_bad_inputs_each_say_why(pair):
    p, db = pair, pair["db"]
    closed = create_ticket(db, p["admin"], p["a"], subject="closed")
    close_directly(db, closed)
    deleted = create_ticket(db, p["admin"], p["a"], subject="deleted")
    ticket_actions.delete(db, p["admin"], deleted)
    set_hide_other_campaigns(db, p["admin"])
    cases = [
        (number(db, p["src"]), ValidationError, "merge_into_itself"),
        (number(db, closed), ValidationError, "merge_target_closed"),
        (number(db, deleted), ValidationError, "number_deleted"),
        (number(db, p["tb"]), PermissionDenied, "number_hidden"),
        (999_999, NotFound, "no_such_number"),
    ]
    for num, error, reason in cases:
        for call in (ticket_merge.preview, ticket_merge.merge):
            with pytest.raises(error) as err:
                call(db, p["agent"], p["src"], num)
            assert err.value.args[0] == reason and err.value.details["value"] == num
    assert ticket(db, p["src"]).status is TicketStatus.NEW
    assert fm.count_where(db, Interaction, Interaction.ticket_id == p["src"]) == 2


def test_merge_refused_to_viewers_and_from_closed_tickets(pair):
    p, db = pair, pair["db"]
    with pytest.raises(PermissionDenied):
        ticket_merge.merge(db, p["viewer"], p["src"], number(db, p["dst"]))
    close_directly(db, p["src"])
    with pytest.raises(TicketClosed):
        ticket_merge.merge(db, p["admin"], p["src"], number(db, p["dst"]))
    assert fm.count_where(db, Note, Note.ticket_id == p["src"]) == 1


def test_merge_with_customers_keeps_the_chosen_one(pair):
    p, db = pair, pair["db"]
    other = make_customer(db, "Ana", "Perez")
    theirs = create_ticket(db, p["admin"], p["a"], other, subject="theirs")
    preview = ticket_merge.preview(db, p["agent"], p["src"], number(db, theirs))
    assert preview.customers_differ and preview.target_customer.id == other
    with pytest.raises(ValidationError) as err:
        ticket_merge.merge(db, p["agent"], p["src"], number(db, theirs), merge_customers=True,
                           keep_customer_id=make_customer(db))
    assert err.value.args[0] == "keep_customer_invalid"
    steps = []
    ticket_merge.merge(db, p["agent"], p["src"], number(db, theirs), merge_customers=True,
                       keep_customer_id=other, progress=lambda done, total: steps.append((done, total)))
    gone = fm.get(db, Customer, p["customer"])
    assert gone.deleted_at is not None and gone.merged_into_id == other
    assert {ticket(db, t).customer_id for t in (p["src"], p["dst"], theirs, p["ta"])} == {other}
    assert steps and steps[-1][0] == steps[-1][1]


# -- O3 related tickets -------------------------------------------------------------------------


def test_relate_by_number_shows_on_both_and_logs_both(w):
    db = w["db"]
    other = create_ticket(db, w["admin"], w["a"], subject="other")
    related_tickets.add(db, w["agent"], w["ta"], number(db, other))
    [here] = related_tickets.related(db, w["agent"], w["ta"])
    [there] = related_tickets.related(db, w["agent"], other)
    assert (here.ticket_id, here.subject, here.status) == (other, "other", TicketStatus.NEW)
    assert there.ticket_id == w["ta"] and here.relation_id == there.relation_id
    assert [e.new_value for e in log(db, w["ta"], ChangeAction.RELATE)] == [f"#{number(db, other)}"]
    assert [e.new_value for e in log(db, other, ChangeAction.RELATE)] == [f"#{number(db, w['ta'])}"]


def test_relate_bad_inputs(w):
    db = w["db"]
    other = create_ticket(db, w["admin"], w["a"], subject="other")
    deleted = create_ticket(db, w["admin"], w["a"], subject="deleted")
    ticket_actions.delete(db, w["admin"], deleted)
    related_tickets.add(db, w["agent"], other, number(db, w["ta"]))
    set_hide_other_campaigns(db, w["admin"])
    for num, reason in ((number(db, w["ta"]), "relate_to_itself"), (number(db, other), "already_related"),
                        (number(db, deleted), "number_deleted"), (number(db, w["tb"]), "number_hidden"),
                        (424242, "no_such_number")):
        with pytest.raises((ValidationError, PermissionDenied, NotFound)) as err:
            related_tickets.add(db, w["agent"], w["ta"], num)
        assert err.value.args[0] == reason
    assert len(related_tickets.related(db, w["agent"], w["ta"])) == 1


def test_remove_then_relate_again(w):
    db = w["db"]
    other = create_ticket(db, w["admin"], w["a"], subject="other")
    rel = related_tickets.add(db, w["supervisor"], w["ta"], number(db, other))
    related_tickets.remove(db, w["supervisor"], other, rel)  # from either side
    assert related_tickets.related(db, w["supervisor"], w["ta"]) == []
    assert fm.get(db, TicketRelation, rel).deleted_at is not None
    assert related_tickets.add(db, w["supervisor"], w["ta"], number(db, other)) == rel
    assert len(related_tickets.related(db, w["supervisor"], other)) == 1
    with pytest.raises(NotFound):
        related_tickets.remove(db, w["supervisor"], w["tb"], rel)


def test_related_rules_for_viewers_and_closed_tickets(w):
    db = w["db"]
    other = create_ticket(db, w["admin"], w["a"], subject="other")
    rel = related_tickets.add(db, w["admin"], w["ta"], number(db, other))
    assert len(related_tickets.related(db, w["viewer"], w["ta"])) == 1  # viewers read
    with pytest.raises(PermissionDenied):
        related_tickets.add(db, w["viewer"], w["ta"], number(db, w["tb"]))
    with pytest.raises(PermissionDenied):
        related_tickets.remove(db, w["viewer"], w["ta"], rel)
    close_directly(db, other)
    related_tickets.add(db, w["agent"], w["tb"], number(db, other))  # relating to a closed ticket is fine
    with pytest.raises(TicketClosed):
        related_tickets.add(db, w["agent"], other, number(db, w["ta"]))
    ticket_actions.delete(db, w["admin"], w["tb"])
    assert [r.ticket_id for r in related_tickets.related(db, w["agent"], other)] == [w["ta"]]


def test_reading_related_tickets_and_merge_previews_writes_nothing(w):
    """Reading related tickets and previews changes nothing."""
    db = w["db"]
    [t] = bulk_tickets(db, [dict(campaign_id=w["a"])])
    before = fm.count_where(db, ChangeLogEntry)
    related_tickets.related(db, w["agent"], t)
    ticket_merge.preview(db, w["agent"], t, number(db, w["ta"]))
    assert fm.count_where(db, ChangeLogEntry) == before
