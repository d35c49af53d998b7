"""The organisation view: summary strip, sorting by value, the name filter, opening a budget or
a client, whole column titles in Finnish and Swedish, and "Export CSV…" with its file picker,
status message and error dialog."""

from __future__ import annotations

import csv
import errno
import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from sqlalchemy import select

from sopiva_desk.gui import i18n, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.organisation_model import Column, OrganisationModel
from sopiva_desk.gui.pages.organisation import OrganisationPage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.protocol.access_chain import clients_digest
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

TIMEOUT = 5000
TODAY = date(2026, 7, 2)
START, END = date(2026, 1, 1), date(2026, 12, 31)


def hb_client(workspace: Workspace, first: str, last: str, hetu: str, hours: str, used_cents: int = 0) -> uuid.UUID:
    """A client whose plan asks for 100 h coaching, with a decided 2026 budget of ``hours`` h."""
    client_id = workspace.clients.create_client({"first_names": first, "last_name": last, "hetu": hetu,
                                                 "municipality_code": "491"})
    plan = workspace.plans.start_draft(client_id)
    goal = workspace.plans.add_goal(plan.id, {"client_words": "Oma koti", "life_domain": "housing"})
    workspace.plans.add_support(plan.id, goal.content["goals"][0]["id"], {
        "service_code": "sd-coaching", "quantity": "100", "arranging_method": "personal_budget"})
    budget = workspace.budgets.create_for_plan(plan.id, START, END)  # starts with the support's line
    line = workspace.budgets.set_line(budget.id, budget.budget.lines[0].id, {
        "quantity": hours, "arranging_method": "payment_commitment"}).line_id
    workspace.budgets.set_justification(budget.id, "Tarve kasvoi")
    workspace.budgets.decide(budget.id, START)
    if used_cents:
        workspace.budgets.record_use(budget.id, {"used_on": "2026-03-01", "provider": "Valmennus Oy",
                                                 "budget_line_id": line, "units": "5", "amount_cents": used_cents})
    return client_id


@pytest.fixture
def clients(workspace: Workspace) -> dict[str, uuid.UUID]:
    return {
        "virtanen": hb_client(workspace, "Aino", "Virtanen", "131052-308T", "80", used_cents=35250),
        "aalto": hb_client(workspace, "Eino", "Aalto", "010101-123N", "120"),
        "ohman": hb_client(workspace, "Åsa", "Öhman", "010203A1230", "9"),  # 9 h: sorts below 80 h, not as text
    }


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
         clients: dict[str, uuid.UUID]) -> Iterator[OrganisationPage]:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    page = OrganisationPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    assert page.busy_bar.isVisibleTo(page) and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=TIMEOUT)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def names(page: OrganisationPage) -> list[str]:
    return [page.proxy.index(row, Column.NAME).data() for row in range(page.proxy.rowCount())]


def test_summary_and_rows(page: OrganisationPage) -> None:
    assert not page.busy_bar.isVisibleTo(page) and page.export_button.isEnabled()
    assert names(page) == ["Aalto Eino", "Virtanen Aino", "Öhman Åsa"]  # Finnish order: ö last
    summary = {key: label.text() for key, label in page.summary.items()}
    assert summary["clients"] == "3"
    assert summary["reference"] == "21\u00a0150,00\u00a0€"  # 3 × 100 h × 70,50 €
    assert summary["allocation"] == "14\u00a0734,50\u00a0€"  # (80 + 120 + 9) h
    assert summary["difference"] == "-6\u00a0415,50\u00a0€"  # en: ASCII minus
    assert summary["cost_neutral"] == "2 of 3 (1 over)"
    assert summary["attainment"] == "—"
    assert page.date_label.text() == "Budgets in force on 2.7.2026"
    aalto = [page.proxy.index(0, column).data() for column in Column]
    assert aalto[Column.STATE] == "Decided" and aalto[Column.PERIOD] == "1.1.2026–31.12.2026"
    assert aalto[Column.DIFFERENCE] == "▲ +1\u00a0410,00\u00a0€"  # over: a mark and a sign, not colour alone
    assert page.proxy.index(0, Column.DIFFERENCE).data(Qt.ItemDataRole.ToolTipRole).startswith("Over the reference")
    assert aalto[Column.USE] == "0\u00a0%" and aalto[Column.ATTAINMENT] == "—"
    virtanen = [page.proxy.index(1, column).data() for column in Column]
    assert virtanen[Column.REALISED] == "352,50\u00a0€" and virtanen[Column.USE] == "6\u00a0%"
    assert page.count_label.text() == "3 clients"


