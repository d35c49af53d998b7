"""Supported decision-making sessions and their history."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import DecisionSession, DecisionSessionChange

# When the version was started, then the higher version, then insertion order for equal clocks.
_NEWEST_FIRST = (DecisionSession.created_at.desc(), DecisionSession.version_no.desc(),
                 literal_column("decision_session.rowid").desc())


def get_session(session: Session, session_id: uuid.UUID) -> DecisionSession | None:
    found = session.get(DecisionSession, session_id)
    return None if found is None or found.deleted_at is not None else found


def sessions_for_client(session: Session, client_id: uuid.UUID) -> Sequence[DecisionSession]:
    """Every version of every session of the client, newest first."""
    stmt = (select(DecisionSession)
            .where(DecisionSession.client_id == client_id, DecisionSession.deleted_at.is_(None))
            .order_by(*_NEWEST_FIRST))
    return session.scalars(stmt).all()


def sessions_of_visit(session: Session, visit_id: uuid.UUID) -> Sequence[DecisionSession]:
    """Newest first, like ``sessions_for_client``."""
    stmt = (select(DecisionSession)
            .where(DecisionSession.visit_id == visit_id, DecisionSession.deleted_at.is_(None))
            .order_by(*_NEWEST_FIRST))
    return session.scalars(stmt).all()


def changes_in_series(session: Session, series_id: uuid.UUID) -> Sequence[tuple[DecisionSessionChange, int]]:
    """Every change of every version in a series, oldest first, with the version number."""
    stmt = (select(DecisionSessionChange, DecisionSession.version_no)
            .join(DecisionSession, DecisionSession.id == DecisionSessionChange.session_id)
            .where(DecisionSession.series_id == series_id)
            # Insertion order (SQLite's rowid), not the wall clock: a clock set back must not reorder history.
            .order_by(DecisionSession.version_no, literal_column("decision_session_change.rowid")))
    return [(change, version) for change, version in session.execute(stmt).all()]


def has_change(session: Session, session_id: uuid.UUID, field_key: str) -> bool:
    """Whether this version's ``field_key`` was ever written (even if emptied since)."""
    stmt = (select(DecisionSessionChange.id)
            .where(DecisionSessionChange.session_id == session_id, DecisionSessionChange.field_key == field_key)
            .limit(1))
    return session.scalars(stmt).first() is not None
