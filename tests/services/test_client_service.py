"""Client register use cases, without Qt: autosave per field, access log, tombstones, revisions."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.models import AccessLogEntry, Client


def log_entries(ws: Workspace) -> list[AccessLogEntry]:
    with ws.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)))


def test_create_and_open_client(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    file = workspace.clients.open_client(client_id)
    assert file.values["birth_date"] == date(1952, 10, 13)
    assert file.values["communication_methods"] == ["speech", "pictures"]
    assert file.display_name == "Virtanen, Aino Maria"
    assert [e.action for e in log_entries(workspace)] == ["create", "view"]


def test_update_one_field_bumps_revision_and_logs_field_names_only(workspace: Workspace,
                                                                   client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    saved = workspace.clients.update_client_field(client_id, "street_address", "Kirkkotie 5 B 12")
    assert saved.value == "Kirkkotie 5 B 12"
    assert saved.revision == 2
    entry = log_entries(workspace)[-1]
    assert (entry.action, entry.record_type, entry.fields) == ("update", "client", ["street_address"])
    assert entry.user_id == workspace.actor.user_id
    assert entry.client_id == client_id
    assert "Kirkkotie" not in repr(entry.__dict__)


def test_invalid_value_is_not_stored(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with pytest.raises(ValidationError) as caught:
        workspace.clients.update_client_field(client_id, "hetu", "131052-308U")
    assert caught.value.issues[0].key == "hetu.checksum"
    assert workspace.clients.open_client(client_id).values["hetu"] == "131052-308T"


def test_changing_hetu_derives_birth_date(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    saved = workspace.clients.update_client_field(client_id, "hetu", "010594Y9032")
    assert saved.derived == {"birth_date": date(1994, 5, 1)}


def test_cannot_remove_the_only_identifier(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with pytest.raises(ValidationError) as caught:
        workspace.clients.update_client_field(client_id, "hetu", "")
    assert caught.value.issues[0].key == "client.identity_missing"
    workspace.clients.update_client_field(client_id, "temporary_id", "TMP-AB12")
    saved = workspace.clients.update_client_field(client_id, "hetu", "")
    assert saved.value is None
    assert workspace.clients.open_client(client_id).values["birth_date"] == date(1952, 10, 13)


def test_duplicate_identity_code_is_refused(workspace: Workspace, client_values: dict[str, object]) -> None:
    workspace.clients.create_client(client_values)
    with pytest.raises(ValidationError) as caught:
        workspace.clients.create_client(client_values | {"first_names": "Toinen"})
    assert caught.value.issues[0].key == "hetu.duplicate"


def test_delete_is_a_tombstone(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.add_close_person(client_id, {"name": "Matti Virtanen", "relation": "isä"})
    workspace.clients.delete_client(client_id)
    assert workspace.clients.caseload() == []
    with pytest.raises(RecordGoneError):
        workspace.clients.open_client(client_id)
    with workspace.db.read() as session:
        row = session.get(Client, client_id)
        assert row is not None and row.deleted_at is not None and row.deleted_by == workspace.actor.user_id
    assert log_entries(workspace)[-1].action == "delete"
    # The identity code is free again for a new client (e.g. re-registered by mistake).
    workspace.clients.create_client(client_values)


def test_close_persons_lifecycle(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    person = workspace.clients.add_close_person(
        client_id, {"name": "Matti Virtanen", "relation": "isä", "phone": "050 765 4321",
                    "roles": ["guardian", "supporter"]})
    workspace.clients.update_close_person_field(person.id, "roles", ["plan_task"])
    with pytest.raises(ValidationError):
        workspace.clients.update_close_person_field(person.id, "phone", "soita iltaisin")
    file = workspace.clients.open_client(client_id)
    assert [(p.name, p.roles) for p in file.close_persons] == [("Matti Virtanen", ("plan_task",))]
    workspace.clients.remove_close_person(person.id)
    assert workspace.clients.open_client(client_id).close_persons == ()
    actions = [(e.action, e.record_type) for e in log_entries(workspace)]
    assert ("delete", "close_person") in actions


def test_unknown_client_is_a_known_error(workspace: Workspace) -> None:
    with pytest.raises(RecordGoneError):
        workspace.clients.update_client_field(uuid.uuid4(), "phone", "040 123 4567")


def test_records_carry_sync_metadata(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with workspace.db.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert isinstance(client.id, uuid.UUID)
        assert client.revision == 1
        assert client.created_by == workspace.actor.user_id
        assert client.created_at.tzinfo is not None
        assert client.deleted_at is None


def test_access_log_for_client(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.open_client(client_id)
    workspace.clients.update_client_field(client_id, "phone", "040 765 4321")
    entries = workspace.access_log.for_client(client_id)
    assert [e.action for e in entries] == ["update", "view", "create"]  # newest first
    assert entries[0].user_name == "Testi Ohjaaja"


def test_auto_lock_setting(workspace: Workspace) -> None:
    assert workspace.settings.auto_lock_minutes() == 5
    workspace.settings.set_auto_lock_minutes(10)
    assert workspace.settings.auto_lock_minutes() == 10
    with pytest.raises(ValidationError):
        workspace.settings.set_auto_lock_minutes(60)


def test_new_client_gets_the_counsellor_as_own_worker(workspace: Workspace,
                                                     client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    assert workspace.clients.open_client(client_id).values["own_worker"] == "Testi Ohjaaja"
    other = workspace.clients.create_client(client_values | {"hetu": "010594Y9032", "own_worker": "Sanna Laitinen"})
    assert workspace.clients.open_client(other).values["own_worker"] == "Sanna Laitinen"


def test_caseload_columns_are_the_stored_texts_of_living_clients(workspace: Workspace,
                                                                 client_values: dict[str, object]) -> None:
    aino = workspace.clients.create_client(client_values)
    temporary = workspace.clients.create_client({
        "first_names": "Eino", "last_name": "Öhman", "temporary_id": "TMP-7K3M-Q9XD", "municipality_code": "905",
        "status": "new", "own_worker": "Sanna Laitinen"})
    gone = workspace.clients.create_client(client_values | {"hetu": "010594Y9032", "last_name": "Poistettu"})
    workspace.clients.delete_client(gone)
    columns = workspace.clients.caseload_columns()
    assert len(columns) == 2
    by_id = {columns.ids[i]: i for i in range(len(columns))}
    i, j = by_id[aino.hex], by_id[temporary.hex]  # ids as their 32 hex digits, no uuid.UUID made
    assert (columns.last_names[i], columns.first_names[i], columns.identifiers[i], columns.birth_dates[i]) == (
        "Virtanen", "Aino Maria", "131052-308T", "1952-10-13")
    assert (columns.identifiers[j], columns.birth_dates[j], columns.municipality_codes[j], columns.statuses[j],
            columns.own_workers[j]) == ("TMP-7K3M-Q9XD", "", "905", "new", "Sanna Laitinen")
    assert columns.own_workers[i] == workspace.actor.user_name  # who registers the client, unless named
    assert columns.row(i) == workspace.clients.caseload_row(aino)
    assert sorted(workspace.clients.caseload(), key=lambda r: r.last_name) == [
        workspace.clients.caseload_row(aino), workspace.clients.caseload_row(temporary)]


def test_caseload_columns_line_up_even_with_a_separator_inside_a_value(workspace: Workspace,
                                                                       client_values: dict[str, object]) -> None:
    """The columns are read joined with a control character; one stored in a name (the client rules
    refuse them, an older import might not have) must not shift the other clients' values."""
    odd = workspace.clients.create_client(client_values)
    other = workspace.clients.create_client(client_values | {"hetu": "010594Y9032", "last_name": "Laine"})
    with workspace.db.transaction() as session:
        stored = session.get(Client, odd)
        stored.last_name = "Vir\x1ftanen"
        ChangeRecorder(session, Actor("t", "Testi")).update(stored, ("last_name",))
    columns = workspace.clients.caseload_columns()
    assert sorted(zip(columns.ids, columns.last_names, strict=True)) == sorted(
        [(odd.hex, "Vir\x1ftanen"), (other.hex, "Laine")])
    assert len({len(column) for column in (columns.ids, columns.identifiers, columns.own_workers)}) == 1
