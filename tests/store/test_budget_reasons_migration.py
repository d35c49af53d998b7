"""Migration 0011 (written reasons in personal budgets): budgets, uses and commitments made
before it keep their data and get empty reasons; 0011 goes down and back up without losing them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.budgets import BudgetService
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
COLUMNS = {"personal_budget": {"overlap_reason"}, "personal_budget_change": {"reason"},
           "realised_use": {"amount_reason", "correction_reason", "cancel_reason"},
           "payment_commitment": {"correction_reason", "cancel_reason"}}


def columns(engine: Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def test_0011_follows_0010_and_there_is_one_head() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    script = scripts.get_revision("0011")
    assert script is not None and script.down_revision == "0010"
    assert len(scripts.get_heads()) == 1


def test_0011_adds_the_reasons_and_keeps_the_follow_up_when_it_goes_down_and_up(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0010")
    assert all(not wanted & columns(old_store, table) for table, wanted in COLUMNS.items())
    migrate.upgrade(old_store)
    assert all(wanted <= columns(old_store, table) for table, wanted in COLUMNS.items())
    db = Database(old_store)
    client = next(r for r in ClientService(db, ACTOR).caseload() if r.last_name == "Kärkkäinen")
    plans, budgets = PlanService(db, ACTOR), BudgetService(db, ACTOR)
    plan = plans.start_draft(client.id)
    goal = plans.add_goal(plan.id, {"client_words": "Oma koti"}).content["goals"][0]["id"]
    plans.add_support(plan.id, goal, {"service_code": "sd-coaching", "quantity": "10",
                                      "arranging_method": "personal_budget"})
    budget = budgets.create_for_plan(plan.id, date(2026, 1, 1), date(2026, 12, 31))
    line = budget.budget.lines[0].id
    budgets.decide(budget.id, date(2026, 1, 1))
    budgets.add_commitment(budget.id, {"number": "MS-1", "provider": "Valmennus Oy", "service_code": "sd-coaching",
                                       "max_cents": "705", "valid_from": "2026-01-01", "valid_to": "2026-12-31"})
    use = budgets.record_use(budget.id, {"used_on": "2026-02-01", "provider": "Valmennus Oy", "budget_line_id": line,
                                         "units": "1", "amount_cents": "80,00", "commitment_number": "MS-1",
                                         "amount_reason": "Matkat"})

    migrate.downgrade(old_store, "0010")
    assert all(not wanted & columns(old_store, table) for table, wanted in COLUMNS.items())
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    kept = budgets.uses(budget.id)
    assert [(u.id, u.amount_cents, u.amount_reason) for u in kept] == [(use.id, 8000, None)]  # the reason is new
    assert [c.number for c in budgets.commitments(budget.id)] == ["MS-1"]
    assert budgets.open(budget.id).overlap_reason is None
    assert all(c.reason == "" for c in budgets.history(budget.id))
    budgets.cancel_use(budget.id, use.id, "Väärä asiakas")  # the new columns work on the old rows
    assert budgets.entries(budget.id).uses[0].cancel_reason == "Väärä asiakas"
