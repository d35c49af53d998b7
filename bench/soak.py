"""`make soak`: 200 laptops sync a week of work each, all at the same moment, against one
``sopiva-central serve`` process on PostgreSQL (docs/benchmarks.md, "Soak").

- The week is a real laptop's: a profile gets a counsellor's week through the services
  (tests/helpers/week.py) and its outbox is folded and read as the engine sends it (384
  mutations). Each simulated laptop sends that week with every id made its own.
- Laptops come in pairs, one pair per counsellor: each laptop pushes its week and pulls, so
  every laptop also fetches its partner's week (whatever of it has committed by then; a second,
  quiet pull afterwards fetches the rest).
- Every request is a real HTTP request on loopback, signed with the laptop's own enrolled
  Ed25519 key (``protocol.signing``), zstd-coded as the engine sends it. asyncio + httpx: one
  connection per laptop, all started at one moment.

Checked: zero errors, every mutation applied once (one stored outcome per mutation id, one
change-log row per record, every record on the server), and each laptop fetched every record of
its partner exactly once. Reported: the p95 (and min / median / max) of one laptop's full sync
(push + pull) and the server's peak resident memory (VmHWM of its process).

``python -m bench.soak [--devices 200]``; writes bench/results/soak.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from bench.fixtures import FAST_KDF
from bench.stats import load_average, spread
from sopiva_desk.central import db as central_db
from sopiva_desk.central.models import ChangeLog, Mutation, Record
from sopiva_desk.protocol import signing, wire
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import mutation_document
from sopiva_desk.services.sync.outbox import fold_unsent
from sopiva_desk.store.models import SyncOutbox
from tests.central.helpers import add_user, issue_code
from tests.central.pg_cluster import start_cluster
from tests.helpers.week import counsellors_week
from tests.sync.conftest import start_central, stop_central

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
PUSH_BATCH = 500
PULL_LIMIT = 500


def week_of_mutations(folder: Path) -> list[dict[str, Any]]:
    """A counsellor's week as the engine pushes it: the outbox folded, in device_seq order."""
    data_dir = folder / "week"
    data_dir.mkdir()
    profiles = ProfileService(data_dir, kdf=FAST_KDF)
    profile_id = profiles.create_profile("Viikko", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE).profile_id
    workspace = profiles.unlock(profile_id, demo.DEMO_PASSPHRASE)
    try:
        counsellors_week(workspace)
        with workspace.db.transaction() as session:
            fold_unsent(session)
        with workspace.db.read() as session:
            return [wire.encode_value(mutation_document(row))
                    for row in session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq))]
    finally:
        workspace.close()


def own_copy(week_json: str, user_id: str) -> list[dict[str, Any]]:
    """The week with every id replaced by a fresh one (consistently), authored by ``user_id``."""
    fresh: dict[str, str] = {}
    text = _UUID.sub(lambda m: fresh.setdefault(m.group(0), str(uuid.uuid4())), week_json)
    mutations = json.loads(text)
    for mutation in mutations:
        mutation["author"] = {"user_id": user_id, "user_name": "Kuormitus"}
    return mutations


