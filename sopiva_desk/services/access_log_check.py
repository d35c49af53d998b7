"""Checking the access log: the chain, its signed head, the server's countersignature and the
clients each listing named. Used by ``sopiva-desk verify-log`` and the "Check the access log"
screen (and in the background after unlock). docs/security.md, "Tamper-evident access log".

What is found is a list of findings, each with a key (translated in gui/access_log_check_words.py)
and the entry it names, oldest first; ``LogCheck.first_break`` is the first broken entry.
Breaks are what an edit, deletion, reordering, truncation or re-hashing of the log leaves;
warnings are what a crash or an older store leaves (entries not yet signed), never a break.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sopiva_desk.protocol import access_chain
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store import access_head
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry, Client

# Breaks
EDITED = "log.edited"  # the entry's content no longer gives its hash (edited, backdated)
DELETED = "log.deleted"  # entries before this one are missing
UNLINKED = "log.unlinked"  # the entry does not follow the one before it (reordered, inserted)
TRUNCATED = "log.truncated"  # the newest signed entries are gone
REWRITTEN = "log.rewritten"  # the entry at the signed head has another hash: the chain was re-hashed
HEAD_SIGNATURE = "log.head_signature"  # a head is not signed by this profile's log key
HEAD_MISSING = "log.head_missing"  # the log key exists but no signed head does
KEY_CHANGED = "log.key_changed"  # profile.json names another log key than the store holds
COUNTERSIGN_INVALID = "log.countersign_invalid"  # not the pinned server's signature
COUNTERSIGN_MISMATCH = "log.countersign_mismatch"  # the entry the server confirmed has another hash
COUNTERSIGN_TRUNCATED = "log.countersign_truncated"  # the entry the server confirmed is gone
COUNTERSIGN_REMOVED = "log.countersign_removed"  # the file has a countersignature the store lost
LISTING_CHANGED = "log.listing_changed"  # the clients kept for a listing are not the ones it named
# Warnings
UNSIGNED = "log.unsigned"  # the newest entries are not yet signed (a crash; signed at next unlock)
HEAD_FILE_MISSING = "log.head_file_missing"  # the store's head is signed, the file is missing
NEVER_SIGNED = "log.never_signed"  # an older store: signed at the next unlock

MAX_CHAIN_BREAKS = 200  # enough to see what was done; a log rewritten throughout need not list every entry

BREAKS = frozenset({EDITED, DELETED, UNLINKED, TRUNCATED, REWRITTEN, HEAD_SIGNATURE, HEAD_MISSING, KEY_CHANGED,
                    COUNTERSIGN_INVALID, COUNTERSIGN_MISMATCH, COUNTERSIGN_TRUNCATED, COUNTERSIGN_REMOVED,
                    LISTING_CHANGED})


@dataclass(frozen=True)
class EntrySummary:
    """An entry as it reads now (after an edit: the edited values)."""

    seq: int
    at: datetime
    user_name: str
    action: str
    record_type: str
    purpose: str
    client_name: str = ""  # the client it names, as stored now ("" for listings and removed clients)


@dataclass(frozen=True)
class Finding:
    key: str
    seq: int | None = None  # the entry it names (may be missing: deleted or cut off)
    entry: EntrySummary | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_break(self) -> bool:
        return self.key in BREAKS


@dataclass(frozen=True)
class LogCheck:
    entries: int
    findings: list[Finding]
    newest_seq: int | None = None
    signed_seq: int | None = None  # the head signed in the store
    countersigned_seq: int | None = None  # the head the central server confirmed

    @property
    def breaks(self) -> list[Finding]:
        return [f for f in self.findings if f.is_break]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_break]

    @property
    def broken(self) -> bool:
        return bool(self.breaks)

    @property
    def first_break(self) -> Finding | None:
        breaks = self.breaks
        return min(breaks, key=lambda f: (f.seq is None, f.seq or 0)) if breaks else None


@dataclass(frozen=True)
class LogSnapshot:
    """Everything the check reads from the store and the profile folder (``read_log``, on the
    store lane); ``evaluate`` then works on it alone (CPU only, on another lane)."""

    chain_id: str
    entries: list[dict[str, Any]]  # oldest first, in the chain's form (``chain_form``)
    stored_head: dict[str, Any] | None
    file_head: dict[str, Any] | None
    public_key: str | None  # the log key the store holds (base64), ``None`` before the first unlock
    profile_key: str | None  # the log key profile.json names
    countersigned: dict[str, Any] | None
    members: dict[str, list[uuid.UUID]]  # listing digest -> the clients kept for it
    client_names: dict[uuid.UUID, str]


def read_log(db: Database, folder: Path, chain_id: str) -> LogSnapshot:
    """One read of the log, its heads and its listings (nothing is written)."""
    table = AccessLogEntry.__table__
    with storage_errors(), db.read() as session:
        entries = [_chain_form(row) for row in session.execute(select(table).order_by(table.c.seq)).mappings()]
        public_key = access_head.stored_public_key(session)
        members: dict[str, list[uuid.UUID]] = defaultdict(list)
        for digest, client_id in session.execute(select(AccessListingMember.digest, AccessListingMember.client_id)):
            members[digest].append(client_id)
        names = {row.id: f"{row.first_names} {row.last_name}".strip()
                 for row in session.execute(select(Client.id, Client.first_names, Client.last_name))}
        return LogSnapshot(chain_id, entries, access_head.stored_head(session), access_head.read_head_file(folder),
                           access_head.public_key_text(public_key) if public_key is not None else None,
                           access_head.profile_public_key(folder), access_head.countersigned(session),
                           dict(members), names)


def _chain_form(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row read without the ORM (five times faster for a long log) in ``chain_form``'s shape."""
    entry = {key: row[key] for key in ("seq", "id", "at", "user_id", "user_name", "client_id", "action",
                                       "record_type", "record_id", "purpose", "clients", "prev_hash")}
    entry["fields"] = list(row["fields"] or ())
    entry["hash"] = row["entry_hash"]
    return entry


