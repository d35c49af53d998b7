"""Folding the outbox before a push: one mutation per record, oldest base, never into a sent row."""

from __future__ import annotations

from sqlalchemy import select

from sopiva_desk.services.sync.outbox import fold_unsent, mark_sent
from sopiva_desk.store.models import SyncOutbox


def _rows(workspace):  # type: ignore[no-untyped-def]
    with workspace.db.read() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)))


def test_a_create_absorbs_later_updates_and_updates_keep_the_oldest_base(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.update_client_field(client_id, "phone", "040 111 1111")
    with workspace.db.transaction() as session:
        assert fold_unsent(session) == 1
    (create,) = _rows(workspace)
    assert create.op == "create" and create.changed["phone"] == "040 111 1111" and create.base == {}
    with workspace.db.transaction() as session:
        mark_sent(session, [create.device_seq])
    workspace.clients.update_client_field(client_id, "phone", "040 222 2222")
    workspace.clients.update_client_field(client_id, "phone", "040 333 3333")
    workspace.clients.update_client_field(client_id, "own_worker", "Eeva")
    with workspace.db.transaction() as session:
        assert fold_unsent(session) == 2
    sent, update = _rows(workspace)
    assert sent.mutation_id == create.mutation_id and sent.changed == create.changed  # a sent row never changes
    assert update.op == "update"
    assert update.changed == {"phone": "040 333 3333", "own_worker": "Eeva"}
    assert update.base == {"phone": "040 111 1111", "own_worker": create.changed["own_worker"]}
