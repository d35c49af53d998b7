"""Planning a visit ahead: plan, move, start on arrival, cancel with a reason; nothing is deleted."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from sopiva_desk.domain.case import CasePhase, DueItem
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, Visit
from tests.helpers.records import recorder

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def issues(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(i.field, i.key) for i in error.value.issues]


def test_a_planned_visit_keeps_its_local_time_way_place_and_note(workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9.30", "home_visit", " Kirkkotie 5, Puumala ",
                                          "Ota lomakkeet mukaan.")
    assert planned.status == "planned"
    assert planned.starts_at.astimezone().date() == TOMORROW
    assert planned.starts_at.astimezone().time() == time(9, 30)
    assert (planned.way, planned.place, planned.notes) == (
        "home_visit", "Kirkkotie 5, Puumala", "Ota lomakkeet mukaan.")
    assert planned.planned_for == planned.starts_at and planned.ends_at is None
    assert workspace.visits.visits_for_client(client_id) == [planned]
    assert workspace.visits.plan_visit(client_id, TOMORROW.isoformat(), "14:05", "phone").starts_at.astimezone(
    ).time() == time(14, 5)


def test_bad_plans_name_every_wrong_field(workspace: Workspace, client_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as error:
        workspace.visits.plan_visit(client_id, TODAY - timedelta(days=1), "25.00", "teleport", "x" * 201)
    assert issues(error) == [("day", "visit.planned_in_past"), ("time", "time.format"), ("way", "field.choice"),
                             ("place", "field.too_long")]
    with pytest.raises(ValidationError) as error:
        workspace.visits.plan_visit(client_id, "", "", "home_visit")
    assert issues(error) == [("day", "field.required"), ("time", "field.required")]
    with pytest.raises(ValidationError) as error:
        workspace.visits.plan_visit(client_id, "31.2.2027", "9", "home_visit")
    assert issues(error) == [("day", "date.no_such_day")]  # read as every typed date is, with its reason
    with pytest.raises(ValidationError) as error:
        workspace.visits.plan_visit(client_id, TODAY + timedelta(days=800), "9", "home_visit")
    assert issues(error) == [("day", "visit.planned_too_far")]
    assert workspace.visits.plan_visit(client_id, TODAY, "0.00", "office").status == "planned"  # today is fine
    with pytest.raises(RecordGoneError):
        workspace.visits.plan_visit(uuid.uuid4(), TOMORROW, "9", "home_visit")


def test_moving_a_planned_visit_changes_only_what_changed(workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9.30", "home_visit", "Koti")
    moved = workspace.visits.replan_visit(planned.id, TOMORROW + timedelta(days=2), "13", "home_visit", "Koti",
                                          "Tulkki mukaan")
    assert moved.starts_at.astimezone() == datetime.combine(TOMORROW + timedelta(days=2), time(13)).astimezone()
    assert moved.notes == "Tulkki mukaan" and moved.status == "planned"
    with workspace.db.read() as session:
        entry = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc())).first()
        assert (entry.action, entry.fields) == ("update", ["notes", "starts_at"])


def test_starting_a_planned_visit_makes_it_the_open_visit_and_keeps_the_planned_time(
        workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TODAY, "23.59", "home_visit", "Koti", "Muista kuvakortit")
    started = workspace.visits.start_planned_visit(planned.id)
    assert started.status == "open"
    assert started.planned_at == planned.starts_at and started.planned_for == planned.starts_at
    assert started.starts_at != planned.starts_at and started.notes == "Muista kuvakortit"
    assert workspace.visits.start_planned_visit(planned.id) == started  # a second click changes nothing
    assert workspace.case.overview(client_id).due[0] == DueItem("due.visit_open")
    with pytest.raises(ValidationError) as error:
        workspace.visits.replan_visit(planned.id, TOMORROW, "9", "home_visit")
    assert issues(error) == [("status", "visit.not_planned")]
    with pytest.raises(ValidationError):
        workspace.visits.cancel_visit(planned.id, "Ei enää tarpeen")
    summary = workspace.visits.end_visit(planned.id)
    assert summary.visit.status == "ended" and summary.visit.planned_at == planned.starts_at


def test_cancelling_keeps_the_visit_with_when_and_why(workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "10", "office")
    with pytest.raises(ValidationError) as error:
        workspace.visits.cancel_visit(planned.id, "  ")
    assert issues(error) == [("cancel_reason", "field.required")]
    cancelled = workspace.visits.cancel_visit(planned.id, "Asiakas sairastui.")
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "Asiakas sairastui.")
    assert cancelled.cancelled_at is not None
    assert workspace.visits.visits_for_client(client_id) == [cancelled]  # kept, not deleted
    with workspace.db.read() as session:
        assert session.get(Visit, planned.id).deleted_at is None
    for act in (lambda: workspace.visits.start_planned_visit(planned.id),
                lambda: workspace.visits.end_visit(planned.id),
                lambda: workspace.visits.update_visit_field(planned.id, "notes", "x")):
        with pytest.raises(ValidationError):
            act()


def test_a_planned_visit_is_not_an_open_visit_and_cannot_be_ended(workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9", "home_visit")
    overview = workspace.case.overview(client_id)
    assert DueItem("due.visit_open") not in overview.due
    assert overview.due[0] == DueItem("due.visit_planned", TOMORROW)
    assert overview.phase == CasePhase.ASSESSMENT
    with pytest.raises(ValidationError) as error:
        workspace.visits.end_visit(planned.id)
    assert issues(error) == [("status", "visit.not_started")]


def test_a_missed_planned_visit_is_a_loose_end(workspace: Workspace, client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TODAY, "9", "home_visit", today=TODAY)
    with workspace.db.transaction() as session:  # as if planned last week and never started
        record = session.get(Visit, planned.id)
        record.starts_at -= timedelta(days=7)
        recorder(session).update(record)
    assert workspace.case.overview(client_id).due[0] == DueItem("due.visit_planned_missed", TODAY - timedelta(days=7))


def test_the_visit_record_lists_what_was_done_and_is_logged(workspace: Workspace, client_id: uuid.UUID) -> None:
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    workspace.visits.update_visit_field(visit.id, "notes", "Puhuttiin asumisesta.\nSeuraavaksi suunnitelma.")
    session_view = workspace.decisions.start(client_id, visit.id)
    workspace.visits.end_visit(visit.id)
    record = workspace.visits.visit_record(visit.id)
    assert record.visit.notes.startswith("Puhuttiin") and record.sessions_draft == (
        workspace.decisions.open(session_view.id),)
    with workspace.db.read() as session:
        entry = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_id == visit.id)
                                .order_by(AccessLogEntry.seq.desc())).first()
        assert (entry.action, entry.record_type) == ("view", "visit")
    with pytest.raises(RecordGoneError):
        workspace.visits.visit_record(uuid.uuid4())


def test_starting_can_change_the_way_place_and_note_in_the_same_step(workspace: Workspace,
                                                                     client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9", "home_visit", "Koti", "Muistiinpano")
    with pytest.raises(ValidationError) as error:
        workspace.visits.start_planned_visit(planned.id, way="teleport", place="x" * 201)
    assert issues(error) == [("way", "field.choice"), ("place", "field.too_long")]
    assert workspace.visits.visits_for_client(client_id)[0].status == "planned"  # nothing changed
    started = workspace.visits.start_planned_visit(planned.id, way="phone", place="", notes="Muistiinpano")
    assert (started.status, started.way, started.place, started.notes) == ("open", "phone", "", "Muistiinpano")
    with workspace.db.read() as session:
        entry = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc())).first()
        assert entry.fields == ["place", "planned_at", "starts_at", "status", "way"]


def test_a_planned_visit_starts_beside_an_open_one_only_deliberately(
        workspace: Workspace, client_id: uuid.UUID) -> None:
    """The same rule as starting a visit (issue 11): an open visit is continued, not doubled."""
    from sopiva_desk.services.assessments import VisitAlreadyOpen

    still_open = workspace.visits.start_visit(client_id, "phone")
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9", "home_visit", "Koti")
    with pytest.raises(VisitAlreadyOpen) as refused:
        workspace.visits.start_planned_visit(planned.id)
    assert refused.value.visit.id == still_open.id
    assert workspace.visits.start_planned_visit(planned.id, another=True).status == "open"
