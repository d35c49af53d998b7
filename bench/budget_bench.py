"""Personal budget benchmarks (issue 5): recomputing a 40-line budget after an edit (p95 ≤ 5 ms)
and the autosave of one line through the service (p95 ≤ 15 ms).

``run`` is pure domain, no store and no Qt; per sample, on a 40-line budget with 10 reference
lines:
- ``recompute``: ``budget.recompute`` alone, after a one-line edit;
- ``edit_recompute``: what a cell edit does end to end: parse the typed quantity, build the
  changed line, ``set_line`` (a new budget) and ``recompute``;
- ``validate``: ``budget.validate`` of the edited budget (the form's rule check);
- ``follow_up``: balances and alerts with 3 payment commitments and 240 realised uses.

``autosave`` is ``BudgetService.set_line`` changing one quantity of a 40-line indicative budget
(one transaction: the budget row rewritten, a history row, an access-log row, synchronous=FULL)
in the organisation benchmark's store (``bench/fixtures.py``: 10,000 clients, 2,000 HB clients).

Run: ``python -m bench.budget_bench`` (``--quick`` for fewer samples and a smaller store).
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.fixtures import hb_store
from bench.stats import summary_ms
from sopiva_desk.domain import budget as hb
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.money import format_cents, parse_quantity
from sopiva_desk.services.workspace import Workspace

START, END = date(2025, 1, 1), date(2025, 12, 31)
METHODS = hb.ARRANGING_METHODS
SERVICES = (("sd-personal-assistance", "hour", 3350), ("sd-coaching", "hour", 6800), ("sd-day-activities", "day", 9200),
            ("sd-mobility-support", "trip", 2600), ("sd-housing-support-hour", "hour", 4800))


def _line(index: int, quantity: Decimal) -> hb.BudgetLine:
    code, unit, price = SERVICES[index % len(SERVICES)]
    return hb.BudgetLine(id=f"line-{index}", plan_support_id=f"support-{index}", service_code=code,
                         description=f"Tuki {index + 1}", quantity=quantity, unit=unit, unit_price_cents=price,
                         arranging_method=METHODS[index % len(METHODS)], provider=f"Palvelu {index % 7} Oy")


def build(n_lines: int = 40, n_references: int = 10, seed: int = 5) -> hb.Budget:
    rng = random.Random(seed)
    lines = tuple(_line(i, Decimal(rng.randrange(100, 20000)).scaleb(-2)) for i in range(n_lines))
    references = tuple(hb.ReferenceLine(service_code=SERVICES[i % len(SERVICES)][0],
                                        unit=SERVICES[i % len(SERVICES)][1],
                                        quantity=Decimal(rng.randrange(1000, 30000)).scaleb(-2),
                                        unit_price_cents=SERVICES[i % len(SERVICES)][2])
                       for i in range(n_references))
    return hb.Budget(period_start=START, period_end=END, lines=lines, reference_lines=references,
                     justification="Vertailu")


def run(samples: int = 5000, n_lines: int = 40) -> dict[str, Any]:
    rng = random.Random(11)
    budget = build(n_lines)
    recompute_s, edit_s, validate_s = [], [], []
    for i in range(samples + 50):  # the first 50 warm up and are not kept
        index = rng.randrange(n_lines)
        typed = f"{rng.randrange(1, 365)},{rng.randrange(0, 100):02d}"  # fits a day line too
        t0 = time.perf_counter()
        quantity = parse_quantity(typed)
        assert quantity is not None
        budget = hb.set_line(budget, _line(index, quantity))
        t1 = time.perf_counter()
        totals = hb.recompute(budget)
        t2 = time.perf_counter()
        hb.validate(budget)
        t3 = time.perf_counter()
        if i >= 50:
            edit_s.append(t2 - t0)
            recompute_s.append(t2 - t1)
            validate_s.append(t3 - t2)

    decided = hb.decide(budget, date(2024, 12, 15))
    commitments = [follow.PaymentCommitment(number=f"MS-{n}", provider=f"Palvelu {n} Oy", service_code=SERVICES[n][0],
                                        max_cents=5_000_000, valid_from=START, valid_to=END) for n in range(3)]
    uses = [follow.RealisedUse(id=f"use-{n}", used_on=START + timedelta(days=n % 300), provider="Palvelu 1 Oy",
                           budget_line_id=f"line-{n % n_lines}", units=Decimal(3), amount_cents=rng.randrange(1, 30000),
                           commitment_number=f"MS-{n % 3}") for n in range(240)]
    follow_s = []
    for _ in range(max(200, samples // 10)):
        t = time.perf_counter()
        report = follow.follow_up(decided, commitments, uses, date(2025, 8, 1))
        follow_s.append(time.perf_counter() - t)
    return {
        "lines": n_lines,
        "samples": samples,
        "recompute": summary_ms(recompute_s),
        "edit_recompute": summary_ms(edit_s),
        "validate": summary_ms(validate_s),
        "follow_up": summary_ms(follow_s),
        "last_allocation": format_cents(totals.allocation_cents),
        "alerts": len(report.alerts),
    }


def autosave(workspace: Workspace, client_id: uuid.UUID, samples: int = 300, n_lines: int = 40) -> dict[str, Any]:
    """``set_line`` p50/p95 on a 40-line indicative budget of ``client_id`` (made here through
    the plan and budget services, 10 supports giving the reference lines)."""
    plans, budgets = workspace.plans, workspace.budgets
    plan = plans.start_draft(client_id)
    goal = plans.add_goal(plan.id, {"client_words": "Oma koti ja työ", "life_domain": "housing"})
    goal_id = goal.content["goals"][0]["id"]
    for i in range(10):
        code, _unit, _price = SERVICES[i % len(SERVICES)]
        plans.add_support(plan.id, goal_id, {"service_code": code, "quantity": str(50 + i * 10),
                                             "arranging_method": "personal_budget"})
    budget = budgets.create_for_plan(plan.id, START, END)
    line_ids = []
    for i in range(n_lines):
        code, _unit, _price = SERVICES[i % len(SERVICES)]
        saved = budgets.set_line(budget.id, None, {"service_code": code, "quantity": str(10 + i),
                                                   "arranging_method": METHODS[i % len(METHODS)],
                                                   "provider": f"Palvelu {i % 7} Oy"})
        line_ids.append(saved.line_id)
    rng = random.Random(19)
    times = []
    for i in range(samples + 20):  # the first 20 warm up and are not kept
        typed = f"{rng.randrange(1, 365)},{rng.randrange(0, 100):02d}"
        t = time.perf_counter()
        budgets.set_line(budget.id, rng.choice(line_ids), {"quantity": typed})
        if i >= 20:
            times.append(time.perf_counter() - t)
    return {"set_line": summary_ms(times), "lines": n_lines}


def run_store(n_clients: int = 10_000, n_hb: int = 2000, samples: int = 300,
              progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """``autosave`` in a store of its own (``bench.__main__`` shares the organisation one)."""
    with hb_store(n_clients, n_hb, START, progress) as (workspace, hb_ids):
        progress("measuring budget line autosave")
        taken = set(hb_ids)  # a client without a plan yet, so the new plan is version 1
        client_id = next(c.id for c in workspace.clients.caseload() if c.id not in taken)
        return autosave(workspace, client_id, samples)


def main() -> int:
    quick = "--quick" in sys.argv
    result = run(samples=1000 if quick else 5000)
    result["autosave"] = run_store(n_clients=2000 if quick else 10_000, n_hb=400 if quick else 2000,
                                   samples=100 if quick else 300,
                                   progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"\n{result['lines']}-line budget, {result['samples']} one-line edits:")
    for name, label in (("recompute", "recompute after a one-line edit"),
                        ("edit_recompute", "parse + edit + recompute"),
                        ("validate", "validate"), ("follow_up", "follow-up, 240 uses")):
        stats = result[name]
        print(f"  {label:<34} p50 {stats['p50']:.4f} ms   p95 {stats['p95']:.4f} ms")
    print("  target: p95 ≤ 5 ms")
    stats = result["autosave"]["set_line"]
    print(f"  {'set_line autosave (store)':<34} p50 {stats['p50']:.2f} ms   p95 {stats['p95']:.2f} ms   "
          "target: p95 ≤ 15 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
