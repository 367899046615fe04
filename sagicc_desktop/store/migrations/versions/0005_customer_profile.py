"""customer profile: covering indexes for the customer dashboard's counts

The dashboard counts a customer's tickets by status and campaign, and their interactions by
ticket, channel, direction and status, within a date range. Each count reads one of these
indexes alone, never the table rows: a customer with 1,000 tickets and 20,000 interactions is
counted from 21,000 index entries. deleted_at is a column of the index rather than its WHERE
condition so that SQLite's planner sees the index as covering and picks it over the other
indexes that start with customer_id. The tickets index also holds the number, so the pages of
a customer's tickets (newest first, by created_at and number) keep walking an index in order
whichever of the two the planner picks.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TICKETS = "ix_tickets_customer_counts"
INTERACTIONS = "ix_interactions_customer_counts"


def upgrade() -> None:
    op.create_index(TICKETS, "tickets",
                    ["customer_id", "created_at", "number", "status", "campaign_id", "deleted_at"])
    op.create_index(INTERACTIONS, "interactions",
                    ["customer_id", "ticket_id", "channel_kind", "direction", "status", "occurred_at", "deleted_at"])


def downgrade() -> None:
    op.drop_index(INTERACTIONS, table_name="interactions")
    op.drop_index(TICKETS, table_name="tickets")
