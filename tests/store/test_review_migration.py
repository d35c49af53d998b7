"""Migration 0005 (plan reviews): a released 0001 store upgrades step by step and its clients'
plans get reviews; 0005 goes down to 0004 and back up without touching the plans."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.reviews import ReviewService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
NEW_TABLES = {"plan_review", "plan_review_change"}


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def agreed_plan(db: Database, client_id: uuid.UUID) -> uuid.UUID:
    plans = PlanService(db, ACTOR)
    plan_id = plans.start_draft(client_id).id
    for key, value in [("meeting_date", "2026-01-10"), ("current_services", "Valmennus"),
                       ("rights_explained", True), ("rights_explained_how", "Kuvin"), ("review_date", "2026-06-01")]:
        plans.set_field(plan_id, key, value)
    plans.add_goal(plan_id, {"client_words": "Oma koti", "life_domain": "housing", "indicator": "Muutto"})
    plans.add_role(plan_id, {"name": "Asiakas", "role": "client"})
    plans.add_role(plan_id, {"name": "Ohjaaja", "role": "own_worker", "tasks": ["Koordinoi"]})
    plans.agree(plan_id, date(2026, 1, 10))
    return plan_id


def test_0005_follows_0004_and_there_is_one_head() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    script = scripts.get_revision("0005")
    assert script is not None and script.down_revision == "0004"
    assert len(scripts.get_heads()) == 1


def test_store_0001_upgrades_through_0005_and_takes_reviews(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0004")
    assert not NEW_TABLES & tables(old_store)
    migrate.upgrade(old_store, "0005")
    assert migrate.current_revision(old_store) == "0005"
    assert NEW_TABLES <= tables(old_store)
    migrate.upgrade(old_store)
    db = Database(old_store)
    client = next(r for r in ClientService(db, ACTOR).caseload() if r.last_name == "Kärkkäinen")
    reviews = ReviewService(db, ACTOR, today=lambda: date(2026, 12, 31))
    review = reviews.start(agreed_plan(db, client.id), date(2026, 6, 1))
    goal = review.review.goal_ids()[0]
    reviews.set_rating(review.id, goal, "client", 3)
    reviews.set_rating(review.id, goal, "professional", 2)
    reviews.set_field(review.id, "wellbeing", 4)
    assert reviews.complete(review.id).status == "completed"
    assert [c.field_key for c in reviews.history(review.id)][-1] == "status"
    assert reviews.attainment_changes() == {client.id: None}


def test_0005_down_and_up_keeps_the_plans(old_store: Engine) -> None:
    migrate.upgrade(old_store)
    db = Database(old_store)
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == "Åberg")
    plan_id = agreed_plan(db, client_id)
    reviews = ReviewService(db, ACTOR, today=lambda: date(2026, 12, 31))
    reviews.set_field(reviews.start(plan_id, date(2026, 6, 1)).id, "notes", "Hyvin menee")
    migrate.downgrade(old_store, "0004")
    assert migrate.current_revision(old_store) == "0004"
    assert not NEW_TABLES & tables(old_store)
    with old_store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM client_plan")).scalar() == 1
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    assert reviews.for_client(client_id) == []
    again = reviews.start(plan_id, date(2026, 7, 1))
    assert reviews.set_field(again.id, "notes", "Uusi").revision == 2
    with pytest.raises(IntegrityError):  # foreign keys are enforced again after the round trip
        with db.transaction() as session:
            session.execute(text("INSERT INTO plan_review_change (id, review_id, field_key, changed_at, changed_by, "
                                 "changed_by_name, reason) VALUES (:id, :rid, 'x', '2026-01-01', 'u', 'U', '')"),
                            {"id": uuid.uuid4().hex, "rid": uuid.uuid4().hex})
