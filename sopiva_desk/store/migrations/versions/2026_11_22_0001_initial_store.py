"""Initial store: clients, close persons, access log and per-profile settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Datetimes are stored as naive UTC (the models convert); migrations never import model types.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('access_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('record_type', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_access_log')),
    sa.UniqueConstraint('id', name=op.f('uq_access_log__id'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log__client_id'), ['client_id'], unique=False)

    op.create_table('client',
    sa.Column('first_names', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('hetu', sa.String(length=11), nullable=True),
    sa.Column('temporary_id', sa.String(length=30), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('other_language', sa.String(length=80), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.Column('street_address', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('post_office', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('communication_methods', sa.JSON(), nullable=False),
    sa.Column('communication_notes', sa.Text(), nullable=False),
    sa.Column('own_worker', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index('ix_client__last_name', ['last_name'], unique=False)
        batch_op.create_index('ix_client__municipality_code', ['municipality_code'], unique=False)
        batch_op.create_index('uq_client__hetu_alive', ['hetu'], unique=True, sqlite_where=sa.text('hetu IS NOT NULL AND deleted_at IS NULL'))

    op.create_table('store_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_store_setting'))
    )
    op.create_table('close_person',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('relation', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_close_person__client_id__client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_close_person'))
    )
    with op.batch_alter_table('close_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_close_person__client_id'), ['client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('close_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_close_person__client_id'))

    op.drop_table('close_person')
    op.drop_table('store_setting')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('uq_client__hetu_alive', sqlite_where=sa.text('hetu IS NOT NULL AND deleted_at IS NULL'))
        batch_op.drop_index('ix_client__municipality_code')
        batch_op.drop_index('ix_client__last_name')

    op.drop_table('client')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log__client_id'))

    op.drop_table('access_log')
