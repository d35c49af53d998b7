"""The caseload list as the counsellor follows it: the chosen client stays chosen (and where it
was on screen) through searches, edits and sorting; a long list waits for the next key."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from sopiva_desk.gui.models.caseload_model import CaseloadFilterProxy, CaseloadModel, Column
from sopiva_desk.gui.pages import caseload
from sopiva_desk.gui.pages.caseload import CaseloadPage, search_delay_ms
from sopiva_desk.services import demo
from sopiva_desk.services.clients import CaseloadRow
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_caseload import clients, make_page, names, page, sample_rows, shown_names, type_search

__all__ = ["clients", "page"]  # fixtures of the caseload page tests, used here too

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def choose(view: QTableView, index: Any) -> None:
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def chosen(view: QTableView, proxy: CaseloadFilterProxy) -> uuid.UUID | None:
    return proxy.client_id(view.currentIndex())


def test_the_chosen_client_stays_chosen_through_searches_edits_and_sorting(qtbot: Any) -> None:
    model = CaseloadModel("fi")
    rows = sample_rows()
    model.set_rows(rows)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    eetu = next(r for r in rows if r.first_names == "Eetu")
    choose(view, proxy.index_of(eetu.id))
    proxy.set_search_text("virtanen")  # Eetu still matches: still chosen, now on another row
    assert names(proxy) == ["Virtanen, Aino Maria", "Virtanen, Eetu"]
    assert chosen(view, proxy) == eetu.id and view.currentIndex().row() == 1
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    proxy.set_search_text("virtanen ee")
    assert chosen(view, proxy) == eetu.id and view.currentIndex().row() == 0
    renamed = CaseloadRow(eetu.id, "Aalto-Virtanen", "Eetu", eetu.identifier, eetu.birth_date,
                          eetu.municipality_code, eetu.status, eetu.own_worker)
    proxy.set_search_text("virtanen")
    model.upsert_row(renamed)  # moves to the top of the list: still the chosen one
    assert names(proxy)[0] == "Aalto-Virtanen, Eetu" and chosen(view, proxy) == eetu.id
    proxy.sort(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    assert chosen(view, proxy) == eetu.id
    proxy.set_search_text("aino")  # no longer listed: nothing chosen, nothing wrong chosen
    assert chosen(view, proxy) is None and not view.selectionModel().hasSelection()
    model.remove_row(next(r.id for r in rows if r.first_names == "Aino Maria"))
    assert proxy.rowCount() == 0


@pytest.fixture
def long_page(qtbot: Any, profile_service: ProfileService, workspace: Workspace) -> CaseloadPage:
    """A page over 150 clients, all the counsellor's own, so the list scrolls."""
    workspace.clients.create_clients([client | {"own_worker": workspace.actor.user_name}
                                      for client, _ in demo.demo_clients(150, seed=4)])
    page = make_page(qtbot, profile_service, workspace)
    page.reload()
    assert page.proxy.rowCount() == 150
    return page


def test_a_search_keeps_the_chosen_client_where_it_was_on_screen(qtbot: Any, long_page: CaseloadPage) -> None:
    page, view = long_page, long_page.view
    view.verticalScrollBar().setValue(60)
    target = page.proxy.index(66, 0)  # on screen, six rows down
    choose(view, target)
    client_id = page.current_client_id()
    assert client_id is not None
    height = view.visualRect(target).top()
    last_name = target.data().split(",")[0]
    type_search(qtbot, page, last_name[:2])
    current = view.currentIndex()
    assert page.current_client_id() == client_id
    if current.row() >= 6:  # room above it: at the very same height on screen
        assert view.visualRect(current).top() == height
    assert view.visualRect(current).intersects(view.viewport().rect())
    height = view.visualRect(current).top()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # the whole list again, the client where it was
    assert page.current_client_id() == client_id and view.visualRect(view.currentIndex()).top() == height
    assert view.currentIndex().row() == target.row()


def test_a_search_without_a_chosen_client_shows_the_top_of_the_list(qtbot: Any, long_page: CaseloadPage) -> None:
    view = long_page.view
    view.scrollToBottom()
    assert view.verticalScrollBar().value() > 0
    type_search(qtbot, long_page, "a")
    assert view.verticalScrollBar().value() == 0 and view.rowAt(0) == 0


def test_a_long_list_waits_for_the_next_key_and_enter_does_not(qtbot: Any, page: CaseloadPage,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               clients: dict[str, uuid.UUID]) -> None:
    monkeypatch.setattr(caseload, "search_delay_ms", lambda rows: 60_000)  # as for a very long list
    layouts: list[int] = []
    page.proxy.layoutChanged.connect(lambda *_: layouts.append(1))
    qtbot.keyClicks(page.search_edit, "virtanen")
    assert page.search_pending and page.search_delay_ms == 60_000
    assert len(shown_names(page)) == 7 and layouts == []  # not yet: more keys may come
    page._search_timer.setInterval(1)  # the delay runs out
    page._search_timer.start()
    qtbot.waitUntil(lambda: not page.search_pending)
    assert shown_names(page) == ["Virtanen, Aino Maria", "Virtanen, Eetu"] and len(layouts) == 1  # once
    assert page.count_label.text() == "2 of your 7 clients"
    qtbot.keyClicks(page.search_edit, " ee")
    assert page.search_pending
    with qtbot.waitSignal(page.client_activated) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # applies what was typed, then opens the one match
    assert opened.args == [clients["Virtanen, Eetu"]] and not page.search_pending


def test_only_long_lists_wait() -> None:
    assert search_delay_ms(0) == search_delay_ms(10_000) == search_delay_ms(19_999) == 0
    assert 0 < search_delay_ms(100_000) <= 40 and search_delay_ms(1_000_000) <= 40
