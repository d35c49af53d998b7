"""The caseload model, its filter proxy and the caseload page (against a real encrypted store)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from sopiva_desk.domain import hetu
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.caseload_model import (
    CaseloadFilterProxy,
    CaseloadModel,
    ClientIdRole,
    Column,
    finnish_key,
    fold,
    prepare_caseload,
)
from sopiva_desk.gui.pages.caseload import CaseloadPage
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.services import reference
from sopiva_desk.services.clients import CaseloadRow
from sopiva_desk.services.errors import StorageIOError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# last name, first names, identity code or temporary id, birth date (for temporary ids), municipality, status
PEOPLE: list[tuple[str, str, str, date | None, str, str]] = [
    ("Virtanen", "Aino Maria", "131052-308T", None, "623", "active"),  # Puumala
    ("Mäkelä", "Väinö", hetu.make(date(1987, 2, 1), 123), None, "491", "active"),  # Mikkeli / S:t Michel
    ("Sjöberg", "Åsa", hetu.make(date(1990, 5, 17), 246), None, "740", "paused"),  # Savonlinna / Nyslott
    ("Öhman", "Eino", hetu.make(date(2001, 11, 30), 35), None, "905", "active"),  # Vaasa / Vasa
    ("Hämäläinen", "Päivi Sofia", "TMP-7K3M-Q9XD", date(1975, 3, 8), "178", "new"),  # Juva / Jockas
    ("Åberg", "Björn", "TMP-A4B5-C6D7", None, "491", "closed"),
    ("Virtanen", "Eetu", hetu.make(date(1999, 12, 24), 412), None, "399", "active"),  # Laihia / Laihela
]


def raw_client(last: str, first: str, identifier: str, born: date | None, place: str,
               status: str) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "first_names": first, "last_name": last, "municipality_code": place, "status": status,
    }
    if identifier.startswith("TMP-"):
        raw["temporary_id"] = identifier
        raw["birth_date"] = born
    else:
        raw["hetu"] = identifier
    return raw


def caseload_row(last: str, first: str, identifier: str, born: date | None, place: str, status: str,
                 worker: str = "") -> CaseloadRow:
    if born is None and not identifier.startswith("TMP-"):
        born = hetu.parse(identifier).birth_date
    return CaseloadRow(uuid.uuid4(), last, first, identifier, born, place, status, worker)


def sample_rows() -> list[CaseloadRow]:
    return [caseload_row(*person, worker="Liisa Ohjaaja" if i % 2 else "") for i, person in enumerate(PEOPLE)]


def names(model: Any, column: int = Column.NAME) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def searchable(row: CaseloadRow) -> str:
    """Everything a search looks in, folded, made here the plain way (the model builds it in bulk)."""
    place = reference.municipality_by_code().get(row.municipality_code)
    places = f"{place.name_fi} {place.name_sv}" if place else row.municipality_code
    born = f"{row.birth_date.day}.{row.birth_date.month}.{row.birth_date.year}" if row.birth_date else ""
    return fold(f"{row.last_name} | {row.first_names} | {row.identifier} | {row.identifier.replace('-', '')} | "
                f"{born} | {places}")


# -- model and proxy ---------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    model = CaseloadModel("fi")
    model.set_rows(sample_rows())
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    # The testers keep watching: every kind of change must keep both models consistent.
    proxy.set_search_text("virtanen")
    proxy.sort(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    model.upsert_row(caseload_row("Virtanen", "Onni", hetu.make(date(2010, 6, 6), 88), None, "623", "new"))
    proxy.set_filter("", "491", None)
    model.remove_row(model.row_at(0).id)
    model.set_language("sv")
    proxy.set_filter("", None, None)
    model.set_rows(sample_rows())
    model.clear()


def test_display_columns_and_client_id_role() -> None:
    rows = sample_rows()
    model = CaseloadModel("fi")
    model.set_rows(rows)
    row = model.row_of(rows[0].id)
    assert row is not None
    assert [model.index(row, c).data() for c in Column] == [
        "Virtanen, Aino Maria", "131052-308T", "13.10.1952", "Puumala", "Active", "", "",  # not enrolled: no state
    ]
    assert model.index(row, Column.STATUS).data(ClientIdRole) == rows[0].id
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Name", "Identity code", "Birth date", "Municipality", "Status", "Own worker", "Sync",
    ]
    swedish = CaseloadModel("sv")
    swedish.set_rows(rows)
    assert swedish.index(swedish.row_of(rows[2].id) or 0, Column.MUNICIPALITY).data() == "Nyslott"


def test_mask_matches_every_term_in_names_codes_dates_and_municipalities() -> None:
    model = CaseloadModel("fi")
    model.set_rows(sample_rows())

    def found(text: str, place: str | None = None, status: str | None = None) -> list[str]:
        return sorted(model.index(r, 0).data() for r in model.matching_rows(text, place, status))

    assert found("virtanen") == ["Virtanen, Aino Maria", "Virtanen, Eetu"]
    assert found("  VIRTANEN   aino ") == ["Virtanen, Aino Maria"]  # every word must match
    assert found("aino virtanen") == ["Virtanen, Aino Maria"]  # in any order
    assert found("131052") == ["Virtanen, Aino Maria"]
    assert found("131052308t") == ["Virtanen, Aino Maria"]  # without the century sign
    assert found("tmp-7k3m") == ["Hämäläinen, Päivi Sofia"]
    assert found("8.3.1975") == ["Hämäläinen, Päivi Sofia"]  # the birth date as shown
    assert found("nyslott") == found("savonlinna") == ["Sjöberg, Åsa"]  # Swedish and Finnish names
    assert found("s:t michel") == ["Mäkelä, Väinö", "Åberg, Björn"]
    assert found("sjö") == ["Sjöberg, Åsa"]
    assert found("sjo") == []  # ö is its own letter in Finnish, not an o with dots
    assert found("bjorn") == []
    assert found("mäkelä väinö") == ["Mäkelä, Väinö"]
    assert found("virtanen puumala") == ["Virtanen, Aino Maria"]
    assert found("virtanen", "399") == ["Virtanen, Eetu"]
    assert found("", "491", "closed") == ["Åberg, Björn"]
    assert found("", None, "active") == ["Mäkelä, Väinö", "Virtanen, Aino Maria", "Virtanen, Eetu",
                                           "Öhman, Eino"]
    assert found("nobody") == []
    assert fold("José Müller") == "jose muller"  # other accents fold away


def test_finnish_alphabetical_order() -> None:
    ordered = sorted(["Öhman", "Åberg", "Zetterberg", "Ääri", "aalto", "Östman", "Wikström", "Ahonen"],
                     key=finnish_key)
    assert ordered == ["aalto", "Ahonen", "Wikström", "Zetterberg", "Åberg", "Ääri", "Öhman", "Östman"]


def test_sort_keeps_empty_values_last_and_ties_in_name_order() -> None:
    model = CaseloadModel("fi")
    model.set_rows(sample_rows())
    model.sort(Column.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    assert names(model, Column.BIRTH_DATE) == [
        "13.10.1952", "8.3.1975", "1.2.1987", "17.5.1990", "24.12.1999", "30.11.2001", ""]
    model.sort(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    assert names(model, Column.BIRTH_DATE) == [
        "30.11.2001", "24.12.1999", "17.5.1990", "1.2.1987", "8.3.1975", "13.10.1952", ""]
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)  # workflow order, ties A–Ö
    assert names(model)[:2] == ["Hämäläinen, Päivi Sofia", "Mäkelä, Väinö"]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[:3] == ["Öhman, Eino", "Åberg, Björn", "Virtanen, Eetu"]


def test_upsert_inserts_and_moves_rows_into_their_sorted_place_and_remove_drops_them() -> None:
    model = CaseloadModel("fi")
    model.set_rows(sample_rows())
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("virtanen")
    assert proxy.rowCount() == 2
    newcomer = caseload_row("Kärkkäinen", "Onni", hetu.make(date(2012, 1, 9), 77), None, "623", "new")
    model.upsert_row(newcomer)
    assert names(model).index("Kärkkäinen, Onni") == names(model).index("Hämäläinen, Päivi Sofia") + 1
    assert proxy.rowCount() == 2  # filtered out: does not match "virtanen"
    renamed = CaseloadRow(newcomer.id, "Virtanen", "Onni", newcomer.identifier, newcomer.birth_date,
                          "623", "active", "")
    model.upsert_row(renamed)  # now matches the search and moves among the Virtanens
    assert names(model).count("Kärkkäinen, Onni") == 0
    assert names(proxy) == ["Virtanen, Aino Maria", "Virtanen, Eetu", "Virtanen, Onni"]
    assert model.remove_row(newcomer.id)
    assert not model.remove_row(newcomer.id)
    assert names(proxy) == ["Virtanen, Aino Maria", "Virtanen, Eetu"]
    assert model.rowCount() == len(PEOPLE)


@pytest.mark.parametrize("column", list(Column))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_single_row_changes_keep_the_full_sort_order(column: Column, order: Qt.SortOrder) -> None:
    """Rows put in place one by one (bisect) end where a full sort puts them, ties and blanks included."""
    rnd = random.Random(f"{column}-{order}")
    model = CaseloadModel("fi")
    model.sort(column, order)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("a")
    people: dict[uuid.UUID, CaseloadRow] = {}
    for step in range(150):
        if people and rnd.random() < 0.2:
            gone = rnd.choice(list(people))
            model.remove_row(gone)
            del people[gone]
        else:
            client_id = rnd.choice(list(people)) if people and rnd.random() < 0.4 else uuid.uuid4()
            born = rnd.choice([None, date(1950, 1, 1), date(1980 + step % 7, 5, 5)])
            row = CaseloadRow(client_id, rnd.choice(["Öhman", "Aalto", "Åberg", "Virtanen", "Ääri"]),
                              rnd.choice(["Eino", "Aino", "Väinö"]), f"TMP-{rnd.randrange(50):04d}", born,
                              rnd.choice(["491", "740", "905", "xyz"]), rnd.choice(["new", "active", "closed"]),
                              rnd.choice(["", "Liisa", "Åke"]))
            model.upsert_row(row)
            people[client_id] = row
        expected = prepare_caseload(people.values(), "fi", column, order == Qt.SortOrder.DescendingOrder).rows
        assert [r.id.hex for r in model.rows] == expected.ids
        assert names(proxy) == [name for name, row in zip(names(model), model.rows, strict=True)
                                if "a" in searchable(row)]


def test_proxy_forwards_sorting_to_the_model() -> None:
    model = CaseloadModel("fi")
    model.set_rows(prepare_caseload(sample_rows(), "fi"))
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    assert (model.sort_column, model.sort_order) == (Column.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    assert names(proxy, Column.MUNICIPALITY) == [
        "Juva", "Laihia", "Mikkeli", "Mikkeli", "Puumala", "Savonlinna", "Vaasa"]


# -- the page ----------------------------------------------------------------------------------


@pytest.fixture
def clients(workspace: Workspace) -> dict[str, uuid.UUID]:
    """The clients of ``PEOPLE`` in the store, by "Last, First" name."""
    ids = workspace.clients.create_clients([raw_client(*person) for person in PEOPLE])
    return {f"{p[0]}, {p[1]}": client_id for p, client_id in zip(PEOPLE, ids, strict=True)}


def make_page(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
              runner: TaskRunner | None = None, language: str = "fi") -> CaseloadPage:
    context = AppContext(profile_service, runner or ImmediateTaskRunner(), ui_language=language)
    context.set_workspace(workspace)
    page = CaseloadPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, clients: dict[str, uuid.UUID],
         dialogs: list[str]) -> Iterator[CaseloadPage]:
    page = make_page(qtbot, profile_service, workspace)
    page.reload()
    yield page
    assert dialogs == []  # no unexpected error dialogs


def shown_names(page: CaseloadPage) -> list[str]:
    return names(page.proxy)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user; QTest maps only ASCII to keys, so ä, ö, å go as key events with text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_search(qtbot: Any, page: CaseloadPage, text: str) -> None:
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, text)


def test_page_lists_the_caseload_sorted_by_name(page: CaseloadPage) -> None:
    assert shown_names(page) == [
        "Hämäläinen, Päivi Sofia", "Mäkelä, Väinö", "Sjöberg, Åsa", "Virtanen, Aino Maria", "Virtanen, Eetu",
        "Åberg, Björn", "Öhman, Eino",
    ]
    assert page.count_label.text() == "7 of your 7 clients"
    assert not page.empty_hint.isVisible()
    assert page.findChild(object, "searchEdit") is page.search_edit
    assert page.search_edit.placeholderText() == "Search by name, identity code or municipality"
    assert page.search_edit.isClearButtonEnabled()
    header = page.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        Column.NAME, Qt.SortOrder.AscendingOrder)


def test_search_as_you_type(qtbot: Any, page: CaseloadPage) -> None:
    type_search(qtbot, page, "virtanen")
    assert shown_names(page) == ["Virtanen, Aino Maria", "Virtanen, Eetu"]
    assert page.count_label.text() == "2 of your 7 clients"
    type_search(qtbot, page, "1310")  # part of an identity code
    assert shown_names(page) == ["Virtanen, Aino Maria"]
    type_search(qtbot, page, "mikkeli")
    assert shown_names(page) == ["Mäkelä, Väinö", "Åberg, Björn"]
    type_search(qtbot, page, "Nyslott")  # Savonlinna in Swedish
    assert shown_names(page) == ["Sjöberg, Åsa"]
    type_search(qtbot, page, "päivi häm")
    assert shown_names(page) == ["Hämäläinen, Päivi Sofia"]
    type_search(qtbot, page, "TMP-A4B5")
    assert shown_names(page) == ["Åberg, Björn"]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # Esc clears the search
    assert page.search_edit.text() == ""
    assert page.count_label.text() == "7 of your 7 clients"


def test_filters_combine_with_the_search(qtbot: Any, page: CaseloadPage) -> None:
    combo = page.municipality_filter
    assert combo.itemText(0) == "All municipalities"
    listed = [combo.itemText(i) for i in range(1, combo.count())]
    assert listed == sorted(listed, key=finnish_key) and "Pertunmaa" not in listed  # active ones only
    assert [page.status_filter.itemText(i) for i in range(page.status_filter.count())] == [
        "All statuses", "New", "Active", "Paused", "Closed"]

    combo.setCurrentIndex(combo.findData("491"))
    assert shown_names(page) == ["Mäkelä, Väinö", "Åberg, Björn"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert shown_names(page) == ["Åberg, Björn"]
    assert page.count_label.text() == "1 of your 7 clients"
    type_search(qtbot, page, "mäkelä")
    assert shown_names(page) == []
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text().startswith("No client matches “mäkelä” among your clients.")
    page.status_filter.setCurrentIndex(0)
    assert shown_names(page) == ["Mäkelä, Väinö"]
    combo.setCurrentIndex(0)
    type_search(qtbot, page, "virtanen")
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    assert shown_names(page) == ["Virtanen, Aino Maria", "Virtanen, Eetu"]


def click_header(qtbot: Any, page: CaseloadPage, column: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_clicks_sort_by_name_and_birth_date(qtbot: Any, page: CaseloadPage) -> None:
    click_header(qtbot, page, Column.NAME)  # already by name A–Ö: now Ö–A
    assert shown_names(page) == [
        "Öhman, Eino", "Åberg, Björn", "Virtanen, Eetu", "Virtanen, Aino Maria", "Sjöberg, Åsa",
        "Mäkelä, Väinö", "Hämäläinen, Päivi Sofia",
    ]

    click_header(qtbot, page, Column.BIRTH_DATE)  # a new column starts ascending
    assert names(page.proxy, Column.BIRTH_DATE) == [
        "13.10.1952", "8.3.1975", "1.2.1987", "17.5.1990", "24.12.1999", "30.11.2001", ""]
    assert shown_names(page)[-1] == "Åberg, Björn"  # no birth date: last
    click_header(qtbot, page, Column.BIRTH_DATE)
    assert names(page.proxy, Column.BIRTH_DATE) == [
        "30.11.2001", "24.12.1999", "17.5.1990", "1.2.1987", "8.3.1975", "13.10.1952", ""]
    header = page.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)

    type_search(qtbot, page, "virtanen")  # sorting and searching together
    assert shown_names(page) == ["Virtanen, Eetu", "Virtanen, Aino Maria"]
    click_header(qtbot, page, Column.NAME)
    assert shown_names(page) == ["Virtanen, Aino Maria", "Virtanen, Eetu"]


def test_enter_and_double_click_open_the_client(qtbot: Any, page: CaseloadPage,
                                                 clients: dict[str, uuid.UUID]) -> None:
    assert page.select_client(clients["Sjöberg, Åsa"])
    with qtbot.waitSignal(page.client_activated) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [clients["Sjöberg, Åsa"]]

    index = page.proxy.index_of(clients["Öhman, Eino"]).siblingAtColumn(Column.MUNICIPALITY)
    rect = page.view.visualRect(index)
    with qtbot.waitSignal(page.client_activated) as blocker:
        # A real double-click is press, release, double-click; QTest's mouseDClick sends only the last.
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [clients["Öhman, Eino"]]


def test_keyboard_moves_between_search_and_list(qtbot: Any, page: CaseloadPage,
                                                clients: dict[str, uuid.UUID]) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "virtanen")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # into the list, first row
    qtbot.waitUntil(page.view.hasFocus)
    assert page.current_client_id() == clients["Virtanen, Aino Maria"]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.current_client_id() == clients["Virtanen, Eetu"]
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)  # on the first row: back to the search
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, " eetu")
    with qtbot.waitSignal(page.client_activated) as blocker:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # a single match opens directly
    assert blocker.args == [clients["Virtanen, Eetu"]]


def test_empty_caseload_shows_a_hint(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
                                     dialogs: list[str]) -> None:
    page = make_page(qtbot, profile_service, workspace)
    page.reload()
    assert page.count_label.text() == "0 of your 0 clients"
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text().startswith("No clients yet.")


def test_a_failed_load_says_so(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
                               dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, profile_service, workspace)
    assert page.empty_hint.text() == "Loading clients…"

    def broken() -> list[CaseloadRow]:
        raise StorageIOError()

    monkeypatch.setattr(workspace.clients, "caseload_columns", broken)
    page.reload()
    assert dialogs == [message("disk.io_error")]  # the friendly dialog from context.run
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text() == "The client list could not be loaded."
    dialogs.clear()


def test_refresh_client_adds_updates_and_removes_rows(page: CaseloadPage, workspace: Workspace,
                                                      clients: dict[str, uuid.UUID]) -> None:
    new_id = workspace.clients.create_client(raw_client(
        "Kärkkäinen", "Iida", hetu.make(date(2008, 8, 8), 303), None, "213", "new"))
    page.refresh_client(new_id)
    assert "Kärkkäinen, Iida" in shown_names(page)
    assert page.count_label.text() == "8 of your 8 clients"
    workspace.clients.update_client_field(new_id, "last_name", "Öljymäki")
    page.refresh_client(new_id)
    assert shown_names(page)[-1] == "Öljymäki, Iida"
    workspace.clients.delete_client(clients["Sjöberg, Åsa"])
    page.refresh_client(clients["Sjöberg, Åsa"])
    assert "Sjöberg, Åsa" not in shown_names(page)
    assert page.count_label.text() == "7 of your 7 clients"


def test_reload_keeps_the_selection(page: CaseloadPage, workspace: Workspace,
                                    clients: dict[str, uuid.UUID]) -> None:
    page.select_client(clients["Mäkelä, Väinö"])
    workspace.clients.create_client(raw_client("Aalto", "Onni", "TMP-Z9Y8-X7W6", None, "046", "new"))
    page.reload()
    assert shown_names(page)[0] == "Aalto, Onni"
    assert page.current_client_id() == clients["Mäkelä, Väinö"]


class DeferredRunner(TaskRunner):
    """Runs work only when told to, to see what happens to answers that arrive late."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, work: Callable[[], Any], *, on_success: Any = None, on_error: Any = None,
            lane: str = "store") -> None:
        self.queue.append((work, on_success, on_error))

    def run_all(self) -> None:
        while self.queue:
            work, on_success, on_error = self.queue.pop(0)
            try:
                result = work()
            except Exception as error:  # noqa: BLE001
                on_error(error)
            else:
                on_success(result)


