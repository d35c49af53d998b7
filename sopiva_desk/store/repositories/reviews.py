"""Plan reviews and their histories."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, literal_column, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import Client, PlanReview, PlanReviewChange

_NEWEST_FIRST = (PlanReview.review_date.desc(), PlanReview.created_at.desc(),
                 literal_column("plan_review.rowid").desc())


def get_review(session: Session, review_id: uuid.UUID) -> PlanReview | None:
    found = session.get(PlanReview, review_id)
    return None if found is None or found.deleted_at is not None else found


def reviews_for_client(session: Session, client_id: uuid.UUID) -> Sequence[PlanReview]:
    """The client's reviews, newest review date first (the latest started first on a tie)."""
    stmt = (select(PlanReview)
            .where(PlanReview.client_id == client_id, PlanReview.deleted_at.is_(None))
            .order_by(*_NEWEST_FIRST))
    return session.scalars(stmt).all()


def draft_for_client(session: Session, client_id: uuid.UUID) -> PlanReview | None:
    stmt = (select(PlanReview)
            .where(PlanReview.client_id == client_id, PlanReview.status == "draft",
                   PlanReview.deleted_at.is_(None))
            .order_by(*_NEWEST_FIRST).limit(1))
    return session.scalars(stmt).first()


def review_changes(session: Session, review_id: uuid.UUID) -> Sequence[PlanReviewChange]:
    """The review's changes, oldest first (insertion order)."""
    stmt = (select(PlanReviewChange)
            .where(PlanReviewChange.review_id == review_id)
            .order_by(literal_column("plan_review_change.rowid")))
    return session.scalars(stmt).all()


def completed_review_rows(session: Session) -> Sequence[Row[Any]]:
    """Every living client's completed reviews (client id, id, plan id, date, ratings, created),
    oldest first per client: one query for the organisation view."""
    stmt = (select(PlanReview.client_id, PlanReview.id, PlanReview.plan_id, PlanReview.review_date,
                   PlanReview.ratings, PlanReview.created_at)
            .join(Client, Client.id == PlanReview.client_id)
            .where(PlanReview.status == "completed", PlanReview.deleted_at.is_(None), Client.deleted_at.is_(None))
            .order_by(PlanReview.client_id, PlanReview.review_date, PlanReview.created_at,
                      literal_column("plan_review.rowid")))
    return session.execute(stmt).all()
