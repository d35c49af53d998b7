"""Migration 0010: a supporter chosen by the client becomes one fact (the role), in stored sessions."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Engine, text

from sopiva_desk.domain import decisions as rules
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database

ACTOR = Actor("migration-test", "Migration Test")
OLD_PEOPLE = [
    {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko", "chosen_by_client": True},
    {"name": "Matti Virtanen", "role": "close_person", "relation": "isä", "chosen_by_client": True},
    {"name": "Tulkki", "role": "interpreter", "relation": None, "chosen_by_client": False},
    {"name": "Pekka", "role": "supporter", "relation": None, "chosen_by_client": False},  # a draft's unticked row
]


def stored_content(engine: Engine, session_id: uuid.UUID) -> dict[str, object]:
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT content FROM decision_session WHERE id = :id"),
                           {"id": session_id.hex}).scalar_one()
    return json.loads(raw)


def test_0010_folds_chosen_by_client_into_the_role_and_goes_back(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0009")
    db = Database(old_store)
    client_id = next(r.id for r in ClientService(db, ACTOR).caseload() if r.last_name == "Åberg")
    found, empty = uuid.uuid4(), uuid.uuid4()
    with db.transaction() as session:  # the rows the earlier release wrote (today's services need 0012)
        for session_id, content in ((found, {"topic": "Asuminen", "participants": OLD_PEOPLE}),
                                    (empty, {"topic": "Työtoiminta"})):
            session.execute(text(
                "INSERT INTO decision_session (id, revision, created_at, created_by, updated_at, updated_by, "
                "client_id, series_id, version_no, status, content, amend_reason) VALUES (:id, 1, :now, 't', :now, "
                "'t', :client, :series, 1, 'draft', :content, '')"),
                {"id": session_id.hex, "now": "2026-11-30 10:00:00", "client": client_id.hex,
                 "series": uuid.uuid4().hex, "content": json.dumps(content)})

    migrate.upgrade(old_store, "0010")
    content = stored_content(old_store, found)
    assert content == {"topic": "Asuminen", "participants": [
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"},
        {"name": "Matti Virtanen", "role": "supporter", "relation": "isä"},  # the client chose him
        {"name": "Tulkki", "role": "interpreter", "relation": None},
        {"name": "Pekka", "role": "supporter", "relation": None}]}
    assert rules.clean_participants(content["participants"]) == content["participants"]  # the shape rules accept
    assert stored_content(old_store, empty) == {"topic": "Työtoiminta"}  # no participants: untouched

    migrate.downgrade(old_store, "0009")
    assert [p["chosen_by_client"] for p in stored_content(old_store, found)["participants"]] == [  # type: ignore[union-attr]
        True, True, False, True]
    migrate.upgrade(old_store)
    assert migrate.current_revision(old_store) == migrate.head_revision()
