"""Enrolling a profile with a real ``sopiva-central``: one server and one user per profile; a
second enrolment (a new key after a revocation) keeps where the pull had got to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.sync import errors
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.store.models import SyncDevice
from tests.sync.conftest import Central, Laptop


def test_enrolment_rules(central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", central, user_id)
    service = EnrolmentService(laptop.workspace.db)
    first = service.current()
    assert first is not None and first.user_name == "Olli Ohjaaja" and not first.ca_pinned
    laptop.workspace.clients.create_client(client_values)
    laptop.sync()
    with laptop.workspace.db.read() as session:
        cursor = session.get(SyncDevice, 1).cursor  # type: ignore[union-attr]

    with pytest.raises(ValidationError):
        service.enrol(central.url, "   ", allow_insecure_loopback=True)
    with pytest.raises(errors.AlreadyEnrolledError):
        service.enrol("https://records.example.fi", "code")  # another server: refused before any request
    with pytest.raises(errors.EnrolledForAnotherUserError):
        service.enrol(central.url, central.code(central.add_user("Liisa Laitinen")), allow_insecure_loopback=True)
    assert service.current() == first  # nothing changed

    central.admin("device", "revoke", first.device_id)
    with pytest.raises(errors.DeviceRevokedError):
        laptop.sync()
    again = service.enrol(central.url, central.code(user_id), allow_insecure_loopback=True)
    assert again.device_id != first.device_id and again.user_id == user_id
    with laptop.workspace.db.read() as session:
        assert session.get(SyncDevice, 1).cursor == cursor  # type: ignore[union-attr]
    assert laptop.sync().pulled == 0  # resumes where it was: nothing is pulled twice
