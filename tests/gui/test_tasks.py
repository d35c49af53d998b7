"""The background-task helper: callbacks come back later, on the GUI thread, in the order the
work finished — also when the work is done before ``run()`` hands it its callback, as happens
when a busy machine pauses the GUI thread between the two."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest

from sopiva_desk.gui.tasks import TaskRunner


def test_a_result_never_arrives_inside_run_and_never_before_an_earlier_one(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = TaskRunner()
    order: list[str] = []
    gate = threading.Event()
    try:
        runner.run(lambda: gate.wait(5) and "first", on_success=order.append)  # its callback is waiting
        original = Future.add_done_callback

        def paused_gui_thread(future: Future[Any], callback: Any) -> None:
            gate.set()  # meanwhile the worker finishes the first task, then the second
            future.result(timeout=5)
            original(future, callback)

        monkeypatch.setattr(Future, "add_done_callback", paused_gui_thread)
        runner.run(lambda: "second", on_success=order.append)
        assert order == [] and runner.busy  # nothing ran inside run(); both still count as busy
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
        assert order == ["first", "second"]  # the older result is not shown after the newer one
    finally:
        gate.set()
        runner.shutdown()
