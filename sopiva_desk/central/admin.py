"""What the administration CLI does (docs/admin.md): users, devices, assignments, reference
data, conflicts, and exporting or purging everything held on one client."""

from __future__ import annotations

import json
import tomllib
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sopiva_desk.central import changes, printing
from sopiva_desk.central.models import (
    ROLES,
    AccessLogEntry,
    Assignment,
    ChangeLog,
    Conflict,
    Device,
    PrintSnapshot,
    PurgeLedger,
    PurgeRecord,
    Record,
    User,
    utc_now,
)
from sopiva_desk.protocol import wire
from sopiva_desk.protocol.entities import REFERENCE

#: Namespace of reference record ids: uuid5(NAMESPACE, "kind:name:version").
REFERENCE_NAMESPACE = uuid.UUID("6f1c1d52-3b9e-4f0e-9a44-5d1f3c7b2a10")
ADMIN = "admin"
EXPORT_FORMAT = "sopiva-client-export"
EXPORT_FORMAT_VERSION = 1


class AdminError(Exception):
    """Something the administrator asked for that cannot be done; the message says why."""


def _unit(unit: str | None) -> str | None:
    if unit is None or not unit.strip():
        return None
    if len(unit.strip()) > 100:
        raise AdminError("a unit name has at most 100 characters")
    return unit.strip()


def add_user(session: Session, name: str, role: str, unit: str | None = None) -> User:
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if not name.strip() or len(name) > 100:
        raise AdminError("a user needs a name of at most 100 characters")
    user = User(name=name.strip(), role=role, unit=_unit(unit))
    session.add(user)
    session.flush()
    return user


def set_unit(session: Session, user_key: str, unit: str | None) -> User:
    """Move a user to another unit (``None`` or "": none). The clients assigned to the user
    follow: the print stations of a unit they leave evict them, those of a unit they enter get
    their print jobs."""
    user = find_user(session, user_key)
    unit = _unit(unit)
    if unit == user.unit:
        return user
    clients = list(session.scalars(select(Assignment.client_id).where(Assignment.user_id == user.id)))
    before = {client_id: printing.units_of_client(session, client_id) for client_id in clients}
    user.unit = unit
    session.flush()
    for client_id in clients:
        printing.client_left_units(session, client_id, before[client_id])
        printing.client_entered_units(session, client_id, before[client_id])
    return user


def find_user(session: Session, key: str) -> User:
    user = session.get(User, key)
    if user is None:
        matches = list(session.scalars(select(User).where(User.name == key)))
        if len(matches) > 1:
            raise AdminError(f"{len(matches)} users are called {key!r}: give the user id")
        user = matches[0] if matches else None
    if user is None:
        raise AdminError(f"no user {key!r}")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def list_devices(session: Session) -> list[tuple[Device, User]]:
    rows = session.execute(select(Device, User).join(User, User.id == Device.user_id)
                           .order_by(User.name, Device.enrolled_at))
    return [(device, user) for device, user in rows]


def revoke_device(session: Session, device_id: str, now: datetime | None = None) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = now or utc_now()
    return device


def _client_exists(session: Session, client_id: str) -> bool:
    return session.get(Record, ("client", client_id)) is not None


def client_id_of(text: str) -> str:
    """A client id as typed, checked and in the stored form (``AdminError`` if it is not one)."""
    return _client_id(text)


