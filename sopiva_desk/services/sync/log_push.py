"""The access-log push, after the change push (docs/sync-protocol.md, "The access-log push").

Entries the server has not stored yet go up oldest first, ``LOG_PAGE`` a request, as a compact
page (protocol/access_page.py: the content as columns, no per-entry hashes, derived ids left
out) when it expands to exactly the entries' chain forms, else each as its chain form (seq,
id, prev_hash, hash); with the chain's id, the log public key, the signed head and the client
ids of the listings the page names. After each answer the laptop notes how far the
server has stored (so a cancelled or broken-off push resumes there; a repeat of a page is a
no-op on the server) and keeps the server's countersignature once it verifies against the pinned
server key. A chain the server found broken comes back as ``break``: the sync finishes, and the
report says so in words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from sopiva_desk.protocol import access_page, signing, wire
from sopiva_desk.services.sync import log_head
from sopiva_desk.services.sync.errors import RefusedError, ServerError
from sopiva_desk.services.sync.transport import SyncTransport
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry
from sopiva_desk.store.repositories.access_log import chain_form

LOG_PAGE = 1000


@dataclass
class LogPushResult:
    sent: int = 0
    stored: int = 0
    countersigned_seq: int | None = None
    broken: dict[str, Any] | None = None  # the server's break (this push or an earlier): reason, seq, entry_id
    countersignature_problem: str | None = None  # "server_key_changed" | "bad_countersignature"


def entry_document(entry: AccessLogEntry) -> dict[str, Any]:
    form = chain_form(entry)
    return {key: wire.encode_value(value) for key, value in form.items()}


def push_log(db: Database, transport: SyncTransport, chain_id: str, folder: Path | None, cancel: threading.Event,
             progress: Callable[[int, int], None], page: int = LOG_PAGE) -> LogPushResult:
    result = LogPushResult()
    with db.transaction() as session:
        key = log_head.log_key(session)
        after = log_head.pushed_through(session)
        # The head and the last entry to send come from one snapshot: the head never names an
        # entry this push does not carry.
        head = log_head.signed_head(session, chain_id, key)
        last = session.scalar(select(func.max(AccessLogEntry.seq))) or 0
        total = session.scalar(select(func.count()).select_from(AccessLogEntry).where(
            AccessLogEntry.seq > after, AccessLogEntry.seq <= last)) or 0
    public_key = signing.public_key_b64(key)
    compact_understood = True
    progress(0, total)
    while not cancel.is_set() and after < last:
        with db.read() as session:
            entries = list(session.scalars(select(AccessLogEntry).where(
                AccessLogEntry.seq > after, AccessLogEntry.seq <= last).order_by(AccessLogEntry.seq).limit(page)))
            digests = {entry.clients for entry in entries if entry.clients}
            listings: dict[str, list[str]] = {}
            if digests:
                for digest, client_id in session.execute(select(
                        AccessListingMember.digest, AccessListingMember.client_id)
                        .where(AccessListingMember.digest.in_(digests))):
                    listings.setdefault(digest, []).append(str(client_id))
            documents = [entry_document(entry) for entry in entries]
        if not documents:
            break
        final = entries[-1].seq >= last
        compact = access_page.compact(chain_id, documents) if compact_understood else None
        body = {"chain_id": chain_id, "log_key": public_key, "head": head, "listings": listings, "final": final}
        try:
            answer = transport.push_access_log({**body, **({"page": compact} if compact is not None
                                                           else {"entries": documents})})
        except RefusedError as refused:
            if compact is None or refused.params.get("status") != 422:
                raise
            # A server older than the compact page refuses it: the same entries go whole, as
            # before, for the rest of this sync (so laptops may be upgraded before the server).
            compact_understood = False
            answer = transport.push_access_log({**body, "entries": documents})
        if not isinstance(answer.get("stored"), int):
            raise ServerError(status=200)
        after = entries[-1].seq
        result.sent += len(documents)
        result.stored += answer["stored"]
        with db.transaction() as session:
            log_head.note_pushed(session, after)
            signature = answer.get("countersignature")
            if isinstance(signature, dict):
                try:
                    value = log_head.check_countersignature(session, chain_id, signature)
                except log_head.CountersignatureRefused as refused:
                    result.countersignature_problem = refused.reason
                else:
                    log_head.store_countersignature(session, folder, value)
                    result.countersigned_seq = value["seq"]
            broken = answer.get("break")
            if isinstance(broken, dict):
                log_head.note_break(session, broken)
        progress(result.sent, total)
    with db.read() as session:
        result.broken = log_head.known_break(session)
    return result
