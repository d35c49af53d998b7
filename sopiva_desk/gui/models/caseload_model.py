"""The caseload list: every client in ``CaseloadModel``, the rows a search and the filters let
through in ``CaseloadFilterProxy`` (the view's model).

At 100,000 clients whatever runs per row shows, and a call from Qt into Python costs
microseconds, so:

- the rows are plain columns, in the current sort order (``caseload_rows.CaseloadRows``, made on
  the store lane); a cell's text is made when Qt asks for it, which it does for rows on screen
  only, and a client's ``uuid.UUID`` only when a row is opened or selected;
- the matching rows come from ``caseload_index.CaseloadIndex`` in C-level passes, a longer
  search narrowing within the rows of the shorter one;
- the view's model is a list of row numbers: a new search swaps the list in one layout change,
  and Qt never calls Python per row (a ``QSortFilterProxyModel`` calls ``filterAcceptsRow`` for
  each one, and sorting through it calls ``lessThan`` n log n times).
"""

from __future__ import annotations

import bisect
import uuid
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from sopiva_desk.domain.sync_state import ClientSyncStates, RecordSyncState, SyncState
from sopiva_desk.gui.labels import status_label
from sopiva_desk.gui.models.caseload_index import CaseloadIndex, Filters
from sopiva_desk.gui.models.caseload_rows import (
    CaseloadRows,
    Column,
    PreparedCaseload,
    born_text,
    finnish_key,
    fold,
    order_by,
    place_texts,
    position_key,
    prepare_caseload,
    rows_of,
    search_terms,
)
from sopiva_desk.gui.sync_state_words import (
    sync_column_header,
    sync_state_icon,
    sync_state_label,
    sync_state_tooltip,
)
from sopiva_desk.services.clients import CaseloadColumns, CaseloadRow

__all__ = [  # what the page and other lists use from here
    "CaseloadFilterProxy", "CaseloadModel", "ClientIdRole", "Column", "PreparedCaseload", "finnish_key", "fold",
    "prepare_caseload", "search_terms",
]

ClientIdRole = int(Qt.ItemDataRole.UserRole) + 1  # the client's UUID, on every cell of the row

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_SYNC = int(Column.SYNC)
_CLIENT_ID = int(ClientIdRole)
_ASCENDING = Qt.SortOrder.AscendingOrder
_DESCENDING = Qt.SortOrder.DescendingOrder
_EVERY_ROW = QModelIndex()


