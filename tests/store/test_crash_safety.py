"""SIGKILL during commits: every acknowledged commit survives, no transaction is torn."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.engine import close_engine, open_engine

ITERATIONS = int(os.environ.get("SOPIVA_CRASH_ITERATIONS", "8"))
CHILD = Path(__file__).resolve().parent.parent / "helpers" / "crash_child.py"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_during_commits_loses_nothing_acknowledged(profile_service: ProfileService, data_dir: Path) -> None:
    passphrase = "kettle lake autumn train"
    profile = profile_service.create_profile("Kaatuja", passphrase, passphrase)
    ws = profile_service.unlock(profile.profile_id, passphrase)
    key = bytes(ws._opened.data_key)  # noqa: SLF001 - the child needs the raw key
    ws.close()
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    rng = random.Random(20261122)
    acknowledged: set[uuid.UUID] = set()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(ITERATIONS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(f"{store} {key.hex()}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out = child.stdout.read()  # the same buffer readline used: no line it already took in is lost
        child.wait()
        child.stdout.close()
        child.stdin.close()
        for line in out.splitlines():
            try:
                acknowledged.add(uuid.UUID(line.strip()))
            except ValueError:
                pass  # a line cut by the kill was never acknowledged
        engine = open_engine(store, bytearray(key))
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
                stored = {uuid.UUID(hex=r[0]) for r in conn.execute(text("SELECT id FROM client"))}
                logged = {uuid.UUID(hex=r[0]) for r in conn.execute(
                    text("SELECT client_id FROM access_log WHERE action = 'create'"))}
        finally:
            close_engine(engine)
        assert acknowledged <= stored, "an acknowledged commit was lost"
        assert stored == logged, "a client row and its access-log row were not committed together"
    assert len(acknowledged) > ITERATIONS
