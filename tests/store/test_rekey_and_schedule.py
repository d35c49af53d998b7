"""Full re-key of a profile's store, and the schedule of automatic backups."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.backup import automatic_file_name
from sopiva_desk.services.errors import BackupFolderMissingError, ProfileInUseError, WrongPassphraseError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import keys
from sopiva_desk.store.backup import StoreCheckFailed, verify_store_file
from sopiva_desk.store.backup_file import FILE_SUFFIX
from tests.conftest import DEMO_PASSPHRASE
from tests.store.test_backup import table_rows


def _profile(service: ProfileService, clients: int = 3) -> Workspace:
    profile = service.create_profile("Eeva Esimerkki", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    for i in range(clients):
        ws.clients.create_client({"first_names": "Aino", "last_name": f"Virtanen{'a' * i}",
                                  "temporary_id": f"TMP-{i}", "municipality_code": "491"})
    return ws


def test_rekey_round_trip(profile_service: ProfileService, data_dir: Path) -> None:
    private_pem, public_pem = keys.generate_recovery_keypair(b"office key password 2026")
    (data_dir / "recovery_public_key.pem").write_bytes(public_pem)
    ws = _profile(profile_service)
    profile_id = ws.profile.profile_id
    before = table_rows(ws)
    old_key = bytes(ws._opened.data_key)  # noqa: SLF001 - the test proves the old key no longer opens it
    folder = ws._opened.profile.folder  # noqa: SLF001
    ws.close()
    result = profile_service.backup_restorer().rekey(profile_id, DEMO_PASSPHRASE)
    assert result.backup_path.parent == data_dir / "backups"
    envelope = json.loads((folder / "profile.json").read_text())
    new_store = folder / envelope["store_file"]
    assert envelope["store_file"] != "store.db" and not (folder / "store.db").exists()
    # The old store and its -wal/-shm are gone; beside the envelope only the new store and the
    # access log's signed head (store/access_head.py) remain.
    assert sorted(p.name for p in folder.iterdir()) == sorted(["access_log_head.json", "profile.json",
                                                                envelope["store_file"]])
    with pytest.raises(StoreCheckFailed):
        verify_store_file(new_store, old_key)
    ws = profile_service.unlock(profile_id, DEMO_PASSPHRASE)
    try:
        assert table_rows(ws) == before
        new_key = bytes(ws._opened.data_key)  # noqa: SLF001
    finally:
        ws.close()
    assert new_key != old_key
    # The recovery wrap was sealed over the new key.
    profile_service.recover(profile_id, private_pem, b"office key password 2026", "uusi salalause talvella 2027")
    profile_service.unlock(profile_id, "uusi salalause talvella 2027").close()
    # The backup taken first still restores (under the old key and the old passphrase).
    restored = profile_service.backup_restorer().restore(result.backup_path, DEMO_PASSPHRASE)
    ws = profile_service.unlock(restored.profile.profile_id, DEMO_PASSPHRASE)
    try:
        assert table_rows(ws)["client"] == before["client"]
    finally:
        ws.close()


def test_rekey_twice_and_a_wrong_passphrase_changes_nothing(profile_service: ProfileService) -> None:
    ws = _profile(profile_service)
    profile_id, folder = ws.profile.profile_id, ws._opened.profile.folder  # noqa: SLF001
    ws.close()
    restorer = profile_service.backup_restorer()
    restorer.rekey(profile_id, DEMO_PASSPHRASE)
    envelope = (folder / "profile.json").read_bytes()
    with pytest.raises(WrongPassphraseError):
        restorer.rekey(profile_id, "not the passphrase at all")
    assert (folder / "profile.json").read_bytes() == envelope
    restorer.rekey(profile_id, DEMO_PASSPHRASE)
    assert len(list(folder.glob("store*.db"))) == 1
    profile_service.unlock(profile_id, DEMO_PASSPHRASE).close()


def test_rekey_refused_while_the_profile_is_open(profile_service: ProfileService) -> None:
    ws = _profile(profile_service)
    folder = ws._opened.profile.folder  # noqa: SLF001
    envelope = (folder / "profile.json").read_bytes()
    try:
        with pytest.raises(ProfileInUseError):
            profile_service.backup_restorer().rekey(ws.profile.profile_id, DEMO_PASSPHRASE)
        ws.clients.create_client({"first_names": "Uusi", "last_name": "Asiakas", "temporary_id": "TMP-9",
                                  "municipality_code": "491"})  # the open store still works
    finally:
        ws.close()
    assert (folder / "profile.json").read_bytes() == envelope
    assert sorted(p.name for p in folder.glob("store*")) == ["store.db"]


def test_rekey_refused_when_the_recovery_key_is_gone(profile_service: ProfileService, data_dir: Path) -> None:
    _private, public_pem = keys.generate_recovery_keypair(b"office key password 2026")
    (data_dir / "recovery_public_key.pem").write_bytes(public_pem)
    ws = _profile(profile_service)
    profile_id = ws.profile.profile_id
    ws.close()
    (data_dir / "recovery_public_key.pem").unlink()
    from sopiva_desk.services.errors import RecoveryKeyMissingError

    with pytest.raises(RecoveryKeyMissingError):
        profile_service.backup_restorer().rekey(profile_id, DEMO_PASSPHRASE)
    profile_service.unlock(profile_id, DEMO_PASSPHRASE).close()


def test_schedule_validation(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.backups.set_schedule(str(tmp_path / "nowhere"), 0, 3)
    assert {i.field for i in refused.value.issues} == {"backup_folder", "backup_keep", "backup_every_days"}
    workspace.backups.set_schedule(str(tmp_path), 3, 7)
    current = workspace.backups.settings()
    assert (current.folder, current.keep, current.every_days, current.last_at) == (str(tmp_path), 3, 7, None)


def test_automatic_backups_when_due_keep_the_newest(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    other = folder / f"sopiva-ffffffff-20260101-000000{FILE_SUFFIX}"  # another profile's: never pruned
    other.write_bytes(b"x")
    assert workspace.backups.run_if_due() is None  # off until a folder is chosen
    workspace.backups.set_schedule(str(folder), 2, 1)
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    made = []
    for day in range(4):
        now = start + timedelta(days=day)
        written = workspace.backups.run_if_due(now)
        assert written is not None and written.path.name == automatic_file_name(workspace.profile.profile_id, now)
        made.append(written.path)
        workspace.backups._record(written=type(written)(written.path, written.size, now.isoformat(),  # noqa: SLF001
                                                        written.rows))
        assert workspace.backups.run_if_due(now + timedelta(hours=23)) is None  # not due again within the day
    assert sorted(p.name for p in folder.iterdir()) == sorted([other.name, made[-2].name, made[-1].name])
    status = workspace.backups.settings()
    assert status.last_path == str(made[-1]) and status.last_error is None


def test_a_missing_folder_is_recorded_and_said(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    workspace.backups.set_schedule(str(folder), 2, 1)
    folder.rmdir()  # the USB drive was removed
    with pytest.raises(BackupFolderMissingError):
        workspace.backups.run_if_due()
    assert workspace.backups.settings().last_error == "backup.folder_missing"
    assert workspace.backups.is_due()  # tried again at the next check
    folder.mkdir()
    assert workspace.backups.run_if_due() is not None
    assert workspace.backups.settings().last_error is None



def test_rekey_after_a_key_rotation_seals_to_the_new_office_key(profile_service: ProfileService,
                                                                data_dir: Path) -> None:
    _old_private, old_public = keys.generate_recovery_keypair(b"office key password 2026")
    new_private, new_public = keys.generate_recovery_keypair(b"office key password 2031")
    (data_dir / "recovery_public_key.pem").write_bytes(old_public)
    ws = _profile(profile_service)
    profile_id = ws.profile.profile_id
    ws.close()
    (data_dir / "recovery_public_key.pem").write_bytes(new_public)  # IT placed the new key
    profile_service.backup_restorer().rekey(profile_id, DEMO_PASSPHRASE)
    profile_service.recover(profile_id, new_private, b"office key password 2031", "uusi salalause talvella 2031")
    profile_service.unlock(profile_id, "uusi salalause talvella 2031").close()
