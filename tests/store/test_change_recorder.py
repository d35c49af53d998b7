"""The one write path: every change of a synchronised record is stamped, logged, kept in its
history and queued for the server in its own transaction, and nothing can write around it."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import (
    APPEND_ONLY,
    RECORDED,
    RECORDED_TABLES,
    SYNCED,
    UnrecordedWrite,
    applying_pull,
    queue_unsent_records,
)
from sopiva_desk.store.models import (
    AccessLogEntry,
    Assessment,
    AssessmentChange,
    Client,
    SyncOutbox,
    SyncRecord,
)
from tests.helpers.records import TEST_AUTHOR, recorder

ROOT = Path(__file__).resolve().parent.parent.parent
TEMPLATE = "vammaispalvelut-pta"


def outbox(workspace: Workspace) -> list[SyncOutbox]:
    with workspace.db.read() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)))


def test_a_new_client_is_queued_whole_with_its_close_persons_after_it(workspace: Workspace,
                                                                     client_values: dict[str, object]) -> None:
    (client_id,) = workspace.clients.create_clients(
        [client_values], close_persons=[[{"name": "Liisa Virtanen", "relation": "sisko"}]])
    client, person = outbox(workspace)
    assert (client.entity, client.record_id, client.client_id, client.op, client.base_rev, client.base) == (
        "client", client_id, client_id, "create", 0, {})
    assert client.changed["last_name"] == client_values["last_name"]
    assert client.changed["status"] == "new"  # column defaults are sent too, not left to the flush
    assert "revision" not in client.changed and "updated_at" not in client.changed
    assert (person.entity, person.client_id, person.changed["name"]) == ("close_person", client_id, "Liisa Virtanen")
    assert client.device_seq < person.device_seq
    assert (client.author_id, client.author_name) == (workspace.actor.user_id, workspace.actor.user_name)


def test_a_field_change_sends_new_and_base_values_from_the_last_pulled_revision(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with workspace.db.transaction() as session, applying_pull(session):  # as if the server had revision 4
        session.add(SyncRecord(entity="client", record_id=client_id, server_rev=4, client_id=client_id))
    workspace.clients.update_client_field(client_id, "phone", "09 8765 4321")
    change = outbox(workspace)[-1]
    assert (change.op, change.base_rev) == ("update", 4)
    assert change.changed == {"phone": "09 8765 4321"}
    assert change.base == {"phone": client_values.get("phone", "")}


def test_one_mutation_per_record_per_transaction_based_on_the_value_before_it(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    before = len(outbox(workspace))
    with workspace.db.transaction() as session:
        found = session.get(Client, client_id)
        found.phone = "1"
        session.flush()
        found.phone = "2"
        found.post_office = "Kuopio"
        recorder(session).update(found, ("phone", "post_office"))
    (change,) = outbox(workspace)[before:]
    assert change.changed == {"phone": "2", "post_office": "Kuopio"}
    assert change.base == {"phone": client_values.get("phone", ""), "post_office": client_values.get("post_office", ""),
                           "street_address": "", "postal_code": ""}  # the rest of the address group


def test_an_assessment_answer_is_one_path_with_history_log_and_outbox_together(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    assessment = workspace.assessments.start(client_id, TEMPLATE)
    workspace.assessments.answer(assessment.id, "strengths.strengths", "Sinnikäs")
    workspace.assessments.answer(assessment.id, "strengths.strengths", "Sinnikäs ja utelias")
    with workspace.db.read() as session:
        history = session.scalars(select(AssessmentChange).where(AssessmentChange.assessment_id == assessment.id)
                                  .where(AssessmentChange.field_key == "strengths.strengths")).all()
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_id == assessment.id)
                                 .where(AccessLogEntry.action == "update")).all()
    assert [(h.old_value, h.new_value) for h in history] == [(None, "Sinnikäs"), ("Sinnikäs", "Sinnikäs ja utelias")]
    assert [entry.fields for entry in logged][-2:] == [["strengths.strengths"], ["strengths.strengths"]]
    updates = [m for m in outbox(workspace) if m.entity == "assessment" and m.op == "update"]
    assert [(m.changed, m.base) for m in updates][-2:] == [
        ({"answers/strengths.strengths": "Sinnikäs"}, {"answers/strengths.strengths": None}),
        ({"answers/strengths.strengths": "Sinnikäs ja utelias"}, {"answers/strengths.strengths": "Sinnikäs"})]
    history_rows = [m for m in outbox(workspace) if m.entity == "assessment_change"]
    assert len(history_rows) == len(history) and all(m.op == "create" for m in history_rows)
    assert {m.client_id for m in history_rows} == {client_id}


def test_a_change_that_fails_leaves_no_mutation_behind(workspace: Workspace,
                                                       client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    before = len(outbox(workspace))
    with pytest.raises(RuntimeError), workspace.db.transaction() as session:
        found = session.get(Client, client_id)
        found.phone = "050 1"
        recorder(session).update(found, ("phone",))
        session.flush()
        raise RuntimeError("the action fails after the write")
    assert len(outbox(workspace)) == before


def test_a_tombstone_is_a_change_like_any_other(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.delete_client(client_id)
    change = outbox(workspace)[-1]
    assert change.op == "update" and change.changed["deleted_at"] and change.base["deleted_at"] is None


@pytest.mark.parametrize("model", RECORDED, ids=lambda m: m.__tablename__)
def test_no_write_of_a_recorded_table_gets_past_the_recorder(workspace: Workspace, model: type,
                                                             client_values: dict[str, object]) -> None:
    """Added without the recorder, deleted, or written in bulk: refused, and nothing of the
    transaction is kept."""
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen"})
    assessment = workspace.assessments.start(client_id, TEMPLATE)
    workspace.assessments.answer(assessment.id, "strengths.strengths", "Sinnikäs")
    count = _rows(workspace, model)
    with pytest.raises(UnrecordedWrite), workspace.db.transaction() as session:
        session.add(model(id=uuid.uuid4()))
    with pytest.raises(UnrecordedWrite), workspace.db.transaction() as session:
        session.execute(update(model).values(id=model.id))
    with pytest.raises(UnrecordedWrite), workspace.db.transaction() as session:
        session.execute(delete(model))
    if count:
        with pytest.raises(UnrecordedWrite), workspace.db.transaction() as session:
            session.delete(session.scalars(select(model).limit(1)).one())
    assert _rows(workspace, model) == count


def _rows(workspace: Workspace, model: type) -> int:
    with workspace.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_changed_field_on_a_stored_record_without_the_recorder_is_refused(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with pytest.raises(UnrecordedWrite), workspace.db.transaction() as session:
        session.get(Client, client_id).phone = "040 9"
    with workspace.db.read() as session:
        assert session.get(Client, client_id).phone == client_values.get("phone", "")


def test_what_the_server_sent_is_written_without_going_back_as_a_mutation(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    before = len(outbox(workspace))
    with workspace.db.transaction() as session, applying_pull(session):
        session.get(Client, client_id).phone = "09 555"
        session.execute(update(Client).where(Client.id == client_id).values(post_office="Oulu"))
    assert len(outbox(workspace)) == before


def test_records_from_before_the_outbox_are_queued_once(workspace: Workspace,
                                                        client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    with workspace.db.transaction() as session, applying_pull(session):  # as a store upgraded to 0012 has them
        session.execute(delete(SyncOutbox))
    with workspace.db.transaction() as session:
        assert queue_unsent_records(session, TEST_AUTHOR) == 1
    with workspace.db.transaction() as session:
        assert queue_unsent_records(session, TEST_AUTHOR) == 0
    (queued,) = outbox(workspace)
    assert (queued.entity, queued.record_id, queued.op) == ("client", client_id, "create")


def test_device_sequence_numbers_never_repeat(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    last = outbox(workspace)[-1].device_seq
    with workspace.db.transaction() as session:  # acknowledged: leaves the outbox
        session.execute(delete(SyncOutbox))
    workspace.clients.update_client_field(client_id, "phone", "040 765 4321")
    assert outbox(workspace)[-1].device_seq > last


def test_every_synchronised_table_is_recorded_and_history_is_append_only() -> None:
    from sopiva_desk.store.models import Base, SyncMixin

    synced = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)}
    assert synced == {m.__tablename__ for m in SYNCED}
    assert Assessment in SYNCED and AssessmentChange in APPEND_ONLY


def test_no_code_writes_a_recorded_table_with_raw_sql() -> None:
    """ORM writes are checked at flush and bulk statements at execution; raw SQL would pass both,
    so none may exist outside the migrations."""
    pattern = re.compile(r"(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(" + "|".join(RECORDED_TABLES) + r")\b",
                         re.IGNORECASE)
    offenders = []
    for path in (ROOT / "sopiva_desk").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []


def test_a_change_in_a_field_group_carries_the_base_of_the_whole_group(
        workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values | {"street_address": "Kotikatu 1"})
    workspace.clients.update_client_field(client_id, "postal_code", "70100")
    change = outbox(workspace)[-1]
    assert change.changed == {"postal_code": "70100"}
    assert change.base == {"postal_code": "", "street_address": "Kotikatu 1", "post_office": ""}
