"""Retention on the central records: what is due, the purge and its record, nothing coming back.

Every test runs on SQLite and on PostgreSQL (tests/central/conftest.py).
"""

from __future__ import annotations

import datetime
import json
import uuid
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from sopiva_desk.central import admin, cli, log_check, retention
from sopiva_desk.central.db import Database
from sopiva_desk.central.models import AccessLogEntry, Assignment, ChangeLog, PurgeLedger, PurgeRecord, Record
from sopiva_desk.domain.retention import parse_rules
from tests.central.helpers import NOW, Laptop, enrol
from tests.central.test_access_log_chain import Chain, push

RULES = retention.load_rules()


def _closed_client(laptop: Laptop, closed_on: str | None, *, last_name: str = "Virta") -> str:
    client_id, create = laptop.create_client(last_name=last_name, status="closed", closed_on=closed_on)
    visit_id = str(uuid.uuid4())
    disclosure_id = str(uuid.uuid4())
    outcomes = laptop.outcomes(
        create,
        laptop.mutation("visit", visit_id, client_id, {"id": visit_id, "client_id": client_id, "way": "home_visit",
                                                       "starts_at": NOW.isoformat(), "notes": f"käynti {last_name}"},
                        op="create"),
        laptop.mutation("disclosure", disclosure_id, client_id, {
            "id": disclosure_id, "client_id": client_id, "document_kind": "plan", "record_id": str(uuid.uuid4()),
            "document_id": "D-1", "recipient": "Kela", "basis": "law", "purpose": "etuus",
            "disclosed_on": "2020-05-04", "discloser": laptop.user_id, "discloser_name": "Olli"}, op="create"))
    assert all(o["outcome"] == "applied" for o in outcomes), outcomes
    return client_id


def _log_entries(laptop: Laptop, client_id: str, *days: str) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in days]
    response = laptop.post("/v1/access-log", {"entries": [
        {"id": entry_id, "client_id": client_id, "at": f"{day}T10:00:00+00:00", "action": "view",
         "record_type": "client"} for entry_id, day in zip(ids, days, strict=True)]})
    assert response.status_code == 200, response.text
    return ids


def _count(database: Database, model: Any, *where: Any) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_shipped_rules_cover_every_synchronised_entity() -> None:
    from sopiva_desk.protocol.entities import ENTITIES

    assert {e for e in ENTITIES if RULES.type_of_entity(e) is None} == set()
    assert RULES.type("client").years == 10 and RULES.type("access_log").years >= 12
    assert not RULES.confirmed  # to be confirmed with the data-protection officer


def test_due_counts_from_the_closing_and_per_entry_for_logs(database: Database, http: TestClient) -> None:
    laptop = enrol(http, database)
    closed = _closed_client(laptop, "2014-03-01")
    young = _closed_client(laptop, "2020-01-01", last_name="Nuori")
    open_id, create = laptop.create_client(last_name="Avoin")  # status "new": never due
    laptop.outcomes(create)
    _log_entries(laptop, closed, "2013-05-05", "2015-06-30")
    with database.transaction() as session:
        before = retention.due(session, RULES, date(2024, 2, 29))
        items = retention.due(session, RULES, date(2024, 3, 1))
        later = {(i.client_id, i.record_type): i for i in retention.due(session, RULES, date(2027, 6, 29))}
    assert before == []
    assert {(i.client_id, i.record_type) for i in items} == {(closed, "client"), (closed, "visits")}
    client_item = next(i for i in items if i.record_type == "client")
    assert (client_item.closed_on, client_item.due_since, client_item.counts) == (
        date(2014, 3, 1), date(2024, 3, 1), {"client": 1})
    # Disclosures and the access log: 12 years from the later of the closing and the entry.
    assert (closed, "disclosures") not in later  # disclosed 2020-05-04: kept until 2032-05-04
    assert later[(closed, "access_log")].counts == {"access_log": 1}  # the 2013 entry; the 2015 one from 2027-06-30
    assert later[(closed, "access_log")].due_since == date(2026, 3, 1)
    assert all(client_id not in (young, open_id) for client_id, _ in later)


def test_reopening_stops_the_clock_and_a_missing_closing_day_counts_from_the_last_change(
        database: Database, http: TestClient) -> None:
    laptop = enrol(http, database)
    reopened = _closed_client(laptop, "2010-01-01")
    laptop.outcomes(laptop.mutation("client", reopened, reopened, {"status": "active", "closed_on": None},
                                    base={"status": "closed", "closed_on": "2010-01-01"}))
    unknown = _closed_client(laptop, None, last_name="Vanha")
    with database.transaction() as session:
        items = retention.due(session, RULES, date(2037, 1, 1))
    assert {i.client_id for i in items} == {unknown}
    assert all(not i.closed_on_known and i.closed_on == NOW.date() for i in items)


