"""Retention on the central records: what is due, and purging it with a record that stays.

A closed client's records are kept for the period of their record type (``domain/retention.py``,
the rules in ``resources/reference/retention.toml``), counted from the day the client was closed
(the client record's ``closed_on``; a client closed by a laptop too old to send it counts from the
record's last change, which is never earlier). Reopening clears ``closed_on``: nothing of that
client is due any more. Types counted from "the closing or the entry" (disclosures, the access
log) are due entry by entry.

A purge deletes what is due, keeps every removed id in ``purge_ledger`` (a device that still holds
one is refused: ``push.py``, reason ``purged``) and writes one ``purge_record`` per client: which
client id, which record types and how many of each entity, by whom, when and on what rule. Users the
client was assigned to get an ``evict`` (their laptops drop the case), and once the client record
itself goes, the assignments go too. docs/admin.md, "Retention".
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sopiva_desk.central import changes, printing
from sopiva_desk.central.models import (
    AccessLogEntry,
    Assignment,
    ChangeLog,
    Conflict,
    PurgeLedger,
    PurgeRecord,
    Record,
    utc_now,
)
from sopiva_desk.domain.retention import (
    ACCESS_LOG,
    CLOSED,
    RecordType,
    RetentionRules,
    RetentionRulesError,
    parse_rules,
)
from sopiva_desk.resources import resource_path

RULES_FILE = ("reference", "retention.toml")
#: Ledger entity of a purged access-log entry (its id is the entry's own).
ACCESS_LOG_LEDGER = "access_log_entry"


class RetentionError(Exception):
    """What the administrator asked for cannot be done; the message says why."""


def load_rules(path: Path | None = None) -> RetentionRules:
    """The rules in ``path``, or the shipped ones."""
    source = path or resource_path(*RULES_FILE)
    try:
        return parse_rules(tomllib.loads(source.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, RetentionRulesError) as error:
        raise RetentionError(f"{source}: {error}") from error


@dataclass
class Due:
    """One record type of one client whose retention has ended."""

    client_id: str
    record_type: str
    closed_on: date
    closed_on_known: bool  # False: the client record's last change stands in for the closing day
    due_since: date
    years: int
    counts: dict[str, int] = field(default_factory=dict)  # entity → records due
    record_keys: list[tuple[str, str]] = field(default_factory=list, repr=False)
    log_ids: list[str] = field(default_factory=list, repr=False)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _closed_clients(session: Session, client_ids: Iterable[str] | None) -> list[tuple[str, date, bool]]:
    """(client id, closing day, whether the day was recorded) of every closed client: those whose
    client record is here, and those whose client record was purged while something of theirs
    (disclosures, the access log) stays longer — their closing day is in the purge record."""
    wanted = None if client_ids is None else list(client_ids)
    query = select(Record).where(Record.entity == "client", Record.data["status"].as_string() == CLOSED)
    if wanted is not None:
        query = query.where(Record.id.in_(wanted))
    found: dict[str, tuple[str, date, bool]] = {}
    for record in session.scalars(query.order_by(Record.id)):
        raw = record.data.get("closed_on")
        try:
            found[record.id] = (record.id, date.fromisoformat(raw), True)
        except (TypeError, ValueError):
            found[record.id] = (record.id, record.updated_at.date(), False)
    gone = select(PurgeRecord).where(PurgeRecord.closed_on.is_not(None)).order_by(PurgeRecord.purged_at)
    if wanted is not None:
        gone = gone.where(PurgeRecord.client_id.in_(wanted))
    for purged in session.scalars(gone):
        if purged.client_id not in found and session.get(Record, ("client", purged.client_id)) is None:
            assert purged.closed_on is not None
            found[purged.client_id] = (purged.client_id, purged.closed_on, True)
    return sorted(found.values())


def _entry_day(entity: str, data: dict[str, Any]) -> date | None:
    """An entry's own day, for types counted from "the closing or the entry" (a disclosure's day)."""
    for key in ("disclosed_on", "created_at") if entity == "disclosure" else ("created_at",):
        value = data.get(key)
        if isinstance(value, str) and value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def due(session: Session, rules: RetentionRules, as_of: date, client_ids: Iterable[str] | None = None) -> list[Due]:
    """Every record type of every closed client whose retention has ended on ``as_of``, with what
    is due of it; oldest first."""
    found: list[Due] = []
    for client_id, closed_on, known in _closed_clients(session, client_ids):
        records = list(session.scalars(select(Record).where(Record.client_id == client_id)))
        for record_type in rules.types:
            item = Due(client_id, record_type.key, closed_on, known, record_type.ends_on(closed_on),
                       record_type.years)
            if record_type.key == ACCESS_LOG:
                _due_log(session, record_type, item, as_of)
            else:
                _due_records(records, record_type, item, as_of)
            if item.total:
                found.append(item)
    return sorted(found, key=lambda item: (item.due_since, item.client_id, item.record_type))


def _due_records(records: list[Record], record_type: RecordType, item: Due, as_of: date) -> None:
    earliest: date | None = None
    for record in records:
        if record.entity not in record_type.entities:
            continue
        ends = record_type.ends_on(item.closed_on, _entry_day(record.entity, record.data))
        if ends <= as_of:
            item.counts[record.entity] = item.counts.get(record.entity, 0) + 1
            item.record_keys.append((record.entity, record.id))
            earliest = ends if earliest is None else min(earliest, ends)
    if earliest is not None:
        item.due_since = earliest


def _due_log(session: Session, record_type: RecordType, item: Due, as_of: date) -> None:
    earliest: date | None = None
    for entry_id, at in session.execute(select(AccessLogEntry.id, AccessLogEntry.at)
                                        .where(AccessLogEntry.client_id == item.client_id)):
        ends = record_type.ends_on(item.closed_on, at.date() if at is not None else None)
        if ends <= as_of:
            item.log_ids.append(entry_id)
            earliest = ends if earliest is None else min(earliest, ends)
    if item.log_ids:
        item.counts["access_log"] = len(item.log_ids)
        assert earliest is not None
        item.due_since = earliest


def purge(session: Session, rules: RetentionRules, as_of: date, by: str, *, client_ids: Iterable[str] | None = None,
          now: datetime | None = None) -> list[PurgeRecord]:
    """Purge what is due on ``as_of`` (of the given clients, or of every closed client); one
    ``PurgeRecord`` per client. A client given that has nothing due is an error, and nothing is purged."""
    if not by.strip():
        raise RetentionError("say who purges (--by)")
    wanted = None if client_ids is None else sorted(set(client_ids))
    items = due(session, rules, as_of, wanted)
    by_client: dict[str, list[Due]] = {}
    for item in items:
        by_client.setdefault(item.client_id, []).append(item)
    if wanted is not None:
        idle = [client_id for client_id in wanted if client_id not in by_client]
        if idle:
            raise RetentionError(f"nothing of client {idle[0]} is due on {as_of.isoformat()}: "
                                 "not closed, closed too recently, or already purged")
    now = now or utc_now()
    made = []
    for client_id, client_items in by_client.items():
        made.append(_purge_client(session, rules, client_id, client_items, by.strip(), now))
    return made


def _purge_client(session: Session, rules: RetentionRules, client_id: str, items: list[Due], by: str,
                  now: datetime) -> PurgeRecord:
    keys = sorted({key for item in items for key in item.record_keys})
    log_ids = sorted({entry_id for item in items for entry_id in item.log_ids})
    users = list(session.scalars(select(Assignment.user_id).where(Assignment.client_id == client_id)))
    units = printing.units_of_client(session, client_id)
    client_goes = ("client", client_id) in keys
    forget(session, client_id, keys, log_ids, purged_by=f"retention ({by})", now=now)
    if client_goes:
        session.execute(delete(Assignment).where(Assignment.client_id == client_id))
    # A laptop that still holds the case drops it; print stations drop its jobs.
    for user_id in users:
        changes.emit_scope(session, "evict", client_id, user_id)
    if any(entity == printing.PRINT_JOB for entity, _ in keys):
        printing.forget_client(session, client_id)
        printing.client_left_units(session, client_id, units)
    periods = ", ".join(f"{item.record_type} {item.years} y" for item in items)
    reason = (f"retention ended (rules version {rules.version}{'' if rules.confirmed else ', not yet confirmed'}): "
              f"{periods} from the closing on {items[0].closed_on.isoformat()}"
              f"{'' if items[0].closed_on_known else ' (the client record last changed; no closing day recorded)'}")
    record = PurgeRecord(client_id=client_id, purged_at=now, purged_by=by[:100], rule="retention", reason=reason,
                         removed={item.record_type: {"entities": item.counts, "due_since": item.due_since.isoformat()}
                                  for item in items},
                         closed_on=items[0].closed_on)
    session.add(record)
    session.flush()
    return record


def forget(session: Session, client_id: str, keys: list[tuple[str, str]], log_ids: list[str], *, purged_by: str,
           now: datetime) -> None:
    """Delete these records and access-log entries of the client and remember their ids for good."""
    known = {(p.entity, p.record_id) for p in session.scalars(select(PurgeLedger).where(
        PurgeLedger.client_id == client_id))}
    for entity, record_id in [*keys, *((ACCESS_LOG_LEDGER, entry_id) for entry_id in log_ids)]:
        if (entity, record_id) not in known:
            session.add(PurgeLedger(entity=entity, record_id=record_id, client_id=client_id, purged_at=now,
                                    purged_by=purged_by))
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        record_ids = [record_id for _, record_id in chunk]
        # Emptied, not deleted (see admin.purge_client): seqs already handed out must stay taken.
        session.execute(update(ChangeLog).where(ChangeLog.client_id == client_id,
                                                ChangeLog.record_id.in_(record_ids)).values(
            kind="purged", entity=None, record_id=None, client_id=None, conflict_id=None, audience_user_id=None,
            origin_device_id=None))
        for entity in {entity for entity, _ in chunk}:
            ids = [record_id for e, record_id in chunk if e == entity]
            session.execute(delete(Conflict).where(Conflict.entity == entity, Conflict.record_id.in_(ids)))
            session.execute(delete(Record).where(Record.entity == entity, Record.id.in_(ids)))
    for start in range(0, len(log_ids), 400):
        session.execute(delete(AccessLogEntry).where(AccessLogEntry.id.in_(log_ids[start:start + 400])))


def purge_records(session: Session, client_id: str | None = None) -> list[PurgeRecord]:
    query = select(PurgeRecord).order_by(PurgeRecord.purged_at, PurgeRecord.id)
    if client_id is not None:
        query = query.where(PurgeRecord.client_id == client_id)
    return list(session.scalars(query))


def purge_record_json(record: PurgeRecord) -> dict[str, Any]:
    return {"purge_id": record.id, "client_id": record.client_id, "purged_at": record.purged_at.isoformat(),
            "purged_by": record.purged_by, "rule": record.rule, "reason": record.reason, "removed": record.removed,
            "closed_on": record.closed_on.isoformat() if record.closed_on else None}
