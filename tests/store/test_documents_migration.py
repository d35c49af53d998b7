"""Migration 0006 (print queue and disclosures): a released 0001 store upgrades step by step and
takes print jobs and disclosures; 0006 goes down to 0005 and back up without touching the plans."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.documents.queue import PrintQueueService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
NEW_TABLES = {"print_job", "disclosure"}


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def a_plan(db: Database, last_name: str) -> tuple[uuid.UUID, uuid.UUID]:
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == last_name)
    return client_id, PlanService(db, ACTOR).start_draft(client_id).id


def test_0006_follows_0005_and_there_is_one_head() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    script = scripts.get_revision("0006")
    assert script is not None and script.down_revision == "0005"
    assert len(scripts.get_heads()) == 1


def test_store_0001_upgrades_through_0006_and_takes_print_jobs_and_disclosures(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0005")
    assert not NEW_TABLES & tables(old_store)
    migrate.upgrade(old_store, "0006")
    assert migrate.current_revision(old_store) == "0006"
    assert NEW_TABLES <= tables(old_store)
    migrate.upgrade(old_store)
    db = Database(old_store)
    client_id, plan_id = a_plan(db, "Kärkkäinen")
    queue = PrintQueueService(db, ACTOR)
    job = queue.queue("client_plan", plan_id, "sv")
    assert queue.mark_printed(job.id).status == "printed"
    disclosures = DisclosureService(db, ACTOR, today=lambda: date(2026, 12, 31))
    disclosures.record("client_plan", plan_id, "ASU-1", {"recipient": "Kela", "basis": "consent",
                                                         "purpose": "Etuus", "disclosed_on": "2026-12-01"})
    assert [d.recipient for d in disclosures.for_client(client_id)] == ["Kela"]


def test_0006_down_and_up_keeps_the_plans(old_store: Engine) -> None:
    migrate.upgrade(old_store)
    db = Database(old_store)
    client_id, plan_id = a_plan(db, "Åberg")
    PrintQueueService(db, ACTOR).queue("plain_plan", plan_id)
    migrate.downgrade(old_store, "0005")
    assert migrate.current_revision(old_store) == "0005"
    assert not NEW_TABLES & tables(old_store)
    with old_store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM client_plan")).scalar() == 1
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
    queue = PrintQueueService(db, ACTOR)
    assert queue.pending() == []
    assert queue.queue("plain_plan", plan_id).client_id == client_id
    with pytest.raises(IntegrityError):  # foreign keys are enforced again after the round trip
        with db.transaction() as session:
            session.execute(text("INSERT INTO disclosure (id, revision, client_id, document_kind, record_id, "
                                 "document_id, recipient, basis, basis_detail, purpose, disclosed_on, discloser, "
                                 "discloser_name, created_at, created_by, updated_at, updated_by) VALUES (:id, 1, "
                                 ":cid, 'client_plan', :rid, 'X', 'R', 'law', 'L', 'P', '2026-01-01', 'u', 'U', "
                                 "'2026-01-01', 'u', '2026-01-01', 'u')"),
                            {"id": uuid.uuid4().hex, "cid": uuid.uuid4().hex, "rid": uuid.uuid4().hex})
