"""Client plans, personal budgets and their follow-up, with field-level change histories.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

A plan (``client_plan``) is versioned like a decision-making session; its content is JSON.
A personal budget (``personal_budget``) keeps its lines as JSON with integer cents and the
two totals as columns for the organisation view; payment commitments and realised uses are
rows of their own (``payment_commitment``, ``realised_use``), so recording a use writes one
small row. Datetimes are naive UTC. ``decision_session.plan_id`` keeps no foreign key.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('client_plan',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('series_id', sa.Uuid(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('supersedes_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('assessment_id', sa.Uuid(), nullable=True),
    sa.Column('decision_session_ids', sa.JSON(), nullable=False),
    sa.Column('amend_reason', sa.Text(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('agreed_at', sa.DateTime(), nullable=True),
    sa.Column('agreed_by', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_client_plan__assessment_id__assessment')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_plan__client_id__client')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['client_plan.id'], name=op.f('fk_client_plan__supersedes_id__client_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_plan'))
    )
    with op.batch_alter_table('client_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_plan__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_plan__series_id'), ['series_id'], unique=False)

    op.create_table('client_plan_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('field_key', sa.String(length=200), nullable=False),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_by_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], name=op.f('fk_client_plan_change__plan_id__client_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_plan_change'))
    )
    with op.batch_alter_table('client_plan_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_plan_change__plan_id'), ['plan_id'], unique=False)

    op.create_table('personal_budget',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('reference_lines', sa.JSON(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_reference', sa.String(length=100), nullable=False),
    sa.Column('allocation_cents', sa.Integer(), nullable=False),
    sa.Column('reference_cents', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_personal_budget__client_id__client')),
    sa.ForeignKeyConstraint(['plan_id'], ['client_plan.id'], name=op.f('fk_personal_budget__plan_id__client_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_budget'))
    )
    with op.batch_alter_table('personal_budget', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personal_budget__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_personal_budget__plan_id'), ['plan_id'], unique=False)

    op.create_table('payment_commitment',
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('max_cents', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['budget_id'], ['personal_budget.id'], name=op.f('fk_payment_commitment__budget_id__personal_budget')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_commitment'))
    )
    with op.batch_alter_table('payment_commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_commitment__budget_id'), ['budget_id'], unique=False)
        batch_op.create_index('uq_payment_commitment__budget_number_alive', ['budget_id', 'number'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('personal_budget_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('field_key', sa.String(length=130), nullable=False),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_by_name', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['budget_id'], ['personal_budget.id'], name=op.f('fk_personal_budget_change__budget_id__personal_budget')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_budget_change'))
    )
    with op.batch_alter_table('personal_budget_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personal_budget_change__budget_id'), ['budget_id'], unique=False)

    op.create_table('realised_use',
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('used_on', sa.Date(), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=False),
    sa.Column('budget_line_id', sa.String(length=64), nullable=False),
    sa.Column('units', sa.String(length=20), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('commitment_number', sa.String(length=60), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['budget_id'], ['personal_budget.id'], name=op.f('fk_realised_use__budget_id__personal_budget')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_realised_use'))
    )
    with op.batch_alter_table('realised_use', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_realised_use__budget_id'), ['budget_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('realised_use', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_realised_use__budget_id'))

    op.drop_table('realised_use')
    with op.batch_alter_table('personal_budget_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personal_budget_change__budget_id'))

    op.drop_table('personal_budget_change')
    with op.batch_alter_table('payment_commitment', schema=None) as batch_op:
        batch_op.drop_index('uq_payment_commitment__budget_number_alive', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_payment_commitment__budget_id'))

    op.drop_table('payment_commitment')
    with op.batch_alter_table('personal_budget', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personal_budget__plan_id'))
        batch_op.drop_index(batch_op.f('ix_personal_budget__client_id'))

    op.drop_table('personal_budget')
    with op.batch_alter_table('client_plan_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_plan_change__plan_id'))

    op.drop_table('client_plan_change')
    with op.batch_alter_table('client_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_plan__series_id'))
        batch_op.drop_index(batch_op.f('ix_client_plan__client_id'))

    op.drop_table('client_plan')
