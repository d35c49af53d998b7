"""Making a document from a print job's snapshot instead of the store (the office print station).

The snapshot holds the records the document reads, as the server had them when it took the
job (``protocol.documents``). They are put into a private **in-memory** SQLite database with the
store's own tables, and the document's usual ``gather`` reads them there: the station prints
with the very code the counsellor previews with, from exactly the version the job names. The
database lives in this process's memory only (``temp_store = MEMORY``, so not even a sort spills
to a temporary file) and is thrown away when the document is gathered.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from sopiva_desk.services.documents.base import GatherContext, Source, spec
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.sync.pull_apply import decode_record
from sopiva_desk.store.change_recorder import MODELS, applying_pull
from sopiva_desk.store.models import Base


@contextmanager
def snapshot_session(records: Iterable[Mapping[str, Any]]) -> Iterator[Session]:
    """A read session over an in-memory database holding only ``records`` (as pulled)."""
    engine = create_engine("sqlite://", poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _in_memory_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA temp_store = MEMORY")

    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session, applying_pull(session):
            for record in records:
                model = MODELS.get(str(record.get("entity")))
                if model is None:
                    continue  # an entity this version does not know: its document does not read it
                values = decode_record(model, dict(record.get("data") or {}))
                values["id"] = uuid.UUID(str(record["record_id"]))
                session.add(model(**values))
            session.flush()
            yield session
            session.rollback()
    finally:
        engine.dispose()


def gather_from_snapshot(ctx: GatherContext, kind: str, record_id: uuid.UUID, records: list[dict[str, Any]] | None,
                         language: str | None) -> Source:
    """The document ``kind`` of ``record_id`` made from a snapshot; ``RecordGoneError`` without one."""
    if not records:
        raise RecordGoneError()
    with snapshot_session(records) as session:
        return spec(kind).gather(ctx, session, record_id, language)
