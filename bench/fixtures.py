"""Stores the benchmarks share: an unlocked throw-away profile, its clients, and HB clients
(a plan and personal budgets with commitments and realised uses).

Clients go in through ``ClientService.create_clients`` (the real path, with validation and
access-log rows). The case records behind them are bulk-inserted with the store's models in
one transaction per 500 clients: building 100,000 realised uses one service call at a time
would take minutes and measure nothing the benchmarks are about.
"""

from __future__ import annotations

import random
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.store_bench import clients
from sopiva_desk.domain.money import line_cents
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import keys
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.models import BudgetCommitment, BudgetUse, ClientPlan, PersonalBudget

Progress = Callable[[str], None]
# The weakest key derivation the store accepts: the benchmarks time the store, not Argon2id.
FAST_KDF = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
# (catalogue code, unit, 2026 unit price in cents, method) of the services an HB budget buys.
SERVICES = (("sd-personal-assistance", "hour", 3460, "service_voucher"),
            ("sd-coaching", "hour", 7050, "payment_commitment"),
            ("sd-day-activities", "day", 9500, "purchased_service"),
            ("sd-mobility-support", "trip", 2700, "payment_commitment"),
            ("sd-housing-support-hour", "hour", 4950, "own_production"))
BATCH = 500


def _quiet(_step: str) -> None:
    pass


