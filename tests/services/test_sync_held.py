"""The pull-apply guard: a pulled record that would give a second living record a natural key this
store keeps unique (an identity code, a commitment number in a budget) is held aside with its
client's records, the rest of the page applies, and it comes in once the key is free here.
Before the guard the page failed on the unique index at commit, and with it every later pull."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, text

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.outbox import fold_unsent, retry_corrected
from sopiva_desk.services.sync.pull_apply import PageResult, apply_page
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.models import Client, ClosePerson, SyncConflict, SyncHeld, SyncOutbox, SyncRecord, Visit
from tests.conftest import DEMO_PASSPHRASE


@pytest.fixture
def other(profile_service: ProfileService) -> Iterator[Workspace]:
    """Another laptop's store: the records it makes are what the server sends."""
    profile = profile_service.create_profile("Toinen kone", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    yield ws
    ws.close()


def _made(ws: Workspace) -> dict[uuid.UUID, dict[str, Any]]:
    """Each record the workspace made, as the server would send it (a create carries the record whole)."""
    with ws.db.transaction() as session:
        fold_unsent(session)
        return {row.record_id: {"entity": row.entity, "client_id": str(row.client_id), "data": row.changed}
                for row in session.scalars(select(SyncOutbox))}


def _record(made: dict[uuid.UUID, dict[str, Any]], record_id: uuid.UUID, revision: int = 1,
            **data: Any) -> dict[str, Any]:
    found = made[record_id]
    return {"kind": "record", "entity": found["entity"], "record_id": str(record_id), "client_id": found["client_id"],
            "revision": revision, "data": {**found["data"], "updated_by": "u-server", **data}, "deleted": False}


def _apply(ws: Workspace, changes: list[dict[str, Any]]) -> PageResult:
    with ws.db.transaction() as session, applying_pull(session):
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        return apply_page(session, changes)  # commits: the unique index and foreign keys are checked here


def _held(ws: Workspace) -> list[tuple[str, str, int]]:
    with ws.db.read() as session:
        rows = session.scalars(select(SyncHeld).order_by(SyncHeld.id))
        return [(row.entity if row.kind == "record" else row.kind, row.reason, row.revision) for row in rows]


def test_a_client_whose_identity_code_is_taken_here_waits_with_its_records_and_comes_once_free(
        workspace: Workspace, other: Workspace, client_values: dict) -> None:
    mine = workspace.clients.create_client(client_values | {"phone": "040 999"})
    theirs = other.clients.create_client(client_values)
    visit = other.visits.start_visit(theirs, "home_visit", "Asiakkaan koti")
    unrelated = other.clients.create_client(client_values | {"hetu": None, "temporary_id": "T-7"})
    made = _made(other)
    conflict = {"kind": "conflict", "conflict_id": str(uuid.uuid4()), "entity": "client", "record_id": str(theirs),
                "client_id": str(theirs), "fields": {"phone": {"base": "1", "server": "2", "device": "3"}},
                "created_at": "2026-12-07T09:00:00+00:00", "resolved": False}

    result = _apply(workspace, [_record(made, theirs), _record(made, visit.id), conflict, _record(made, unrelated)])
    assert result.records == 1  # the unrelated client; the page committed
    assert _held(workspace) == [("client", "duplicate_identity_code", 1), ("visit", "held_client", 1),
                                ("conflict", "held_client", 0)]
    with workspace.db.read() as session:
        assert {c.id for c in session.scalars(select(Client))} == {mine, unrelated}
        assert session.get(SyncRecord, ("client", theirs)) is None  # not known: its base is not taken
        assert session.scalars(select(SyncConflict)).all() == []

    # A newer revision replaces the held one; a later record of the held client waits with it.
    sister = other.clients.add_close_person(theirs, {"name": "Liisa Virtanen", "relation": "sisko"})
    made = _made(other)
    _apply(workspace, [_record(made, theirs, 2, phone="050 2"), _record(made, sister.id)])
    assert sorted(_held(workspace)) == [("client", "duplicate_identity_code", 2), ("close_person", "held_client", 1),
                                        ("conflict", "held_client", 0), ("visit", "held_client", 1)]

    # The counsellor removes their copy: the next page (even an empty one) brings the held ones in.
    workspace.clients.delete_client(mine)
    result = _apply(workspace, [])
    assert (result.released, result.records, _held(workspace)) == (4, 3, [])
    with workspace.db.read() as session:
        client = session.get(Client, theirs)
        assert client is not None and (client.hetu, client.phone) == (client_values["hetu"], "050 2")
        assert session.get(SyncRecord, ("client", theirs)).server_rev == 2  # type: ignore[union-attr]
        assert [v.id for v in session.scalars(select(Visit))] == [visit.id]
        assert [p.id for p in session.scalars(select(ClosePerson))] == [sister.id]
        assert [c.record_id for c in session.scalars(select(SyncConflict))] == [theirs]
        mine_now = session.get(Client, mine)
        assert mine_now is not None and mine_now.deleted_at is not None and mine_now.phone == "040 999"


def test_a_key_freed_later_in_the_same_page_and_an_evicted_client(workspace: Workspace, other: Workspace,
                                                                   client_values: dict) -> None:
    """The record freeing the key may come after the one taking it: it applies by the page's end.
    An evicted client's held changes go with it."""
    theirs = other.clients.create_client(client_values)
    made = _made(other)
    _apply(workspace, [_record(made, theirs)])  # the first holder, as synced
    newcomer = other.clients.create_client(client_values | {"first_names": "Eino", "hetu": "010190-123M"})
    made = _made(other)
    result = _apply(workspace, [_record(made, newcomer, hetu=client_values["hetu"]),
                                _record(made, theirs, 2, hetu="020290-234N")])
    assert (result.records, result.released, _held(workspace)) == (2, 1, [])
    with workspace.db.read() as session:
        assert {c.id: c.hetu for c in session.scalars(select(Client))} == \
            {theirs: "020290-234N", newcomer: client_values["hetu"]}

    third = other.clients.create_client(client_values | {"first_names": "Saara", "hetu": "030390-345P"})
    made = _made(other)
    _apply(workspace, [_record(made, third, hetu=client_values["hetu"])])
    assert _held(workspace) == [("client", "duplicate_identity_code", 1)]
    _apply(workspace, [{"kind": "evict", "client_id": str(third)}])
    assert _held(workspace) == []


def test_a_change_refused_for_its_key_goes_again_once_the_record_is_changed(workspace: Workspace,
                                                                           client_values: dict) -> None:
    mine = workspace.clients.create_client(client_values)
    visit = workspace.visits.start_visit(mine, "home_visit", "Koti")
    refused = {"outcome": "rejected", "reason": "duplicate_identity_code"}
    with workspace.db.transaction() as session:
        fold_unsent(session)
        for row in session.scalars(select(SyncOutbox)):
            row.state, row.sent_at = "rejected", row.made_at
            row.outcome = refused if row.entity == "client" else {"outcome": "rejected", "reason": "out_of_scope"}
        first_id = session.scalars(select(SyncOutbox.mutation_id).where(SyncOutbox.entity == "client")).one()
    with workspace.db.transaction() as session:
        assert retry_corrected(session) == 0  # nothing changed since: it stays refused, shown to the counsellor
    workspace.clients.update_client_field(mine, "hetu", "010190-123M")
    with workspace.db.transaction() as session:
        assert retry_corrected(session) == 1
        fold_unsent(session)
    with workspace.db.read() as session:
        rows = session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)).all()
        assert [(r.entity, r.op, r.state) for r in rows if r.entity in ("client", "visit")] == \
            [("client", "create", "pending"), ("visit", "create", "pending")]
        client_row = rows[0]
        assert client_row.mutation_id != first_id and client_row.sent_at is None
        assert client_row.changed["hetu"] == "010190-123M" and client_row.changed["phone"] == client_values["phone"]
        assert visit.id in {r.record_id for r in rows}
