"""Two laptops and a real ``sopiva-central serve`` on loopback (SQLite and PostgreSQL).

Every edit goes through the app's own services, so the outbox rows are the change recorder's;
every sync is the engine over real HTTP, signed and compressed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from sopiva_desk.central import admin
from sopiva_desk.services.sync.engine import SyncEngine, mutation_document
from sopiva_desk.services.sync.enrolment import device_connection
from sopiva_desk.services.sync.errors import ConnectionLostError
from sopiva_desk.services.sync.transport import SyncTransport
from sopiva_desk.store.models import Client, SyncConflict, SyncDevice, SyncEviction, SyncOutbox, SyncRecord, Visit
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.conftest import Central, Laptop

TIMEOUT = 30


def _client(laptop: Laptop, client_id: uuid.UUID) -> Client | None:
    with laptop.workspace.db.read() as session:
        return session.get(Client, client_id)


def _count(laptop: Laptop, model: type, *where: object) -> int:
    with laptop.workspace.db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _records(central: Central, client_id: uuid.UUID) -> dict:
    """What the central records hold on the client, by entity (the export, less its timestamp)."""
    with central.database.transaction() as session:
        return admin.export_client(session, str(client_id))["records"]


def _server_client(central: Central, client_id: uuid.UUID) -> dict:
    (record,) = _records(central, client_id)["client"]
    return record


@pytest.fixture
def pair(central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> tuple[Laptop, Laptop, uuid.UUID]:
    """Two laptops of one counsellor, both holding the same client after a sync each."""
    user_id = central.add_user("Olli Ohjaaja")
    first = make_laptop("first", central, user_id)
    second = make_laptop("second", central, user_id)
    client_id = first.workspace.clients.create_client(client_values)
    report = first.sync()
    assert report.outcomes["applied"] >= 1 and report.pending_left == 0
    second.sync()
    assert _client(second, client_id) is not None
    return first, second, client_id


def test_different_fields_edited_offline_merge(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    first.workspace.clients.update_client_field(client_id, "phone", "040 765 4321")
    second.workspace.clients.update_client_field(client_id, "street_address", "Rantatie 5")
    first.sync()
    report = second.sync()
    assert report.outcomes["merged"] == 1 and report.new_conflicts == 0
    first.sync()
    for laptop in (first, second):
        client = _client(laptop, client_id)
        assert client is not None
        assert (client.phone, client.street_address) == ("040 765 4321", "Rantatie 5")
        assert _count(laptop, SyncOutbox) == 0


def test_the_same_field_edited_offline_becomes_a_conflict_with_both_values(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    first.workspace.clients.update_client_field(client_id, "phone", "040 111 1111")
    second.workspace.clients.update_client_field(client_id, "phone", "040 222 2222")
    assert first.sync().outcomes["applied"] == 1
    report = second.sync()
    assert report.outcomes["conflict"] == 1
    assert report.new_conflicts == 1 and report.open_conflicts == 1
    with second.workspace.db.read() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        assert conflict.record_id == client_id and conflict.client_id == client_id
        assert conflict.fields["phone"]["server"] == "040 111 1111"
        assert conflict.fields["phone"]["device"] == "040 222 2222"
        assert conflict.fields["phone"]["base"] == "040 123 4567"
        assert not conflict.resolved
    # The record shows the server's value until a person resolves; the other value is kept.
    assert _client(second, client_id).phone == "040 111 1111"  # type: ignore[union-attr]
    listed = central.admin("conflicts", "list", "--json")
    assert "040 222 2222" in listed and "040 111 1111" in listed


def test_a_repeated_push_changes_nothing(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, _second, client_id = pair
    first.workspace.clients.update_client_field(client_id, "phone", "040 333 3333")
    with first.workspace.db.read() as session:
        documents = [mutation_document(row) for row in session.scalars(select(SyncOutbox).order_by(
            SyncOutbox.device_seq))]
    address, device = device_connection(first.workspace.db)
    with SyncTransport(address, device) as transport:
        once = transport.push(documents)["outcomes"]
        before = _records(central, client_id)
        again = transport.push(documents)["outcomes"]
    assert [o["outcome"] for o in once] == ["applied"]
    assert [o.get("already_applied") for o in again] == [True]
    assert [o["revision"] for o in again] == [o["revision"] for o in once]
    assert _records(central, client_id) == before


def test_a_push_whose_answer_is_lost_is_retried_without_duplicates(central: Central, make_laptop,  # type: ignore[no-untyped-def]
                                                                   client_values) -> None:
    laptop = make_laptop("proxied", central)
    with FaultProxy(int(central.url.rsplit(":", 1)[1])) as proxy:
        with laptop.workspace.db.transaction() as session:
            session.get(SyncDevice, 1).server_url = proxy.url  # type: ignore[union-attr]
        client_id = laptop.workspace.clients.create_client(client_values)
        laptop.sync()
        laptop.workspace.clients.update_client_field(client_id, "phone", "040 444 4444")
        laptop.workspace.clients.update_client_field(client_id, "own_worker", "Eeva Esimerkki")
        lost = proxy.drop_response("POST /v1/push")
        with pytest.raises(ConnectionLostError):
            laptop.sync()
        assert lost.fired.is_set()
        # The two edits went as one mutation (folded before sending); its answer never came.
        assert _count(laptop, SyncOutbox, SyncOutbox.state == "pending") == 1
        # A later edit is not folded into the mutation that may have reached the server.
        laptop.workspace.clients.update_client_field(client_id, "phone", "040 444 5555")
        report = laptop.sync()
    # merged, not applied: its base is revision 1, and the server's record moved on to 2 since
    assert report.outcomes == {"already_applied": 1, "merged": 1}
    assert report.pending_left == 0
    server = _server_client(central, client_id)
    assert (server["data"]["phone"], server["data"]["own_worker"]) == ("040 444 5555", "Eeva Esimerkki")
    assert server["revision"] == 3  # the create, the folded update and the later one, each applied once
    with laptop.workspace.db.read() as session:
        assert session.get(SyncRecord, ("client", client_id)).server_rev == 3  # type: ignore[union-attr]


def test_an_interrupted_first_sync_resumes_from_the_stored_cursor(central: Central, make_laptop,  # type: ignore[no-untyped-def]
                                                                  client_values) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    office = make_laptop("office", central, user_id)
    client_id = office.workspace.clients.create_client(client_values)
    for _ in range(12):
        office.workspace.visits.start_visit(client_id, "phone", another=True)
    office.sync()
    road = make_laptop("road", central, user_id)
    with FaultProxy(int(central.url.rsplit(":", 1)[1])) as proxy:
        with road.workspace.db.transaction() as session:
            session.get(SyncDevice, 1).server_url = proxy.url  # type: ignore[union-attr]
        engine = SyncEngine(road.workspace.db, road.workspace.actor, pull_limit=4)
        cut = None

        def after_page(stage: str, pulled: int) -> None:
            nonlocal cut
            if stage == "pull" and cut is None:
                cut = proxy.cut_response("GET /v1/pull", after_bytes=120)  # the second page breaks mid-answer

        with pytest.raises(ConnectionLostError):
            engine.sync(progress=after_page)
        assert cut is not None and cut.fired.is_set()
        with road.workspace.db.read() as session:
            stored_cursor = session.get(SyncDevice, 1).cursor  # type: ignore[union-attr]
        assert stored_cursor
        first_page = _count(road, SyncRecord)
        assert 0 < first_page < 13
        proxy.reset_counters()
        report = engine.sync()
        # Nothing to push; the first page's access-log entry ("received from the central records")
        # goes up first, then the pull resumes where the stored cursor says.
        requests = [line.decode() for line in proxy.request_lines]
        assert [line.split(" ")[1].split("?")[0] for line in requests[:2]] == ["/v1/access-log", "/v1/pull"]
        resumed_from = requests[1]
    assert resumed_from.startswith("GET /v1/pull?") and f"cursor={stored_cursor}" in resumed_from
    assert report.pulled == 13 - first_page
    assert _count(road, Visit) == 12 and _count(road, Client) == 1


def test_eviction_keeps_a_client_with_unsent_work(central: Central, make_laptop, client_values) -> None:  # type: ignore[no-untyped-def]
    user_id = central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", central, user_id)
    kept_id = laptop.workspace.clients.create_client(client_values)
    gone_id = laptop.workspace.clients.create_client(client_values | {"hetu": "010101-123N", "last_name": "Koski"})
    laptop.workspace.visits.start_visit(gone_id, "phone")
    laptop.sync()
    laptop.workspace.clients.update_client_field(kept_id, "phone", "040 555 5555")  # offline work
    central.admin("unassign", str(kept_id), "--user", user_id)
    central.admin("unassign", str(gone_id), "--user", user_id)
    report = laptop.sync()
    assert report.evicted == 1 and report.evictions_deferred == 1
    assert _client(laptop, gone_id) is None and _count(laptop, Visit) == 0
    kept = _client(laptop, kept_id)
    assert kept is not None and kept.phone == "040 555 5555"  # nothing typed is lost
    with laptop.workspace.db.read() as session:
        row = session.scalars(select(SyncOutbox)).one()
        assert row.state == "rejected" and row.outcome["reason"] == "out_of_scope"
        assert session.get(SyncEviction, kept_id) is not None
    # Assigned again: the mark goes, the client stays, and the refused change is sent after all.
    central.admin("assign", str(kept_id), "--user", user_id)
    laptop.sync()
    assert _count(laptop, SyncEviction) == 0
    assert _client(laptop, kept_id) is not None
    report = laptop.sync()
    assert report.pushed == 1 and report.pending_left == 0 and not report.rejected
    assert _count(laptop, SyncOutbox) == 0
    assert _server_client(central, kept_id)["data"]["phone"] == "040 555 5555"


def test_an_edit_made_while_a_sync_runs_is_kept_and_sent_next_time(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    """The pull merges three ways: a path still in the outbox keeps the laptop's value."""
    first, second, client_id = pair
    first.workspace.clients.update_client_field(client_id, "communication_notes", "Toimiston muistiinpano")
    first.workspace.clients.update_client_field(client_id, "phone", "040 666 6666")
    first.sync()

    def edit_between_push_and_pull(stage: str, _n: int) -> None:
        if stage == "push":
            second.workspace.clients.update_client_field(client_id, "communication_notes", "Kirjoitettu kesken")

    second.workspace.clients.update_client_field(client_id, "street_address", "Rantatie 5")
    report = second.engine.sync(progress=edit_between_push_and_pull)
    assert report.pending_left == 1
    client = _client(second, client_id)
    assert client is not None
    assert client.communication_notes == "Kirjoitettu kesken"  # pending: the local value stays
    assert client.phone == "040 666 6666"  # not pending: the server's value arrives
    report = second.sync()
    assert report.outcomes["conflict"] == 1  # both changed the notes from the same base: a person decides
    with second.workspace.db.read() as session:
        conflict = session.scalars(select(SyncConflict)).one()
    assert conflict.fields["communication_notes"]["device"] == "Kirjoitettu kesken"
    assert conflict.fields["communication_notes"]["server"] == "Toimiston muistiinpano"
    # Until a person resolves it the record shows what the server holds, as on every laptop; the
    # laptop's own words are kept in the conflict.
    assert _client(second, client_id).communication_notes == "Toimiston muistiinpano"  # type: ignore[union-attr]
    assert _server_client(central, client_id)["data"]["communication_notes"] == "Toimiston muistiinpano"


