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


def test_words_in_any_order_and_inside_a_word_find_the_customer(db):
    admin, campaign = make_admin(db), make_campaign(db)
    marta = create_ticket(db, admin, campaign, make_customer(db, "Marta", "Quintero"), subject="Billing")
    create_ticket(db, admin, campaign, make_customer(db, "Marta", "Zuluaga"), subject="Billing")
    assert _found(db, admin, "quintero marta") == {marta}  # word order does not matter
    assert _found(db, admin, "MARTA QUINTERO") == {marta}
    assert _found(db, admin, "inter") == {marta}  # inside a word
    assert _found(db, admin, "quintero pedro") == set()  # every word must be there


def test_many_matches_walk_the_order_and_find_the_same_with_two_words(db, monkeypatch):
    import sagicc_desktop.services.ticket_list as ticket_list

    admin, campaign = make_admin(db), make_campaign(db)
    both = create_ticket(db, admin, campaign, make_customer(db, "Marta", "Quintero"), subject="Billing")
    create_ticket(db, admin, campaign, make_customer(db, "Marta", "Zuluaga"), subject="Billing")
    create_ticket(db, admin, campaign, make_customer(db, "Pedro", "Quintero"), subject="Billing")
    few = _found(db, admin, "marta quintero")
    monkeypatch.setattr(ticket_list, "FEW_MATCHES", 0)
    assert _found(db, admin, "marta quintero") == few == {both}
    assert TicketListQuery(db, admin, TicketFilter(text="marta quintero")).count() == 1


def test_the_word_index_keeps_only_the_words_in_use(db):
    """SQLite keeps a (word, customer) index and its vocabulary (migration 0006) by triggers."""
    if db.dialect != "sqlite":
        return  # PostgreSQL searches names through pg_trgm; there is no word index to check
    customer = make_customer(db, "Marta", "Quintero")
    make_customer(db, "Pedro", "Quintero")

    def words() -> tuple[set, set]:
        with db.engine.connect() as conn:
            mine = {r[0] for r in conn.execute(text(
                "SELECT word FROM customer_name_words WHERE customer_id = :c"), {"c": customer.hex})}
            vocabulary = {r[0] for r in conn.execute(text("SELECT word FROM customer_name_vocab"))}
        return mine, vocabulary

    assert words() == ({"marta", "quintero"}, {"marta", "pedro", "quintero"})
    with unit_of_work(db) as s:
        c = s.get(Customer, customer)
        c.last_name, c.search_name = "Zuluaga", search_name("Marta", "Zuluaga")
    assert words() == ({"marta", "zuluaga"}, {"marta", "pedro", "quintero", "zuluaga"})  # Pedro keeps it
    with unit_of_work(db) as s:
        s.execute(delete(Customer).where(Customer.id == customer))
    assert words() == (set(), {"pedro", "quintero"})


def test_the_upgrade_indexes_the_words_of_customers_already_there(tmp_path):
    from sagicc_desktop.store import migrate
    from sagicc_desktop.store.database import open_database, sqlite_url

    url = sqlite_url(tmp_path / "sagicc.db")
    db = open_database(url)
    customer = make_customer(db, "Ana María", "Quintero Díaz")
    _downgrade(db.engine, "0005")
    with db.engine.connect() as conn:
        assert not conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'customer_name_words'")).all()
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        indexed = {r[0] for r in conn.execute(text(
            "SELECT word FROM customer_name_words WHERE customer_id = :c"), {"c": customer.hex})}
    assert indexed == {"ana", "maria", "quintero", "diaz"}
    db.dispose()


def _downgrade(engine, revision: str) -> None:
    from alembic import command

    from sagicc_desktop.store import migrate

    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
