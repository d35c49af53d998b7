"""Push outcomes: applied, repeated, reused ids, merged, conflicts (field and group), purged,
scope, append-only history and versioned records."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from sopiva_desk.central import admin
from sopiva_desk.central.db import Database
from sopiva_desk.central.models import Conflict, Record
from tests.central.helpers import Laptop, add_user, enrol


def _record(database: Database, entity: str, record_id: str) -> Record | None:
    with database.transaction() as session:
        return session.get(Record, (entity, record_id))


def _two_laptops_of_one_user(http: TestClient, database: Database) -> tuple[Laptop, Laptop]:
    user_id = add_user(database)
    return enrol(http, database, user_id, "A"), enrol(http, database, user_id, "B")


def test_a_new_client_is_applied_and_assigned_to_the_devices_user(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    [outcome] = laptop.outcomes(create)
    assert (outcome["mutation_id"], outcome["device_seq"], outcome["outcome"], outcome["revision"]) == \
        (create["mutation_id"], 1, "applied", 1)
    assert laptop.get("/v1/me").json()["assigned_client_ids"] == [client_id]
    record = _record(database, "client", client_id)
    assert record is not None and record.data["last_name"] == "Virta"
    assert record.data["created_by"] == laptop.user_id  # stamps are the server's own


def test_a_repeated_mutation_returns_the_stored_outcome_and_changes_nothing(http: TestClient,
                                                                          database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    update = laptop.mutation("client", client_id, client_id, {"phone": "050 2"}, base={"phone": "040 1"}, base_rev=1)
    first = laptop.outcomes(update)[0]
    before = _record(database, "client", client_id)
    again = laptop.outcomes(update)[0]
    assert again["already_applied"] is True
    assert {k: v for k, v in again.items() if k != "already_applied"} == \
        {k: v for k, v in first.items() if k != "already_applied"}
    after = _record(database, "client", client_id)
    assert before is not None and after is not None
    assert (after.revision, after.data) == (before.revision, before.data) == (2, after.data)


def test_the_same_id_with_another_payload_refuses_the_whole_push(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    other_id, other = laptop.create_client()
    reused = dict(create, changed=dict(create["changed"], phone="999"))
    response = laptop.push(other, reused)
    assert response.status_code == 422
    assert response.json()["error"] == "mutation_id_reused"
    assert _record(database, "client", other_id) is None  # nothing of that push was applied


def test_changes_of_different_fields_on_two_laptops_merge(http: TestClient, database: Database) -> None:
    a, b = _two_laptops_of_one_user(http, database)
    client_id, create = a.create_client()
    a.outcomes(create)
    a.pull_all(), b.pull_all()
    [first] = a.outcomes(a.mutation("client", client_id, client_id, {"phone": "050"}, base={"phone": "040 1"}))
    [second] = b.outcomes(b.mutation("client", client_id, client_id, {"last_name": "Koski"},
                                     base={"last_name": "Virta"}))
    assert (first["outcome"], second["outcome"]) == ("applied", "merged")
    record = _record(database, "client", client_id)
    assert record is not None
    assert (record.data["phone"], record.data["last_name"], record.revision) == ("050", "Koski", 3)


def test_the_same_field_changed_on_two_laptops_is_a_conflict_holding_both(http: TestClient,
                                                                         database: Database) -> None:
    a, b = _two_laptops_of_one_user(http, database)
    client_id, create = a.create_client()
    a.outcomes(create)
    a.pull_all(), b.pull_all()
    a.outcomes(a.mutation("client", client_id, client_id, {"phone": "050 A"}, base={"phone": "040 1"}))
    [outcome] = b.outcomes(b.mutation("client", client_id, client_id, {"phone": "050 B", "own_worker": "Liisa"},
                                      base={"phone": "040 1", "own_worker": ""}))
    assert outcome["outcome"] == "conflict"
    record = _record(database, "client", client_id)
    assert record is not None
    assert record.data["phone"] == "050 A"  # never silently overwritten
    assert record.data["own_worker"] == "Liisa"  # the other group still applied
    with database.transaction() as session:
        conflict = session.get(Conflict, outcome["conflict_id"])
        assert conflict is not None
        assert conflict.fields == {"phone": {"base": "040 1", "server": "050 A", "device": "050 B"}}
        assert conflict.server_author["user_id"] == a.user_id
    changes, _ = b.pull_all()
    pulled = [c for c in changes if c["kind"] == "conflict"]
    assert pulled and pulled[0]["fields"]["phone"]["device"] == "050 B"


def test_an_address_conflicts_as_a_group(http: TestClient, database: Database) -> None:
    a, b = _two_laptops_of_one_user(http, database)
    client_id, create = a.create_client()
    a.outcomes(create)
    a.pull_all(), b.pull_all()
    a.outcomes(a.mutation("client", client_id, client_id, {"postal_code": "00200"},
                          base={"street_address": "Kuja 1", "postal_code": "00100", "post_office": "Helsinki"}))
    [outcome] = b.outcomes(b.mutation(
        "client", client_id, client_id, {"street_address": "Tie 9"},
        base={"street_address": "Kuja 1", "postal_code": "00100", "post_office": "Helsinki"}))
    assert outcome["outcome"] == "conflict"
    record = _record(database, "client", client_id)
    assert record is not None and (record.data["street_address"], record.data["postal_code"]) == ("Kuja 1", "00200")
    with database.transaction() as session:
        conflict = session.get(Conflict, outcome["conflict_id"])
        assert conflict is not None and set(conflict.fields) == {"street_address", "postal_code", "post_office"}


def test_a_change_already_on_the_server_is_a_no_op(http: TestClient, database: Database) -> None:
    a, b = _two_laptops_of_one_user(http, database)
    client_id, create = a.create_client()
    a.outcomes(create)
    a.pull_all(), b.pull_all()
    a.outcomes(a.mutation("client", client_id, client_id, {"phone": "050"}, base={"phone": "040 1"}))
    [outcome] = b.outcomes(b.mutation("client", client_id, client_id, {"phone": "050"}, base={"phone": "040 1"}))
    assert outcome["outcome"] == "merged"
    record = _record(database, "client", client_id)
    assert record is not None and record.revision == 2


def test_a_purged_client_is_never_resurrected_by_a_late_push(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    visit_id = str(uuid.uuid4())
    late = laptop.mutation("visit", visit_id, client_id, {"id": visit_id, "client_id": client_id,
                                                          "starts_at": "2026-12-07T09:00:00+00:00", "way": "phone"},
                           op="create")
    with database.transaction() as session:
        admin.purge_client(session, client_id, "retention period ended")
    again_client = laptop.mutation("client", client_id, client_id, create["changed"], op="create")
    outcomes = laptop.outcomes(late, again_client)
    assert [(o["outcome"], o["reason"]) for o in outcomes] == [("rejected", "purged"), ("rejected", "purged")]
    assert _record(database, "visit", visit_id) is None
    assert _record(database, "client", client_id) is None
    changes, _ = laptop.pull_all()
    assert {"kind": "evict", "client_id": client_id} in changes


def test_a_client_of_another_user_is_out_of_scope(http: TestClient, database: Database) -> None:
    owner = enrol(http, database)
    stranger = enrol(http, database, add_user(database, "Toinen"))
    client_id, create = owner.create_client()
    owner.outcomes(create)
    [outcome] = stranger.outcomes(stranger.mutation("client", client_id, client_id, {"phone": "1"},
                                                    base={"phone": "040 1"}, base_rev=1))
    assert (outcome["outcome"], outcome["reason"]) == ("rejected", "out_of_scope")
    # A second create of an existing client by a stranger does not take the client over either.
    [takeover] = stranger.outcomes(stranger.mutation("client", client_id, client_id, create["changed"], op="create"))
    assert (takeover["outcome"], takeover["reason"]) == ("rejected", "out_of_scope")
    changes, _ = stranger.pull_all()
    assert changes == []


def test_an_out_of_scope_rejection_is_not_final_once_the_client_is_assigned(http: TestClient,
                                                                          database: Database) -> None:
    owner = enrol(http, database)
    helper_user = add_user(database, "Sijainen")
    helper = enrol(http, database, helper_user)
    client_id, create = owner.create_client()
    owner.outcomes(create)
    change = helper.mutation("client", client_id, client_id, {"phone": "1"}, base={"phone": "040 1"}, base_rev=1)
    assert helper.outcomes(change)[0]["reason"] == "out_of_scope"
    with database.transaction() as session:
        admin.assign(session, client_id, helper_user)
    assert helper.outcomes(change)[0]["outcome"] == "applied"


def test_unknown_entities_and_fields_are_rejected_with_their_reason(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    outcomes = laptop.outcomes(
        laptop.mutation("spaceship", str(uuid.uuid4()), client_id, {"x": 1}, op="create"),
        laptop.mutation("client", client_id, client_id, {"shoe_size": 44}, base={"shoe_size": 43}, base_rev=1),
        laptop.mutation("reference", str(uuid.uuid4()), None, {"kind": "x"}, op="create"),
    )
    assert [(o["outcome"], o["reason"]) for o in outcomes] == [
        ("rejected", "unknown_entity"), ("rejected", "invalid"), ("rejected", "unknown_entity")]


def test_history_rows_are_append_only(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    assessment_id, change_id = str(uuid.uuid4()), str(uuid.uuid4())
    assessment = laptop.mutation("assessment", assessment_id, client_id, {
        "id": assessment_id, "client_id": client_id, "series_id": assessment_id, "version_no": 1,
        "template_id": "vammaispalvelut-pta", "template_version": 2, "status": "draft",
        "answers": {"mobility": "walks"}}, op="create")
    row = {"id": change_id, "assessment_id": assessment_id, "field_key": "mobility", "old_value": None,
           "new_value": "walks", "changed_at": "2026-12-07T09:00:00+00:00", "changed_by": "u",
           "changed_by_name": "U", "reason": ""}
    history = laptop.mutation("assessment_change", change_id, client_id, row, op="create")
    same_again = laptop.mutation("assessment_change", change_id, client_id, row, op="create")
    changed = laptop.mutation("assessment_change", change_id, client_id, {"new_value": "runs"},
                              base={"new_value": "walks"}, base_rev=1)
    outcomes = laptop.outcomes(create, assessment, history, same_again, changed)
    assert [o["outcome"] for o in outcomes] == ["applied", "applied", "applied", "merged", "rejected"]
    assert outcomes[4]["reason"] == "append_only"


def test_a_record_cannot_be_moved_to_another_client(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    first, create_first = laptop.create_client()
    second, create_second = laptop.create_client()
    visit_id = str(uuid.uuid4())
    visit = laptop.mutation("visit", visit_id, first, {"id": visit_id, "client_id": first, "way": "phone"},
                            op="create")
    moved = laptop.mutation("visit", visit_id, second, {"client_id": second}, base={"client_id": first}, base_rev=1)
    outcomes = laptop.outcomes(create_first, create_second, visit, moved)
    assert (outcomes[3]["outcome"], outcomes[3]["reason"]) == ("rejected", "invalid")


def test_versions_made_offline_and_at_the_office_are_both_kept(http: TestClient, database: Database) -> None:
    user_id = add_user(database)
    field, office = enrol(http, database, user_id, "field"), enrol(http, database, user_id, "office")
    client_id, create = field.create_client()
    series = str(uuid.uuid4())
    v1 = str(uuid.uuid4())
    plan = {"client_id": client_id, "series_id": series, "status": "agreed", "content": {"goals": ["walk"]}}
    field.outcomes(create, field.mutation("client_plan", v1, client_id, {"id": v1, "version_no": 1, **plan},
                                          op="create"))
    field.pull_all(), office.pull_all()
    offline_v2, office_v2 = str(uuid.uuid4()), str(uuid.uuid4())
    new_version = {**plan, "version_no": 2, "supersedes_id": v1, "status": "draft"}
    assert office.outcomes(office.mutation("client_plan", office_v2, client_id,
                                           {"id": office_v2, **new_version, "content": {"goals": ["office"]}},
                                           op="create"))[0]["outcome"] == "applied"
    assert field.outcomes(field.mutation("client_plan", offline_v2, client_id,
                                         {"id": offline_v2, **new_version, "content": {"goals": ["offline"]}},
                                         op="create"))[0]["outcome"] == "applied"
    with database.transaction() as session:
        versions = session.scalars(select(Record).where(Record.entity == "client_plan",
                                                        Record.client_id == client_id)).all()
        goals = sorted(tuple(r.data["content"]["goals"]) for r in versions)
    assert goals == [("office",), ("offline",), ("walk",)]


def test_a_tombstone_deletes_and_is_pulled_as_deleted(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    laptop.outcomes(laptop.mutation("client", client_id, client_id,
                                    {"deleted_at": "2026-12-07T10:00:00+00:00", "deleted_by": laptop.user_id},
                                    base={"deleted_at": None, "deleted_by": None}, base_rev=1))
    changes, _ = laptop.pull_all()
    assert [c for c in changes if c["kind"] == "record"] == []  # its own changes, taken as sent: not sent back
    other = enrol(http, database, laptop.user_id, "Toinen")
    changes, _ = other.pull_all()
    assert [c["deleted"] for c in changes if c["kind"] == "record"] == [True]


def test_concurrent_pushes_of_one_new_record_apply_it_once(http: TestClient, database: Database) -> None:
    import threading

    from sopiva_desk.central.app import create_app

    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    same = [dict(create) for _ in range(3)]  # a retry racing the original
    rivals = [laptop.mutation("client", client_id, client_id, create["changed"], op="create") for _ in range(3)]
    barrier = threading.Barrier(len(same) + len(rivals))
    # Built here, not in the threads: FastAPI builds its fields inside warnings.catch_warnings(),
    # which is not thread-safe (apps built at once in threads corrupted the warning filters).
    apps = [create_app(database) for _ in same + rivals]
    results: list[dict] = []
    errors: list[BaseException] = []

    def send(mutation: dict, app: Any) -> None:
        try:
            with TestClient(app, base_url="http://central.test") as client:
                barrier.wait(timeout=30)
                response = client.post("/v1/push", json={"mutations": [mutation]}, auth=laptop.auth)
                assert response.status_code == 200, response.text
                results.append(response.json()["outcomes"][0])
        except BaseException as error:  # reported below, with the thread it came from lost but not the error
            errors.append(error)

    threads = [threading.Thread(target=send, args=(m, app)) for m, app in zip(same + rivals, apps, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    first = [r for r in results if r["mutation_id"] == create["mutation_id"]]
    assert sum(1 for r in first if not r.get("already_applied")) == 1
    assert {r["outcome"] for r in results} <= {"applied", "merged"}
    assert sum(1 for r in results if r["outcome"] == "applied" and not r.get("already_applied")) == 1
    record = _record(database, "client", client_id)
    assert record is not None and record.revision == 1
