"""What every page and dialog is given: the task runner and the current workspace.

The workspace is replaced when the user unlocks again after a lock, so pages ask for it
at the moment work runs (inside the task) instead of keeping their own reference.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import errors
from sopiva_desk.gui.tasks import STORE, TaskRunner
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.profiles import ProfileService

if TYPE_CHECKING:
    from sopiva_desk.services.clients import ClientService
    from sopiva_desk.services.workspace import Workspace

log = logging.getLogger(__name__)


class WorkspaceLocked(Exception):
    """Work reached the store after the profile was locked; it is dropped, not reported."""


class AppContext(QObject):
    """Shared by the windows of one running app.

    Signals:
        workspace_changed(object): a workspace was opened (after unlock) or ``None`` on lock.
    """

    workspace_changed = Signal(object)

    def __init__(self, profiles: ProfileService, runner: TaskRunner, ui_language: str = "fi",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.runner = runner
        self.ui_language = ui_language
        self._workspace: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None or self._workspace.closed:
            raise WorkspaceLocked()
        return self._workspace

    @property
    def unlocked(self) -> bool:
        return self._workspace is not None and not self._workspace.closed

    def holds(self, workspace: Workspace) -> bool:
        """Whether ``workspace`` is the current one (open or already closed by a lock)."""
        return self._workspace is workspace

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.workspace_changed.emit(workspace)

    def clients(self) -> ClientService:
        return self.workspace.clients

    def run(self, work: Callable[[], Any], *, parent: QWidget | None,
            on_success: Callable[[Any], None] | None = None,
            on_invalid: Callable[[ValidationError], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            quiet: bool = False, lane: str = STORE) -> None:
        """Run store work in the background; validation problems go to ``on_invalid``, errors the
        user can act on get a friendly dialog over ``parent``, and bugs a crash report.

        ``quiet=True`` skips the dialog for errors the user can act on, for callers that show
        them in place (autosave puts "Not saved: disk full" in the page header instead of
        opening a dialog on every keystroke). Bugs are always reported.
        """

        def failed(error: BaseException) -> None:
            if isinstance(error, WorkspaceLocked):
                # Work that reached the store lane after the lock closed it (e.g. a list refresh
                # triggered by the last save). Pages reload after unlock, so it is dropped.
                log.debug("task dropped: the profile is locked")
                if on_failure is not None:
                    on_failure(error)
                return
            if isinstance(error, ValidationError) and on_invalid is not None:
                on_invalid(error)
                return
            if on_failure is not None:
                on_failure(error)
            if quiet and isinstance(error, KnownError):
                return
            errors.report(parent, error)

        self.runner.run(work, on_success=on_success, on_error=failed, lane=lane)
