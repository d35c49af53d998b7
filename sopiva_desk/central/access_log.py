"""Devices' access logs on the server: each push is verified against the chain already held for
that device, countersigned as far as it holds, and kept whole even where it does not
(docs/sync-protocol.md, "The access-log push"; docs/security.md, "Countersignature").

A push carries a page of the device's chain (oldest first), the chain's id, the device's log
public key, its signed head and the client ids of the listings the page names. The page comes
as full entries or compact (``protocol/access_page.py``: expanded here to the same full entries,
every hash recomputed; one whose entries do not give its hash is a break at its first entry).
The server:

- pins the log key at the chain's first push; a different key later is a break;
- takes an entry it already holds with the same content as a no-op (retries are harmless), and
  one with the same id but other content as a break (the stored one stays);
- links each new entry onto its verified head (``prev_hash`` = head hash, hash recomputed over
  the canonical encoding, seq past the head): an entry that does not link is a break;
- checks the head signature with the pinned key, and that the chain reaches its signed head
  (a chain cut short of it on the final page, or one whose entry at the head's seq has another
  hash, is a break);
- checks each listing's client ids against the digest the entries name.

A break is recorded once (device, user, chain, first bad seq and entry, reason, when); the chain
is then stopped: later entries are still stored, unverified, and nothing past the break is
countersigned. Every answer carries the countersignature of the verified head and, for a broken
chain, the break.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.central.models import AccessListingMember, AccessLogBreak, AccessLogChain, AccessLogEntry
from sopiva_desk.protocol import access_chain, access_page, signing, wire

# Why a chain broke (``access_log_break.reason``), beyond access_chain's EDITED, UNLINKED and
# HEAD_MISMATCH. The laptop names each in words (gui/messages.py).
KEY_CHANGED = "key_changed"
HEAD_SIGNATURE = "head_signature"
CHANGED_AFTER_PUSH = "changed_after_push"
LISTING_MEMBERS = "listing_members"

REASONS = {
    access_chain.EDITED: "the entry's content no longer gives its hash (edited or backdated)",
    access_chain.UNLINKED: "the entry does not follow the one before it (an entry was deleted, inserted or moved)",
    access_chain.HEAD_MISMATCH: "the chain does not reach or match its signed head (cut short or re-hashed)",
    KEY_CHANGED: "the log was signed with another key than the one first registered for this device",
    HEAD_SIGNATURE: "the signed head does not verify with the device's log key",
    CHANGED_AFTER_PUSH: "an entry the server already holds came again with other content",
    LISTING_MEMBERS: "the clients of a listing do not match the digest its entry names",
}
BROKEN = "access_log_broken"


@dataclass(frozen=True)
class PushedLog:
    """A checked push body (``parse``)."""

    chain_id: str
    log_key: str
    head: dict[str, Any] | None
    entries: list[dict[str, Any]]
    listings: dict[str, list[str]]
    final: bool
    #: A compact page whose entries do not give its hash (``access_page.UnsoundPage``).
    unsound_page: bool = False


def reason_text(reason: str) -> str:
    return REASONS.get(reason, reason)


def countersign(key: Ed25519PrivateKey, chain_id: str, seq: int, head_hash: str) -> dict[str, Any]:
    signature = key.sign(access_chain.head_message(chain_id, seq, head_hash))
    return {"seq": seq, "hash": head_hash, "signature": base64.b64encode(signature).decode("ascii"),
            "server_key": signing.public_key_b64(key)}


def head_signature_holds(log_key: str, chain_id: str, head: Mapping[str, Any]) -> bool:
    try:
        key = signing.load_public_key(log_key)
        signature = base64.b64decode(str(head.get("signature", "")), validate=True)
        key.verify(signature, access_chain.head_message(chain_id, int(head["seq"]), str(head["hash"])))
    except (InvalidSignature, ValueError, binascii.Error, KeyError, TypeError):
        return False
    return True


def receive(session: Session, device_id: str, user_id: str, pushed: PushedLog, server_key: Ed25519PrivateKey,
            now: datetime) -> dict[str, Any]:
    """Store and verify one pushed page; the answer's body."""
    chain = session.get(AccessLogChain, (device_id, pushed.chain_id))
    if chain is None:
        chain = AccessLogChain(device_id=device_id, chain_id=pushed.chain_id, user_id=user_id,
                               log_key=pushed.log_key, head_seq=0, head_hash=access_chain.GENESIS, updated_at=now)
        session.add(chain)
        session.flush()
    ledger = _Ledger(session, chain, device_id, user_id, now)
    if pushed.log_key != chain.log_key:
        ledger.breaks(None, None, KEY_CHANGED, f"registered key {chain.log_key}, pushed with {pushed.log_key}")
    stored = _store_entries(session, ledger, device_id, user_id, pushed)
    _store_listings(session, ledger, pushed)
    _check_head(session, ledger, pushed)
    chain.updated_at = now
    answer: dict[str, Any] = {
        "stored": stored, "chain": {"seq": chain.head_seq, "hash": chain.head_hash},
        "countersignature": countersign(server_key, chain.chain_id, chain.head_seq, chain.head_hash)
        if chain.head_seq > 0 else None,
        "break": None,
    }
    if chain.broken_by is not None:
        found = session.get(AccessLogBreak, chain.broken_by)
        assert found is not None
        answer["break"] = break_document(found)
    return answer


