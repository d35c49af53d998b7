"""The access log is a hash chain: every entry written through the services links to the one
before it, and migration 0018 chains the entries a released store already holds."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, select, text

from sopiva_desk.protocol import access_chain
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import migrate
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry
from sopiva_desk.store.repositories import access_log

ACTOR = Actor("chain-test", "Chain Test")
NEW_CLIENT = {"first_names": "Aino", "last_name": "Ketju", "hetu": "131052-308T", "municipality_code": "491"}


def chain(db: Database) -> list[dict]:
    with db.read() as session:
        return [access_log.chain_form(e) for e in session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq))]


def test_entries_written_by_the_services_form_one_chain_with_their_purpose(workspace: Workspace) -> None:
    client_id = workspace.clients.create_client(NEW_CLIENT)
    workspace.actor.set_purpose("planning")
    workspace.clients.open_client(client_id)
    entries = chain(workspace.db)
    assert len(entries) >= 2
    found, head, good = access_chain.verify(entries)
    assert found is None and good == len(entries) and head == entries[-1]["hash"]
    assert entries[0]["prev_hash"] == access_chain.GENESIS
    assert entries[-1]["purpose"] == "planning" and entries[0]["purpose"] == "client_work"


def test_an_edited_or_removed_entry_breaks_the_chain_at_that_entry(workspace: Workspace) -> None:
    client_id = workspace.clients.create_client(NEW_CLIENT)
    for _ in range(3):
        workspace.clients.open_client(client_id)
    entries = chain(workspace.db)
    edited = [dict(e) for e in entries]
    edited[1]["user_name"] = "Someone else"
    assert access_chain.verify(edited)[0] == access_chain.ChainBreak(entries[1]["seq"], str(entries[1]["id"]),
                                                                     access_chain.EDITED)
    backdated = [dict(e) for e in entries]
    backdated[2]["at"] = datetime(2020, 1, 1, tzinfo=UTC)
    assert access_chain.verify(backdated)[0].reason == access_chain.EDITED
    removed = entries[:1] + entries[2:]
    assert access_chain.verify(removed)[0] == access_chain.ChainBreak(entries[2]["seq"], str(entries[2]["id"]),
                                                                      access_chain.UNLINKED)


def test_a_listing_names_its_clients_once_per_distinct_set(workspace: Workspace) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    with workspace.db.transaction() as session:
        for _ in range(2):
            access_log.record(session, user_id="u", user_name="U", purpose="client_work", action="list",
                              record_type="caseload", client_id=None, clients=ids)
    with workspace.db.read() as session:
        members = session.scalars(select(AccessListingMember)).all()
        digests = {e.clients for e in session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "list"))}
    assert digests == {access_chain.clients_digest(ids)}
    assert sorted(m.client_id for m in members) == sorted(ids)


def test_0018_chains_the_entries_of_an_older_store(old_store: Engine) -> None:
    migrate.upgrade(old_store, "0017")
    db = Database(old_store)
    client = next(iter(ClientService(db, ACTOR).caseload()))
    with old_store.begin() as conn:  # entries as 0017 wrote them: no purpose, no hashes
        for n in range(3):
            conn.execute(text("INSERT INTO access_log (id, at, user_id, user_name, client_id, action, record_type, "
                              "record_id, fields) VALUES (:id, :at, 'old', :name, :client, 'view', 'client', "
                              ":client, '[\"last_name\"]')"),
                         {"id": uuid.uuid4().hex, "at": f"2026-01-0{n + 1} 10:00:00.000000", "name": f"Old {n}",
                          "client": client.id.hex})
    migrate.upgrade(old_store)
    entries = chain(db)
    assert len(entries) >= 3
    assert access_chain.verify(entries)[0] is None
    assert {e["purpose"] for e in entries} == {"client_work"}
    ClientService(db, ACTOR).open_client(client.id)  # a new entry links to the migrated head
    assert access_chain.verify(chain(db))[0] is None


def test_entries_of_one_transaction_chain_even_without_autoflush(workspace: Workspace) -> None:
    with workspace.db.transaction() as session, session.no_autoflush:
        for n in range(3):
            access_log.record(session, user_id="u", user_name=f"U{n}", purpose="client_work", action="view",
                              record_type="client", client_id=None)
    entries = chain(workspace.db)
    assert access_chain.verify(entries)[0] is None and len({e["prev_hash"] for e in entries}) == len(entries)
