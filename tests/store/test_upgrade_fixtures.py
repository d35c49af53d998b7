"""Real store files from each released schema open and upgrade with their data intact.

``tests/data/store_<revision>.db`` are encrypted with the fixed test key below; add one
for every schema that ships (Electrum keeps 65 such files for its wallets).
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database
from sopiva_desk.store.engine import close_engine, open_engine
from sopiva_desk.store.meta import check_store_identity

FIXTURES = Path(__file__).resolve().parent.parent / "data"
TEST_KEY = bytes(range(32))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("store_*.db")), ids=lambda p: p.stem)
def test_old_store_upgrades_with_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    shutil.copy(fixture, path)
    engine = open_engine(path, bytearray(TEST_KEY))
    try:
        check_store_identity(engine, "fixture-profile-0001")
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        service = ClientService(Database(engine), Actor("upgrade-test", "Upgrade Test"))
        rows = {r.last_name: r for r in service.caseload()}
        assert set(rows) == {"Kärkkäinen", "Åberg"}
        file = service.open_client(rows["Kärkkäinen"].id)
        assert file.values["hetu"] == "131052-308T"
        assert file.values["communication_methods"] == ["speech", "pictures"]
        assert [p.name for p in file.close_persons] == ["Matti Kärkkäinen"]
        assert isinstance(file.id, uuid.UUID)
        # The upgraded store keeps working for edits.
        saved = service.update_client_field(file.id, "phone", "040 123 4567")
        assert saved.revision == file.revision + 1
    finally:
        close_engine(engine)


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert (FIXTURES / "store_0001.db").is_file()
