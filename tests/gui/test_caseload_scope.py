"""The caseload's "My clients" and "All clients": the default, one click between them, the count,
and what the empty list says among my clients."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui.models.caseload_model import CaseloadFilterProxy, CaseloadModel
from sopiva_desk.services.clients import CaseloadRow
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_caseload import PEOPLE, caseload_row, make_page, names, raw_client, shown_names, type_search

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def shared(workspace: Workspace) -> dict[str, uuid.UUID]:
    """The clients of ``PEOPLE`` (all the counsellor's own) and two clients of other own workers."""
    ids = workspace.clients.create_clients([raw_client(*person) for person in PEOPLE])
    others = workspace.clients.create_clients([
        {**raw_client("Virtanen", "Ville", "TMP-OTHER-0001", date(1970, 1, 1), "491", "active"),
         "own_worker": "Sanna Laitinen"},
        {**raw_client("Lindqvist", "Elin", "TMP-OTHER-0002", date(1980, 1, 1), "178", "new"),
         "own_worker": "Jukka Hirvonen"},
    ])
    mine = {f"{p[0]}, {p[1]}": client_id for p, client_id in zip(PEOPLE, ids, strict=True)}
    return {**mine, "Virtanen, Ville": others[0], "Lindqvist, Elin": others[1]}


def test_my_clients_is_the_default_and_all_clients_one_click_away(qtbot: Any, profile_service: ProfileService,
                                                                   workspace: Workspace,
                                                                   shared: dict[str, uuid.UUID]) -> None:
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert page.scope == "mine" and page.mine_button.isChecked()
    assert "Virtanen, Ville" not in shown_names(page) and len(shown_names(page)) == 7
    assert page.count_label.text() == "7 of your 7 clients"
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert page.scope == "all" and {"Virtanen, Ville", "Lindqvist, Elin"} <= set(shown_names(page))
    assert page.count_label.text() == "9 of all 9 clients"
    type_search(qtbot, page, "virtanen")
    assert shown_names(page) == ["Virtanen, Aino Maria", "Virtanen, Eetu", "Virtanen, Ville"]
    page.clear()  # the app locks: the search is forgotten, the choice of clients is kept for the session
    page.reload()
    assert page.scope == "all" and page.search_edit.text() == ""
    qtbot.mouseClick(page.mine_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "7 of your 7 clients"


def test_no_match_among_my_clients_offers_to_search_all(qtbot: Any, profile_service: ProfileService,
                                                        workspace: Workspace, shared: dict[str, uuid.UUID]) -> None:
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    type_search(qtbot, page, "lindqvist")
    assert shown_names(page) == []
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text() == ("No client matches “lindqvist” among your clients.\n\n"
                                      "Search all clients? (Enter)")
    assert page.search_all_button.isVisible() and page.search_all_button.text() == "Search all clients"
    qtbot.mouseClick(page.search_all_button, Qt.MouseButton.LeftButton)
    assert page.scope == "all" and shown_names(page) == ["Lindqvist, Elin"]
    assert page.search_edit.text() == "lindqvist"  # the search is kept
    page.show_my_clients()
    with qtbot.waitSignal(page.client_activated) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # no match among mine: searches all
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # and the one match there opens
    assert opened.args == [shared["Lindqvist, Elin"]]
    type_search(qtbot, page, "nobody at all")
    assert page.empty_hint.text().startswith("No clients match the search.")
    assert not page.search_all_button.isVisible()


def test_a_counsellor_without_own_clients_is_told_so(qtbot: Any, profile_service: ProfileService,
                                                     workspace: Workspace) -> None:
    workspace.clients.create_client({**raw_client("Muu", "Asiakas", "TMP-OTHER-0003", None, "491", "new"),
                                     "own_worker": "Sanna Laitinen"})
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert page.count_label.text() == "0 of your 0 clients"
    assert page.empty_hint.text() == "You are not the own worker of any client yet."
    assert page.search_all_button.isVisible()


def test_revealing_someone_elses_client_shows_all_clients(qtbot: Any, profile_service: ProfileService,
                                                          workspace: Workspace, shared: dict[str, uuid.UUID]) -> None:
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert page.select_client(shared["Virtanen, Ville"], reveal=True)
    assert page.scope == "all" and page.current_client_id() == shared["Virtanen, Ville"]


def test_the_worker_filter_keeps_single_row_changes_cheap_and_right() -> None:
    model = CaseloadModel("fi")
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    rows = [caseload_row("Aalto", "Onni", "TMP-AAAA-0001", None, "491", "new", "Minä"),
            caseload_row("Berg", "Ida", "TMP-AAAA-0002", None, "491", "new", "Muu")]
    model.set_rows(rows)
    proxy.set_worker("Minä")
    assert names(proxy) == ["Aalto, Onni"] and model.worker_count("Minä") == 1
    handed_over = CaseloadRow(rows[1].id, "Berg", "Ida", "TMP-AAAA-0002", None, "491", "new", "Minä")
    model.upsert_row(handed_over)
    assert names(proxy) == ["Aalto, Onni", "Berg, Ida"]
    proxy.set_worker(None)
    assert len(names(proxy)) == 2
