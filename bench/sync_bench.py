"""Sync figures (issue 13): a real ``sopiva-central serve`` on loopback (embedded SQLite) and laptops
that are real encrypted profiles, edited through the app's services and synced by the engine.

- push + pull of 1,000 changed records: one laptop pushes them, a second laptop of the same
  counsellor pulls them (target ≤ 3 s together);
- bytes on the wire for a counsellor's week (≈40 visits with assessments, a few plans and
  budgets), counted by the fault proxy: HTTP headers included, both directions (target ≤ 50 KB);
- the first sync of a 100-client caseload through the proxy throttled to 1 Mbit/s each way with
  300 ms round trips (target ≤ 60 s).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from bench.fixtures import FAST_KDF
from bench.stats import spread
from sopiva_desk.central import db as central_db
from sopiva_desk.central import log_key
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import SyncEngine, SyncReport
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import SyncDevice, SyncOutbox
from tests.central.helpers import add_user, issue_code
from tests.helpers.casework import build_casework
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.week import counsellors_week, person

Progress = Callable[[str], None]


@contextmanager
def central_server(folder: Path) -> Iterator[tuple[str, central_db.Database]]:
    url = central_db.sqlite_url(folder)
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    port = _free_port()
    log = (folder / "central.log").open("wb")
    key_file = folder / "log-signing-key.pem"
    log_key.create(key_file)
    process = subprocess.Popen([sys.executable, "-m", "sopiva_desk.central.cli", "--database-url", url, "serve",
                                "--port", str(port), "--log-level", "warning", "--log-key-file", str(key_file)],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"sopiva-central exited: {(folder / 'central.log').read_text()}")
            try:
                if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("sopiva-central did not start")
            time.sleep(0.05)
        yield base, database
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        database.dispose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Bench:
    """A server, its users and the laptops made in one temporary folder."""

    def __init__(self, folder: Path, base: str, database: central_db.Database) -> None:
        self.folder, self.base, self.database = folder, base, database
        self.workspaces: list[Workspace] = []

    def laptop(self, user_id: str, url: str | None = None) -> Workspace:
        data_dir = self.folder / f"laptop-{uuid.uuid4().hex[:8]}"
        data_dir.mkdir()
        profiles = ProfileService(data_dir, kdf=FAST_KDF)
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        self.workspaces.append(workspace)
        EnrolmentService(workspace.db).enrol(self.base, issue_code(self.database, user_id),
                                             allow_insecure_loopback=True)
        if url is not None:
            route(workspace, url)
        return workspace

    def close(self) -> None:
        for workspace in self.workspaces:
            workspace.close()


def route(workspace: Workspace, url: str) -> None:
    """Send this laptop's sync through ``url`` (the fault proxy)."""
    with workspace.db.transaction() as session:
        session.get(SyncDevice, 1).server_url = url  # type: ignore[union-attr]


def sync(workspace: Workspace, progress: Callable[[str, int], None] | None = None,
         **kwargs: Any) -> tuple[float, SyncReport]:
    started = time.perf_counter()
    report = SyncEngine(workspace.db, workspace.actor, **kwargs).sync(progress=progress)
    return time.perf_counter() - started, report


def _thousand_changes(workspace: Workspace) -> None:
    """1,000 changed records: 100 clients, each with a close person and eight visits."""
    for i in range(100):
        client_id = workspace.clients.create_client(person("Asiakas", i))
        workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko"})
        for _ in range(8):
            workspace.visits.start_visit(client_id, "home_visit", "Koti", another=True)


def push_pull(bench: Bench, runs: int, progress: Progress) -> dict[str, Any]:
    totals, pushes, pulls = [], [], []
    for run in range(runs):
        progress(f"sync: push + pull of 1,000 records, run {run + 1}/{runs}")
        user_id = add_user(bench.database, "Ohjaaja")
        office = bench.laptop(user_id)
        road = bench.laptop(user_id)
        _thousand_changes(office)
        pushed_s, report = sync(office)
        assert report.pushed == 1000 and report.pending_left == 0, report
        pulled_s, pulled = sync(road)
        assert pulled.pulled >= 1000, pulled
        pushes.append(pushed_s)
        pulls.append(pulled_s)
        totals.append(pushed_s + pulled_s)
    return {"total": spread(totals, p95=False), "push": spread(pushes, p95=False), "pull": spread(pulls, p95=False)}


