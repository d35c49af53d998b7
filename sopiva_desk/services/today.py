"""The Today page: what the counsellor's own clients need from them today and in the coming week.

One read transaction per page load (plus one access-log entry for the view, like the
organisation overview): visits of today and the next days, open drafts and loose ends,
reviews due, follow-ups of decision-making sessions, and the statutory deadlines counted from
the day each matter was initiated (``domain.deadlines``). Own clients are those whose own
worker is the signed-in counsellor's display name, as the caseload's "My clients" counts them;
closed clients are left out.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sopiva_desk.domain.deadlines import Deadline
from sopiva_desk.domain.reviews import plan_review_done
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.assessments import VisitView, visit_view
from sopiva_desk.services.deadline_facts import AssessmentVersion, open_deadlines_of
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import today as repo

RECORD_TYPE = "today"
WINDOW_DAYS = 7  # today and the six days after it: on a Friday, next week's visits are already there
VIEWED = ("deadlines", "drafts", "follow_ups", "reviews", "visits")  # what the access-log entry names


@dataclass(frozen=True)
class ClientRef:
    id: uuid.UUID
    name: str  # "Last, First", as lists sort
    full_name: str = ""  # "First Last", as a page's title shows the client


@dataclass(frozen=True)
class VisitItem:
    client: ClientRef
    visit: VisitView


class DraftKind:
    VISIT_OPEN = "visit_open"  # started on an earlier day and never ended
    VISIT_MISSED = "visit_missed"  # planned for an earlier day and never started
    ASSESSMENT = "assessment"
    SESSION = "session"
    PLAN = "plan"
    BUDGET = "budget"


@dataclass(frozen=True)
class DraftItem:
    """Unfinished work; ``record_id`` is what opens it (the visit, assessment, session, plan, budget)."""

    client: ClientRef
    kind: str  # DraftKind
    record_id: uuid.UUID
    since: date
    version: int = 1
    title: str = ""  # a session's topic; empty for the others
    period: tuple[date, date] | None = None  # a budget's period
    visit: VisitView | None = None  # the visit of a visit left open or planned and never started


@dataclass(frozen=True)
class ReviewItem:
    client: ClientRef
    plan_id: uuid.UUID
    review_on: date
    version: int
    started: bool  # a review of this plan is already being drafted


@dataclass(frozen=True)
class FollowUpItem:
    client: ClientRef
    session_id: uuid.UUID
    follow_up_on: date
    topic: str


@dataclass(frozen=True)
class DeadlineItem:
    client: ClientRef
    assessment_id: uuid.UUID
    deadline: Deadline


@dataclass(frozen=True)
class TodayOverview:
    today: date
    worker: str
    own_clients: int
    visits_today: tuple[VisitItem, ...]
    visits_coming: tuple[VisitItem, ...]  # planned for the next days of the window
    drafts: tuple[DraftItem, ...]  # oldest first
    reviews: tuple[ReviewItem, ...]  # review date this week or earlier, not done (domain.reviews.plan_review_done)
    follow_ups: tuple[FollowUpItem, ...]  # follow-up date this week or earlier
    deadlines: tuple[DeadlineItem, ...]  # open statutory deadlines, earliest first

    @property
    def window_end(self) -> date:
        """The last day of the window (today + 6)."""
        return self.today + timedelta(days=WINDOW_DAYS - 1)


def _day(value: Any) -> date | None:
    """A stored ISO date (``None`` for anything else: one broken value must not hide the page)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _local(moment: datetime) -> date:
    return moment.astimezone().date()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()  # local midnight, aware


def _topic(row: Any) -> str:
    for value in (row.topic_plain, row.topic):
        if isinstance(value, str) and value.strip():
            return value.strip().splitlines()[0]
    return ""


class TodayService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def overview(self, today: date | None = None) -> TodayOverview:
        """Everything the Today page lists, read in one transaction."""
        day = today or utc_now().astimezone().date()
        worker = self._actor.user_name
        with storage_errors(), self._db.transaction() as session:
            people = {r.id: (r, ClientRef(r.id, f"{r.last_name}, {r.first_names}", f"{r.first_names} {r.last_name}"))
                      for r in repo.clients(session, worker)}
            visits = [visit_view(v) for v in repo.visits(
                session, worker, _midnight(day), _midnight(day + timedelta(days=1)),
                _midnight(day + timedelta(days=WINDOW_DAYS)))]
            assessments = repo.assessments(session, worker)
            sessions = repo.sessions(session, worker)
            plans = repo.plans(session, worker)
            reviews = repo.reviews(session, worker)
            budgets = repo.budgets(session, worker)
            refs = {client_id: ref for client_id, (_, ref) in people.items()}
            births = {client_id: row.birth_date for client_id, (row, _) in people.items()}
            window_end = day + timedelta(days=WINDOW_DAYS - 1)
            visits_today, visits_coming, drafts = _visits(visits, refs, day)
            drafts += _drafts(assessments, sessions, plans, budgets, refs)
            drafts.sort(key=lambda d: (d.since, d.client.name, str(d.record_id)))
            overview = TodayOverview(
                day, worker, len(people), tuple(visits_today), tuple(visits_coming), tuple(drafts),
                tuple(_reviews(plans, reviews, refs, window_end)), tuple(_follow_ups(sessions, refs, window_end)),
                tuple(_deadlines(assessments, budgets, refs, births)))
            # Logged as before, even when the page lists no client; the clients it names are named.
            access_log.record(session, user_id=self._actor.user_id, user_name=worker,
                              purpose=self._actor.purpose, action="view",
                              record_type=RECORD_TYPE, client_id=None, fields=VIEWED,
                              clients=shown_clients(overview) or None)
        return overview


