"""Every folder the app makes under (and for) the data folder is owner-only, every file 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.files import atomic_write_json, open_private, private_dir
from tests.conftest import FAST_KDF

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
PASS = "kettle lake autumn train"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the common default, under which mkdir(parents=True) made 0755 parents
    yield
    os.umask(old)


def test_a_new_data_folder_and_everything_in_it_is_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "home" / ".local" / "sopiva"
    service = ProfileService(data_dir, kdf=FAST_KDF)
    profile = service.create_profile("Testi", PASS, PASS)
    service.unlock(profile.profile_id, PASS).close()
    made = [data_dir.parent.parent, data_dir.parent, data_dir, data_dir / "profiles",
            data_dir / "profiles" / profile.profile_id]
    assert {str(folder): mode(folder) for folder in made} == {str(folder): 0o700 for folder in made}
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert files and {str(path): mode(path) for path in files} == {str(path): 0o600 for path in files}


def test_existing_folders_are_left_as_they_are(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    private_dir(tmp_path / "a" / "b")
    assert (mode(tmp_path), mode(tmp_path / "a"), mode(tmp_path / "a" / "b")) == (0o755, 0o700, 0o700)


def test_files_written_beside_the_store_are_owner_only(tmp_path: Path) -> None:
    atomic_write_json(tmp_path / "new" / "settings.json", {"language": "fi"})
    with open_private(tmp_path / "new" / "server.log") as handle:
        handle.write("started\n")
    assert mode(tmp_path / "new") == 0o700
    assert mode(tmp_path / "new" / "settings.json") == mode(tmp_path / "new" / "server.log") == 0o600
