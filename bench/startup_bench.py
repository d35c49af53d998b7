"""Process start to unlock window: spawn the real app with --probe-start and time it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import summary_ms
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import keys


def run(repeats: int = 7) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="sopiva-start-") as tmp:
        data_dir = Path(tmp)
        fast = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
        ProfileService(data_dir, kdf=fast).create_profile("Bench", "kettle lake autumn train",
                                                          "kettle lake autumn train")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        samples = []
        for i in range(repeats + 1):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sopiva_desk", "--data-dir", str(data_dir), "--probe-start"],
                           check=True, env=env, capture_output=True)
            if i:  # the first run warms the page cache, like any launch after the first
                samples.append(time.perf_counter() - t)
    return summary_ms(samples)
