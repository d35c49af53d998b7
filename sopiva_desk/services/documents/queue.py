"""The office print queue: documents marked "to print" on the road, printed at the office.

A job names the document (kind, record, language), never holds it: the document is rendered
again from its record when printed. Waiting jobs are listed oldest first; a printed job keeps
who printed it and when. Every change is one transaction with an access-log entry
(record type ``print_job``, field names only).

On an office print station the jobs come from the central server with a snapshot of the
records their documents read, pinned when the server took the job (``record_revision``); the
document is made from that snapshot (``documents/snapshot.py``), which is emptied once the job
is printed or taken off the queue.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.documents.base import KINDS
from sopiva_desk.services.documents.texts import LANGUAGES, document_language
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.listings import PRINT_QUEUE, record_listing
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import PrintJob, PrintSnapshot, SyncDevice, utc_now
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import documents as repo

RECORD_TYPE = "print_job"
STATUSES = ("queued", "printed", "cancelled")
# The table each document kind is printed from (to find the record's client).
KIND_RECORDS = {
    "client_plan": "client_plan",
    "plain_plan": "client_plan",
    "decision_record": "decision_session",
    "assessment_summary": "assessment",
    "budget_statement": "personal_budget",
}
assert set(KIND_RECORDS) == set(KINDS)


@dataclass(frozen=True)
class PrintJobView:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    kind: str
    record_id: uuid.UUID
    language: str
    status: str  # queued, printed, cancelled
    requested_at: datetime
    requested_by_name: str
    printed_at: datetime | None
    printed_by_name: str | None
    revision: int
    #: The server revision of the record the job prints, once the server has taken the job.
    record_revision: int | None = None
    #: The document is made from the snapshot the server kept for the job (an office station).
    from_snapshot: bool = False


def _view(job: PrintJob, client_name: str, from_snapshot: bool = False) -> PrintJobView:
    return PrintJobView(job.id, job.client_id, client_name, job.document_kind, job.record_id, job.language,
                        job.status, job.requested_at, job.requested_by_name, job.printed_at, job.printed_by_name,
                        job.revision, job.record_revision, from_snapshot)


def record_client(session: Session, kind: str, record_id: uuid.UUID) -> uuid.UUID:
    """The client of the record a document of ``kind`` prints; ``RecordGoneError`` when it is gone."""
    if kind not in KIND_RECORDS:
        raise ValidationError([Issue("kind", "field.choice")])
    client_id = repo.record_client_id(session, KIND_RECORDS[kind], record_id)
    if client_id is None:
        raise RecordGoneError()
    return client_id


def _client_name(session: Session, job: PrintJob) -> str:
    found = client_repo.get_client(session, job.client_id)
    if found is not None:
        return f"{found.first_names} {found.last_name}"
    snapshot = session.get(PrintSnapshot, job.id)  # an office station knows the client from the snapshot only
    return snapshot.client_name if snapshot is not None else ""


#: The server role whose devices are office print stations.
STATION_ROLE = "office"


def is_print_station(db: Database) -> bool:
    """This profile is enrolled with the central server as an office user: a print station."""
    with storage_errors(), db.read() as session:
        device = session.get(SyncDevice, 1)
        return device is not None and device.role == STATION_ROLE


class PrintQueueService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @staticmethod
    def _logged(job: PrintJob, fields: tuple[str, ...]) -> tuple[str, ...]:
        """The fields the access log names: which document, and what changed."""
        return (f"document/{job.document_kind}", *fields)

    def queue(self, kind: str, record_id: uuid.UUID, language: str | None = None) -> PrintJobView:
        """Mark a document "to print at the office" (``language``: fi or sv; default the
        client's). A document already waiting in the same language is not queued twice."""
        if language is not None and language not in LANGUAGES:
            raise ValidationError([Issue("language", "field.choice")])
        with storage_errors(), self._db.transaction() as session:
            client_id = record_client(session, kind, record_id)
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            language = language or document_language(client.language)
            name = f"{client.first_names} {client.last_name}"
            waiting = repo.queued_job(session, kind, record_id, language)
            if waiting is not None:
                return _view(waiting, name)
            job = PrintJob(client_id=client_id, document_kind=kind, record_id=record_id, language=language,
                           status="queued", requested_by=self._actor.user_id,
                           requested_by_name=self._actor.user_name)
            ChangeRecorder(session, self._actor).create(job, self._logged(job, ("status",)))
            session.flush()
            return _view(job, name)

    def listing(self, printed_limit: int = 500) -> tuple[list[PrintJobView], list[PrintJobView]]:
        """The print queue page: the documents waiting (oldest first) and those printed (most
        recent first), read together and logged as one listing naming every client in them."""
        with storage_errors(), self._db.transaction() as session:
            waiting = self._jobs(session, "queued", 500)
            printed = self._jobs(session, "printed", printed_limit)
            record_listing(session, self._actor, PRINT_QUEUE, (job.client_id for job in (*waiting, *printed)))
            return waiting, printed

    def pending(self) -> list[PrintJobView]:
        """Documents waiting to be printed, oldest first (not logged: a page reads ``listing``)."""
        with storage_errors(), self._db.read() as session:
            return self._jobs(session, "queued", 500)

    def printed(self, limit: int = 500) -> list[PrintJobView]:
        """Printed documents, most recently printed first (not logged: a page reads ``listing``)."""
        with storage_errors(), self._db.read() as session:
            return self._jobs(session, "printed", limit)

    @staticmethod
    def _jobs(session: Session, status: str, limit: int) -> list[PrintJobView]:
        return [_view(job, f"{first} {last}" if first is not None else snapshot_name or "", bool(held))
                for job, first, last, snapshot_name, held in repo.jobs_with_names(session, status, limit)]

    def mark_printed(self, job_id: uuid.UUID) -> PrintJobView:
        """The job was printed now, by the current user."""
        return self._finish(job_id, "printed")

    def cancel(self, job_id: uuid.UUID) -> PrintJobView:
        """Take the job off the queue without printing (it stays, cancelled, for the record)."""
        return self._finish(job_id, "cancelled")

    def _finish(self, job_id: uuid.UUID, status: str) -> PrintJobView:
        with storage_errors(), self._db.transaction() as session:
            job = repo.get_job(session, job_id)
            if job is None:
                raise RecordGoneError()
            if job.status != "queued":
                raise ValidationError([Issue("status", "print_queue.not_queued")])
            now = utc_now()
            job.status = status
            fields: tuple[str, ...] = ("status",)
            if status == "printed":
                job.printed_at, job.printed_by, job.printed_by_name = now, self._actor.user_id, self._actor.user_name
                fields = ("printed_at", "printed_by", "status")
            ChangeRecorder(session, self._actor).update(job, self._logged(job, fields))
            snapshot = session.get(PrintSnapshot, job.id)
            if snapshot is not None:
                snapshot.records = None  # a station keeps no document data once the job is done
            session.flush()
            return _view(job, _client_name(session, job))
