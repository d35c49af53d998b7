"""``kill -9`` of a laptop's ``sopiva-desk sync`` process at chosen points of a sync, over and over
on one profile: the store opens, its outbox and cursor are consistent, and the next sync finishes
with nothing lost and nothing applied twice.

The kill points are made without a hook in the app: the fault proxy holds the server's answer
at an exact byte (``hold_response``) and the test kills the process while it is held:

- a push the server has committed, before a byte of its answer reached the laptop;
- a push whose whole answer arrived, once the laptop is inside the store transaction that
  records its outcomes;
- a pull page whose whole answer arrived, once the laptop is inside the transaction applying it;
- a pull page part-way through its answer (a seeded random byte count).

"Inside the transaction" is seen from outside: the test's own connection to the store cannot
begin ``BEGIN IMMEDIATE`` while the sync process holds the write lock.

``make test`` kills four times on each database; ``make proof`` 28 times on each (56 in all).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sopiva_desk.central.changes import assigned_client_ids, decode_cursor
from sopiva_desk.central.models import Mutation, Record
from sopiva_desk.store.change_recorder import MODELS
from sopiva_desk.store.models import Client, SyncDevice, SyncRecord, Visit
from tests.central.conftest import db_url, pg_cluster, pg_shared_url  # noqa: F401 - fixtures used here
from tests.conftest import DEMO_PASSPHRASE
from tests.helpers.week import counsellors_week, person
from tests.proof.harness import LONG, Laptop, ServerProcess, record_writes, server_records

pytestmark = pytest.mark.slow

KILLS = 28 if LONG else 4
POINTS = ("push committed, answer held", "recording a push's outcomes", "applying a pull page",
          "pull answer part-way")
WAIT_S = 120  # for the held answer; a process that never gets there fails the test, it does not hang it
STATS: Counter[str] = Counter()


def _child(laptop: Laptop, log: Path) -> subprocess.Popen[bytes]:
    out = log.open("wb")
    child = subprocess.Popen([sys.executable, "-m", "sopiva_desk", "sync", "--profile", laptop.profile_id,
                              "--data-dir", str(laptop.data_dir)], stdin=subprocess.PIPE, stdout=out,
                             stderr=subprocess.STDOUT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out.close()
    assert child.stdin is not None
    child.stdin.write(f"{DEMO_PASSPHRASE}\n".encode())
    child.stdin.close()
    return child


class _StoreProbe:
    """Tells whether another process is inside a transaction on the store: every transaction of
    the app begins ``BEGIN IMMEDIATE``, so while one runs, ours cannot begin."""

    def __init__(self, laptop: Laptop) -> None:
        self._raw = laptop.workspace.db.engine.raw_connection()
        self._raw.cursor().execute("PRAGMA busy_timeout = 0")

    def busy(self) -> bool:
        cursor = self._raw.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
        except Exception as err:  # noqa: BLE001 - the driver's OperationalError
            if "locked" in str(err) or "busy" in str(err):
                return True
            raise
        cursor.execute("ROLLBACK")
        return False

    def close(self) -> None:
        self._raw.cursor().execute("PRAGMA busy_timeout = 5000")
        self._raw.close()


def _kill_at(server: ServerProcess, laptop: Laptop, point: str, chosen: random.Random, log: Path) -> bool:
    """Run ``sopiva-desk sync`` and SIGKILL it at ``point``; False if it finished before getting there.

    The answer is held by the proxy at the chosen byte. For the two points inside the laptop's
    work, the kill waits until the process is inside its next store transaction (the one that
    records the push's outcomes or applies the page: nothing else runs between the answer and it)."""
    proxy = server.proxy
    if point.startswith("push"):
        fault = proxy.hold_response("POST /v1/push", 0)
    elif point.startswith("recording"):
        fault = proxy.hold_response("POST /v1/push", -1)
    else:
        fault = proxy.hold_response("GET /v1/pull", -1 if point.startswith("applying") else chosen.randrange(40, 1500))
    before = _mutations(server, laptop)
    probe = _StoreProbe(laptop)
    child = _child(laptop, log)
    try:
        while not fault.fired.wait(0.05):  # the held answer, or the process ending without one
            if child.poll() is not None:
                return False
        if point.startswith(("recording", "applying")):
            while not probe.busy():  # a condition, polled: the process is about to take the lock
                if child.poll() is not None:
                    return False
        child.send_signal(signal.SIGKILL)
        assert child.wait(WAIT_S) == -signal.SIGKILL
        if not point.startswith("pull"):  # the server had committed the push
            assert _mutations(server, laptop) > before
        return True
    finally:
        probe.close()
        if child.poll() is None:
            child.kill()
            child.wait()
        fault.release()
        proxy.clear_faults()


def _mutations(server: ServerProcess, laptop: Laptop) -> int:
    with server.database.transaction() as session:
        return len(session.scalars(select(Mutation.mutation_id).where(Mutation.device_id == laptop.device_id)).all())


def _cursor(laptop: Laptop) -> tuple[int, int]:
    with laptop.workspace.db.read() as session:
        return decode_cursor(session.get(SyncDevice, 1).cursor)  # type: ignore[union-attr]


def _check_store(laptop: Laptop, cursor_before: tuple[int, int]) -> tuple[int, int]:
    """The killed laptop's store: whole, its outbox and known revisions naming records it holds,
    its cursor where it was or further (a page and its cursor commit together)."""
    outbox = laptop.outbox()
    with laptop.workspace.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        for row in outbox:
            assert row.state == "pending", row.outcome
            assert session.get(MODELS[row.entity], row.record_id) is not None, (row.entity, row.record_id)
        for known in session.scalars(select(SyncRecord)):
            if known.entity in MODELS:
                assert session.get(MODELS[known.entity], known.record_id) is not None, known.entity
    cursor = _cursor(laptop)
    assert cursor >= cursor_before
    return cursor


def test_a_laptop_killed_mid_sync_loses_nothing_and_applies_nothing_twice(db_url: str,  # noqa: F811
                                                                          tmp_path: Path) -> None:
    chosen = random.Random(14)
    server = ServerProcess(db_url, tmp_path / "server")
    STATS.clear()
    opened: list[Laptop] = []
    try:
        user_id = server.add_user("Olli Ohjaaja")
        office = Laptop(tmp_path, "office", server, user_id)
        opened.append(office)
        road = Laptop(tmp_path, "road", server, user_id)
        opened.append(road)
        counsellors_week(office.workspace, clients=6, visits=12, cases=1)
        office.sync()
        edits: Counter[str] = Counter()  # client id -> notes written on the road
        notes: dict[str, str] = {}
        cursor = (0, 0)
        round_ = 0
        while sum(n for kind, n in STATS.items() if kind in POINTS) < KILLS:
            round_ += 1
            assert round_ < KILLS * 3, f"too few kills landed: {dict(STATS)}"
            # Work for both directions: the office adds a client with visits, the road writes notes.
            client_id = office.workspace.clients.create_client(person("Kierros", round_))
            for _ in range(2):
                office.workspace.visits.start_visit(client_id, "home_visit", "Koti", another=True)
            office.sync()
            with road.workspace.db.read() as session:
                road_clients = list(session.scalars(select(Client.id).order_by(Client.id)))
            for picked in chosen.sample(road_clients, min(3, len(road_clients))):
                value = f"Kierroksen {round_} muistiinpano"
                road.workspace.clients.update_client_field(picked, "communication_notes", value)
                notes[str(picked)], edits[str(picked)] = value, edits[str(picked)] + 1
            if road_clients:
                road.workspace.visits.start_visit(road_clients[0], "phone", another=True)
            pending = len(road.outbox())

            point = POINTS[round_ % len(POINTS)] if not LONG else chosen.choice(POINTS)
            killed = _kill_at(server, road, point, chosen, tmp_path / f"child-{round_}.log")
            STATS[point if killed else "finished before the point"] += 1

            road.lock()  # the killed process's store, opened afresh as the next start of the app would
            road.unlock()
            after = _check_store(road, cursor)
            if killed and point.startswith("applying"):
                STATS["… the page's transaction rolled back" if after == cursor else "… killed after it committed"] += 1
            if killed and point.startswith("recording"):
                STATS["… the outcomes' transaction rolled back" if len(road.outbox()) == pending
                      else "… killed after it committed"] += 1
            report = road.sync()
            assert report.pending_left == 0 and not report.rejected, report
            cursor = _cursor(road)
        office.sync()
        road.sync()

        with server.database.transaction() as session:
            clients = assigned_client_ids(session, user_id)
        assert len(clients) >= 7 + round_
        expected = server_records(server.database, clients)
        assert road.records() == expected
        assert office.records() == expected
        assert road.outbox() == [] and office.outbox() == []
        for client_id, value in notes.items():
            assert expected[("client", client_id)]["communication_notes"] == value
        with server.database.transaction() as session:
            records = {(r.entity, r.id): r.revision for r in session.scalars(select(Record).where(
                Record.client_id.in_(clients)))}
        writes = record_writes(server.database, records)
        for key, revision in records.items():
            assert writes[key] == revision, key  # each change applied once: one write, one revision
            if key[0] == "client":  # created, then one applied mutation per round that edited it
                assert revision == 1 + edits[key[1]], key
        with road.workspace.db.read() as session:
            assert session.scalar(select(Visit.id).limit(1)) is not None
    finally:
        for laptop in opened:
            laptop.close()
        server.stop()
        print(f"\nkill -9 of sopiva-desk sync ({db_url.split(':')[0]}): {dict(sorted(STATS.items()))}")
