"""The store against real SQLCipher files: encryption, pragmas, wrong keys, damaged and foreign files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import engine as store_engine
from sopiva_desk.store import migrate

MARKER = "Kärkkäinen-Ääninen-MARKERQXJ"


def store_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "profiles").rglob("store.db*"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_written_data_never_appears_in_plaintext(workspace: Workspace, data_dir: Path) -> None:
    client_id = workspace.clients.create_client(
        {"first_names": "Aino", "last_name": MARKER, "hetu": "131052-308T", "municipality_code": "491",
         "communication_notes": MARKER * 20}
    )
    workspace.clients.update_client_field(client_id, "street_address", MARKER)
    workspace.clients.add_close_person(client_id, {"name": MARKER, "relation": "sister"})
    files = store_files(data_dir)
    assert any(p.name.endswith("-wal") for p in files), "WAL file expected while the store is open"
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), b"131052-308T"]
    for path in files:
        content = path.read_bytes()
        assert content[:16] != store_engine.PLAINTEXT_HEADER
        for needle in needles:
            assert needle not in content, f"plaintext found in {path.name}"
    # Nothing else in the data directory carries client data either.
    for path in data_dir.rglob("*"):
        if path.is_file() and not path.name.startswith("store.db"):
            assert MARKER.encode() not in path.read_bytes(), path


def test_every_connection_has_the_security_pragmas(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "temp_store", "secure_delete", "journal_mode", "synchronous",
                         "cipher_memory_security", "cache_size")
        }
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert version and version.startswith("4.")
    assert values["foreign_keys"] == 1
    assert values["temp_store"] == 2  # MEMORY
    assert values["secure_delete"] == 1
    assert values["journal_mode"] == "wal"
    assert values["synchronous"] == 2  # FULL
    assert str(values["cipher_memory_security"]) == "0"  # see docs/security.md, "Memory"
    assert values["cache_size"] == -store_engine.CACHE_KIB


def test_store_files_are_private(workspace: Workspace, data_dir: Path) -> None:
    for path in store_files(data_dir):
        assert path.stat().st_mode & 0o077 == 0, path
    for path in (data_dir / "profiles").rglob("*.json"):
        assert path.stat().st_mode & 0o077 == 0, path


def test_a_wrong_key_fails_cleanly_and_leaves_the_file_alone(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    path = store_files(data_dir)[0]
    before = digest(path)
    with pytest.raises(store_engine.StoreDamaged):
        store_engine.open_engine(path, bytearray(os.urandom(32)))
    assert digest(path) == before


def test_plain_sqlite_module_cannot_read_the_store(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    connection = sqlite3.connect(store_files(data_dir)[0])
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_plaintext_file_is_refused_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store_engine.StoreNotEncrypted):
        store_engine.open_engine(path, bytearray(os.urandom(32)))
    assert digest(path) == before


def test_missing_store_is_an_error_and_nothing_is_created(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    with pytest.raises(store_engine.StoreMissing):
        store_engine.open_engine(path, bytearray(os.urandom(32)))
    assert not path.exists()


def test_cipher_library_without_encryption_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A mis-packaged driver that ignores PRAGMA key must never be allowed to write plaintext."""
    monkeypatch.setattr(store_engine.sqlcipher3, "dbapi2", sqlite3)
    with pytest.raises(store_engine.CipherUnavailable):
        store_engine.open_engine(tmp_path / "x.db", bytearray(os.urandom(32)), create=True)


def test_flipped_bytes_are_detected(workspace: Workspace, data_dir: Path) -> None:
    for i in range(40):
        workspace.clients.create_client(
            {"first_names": "Testi", "last_name": "Henkilö", "temporary_id": f"TMP-{i:04d}",
             "municipality_code": "491", "communication_notes": "x" * 500}
        )
    key = bytearray(workspace._opened.data_key)  # noqa: SLF001 - test needs the raw key
    workspace.close()
    path = store_files(data_dir)[0]
    original = path.read_bytes()
    page = 4096
    pages = len(original) // page
    assert pages > 4
    for page_no in range(1, pages):
        damaged = bytearray(original)
        offset = page_no * page + 100
        damaged[offset] ^= 0xFF
        path.write_bytes(bytes(damaged))
        detected = False
        try:
            engine = store_engine.open_engine(path, key)
        except store_engine.StoreDamaged:
            detected = True
        else:
            with engine.connect() as conn:
                problems = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
            store_engine.close_engine(engine)
            detected = bool(problems)
        assert detected, f"flip in page {page_no} went unnoticed"
    path.write_bytes(original)


def test_damaged_store_gives_a_known_error_at_unlock(profile_service: ProfileService, data_dir: Path) -> None:
    from sopiva_desk.services.errors import StoreDamagedError

    profile = profile_service.create_profile("Testi", "kettle lake autumn train", "kettle lake autumn train")
    path = store_files(data_dir)[0]
    content = bytearray(path.read_bytes())
    content[200:260] = os.urandom(60)
    path.write_bytes(bytes(content))
    before = digest(path)
    with pytest.raises(StoreDamagedError):
        profile_service.unlock(profile.profile_id, "kettle lake autumn train")
    assert digest(path) == before


def test_store_of_another_profile_is_refused(profile_service: ProfileService, data_dir: Path) -> None:
    from sopiva_desk.services.errors import StoreOfAnotherProfileError

    first = profile_service.create_profile("Eka", "kettle lake autumn train", "kettle lake autumn train")
    second = profile_service.create_profile("Toka", "kettle lake autumn train", "kettle lake autumn train")
    a = data_dir / "profiles" / first.profile_id / "store.db"
    b = data_dir / "profiles" / second.profile_id / "store.db"
    a.write_bytes(b.read_bytes())  # different data key: the file does not decrypt
    with pytest.raises(StoreOfAnotherProfileError):
        profile_service.unlock(first.profile_id, "kettle lake autumn train")


def test_temp_store_in_memory_and_compiled_in(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    assert {"TEMP_STORE=2", "TEMP_STORE=3"} & options


def test_migrations_have_a_single_head() -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1


def test_schema_from_migrations_matches_the_models(workspace: Workspace) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sopiva_desk.store.models import Base

    with workspace.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_downgrade_and_upgrade_round_trip_with_data(workspace: Workspace) -> None:
    workspace.clients.create_client(
        {"first_names": "Aino", "last_name": "Virtanen", "hetu": "131052-308T", "municipality_code": "491"}
    )
    engine = workspace.db.engine
    assert migrate.current_revision(engine) == migrate.head_revision()
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "client" not in tables
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 0


def test_sqlcipher_module_is_the_real_thing() -> None:
    conn = sqlcipher3.connect(":memory:")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