@contextmanager
def bench_workspace(prefix: str = "sopiva-bench-") -> Iterator[Workspace]:
    """An unlocked profile in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        profiles = ProfileService(Path(tmp), kdf=FAST_KDF)
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        try:
            yield workspace
        finally:
            workspace.close()


def fill_clients(workspace: Workspace, n_clients: int) -> list[uuid.UUID]:
    """``n_clients`` demo clients through the client service, 1,000 per transaction."""
    rows = clients(n_clients)
    ids: list[uuid.UUID] = []
    for start in range(0, len(rows), 1000):
        ids += workspace.clients.create_clients(rows[start:start + 1000])
    return ids


def insert_per_client(workspace: Workspace, client_ids: list[uuid.UUID],
                      make: Callable[[uuid.UUID], list[Any]]) -> None:
    """Add the records ``make(client_id)`` returns, one transaction per ``BATCH`` clients."""
    for start in range(0, len(client_ids), BATCH):
        # Bench records are written as if pulled from the server: no outbox, no access log.
        with workspace.db.transaction() as session, applying_pull(session):
            for client_id in client_ids[start:start + BATCH]:
                session.add_all(make(client_id))


# -- HB clients --------------------------------------------------------------------------------


def _lines(rng: random.Random, n: int, prefix: str) -> list[dict[str, Any]]:
    lines = []
    for i in range(n):
        code, unit, price, method = SERVICES[i % len(SERVICES)]
        quantity = Decimal(rng.randrange(1000, 40000)).scaleb(-2)
        lines.append({"id": f"{prefix}{i}", "service_code": code, "quantity": str(quantity), "unit": unit,
                      "unit_price_cents": price, "arranging_method": method, "description": f"Tuki {i + 1}",
                      "plan_support_id": None, "provider": f"Palvelu {i % 7} Oy"})
    return lines


def _budget_row(rng: random.Random, client_id: uuid.UUID, plan_id: uuid.UUID, state: str, start: date,
                end: date, n_lines: int) -> dict[str, Any]:
    lines = _lines(rng, n_lines, "line-")
    references = [{k: v for k, v in line.items() if k in ("service_code", "quantity", "unit", "unit_price_cents",
                                                             "description")}
                  for line in _lines(rng, 4, "ref-")]
    total = sum(line_cents(Decimal(x["quantity"]), x["unit_price_cents"]) for x in lines)
    reference = sum(line_cents(Decimal(x["quantity"]), x["unit_price_cents"]) for x in references)
    return {"id": uuid.uuid4(), "client_id": client_id, "plan_id": plan_id, "state": state, "period_start": start,
            "period_end": end, "lines": lines, "reference_lines": references,
            "justification": "Tarve kasvoi" if total > reference else "",
            "decision_date": start - timedelta(days=14) if state != "indicative" else None,
            "decision_reference": f"HB-{rng.randrange(10_000, 99_999)}" if state != "indicative" else "",
            "allocation_cents": total, "reference_cents": reference, "created_by": "bench", "updated_by": "bench"}


def _uses(rng: random.Random, budget: dict[str, Any], n: int, until: date) -> list[dict[str, Any]]:
    days = max(1, (min(until, budget["period_end"]) - budget["period_start"]).days)
    share = budget["allocation_cents"] // max(1, 2 * n)  # about half the allocation used by ``until``
    return [{"id": uuid.uuid4(), "budget_id": budget["id"],
             "used_on": budget["period_start"] + timedelta(days=rng.randrange(days)),
             "provider": f"Palvelu {k % 7} Oy", "budget_line_id": f"line-{k % len(budget['lines'])}",
             "units": "3", "amount_cents": rng.randrange(share // 2 + 1, share * 3 // 2 + 2),
             "commitment_number": f"MS-{k % 3}", "created_by": "bench", "updated_by": "bench"}
            for k in range(n)]


def add_hb_clients(workspace: Workspace, client_ids: list[uuid.UUID], today: date, *, n_lines: int = 12,
                   uses: int = 50, seed: int = 17) -> None:
    """Make each client an HB client: an agreed plan and a decided budget for ``today``'s year
    with 3 payment commitments and ``uses`` realised uses; every 4th also has last year's closed
    budget (20 uses), every 10th next year's indicative draft."""
    rng = random.Random(seed)
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    now = datetime.now(UTC)
    for start in range(0, len(client_ids), BATCH):
        plans, budgets, commitments, realised = [], [], [], []
        for n, client_id in enumerate(client_ids[start:start + BATCH], start):
            plan_id = uuid.uuid4()
            plans.append({"id": plan_id, "client_id": client_id, "series_id": uuid.uuid4(), "status": "agreed",
                          "content": {"goals": [], "current_services": "Kotihoito"}, "agreed_on": year_start,
                          "agreed_at": now, "agreed_by": "bench", "created_by": "bench", "updated_by": "bench"})
            current = _budget_row(rng, client_id, plan_id, "decided", year_start, year_end, n_lines)
            budgets.append(current)
            realised += _uses(rng, current, uses, today)
            commitments += [{"id": uuid.uuid4(), "budget_id": current["id"], "number": f"MS-{k}",
                             "provider": f"Palvelu {k} Oy", "service_code": SERVICES[k][0],
                             "max_cents": current["allocation_cents"], "valid_from": year_start,
                             "valid_to": year_end, "created_by": "bench", "updated_by": "bench"}
                            for k in range(3)]
            if n % 4 == 0:
                older = _budget_row(rng, client_id, plan_id, "closed", date(today.year - 1, 1, 1),
                                    date(today.year - 1, 12, 31), n_lines)
                budgets.append(older)
                realised += _uses(rng, older, 20, today)
            if n % 10 == 0:
                budgets.append(_budget_row(rng, client_id, plan_id, "indicative", date(today.year + 1, 1, 1),
                                           date(today.year + 1, 12, 31), n_lines))
        with workspace.db.transaction() as session, applying_pull(session):
            for model, rows in ((ClientPlan, plans), (PersonalBudget, budgets), (BudgetCommitment, commitments),
                                (BudgetUse, realised)):
                session.execute(insert(model), rows)


@contextmanager
def hb_store(n_clients: int, n_hb: int, today: date, progress: Progress = _quiet,
             prefix: str = "sopiva-bench-hb-") -> Iterator[tuple[Workspace, list[uuid.UUID]]]:
    """A store of ``n_clients`` clients of whom ``n_hb`` (a random sample) are HB clients."""
    with bench_workspace(prefix) as workspace:
        progress(f"filling the store: {n_clients} clients")
        ids = fill_clients(workspace, n_clients)
        hb = random.Random(3).sample(ids, n_hb)
        progress(f"filling the store: {n_hb} HB clients with plans, budgets and uses")
        add_hb_clients(workspace, hb, today)
        yield workspace, hb
