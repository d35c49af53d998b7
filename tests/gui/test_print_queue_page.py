"""The office print queue page: what is marked to print with who and when, Preview / Print /
Mark printed / Remove, the "Printed" list with who printed and when, and the View menu's
Ctrl+3."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.document_preview import DocumentPreviewDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.pages.print_queue import PrintQueuePage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.protocol.access_chain import clients_digest
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.documents.queue import PrintQueueService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 10000


@pytest.fixture
def plan_ids(workspace: Workspace, client_values: dict[str, object]) -> list[uuid.UUID]:
    ids = []
    for first, hetu in (("Aino Maria", "131052-308T"), ("Åsa", None)):
        client_id = workspace.clients.create_client({**client_values, "first_names": first, "hetu": hetu,
                                                     "temporary_id": None if hetu else "TMP-ASA-1"})
        plan = workspace.plans.start_draft(client_id)
        workspace.plans.add_goal(plan.id, {"client_words": "Oma koti", "life_domain": "housing"})
        ids.append(plan.id)
    road = PrintQueueService(workspace.db, Actor("road-1", "Kenttä Ohjaaja"))
    road.queue("client_plan", ids[0], "fi")
    road.queue("plain_plan", ids[1], "sv")
    return ids


@pytest.fixture
def page(qtbot: Any, context: AppContext, plan_ids: list[uuid.UUID], runner: TaskRunner) -> Iterator[PrintQueuePage]:
    page = PrintQueuePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.jobs()) == 2, timeout=TIMEOUT)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def cells(page: PrintQueuePage, row: int) -> list[str]:
    return [page.proxy.index(row, column).data() for column in range(page.proxy.columnCount())
            if not page.view.isColumnHidden(column)]


def test_the_queue_lists_client_document_language_and_who_marked_it(page: PrintQueuePage) -> None:
    assert cells(page, 0)[:4] == ["Aino Maria Virtanen", "Client plan (official)", "Finnish", "Kenttä Ohjaaja"]
    assert cells(page, 1)[:3] == ["Åsa Virtanen", "Plain-language plan for the client", "Swedish"]
    assert page.queued_radio.text() == "To print (2)"
    assert page.print_button.isEnabled() and page.remove_button.isEnabled()


def test_mark_printed_moves_the_job_to_printed_with_who_and_when(qtbot: Any, page: PrintQueuePage) -> None:
    page.select(0)
    page.printed_button.click()
    qtbot.waitUntil(lambda: len(page.jobs()) == 1, timeout=TIMEOUT)
    assert page.queued_radio.text() == "To print (1)"
    page.show_printed(True)
    assert [j.printed_by_name for j in page.jobs()] == ["Testi Ohjaaja"]
    row = cells(page, 0)
    assert row[0] == "Aino Maria Virtanen" and "Testi Ohjaaja" in row and row[-1]  # printed by and when
    assert not page.print_button.isVisible() and page.preview_button.isEnabled()


def test_remove_takes_the_job_off_after_asking(qtbot: Any, page: PrintQueuePage, workspace: Workspace) -> None:
    page.select(1)
    page.remove_button.click()  # the autouse fixture answers yes
    qtbot.waitUntil(lambda: len(page.jobs()) == 1, timeout=TIMEOUT)
    assert [j.kind for j in workspace.print_queue.pending()] == ["client_plan"]


def test_printing_from_the_queue_prints_in_the_marked_language_and_marks_it_printed(
        qtbot: Any, page: PrintQueuePage, workspace: Workspace, tmp_path: Path, runner: TaskRunner) -> None:
    page.select(1)
    dialog = page.preview()
    assert isinstance(dialog, DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=TIMEOUT)
    assert dialog.document is not None and dialog.document.language == "sv"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: len(page.jobs()) == 1, timeout=TIMEOUT)  # the page reloads after the print
    assert [j.kind for j in workspace.print_queue.printed()] == ["plain_plan"]
    dialog.reject()


def test_the_model_is_sound(qtmodeltester: Any, page: PrintQueuePage) -> None:
    qtmodeltester.check(page.model)


def test_ctrl_3_opens_the_print_queue(qtbot: Any, context: AppContext, plan_ids: list[uuid.UUID],
                                      runner: TaskRunner) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+3"))
    assert action.text() == "&Print queue"
    action.trigger()
    assert window.stack.currentWidget() is window.print_queue
    qtbot.waitUntil(lambda: len(window.print_queue.jobs()) == 2, timeout=TIMEOUT)
    qtbot.keyClick(window.print_queue.view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.caseload
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def test_opening_the_queue_is_one_listing_of_the_clients_in_it(qtbot: Any, page: PrintQueuePage,
                                                               workspace: Workspace, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    with workspace.db.read() as session:
        (entry,) = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "print_queue")).all()
    assert entry.clients == clients_digest({job.client_id for job in page.jobs()})
    assert entry.action == "list" and entry.client_id is None
