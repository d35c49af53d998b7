"""The demo counsellor's client plans and personal budgets (part of ``demo_casework``'s story).

Clients whose needs assessment was completed get, in turn: a draft plan (being written), an
agreed plan, or an agreed plan with a personal budget that is decided, has payment commitments
and some realised use — one of them over a commitment's maximum, so the follow-up has an
alert to show. A "reviewed" client's plan was agreed ten months ago: two reviews since then
(goal attainment and "How are things?" over time) and ten months of use of the budget, one
line clearly under-used and one over; today's re-assessment makes the plan due again.
Everything goes through PlanService, BudgetService and ReviewService, like a counsellor's
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
from sopiva_desk.services.reviews import ReviewService
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
PLAN_STORY = ("draft", "reviewed", "budget", "agreed", "budget", "draft", "reviewed", "agreed", "budget",
              "budget", "agreed", "budget", "reviewed")
REVIEWED_AGO = timedelta(days=300)  # the "reviewed" plan was agreed this long before today
# The review dates of the first "reviewed" plans, from today: one due this week, one overdue, so
# the Today page lists reviews (the others are reviewed in a year, ~two months from today).
REVIEW_DUE_IN = (2, -4)
_REVIEW_NOTES = {
    "fi": ("Asiakas kertoi kuvien avulla, mikä on mennyt hyvin. Jatketaan samoin.",
           "Edistystä on tullut. Asiakas haluaa jatkaa samalla valmentajalla."),
    "sv": ("Klienten berättade med hjälp av bilder vad som har gått bra. Vi fortsätter likadant.",
           "Det har gått framåt. Klienten vill fortsätta med samma coach."),
}


@cache
def plan_texts() -> dict[str, dict[str, Any]]:
    """The plans of ``resources/demo/plans.toml`` by persona id (read once, never changed)."""
    with resource_path("demo", "plans.toml").open("rb") as file:
        return {plan["persona"]: plan for plan in tomllib.load(file)["plans"]}


def _budget_lines(persona_id: str) -> int:
    """How many lines a personal budget from this persona's plan would have."""
    texts = plan_texts().get(persona_id) or {}
    return sum(1 for goal in texts.get("goals", ()) for support in goal.get("supports", ())
               if support.get("arranging_method") == "personal_budget" and support.get("quantity"))


