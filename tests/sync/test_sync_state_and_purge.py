"""Sync state and the purge of closed cases through real syncs with a real ``sopiva-central``."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sopiva_desk.domain.sync_state import RecordSyncState, SyncState
from sopiva_desk.services.sync.purge import KeptReason
from sopiva_desk.store.models import Client
from tests.sync.conftest import Central, Laptop
from tests.sync.test_sync_end_to_end import _records, _server_client


def _alive(laptop: Laptop, client_id: uuid.UUID) -> bool:
    with laptop.workspace.db.read() as session:
        return session.get(Client, client_id) is not None


def test_states_follow_real_syncs_and_a_conflict(central: Central, make_laptop: Callable[..., Laptop],
                                                 client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    first = make_laptop("first", central, user_id)
    second = make_laptop("second", central, user_id)
    client_id = first.workspace.clients.create_client(client_values)
    person = first.workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko"})
    states = first.workspace.sync_states
    assert states.client_state(client_id) == RecordSyncState(SyncState.LOCAL_ONLY, pending=2)
    first.sync()
    assert states.client_state(client_id) == RecordSyncState(SyncState.SYNCED)
    assert states.record_states("close_person", [person.id]) == {person.id: RecordSyncState(SyncState.SYNCED)}
    second.sync()
    assert second.workspace.sync_states.client_state(client_id) == RecordSyncState(SyncState.SYNCED)

    first.workspace.clients.update_client_field(client_id, "phone", "040 111 1111")
    second.workspace.clients.update_client_field(client_id, "phone", "040 222 2222")
    assert states.client_state(client_id) == RecordSyncState(SyncState.CHANGED, pending=1)
    first.sync()
    second.sync()  # the same field changed on both: a conflict, recorded by the server and pulled
    assert second.workspace.sync_states.client_state(client_id).state == SyncState.CONFLICT
    listed = second.workspace.sync_states.client_states()
    assert listed.column([client_id.hex]) == ["conflict"]
    assert states.client_state(client_id) == RecordSyncState(SyncState.SYNCED)


def test_a_closed_case_is_purged_only_when_fully_synced_and_the_server_keeps_it(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", central, user_id)
    ws = laptop.workspace
    client_id = ws.clients.create_client(client_values)
    ws.visits.start_visit(client_id, "phone")
    ws.clients.update_client_field(client_id, "status", "closed")
    assert ws.purge.review().kept[0].reason == KeptReason.NEVER_SYNCED
    laptop.sync()
    assert [case.client_id for case in ws.purge.review().removable] == [client_id]
    ws.clients.update_client_field(client_id, "phone", "040 333 3333")  # changed after the sync
    assert ws.purge.purge([client_id]) == [] and _alive(laptop, client_id)
    laptop.sync()
    assert ws.purge.purge([client_id]) == [client_id]
    assert not _alive(laptop, client_id)
    assert laptop.sync().pushed == 0  # the removal sends nothing: the server keeps the case
    assert _server_client(central, client_id)["data"]["phone"] == "040 333 3333"
    assert len(_records(central, client_id)["visit"]) == 1


def test_a_purged_case_changed_on_the_server_does_not_come_back_in_part_nor_break_the_sync(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", central, user_id)
    office = make_laptop("office", central, user_id)
    ws = laptop.workspace
    client_id = ws.clients.create_client(client_values)
    visit = ws.visits.start_visit(client_id, "phone")
    ws.clients.update_client_field(client_id, "status", "closed")
    laptop.sync()
    office.sync()
    assert ws.purge.purge([client_id]) == [client_id]
    office.workspace.visits.update_visit_field(visit.id, "notes", "Kirjattu toimistolla jälkikäteen.")
    office.sync()
    report = laptop.sync()  # the visit changed on the server: not pulled in without its client
    assert report.pending_left == 0
    assert not _alive(laptop, client_id)
    with ws.db.read() as session:
        from sopiva_desk.store.models import Visit
        assert session.get(Visit, visit.id) is None
    # Assigned to the counsellor again: the whole case comes back.
    central.admin("unassign", str(client_id), "--user", user_id)
    laptop.sync()
    central.admin("assign", str(client_id), "--user", user_id)
    laptop.sync()
    assert _alive(laptop, client_id)
    with ws.db.read() as session:
        from sopiva_desk.store.models import Visit
        assert session.get(Visit, visit.id).notes == "Kirjattu toimistolla jälkikäteen."
