"""`make bench`: run the benchmarks and print one table. Targets come from the issues.

``python -m bench`` runs them all; ``python -m bench budget organisation`` only the named ones
(names: store, search, assessments, assessment_page, decisions, client_view, budget, organisation,
documents, start);
``--quick`` uses 2,000 clients and fewer samples. A full run writes
``bench/results/latest.json``, a selection ``bench/results/latest-<names>.json``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (  # noqa: E402
    assessment_bench,
    assessment_page_bench,
    budget_bench,
    client_view_bench,
    decision_bench,
    documents_bench,
    fixtures,
    organisation_bench,
    startup_bench,
    store_bench,
)

Row = tuple[str, str, str]
NAMES = ("store", "search", "assessments", "assessment_page", "decisions", "client_view", "budget", "organisation",
         "documents", "start")


def _progress(step: str) -> None:
    print(f"  … {step}", file=sys.stderr, flush=True)


def _store_rows(store: dict[str, Any], n: int) -> list[Row]:
    return [
        ("Unlock (Argon2id + open), p50", f"{store['unlock']['p50']:.0f} ms", "0.3–0.6 s"),
        ("Insert clients, one transaction per 500", f"{store['insert']['encrypted_s']:.2f} s for {n}", "—"),
        ("Open a client file (logged view) p50 / p95", f"{store['open']['p50']:.2f} / {store['open']['p95']:.2f} ms",
         "—"),
        ("Caseload load from store", f"{store['caseload_load_ms']:.0f} ms for {n}", "—"),
        ("Single-field autosave p50 / p95",
         f"{store['autosave']['p50']:.2f} / {store['autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
        ("Same autosave on plain SQLite p50 / p95",
         f"{store['autosave_plain']['p50']:.2f} / {store['autosave_plain']['p95']:.2f} ms", "—"),
        ("SQLCipher / plain, interactive workload", f"{store['ratio_interactive']:.2f}×", "≤ 1.3×"),
        ("SQLCipher / plain, bulk insert", f"{store['ratio_insert']:.2f}×", "≤ 1.3× (see note)"),
    ]


def _search(n: int, quick: bool) -> dict[str, Any]:
    from bench import caseload_search  # builds Qt models: imported only when it runs

    return caseload_search.run(n_clients=n, repeats=100 if quick else 200)


def _budget_and_organisation(n: int, quick: bool, wanted: set[str]) -> tuple[dict[str, Any], list[Row]]:
    """Both measure in one HB store (10,000 clients, 2,000 HB clients), built once."""
    results: dict[str, Any] = {}
    rows: list[Row] = []
    n_hb = n // 5
    if "budget" in wanted:
        _progress("personal budget recompute")
        pure = budget_bench.run(samples=1000 if quick else 5000)
        results["budget"] = pure
        rows.append(("Budget recompute, 40 lines, after an edit p50 / p95",
                     f"{pure['recompute']['p50']:.3f} / {pure['recompute']['p95']:.3f} ms", "p95 ≤ 5 ms"))
    with fixtures.hb_store(n, n_hb, organisation_bench.TODAY, _progress) as (workspace, hb_ids):
        if "budget" in wanted:
            _progress("budget line autosave")
            taken = set(hb_ids)
            client_id = next(c.id for c in workspace.clients.caseload() if c.id not in taken)
            saved = budget_bench.autosave(workspace, client_id, samples=100 if quick else 300)
            results["budget"]["autosave"] = saved
            rows.append((f"Budget line autosave (set_line), 40 lines, p50 / p95 ({n} clients)",
                         f"{saved['set_line']['p50']:.2f} / {saved['set_line']['p95']:.2f} ms", "p95 ≤ 15 ms"))
        if "organisation" in wanted:
            _progress("organisation view")
            org = organisation_bench.measure(workspace, repeats=10 if quick else 15)
            results["organisation"] = org
            rows += [
                (f"Organisation overview, {org['hb_clients']} HB of {n} clients, median / max",
                 f"{org['overview']['median']:.0f} / {org['overview']['max']:.0f} ms", "≤ 500 ms"),
                (f"CSV export of the overview, {org['rows_exported']} rows, median / max",
                 f"{org['export']['median']:.0f} / {org['export']['max']:.0f} ms", "—"),
            ]
    return results, rows


def _documents_rows(documents: dict[str, Any]) -> list[Row]:
    plan, plain = documents["client_plan"], documents["plain_plan"]
    rows = [(f"Official client plan PDF, {plan['pages']} pages, median / max",
             f"{plan['median']:.0f} / {plan['max']:.0f} ms", "≤ 300 ms")]
    if "skipped" in plain:
        rows.append(("Plain-language plan PDF with pictograms", f"skipped: {plain['skipped']}", "≤ 500 ms"))
    else:
        rows.append((f"Plain-language plan PDF with pictograms, {plain['pages']} pages, median / max",
                     f"{plain['median']:.0f} / {plain['max']:.0f} ms", "≤ 500 ms"))
    return rows


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    chosen = [a for a in argv if not a.startswith("-")]
    unknown = sorted(set(chosen) - set(NAMES))
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose from: {' '.join(NAMES)}", file=sys.stderr)
        return 2
    wanted = set(chosen or NAMES)
    n = 2000 if quick else 10_000
    started = time.perf_counter()
    results: dict[str, Any] = {}
    rows: list[Row] = []

    def step(name: str, label: str, work: Callable[[], Any]) -> Any:
        if name not in wanted:
            return None
        _progress(label)
        results[name] = work()
        return results[name]

    if store := step("store", "store", lambda: store_bench.run(
            n_clients=n, updates=200 if quick else 500, unlock_repeats=3 if quick else 7, progress=_progress)):
        rows += _store_rows(store, n)
    if search := step("search", "caseload search", lambda: _search(n, quick)):
        rows.append(("Caseload search p50 / p95", f"{search['p50']:.1f} / {search['p95']:.1f} ms at {n}",
                     "p95 ≤ 30 ms"))
    if assessments := step("assessments", "assessments", lambda: assessment_bench.run(
            n_clients=n, samples=100 if quick else 300, progress=_progress)):
        rows += [
            (f"Assessment answer autosave p50 / p95 ({assessments['assessments']} assessments)",
             f"{assessments['autosave']['p50']:.2f} / {assessments['autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
            ("Open an assessment (store + template) p50 / p95",
             f"{assessments['open']['p50']:.2f} / {assessments['open']['p95']:.2f} ms", "p95 ≤ 150 ms"),
        ]
    if page := step("assessment_page", "assessment page", lambda: assessment_page_bench.run(
            repeats=20 if quick else 40)):
        rows.append(("Open an assessment page (full default template) p50 / p95",
                     f"{page['p50']:.0f} / {page['p95']:.0f} ms", "p95 ≤ 150 ms"))
    if decisions := step("decisions", "decision-making sessions", lambda: decision_bench.run(
            n_clients=n, samples=100 if quick else 300, progress=_progress)):
        rows += [
            (f"Decision session option autosave p50 / p95 ({decisions['sessions']} sessions)",
             f"{decisions['option_autosave']['p50']:.2f} / {decisions['option_autosave']['p95']:.2f} ms",
             "p95 ≤ 15 ms"),
            ("Decision session field autosave p50 / p95",
             f"{decisions['field_autosave']['p50']:.2f} / {decisions['field_autosave']['p95']:.2f} ms",
             "p95 ≤ 15 ms"),
        ]
    if view := step("client_view", "client view", lambda: client_view_bench.run(repeats=10 if quick else 25)):
        rows.append(("Client view, twelve cards: new content + paint p50 / p95",
                     f"{view['p50']:.0f} / {view['p95']:.0f} ms", "≤ 500 ms"))
    if wanted & {"budget", "organisation"}:
        found, budget_rows = _budget_and_organisation(n, quick, wanted)
        results.update(found)
        rows += budget_rows
    if documents := step("documents", "documents", lambda: documents_bench.run(repeats=7 if quick else 15)):
        rows += _documents_rows(documents)
    if start := step("start", "start-up", lambda: startup_bench.run(repeats=3 if quick else 7)):
        rows.append(("Process start → unlock window p50 / p95", f"{start['p50']:.0f} / {start['p95']:.0f} ms",
                     "≤ 1.5 s"))

    width = max(len(r[0]) for r in rows)
    print(f"\n{'Benchmark'.ljust(width)}  {'Measured'.ljust(28)}  Target")
    print(f"{'-' * width}  {'-' * 28}  {'-' * 12}")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value.ljust(28)}  {target}")
    print(f"\n({time.perf_counter() - started:.0f} s in all; {os.cpu_count()} CPUs)")
    out = Path("bench/results")
    out.mkdir(exist_ok=True)
    name = "latest.json" if not chosen else f"latest-{'-'.join(sorted(wanted))}.json"
    (out / name).write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