def test_purge_removes_what_is_due_keeps_a_record_without_names_and_evicts(database: Database,
                                                                            http: TestClient) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, "2014-03-01")
    other = _closed_client(laptop, "2014-03-01", last_name="Toinen")
    _log_entries(laptop, client_id, "2014-01-01")
    with database.transaction() as session:
        made = retention.purge(session, RULES, date(2024, 3, 1), "Ylläpitäjä Ylva", client_ids=[client_id])
        record = retention.purge_record_json(made[0])
    assert [r["client_id"] for r in [record]] == [client_id]
    assert record["rule"] == "retention" and record["purged_by"] == "Ylläpitäjä Ylva"
    assert record["removed"] == {"client": {"entities": {"client": 1}, "due_since": "2024-03-01"},
                                 "visits": {"entities": {"visit": 1}, "due_since": "2024-03-01"}}
    assert "10 y" in record["reason"] and "2014-03-01" in record["reason"]
    assert "Virta" not in json.dumps(record)
    # What is not due yet stays: the disclosure (2032) and the access-log entry (2026).
    with database.transaction() as session:
        left = {(r.entity, r.client_id) for r in session.scalars(select(Record).where(Record.client_id.in_(
            [client_id, other])))}
    assert left == {("disclosure", client_id), ("client", other), ("visit", other), ("disclosure", other)}
    assert _count(database, AccessLogEntry, AccessLogEntry.client_id == client_id) == 1
    assert _count(database, PurgeLedger, PurgeLedger.client_id == client_id) == 2
    assert _count(database, Assignment, Assignment.client_id == client_id) == 0
    assert _count(database, ChangeLog, ChangeLog.kind == "evict", ChangeLog.client_id == client_id) == 1
    with database.transaction() as session:  # the purged records' change-log rows name nothing any more
        logged = set(session.scalars(select(ChangeLog.entity).where(ChangeLog.kind == "record",
                                                                    ChangeLog.client_id == client_id)))
    assert logged == {"disclosure"}
    # Nothing more is due for that client on that day; asking again is an error that purges nothing.
    with database.transaction() as session, pytest.raises(retention.RetentionError, match="nothing of client"):
        retention.purge(session, RULES, date(2024, 3, 1), "Ylva", client_ids=[client_id])
    # Later the logs' turn comes; the purge records stay, one per purge.
    with database.transaction() as session:
        retention.purge(session, RULES, date(2032, 5, 4), "Ylva", client_ids=[client_id])
    assert _count(database, AccessLogEntry, AccessLogEntry.client_id == client_id) == 0
    assert _count(database, Record, Record.client_id == client_id) == 0
    assert _count(database, PurgeRecord, PurgeRecord.client_id == client_id) == 2


def test_purged_records_and_log_entries_do_not_come_back_from_a_laptop(database: Database,
                                                                      http: TestClient) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, "2001-01-01")
    [entry] = _log_entries(laptop, client_id, "2001-01-01")
    with database.transaction() as session:
        retention.purge(session, RULES, date(2033, 1, 1), "Ylva", client_ids=[client_id])
    assert _count(database, Record, Record.client_id == client_id) == 0
    outcome = laptop.outcomes(laptop.mutation("client", client_id, client_id, {"phone": "040 2"},
                                              base={"phone": "040 1"}, base_rev=1))[0]
    assert (outcome["outcome"], outcome["reason"]) == ("rejected", "purged")
    assert "retention period ended" in outcome["message"]
    again = laptop.post("/v1/access-log", {"entries": [{"id": entry, "client_id": client_id,
                                                        "at": "2001-01-01T10:00:00+00:00"}]})
    assert again.json() == {"stored": 0}
    assert _count(database, AccessLogEntry, AccessLogEntry.client_id == client_id) == 0


