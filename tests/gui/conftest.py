"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Collect a finished test's reference cycles here, between tests. Left to chance, Python's
    cycle collector may free a test's controller (and the app-wide event filters it owns) in
    the middle of a later test's event dispatch, inside one of those filters: a crash."""
    yield
    gc.collect()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every error dialog the test caused (none is shown)."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def runner(workspace: Workspace) -> Iterator[TaskRunner]:
    """The real runner; it depends on ``workspace`` so it stops before the workspace closes."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def context(profile_service: ProfileService, workspace: Workspace, runner: TaskRunner) -> AppContext:
    """An unlocked app context in English on the real runner (tests may define their own)."""
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    return context
