"""The office print station in the app: a profile enrolled as an office user opens on the print
queue, prints a job a counsellor marked on the road through the system's print dialog (patched
here), and the "printed by whom and when" mark reaches the counsellor's laptop — over a real
``sopiva-central serve`` process (SQLite) and the real sync engine."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter

from sopiva_desk.central import db as central_db
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.document_preview import DocumentPreviewDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.pages.print_queue import PrintQueuePage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import SyncEngine
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.workspace import Workspace
from tests.central.helpers import add_user, issue_code
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF
from tests.sync.conftest import Central, start_central, stop_central
from tests.sync.test_print_station import NEW, OLD, pdf_text

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 20000


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    url = central_db.sqlite_url(tmp_path)
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    running = start_central(url, tmp_path / "central.log")
    yield running
    stop_central(running)


class Profiles:
    """Profiles of their own data folders, enrolled with the central server; closed at the end."""

    def __init__(self, root: Path, central: Central) -> None:
        self.root, self.central = root, central
        self.opened: list[Workspace] = []

    def enrolled(self, name: str, role: str = "counsellor") -> tuple[ProfileService, str]:
        service = ProfileService(self.root / name, kdf=FAST_KDF)
        profile = service.create_profile(name, DEMO_PASSPHRASE, DEMO_PASSPHRASE)
        workspace = self.unlock(service, profile.profile_id)
        user_id = add_user(self.central.database, name, role, "Itä")
        EnrolmentService(workspace.db).enrol(self.central.url, issue_code(self.central.database, user_id),
                                             allow_insecure_loopback=True)
        workspace.close()  # the role counts from the next unlock
        return service, profile.profile_id

    def unlock(self, service: ProfileService, profile_id: str) -> Workspace:
        workspace = service.unlock(profile_id, DEMO_PASSPHRASE)
        self.opened.append(workspace)
        return workspace


@pytest.fixture
def profiles(tmp_path: Path, central: Central) -> Iterator[Profiles]:
    made = Profiles(tmp_path, central)
    yield made
    for workspace in made.opened:
        workspace.close()


def _sync(workspace: Workspace) -> None:
    SyncEngine(workspace.db, workspace.actor).sync()


@pytest.fixture
def runners() -> Iterator[list[TaskRunner]]:
    made: list[TaskRunner] = []
    yield made
    for runner in made:
        runner.shutdown()


def _window(qtbot: Any, service: ProfileService, workspace: Workspace, runners: list[TaskRunner]) -> MainWindow:
    runner = TaskRunner()
    runners.append(runner)
    context = AppContext(service, runner, ui_language="en")
    context.set_workspace(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_station_prints_a_job_and_the_mark_reaches_the_counsellor(
        qtbot: Any, profiles: Profiles, runners: list[TaskRunner], client_values: dict[str, object],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    road_service, road_id = profiles.enrolled("Olli Ohjaaja")
    station_service, station_id = profiles.enrolled("Tiina Toimisto", "office")
    road = profiles.unlock(road_service, road_id)
    client_id = road.clients.create_client(client_values)
    plan = road.plans.start_draft(client_id)
    plan = road.plans.add_goal(plan.id, {"client_words": OLD, "life_domain": "housing"})
    job = road.print_queue.queue("client_plan", plan.id, "fi")
    road.plans.update_goal(plan.id, plan.plan.goals[0].id, "client_words", NEW)
    _sync(road)

    station = profiles.unlock(station_service, station_id)
    assert station.print_station and not road.print_station
    _sync(station)
    window = _window(qtbot, station_service, station, runners)
    page: PrintQueuePage = window.print_queue
    assert window.stack.currentWidget() is page and window.print_station
    hidden = {a.text() for a in window.findChildren(QAction) if not a.isVisible()}
    assert {"&Today", "&Caseload", "Personal &budgets overview"} <= hidden
    assert not page.back_button.isVisible()
    qtbot.waitUntil(lambda: len(page.jobs()) == 1, timeout=TIMEOUT)
    assert page.jobs()[0].client_name == "Aino Maria Virtanen"
    assert page.subline_label.text().startswith("Documents counsellors of your unit marked")

    printed_to = tmp_path / "paper.pdf"

    def choose_printer(_parent: Any, printer: QPrinter, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        return pages >= 1

    monkeypatch.setattr(prompts, "choose_printer", choose_printer)
    page.select(0)
    page.print_button.click()
    dialog = page.findChild(DocumentPreviewDialog)
    assert dialog is not None and not dialog.disclosure_button.isVisible() and not dialog.queue_button.isVisible()
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as printed:
        pass
    document = printed.args[0]
    text = pdf_text(document.pdf)
    assert OLD in text and NEW not in text  # the version the counsellor queued
    assert printed_to.stat().st_size > 0
    qtbot.waitUntil(lambda: page.jobs() == [], timeout=TIMEOUT)
    assert page.queued_radio.text() == "To print (0)"
    page.show_printed(True)
    assert [j.printed_by_name for j in page.jobs()] == ["Tiina Toimisto"]
    assert not page.preview_button.isEnabled()  # the station keeps no document data once printed
    dialog.reject()
    for runner in runners:
        qtbot.waitUntil(lambda runner=runner: not runner.busy, timeout=TIMEOUT)
    _sync(station)

    _sync(road)
    counsellor = _window(qtbot, road_service, road, runners)
    assert counsellor.stack.currentWidget() is counsellor.today and not counsellor.print_station
    counsellor.show_print_queue()
    queue = counsellor.print_queue
    queue.show_printed(True)
    qtbot.waitUntil(lambda: len(queue.jobs()) == 1, timeout=TIMEOUT)
    (mark,) = queue.jobs()
    assert (mark.id, mark.printed_by_name) == (job.id, "Tiina Toimisto") and mark.printed_at is not None
    row = [queue.proxy.index(0, column).data() for column in range(queue.proxy.columnCount())
           if not queue.view.isColumnHidden(column)]
    assert "Tiina Toimisto" in row and row[-1]  # printed by whom, and when
    assert uuid.UUID(str(mark.record_id)) == plan.id
    qtbot.waitUntil(lambda: all(not r.busy for r in runners), timeout=TIMEOUT)
