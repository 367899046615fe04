"""customer name words: each word of a customer's normalised name, keyed by the word

The ticket list's free text finds tickets by their customer's name. The trigram index over
whole names (0004) answers with customers' rowids, and a common surname matches thousands of
customers: turning each rowid into the customer's id, or looking up each walked ticket's
customer, costs a b-tree search per row. Here the words are kept as (word, customer_id) in one
clustered b-tree, so the customers with a word are one contiguous range of their ids, ready to
compare with tickets.customer_id. The distinct words (the vocabulary) have a trigram index of
their own, small and fast, so a needle still matches inside a word ("inter" finds Quintero).

SQLite only, kept in step by triggers on customers (a recursive CTE splits search_name, which
is already lower case, accent-free and single-spaced). PostgreSQL answers the same question
through pg_trgm (0004).

On both databases the index of the newest-first order gains the customer id: a search for a
common surname walks that order and checks each ticket's customer without reading its row.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _words(name: str) -> str:
    """The words of a search_name expression, as rows of a recursive CTE named split(w)."""
    return (f"WITH RECURSIVE split(w, rest) AS (SELECT '', {name} || ' ' UNION ALL "
            "SELECT substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) "
            "FROM split WHERE rest <> '') SELECT DISTINCT w FROM split WHERE w <> ''")


def _add(prefix: str) -> str:
    return (f"INSERT OR IGNORE INTO customer_name_words(word, customer_id) "
            f"SELECT w, {prefix}.id FROM ({_words(prefix + '.search_name')}); "
            f"INSERT OR IGNORE INTO customer_name_vocab(word) {_words(prefix + '.search_name')}; ")


def _remove(prefix: str) -> str:
    return (f"DELETE FROM customer_name_words WHERE customer_id = {prefix}.id; "
            f"DELETE FROM customer_name_vocab WHERE word IN ({_words(prefix + '.search_name')}) "
            "AND NOT EXISTS (SELECT 1 FROM customer_name_words w WHERE w.word = customer_name_vocab.word); ")


SQLITE_UP = [
    "CREATE TABLE customer_name_words (word TEXT NOT NULL, customer_id CHAR(32) NOT NULL, "
    "PRIMARY KEY (word, customer_id)) WITHOUT ROWID",
    "CREATE INDEX ix_customer_name_words_customer ON customer_name_words (customer_id)",
    "CREATE TABLE customer_name_vocab (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE customer_vocab_fts USING fts5("
    "word, content='customer_name_vocab', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER customer_name_vocab_insert AFTER INSERT ON customer_name_vocab BEGIN "
    "INSERT INTO customer_vocab_fts(rowid, word) VALUES (new.id, new.word); END",
    "CREATE TRIGGER customer_name_vocab_delete AFTER DELETE ON customer_name_vocab BEGIN "
    "INSERT INTO customer_vocab_fts(customer_vocab_fts, rowid, word) VALUES ('delete', old.id, old.word); END",
    # The words of the customers already there, then the vocabulary they make.
    "WITH RECURSIVE split(customer_id, w, rest) AS (SELECT id, '', search_name || ' ' FROM customers "
    "UNION ALL SELECT customer_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) "
    "FROM split WHERE rest <> '') "
    "INSERT OR IGNORE INTO customer_name_words(word, customer_id) SELECT w, customer_id FROM split WHERE w <> ''",
    "INSERT INTO customer_name_vocab(word) SELECT DISTINCT word FROM customer_name_words",
    f"CREATE TRIGGER customers_name_words_insert AFTER INSERT ON customers BEGIN {_add('new')}END",
    f"CREATE TRIGGER customers_name_words_delete AFTER DELETE ON customers BEGIN {_remove('old')}END",
    "CREATE TRIGGER customers_name_words_update AFTER UPDATE OF search_name, id ON customers BEGIN "
    f"{_remove('old')}{_add('new')}END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS customers_name_words_insert", "DROP TRIGGER IF EXISTS customers_name_words_delete",
    "DROP TRIGGER IF EXISTS customers_name_words_update", "DROP TRIGGER IF EXISTS customer_name_vocab_insert",
    "DROP TRIGGER IF EXISTS customer_name_vocab_delete", "DROP TABLE IF EXISTS customer_vocab_fts",
    "DROP TABLE IF EXISTS customer_name_vocab", "DROP TABLE IF EXISTS customer_name_words",
]


LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.drop_index("ix_tickets_live_created_at_number", table_name="tickets",
                  sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_tickets_live_created_at_number_customer_id", "tickets",
                    ["created_at", "number", "customer_id"], sqlite_where=LIVE, postgresql_where=LIVE)
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    op.drop_index("ix_tickets_live_created_at_number_customer_id", table_name="tickets",
                  sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_tickets_live_created_at_number", "tickets", ["created_at", "number"],
                    sqlite_where=LIVE, postgresql_where=LIVE)
