"""Supported decision-making sessions and their field-level change history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

A session links to its client, optionally to the visit it was held in and the assessment it
informs; ``plan_id`` has no foreign key until plans exist. Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('decision_session',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('assessment_id', sa.Uuid(), nullable=True),
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('series_id', sa.Uuid(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('supersedes_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('amend_reason', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('completed_by', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_decision_session__assessment_id__assessment')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_decision_session__client_id__client')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['decision_session.id'], name=op.f('fk_decision_session__supersedes_id__decision_session')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_decision_session__visit_id__visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_session'))
    )
    with op.batch_alter_table('decision_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_session__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_session__series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_session__visit_id'), ['visit_id'], unique=False)

    op.create_table('decision_session_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('field_key', sa.String(length=130), nullable=False),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_by_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['decision_session.id'], name=op.f('fk_decision_session_change__session_id__decision_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_session_change'))
    )
    with op.batch_alter_table('decision_session_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_session_change__session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decision_session_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_session_change__session_id'))

    op.drop_table('decision_session_change')
    with op.batch_alter_table('decision_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_session__visit_id'))
        batch_op.drop_index(batch_op.f('ix_decision_session__series_id'))
        batch_op.drop_index(batch_op.f('ix_decision_session__client_id'))

    op.drop_table('decision_session')
