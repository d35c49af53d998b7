"""Where a client's case stands (Essote's six phases) and what is due next.

This is the one rule for the case phase: the client file's Assessments tab and the case
service both use it. Inputs are plain facts (dates already in the user's time zone) so
the rules stay testable without a store. Client plans move the case on from Plan to
Implementation and Follow-up; supported decision-making sessions add due items only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CasePhase(StrEnum):
    ASSESSMENT = "assessment"
    PLAN = "plan"
    DECISION = "decision"
    IMPLEMENTATION = "implementation"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


@dataclass(frozen=True)
class AssessmentFact:
    status: str  # draft, completed, superseded
    started_on: date
    version_no: int = 1
    completed_on: date | None = None


@dataclass(frozen=True)
class SessionFact:
    """A supported decision-making session version (superseded ones count for nothing)."""

    status: str  # draft, completed, superseded
    started_on: date
    follow_up_on: date | None = None


@dataclass(frozen=True)
class PlanFact:
    """A client plan version (superseded ones count for nothing)."""

    status: str  # draft, agreed, superseded
    started_on: date
    version_no: int = 1
    agreed_on: date | None = None
    review_on: date | None = None


@dataclass(frozen=True)
class DueItem:
    """Something to do; ``key`` is a message key, ``since`` the date it refers to.

    ``version`` is the assessment version a draft item is about (an amendment when > 1).
    """

    key: str
    since: date | None = None
    version: int = 1


@dataclass(frozen=True)
class CaseOverview:
    phase: CasePhase
    due: tuple[DueItem, ...]


def case_overview(client_status: str, assessments: Iterable[AssessmentFact], open_visits: int = 0, *,
                  sessions: Iterable[SessionFact] = (), plans: Iterable[PlanFact] = (),
                  today: date | None = None, planned_visits: Iterable[date] = ()) -> CaseOverview:
    """The phase of a client's case and what is due, most important first.

    - A closed client: phase Closed, nothing due.
    - Any draft (a first version or an amendment) puts the case in Assessment: the counsellor
      is still finding out the need, and a plan must not rest on an assessment being changed.
      Each draft is due, newest first, by the day it was started.
    - Otherwise a completed assessment moves the case to Plan; the plan is due from the day
      the newest assessment was completed.
    - A draft plan keeps the case in Plan (the draft is due, by the day it was started).
    - An agreed plan moves the case to Implementation, unless an assessment was completed
      after it was agreed (then the plan is due again: Plan). From its review date on
      (``today``) the case is in Follow-up and the review is due.
    - No assessment at all: phase Assessment, one is due.
    Superseded versions count for nothing: their newer version decides. An open visit is
    always listed first, as it should be ended the same day.

    Planned visits (their days, ``planned_visits``) come next, earliest first: one planned for
    a day before ``today`` and never started is a loose end (start, move or cancel it); the
    others are what is coming. A planned visit is not an open one: nothing has happened yet.

    Supported decision-making sessions do not change the phase; they add to what is due,
    after the assessment items: each unfinished draft (newest first, by the day it was
    started), then each completed session with a follow-up date (earliest first).
    """
    if client_status == "closed":
        return CaseOverview(CasePhase.CLOSED, ())
    found = list(assessments)
    due: list[DueItem] = [DueItem("due.visit_open")] if open_visits else []
    due += [DueItem("due.visit_planned_missed" if today is not None and day < today else "due.visit_planned", day)
            for day in sorted(planned_visits)]
    drafts = sorted((a for a in found if a.status == "draft"), key=lambda a: a.started_on, reverse=True)
    completed = [a for a in found if a.status == "completed"]
    if drafts:
        due += [DueItem("due.assessment_amendment" if a.version_no > 1 else "due.assessment_draft",
                        a.started_on, a.version_no) for a in drafts]
        phase = CasePhase.ASSESSMENT
    elif completed:
        newest = max(completed, key=lambda a: a.completed_on or a.started_on)
        phase, plan_due = _plan_phase(newest.completed_on or newest.started_on, list(plans), today)
        due += plan_due
    else:
        due.append(DueItem("due.assessment_missing"))
        phase = CasePhase.ASSESSMENT
    return CaseOverview(phase, tuple(due + _session_items(sessions)))


def _plan_phase(assessed_on: date, plans: list[PlanFact], today: date | None) -> tuple[CasePhase, list[DueItem]]:
    draft = next((p for p in plans if p.status == "draft"), None)
    if draft is not None:
        return CasePhase.PLAN, [DueItem("due.plan_draft", draft.started_on, draft.version_no)]
    agreed = next((p for p in plans if p.status == "agreed"), None)
    if agreed is None or (agreed.agreed_on or agreed.started_on) < assessed_on:
        return CasePhase.PLAN, [DueItem("due.plan", assessed_on)]
    if agreed.review_on is not None and today is not None and today >= agreed.review_on:
        return CasePhase.FOLLOW_UP, [DueItem("due.plan_review", agreed.review_on, agreed.version_no)]
    return CasePhase.IMPLEMENTATION, []


def _session_items(sessions: Iterable[SessionFact]) -> list[DueItem]:
    found = list(sessions)
    drafts = sorted((s for s in found if s.status == "draft"), key=lambda s: s.started_on, reverse=True)
    follow_ups = sorted(s.follow_up_on for s in found if s.status == "completed" and s.follow_up_on is not None)
    return ([DueItem("due.session_draft", s.started_on) for s in drafts]
            + [DueItem("due.session_follow_up", day) for day in follow_ups])