def break_document(found: AccessLogBreak) -> dict[str, Any]:
    where = f" at entry {found.seq}" if found.seq is not None else ""
    return {"error": BROKEN, "reason": found.reason, "seq": found.seq, "entry_id": found.entry_id,
            "found_at": found.found_at, "break_id": found.id,
            "message": f"The server found this computer's access log altered{where}: {reason_text(found.reason)}. "
                       "The administrator has been told."}


class _Ledger:
    """The chain being verified and the one break it may get."""

    def __init__(self, session: Session, chain: AccessLogChain, device_id: str, user_id: str,
                 now: datetime) -> None:
        self.session, self.chain, self.device_id, self.user_id, self.now = session, chain, device_id, user_id, now

    @property
    def broken(self) -> bool:
        return self.chain.broken_by is not None

    def breaks(self, seq: int | None, entry_id: str | None, reason: str, detail: str = "") -> None:
        """Record the chain's first break; a chain already broken keeps the break it has."""
        if self.broken:
            return
        found = AccessLogBreak(device_id=self.device_id, user_id=self.user_id, chain_id=self.chain.chain_id,
                               seq=seq, entry_id=entry_id, reason=reason, detail=detail[:2000], found_at=self.now)
        self.session.add(found)
        self.session.flush()
        self.chain.broken_by = found.id


def _same_entry(stored: AccessLogEntry, entry: Mapping[str, Any]) -> bool:
    """The held entry is the pushed one (the chain id aside: a profile restored from a backup
    carries its entries on under a new chain id)."""
    try:
        if stored.entry.get("purged") is True:  # purged by retention since: its place and hash remain
            return stored.seq == entry["seq"] and stored.entry_hash == entry["hash"]
        return (stored.seq == entry["seq"] and stored.entry_hash == entry["hash"]
                and access_chain.canonical(stored.entry) == access_chain.canonical(entry)
                and stored.entry.get("prev_hash") == entry.get("prev_hash"))
    except (KeyError, TypeError, ValueError):
        return False


def _store_entries(session: Session, ledger: _Ledger, device_id: str, user_id: str, pushed: PushedLog) -> int:
    chain = ledger.chain
    bad_listings = {digest for digest, client_ids in pushed.listings.items()
                    if access_chain.clients_digest(client_ids) != digest}
    if pushed.unsound_page and pushed.entries:
        # Only a laptop other than ours sends one (ours sends such a page in full form): the break
        # is somewhere in the page, named at its first entry.
        first, last = pushed.entries[0], pushed.entries[-1]
        ledger.breaks(first["seq"], first["id"], access_chain.EDITED,
                      f"compact page seq {first['seq']}–{last['seq']}: its entries do not give the page's hash")
    ids = [entry["id"] for entry in pushed.entries]
    held = {row.id: row for row in session.scalars(select(AccessLogEntry).where(AccessLogEntry.id.in_(ids)))} \
        if ids else {}
    stored = 0
    for entry in pushed.entries:
        entry_id, seq = entry["id"], entry["seq"]
        known = held.get(entry_id)
        if known is not None and not _same_entry(known, entry):
            ledger.breaks(seq, entry_id, CHANGED_AFTER_PUSH,
                          f"held seq {known.seq} hash {known.entry_hash}; pushed seq {seq} hash {entry['hash']}")
            continue
        verified = False
        if not ledger.broken:
            if entry.get("clients") in bad_listings:
                ledger.breaks(seq, entry_id, LISTING_MEMBERS,
                              f"listing {entry['clients']}: the pushed client ids give another digest")
            elif seq <= chain.head_seq:
                if known is None:
                    ledger.breaks(seq, entry_id, access_chain.UNLINKED,
                                  f"seq {seq} is inside the part already verified (through {chain.head_seq})")
            else:
                # A held entry (a retry, or a restored profile's new chain) links on like a new one.
                problem, last_hash, _ = access_chain.verify([entry], chain.head_hash)
                if problem is None:
                    chain.head_seq, chain.head_hash, verified = seq, last_hash, True
                else:
                    ledger.breaks(seq, entry_id, problem.reason, f"after verified seq {chain.head_seq}")
        if known is not None:
            continue
        row = AccessLogEntry(
            id=entry_id, device_id=device_id, user_id=user_id, client_id=entry["client_id"], at=entry["at_parsed"],
            entry={key: value for key, value in entry.items() if key != "at_parsed"}, chain_id=pushed.chain_id,
            seq=seq, entry_hash=entry["hash"], clients=entry.get("clients"), verified=verified)
        session.add(row)
        held[entry_id] = row  # the same id twice in one page is a repeat too
        stored += 1
    return stored


