"""Visits, assessments and assessment history."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import Assessment, AssessmentChange, Visit


def get_visit(session: Session, visit_id: uuid.UUID) -> Visit | None:
    visit = session.get(Visit, visit_id)
    return None if visit is None or visit.deleted_at is not None else visit


def visits_for_client(session: Session, client_id: uuid.UUID) -> Sequence[Visit]:
    stmt = (select(Visit).where(Visit.client_id == client_id, Visit.deleted_at.is_(None))
            .order_by(Visit.starts_at.desc()))
    return session.scalars(stmt).all()


def get_assessment(session: Session, assessment_id: uuid.UUID) -> Assessment | None:
    found = session.get(Assessment, assessment_id)
    return None if found is None or found.deleted_at is not None else found


def assessments_for_client(session: Session, client_id: uuid.UUID) -> Sequence[Assessment]:
    stmt = (select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.created_at.desc(), Assessment.version_no.desc()))
    return session.scalars(stmt).all()


def assessments_of_visit(session: Session, visit_id: uuid.UUID) -> Sequence[Assessment]:
    stmt = select(Assessment).where(Assessment.visit_id == visit_id, Assessment.deleted_at.is_(None))
    return session.scalars(stmt).all()


def changes_in_series(session: Session, series_id: uuid.UUID) -> Sequence[tuple[AssessmentChange, int]]:
    """Every change of every version in a series, oldest first, with the version number."""
    stmt = (select(AssessmentChange, Assessment.version_no)
            .join(Assessment, Assessment.id == AssessmentChange.assessment_id)
            .where(Assessment.series_id == series_id)
            # Insertion order (SQLite's rowid), not the wall clock: a clock set back must not reorder history.
            .order_by(Assessment.version_no, literal_column("assessment_change.rowid")))
    return [(change, version) for change, version in session.execute(stmt).all()]


def answered_keys(session: Session, assessment_id: uuid.UUID) -> set[str]:
    """The keys this version has ever had a change for (answered, even if cleared since)."""
    stmt = select(AssessmentChange.field_key).where(AssessmentChange.assessment_id == assessment_id).distinct()
    return set(session.scalars(stmt).all())
