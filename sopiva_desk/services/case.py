"""The case overview of one client: phase and what is due (shown in the client file)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sopiva_desk.domain.case import AssessmentFact, CaseOverview, SessionFact, case_overview
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import assessments as repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as decision_repo

__all__ = ["CaseOverview", "CaseService"]


def _local_day(moment: datetime) -> datetime:
    return moment.astimezone()  # the counsellor's day, not UTC's


def _day(value: Any) -> date | None:
    """A stored ISO date, or ``None`` (also for anything unreadable: the due list must still show)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class CaseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, client_id: uuid.UUID) -> CaseOverview:
        with storage_errors(), self._db.read() as session:
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            facts = [AssessmentFact(a.status, _local_day(a.created_at).date(), a.version_no,
                                    _local_day(a.completed_at).date() if a.completed_at else None)
                     for a in repo.assessments_for_client(session, client_id)]
            open_visits = sum(1 for v in repo.visits_for_client(session, client_id) if v.status == "open")
            sessions = [SessionFact(s.status, _local_day(s.created_at).date(), _day(s.content.get("follow_up_on")))
                        for s in decision_repo.sessions_for_client(session, client_id)]
            return case_overview(client.status, facts, open_visits, sessions=sessions)
