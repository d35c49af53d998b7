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


def test_a_print_job_is_a_fold_boundary_for_its_clients_records(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    """The server pins the printed record's version when it takes the job: a change made after
    queuing must not be folded into the mutation before the job."""
    client_id = workspace.clients.create_client(client_values)
    plan = workspace.plans.start_draft(client_id)
    plan = workspace.plans.add_goal(plan.id, {"client_words": "Oma koti", "life_domain": "housing"})
    workspace.print_queue.queue("client_plan", plan.id, "fi")
    workspace.plans.update_goal(plan.id, plan.plan.goals[0].id, "client_words", "Oma koti Kalevassa")
    workspace.clients.update_client_field(client_id, "phone", "040 111 1111")
    with workspace.db.transaction() as session:
        fold_unsent(session)
    rows = [(row.entity, row.op) for row in _rows(workspace) if not row.entity.endswith("_change")]  # not history
    assert rows == [("client", "create"), ("client_plan", "create"), ("print_job", "create"),
                    ("client_plan", "update"), ("client", "update")]
    plan_rows = [row for row in _rows(workspace) if row.entity == "client_plan"]
    assert plan_rows[0].changed["content/goals"][0]["client_words"] == "Oma koti"
    assert plan_rows[1].changed["content/goals"][0]["client_words"] == "Oma koti Kalevassa"