class CaseloadModel(QAbstractTableModel):
    """The counsellor's clients, one row each, sorted; ``matching_rows`` answers searches."""

    def __init__(self, language: str = "fi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows = CaseloadRows.empty()
        self._index = CaseloadIndex(self._rows)
        self._sort_column = int(Column.NAME)
        self._sort_order = _ASCENDING
        self._places: dict[str, str] = {}  # municipality code -> name in the UI language
        self._statuses: dict[str, str] = {}  # status -> label in the UI language
        self._sync_details = ClientSyncStates(enrolled=False)  # for the sync column's tooltips
        self._version = 0

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _EVERY_ROW) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _EVERY_ROW) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self.text(index.row(), index.column())
        if role == _TOOLTIP:
            return self.tooltip(index.row(), index.column())
        if role == _DECORATION and index.column() == _SYNC:
            return self.sync_icon(index.row())
        if role == _CLIENT_ID:
            return self.client_id_at(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == _DISPLAY:
            return self.column_titles()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return _ASCENDING  # a newly clicked column starts A–Ö / oldest first
        return None

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"), self.tr("Identity code"), self.tr("Birth date"),
            self.tr("Municipality"), self.tr("Status"), self.tr("Own worker"), sync_column_header(),
        )

    # -- cells -----------------------------------------------------------------------------

    def text(self, row: int, column: int) -> str:
        """The text of a cell (made now: only rows on screen are ever asked for)."""
        rows = self._rows
        if column == Column.NAME:
            return f"{rows.last_names[row]}, {rows.first_names[row]}"
        if column == Column.IDENTIFIER:
            return rows.identifiers[row]
        if column == Column.BIRTH_DATE:
            return born_text(rows.birth_dates[row])
        if column == Column.MUNICIPALITY:
            code = rows.municipality_codes[row]
            name = self._places.get(code)
            if name is None:
                name = self._places[code] = place_texts(code, self._language)[0]
            return name
        if column == Column.STATUS:
            status = rows.statuses[row]
            label = self._statuses.get(status)
            if label is None:
                label = self._statuses[status] = status_label(status)
            return label
        if column == _SYNC:
            return sync_state_label(rows.sync_states[row])
        return rows.own_workers[row]

    def tooltip(self, row: int, column: int) -> str:
        """The cell's text, and for the sync state what makes it so ("3 changes waiting to be sent")."""
        if column != _SYNC:
            return self.text(row, column)
        state = self._rows.sync_states[row]
        if not state:
            return ""
        return sync_state_tooltip(self._sync_details.explain(state, self._rows.ids[row]))

    def sync_icon(self, row: int) -> QIcon | None:
        return sync_state_icon(self._rows.sync_states[row])

    # -- sync states -----------------------------------------------------------------------

    @property
    def sync_enrolled(self) -> bool:
        """Whether the rows have sync states (the profile is enrolled)."""
        return self._sync_details.enrolled

    @property
    def rows_version(self) -> int:
        """Bumped whenever rows are added, removed, replaced or reordered: a state column computed for
        an older version no longer lines up."""
        return self._version

    def id_hexes(self) -> list[str]:
        """A copy of the clients' ids in row order (for computing states off the GUI thread)."""
        return list(self._rows.ids)

    def set_sync_states(self, states: ClientSyncStates, column: list[str] | None = None,
                        version: int | None = None) -> None:
        """New sync states for every row (``column``: already computed for ``version`` of the rows)."""
        if column is None or version != self._version or len(column) != len(self._rows):
            column = states.column(self._rows.ids)
        self._sync_details = states.for_list()
        self._rows.sync_states[:] = column
        self._index.forget()  # a filter on the state must see the new ones
        if self._sort_column == _SYNC and len(self._rows) > 1:
            self._reorder()
        elif len(self._rows):
            self.dataChanged.emit(self.index(0, _SYNC), self.index(len(self._rows) - 1, _SYNC))

    def set_row_sync_state(self, client_hex: str, state: RecordSyncState | None) -> None:
        """One client's state, after a change of that client."""
        row = self.row_of_hex(client_hex)
        if row is None or state is None or not self._sync_details.enrolled:
            return
        self._sync_details = self._sync_details.with_client(client_hex, state)
        if self._rows.sync_states[row] != state.state.value:
            self._rows.sync_states[row] = state.state.value
            self._index.forget()
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            if self._sort_column == _SYNC and len(self._rows) > 1:
                self._reorder()

    def client_id_at(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self._rows.ids[row])

    # -- rows ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def rows(self) -> list[CaseloadRow]:
        """The rows in display order, as ``CaseloadRow`` values (made now: for tests and small lists)."""
        return [self.row_at(i) for i in range(len(self._rows))]

    def row_at(self, row: int) -> CaseloadRow:
        r = self._rows
        return CaseloadColumns([r.ids[row]], [r.last_names[row]], [r.first_names[row]], [r.identifiers[row]],
                               [r.birth_dates[row]], [r.municipality_codes[row]], [r.statuses[row]],
                               [r.own_workers[row]]).row(0)

    def row_of(self, client_id: uuid.UUID) -> int | None:
        """The model row of a client, or ``None`` if the client is not in the list."""
        return self.row_of_hex(client_id.hex)

    def row_of_hex(self, client_hex: str) -> int | None:
        try:
            return self._rows.ids.index(client_hex)  # one C-level pass; asked for a few rows at a time
        except ValueError:
            return None

    def id_hex_at(self, row: int) -> str:
        return self._rows.ids[row]

    def index_of(self, client_id: uuid.UUID, column: int = 0) -> QModelIndex:
        row = self.row_of(client_id)
        return QModelIndex() if row is None else self.index(row, column)

    def set_rows(self, rows: Iterable[CaseloadRow] | CaseloadColumns | PreparedCaseload) -> None:
        """Replace every row (a model reset), keeping the current sort order."""
        descending = self._sort_order == _DESCENDING
        if not isinstance(rows, PreparedCaseload):
            rows = prepare_caseload(rows, self._language, self._sort_column, descending)
        table = rows.rows
        if (rows.sort_column, rows.descending, rows.language) != (self._sort_column, descending, self._language):
            table = table.permuted(order_by(table, self._sort_column, descending, self._language))
        self.beginResetModel()
        self._rows = table
        self._sync_details = rows.sync
        self._version += 1
        self._index.forget(table)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(PreparedCaseload(CaseloadRows.empty(), self._language, self._sort_column,
                                       self._sort_order == _DESCENDING))

    def upsert_row(self, row: CaseloadRow) -> None:
        """Add ``row`` at its sorted place, or replace the row of the same client (moving it if needed).
        A new row is local only (when the profile syncs); a replaced one keeps its sync state."""
        one = rows_of(CaseloadColumns.of([row]))
        current = self.row_of(row.id)
        self._version += 1
        if current is not None:
            one.sync_states[0] = self._rows.sync_states[current]
        elif self._sync_details.enrolled:
            one.sync_states[0] = SyncState.LOCAL_ONLY.value
        if current is None:
            target = self._sorted_position(one)
            self.beginInsertRows(QModelIndex(), target, target)
            self._rows.insert(target, one)
            self._index.forget()
            self.endInsertRows()
            return
        self._rows.replace(current, one)
        self._index.forget()
        self.dataChanged.emit(self.index(current, 0), self.index(current, len(Column) - 1))
        place = self._sorted_position(self._rows, skip=current)  # its row once moved
        if place != current:
            # beginMoveRows counts the destination before the row is taken out.
            self.beginMoveRows(QModelIndex(), current, current, QModelIndex(),
                               place + 1 if place > current else place)
            self._rows.delete(current)
            self._rows.insert(place, one)
            self._index.forget()
            self.endMoveRows()

    def remove_row(self, client_id: uuid.UUID) -> bool:
        """Remove the client's row; ``False`` if it was not in the list."""
        row = self.row_of(client_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._version += 1
        self._rows.delete(row)
        self._index.forget()
        self.endRemoveRows()
        return True

    def set_language(self, language: str) -> None:
        """Show municipality names and labels in another UI language (and sort by them)."""
        self._language = language
        self._places.clear()
        self._statuses.clear()
        if len(self._rows):
            self._reorder()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- sorting ---------------------------------------------------------------------------

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Sort in Finnish alphabetical order; the view's header calls this (through the proxy)."""
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = column, order
        if len(self._rows) > 1:
            self._reorder()

    def _reorder(self) -> None:
        """Put the rows in the current sort order, moving the persistent indexes along."""
        order = order_by(self._rows, self._sort_column, self._sort_order == _DESCENDING, self._language)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        if old:
            new_row = sorted(range(len(order)), key=order.__getitem__)  # where each old row goes
            self.changePersistentIndexList(old, [self.index(new_row[i.row()], i.column()) for i in old])
        self._rows = self._rows.permuted(order)
        self._version += 1
        self._index.forget(self._rows)
        self.layoutChanged.emit()

    def _sorted_position(self, row: CaseloadRows, skip: int | None = None) -> int:
        """Where row 0 of ``row`` (or row ``skip`` of the list) goes among the other rows."""
        key = position_key(self._sort_column, self._sort_order == _DESCENDING, self._language)
        rows, n = self._rows, len(self._rows)
        if skip is None:
            return bisect.bisect_right(range(n), key(row, 0), key=lambda i: key(rows, i))
        others = range(n - 1)
        return bisect.bisect_right(others, key(rows, skip), key=lambda i: key(rows, i if i < skip else i + 1))

    # -- searching -------------------------------------------------------------------------

    def matching_rows(self, search_text: str | Sequence[str], municipality_code: str | None = None,
                      status: str | None = None, worker: str | None = None,
                      sync_state: str | None = None) -> array[int]:
        """The rows (ascending) with every search term somewhere in the row (name, identity code
        also without hyphens, birth date, municipality in Finnish and Swedish) and the
        municipality, status, own worker and sync state asked for (``None``: any)."""
        terms = tuple(search_terms(search_text) if isinstance(search_text, str) else search_text)
        return self._index.matching(terms, (municipality_code, status, worker, sync_state))

    def worker_count(self, worker: str) -> int:
        """How many clients have ``worker`` as their own worker (one C-level pass)."""
        return self._rows.own_workers.count(worker)


class CaseloadFilterProxy(QAbstractTableModel):
    """The view's model: the rows of a ``CaseloadModel`` that match the search and filters, in its order.

    Holds only row numbers. A change of search or filter, or of the rows, swaps them in one layout
    change that keeps the view's current row and selection (by client) when they still match.
    Sorting is the source's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: CaseloadModel | None = None
        self._visible: Sequence[int] = array("i")
        self._search_text = ""
        self._terms: tuple[str, ...] = ()
        self._filters: Filters = (None, None, None, None)
        self._held: list[tuple[QModelIndex, Any]] | None = None  # during a change of the source

    # -- source ----------------------------------------------------------------------------

    def setSourceModel(self, model: CaseloadModel) -> None:
        if not isinstance(model, CaseloadModel):
            raise TypeError("CaseloadFilterProxy works only over a CaseloadModel")
        self.beginResetModel()
        self._model = model
        for about, done in ((model.layoutAboutToBeChanged, model.layoutChanged),
                            (model.rowsAboutToBeInserted, model.rowsInserted),
                            (model.rowsAboutToBeRemoved, model.rowsRemoved),
                            (model.rowsAboutToBeMoved, model.rowsMoved)):
            about.connect(self._on_source_changing)
            done.connect(self._on_source_changed)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._visible = model.matching_rows(self._terms, *self._filters)
        self.endResetModel()

    def sourceModel(self) -> CaseloadModel | None:
        return self._model

    def _on_source_reset(self) -> None:
        self._visible = self._matching()
        self.endResetModel()

    def _on_source_changing(self, *_: Any) -> None:
        if self._held is None:
            self.layoutAboutToBeChanged.emit()
            self._held = self._hold(by_id=True)

    def _on_source_changed(self, *_: Any) -> None:
        if self._held is None:
            return
        held, self._held = self._held, None
        self._visible = self._matching()
        self._release(held)
        self.layoutChanged.emit()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        """A row changed in place: it may now (no longer) match; otherwise its cells are new."""
        visible = self._matching()
        if visible == self._visible:
            first = bisect.bisect_left(visible, top_left.row())
            last = bisect.bisect_right(visible, bottom_right.row()) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
            return
        self._show(visible)

    def _matching(self) -> Sequence[int]:
        return self._model.matching_rows(self._terms, *self._filters) if self._model is not None else array("i")

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _EVERY_ROW) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _EVERY_ROW) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Called for every painted cell and role: the display roles first, no other work.
        if role == _DISPLAY:
            if index.isValid():
                assert self._model is not None
                return self._model.text(self._visible[index.row()], index.column())
            return None
        if role == _TOOLTIP and index.isValid():
            assert self._model is not None
            return self._model.tooltip(self._visible[index.row()], index.column())
        if role == _DECORATION and index.column() == _SYNC and index.isValid():
            assert self._model is not None
            return self._model.sync_icon(self._visible[index.row()])
        if role == _CLIENT_ID and index.isValid():
            assert self._model is not None
            return self._model.client_id_at(self._visible[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        return self._model.headerData(section, orientation, role) if self._model is not None else None

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    # -- criteria --------------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def municipality_code(self) -> str | None:
        return self._filters[0]

    @property
    def status(self) -> str | None:
        return self._filters[1]

    @property
    def worker(self) -> str | None:
        return self._filters[2]

    def set_search_text(self, text: str) -> None:
        self.set_filter(text, self.municipality_code, self.status)

    def set_municipality(self, code: str | None) -> None:
        self.set_filter(self._search_text, code, self.status)

    def set_status(self, status: str | None) -> None:
        self.set_filter(self._search_text, self.municipality_code, status)

    def set_worker(self, worker: str | None) -> None:
        """Only the clients of this own worker ("My clients"), or ``None`` for every client."""
        self.set_criteria(self._search_text, self.municipality_code, self.status, worker, self.sync_state)

    @property
    def sync_state(self) -> str | None:
        return self._filters[3]

    def set_filter(self, search_text: str, municipality_code: str | None, status: str | None) -> None:
        """Show the rows matching the search, municipality and status (``None`` means any), keeping the worker."""
        self.set_criteria(search_text, municipality_code, status, self.worker, self.sync_state)

    def set_criteria(self, search_text: str, municipality_code: str | None, status: str | None,
                     worker: str | None, sync_state: str | None = None) -> bool:
        """Everything at once: one layout change, and none if the same rows match (then ``False``)."""
        self._search_text = search_text
        self._terms = tuple(search_terms(search_text))
        self._filters = (municipality_code, status, worker, sync_state)
        visible = self._matching()
        if visible == self._visible:
            return False
        self._show(visible)
        return True

    def _show(self, visible: Sequence[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        held = self._hold(by_id=False)
        self._visible = visible
        self._release(held)
        self.layoutChanged.emit()

    def _hold(self, *, by_id: bool) -> list[tuple[QModelIndex, Any]]:
        """Each persistent index (the view's current row, selection …) with its source row, or with
        its client if the source rows are about to move."""
        assert self._model is not None
        visible, model = self._visible, self._model
        source: Callable[[int], Any] = (lambda row: model.id_hex_at(visible[row])) if by_id else visible.__getitem__
        return [(index, source(index.row())) for index in self.persistentIndexList()]

    def _release(self, held: list[tuple[QModelIndex, Any]]) -> None:
        """Point the held indexes at their rows' new places, or nowhere if they no longer match."""
        if not held:
            return
        assert self._model is not None
        model, visible = self._model, self._visible
        new = []
        for index, source in held:
            row = model.row_of_hex(source) if isinstance(source, str) else source
            place = bisect.bisect_left(visible, row) if row is not None else len(visible)
            found = place < len(visible) and visible[place] == row
            new.append(self.index(place, index.column()) if found else QModelIndex())
        self.changePersistentIndexList([index for index, _ in held], new)

    # -- clients ---------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        return self._visible[row]

    def client_id(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        if not index.isValid() or self._model is None or index.model() is not self:
            return None
        return self._model.client_id_at(self._visible[index.row()])

    def index_of(self, client_id: uuid.UUID) -> QModelIndex:
        """The index (column 0) of a client, invalid if the client is filtered out or absent."""
        row = self._model.row_of(client_id) if self._model is not None else None
        if row is None:
            return QModelIndex()
        place = bisect.bisect_left(self._visible, row)
        return self.index(place, 0) if place < len(self._visible) and self._visible[place] == row else QModelIndex()

