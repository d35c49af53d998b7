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

from sqlalchemy import delete, insert, select, tuple_, update
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


def _day(value: Any) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def due(session: Session, rules: RetentionRules, as_of: date, client_ids: Iterable[str] | None = None) -> list[Due]:
    """Every record type of every closed client whose retention has ended on ``as_of``, with what
    is due of it; oldest first. Reads the clients 400 at a time, and of their records only the keys
    and the days that count (a disclosure's own day, for types counted from the entry)."""
    closed = _closed_clients(session, client_ids)
    found: list[Due] = []
    for start in range(0, len(closed), 400):
        chunk = closed[start:start + 400]
        ids = [client_id for client_id, _, _ in chunk]
        records: dict[str, list[tuple[str, str, date | None]]] = {}
        for entity, record_id, client_id, disclosed_on, created_at in session.execute(
                select(Record.entity, Record.id, Record.client_id, Record.data["disclosed_on"].as_string(),
                       Record.data["created_at"].as_string()).where(Record.client_id.in_(ids))):
            day = (_day(disclosed_on) if entity == "disclosure" else None) or _day(created_at)
            records.setdefault(client_id, []).append((entity, record_id, day))
        logs: dict[str, list[tuple[str, str, date | None]]] = {}
        for entry_id, client_id, at in session.execute(select(AccessLogEntry.id, AccessLogEntry.client_id,
                                                              AccessLogEntry.at).where(
                AccessLogEntry.client_id.in_(ids))):
            logs.setdefault(client_id, []).append((ACCESS_LOG, entry_id, at.date() if at is not None else None))
        for client_id, closed_on, known in chunk:
            for record_type in rules.types:
                item = Due(client_id, record_type.key, closed_on, known, record_type.ends_on(closed_on),
                           record_type.years)
                if record_type.key == ACCESS_LOG:
                    _collect(item, record_type, logs.get(client_id, ()), as_of, item.log_ids)
                else:
                    _collect(item, record_type, (r for r in records.get(client_id, ()) if r[0] in record_type.entities),
                             as_of, None)
                if item.total:
                    found.append(item)
    return sorted(found, key=lambda item: (item.due_since, item.client_id, item.record_type))


def _collect(item: Due, record_type: RecordType, rows: Iterable[tuple[str, str, date | None]], as_of: date,
             log_ids: list[str] | None) -> None:
    """Count the rows whose retention has ended; ``due_since`` becomes the earliest of their ends."""
    earliest: date | None = None
    for entity, record_id, day in rows:
        ends = record_type.ends_on(item.closed_on, day)
        if ends > as_of:
            continue
        item.counts[entity] = item.counts.get(entity, 0) + 1
        if log_ids is not None:
            log_ids.append(record_id)
        else:
            item.record_keys.append((entity, record_id))
        earliest = ends if earliest is None else min(earliest, ends)
    if earliest is not None:
        item.due_since = earliest


def purge(session: Session, rules: RetentionRules, as_of: date, by: str, *, client_ids: Iterable[str] | None = None,
          now: datetime | None = None) -> list[PurgeRecord]:
    """Purge what is due on ``as_of`` (of the given clients, or of every closed client); one
    ``PurgeRecord`` per client. A client given that has nothing due is an error, and nothing is purged.

    The deletions go 400 rows a statement across clients (a per-client loop of small statements
    took 0.15 s a client on PostgreSQL and SQLite alike); only clients with print jobs are looked
    at one by one, for the print stations of their units."""
    by = by.strip()
    if not by:
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
    clients = sorted(by_client)
    keys = sorted({(item.client_id, *key) for item in items for key in item.record_keys})
    log_ids = sorted({(item.client_id, entry_id) for item in items for entry_id in item.log_ids})
    users: dict[str, list[str]] = {}
    for start in range(0, len(clients), 400):
        for client_id, user_id in session.execute(select(Assignment.client_id, Assignment.user_id).where(
                Assignment.client_id.in_(clients[start:start + 400]))):
            users.setdefault(client_id, []).append(user_id)
    printed = sorted({client_id for client_id, entity, _ in keys if entity == printing.PRINT_JOB})
    units = {client_id: printing.units_of_client(session, client_id) for client_id in printed}
    forget(session, keys, log_ids, purged_by=f"retention ({by})", now=now)
    gone = sorted({client_id for client_id, entity, _ in keys if entity == "client"})
    for start in range(0, len(gone), 400):  # the client record itself went: so do its assignments
        session.execute(delete(Assignment).where(Assignment.client_id.in_(gone[start:start + 400])))
    for client_id, user_ids in users.items():  # a laptop that still holds the case drops it
        for user_id in user_ids:
            changes.emit_scope(session, "evict", client_id, user_id)
    for client_id in printed:  # print stations drop its jobs
        printing.forget_client(session, client_id)
        printing.client_left_units(session, client_id, units[client_id])
    made = [_purge_record(rules, client_id, by_client[client_id], by, now) for client_id in clients]
    session.add_all(made)
    session.flush()
    return made