def shown_clients(overview: TodayOverview) -> set[uuid.UUID]:
    """The clients the Today page names (their visits, drafts, reviews, follow-ups, deadlines)."""
    items: tuple[Any, ...] = (*overview.visits_today, *overview.visits_coming, *overview.drafts,
                              *overview.reviews, *overview.follow_ups, *overview.deadlines)
    return {item.client.id for item in items}


def _visits(visits: Sequence[VisitView], refs: dict[uuid.UUID, ClientRef],
            day: date) -> tuple[list[VisitItem], list[VisitItem], list[DraftItem]]:
    today: list[VisitItem] = []
    coming: list[VisitItem] = []
    loose: list[DraftItem] = []
    for visit in visits:
        ref = refs.get(visit.client_id)
        if ref is None:
            continue
        on = _local(visit.starts_at)
        if on == day:
            today.append(VisitItem(ref, visit))
        elif on > day:
            coming.append(VisitItem(ref, visit))
        elif visit.status == "open":
            loose.append(DraftItem(ref, DraftKind.VISIT_OPEN, visit.id, on, visit=visit))
        elif visit.status == "planned":
            loose.append(DraftItem(ref, DraftKind.VISIT_MISSED, visit.id, on, visit=visit))
    return today, coming, loose


def _drafts(assessments: Sequence[Any], sessions: Sequence[Any], plans: Sequence[Any], budgets: Sequence[Any],
            refs: dict[uuid.UUID, ClientRef]) -> list[DraftItem]:
    found: list[DraftItem] = []
    for row in assessments:
        if row.status == "draft" and row.client_id in refs:
            found.append(DraftItem(refs[row.client_id], DraftKind.ASSESSMENT, row.id, _local(row.created_at),
                                   row.version_no))
    for row in sessions:
        if row.status == "draft" and row.client_id in refs:
            found.append(DraftItem(refs[row.client_id], DraftKind.SESSION, row.id, _local(row.created_at),
                                   title=_topic(row)))
    for row in plans:
        if row.status == "draft" and row.client_id in refs:
            found.append(DraftItem(refs[row.client_id], DraftKind.PLAN, row.id, _local(row.created_at),
                                   row.version_no))
    for row in budgets:
        if row.state == "indicative" and row.client_id in refs:
            found.append(DraftItem(refs[row.client_id], DraftKind.BUDGET, row.id, _local(row.created_at),
                                   period=(row.period_start, row.period_end)))
    return found


def _reviews(plans: Sequence[Any], reviews: Sequence[Any], refs: dict[uuid.UUID, ClientRef],
             window_end: date) -> list[ReviewItem]:
    completed: dict[uuid.UUID, list[date]] = {}
    for review in reviews:
        if review.status == "completed":
            completed.setdefault(review.plan_id, []).append(review.review_date)
    drafted = {r.plan_id for r in reviews if r.status == "draft"}
    found = []
    for row in plans:
        review_on = _day(row.review_date)
        if (row.status == "agreed" and review_on is not None and review_on <= window_end
                and not plan_review_done(review_on, completed.get(row.id, ())) and row.client_id in refs):
            found.append(ReviewItem(refs[row.client_id], row.id, review_on, row.version_no, row.id in drafted))
    found.sort(key=lambda r: (r.review_on, r.client.name))
    return found


def _follow_ups(sessions: Sequence[Any], refs: dict[uuid.UUID, ClientRef], window_end: date) -> list[FollowUpItem]:
    found = []
    for row in sessions:
        day = _day(row.follow_up_on)
        if row.status == "completed" and day is not None and day <= window_end and row.client_id in refs:
            found.append(FollowUpItem(refs[row.client_id], row.id, day, _topic(row)))
    found.sort(key=lambda f: (f.follow_up_on, f.client.name))
    return found


def _deadlines(assessments: Sequence[Any], budgets: Sequence[Any], refs: dict[uuid.UUID, ClientRef],
               births: dict[uuid.UUID, date | None]) -> list[DeadlineItem]:
    """The open statutory deadlines of each client's matters (``services.deadline_facts``)."""
    decisions: dict[uuid.UUID, list[date]] = {}
    for row in budgets:
        if row.state != "indicative" and row.decision_date is not None:
            decisions.setdefault(row.client_id, []).append(row.decision_date)
    by_client: dict[uuid.UUID, list[AssessmentVersion]] = {}
    for row in assessments:
        by_client.setdefault(row.client_id, []).append(AssessmentVersion(
            row.id, row.series_id, row.version_no, row.completed_at, row.initiated_on, row.method, row.started_on,
            row.special_support))
    found = [DeadlineItem(refs[client_id], assessment_id, deadline)
             for client_id, versions in by_client.items() if client_id in refs
             for assessment_id, deadline in open_deadlines_of(versions, births.get(client_id),
                                                              decisions.get(client_id, ()))]
    found.sort(key=lambda d: (d.deadline.due_on, d.client.name, d.deadline.kind))
    return found
