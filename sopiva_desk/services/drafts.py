"""Draft values: what the user typed that a rule refused, kept in the encrypted store until fixed.

Our rule is that nothing typed is lost, not even a value the rules reject (an identity code
with a wrong check character, a date that does not exist). Autosave keeps such a value here,
keyed by the kind of record, its id and the field, and discards it once the field saves. When
the record is opened again the field shows the value as typed, with its message. The record
itself keeps its last valid value meanwhile, so drafts never reach documents or sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import drafts as repo

_TAG = "__draft_type__"


def encode(value: Any) -> Any:
    """JSON for a typed value; dates and decimals are tagged so they come back as they were."""
    if isinstance(value, datetime):
        return {_TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {_TAG: "date", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {_TAG: "decimal", "v": str(value)}
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # anything else is kept as its text: still what the user sees


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        kind = value.get(_TAG)
        if kind == "datetime":
            return datetime.fromisoformat(value["v"])
        if kind == "date":
            return date.fromisoformat(value["v"])
        if kind == "decimal":
            return Decimal(value["v"])
        return {key: decode(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Draft:
    scope: str
    record_id: str
    field: str
    value: Any
    kept_at: datetime


class DraftService:
    """Keeps, lists and discards draft values of the unlocked profile."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def keep(self, scope: str, record_id: str, field: str, value: Any) -> None:
        with storage_errors(), self._db.transaction() as session:
            repo.keep(session, scope, record_id, field, {"v": encode(value)}, self._actor.user_id)

    def discard(self, scope: str, record_id: str, field: str) -> None:
        with storage_errors(), self._db.transaction() as session:
            repo.discard(session, scope, record_id, field)

    def for_record(self, scope: str, record_id: str) -> dict[str, Any]:
        """The record's draft values by field, oldest first."""
        with storage_errors(), self._db.read() as session:
            return {row.field_key: decode(row.value.get("v")) for row in repo.for_record(session, scope, record_id)}

    def all(self) -> list[Draft]:
        with storage_errors(), self._db.read() as session:
            return [Draft(row.scope, row.record_id, row.field_key, decode(row.value.get("v")), row.kept_at)
                    for row in repo.every(session)]
