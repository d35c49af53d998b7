"""Reading the access log (who has handled a client's data; Client Data Act 703/2023 §11)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import access_log as repo


@dataclass(frozen=True)
class AccessEntry:
    seq: int
    at: datetime
    user_name: str
    action: str
    record_type: str
    fields: tuple[str, ...]


class AccessLogService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_client(self, client_id: uuid.UUID) -> list[AccessEntry]:
        with storage_errors(), self._db.read() as session:
            return [
                AccessEntry(e.seq, e.at, e.user_name, e.action, e.record_type, tuple(e.fields))
                for e in repo.for_client(session, client_id)
            ]