def test_clear_forgets_rows_and_drops_late_answers(qtbot: Any, profile_service: ProfileService,
                                                   workspace: Workspace, clients: dict[str, uuid.UUID],
                                                   dialogs: list[str]) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, profile_service, workspace, runner)
    page.reload()
    runner.run_all()
    assert page.model.rowCount() == 7
    qtbot.keyClicks(page.search_edit, "virtanen")
    page.reload()
    page.refresh_client(clients["Öhman, Eino"])
    page.clear()  # the app locks while both are on their way
    runner.run_all()
    assert page.model.rowCount() == 0
    assert page.search_edit.text() == ""
    assert page.count_label.text() == "0 of your 0 clients"


def test_locking_the_workspace_clears_the_page(page: CaseloadPage) -> None:
    page._context.set_workspace(None)
    assert page.model.rowCount() == 0
    assert page.empty_hint.text() == ""  # nothing about clients while locked


def test_swedish_ui_shows_swedish_municipality_names(qtbot: Any, profile_service: ProfileService,
                                                      workspace: Workspace, clients: dict[str, uuid.UUID],
                                                      dialogs: list[str]) -> None:
    page = make_page(qtbot, profile_service, workspace, language="sv")
    page.reload()
    row = page.proxy.index_of(clients["Sjöberg, Åsa"]).row()
    assert page.proxy.index(row, Column.MUNICIPALITY).data() == "Nyslott"
    assert page.municipality_filter.findText("S:t Michel") > 0
    type_search(qtbot, page, "savonlinna")  # the Finnish name still finds it
    assert shown_names(page) == ["Sjöberg, Åsa"]


