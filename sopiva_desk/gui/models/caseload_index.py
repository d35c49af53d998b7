"""Which caseload rows match a search and the filters, narrowing from the answers before.

Typing "virtanen" asks for "v", "vi", "vir" …: each longer search can only match rows the
shorter one matched, so it looks only among those. Answers are kept (a few, as arrays of row
numbers) until the rows change; the first search after a change, or one that no kept answer
covers, looks at every row in one C-level pass (``map`` of ``str.__contains__`` over the
prebuilt list of search texts, ``compress`` over the row numbers): no Python code runs per row.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import contains, eq

from sopiva_desk.gui.models.caseload_rows import CaseloadRows

# municipality code, status, own worker, sync state; None: any
Filters = tuple[str | None, str | None, str | None, str | None]
Terms = tuple[str, ...]  # folded search terms, see ``caseload_rows.search_terms``


def _rows(numbers: Iterable[int]) -> array[int]:
    return array("i", numbers)


def _covers(earlier: Terms, terms: Terms) -> bool:
    """Whether every row matching ``terms`` also matches ``earlier``: each earlier term is part
    of some term now ("vi" of "vir", "aino" of "aino"), so the earlier answer can be narrowed."""
    return all(any(old in new for new in terms) for old in earlier)


class CaseloadIndex:
    """Matching rows of one ``CaseloadRows``; call ``forget`` whenever the rows change."""

    KEPT_MAX = 24  # answers kept: a few searches typed letter by letter (4 bytes per matching row)

    def __init__(self, rows: CaseloadRows) -> None:
        self._rows = rows
        self._kept: dict[tuple[Filters, Terms], array[int]] = {}

    def forget(self, rows: CaseloadRows | None = None) -> None:
        """Drop the kept answers (the rows were added, removed, changed or sorted)."""
        if rows is not None:
            self._rows = rows
        self._kept.clear()

    def matching(self, terms: Terms, filters: Filters) -> array[int]:
        """The row numbers, ascending, whose search text holds every term and that pass the filters."""
        found = self._kept.pop((filters, terms), None)
        if found is None:
            start, done = self._closest(terms, filters)
            found = start
            for term in sorted(set(terms) - set(done), key=len, reverse=True):  # the longest narrows most
                found = self._narrow(found, term)
        self._keep((filters, terms), found)
        return found

    def _closest(self, terms: Terms, filters: Filters) -> tuple[array[int], Terms]:
        """The smallest kept answer this search narrows (with its terms), else the filters' rows."""
        best: tuple[array[int], Terms] | None = None
        for (kept_filters, kept_terms), rows in self._kept.items():
            if kept_filters == filters and _covers(kept_terms, terms) and (best is None or len(rows) < len(best[0])):
                best = rows, kept_terms
        if best is not None:
            return best
        base = self._filtered(filters)
        self._keep((filters, ()), base)
        return base, ()

    def _filtered(self, filters: Filters) -> array[int]:
        rows = self._rows
        found: array[int] | None = None
        columns = (rows.municipality_codes, rows.statuses, rows.own_workers, rows.sync_states)
        for column, wanted in zip(columns, filters, strict=True):
            if wanted is None:
                continue
            if found is None:
                found = _rows(compress(range(len(column)), map(eq, column, repeat(wanted))))
            else:
                found = _rows(compress(found, map(eq, map(column.__getitem__, found), repeat(wanted))))
        return found if found is not None else _rows(range(len(rows)))

    def _narrow(self, among: Sequence[int], term: str) -> array[int]:
        haystacks = self._rows.haystacks
        if len(among) == len(haystacks):  # every row: no need to pick them one by one
            return _rows(compress(range(len(haystacks)), map(contains, haystacks, repeat(term))))
        return _rows(compress(among, map(contains, map(haystacks.__getitem__, among), repeat(term))))

    def _keep(self, key: tuple[Filters, Terms], rows: array[int]) -> None:
        self._kept.pop(key, None)
        self._kept[key] = rows  # the newest last
        while len(self._kept) > self.KEPT_MAX:
            del self._kept[next(iter(self._kept))]
