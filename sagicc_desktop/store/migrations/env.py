"""Alembic environment: runs on the connection handed over by store.migrate."""

from __future__ import annotations

from alembic import context

from sagicc_desktop.store.base import Base
import sagicc_desktop.store.entities  # noqa: F401  (registers every table)
from sagicc_desktop.store.search_index import is_search_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # The text-search indexes (0004) live outside the model: autogenerate leaves them be.
        include_object=lambda _obj, name, _kind, _reflected, _compare: not is_search_object(name),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