def test_sorting_uses_the_values(page: OrganisationPage) -> None:
    page.view.sortByColumn(Column.ALLOCATION, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Öhman Åsa", "Virtanen Aino", "Aalto Eino"]  # 634,50 < 5 640 < 8 460
    page.view.sortByColumn(Column.DIFFERENCE, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Aalto Eino", "Virtanen Aino", "Öhman Åsa"]
    page.view.sortByColumn(Column.REALISED, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Virtanen Aino"


def test_filter_by_name_and_open_a_budget_or_the_client_file(qtbot: Any, page: OrganisationPage,
                                                             clients: dict[str, uuid.UUID]) -> None:
    """A row is a budget: Enter and a double-click open it (not the client's basic details);
    "Open client file" opens the client."""
    assert page.overview is not None
    budget_of = {row.client_id: row.budget_id for row in page.overview.rows}
    qtbot.keyClicks(page.filter_edit, "ÖHM")  # case does not matter (ö stays a letter of its own)
    assert names(page) == ["Öhman Åsa"] and page.count_label.text() == "1 of 3 clients"
    page.filter_edit.clear()
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(1, Column.STATE))
    with qtbot.waitSignal(page.budget_activated) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [budget_of[clients["virtanen"]]]
    with qtbot.waitSignal(page.budget_activated) as opened:
        page.view.doubleClicked.emit(page.proxy.index(0, Column.NAME))
    assert opened.args == [budget_of[clients["aalto"]]]
    with qtbot.assertNotEmitted(page.client_activated):
        page.view.doubleClicked.emit(page.proxy.index(0, Column.NAME))
    assert page.open_client_button.isEnabled() and page.open_budget_button.isEnabled()
    with qtbot.waitSignal(page.client_activated) as opened:
        page.open_client_button.click()
    assert opened.args == [clients["virtanen"]]  # the current row
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.view, Qt.Key.Key_Escape)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_column_title_is_cut(qtbot: Any, page: OrganisationPage, language: str) -> None:
    """Finnish and Swedish titles ("Käyttö budjetoidusta", "Tavoitteiden saavuttamisen muutos") are
    broken onto two lines and their columns are wide enough for each line, at 1366 px."""
    i18n.install(language)
    try:
        page.changeEvent(QEvent(QEvent.Type.LanguageChange))
        header = page.view.horizontalHeader()
        metrics = header.fontMetrics()
        titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
        assert titles[0] != "Client"  # translated
        assert any("\n" in title for title in titles)
        for column, title in enumerate(titles):
            for line in title.split("\n"):
                assert metrics.horizontalAdvance(line) + 16 <= header.sectionSize(column), (line, column)
        assert header.sizeHint().height() >= 2 * metrics.height()
        # Qt would elide "Odotettu tähän\nmennessä" as one line ("…\nm…"): the lines fit instead
        assert header.textElideMode() == Qt.TextElideMode.ElideNone
        assert sum(header.sectionSize(c) for c in range(len(titles))) <= page.view.viewport().width()  # no scrolling
    finally:
        i18n.install("en")
        page.changeEvent(QEvent(QEvent.Type.LanguageChange))


def test_export_writes_the_chosen_file(qtbot: Any, page: OrganisationPage, workspace: Workspace, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def choose(_parent: Any, _title: str, name: str, _filter: str) -> str:
        asked.append(name)
        return str(tmp_path / "yhteenveto")  # no suffix typed: .csv is added

    monkeypatch.setattr(prompts, "choose_save_path", choose)
    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT) as done:
        page.export_button.click()
    assert Path(asked[0]).name == "pb-overview-2026-07-02.csv"
    assert done.args == ["CSV saved: yhteenveto.csv. Client rows: 3."]
    assert page.status_label.text() == done.args[0]
    with open(tmp_path / "yhteenveto.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Client", "State", "Period start", "Period end"] and len(rows) == 4
    assert rows[1][:8] == ["Aalto Eino", "Decided", "2026-01-01", "2026-12-31", "7050,00", "8460,00", "1410,00",
                           "no"]


def test_cancelled_picker_exports_nothing(page: OrganisationPage, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "choose_save_path", lambda *_args: "")
    page.export_button.click()
    assert page.status_label.text() == "" and not page.busy_bar.isVisibleTo(page)


def test_a_full_disk_gives_a_friendly_dialog(qtbot: Any, page: OrganisationPage, runner: TaskRunner,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, title, text: shown.append(f"{title}: {text}"))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(os, "fsync", full)
    page.export_to(folder / "out.csv")
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert shown[0].startswith("CSV not saved: The disk is full")
    assert list(folder.iterdir()) == [] and page.status_label.text() == ""
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=TIMEOUT)


