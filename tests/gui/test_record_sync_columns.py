"""The sync state of each version in the client file's lists (visits, assessments, sessions, plan
versions, budgets, reviews): in words with an icon and a tooltip, following a real sync against a
real ``sopiva-central`` (local only → synced → changed since sync → in conflict), and nothing of
sync for a profile that does not sync."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.sync_column import SyncStateColumn
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import FAST_KDF
from tests.gui.test_client_file import open_page
from tests.sync.conftest import (  # noqa: F401 - fixtures used here
    Central,
    Laptop,
    central,
    db_url,
    make_laptop,
    pg_cluster,
    pg_shared_url,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TIMEOUT = 20_000
TEMPLATE_ID = "vammaispalvelut-pta"
ANSWER = "housing.client_view"


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """English with its plural forms, whatever an earlier test left installed."""
    i18n.install("en")


def _state(view: QTableView, record_id: uuid.UUID) -> str:
    """The sync cell of ``record_id``'s row as the counsellor sees it ("" while the column is hidden)."""
    model = view.model()
    assert isinstance(model, SyncStateColumn)
    if view.isColumnHidden(model.SYNC):
        return ""
    row = model.row_of(record_id)
    return model.index(row, model.SYNC).data() or "" if row >= 0 else ""


def _cell(view: QTableView, record_id: uuid.UUID, role: Qt.ItemDataRole) -> Any:
    model = view.model()
    return model.index(model.row_of(record_id), model.SYNC).data(role)  # type: ignore[attr-defined]


def _not_cut(view: QTableView) -> None:
    """The column holds its heading and every state shown, icon and words, whole."""
    model = view.model()
    width = view.columnWidth(model.SYNC)  # type: ignore[attr-defined]
    assert width >= view.sizeHintForColumn(model.SYNC)  # type: ignore[attr-defined]
    assert width >= view.horizontalHeader().sectionSizeHint(model.SYNC)  # type: ignore[attr-defined]


@pytest.fixture
def laptops(central: Central, make_laptop: Callable[..., Laptop],  # noqa: F811
            client_values: dict[str, object]) -> tuple[Laptop, Laptop]:
    user_id = central.add_user("Olli Ohjaaja")
    return make_laptop("first", central, user_id), make_laptop("second", central, user_id)


@pytest.fixture
def window(laptops: tuple[Laptop, Laptop], qtbot: QtBot) -> Iterator[Any]:
    from sopiva_desk.gui.main_window import MainWindow

    runner = TaskRunner()
    context = AppContext(ProfileService(laptops[0].data_dir, kdf=FAST_KDF), runner, ui_language="en")
    context.set_workspace(laptops[0].workspace)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1366, 728)
    main.show()
    yield main
    main.sync.prepare_for_lock()
    runner.shutdown()


def _sync(qtbot: QtBot, window: Any) -> None:
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000):
        window.sync.sync_action.trigger()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_each_version_in_the_lists_follows_sync_edits_and_a_conflict(
        laptops: tuple[Laptop, Laptop], window: Any, qtbot: QtBot, client_values: dict[str, object],
        dialogs: list[str]) -> None:
    first, second = laptops
    ws = first.workspace
    client_id = ws.clients.create_client(client_values)
    assessment = ws.assessments.start(client_id, TEMPLATE_ID)
    ws.assessments.answer(assessment.id, ANSWER, "Haluan asua omassa kodissa.")
    plan = ws.plans.start_draft(client_id)
    visit = ws.visits.start_visit(client_id, "home_visit", "Koti")

    window.caseload.client_activated.emit(client_id)
    assessments, plans = window.client_file.assessments_tab, window.client_file.plan_tab
    lists = {"assessment": (assessments.view, assessment.id), "plan": (plans.plans_view, plan.id),
             "visit": (assessments.visits_view, visit.id)}

    def states() -> dict[str, str]:
        return {name: _state(view, record_id) for name, (view, record_id) in lists.items()}

    # Never sent: only on this computer.
    qtbot.waitUntil(lambda: states() == dict.fromkeys(lists, "Local only"), timeout=TIMEOUT)
    assert _cell(assessments.view, assessment.id, Qt.ItemDataRole.ToolTipRole).startswith(
        "This record is only on this computer")
    assert _cell(plans.plans_view, plan.id, Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour
    for view, _record_id in lists.values():
        _not_cut(view)

    # Sent: synced, read again when the sync finishes.
    _sync(qtbot, window)
    qtbot.waitUntil(lambda: states() == dict.fromkeys(lists, "Synced"), timeout=TIMEOUT)
    assert _cell(plans.plans_view, plan.id, Qt.ItemDataRole.ToolTipRole) == (
        "This record is on the central records server as it is here.")

    # Edited on the record pages: changed since sync, read again on the way back to the file.
    assessments.open_assessment_requested.emit(assessment.id)
    ws.assessments.answer(assessment.id, ANSWER, "Haluan asua omassa kodissa Mikkelissä.")
    window.assessment.back_requested.emit()
    plans.open_plan_requested.emit(plan.id)
    ws.plans.set_field(plan.id, "meeting_place", "Asiakkaan koti")
    window.plan.back_requested.emit()
    qtbot.waitUntil(lambda: states() == {"assessment": "Changed since sync", "plan": "Changed since sync",
                                         "visit": "Synced"}, timeout=TIMEOUT)
    assert _cell(assessments.view, assessment.id, Qt.ItemDataRole.ToolTipRole) == "Changes waiting to be sent: 1"
    for view, _record_id in lists.values():
        _not_cut(view)

    # The same answer changed on the other laptop and sent first: this laptop's sync meets a conflict.
    second.sync()
    second.workspace.assessments.answer(assessment.id, ANSWER, "Haluan asua tukiasunnossa.")
    assert second.sync().outcomes["applied"] >= 1  # its change reached the server first
    _sync(qtbot, window)
    qtbot.waitUntil(lambda: states() == {"assessment": "In conflict", "plan": "Synced", "visit": "Synced"},
                    timeout=TIMEOUT)
    assert _cell(assessments.view, assessment.id, Qt.ItemDataRole.ToolTipRole).splitlines()[0] == (
        "Conflicts waiting for someone to decide: 1")
    _not_cut(assessments.view)


def test_a_profile_that_does_not_sync_shows_no_sync_column(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.assessments.start(client_id, TEMPLATE_ID)
    workspace.plans.start_draft(client_id)
    workspace.visits.start_visit(client_id, "home_visit", "Koti")
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    assessments, plans = page.assessments_tab, page.plan_tab
    qtbot.waitUntil(lambda: assessments.model.rowCount() == 1 and plans.plans_model.rowCount() == 1
                    and assessments.visits_model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    for view in (assessments.visits_view, assessments.view, assessments.sessions_view, plans.plans_view,
                 plans.budgets_view, plans.reviews_view):
        model = view.model()
        assert isinstance(model, SyncStateColumn) and view.isColumnHidden(model.SYNC) and not model.sync_enrolled
