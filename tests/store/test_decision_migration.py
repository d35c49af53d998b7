"""Migration 0003 (supported decision-making sessions): a released 0001 store upgrades step by
step and its clients get sessions; 0003 goes down to 0002 and back up without touching the
rest of the data."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.assessments import VisitService
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.decisions import DecisionService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
NEW_TABLES = {"decision_session", "decision_session_change"}


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def test_0003_follows_0002() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0003")
    assert script is not None and script.down_revision == "0002"


def test_store_0001_upgrades_step_by_step_and_takes_sessions(old_store: Engine) -> None:
    assert migrate.current_revision(old_store) == "0001"
    migrate.upgrade(old_store, "0002")
    assert not NEW_TABLES & tables(old_store)
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    assert NEW_TABLES <= tables(old_store)
    db = Database(old_store)
    clients = ClientService(db, ACTOR)
    client = next(r for r in clients.caseload() if r.last_name == "Kärkkäinen")
    decisions = DecisionService(db, ACTOR)
    visit = VisitService(db, ACTOR).start_visit(client.id, "home_visit")
    found = decisions.start(client.id, visit.id)
    decisions.set_field(found.id, "topic", "Asuminen")
    option = decisions.add_option(found.id, "Ryhmäkoti").content["options"][0]
    decisions.set_option_field(found.id, option["id"], "reaction", "good")
    assert [c.field_key for c in decisions.history(found.id)] == [
        "topic", f"options/{option['id']}", f"options/{option['id']}/reaction"]
    assert [s.id for s in decisions.for_client(client.id)] == [found.id]


def test_0003_down_and_up_keeps_the_other_data(old_store: Engine) -> None:
    migrate.upgrade(old_store)
    db = Database(old_store)
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == "Åberg")
    VisitService(db, ACTOR).start_visit(client_id, "phone")
    decisions = DecisionService(db, ACTOR)
    decisions.set_field(decisions.start(client_id).id, "topic", "Työtoiminta")
    migrate.downgrade(old_store, "0002")
    assert migrate.current_revision(old_store) == "0002"
    assert not NEW_TABLES & tables(old_store)
    with old_store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visit")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 2
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    assert decisions.for_client(client_id) == []
    again = decisions.start(client_id)
    assert decisions.set_field(again.id, "topic", "Työtoiminta").revision == 2
    with pytest.raises(IntegrityError):  # foreign keys are enforced again after the round trip
        with db.transaction() as session:
            session.execute(text("INSERT INTO decision_session_change (id, session_id, field_key, changed_at, "
                                 "changed_by, changed_by_name, reason) VALUES (:id, :sid, 'x', '2026-01-01', "
                                 "'u', 'U', '')"), {"id": uuid.uuid4().hex, "sid": uuid.uuid4().hex})
