"""The access log's signed head (store/access_head.py): one log key per profile, the head signed in
the transaction that appends entries and written to the profile folder after it, and the
server's countersignature kept beside it (the contract with the central sync, i15-central)."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import access_head
from tests.conftest import DEMO_PASSPHRASE
from tests.helpers import log_tamper


def head_file(log: log_tamper.Log) -> dict:
    access_head.head_files.flush(log.folder)  # written off the store lane
    return json.loads((log.folder / access_head.HEAD_FILE).read_text())


def test_every_commit_with_entries_signs_the_head_in_the_store_and_the_file(workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    with workspace.db.read() as session:
        stored = access_head.stored_head(session)
    assert stored == head_file(log) and stored["seq"] == log.newest  # type: ignore[index]
    workspace.clients.open_client(log.clients[0])
    assert head_file(log)["seq"] == log.newest + 1


def test_the_log_key_is_made_once_and_named_in_the_profile_file(workspace: Workspace,
                                                                 profile_service: ProfileService) -> None:
    log = log_tamper.write_log(workspace)
    named = json.loads((log.folder / "profile.json").read_text())["log_public_key"]
    workspace.close()
    again = profile_service.unlock(log.chain_id, DEMO_PASSPHRASE)
    try:
        with again.db.read() as session:
            key = access_head.stored_public_key(session)
        assert key is not None and access_head.public_key_text(key) == named
        assert json.loads((log.folder / "profile.json").read_text())["log_public_key"] == named
    finally:
        again.close()


def test_the_countersignature_reaches_the_file_after_the_commit_and_stays_there(workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    server = Ed25519PrivateKey.generate()
    log_tamper.countersign(workspace, log, server, log.newest)
    confirmed = head_file(log)["countersigned"]
    assert confirmed["seq"] == log.newest
    with workspace.db.read() as session:
        assert access_head.countersigned(session) == confirmed
    workspace.clients.open_client(log.clients[1])  # a later head keeps it
    assert head_file(log)["countersigned"] == confirmed and head_file(log)["seq"] == log.newest + 1
    assert workspace.check_access_log().countersigned_seq == log.newest


def test_a_countersignature_rolled_back_with_its_transaction_reaches_neither(workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    with pytest.raises(RuntimeError), workspace.db.transaction() as session:
        access_head.store_countersignature(session, log.folder, {"seq": 1, "hash": "x", "signature": "y",
                                                                 "server_key": "z"})
        raise RuntimeError("the push failed")
    assert "countersigned" not in head_file(log)
    with workspace.db.read() as session:
        assert access_head.countersigned(session) is None
    assert workspace.check_access_log().findings == []


def test_a_missing_head_file_is_a_note_and_the_next_unlock_writes_it(workspace: Workspace,
                                                                      profile_service: ProfileService) -> None:
    log = log_tamper.write_log(workspace)
    (log.folder / access_head.HEAD_FILE).unlink()
    result = workspace.check_access_log()
    assert not result.broken and [f.key for f in result.findings] == ["log.head_file_missing"]
    workspace.close()
    again = profile_service.unlock(log.chain_id, DEMO_PASSPHRASE)
    try:
        assert head_file(log)["seq"] == log.newest and again.check_access_log().findings == []
    finally:
        again.close()
