"""One week of work synced twice, from two byte-identical copies of the same laptop: once on a clean
network, once through the fault proxy (throttled to 1 Mbit/s with added delay) cutting push and
pull requests mid-body, cutting answers mid-body and dropping answers the server had committed.
Both runs must end with the same server records (revision for revision), the same stored
mutations, and the same data on the laptop that pushed and on a second laptop that pulled it all,
on SQLite and on PostgreSQL.

``make test`` runs a small week and a dozen faults per database; ``make proof`` a full week and
dozens of faults at seeded random byte counts (docs/sync-protocol.md, "Proof").
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.central import db as central_db
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.errors import ConnectionLostError
from tests.central.conftest import create_pg_database, db_url, pg_cluster, pg_shared_url  # noqa: F401
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.week import counsellors_week
from tests.proof.harness import LONG, Laptop, ServerProcess, server_records, server_revisions, settle, stored_mutations

pytestmark = pytest.mark.slow

WEEK = {} if LONG else {"clients": 4, "visits": 6, "cases": 1}
PUSH_BATCH, PULL_LIMIT = (10, 15) if LONG else (12, 8)
# (kind, request, byte count, after how many batches or pages of the same sync)
PUSH_FAULTS = [("cut_request", "POST /v1/push", 200, 0), ("cut_request", "POST /v1/push", 1500, 1),
               ("cut_response", "POST /v1/push", 60, 0), ("cut_response", "POST /v1/push", 250, 1),
               ("drop_response", "POST /v1/push", 0, 0), ("drop_response", "POST /v1/push", 0, 2)]
PULL_FAULTS = [("cut_request", "GET /v1/pull", 30, 0), ("cut_response", "GET /v1/pull", 150, 0),
               ("cut_response", "GET /v1/pull", 700, 1), ("drop_response", "GET /v1/pull", 0, 1),
               ("drop_response", "GET /v1/pull", 0, 0), ("cut_response", "GET /v1/pull", 400, 1)]
STATS: Counter[str] = Counter()


def _random_faults(seed: int, match: str, count: int) -> list[tuple[str, str, int, int]]:
    """Faults at random byte counts within what a request or answer of that size carries (a
    push of 10 mutations is ≈ 1.5 KB coded, its answer and a pull page some hundred bytes or more)."""
    chosen = random.Random(seed)
    faults = []
    for _ in range(count):
        kind = chosen.choice(["cut_request", "cut_response", "drop_response"])
        # Below the smallest such message, or a fault not reached lets the rest of the sync through.
        limit = 1500 if (kind, match) == ("cut_request", "POST /v1/push") else 400
        faults.append((kind, match, chosen.randrange(20, limit), chosen.randrange(0, 3)))
    return faults


@pytest.fixture
def reference_url(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:  # noqa: F811
    """A second empty database of the same kind, for the run without faults."""
    if db_url.startswith("sqlite"):
        folder = tmp_path / "reference-db"
        folder.mkdir()
        url = central_db.sqlite_url(folder)
    else:
        url = create_pg_database(request.getfixturevalue("pg_cluster"), f"reference_{uuid.uuid4().hex[:10]}")
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    return url


def _week_profile(folder: Path) -> tuple[Path, str]:
    """A profile holding a week of work made offline (before enrolment), to be copied."""
    data_dir = folder / "week-template"
    data_dir.mkdir()
    profiles = ProfileService(data_dir, kdf=FAST_KDF)
    profile_id = profiles.create_profile("Viikko", DEMO_PASSPHRASE, DEMO_PASSPHRASE).profile_id
    workspace = profiles.unlock(profile_id, DEMO_PASSPHRASE)
    try:
        counsellors_week(workspace, **WEEK)
    finally:
        workspace.close()
    return data_dir, profile_id


def _sync_through(laptop: Laptop, proxy: FaultProxy, fault: tuple[str, str, int, int]) -> None:
    kind, match, after, batches = fault
    stage = "push" if "push" in match else "pull"
    armed: list[Fault] = []

    def arm() -> None:
        if kind == "drop_response":
            armed.append(proxy.drop_response(match))
        else:
            armed.append((proxy.cut_request if kind == "cut_request" else proxy.cut_response)(match, after))

    seen = 0

    def progress(step: str, _n: int) -> None:
        nonlocal seen
        if step == stage:
            seen += 1
            if seen == batches and not armed:
                arm()

    if batches == 0:
        arm()
    try:
        laptop.engine(push_batch=PUSH_BATCH, pull_limit=PULL_LIMIT).sync(progress=progress)
    except ConnectionLostError:
        assert armed and armed[0].fired.is_set()
        STATS[f"{kind} {match}"] += 1
    else:
        assert not (armed and armed[0].fired.is_set())
        STATS["armed but not reached (the sync had less to send or fetch)"] += 1
    finally:
        proxy.clear_faults()


def _run(server: ServerProcess, folder: Path, week: tuple[Path, str], faults: Callable[[Laptop, Laptop], None]
         ) -> tuple[Laptop, Laptop]:
    user_id = server.add_user("Olli Ohjaaja")
    road = Laptop(folder, "road", server, user_id, copy_of=week)
    office = Laptop(folder, "office", server, user_id)
    faults(road, office)
    settle([road, office])
    return road, office


def _state(server: ServerProcess, road: Laptop, office: Laptop) -> dict[str, Any]:
    laptop = road.records()
    clients = [record_id for entity, record_id in laptop if entity == "client"]
    records = server_records(server.database, clients)
    return {"server": records, "revisions": server_revisions(server.database, records),
            "mutations": sorted(stored_mutations(server.database, road.sent_mutations)),
            "road": laptop, "office": office.records(),
            "left": [len(road.outbox()), len(office.outbox()), len(road.conflicts()), len(office.conflicts())]}


def test_a_week_synced_through_faults_ends_as_without_them(db_url: str, reference_url: str,  # noqa: F811
                                                          tmp_path: Path) -> None:
    week = _week_profile(tmp_path)
    push_faults = _random_faults(1, "POST /v1/push", 30) if LONG else PUSH_FAULTS
    pull_faults = _random_faults(2, "GET /v1/pull", 30) if LONG else PULL_FAULTS
    STATS.clear()

    clean_server = ServerProcess(reference_url, tmp_path / "clean")
    faulty_server = ServerProcess(db_url, tmp_path / "faulty")
    try:
        clean = _state(clean_server, *_run(clean_server, tmp_path, week, lambda road, office: None))

        def through_faults(road: Laptop, office: Laptop) -> None:
            proxy = faulty_server.proxy
            proxy.rate_bps, proxy.latency_s = 1_000_000, 0.02  # 1 Mbit/s each way, 20 ms round trips
            for fault in push_faults:
                _sync_through(road, proxy, fault)
            for fault in pull_faults:
                _sync_through(office, proxy, fault)

        faulty = _state(faulty_server, *_run(faulty_server, tmp_path, week, through_faults))
    finally:
        clean_server.stop()
        faulty_server.stop()
        print(f"\nfault runs ({db_url.split(':')[0]}): {dict(sorted(STATS.items()))}")
    assert sum(n for kind, n in STATS.items() if kind.startswith(("cut", "drop"))) >= len(push_faults) // 2
    assert clean["left"] == faulty["left"] == [0, 0, 0, 0]
    assert len(clean["server"]) > 20
    assert faulty["server"] == clean["server"]
    assert faulty["revisions"] == clean["revisions"]  # nothing applied twice
    assert faulty["mutations"] == clean["mutations"]
    assert faulty["road"] == clean["road"] and faulty["office"] == clean["office"]
    assert faulty["office"] == faulty["road"]
