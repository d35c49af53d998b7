"""Migration 0020 (disclosure entries in the Sosmeta structure): an entry recorded before keeps
everything it had and reads "" for the new parts; a disclosure of data without a document can be
recorded after it; going down to 0019 keeps the document disclosures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.plans import PlanService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
TODAY = date(2026, 12, 31)


def test_0020_keeps_the_entries_before_it_and_takes_data_without_a_document(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0019")
    db = Database(old_store)
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == "Kärkkäinen")
    plan_id = PlanService(db, ACTOR).start_draft(client_id).id
    with db.transaction() as session:  # as the 0019 service wrote it
        session.execute(text(
            "INSERT INTO disclosure (id, revision, created_at, created_by, updated_at, updated_by, client_id, "
            "document_kind, record_id, document_id, recipient, basis, basis_detail, purpose, disclosed_on, discloser, "
            "discloser_name) VALUES ('0b0c0d0e0f1011121314151617181920', 0, '2026-12-01 10:00:00', 'u', "
            "'2026-12-01 10:00:00', 'u', :client, 'client_plan', :plan, 'ASU-1', 'Kela', 'law', '§ 17', 'Etuus', "
            "'2026-12-01', 'u', 'Vanha Ohjaaja')"), {"client": client_id.hex, "plan": plan_id.hex})
    migrate.upgrade(old_store)
    service = DisclosureService(db, ACTOR, today=lambda: TODAY)
    [old] = service.for_client(client_id)
    assert (old.kind, old.record_id, old.document_id, old.recipient, old.discloser_name) == (
        "client_plan", plan_id, "ASU-1", "Kela", "Vanha Ohjaaja")
    assert (old.data, old.recipient_organisation, old.method) == ("", "", "")
    service.record_data(client_id, {"data": "Puhelimessa kerrottu", "recipient": "Pekka", "basis": "consent",
                                    "purpose": "Asumispalvelu", "disclosed_on": "2026-12-02"})
    assert len(service.for_client(client_id)) == 2
    migrate.downgrade(old_store, "0019")  # the one without a document cannot go down
    with old_store.connect() as conn:
        assert conn.execute(text("SELECT recipient FROM disclosure")).scalars().all() == ["Kela"]
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
