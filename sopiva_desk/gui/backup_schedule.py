"""When automatic backups run (services/backup.py decides whether one is due).

While a profile is unlocked: one check a minute after unlock, then every quarter of an hour;
and once more on the store lane before the store closes on lock and on quit, so a laptop that is
only ever opened briefly still gets its backups. Each check runs on the store lane, after any
queued saves, and never blocks the GUI thread. A failure is recorded in the store (Settings →
Backups shows it) and said in the status bar by ``failed``; the next check tries again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import message
from sopiva_desk.services.errors import KnownError

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
CHECK_EVERY_MS = 15 * 60_000


def back_up_if_due(workspace: object) -> None:
    """For the store lane before the store closes: a due backup, its failure only recorded."""
    try:
        workspace.backups.run_if_due()  # type: ignore[attr-defined]
    except KnownError as err:
        log.warning("automatic backup failed: %s", err.key)  # the key only: a path can name a person


class BackupScheduler(QObject):
    """Signals:
        failed(str): an automatic backup failed; the friendly reason.
        made(): an automatic backup was written.
    """

    failed = Signal(str)
    made = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start(FIRST_CHECK_MS)

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        self._timer.start(CHECK_EVERY_MS)
        if not self.context.unlocked:
            return
        workspace = self.context.workspace

        def done(written: object) -> None:
            if written is not None:
                self.made.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, KnownError):
                self.failed.emit(self.tr("Automatic backup failed: {reason}").format(
                    reason=message(error.key, error.params)))

        self.context.run(lambda: workspace.backups.run_if_due(), parent=None, on_success=done,
                         on_failure=failed, quiet=True)