class Device:
    def __init__(self, base: str, device_id: str, key: Any, mutations: list[dict[str, Any]]) -> None:
        self.base, self.device_id, self.key, self.mutations = base, device_id, key, mutations
        self.received: list[str] = []
        self.cursor = ""
        self.seconds = 0.0
        self.errors: list[str] = []
        self.outcomes: dict[str, int] = {}

    async def _request(self, client: httpx.AsyncClient, method: str, path: str, document: Any = None,
                       params: dict[str, str] | None = None) -> dict[str, Any]:
        content = wire.compress(wire.dumps(document), "zstd") if document is not None else b""
        headers = {"Content-Type": "application/json", "Content-Encoding": "zstd"} if document is not None else {}
        response = await client.request(method, path, content=content, headers=headers, params=params)
        if response.status_code != 200:
            raise RuntimeError(f"{method} {path}: {response.status_code} {response.text[:200]}")
        answer: dict[str, Any] = wire.loads(response.content)
        return answer

    async def pull(self, client: httpx.AsyncClient) -> None:
        while True:
            params = {"limit": str(PULL_LIMIT), **({"cursor": self.cursor} if self.cursor else {})}
            page = await self._request(client, "GET", "/v1/pull", params=params)
            self.received += [c["record_id"] for c in page["changes"] if c["kind"] == "record"]
            self.cursor = page["cursor"]
            if not page["more"]:
                return

    async def sync(self, start: asyncio.Event) -> None:
        auth = signing.SigningAuth(self.device_id, self.key)
        async with httpx.AsyncClient(base_url=self.base, auth=auth, timeout=600, trust_env=False,
                                     headers={"Accept-Encoding": "zstd"}) as client:
            await start.wait()
            began = time.perf_counter()
            try:
                for at in range(0, len(self.mutations), PUSH_BATCH):
                    answer = await self._request(client, "POST", "/v1/push",
                                                 {"mutations": self.mutations[at:at + PUSH_BATCH]})
                    for outcome in answer["outcomes"]:
                        self.outcomes[outcome["outcome"]] = self.outcomes.get(outcome["outcome"], 0) + 1
                await self.pull(client)
            except Exception as err:  # noqa: BLE001 - counted and reported: the soak needs zero
                self.errors.append(f"{type(err).__name__}: {err}")
            self.seconds = time.perf_counter() - began

    async def quiet_pull(self) -> None:
        auth = signing.SigningAuth(self.device_id, self.key)
        async with httpx.AsyncClient(base_url=self.base, auth=auth, timeout=600, trust_env=False,
                                     headers={"Accept-Encoding": "zstd"}) as client:
            await self.pull(client)


async def _all_at_once(devices: list[Device]) -> float:
    start = asyncio.Event()
    tasks = [asyncio.create_task(device.sync(start)) for device in devices]
    await asyncio.sleep(0)  # every task reaches the start line (opens its client) first
    began = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    return time.perf_counter() - began


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _enrol(base: str, database: central_db.Database, user_id: str) -> tuple[str, Any]:
    key = signing.generate_private_key()
    response = httpx.post(f"{base}/v1/enrol", json={"code": issue_code(database, user_id),
                                                    "public_key": signing.public_key_b64(key),
                                                    "device_name": "Soak", "app_version": "soak",
                                                    "schema_version": 1}, timeout=60)
    response.raise_for_status()
    return response.json()["device_id"], key


