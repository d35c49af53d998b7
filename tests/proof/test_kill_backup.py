"""SIGKILL during backup, restore and re-key, at random (seeded) moments.

After every kill: the profile opens with its passphrase, every save the child acknowledged is
there, the store passes ``cipher_integrity_check`` and ``integrity_check``, a backup target is the
old complete file or the new complete one (never a torn one), a restore left either a whole
profile or none (an unfinished folder without its envelope is never listed), and a re-key left
the envelope naming a store that its key opens. ~7 kills each in ``make test``; 70 each (210)
with ``SOPIVA_PROOF_LONG=1`` (``make proof``). docs/reliability.md has the figures.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.backup import read_verified_header
from tests.conftest import DEMO_PASSPHRASE

LONG = os.environ.get("SOPIVA_PROOF_LONG") == "1"
KILLS = int(os.environ.get("SOPIVA_BACKUP_KILLS", "70" if LONG else "7"))
CHILD = Path(__file__).resolve().parent.parent / "helpers" / "backup_crash_child.py"
ENV = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def _run_and_kill(args: list[str], delay: float | None, *, until: str = "") -> list[str]:
    """Start the child, wait until it is ready, let it work ``delay`` seconds (or until it prints
    a line starting with ``until``), SIGKILL it."""
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env=ENV, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(DEMO_PASSPHRASE + "\n")
    child.stdin.flush()
    ready = child.stdout.readline().strip()
    if ready != "ready":
        child.kill()
        child.wait()
        pytest.fail(f"the child did not start: {ready!r}")
    taken = []
    if delay is None:
        while not (line := child.stdout.readline()).startswith(until):
            taken.append(line)
        taken.append(line)
    else:
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out = "".join(taken) + child.stdout.read()
    child.wait()
    child.stdout.close()
    child.stdin.close()
    return out.splitlines()


def _cycle_seconds(args: list[str], until: str) -> float:
    """How long one cycle of the child's work takes on this machine now (loaded or not): the
    kills are spread over it, so they land in every phase of the work."""
    started = time.monotonic()
    _run_and_kill(args, None, until=until)
    return time.monotonic() - started


def _saved(lines: list[str]) -> set[uuid.UUID]:
    found = set()
    for line in lines:
        if line.startswith("saved "):
            try:
                found.add(uuid.UUID(line.split()[1]))
            except (IndexError, ValueError):
                pass  # a line cut by the kill was never acknowledged
    return found


def _check_profile(service: ProfileService, profile_id: str, acknowledged: set[uuid.UUID]) -> int:
    ws = service.unlock(profile_id, DEMO_PASSPHRASE)
    try:
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            stored = {uuid.UUID(hex=r[0]) for r in conn.exec_driver_sql("SELECT id FROM client")}
    finally:
        ws.close()
    assert acknowledged <= stored, "a save that had been acknowledged was lost"
    return len(stored)


def _new_profile(service: ProfileService, clients: int) -> str:
    profile = service.create_profile("Kaatuja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    for i in range(clients):
        ws.clients.create_client({"first_names": "Aino", "last_name": "Alku", "temporary_id": f"TMP-A{i}",
                                  "municipality_code": "491"})
    ws.close()
    return profile.profile_id


def test_kill_during_backup(profile_service: ProfileService, data_dir: Path, tmp_path: Path) -> None:
    profile_id = _new_profile(profile_service, 3)
    target = tmp_path / "usb" / "eeva.sopiva-backup"
    target.parent.mkdir()
    rng = random.Random(20261207)
    acknowledged: set[uuid.UUID] = set()
    stats: Counter[str] = Counter()
    digests: list[str] = []
    for kill in range(KILLS):
        lines = _run_and_kill(["backup", str(data_dir), profile_id, str(target)], rng.uniform(0.0, 1.2))
        acknowledged |= _saved(lines)
        stats["kills"] += 1
        stats["backups acknowledged"] += lines.count("backup")
        stats["killed while writing a backup"] += bool(lines) and lines[-1].startswith("saved ")
        _check_profile(profile_service, profile_id, acknowledged)
        if not target.exists():
            assert "backup" not in lines and not digests, "an acknowledged backup is gone"
            stats["target not yet written"] += 1
            continue
        header = read_verified_header(target)  # whole: the framing, the size and the digest agree
        stats["target whole"] += 1
        stats["target unchanged by this run" if digests and header.store_sha256 == digests[-1] else
              "target replaced by this run"] += 1
        digests.append(header.store_sha256)
        if kill % (10 if LONG else 2) == 0:  # and it restores, holding what was acknowledged before it
            restored = profile_service.backup_restorer().restore(target, DEMO_PASSPHRASE)
            _check_profile(profile_service, restored.profile.profile_id, set())
            stats["targets restored"] += 1
        assert len(list(target.parent.glob(".*.part"))) <= 2  # one attempt's temp files at most, encrypted
    print(f"\nSIGKILL during backup: {dict(sorted(stats.items()))}, lost saves: 0")
    assert stats["target replaced by this run"] > 0 and stats["killed while writing a backup"] > 0


def test_kill_during_restore(profile_service: ProfileService, data_dir: Path, tmp_path: Path) -> None:
    source = _new_profile(profile_service, 5)
    ws = profile_service.unlock(source, DEMO_PASSPHRASE)
    backup = tmp_path / "b.sopiva-backup"
    ws.backups.back_up_to(backup)
    ws.close()
    source_files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                    for p in (data_dir / "profiles" / source).iterdir()}
    rng = random.Random(20261208)
    stats: Counter[str] = Counter()
    args = ["restore", str(data_dir), str(backup)]
    cycle = _cycle_seconds(args, "restored ")  # its restore is checked with the others at the end
    for _ in range(KILLS):
        lines = _run_and_kill(args, rng.uniform(0.0, 1.5 * cycle))
        stats["kills"] += 1
        stats["restores acknowledged"] += sum(line.startswith("restored ") for line in lines)
        listed = {p.profile_id for p in profile_service.profiles()}
        for line in lines:
            if line.startswith("restored ") and len(line.split()) == 2:
                assert line.split()[1] in listed, "an acknowledged restore is gone"
        unfinished = [f for f in (data_dir / "profiles").iterdir() if not (f / "profile.json").exists()]
        stats["killed mid-restore (folder left unlisted)"] = len(unfinished)
        assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in (data_dir / "profiles" / source).iterdir()} == source_files
    for profile_id in {p.profile_id for p in profile_service.profiles()} - {source}:
        assert _check_profile(profile_service, profile_id, set()) == 5
        stats["restored profiles checked"] += 1
    print(f"\nSIGKILL during restore: {dict(sorted(stats.items()))}, lost saves: 0")
    assert stats["restored profiles checked"] > 0 and stats["killed mid-restore (folder left unlisted)"] > 0


def test_kill_during_rekey(profile_service: ProfileService, data_dir: Path) -> None:
    profile_id = _new_profile(profile_service, 3)
    folder = data_dir / "profiles" / profile_id
    rng = random.Random(20261209)
    acknowledged: set[uuid.UUID] = set()
    stats: Counter[str] = Counter()
    args = ["rekey", str(data_dir), profile_id]
    started = time.monotonic()
    acknowledged |= _saved(_run_and_kill(args, None, until="rekeyed"))
    cycle = time.monotonic() - started
    _check_profile(profile_service, profile_id, acknowledged)
    for _ in range(KILLS):
        before = (folder / "profile.json").read_bytes()
        lines = _run_and_kill(args, rng.uniform(0.0, 1.5 * cycle))
        acknowledged |= _saved(lines)
        stats["kills"] += 1
        stats["rekeys acknowledged"] += lines.count("rekeyed")
        stats["killed while re-keying"] += bool(lines) and lines[-1].startswith("saved ")
        changed = (folder / "profile.json").read_bytes() != before
        stats["opened with the new key" if changed else "opened with the old key"] += 1
        _check_profile(profile_service, profile_id, acknowledged)
    print(f"\nSIGKILL during re-key: {dict(sorted(stats.items()))}, lost saves: 0")
    assert stats["killed while re-keying"] > 0
