"""The organisation view of personal budgets: every HB client's budget in force with totals
across clients, and its CSV export (docs/admin.md, "Organisation view and CSV export").

The rows come from ``BudgetService.organisation_overview``; this module adds the totals and
writes the export. The export is the only way these figures leave the encrypted store, and
only because the user asked for it: it is written atomically to the place the user chose
and logged (action ``export``, the column names, never a value).

CSV format, for Finnish spreadsheets (Excel and LibreOffice in the fi/sv-FI locales open it
with a double-click and see numbers, not text):
- UTF-8 with a byte-order mark (without it Excel reads ä and ö as mojibake), ``;`` between
  fields (the comma is the decimal mark), CRLF line ends, one header row;
- amounts in euros with two decimals and a decimal comma, no thousands separator and an
  ASCII minus ("-1234,50"): a no-break space or U+2212 would turn the cell into text;
- dates in ISO 8601 (2026-11-22): every spreadsheet locale reads them as dates and they
  sort as text too, where 22.11.2026 is a date only in Finnish-locale spreadsheets;
- percentages as numbers with one decimal (use of allocation), the attainment change with
  two; an empty cell where there is nothing to show;
- the header and the state and yes/no words in the user's language, passed in by the GUI
  (services do not translate).
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.budgets import OVERVIEW_RECORD_TYPE, BudgetService, OverviewRow
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.files import atomic_write_bytes
from sopiva_desk.store.repositories import access_log

# The export's columns, in order; the GUI gives a header for each key.
CSV_COLUMNS = ("client", "state", "period_start", "period_end", "reference", "allocation", "difference",
               "cost_neutral", "realised", "expected", "use_percent", "attainment_change")
# A text cell starting with one of these is a formula to a spreadsheet (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(KnownError):
    """An export could not be written where the user chose (a read-only folder, a removed stick)."""

    key = "export.failed"


class ExportDiskFullError(ExportError):
    key = "export.disk_full"


@dataclass(frozen=True)
class OrganisationTotals:
    """Sums across the clients of an overview; amounts in cents."""

    clients: int
    reference_cents: int
    allocation_cents: int
    difference_cents: int  # allocation − reference, summed
    realised_cents: int
    expected_cents: int
    cost_neutral: int  # clients whose budget allocates money within the reference cost
    over_reference: int
    no_allocation: int  # clients whose budget allocates nothing yet (neither of the above)
    mean_attainment_change: float | None  # over the clients that have one; None when none has
    with_attainment: int


@dataclass(frozen=True)
class OrganisationOverview:
    today: date
    rows: tuple[OverviewRow, ...]  # sorted by name, as the budget service gives them
    totals: OrganisationTotals


@dataclass(frozen=True)
class CsvText:
    """The translated words of an export, given by the GUI."""

    headers: Mapping[str, str]  # a header for every key of ``CSV_COLUMNS``
    states: Mapping[str, str]  # budget state (indicative, decided, closed) -> its name
    yes: str
    no: str


def totals_of(rows: Sequence[OverviewRow]) -> OrganisationTotals:
    attainment = [r.goal_attainment_change for r in rows if r.goal_attainment_change is not None]
    states = [r.cost_state for r in rows]
    return OrganisationTotals(
        clients=len(rows), reference_cents=sum(r.reference_cents for r in rows),
        allocation_cents=sum(r.allocation_cents for r in rows), difference_cents=sum(r.difference_cents for r in rows),
        realised_cents=sum(r.realised_cents for r in rows), expected_cents=sum(r.expected_cents for r in rows),
        cost_neutral=states.count("cost_neutral"), over_reference=states.count("over_reference"),
        no_allocation=states.count("no_allocation"),
        mean_attainment_change=sum(attainment) / len(attainment) if attainment else None,
        with_attainment=len(attainment))


def use_percent(row: OverviewRow) -> float | None:
    """Realised use as a percentage of the allocation; ``None`` when nothing is allocated."""
    return row.realised_cents * 100 / row.allocation_cents if row.allocation_cents else None


def csv_euros(cents: int) -> str:
    """``-123450`` -> ``-1234,50``: what a Finnish-locale spreadsheet reads as a number."""
    whole, part = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{whole},{part:02d}"


def csv_decimal(value: float | None, decimals: int) -> str:
    """Half up, like money (docs/budget.md): 6.25 -> ``6,3`` where ``f"{6.25:.1f}"`` gives 6.2."""
    if value is None:
        return ""
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return f"{rounded:f}".replace(".", ",")


def _csv_text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(rows: Sequence[OverviewRow], text: CsvText) -> bytes:
    missing = [key for key in CSV_COLUMNS if key not in text.headers]
    if missing:
        raise ValueError(f"no header for {missing}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_csv_text(text.headers[key]) for key in CSV_COLUMNS])
    for r in rows:
        writer.writerow([
            _csv_text(r.client_name), _csv_text(text.states.get(r.state, r.state)), r.period_start.isoformat(),
            r.period_end.isoformat(), csv_euros(r.reference_cents), csv_euros(r.allocation_cents),
            csv_euros(r.difference_cents), text.yes if r.cost_neutral else text.no, csv_euros(r.realised_cents),
            csv_euros(r.expected_cents), csv_decimal(use_percent(r), 1), csv_decimal(r.goal_attainment_change, 2)])
    return buffer.getvalue().encode("utf-8-sig")


class OrganisationService:
    def __init__(self, db: Database, actor: Actor, budgets: BudgetService) -> None:
        self._db = db
        self._actor = actor
        self._budgets = budgets

    def overview(self, today: date) -> OrganisationOverview:
        """Every HB client's budget in force on ``today`` and the totals (logged as one view)."""
        rows = tuple(self._budgets.organisation_overview(today))
        return OrganisationOverview(today, rows, totals_of(rows))

    def export_csv(self, today: date, path: Path | str, text: CsvText) -> int:
        """Write the overview on ``today`` to ``path`` as CSV (module doc); returns the number of
        client rows. Raises ``ExportDiskFullError`` or ``ExportError`` when the file cannot be
        written; then neither the file nor a temporary file is left behind."""
        path = Path(path)
        rows = self._budgets.organisation_overview(today)
        data = csv_bytes(rows, text)
        written = False
        try:
            with storage_errors(), self._db.transaction() as session:
                # Logged in the same transaction as the write: a failed write rolls the entry
                # back, and the entry is flushed first so a full database fails before the file
                # exists.
                # Names every client in the file, so each client's own log shows the export.
                access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                                  purpose=self._actor.purpose,
                                  action="export", record_type=OVERVIEW_RECORD_TYPE, client_id=None,
                                  fields=CSV_COLUMNS, clients={row.client_id for row in rows})
                session.flush()
                write_export(path, data)
                written = True
        except BaseException:
            if written:  # the commit failed: an export that is not in the log must not exist
                remove_quietly(path)
            raise
        return len(rows)


def write_export(path: Path, data: bytes) -> None:
    """Write an export the user asked for atomically; ``ExportError`` (or its disk-full kind) when it cannot be."""
    try:
        # Temp file beside the target (owner-only), fsync, os.replace, directory fsync; the temp
        # file is removed on any failure (store/files.py).
        atomic_write_bytes(path, data)
    except OSError as err:
        if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise ExportDiskFullError() from None
        raise ExportError() from None


def remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
