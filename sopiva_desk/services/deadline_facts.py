"""From stored assessments to the statutory deadlines of ``domain.deadlines``: shared by the Today
page (many clients, a few answers read with ``json_extract``) and the client's case overview (one
client, whole records), so both count the same way.

Each assessment series (its versions) is one initiated matter: the newest living version's
initiation answers count, and the matter was completed on the day its first version was
completed. A decision is a personal budget decided on or after the initiation (the app holds no
other decisions yet; synced decisions will add to ``decision_dates``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sopiva_desk.domain.deadlines import Deadline, InitiationFacts, open_deadlines

INITIATION_DATE = "initiation.date"
INITIATION_METHOD = "initiation.method"
START_DATE = "conduct.start_date"
SPECIAL_SUPPORT = "conclusions.right_to_special_support"


@dataclass(frozen=True)
class AssessmentVersion:
    """What the deadlines need of one assessment version."""

    id: uuid.UUID
    series_id: uuid.UUID
    version_no: int
    completed_at: datetime | None
    initiated_on: Any  # as stored: ISO text, or anything else (then it does not count)
    method: Any
    started_on: Any
    special_support: Any


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def version_of(found: Any) -> AssessmentVersion:
    """An ``AssessmentVersion`` of a stored assessment (its answers dict)."""
    answers = found.answers or {}
    return AssessmentVersion(found.id, found.series_id, found.version_no, found.completed_at,
                             answers.get(INITIATION_DATE), answers.get(INITIATION_METHOD),
                             answers.get(START_DATE), answers.get(SPECIAL_SUPPORT))


def open_deadlines_of(versions: Iterable[AssessmentVersion], birth_date: date | None,
                      decision_dates: Iterable[date]) -> list[tuple[uuid.UUID, Deadline]]:
    """The open statutory deadlines of one client's matters, each with the assessment (its newest
    version) it is about, earliest first."""
    decisions = sorted(decision_dates)
    series: dict[uuid.UUID, list[AssessmentVersion]] = {}
    for version in versions:
        series.setdefault(version.series_id, []).append(version)
    found: list[tuple[uuid.UUID, Deadline]] = []
    for matter in series.values():
        newest = max(matter, key=lambda v: v.version_no)
        initiated_on = _day(newest.initiated_on)
        if initiated_on is None:
            continue
        completed = [v.completed_at.astimezone().date() for v in matter if v.completed_at is not None]
        decided = next((d for d in decisions if d >= initiated_on), None)
        facts = InitiationFacts(
            initiated_on, newest.method if isinstance(newest.method, str) else None, birth_date,
            _day(newest.started_on), min(completed) if completed else None,
            None if newest.special_support is None else bool(newest.special_support), decided)
        found += [(newest.id, deadline) for deadline in open_deadlines(facts)]
    found.sort(key=lambda pair: (pair[1].due_on, pair[1].kind))
    return found
