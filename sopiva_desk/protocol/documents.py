"""Which records each printable document is made from (shared by the laptop and the server).

A print job names a document kind and one record. The server, when it takes the job, keeps a
**snapshot** of exactly the records that document reads, at their current revisions
(docs/sync-protocol.md, "Print jobs"), so an office print station makes the document as it was
when the counsellor queued it, and holds nothing else of the client. The laptop's document
generators (``services/documents/<kind>.py``) read these records and nothing more; a test
keeps this table and the generators in step (``tests/services/test_print_snapshot.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DocumentSources:
    #: The entity of the record the document prints.
    printed: str
    #: Records the printed one names: (its column, the entity it names), e.g. a session's visit.
    named: tuple[tuple[str, str], ...] = ()
    #: Records that name the printed one: (entity, the column naming it), e.g. a budget's uses.
    naming: tuple[tuple[str, str], ...] = ()


DOCUMENTS: dict[str, DocumentSources] = {
    "client_plan": DocumentSources("client_plan", naming=(("personal_budget", "plan_id"),)),
    "plain_plan": DocumentSources("client_plan"),
    "decision_record": DocumentSources("decision_session", named=(("visit_id", "visit"),)),
    "assessment_summary": DocumentSources("assessment", named=(("visit_id", "visit"),)),
    "budget_statement": DocumentSources("personal_budget", named=(("plan_id", "client_plan"),),
                                        naming=(("payment_commitment", "budget_id"), ("realised_use", "budget_id"))),
}
#: The entity each document kind prints.
PRINTED_ENTITY = {kind: sources.printed for kind, sources in DOCUMENTS.items()}
#: What of the client a document prints (its header: name, identity, birth date, address,
#: language, own worker); the rest of the client record (phone, communication notes, …) stays
#: out of a snapshot. ``municipality_code`` is a required column of the laptop's table.
CLIENT_FIELDS = frozenset({
    "id", "first_names", "last_name", "hetu", "temporary_id", "birth_date", "language", "municipality_code",
    "street_address", "postal_code", "post_office", "own_worker", "created_at", "created_by", "updated_at",
    "updated_by", "deleted_at", "deleted_by"})


@dataclass(frozen=True)
class SnapshotRecord:
    entity: str
    record_id: str
    revision: int
    data: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "record_id": self.record_id, "revision": self.revision, "data": self.data}


def snapshot_records(kind: str, printed: SnapshotRecord, client: SnapshotRecord,
                     records_of: Callable[[str], Iterable[SnapshotRecord]]) -> list[SnapshotRecord]:
    """The records a ``kind`` document of ``printed`` reads: the client (``CLIENT_FIELDS`` only),
    the printed record, the records it names and the records naming it (living ones only). ``records_of(entity)`` gives
    the client's records of one entity."""
    sources = DOCUMENTS[kind]
    client = SnapshotRecord(client.entity, client.record_id, client.revision,
                            {k: v for k, v in client.data.items() if k in CLIENT_FIELDS})
    found = [client, printed]
    for column, entity in sources.named:
        wanted = printed.data.get(column)
        if wanted is not None:
            found += [r for r in records_of(entity) if r.record_id == str(wanted).lower() and _living(r.data)]
    for entity, column in sources.naming:
        found += [r for r in records_of(entity)
                  if str(r.data.get(column) or "").lower() == printed.record_id and _living(r.data)]
    return found


def _living(data: Mapping[str, Any]) -> bool:
    return data.get("deleted_at") is None


def client_name(records: Iterable[Mapping[str, Any]]) -> str:
    """"First names Last name" of the client in a snapshot's records (as JSON), or ""."""
    for record in records:
        if record.get("entity") == "client":
            data = record.get("data") or {}
            return " ".join(part for part in (data.get("first_names"), data.get("last_name")) if part)
    return ""