def _store_listings(session: Session, ledger: _Ledger, pushed: PushedLog) -> None:
    """Keep the members of each listing whose ids give its digest (an entry naming one that does
    not is a break, found by ``_store_entries``)."""
    for digest, client_ids in pushed.listings.items():
        if access_chain.clients_digest(client_ids) != digest:
            ledger.breaks(None, None, LISTING_MEMBERS, f"listing {digest}: the pushed client ids give another digest")
            continue
        known = set(session.scalars(select(AccessListingMember.client_id).where(AccessListingMember.digest == digest)))
        for client_id in sorted(set(client_ids) - known):
            session.add(AccessListingMember(digest=digest, client_id=client_id))


def _check_head(session: Session, ledger: _Ledger, pushed: PushedLog) -> None:
    head, chain = pushed.head, ledger.chain
    if head is None or ledger.broken:
        return
    if str(head.get("chain_id")) != pushed.chain_id or not head_signature_holds(chain.log_key, pushed.chain_id, head):
        ledger.breaks(int(head.get("seq") or 0) or None, None, HEAD_SIGNATURE)
        return
    seq, head_hash = int(head["seq"]), str(head["hash"])
    if seq <= chain.head_seq:
        # The hash commits to every entry before it, so a verified entry of this device with the
        # head's seq and hash is this chain's entry at the head.
        at_head = session.scalar(select(AccessLogEntry.id).where(
            AccessLogEntry.device_id == chain.device_id, AccessLogEntry.seq == seq,
            AccessLogEntry.entry_hash == head_hash, AccessLogEntry.verified.is_(True)).limit(1))
        if at_head is None:
            ledger.breaks(seq, None, access_chain.HEAD_MISMATCH, f"signed head {head_hash} at seq {seq}")
    elif pushed.final:
        ledger.breaks(seq, None, access_chain.HEAD_MISMATCH,
                      f"the chain ends at seq {chain.head_seq}; its signed head is at seq {seq}")


# -- reading the body --------------------------------------------------------------------------

_HEX = frozenset("0123456789abcdef")


def _hex64(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def parse(document: Mapping[str, Any], bad: Any) -> PushedLog:
    """The push body checked for shape (``bad(path, message)`` raises the 422); whether the chain
    holds is ``receive``'s question, so content that does not hash right is not refused here."""
    chain_id = document.get("chain_id")
    if not isinstance(chain_id, str) or not 1 <= len(chain_id) <= 64:
        raise bad(["chain_id"], "must be the chain's id (1–64 characters)")
    log_key = document.get("log_key")
    try:
        log_key = signing.public_key_b64(signing.load_public_key(str(log_key)))
    except ValueError as error:
        raise bad(["log_key"], "must be base64 of a raw Ed25519 public key") from error
    head = document.get("head")
    if head is not None and not (isinstance(head, dict) and isinstance(head.get("seq"), int)
                                 and _hex64(head.get("hash")) and isinstance(head.get("signature"), str)):
        raise bad(["head"], "must be {chain_id, seq, hash, signature} or null")
    raw_entries, unsound = document.get("entries") or [], False
    if document.get("page") is not None:
        try:
            raw_entries = access_page.expand(chain_id, document["page"])
        except access_page.UnsoundPage as found:
            raw_entries, unsound = found.entries, True
        except (KeyError, TypeError, ValueError) as error:
            raise bad(["page"], f"must be a compact page of the chain ({error})") from error
    entries = [_entry(index, entry, bad) for index, entry in enumerate(raw_entries)]
    listings = document.get("listings") or {}
    if not isinstance(listings, dict):
        raise bad(["listings"], "must map a digest to its client ids")
    checked: dict[str, list[str]] = {}
    for digest, ids in listings.items():
        if not _hex64(digest) or not isinstance(ids, list):
            raise bad(["listings", digest], "must map a digest to its client ids")
        try:
            checked[digest] = [str(_uuid(value)) for value in ids]
        except ValueError as error:
            raise bad(["listings", digest], "client ids must be uuids") from error
    return PushedLog(chain_id, log_key, head, entries, checked, bool(document.get("final")), unsound)


def _uuid(value: Any) -> str:
    import uuid

    return str(uuid.UUID(str(value)))


def _entry(index: int, entry: Any, bad: Any) -> dict[str, Any]:
    where = ["entries", index]
    if not isinstance(entry, dict):
        raise bad(where, "must be an object")
    try:
        entry_id = _uuid(entry.get("id"))
    except ValueError as error:
        raise bad([*where, "id"], "must be a uuid") from error
    seq = entry.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**62:
        raise bad([*where, "seq"], "must be a positive integer")
    for name in ("prev_hash", "hash"):
        if not _hex64(entry.get(name)):
            raise bad([*where, name], "must be 64 lowercase hex digits")
    client_id = entry.get("client_id")
    if client_id is not None:
        try:
            client_id = _uuid(client_id)
        except ValueError as error:
            raise bad([*where, "client_id"], "must be a uuid or null") from error
    clients = entry.get("clients")
    if clients is not None and not _hex64(clients):
        raise bad([*where, "clients"], "must be a listing digest or null")
    try:
        at = wire.parse_datetime(str(entry.get("at")))
    except ValueError as error:
        raise bad([*where, "at"], "must be an ISO 8601 datetime with its offset") from error
    return {**entry, "id": entry_id, "client_id": client_id, "at_parsed": at}