def _client_id(text: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError as error:
        raise AdminError(f"{text!r} is not a client id (a uuid)") from error


def assign(session: Session, client_id: str, user_key: str) -> bool:
    client_id = _client_id(client_id)
    if session.get(PurgeLedger, ("client", client_id)) is not None:
        raise AdminError("this client was purged")
    if not _client_exists(session, client_id):
        raise AdminError(f"the central records have no client {client_id}")
    return changes.assign(session, client_id, find_user(session, user_key).id)


def unassign(session: Session, client_id: str, user_key: str) -> bool:
    return changes.unassign(session, _client_id(client_id), find_user(session, user_key).id)


def list_conflicts(session: Session, include_resolved: bool = False) -> list[Conflict]:
    query = select(Conflict).order_by(Conflict.created_at)
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    return list(session.scalars(query))


def export_client(session: Session, client_id: str) -> dict[str, Any]:
    """Everything the central records hold on one client, as JSON-ready values."""
    client_id = _client_id(client_id)
    records = list(session.scalars(select(Record).where(Record.client_id == client_id)
                                   .order_by(Record.entity, Record.id)))
    if not records and session.get(PurgeLedger, ("client", client_id)) is None:
        raise AdminError(f"the central records have no client {client_id}")
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_entity.setdefault(record.entity, []).append(
            {"id": record.id, "revision": record.revision, "deleted": record.deleted, "data": record.data,
             "field_revisions": record.field_revs, "updated_at": record.updated_at,
             "updated_by": record.updated_by, "updated_by_name": record.updated_by_name})
    conflicts = [changes.conflict_change(c) for c in session.scalars(
        select(Conflict).where(Conflict.client_id == client_id).order_by(Conflict.created_at))]
    assignments = [{"user_id": a.user_id, "assigned_at": a.assigned_at} for a in session.scalars(
        select(Assignment).where(Assignment.client_id == client_id))]
    access_log = [{"id": e.id, "device_id": e.device_id, "user_id": e.user_id, "at": e.at, "entry": e.entry}
                  for e in session.scalars(select(AccessLogEntry).where(AccessLogEntry.client_id == client_id)
                                           .order_by(AccessLogEntry.at, AccessLogEntry.id))]
    purged = [{"entity": p.entity, "record_id": p.record_id, "purged_at": p.purged_at, "purged_by": p.purged_by}
              for p in session.scalars(select(PurgeLedger).where(PurgeLedger.client_id == client_id))]
    print_snapshots = [{"job_id": s.job_id, "entity": s.entity, "record_id": s.record_id, "revision": s.revision,
                        "records": s.records, "created_at": s.created_at}
                       for s in session.scalars(select(PrintSnapshot).where(PrintSnapshot.client_id == client_id)
                                                .order_by(PrintSnapshot.created_at, PrintSnapshot.job_id))]
    purges = [{"purge_id": p.id, "purged_at": p.purged_at, "purged_by": p.purged_by, "rule": p.rule,
               "reason": p.reason, "removed": p.removed, "closed_on": p.closed_on}
              for p in session.scalars(select(PurgeRecord).where(PurgeRecord.client_id == client_id)
                                       .order_by(PurgeRecord.purged_at, PurgeRecord.id))]
    client = session.get(Record, ("client", client_id))
    closed_on = client.data.get("closed_on") if client is not None else None
    # The same structure as the laptop's export (services/subject_export.py, docs/client-export.md).
    return wire.encode_value({"format": EXPORT_FORMAT, "format_version": EXPORT_FORMAT_VERSION, "source": "central",
                              "client_id": client_id, "exported_at": utc_now(), "retention": {"closed_on": closed_on},
                              "records": by_entity, "access_log": access_log, "conflicts": conflicts,
                              "print_snapshots": print_snapshots, "assignments": assignments,
                              "purged": purged, "purges": purges})


def purge_client(session: Session, client_id: str, reason: str, now: datetime | None = None, *,
                 by: str = ADMIN) -> int:
    """Delete every record of a client for good and remember their ids so none comes back.

    Users the client was assigned to, and the print stations of their units, get an ``evict``.
    The access log stays (it records who saw what, which outlives the data). Returns the number
    of records purged.
    """
    client_id = _client_id(client_id)
    now = now or utc_now()
    records = list(session.scalars(select(Record).where(Record.client_id == client_id)))
    if not records and not _client_exists(session, client_id):
        raise AdminError(f"the central records have no client {client_id}")
    # The access log stays, and its retention runs from the closing (or from today for a client
    # not closed): the purge record keeps the day once the client record is gone (retention.py).
    client = next((r for r in records if r.entity == "client"), None)
    try:
        closed_on = date.fromisoformat(client.data["closed_on"]) if client is not None else None
    except (KeyError, TypeError, ValueError):
        closed_on = None
    if closed_on is None:
        closed_on = now.date()
    keys = {(r.entity, r.id) for r in records} | {("client", client_id)}
    known = {(p.entity, p.record_id) for p in session.scalars(select(PurgeLedger).where(
        PurgeLedger.client_id == client_id))}
    for entity, record_id in sorted(keys - known):
        session.add(PurgeLedger(entity=entity, record_id=record_id, client_id=client_id, purged_at=now,
                                purged_by=reason))
    users = list(session.scalars(select(Assignment.user_id).where(Assignment.client_id == client_id)))
    units = printing.units_of_client(session, client_id)
    # The client's change-log rows are emptied, not deleted: on SQLite a deleted last row's seq
    # would be handed out again, below cursors devices already hold, and they would never pull
    # what comes next. An emptied row names nothing and nobody sees it.
    session.execute(update(ChangeLog).where(ChangeLog.client_id == client_id).values(
        kind="purged", entity=None, record_id=None, client_id=None, conflict_id=None, audience_user_id=None,
        origin_device_id=None))
    session.execute(delete(Conflict).where(Conflict.client_id == client_id))
    session.execute(delete(Record).where(Record.client_id == client_id))
    session.execute(delete(Assignment).where(Assignment.client_id == client_id))
    printing.forget_client(session, client_id)
    for user_id in users:
        changes.emit_scope(session, "evict", client_id, user_id)
    printing.client_left_units(session, client_id, units)  # the print stations drop its jobs
    counts: dict[str, int] = {}
    for record in records:
        counts[record.entity] = counts.get(record.entity, 0) + 1
    session.add(PurgeRecord(client_id=client_id, purged_at=now, purged_by=by[:100], rule="manual", reason=reason,
                            removed={"all_records": {"entities": counts, "due_since": None}}, closed_on=closed_on))
    return len(records)


# --- reference data -----------------------------------------------------------------------

def reference_id(kind: str, name: str, version: int) -> str:
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{name}:{version}"))


def _reference_bodies(folder: Path) -> list[tuple[str, str, int | None, Any]]:
    """(kind, name, version or None for "next", body) of everything in a resources folder;
    ``AdminError`` naming the file for one that cannot be read or has the wrong shape."""
    found: list[tuple[str, str, int | None, Any]] = []
    catalogue_file = folder / "reference" / "service_catalogue.toml"
    if catalogue_file.is_file():
        catalogue = wire.encode_value(_read(catalogue_file, tomllib.loads))
        services = catalogue.get("services")
        if not isinstance(services, list) or not all(
                isinstance(service, dict) and isinstance(service.get("code"), str) for service in services):
            raise AdminError(f"{catalogue_file.name}: services must be [[services]] tables, each with a code")
        found.append(("service_catalogue", "service_catalogue", None, catalogue))
        prices = {service["code"]: service.get("prices", []) for service in services}
        found.append(("price_list", "price_list", None, {
            "catalogue_version": catalogue.get("catalogue_version"), "prices": prices}))
    municipalities = folder / "reference" / "municipalities.json"
    if municipalities.is_file():
        found.append(("municipalities", "municipalities", None, _read(municipalities, json.loads)))
    templates = folder / "templates"
    if templates.is_dir():
        for path in sorted(templates.glob("*.toml")):
            body = wire.encode_value(_read(path, tomllib.loads))
            if (not isinstance(body.get("id"), str) or not isinstance(body.get("version"), int)
                    or isinstance(body.get("version"), bool)):
                raise AdminError(f"{path.name}: a template needs an id and an integer version")
            found.append(("assessment_template", body["id"], body["version"], body))
    if not found:
        raise AdminError(f"{folder} has no reference/ or templates/ files to load")
    return found


def _read(path: Path, parse: Any) -> dict[str, Any]:
    """A TOML or JSON file as a table; ``AdminError`` naming the file and the problem otherwise."""
    try:
        data = parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:  # TOMLDecodeError and JSONDecodeError are ValueErrors
        raise AdminError(f"{path.name}: cannot be read: {err}") from None
    if not isinstance(data, dict):
        raise AdminError(f"{path.name}: must be a table (an object) at the top")
    return data


def load_reference(session: Session, folder: Path) -> list[tuple[str, str, int, bool]]:
    """Load reference data as new versioned records; unchanged bodies are not loaded again.

    Returns (kind, name, version, loaded) for each item. A template's version is its own;
    other kinds get the next version number when their body changed.
    """
    report: list[tuple[str, str, int, bool]] = []
    existing = list(session.scalars(select(Record).where(Record.entity == REFERENCE)))
    for kind, name, version, body in _reference_bodies(folder):
        same_name = [r for r in existing if r.data.get("kind") == kind and r.data.get("name") == name]
        if version is None:
            latest = max(same_name, key=lambda r: r.data["version"], default=None)
            if latest is not None and latest.data["body"] == body:
                report.append((kind, name, latest.data["version"], False))
                continue
            version = (latest.data["version"] + 1) if latest else 1
        record_id = reference_id(kind, name, version)
        present = session.get(Record, (REFERENCE, record_id))
        if present is not None:
            if present.data["body"] != body:
                raise AdminError(f"{kind} {name} version {version} is already loaded with other content: "
                                 "a changed template needs a new version")
            report.append((kind, name, version, False))
            continue
        now = utc_now()
        data = {"id": record_id, "kind": kind, "name": name, "version": version, "body": body,
                "created_at": now.isoformat(), "created_by": ADMIN}
        record = Record(entity=REFERENCE, id=record_id, client_id=None, revision=1, data=data,
                        field_revs={"body": 1}, deleted=False, updated_at=now, updated_by=ADMIN,
                        updated_by_name="reference load")
        session.add(record)
        session.flush()
        changes.emit_record(session, record)
        existing.append(record)
        report.append((kind, name, version, True))
    return report
