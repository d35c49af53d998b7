"""Removing closed, fully synced cases from this computer (docs/security.md, "Purge by policy").

A case may go when the client's status is closed and *everything* of it is on the server:

- the profile is enrolled and has completed a sync (``sync_device.last_sync_at``);
- the server has confirmed the client (``sync_record``);
- none of the client's records has an outbox row, pending or refused;
- none has an unresolved conflict, nor a kept draft value (something typed that a rule refused);
- nothing of the client was changed on this computer after the last completed sync (the access
  log, written in the transaction of every local change, says when the last change was).

Removal is a local eviction (``pull_apply.evict``): the client's rows go without outbox mutations,
since the server keeps the record; a ``sync_purged`` mark keeps later changes of the case from being
pulled in piecemeal, until the case is assigned to this user again. Every check is made again
inside the removing transaction, so a change made while the confirmation was open keeps the client.
Each removal writes an access-log entry (action ``purge``), which stays with the rest of the log.

The policy ("N days after closing", off by default) only chooses which cases are *offered*; the
counsellor confirms the list (``review(policy=True)``) before anything goes. The days are counted
from the client's ``closed_on``, the day the retention clock started (``domain/retention.py``):
the laptop lets a closed case go within months, the central records keep it for its retention
period (``sopiva-central retention``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.listings import CLOSED_CASES, record_listing
from sopiva_desk.services.settings import PURGE_POLICY_DAYS
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.sync.pull_apply import evict, has_unsent_work
from sopiva_desk.services.sync.record_state import client_counts
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import AccessLogEntry, Client, SyncDevice, SyncPurged, SyncRecord, utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import settings as settings_repo

POLICY_KEY = "purge_closed_after_days"
POLICY_CHOICES = PURGE_POLICY_DAYS  # days; None: off (the default)
_LOCAL_CHANGES = ("create", "update", "delete")  # the change recorder's access-log actions


class KeptReason:
    """Why a closed case stays (message keys, translated in gui/messages.py)."""

    NOT_ENROLLED = "purge.not_enrolled"
    NEVER_SYNCED = "purge.never_synced"
    CONFLICT = "purge.conflict"
    REJECTED = "purge.rejected"
    PENDING = "purge.pending"
    DRAFT = "purge.draft"
    CHANGED_SINCE_SYNC = "purge.changed_since_sync"
    TOO_RECENT = "purge.too_recent"


@dataclass(frozen=True)
class ClosedCase:
    client_id: uuid.UUID
    name: str  # "Last, First names"
    closed_at: datetime  # when the status last became closed (see ``_closed_times``)
    reason: str = ""  # empty: may be removed; else a ``KeptReason`` key


@dataclass(frozen=True)
class PurgeReview:
    """The closed cases on this computer: those that may go and those that stay, with why."""

    removable: tuple[ClosedCase, ...]
    kept: tuple[ClosedCase, ...]
    last_sync_at: datetime | None
    policy_days: int | None


class PurgeService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    # -- the setting ----------------------------------------------------------------------------

    def policy_days(self) -> int | None:
        """Days after closing from which closed, synced cases are offered for removal; ``None``: off."""
        with storage_errors(), self._db.read() as session:
            value = settings_repo.get(session, POLICY_KEY, None)
        return value if value in POLICY_CHOICES else None

    def set_policy_days(self, days: int | None) -> None:
        if days is not None and days not in POLICY_CHOICES:
            raise ValidationError([Issue(POLICY_KEY, "purge.policy_choice")])
        with storage_errors(), self._db.transaction() as session:
            settings_repo.put(session, POLICY_KEY, days)

    # -- what may go ----------------------------------------------------------------------------

    def review(self, *, policy: bool = False, now: datetime | None = None) -> PurgeReview:
        """Every closed case, removable or kept. With ``policy``, only cases closed at least the
        policy's days ago are removable (none when the policy is off); the others are kept as too recent."""
        now = now or datetime.now(UTC)
        with storage_errors(), self._db.transaction() as session:
            days = _policy(session)
            cases = _assess(session, _closed_cases(session))
            last_sync = cases[1]
            removable, kept = [], []
            for case in cases[0]:
                if not case.reason and policy and (days is None or case.closed_at > now - timedelta(days=days)):
                    case = ClosedCase(case.client_id, case.name, case.closed_at, KeptReason.TOO_RECENT)
                (kept if case.reason else removable).append(case)
            if removable or not policy:  # shown (after a sync, only when some case may go): one listing
                record_listing(session, self._actor, CLOSED_CASES, (case.client_id for case in (*removable, *kept)))
        return PurgeReview(tuple(removable), tuple(kept), last_sync, days)

    def purge(self, client_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
        """Remove the given closed cases that are still fully synced, each with an access-log entry;
        returns those removed. Anything that changed since the review keeps its client."""
        wanted = set(client_ids)
        removed: list[uuid.UUID] = []
        with storage_errors(), self._db.transaction() as session:
            closed = [case for case in _closed_cases(session) if case.client_id in wanted]
            cases, _ = _assess(session, closed)
            with applying_pull(session):  # a local eviction: the server keeps the records
                for case in cases:
                    if case.reason:
                        continue
                    evict(session, case.client_id)
                    session.merge(SyncPurged(client_id=case.client_id, purged_at=utc_now()))
                    access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                                      purpose=self._actor.purpose,
                                      action="purge", record_type="client", client_id=case.client_id,
                                      record_id=case.client_id)
                    removed.append(case.client_id)
        return removed


