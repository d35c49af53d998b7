"""The caseload list: a table model over ``CaseloadRow`` values and its filter proxy.

Calls from Qt into Python ``data()`` cost tens of microseconds, so anything that touches
every row must not go through ``data()``. The model therefore precomputes, per row, the
display strings, a folded search haystack and the sort keys; it sorts itself with Python
key functions, and the proxy filters by looking up a boolean mask the model computes in
one Python pass. The proxy never sorts and never reads ``data()`` to filter.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from sopiva_desk.domain.clients import ClientStatus
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.labels import status_label
from sopiva_desk.services import reference
from sopiva_desk.services.clients import CaseloadRow

ClientIdRole = int(Qt.ItemDataRole.UserRole) + 1  # the client's UUID, on every cell of the row

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CLIENT_ID = int(ClientIdRole)
_ASCENDING = Qt.SortOrder.AscendingOrder
_FIELD_SEPARATOR = "\n"  # cannot be typed into the search field, so terms never match across fields
_FINNISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})  # the three letters after z, in order
# å ä ö are letters of their own in Finnish; other accented letters fold: é -> e, ü -> u, ç -> c.
_NEEDS_FOLDING = re.compile(r"[^\x00-\x7fåäö]")
_STATUS_ORDER = {status.value: f"{i:02d}" for i, status in enumerate(ClientStatus)}  # workflow order


class Column(IntEnum):
    NAME = 0
    IDENTIFIER = 1
    BIRTH_DATE = 2
    MUNICIPALITY = 3
    STATUS = 4
    OWN_WORKER = 5


@lru_cache(maxsize=1024)
def _strip_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: ``José Sjöström`` -> ``jose sjöström``."""
    text = text.casefold()
    if _NEEDS_FOLDING.search(text) is None:  # the usual case: ASCII plus å ä ö
        return text
    return _NEEDS_FOLDING.sub(lambda m: _strip_marks(m.group()), text)


@lru_cache(maxsize=8192)
def finnish_key(text: str) -> str:
    """A sort key in Finnish alphabetical order (… x y z å ä ö), ignoring case and accents."""
    return fold(text).translate(_FINNISH_ORDER)


def search_terms(search_text: str) -> list[str]:
    """The folded, whitespace-separated terms of a search; every one must match."""
    return fold(search_text).split()


def _compact_identifier(identifier: str) -> str:
    """The identifier without its century sign or hyphens: 131052-308T -> 131052308t."""
    text = identifier.casefold().replace("-", "")
    if len(identifier) == 11 and identifier[:6].isdigit():  # an identity code: drop the century sign
        text = identifier[:6] + identifier[7:].casefold()
    return text


@dataclass(slots=True)
class _Entry:
    """One row with everything precomputed."""

    row: CaseloadRow
    display: tuple[str, ...]
    haystack: str
    name_key: tuple[str, str, str, str]  # last name, first names, identifier, id: a total order
    municipality_key: str
    status_key: str


