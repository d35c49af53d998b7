"""Backup and restore of a profile: round trip, refusals, what a restore changes and what it leaves."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from sopiva_desk.services import demo
from sopiva_desk.services.errors import BackupInvalidError, WrongPassphraseError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import keys
from sopiva_desk.store.backup_file import PREAMBLE
from sopiva_desk.store.models import SyncDevice, SyncOutbox
from tests.conftest import DEMO_PASSPHRASE

CHILD = Path(__file__).resolve().parent.parent / "helpers" / "crash_child.py"
IDENTITY_AND_ENROLMENT = {"store_setting", "sync_device"}  # what a restore changes, on purpose


def table_rows(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    with ws.db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {name: sorted(conn.exec_driver_sql(f'SELECT * FROM "{name}"').all(), key=repr) for name in names}


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def small(profile_service: ProfileService) -> Workspace:
    """A profile with three clients: quick, for what the size of the store does not matter to."""
    profile = profile_service.create_profile(demo.DEMO_DISPLAY_NAME, DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    for i, (first, last) in enumerate((("Aino", "Virtanen"), ("Onni", "Mikkelinen"), ("Ella", "Korhonen"))):
        ws.clients.create_client({"first_names": first, "last_name": last, "temporary_id": f"TMP-{i}",
                                  "municipality_code": "491"})
    return ws


@pytest.fixture
def seeded(profile_service: ProfileService) -> Workspace:
    # The demo counsellor's name: her own clients get case work of every kind (demo_casework.py).
    profile = profile_service.create_profile(demo.DEMO_DISPLAY_NAME, DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    demo.seed(ws, 12)
    return ws


def test_restore_round_trip_every_table_equal(seeded: Workspace, profile_service: ProfileService,
                                              tmp_path: Path) -> None:
    target = tmp_path / "out" / "eeva.sopiva-backup"
    target.parent.mkdir()
    written = seeded.backups.back_up_to(target)
    assert written.rows["client"] == 12
    before = table_rows(seeded)
    seeded.close()
    restorer = profile_service.backup_restorer()
    summary = restorer.inspect(target)
    assert summary.display_name == demo.DEMO_DISPLAY_NAME
    result = restorer.restore(target, DEMO_PASSPHRASE)
    assert result.profile.profile_id != seeded.profile.profile_id
    restored = profile_service.unlock(result.profile.profile_id, DEMO_PASSPHRASE)
    try:
        after = table_rows(restored)
    finally:
        restored.close()
    assert set(after) == set(before)
    for name in set(before) - IDENTITY_AND_ENROLMENT:
        assert after[name] == before[name], name
    filled = {name for name, rows in before.items() if rows}
    assert len(filled) >= 15, filled  # a store with case work of every kind, not an empty one


def test_file_holds_no_plaintext_and_is_owner_only(seeded: Workspace, tmp_path: Path) -> None:
    name = seeded.clients.caseload()[0].last_name
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "b.sopiva-backup"
    seeded.backups.back_up_to(target)
    data = target.read_bytes()
    assert b"SQLite format 3" not in data
    for marker in (name.encode(), b"Mikkeli", b"client_plan", b"CREATE TABLE"):
        assert marker not in data
    assert os.stat(target).st_mode & 0o077 == 0
    assert [p.name for p in target.parent.iterdir()] == ["b.sopiva-backup"]  # no temp file left


def test_wrong_passphrase_creates_nothing(small: Workspace, profile_service: ProfileService,
                                          data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.sopiva-backup"
    small.backups.back_up_to(target)
    small.close()
    folders = sorted((data_dir / "profiles").iterdir())
    with pytest.raises(WrongPassphraseError):
        profile_service.backup_restorer().restore(target, "not the passphrase at all")
    assert sorted((data_dir / "profiles").iterdir()) == folders


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1:]


@pytest.mark.parametrize("damage", ["name", "date", "store_middle", "store_last", "truncated", "header_only",
                                    "empty", "plain_sqlite", "trailing"])
def test_tampered_or_truncated_file_is_refused_cleanly(small: Workspace, profile_service: ProfileService,
                                                       data_dir: Path, tmp_path: Path, damage: str) -> None:
    good = tmp_path / "good.sopiva-backup"
    small.backups.back_up_to(good)
    small.close()
    data = good.read_bytes()
    header_end = PREAMBLE.size + int.from_bytes(data[10:14], "big")
    bad = tmp_path / "bad.sopiva-backup"
    if damage == "name":  # the same length, so only the MAC can tell
        bad.write_bytes(data.replace(b"Esimerkki", b"Esimerkk1", 1))
    elif damage == "date":
        bad.write_bytes(data.replace(b'"backup_created_at":"20', b'"backup_created_at":"19', 1))
    elif damage == "store_middle":
        bad.write_bytes(_flip(data, (header_end + len(data)) // 2))
    elif damage == "store_last":
        bad.write_bytes(_flip(data, len(data) - 1))
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) - 4096])
    elif damage == "header_only":
        bad.write_bytes(data[:header_end])
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "plain_sqlite":
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.commit()
    else:
        bad.write_bytes(data + b"\0")
    before = tree_digest(data_dir)
    restorer = profile_service.backup_restorer()
    with pytest.raises(BackupInvalidError):
        restorer.inspect(bad) if damage not in ("name", "date") else restorer.restore(bad, DEMO_PASSPHRASE)
    with pytest.raises(BackupInvalidError):
        restorer.restore(bad, DEMO_PASSPHRASE)
    assert tree_digest(data_dir) == before  # nothing created, nothing touched (unlock state included)


def test_restore_leaves_existing_profiles_byte_identical(small: Workspace, profile_service: ProfileService,
                                                         data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.sopiva-backup"
    small.backups.back_up_to(target)
    small.close()
    other = profile_service.create_profile("Sanna Laitinen", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    before = tree_digest(data_dir / "profiles")
    result = profile_service.backup_restorer().restore(target, DEMO_PASSPHRASE, "Palautettu")
    after = tree_digest(data_dir / "profiles")
    assert {k: v for k, v in after.items() if not k.startswith(result.profile.profile_id)} == before
    names = {p.display_name for p in profile_service.profiles()}
    assert names == {demo.DEMO_DISPLAY_NAME, "Sanna Laitinen", "Palautettu"}
    for profile_id in (small.profile.profile_id, other.profile_id, result.profile.profile_id):
        profile_service.unlock(profile_id, DEMO_PASSPHRASE).close()


def test_restore_clears_the_enrolment_and_keeps_the_outbox(small: Workspace, profile_service: ProfileService,
                                                           tmp_path: Path) -> None:
    with small.db.transaction() as session:
        session.add(SyncDevice(id=1, server_url="https://keskus.example", device_id="dev-1", user_id="u-1",
                               user_name="Testi", role="counsellor", private_key=b"k" * 32, public_key=b"p" * 32,
                               cursor="c-42"))
    with small.db.read() as session:
        waiting = session.query(SyncOutbox).count()
    assert waiting > 0
    target = tmp_path / "b.sopiva-backup"
    small.backups.back_up_to(target)
    small.close()
    result = profile_service.backup_restorer().restore(target, DEMO_PASSPHRASE)
    assert result.was_enrolled
    restored = profile_service.unlock(result.profile.profile_id, DEMO_PASSPHRASE)
    try:
        with restored.db.read() as session:
            assert session.get(SyncDevice, 1) is None
            assert session.query(SyncOutbox).count() == waiting
        assert restored.sync_states is not None
    finally:
        restored.close()
    source = profile_service.unlock(small.profile.profile_id, DEMO_PASSPHRASE)
    try:
        with source.db.read() as session:
            assert session.get(SyncDevice, 1) is not None  # the original keeps its enrolment
    finally:
        source.close()


def test_restore_on_another_computer_with_the_office_recovery_key(tmp_path: Path) -> None:
    from tests.conftest import FAST_KDF

    private_pem, public_pem = keys.generate_recovery_keypair(b"office key password 2026")
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    (laptop / "recovery_public_key.pem").write_bytes(public_pem)
    service = ProfileService(laptop, kdf=FAST_KDF)
    profile = service.create_profile("Eeva", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    client_id = ws.clients.create_client({"first_names": "Aino", "last_name": "Virtanen", "temporary_id": "TMP-1",
                                          "municipality_code": "491"})
    target = tmp_path / "b.sopiva-backup"
    ws.backups.back_up_to(target)
    ws.close()
    office = tmp_path / "office"  # no recovery_public_key.pem here: the one in the backup is used
    office.mkdir()
    other = ProfileService(office, kdf=FAST_KDF).backup_restorer()
    new_passphrase = "uusi pitkä salalause talvella 2027"
    result = other.restore_with_recovery_key(target, private_pem, b"office key password 2026", new_passphrase)
    assert result.has_recovery
    restored = ProfileService(office, kdf=FAST_KDF).unlock(result.profile.profile_id, new_passphrase)
    try:
        with restored.db.read() as session:
            assert session.execute(text("SELECT count(*) FROM client WHERE id = :id"),
                                   {"id": client_id.hex}).scalar() == 1
    finally:
        restored.close()
    # The recovery wrap was sealed for the new profile id: the office key opens it there too.
    ProfileService(office, kdf=FAST_KDF).recover(result.profile.profile_id, private_pem,
                                                 b"office key password 2026", "kolmas salalause keväällä 2028")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a second process on the same store")
def test_backup_while_another_process_writes_is_consistent(small: Workspace, profile_service: ProfileService,
                                                           tmp_path: Path) -> None:
    """A second process commits clients (each with its access-log row) while backups are taken:
    every backup is a consistent snapshot, whole transactions only."""
    key = bytes(small._opened.data_key)  # noqa: SLF001 - the writer needs the raw key
    store = small._opened.profile.store_path  # noqa: SLF001
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    writer = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=env, text=True)
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(f"{store} {key.hex()}\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "ready"
    counts = []
    try:
        for i in range(4):
            writer.stdout.readline()  # at least one more commit before each backup
            written = small.backups.back_up_to(tmp_path / f"b{i}.sopiva-backup")
            counts.append(written.rows["client"])
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
        writer.stdin.close()
    small.close()
    assert counts == sorted(counts) and counts[-1] > counts[0]
    restorer = profile_service.backup_restorer()
    for i, count in enumerate(counts):
        result = restorer.restore(tmp_path / f"b{i}.sopiva-backup", DEMO_PASSPHRASE)
        restored = profile_service.unlock(result.profile.profile_id, DEMO_PASSPHRASE)
        try:
            with restored.db.engine.connect() as conn:
                clients = {r[0] for r in conn.exec_driver_sql("SELECT id FROM client")}
                logged = {r[0] for r in conn.exec_driver_sql(
                    "SELECT client_id FROM access_log WHERE action = 'create'")}
        finally:
            restored.close()
        assert len(clients) == count
        assert clients == logged, "a backup holds half of a transaction"


def test_restored_profile_gets_a_new_identity(small: Workspace, profile_service: ProfileService,
                                              data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.sopiva-backup"
    small.backups.back_up_to(target)
    small.close()
    result = profile_service.backup_restorer().restore(target, DEMO_PASSPHRASE)
    new_id = result.profile.profile_id
    assert uuid.UUID(hex=new_id) and new_id != small.profile.profile_id
    # The restored store belongs to the new profile only: swapped in for the original it is refused.
    original_store = data_dir / "profiles" / small.profile.profile_id / "store.db"
    restored_store = data_dir / "profiles" / new_id / "store.db"
    from sopiva_desk.store.engine import close_engine, open_engine
    from sopiva_desk.store.meta import check_store_identity

    ws = profile_service.unlock(new_id, DEMO_PASSPHRASE)
    key = bytearray(ws._opened.data_key)  # noqa: SLF001
    ws.close()
    engine = open_engine(restored_store, key)
    try:
        check_store_identity(engine, new_id)
    finally:
        close_engine(engine)
    assert original_store.exists()
