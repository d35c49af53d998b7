"""One sync with the central server: push the outbox, push the access log, then pull
(docs/sync-protocol.md, "One sync").

- **Push** first folds each record's unsent rows into one (outbox.py), then sends the pending
  rows in ``device_seq`` order, at most 500 a request, each marked sent before it goes. A row
  leaves the outbox when its outcome is applied, merged, conflict or already applied (a
  conflict lives on the server and comes back by pull); a rejected row stays, with its outcome,
  for the counsellor to see. A lost answer is harmless: the next push repeats the same mutation
  ids and the server returns the stored outcomes (``already_applied``), changing nothing.
- **Access log**: the entries the server has not stored yet, in pages, with the signed head
  (log_push.py); the server's countersignature is kept, a break it found is reported.
- **Pull** fetches pages from the stored cursor; each page and its cursor commit in one local
  transaction (pull_apply.py), so a broken connection resumes where it stopped.

The engine never holds the store: it opens a short transaction per batch and per page, so the
GUI's store lane stays responsive while a sync runs on its own lane. ``cancel`` is checked
between batches and pages; what has committed stays committed and consistent.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopiva_desk.protocol import SCHEMA_VERSION
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.sync.enrolment import TransportFactory, device_connection
from sopiva_desk.services.sync.errors import DeviceRevokedError, ServerError, SyncError
from sopiva_desk.services.sync.log_push import LOG_PAGE, push_log
from sopiva_desk.services.sync.outbox import fold_unsent, mark_sent, retry_corrected
from sopiva_desk.services.sync.pull_apply import PageInvalid, apply_page, evict_marked
from sopiva_desk.services.sync.status import held_count
from sopiva_desk.services.sync.transport import SyncTransport
from sopiva_desk.store.change_recorder import applying_pull, queue_unsent_records
from sopiva_desk.store.database import Database
from sopiva_desk.store.meta import IDENTITY_KEY
from sopiva_desk.store.models import (
    StoreSetting,
    SyncConflict,
    SyncDevice,
    SyncOutbox,
    SyncRecord,
    utc_now,
)
from sopiva_desk.store.repositories import access_log

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_LIMIT = 500
Progress = Callable[[str, int], None]
# Outcomes after which a mutation leaves the outbox.
_DONE = frozenset({"applied", "merged", "conflict"})


@dataclass
class SyncReport:
    pushed: int = 0
    folded: int = 0  # outbox rows folded into an older unsent row of the same record before sending
    outcomes: Counter[str] = field(default_factory=Counter)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    pulled: int = 0
    pages: int = 0
    references: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    evicted: int = 0
    evictions_deferred: int = 0
    held: int = 0  # pulled changes held aside after the sync: their natural key is taken here
    released: int = 0  # held changes applied in this sync (the key became free)
    pending_left: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    cancelled: bool = False
    log_sent: int = 0  # access-log entries sent
    log_countersigned: int | None = None  # the seq the server countersigned in this sync
    log_break: dict[str, Any] | None = None  # the server found this computer's access log altered
    log_countersignature_problem: str | None = None  # server_key_changed | bad_countersignature


@dataclass(frozen=True)
class SyncStep:
    """Where a sync is, for a progress bar: ``push`` with ``done`` of ``total`` changes sent,
    ``log`` with ``done`` of ``total`` access-log entries sent, or ``pull`` with ``page`` pages and
    ``done`` records received (the total is not known ahead)."""

    stage: str
    done: int
    total: int | None = None
    page: int = 0


def mutation_document(row: SyncOutbox) -> dict[str, Any]:
    document: dict[str, Any] = {
        "mutation_id": row.mutation_id, "device_seq": row.device_seq, "entity": row.entity,
        "record_id": row.record_id, "client_id": row.client_id, "op": row.op, "base_rev": row.base_rev,
        "changed": row.changed, "author": {"user_id": row.author_id, "user_name": row.author_name},
        "made_at": row.made_at, "schema_version": SCHEMA_VERSION,
    }
    if row.op != "create":
        document["base"] = row.base
    if row.resolves:
        document["resolves"] = row.resolves
    return document


class SyncEngine:
    """Runs syncs for one unlocked store, one at a time (the sync lane is a single worker), from a
    thread other than the store lane's: it opens its own sessions and never waits on the GUI."""

    def __init__(self, db: Database, actor: Actor, *, transport_factory: TransportFactory = SyncTransport,
                 push_batch: int = PUSH_BATCH, pull_limit: int = PULL_LIMIT, chain_id: str | None = None,
                 profile_folder: Path | None = None, log_page: int = LOG_PAGE) -> None:
        """``chain_id``: the access log's chain (the profile id); ``profile_folder``: where the
        signed head file gets the server's countersignature."""
        self._db = db
        self._actor = actor
        self._chain_id = chain_id
        self._profile_folder = profile_folder
        self._log_page = log_page
        self._transport_factory = transport_factory
        self._push_batch = push_batch
        self._pull_limit = pull_limit

    def sync(self, cancel: threading.Event | None = None, progress: Progress | None = None, *,
             step: Callable[[SyncStep], None] | None = None) -> SyncReport:
        """``progress(stage, count)`` after each push batch and pull page (the headless callers');
        ``step`` gets the same moments with the push total and the page number, and once before
        the first batch (0 of N), for a progress bar."""
        cancel = cancel or threading.Event()
        report = SyncReport()
        address, device = device_connection(self._db)
        self._refuse_if_revoked()
        self._queue_records_from_before_sync()
        report_step = _Steps(progress, step)
        with self._transport_factory(address, device) as transport:
            try:
                self._push(transport, report, cancel, report_step)
                if not cancel.is_set():
                    self._push_log(transport, report, cancel, report_step)
                if not cancel.is_set():
                    self._pull(transport, report, cancel, report_step)
                if not cancel.is_set():
                    with self._db.transaction() as session, applying_pull(session):
                        report.evicted += len(evict_marked(session))
                        session.get(SyncDevice, 1).last_sync_at = utc_now()  # type: ignore[union-attr]
            except DeviceRevokedError:
                raise DeviceRevokedError(contact=self._note_revoked()) from None
            finally:
                report.bytes_sent, report.bytes_received = transport.bytes_sent, transport.bytes_received
        report.cancelled = cancel.is_set()
        with self._db.read() as session:
            report.pending_left = session.scalar(
                select(func.count()).select_from(SyncOutbox).where(SyncOutbox.state == "pending")) or 0
            report.open_conflicts = session.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(False))) or 0
            report.held = held_count(session)
        return report

    def _refuse_if_revoked(self) -> None:
        """A revoked device stays stopped (no request) until it is enrolled again."""
        with self._db.read() as session:
            device = session.get(SyncDevice, 1)
            if device is not None and device.revoked_at is not None:
                raise DeviceRevokedError(contact=device.support_contact or "")

    def _note_revoked(self) -> str:
        with self._db.transaction() as session:
            device = session.get(SyncDevice, 1)
            if device is None:
                return ""
            device.revoked_at = device.revoked_at or utc_now()
            return device.support_contact or ""

    def _queue_records_from_before_sync(self) -> None:
        """Records written before this store had an outbox go up as creates, until a sync completes."""
        with self._db.transaction() as session:
            device = session.get(SyncDevice, 1)
            if device is not None and device.last_sync_at is None:
                queue_unsent_records(session, self._actor)

    # -- push -----------------------------------------------------------------------------------

    def _push(self, transport: SyncTransport, report: SyncReport, cancel: threading.Event,
              progress: _Steps) -> None:
        after = 0
        with self._db.transaction() as session:
            retry_corrected(session)
            report.folded = fold_unsent(session)
            last = session.scalar(select(func.max(SyncOutbox.device_seq))) or 0
            total = session.scalar(select(func.count()).select_from(SyncOutbox).where(
                SyncOutbox.state == "pending", SyncOutbox.device_seq <= last)) or 0
        progress.start(total)
        while not cancel.is_set():
            with self._db.read() as session:
                rows = list(session.scalars(
                    select(SyncOutbox).where(SyncOutbox.state == "pending", SyncOutbox.device_seq > after,
                                             SyncOutbox.device_seq <= last)
                    .order_by(SyncOutbox.device_seq).limit(self._push_batch)))
                documents = [mutation_document(row) for row in rows]
            if not documents:
                return
            with self._db.transaction() as session:
                mark_sent(session, [document["device_seq"] for document in documents])
            answer = transport.push(documents)
            outcomes = answer.get("outcomes")
            if not isinstance(outcomes, list):
                raise ServerError(status=200)
            self._record_outcomes(outcomes, {str(row.mutation_id) for row in rows}, report)
            report.pushed += len(documents)
            after = rows[-1].device_seq
            progress("push", report.pushed, total=total)

    def _record_outcomes(self, outcomes: list[dict[str, Any]], sent: set[str], report: SyncReport) -> None:
        by_id = {str(o.get("mutation_id")): o for o in outcomes if str(o.get("mutation_id")) in sent}
        with self._db.transaction() as session, session.no_autoflush:
            ids = [uuid.UUID(mutation_id) for mutation_id in by_id]
            rows = session.scalars(select(SyncOutbox).where(SyncOutbox.mutation_id.in_(ids))).all()
            # One read of the batch's revisions, not one query (and flush) per outcome: a first
            # sync of the demo's 2,730 records spent 3.9 of its 7 s here.
            keys = {(row.entity, row.record_id) for row in rows}
            known = {(k.entity, k.record_id): k for k in session.scalars(
                select(SyncRecord).where(tuple_(SyncRecord.entity, SyncRecord.record_id).in_(keys)))} if keys else {}
            self._log_sync(session, SENT, {row.client_id for row in rows})
            for row in rows:
                outcome = by_id[str(row.mutation_id)]
                kind = str(outcome.get("outcome", ""))
                report.outcomes["already_applied" if outcome.get("already_applied") else kind] += 1
                if kind == "applied":
                    # The server took it as sent onto the revision this laptop had, and will not
                    # send it back: the record's revision is now the outcome's.
                    self._known_revision(session, known, row, int(outcome.get("revision") or 0))
                if kind in _DONE:
                    session.delete(row)
                elif kind == "rejected":
                    row.state, row.outcome = "rejected", outcome
                    report.rejected.append(outcome)
                # anything else: an answer this version does not understand; the row stays pending

    def _log_sync(self, session: Session, record_type: str, clients: set[uuid.UUID | None]) -> None:
        """One access-log entry per push batch and pulled page naming the clients whose data went to
        or came from the central records (Client Data Act 703/2023: a sync is a use of the data)."""
        named = {client for client in clients if client is not None}
        if named:
            access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                              purpose=self._actor.purpose, action="sync", record_type=record_type,
                              client_id=None, clients=named)

    @staticmethod
    def _known_revision(session: Session, known: dict[tuple[str, uuid.UUID], SyncRecord], row: SyncOutbox,
                        revision: int) -> None:
        record = known.get((row.entity, row.record_id))
        if record is None:
            record = known[(row.entity, row.record_id)] = SyncRecord(
                entity=row.entity, record_id=row.record_id, server_rev=revision, client_id=row.client_id)
            session.add(record)
        elif revision > record.server_rev:  # a replayed answer may be older than what was pulled since
            record.server_rev = revision

    def _push_log(self, transport: SyncTransport, report: SyncReport, cancel: threading.Event,
                  progress: _Steps) -> None:
        chain_id = self._chain_id or self._store_profile_id()
        result = push_log(self._db, transport, chain_id, self._profile_folder, cancel,
                          lambda done, total: progress("log", done, total=total), self._log_page)
        report.log_sent = result.sent
        report.log_countersigned = result.countersigned_seq
        report.log_break = result.broken
        report.log_countersignature_problem = result.countersignature_problem

    def _store_profile_id(self) -> str:
        """The profile the store belongs to (its identity record): the access log's chain id."""
        with self._db.read() as session:
            identity = session.get(StoreSetting, IDENTITY_KEY)
        if identity is None or not identity.value.get("profile_id"):
            raise SyncError()  # a store without its identity does not open: a bug if seen here
        return str(identity.value["profile_id"])

    # -- pull -----------------------------------------------------------------------------------

    def _pull(self, transport: SyncTransport, report: SyncReport, cancel: threading.Event,
              progress: _Steps) -> None:
        while not cancel.is_set():
            with self._db.read() as session:
                cursor = session.get(SyncDevice, 1).cursor  # type: ignore[union-attr]
            progress.receiving(report.pages + 1, report.pulled)
            page = transport.pull(cursor, self._pull_limit)
            changes, next_cursor = page.get("changes"), page.get("cursor")
            if not isinstance(changes, list) or not isinstance(next_cursor, str):
                raise ServerError(status=200)
            try:
                with self._db.transaction() as session, applying_pull(session):
                    # Rows of one page may arrive children first (a client re-emitted on assignment):
                    # foreign keys are checked when the page commits, not row by row.
                    session.execute(text("PRAGMA defer_foreign_keys = ON"))
                    result = apply_page(session, changes)
                    self._log_sync(session, RECEIVED, _clients_of(changes))
                    session.get(SyncDevice, 1).cursor = next_cursor  # type: ignore[union-attr]
            except (PageInvalid, IntegrityError) as err:
                # Nothing of the page was kept and the cursor stays: the next sync asks again.
                # The log names the problem (a column or a constraint), never a value.
                log.warning("pulled page refused: %s", err if isinstance(err, PageInvalid) else "a constraint failed")
                raise ServerError(status=200) from None
            report.pages += 1
            report.pulled += result.records + result.history
            report.references += result.references
            report.new_conflicts += len(result.conflicts)
            report.evicted += len(result.evicted)
            report.evictions_deferred += len(result.evictions_deferred)
            report.released += result.released
            progress("pull", report.pulled, page=report.pages)
            if not page.get("more"):
                return


SENT = "sync_sent"  # access-log record types of a sync's entries (a listing of its clients)
RECEIVED = "sync_received"


def _clients_of(changes: list[Any]) -> set[uuid.UUID | None]:
    """The clients a pulled page's changes belong to (the page was validated before it applied)."""
    found: set[uuid.UUID | None] = set()
    for change in changes:
        client = change.get("client_id") if isinstance(change, dict) else None
        if client:
            found.add(uuid.UUID(str(client)))
    return found


class _Steps:
    """Both progress callbacks behind one call."""

    def __init__(self, progress: Progress | None, step: Callable[[SyncStep], None] | None) -> None:
        self._progress = progress
        self._step = step

    def start(self, total: int) -> None:
        if self._step:
            self._step(SyncStep("push", 0, total))

    def receiving(self, page: int, done: int) -> None:
        """A page is being asked for (the headless callback hears of it once applied)."""
        if self._step:
            self._step(SyncStep("pull", done, None, page))

    def __call__(self, stage: str, done: int, *, total: int | None = None, page: int = 0) -> None:
        if self._progress:
            self._progress(stage, done)
        if self._step:
            self._step(SyncStep(stage, done, total, page))