def test_a_cancelled_sync_leaves_a_consistent_store_and_the_next_one_finishes(  # type: ignore[no-untyped-def]
        central: Central, make_laptop, client_values) -> None:
    import threading

    user_id = central.add_user("Olli Ohjaaja")
    office = make_laptop("office", central, user_id)
    client_id = office.workspace.clients.create_client(client_values)
    for _ in range(9):
        office.workspace.visits.start_visit(client_id, "office", another=True)
    office.sync()
    road = make_laptop("road", central, user_id)
    engine = SyncEngine(road.workspace.db, road.workspace.actor, pull_limit=3)
    cancel = threading.Event()
    report = engine.sync(cancel=cancel, progress=lambda stage, n: cancel.set() if stage == "pull" else None)
    assert report.cancelled and report.pages == 1
    assert _count(road, SyncRecord) == report.pulled < 10
    with road.workspace.db.read() as session:
        assert session.get(SyncDevice, 1).last_sync_at is None  # type: ignore[union-attr]
    finished = engine.sync()
    assert not finished.cancelled and report.pulled + finished.pulled == 10
    assert _count(road, Visit) == 9


def test_a_push_cut_mid_body_is_not_applied_and_goes_again(central: Central, make_laptop,  # type: ignore[no-untyped-def]
                                                          client_values) -> None:
    laptop = make_laptop("proxied", central)
    client_id = laptop.workspace.clients.create_client(client_values)
    with FaultProxy(int(central.url.rsplit(":", 1)[1])) as proxy:
        with laptop.workspace.db.transaction() as session:
            session.get(SyncDevice, 1).server_url = proxy.url  # type: ignore[union-attr]
        cut = proxy.cut_request("POST /v1/push", after_bytes=400)  # headers and a little of the body
        with pytest.raises(ConnectionLostError):
            laptop.sync()
        assert cut.fired.is_set()
        with central.database.transaction() as session:
            with pytest.raises(admin.AdminError):
                admin.export_client(session, str(client_id))  # nothing of it reached the records
        report = laptop.sync()
    assert report.outcomes == {"applied": 1}  # a fresh apply, not a stored outcome
    assert _server_client(central, client_id)["revision"] == 1