def run(devices: int, progress: Any = print) -> dict[str, Any]:
    cluster = start_cluster()
    if isinstance(cluster, str):
        raise SystemExit(f"make soak needs PostgreSQL: {cluster}")
    with tempfile.TemporaryDirectory(prefix="sopiva-soak-") as tmp:
        folder = Path(tmp)
        try:
            import sqlalchemy as sa

            admin_engine = sa.create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
            with admin_engine.connect() as connection:
                connection.exec_driver_sql('CREATE DATABASE "soak"')
            admin_engine.dispose()
            url = cluster.url("soak")
            database = central_db.Database(url)
            central_db.upgrade(database.engine)
            progress("soak: a counsellor's week through a real laptop's services")
            week = week_of_mutations(folder)
            week_json = json.dumps(week)
            central = start_central(url, folder / "central.log")
            try:
                progress(f"soak: enrolling {devices} laptops ({devices // 2} counsellors, two laptops each)")
                laptops: list[Device] = []
                for pair in range(devices // 2):
                    user_id = add_user(database, f"Kuormitus {pair}")
                    for _ in range(2):
                        device_id, key = _enrol(central.url, database, user_id)
                        laptops.append(Device(central.url, device_id, key, own_copy(week_json, user_id)))
                idle_rss = _peak_rss_mib(central.process.pid)
                progress(f"soak: {len(laptops)} laptops push {len(week)} mutations each and pull, all at once")
                load_before = load_average()
                wall = asyncio.run(_all_at_once(laptops))
                peak_rss = _peak_rss_mib(central.process.pid)
                load = load_average()
                progress("soak: a quiet pull each, then counting what the server holds")

                async def quiet() -> None:
                    await asyncio.gather(*(laptop.quiet_pull() for laptop in laptops))

                asyncio.run(quiet())
                return _verify(database, laptops, week) | {
                    "devices": len(laptops), "mutations_per_device": len(week), "wall_s": wall,
                    "sync_s": spread([laptop.seconds for laptop in laptops]),
                    "server_peak_rss_mib": peak_rss, "server_rss_before_mib": idle_rss,
                    "load_before": load_before, "load_after": load}
            finally:
                stop_central(central)
                database.dispose()
        finally:
            cluster.stop()


def _verify(database: central_db.Database, laptops: list[Device], week: list[dict[str, Any]]) -> dict[str, Any]:
    errors = [error for laptop in laptops for error in laptop.errors]
    with database.transaction() as session:
        stored = session.scalar(select(func.count()).select_from(Mutation)) or 0
        records = session.scalar(select(func.count()).select_from(Record)) or 0
        writes = dict(session.execute(select(ChangeLog.record_id, func.count()).where(
            ChangeLog.kind == "record", ChangeLog.audience_user_id.is_(None)).group_by(ChangeLog.record_id)).all())
    expected = len(laptops) * len(week)
    outcomes: dict[str, int] = {}
    for laptop in laptops:
        for kind, n in laptop.outcomes.items():
            outcomes[kind] = outcomes.get(kind, 0) + n
    sent_per_record = Counter(mutation["record_id"] for laptop in laptops for mutation in laptop.mutations)
    lost_in_pull = duplicated_in_pull = 0
    for index, laptop in enumerate(laptops):
        partner = laptops[index ^ 1]
        sent = {m["record_id"] for m in partner.mutations}
        lost_in_pull += len(sent - set(laptop.received))
        duplicated_in_pull += len(laptop.received) - len(set(laptop.received))
    return {"errors": errors[:5], "error_count": len(errors), "stored_mutations": stored,
            "expected_mutations": expected, "records": records, "outcomes": outcomes,
            # Each record written once per mutation naming it: once, except a print job made and
            # printed in the week (its create and its printed mark go as two, by design).
            "records_written_more_than_once": sum(1 for record_id, n in writes.items()
                                                  if n != sent_per_record.get(record_id, 1)),
            "lost_in_pull": lost_in_pull, "duplicated_in_pull": duplicated_in_pull,
            "second_mutations": sum(n - 1 for n in sent_per_record.values())}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    parser.add_argument("--devices", type=int, default=200)
    args = parser.parse_args(argv)
    found = run(args.devices)
    out = Path(__file__).parent / "results" / "soak.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(found, indent=2))
    sync = found["sync_s"]
    print(f"\n{found['devices']} laptops × {found['mutations_per_device']} mutations, all at once "
          f"(PostgreSQL, one server process): {found['wall_s']:.1f} s in all")
    print(f"one laptop's full sync (push + pull): min {sync['min']:.1f} / median {sync['median']:.1f} / "
          f"p95 {sync['p95']:.1f} / max {sync['max']:.1f} s; load {found['load_before']:.1f} → "
          f"{found['load_after']:.1f}")
    print(f"server peak RSS {found['server_peak_rss_mib']:.0f} MiB (idle after enrolment "
          f"{found['server_rss_before_mib']:.0f} MiB)")
    print(f"errors {found['error_count']}, stored mutations {found['stored_mutations']} of "
          f"{found['expected_mutations']}, outcomes {found['outcomes']}, records written more than once "
          f"{found['records_written_more_than_once']}, lost in pull {found['lost_in_pull']}, "
          f"fetched twice {found['duplicated_in_pull']}")
    failed = (found["error_count"] or found["stored_mutations"] != found["expected_mutations"]
              or found["records_written_more_than_once"] or found["lost_in_pull"] or found["duplicated_in_pull"]
              # A record's second mutation of the week (a print job's printed mark) is merged onto
              # its create; everything else is applied as sent.
              or set(found["outcomes"]) - {"applied", "merged"}
              or found["outcomes"].get("merged", 0) != found["second_mutations"])
    if failed:
        print("SOAK FAILED", found["errors"], file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
