"""Resolving a conflict on the server: the resolution is an update naming the conflicts it
resolves (``resolves``), merged like any update; the conflict is marked resolved with who, when
and the chosen values, and every device of the client's users pulls it as resolved. A record that
moved on again meanwhile makes a new conflict, never a silent overwrite. SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from sopiva_desk.central.db import Database
from sopiva_desk.central.models import Conflict, Record
from tests.central.helpers import Laptop, add_user, enrol

CURSORS: dict[str, str] = {}


def _conflicted(http: TestClient, database: Database) -> tuple[Laptop, Laptop, str, str]:
    """Two laptops of one counsellor; B's phone conflicts with A's. Both have pulled since
    (``CURSORS`` holds where each pull ended)."""
    user_id = add_user(database)
    a, b = enrol(http, database, user_id, "A"), enrol(http, database, user_id, "B")
    client_id, create = a.create_client()
    a.outcomes(create)
    a.pull_all(), b.pull_all()
    a.outcomes(a.mutation("client", client_id, client_id, {"phone": "050 A"}, base={"phone": "040 1"}))
    [outcome] = b.outcomes(b.mutation("client", client_id, client_id, {"phone": "050 B"}, base={"phone": "040 1"}))
    assert outcome["outcome"] == "conflict"
    for laptop in (a, b):
        CURSORS[laptop.device_id] = laptop.pull_all()[1]
    return a, b, client_id, outcome["conflict_id"]


def _conflict(database: Database, conflict_id: str) -> Conflict:
    with database.transaction() as session:
        conflict = session.get(Conflict, conflict_id)
        assert conflict is not None
        session.expunge(conflict)
        return conflict


def _phone(database: Database, client_id: str) -> tuple[str, int]:
    with database.transaction() as session:
        record = session.get(Record, ("client", client_id))
        assert record is not None
        return record.data["phone"], record.revision


def _resolution(laptop: Laptop, client_id: str, conflict_id: str, value: str, held: str,
                **extra: Any) -> dict[str, Any]:
    mutation = laptop.mutation("client", client_id, client_id, {"phone": value}, base={"phone": held})
    return {**mutation, "resolves": [conflict_id], **extra}


def test_choosing_mine_applies_and_every_device_pulls_the_conflict_resolved(http: TestClient,
                                                                           database: Database) -> None:
    a, b, client_id, conflict_id = _conflicted(http, database)
    [outcome] = b.outcomes(_resolution(b, client_id, conflict_id, "050 B", "050 A"))
    assert outcome["outcome"] == "applied"
    assert _phone(database, client_id) == ("050 B", 3)
    conflict = _conflict(database, conflict_id)
    assert conflict.resolved and conflict.resolved_by == b.user_id and conflict.resolved_at is not None
    assert conflict.resolution is not None
    assert conflict.resolution["values"] == {"phone": "050 B"}
    assert conflict.resolution["mutation_id"] == outcome["mutation_id"]
    assert conflict.fields["phone"] == {"base": "040 1", "server": "050 A", "device": "050 B"}  # kept
    for laptop in (a, b):
        changes, _ = laptop.pull_all(CURSORS[laptop.device_id])
        [pulled] = [c for c in changes if c["kind"] == "conflict"]
        assert pulled["conflict_id"] == conflict_id and pulled["resolved"] is True
        assert pulled["resolution"]["values"] == {"phone": "050 B"} and pulled["resolved_at"]
        records = [c["data"]["phone"] for c in changes if c["kind"] == "record"]
        # A gets the new value; B made it (taken as sent) and is not sent it back.
        assert records == (["050 B"] if laptop is a else [])


def test_choosing_theirs_is_a_no_op_that_still_resolves(http: TestClient, database: Database) -> None:
    a, b, client_id, conflict_id = _conflicted(http, database)
    [outcome] = b.outcomes(_resolution(b, client_id, conflict_id, "050 A", "050 A"))
    assert outcome["outcome"] == "merged"
    assert _phone(database, client_id) == ("050 A", 2)  # nothing changed in the record
    conflict = _conflict(database, conflict_id)
    assert conflict.resolved and conflict.resolution["values"] == {"phone": "050 A"}  # type: ignore[index]


def test_a_record_that_moved_on_meanwhile_makes_a_new_conflict_not_an_overwrite(http: TestClient,
                                                                                database: Database) -> None:
    a, b, client_id, conflict_id = _conflicted(http, database)
    a.outcomes(a.mutation("client", client_id, client_id, {"phone": "050 A2"}, base={"phone": "050 A"}))
    [outcome] = b.outcomes(_resolution(b, client_id, conflict_id, "050 B", "050 A"))  # B has not pulled A2
    assert outcome["outcome"] == "conflict"
    assert _phone(database, client_id)[0] == "050 A2"
    old, new = _conflict(database, conflict_id), _conflict(database, outcome["conflict_id"])
    assert old.resolved and old.resolution["superseded_by"] == new.id  # type: ignore[index]
    assert old.resolution["values"] == {"phone": "050 B"}  # type: ignore[index]
    assert not new.resolved
    assert new.fields["phone"] == {"base": "050 A", "server": "050 A2", "device": "050 B"}


def test_a_repeated_resolution_changes_nothing(http: TestClient, database: Database) -> None:
    _a, b, client_id, conflict_id = _conflicted(http, database)
    resolution = _resolution(b, client_id, conflict_id, "050 B", "050 A")
    first = b.outcomes(resolution)[0]
    resolved_at = _conflict(database, conflict_id).resolved_at
    again = b.outcomes(resolution)[0]
    assert again["already_applied"] is True and again["outcome"] == first["outcome"]
    assert _conflict(database, conflict_id).resolved_at == resolved_at
    assert _phone(database, client_id) == ("050 B", 3)


def test_a_second_resolution_from_another_laptop_does_not_overwrite_the_first(http: TestClient,
                                                                              database: Database) -> None:
    a, b, client_id, conflict_id = _conflicted(http, database)
    b.outcomes(_resolution(b, client_id, conflict_id, "050 B", "050 A"))
    [outcome] = a.outcomes(_resolution(a, client_id, conflict_id, "050 A", "050 A"))  # A had not pulled B's
    assert outcome["outcome"] == "conflict"  # the record moved on since A's revision: a person decides again
    assert _phone(database, client_id)[0] == "050 B"
    assert _conflict(database, conflict_id).resolution["values"] == {"phone": "050 B"}  # type: ignore[index]


def test_a_resolution_must_name_a_conflict_of_its_record_and_carry_its_whole_group(http: TestClient,
                                                                                 database: Database) -> None:
    _a, b, client_id, conflict_id = _conflicted(http, database)
    other_id, create = b.create_client()
    b.outcomes(create)
    wrong_record = {**b.mutation("client", other_id, other_id, {"phone": "1"}, base={"phone": "040 1"}),
                    "resolves": [conflict_id]}
    missing_path = {**b.mutation("client", client_id, client_id, {"last_name": "Koski"},
                                 base={"last_name": "Virta"}), "resolves": [conflict_id]}
    outcomes = b.outcomes(wrong_record, missing_path)
    assert [(o["outcome"], o["reason"]) for o in outcomes] == [("rejected", "invalid"), ("rejected", "invalid")]
    assert not _conflict(database, conflict_id).resolved
