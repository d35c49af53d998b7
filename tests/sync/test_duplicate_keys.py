"""Two laptops of one counsellor each make, offline, a record with the same natural key: the same
person (identity code), or a payment commitment with the same number in the same budget. A real
``sopiva-central serve`` (SQLite and PostgreSQL) takes the first and refuses the second with its
reason; the second laptop keeps what was typed, holds the first's record aside (its store keeps
the key unique) and every sync completes. Once the counsellor corrects or removes their copy, it
goes to the server and the held record comes in (docs/sync-protocol.md, "Natural keys").

Before the fix both pushes were applied and every later pull failed on the local unique index:
the page was refused, the cursor stayed, and sync never completed again on either laptop."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sopiva_desk.central.models import Record
from sopiva_desk.services.sync.status import rejected_changes, sync_status
from sopiva_desk.store.models import BudgetCommitment, Client, SyncDevice, SyncHeld, SyncOutbox, Visit
from tests.helpers.casework import build_casework
from tests.sync.conftest import Central, Laptop

COMMITMENT = {"number": "MS-2", "provider": "Valmennus Oy", "service_code": "sd-coaching", "max_cents": "500",
              "valid_from": "2026-04-01", "valid_to": "2026-06-30"}


def _clients(laptop: Laptop) -> dict[uuid.UUID, tuple[str | None, str, bool]]:
    with laptop.workspace.db.read() as session:
        return {c.id: (c.hetu, c.phone, c.deleted_at is not None) for c in session.scalars(select(Client))}


def _cursor(laptop: Laptop) -> str:
    with laptop.workspace.db.read() as session:
        return session.get(SyncDevice, 1).cursor  # type: ignore[union-attr]


def _server_records(central: Central, entity: str) -> dict[str, Record]:
    with central.database.transaction() as session:
        return {r.id: r for r in session.scalars(select(Record).where(Record.entity == entity))}


def _added(laptop: Laptop, budget_id: uuid.UUID) -> list[tuple[str, str]]:
    """The budget's commitments but the casework's own MS-1."""
    return sorted((c.number, c.provider) for c in laptop.workspace.budgets.commitments(budget_id) if c.number != "MS-1")


@pytest.fixture
def two_laptops(central: Central, make_laptop: Callable[..., Laptop]) -> tuple[Laptop, Laptop]:
    user_id = central.add_user("Olli Ohjaaja")
    first, second = make_laptop("first", central, user_id), make_laptop("second", central, user_id)
    first.sync()
    second.sync()
    return first, second


def test_the_same_person_made_on_two_laptops(central: Central, two_laptops: tuple[Laptop, Laptop],
                                             client_values: dict) -> None:
    first, second = two_laptops
    theirs = first.workspace.clients.create_client(client_values)
    mine = second.workspace.clients.create_client(client_values | {"phone": "040 999"})
    visit = second.workspace.visits.start_visit(mine, "home_visit", "Asiakkaan koti")
    second.workspace.visits.update_visit_field(visit.id, "notes", "Kirjoitettu toisella koneella.")
    assert first.sync().outcomes["applied"] == 1

    report = second.sync()  # completes: before the fix, a ServerError here and on every sync after
    assert sorted(r["reason"] for r in report.rejected) == ["duplicate_identity_code", "out_of_scope"]
    assert report.held == 1 and report.pending_left == 0
    refused = rejected_changes(second.workspace.db)
    assert [(r.entity, r.record_id, r.reason) for r in refused] == \
        [("client", mine, "duplicate_identity_code"), ("visit", visit.id, "out_of_scope")]
    assert sync_status(second.workspace.db).rejected == 2
    # Nothing typed is lost, and nothing of the other laptop's client is shown over it.
    assert _clients(second) == {mine: (client_values["hetu"], "040 999", False)}
    cursor = _cursor(second)
    again = second.sync()
    assert (again.held, again.pulled, again.rejected) == (1, 0, [])
    assert _cursor(second) == cursor  # nothing new came; the held one is not asked for again
    first_again = first.sync()
    assert first_again.held == 0
    assert set(_clients(first)) == {theirs}
    assert set(_server_records(central, "client")) == {str(theirs)}

    # The counsellor removes their copy (it is the same person): it goes up as removed, its visit
    # follows it, and the client from the other laptop comes in.
    second.workspace.clients.delete_client(mine)
    done = second.sync()
    assert done.rejected == [] and (done.held, done.released) == (0, 1)
    assert sync_status(second.workspace.db).rejected == 0
    assert _clients(second) == {mine: (client_values["hetu"], "040 999", True),
                                theirs: (client_values["hetu"], client_values["phone"], False)}
    server = _server_records(central, "client")
    assert server[str(mine)].deleted and server[str(mine)].data["phone"] == "040 999"
    assert not server[str(theirs)].deleted
    assert _server_records(central, "visit")[str(visit.id)].data["notes"] == "Kirjoitettu toisella koneella."
    assert first.sync().held == 0
    assert set(_clients(first)) == {mine, theirs}
    with second.workspace.db.read() as session:
        assert session.scalars(select(SyncOutbox)).all() == [] and session.scalars(select(SyncHeld)).all() == []
        assert session.get(Visit, visit.id) is not None


def test_a_mistyped_identity_code_corrected_goes_through(central: Central, two_laptops: tuple[Laptop, Laptop],
                                                         client_values: dict) -> None:
    first, second = two_laptops
    theirs = first.workspace.clients.create_client(client_values)
    mine = second.workspace.clients.create_client(client_values | {"first_names": "Eino", "phone": "040 999"})
    first.sync()
    assert [r["reason"] for r in second.sync().rejected] == ["duplicate_identity_code"]
    second.workspace.clients.update_client_field(mine, "hetu", "010190-123M")
    done = second.sync()
    assert (done.rejected, done.held, done.released, done.outcomes["applied"]) == ([], 0, 1, 1)
    assert _clients(second) == {mine: ("010190-123M", "040 999", False),
                                theirs: (client_values["hetu"], client_values["phone"], False)}
    first.sync()
    assert set(_clients(first)) == {mine, theirs}


def test_the_same_commitment_number_added_on_two_laptops(central: Central, make_laptop: Callable[..., Laptop],
                                                         client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    first, second = make_laptop("first", central, user_id), make_laptop("second", central, user_id)
    work = build_casework(first.workspace, client_values)
    first.sync()
    second.sync()
    first.workspace.budgets.add_commitment(work.budget_id, COMMITMENT)
    second.workspace.budgets.add_commitment(work.budget_id, COMMITMENT | {"provider": "Toinen Oy"})
    first.sync()

    report = second.sync()
    assert [r["reason"] for r in report.rejected] == ["duplicate_commitment_number"]
    assert report.held == 1
    assert [c.reason for c in rejected_changes(second.workspace.db)] == ["duplicate_commitment_number"]
    assert _added(second, work.budget_id) == [("MS-2", "Toinen Oy")]
    assert second.sync().held == 1 and first.sync().held == 0  # every sync completes

    # Another commitment, so it gets its own number: it goes up, and the first laptop's comes in.
    second.workspace.budgets.correct_commitment(work.budget_id, "MS-2", {"number": "MS-3"}, "Numero oli jo käytössä")
    done = second.sync()
    assert (done.rejected, done.held, done.released) == ([], 0, 1)
    expected = [("MS-2", "Valmennus Oy"), ("MS-3", "Toinen Oy")]
    assert _added(second, work.budget_id) == expected
    first.sync()
    assert _added(first, work.budget_id) == expected
    with second.workspace.db.read() as session:
        assert [row.deleted_at for row in session.scalars(select(BudgetCommitment))] == [None, None, None]
        assert session.scalars(select(SyncHeld)).all() == []
    server = _server_records(central, "payment_commitment")
    assert sorted((r.data["number"], r.data["provider"], r.deleted) for r in server.values()
                  if r.data["number"] != "MS-1") == \
        [("MS-2", "Valmennus Oy", False), ("MS-3", "Toinen Oy", False)]
