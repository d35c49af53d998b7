"""Visits and contacts: the ways of meeting and the rules for what is recorded of them."""

from __future__ import annotations

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
