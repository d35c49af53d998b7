"""The outbox before a push: later changes of a record folded into its oldest unsent mutation.

A counsellor's week makes ~630 outbox rows for ~380 records (every answer and note is its own
change). Sending one mutation per record instead carries each value once and halves the
bytes and the server's work. Only rows never sent are folded (``sent_at``): the server keeps
outcomes by mutation id, so a mutation that may have reached it never changes its payload.

Folding keeps the oldest row's place (``device_seq``), so a create still comes before anything
that refers to the record; the base of each path is the oldest one (the value the server last
had), the base revision the lowest, and author and time the latest change's. Merging on the
server then treats the folded change exactly as the sequence it replaces: a path that went back
to its old value is a no-op, any other path is applied or kept as a conflict.

A print job's create is a fold boundary for its client's records: the server pins the printed
record's revision when it takes the job, so what was changed after the job was queued must
reach the server after the job (docs/sync-protocol.md, "Print jobs").

A conflict's resolution folds like any change, and the folded mutation names every conflict
any of its rows resolves (``resolves``): it carries the chosen values of each conflict's paths,
or a value typed after the resolution, which is the counsellor's latest word on the field.

A change the server refused for a natural key (an identity code or a commitment number already in
the central records) goes again once the counsellor has changed the record since: corrected the
code or number, or removed their copy. The server stored that refusal under the old mutation id,
so the row gets a new one and the later changes fold into it; when it is a client's create, its
records refused as out of scope (their client was not in the central records) go after it.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopiva_desk.protocol.entities import NATURAL_KEYS
from sopiva_desk.store.models import SyncOutbox, utc_now

PRINT_JOB = "print_job"
#: Refusals that a change of the record may cure: they are tried again after one.
RETRY_AFTER_CHANGE = frozenset(key.reason for key in NATURAL_KEYS.values())


def retry_corrected(session: Session) -> int:
    """Put back in the queue, as new mutations, the changes refused for a natural key whose record
    was changed after the refusal; returns how many."""
    refused = [row for row in session.scalars(select(SyncOutbox).where(SyncOutbox.state == "rejected")
                                              .order_by(SyncOutbox.device_seq))
               if (row.outcome or {}).get("reason") in RETRY_AFTER_CHANGE]
    retried = 0
    for row in refused:
        changed_since = session.scalar(select(SyncOutbox.device_seq).where(
            SyncOutbox.entity == row.entity, SyncOutbox.record_id == row.record_id,
            SyncOutbox.state == "pending", SyncOutbox.device_seq > row.device_seq).limit(1))
        if changed_since is None:
            continue
        row.state, row.outcome, row.sent_at, row.mutation_id = "pending", None, None, uuid.uuid4()
        retried += 1
        if row.entity == "client" and row.op == "create":
            for child in session.scalars(select(SyncOutbox).where(
                    SyncOutbox.client_id == row.record_id, SyncOutbox.state == "rejected")):
                if (child.outcome or {}).get("reason") == "out_of_scope":
                    child.state, child.outcome = "pending", None
    return retried


def fold_unsent(session: Session) -> int:
    """Fold each record's pending, unsent rows into the oldest; returns how many rows went."""
    rows = session.scalars(select(SyncOutbox).where(SyncOutbox.state == "pending", SyncOutbox.sent_at.is_(None))
                           .order_by(SyncOutbox.device_seq)).all()
    heads: dict[tuple[str, uuid.UUID, int], SyncOutbox] = {}
    # A print job pins the version of the record it prints when the server takes it, so the
    # changes of the job's client made after the job must not fold into a mutation before it.
    epochs: dict[uuid.UUID | None, int] = {}
    folded = 0
    for row in rows:
        key = (row.entity, row.record_id, epochs.get(row.client_id, 0))
        head = heads.get(key)
        if row.entity == PRINT_JOB and row.op == "create":
            epochs[row.client_id] = epochs.get(row.client_id, 0) + 1
        if head is None:
            heads[key] = row
            continue
        head.changed = {**head.changed, **row.changed}
        if head.op != "create":
            head.base = {**row.base, **head.base}  # the oldest base of each path wins
        head.base_rev = min(head.base_rev, row.base_rev)
        head.made_at, head.author_id, head.author_name = row.made_at, row.author_id, row.author_name
        if row.resolves:
            head.resolves = list(dict.fromkeys([*(head.resolves or []), *row.resolves]))
        session.delete(row)
        folded += 1
    return folded


def mark_sent(session: Session, device_seqs: list[int]) -> None:
    session.execute(update(SyncOutbox).where(SyncOutbox.device_seq.in_(device_seqs), SyncOutbox.sent_at.is_(None))
                    .values(sent_at=utc_now()))
