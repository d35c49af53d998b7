"""The sync state in the client file header and on a record page: words, an icon and a tooltip,
following the saves; nothing at all for a profile that does not sync."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_client_file import open_page as open_client_file
from tests.gui.test_client_file import retype
from tests.gui.test_plan_page import open_page as open_plan_page
from tests.gui.test_plan_page import plan_id  # noqa: F401 - fixture
from tests.helpers.sync_state import add_conflict, enrol, pretend_synced

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """The English texts with their plural forms, whatever an earlier test left installed."""
    i18n.install("en")
TIMEOUT = 3000


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def _shown(page: ClientFilePage) -> str:
    label = page.sync_state
    return label.text.text() if label.isVisibleTo(page) else ""


def test_a_client_file_of_a_profile_that_does_not_sync_says_nothing_of_sync(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_id: uuid.UUID) -> None:
    page = open_client_file(qtbot, profile_service, workspace, runner, client_id)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert not page.sync_state.isVisibleTo(page)


def test_the_client_file_header_follows_saves_and_conflicts(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_id: uuid.UUID) -> None:
    enrol(workspace)
    page = open_client_file(qtbot, profile_service, workspace, runner, client_id)
    qtbot.waitUntil(lambda: _shown(page) == "Local only", timeout=TIMEOUT)
    assert page.sync_state.toolTip().startswith("Only on this computer")
    assert page.sync_state.icon.pixmap() is not None and not page.sync_state.icon.pixmap().isNull()
    pretend_synced(workspace)
    page.hide()
    page.show()  # back to the file from elsewhere: read again
    qtbot.waitUntil(lambda: _shown(page) == "Synced", timeout=TIMEOUT)
    retype(qtbot, page.ui.phoneEdit, "050 765 4321")
    qtbot.waitUntil(lambda: _shown(page) == "Changed since sync", timeout=TIMEOUT)
    assert page.sync_state.toolTip() == "Changes waiting to be sent: 1"
    add_conflict(workspace, "client", client_id, client_id)
    page.sync_state.refresh()
    qtbot.waitUntil(lambda: _shown(page) == "In conflict", timeout=TIMEOUT)
    assert page.sync_state.toolTip().splitlines()[0] == "Conflicts waiting for someone to decide: 1"


def test_a_plan_page_shows_the_versions_state_and_follows_its_saves(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace,
        plan_id: uuid.UUID) -> None:  # noqa: F811 - the fixture
    enrol(workspace)
    pretend_synced(workspace)
    page = open_plan_page(qtbot, context, plan_id)
    label = page.sync_label
    qtbot.waitUntil(lambda: label.isVisibleTo(page) and label.text.text() == "Synced", timeout=TIMEOUT)
    assert label.toolTip() == "This record is on the central records server as it is here."
    qtbot.keyClicks(page.form.editors["meeting_place"], "Asiakkaan koti")
    page.flush()
    qtbot.waitUntil(lambda: label.text.text() == "Changed since sync", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