def test_versions_history_and_reference_data_arrive_on_the_other_laptop(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    from sopiva_desk.store.models import Assessment, AssessmentChange, SyncReference

    first, second, client_id = pair
    assessment = first.workspace.assessments.start(client_id, "vammaispalvelut-pta")
    first.workspace.assessments.answer(assessment.id, "housing.client_view", "Haluan asua omassa kodissa.")
    first.sync()
    central.admin("reference", "load")
    report = second.sync()
    assert report.references > 0
    with second.workspace.db.read() as session:
        pulled = session.get(Assessment, assessment.id)
        assert pulled is not None and pulled.answers["housing.client_view"] == "Haluan asua omassa kodissa."
        changes = session.scalars(select(AssessmentChange).where(AssessmentChange.assessment_id == assessment.id))
        assert [c.new_value for c in changes] == ["Haluan asua omassa kodissa."]
        kinds = set(session.scalars(select(SyncReference.kind)))
    assert {"service_catalogue", "assessment_template"} <= kinds
    again = second.sync()
    assert again.pulled == 0 and again.references == 0 and again.pushed == 0  # nothing new: nothing moves


def test_the_store_stays_writable_while_a_sync_waits_on_the_network(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    """The engine holds no transaction across a request: an edit made meanwhile goes straight in."""
    import asyncio
    import threading

    first, _second, client_id = pair
    first.workspace.clients.update_client_field(client_id, "phone", "040 777 7777")
    gate, waiting = threading.Event(), threading.Event()

    async def held(_seconds: float) -> None:  # the proxy's delays: the first one waits for the test
        waiting.set()
        await asyncio.get_running_loop().run_in_executor(None, gate.wait)

    with FaultProxy(int(central.url.rsplit(":", 1)[1]), latency_s=0.001, sleep=held) as proxy:
        with first.workspace.db.transaction() as session:
            session.get(SyncDevice, 1).server_url = proxy.url  # type: ignore[union-attr]
        reports: list = []
        syncing = threading.Thread(target=lambda: reports.append(first.sync()))
        syncing.start()
        assert waiting.wait(TIMEOUT)  # the sync is inside its first request
        edit = threading.Thread(target=first.workspace.clients.update_client_field,
                                args=(client_id, "own_worker", "Eeva Esimerkki"))
        edit.start()
        # An edit takes milliseconds; blocked behind a held transaction it would wait for the
        # store's 30 s pool timeout, so 10 s separates the two without guessing at speed.
        edit.join(10)
        edited_while_waiting = not edit.is_alive()
        gate.set()
        syncing.join(TIMEOUT)
        edit.join(TIMEOUT)
    assert edited_while_waiting
    assert reports and reports[0].outcomes["applied"] == 1
    assert _client(first, client_id).own_worker == "Eeva Esimerkki"  # type: ignore[union-attr]


def test_a_client_assigned_later_arrives_whole_even_children_first(central: Central, make_laptop,  # type: ignore[no-untyped-def]
                                                                   client_values) -> None:
    """Assigning re-sends a client's records in the order they last changed (the client last here),
    across several small pages: foreign keys are checked per page, so the order must still work."""
    office = make_laptop("office", central)
    client_id = office.workspace.clients.create_client(client_values)
    for _ in range(3):
        office.workspace.visits.start_visit(client_id, "office", another=True)
    office.workspace.clients.update_client_field(client_id, "phone", "040 888 8888")  # the client last
    office.sync()
    colleague = central.add_user("Liisa Laitinen")
    road = make_laptop("road", central, colleague)
    central.admin("assign", str(client_id), "--user", colleague)
    report = SyncEngine(road.workspace.db, road.workspace.actor, pull_limit=2).sync()
    assert report.pages >= 2
    assert _count(road, Visit) == 3
    assert _client(road, client_id).phone == "040 888 8888"  # type: ignore[union-attr]