class _Desc:
    """Reverses the order of a value inside a sort key (strings cannot be negated)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.value < self.value)

    __hash__ = None  # type: ignore[assignment]


def _entries(rows: Iterable[CaseloadRow], language: str) -> list[_Entry]:
    by_code = reference.municipality_by_code()
    places: dict[str, tuple[str, str, str]] = {}  # code -> display name, sort key, searchable names
    statuses: dict[str, tuple[str, str]] = {}  # status -> label, sort key
    entries = []
    for row in rows:
        place = places.get(row.municipality_code)
        if place is None:
            municipality = by_code.get(row.municipality_code)
            if municipality is None:  # not in the shipped list: show the code as it is
                place = (row.municipality_code, finnish_key(row.municipality_code), row.municipality_code)
            else:
                name = municipality.name(language)
                names = _FIELD_SEPARATOR.join((municipality.name_fi, municipality.name_sv))
                place = (name, finnish_key(name), names)
            places[row.municipality_code] = place
        status = statuses.get(row.status)
        if status is None:
            label = status_label(row.status)
            status = statuses[row.status] = (label, _STATUS_ORDER.get(row.status, finnish_key(label)))
        born = format_date(row.birth_date)
        haystack = _FIELD_SEPARATOR.join((
            row.last_name, row.first_names, f"{row.first_names} {row.last_name}",
            f"{row.last_name} {row.first_names}", row.identifier, _compact_identifier(row.identifier),
            born, place[2],
        ))
        entries.append(_Entry(
            row=row,
            display=(f"{row.last_name}, {row.first_names}", row.identifier, born, place[0], status[0],
                     row.own_worker),
            haystack=fold(haystack),
            name_key=(finnish_key(row.last_name), finnish_key(row.first_names), row.identifier, row.id.hex),
            municipality_key=place[1],
            status_key=status[1],
        ))
    return entries


def _primary_key(column: int) -> Callable[[_Entry], Any]:
    """The value a column sorts by; falsy values (no birth date, no own worker) sort last."""
    match Column(column):
        case Column.NAME:
            return lambda e: e.name_key
        case Column.IDENTIFIER:
            return lambda e: e.row.identifier.casefold()
        case Column.BIRTH_DATE:
            return lambda e: e.row.birth_date
        case Column.MUNICIPALITY:
            return lambda e: e.municipality_key
        case Column.STATUS:
            return lambda e: e.status_key
        case Column.OWN_WORKER:
            return lambda e: finnish_key(e.row.own_worker)


def _sorted(entries: Iterable[_Entry], column: int, order: Qt.SortOrder) -> list[_Entry]:
    """Sorted by ``column``; ties by name (always A–Ö); rows without a value last either way.

    Must give the same order as ``_position_key``.
    """
    reverse = order != _ASCENDING
    if column == Column.NAME:
        return sorted(entries, key=_primary_key(column), reverse=reverse)
    key = _primary_key(column)
    by_name = sorted(entries, key=_primary_key(Column.NAME))
    filled = [e for e in by_name if key(e)]
    empty = [e for e in by_name if not key(e)]
    filled.sort(key=key, reverse=reverse)  # a stable sort, also reversed: ties stay A–Ö
    return filled + empty


def _position_key(column: int, order: Qt.SortOrder) -> Callable[[_Entry], Any]:
    """A key giving ``_sorted``'s order in one ascending pass, for bisecting a single row into place."""
    primary = _primary_key(column)
    reverse = order != _ASCENDING
    if column == Column.NAME:
        return (lambda e: _Desc(e.name_key)) if reverse else primary

    def key(e: _Entry) -> tuple[Any, ...]:
        value = primary(e)
        if not value:
            return (1, e.name_key)
        return (0, _Desc(value) if reverse else value, e.name_key)

    return key


@dataclass(frozen=True)
class PreparedRows:
    """Rows turned into model entries off the GUI thread (see ``prepare_rows``)."""

    entries: list[_Entry]
    language: str
    sort_column: int
    sort_order: Qt.SortOrder


def prepare_rows(rows: Iterable[CaseloadRow], language: str, sort_column: int = Column.NAME,
                 sort_order: Qt.SortOrder = _ASCENDING) -> PreparedRows:
    """Do the per-row work of ``CaseloadModel.set_rows`` ahead, e.g. in a background task."""
    return PreparedRows(_sorted(_entries(rows, language), sort_column, sort_order), language,
                        int(sort_column), sort_order)


