"""Store damage: every fault is noticed at unlock or before the next write, and the file is left
byte-identical (sha256 before the fault's first unlock and after the app closed the store).

Faults: single-bit flips at seeded random offsets across the whole file (every byte of a store
is in some page: page 1's salt, page contents, free pages, each page's IV and HMAC), truncation
(to a whole page and mid-page), an empty file, garbage appended, a store or a key file swapped
in from another profile. ``SOPIVA_PROOF_LONG=1`` (``make proof``) flips 200 bits instead of 20.
The tallies are printed for docs/reliability.md ("Store damage").

What no check of the file alone can notice is stated in ``test_an_older_copy_of_the_whole_file
_is_not_damage``: a whole-file rollback to an earlier copy of the same store.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopiva_desk.services.errors import (
    KeyFileOfAnotherProfileError,
    KnownError,
    StoreDamagedError,
    StoreOfAnotherProfileError,
    StoreReadOnlyError,
)
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import integrity
from sopiva_desk.store.engine import PAGE_SIZE
from tests.conftest import FAST_KDF

PASS = "kettle lake autumn train"
LONG = os.environ.get("SOPIVA_PROOF_LONG") == "1"
FLIPS = 200 if LONG else 20
SEED = 15


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_client(i: int) -> dict[str, object]:
    return {"first_names": "Testi", "last_name": "Henkilö", "temporary_id": f"TMP-{i:05d}",
            "municipality_code": "491", "communication_notes": "Kuvat auttavat. " * 20}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A closed profile of 300 clients with free pages (40 deleted), built once per module."""
    data_dir = tmp_path_factory.mktemp("pristine")
    service = ProfileService(data_dir, kdf=FAST_KDF)
    profile = service.create_profile("Testi Ohjaaja", PASS, PASS)
    workspace = service.unlock(profile.profile_id, PASS)
    try:
        ids = workspace.clients.create_clients([new_client(i) for i in range(300)])
        for client_id in ids[:40]:
            workspace.clients.delete_client(client_id)
    finally:
        workspace.close()
    return data_dir, profile.profile_id


@pytest.fixture
def fresh(pristine: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[ProfileService, str, Path]]:
    data_dir = tmp_path / "data"
    shutil.copytree(pristine[0], data_dir)
    profile_id = pristine[1]
    yield ProfileService(data_dir, kdf=FAST_KDF), profile_id, data_dir / "profiles" / profile_id / "store.db"


def run_the_app(service: ProfileService, profile_id: str) -> str:
    """Unlock and try to save, as a counsellor would: where the damage was noticed."""
    try:
        workspace = service.unlock(profile_id, PASS)
    except StoreDamagedError:
        return "unlock"
    try:
        workspace.clients.create_client(new_client(9999))
    except StoreReadOnlyError:
        return "before write"
    except KnownError:
        return "before write"
    finally:
        workspace.close()
    return "not noticed"


def region(offset: int) -> str:
    in_page = offset % PAGE_SIZE
    if offset < 16:
        return "salt"
    if in_page >= PAGE_SIZE - 80:
        return "IV and HMAC"
    return "page content"


def test_bit_flips_anywhere_are_noticed_and_the_file_is_left_as_it_was(
        pristine: tuple[Path, str], tmp_path: Path) -> None:
    source = pristine[0] / "profiles" / pristine[1] / "store.db"
    size = source.stat().st_size
    rng = random.Random(SEED)
    tally: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    for run in range(FLIPS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(pristine[0], data_dir)
        path = data_dir / "profiles" / pristine[1] / "store.db"
        offset = rng.randrange(size)
        content = bytearray(path.read_bytes())
        content[offset] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(content))
        before = digest(path)
        where = run_the_app(ProfileService(data_dir, kdf=FAST_KDF), pristine[1])
        tally[where] += 1
        regions[region(offset)] += 1
        assert where != "not noticed", f"flip at byte {offset} ({region(offset)}) went unnoticed"
        assert digest(path) == before, f"the app wrote into the damaged file (flip at byte {offset})"
        shutil.rmtree(data_dir)
    print(f"\nstore damage: {FLIPS} bit flips over {size // PAGE_SIZE} pages; noticed {dict(tally)}; "
          f"where {dict(regions)}")


@pytest.mark.parametrize("cut", ["whole pages", "mid page", "empty"])
def test_a_truncated_or_empty_file_is_damaged_and_left_as_it_is(
        fresh: tuple[ProfileService, str, Path], cut: str) -> None:
    service, profile_id, path = fresh
    size = path.stat().st_size
    keep = {"whole pages": size - 8 * PAGE_SIZE, "mid page": size - 1000, "empty": 0}[cut]
    with path.open("r+b") as handle:
        handle.truncate(keep)
    before = digest(path)
    assert run_the_app(service, profile_id) in {"unlock", "before write"}
    assert digest(path) == before
    assert path.stat().st_size == keep  # an empty file stays empty: no header written into it


def test_garbage_appended_is_damage(fresh: tuple[ProfileService, str, Path]) -> None:
    service, profile_id, path = fresh
    with path.open("ab") as handle:
        handle.write(random.Random(SEED).randbytes(PAGE_SIZE))
    before = digest(path)
    assert run_the_app(service, profile_id) in {"unlock", "before write"}
    assert digest(path) == before