def _policy(session: Session) -> int | None:
    value = settings_repo.get(session, POLICY_KEY, None)
    return value if value in POLICY_CHOICES else None


def _closed_cases(session: Session) -> list[ClosedCase]:
    rows = session.execute(select(Client.id, Client.last_name, Client.first_names, Client.updated_at,
                                  Client.closed_on)
                           .where(Client.status == "closed", Client.deleted_at.is_(None))
                           .order_by(Client.last_name, Client.first_names)).all()
    # The retention clock's day of closing (synchronised, so also for a case closed on another
    # device) counts from its start; a store from before it falls back to the access log.
    closed = _closed_times(session, [row.id for row in rows if row.closed_on is None])
    return [ClosedCase(row.id, f"{row.last_name}, {row.first_names}",
                       datetime.combine(row.closed_on, time.min, UTC) if row.closed_on is not None
                       else closed.get(row.id, row.updated_at))
            for row in rows]


def _closed_times(session: Session, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    """When each client's status was last changed on this computer (to closed, as it is closed now),
    for clients without a closing day. A case closed on another device has no such entry: the client
    record's last change stands in, which is never earlier than the closing."""
    found: dict[uuid.UUID, datetime] = {}
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        for client_id, at, fields in session.execute(
                select(AccessLogEntry.client_id, AccessLogEntry.at, AccessLogEntry.fields)
                .where(AccessLogEntry.client_id.in_(chunk), AccessLogEntry.action == "update",
                       AccessLogEntry.record_type == "client")):
            if "status" in (fields or ()) and (client_id not in found or at > found[client_id]):
                found[client_id] = at
    return found


def _assess(session: Session, cases: list[ClosedCase]) -> tuple[list[ClosedCase], datetime | None]:
    """The cases with the reason each must stay ("" when it may go), and the last completed sync."""
    device = session.get(SyncDevice, 1)
    last_sync = device.last_sync_at if device is not None else None
    if not cases:
        return [], last_sync
    ids = [case.client_id for case in cases]
    known: set[uuid.UUID] = set()
    last_change: dict[uuid.UUID, datetime] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        known.update(session.scalars(select(SyncRecord.record_id).where(SyncRecord.entity == "client",
                                                                        SyncRecord.record_id.in_(chunk))))
        last_change.update((client_id, at) for client_id, at in session.execute(
            select(AccessLogEntry.client_id, func.max(AccessLogEntry.at))
            .where(AccessLogEntry.client_id.in_(chunk), AccessLogEntry.action.in_(_LOCAL_CHANGES))
            .group_by(AccessLogEntry.client_id)).all())
    waiting = client_counts(session, ids)
    assessed = []
    for case in cases:
        client_id = case.client_id
        changed = last_change.get(client_id)
        if device is None:
            reason = KeptReason.NOT_ENROLLED
        elif last_sync is None or client_id not in known:
            reason = KeptReason.NEVER_SYNCED
        elif (numbers := waiting.get(client_id)) is not None:
            _pending, rejected, conflicts = numbers
            reason = (KeptReason.CONFLICT if conflicts else KeptReason.REJECTED if rejected
                      else KeptReason.PENDING)
        elif has_unsent_work(session, client_id):  # outbox rows (checked above) or kept draft values
            reason = KeptReason.DRAFT
        elif changed is not None and changed >= last_sync:
            reason = KeptReason.CHANGED_SINCE_SYNC
        else:
            reason = ""
        assessed.append(ClosedCase(client_id, case.name, case.closed_at, reason))
    return assessed, last_sync

