"""Process start to unlock window: spawn the real app with --probe-start and time until it
reports the window on screen (background warm-up after that is not counted)."""

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
            command = [sys.executable, "-m", "sopiva_desk", "--data-dir", str(data_dir), "--probe-start"]
            child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert child.stdout is not None
            line = child.stdout.readline()  # printed once the unlock window is on screen
            elapsed = time.perf_counter() - t
            child.wait(timeout=60)
            if not line.startswith("unlock window shown"):
                raise RuntimeError("the app did not report its unlock window")
            if i:  # the first run warms the page cache, like any launch after the first
                samples.append(elapsed)
    return summary_ms(samples)
