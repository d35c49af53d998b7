"""A pulled page the laptop cannot read (a record whose value has the wrong kind, as a damaged or
faulty server might send) ends the sync with the server error message: nothing of the page is
kept, the cursor stays, and once the server sends sound data the next sync takes it."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sopiva_desk.central.models import Record
from sopiva_desk.services.sync.errors import ServerError
from sopiva_desk.store.models import Client, SyncDevice
from tests.sync.conftest import Central, Laptop


def _set_birth_date(central: Central, client_id: uuid.UUID, value: object) -> object:
    with central.database.transaction() as session:
        record = session.scalars(select(Record).where(Record.entity == "client",
                                                      Record.id == str(client_id))).one()
        before = record.data.get("birth_date")
        record.data = {**record.data, "birth_date": value}
        return before


def test_a_page_with_a_malformed_value_is_refused_whole_and_taken_once_sound(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    first = make_laptop("first", central, user_id)
    second = make_laptop("second", central, user_id)
    client_id = first.workspace.clients.create_client(client_values)
    first.sync()
    sound = _set_birth_date(central, client_id, 19521013)  # a number where a date belongs
    with second.workspace.db.read() as session:
        cursor = session.get(SyncDevice, 1).cursor

    with pytest.raises(ServerError):
        second.sync()
    with second.workspace.db.read() as session:
        assert session.get(Client, client_id) is None
        assert session.get(SyncDevice, 1).cursor == cursor

    _set_birth_date(central, client_id, sound)
    second.sync()
    with second.workspace.db.read() as session:
        assert session.get(Client, client_id) is not None
        assert session.get(SyncDevice, 1).cursor != cursor
