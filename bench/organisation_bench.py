"""Organisation view of personal budgets: ``OrganisationService.overview`` and the CSV export
over 2,000 HB clients in a store of 10,000 clients (``bench/fixtures.py``: each HB client has
an agreed plan, a decided 12-line budget with 3 payment commitments and 50 realised uses;
every 4th also last year's closed budget with 20 uses, every 10th next year's draft).

Every overview run writes its access-log entry, as in the app. Target (issue 5): ≤ 500 ms.
Run: ``python -m bench.organisation_bench`` (``--quick``: 2,000 clients, 400 HB clients).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.fixtures import hb_store
from bench.stats import summary_ms
from sopiva_desk.services.organisation import CSV_COLUMNS, CsvText, OrganisationService
from sopiva_desk.services.workspace import Workspace

TODAY = date(2026, 11, 22)
TEXT = CsvText(headers={key: key for key in CSV_COLUMNS},
               states={"indicative": "Alustava", "decided": "Päätetty", "closed": "Suljettu"}, yes="kyllä", no="ei")


def page_shown(workspace: Workspace, repeats: int) -> dict[str, float]:
    """The overview as the counsellor sees it: View → Personal budgets overview, from asking to
    the table painted (the page's own load on an inline runner, then a repaint at 1366×768)."""
    from PySide6.QtWidgets import QApplication

    from sopiva_desk.gui.context import AppContext
    from sopiva_desk.gui.pages.organisation import OrganisationPage
    from sopiva_desk.gui.tasks import ImmediateTaskRunner
    from sopiva_desk.services.profiles import ProfileService

    app = QApplication.instance() or QApplication([])
    context = AppContext(ProfileService(Path(tempfile.gettempdir())), ImmediateTaskRunner(), "fi")
    context.set_workspace(workspace)
    page = OrganisationPage(context, today=lambda: TODAY)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    page.refresh()  # the first run reads the pages into the cache, as opening the view does
    samples = []
    for _ in range(repeats):
        page.clear()
        app.processEvents()
        t = time.perf_counter()
        page.refresh()
        page.view.viewport().repaint()
        samples.append(time.perf_counter() - t)
    page.close()
    page.deleteLater()
    app.processEvents()
    return summary_ms(samples)


def measure(workspace: Workspace, repeats: int = 15) -> dict[str, Any]:
    """Time the overview and the export in an HB store built by ``bench.fixtures.hb_store``."""
    service = OrganisationService(workspace.db, workspace.actor, workspace.budgets)
    service.overview(TODAY)  # the first run reads the pages into the cache, as opening the view does
    overview_s = []
    for _ in range(repeats):
        t = time.perf_counter()
        overview = service.overview(TODAY)
        overview_s.append(time.perf_counter() - t)
    export_s = []
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-csv-") as tmp:
        target = Path(tmp) / "hb-yhteenveto.csv"
        for _ in range(max(3, repeats // 3)):
            t = time.perf_counter()
            rows = service.export_csv(TODAY, target, TEXT)
            export_s.append(time.perf_counter() - t)
        size = target.stat().st_size
    return {"overview": summary_ms(overview_s), "export": summary_ms(export_s), "page": page_shown(workspace, repeats),
            "hb_clients": overview.totals.clients, "rows_exported": rows, "csv_bytes": size}


def run(n_clients: int = 10_000, n_hb: int = 2000, repeats: int = 15,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    with hb_store(n_clients, n_hb, TODAY, progress) as (workspace, _hb):
        progress("measuring the organisation view")
        result = measure(workspace, repeats)
    return {**result, "clients": n_clients}


def main() -> int:
    import json

    quick = "--quick" in sys.argv
    result = run(n_clients=2000 if quick else 10_000, n_hb=400 if quick else 2000,
                 progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
