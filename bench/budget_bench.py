"""Personal budget "what if" benchmark (issue 5: recomputing a 40-line budget after an edit,
p95 ≤ 5 ms). Pure domain, no store and no Qt.

Measured per sample, on a 40-line budget with 10 reference lines:
- ``recompute``: ``budget.recompute`` alone, after a one-line edit;
- ``edit_recompute``: what a cell edit does end to end: parse the typed quantity, build the
  changed line, ``set_line`` (a new budget) and ``recompute``;
- ``validate``: ``budget.validate`` of the edited budget (the form's rule check);
- ``follow_up``: balances and alerts with 3 payment commitments and 240 realised uses.

Run: ``python -m bench.budget_bench`` (``--quick`` for fewer samples).
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.stats import summary_ms
from sopiva_desk.domain import budget as hb
from sopiva_desk.domain.money import format_cents, parse_quantity

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
    commitments = [hb.PaymentCommitment(number=f"MS-{n}", provider=f"Palvelu {n} Oy", service_code=SERVICES[n][0],
                                        max_cents=5_000_000, valid_from=START, valid_to=END) for n in range(3)]
    uses = [hb.RealisedUse(id=f"use-{n}", used_on=START + timedelta(days=n % 300), provider="Palvelu 1 Oy",
                           budget_line_id=f"line-{n % n_lines}", units=Decimal(3), amount_cents=rng.randrange(1, 30000),
                           commitment_number=f"MS-{n % 3}") for n in range(240)]
    follow_s = []
    for _ in range(max(200, samples // 10)):
        t = time.perf_counter()
        report = hb.follow_up(decided, commitments, uses, date(2025, 8, 1))
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


def main() -> int:
    quick = "--quick" in sys.argv
    result = run(samples=1000 if quick else 5000)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"\n{result['lines']}-line budget, {result['samples']} one-line edits:")
    for name, label in (("recompute", "recompute after a one-line edit"),
                        ("edit_recompute", "parse + edit + recompute"),
                        ("validate", "validate"), ("follow_up", "follow-up, 240 uses")):
        stats = result[name]
        print(f"  {label:<34} p50 {stats['p50']:.4f} ms   p95 {stats['p95']:.4f} ms")
    print("  target: p95 ≤ 5 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
