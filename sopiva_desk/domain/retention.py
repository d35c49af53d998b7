"""The retention clock: how long each kind of client record is kept after the client is closed.

Disability services keep documents 10 years from the end of the last case (the client's status
"closed"); the access log and disclosure entries 12 years. The periods are data
(``resources/reference/retention.toml``, to be confirmed with the data-protection officer), read
here into ``RetentionRules``; docs/security.md, "Retention".

The clock: closing a client sets ``closed_on`` to the day of closing; any other status clears
it (a reopened case keeps everything), and closing again starts it anew (``closed_on_after``).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

CLOSED = "closed"
#: The clock starts at the closing of the client.
FROM_CLOSING = "closing"
#: The later of the closing and the entry's own date (log entries made after the closing).
FROM_CLOSING_OR_ENTRY = "closing_or_entry"
ACCESS_LOG = "access_log"
#: Record types every rule file must set (the access log has no synchronised entity).
REQUIRED_TYPES = ("client", "visits", "assessments", "decision_records", "plans", "budgets", "reviews",
                  "disclosures", ACCESS_LOG)
_MIN_YEARS, _MAX_YEARS = 1, 150


class RetentionRulesError(ValueError):
    """A rule file that cannot be used; the message says what is wrong in it."""


@dataclass(frozen=True)
class RecordType:
    key: str
    years: int
    counted_from: str
    entities: tuple[str, ...]

    def ends_on(self, closed_on: date, entry_on: date | None = None) -> date:
        """The first day the record is no longer kept (its retention "due since")."""
        start = closed_on
        if self.counted_from == FROM_CLOSING_OR_ENTRY and entry_on is not None and entry_on > start:
            start = entry_on
        return add_years(start, self.years)


@dataclass(frozen=True)
class RetentionRules:
    version: int
    confirmed: bool  # the data-protection officer has confirmed the periods
    types: tuple[RecordType, ...]

    def type(self, key: str) -> RecordType:
        for record_type in self.types:
            if record_type.key == key:
                return record_type
        raise KeyError(key)

    def type_of_entity(self, entity: str) -> RecordType | None:
        for record_type in self.types:
            if entity in record_type.entities:
                return record_type
        return None

    def client_record_ends_on(self, closed_on: date) -> date:
        """When the client's own record goes: the end the client file shows."""
        return self.type("client").ends_on(closed_on)

    def last_end(self, closed_on: date) -> date:
        """When the last of the client's records goes (entries made after the closing aside)."""
        return max(record_type.ends_on(closed_on) for record_type in self.types)


def add_years(day: date, years: int) -> date:
    """``day`` ``years`` later; 29 February becomes 28 February in a year that has none."""
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def closed_on_after(old_status: str | None, new_status: str, closed_on: date | None, today: date) -> date | None:
    """``closed_on`` once the status has changed from ``old_status`` to ``new_status``: closing
    starts the clock today, reopening stops it, and staying closed keeps the day it started."""
    if new_status != CLOSED:
        return None
    if old_status == CLOSED and closed_on is not None:
        return closed_on
    return today


def parse_rules(data: Mapping[str, Any]) -> RetentionRules:
    """Rules from a parsed rule file (TOML); ``RetentionRulesError`` names the first problem."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RetentionRulesError("version: a whole number of at least 1 is needed")
    confirmed = data.get("confirmed", False)
    if not isinstance(confirmed, bool):
        raise RetentionRulesError("confirmed: true or false")
    raw_types = data.get("record_type")
    if not isinstance(raw_types, list) or not raw_types:
        raise RetentionRulesError("record_type: at least one [[record_type]] is needed")
    types: list[RecordType] = []
    seen_entities: dict[str, str] = {}
    for number, raw in enumerate(raw_types, start=1):
        where = f"record_type {number}"
        if not isinstance(raw, Mapping):
            raise RetentionRulesError(f"{where}: a table is needed")
        key = raw.get("key")
        if not isinstance(key, str) or not key.strip():
            raise RetentionRulesError(f"{where}: key is missing")
        where = f"record_type {key!r}"
        if any(t.key == key for t in types):
            raise RetentionRulesError(f"{where}: given twice")
        years = raw.get("years")
        if not isinstance(years, int) or isinstance(years, bool) or not _MIN_YEARS <= years <= _MAX_YEARS:
            raise RetentionRulesError(f"{where}: years must be a whole number from {_MIN_YEARS} to {_MAX_YEARS}")
        counted_from = raw.get("counted_from", FROM_CLOSING)
        if counted_from not in (FROM_CLOSING, FROM_CLOSING_OR_ENTRY):
            raise RetentionRulesError(f"{where}: counted_from must be {FROM_CLOSING!r} or {FROM_CLOSING_OR_ENTRY!r}")
        entities = raw.get("entities", [])
        if not isinstance(entities, list) or not all(isinstance(e, str) and e for e in entities):
            raise RetentionRulesError(f"{where}: entities must be a list of entity names")
        for entity in entities:
            if entity in seen_entities:
                raise RetentionRulesError(f"{where}: {entity!r} is already covered by {seen_entities[entity]!r}")
            seen_entities[entity] = key
        types.append(RecordType(key, years, counted_from, tuple(entities)))
    missing = [key for key in REQUIRED_TYPES if key not in {t.key for t in types}]
    if missing:
        raise RetentionRulesError(f"record types missing: {', '.join(missing)}")
    return RetentionRules(version, confirmed, tuple(types))
