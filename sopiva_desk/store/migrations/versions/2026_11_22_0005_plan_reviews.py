"""Reviews of client plans (seuranta) with their field-level change history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

A review (``plan_review``) belongs to one agreed plan and its client; its goal ratings are a
JSON list with a snapshot of each goal's words. ``plan_review_change`` is its history.
Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan_review',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('ratings', sa.JSON(), nullable=False),
    sa.Column('wellbeing', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
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
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_plan_review__client_id__client')),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], name=op.f('fk_plan_review__plan_id__client_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_review'))
    )
    with op.batch_alter_table('plan_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_review__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_review__plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_review_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('review_id', sa.Uuid(), nullable=False),
    sa.Column('field_key', sa.String(length=200), nullable=False),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_by_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['plan_review.id'],
                            name=op.f('fk_plan_review_change__review_id__plan_review')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_review_change'))
    )
    with op.batch_alter_table('plan_review_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_review_change__review_id'), ['review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('plan_review_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_review_change__review_id'))

    op.drop_table('plan_review_change')
    with op.batch_alter_table('plan_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_review__plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_review__client_id'))

    op.drop_table('plan_review')
