"""The caseload's rows as plain columns, with a folded search text each, and their sort orders.

No Qt here: ``prepare_caseload`` runs on the store lane right after the read, and the models in
``caseload_model`` keep its result. Everything that touches every row works on whole columns
(``map`` over lists, one ``fold`` of all texts joined, ``sorted`` with a list's ``__getitem__``
as key), so that 100,000 rows cost C-level passes rather than Python calls per row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import compress
from typing import Any

from sopiva_desk.domain.clients import ClientStatus
from sopiva_desk.domain.sync_state import STATE_ORDER, ClientSyncStates
from sopiva_desk.gui.labels import status_label
from sopiva_desk.services import reference
from sopiva_desk.services.clients import CaseloadColumns

_FIELD_SEPARATOR = "\n"  # cannot be typed into the search field, so terms never match across fields
_BULK_SEPARATOR = "\x00"  # joins many texts to fold them in one pass; never inside a stored text
_CHUNK = 8192  # texts joined at a time
_FINNISH_ORDER = (("å", "{"), ("ä", "|"), ("ö", "}"))  # the three letters after z, in order
# å ä ö are letters of their own in Finnish; other accented letters fold: é -> e, ü -> u, ç -> c.
_NEEDS_FOLDING = re.compile(r"[^\x00-\x7fåäö]")
_STATUS_ORDER = {status.value: f"{i:02d}" for i, status in enumerate(ClientStatus)}  # workflow order
_SYNC_ORDER = {state.value: f"{i}" for i, state in enumerate(STATE_ORDER)}  # most urgent first


class Column(IntEnum):
    NAME = 0
    IDENTIFIER = 1
    BIRTH_DATE = 2
    MUNICIPALITY = 3
    STATUS = 4
    OWN_WORKER = 5
    SYNC = 6  # hidden when the profile is not enrolled


@lru_cache(maxsize=1024)
def _strip_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: ``José Sjöström`` -> ``jose sjöström``."""
    text = text.casefold()
    if _NEEDS_FOLDING.search(text) is None:  # the usual case: ASCII plus å ä ö
        return text
    return _NEEDS_FOLDING.sub(lambda m: _strip_marks(m.group()), text)


def _in_finnish_order(folded: str) -> str:
    for letter, after_z in _FINNISH_ORDER:  # three C-level passes (str.translate goes char by char)
        folded = folded.replace(letter, after_z)
    return folded


def fold_all(texts: Sequence[str], *, sort_keys: bool = False) -> list[str]:
    """``[fold(t) for t in texts]`` (``finnish_key`` with ``sort_keys``), folded a few thousand
    texts joined at a time: a few C-level passes instead of Python calls per text, little memory
    on the side."""
    one = finnish_key if sort_keys else fold
    folded: list[str] = []
    for start in range(0, len(texts), _CHUNK):
        part = texts[start:start + _CHUNK]
        joined = fold(_BULK_SEPARATOR.join(part))
        done = (_in_finnish_order(joined) if sort_keys else joined).split(_BULK_SEPARATOR)
        if len(done) != len(part):  # a separator inside some text: one at a time
            done = [one(t) for t in part]
        folded += done
    return folded


@lru_cache(maxsize=8192)
def finnish_key(text: str) -> str:
    """A sort key in Finnish alphabetical order (… x y z å ä ö), ignoring case and accents."""
    return _in_finnish_order(fold(text))


def search_terms(search_text: str) -> list[str]:
    """The folded, whitespace-separated terms of a search; every one must match."""
    return fold(search_text).split()


def born_text(iso: str) -> str:
    """``1952-10-13`` -> ``13.10.1952`` (as ``formatting.format_date`` writes dates); "" -> ""."""
    return f"{int(iso[8:10])}.{int(iso[5:7])}.{iso[:4]}" if iso else ""


def _compact_identifiers(identifiers: Sequence[str]) -> list[str]:
    """The identifiers without century sign or hyphens: 131052-308T -> 131052308T, TMP-7K3M -> TMP7K3M."""
    return [(i[:6] + i[7:] if len(i) == 11 and i[:6].isdigit() else i.replace("-", "")) for i in identifiers]


