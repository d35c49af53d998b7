"""The organisation view's table: one row per HB client, sorted by value and filtered by name.

Display texts are built once per load (2,000 rows), not in every ``data()`` call. The model
sorts itself by the values behind the texts (9 800 € below 10 200 €) with Python key functions:
a proxy sorting through ``lessThan`` called back into Python ~13,000 times for 2,000 rows, most
of the time the view took to show (issue 12). The proxy only filters by name.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sopiva_desk.domain.money import MINUS, format_cents
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.caseload_model import finnish_key, search_terms
from sopiva_desk.services.budgets import OverviewRow
from sopiva_desk.services.organisation import use_percent

ClientIdRole = int(Qt.ItemDataRole.UserRole) + 1
BudgetIdRole = int(Qt.ItemDataRole.UserRole) + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NONE = "—"
OVER_MARK = "▲"  # over the reference: shown as a mark and in words, the colour only adds to it
OVER_COLOR = "#a4262c"  # 6.4:1 on white

CONTEXT = "OrganisationModel"
STATES = {
    "indicative": QT_TRANSLATE_NOOP("OrganisationModel", "Indicative"),
    "decided": QT_TRANSLATE_NOOP("OrganisationModel", "Decided"),
    "closed": QT_TRANSLATE_NOOP("OrganisationModel", "Closed"),
}


def state_name(state: str) -> str:
    source = STATES.get(state)
    return QCoreApplication.translate(CONTEXT, source) if source else state


class Column(IntEnum):
    NAME = 0
    STATE = 1
    PERIOD = 2
    REFERENCE = 3
    ALLOCATION = 4
    DIFFERENCE = 5
    REALISED = 6
    EXPECTED = 7
    USE = 8
    ATTAINMENT = 9


_MONEY = (Column.REFERENCE, Column.ALLOCATION, Column.DIFFERENCE, Column.REALISED, Column.EXPECTED)
_NUMERIC = (*_MONEY, Column.USE, Column.ATTAINMENT)


def signed_cents(cents: int, language: str) -> str:
    """A difference with its sign: "+1 410,00 €", "−1 410,00 €", "0,00 €"."""
    return ("+" if cents > 0 else "") + format_cents(cents, language)


def format_percent(value: float | None, language: str) -> str:
    if value is None:
        return NONE
    return f"{value:.0f}\u00a0%"


def format_change(value: float | None, language: str) -> str:
    if value is None:
        return NONE
    text = f"{value:+.2f}".replace(".", ",")
    return text.replace("-", MINUS) if language != "en" else text


@dataclass(frozen=True)
class _Entry:
    row: OverviewRow
    display: tuple[str, ...]
    keys: tuple[Any, ...]  # per column; ``None`` (nothing to show) sorts last either way
    folded_name: str


def _entry(row: OverviewRow, language: str) -> _Entry:
    over = row.cost_state == "over_reference"
    share = use_percent(row)
    difference = signed_cents(row.difference_cents, language)
    display = (
        row.client_name, state_name(row.state), f"{format_date(row.period_start)}–{format_date(row.period_end)}",
        format_cents(row.reference_cents, language), format_cents(row.allocation_cents, language),
        f"{OVER_MARK} {difference}" if over else difference, format_cents(row.realised_cents, language),
        format_cents(row.expected_cents, language), format_percent(share, language),
        format_change(row.goal_attainment_change, language))
    keys = (finnish_key(row.client_name), row.state, (row.period_start, row.period_end), row.reference_cents,
            row.allocation_cents, row.difference_cents, row.realised_cents, row.expected_cents, share,
            row.goal_attainment_change)
    return _Entry(row, display, keys, " ".join(search_terms(row.client_name)))


class OrganisationModel(QAbstractTableModel):
    """The rows of ``OrganisationOverview``; ``ClientIdRole`` gives a row's client UUID."""

    def __init__(self, language: str = "fi", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._entries: list[_Entry] = []
        self._header_lines: dict[int, str] = {}
        self._sort_column = int(Column.NAME)
        self._sort_order = Qt.SortOrder.AscendingOrder

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == _DISPLAY:
            return entry.display[column]
        if role == ClientIdRole:
            return entry.row.client_id
        if role == BudgetIdRole:
            return entry.row.budget_id
        if role == _ALIGN:
            return _RIGHT if column in _NUMERIC else _LEFT
        over = column == Column.DIFFERENCE and entry.row.cost_state == "over_reference"
        if role == _TOOLTIP:
            if over:
                return self.tr("Over the reference cost by {amount}").format(
                    amount=format_cents(entry.row.difference_cents, self._language))
            if column == Column.DIFFERENCE and entry.row.cost_state == "no_allocation":
                return self.tr("Nothing allocated yet: the budget has no lines, or only lines at 0 €")
            if column == Column.DIFFERENCE:
                return self.tr("Within the reference cost (cost-neutral)")
            if column == Column.ATTAINMENT and entry.row.goal_attainment_change is None:
                return self.tr("No reviews yet")
            return None
        if role == _FOREGROUND and over:
            return QBrush(QColor(OVER_COLOR))
        if role == _FONT and over:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == _DISPLAY:
            return self._header_lines.get(section) or self.column_titles()[section]
        if role == _ALIGN:
            return _RIGHT if section in _NUMERIC else _LEFT
        if role == _TOOLTIP:
            return self.column_tips()[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def set_header_lines(self, lines: dict[int, str]) -> None:
        """Titles broken onto lines (``\n``) by the page so that no title is cut; by column."""
        self._header_lines = dict(lines)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("State"), self.tr("Period"), self.tr("Reference cost"),
                self.tr("Allocation"), self.tr("Difference"), self.tr("Realised"), self.tr("Expected by now"),
                self.tr("Use of allocation"), self.tr("Goal attainment change"))

    def column_tips(self) -> tuple[str | None, ...]:
        return (None, None, None, self.tr("The cost-neutrality ceiling: the services the client is entitled to"),
                self.tr("The sum of the budget lines"),
                self.tr("Allocation minus reference cost; {mark} marks a budget over the reference cost").format(
                    mark=OVER_MARK),
                self.tr("Realised use recorded so far"),
                self.tr("The allocation in proportion to the part of the period gone by"),
                self.tr("Realised use as a share of the allocation"),
                self.tr("Change in goal attainment between reviews"))

    # -- rows ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def set_rows(self, rows: Sequence[OverviewRow]) -> None:
        """Show ``rows`` in the current sort order."""
        self.beginResetModel()
        self._entries = _sorted([_entry(r, self._language) for r in rows], self._sort_column, self._sort_order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the values behind column ``column``; empty cells last either way, ties by name."""
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = column, order
        ordered = _sorted(self._entries, column, order)
        self.layoutAboutToBeChanged.emit()
        new_row = {id(e): i for i, e in enumerate(ordered)}
        old = self.persistentIndexList()
        if old:
            self.changePersistentIndexList(
                old, [self.index(new_row[id(self._entries[i.row()])], i.column()) for i in old])
        self._entries = ordered
        self.layoutChanged.emit()

    def set_language(self, language: str) -> None:
        self._language = language
        self.set_rows([e.row for e in self._entries])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def row_at(self, row: int) -> OverviewRow:
        return self._entries[row].row

    def folded_name(self, row: int) -> str:
        return self._entries[row].folded_name

    def sort_key(self, row: int, column: int) -> Any:
        return self._entries[row].keys[column]


def _sorted(entries: list[_Entry], column: int, order: Qt.SortOrder) -> list[_Entry]:
    descending = order == Qt.SortOrder.DescendingOrder
    by_name = sorted(entries, key=lambda e: e.keys[Column.NAME])
    if column == Column.NAME:
        return by_name[::-1] if descending else by_name
    filled = [e for e in by_name if e.keys[column] is not None]
    empty = [e for e in by_name if e.keys[column] is None]
    filled.sort(key=lambda e: e.keys[column], reverse=descending)  # stable: equal values stay A–Ö
    return filled + empty


class OrganisationProxy(QSortFilterProxyModel):
    """Filters by words of the client's name (all must match; case and accents ignored as in the
    caseload search, å ä ö staying letters of their own); sorting is the model's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, OrganisationModel):
            model.sort(column, order)

    def set_name_filter(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = search_terms(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not self._terms or not isinstance(model, OrganisationModel):
            return True
        name = model.folded_name(source_row)
        return all(term in name for term in self._terms)

    def client_id(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        value = index.data(ClientIdRole) if index.isValid() else None
        return value if isinstance(value, uuid.UUID) else None

    def budget_id(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        value = index.data(BudgetIdRole) if index.isValid() else None
        return value if isinstance(value, uuid.UUID) else None
