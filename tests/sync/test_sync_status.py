"""What the status bar reads (services/sync/status.py), the push total a progress bar needs, and a
revoked device that stops and says whom to contact — against a real ``sopiva-central``, no Qt."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sopiva_desk.central import db as central_db
from sopiva_desk.domain import hetu
from sopiva_desk.services.sync import errors
from sopiva_desk.services.sync.engine import SyncEngine, SyncStep
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.status import rejected_changes, sync_status
from sopiva_desk.store.models import SyncOutbox
from tests.sync.conftest import Central, Laptop, start_central, stop_central

CONTACT = "Tietohallinto, puh. 09 123 4567"


@pytest.fixture
def contact_central(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = central_db.sqlite_url(tmp_path)
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    running = start_central(url, tmp_path / "central.log", "--support-contact", CONTACT)
    yield running
    stop_central(running)


def _clients(laptop: Laptop, values: dict, count: int) -> None:
    for n in range(count):
        laptop.workspace.clients.create_client(
            values | {"hetu": hetu.make(dt.date(1950 + n, 3, 4), 200 + 2 * n), "last_name": "Koski" + "a" * n})


def _outbox(laptop: Laptop) -> int:
    with laptop.workspace.db.read() as session:
        return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def test_status_before_and_after_a_sync(contact_central: Central, make_laptop: Callable[..., Laptop],
                                        client_values: dict) -> None:
    laptop = make_laptop("road")
    assert sync_status(laptop.workspace.db).enrolled is False
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.workspace.clients.update_client_field(client_id, "phone", "040 111 2222")
    before = sync_status(laptop.workspace.db)
    assert (before.enrolled, before.pending, before.open_conflicts) == (False, 2, 0)

    user_id = contact_central.add_user("Olli Ohjaaja")
    done = EnrolmentService(laptop.workspace.db, device_name="Olli's laptop").enrol(
        contact_central.url, contact_central.code(user_id), allow_insecure_loopback=True)
    assert done.support_contact == CONTACT
    enrolled = sync_status(laptop.workspace.db)
    assert enrolled.enrolled and enrolled.last_sync_at is None and enrolled.pending == 2
    assert enrolled.user_name == "Olli Ohjaaja" and enrolled.support_contact == CONTACT

    steps: list[SyncStep] = []
    started = dt.datetime.now(dt.UTC)
    laptop.engine.sync(step=steps.append)
    after = sync_status(laptop.workspace.db)
    assert after.pending == 0 and after.rejected == 0 and not after.revoked
    assert after.last_sync_at is not None and after.last_sync_at >= started - dt.timedelta(seconds=1)
    # The first step names the total (the two changes of one record fold into one mutation).
    assert steps[0] == SyncStep("push", 0, 1) and SyncStep("push", 1, 1) in steps
    assert any(s.stage == "pull" and s.page == 1 for s in steps)


def test_push_progress_counts_up_to_the_total_in_batches(contact_central: Central,
                                                         make_laptop: Callable[..., Laptop],
                                                         client_values: dict) -> None:
    laptop = make_laptop("road", contact_central)
    _clients(laptop, client_values, 5)
    heard: list[tuple[str, int]] = []
    steps: list[SyncStep] = []
    SyncEngine(laptop.workspace.db, laptop.workspace.actor, push_batch=2).sync(
        progress=lambda stage, n: heard.append((stage, n)), step=steps.append)
    assert [(s.done, s.total) for s in steps if s.stage == "push"] == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert heard[:3] == [("push", 2), ("push", 4), ("push", 5)]  # the headless callback as before


def test_a_revoked_device_stops_keeps_its_changes_and_names_the_contact(
        contact_central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = contact_central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", contact_central, user_id)
    laptop.workspace.clients.create_client(client_values)
    device_id = EnrolmentService(laptop.workspace.db).current().device_id  # type: ignore[union-attr]
    contact_central.admin("device", "revoke", device_id)
    with pytest.raises(errors.DeviceRevokedError) as raised:
        laptop.sync()
    assert raised.value.key == "sync.device_revoked_contact" and raised.value.params["contact"] == CONTACT
    status = sync_status(laptop.workspace.db)
    assert status.revoked and status.pending == 1 and _outbox(laptop) == 1  # nothing typed is lost
    # Stopped: the next attempt does not reach the server (an unused port would fail otherwise).
    with pytest.raises(errors.DeviceRevokedError):
        laptop.sync()
    EnrolmentService(laptop.workspace.db).enrol(contact_central.url, contact_central.code(user_id),
                                                allow_insecure_loopback=True)
    assert not sync_status(laptop.workspace.db).revoked  # enrolled again: syncing again
    assert laptop.sync().pushed == 1


def test_failures_leave_the_outbox_as_it_was(contact_central: Central, make_laptop: Callable[..., Laptop],
                                             client_values: dict) -> None:
    laptop = make_laptop("road", contact_central)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.workspace.clients.update_client_field(client_id, "phone", "040 111 2222")
    with laptop.workspace.db.read() as session:
        before = [(r.mutation_id, r.changed, r.state) for r in session.scalars(select(SyncOutbox))]
    stop_central(contact_central)  # offline
    for _attempt in range(2):
        with pytest.raises(errors.OfflineError):
            laptop.sync()
    with laptop.workspace.db.read() as session:
        after = [(r.mutation_id, r.changed, r.state) for r in session.scalars(select(SyncOutbox))]
    # Folding may join the two unsent changes into one row; every value typed is still there.
    assert {k: v for _, changed, _ in before for k, v in changed.items()} == \
        {k: v for _, changed, _ in after for k, v in changed.items()}
    assert all(state == "pending" for _, _, state in after)
    assert sync_status(laptop.workspace.db).pending == len(after)


def test_a_cancelled_sync_is_consistent_and_the_next_one_finishes(
        contact_central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    laptop = make_laptop("road", contact_central)
    _clients(laptop, client_values, 4)
    cancel = threading.Event()

    def stop_after_first_batch(step: SyncStep) -> None:
        if step.stage == "push" and step.done >= 2:
            cancel.set()

    report = SyncEngine(laptop.workspace.db, laptop.workspace.actor, push_batch=2).sync(
        cancel, step=stop_after_first_batch)
    assert report.cancelled and report.pushed == 2 and report.pending_left == 2
    assert sync_status(laptop.workspace.db).last_sync_at is None  # not a completed sync
    assert laptop.sync().pushed == 2 and sync_status(laptop.workspace.db).pending == 0


def test_rejected_changes_are_listed_with_their_reason(contact_central: Central, make_laptop: Callable[..., Laptop],
                                                       client_values: dict) -> None:
    user_id = contact_central.add_user("Olli Ohjaaja")
    laptop = make_laptop("road", contact_central, user_id)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.sync()
    contact_central.admin("unassign", str(client_id), "--user", user_id)
    laptop.workspace.clients.update_client_field(client_id, "phone", "040 555 5555")
    laptop.sync()
    status = sync_status(laptop.workspace.db)
    assert (status.pending, status.rejected) == (0, 1)
    [refused] = rejected_changes(laptop.workspace.db)
    assert refused.entity == "client" and refused.reason == "out_of_scope" and refused.client_id == client_id
    assert refused.client_name == f"{client_values['last_name']}, {client_values['first_names']}"
