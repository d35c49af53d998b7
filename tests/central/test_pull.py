"""Pull: paging and resuming, scope (assign, unassign, eviction), reference data, and the
PostgreSQL watermark that never passes over a transaction committing late."""

from __future__ import annotations

import uuid
from pathlib import Path

from fastapi.testclient import TestClient

from sopiva_desk.central import admin
from sopiva_desk.central.db import Database
from sopiva_desk.central.models import User, utc_now
from sopiva_desk.central.push import push
from sopiva_desk.central.schemas import MutationIn
from sopiva_desk.resources import resources_dir
from tests.central.helpers import add_user, enrol


def _visits(laptop, client_id: str, count: int) -> list[dict]:  # type: ignore[no-untyped-def]
    mutations = []
    for _ in range(count):
        visit_id = str(uuid.uuid4())
        mutations.append(laptop.mutation("visit", visit_id, client_id, {"id": visit_id, "client_id": client_id,
                                                                         "way": "phone", "notes": "x"}, op="create"))
    return mutations


def test_pull_pages_and_resumes_where_it_stopped(http: TestClient, database: Database) -> None:
    writer = enrol(http, database)
    reader = enrol(http, database, writer.user_id, "reader")
    client_id, create = writer.create_client()
    writer.outcomes(create, *_visits(writer, client_id, 24))
    first = reader.get("/v1/pull", limit=10).json()
    assert (len(first["changes"]), first["more"]) == (10, True)
    # The connection breaks here; the reader kept the first page and its cursor together.
    rest, cursor = reader.pull_all(first["cursor"], limit=10)
    ids = [c["record_id"] for c in first["changes"] + rest]
    assert len(ids) == len(set(ids)) == 25
    again = reader.get("/v1/pull", cursor=cursor).json()
    assert (again["changes"], again["more"], again["cursor"]) == ([], False, cursor)
    writer.outcomes(*_visits(writer, client_id, 2))
    assert len(reader.get("/v1/pull", cursor=cursor).json()["changes"]) == 2


def test_a_record_changed_many_times_comes_once_as_it_is_now(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create, *[laptop.mutation("client", client_id, client_id, {"phone": str(n)},
                                              base={"phone": "x"}, base_rev=0 if n == 0 else 1)
                              for n in range(3)])
    changes, _ = laptop.pull_all()
    records = [c for c in changes if c["kind"] == "record"]
    assert len(records) == 1
    assert records[0]["revision"] == 2  # create + the first update; the later ones conflicted
    assert [c["kind"] for c in changes].count("conflict") == 2


def test_a_bad_cursor_is_invalid(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    response = laptop.get("/v1/pull", cursor="not-a-cursor")
    assert response.status_code == 422
    assert response.json()["path"] == ["query", "cursor"]


def test_assigning_sends_the_clients_records_and_unassigning_evicts(http: TestClient, database: Database) -> None:
    owner = enrol(http, database)
    substitute_id = add_user(database, "Sijainen")
    substitute = enrol(http, database, substitute_id, "sub")
    client_id, create = owner.create_client()
    owner.outcomes(create, *_visits(owner, client_id, 3))
    before, cursor = substitute.pull_all()
    assert before == []
    forbidden = substitute.get("/v1/pull", cursor=cursor).json()["changes"]
    assert forbidden == []
    with database.transaction() as session:
        admin.assign(session, client_id, substitute_id)
    entered, cursor = substitute.pull_all(cursor)
    assert entered[0] == {"kind": "enter", "client_id": client_id}
    assert sorted(c["entity"] for c in entered[1:]) == ["client", "visit", "visit", "visit"]
    assert substitute.get("/v1/me").json()["assigned_client_ids"] == [client_id]
    with database.transaction() as session:
        admin.unassign(session, client_id, substitute_id)
    owner.outcomes(*_visits(owner, client_id, 1))  # later changes no longer reach the substitute
    after, _ = substitute.pull_all(cursor)
    assert after == [{"kind": "evict", "client_id": client_id}]
    owner_changes, _ = owner.pull_all()
    assert {"kind": "evict", "client_id": client_id} not in owner_changes


def test_reference_data_reaches_every_device_and_loads_once(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    with database.transaction() as session:
        report = admin.load_reference(session, resources_dir())
    assert {kind for kind, *_ in report} == {"service_catalogue", "price_list", "assessment_template",
                                             "municipalities"}
    assert all(loaded for *_, loaded in report)
    with database.transaction() as session:
        assert not any(loaded for *_, loaded in admin.load_reference(session, resources_dir()))
    changes, _ = laptop.pull_all()
    references = [c for c in changes if c["entity"] == "reference"]
    assert len(references) == len(report)
    assert all(c["client_id"] is None for c in references)
    templates = sorted((c["data"]["name"], c["data"]["version"]) for c in references
                       if c["data"]["kind"] == "assessment_template")
    assert templates == [("vammaispalvelut-pta", 1), ("vammaispalvelut-pta", 2)]


def test_a_changed_catalogue_is_a_new_version_beside_the_old(http: TestClient, database: Database,
                                                             tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    source = resources_dir() / "reference" / "municipalities.json"
    target = tmp_path / "reference" / "municipalities.json"
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    with database.transaction() as session:
        assert admin.load_reference(session, tmp_path) == [("municipalities", "municipalities", 1, True)]
    target.write_text('{"municipalities": []}', encoding="utf-8")
    with database.transaction() as session:
        assert admin.load_reference(session, tmp_path) == [("municipalities", "municipalities", 2, True)]


def test_postgresql_pull_never_passes_over_a_transaction_that_commits_late(pg_http: TestClient,
                                                                           pg_database: Database) -> None:
    laptop = enrol(pg_http, pg_database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    reader = enrol(pg_http, pg_database, laptop.user_id, "Toimisto")  # the laptop's own changes are not sent back
    _, cursor = reader.pull_all()

    # Writer 1 starts, writes a visit (its change-log row gets the lower seq) and stays open.
    slow_visit = _visits(laptop, client_id, 1)[0]
    held = pg_database.sessions()
    held.begin()
    user = held.get(User, laptop.user_id)
    assert user is not None
    push(held, laptop.device_id, user, [MutationIn.model_validate(slow_visit)], [slow_visit], utc_now())
    held.flush()
    try:
        # Writer 2 pushes another visit and commits first.
        fast_visit = _visits(laptop, client_id, 1)[0]
        assert laptop.outcomes(fast_visit)[0]["outcome"] == "applied"
        during, cursor_during = reader.pull_all(cursor)
        # Neither row is handed out while an older transaction may still add rows before it.
        assert during == []
        held.commit()
    finally:
        held.close()
    after, _ = reader.pull_all(cursor_during)
    assert sorted(c["record_id"] for c in after) == sorted([slow_visit["record_id"], fast_visit["record_id"]])
