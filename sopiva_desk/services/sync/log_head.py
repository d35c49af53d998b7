"""The access log's signing key, signed head and the server's countersignature on the laptop
(docs/security.md, "Tamper-evident access log"; docs/sync-protocol.md, "The access-log push").

The log key, the signed head and the countersignature's storage are store/access_head.py's
(the head is signed after every commit with new entries); this module is what the sync engine
needs of them, plus what only the push keeps (how far it got, a reported break).

Store settings (inside the encrypted store):
- ``access_log_key``: base64 of the raw Ed25519 private key;
- ``access_log_head``: ``{"chain_id", "seq", "hash", "signature"}``;
- ``access_log_countersigned``: ``{"seq", "hash", "signature", "server_key"}`` — the server's
  countersignature of the newest head it verified, its key pinned at first sight;
- ``access_log_pushed``: ``{"seq"}`` — the newest entry the server has stored;
- ``access_log_break``: the break the server last reported (it stays until the chain is reset),
  so every sync report says so, not only the first after it.
The profile folder's ``access_log_head.json`` carries the countersignature too (``countersigned``).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.protocol import access_chain, signing, wire
from sopiva_desk.store import access_head
from sopiva_desk.store.models import AccessLogEntry, StoreSetting
from sopiva_desk.store.repositories import settings

KEY = "access_log_key"
HEAD = "access_log_head"
COUNTERSIGNED = "access_log_countersigned"
PUSHED = "access_log_pushed"
BREAK = "access_log_break"
HEAD_FILE = "access_log_head.json"


def _get(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(StoreSetting, key)
    if row is None or not isinstance(row.value, dict):
        return None
    value = row.value.get("v", row.value)  # settings.put wraps in {"v": …}; a bare dict reads the same
    return value if isinstance(value, dict) else None


def _put(session: Session, key: str, value: dict[str, Any]) -> None:
    session.merge(StoreSetting(key=key, value={"v": value}))


def log_key(session: Session) -> Ed25519PrivateKey:
    """The profile's log key (store/access_head.py makes it at unlock; made here if a store was
    never unlocked as a profile, e.g. opened by a tool)."""
    return access_head.ensure_log_key(session)


def signed_head(session: Session, chain_id: str, key: Ed25519PrivateKey) -> dict[str, Any] | None:
    """The chain's signed head as the store keeps it, else (no head written yet) its tail signed now."""
    stored = access_head.stored_head(session)
    if stored is not None and {"seq", "hash", "signature"} <= stored.keys():
        return {"chain_id": str(stored.get("chain_id") or chain_id), "seq": int(stored["seq"]),
                "hash": str(stored["hash"]), "signature": str(stored["signature"])}
    tail = access_head.chain_tail(session)
    return None if tail is None else access_head.sign_head(key, chain_id, *tail)


def pushed_through(session: Session) -> int:
    stored = _get(session, PUSHED)
    return int(stored.get("seq") or 0) if stored else 0


def note_pushed(session: Session, seq: int) -> None:
    if seq > pushed_through(session):
        _put(session, PUSHED, {"seq": seq})


def note_break(session: Session, value: dict[str, Any]) -> None:
    _put(session, BREAK, wire.encode_value(value))


def known_break(session: Session) -> dict[str, Any] | None:
    return _get(session, BREAK)


def countersigned(session: Session) -> dict[str, Any] | None:
    return access_head.countersigned(session)


class CountersignatureRefused(Exception):
    """The server's countersignature does not verify, or comes with another key than the pinned one."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "server_key_changed" | "bad_countersignature"


def check_countersignature(session: Session, chain_id: str, value: dict[str, Any]) -> dict[str, Any]:
    """``value`` checked against the pinned server key (pinned now if none is) and the chain
    (the entry at its seq has its hash); the form to store."""
    pinned = countersigned(session)
    server_key = str(value.get("server_key", ""))
    if pinned is not None and pinned.get("server_key") and pinned["server_key"] != server_key:
        raise CountersignatureRefused("server_key_changed")
    try:
        seq, head_hash = int(value["seq"]), str(value["hash"])
        signing.load_public_key(server_key).verify(base64.b64decode(str(value["signature"]), validate=True),
                                                   access_chain.head_message(chain_id, seq, head_hash))
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidSignature):
        raise CountersignatureRefused("bad_countersignature") from None
    at_seq = session.scalar(select(AccessLogEntry.entry_hash).where(AccessLogEntry.seq == seq))
    if at_seq != head_hash:
        raise CountersignatureRefused("bad_countersignature")
    return {"seq": seq, "hash": head_hash, "signature": str(value["signature"]), "server_key": server_key}


def store_countersignature(session: Session, folder: Path | None, value: dict[str, Any]) -> None:
    """Keep the countersignature in the store and, after the commit, beside the signed head in
    the profile folder (store/access_head.py)."""
    if folder is None:
        settings.put(session, access_head.COUNTERSIGNED_KEY, dict(value))
        return
    access_head.store_countersignature(session, folder, value)