def place_texts(code: str, language: str) -> tuple[str, str]:
    """A municipality's name as shown in ``language`` and its searchable names (Finnish and Swedish);
    a code not in the shipped list is shown and searched as it is."""
    municipality = reference.municipality_by_code().get(code)
    if municipality is None:
        return code, code
    return municipality.name(language), _FIELD_SEPARATOR.join((municipality.name_fi, municipality.name_sv))


@dataclass(slots=True)
class CaseloadRows:
    """Rows as columns (row ``i`` across the lists), with the folded text a search looks in."""

    ids: list[str]  # 32 hex digits
    last_names: list[str]
    first_names: list[str]
    identifiers: list[str]
    birth_dates: list[str]  # ISO text, "" if unknown
    municipality_codes: list[str]
    statuses: list[str]
    own_workers: list[str]
    haystacks: list[str]
    sync_states: list[str]  # ``record_state.SyncState`` values, "" when not enrolled (never searched)

    def __len__(self) -> int:
        return len(self.ids)

    def columns(self) -> tuple[list[Any], ...]:
        return (self.ids, self.last_names, self.first_names, self.identifiers, self.birth_dates,
                self.municipality_codes, self.statuses, self.own_workers, self.haystacks, self.sync_states)

    def permuted(self, order: Sequence[int]) -> CaseloadRows:
        """The rows in ``order`` (a permutation of the row numbers)."""
        return CaseloadRows(*(list(map(column.__getitem__, order)) for column in self.columns()))

    def insert(self, position: int, row: CaseloadRows) -> None:
        """Put the one row of ``row`` at ``position``."""
        for column, values in zip(self.columns(), row.columns(), strict=True):
            column.insert(position, values[0])

    def replace(self, position: int, row: CaseloadRows) -> None:
        for column, values in zip(self.columns(), row.columns(), strict=True):
            column[position] = values[0]

    def delete(self, position: int) -> None:
        for column in self.columns():
            del column[position]

    @classmethod
    def empty(cls) -> CaseloadRows:
        return cls([], [], [], [], [], [], [], [], [], [])


def _shared(values: list[str]) -> list[str]:
    """The same texts, equal ones as one object: less memory, and ``==`` stops at the pointer."""
    seen: dict[str, str] = {}
    return list(map(seen.setdefault, values, values))


def rows_of(columns: CaseloadColumns, sync_states: list[str] | None = None) -> CaseloadRows:
    """The store's columns with a search text per row: names, identifier (also without hyphens and
    century sign), birth date as shown, and the municipality in Finnish and Swedish, folded; and the
    rows' sync states ("" each when not given)."""
    born = {iso: born_text(iso) for iso in set(columns.birth_dates)}
    places = {code: place_texts(code, "fi")[1] for code in set(columns.municipality_codes)}
    haystacks: list[str] = []
    for start in range(0, len(columns), _CHUNK):
        part = slice(start, start + _CHUNK)
        identifiers = columns.identifiers[part]
        haystacks += fold_all(list(map(_FIELD_SEPARATOR.join, zip(
            columns.last_names[part], columns.first_names[part], identifiers, _compact_identifiers(identifiers),
            map(born.__getitem__, columns.birth_dates[part]),
            map(places.__getitem__, columns.municipality_codes[part]), strict=True,
        ))))
    return CaseloadRows(columns.ids, _shared(columns.last_names), _shared(columns.first_names), columns.identifiers,
                        _shared(columns.birth_dates), _shared(columns.municipality_codes),
                        _shared(columns.statuses), _shared(columns.own_workers), haystacks,
                        sync_states if sync_states is not None else [""] * len(columns))


# -- sorting -------------------------------------------------------------------------------------


def name_keys(rows: CaseloadRows) -> list[str]:
    """Per row: last name, first names, identifier and id, in Finnish order as one text (a total order)."""
    last = fold_all(rows.last_names, sort_keys=True)
    first = fold_all(rows.first_names, sort_keys=True)
    return list(map(_BULK_SEPARATOR.join, zip(last, first, rows.identifiers, rows.ids, strict=True)))


