"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace


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
