"""The administrator's view of devices' access logs: the breaks found on push
(``sopiva-central log breaks``) and a re-verification of every stored chain
(``sopiva-central log verify``), which also notices rows changed in the database afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.central.access_log import reason_text
from sopiva_desk.central.models import AccessLogBreak, AccessLogChain, AccessLogEntry, Device, User
from sopiva_desk.protocol import access_chain

VERIFY_PAGE = 2000


def list_breaks(session: Session, device_id: str | None = None) -> list[dict[str, Any]]:
    stmt = (select(AccessLogBreak, Device, User).join(Device, Device.id == AccessLogBreak.device_id, isouter=True)
            .join(User, User.id == AccessLogBreak.user_id, isouter=True).order_by(AccessLogBreak.found_at))
    if device_id:
        stmt = stmt.where(AccessLogBreak.device_id == device_id)
    return [{"break_id": found.id, "found_at": found.found_at.isoformat(), "device_id": found.device_id,
             "device_name": device.name if device else "", "user_id": found.user_id,
             "user_name": user.name if user else "", "chain_id": found.chain_id, "seq": found.seq,
             "entry_id": found.entry_id, "reason": found.reason, "reason_text": reason_text(found.reason),
             "detail": found.detail} for found, device, user in session.execute(stmt)]


@dataclass(frozen=True)
class ChainCheck:
    device_id: str
    device_name: str
    chain_id: str
    entries: int
    intact_through: int  # the seq of the last entry that holds from the start
    countersigned_seq: int
    problem: access_chain.ChainBreak | None
    recorded_break: str | None  # the break found on push, if any

    def as_dict(self) -> dict[str, Any]:
        problem = self.problem
        return {"device_id": self.device_id, "device_name": self.device_name, "chain_id": self.chain_id,
                "entries": self.entries, "intact_through": self.intact_through,
                "countersigned_seq": self.countersigned_seq, "intact": problem is None,
                "first_break": None if problem is None else {
                    "seq": problem.seq, "entry_id": problem.entry_id, "reason": problem.reason,
                    "reason_text": reason_text(problem.reason)},
                "break_found_on_push": self.recorded_break}


def verify_stored(session: Session, device_id: str | None = None) -> list[ChainCheck]:
    """Walk each stored chain from its start (in pages, oldest first) and name its first break.
    The countersigned head must still be where the chain says: a stored entry changed in the
    database after it was countersigned shows as a break at or before that seq."""
    stmt = select(AccessLogChain).order_by(AccessLogChain.device_id, AccessLogChain.chain_id)
    if device_id:
        stmt = stmt.where(AccessLogChain.device_id == device_id)
    results = []
    for chain in session.scalars(stmt).all():
        device = session.get(Device, chain.device_id)
        count, problem, last_hash, last_seq = 0, None, access_chain.GENESIS, 0
        countersigned_hash = None
        for entry in _stored(session, chain):
            count += 1
            if count == 1:
                last_hash = _carried_on_from(session, chain, entry)
            if problem is not None:
                continue
            if entry.get("purged") is True:
                # A stub left by a retention purge: its content is gone, its links are not. The
                # next entry's own hash covers the stub's hash, so changing the stub breaks there.
                if entry.get("prev_hash") != last_hash or entry.get("seq") != _stored_seq(entry):
                    problem = access_chain.ChainBreak(entry.get("seq"), str(entry.get("id")), access_chain.UNLINKED)
                    continue
                last_hash, last_seq = str(entry["hash"]), int(entry["seq"])
                if last_seq == chain.head_seq:
                    countersigned_hash = last_hash
                continue
            found, last_hash_now, good = access_chain.verify([entry], last_hash)
            if found is not None or entry.get("seq") != _stored_seq(entry):
                problem = found or access_chain.ChainBreak(entry.get("seq"), str(entry.get("id")), access_chain.EDITED)
                continue
            last_hash, last_seq = last_hash_now, int(entry["seq"])
            if last_seq == chain.head_seq:
                countersigned_hash = last_hash
        if countersigned_hash is None and chain.head_seq:
            # The head lies in entries carried on from an earlier chain of this device.
            countersigned_hash = session.scalar(select(AccessLogEntry.entry_hash).where(
                AccessLogEntry.device_id == chain.device_id, AccessLogEntry.seq == chain.head_seq,
                AccessLogEntry.entry_hash == chain.head_hash, AccessLogEntry.verified.is_(True)).limit(1))
        if problem is None and chain.head_seq and countersigned_hash != chain.head_hash:
            problem = access_chain.ChainBreak(chain.head_seq, None, access_chain.HEAD_MISMATCH)
        results.append(ChainCheck(chain.device_id, device.name if device else "", chain.chain_id, count, last_seq,
                                  chain.head_seq, problem, chain.broken_by))
    return results


def _carried_on_from(session: Session, chain: AccessLogChain, first: dict[str, Any]) -> str:
    """Where the chain's stored rows start from: the beginning, or (a profile restored from a
    backup, its chain carried on under a new id) a verified entry of the same device whose hash
    is the first row's ``prev_hash`` and whose seq is just before it."""
    prev_hash = first.get("prev_hash")
    if prev_hash == access_chain.GENESIS or not isinstance(first.get("seq"), int):
        return access_chain.GENESIS
    before = session.scalar(select(AccessLogEntry.id).where(
        AccessLogEntry.device_id == chain.device_id, AccessLogEntry.seq == first["seq"] - 1,
        AccessLogEntry.entry_hash == prev_hash, AccessLogEntry.verified.is_(True)).limit(1))
    return str(prev_hash) if before is not None else access_chain.GENESIS


def _stored_seq(entry: dict[str, Any]) -> int | None:
    return entry.get("_column_seq")


def _stored(session: Session, chain: AccessLogChain) -> Iterator[dict[str, Any]]:
    """The chain's entries as stored: the pushed form, with the hash and seq columns put back in
    (the columns are what the server compared on push; a row whose JSON and columns disagree was
    changed afterwards)."""
    after = 0
    while True:
        rows = session.execute(
            select(AccessLogEntry.entry, AccessLogEntry.seq, AccessLogEntry.entry_hash)
            .where(AccessLogEntry.device_id == chain.device_id, AccessLogEntry.chain_id == chain.chain_id,
                   AccessLogEntry.seq > after)
            .order_by(AccessLogEntry.seq).limit(VERIFY_PAGE)).all()
        if not rows:
            return
        for entry, seq, entry_hash in rows:
            form = dict(entry)
            form["_column_seq"] = seq
            if form.get("hash") != entry_hash:
                form["hash"] = entry_hash  # the column wins: it is what was verified
            yield form
        after = rows[-1][1]