class CaseloadModel(QAbstractTableModel):
    """The counsellor's clients, one row each, with a search mask for ``CaseloadFilterProxy``.

    The filter criteria live here, next to the rows, so that the mask stays aligned with the
    rows through every insertion, removal and sort. Only the proxy should call ``set_filter``.
    """

    def __init__(self, language: str = "fi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._entries: list[_Entry] = []
        self._row_of: dict[uuid.UUID, int] | None = None
        self._sort_column = int(Column.NAME)
        self._sort_order = _ASCENDING
        # search terms, municipality, status, own worker ("My clients"); None: any
        self._criteria: tuple[tuple[str, ...], str | None, str | None, str | None] = ((), None, None, None)
        # One flag per row; mutated in place only, so the proxy can hold on to the list.
        self.mask: list[bool] = []

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY or role == _TOOLTIP:
            if not index.isValid():
                return None
            return self._entries[index.row()].display[index.column()]
        if role == _CLIENT_ID:
            return self._entries[index.row()].row.id if index.isValid() else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == _DISPLAY:
            return self.column_titles()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder  # a newly clicked column starts A–Ö / oldest first
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"), self.tr("Identity code"), self.tr("Birth date"),
            self.tr("Municipality"), self.tr("Status"), self.tr("Own worker"),
        )

    # -- rows ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def rows(self) -> list[CaseloadRow]:
        """The rows in display order (a copy)."""
        return [e.row for e in self._entries]

    def row_at(self, row: int) -> CaseloadRow:
        return self._entries[row].row

    def row_of(self, client_id: uuid.UUID) -> int | None:
        """The model row of a client, or ``None`` if the client is not in the list."""
        if self._row_of is None:
            self._row_of = {e.row.id: i for i, e in enumerate(self._entries)}
        return self._row_of.get(client_id)

    def index_of(self, client_id: uuid.UUID, column: int = 0) -> QModelIndex:
        row = self.row_of(client_id)
        return QModelIndex() if row is None else self.index(row, column)

    def set_rows(self, rows: Iterable[CaseloadRow] | PreparedRows) -> None:
        """Replace every row (a model reset), keeping the current sort order and filter."""
        if not isinstance(rows, PreparedRows) or rows.language != self._language:
            plain = [e.row for e in rows.entries] if isinstance(rows, PreparedRows) else rows
            rows = prepare_rows(plain, self._language, self._sort_column, self._sort_order)
        entries = rows.entries
        if (rows.sort_column, rows.sort_order) != (self._sort_column, self._sort_order):
            entries = _sorted(entries, self._sort_column, self._sort_order)
        self.beginResetModel()
        self._entries = entries
        self._row_of = None
        self.mask[:] = self._mask_for(entries, *self._criteria)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def upsert_row(self, row: CaseloadRow) -> None:
        """Add ``row`` at its sorted place, or replace the row of the same client (moving it if needed)."""
        entry = _entries([row], self._language)[0]
        matches = self._mask_for([entry], *self._criteria)[0]
        current = self.row_of(row.id)
        if current is None:
            target = self._sorted_position(entry, self._entries)
            self.beginInsertRows(QModelIndex(), target, target)
            self._entries.insert(target, entry)
            self.mask.insert(target, matches)
            self._row_of = None
            self.endInsertRows()
            return
        self._entries[current] = entry
        self.mask[current] = matches
        self.dataChanged.emit(self.index(current, 0), self.index(current, len(Column) - 1))
        others = self._entries[:current] + self._entries[current + 1:]
        place = self._sorted_position(entry, others)  # its row once moved
        if place != current:
            # beginMoveRows counts the destination before the row is taken out.
            self.beginMoveRows(QModelIndex(), current, current, QModelIndex(),
                               place + 1 if place > current else place)
            del self._entries[current], self.mask[current]
            self._entries.insert(place, entry)
            self.mask.insert(place, matches)
            self._row_of = None
            self.endMoveRows()

    def remove_row(self, client_id: uuid.UUID) -> bool:
        """Remove the client's row; ``False`` if it was not in the list."""
        row = self.row_of(client_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row], self.mask[row]
        self._row_of = None
        self.endRemoveRows()
        return True

    def set_language(self, language: str) -> None:
        """Rebuild the display texts (municipality names, translated labels) for another UI language."""
        self._language = language
        if self._entries:
            self.layoutAboutToBeChanged.emit()
            self._entries = _entries([e.row for e in self._entries], language)  # same order
            self._apply_order(_sorted(self._entries, self._sort_column, self._sort_order))
            self.layoutChanged.emit()
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
        if len(self._entries) < 2:
            return
        ordered = _sorted(self._entries, column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_order(ordered)
        self.layoutChanged.emit()

    def _apply_order(self, ordered: list[_Entry]) -> None:
        """Put ``ordered`` (a permutation of the entries) in place, moving the persistent indexes."""
        new_row = {id(e): i for i, e in enumerate(ordered)}
        old = self.persistentIndexList()
        if old:
            self.changePersistentIndexList(
                old, [self.index(new_row[id(self._entries[i.row()])], i.column()) for i in old]
            )
        mask_of = {id(e): m for e, m in zip(self._entries, self.mask, strict=True)}
        self.mask[:] = [mask_of[id(e)] for e in ordered]
        self._entries = ordered
        self._row_of = None

    def _sorted_position(self, entry: _Entry, entries: list[_Entry]) -> int:
        """Where ``entry`` goes among ``entries`` (which are in the current order)."""
        key = _position_key(self._sort_column, self._sort_order)
        return bisect.bisect_right(entries, key(entry), key=key)

    # -- searching -------------------------------------------------------------------------

    def compute_mask(self, search_text: str, municipality_code: str | None = None,
                     status: str | None = None, worker: str | None = None) -> list[bool]:
        """Which rows match: every search term somewhere in the row, and the municipality, status
        and own worker."""
        return self._mask_for(self._entries, tuple(search_terms(search_text)), municipality_code, status, worker)

    def worker_count(self, worker: str) -> int:
        """How many clients have ``worker`` as their own worker (one pass; callers keep the answer)."""
        return sum(1 for e in self._entries if e.row.own_worker == worker)

    @staticmethod
    def _mask_for(entries: Sequence[_Entry], terms: tuple[str, ...], municipality_code: str | None,
                  status: str | None, worker: str | None = None) -> list[bool]:
        if municipality_code is None and status is None and worker is None:
            if not terms:
                return [True] * len(entries)
            haystacks = [e.haystack for e in entries]
            mask = [terms[0] in h for h in haystacks]
            terms = terms[1:]
        else:
            mask = [
                (municipality_code is None or e.row.municipality_code == municipality_code)
                and (status is None or e.row.status == status)
                and (worker is None or e.row.own_worker == worker)
                for e in entries
            ]
            haystacks = [e.haystack for e in entries]
        for term in terms:
            mask = [m and term in h for m, h in zip(mask, haystacks, strict=True)]
        return mask

    def set_filter(self, search_text: str, municipality_code: str | None, status: str | None,
                   mask: list[bool] | None = None, worker: str | None = None) -> None:
        """Make these the criteria of ``mask``; pass ``mask`` if it was just computed for them."""
        terms = tuple(search_terms(search_text))
        self._criteria = (terms, municipality_code, status, worker)
        self.mask[:] = mask if mask is not None else self._mask_for(self._entries, *self._criteria)

    @property
    def shown_count(self) -> int:
        return sum(self.mask)


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Filters the caseload by the model's mask and hands sorting to the model.

    Sorting in the proxy would call ``data()`` through ``lessThan`` for every comparison,
    so ``sort`` is forwarded to the source and the proxy keeps the source order.
    """

    # An incremental filter update emits one insert or remove per run of rows that appear or
    # disappear; past this many runs one layout change (``invalidate``) is cheaper.
    INCREMENTAL_RUNS_MAX = 300

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._model: CaseloadModel | None = None
        self._mask: list[bool] = []
        self._search_text = ""
        self._municipality_code: str | None = None
        self._status: str | None = None
        self._worker: str | None = None

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, CaseloadModel):
            raise TypeError("CaseloadFilterProxy works only over a CaseloadModel")
        self._model = model
        self._mask = model.mask
        super().setSourceModel(model)
        model.dataChanged.connect(self._on_model_data_changed)
        self.set_filter(self._search_text, self._municipality_code, self._status, force=True)

    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        """Dynamic filtering is off, so a changed row that now (no longer) matches is re-filtered here."""
        assert self._model is not None
        for row in range(top_left.row(), bottom_right.row() + 1):
            shown = self.mapFromSource(self._model.index(row, 0)).isValid()
            if shown != self._mask[row]:
                self.beginFilterChange()
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
                return

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._mask[source_row]

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def municipality_code(self) -> str | None:
        return self._municipality_code

    @property
    def status(self) -> str | None:
        return self._status

    def set_search_text(self, text: str) -> None:
        self.set_filter(text, self._municipality_code, self._status)

    def set_municipality(self, code: str | None) -> None:
        self.set_filter(self._search_text, code, self._status)

    def set_status(self, status: str | None) -> None:
        self.set_filter(self._search_text, self._municipality_code, status)

    @property
    def worker(self) -> str | None:
        return self._worker

    def set_worker(self, worker: str | None) -> None:
        """Only the clients of this own worker ("My clients"), or ``None`` for every client."""
        self._worker = worker
        self.set_filter(self._search_text, self._municipality_code, self._status)

    def set_filter(self, search_text: str, municipality_code: str | None, status: str | None,
                   *, force: bool = False) -> None:
        """Show the rows matching all three criteria and the own worker (``None`` means any)."""
        self._search_text, self._municipality_code, self._status = search_text, municipality_code, status
        model, worker = self._model, self._worker
        if model is None:
            return
        mask = model.compute_mask(search_text, municipality_code, status, worker)
        if mask == self._mask and not force:
            model.set_filter(search_text, municipality_code, status, mask, worker)  # same rows: nothing to redo
            return
        if self._changed_runs(mask) > self.INCREMENTAL_RUNS_MAX:
            model.set_filter(search_text, municipality_code, status, mask, worker)
            self.invalidate()
            return
        self.beginFilterChange()
        model.set_filter(search_text, municipality_code, status, mask, worker)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _changed_runs(self, mask: list[bool]) -> int:
        """How many separate runs of rows ``mask`` would show or hide, compared with the current mask."""
        runs = 0
        previous = 0  # 0 unchanged, 1 shown, -1 hidden
        for new, old in zip(mask, self._mask, strict=True):
            change = new - old
            if change and change != previous:
                runs += 1
            previous = change
        return runs

    def client_id(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        value = index.data(ClientIdRole) if index.isValid() else None
        return value if isinstance(value, uuid.UUID) else None

    def index_of(self, client_id: uuid.UUID) -> QModelIndex:
        """The proxy index (column 0) of a client, invalid if the client is filtered out or absent."""
        if self._model is None:
            return QModelIndex()
        return self.mapFromSource(self._model.index_of(client_id))
