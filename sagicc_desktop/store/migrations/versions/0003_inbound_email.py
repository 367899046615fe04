"""inbound e-mail: held messages and automated interactions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('automated', sa.String(length=24), nullable=True))

    op.create_table('held_messages',
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('message_id', sa.String(length=998), nullable=False),
    sa.Column('sender', sa.String(length=500), nullable=False),
    sa.Column('sender_address', sa.String(length=500), nullable=False),
    sa.Column('subject', sa.String(length=998), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('raw_sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('released_at', sa.DateTime(), nullable=True),
    sa.Column('released_by_id', sa.Uuid(), nullable=True),
    sa.Column('released_ticket_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_held_messages_channel_id_channels')),
    sa.ForeignKeyConstraint(['raw_sha256'], ['blobs.sha256'], name=op.f('fk_held_messages_raw_sha256_blobs')),
    sa.ForeignKeyConstraint(['released_by_id'], ['users.id'], name=op.f('fk_held_messages_released_by_id_users')),
    sa.ForeignKeyConstraint(['released_ticket_id'], ['tickets.id'], name=op.f('fk_held_messages_released_ticket_id_tickets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_messages')),
    sa.UniqueConstraint('channel_id', 'message_id', name=op.f('uq_held_messages_channel_id_message_id'))
    )
    with op.batch_alter_table('held_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_messages_released_at_created_at'), ['released_at', 'created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('held_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_messages_released_at_created_at'))
    op.drop_table('held_messages')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('automated')