def test_the_cli_lists_purges_and_keeps_the_record(db_url: str, database: Database, http: TestClient,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, "2014-03-01")
    assert cli.main(["--database-url", db_url, "retention", "due", "--as-of", "2024-02-29"]) == 0
    assert "nothing is due on 2024-02-29" in capsys.readouterr().out
    assert cli.main(["--database-url", db_url, "retention", "due", "--as-of", "2024-03-01", "--json"]) == 0
    captured = capsys.readouterr()
    listed = json.loads(captured.out)
    assert "not been confirmed" in captured.err
    assert {(d["client_id"], d["record_type"], d["closed_on"], d["due_since"]) for d in listed} == {
        (client_id, "client", "2014-03-01", "2024-03-01"), (client_id, "visits", "2014-03-01", "2024-03-01")}
    assert cli.main(["--database-url", db_url, "retention", "purge", "--all-due", "--as-of", "2024-03-01",
                     "--by", "Ylva"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["--database-url", db_url, "retention", "purge", "--client", client_id, "--as-of", "2024-03-01",
                     "--by", "Ylva", "--yes"]) == 0
    assert f"purged client {client_id}: client (client 1); visits (visit 1)" in capsys.readouterr().out
    assert cli.main(["--database-url", db_url, "retention", "purge", "--client", client_id, "--as-of", "2024-03-01",
                     "--by", "Ylva", "--yes"]) == 2
    assert "nothing of client" in capsys.readouterr().err
    assert cli.main(["--database-url", db_url, "retention", "records", "--json"]) == 0
    [kept] = json.loads(capsys.readouterr().out)
    assert (kept["client_id"], kept["purged_by"], kept["rule"]) == (client_id, "Ylva", "retention")
    assert cli.main(["--database-url", db_url, "export-client", client_id]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [p["purge_id"] for p in exported["purges"]] == [kept["purge_id"]]
    assert set(exported["records"]) == {"disclosure"}  # not due until 2032
    assert cli.main(["--database-url", db_url, "retention", "due", "--as-of", "not-a-day"]) == 2


def test_a_manual_purge_is_recorded_too(database: Database, http: TestClient) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, None)
    with database.transaction() as session:
        assert admin.purge_client(session, client_id, "entered by mistake", by="Ylva") == 3
    with database.transaction() as session:
        [record] = [retention.purge_record_json(r) for r in retention.purge_records(session, client_id)]
    assert (record["rule"], record["reason"], record["purged_by"]) == ("manual", "entered by mistake", "Ylva")
    assert record["removed"]["all_records"]["entities"] == {"client": 1, "visit": 1, "disclosure": 1}


def test_export_holds_everything_of_the_client_and_nothing_of_another(database: Database, http: TestClient) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, "2024-01-01")
    other = _closed_client(laptop, "2024-01-01", last_name="Vieras")
    _log_entries(laptop, client_id, "2024-02-02")
    _log_entries(laptop, other, "2024-02-02")
    with database.transaction() as session:
        exported = admin.export_client(session, client_id)
    assert (exported["format"], exported["format_version"], exported["source"]) == ("sopiva-client-export", 1,
                                                                                    "central")
    assert exported["retention"] == {"closed_on": "2024-01-01"}
    assert set(exported["records"]) == {"client", "visit", "disclosure"}
    assert len(exported["access_log"]) == 1
    text = json.dumps(exported)
    assert other not in text and "Vieras" not in text


def test_a_broken_rule_file_is_named(tmp_path: Any) -> None:
    broken = tmp_path / "retention.toml"
    broken.write_text("version = 1\n[[record_type]]\nkey = 'client'\nyears = 0\n", encoding="utf-8")
    with pytest.raises(retention.RetentionError, match="years must be"):
        retention.load_rules(broken)
    with pytest.raises(ValueError, match="missing: visits"):
        parse_rules({"version": 1, "record_type": [{"key": "client", "years": 10}]})


def test_a_purged_clients_chained_log_entries_leave_stubs_and_the_chain_still_verifies(
        database: Database, http: TestClient) -> None:
    laptop = enrol(http, database)
    client_id = _closed_client(laptop, "2001-01-01")
    other = str(uuid.uuid4())
    chain = Chain()
    for who, year in ((other, 2000), (client_id, 2000), (other, 2000), (client_id, 2001)):
        chain.add(who, at=datetime.datetime(year, 6, 1, 9, tzinfo=datetime.UTC))
    first = push(laptop, chain.page(0, 4))
    assert first["break"] is None and first["chain"]["seq"] == 4

    with database.transaction() as session:
        retention.purge(session, RULES, date(2033, 1, 1), "Ylva", client_ids=[client_id])
    assert _count(database, AccessLogEntry, AccessLogEntry.client_id == client_id) == 0
    with database.transaction() as session:  # nothing of whom or what stays in the stubs
        stubs = [row.entry for row in session.scalars(select(AccessLogEntry).where(
            AccessLogEntry.entry["purged"].as_boolean().is_(True)).order_by(AccessLogEntry.seq))]
        checks = log_check.verify_stored(session)
    assert [stub["seq"] for stub in stubs] == [2, 4]
    assert client_id not in json.dumps(stubs) and "Olli" not in json.dumps(stubs)
    assert [(c.entries, c.problem, c.intact_through) for c in checks] == [(4, None, 4)]  # no break at a purge

    chain.add(other)  # the laptop goes on: its next entry links onto the purged one
    again = push(laptop, chain.page(3))
    assert again["break"] is None and again["chain"]["seq"] == 5
    with database.transaction() as session:
        session.execute(update(AccessLogEntry).where(AccessLogEntry.seq == 4).values(
            entry={**stubs[1], "hash": "0" * 64}, entry_hash="0" * 64))
    with database.transaction() as session:  # a stub changed afterwards is still a break
        [check] = log_check.verify_stored(session)
    assert check.problem is not None and check.problem.seq in (4, 5)
