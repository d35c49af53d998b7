"""The case overview of one client: phase and what is due, and the client's case work (visits,
assessments, decision-making sessions) read with it in one go for the client file. Plan
versions count for the phase (``domain.case``); the plan tab reads the plans themselves."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sopiva_desk.domain.case import AssessmentFact, CaseOverview, PlanFact, SessionFact, case_overview
from sopiva_desk.domain.deadlines import Deadline
from sopiva_desk.services.assessments import AssessmentView, VisitView, assessment_view, visit_view
from sopiva_desk.services.deadline_facts import open_deadlines_of, version_of
from sopiva_desk.services.decisions import SessionView, session_view
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Assessment, ClientPlan, DecisionSession, Visit
from sopiva_desk.store.repositories import assessments as repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as decision_repo
from sopiva_desk.store.repositories import plans as plan_repo

__all__ = ["CaseOverview", "CaseService", "Casework"]


def _local_day(moment: datetime) -> datetime:
    return moment.astimezone()  # the counsellor's day, not UTC's


def _day(value: Any) -> date | None:
    """A stored ISO date, or ``None`` (also for anything unreadable: the due list must still show)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Casework:
    """Everything the client file's case-work tab shows, newest first as the services list them."""

    assessments: list[AssessmentView]
    visits: list[VisitView]
    sessions: list[SessionView]
    overview: CaseOverview
    # The open statutory deadlines counted from each matter's initiation, with the assessment each
    # is about, earliest first (services.deadline_facts).
    deadlines: tuple[tuple[uuid.UUID, Deadline], ...] = ()


def _overview(client_status: str, assessments: Sequence[Assessment], visits: Sequence[Visit],
              sessions: Sequence[DecisionSession], plans: Sequence[ClientPlan]) -> CaseOverview:
    facts = [AssessmentFact(a.status, _local_day(a.created_at).date(), a.version_no,
                            _local_day(a.completed_at).date() if a.completed_at else None) for a in assessments]
    open_visits = sum(1 for v in visits if v.status == "open")
    planned = [_local_day(v.starts_at).date() for v in visits if v.status == "planned"]
    session_facts = [SessionFact(s.status, _local_day(s.created_at).date(), _day(s.content.get("follow_up_on")))
                     for s in sessions]
    plan_facts = [PlanFact(p.status, _local_day(p.created_at).date(), p.version_no, p.agreed_on,
                           _day((p.content or {}).get("review_date"))) for p in plans]
    return case_overview(client_status, facts, open_visits, sessions=session_facts, plans=plan_facts,
                         today=date.today(), planned_visits=planned)


class CaseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, client_id: uuid.UUID) -> CaseOverview:
        return self.casework(client_id).overview

    def casework(self, client_id: uuid.UUID) -> Casework:
        """The client's visits, assessments and sessions with the phase, in one read."""
        with storage_errors(), self._db.read() as session:
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            assessments = repo.assessments_for_client(session, client_id)
            visits = repo.visits_for_client(session, client_id)
            sessions = decision_repo.sessions_for_client(session, client_id)
            plans = plan_repo.plans_for_client(session, client_id)
            decided = [b.decision_date for b in plan_repo.budgets_for_client(session, client_id)
                       if b.state != "indicative" and b.decision_date is not None]
            deadlines = () if client.status == "closed" else tuple(open_deadlines_of(
                [version_of(a) for a in assessments], client.birth_date, decided))
            return Casework([assessment_view(a) for a in assessments], [visit_view(v) for v in visits],
                            [session_view(s) for s in sessions],
                            _overview(client.status, assessments, visits, sessions, plans), deadlines)
