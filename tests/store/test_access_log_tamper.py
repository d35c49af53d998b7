"""Log tampering (docs/reliability.md, "Log tampering"): the access log edited directly in the
store with the key, as someone holding the passphrase could, is found by ``sopiva-desk
verify-log`` (exit 1, naming the first broken entry) and by the check the screen runs, at the
right entry. What cannot be found (a re-hashed, re-signed log that was never synced) is shown
honestly too, as docs/security.md says."""

from __future__ import annotations

import base64
import io
import json
import shutil
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sopiva_desk import cli
from sopiva_desk.services import access_log_check as check
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import access_head
from tests.conftest import DEMO_PASSPHRASE
from tests.helpers import log_tamper
from tests.helpers.log_tamper import TAMPERS


def verify_log(profile_service: ProfileService, profile_id: str, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSPHRASE + "\n"))
    code = cli.main(["verify-log", "--data-dir", str(profile_service.data_dir), "--profile", profile_id])
    return code, capsys.readouterr().out


def test_an_untouched_log_is_intact_and_signed_outside_the_store(workspace: Workspace, profile_service: ProfileService,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    log = log_tamper.write_log(workspace)
    result = workspace.check_access_log()
    assert result.findings == [] and result.entries == log.newest and result.signed_seq == log.newest
    access_head.head_files.flush(log.folder)  # written off the store lane (the check waits for it too)
    head = json.loads((log.folder / access_head.HEAD_FILE).read_text())
    assert head["seq"] == log.newest and head["chain_id"] == log.chain_id
    assert (log.folder / access_head.HEAD_FILE).stat().st_mode & 0o777 == 0o600
    profile = json.loads((log.folder / "profile.json").read_text())
    key = access_head.load_public_key(profile["log_public_key"])
    assert access_head.signature_holds(key, log.chain_id, head)
    workspace.close()
    code, out = verify_log(profile_service, log.chain_id, monkeypatch, capsys)
    assert code == 0 and "The access log is intact." in out and f"Entries checked: {log.newest}." in out


@pytest.mark.parametrize("name", list(TAMPERS))
def test_each_tamper_is_found_at_the_right_entry(name: str, workspace: Workspace, profile_service: ProfileService,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    log = log_tamper.write_log(workspace)
    assert workspace.check_access_log().findings == []
    key, seq = TAMPERS[name](workspace, log)

    first = workspace.check_access_log().first_break
    assert first is not None and (first.key, first.seq) == (key, seq)
    workspace.close()
    code, out = verify_log(profile_service, log.chain_id, monkeypatch, capsys)
    assert code == 1 and "The access log has been tampered with." in out
    named = out.split("First broken entry:\n", 1)[1].splitlines()[0]
    assert named.strip().startswith(f"No. {seq}")


def test_a_re_hashed_and_re_signed_log_never_synced_is_not_found(workspace: Workspace) -> None:
    """The limit docs/security.md states: the log key is in the store, so someone with the
    passphrase can rewrite the log and sign it again; only a countersignature shows that."""
    log = log_tamper.write_log(workspace)
    log_tamper.sql(workspace, "UPDATE access_log SET user_name = 'Joku Muu' WHERE seq = 2")
    log_tamper.rehash_from(workspace, 2)
    log_tamper.resign_head(workspace, log)
    assert not workspace.check_access_log().broken


def test_a_countersignature_not_made_by_the_pinned_server_is_a_break(workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    log_tamper.countersign(workspace, log, Ed25519PrivateKey.generate(), log.newest)
    assert workspace.check_access_log().findings == []
    with workspace.db.transaction() as session:
        forged = dict(access_head.countersigned(session) or {})
        forged["signature"] = base64.b64encode(bytes(64)).decode()
        access_head.store_countersignature(session, log.folder, forged)
    assert workspace.check_access_log().first_break.key == check.COUNTERSIGN_INVALID  # type: ignore[union-attr]


def test_a_crash_before_the_head_file_is_written_is_a_note_and_the_next_unlock_signs(
        workspace: Workspace, profile_service: ProfileService, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    log = log_tamper.write_log(workspace)
    access_head.head_files.flush(log.folder)
    shutil.copy(log.folder / access_head.HEAD_FILE, log.folder / "old-head")
    for client in log.clients:
        workspace.clients.open_client(client)
    workspace.close()
    # The app died after the last two commits and before their head reached the file.
    shutil.move(log.folder / "old-head", log.folder / access_head.HEAD_FILE)
    code, out = verify_log(profile_service, log.chain_id, monkeypatch, capsys)
    assert code == 0 and "The access log is intact, with a note." in out
    assert "Newest entries not yet signed: 2 " in out

    again = profile_service.unlock(log.chain_id, DEMO_PASSPHRASE)
    try:
        assert again.check_access_log().findings == []
        assert json.loads((log.folder / access_head.HEAD_FILE).read_text())["seq"] == log.newest + 2
    finally:
        again.close()


def test_the_next_unlock_never_signs_over_a_break(workspace: Workspace, profile_service: ProfileService) -> None:
    log = log_tamper.write_log(workspace)
    log_tamper.truncate(workspace, log)
    workspace.close()
    again = profile_service.unlock(log.chain_id, DEMO_PASSPHRASE)
    try:
        again.clients.open_client(log.clients[0])  # a new entry after the cut
        first = again.check_access_log().first_break
        assert first is not None and first.key == check.TRUNCATED
    finally:
        again.close()


def test_wrong_passphrase_is_not_a_verdict(workspace: Workspace, profile_service: ProfileService,
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    profile_id = workspace.profile.profile_id
    workspace.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    code = cli.main(["verify-log", "--data-dir", str(profile_service.data_dir), "--profile", profile_id])
    assert code == 2 and "failed" in capsys.readouterr().err


def test_breaks_far_apart_are_each_named(workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    log_tamper.backdate(workspace, log)  # entry 5
    log_tamper.delete_entry(workspace, log)  # entry 3: entry 4 no longer follows
    found = [(f.key, f.seq) for f in workspace.check_access_log().breaks]
    assert found == [(check.DELETED, 4), (check.EDITED, 5)]
