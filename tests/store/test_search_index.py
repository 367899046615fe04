"""The trigram text indexes (migration 0004) follow every change to subjects and names."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import delete, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from factories import create_ticket, make_admin, make_campaign, make_customer  # noqa: E402
from sagicc_desktop.services.text import search_name  # noqa: E402
from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery  # noqa: E402
from sagicc_desktop.services.unit_of_work import unit_of_work  # noqa: E402
from sagicc_desktop.store import search_index  # noqa: E402
from sagicc_desktop.store.entities import Customer, Ticket  # noqa: E402


def _found(db, actor, typed: str) -> set:
    return {r.id for r in TicketListQuery(db, actor, TicketFilter(text=typed)).first_page(50)}


def test_the_index_follows_new_edited_and_deleted_rows(db):
    admin, campaign = make_admin(db), make_campaign(db)
    customer = make_customer(db, "Marta", "Quintero")
    ticket = create_ticket(db, admin, campaign, customer, subject="Router keeps rebooting")
    assert _found(db, admin, "keeps REBOOT") == {ticket}
    assert _found(db, admin, "quinter") == {ticket}
    with unit_of_work(db) as s:
        s.get(Ticket, ticket).subject = "Fibre cut in the street"
        c = s.get(Customer, customer)
        c.last_name, c.search_name = "Zuluaga", search_name("Marta", "Zuluaga")
    assert _found(db, admin, "reboot") == set()
    assert _found(db, admin, "fibre cut") == {ticket}
    assert _found(db, admin, "quintero") == set()
    assert _found(db, admin, "zuluaga") == {ticket}
    other = create_ticket(db, admin, campaign, None, subject="Another fibre cut")
    assert _found(db, admin, "fibre cut") == {ticket, other}
    with unit_of_work(db) as s:
        s.execute(delete(Ticket).where(Ticket.id == other))
    assert _found(db, admin, "fibre cut") == {ticket}


def test_query_syntax_typed_by_the_user_is_plain_text(db):
    admin, campaign = make_admin(db), make_campaign(db)
    quoted = create_ticket(db, admin, campaign, None, subject='Error "E42" AND more')
    assert _found(db, admin, '"E42"') == {quoted}
    assert _found(db, admin, "AND more") == {quoted}
    assert _found(db, admin, "E4*") == set()
    assert _found(db, admin, "E4") == {quoted}  # shorter than a trigram: a plain substring match


def test_rebuild_restores_the_index(db):
    admin, campaign = make_admin(db), make_campaign(db)
    ticket = create_ticket(db, admin, campaign, None, subject="Duplicate charge on card")
    if db.dialect == "sqlite":
        with db.engine.begin() as conn:
            conn.execute(text(f"INSERT INTO {search_index.TICKET_SUBJECTS}({search_index.TICKET_SUBJECTS}) "
                              "VALUES('delete-all')"))
        assert _found(db, admin, "duplicate charge") == set()
    search_index.rebuild(db.engine)
    assert _found(db, admin, "duplicate charge") == {ticket}


def test_many_matches_take_the_sort_order_path_with_the_same_answer(db, monkeypatch):
    import sagicc_desktop.services.ticket_list as ticket_list

    admin, campaign = make_admin(db), make_campaign(db)
    marta = make_customer(db, "Marta", "Quintero")
    by_subject = create_ticket(db, admin, campaign, None, subject="Quintero street outage")
    by_name = create_ticket(db, admin, campaign, marta, subject="Billing")
    create_ticket(db, admin, campaign, None, subject="Unrelated")
    few = _found(db, admin, "quintero")
    monkeypatch.setattr(ticket_list, "FEW_MATCHES", 0)
    assert _found(db, admin, "quintero") == few == {by_subject, by_name}
    assert TicketListQuery(db, admin, TicketFilter(text="quintero")).count() == 2
