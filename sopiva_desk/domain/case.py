"""Where a client's case stands (Essote's six phases) and what is due next.

Inputs are plain facts so the rules stay testable without a store; later issues add
plans, decisions and reviews to the facts and to the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
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


@dataclass(frozen=True)
class DueItem:
    """Something to do; ``key`` is a message key, ``since`` the date it refers to."""

    key: str
    since: date | None = None


def case_phase(client_status: str, assessments: Sequence[AssessmentFact]) -> CasePhase:
    if client_status == "closed":
        return CasePhase.CLOSED
    if any(a.status in ("completed", "superseded") for a in assessments):
        return CasePhase.PLAN
    return CasePhase.ASSESSMENT


def due_items(client_status: str, assessments: Sequence[AssessmentFact], open_visits: int = 0) -> list[DueItem]:
    """What the counsellor should see as due, most important first."""
    if client_status == "closed":
        return []
    items: list[DueItem] = []
    if open_visits:
        items.append(DueItem("due.visit_open"))
    items += [DueItem("due.assessment_draft", a.started_on)
              for a in sorted(assessments, key=lambda a: a.started_on) if a.status == "draft"]
    if not assessments:
        items.append(DueItem("due.assessment_missing"))
    elif case_phase(client_status, assessments) == CasePhase.PLAN:
        items.append(DueItem("due.plan"))
    return items
