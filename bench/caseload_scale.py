"""The caseload as the counsellor sees it, at 10,000 (``make bench``) or 100,000 clients
(``make bench-scale``): load until shown, search until repainted, and the process's memory.

The store is built once per size through ``ClientService.create_clients`` (encrypted, the
demo generator's clients, ⅗ of them the counsellor's own) and cached under
``bench/results/cache/`` keyed by ``CACHE_VERSION``, the number of clients and the schema
head, so later runs reuse it. Every measurement runs in a fresh process
(``python -m bench.caseload_scale --measure <folder>``) that unlocks the store and shows a
real ``CaseloadPage`` at 1366 × 768 (offscreen, with the threaded task runner), so its peak
RSS is the caseload's and not the builder's.

- *Access-log listing*: once the list is shown, the page logs it in its own store task (a member
  row per client the first time this set of clients is listed, one lookup after that). Each run
  measures on a fresh copy of the cached store, so every run pays the first listing; "after shown"
  is how long the store lane stays busy with it after the list is on screen, "unchanged" the same
  listing written again.
- *Shown*: ``page.reload()`` until the view has painted the rows (store read on the store
  lane, preparation, model reset, first paint), in the default "My clients".
- *Search*: one key event into the search field until the list has repainted, through
  realistic searches typed a letter at a time and cleared with Esc, in "All clients". The
  page's debounce delay, if any, is inside the figure ("as seen"); ``filter_paint`` is the
  same minus that delay.
- The repaint: pending events are processed (the view's delayed layout, the update request);
  if that did not paint the viewport, ``viewport().repaint()`` forces it, inside the span.

``python -m bench.caseload_scale [--clients N] [--runs R] [--keys K]`` prints a table with
min / median / max (and p95 for keystrokes) over the runs and the load average of the machine.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.stats import percentile, spread

CACHE_VERSION = 3  # 3: enrolled, with sync states (issue 14)
CACHE_ROOT = Path("bench/results/cache")
SEARCHES = (
    "virtanen", "131052", "mikkeli", "aino vir", "nyslott", "korhonen m", "tmp-", "sjö", "päivi",
    "vasa", "mäk", "120",
)
Progress = Callable[[str], None]


def _quiet(_step: str) -> None:
    pass


def keystrokes() -> list[str]:
    """The search text after each keystroke: each search typed letter by letter, then cleared."""
    texts: list[str] = []
    for query in SEARCHES:
        texts += [query[:n] for n in range(1, len(query) + 1)]
        texts.append("")
    return texts


def load_average() -> tuple[float, float, float]:
    one, five, fifteen = os.getloadavg()
    return round(one, 2), round(five, 2), round(fifteen, 2)


# -- the store ----------------------------------------------------------------------------------


def store_folder(n_clients: int) -> Path:
    from sopiva_desk.store.migrate import head_revision

    return CACHE_ROOT / f"caseload-v{CACHE_VERSION}-{n_clients}-{head_revision()}"


def ensure_store(n_clients: int, progress: Progress = _quiet) -> Path:
    """The cached encrypted store of ``n_clients`` clients, built first if missing."""
    from bench.fixtures import FAST_KDF
    from bench.store_bench import clients
    from sopiva_desk.services import demo
    from sopiva_desk.services.profiles import ProfileService

    folder = store_folder(n_clients)
    if (folder / "profile-id").exists():
        return folder
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    progress(f"building the encrypted store of {n_clients:,} clients once (cached in {folder})")
    started = time.perf_counter()
    profiles = ProfileService(building, kdf=FAST_KDF)
    profile = profiles.create_profile(demo.DEMO_DISPLAY_NAME, demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
    workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    try:
        rows = clients(n_clients)
        for start in range(0, len(rows), 1000):
            workspace.clients.create_clients(rows[start:start + 1000])
            if start % 20_000 == 0:
                progress(f"  {start + 1000:,} clients")
        _as_after_syncs(workspace)
    finally:
        workspace.close()
    (building / "profile-id").write_text(profile.profile_id)
    building.rename(folder)
    progress(f"store built in {time.perf_counter() - started:.0f} s")
    return folder


def _as_after_syncs(workspace: Any) -> None:
    """The profile enrolled and synced, as a counsellor's laptop is after some days: 90 % of the
    clients known to the server with nothing waiting, 10 % never sent (their creates still in the
    outbox), every 50th with a waiting change and every 500th with an open conflict, so the sync
    column and its queries have real work (written straight into the sync tables, as a sync would)."""
    from sqlalchemy import text

    from sopiva_desk.store.models import SyncDevice, utc_now

    with workspace.db.transaction() as session:
        session.add(SyncDevice(id=1, server_url="https://keskus.example", device_id="bench", user_id="bench",
                               user_name="bench", role="counsellor", private_key=b"k" * 32, public_key=b"p" * 32,
                               cursor="", last_sync_at=utc_now()))
        session.flush()
        synced = "(SELECT id FROM client WHERE abs(random()) % 10 != 0)"
        session.execute(text(f"INSERT INTO sync_record (entity, record_id, server_rev, client_id) "
                             f"SELECT 'client', id, 1, id FROM {synced}"))
        session.execute(text("DELETE FROM sync_outbox WHERE record_id IN (SELECT record_id FROM sync_record)"))
        session.execute(text(
            "INSERT INTO sync_outbox (mutation_id, entity, record_id, client_id, op, base_rev, changed, base, "
            "author_id, author_name, made_at, state) SELECT lower(hex(randomblob(16))), 'client', record_id, "
            "record_id, 'update', 1, '{\"phone\": \"040 1\"}', '{\"phone\": \"\"}', 'bench', 'bench', "
            "datetime('now'), 'pending' FROM sync_record WHERE rowid % 50 = 0"))
        session.execute(text(
            "INSERT INTO sync_conflict (id, entity, record_id, client_id, fields, created_at, received_at, resolved) "
            "SELECT lower(hex(randomblob(16))), 'client', record_id, record_id, '{}', datetime('now'), "
            "datetime('now'), 0 FROM sync_record WHERE rowid % 500 = 7"))


# -- one measuring process ----------------------------------------------------------------------


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(folder: Path, n_keys: int) -> dict[str, Any]:  # noqa: PLR0915 - one straight script
    """Unlock the store in ``folder``, show the caseload page, and time what the user sees."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from sopiva_desk.gui.context import AppContext
    from sopiva_desk.gui.pages.caseload import CaseloadPage
    from sopiva_desk.gui.tasks import TaskRunner
    from sopiva_desk.services import demo
    from sopiva_desk.services.listings import CASELOAD
    from sopiva_desk.services.profiles import ProfileService

    app = QApplication.instance() or QApplication([])
    results: dict[str, Any] = {"load_average_start": load_average(), "rss_before_unlock_mib": round(_rss_mib(), 1)}
    profiles = ProfileService(folder)
    t0 = time.perf_counter()
    workspace = profiles.unlock((folder / "profile-id").read_text(), demo.DEMO_PASSPHRASE)
    results["unlock_ms"] = (time.perf_counter() - t0) * 1000
    runner = TaskRunner()
    context = AppContext(profiles, runner, ui_language="fi")
    context.set_workspace(workspace)
    page = CaseloadPage(context)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    viewport = page.view.viewport()

    class PaintWatch(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    watch = PaintWatch()
    viewport.installEventFilter(watch)

    forced = {"repaints": 0}

    def painted() -> None:
        """Pending events (delayed layout, update request), then a forced repaint if none painted."""
        app.processEvents()
        if watch.count == 0:
            forced["repaints"] += 1
            viewport.repaint()

    loaded = {"resets": 0}
    page.model.modelReset.connect(lambda: loaded.__setitem__("resets", loaded["resets"] + 1))

    def shown_ms() -> float:
        before = loaded["resets"]
        watch.count = 0
        start = time.perf_counter()
        page.reload()
        while loaded["resets"] == before:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        painted()
        return (time.perf_counter() - start) * 1000

    listed = threading.Event()  # set when the page's listing has been written (on the store lane)
    record_listing = workspace.listings.record

    def record_and_tell(*args: Any, **kwargs: Any) -> bool:
        try:
            return record_listing(*args, **kwargs)
        finally:
            listed.set()

    workspace.listings.record = record_and_tell  # type: ignore[method-assign]
    results["shown_ms"] = shown_ms()
    # The access-log listing of the rows shown, queued on the store lane once the list is on screen
    # (not inside "shown"): the first listing of this set writes a member row per client.
    start = time.perf_counter()
    while not listed.is_set() and time.perf_counter() - start < 120:  # queued after the first paint
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    results["listing_after_shown_ms"] = (time.perf_counter() - start) * 1000
    ids = [uuid.UUID(hex=h) for h in page.model.id_hexes()]
    start = time.perf_counter()
    workspace.listings.record(CASELOAD, ids)
    results["listing_unchanged_ms"] = (time.perf_counter() - start) * 1000  # the same list again: one lookup
    results["rows"] = page.model.rowCount()
    results["rows_shown"] = page.view.model().rowCount()
    results["peak_rss_shown_mib"] = round(_peak_rss_mib(), 1)
    results["rss_shown_mib"] = round(_rss_mib(), 1)
    results["shown_again_ms"] = [shown_ms() for _ in range(2)]  # warm: the reload after unlocking again
    results["peak_rss_reloaded_mib"] = round(_peak_rss_mib(), 1)

    def settle() -> None:
        while getattr(page, "search_pending", False):  # a debounced search is waiting for its timer
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        painted()

    watch.count = 0
    start = time.perf_counter()
    page.show_all_clients()
    settle()
    results["all_clients_ms"] = (time.perf_counter() - start) * 1000

    edit = page.search_edit
    texts = keystrokes()
    seen: list[float] = []
    delays: list[float] = []
    counts: list[int] = []
    for i in range(n_keys):
        text = texts[i % len(texts)]
        if text:
            ch = text[-1]
            key = ord(ch.upper()) if ch.isascii() else 0
        else:
            key, ch = int(Qt.Key.Key_Escape), ""
        watch.count = 0
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        delay = float(getattr(page, "search_delay_ms", 0))  # as chosen for this keystroke
        settle()
        seen.append((time.perf_counter() - start) * 1000)
        delays.append(delay)
        counts.append(page.view.model().rowCount())
        if edit.text() != text:
            raise RuntimeError(f"typed {text!r}, the search field says {edit.text()!r}")
    results["search_seen_ms"] = seen
    results["search_delay_ms"] = delays
    results["search_rows_shown_median"] = statistics.median(counts)
    results["peak_rss_end_mib"] = round(_peak_rss_mib(), 1)
    results["load_average_end"] = load_average()
    results["forced_repaints"] = forced["repaints"]
    page.close()
    context.set_workspace(None)
    runner.shutdown()
    workspace.close()
    return results


# -- runs and the table -------------------------------------------------------------------------


def run(n_clients: int, *, runs: int = 3, n_keys: int = 160, progress: Progress = _quiet) -> dict[str, Any]:
    """``runs`` measuring processes over the cached store of ``n_clients`` clients, summarised."""
    folder = ensure_store(n_clients, progress)
    work = folder.with_name(folder.name + ".run")
    raw: list[dict[str, Any]] = []
    for i in range(runs):
        progress(f"measuring run {i + 1}/{runs} at {n_clients:,} clients")
        # A fresh copy each run: showing the list writes its access-log listing into the store, and
        # every run measures the first listing of the caseload, as after a change of clients.
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(folder, work)
        done = subprocess.run(
            [sys.executable, "-m", "bench.caseload_scale", "--measure", str(work), "--keys", str(n_keys)],
            check=True, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        raw.append(json.loads(done.stdout.strip().splitlines()[-1]))
    shutil.rmtree(work, ignore_errors=True)
    seen = [ms for r in raw for ms in r["search_seen_ms"]]
    without_delay = [ms - d for r in raw for ms, d in zip(r["search_seen_ms"], r["search_delay_ms"], strict=True)]
    return {
        "n_clients": n_clients,
        "runs": runs,
        "rows_shown_my_clients": raw[0]["rows_shown"],
        "shown": spread([r["shown_ms"] for r in raw], p95=False),
        "shown_again": spread([ms for r in raw for ms in r["shown_again_ms"]], p95=False),
        "all_clients": spread([r["all_clients_ms"] for r in raw], p95=False),
        "listing_after_shown": spread([r["listing_after_shown_ms"] for r in raw], p95=False),
        "listing_unchanged": spread([r["listing_unchanged_ms"] for r in raw], p95=False),
        "search": spread(seen, p95=True),
        "search_run_p95": [round(percentile(r["search_seen_ms"], 95), 1) for r in raw],
        "search_filter_paint": spread(without_delay, p95=True),
        "search_delay_ms": sorted({d for r in raw for d in r["search_delay_ms"]}),
        "peak_rss_shown_mib": spread([r["peak_rss_shown_mib"] for r in raw], p95=False),
        "peak_rss_reloaded_mib": spread([r["peak_rss_reloaded_mib"] for r in raw], p95=False),
        "peak_rss_end_mib": spread([r["peak_rss_end_mib"] for r in raw], p95=False),
        "unlock_ms": spread([r["unlock_ms"] for r in raw], p95=False),
        "load_average": [r["load_average_start"] for r in raw] + [raw[-1]["load_average_end"]],
        # the lead's bench table reads these two (as seen, repaint and debounce included)
        "p50": statistics.median(seen),
        "p95": percentile(seen, 95),
        "raw": raw,
    }


def table(result: dict[str, Any]) -> str:
    n = result["n_clients"]

    def row(name: str, figures: dict[str, float], unit: str, target: str) -> str:
        value = f"{figures['min']:.0f} / {figures['median']:.0f} / {figures['max']:.0f} {unit}"
        if "p95" in figures:
            value += f", p95 {figures['p95']:.0f}"
        return f"| {name} | {value} | {target} |"

    shown_target = "≤ 2 s" if n >= 100_000 else "≤ 0.5 s" if n <= 10_000 else "—"
    search_target = "p95 ≤ 100 ms" if n >= 100_000 else "p95 ≤ 30 ms" if n <= 10_000 else "—"
    lines = [
        f"Caseload at {n:,} clients, {result['runs']} processes; load average (1/5/15 min) at the starts "
        f"and the end: {', '.join('/'.join(f'{x:.2f}' for x in la) for la in result['load_average'])}",
        "",
        "| measure | min / median / max | target |",
        "|---|---|---|",
        row(f"Caseload shown after unlock ({result['rows_shown_my_clients']:,} of my clients)", result["shown"],
            "ms", shown_target),
        row("Caseload shown again (warm reload)", result["shown_again"], "ms", "—"),
        row("My clients → All clients", result["all_clients"], "ms", "—"),
        row("Access-log listing, first (store task after shown)", result["listing_after_shown"], "ms", "—"),
        row("Access-log listing, unchanged caseload", result["listing_unchanged"], "ms", "—"),
        row("Search keystroke as seen (incl. debounce + repaint)", result["search"], "ms", search_target),
        row("… of which filter + repaint", result["search_filter_paint"], "ms", "—"),
        row("Peak RSS, caseload shown", result["peak_rss_shown_mib"], "MiB", "≤ 400 MiB" if n >= 100_000 else "—"),
        row("Peak RSS after two more loads", result["peak_rss_reloaded_mib"], "MiB", "—"),
        row("Peak RSS after the searches", result["peak_rss_end_mib"], "MiB", "—"),
        "",
        f"search p95 per run: {result['search_run_p95']} ms; debounce delays used: {result['search_delay_ms']} ms",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    def option(name: str, default: int) -> int:
        return int(argv[argv.index(name) + 1]) if name in argv else default

    if "--measure" in argv:
        result = measure(Path(argv[argv.index("--measure") + 1]), option("--keys", 160))
        print(json.dumps(result))
        return 0
    n = option("--clients", 100_000)
    result = run(n, runs=option("--runs", 3), n_keys=option("--keys", 160),
                 progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True))
    print(table(result))
    out = Path("bench/results")
    out.mkdir(exist_ok=True)
    (out / f"caseload-scale-{n}.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
