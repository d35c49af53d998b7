"""Search-as-you-type latency of the caseload list.

Builds ``CaseloadModel`` + ``CaseloadFilterProxy`` over synthetic clients and types
realistic searches one key at a time (then clears the field, as a user does). One sample
is one keystroke: set the search text, then ask the proxy for its row count.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date, timedelta
from typing import Any

from bench.stats import percentile
from sopiva_desk.domain import hetu
from sopiva_desk.domain.clients import ClientStatus, new_temporary_id
from sopiva_desk.services import reference
from sopiva_desk.services.clients import CaseloadRow

LAST_NAMES = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Öhman", "Åberg",
    "Sjöberg", "Lindström", "Kärkkäinen", "Pääkkönen", "Hyvönen", "Räsänen", "Väisänen", "Söderholm",
)
FIRST_NAMES = (
    "Aino", "Eino", "Väinö", "Helmi", "Onni", "Siiri", "Elias", "Aada", "Leevi", "Lilja", "Jussi",
    "Pirjo", "Tuula", "Matti", "Päivi", "Jyrki", "Sirkka", "Åsa", "Björn", "Mikaela", "Eetu", "Iida",
    "Kalle", "Sofia", "Veikko", "Anneli", "Jörgen", "Tyyne", "Raili", "Seppo",
)
WORKERS = ("Liisa Ohjaaja", "Pekka Palveluohjaaja", "Hanna Häkkinen", "")
SEARCHES = (
    "virtanen", "131052", "mikkeli", "aino vir", "nyslott", "korhonen m", "tmp-", "sjö", "päivi",
    "vasa", "mäk", "120",
)


def synthetic_rows(n_clients: int, seed: int = 20261122) -> list[CaseloadRow]:
    """``n_clients`` fictional clients with valid identity codes (a few with temporary ids)."""
    rnd = random.Random(seed)
    codes = [m.code for m in reference.municipalities() if m.active]
    statuses = [s.value for s in ClientStatus]
    rows: list[CaseloadRow] = []
    for i in range(n_clients):
        birth = date(1935, 1, 1) + timedelta(days=rnd.randrange(365 * 88))
        if rnd.random() < 0.05:
            identifier, birth_date = new_temporary_id(), (birth if rnd.random() < 0.5 else None)
        else:
            identifier, birth_date = hetu.make(birth, 2 + i % 897), birth
        first = " ".join(rnd.sample(FIRST_NAMES, rnd.choice((1, 1, 2))))
        rows.append(CaseloadRow(
            id=uuid.UUID(int=rnd.getrandbits(128), version=4), last_name=rnd.choice(LAST_NAMES),
            first_names=first, identifier=identifier, birth_date=birth_date,
            municipality_code=rnd.choice(codes),
            status=rnd.choices(statuses, weights=(2, 10, 2, 3))[0], own_worker=rnd.choice(WORKERS),
        ))
    return rows


def keystrokes() -> list[str]:
    """The search text after each keystroke: each search typed letter by letter, then cleared."""
    texts: list[str] = []
    for query in SEARCHES:
        texts += [query[:n] for n in range(1, len(query) + 1)]
        texts.append("")
    return texts


def run(n_clients: int = 10000, repeats: int = 200, *, with_view: bool = False) -> dict[str, Any]:
    """Time ``repeats`` keystrokes over ``n_clients`` rows: p50/p95 in milliseconds per keystroke.

    ``cpu_p50``/``cpu_p95`` are the same in thread CPU time (less noisy on a shared machine).
    ``with_view`` also attaches a shown ``QTableView`` (offscreen), as on the caseload page.
    """
    from PySide6.QtWidgets import QApplication, QTableView

    from sopiva_desk.gui.models.caseload_model import CaseloadFilterProxy, CaseloadModel

    app = QApplication.instance() or QApplication([])
    rows = synthetic_rows(n_clients)
    started = time.perf_counter()
    model = CaseloadModel("fi")
    model.set_rows(rows)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.rowCount()
    build_ms = (time.perf_counter() - started) * 1000
    view = None
    if with_view:
        view = QTableView()
        view.setModel(proxy)
        view.resize(1300, 700)
        view.show()
        app.processEvents()

    texts = keystrokes()
    samples: list[float] = []
    cpu_samples: list[float] = []  # thread CPU time: steadier than wall time on a busy machine
    shown: list[int] = []
    for i in range(repeats):
        text = texts[i % len(texts)]
        t0, c0 = time.perf_counter(), time.thread_time()
        proxy.set_search_text(text)
        shown.append(proxy.rowCount())
        cpu_samples.append((time.thread_time() - c0) * 1000)
        samples.append((time.perf_counter() - t0) * 1000)
        if view is not None:
            app.processEvents()  # let the view repaint between keys, outside the timing
    proxy.set_search_text("")
    t0 = time.perf_counter()
    model.sort(2, model.sort_order)  # by birth date
    proxy.rowCount()
    sort_ms = (time.perf_counter() - t0) * 1000
    if view is not None:
        view.close()
        view.deleteLater()
    return {  # times in milliseconds, like bench.stats.summary_ms
        "p50": statistics.median(samples),
        "p95": percentile(samples, 95),
        "max": max(samples),
        "n": float(len(samples)),
        "cpu_p50": statistics.median(cpu_samples),
        "cpu_p95": percentile(cpu_samples, 95),
        "n_clients": n_clients,
        "with_view": with_view,
        "build_ms": build_ms,
        "sort_by_birth_date_ms": sort_ms,
        "median_rows_shown": statistics.median(shown),
    }
