from sqlalchemy import inspect

from sagicc_desktop.store import migrate
from sagicc_desktop.store.base import Base
import sagicc_desktop.store.entities  # noqa: F401


def test_migrations_create_every_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert migrate.compare(db.engine) == "current"


def test_head_revision_constant_matches_the_migrations():
    """Start-up trusts HEAD_REVISION to skip Alembic; it must name the newest migration."""
    assert migrate.HEAD_REVISION == migrate.head_revision()
