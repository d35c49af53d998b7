"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sopiva_desk.gui import prompts
from sopiva_desk.gui.tasks import TaskRunner
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
