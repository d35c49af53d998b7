"""The office print station on the server: units, the version a job pins, the snapshot of its
document's records, and what an office user may see and change (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sopiva_desk.central import admin, cli
from sopiva_desk.central.db import Database
from tests.central.helpers import Laptop, add_user, enrol


def _plan(laptop: Laptop, client_id: str, goal: str) -> tuple[str, dict[str, Any]]:
    plan_id = str(uuid.uuid4())
    return plan_id, laptop.mutation("client_plan", plan_id, client_id, {
        "id": plan_id, "client_id": client_id, "series_id": plan_id, "version_no": 1, "status": "draft",
        "content": {"goals": [{"id": "g1", "text": goal}]}}, op="create")


def _job(laptop: Laptop, client_id: str, kind: str, record_id: str, **values: Any) -> tuple[str, dict[str, Any]]:
    job_id = str(uuid.uuid4())
    data = {"id": job_id, "client_id": client_id, "document_kind": kind, "record_id": record_id, "language": "fi",
            "status": "queued", "requested_at": "2026-12-07T09:00:00+00:00", "requested_by": "olli",
            "requested_by_name": "Olli Ohjaaja", "printed_at": None, "printed_by": None, "printed_by_name": None,
            "record_revision": None, **values}
    return job_id, laptop.mutation("print_job", job_id, client_id, data, op="create")


def _visit(laptop: Laptop, client_id: str) -> dict[str, Any]:
    visit_id = str(uuid.uuid4())
    return laptop.mutation("visit", visit_id, client_id, {"id": visit_id, "client_id": client_id, "way": "home",
                                                          "notes": "Private notes of the visit"}, op="create")


class Office:
    """Two units, a counsellor and an office user in each."""

    def __init__(self, http: TestClient, database: Database) -> None:
        self.east = enrol(http, database, add_user(database, "Olli Ohjaaja", unit="Itä"), "olli")
        self.west = enrol(http, database, add_user(database, "Ville Västäräkki", unit="Länsi"), "ville")
        self.station = enrol(http, database, add_user(database, "Tiina Toimisto", "office", "Itä"), "station")
        self.west_station = enrol(http, database, add_user(database, "Leena Länsi", "office", "Länsi"), "west")


@pytest.fixture
def office(http: TestClient, database: Database) -> Office:
    return Office(http, database)


def _records(changes: list[dict[str, Any]], entity: str | None = None) -> list[dict[str, Any]]:
    return [c for c in changes if c["kind"] == "record" and (entity is None or c["entity"] == entity)]


def test_a_job_pins_the_version_queued_and_the_station_gets_only_that(office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client(first_names="Aino", last_name="Virta")
    plan_id, plan = _plan(counsellor, client_id, "Old wording")
    job_id, job = _job(counsellor, client_id, "client_plan", plan_id)
    outcomes = counsellor.outcomes(create, plan, _visit(counsellor, client_id), job)
    assert [o["outcome"] for o in outcomes] == ["applied"] * 4
    # The plan changes after the job was queued.
    counsellor.outcomes(counsellor.mutation("client_plan", plan_id, client_id,
                                            {"content/goals": [{"id": "g1", "text": "New wording"}]},
                                            base={"content/goals": [{"id": "g1", "text": "Old wording"}]}))

    changes, _ = office.station.pull_all()
    assert {(c["kind"], c.get("entity")) for c in changes} == {("record", "print_job")}
    (pulled,) = changes
    assert pulled["record_id"] == job_id and pulled["data"]["record_revision"] == 1
    snapshot = pulled["snapshot"]
    assert (snapshot["entity"], snapshot["record_id"], snapshot["revision"]) == ("client_plan", plan_id, 1)
    by_entity = {r["entity"]: r for r in snapshot["records"]}
    assert set(by_entity) == {"client", "client_plan"}  # not the visit: the document does not read it
    assert by_entity["client_plan"]["data"]["content"]["goals"][0]["text"] == "Old wording"
    assert by_entity["client"]["data"]["last_name"] == "Virta"
    # The counsellor learns the pinned revision (the server added it) but gets no snapshot.
    own, _ = counsellor.pull_all()
    (own_job,) = _records(own, "print_job")
    assert own_job["data"]["record_revision"] == 1 and "snapshot" not in own_job
    # The other unit's station sees nothing of it.
    assert office.west_station.pull_all()[0] == []


def test_a_budget_statement_snapshot_holds_its_plan_commitments_and_uses(office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    budget_id, other_budget = str(uuid.uuid4()), str(uuid.uuid4())
    budget = counsellor.mutation("personal_budget", budget_id, client_id, {
        "id": budget_id, "client_id": client_id, "plan_id": plan_id, "state": "decided", "lines": []}, op="create")
    other = counsellor.mutation("personal_budget", other_budget, client_id, {
        "id": other_budget, "client_id": client_id, "plan_id": plan_id, "state": "indicative"}, op="create")
    children = []
    for entity, number in (("payment_commitment", "M-1"), ("realised_use", "M-1")):
        child_id = str(uuid.uuid4())
        children.append(counsellor.mutation(entity, child_id, client_id, {
            "id": child_id, "budget_id": budget_id, "provider": "Palvelu Oy",
            ("number" if entity == "payment_commitment" else "commitment_number"): number}, op="create"))
    _, job = _job(counsellor, client_id, "budget_statement", budget_id)
    assert {o["outcome"] for o in counsellor.outcomes(create, plan, budget, other, *children, job)} == {"applied"}
    (pulled,) = office.station.pull_all()[0]
    entities = sorted(r["entity"] for r in pulled["snapshot"]["records"])
    assert entities == ["client", "client_plan", "payment_commitment", "personal_budget", "realised_use"]
    assert {r["record_id"] for r in pulled["snapshot"]["records"] if r["entity"] == "personal_budget"} == {budget_id}


def test_the_station_marks_printed_and_the_mark_reaches_the_counsellor(office: Office) -> None:
    counsellor, station = office.east, office.station
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    job_id, job = _job(counsellor, client_id, "plain_plan", plan_id)
    counsellor.outcomes(create, plan, job)
    _, cursor = counsellor.pull_all()
    station.pull_all()
    mark = {"status": "printed", "printed_at": "2026-12-07T10:00:00+00:00", "printed_by": "tiina",
            "printed_by_name": "Tiina Toimisto"}
    (outcome,) = station.outcomes(station.mutation("print_job", job_id, client_id, mark,
                                                   base={"status": "queued", "printed_at": None, "printed_by": None,
                                                         "printed_by_name": None}))
    assert outcome["outcome"] == "applied"
    changes, _ = counsellor.pull_all(cursor)
    (pulled,) = _records(changes, "print_job")
    assert (pulled["data"]["status"], pulled["data"]["printed_by_name"]) == ("printed", "Tiina Toimisto")
    assert pulled["data"]["printed_at"] == "2026-12-07T10:00:00+00:00"


def test_the_station_changes_nothing_else(office: Office) -> None:
    counsellor, station = office.east, office.station
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    job_id, job = _job(counsellor, client_id, "client_plan", plan_id)
    counsellor.outcomes(create, plan, job)
    station.pull_all()
    refused = station.outcomes(
        station.mutation("client", client_id, client_id, {"phone": "040 999"}, base={"phone": "040 1"}),
        station.mutation("client_plan", plan_id, client_id, {"status": "agreed"}, base={"status": "draft"}),
        station.mutation("print_job", job_id, client_id, {"record_id": str(uuid.uuid4())}),
        _job(station, client_id, "client_plan", plan_id)[1],
    )
    assert [(o["outcome"], o.get("reason")) for o in refused] == [("rejected", "out_of_scope")] * 4
    # Another unit's station may not mark it printed either.
    west = office.west_station
    (outcome,) = west.outcomes(west.mutation("print_job", job_id, client_id, {"status": "printed"}, base_rev=1,
                                             base={"status": "queued"}))
    assert (outcome["outcome"], outcome["reason"]) == ("rejected", "out_of_scope")


def test_a_job_of_a_record_the_server_does_not_have_is_refused(office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client()
    _, job = _job(counsellor, client_id, "client_plan", str(uuid.uuid4()))
    created, refused = counsellor.outcomes(create, job)
    assert created["outcome"] == "applied"
    assert (refused["outcome"], refused["reason"]) == ("rejected", "invalid")
    assert office.station.pull_all()[0] == []


def test_cancelled_and_printed_jobs_come_without_their_snapshot(office: Office) -> None:
    counsellor, station = office.east, office.station
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    job_id, job = _job(counsellor, client_id, "client_plan", plan_id)
    counsellor.outcomes(create, plan, job)
    _, cursor = station.pull_all()
    counsellor.pull_all()
    counsellor.outcomes(counsellor.mutation("print_job", job_id, client_id, {"status": "cancelled"},
                                            base={"status": "queued"}))
    (pulled,) = station.pull_all(cursor)[0]
    assert pulled["data"]["status"] == "cancelled" and "snapshot" not in pulled


def test_a_station_without_a_unit_sees_no_jobs(http: TestClient, database: Database, office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    counsellor.outcomes(create, plan, _job(counsellor, client_id, "client_plan", plan_id)[1])
    unitless = enrol(http, database, add_user(database, "Uuno Yksikötön", "office"), "unitless")
    assert unitless.pull_all()[0] == []


def test_moving_users_between_units_moves_the_jobs_between_stations(database: Database, office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    job_id, job = _job(counsellor, client_id, "client_plan", plan_id)
    counsellor.outcomes(create, plan, job)
    _, east_cursor = office.station.pull_all()
    _, west_cursor = office.west_station.pull_all()
    with database.transaction() as session:
        admin.set_unit(session, counsellor.user_id, "Länsi")
    east, _ = office.station.pull_all(east_cursor)
    assert [(c["kind"], c["client_id"]) for c in east] == [("evict", client_id)]
    west, _ = office.west_station.pull_all(west_cursor)
    (pulled,) = west
    assert pulled["record_id"] == job_id and pulled["snapshot"]["record_id"] == plan_id


def test_purging_a_client_drops_its_snapshots_and_evicts_it_from_the_station(database: Database,
                                                                              office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client()
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    counsellor.outcomes(create, plan, _job(counsellor, client_id, "client_plan", plan_id)[1])
    with database.transaction() as session:
        assert len(admin.export_client(session, client_id)["print_snapshots"]) == 1
    _, cursor = office.station.pull_all()
    with database.transaction() as session:
        admin.purge_client(session, client_id, "retention")
        assert admin.export_client(session, client_id)["print_snapshots"] == []
    assert [c["kind"] for c in office.station.pull_all(cursor)[0]] == ["evict"]


def test_user_units_from_the_command_line(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*args: str) -> tuple[int, str]:
        code = cli.main(["--database-url", db_url, *args])
        return code, capsys.readouterr().out

    code, out = run("user", "add", "--name", "Tiina Toimisto", "--role", "office", "--unit", "Itä", "--json")
    assert code == 0 and json.loads(out)["unit"] == "Itä"
    code, out = run("user", "add", "--name", "Olli Ohjaaja", "--role", "counsellor")
    assert code == 0 and "(counsellor)" in out
    code, out = run("user", "unit", "Olli Ohjaaja", "--unit", "Itä", "--json")
    assert code == 0 and json.loads(out)["unit"] == "Itä"
    code, out = run("user", "list", "--json")
    assert {u["name"]: u["unit"] for u in json.loads(out)} == {"Olli Ohjaaja": "Itä", "Tiina Toimisto": "Itä"}
    code, out = run("user", "unit", "Olli Ohjaaja", "--none")
    assert code == 0 and "(counsellor)" in out


def test_changes_after_a_purge_of_the_newest_rows_still_reach_every_device(http: TestClient, database: Database,
                                                                          office: Office) -> None:
    """Purging must not let SQLite hand out a seq again below a cursor a device holds."""
    counsellor, other = office.east, enrol(http, database, office.east.user_id, "second laptop")
    kept_id, kept = counsellor.create_client()
    purged_id, purged = counsellor.create_client()
    counsellor.outcomes(kept, purged)
    _, cursor = other.pull_all()
    with database.transaction() as session:
        admin.purge_client(session, purged_id, "retention")
    counsellor.outcomes(counsellor.mutation("client", kept_id, kept_id, {"phone": "040 2"}, base={"phone": "040 1"}))
    changes, _ = other.pull_all(cursor)
    assert [(c["kind"], c["client_id"]) for c in changes] == [("evict", purged_id), ("record", kept_id)]


def test_the_snapshot_holds_only_what_the_document_prints_of_the_client(office: Office) -> None:
    counsellor = office.east
    client_id, create = counsellor.create_client(phone="040 123 4567", communication_notes="Kuulee huonosti")
    plan_id, plan = _plan(counsellor, client_id, "Goal")
    counsellor.outcomes(create, plan, _job(counsellor, client_id, "client_plan", plan_id)[1])
    (pulled,) = office.station.pull_all()[0]
    (client,) = [r["data"] for r in pulled["snapshot"]["records"] if r["entity"] == "client"]
    assert client["last_name"] == "Virta" and client["street_address"] == "Kuja 1"
    assert not {"phone", "communication_notes", "communication_methods", "status"} & client.keys()
