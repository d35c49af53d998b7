"""Visits and contacts: the ways of meeting and the rules for what is recorded of them.

A visit can be planned ahead: its day and time, way, place and a note. A planned visit is
started when the counsellor arrives, moved, or cancelled with a reason (it is kept).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Any

from sopiva_desk.domain.clients import FieldInvalid, clean_name
from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue

PLACE_MAX = 200
NOTES_MAX = 20000
PEOPLE_MAX = 30
CANCEL_REASON_MAX = 2000
PLAN_AHEAD_DAYS = 2 * 366  # how far ahead a visit can be planned
_TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")


class VisitStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    ENDED = "ended"
    CANCELLED = "cancelled"


class VisitWay(StrEnum):
    HOME_VISIT = "home_visit"
    REMOTE = "remote"  # video
    PHONE = "phone"
    OFFICE = "office"


def clean_way(raw: Any) -> str:
    if raw not in {w.value for w in VisitWay}:
        raise FieldInvalid(Issue("way", "field.choice"))
    return str(raw)


def clean_people(field: str, raw: Any, *, with_reason: bool = False) -> list[dict[str, str]]:
    """Participants or absent persons: a list of {name, relation[, reason]}; empty rows are dropped."""
    rows = list(raw or [])
    if len(rows) > PEOPLE_MAX:
        raise FieldInvalid(Issue(field, "field.too_many", {"max": PEOPLE_MAX}))
    clean: list[dict[str, str]] = []
    for row in rows:
        name = str(row.get("name", "")).strip()
        relation = str(row.get("relation", "")).strip()
        reason = str(row.get("reason", "")).strip() if with_reason else ""
        if not (name or relation or reason):
            continue
        try:
            name = clean_name(field, name)
        except FieldInvalid as err:
            raise FieldInvalid(Issue(field, err.issue.key, err.issue.params)) from None
        if len(relation) > 80 or len(reason) > 400:
            raise FieldInvalid(Issue(field, "field.too_long", {"max": 80 if len(relation) > 80 else 400}))
        item = {"name": name, "relation": relation}
        if with_reason:
            item["reason"] = reason
        clean.append(item)
    return clean


def clean_visit_field(field: str, raw: Any) -> Any:
    if field == "way":
        return clean_way(raw)
    if field in ("place", "notes"):
        text = "" if raw is None else str(raw).strip()
        limit = PLACE_MAX if field == "place" else NOTES_MAX
        if len(text) > limit:
            raise FieldInvalid(Issue(field, "field.too_long", {"max": limit}))
        return text
    if field == "participants":
        return clean_people(field, raw)
    if field == "absent":
        return clean_people(field, raw, with_reason=True)
    raise KeyError(f"unknown visit field {field!r}")


# -- planning ahead ----------------------------------------------------------------------------


def clean_planned_day(raw: Any, today: date) -> date:
    """The day a visit is planned for: a date from ``today`` up to two years ahead."""
    try:
        day = read_day(raw)  # the one reading of a typed date, with its plain reasons
    except DateProblem as problem:
        raise FieldInvalid(problem.issue("day")) from None
    if day is None:
        raise FieldInvalid(Issue("day", "field.required"))
    raw = day
    if raw < today:
        raise FieldInvalid(Issue("day", "visit.planned_in_past"))
    if raw > today + timedelta(days=PLAN_AHEAD_DAYS):
        raise FieldInvalid(Issue("day", "visit.planned_too_far"))
    return raw


def clean_planned_time(raw: Any) -> time:
    """The clock time of a planned visit: ``9``, ``9.30``, ``09:30`` (24-hour clock)."""
    if isinstance(raw, time):
        return raw.replace(second=0, microsecond=0)
    text = "" if raw is None else str(raw).strip()
    if not text:
        raise FieldInvalid(Issue("time", "field.required"))
    match = _TIME.match(text)
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise FieldInvalid(Issue("time", "time.format"))
    return time(hour, minute)


def clean_cancel_reason(raw: Any) -> str:
    """Why a planned visit is cancelled: required, so the record says why it did not happen."""
    text = "" if raw is None else str(raw).strip()
    if not text:
        raise FieldInvalid(Issue("cancel_reason", "field.required"))
    if len(text) > CANCEL_REASON_MAX:
        raise FieldInvalid(Issue("cancel_reason", "field.too_long", {"max": CANCEL_REASON_MAX}))
    return text


# -- what the visit already knows, for the records made during it -------------------------------

# A way of meeting as other lists may name it (an assessment template's options).
WAY_ALIASES: dict[str, tuple[str, ...]] = {VisitWay.REMOTE.value: ("remote", "video")}


def person_line(row: Mapping[str, Any], *, with_reason: bool = False) -> str:
    """"Name (relation)", and ": reason" for an absent person."""
    name, relation = str(row.get("name") or "").strip(), str(row.get("relation") or "").strip()
    text = f"{name} ({relation})" if name and relation else name or relation
    reason = str(row.get("reason") or "").strip() if with_reason else ""
    return f"{text}: {reason}" if reason else text


def people_text(rows: Sequence[Mapping[str, Any]], *, with_reason: bool = False) -> str | None:
    """One person a line, or ``None`` when there is nobody."""
    lines = [line for line in (person_line(r, with_reason=with_reason) for r in rows) if line]
    return "\n".join(lines) or None


def way_option(way: str, options: Sequence[str]) -> str | None:
    """The option of a list that means the visit's ``way`` (``None`` when the list lacks it)."""
    return next((o for o in WAY_ALIASES.get(way, (way,)) if o in options), None)


def from_visit_value(kind: str, *, day: date, way: str, place: str, participants: Sequence[Mapping[str, Any]],
                     absent: Sequence[Mapping[str, Any]], options: Sequence[str] = ()) -> Any:
    """The visit's value for a template field's ``from_visit`` (``None`` when the visit has none)."""
    if kind == "date":
        return day
    if kind == "way":
        return way_option(way, options)
    if kind == "place":
        return place.strip() or None
    if kind == "participants":
        return people_text(participants)
    if kind == "absent":
        return people_text(absent, with_reason=True)
    raise KeyError(kind)