def week_bytes(bench: Bench, runs: int, progress: Progress) -> dict[str, Any]:
    """Bytes of the sync after a week offline (headers included), split where the engine's stages
    end: the mutation push, the access-log push after it, and the pull."""
    totals: list[float] = []
    parts: dict[str, list[float]] = {"push": [], "log": [], "pull": []}
    changes = mutations = log_entries = 0
    for run in range(runs):
        progress(f"sync: bytes of a counsellor's week, run {run + 1}/{runs}")
        user_id = add_user(bench.database, "Viikko")
        laptop = bench.laptop(user_id)
        assert sync(laptop)[1].pending_left == 0  # the empty first sync: cursor and enrolment settled
        counsellors_week(laptop)
        with laptop.db.read() as session:
            changes = session.scalar(select(func.count()).select_from(SyncOutbox)) or 0
        with FaultProxy(int(bench.base.rsplit(":", 1)[1])) as proxy:
            route(laptop, proxy.url)
            # The bytes counted when each stage last reported (a stage reports after each request).
            ends: dict[str, int] = {}

            def stage_end(stage: str, _n: int, proxy: FaultProxy = proxy, ends: dict[str, int] = ends) -> None:
                ends[stage] = proxy.bytes_up + proxy.bytes_down

            _, report = sync(laptop, progress=stage_end)
            total = proxy.bytes_up + proxy.bytes_down
        assert report.log_sent > 0 and report.log_break is None, report
        mutations, log_entries = report.pushed, report.log_sent
        pushed = ends.get("push", 0)
        logged = ends.get("log", pushed)
        totals.append(total / 1024)
        parts["push"].append(pushed / 1024)
        parts["log"].append((logged - pushed) / 1024)
        parts["pull"].append((total - logged) / 1024)
    return {"total": spread(totals, p95=False), **{name: spread(values, p95=False) for name, values in parts.items()},
            "changes": changes, "mutations": mutations, "log_entries": log_entries}


def week_throttled(bench: Bench, runs: int, progress: Progress) -> dict[str, Any]:
    """The sync after a week offline through the proxy throttled to 1 Mbit/s each way: alone, and
    with 300 ms round trips as well (a poor mobile link)."""
    found: dict[str, Any] = {}
    for label, latency in (("1mbit", 0.0), ("1mbit_300ms", 0.3)):
        seconds: list[float] = []
        for run in range(runs):
            progress(f"sync: a counsellor's week at 1 Mbit/s{' and 300 ms' if latency else ''}, run {run + 1}/{runs}")
            laptop = bench.laptop(add_user(bench.database, "Viikko"))
            assert sync(laptop)[1].pending_left == 0
            counsellors_week(laptop)
            with FaultProxy(int(bench.base.rsplit(":", 1)[1]), rate_bps=1_000_000, latency_s=latency) as proxy:
                route(laptop, proxy.url)
                taken, report = sync(laptop)
            assert report.pending_left == 0 and not report.rejected, report
            seconds.append(taken)
        found[label] = spread(seconds, p95=False)
    return found


def first_sync(bench: Bench, runs: int, progress: Progress) -> dict[str, Any]:
    progress("sync: building a 100-client caseload on the server")
    user_id = add_user(bench.database, "Laaja kuormitus")
    office = bench.laptop(user_id)
    for i in range(100):
        build_casework(office, person("Asiakas", i))
    _, report = sync(office)
    assert report.pending_left == 0, report
    seconds: list[float] = []
    kib: list[float] = []
    records = 0
    for run in range(runs):
        progress(f"sync: first sync of 100 clients at 1 Mbit/s, 300 ms, run {run + 1}/{runs}")
        with FaultProxy(int(bench.base.rsplit(":", 1)[1]), rate_bps=1_000_000, latency_s=0.3) as proxy:
            road = bench.laptop(user_id, proxy.url)
            taken, pulled = sync(road)
            seconds.append(taken)
            kib.append((proxy.bytes_up + proxy.bytes_down) / 1024)
            records = pulled.pulled
    return {"seconds": spread(seconds, p95=False), "kib": spread(kib, p95=False), "records": records}


def run(*, quick: bool, progress: Progress) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sopiva-sync-bench-") as tmp:
        folder = Path(tmp)
        with central_server(folder) as (base, database):
            bench = Bench(folder, base, database)
            try:
                return {
                    "push_pull_1000": push_pull(bench, 2 if quick else 3, progress),
                    "week": week_bytes(bench, 1 if quick else 2, progress),
                    "week_throttled": week_throttled(bench, 1 if quick else 3, progress),
                    "first_sync_100": first_sync(bench, 1 if quick else 2, progress),
                }
            finally:
                bench.close()
