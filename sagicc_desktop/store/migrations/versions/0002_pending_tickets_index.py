"""pending tickets index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

OPEN = "deleted_at IS NULL AND status IN ('new', 'in_progress', 'pending')"


def upgrade() -> None:
    op.create_index(
        "ix_tickets_open_assignee_next_action", "tickets",
        ["assignee_id", "next_action_at", "priority", "created_at", "number"],
        sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_tickets_open_assignee_next_action", table_name="tickets")
