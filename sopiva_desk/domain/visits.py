"""Visits and contacts: the ways of meeting and the rules for what is recorded of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from sopiva_desk.domain.clients import FieldInvalid, clean_name
from sopiva_desk.domain.issues import Issue

PLACE_MAX = 200
NOTES_MAX = 20000
PEOPLE_MAX = 30


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
