"""text search: trigram indexes over ticket subjects and customer names

SQLite: FTS5 tables with the trigram tokenizer (substring matches, case-insensitive) kept in
step with their tables by triggers. The ticket index is keyed by the ticket number, which
survives VACUUM; the customer index by the table's rowid, so it is rebuilt after a VACUUM
(store.search_index.rebuild). PostgreSQL: pg_trgm GIN indexes, which the same LIKE queries
use; where the extension cannot be created the search still works, by scanning.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE ticket_subject_fts USING fts5("
    "subject, content='tickets', content_rowid='number', tokenize='trigram')",
    "INSERT INTO ticket_subject_fts(ticket_subject_fts) VALUES('rebuild')",
    "CREATE TRIGGER tickets_subject_fts_insert AFTER INSERT ON tickets BEGIN "
    "INSERT INTO ticket_subject_fts(rowid, subject) VALUES (new.number, new.subject); END",
    "CREATE TRIGGER tickets_subject_fts_delete AFTER DELETE ON tickets BEGIN "
    "INSERT INTO ticket_subject_fts(ticket_subject_fts, rowid, subject) VALUES ('delete', old.number, old.subject); END",
    "CREATE TRIGGER tickets_subject_fts_update AFTER UPDATE OF subject, number ON tickets BEGIN "
    "INSERT INTO ticket_subject_fts(ticket_subject_fts, rowid, subject) VALUES ('delete', old.number, old.subject); "
    "INSERT INTO ticket_subject_fts(rowid, subject) VALUES (new.number, new.subject); END",
    "CREATE VIRTUAL TABLE customer_name_fts USING fts5("
    "search_name, content='customers', content_rowid='rowid', tokenize='trigram')",
    "INSERT INTO customer_name_fts(customer_name_fts) VALUES('rebuild')",
    "CREATE TRIGGER customers_name_fts_insert AFTER INSERT ON customers BEGIN "
    "INSERT INTO customer_name_fts(rowid, search_name) VALUES (new.rowid, new.search_name); END",
    "CREATE TRIGGER customers_name_fts_delete AFTER DELETE ON customers BEGIN "
    "INSERT INTO customer_name_fts(customer_name_fts, rowid, search_name) "
    "VALUES ('delete', old.rowid, old.search_name); END",
    "CREATE TRIGGER customers_name_fts_update AFTER UPDATE OF search_name ON customers BEGIN "
    "INSERT INTO customer_name_fts(customer_name_fts, rowid, search_name) "
    "VALUES ('delete', old.rowid, old.search_name); "
    "INSERT INTO customer_name_fts(rowid, search_name) VALUES (new.rowid, new.search_name); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS tickets_subject_fts_insert", "DROP TRIGGER IF EXISTS tickets_subject_fts_delete",
    "DROP TRIGGER IF EXISTS tickets_subject_fts_update", "DROP TABLE IF EXISTS ticket_subject_fts",
    "DROP TRIGGER IF EXISTS customers_name_fts_insert", "DROP TRIGGER IF EXISTS customers_name_fts_delete",
    "DROP TRIGGER IF EXISTS customers_name_fts_update", "DROP TABLE IF EXISTS customer_name_fts",
]
PG_INDEXES = [
    "CREATE INDEX IF NOT EXISTS ix_tickets_subject_trgm ON tickets USING gin (lower(subject) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_customers_search_name_trgm ON customers USING gin (search_name gin_trgm_ops)",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
        # If the server refuses, keep going without the indexes rather than refuse to start.
        savepoint = bind.begin_nested()
        try:
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for statement in PG_INDEXES:
                op.execute(statement)
        except Exception:  # noqa: BLE001 - the search falls back to a scan
            savepoint.rollback()
        else:
            savepoint.commit()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_tickets_subject_trgm")
        op.execute("DROP INDEX IF EXISTS ix_customers_search_name_trgm")
