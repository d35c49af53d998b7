"""Store benchmarks: unlock (warm and cold), autosave, opening a file, and what encryption costs.

The baseline for the cost of encryption is the **same SQLCipher build without a key** (an
unkeyed SQLCipher database is a plain SQLite file written by the same SQLite version), with the
same models, migrations, services and pragmas: the system's own SQLite is another version and
differs by itself (1.16× measured). The two stores take turns in interleaved pairs, the order
alternating within each pair, and the figure is the median of the pair ratios with min and max.

Unlock is measured warm (another unlock in the same process) and cold: a fresh process of the
real app (``--probe-unlock``) unlocks a 10,000-client profile with the production key
derivation, from pressing Unlock to the caseload loaded and painted, both once the background
warm-up is done (as when a person has typed a passphrase) and at once (a passphrase pasted).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from bench.stats import paired_ratios, summary_ms
from sopiva_desk.services import demo
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import access_head, keys, migrate
from sopiva_desk.store.database import Database
from sopiva_desk.store.engine import CACHE_KIB
from sopiva_desk.store.profiles import PROFILE_FILE

ACTOR = Actor("bench", "Bench")
FAST_KDF = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
BATCH = 500


def unkeyed_engine(path: Path) -> Engine:
    """The same SQLCipher library and pragmas as the store, without a key (plaintext)."""
    def connect() -> Any:
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
        for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "secure_delete = ON", "journal_mode = WAL",
                       "synchronous = FULL", f"cache_size = -{CACHE_KIB}", "busy_timeout = 5000"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", creator=connect, module=sqlcipher3.dbapi2, poolclass=QueuePool,
                           pool_size=1, max_overflow=0)

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


def fill(service: ClientService, rows: list[dict[str, Any]]) -> list[Any]:
    ids: list[Any] = []
    for start in range(0, len(rows), BATCH):
        ids += service.create_clients(rows[start:start + BATCH])
    return ids


def interactive(service: ClientService, ids: list[Any], rng: random.Random, updates: int,
                autosave: list[float], opens: list[float]) -> float:
    """What a counsellor does all day: autosaves, opening files, loading the caseload once."""
    started = time.perf_counter()
    for i in range(updates):
        client_id = rng.choice(ids)
        t = time.perf_counter()
        service.update_client_field(client_id, "street_address", f"Kirkkotie {i % 90 + 1}")
        autosave.append(time.perf_counter() - t)
    for _ in range(updates // 2):
        client_id = rng.choice(ids)
        t = time.perf_counter()
        service.open_client(client_id)
        opens.append(time.perf_counter() - t)
    service.caseload()
    return time.perf_counter() - started


def encryption_cost(n_clients: int, pairs: int, updates: int, progress: Callable[[str], None]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-") as tmp:
        data_dir = Path(tmp)
        profiles = ProfileService(data_dir, kdf=FAST_KDF)  # the key derivation is not what is measured
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        plain_engine = unkeyed_engine(data_dir / "unkeyed.db")
        migrate.upgrade(plain_engine)
        # The unkeyed side signs its access log's head after each commit too, as the profile does:
        # only the encryption differs between the two.
        plain_folder = data_dir / "unkeyed-profile"
        plain_folder.mkdir()
        (plain_folder / PROFILE_FILE).write_text("{}", encoding="utf-8")
        access_head.attach(plain_engine, "bench-unkeyed", plain_folder)
        try:
            services = {"encrypted": ClientService(workspace.db, ACTOR),
                        "unkeyed": ClientService(Database(plain_engine), ACTOR)}
            progress(f"filling both stores with {n_clients} clients")
            everyone = clients(n_clients + pairs * BATCH)  # identity codes unique across all of them
            base = everyone[:n_clients]
            ids = {name: fill(service, base) for name, service in services.items()}
            insert_pairs, interactive_pairs = [], []
            autosave: dict[str, list[float]] = {"encrypted": [], "unkeyed": []}
            opens: dict[str, list[float]] = {"encrypted": [], "unkeyed": []}
            for pair in range(pairs):
                progress(f"pair {pair + 1} of {pairs}")
                order = ("encrypted", "unkeyed") if pair % 2 == 0 else ("unkeyed", "encrypted")
                batch = everyone[n_clients + pair * BATCH:n_clients + (pair + 1) * BATCH]
                took: dict[str, float] = {}
                for name in order:
                    t = time.perf_counter()
                    services[name].create_clients(batch)
                    took[name] = time.perf_counter() - t
                insert_pairs.append((took["encrypted"], took["unkeyed"]))
                for name in order:
                    took[name] = interactive(services[name], ids[name], random.Random(pair), updates,
                                             autosave[name], opens[name])
                interactive_pairs.append((took["encrypted"], took["unkeyed"]))
        finally:
            workspace.close()
            access_head.detach(plain_engine)
            plain_engine.dispose()
    return {"ratio_insert": paired_ratios(insert_pairs), "ratio_interactive": paired_ratios(interactive_pairs),
            "autosave": summary_ms(autosave["encrypted"]), "autosave_unkeyed": summary_ms(autosave["unkeyed"]),
            "open": summary_ms(opens["encrypted"]), "pairs": pairs, "clients": n_clients}


def warm_unlock(repeats: int) -> dict[str, float]:
    """Unlock again in a process that has unlocked before (production key derivation)."""
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-") as tmp:
        profiles = ProfileService(Path(tmp))
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE).close()
        samples = []
        for _ in range(repeats):
            t = time.perf_counter()
            profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE).close()
            samples.append(time.perf_counter() - t)
    return summary_ms(samples)


def cold_unlock(n_clients: int, repeats: int, progress: Callable[[str], None]) -> dict[str, Any]:
    """A fresh app process per sample: Unlock pressed → main window, → caseload painted."""
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-cold-") as tmp:
        data_dir = Path(tmp)
        profiles = ProfileService(data_dir)  # production key derivation
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        progress(f"a {n_clients}-client profile for cold unlocks")
        fill(workspace.clients, clients(n_clients))
        workspace.close()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        found: dict[str, dict[str, list[float]]] = {}
        for mode in ("after_warm_up", "at_once"):
            progress(f"cold unlocks, {mode.replace('_', ' ')}")
            marks: dict[str, list[float]] = {"main_window": [], "caseload": []}
            for i in range(repeats + 1):
                command = [sys.executable, "-m", "sopiva_desk", "--data-dir", str(data_dir), "--probe-unlock"]
                if mode == "after_warm_up":
                    command.append("--probe-after-warm-up")
                done = subprocess.run(command, env=env, input=demo.DEMO_PASSPHRASE + "\n", capture_output=True,
                                      text=True, timeout=180)
                lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
                if done.returncode != 0 or not lines:
                    raise RuntimeError(f"the unlock probe failed: {done.stderr[-500:]}")
                if i == 0:
                    continue  # the first run warms the page cache, like any launch after the first
                report = json.loads(lines[-1])
                marks["main_window"].append(report["main_window_ms"] / 1000)
                marks["caseload"].append(report["caseload_ms"] / 1000)
            found[mode] = marks
    return {mode: {key: summary_ms(values) for key, values in marks.items()} for mode, marks in found.items()} | {
        "clients": n_clients}


def run(n_clients: int = 10_000, updates: int = 100, pairs: int = 7, unlock_repeats: int = 5,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    progress("unlock, warm")
    results: dict[str, Any] = {"unlock": warm_unlock(unlock_repeats)}
    results["cold_unlock"] = cold_unlock(n_clients, unlock_repeats, progress)
    results.update(encryption_cost(n_clients, pairs, updates, progress))
    return results


def main() -> int:
    quick = "--quick" in sys.argv
    result = run(n_clients=2000 if quick else 10_000, pairs=5 if quick else 7, unlock_repeats=3 if quick else 5,
                 progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
