"""Tampering with the access log directly in the store, as someone holding the passphrase could:
raw SQL on the keyed store, bypassing the services (tests/store/test_access_log_tamper.py and the
check screen's tests). Each tamper returns what the check must find: the finding's key and the
seq of the entry it must name."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sopiva_desk.protocol import access_chain
from sopiva_desk.services import access_log_check as check
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import access_head
from sopiva_desk.store.keys import b64
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.repositories import access_log, settings

CLIENT_A = {"first_names": "Aino", "last_name": "Ketju", "hetu": "131052-308T", "municipality_code": "491"}
CLIENT_B = {"first_names": "Bertta", "last_name": "Lenkki", "temporary_id": "TILAP-1", "birth_date": "1.1.1990",
            "municipality_code": "491"}


@dataclass(frozen=True)
class Log:
    """The log ``write_log`` made: the seqs of interesting entries and where its files are."""

    folder: Path
    chain_id: str
    newest: int
    listing: int  # the first entry of the listing that showed both clients
    clients: tuple[uuid.UUID, uuid.UUID]


def write_log(workspace: Workspace) -> Log:
    """Some ten entries, through the services, each commit signing the head."""
    a = workspace.clients.create_client(CLIENT_A)
    b = workspace.clients.create_client(CLIENT_B)
    for _ in range(2):
        workspace.clients.open_client(a)
    with workspace.db.transaction() as session:
        listing = access_log.record(session, user_id=workspace.actor.user_id, user_name=workspace.actor.user_name,
                                    purpose="client_work", action="view", record_type="caseload", client_id=None,
                                    clients=[a, b])
    workspace.clients.open_client(b)
    workspace.clients.open_client(a)
    with workspace.db.read() as session:
        newest = session.scalar(select(AccessLogEntry.seq).order_by(AccessLogEntry.seq.desc()).limit(1))
    folder = workspace._opened.profile.folder
    access_head.head_files.flush(folder)  # the head file's write runs on its own thread: let it land
    return Log(folder, workspace.profile.profile_id, int(newest), listing.seq, (a, b))


def sql(workspace: Workspace, statement: str, **params: object) -> None:
    with workspace.db.engine.begin() as connection:
        connection.execute(text(statement), params)


def rehash_from(workspace: Workspace, seq: int) -> None:
    """Recompute every hash from ``seq`` on, as a tamperer who knows the encoding would."""
    with Session(workspace.db.engine) as session, session.begin():
        entries = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)).all()
        prev = access_chain.GENESIS
        for entry in entries:
            if entry.seq >= seq:
                entry.prev_hash = prev
                entry.entry_hash = access_chain.entry_hash(access_log.chain_form(entry), prev)
            prev = entry.entry_hash


def resign_head(workspace: Workspace, log: Log) -> None:
    """Sign the (tampered) newest entry with the store's own log key: store copy and file."""
    with Session(workspace.db.engine) as session, session.begin():
        key = access_head._private_key(session)
        assert key is not None
        tail = session.execute(select(AccessLogEntry.seq, AccessLogEntry.entry_hash)
                               .order_by(AccessLogEntry.seq.desc()).limit(1)).one()
        signer = access_head.HeadSigner(log.chain_id, log.folder, key, access_head.countersigned(session))
        head = signer.sign(tail.seq, tail.entry_hash)
        settings.put(session, access_head.HEAD_KEY, head)
    signer.write_file(head)


def countersign(workspace: Workspace, log: Log, server_key: Ed25519PrivateKey, seq: int) -> None:
    """What the central server returns after verifying the chain up to ``seq`` (i15-central's
    side), stored as the sync engine stores it."""
    with Session(workspace.db.engine) as session, session.begin():
        head_hash = session.scalar(select(AccessLogEntry.entry_hash).where(AccessLogEntry.seq == seq))
        signature = server_key.sign(access_chain.head_message(log.chain_id, seq, head_hash))
        raw = server_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        access_head.store_countersignature(session, log.folder, {
            "seq": seq, "hash": head_hash, "signature": b64(signature), "server_key": b64(raw)})


# -- the tampers: each returns (finding key, seq the finding must name) -------------------------

Tamper = Callable[[Workspace, Log], tuple[str, int]]


def edit_user_and_action(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "UPDATE access_log SET user_name = 'Joku Muu', action = 'update' WHERE seq = :seq", seq=4)
    return check.EDITED, 4


def delete_entry(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "DELETE FROM access_log WHERE seq = :seq", seq=3)
    return check.DELETED, 4


def truncate(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "DELETE FROM access_log WHERE seq > :seq", seq=log.newest - 2)
    return check.TRUNCATED, log.newest - 2


def reorder(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "UPDATE access_log SET seq = -1 WHERE seq = 3")
    sql(ws, "UPDATE access_log SET seq = 3 WHERE seq = 4")
    sql(ws, "UPDATE access_log SET seq = 4 WHERE seq = -1")
    return check.UNLINKED, 3


def backdate(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "UPDATE access_log SET at = '2025-01-02 08:00:00.000000' WHERE seq = :seq", seq=5)
    return check.EDITED, 5


def rehash_after_edit(ws: Workspace, log: Log) -> tuple[str, int]:
    """The chain holds again, but not with the signed head: named at the head (the earliest entry
    it can prove changed; which entry before it was edited cannot be known)."""
    sql(ws, "UPDATE access_log SET user_name = 'Joku Muu' WHERE seq = 3")
    rehash_from(ws, 3)
    return check.REWRITTEN, log.newest


def change_listing_members(ws: Workspace, log: Log) -> tuple[str, int]:
    sql(ws, "DELETE FROM access_listing_member WHERE client_id = :client", client=log.clients[1].hex)
    return check.LISTING_CHANGED, log.listing


def resign_after_countersigned_edit(ws: Workspace, log: Log) -> tuple[str, int]:
    """Edit, re-hash and re-sign with the store's own key, after a sync confirmed the log up to
    its newest entry: only the server's countersignature shows it."""
    countersign(ws, log, Ed25519PrivateKey.generate(), log.newest - 1)
    sql(ws, "UPDATE access_log SET user_name = 'Joku Muu', action = 'view' WHERE seq = 2")
    rehash_from(ws, 2)
    resign_head(ws, log)
    return check.COUNTERSIGN_MISMATCH, log.newest - 1


def resign_after_countersigned_truncation(ws: Workspace, log: Log) -> tuple[str, int]:
    countersign(ws, log, Ed25519PrivateKey.generate(), log.newest)
    sql(ws, "DELETE FROM access_log WHERE seq > :seq", seq=log.newest - 3)
    resign_head(ws, log)
    return check.COUNTERSIGN_TRUNCATED, log.newest - 3


TAMPERS: dict[str, Tamper] = {
    "edit user and action": edit_user_and_action,
    "delete an entry": delete_entry,
    "delete the newest entries": truncate,
    "reorder": reorder,
    "backdate": backdate,
    "re-hash after an edit": rehash_after_edit,
    "change a listing's clients": change_listing_members,
    "re-hash and re-sign after a sync": resign_after_countersigned_edit,
    "truncate and re-sign after a sync": resign_after_countersigned_truncation,
}
