"""The caseload's sync state: a column in words and an icon, a filter, and both kept current."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui import i18n
from sopiva_desk.gui.models.caseload_model import Column
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_caseload import PEOPLE, make_page, raw_client, shown_names
from tests.helpers.sync_state import add_conflict, enrol, pretend_synced, reject_pending

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """The English texts with their plural forms, whatever an earlier test left installed."""
    i18n.install("en")


def _states(page: Any) -> dict[str, str]:
    proxy = page.proxy
    return {proxy.index(r, Column.NAME).data(): proxy.index(r, Column.SYNC).data() for r in range(proxy.rowCount())}


@pytest.fixture
def people(workspace: Workspace) -> dict[str, uuid.UUID]:
    ids = workspace.clients.create_clients([raw_client(*person) for person in PEOPLE[:4]])
    return {f"{p[0]}, {p[1]}": client_id for p, client_id in zip(PEOPLE[:4], ids, strict=True)}


def test_a_profile_that_does_not_sync_shows_no_sync_state(qtbot: Any, profile_service: ProfileService,
                                                          workspace: Workspace, people: dict[str, uuid.UUID]) -> None:
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert len(shown_names(page)) == 4
    assert page.view.isColumnHidden(Column.SYNC) and not page.sync_filter.isVisible()


def test_each_client_shows_its_state_in_words_and_an_icon_and_the_filter_picks_them(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, people: dict[str, uuid.UUID]) -> None:
    enrol(workspace)
    aino, vaino, asa, eino = people.values()
    pretend_synced(workspace)
    workspace.clients.update_client_field(vaino, "phone", "040 123 4567")
    workspace.clients.update_client_field(vaino, "post_office", "Mikkeli")
    workspace.clients.update_client_field(asa, "phone", "040 765 4321")
    reject_pending(workspace, asa)
    add_conflict(workspace, "client", eino, eino)
    new = workspace.clients.create_client(raw_client("Laine", "Lotta", "TMP-LAIN-0001", None, "623", "new"))
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert not page.view.isColumnHidden(Column.SYNC) and page.sync_filter.isVisible()
    assert _states(page) == {"Virtanen, Aino Maria": "Synced", "Mäkelä, Väinö": "Changed since sync",
                             "Sjöberg, Åsa": "Changed since sync", "Öhman, Eino": "In conflict",
                             "Laine, Lotta": "Local only"}
    row = page.proxy.index_of(vaino).row()
    assert page.proxy.index(row, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole) == "Changes waiting to be sent: 2"
    assert page.model.data(page.model.index_of(vaino, Column.SYNC), Qt.ItemDataRole.DecorationRole) is not None
    refused = page.model.index_of(asa, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole)
    assert refused == "Changes refused by the server: 1 (see the sync report)"
    assert page.model.index_of(aino, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole) == (
        "Everything of this client is on the central records server.")
    assert page.model.index_of(new, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole).startswith("Only on this computer")

    choices = [page.sync_filter.itemText(i) for i in range(page.sync_filter.count())]
    assert choices == ["All sync states", "Local only", "Synced", "Changed since sync", "In conflict"]
    page.sync_filter.setCurrentIndex(page.sync_filter.findData("conflict"))
    assert shown_names(page) == ["Öhman, Eino"]
    page.sync_filter.setCurrentIndex(page.sync_filter.findData("changed"))
    assert shown_names(page) == ["Mäkelä, Väinö", "Sjöberg, Åsa"]
    assert page.count_label.text() == "2 of your 5 clients"

    page.sync_filter.setCurrentIndex(0)
    page.view.sortByColumn(Column.SYNC, Qt.SortOrder.AscendingOrder)  # what needs the counsellor first
    assert shown_names(page) == ["Öhman, Eino", "Mäkelä, Väinö", "Sjöberg, Åsa", "Laine, Lotta",
                                 "Virtanen, Aino Maria"]


def test_a_save_and_a_sync_change_the_state_shown(qtbot: Any, profile_service: ProfileService,
                                                  workspace: Workspace, people: dict[str, uuid.UUID]) -> None:
    enrol(workspace)
    aino = people["Virtanen, Aino Maria"]
    page = make_page(qtbot, profile_service, workspace, language="en")
    page.reload()
    assert set(_states(page).values()) == {"Local only"}
    pretend_synced(workspace)  # a sync ran; the lead's sync action calls refresh_sync_states
    page.refresh_sync_states()
    qtbot.waitUntil(lambda: set(_states(page).values()) == {"Synced"})
    page.sync_filter.setCurrentIndex(page.sync_filter.findData("changed"))
    assert shown_names(page) == []
    workspace.clients.update_client_field(aino, "phone", "040 123 4567")
    page.refresh_client(aino)  # what the client file's saves trigger
    qtbot.waitUntil(lambda: shown_names(page) == ["Virtanen, Aino Maria"])
    assert _states(page) == {"Virtanen, Aino Maria": "Changed since sync"}
