"""The demo counsellor's client plans and personal budgets (part of ``demo_casework``'s story).

Clients whose needs assessment was completed get, in turn: a draft plan (being written), an
agreed plan, or an agreed plan with a personal budget that is decided, has payment commitments
and some realised use — one of them over a commitment's maximum, so the follow-up has an
alert to show. Everything goes through PlanService and BudgetService, like a counsellor's
clicks. The texts are fictional and live in ``resources/demo/plans.toml``.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from sopiva_desk.resources import resource_path
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.budgets import BudgetService
from sopiva_desk.services.plans import PlanService, PlanView
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.database import Database

# Words the plan texts do not carry, by the client's language.
_WORDS = {
    "fi": {"place": "Asiakkaan koti, {town}", "own_worker_task": "Koordinoi suunnitelman toteutumista",
           "justification": "Asiakkaan valitsema palveluntuottaja on lähempänä kotia; kuljetuskulut pienenevät."},
    "sv": {"place": "Klientens hem, {town}", "own_worker_task": "Samordnar planens genomförande",
           "justification": "Den serviceproducent klienten valt finns närmare hemmet; resekostnaderna minskar."},
}
# How the plan story goes for the n-th client with a completed assessment (the rest get none).
PLAN_STORY = ("draft", "budget", "agreed", "budget", "draft", "agreed", "budget", "budget", "agreed", "budget")


@cache
def plan_texts() -> dict[str, dict[str, Any]]:
    """The plans of ``resources/demo/plans.toml`` by persona id (read once, never changed)."""
    with resource_path("demo", "plans.toml").open("rb") as file:
        return {plan["persona"]: plan for plan in tomllib.load(file)["plans"]}


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _year_after(start: date) -> date:
    """The day before the same date a year later: a twelve-month budget period."""
    return start.replace(year=start.year + 1) - timedelta(days=1)


class PlanStory:
    """Writes one client's plan (and budget) through the services; ``fill`` fills placeholders."""

    def __init__(self, db: Database, actor: Actor, library: TemplateLibrary, rng: random.Random,
                 today: date) -> None:
        self.plans = PlanService(db, actor, library)
        self.budgets = BudgetService(db, actor)
        self.actor = actor
        self.rng = rng
        self.today = today
        self.counts: dict[str, int] = {"plans_draft": 0, "plans_agreed": 0, "budgets_decided": 0}

    def plan(self, client_id: Any, client_name: str, language: str, persona_id: str, kind: str,
             fill: Callable[[str], str]) -> None:
        texts = plan_texts().get(persona_id)
        if texts is None:
            return
        view = self.plans.start_draft(client_id)  # situation etc. from the completed assessment
        words = {key: fill(text) for key, text in _WORDS[language].items()}
        self._write(view, texts, client_name, words, fill, complete=kind != "draft")
        if kind == "draft":
            self.counts["plans_draft"] += 1
            return
        self.plans.agree(view.id, self.today)
        self.counts["plans_agreed"] += 1
        if kind == "budget":
            self._budget(self.plans.open(view.id), words)

    def _write(self, view: PlanView, texts: dict[str, Any], client_name: str, words: dict[str, str],
               fill: Callable[[str], str], *, complete: bool) -> None:
        plans, plan_id, today = self.plans, view.id, self.today
        plans.set_field(plan_id, "meeting_date", today)
        plans.set_field(plan_id, "meeting_place", words["place"])
        participants = [{"name": client_name, "relation": ""}, {"name": self.actor.user_name, "relation": ""}]
        plans.set_field(plan_id, "participants", participants)
        for key in ("communication", "how_will_found", "current_services", "earlier_goals", "self_determination"):
            plans.set_field(plan_id, key, fill(texts[key]))
        goals = texts["goals"] if complete else texts["goals"][:1]
        providers: dict[str, str] = {}
        for goal in goals:
            target = today + timedelta(days=30 * goal["target_months"])
            added = plans.add_goal(plan_id, {
                "client_words": fill(goal["client_words"]), "life_domain": goal["life_domain"],
                "indicator": fill(goal["indicator"]), "target_date": target, "pictogram": goal["pictogram"]})
            goal_id = added.content["goals"][-1]["id"]
            for support in goal.get("supports", ()):
                fields = {key: fill(value) if isinstance(value, str) else value for key, value in support.items()}
                plans.add_support(plan_id, goal_id, {**fields, "start_date": _first_of_month(today)})
                providers.setdefault(fields["provider_name"], fields["provider_kind"])
        if not complete:
            return
        plans.add_role(plan_id, {"name": client_name, "role": "client"})
        plans.add_role(plan_id, {"name": self.actor.user_name, "role": "own_worker",
                                 "tasks": [words["own_worker_task"]]})
        for role in texts.get("roles", ()):
            plans.add_role(plan_id, {"name": fill(role["name"]), "role": role["role"],
                                     "relation": fill(role.get("relation", "")),
                                     "tasks": [fill(task) for task in role["tasks"]]})
        plans.set_field(plan_id, "rights_explained", True)
        plans.set_field(plan_id, "rights_explained_how", fill(texts["rights_explained_how"]))
        plans.set_field(plan_id, "review_date", today + timedelta(days=182))

    def _budget(self, view: PlanView, words: dict[str, str]) -> None:
        """A decided budget for this year's period, with commitments and the first realised uses."""
        supports = [s for s in view.plan.supports() if s.arranging_method == "personal_budget" and s.quantity]
        if not supports:
            return  # personal budgeting does not fit this client's supports
        start = _first_of_month(self.today)
        budgets = self.budgets
        budget = budgets.create_for_plan(view.id, start, _year_after(start))
        lines: list[tuple[str, Any]] = []
        for support in supports:
            method = "payment_commitment" if self.rng.random() < 0.7 else "service_voucher"
            # A little less or more than the reference: some budgets are over it and need a justification.
            quantity = support.quantity * Decimal(self.rng.choice(("0.9", "1", "1", "1.05")))
            saved = budgets.set_line(budget.id, None, {
                "service_code": support.service_code, "quantity": str(quantity.quantize(Decimal(1))),
                "arranging_method": method, "plan_support_id": support.id, "provider": support.provider_name,
                "description": support.description})
            assert saved.line_id is not None
            lines.append((saved.line_id, support))
        opened = budgets.open(budget.id)
        if not opened.totals.cost_neutral:
            budgets.set_justification(budget.id, words["justification"])
        budgets.decide(budget.id, self.today, f"HB-{self.today.year}-{self.rng.randint(100, 999)}")
        self.counts["budgets_decided"] += 1
        totals = budgets.open(budget.id).totals
        for index, (line_id, support) in enumerate(lines):
            number = f"MS-{self.rng.randint(10000, 99999)}"
            month_cents = totals.line_cents[line_id] // 12
            # The first commitment of every second client is for one month only: the use below goes over it.
            tight = index == 0 and self.rng.random() < 0.5
            budgets.add_commitment(budget.id, {
                "number": number, "provider": support.provider_name, "service_code": support.service_code,
                "max_cents": month_cents if tight else totals.line_cents[line_id],
                "valid_from": start, "valid_to": _year_after(start)})
            used_on = min(start + timedelta(days=6), self.today)
            price = next(line.unit_price_cents for line in budgets.open(budget.id).budget.lines if line.id == line_id)
            units = Decimal(max(int((support.quantity or 0) / 12), 1))
            if tight:
                units += 2
            budgets.record_use(budget.id, {
                "used_on": used_on, "provider": support.provider_name, "budget_line_id": line_id,
                "units": str(units), "amount_cents": int(units * price), "commitment_number": number})
