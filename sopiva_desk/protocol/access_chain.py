"""The access log's hash chain, shared by the laptop (which writes it) and the central server
(which verifies each device's chain on push and countersigns its head). docs/security.md,
"Tamper-evident access log".

Every entry holds the hash of the entry before it, over a canonical encoding of the entry's
content, so an entry edited, deleted, inserted, reordered or backdated inside the chain no longer
links. The newest hash (the head) is signed with the device's key and kept outside the store, and
the server countersigns the head it has verified: a chain cut short or re-hashed from the start
disagrees with a signed head.

Canonical encoding: the entry's ``CHAIN_FIELDS`` as compact JSON with sorted keys, uuids and
datetimes in their wire form (``protocol.wire``), ``fields`` sorted; the hash is
SHA-256(previous hash ‖ "\\n" ‖ canonical bytes) in lowercase hex. A listing (the caseload, the
print queue …) names the clients it showed by ``clients``: the digest of their sorted ids
(``clients_digest``), the ids themselves kept beside the log.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sopiva_desk.protocol.wire import encode_value, parse_datetime

GENESIS = "0" * 64

#: Why the data is handled (Client Data Act 703/2023: the purpose of use is logged). The
#: counsellor sets the current one in the window; ``client_work`` is the default.
PURPOSES = ("client_work", "planning", "decision_preparation", "follow_up", "administration", "client_request")
DEFAULT_PURPOSE = "client_work"

CHAIN_FIELDS = ("id", "at", "user_id", "user_name", "client_id", "action", "record_type", "record_id",
                "fields", "purpose", "clients")

#: How a break is named (``ChainBreak.reason``).
EDITED = "edited"  # the entry's content no longer gives its hash
UNLINKED = "unlinked"  # the entry does not follow the one before it: deleted, inserted or reordered
HEAD_MISMATCH = "head_mismatch"  # the chain does not end where the signed head says


@dataclass(frozen=True)
class ChainBreak:
    """The first entry at which the chain no longer holds, and why."""

    seq: int | None
    entry_id: str | None
    reason: str


def _uuid_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(uuid.UUID(str(value)))


def _at_text(value: Any) -> str:
    if isinstance(value, datetime):
        return str(encode_value(value))
    return str(encode_value(parse_datetime(str(value))))


def content(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The part of an entry the hash covers, normalised (``ValueError`` on a malformed value)."""
    return {
        "id": _uuid_text(entry["id"]),
        "at": _at_text(entry["at"]),
        "user_id": str(entry["user_id"]),
        "user_name": str(entry["user_name"]),
        "client_id": _uuid_text(entry.get("client_id")),
        "action": str(entry["action"]),
        "record_type": str(entry["record_type"]),
        "record_id": _uuid_text(entry.get("record_id")),
        "fields": sorted(str(key) for key in entry.get("fields") or ()),
        "purpose": str(entry.get("purpose") or DEFAULT_PURPOSE),
        "clients": entry.get("clients") or None,
    }


def canonical(entry: Mapping[str, Any]) -> bytes:
    return json.dumps(content(entry), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


def clients_digest(client_ids: Iterable[uuid.UUID | str]) -> str:
    """The digest naming a listing's clients: SHA-256 over their sorted ids, one per line."""
    # A UUID's str() is already the canonical form: only other values are parsed (a listing of
    # 100,000 clients is digested on every showing).
    ids = sorted({str(value) if isinstance(value, uuid.UUID) else str(uuid.UUID(str(value)))
                  for value in client_ids})
    return hashlib.sha256("\n".join(ids).encode("ascii")).hexdigest()


def verify(entries: Iterable[Mapping[str, Any]], prev_hash: str = GENESIS) -> tuple[ChainBreak | None, str, int]:
    """Walk ``entries`` (oldest first, each with ``prev_hash`` and ``hash``) from ``prev_hash``.

    Returns the first break (or ``None``), the last good hash and how many entries held."""
    good = 0
    for entry in entries:
        seq = entry.get("seq")
        entry_id = str(entry.get("id"))
        if entry.get("prev_hash") != prev_hash:
            return ChainBreak(seq, entry_id, UNLINKED), prev_hash, good
        try:
            expected = entry_hash(entry, prev_hash)
        except (KeyError, TypeError, ValueError):
            return ChainBreak(seq, entry_id, EDITED), prev_hash, good
        if entry.get("hash") != expected:
            return ChainBreak(seq, entry_id, EDITED), prev_hash, good
        prev_hash = expected
        good += 1
    return None, prev_hash, good


def head_message(chain_id: str, seq: int, head_hash: str) -> bytes:
    """What a device signs (and the server countersigns) to fix a chain's head: the chain's id
    (the device or profile it belongs to), the head entry's seq and hash."""
    return f"sopiva-access-log-head\n{chain_id}\n{seq}\n{head_hash}".encode("ascii")
