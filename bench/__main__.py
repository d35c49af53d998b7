"""`make bench`: run the benchmarks and print one table. Targets come from the issues.

``python -m bench`` runs them all; ``python -m bench budget organisation`` only the named ones
(names: store, integrity, search, assessments, assessment_page, decisions, client_view, budget,
organisation, documents, start, sync, backup);
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
    backup_bench,
    budget_bench,
    client_view_bench,
    decision_bench,
    documents_bench,
    fixtures,
    integrity_bench,
    organisation_bench,
    startup_bench,
    store_bench,
)
from bench.stats import show  # noqa: E402

Row = tuple[str, str, str, str]  # what, min / median / max (and p95 where a target asks), load, target
NAMES = ("store", "integrity", "search", "assessments", "assessment_page", "decisions", "client_view", "budget",
         "organisation", "documents", "start", "sync", "backup")


def _progress(step: str) -> None:
    print(f"  … {step}", file=sys.stderr, flush=True)


def _row(name: str, figure: dict[str, Any], target: str, *, unit: str = "ms", digits: int = 0,
         p95: bool = False) -> Row:
    """One line of the table: min / median / max (+ p95), and the load average it was taken under."""
    measured = show(figure, unit, digits)
    if p95:
        measured += f", p95 {figure['p95']:.{digits}f}"
    return name, measured, f"{figure.get('load', 0.0):.1f}", target


def _store_rows(store: dict[str, Any], n: int) -> list[Row]:
    cold = store["cold_unlock"]
    return [
        _row("Unlock, warm (Argon2id + open)", store["unlock"], "0.3–0.6 s"),
        _row(f"Unlock → main window, cold, after the warm-up ({cold['clients']} clients)",
             cold["after_warm_up"]["main_window"], "—"),
        _row(f"Unlock → caseload shown, cold, after the warm-up ({cold['clients']} clients)",
             cold["after_warm_up"]["caseload"], "≤ 1.0 s"),
        _row("Unlock → caseload shown, cold, Unlock pressed at once", cold["at_once"]["caseload"], "—"),
        _row("Open a client file (logged view)", store["open"], "—", digits=2, p95=True),
        _row("Single-field autosave", store["autosave"], "p95 ≤ 15 ms", digits=2, p95=True),
        _row("Same autosave, unkeyed SQLCipher", store["autosave_unkeyed"], "—", digits=2, p95=True),
        _row(f"Encrypted / unkeyed, interactive ({store['pairs']} interleaved pairs)", store["ratio_interactive"],
             "≤ 1.15×", unit="×", digits=2),
        _row(f"Encrypted / unkeyed, bulk insert of 500 ({store['pairs']} pairs)", store["ratio_insert"],
             "≤ 1.15×", unit="×", digits=2),
    ]


def _integrity_rows(found: dict[str, Any]) -> list[Row]:
    rows = []
    for store in found["stores"]:
        size = f"{store['clients']:,} clients, {store['mib']:.0f} MiB"
        rows += [_row(f"Integrity: cipher_integrity_check ({size})", store["cipher_integrity_check"], "background"),
                 _row(f"Integrity: quick_check ({size})", store["quick_check"], "background"),
                 _row(f"Integrity: integrity_check, not used ({size})", store["integrity_check"], "—")]
    clients = found["unlock_open"]["clients"]
    rows += [_row(f"Unlock (key unwrapped) → store open, read-only ({clients:,} clients)", found["unlock_open"],
                  "≤ 1.0 s with Argon2id"),
             _row(f"Unlock (key unwrapped) → first write allowed, after the check ({clients:,})",
                  found["unlock_first_write"], "—")]
    return rows


def _search(n: int, quick: bool) -> dict[str, Any]:
    from bench import caseload_search  # builds Qt models: imported only when it runs

    return caseload_search.run(n_clients=n, repeats=100 if quick else 160, runs=2 if quick else 3)


def _budget_and_organisation(n: int, quick: bool, wanted: set[str]) -> tuple[dict[str, Any], list[Row]]:
    """Both measure in one HB store (10,000 clients, 2,000 HB clients), built once."""
    results: dict[str, Any] = {}
    rows: list[Row] = []
    n_hb = n // 5
    if "budget" in wanted:
        _progress("personal budget recompute")
        pure = budget_bench.run(samples=1000 if quick else 5000)
        results["budget"] = pure
        rows.append(_row("Budget recompute, 40 lines, after an edit", pure["recompute"], "p95 ≤ 5 ms", digits=3,
                         p95=True))
    with fixtures.hb_store(n, n_hb, organisation_bench.TODAY, _progress) as (workspace, hb_ids):
        if "budget" in wanted:
            _progress("budget line autosave")
            taken = set(hb_ids)
            client_id = next(c.id for c in workspace.clients.caseload() if c.id not in taken)
            saved = budget_bench.autosave(workspace, client_id, samples=100 if quick else 300)
            results["budget"]["autosave"] = saved
            rows.append(_row(f"Budget line autosave (set_line), 40 lines ({n} clients)", saved["set_line"],
                             "p95 ≤ 15 ms", digits=2, p95=True))
        if "organisation" in wanted:
            _progress("organisation view")
            org = organisation_bench.measure(workspace, repeats=10 if quick else 15)
            results["organisation"] = org
            rows += [
                _row(f"Budgets overview shown (page + paint), {org['hb_clients']} HB of {n} clients", org["page"],
                     "median ≤ 300 ms"),
                _row("… of which the overview service", org["overview"], "—"),
                _row(f"CSV export of the overview, {org['rows_exported']} rows", org["export"], "—"),
            ]
    return results, rows


def _documents_rows(documents: dict[str, Any]) -> list[Row]:
    plan, plain = documents["client_plan"], documents["plain_plan"]
    rows = [_row(f"Official client plan PDF, {plan['pages']} pages", plan, "≤ 300 ms")]
    if "skipped" in plain:
        rows.append(("Plain-language plan PDF with pictograms", f"skipped: {plain['skipped']}", "", "≤ 500 ms"))
    else:
        rows.append(_row(f"Plain-language plan PDF with pictograms, {plain['pages']} pages", plain, "≤ 500 ms"))
    return rows


def _sync_rows(quick: bool) -> tuple[dict[str, Any], list[Row]]:
    from bench import sync_bench  # starts a central server process: imported only when it runs

    found = sync_bench.run(quick=quick, progress=_progress)
    both, week, first = found["push_pull_1000"], found["week"], found["first_sync_100"]
    rows = [
        _row("Sync: push + pull of 1,000 changed records, loopback", both["total"], "≤ 3 s", unit="s", digits=2),
        _row("… of which the first laptop's sync (push, then pull)", both["push"], "—", unit="s",
             digits=2),
        _row("… of which the pull (a second laptop)", both["pull"], "—", unit="s", digits=2),
        _row(f"Sync: bytes on the wire, a counsellor's week ({week['changes']} changes as {week['mutations']} "
             "mutations)", week["total"], "≤ 50 KB", unit="KB", digits=1),
        _row("… of which the push (mutations up, outcomes down)", week["push"], "—", unit="KB", digits=1),
        _row(f"… of which the access-log push ({week['log_entries']} entries up, countersignature down)",
             week["log"], "—", unit="KB", digits=1),
        _row("… of which the pull after it (its own changes are not sent back)", week["pull"], "—", unit="KB",
             digits=1),
        _row("Sync: a counsellor's week through 1 Mbit/s (push + pull)", found["week_throttled"]["1mbit"], "—",
             unit="s", digits=2),
        _row("… through 1 Mbit/s with 300 ms round trips", found["week_throttled"]["1mbit_300ms"], "—", unit="s",
             digits=2),
        _row(f"Sync: first sync of 100 clients ({first['records']} records), 1 Mbit/s, 300 ms", first["seconds"],
             "≤ 60 s", unit="s", digits=1),
        _row("… bytes on the wire for that first sync", first["kib"], "—", unit="KB"),
    ]
    return found, rows


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
            n_clients=n, pairs=5 if quick else 7, unlock_repeats=3 if quick else 5, progress=_progress)):
        rows += _store_rows(store, n)
    if found := step("integrity", "integrity check", lambda: integrity_bench.run(
            sizes=(300, 2000) if quick else integrity_bench.SIZES, repeats=3 if quick else 5, progress=_progress)):
        rows += _integrity_rows(found)
    if search := step("search", "caseload search", lambda: _search(n, quick)):
        load = {"load": search["load_average"][-1][0]}
        rows += [
            _row(f"Caseload shown after unlock, until painted ({n} clients)", search["shown"] | load, "≤ 0.5 s"),
            _row(f"Caseload search keystroke until repainted ({n} clients)", search["search"] | load, "p95 ≤ 30 ms",
                 digits=1, p95=True),
        ]
    if assessments := step("assessments", "assessments", lambda: assessment_bench.run(
            n_clients=n, samples=100 if quick else 300, progress=_progress)):
        rows += [
            _row(f"Assessment answer autosave ({assessments['assessments']} assessments)", assessments["autosave"],
                 "p95 ≤ 15 ms", digits=2, p95=True),
            _row("Open an assessment (store + template)", assessments["open"], "p95 ≤ 150 ms", digits=2, p95=True),
        ]
    if page := step("assessment_page", "assessment page", lambda: assessment_page_bench.run(
            repeats=20 if quick else 40)):
        rows.append(_row("Open an assessment page (full default template)", page, "p95 ≤ 150 ms", p95=True))
    if decisions := step("decisions", "decision-making sessions", lambda: decision_bench.run(
            n_clients=n, samples=100 if quick else 300, progress=_progress)):
        rows += [
            _row(f"Decision session option autosave ({decisions['sessions']} sessions)", decisions["option_autosave"],
                 "p95 ≤ 15 ms", digits=2, p95=True),
            _row("Decision session field autosave", decisions["field_autosave"], "p95 ≤ 15 ms", digits=2, p95=True),
        ]
    if view := step("client_view", "client view", lambda: client_view_bench.run(repeats=10 if quick else 25)):
        rows.append(_row("Client view, twelve cards: new content + paint", view, "≤ 500 ms", p95=True))
    if wanted & {"budget", "organisation"}:
        found, budget_rows = _budget_and_organisation(n, quick, wanted)
        results.update(found)
        rows += budget_rows
    if documents := step("documents", "documents", lambda: documents_bench.run(repeats=7 if quick else 15)):
        rows += _documents_rows(documents)
    if start := step("start", "start-up", lambda: startup_bench.run(repeats=3 if quick else 7)):
        rows.append(_row("Process start → unlock window", start, "≤ 1.5 s", p95=True))
    if backup := step("backup", "backup and restore", lambda: backup_bench.run(
            repeats=3 if quick else 5, progress=_progress)):
        size = f"{backup['clients']} clients, {backup['size_mb']:.1f} MB"
        rows += [
            _row(f"Backup (export, verify, write, read back; {size})", backup["backup"], "—"),
            _row("Restore of that backup (checks, copy, verify; key derivation at minimum)", backup["restore"],
                 "—"),
        ]
    if "sync" in wanted:
        _progress("sync")
        results["sync"], sync_rows = _sync_rows(quick)
        rows += sync_rows

    width = max(len(r[0]) for r in rows)
    measured = max(28, *(len(r[1]) for r in rows))
    print(f"\n{'Benchmark'.ljust(width)}  {'min / median / max'.ljust(measured)}  load  Target")
    print(f"{'-' * width}  {'-' * measured}  ----  {'-' * 14}")
    for name, value, load, target in rows:
        print(f"{name.ljust(width)}  {value.ljust(measured)}  {load.rjust(4)}  {target}")
    print(f"\n({time.perf_counter() - started:.0f} s in all; {os.cpu_count()} CPUs; load = 1-minute load average "
          "when the figure was taken)")
    out = Path("bench/results")
    out.mkdir(exist_ok=True)
    name = "latest.json" if not chosen else f"latest-{'-'.join(sorted(wanted))}.json"
    (out / name).write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
