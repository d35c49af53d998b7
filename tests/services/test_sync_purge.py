"""Purge by policy: closed, fully synced cases leave this computer; nothing unsent ever does."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.sync.purge import KeptReason
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import (
    AccessLogEntry,
    Client,
    ClosePerson,
    DraftValue,
    SyncOutbox,
    SyncRecord,
    utc_now,
)
from tests.helpers.sync_state import add_conflict, enrol, pretend_synced, reject_pending


def _client(workspace: Workspace, values: dict[str, object], name: str) -> uuid.UUID:
    client_id = workspace.clients.create_client(
        {**values, "hetu": None, "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}", "last_name": name})
    workspace.clients.add_close_person(client_id, {"name": f"Omainen {name}", "relation": "sisko"})
    return client_id


def _closed_and_synced(workspace: Workspace, values: dict[str, object], name: str) -> uuid.UUID:
    client_id = _client(workspace, values, name)
    workspace.clients.update_client_field(client_id, "status", "closed")
    return client_id


def _count(workspace: Workspace, model: type, **where: object) -> int:
    with workspace.db.read() as session:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return int(session.scalar(stmt) or 0)


def _reasons(workspace: Workspace, **kwargs: object) -> dict[uuid.UUID, str]:
    review = workspace.purge.review(**kwargs)  # type: ignore[arg-type]
    return {case.client_id: case.reason for case in (*review.removable, *review.kept)}


@pytest.fixture
def enrolled(workspace: Workspace) -> Workspace:
    enrol(workspace)
    return workspace


def test_a_closed_fully_synced_case_is_removed_locally_and_logged(enrolled: Workspace,
                                                                  client_values: dict[str, object]) -> None:
    ws = enrolled
    gone = _closed_and_synced(ws, client_values, "Aalto")
    still_open = _client(ws, client_values, "Berg")
    pretend_synced(ws)
    review = ws.purge.review()
    assert [case.client_id for case in review.removable] == [gone]
    assert review.removable[0].name == "Aalto, Aino Maria"
    assert review.removable[0].closed_at <= utc_now() and review.last_sync_at is not None
    assert still_open not in _reasons(ws)  # only closed cases are listed

    assert ws.purge.purge([gone]) == [gone]
    assert _count(ws, Client, id=gone) == 0 and _count(ws, ClosePerson, client_id=gone) == 0
    assert _count(ws, SyncRecord, client_id=gone) == 0
    assert _count(ws, SyncOutbox) == 0  # a local eviction: nothing is sent to delete it on the server
    assert _count(ws, AccessLogEntry, client_id=gone, action="purge") == 1
    assert _count(ws, Client, id=still_open) == 1


def test_waiting_refused_or_conflicting_work_keeps_the_case(enrolled: Workspace,
                                                            client_values: dict[str, object]) -> None:
    ws = enrolled
    pending, rejected, conflict, drafted = (_closed_and_synced(ws, client_values, name)
                                            for name in ("Aalto", "Berg", "Cederberg", "Dahl"))
    pretend_synced(ws)
    ws.clients.update_client_field(pending, "phone", "040 111 1111")  # waits in the outbox
    ws.clients.update_client_field(rejected, "phone", "040 222 2222")
    reject_pending(ws, rejected)
    add_conflict(ws, "client", conflict, conflict)
    with ws.db.transaction() as session:  # something typed that a rule refused, kept as a draft
        session.add(DraftValue(scope="client", record_id=str(drafted), field_key="hetu", value={"v": "010101-0101"},
                               kept_by="t"))
    reasons = _reasons(ws)
    assert reasons == {pending: KeptReason.PENDING, rejected: KeptReason.REJECTED, conflict: KeptReason.CONFLICT,
                       drafted: KeptReason.DRAFT}
    assert ws.purge.purge([pending, rejected, conflict, drafted]) == []
    for client_id in (pending, rejected, conflict, drafted):
        assert _count(ws, Client, id=client_id) == 1
    assert _count(ws, AccessLogEntry, action="purge") == 0


def test_a_case_changed_after_the_last_sync_stays(enrolled: Workspace, client_values: dict[str, object]) -> None:
    ws = enrolled
    client_id = _closed_and_synced(ws, client_values, "Aalto")
    pretend_synced(ws, at=utc_now() - timedelta(hours=1))  # the change below came after it
    assert _reasons(ws) == {client_id: KeptReason.CHANGED_SINCE_SYNC}
    assert ws.purge.purge([client_id]) == []


def test_never_synced_or_not_enrolled_cases_stay(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = _closed_and_synced(workspace, client_values, "Aalto")
    assert _reasons(workspace) == {client_id: KeptReason.NOT_ENROLLED}
    enrol(workspace)
    assert _reasons(workspace) == {client_id: KeptReason.NEVER_SYNCED}
    assert workspace.purge.purge([client_id]) == []


def test_a_change_while_the_confirmation_is_open_keeps_the_client(enrolled: Workspace,
                                                                  client_values: dict[str, object]) -> None:
    ws = enrolled
    client_id = _closed_and_synced(ws, client_values, "Aalto")
    pretend_synced(ws)
    assert [case.client_id for case in ws.purge.review().removable] == [client_id]
    ws.clients.update_client_field(client_id, "phone", "040 333 3333")  # someone edits it before the confirmation
    assert ws.purge.purge([client_id]) == []
    assert _count(ws, Client, id=client_id) == 1


def test_the_policy_offers_only_cases_closed_long_enough(enrolled: Workspace,
                                                         client_values: dict[str, object]) -> None:
    ws = enrolled
    client_id = _closed_and_synced(ws, client_values, "Aalto")
    pretend_synced(ws)
    assert ws.purge.policy_days() is None  # off by default
    assert not ws.purge.review(policy=True).removable
    ws.purge.set_policy_days(30)
    assert ws.purge.policy_days() == 30
    now = datetime.now(UTC)
    assert _reasons(ws, policy=True, now=now + timedelta(days=5)) == {client_id: KeptReason.TOO_RECENT}
    assert _reasons(ws, policy=True, now=now + timedelta(days=31)) == {client_id: ""}
    ws.purge.set_policy_days(None)
    assert ws.purge.policy_days() is None
    with pytest.raises(ValidationError):
        ws.purge.set_policy_days(7)


def test_the_policy_counts_from_the_retention_clocks_closing_day(enrolled: Workspace,
                                                                 client_values: dict[str, object]) -> None:
    """A case closed on another device arrives with its closing day: the policy counts from it,
    not from when this computer heard of it."""
    from datetime import date

    from sopiva_desk.store.change_recorder import applying_pull

    ws = enrolled
    client_id = _closed_and_synced(ws, client_values, "Aalto")
    pretend_synced(ws)
    ws.purge.set_policy_days(30)
    assert _reasons(ws, policy=True) == {client_id: KeptReason.TOO_RECENT}
    with ws.db.transaction() as session, applying_pull(session):
        session.get(Client, client_id).closed_on = date.today() - timedelta(days=31)
        session.flush()  # inside applying_pull: a pulled change, no outbox row
    assert _reasons(ws, policy=True) == {client_id: ""}