def evaluate(snapshot: LogSnapshot) -> LogCheck:
    """Check what ``read_log`` read: the chain, the heads, the countersignature, the listings."""
    return _Checker(snapshot).run()


def check_log(db: Database, folder: Path, chain_id: str) -> LogCheck:
    """Read and check the whole log of the profile in ``folder``."""
    return evaluate(read_log(db, folder, chain_id))


class _Checker:
    def __init__(self, snapshot: LogSnapshot) -> None:
        self.snap = snapshot
        self.chain_id = snapshot.chain_id
        self.entries = snapshot.entries
        self.by_seq = {e["seq"]: e for e in self.entries}
        self.findings: list[Finding] = []

    def run(self) -> LogCheck:
        self._chain()
        signed = self._heads()
        countersigned = self._countersigned()
        self._listings()
        self.findings.sort(key=lambda f: (not f.is_break, f.seq is None, f.seq or 0))
        newest = self.entries[-1]["seq"] if self.entries else None
        return LogCheck(len(self.entries), self.findings, newest, signed, countersigned)

    def _add(self, key: str, seq: int | None, **params: Any) -> None:
        if any(f.key == key and f.seq == seq for f in self.findings):
            return  # the store's copy and the file said the same
        entry = self.by_seq.get(seq) if seq is not None else None
        self.findings.append(Finding(key, seq, self._summary(entry) if entry else None, params))

    def _summary(self, entry: Mapping[str, Any]) -> EntrySummary:
        client = entry["client_id"]
        return EntrySummary(entry["seq"], entry["at"], entry["user_name"], entry["action"], entry["record_type"],
                            entry["purpose"], self.snap.client_names.get(client, "") if client else "")

    # -- the chain ----------------------------------------------------------------------------

    def _chain(self) -> None:
        """Every break, not only the first: after one, the walk goes on from the broken entry's own
        stored hashes, so an edit and a deletion far apart are both named."""
        start, prev = 0, access_chain.GENESIS
        while start < len(self.entries) and len(self.findings) < MAX_CHAIN_BREAKS:
            found, _, good = access_chain.verify(self.entries[start:], prev)
            if found is None:
                return
            at = start + good
            entry = self.entries[at]
            if found.reason == access_chain.EDITED:
                self._add(EDITED, found.seq)
                start, prev = at + 1, entry["hash"]  # the entries after it still link to its stored hash
                continue
            expected = self.entries[at - 1]["seq"] + 1 if at else 1
            if entry["seq"] > expected:
                self._add(DELETED, entry["seq"], first=expected, last=entry["seq"] - 1, count=entry["seq"] - expected)
            else:
                self._add(UNLINKED, entry["seq"])
            start, prev = at, entry["prev_hash"]  # the entry itself is still checked

    # -- the signed head ------------------------------------------------------------------------

    def _heads(self) -> int | None:
        in_store = self.snap.stored_head
        in_file = self.snap.file_head
        if self.snap.public_key is None:
            if self.entries:
                self._add(NEVER_SIGNED, None, count=len(self.entries))
            return None
        public_key = access_head.load_public_key(self.snap.public_key)
        if self.snap.profile_key is not None and self.snap.profile_key != self.snap.public_key:
            self._add(KEY_CHANGED, None)
        if in_store is None and in_file is None:
            if self.entries:
                self._add(HEAD_MISSING, None)
            return None
        lag = 0
        for head in (in_store, in_file):
            if head is None:
                continue
            if not access_head.signature_holds(public_key, self.chain_id, head):
                self._add(HEAD_SIGNATURE, None)
                continue
            lag = max(lag, self._against_chain(int(head["seq"]), str(head["hash"]), TRUNCATED, REWRITTEN))
        if in_file is None and in_store is not None:
            self._add(HEAD_FILE_MISSING, None)
        elif lag and not any(f.is_break for f in self.findings):
            self._add(UNSIGNED, self.entries[-lag]["seq"], count=lag)
        return int(in_store["seq"]) if in_store is not None else None

    def _against_chain(self, seq: int, head_hash: str, cut: str, changed: str) -> int:
        """Compare a confirmed (seq, hash) with the chain; returns how many entries follow it."""
        entry = self.by_seq.get(seq)
        if entry is None:
            remaining = [e["seq"] for e in self.entries if e["seq"] < seq]
            last = remaining[-1] if remaining else None
            self._add(cut, last, signed=seq, newest=self.entries[-1]["seq"] if self.entries else 0)
            return 0
        if entry["hash"] != head_hash:
            self._add(changed, seq)
            return 0
        return sum(1 for e in self.entries if e["seq"] > seq)

    # -- the server's countersignature ----------------------------------------------------------

    def _countersigned(self) -> int | None:
        in_store = self.snap.countersigned
        in_file = (self.snap.file_head or {}).get("countersigned")
        if in_store is None:
            if isinstance(in_file, dict):
                self._add(COUNTERSIGN_REMOVED, None)
            return None
        pinned = in_store.get("server_key")
        for value in (in_store, in_file if isinstance(in_file, dict) else None):
            if value is None:
                continue
            try:
                server_key = access_head.load_public_key(str(pinned))
            except ValueError:
                self._add(COUNTERSIGN_INVALID, None)
                return None
            if value.get("server_key") != pinned or not access_head.signature_holds(server_key, self.chain_id, value):
                self._add(COUNTERSIGN_INVALID, None)
                continue
            self._against_chain(int(value["seq"]), str(value["hash"]), COUNTERSIGN_TRUNCATED, COUNTERSIGN_MISMATCH)
        return int(in_store["seq"]) if "seq" in in_store else None

    # -- the clients of each listing ------------------------------------------------------------

    def _listings(self) -> None:
        first_use: dict[str, int] = {}
        for entry in self.entries:
            if entry["clients"] and entry["clients"] not in first_use:
                first_use[entry["clients"]] = entry["seq"]
        if not first_use:
            return
        members = self.snap.members
        for digest, seq in first_use.items():
            if access_chain.clients_digest(members.get(digest, ())) != digest:
                self._add(LISTING_CHANGED, seq, kept=len(members.get(digest, ())))
