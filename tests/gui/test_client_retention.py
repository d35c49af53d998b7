"""The client file's retention note and the export of the client's data, as the counsellor sees them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain.retention import add_years
from sopiva_desk.gui import prompts
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_client_file import SAVE_TIMEOUT, open_page, wait_saved

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
         client_values: dict[str, object], dialogs: list[str]) -> Iterator[ClientFilePage]:
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.create_client({**client_values, "hetu": "010594Y9032", "last_name": "Vieraskoski"})
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)
    assert dialogs == []


def _choose_status(page: ClientFilePage, value: str) -> None:
    combo = page.ui.statusCombo
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a user's pick emits


def test_closing_shows_when_the_retention_ends_and_reopening_hides_it(qtbot: Any, page: ClientFilePage) -> None:
    note = page.ui.retentionNote
    assert not note.isVisible()
    _choose_status(page, "closed")
    wait_saved(qtbot, page)
    today = date.today()
    qtbot.waitUntil(note.isVisible, timeout=SAVE_TIMEOUT)
    assert format_date(today) in note.text() and format_date(add_years(today, 10)) in note.text()
    _choose_status(page, "active")
    wait_saved(qtbot, page)
    assert not note.isVisible()


def test_a_closed_client_opens_with_the_note(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
                                            runner: TaskRunner, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client({**client_values, "status": "closed"})
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    assert page.ui.retentionNote.isVisible()
    assert format_date(add_years(date.today(), 10)) in page.ui.retentionNote.text()
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)  # the tabs' loads, before the page goes


def test_the_export_button_writes_the_clients_file_and_says_so(qtbot: Any, page: ClientFilePage, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    told: list[str] = []

    def choose(parent: object, title: str, file_name: str, name_filter: str) -> str:
        asked.append(file_name)
        return str(tmp_path / "aino")  # typed without the extension

    monkeypatch.setattr(prompts, "choose_save_path", choose)
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    page.ui.exportClientButton.click()
    qtbot.waitUntil(lambda: bool(told), timeout=SAVE_TIMEOUT)
    assert asked == [f"client-data-{date.today().isoformat()}.json"]
    written = tmp_path / "aino.json"
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["client_id"] == str(page.client_id)
    assert "Vieraskoski" not in written.read_text(encoding="utf-8")
    assert "aino.json" in told[0] and "own request" in told[0]


def test_a_cancelled_file_picker_writes_nothing(qtbot: Any, page: ClientFilePage, tmp_path: Path, runner: TaskRunner,
                                                monkeypatch: pytest.MonkeyPatch, workspace: Workspace) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)  # the tabs' loads: the store is ours below
    monkeypatch.setattr(prompts, "choose_save_path", lambda *args: "")
    page.ui.exportClientButton.click()
    assert not runner.busy  # nothing was started
    assert list(tmp_path.glob("*.json")) == []
    assert not [e for e in workspace.access_log.for_display(uuid.UUID(str(page.client_id))).entries
                if e.action == "export"]


def test_the_access_log_names_the_export_in_words(qapp: Any) -> None:
    from sopiva_desk.gui.access_log_words import AccessLogWords

    assert AccessLogWords({}, "en").record("client_data", None) == (
        "All of the client's data, at the client's own request")


def test_the_file_menu_offers_the_export_only_in_a_client_file(
        qtbot: Any, context: Any, workspace: Workspace, client_values: dict[str, object], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sopiva_desk.gui.main_window import MainWindow

    client_id = workspace.clients.create_client(client_values)
    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.export_client_action
    assert not action.isEnabled()  # Today is shown: no client to export
    with qtbot.waitSignal(window.client_file.client_opened, timeout=SAVE_TIMEOUT):
        window._on_caseload_client_activated(client_id)
    assert action.isEnabled()
    told: list[str] = []
    monkeypatch.setattr(prompts, "choose_save_path", lambda *args: str(tmp_path / "tiedot.json"))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=SAVE_TIMEOUT)
    assert json.loads((tmp_path / "tiedot.json").read_text(encoding="utf-8"))["client_id"] == str(client_id)
    window.show_caseload()
    assert not action.isEnabled()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=SAVE_TIMEOUT)  # the pages' loads, before they go


def test_the_access_log_names_the_closing_day_in_words(qapp: Any, workspace: Workspace,
                                                       client_values: dict[str, object]) -> None:
    from tests.gui.test_access_log_words import rows

    client_id = workspace.clients.create_client(client_values)
    workspace.clients.update_client_field(client_id, "status", "closed")
    shown = rows(workspace, workspace.access_log.for_display(client_id), "en")
    assert ("Changed", "Client file", "Day the client-hood ended, Status") in shown, shown
