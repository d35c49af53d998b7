"""Store benchmarks: unlock, bulk insert, single-field autosave, and SQLCipher against plain SQLite.

The plain-SQLite run uses the same models, migrations, services and pragmas (minus the
cipher), so the ratio isolates the cost of encryption.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from bench.stats import summary_ms
from sopiva_desk.services import demo
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database
from sopiva_desk.store.engine import CACHE_KIB

ACTOR = Actor("bench", "Bench")


def plain_engine(path: Path) -> Engine:
    def connect() -> Any:
        conn = sqlite3.connect(path, check_same_thread=False)
        for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "secure_delete = ON", "journal_mode = WAL",
                       "synchronous = FULL", f"cache_size = -{CACHE_KIB}", "busy_timeout = 5000"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=1, max_overflow=0)

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def clients(n: int, seed: int = 7) -> list[dict[str, Any]]:
    pairs = list(demo.demo_clients(n, seed=seed))
    return [c for c, _ in pairs]


def workload(service: ClientService, rows: list[dict[str, Any]], updates: int) -> dict[str, Any]:
    """Insert ``rows`` in batches of 500, then autosave ``updates`` single fields; returns timings."""
    t0 = time.perf_counter()
    ids: list[Any] = []
    for start in range(0, len(rows), 500):
        ids += service.create_clients(rows[start:start + 500])
    insert_s = time.perf_counter() - t0
    rng = random.Random(3)
    samples = []
    for i in range(updates):
        client_id = rng.choice(ids)
        t = time.perf_counter()
        service.update_client_field(client_id, "street_address", f"Kirkkotie {i % 90 + 1}")
        samples.append(time.perf_counter() - t)
    opens = []
    for _ in range(updates // 2):
        client_id = rng.choice(ids)
        t = time.perf_counter()
        service.open_client(client_id)
        opens.append(time.perf_counter() - t)
    loads = []
    for _ in range(3):
        t = time.perf_counter()
        loaded = len(service.caseload())
        loads.append(time.perf_counter() - t)
    caseload_s = min(loads)
    return {"insert_s": insert_s, "autosave": samples, "open": opens, "caseload_s": caseload_s, "loaded": loaded,
            "interactive_s": sum(samples) + sum(opens) + caseload_s}


def run(n_clients: int = 10_000, updates: int = 500, unlock_repeats: int = 5,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    rows = clients(n_clients)
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-") as tmp:
        data_dir = Path(tmp)
        profiles = ProfileService(data_dir)  # production key-derivation parameters
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        progress("unlock")
        unlock = []
        for _ in range(unlock_repeats):
            t = time.perf_counter()
            profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE).close()
            unlock.append(time.perf_counter() - t)
        results["unlock"] = summary_ms(unlock)

        progress("encrypted workload")
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        encrypted = workload(ClientService(workspace.db, ACTOR), rows, updates)
        workspace.close()

        progress("plain workload")
        engine = plain_engine(data_dir / "plain.db")
        migrate.upgrade(engine)
        plain = workload(ClientService(Database(engine), ACTOR), rows, updates)
        engine.dispose()

    results["insert"] = {"encrypted_s": encrypted["insert_s"], "plain_s": plain["insert_s"], "n": n_clients}
    results["autosave"] = summary_ms(encrypted["autosave"])
    results["autosave_plain"] = summary_ms(plain["autosave"])
    results["open"] = summary_ms(encrypted["open"])
    results["caseload_load_ms"] = encrypted["caseload_s"] * 1000
    # What a counsellor does all day: autosaves, opening files, loading the caseload.
    results["ratio_interactive"] = encrypted["interactive_s"] / plain["interactive_s"]
    # Bulk import (demo seeding, later first sync): dominated by cipher_memory_security wiping
    # every freed allocation; that setting is required and cannot be switched off per operation.
    results["ratio_insert"] = encrypted["insert_s"] / plain["insert_s"]
    return results
