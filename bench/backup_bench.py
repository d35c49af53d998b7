"""Backup and restore of a 2,000-client store (400 of them with plans, budgets and their use).

Backup: File → Back up now… as the app does it (export in one read transaction, verify, write
with the header, read back, replace). Restore: check the file, open the key, copy, verify,
re-identify; the profile's key derivation is at the bench's minimum parameters, so a real
restore adds two Argon2id runs (≈0.4 s each, unwrap and re-seal; "Unlock, warm" in the table).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fixtures, organisation_bench
from bench.stats import load_average, summary_ms
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService


def run(n_clients: int = 2000, repeats: int = 5, progress: Callable[[str], None] = fixtures._quiet) -> dict[str, Any]:
    with fixtures.hb_store(n_clients, n_clients // 5, organisation_bench.TODAY, progress) as (workspace, _hb), \
            tempfile.TemporaryDirectory(prefix="sopiva-bench-backup-") as tmp:
        folder = Path(tmp)
        progress(f"backup and restore, {n_clients} clients")
        backup_s, restore_s = [], []
        target = folder / "bench.sopiva-backup"
        for _ in range(repeats):
            started = time.perf_counter()
            written = workspace.backups.back_up_to(target)
            backup_s.append(time.perf_counter() - started)
        load = load_average()
        restorer = ProfileService(folder / "restored", kdf=fixtures.FAST_KDF).backup_restorer()
        for _ in range(repeats):
            started = time.perf_counter()
            restorer.restore(target, demo.DEMO_PASSPHRASE)
            restore_s.append(time.perf_counter() - started)
        return {"clients": n_clients, "size_mb": written.size / 1e6, "rows": sum(written.rows.values()),
                "backup": summary_ms(backup_s) | {"load": load},
                "restore": summary_ms(restore_s) | {"load": load_average()}}


if __name__ == "__main__":
    print(run(progress=print))
