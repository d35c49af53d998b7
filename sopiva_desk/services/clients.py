"""Client register use cases: caseload, client file, field-by-field autosave, close persons.

Every call is one transaction, and every open, change and deletion of a client's data
writes an access-log entry in that same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from sopiva_desk.domain import clients as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.retention import closed_on_after
from sopiva_desk.services import reference, retention
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Client, ClosePerson
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import clients as repo
from sopiva_desk.store.repositories import drafts as drafts_repo


@dataclass(frozen=True)
class CaseloadRow:
    id: uuid.UUID
    last_name: str
    first_names: str
    identifier: str  # identity code, or the temporary identifier
    birth_date: date | None
    municipality_code: str
    status: str
    own_worker: str


@dataclass(frozen=True)
class CaseloadColumns:
    """Every living client for the caseload list, as plain columns: row ``i`` is the ``i``-th
    value of every list. Texts as stored, nothing converted: an id is its 32 hex digits
    (``uuid.UUID(hex=...)`` when a row is opened), a birth date ISO text or "" if unknown, the
    identifier the identity code or else the temporary id. ``row(i)`` makes one ``CaseloadRow``."""

    ids: list[str]
    last_names: list[str]
    first_names: list[str]
    identifiers: list[str]
    birth_dates: list[str]
    municipality_codes: list[str]
    statuses: list[str]
    own_workers: list[str]

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> CaseloadRow:
        born = self.birth_dates[i]
        return CaseloadRow(uuid.UUID(hex=self.ids[i]), self.last_names[i], self.first_names[i], self.identifiers[i],
                           date.fromisoformat(born) if born else None, self.municipality_codes[i],
                           self.statuses[i], self.own_workers[i])

    @classmethod
    def of(cls, rows: Iterable[CaseloadRow]) -> CaseloadColumns:
        """The same columns for rows already made (one changed client, tests)."""
        rows = list(rows)
        return cls([r.id.hex for r in rows], [r.last_name for r in rows], [r.first_names for r in rows],
                   [r.identifier for r in rows], [r.birth_date.isoformat() if r.birth_date else "" for r in rows],
                   [r.municipality_code for r in rows], [r.status for r in rows], [r.own_worker for r in rows])


@dataclass(frozen=True)
class ClosePersonView:
    id: uuid.UUID
    name: str
    relation: str
    phone: str
    roles: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class ClientFile:
    id: uuid.UUID
    revision: int
    values: dict[str, Any]  # every field of rules.CLIENT_FIELDS, as stored, and ``closed_on``
    close_persons: tuple[ClosePersonView, ...]
    updated_at: datetime
    updated_by: str
    retention_ends_on: date | None = None  # closed: the first day the client's record is not kept

    @property
    def display_name(self) -> str:
        return f"{self.values['last_name']}, {self.values['first_names']}"


@dataclass(frozen=True)
class ClientCircle:
    """Who is around the client, for picking participants: the client's own name and address
    (a visit's place), and the close persons with their relation and roles."""

    client_name: str  # "First names Last name"
    address: str  # "street address, post office", or what of it is known
    close_persons: tuple[ClosePersonView, ...]


@dataclass(frozen=True)
class Saved:
    """The stored value after cleaning, plus fields the change derived (e.g. birth date)."""

    value: Any
    derived: dict[str, Any]
    revision: int
    saved_at: datetime


def _close_person_view(person: ClosePerson) -> ClosePersonView:
    return ClosePersonView(person.id, person.name, person.relation, person.phone, tuple(person.roles), person.notes)


class ClientService:
    def __init__(self, db: Database, actor: Actor, municipality_codes: Collection[str] | None = None) -> None:
        self._db = db
        self._actor = actor
        self._municipalities = frozenset(
            municipality_codes if municipality_codes is not None else reference.municipality_by_code()
        )

    def _log(self, session: Any, action: str, record_type: str, client_id: uuid.UUID | None,
             record_id: uuid.UUID | None = None, fields: Collection[str] = ()) -> None:
        access_log.record(
            session, user_id=self._actor.user_id, user_name=self._actor.user_name,
            purpose=self._actor.purpose, action=action,
            record_type=record_type, client_id=client_id, record_id=record_id, fields=fields,
        )

    # -- caseload --------------------------------------------------------------------------

    def caseload_columns(self) -> CaseloadColumns:
        """Every living client, for the caseload list, as plain columns (not logged here: the page
        logs the listing once it is shown, ``ListingLog``). The list reads this: at 100,000 clients,
        a ``CaseloadRow`` per client would cost more than the query."""
        with storage_errors(), self._db.read() as session:
            return CaseloadColumns(*repo.caseload_columns(session))

    def caseload(self) -> list[CaseloadRow]:
        """Every living client as ``CaseloadRow`` values (for callers that want a few rows' objects)."""
        columns = self.caseload_columns()
        return [columns.row(i) for i in range(len(columns))]

    def caseload_row(self, client_id: uuid.UUID) -> CaseloadRow | None:
        with storage_errors(), self._db.read() as session:
            client = repo.get_client(session, client_id)
            if client is None:
                return None
            return CaseloadRow(
                client.id, client.last_name, client.first_names, client.hetu or client.temporary_id or "",
                client.birth_date, client.municipality_code, client.status, client.own_worker,
            )

    # -- one client ------------------------------------------------------------------------

    def create_client(self, raw: dict[str, Any]) -> uuid.UUID:
        return self.create_clients([raw])[0]

    def create_clients(self, raws: list[dict[str, Any]], *,
                       close_persons: list[list[dict[str, Any]]] | None = None) -> list[uuid.UUID]:
        """Create clients (with optional close persons) in one transaction; all or nothing.

        Raises ``ValidationError`` with the issues of the first invalid client.
        """
        cleaned = []
        for raw in raws:
            clean, issues = rules.clean_new_client(raw, municipalities=self._municipalities)
            if issues:
                raise ValidationError(issues)
            # A counsellor who registers a client is their own worker until someone else is named.
            clean["own_worker"] = clean["own_worker"] or self._actor.user_name
            clean["closed_on"] = closed_on_after(None, clean["status"], None, date.today())
            cleaned.append(clean)
        people: list[list[dict[str, Any]]] = []
        for group in close_persons or [[] for _ in raws]:
            people.append([])
            for raw_person in group:
                clean_person, issues = rules.clean_new_close_person(raw_person)
                if issues:
                    raise ValidationError(issues)
                people[-1].append(clean_person)
        with storage_errors(), self._db.transaction() as session:
            codes = [c["hetu"] for c in cleaned if c.get("hetu")]
            if len(codes) != len(set(codes)) or repo.hetus_in_use(session, codes):
                raise ValidationError([Issue("hetu", "hetu.duplicate")])
            created = []
            recorder = ChangeRecorder(session, self._actor)
            for clean, persons in zip(cleaned, people, strict=True):
                # Ids are made here, not at flush, so the whole batch goes in one executemany.
                client = recorder.create(Client(id=uuid.uuid4(), **clean), rules.CLIENT_FIELDS)
                for person in persons:
                    recorder.create(ClosePerson(id=uuid.uuid4(), client_id=client.id, **person),
                                    rules.CLOSE_PERSON_FIELDS)
                created.append(client.id)
            return created

    def open_client(self, client_id: uuid.UUID) -> ClientFile:
        """The client file for viewing and editing; logged as a view."""
        with storage_errors(), self._db.transaction() as session:
            client = repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            self._log(session, "view", "client", client.id, client.id)
            persons = repo.close_persons(session, client_id)
            return ClientFile(
                id=client.id, revision=client.revision,
                values={name: getattr(client, name) for name in rules.CLIENT_FIELDS} | {"closed_on": client.closed_on},
                close_persons=tuple(_close_person_view(p) for p in persons),
                updated_at=client.updated_at, updated_by=client.updated_by,
                retention_ends_on=retention.client_record_ends_on(client.closed_on),
            )

    def circle(self, client_id: uuid.UUID) -> ClientCircle:
        """The client's name, address and close persons, logged as a view of those fields."""
        with storage_errors(), self._db.transaction() as session:
            client = repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            self._log(session, "view", "client", client.id, client.id,
                      ("first_names", "last_name", "street_address", "post_office", "close_persons"))
            address = ", ".join(part.strip() for part in (client.street_address or "", client.post_office or "")
                                if part and part.strip())
            return ClientCircle(f"{client.first_names} {client.last_name}".strip(), address,
                                tuple(_close_person_view(p) for p in repo.close_persons(session, client_id)))

    def update_client_field(self, client_id: uuid.UUID, field: str, raw: Any) -> Saved:
        """Autosave one field. Raises ``ValidationError`` (nothing stored) if the value breaks a rule."""
        try:
            value = rules.clean_client_field(field, raw, municipalities=self._municipalities)
        except rules.FieldInvalid as err:
            raise ValidationError([err.issue]) from None
        with storage_errors(), self._db.transaction() as session:
            client = repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            values = {name: getattr(client, name) for name in rules.CLIENT_FIELDS} | {field: value}
            issues = rules.check_identity(values)
            if field == "hetu" and value and repo.hetu_in_use(session, value, except_client=client_id):
                issues.append(Issue("hetu", "hetu.duplicate"))
            if issues:
                raise ValidationError(issues)
            derived: dict[str, Any] = {}
            old_status = client.status
            setattr(client, field, value)
            if field == "status":  # closing starts the retention clock, reopening stops it
                closed_on = closed_on_after(old_status, value, client.closed_on, date.today())
                if closed_on != client.closed_on:
                    client.closed_on = closed_on
                    derived["closed_on"] = closed_on
            if field in ("hetu", "birth_date"):
                birth = rules.derived_birth_date(values)
                if field == "hetu" and not value:
                    birth = client.birth_date  # code removed: keep the date it gave
                if birth != client.birth_date or field == "birth_date":
                    client.birth_date = birth
                    derived["birth_date"] = birth
            ChangeRecorder(session, self._actor).update(client, [field, *derived])
            try:
                session.flush()
            except StaleDataError:
                raise RecordGoneError() from None
            return Saved(value, derived, client.revision, client.updated_at)

    def delete_client(self, client_id: uuid.UUID) -> None:
        """Tombstone the client and their close persons (sync carries the deletion)."""
        with storage_errors(), self._db.transaction() as session:
            client = repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            recorder = ChangeRecorder(session, self._actor)
            for record in (*repo.close_persons(session, client_id), client):
                recorder.delete(record)
            drafts_repo.discard_record(session, "client", str(client.id))  # what was typed goes with the file

    # -- close persons ---------------------------------------------------------------------

    def add_close_person(self, client_id: uuid.UUID, raw: dict[str, Any]) -> ClosePersonView:
        clean, issues = rules.clean_new_close_person(raw)
        if issues:
            raise ValidationError(issues)
        with storage_errors(), self._db.transaction() as session:
            if repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            person = ChangeRecorder(session, self._actor).create(
                ClosePerson(id=uuid.uuid4(), client_id=client_id, **clean), rules.CLOSE_PERSON_FIELDS)
            session.flush()
            return _close_person_view(person)

    def update_close_person_field(self, person_id: uuid.UUID, field: str, raw: Any) -> Saved:
        try:
            value = rules.clean_close_person_field(field, raw)
        except rules.FieldInvalid as err:
            raise ValidationError([err.issue]) from None
        with storage_errors(), self._db.transaction() as session:
            person = repo.get_close_person(session, person_id)
            if person is None:
                raise RecordGoneError()
            setattr(person, field, value)
            ChangeRecorder(session, self._actor).update(person, [field])
            session.flush()
            return Saved(value, {}, person.revision, person.updated_at)

    def remove_close_person(self, person_id: uuid.UUID) -> None:
        with storage_errors(), self._db.transaction() as session:
            person = repo.get_close_person(session, person_id)
            if person is None:
                raise RecordGoneError()
            ChangeRecorder(session, self._actor).delete(person)
