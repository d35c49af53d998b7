"""`make bench`: run every benchmark and print one table. Targets come from the issues."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import assessment_bench, assessment_page_bench, decision_bench, startup_bench, store_bench  # noqa: E402


def main() -> int:
    quick = "--quick" in sys.argv
    n = 2000 if quick else 10_000

    def progress(step: str) -> None:
        print(f"  … {step}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    progress("store")
    store = store_bench.run(n_clients=n, updates=200 if quick else 500, unlock_repeats=3 if quick else 7,
                            progress=progress)
    progress("caseload search")
    from bench import caseload_search

    search = caseload_search.run(n_clients=n, repeats=100 if quick else 200)
    progress("assessments")
    assessments = assessment_bench.run(n_clients=n, samples=100 if quick else 300, progress=progress)
    page = assessment_page_bench.run(repeats=20 if quick else 40)
    progress("decision-making sessions")
    decisions = decision_bench.run(n_clients=n, samples=100 if quick else 300, progress=progress)
    progress("start-up")
    start = startup_bench.run(repeats=3 if quick else 7)

    rows = [
        ("Unlock (Argon2id + open), p50", f"{store['unlock']['p50']:.0f} ms", "0.3–0.6 s"),
        ("Insert clients, one transaction per 500", f"{store['insert']['encrypted_s']:.2f} s for {n}", "—"),
        ("Open a client file (logged view) p50 / p95", f"{store['open']['p50']:.2f} / {store['open']['p95']:.2f} ms",
         "—"),
        ("Caseload load from store", f"{store['caseload_load_ms']:.0f} ms for {n}", "—"),
        ("Caseload search p50 / p95", f"{search['p50']:.1f} / {search['p95']:.1f} ms at {n}", "p95 ≤ 30 ms"),
        ("Single-field autosave p50 / p95",
         f"{store['autosave']['p50']:.2f} / {store['autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
        ("Same autosave on plain SQLite p50 / p95",
         f"{store['autosave_plain']['p50']:.2f} / {store['autosave_plain']['p95']:.2f} ms", "—"),
        ("SQLCipher / plain, interactive workload", f"{store['ratio_interactive']:.2f}×", "≤ 1.3×"),
        ("SQLCipher / plain, bulk insert", f"{store['ratio_insert']:.2f}×", "≤ 1.3× (see note)"),
        (f"Assessment answer autosave p50 / p95 ({assessments['assessments']} assessments)",
         f"{assessments['autosave']['p50']:.2f} / {assessments['autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
        ("Open an assessment (store + template) p50 / p95",
         f"{assessments['open']['p50']:.2f} / {assessments['open']['p95']:.2f} ms", "p95 ≤ 150 ms"),
        ("Open an assessment page (full default template) p50 / p95",
         f"{page['p50']:.0f} / {page['p95']:.0f} ms", "p95 ≤ 150 ms"),
        (f"Decision session option autosave p50 / p95 ({decisions['sessions']} sessions)",
         f"{decisions['option_autosave']['p50']:.2f} / {decisions['option_autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
        ("Decision session field autosave p50 / p95",
         f"{decisions['field_autosave']['p50']:.2f} / {decisions['field_autosave']['p95']:.2f} ms", "p95 ≤ 15 ms"),
        ("Process start → unlock window p50 / p95", f"{start['p50']:.0f} / {start['p95']:.0f} ms", "≤ 1.5 s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'Benchmark'.ljust(width)}  {'Measured'.ljust(28)}  Target")
    print(f"{'-' * width}  {'-' * 28}  {'-' * 12}")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value.ljust(28)}  {target}")
    print(f"\n({time.perf_counter() - started:.0f} s in all; {os.cpu_count()} CPUs)")
    out = Path("bench/results")
    out.mkdir(exist_ok=True)
    results = {"store": store, "search": search, "start": start, "assessments": assessments, "page": page,
               "decisions": decisions}
    (out / "latest.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