def test_new_client_button_opens_the_dialog_and_the_new_client_is_listed(
        qtbot: Any, page: CaseloadPage) -> None:
    from sopiva_desk.gui.dialogs.new_client import NewClientDialog

    qtbot.keyClicks(page.search_edit, "virtanen")  # the search would hide the new client
    page.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the button animates a click
    qtbot.waitUntil(lambda: page.findChild(NewClientDialog) is not None)
    dialog = page.findChild(NewClientDialog)
    assert dialog.isVisible()
    type_text(qtbot, dialog.ui.firstNamesEdit, "Siiri")
    type_text(qtbot, dialog.ui.lastNameEdit, "Kärkkäinen")
    type_text(qtbot, dialog.ui.hetuEdit, hetu.make(date(2015, 4, 4), 222))
    dialog.ui.municipalityCombo.setCurrentIndex(dialog.ui.municipalityCombo.findData("213"))
    with qtbot.waitSignal(page.new_client_created) as blocker:
        add_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    new_id = blocker.args[0]
    assert isinstance(new_id, uuid.UUID)
    assert page.current_client_id() == new_id
    assert page.search_edit.text() == ""  # cleared so that the new client shows
    assert "Kärkkäinen, Siiri" in shown_names(page)
    assert page.count_label.text() == "8 of your 8 clients"
