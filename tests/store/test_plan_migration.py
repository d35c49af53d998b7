"""Migration 0004 (client plans and personal budgets): a released 0001 store upgrades step by
step and its clients get plans and budgets; 0004 goes down to 0003 and back up without
touching the rest of the data."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.budgets import BudgetService
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.decisions import DecisionService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
NEW_TABLES = {"client_plan", "client_plan_change", "personal_budget", "personal_budget_change",
              "payment_commitment", "realised_use"}


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def test_0004_follows_0003_and_there_is_one_head() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    script = scripts.get_revision("0004")
    assert script is not None and script.down_revision == "0003"
    assert len(scripts.get_heads()) == 1
    assert migrate.head_revision() == scripts.get_heads()[0]


def test_store_0001_upgrades_through_0004_and_takes_plans_and_budgets(old_store: Engine) -> None:
    assert migrate.current_revision(old_store) == "0001"
    migrate.upgrade(old_store, "0003")
    assert not NEW_TABLES & tables(old_store)
    migrate.upgrade(old_store, "0004")
    assert migrate.current_revision(old_store) == "0004"
    assert NEW_TABLES <= tables(old_store)
    migrate.upgrade(old_store)
    db = Database(old_store)
    client = next(r for r in ClientService(db, ACTOR).caseload() if r.last_name == "Kärkkäinen")
    plans = PlanService(db, ACTOR)
    plan = plans.start_draft(client.id)
    goal = plans.add_goal(plan.id, {"client_words": "Oma koti"}).content["goals"][0]["id"]
    plans.add_support(plan.id, goal, {"service_code": "sd-coaching", "quantity": "10",
                                      "arranging_method": "personal_budget"})
    assert [c.field_key.split("/")[0] for c in plans.history(plan.id)] == ["goals", "goals"]
    budgets = BudgetService(db, ACTOR)
    budget = budgets.create_for_plan(plan.id, date(2026, 1, 1), date(2026, 12, 31))
    saved = budgets.set_line(budget.id, budget.budget.lines[0].id, {"quantity": "8",
                                                                    "arranging_method": "service_voucher"})
    assert (saved.totals.reference_cents, saved.totals.allocation_cents) == (70500, 56400)
    assert [r.client_id for r in budgets.organisation_overview(date(2026, 6, 1))] == [client.id]


def test_0004_down_and_up_keeps_the_other_data(old_store: Engine) -> None:
    migrate.upgrade(old_store)
    db = Database(old_store)
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == "Åberg")
    decisions = DecisionService(db, ACTOR)
    decisions.set_field(decisions.start(client_id).id, "topic", "Työtoiminta")
    plans = PlanService(db, ACTOR)
    plans.set_field(plans.start_draft(client_id).id, "strengths", "Sinnikäs")
    migrate.downgrade(old_store, "0003")
    assert migrate.current_revision(old_store) == "0003"
    assert not NEW_TABLES & tables(old_store)
    with old_store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM decision_session")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 2
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    assert plans.for_client(client_id) == []
    again = plans.start_draft(client_id)
    assert plans.set_field(again.id, "strengths", "Sinnikäs").revision == 2
    with pytest.raises(IntegrityError):  # foreign keys are enforced again after the round trip
        with db.transaction() as session:
            session.execute(text("INSERT INTO client_plan_change (id, plan_id, field_key, changed_at, changed_by, "
                                 "changed_by_name, reason) VALUES (:id, :pid, 'x', '2026-01-01', 'u', 'U', '')"),
                            {"id": uuid.uuid4().hex, "pid": uuid.uuid4().hex})
