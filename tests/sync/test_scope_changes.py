"""Scope changes a laptop learns of in one pull: the change log's order decides, not the kind of
change (found by the stateful proof, tests/proof/test_stateful_sync.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from sopiva_desk.store.models import Client, SyncEviction, Visit
from tests.sync.conftest import Central, Laptop, central, db_url, make_laptop  # noqa: F401 - fixtures


def _count(laptop: Laptop, model: type) -> int:
    with laptop.workspace.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _client(laptop: Laptop, client_id: uuid.UUID) -> Client | None:
    with laptop.workspace.db.read() as session:
        return session.get(Client, client_id)


def test_a_client_unassigned_and_assigned_again_while_offline_stays(central: Central, make_laptop,  # type: ignore[no-untyped-def]  # noqa: F811
                                                                     client_values) -> None:
    """The page holds evict, then enter and the client's records re-sent: applied in that order
    the client is evicted and comes back; records first would delete what was just re-sent."""
    user_id = central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", central, user_id)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.workspace.visits.start_visit(client_id, "home_visit", "Koti")
    laptop.sync()
    central.admin("unassign", str(client_id), "--user", user_id)
    central.admin("assign", str(client_id), "--user", user_id)
    report = laptop.sync()
    assert report.evicted == 1  # the evict was carried out, then the client came back whole
    assert _client(laptop, client_id) is not None
    assert _count(laptop, Visit) == 1
    assert _count(laptop, SyncEviction) == 0
    again = laptop.sync()
    assert again.pulled == 0 and again.evicted == 0


def test_a_client_assigned_then_unassigned_while_offline_goes(central: Central, make_laptop,  # type: ignore[no-untyped-def]  # noqa: F811
                                                              client_values) -> None:
    """The other order in one page: the records re-sent on assignment, then evict: it goes."""
    office = make_laptop("office", central)
    client_id = office.workspace.clients.create_client(client_values)
    office.sync()
    colleague = central.add_user("Liisa Laitinen")
    road = make_laptop("road", central, colleague)
    road.sync()
    central.admin("assign", str(client_id), "--user", colleague)
    central.admin("unassign", str(client_id), "--user", colleague)
    road.sync()
    assert _client(road, client_id) is None