def test_lock_clears_the_page(page: OrganisationPage) -> None:
    page._context.set_workspace(None)  # noqa: SLF001 - what the lock does
    assert page.model.rowCount() == 0 and page.summary["clients"].text() == "—"
    assert not page.export_button.isEnabled()


def test_model_is_sound(qtmodeltester: Any, page: OrganisationPage) -> None:
    model = OrganisationModel("fi")
    model.set_rows(page.overview.rows if page.overview else [])
    qtmodeltester.check(model)
    qtmodeltester.check(page.proxy)


def test_the_model_sorts_itself_empty_cells_last_and_ties_by_name(qtmodeltester: Any, page: OrganisationPage) -> None:
    """Sorting is the model's own (a proxy calling lessThan was most of the view's time)."""
    import dataclasses

    from sopiva_desk.gui.models.organisation_model import OrganisationModel

    assert page.overview is not None
    first = page.overview.rows[0]
    rows = [dataclasses.replace(first, client_name=name, goal_attainment_change=change)
            for name, change in (("Bäck Ulla", 0.5), ("Aho Aino", None), ("Öhman Åsa", 0.5), ("Cedar Cyd", -1.0))]
    model = OrganisationModel("fi")
    model.set_rows(rows)
    model.sort(Column.ATTAINMENT, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).client_name for r in range(4)] == ["Cedar Cyd", "Bäck Ulla", "Öhman Åsa", "Aho Aino"]
    model.sort(Column.ATTAINMENT, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).client_name for r in range(4)] == ["Bäck Ulla", "Öhman Åsa", "Cedar Cyd", "Aho Aino"]
    model.set_rows(list(reversed(rows)))  # new rows keep the chosen order
    assert [model.row_at(r).client_name for r in range(4)] == ["Bäck Ulla", "Öhman Åsa", "Cedar Cyd", "Aho Aino"]
    qtmodeltester.check(model)


def test_the_overview_names_every_client_it_shows(qtbot: Any, page: OrganisationPage, workspace: Workspace,
                                                  clients: dict[str, uuid.UUID], runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    with workspace.db.read() as session:
        (entry,) = session.scalars(select(AccessLogEntry)
                                   .where(AccessLogEntry.record_type == "budget_overview")).all()
    assert (entry.action, entry.clients) == ("view", clients_digest(clients.values()))
    for client_id in clients.values():  # each client's own log shows the overview
        assert [e.record_type for e in workspace.access_log.for_client(client_id) if e.listing] == ["budget_overview"]
