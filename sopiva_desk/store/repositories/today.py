"""The rows the Today page needs, for the clients of one own worker (no ORM objects, few columns).

Every query is limited to the worker's living, not closed clients through one subquery; the
JSON answers and contents are read with ``json_extract`` so only the few values needed leave
SQLite (an assessment's answers are many kilobytes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import Assessment, Client, ClientPlan, DecisionSession, PersonalBudget, PlanReview, Visit


def _answer(key: str) -> Any:
    return func.json_extract(Assessment.answers, f'$."{key}"')


def own_clients(worker: str) -> Select[Any]:
    """The ids of the worker's living clients whose client-hood has not ended."""
    return select(Client.id).where(Client.own_worker == worker, Client.deleted_at.is_(None),
                                   Client.status != "closed")


def clients(session: Session, worker: str) -> Sequence[Row[Any]]:
    stmt = select(Client.id, Client.last_name, Client.first_names, Client.birth_date).where(
        Client.id.in_(own_clients(worker)))
    return session.execute(stmt).all()


def visits(session: Session, worker: str, day_start: datetime, day_end: datetime,
           window_end: datetime) -> Sequence[Visit]:
    """Every open visit, every planned one that starts before ``window_end`` (missed ones too),
    and the visits ended today (``day_start`` … ``day_end``), earliest first."""
    stmt = (select(Visit).where(
        Visit.client_id.in_(own_clients(worker)), Visit.deleted_at.is_(None),
        or_(Visit.status == "open",
            and_(Visit.status == "planned", Visit.starts_at < window_end),
            and_(Visit.status == "ended", Visit.starts_at >= day_start, Visit.starts_at < day_end)))
        .order_by(Visit.starts_at))
    return session.scalars(stmt).all()


def assessments(session: Session, worker: str) -> Sequence[Row[Any]]:
    """Every living assessment version with the answers that deadlines are counted from."""
    stmt = select(
        Assessment.id, Assessment.client_id, Assessment.series_id, Assessment.version_no, Assessment.status,
        Assessment.created_at, Assessment.completed_at,
        _answer("initiation.date").label("initiated_on"), _answer("initiation.method").label("method"),
        _answer("conduct.start_date").label("started_on"),
        _answer("conclusions.right_to_special_support").label("special_support"),
    ).where(Assessment.client_id.in_(own_clients(worker)), Assessment.deleted_at.is_(None))
    return session.execute(stmt).all()


def sessions(session: Session, worker: str) -> Sequence[Row[Any]]:
    """Draft and completed decision-making sessions with their topic and follow-up date."""
    content = DecisionSession.content
    stmt = select(
        DecisionSession.id, DecisionSession.client_id, DecisionSession.status, DecisionSession.created_at,
        func.json_extract(content, "$.follow_up_on").label("follow_up_on"),
        func.json_extract(content, "$.topic_plain").label("topic_plain"),
        func.json_extract(content, "$.topic").label("topic"),
    ).where(DecisionSession.client_id.in_(own_clients(worker)), DecisionSession.deleted_at.is_(None),
            DecisionSession.status.in_(("draft", "completed")))
    return session.execute(stmt).all()


def plans(session: Session, worker: str) -> Sequence[Row[Any]]:
    """Draft and agreed plan versions with their review date."""
    stmt = select(
        ClientPlan.id, ClientPlan.client_id, ClientPlan.status, ClientPlan.version_no, ClientPlan.created_at,
        func.json_extract(ClientPlan.content, "$.review_date").label("review_date"),
    ).where(ClientPlan.client_id.in_(own_clients(worker)), ClientPlan.deleted_at.is_(None),
            ClientPlan.status.in_(("draft", "agreed")))
    return session.execute(stmt).all()


def reviews(session: Session, worker: str) -> Sequence[Row[Any]]:
    stmt = select(PlanReview.plan_id, PlanReview.status, PlanReview.review_date).where(
        PlanReview.client_id.in_(own_clients(worker)), PlanReview.deleted_at.is_(None))
    return session.execute(stmt).all()


def budgets(session: Session, worker: str) -> Sequence[Row[Any]]:
    stmt = select(
        PersonalBudget.id, PersonalBudget.client_id, PersonalBudget.state, PersonalBudget.period_start,
        PersonalBudget.period_end, PersonalBudget.created_at, PersonalBudget.decision_date,
    ).where(PersonalBudget.client_id.in_(own_clients(worker)), PersonalBudget.deleted_at.is_(None))
    return session.execute(stmt).all()
