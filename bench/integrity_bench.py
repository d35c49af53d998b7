"""The store's integrity check (store/integrity.py): what it costs, by store size.

For stores of 300, 2,000 and 10,000 clients (the cached, encrypted caseload stores of
bench/caseload_scale.py), each check as the app runs it (a fresh read-only connection):
``PRAGMA cipher_integrity_check`` (every page's HMAC), ``PRAGMA quick_check`` (the b-tree
structure) and ``PRAGMA integrity_check`` (quick_check plus index contents; not used, for
comparison). Then, on the largest store, unlock (with the key already unwrapped) until the
store is open and readable, and until the check's verdict lets the first write through. The OS
file cache is warm (a laptop that has just read the file); a first read from disk adds about
the file size over the disk's read speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.stats import load_average, summary_ms
from sopiva_desk.services import demo
from sopiva_desk.store.profiles import ProfileDirectory

PRAGMAS = ("cipher_integrity_check", "quick_check", "integrity_check")
SIZES = (300, 2000, 10_000)


def _quiet(_step: str) -> None:
    pass


def _check_once(path: Path, key_hex: str, pragma: str) -> float:
    started = time.perf_counter()
    connection = sqlcipher3.dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        connection.close()
    if rows not in ([], [("ok",)]):
        raise RuntimeError(f"the bench store is damaged: {rows[:3]}")
    return time.perf_counter() - started


def run(*, sizes: tuple[int, ...] = SIZES, repeats: int = 5,
        progress: Callable[[str], None] = _quiet) -> dict[str, Any]:
    from bench.caseload_scale import ensure_store

    result: dict[str, Any] = {"stores": []}
    for n in sizes:
        folder = ensure_store(n, progress)
        profile_id = (folder / "profile-id").read_text()
        profiles = ProfileDirectory(folder)
        info = profiles.get(profile_id)
        key = profiles.unwrap(profile_id, demo.DEMO_PASSPHRASE)
        key_hex = bytes(key).hex()
        store: dict[str, Any] = {"clients": n, "mib": info.store_path.stat().st_size / 2**20}
        for pragma in PRAGMAS:
            samples = [_check_once(info.store_path, key_hex, pragma) for _ in range(repeats)]
            store[pragma] = summary_ms(samples) | {"load": load_average()}
        progress(f"integrity checks on {n:,} clients ({store['mib']:.0f} MiB)")
        result["stores"].append(store)
        if n == sizes[-1]:
            opened_s, verdict_s = [], []
            for _ in range(repeats):
                started = time.perf_counter()
                opened = profiles.open_with_key(info, bytearray(key))
                opened_s.append(time.perf_counter() - started)
                assert opened.guard is not None
                opened.guard.require_sound()
                verdict_s.append(time.perf_counter() - started)
                opened.close()
            result["unlock_open"] = summary_ms(opened_s) | {"load": load_average(), "clients": n}
            result["unlock_first_write"] = summary_ms(verdict_s) | {"load": load_average(), "clients": n}
    return result