def test_damage_found_while_open_stops_writes_and_the_close_copies_nothing_in(
        fresh: tuple[ProfileService, str, Path]) -> None:
    service, profile_id, path = fresh
    workspace = service.unlock(profile_id, PASS)
    assert workspace.integrity.wait_verdict()
    workspace.clients.create_client(new_client(5000))  # sound: written (to the write-ahead log)
    content = bytearray(path.read_bytes())
    content[len(content) // 2] ^= 0x10  # the disk goes bad under the running app
    path.write_bytes(bytes(content))
    before = digest(path)
    assert not workspace.integrity.check_now()  # the hourly check
    assert workspace.integrity.damaged
    with pytest.raises(StoreReadOnlyError):
        workspace.clients.create_client(new_client(5001))
    workspace.close()  # no checkpoint of the log into the damaged file
    assert digest(path) == before


def test_no_write_reaches_the_file_before_the_check_has_passed(
        fresh: tuple[ProfileService, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    service, profile_id, path = fresh
    release, waiting = threading.Event(), threading.Event()
    real_find, real_wait = integrity.find_damage, integrity.IntegrityGuard.wait

    def slow_check(*args: object) -> list[str]:
        release.wait()
        return real_find(*args)  # type: ignore[arg-type]

    def wait(self: integrity.IntegrityGuard, timeout: float | None = None) -> integrity.Verdict:
        waiting.set()
        return real_wait(self, timeout)

    monkeypatch.setattr(integrity, "find_damage", slow_check)
    monkeypatch.setattr(integrity.IntegrityGuard, "wait", wait)
    before = digest(path)
    workspace = service.unlock(profile_id, PASS)
    assert len(workspace.clients.caseload()) == 260  # reads go on during the check
    saved: list[object] = []
    writer = threading.Thread(target=lambda: saved.append(workspace.clients.create_client(new_client(7000))))
    writer.start()
    waiting.wait()
    assert writer.is_alive() and not saved
    assert digest(path) == before and not path.with_name("store.db-wal").stat().st_size
    release.set()
    writer.join()
    assert saved
    workspace.close()
    assert digest(path) != before  # written once sound, and checkpointed on close


def test_a_store_not_yet_in_wal_mode_is_not_switched_before_the_check(
        fresh: tuple[ProfileService, str, Path]) -> None:
    """The WAL switch of the connection set-up rewrites the header: only after the check."""
    service, profile_id, path = fresh
    import sqlcipher3

    key = service._profiles.unwrap(profile_id, PASS)  # noqa: SLF001 - the test needs the raw key
    connection = sqlcipher3.dbapi2.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    content = bytearray(path.read_bytes())
    content[len(content) - 3000] ^= 0x01
    path.write_bytes(bytes(content))
    before = digest(path)
    assert run_the_app(service, profile_id) in {"unlock", "before write"}
    assert digest(path) == before


def test_a_damaged_store_that_is_behind_is_not_migrated(
        fresh: tuple[ProfileService, str, Path]) -> None:
    service, profile_id, path = fresh
    import sqlcipher3

    key = service._profiles.unwrap(profile_id, PASS)  # noqa: SLF001 - the test needs the raw key
    connection = sqlcipher3.dbapi2.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    connection.execute("UPDATE alembic_version SET version_num = '0016'")
    connection.commit()
    connection.close()
    content = bytearray(path.read_bytes())
    content[len(content) - 3000] ^= 0x01
    path.write_bytes(bytes(content))
    before = digest(path)
    with pytest.raises(StoreDamagedError):
        service.unlock(profile_id, PASS)
    assert digest(path) == before


def test_a_store_swapped_in_from_another_profile_is_named_so(
        fresh: tuple[ProfileService, str, Path]) -> None:
    service, profile_id, path = fresh
    other = service.create_profile("Toinen", PASS, PASS)
    other_store = path.parent.parent / other.profile_id / "store.db"
    path.write_bytes(other_store.read_bytes())
    before = digest(path)
    with pytest.raises(StoreOfAnotherProfileError):
        service.unlock(profile_id, PASS)
    assert digest(path) == before


def test_a_key_file_swapped_in_from_another_profile_is_named_and_not_counted(
        fresh: tuple[ProfileService, str, Path]) -> None:
    service, profile_id, path = fresh
    other = service.create_profile("Toinen", "harbour violin maple seven", "harbour violin maple seven")
    folder = path.parent
    key_file = folder / "profile.json"
    key_file.write_bytes((folder.parent / other.profile_id / "profile.json").read_bytes())
    before = digest(path)
    for passphrase in (PASS, "harbour violin maple seven", "wrong guess entirely"):
        with pytest.raises(KeyFileOfAnotherProfileError):
            service.unlock(profile_id, passphrase)
    assert service.seconds_until_next_attempt(profile_id) == 0
    assert not (folder / "unlock_state.json").exists()
    assert json.loads(key_file.read_text())["profile_id"] == other.profile_id  # left as it is
    assert digest(path) == before
    assert {p.profile_id for p in service.profiles()} == {profile_id, other.profile_id}


def test_an_older_copy_of_the_whole_file_is_not_damage(fresh: tuple[ProfileService, str, Path]) -> None:
    """The limit, stated: every page of an older copy of the same store carries a valid HMAC and
    the copy is consistent, so the file alone cannot tell it from the current one (what was
    saved since is missing). Backups are such copies, restored on purpose."""
    service, profile_id, path = fresh
    older = path.read_bytes()
    workspace = service.unlock(profile_id, PASS)
    workspace.clients.create_client(new_client(8000))
    workspace.close()
    path.write_bytes(older)
    assert run_the_app(service, profile_id) == "not noticed"
