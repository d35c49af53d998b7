"""The office print queue and disclosure entries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, literal_column, or_, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import (
    Assessment,
    Base,
    Client,
    ClientPlan,
    DecisionSession,
    Disclosure,
    PersonalBudget,
    PrintJob,
    PrintSnapshot,
)

# The records documents are printed from: the table of each, to find its client.
RECORD_MODELS: dict[str, type[Base]] = {
    "client_plan": ClientPlan,
    "decision_session": DecisionSession,
    "assessment": Assessment,
    "personal_budget": PersonalBudget,
}


def record_client_id(session: Session, record_table: str, record_id: uuid.UUID) -> uuid.UUID | None:
    """The client of a living record in ``record_table`` (a key of ``RECORD_MODELS``), else ``None``."""
    model: Any = RECORD_MODELS[record_table]
    stmt = select(model.client_id).where(model.id == record_id, model.deleted_at.is_(None))
    return session.scalars(stmt).first()


def get_job(session: Session, job_id: uuid.UUID) -> PrintJob | None:
    found = session.get(PrintJob, job_id)
    return None if found is None or found.deleted_at is not None else found


def queued_job(session: Session, document_kind: str, record_id: uuid.UUID, language: str) -> PrintJob | None:
    """The job already waiting for this document in this language, if any."""
    stmt = (select(PrintJob)
            .where(PrintJob.document_kind == document_kind, PrintJob.record_id == record_id,
                   PrintJob.language == language, PrintJob.status == "queued", PrintJob.deleted_at.is_(None))
            .limit(1))
    return session.scalars(stmt).first()


def jobs_with_names(session: Session, status: str, limit: int = 500) -> Sequence[Row[Any]]:
    """Jobs in ``status`` with their client's name and whether a snapshot to print from is held
    (``PrintJob``, first names, last name, the snapshot's client name, has snapshot): waiting
    ones oldest first, the others most recently printed or changed first. An office print
    station has no client rows, only the snapshots; a client deleted here hides its jobs."""
    order = ((PrintJob.requested_at, literal_column("print_job.rowid")) if status == "queued"
             else (PrintJob.printed_at.desc(), PrintJob.updated_at.desc(), literal_column("print_job.rowid").desc()))
    stmt = (select(PrintJob, Client.first_names, Client.last_name, PrintSnapshot.client_name,
                   PrintSnapshot.records.is_not(None))
            .outerjoin(Client, Client.id == PrintJob.client_id)
            .outerjoin(PrintSnapshot, PrintSnapshot.job_id == PrintJob.id)
            .where(PrintJob.status == status, PrintJob.deleted_at.is_(None), Client.deleted_at.is_(None),
                   or_(Client.id.is_not(None), PrintSnapshot.job_id.is_not(None)))
            .order_by(*order).limit(limit))
    return session.execute(stmt).all()


def job_snapshot(session: Session, job_id: uuid.UUID) -> list[dict[str, Any]] | None:
    """The records a station prints the job's document from, if it holds them."""
    snapshot = session.get(PrintSnapshot, job_id)
    return snapshot.records if snapshot is not None else None


def disclosures_for_client(session: Session, client_id: uuid.UUID) -> Sequence[Disclosure]:
    """The client's disclosure entries, most recent disclosure first."""
    stmt = (select(Disclosure)
            .where(Disclosure.client_id == client_id, Disclosure.deleted_at.is_(None))
            .order_by(Disclosure.disclosed_on.desc(), Disclosure.created_at.desc(),
                      literal_column("disclosure.rowid").desc()))
    return session.scalars(stmt).all()