def plan_kinds(persona_ids: list[str]) -> list[str | None]:
    """The part of ``PLAN_STORY`` each client plays (None: no plan yet), by their persona: a
    reviewed plan goes to a client whose budget would have two lines or more (one under-used,
    one over), a budget to one whose plan has personal-budget supports, when there are such."""
    kinds: list[str | None] = [None] * len(persona_ids)
    free = list(range(len(persona_ids)))
    needs = {"reviewed": 2, "budget": 1}
    for kind in PLAN_STORY:
        if not free:
            break
        fits = [i for i in free if _budget_lines(persona_ids[i]) >= needs.get(kind, 0)]
        chosen = (fits or free)[0]
        free.remove(chosen)
        kinds[chosen] = kind
    return kinds


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
        self.reviews = ReviewService(db, actor, today=lambda: today)
        self.actor = actor
        self.rng = rng
        self.today = today
        self.counts: dict[str, int] = {"plans_draft": 0, "plans_agreed": 0, "budgets_decided": 0,
                                       "reviews_completed": 0}
        self._review_due = list(REVIEW_DUE_IN)

    def plan(self, client_id: Any, client_name: str, language: str, persona_id: str, kind: str,
             fill: Callable[[str], str]) -> None:
        texts = plan_texts().get(persona_id)
        if texts is None:
            return
        view = self.plans.start_draft(client_id)  # situation etc. from the completed assessment
        words = {key: fill(text) for key, text in _WORDS[language].items()}
        day = self.today - REVIEWED_AGO if kind == "reviewed" else self.today  # the plan meeting
        self._write(view, texts, client_name, words, fill, day, complete=kind != "draft")
        if kind == "draft":
            self.counts["plans_draft"] += 1
            return
        self.plans.agree(view.id, day)
        self.counts["plans_agreed"] += 1
        if kind in ("budget", "reviewed"):
            self._budget(self.plans.open(view.id), words, day)
        if kind == "reviewed":
            self._reviews(view.id, language, day)

    def _reviews(self, plan_id: Any, language: str, agreed: date) -> None:
        """Two completed reviews since the plan was agreed, the goals coming nearer each time."""
        for index, (months, step) in enumerate(((4, 1), (8, 2))):
            review = self.reviews.start(plan_id, agreed + timedelta(days=30 * months))
            for number, goal_id in enumerate(review.review.goal_ids()):
                base = 1 + (number % 2)
                self.reviews.set_rating(review.id, goal_id, "professional", min(base + step, 5))
                self.reviews.set_rating(review.id, goal_id, "client", min(base + step + index, 5))
            self.reviews.set_field(review.id, "wellbeing", 3 + index)
            self.reviews.set_field(review.id, "notes", _REVIEW_NOTES[language][index])
            self.reviews.complete(review.id)
            self.counts["reviews_completed"] += 1

    def _write(self, view: PlanView, texts: dict[str, Any], client_name: str, words: dict[str, str],
               fill: Callable[[str], str], today: date, *, complete: bool) -> None:
        plans, plan_id = self.plans, view.id
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
        # A new plan is reviewed in half a year; one agreed long ago was reviewed twice and is due in a
        # year (the first of them now: see REVIEW_DUE_IN).
        if today == self.today:
            review_on = today + timedelta(days=182)
        elif self._review_due:
            review_on = self.today + timedelta(days=self._review_due.pop(0))
        else:
            review_on = today + timedelta(days=365)
        plans.set_field(plan_id, "review_date", review_on)

    def _budget(self, view: PlanView, words: dict[str, str], agreed: date) -> None:
        """A decided budget for twelve months from the month the plan was agreed, with commitments
        and the realised use so far (monthly; the first line under-used, the last over-used when
        the period is well under way)."""
        supports = [s for s in view.plan.supports() if s.arranging_method == "personal_budget" and s.quantity]
        if not supports:
            return  # personal budgeting does not fit this client's supports
        start = _first_of_month(agreed)
        budgets = self.budgets
        budget = budgets.create_for_plan(view.id, start, _year_after(start))  # a line for each priced support
        by_support = {line.plan_support_id: line.id for line in budget.budget.lines}
        for line in budget.budget.lines:
            if line.plan_support_id not in {s.id for s in supports}:
                budgets.remove_line(budget.id, line.id)  # the demo's budgets hold the personal-budget supports
        lines: list[tuple[str, Any]] = []
        for support in supports:
            method = "payment_commitment" if self.rng.random() < 0.7 else "service_voucher"
            # A little less or more than the reference: some budgets are over it and need a justification.
            quantity = support.quantity * Decimal(self.rng.choice(("0.9", "1", "1", "1.05")))
            fields = {"service_code": support.service_code, "quantity": str(quantity.quantize(Decimal(1))),
                      "arranging_method": method, "plan_support_id": support.id, "provider": support.provider_name,
                      "description": support.description}
            saved = budgets.set_line(budget.id, by_support.get(support.id), fields)
            assert saved.line_id is not None
            lines.append((saved.line_id, support))
        if not saved.totals.cost_neutral:  # the last line's save carries the budget's totals
            budgets.set_justification(budget.id, words["justification"])
        decided = budgets.decide(budget.id, agreed, f"HB-{agreed.year}-{self.rng.randint(100, 999)}")
        self.counts["budgets_decided"] += 1
        totals = decided.totals
        prices = {line.id: line.unit_price_cents for line in decided.budget.lines}
        for index, (line_id, support) in enumerate(lines):
            number = f"MS-{self.rng.randint(10000, 99999)}"
            month_cents = totals.line_cents[line_id] // 12
            # Every second client's last commitment covers half a month: the first month's use goes over it.
            tight = index == len(lines) - 1 and self.rng.random() < 0.5
            budgets.add_commitment(budget.id, {
                "number": number, "provider": support.provider_name, "service_code": support.service_code,
                "max_cents": month_cents // 2 if tight else totals.line_cents[line_id],
                "valid_from": start, "valid_to": _year_after(start)})
            price = prices[line_id]
            factor = Decimal("1")
            if len(lines) > 1 and index == 0:
                factor = Decimal("0.3")  # hardly used: "clearly under-used" from mid-period
            elif len(lines) > 1 and index == len(lines) - 1:
                factor = Decimal("1.35")  # more than planned: over-used before the period ends
            units = max(((support.quantity or Decimal(12)) / 12 * factor).quantize(Decimal(1)), Decimal(1))
            month = start
            while month <= self.today:  # a monthly invoice, on the 7th (or today, this month)
                budgets.record_use(budget.id, {
                    "used_on": min(month + timedelta(days=6), self.today), "provider": support.provider_name,
                    "budget_line_id": line_id, "units": str(units), "amount_cents": int(units * price),
                    "commitment_number": number})
                month = (month + timedelta(days=32)).replace(day=1)