def name_key(rows: CaseloadRows, i: int) -> str:
    """``name_keys(rows)[i]``, for one row."""
    return _BULK_SEPARATOR.join((finnish_key(rows.last_names[i]), finnish_key(rows.first_names[i]),
                                 rows.identifiers[i], rows.ids[i]))


def _sort_value(column: int, language: str) -> tuple[Callable[[CaseloadRows], list[str]], Callable[[str], Any]]:
    """The column of the rows that ``column`` sorts by (other than the name), and the sort key of
    one of its values; falsy keys (no birth date, no own worker) sort last."""
    match Column(column):
        case Column.IDENTIFIER:
            return (lambda rows: rows.identifiers), str.casefold
        case Column.BIRTH_DATE:
            return (lambda rows: rows.birth_dates), str  # ISO text sorts by date
        case Column.MUNICIPALITY:
            return (lambda rows: rows.municipality_codes), lambda code: finnish_key(place_texts(code, language)[0])
        case Column.STATUS:
            return (lambda rows: rows.statuses), lambda status: (_STATUS_ORDER.get(status)
                                                                 or finnish_key(status_label(status)))
        case Column.SYNC:
            return (lambda rows: rows.sync_states), _SYNC_ORDER.get
        case _:
            return (lambda rows: rows.own_workers), finnish_key


def order_by(rows: CaseloadRows, column: int, reverse: bool, language: str) -> list[int]:
    """The row numbers sorted by ``column`` (``reverse``: descending): ties by name (always A–Ö),
    rows without a value last either way. ``position_key`` gives the same order."""
    names = name_keys(rows)
    if column == Column.NAME:
        return sorted(range(len(rows)), key=names.__getitem__, reverse=reverse)
    by_name = sorted(range(len(rows)), key=names.__getitem__)
    pick, key = _sort_value(column, language)
    column_values = pick(rows)
    key_of = {value: key(value) for value in set(column_values)}
    keys = list(map(key_of.__getitem__, column_values))
    filled = list(compress(by_name, map(keys.__getitem__, by_name)))
    empty = [i for i in by_name if not keys[i]]
    filled.sort(key=keys.__getitem__, reverse=reverse)  # a stable sort, also reversed: ties stay A–Ö
    return filled + empty


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


def position_key(column: int, reverse: bool, language: str) -> Callable[[CaseloadRows, int], Any]:
    """A key of row ``i`` of some rows giving ``order_by``'s order in one ascending pass, for
    bisecting a single row into place."""
    if column == Column.NAME:
        return (lambda rows, i: _Desc(name_key(rows, i))) if reverse else name_key
    pick, value_key = _sort_value(column, language)

    def key(rows: CaseloadRows, i: int) -> tuple[Any, ...]:
        value = value_key(pick(rows)[i])
        if not value:
            return (1, name_key(rows, i))
        return (0, _Desc(value) if reverse else value, name_key(rows, i))

    return key


@dataclass(frozen=True)
class PreparedCaseload:
    """Rows made ready for ``CaseloadModel.set_rows`` off the GUI thread (see ``prepare_caseload``)."""

    rows: CaseloadRows
    language: str
    sort_column: int
    descending: bool
    sync: ClientSyncStates = ClientSyncStates(enrolled=False)  # the rows' sync states and what makes them so


def prepare_caseload(columns: CaseloadColumns | Iterable[Any], language: str, sort_column: int = Column.NAME,
                     descending: bool = False, sync: ClientSyncStates | None = None) -> PreparedCaseload:
    """Search texts and the sort order for the store's columns (or ``CaseloadRow`` values) and their
    sync states, e.g. in a background task, so that the GUI thread only swaps them in."""
    if not isinstance(columns, CaseloadColumns):
        columns = CaseloadColumns.of(columns)
    sync = sync or ClientSyncStates(enrolled=False)
    rows = rows_of(columns, sync.column(columns.ids))
    ordered = rows.permuted(order_by(rows, sort_column, descending, language))
    return PreparedCaseload(ordered, language, int(sort_column), descending, sync.for_list())
