"""Guards against a PySide6 runtime that crashes long sessions.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` on every emit() made from
Python; after ~200k emits the interpreter aborts ("bool_dealloc"). A working day of the
app emits that many signals, so the dependency pin must keep such a release out.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    fired = Signal()
    carried = Signal(object)
e = Emitter()
count = [0]
e.fired.connect(lambda: count.__setitem__(0, count[0] + 1))
for _ in range(300_000):
    e.fired.emit()
    e.carried.emit(True)
assert count[0] == 300_000
print("ok")
"""


def test_many_emits_do_not_crash_the_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-500:]}"
    assert result.stdout.strip() == "ok"
