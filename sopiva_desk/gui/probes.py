"""Timing probes for the benchmarks: the real app, driven as a user would, reporting when.

``python -m sopiva_desk --probe-unlock [--probe-after-warm-up]`` reads a passphrase from
standard input, opens the unlock window, "types" the passphrase and presses Unlock (at once, or
once the background warm-up of the main window's modules is done, as it is when a person
has typed a passphrase), and prints one JSON line with the milliseconds from pressing Unlock
to the main window shown and to the caseload loaded and painted. Nothing is printed about
the store's content beyond the number of rows.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.tasks import GENERAL

PROBE_TIMEOUT_MS = 120_000


def probe_unlock(app: QApplication, context: AppContext, controller: AppController, profile_id: str,
                 passphrase: str, *, after_warm_up: bool) -> int:
    marks: dict[str, float] = {}
    result = {"code": 1}

    def now() -> float:
        return time.perf_counter()

    def warmed_up() -> None:
        marks["warmed_up"] = now()
        if after_warm_up:
            press_unlock()

    def press_unlock() -> None:
        window = controller.unlock_window
        assert window is not None
        window.ui.passphraseEdit.setText(passphrase)
        marks["pressed"] = now()
        window.ui.unlockButton.click()

    def main_window_ready() -> None:
        main = controller.main_window
        assert main is not None
        main.repaint()  # the first page, painted
        marks["main_window"] = now()
        main.caseload.model.modelReset.connect(caseload_loaded)

    def caseload_loaded() -> None:
        main = controller.main_window
        if main is None or "caseload" in marks or main.caseload.model.rowCount() == 0:
            return
        main.show_caseload()
        main.caseload.view.viewport().repaint()
        marks["caseload"] = now()
        pressed = marks["pressed"]
        print(json.dumps({"warm_up_ms": (marks.get("warmed_up", marks["caseload"]) - marks["window"]) * 1000,
                          "main_window_ms": (marks["main_window"] - pressed) * 1000,
                          "caseload_ms": (marks["caseload"] - pressed) * 1000,
                          "rows": main.caseload.model.rowCount(), "after_warm_up": after_warm_up}), flush=True)
        result["code"] = 0
        QTimer.singleShot(0, controller.quit)

    controller.main_window_ready.connect(main_window_ready)
    controller.start(profile_id)
    marks["window"] = now()  # the unlock window is on screen
    # The lane is one worker in order: this runs once the warm-up has finished.
    context.runner.run(lambda: None, on_success=lambda _: warmed_up(), lane=GENERAL)
    if not after_warm_up:
        QTimer.singleShot(0, press_unlock)
    QTimer.singleShot(PROBE_TIMEOUT_MS, app.quit)
    app.exec()
    context.runner.shutdown()
    return result["code"]
