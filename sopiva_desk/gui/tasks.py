"""The one background-task helper: run work off the GUI thread, get results back on it.

Work runs on named lanes, each a single worker thread, so everything touching the store
(``STORE``) is serialised on one thread and a Session never crosses threads. Results and
errors come back through a queued signal and the callbacks run on the GUI thread, later, in
the order the work finished — never inside ``run()`` itself, even when the work is already
done by the time ``run()`` hands it its callback (on a busy machine the GUI thread can be
paused between the two; the callback then ran at once, before earlier results still queued,
so an older reading could overwrite a newer one, and code after ``run()`` saw the result
before it expected it).

Tests that want determinism use ``ImmediateTaskRunner``, which runs the work inline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

STORE = "store"  # all database work, including unlock (key derivation + open)
GENERAL = "general"  # CPU or file work that does not touch the store
SYNC = "sync"  # one sync or enrolment at a time: network waits, short transactions of its own

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on worker lanes.

    Signals:
        busy_changed(bool): True while any task is queued or running.
        unhandled_error(object): an exception no ``on_error`` callback took.
        lane_done(str): a task of that lane finished (after its callback); the sync status
            follows saves by it without a hook in every page.
    """

    busy_changed = Signal(bool)
    unhandled_error = Signal(object)
    lane_done = Signal(str)
    _finished = Signal(object, object, object, object, str)  # on_success, on_error, result, error, lane

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._pending = 0
        # Queued also when emitted from this thread (work done before its callback was added).
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def _lane(self, name: str) -> ThreadPoolExecutor:
        if name not in self._lanes:
            self._lanes[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sopiva-{name}")
        return self._lanes[name]

    def run(self, work: Callable[[], Any], *, on_success: Callback | None = None,
            on_error: ErrorCallback | None = None, lane: str = STORE) -> None:
        """Queue ``work`` on ``lane``; ``on_success(result)`` or ``on_error(exc)`` run on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._lane(lane).submit(work)

        def done(f: Future[Any]) -> None:
            error = f.exception()
            self._finished.emit(on_success, on_error, None if error else f.result(), error, lane)

        future.add_done_callback(done)

    @Slot(object, object, object, object, str)
    def _on_finished(self, on_success: Callback | None, on_error: ErrorCallback | None,
                     result: Any, error: BaseException | None, lane: str = STORE) -> None:
        self._pending -= 1
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    self.unhandled_error.emit(error)
            elif on_success is not None:
                on_success(result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)
            self.lane_done.emit(lane)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self) -> None:
        """Block until queued work has run (used on quit and lock, never in normal flow)."""
        for lane in self._lanes.values():
            lane.submit(lambda: None).result()

    def wait_lane(self, lane: str) -> None:
        """Block until what is queued on ``lane`` has run. Called from another lane (the store
        lane closing the store waits for a cancelled sync to reach its next stopping point)."""
        executor = self._lanes.get(lane)
        if executor is not None:
            executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        for lane in self._lanes.values():
            lane.shutdown(wait=True)
        self._lanes.clear()


class ImmediateTaskRunner(TaskRunner):
    """Runs work inline on the calling thread: deterministic tests, same callback contract."""

    def run(self, work: Callable[[], Any], *, on_success: Callback | None = None,
            on_error: ErrorCallback | None = None, lane: str = STORE) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - handed to the same error path as real runs
            self._on_finished(on_success, on_error, None, error, lane)
        else:
            self._on_finished(on_success, on_error, result, None, lane)