def _purge_record(rules: RetentionRules, client_id: str, items: list[Due], by: str, now: datetime) -> PurgeRecord:
    periods = ", ".join(f"{item.record_type} {item.years} y" for item in items)
    reason = (f"retention ended (rules version {rules.version}{'' if rules.confirmed else ', not yet confirmed'}): "
              f"{periods} from the closing on {items[0].closed_on.isoformat()}"
              f"{'' if items[0].closed_on_known else ' (the client record last changed; no closing day recorded)'}")
    return PurgeRecord(client_id=client_id, purged_at=now, purged_by=by[:100], rule="retention", reason=reason,
                       removed={item.record_type: {"entities": item.counts, "due_since": item.due_since.isoformat()}
                                for item in items},
                       closed_on=items[0].closed_on)


def forget(session: Session, keys: list[tuple[str, str, str]], log_ids: list[tuple[str, str]], *, purged_by: str,
           now: datetime) -> None:
    """Delete these records ((client id, entity, id)) and access-log entries ((client id, id)) and
    remember their ids for good in the purge ledger."""
    ledger = [(client_id, entity, record_id) for client_id, entity, record_id in keys] + \
             [(client_id, ACCESS_LOG_LEDGER, entry_id) for client_id, entry_id in log_ids]
    for start in range(0, len(ledger), 400):
        chunk = ledger[start:start + 400]
        known = {(entity, record_id) for entity, record_id in session.execute(
            select(PurgeLedger.entity, PurgeLedger.record_id).where(
                tuple_(PurgeLedger.entity, PurgeLedger.record_id).in_([(e, r) for _, e, r in chunk])))}
        rows = [{"entity": e, "record_id": r, "client_id": c, "purged_at": now, "purged_by": purged_by}
                for c, e, r in chunk if (e, r) not in known]
        if rows:
            session.execute(insert(PurgeLedger), rows)
    for start in range(0, len(keys), 400):
        pairs = [(entity, record_id) for _, entity, record_id in keys[start:start + 400]]
        record_ids = [record_id for _, record_id in pairs]
        # Emptied, not deleted (see admin.purge_client): seqs already handed out must stay taken.
        session.execute(update(ChangeLog).where(ChangeLog.record_id.in_(record_ids)).values(
            kind="purged", entity=None, record_id=None, client_id=None, conflict_id=None, audience_user_id=None,
            origin_device_id=None))
        session.execute(delete(Conflict).where(tuple_(Conflict.entity, Conflict.record_id).in_(pairs)))
        session.execute(delete(Record).where(tuple_(Record.entity, Record.id).in_(pairs)))
    for start in range(0, len(log_ids), 400):
        chunk_ids = [entry_id for _, entry_id in log_ids[start:start + 400]]
        # An entry of a device's hash chain leaves a stub (its place, the hash it links from and
        # its own hash, no content): deleting it would make every later check report a break there.
        for row in session.scalars(select(AccessLogEntry).where(AccessLogEntry.id.in_(chunk_ids),
                                                                AccessLogEntry.chain_id.is_not(None))):
            row.entry = purged_stub(row)
            row.client_id = None
            row.clients = None
        session.execute(delete(AccessLogEntry).where(AccessLogEntry.id.in_(chunk_ids),
                                                     AccessLogEntry.chain_id.is_(None)))


def purged_stub(row: AccessLogEntry) -> dict[str, Any]:
    """What stays of a purged chained entry: where it stood and how it linked, nothing of whom or what."""
    return {"purged": True, "id": row.id, "seq": row.seq, "prev_hash": row.entry.get("prev_hash"),
            "hash": row.entry_hash}


def purge_records(session: Session, client_id: str | None = None) -> list[PurgeRecord]:
    query = select(PurgeRecord).order_by(PurgeRecord.purged_at, PurgeRecord.id)
    if client_id is not None:
        query = query.where(PurgeRecord.client_id == client_id)
    return list(session.scalars(query))


def purge_record_json(record: PurgeRecord) -> dict[str, Any]:
    return {"purge_id": record.id, "client_id": record.client_id, "purged_at": record.purged_at.isoformat(),
            "purged_by": record.purged_by, "rule": record.rule, "reason": record.reason, "removed": record.removed,
            "closed_on": record.closed_on.isoformat() if record.closed_on else None}
