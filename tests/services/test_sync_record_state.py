"""Per-record and per-client sync state against a real encrypted store."""

from __future__ import annotations

import uuid

from sopiva_desk.services.sync.record_state import RecordSyncState, SyncState
from sopiva_desk.services.workspace import Workspace
from tests.helpers.sync_state import add_conflict, enrol, pretend_synced, reject_pending


def _client(workspace: Workspace, values: dict[str, object], **changes: object) -> uuid.UUID:
    temporary = f"TMP-{uuid.uuid4().hex[:8].upper()}"
    return workspace.clients.create_client({**values, "hetu": None, "temporary_id": temporary, **changes})


def test_a_profile_never_enrolled_has_no_sync_state(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = _client(workspace, client_values)
    states = workspace.sync_states.client_states()
    assert not states.enrolled
    assert states.column([client_id.hex]) == [""]
    assert workspace.sync_states.client_state(client_id) is None
    assert workspace.sync_states.record_states("client", [client_id]) is None


def test_a_client_goes_local_only_synced_changed_and_in_conflict(workspace: Workspace,
                                                                 client_values: dict[str, object]) -> None:
    enrol(workspace)
    client_id = _client(workspace, client_values)
    service = workspace.sync_states
    assert service.client_state(client_id) == RecordSyncState(SyncState.LOCAL_ONLY, pending=1)

    pretend_synced(workspace)
    assert service.client_state(client_id) == RecordSyncState(SyncState.SYNCED)

    workspace.clients.update_client_field(client_id, "phone", "040 999 9999")
    workspace.clients.update_client_field(client_id, "post_office", "Puumala")
    assert service.client_state(client_id) == RecordSyncState(SyncState.CHANGED, pending=2)

    reject_pending(workspace, client_id)
    assert service.client_state(client_id) == RecordSyncState(SyncState.CHANGED, rejected=2)

    add_conflict(workspace, "client", client_id, client_id)
    assert service.client_state(client_id) == RecordSyncState(SyncState.CONFLICT, rejected=2, conflicts=1)


def test_a_resolved_conflict_no_longer_counts(workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    client_id = _client(workspace, client_values)
    pretend_synced(workspace)
    add_conflict(workspace, "client", client_id, client_id, resolved=True)
    assert workspace.sync_states.client_state(client_id) == RecordSyncState(SyncState.SYNCED)


def test_a_new_record_of_a_synced_client_is_local_only_and_the_client_changed(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    client_id = _client(workspace, client_values)
    old = workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko"})
    pretend_synced(workspace)
    new = workspace.clients.add_close_person(client_id, {"name": "Pekka Virtanen", "relation": "veli"})
    states = workspace.sync_states.record_states("close_person", [old.id, new.id])
    assert states == {old.id: RecordSyncState(SyncState.SYNCED),
                      new.id: RecordSyncState(SyncState.LOCAL_ONLY, pending=1)}
    # The client is known to the server: its file has a change waiting, it is not "local only".
    assert workspace.sync_states.client_state(client_id) == RecordSyncState(SyncState.CHANGED, pending=1)



def test_the_records_of_several_entities_are_read_together(workspace: Workspace,
                                                           client_values: dict[str, object]) -> None:
    """A client file tab reads the states of all its lists at once; an entity asked for with no
    records gives an empty answer, not a missing one."""
    assert workspace.sync_states.states_of({"client": []}) is None
    enrol(workspace)
    client_id = _client(workspace, client_values)
    person = workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko"})
    pretend_synced(workspace)
    workspace.clients.update_client_field(client_id, "phone", "040 111 2222")
    add_conflict(workspace, "close_person", person.id, client_id)
    assert workspace.sync_states.states_of({"client": [client_id], "close_person": [person.id], "visit": []}) == {
        "client": {client_id: RecordSyncState(SyncState.CHANGED, pending=1)},
        "close_person": {person.id: RecordSyncState(SyncState.CONFLICT, conflicts=1)},
        "visit": {}}

def test_the_caseload_column_gives_each_client_its_state_in_order(workspace: Workspace,
                                                                  client_values: dict[str, object]) -> None:
    enrol(workspace)
    synced, changed, conflicted = (_client(workspace, client_values, last_name=name)
                                   for name in ("Aalto", "Berg", "Cederberg"))
    pretend_synced(workspace)
    local = _client(workspace, client_values, last_name="Dahl")
    workspace.clients.update_client_field(changed, "phone", "040 111 2222")
    add_conflict(workspace, "client", conflicted, conflicted)
    states = workspace.sync_states.client_states()
    assert states.enrolled and states.last_sync_at is not None
    order = [local, conflicted, synced, changed]
    assert states.column([c.hex for c in order]) == ["local", "conflict", "synced", "changed"]
    assert states.of(changed.hex) == RecordSyncState(SyncState.CHANGED, pending=1)
    assert states.of(synced.hex) == RecordSyncState(SyncState.SYNCED)
    assert states.of(uuid.uuid4().hex).state == SyncState.LOCAL_ONLY  # a client the server never saw
