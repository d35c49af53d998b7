"""``kill -9`` of the app while it autosaves: the real client file page in a child process types
into two fields as fast as the autosave takes them and is killed at random moments of the save
cycle, over and over on one profile.

After every kill: the store passes ``PRAGMA integrity_check`` and ``cipher_integrity_check``
(every page's HMAC), and each field holds the last value the page had shown as saved, or a value
typed after it (one that was being saved when the kill came); never an older one.

``make test`` kills 4 times; ``make proof`` (``SOPIVA_PROOF_LONG=1``) 200 times. The kill moment
is not a sleep: the child is killed right after the parent reads its k-th "saved" line (k drawn
from a seeded generator), while the child is already typing and saving the next values.
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

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.engine import close_engine, open_engine
from tests.conftest import DEMO_PASSPHRASE
from tests.helpers.autosave_crash_child import FIELDS, number_in
from tests.proof.harness import LONG

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

KILLS = int(os.environ.get("SOPIVA_AUTOSAVE_KILLS", "200" if LONG else "4"))  # the env: a count for a measured run
CHILD = Path(__file__).resolve().parents[1] / "helpers" / "autosave_crash_child.py"
ROOT = Path(__file__).resolve().parents[2]
STATS: Counter[str] = Counter()


def _run_and_kill(data_dir: Path, profile_id: str, first: int, acks_before_kill: int) -> dict[str, int]:
    """Start the child, kill it after ``acks_before_kill`` saves shown; the last number shown per field."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, text=True)
    assert child.stdin is not None and child.stdout is not None
    shown: dict[str, int] = {}
    try:
        child.stdin.write(f"{data_dir} {profile_id} {first}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        acks = 0
        while acks < acks_before_kill:
            line = child.stdout.readline()
            assert line, "the child ended before it was killed"
            _, field, number = line.split()
            shown[field] = max(shown.get(field, 0), int(number))
            acks += 1
        child.send_signal(signal.SIGKILL)
        for line in child.stdout.read().splitlines():  # already printed (shown) before the kill
            parts = line.split()
            if len(parts) == 3 and parts[0] == "saved":
                shown[parts[1]] = max(shown.get(parts[1], 0), int(parts[2]))
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()
        child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    return shown


def test_killing_the_app_while_it_autosaves_loses_no_shown_save_and_corrupts_nothing(
        profile_service: ProfileService, data_dir: Path) -> None:
    profile = profile_service.create_profile("Kaatuja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    client_id = workspace.clients.create_client({"first_names": "Testi", "last_name": "Kaatuja",
                                                 "temporary_id": "TMP-K1", "municipality_code": "491"})
    key = bytes(workspace._opened.data_key)  # noqa: SLF001 - the checks open the store file directly
    workspace.close()
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    chosen = random.Random(15)
    last_shown: dict[str, int] = {}
    STATS.clear()
    for round_ in range(KILLS):
        shown = _run_and_kill(data_dir, profile.profile_id, (round_ + 1) * 1_000_000, chosen.randint(1, 8))
        for field, number in shown.items():
            last_shown[field] = max(last_shown.get(field, 0), number)
        STATS["kills"] += 1
        STATS["saves shown"] += len(shown)
        engine = open_engine(store, bytearray(key))
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
                row = conn.exec_driver_sql("SELECT street_address, communication_notes FROM client WHERE id = ?",
                                           (client_id.hex,)).one()
        finally:
            close_engine(engine)
        stored = dict(zip(FIELDS, row, strict=True))
        for field in FIELDS:
            if field not in last_shown:
                continue
            number = number_in(field, stored[field])
            assert number >= last_shown[field], f"round {round_}: {field} lost a save shown as saved"
            STATS["a newer unshown value stored" if number > last_shown[field] else "the last shown value stored"] += 1
    assert set(last_shown) == set(FIELDS)
    print(f"\nkill -9 during autosave: {dict(sorted(STATS.items()))}")
