"""The central schema: users, devices, enrolment, records, change log, mutations, conflicts, purges.

Revision ID: 0001
Revises: 
Create Date: 2026-12-07 05:46:02.887844
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('access_log_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('entry', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log_entry'))
    )
    with op.batch_alter_table('access_log_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log_entry__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_log_entry__device_id'), ['device_id'], unique=False)

    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('xid', sa.BigInteger(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('conflict_id', sa.String(length=36), nullable=True),
    sa.Column('audience_user_id', sa.String(length=36), nullable=True),
    sa.Column('origin_device_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log__audience_user_id'), ['audience_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log__client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_change_log__xid_seq', ['xid', 'seq'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('device_author', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('server_author', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict__record_id'), ['record_id'], unique=False)

    op.create_table('enrolment_attempt',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_attempt'))
    )
    with op.batch_alter_table('enrolment_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_attempt__at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_attempt__source'), ['source'], unique=False)

    op.create_table('mutation',
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_mutation'))
    )
    with op.batch_alter_table('mutation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mutation__device_id'), ['device_id'], unique=False)

    op.create_table('nonce',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'nonce', name=op.f('pk_nonce'))
    )
    with op.batch_alter_table('nonce', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nonce__seen_at'), ['seen_at'], unique=False)

    op.create_table('purge_ledger',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purged_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_purge_ledger'))
    )
    with op.batch_alter_table('purge_ledger', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purge_ledger__client_id'), ['client_id'], unique=False)

    op.create_table('record',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('field_revs', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by_name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'id', name=op.f('pk_record'))
    )
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record__client_id'), ['client_id'], unique=False)

    op.create_table('user_account',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account'))
    )
    op.create_table('assignment',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_assignment__user_id__user_account')),
    sa.PrimaryKeyConstraint('client_id', 'user_id', name=op.f('pk_assignment'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment__user_id'), ['user_id'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_device__user_id__user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('public_key', name=op.f('uq_device__public_key'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device__user_id'), ['user_id'], unique=False)

    op.create_table('enrolment_code',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_enrolment_code__user_id__user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_code')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_enrolment_code__code_hash'))
    )
    with op.batch_alter_table('enrolment_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_code__user_id'), ['user_id'], unique=False)

    # The pull watermark (docs/sync-protocol.md "Cursor"): on PostgreSQL every change-log row
    # records the transaction that wrote it; on SQLite, whose writers are serialised, xid = seq.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE change_log ALTER COLUMN xid SET DEFAULT (pg_current_xact_id()::text::bigint)")
    else:
        op.execute(
            "CREATE TRIGGER change_log_xid AFTER INSERT ON change_log WHEN NEW.xid IS NULL "
            "BEGIN UPDATE change_log SET xid = NEW.seq WHERE seq = NEW.seq; END"
        )


def downgrade() -> None:
    
    with op.batch_alter_table('enrolment_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_code__user_id'))

    op.drop_table('enrolment_code')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device__user_id'))

    op.drop_table('device')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment__user_id'))

    op.drop_table('assignment')
    op.drop_table('user_account')
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record__client_id'))

    op.drop_table('record')
    with op.batch_alter_table('purge_ledger', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purge_ledger__client_id'))

    op.drop_table('purge_ledger')
    with op.batch_alter_table('nonce', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nonce__seen_at'))

    op.drop_table('nonce')
    with op.batch_alter_table('mutation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mutation__device_id'))

    op.drop_table('mutation')
    with op.batch_alter_table('enrolment_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_attempt__source'))
        batch_op.drop_index(batch_op.f('ix_enrolment_attempt__at'))

    op.drop_table('enrolment_attempt')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict__record_id'))
        batch_op.drop_index(batch_op.f('ix_conflict__client_id'))

    op.drop_table('conflict')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log__xid_seq')
        batch_op.drop_index(batch_op.f('ix_change_log__client_id'))
        batch_op.drop_index(batch_op.f('ix_change_log__audience_user_id'))

    op.drop_table('change_log')
    with op.batch_alter_table('access_log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log_entry__device_id'))
        batch_op.drop_index(batch_op.f('ix_access_log_entry__client_id'))

    op.drop_table('access_log_entry')
    
