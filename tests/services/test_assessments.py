"""Visits and assessments without Qt: autosave answers with history, complete, amend, template versions."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.templates import build_template
from sopiva_desk.services.assessments import AssessmentService, VisitAlreadyOpen, VisitService
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "resources" / "templates" / "schema.json").read_text())


def text(fi: str) -> dict[str, str]:
    return {"fi": fi, "sv": fi, "en": fi}


def make_template(version: int, extra_field: bool = False):  # type: ignore[no-untyped-def]
    fields = [
        {"id": "date", "type": "date", "required": True, "label": text("Päivä")},
        {"id": "plan", "type": "yes_no", "required": True, "label": text("Suunnitelma")},
        {"id": "why_not", "type": "long_text", "required": True, "label": text("Miksi ei"),
         "visible_if": {"field": "plan", "equals": False}},
        {"id": "need", "type": "single_choice", "label": text("Tarve"),
         "options": [{"value": "none", "label": text("ei")}, {"value": "regular", "label": text("usein")}]},
    ]
    if extra_field:
        fields.append({"id": "added_later", "type": "short_text", "required": True, "label": text("Uusi")})
    data = {"schema": 1, "id": "pta", "version": version, "kind": "needs_assessment", "title": text("PTA"),
            "sections": [{"id": "main", "title": text("Pää"), "fields": fields}]}
    return build_template(data, SCHEMA, f"pta-v{version}.toml")


@pytest.fixture
def library() -> TemplateLibrary:
    lib = TemplateLibrary(folders=[])
    template = make_template(1)
    lib.templates[template.ref] = template
    return lib


@pytest.fixture
def services(workspace: Workspace, library: TemplateLibrary) -> tuple[VisitService, AssessmentService]:
    return VisitService(workspace.db, workspace.actor), AssessmentService(workspace.db, workspace.actor, library)


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def test_visit_lifecycle_and_summary(services, client_id) -> None:  # type: ignore[no-untyped-def]
    visits, assessments = services
    visit = visits.start_visit(client_id, "home_visit", "Asiakkaan koti, Puumala")
    assert visit.status == "open" and visit.way == "home_visit"
    visits.update_visit_field(visit.id, "participants", [
        {"name": "Aino Virtanen", "relation": "asiakas"}, {"name": "Matti Virtanen", "relation": "isä"},
        {"name": "", "relation": ""}])
    visits.update_visit_field(visit.id, "absent", [{"name": "Liisa Virtanen", "relation": "sisko",
                                                   "reason": "töissä"}])
    done = assessments.start(client_id, "pta", visit.id)
    assessments.answer(done.id, "main.date", "2026-11-22")
    assessments.answer(done.id, "main.plan", True)
    assessments.complete(done.id)
    draft = assessments.start(client_id, "pta", visit.id)
    summary = visits.end_visit(visit.id)
    assert summary.visit.status == "ended" and summary.visit.ends_at is not None
    assert [a.id for a in summary.completed] == [done.id]
    assert [a.id for a in summary.drafts] == [draft.id]
    assert len(summary.visit.participants) == 2
    assert visits.visits_for_client(client_id)[0].absent[0]["reason"] == "töissä"
    assert summary.sessions_completed == () and summary.sessions_draft == ()
    assert summary.changes_to_sync == 3  # the visit and its two assessments


def complete_session(workspace: Workspace, session_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    decisions.set_field(session_id, "topic", "Muutetaanko tuettuun asumiseen?")
    decisions.set_field(session_id, "methods", ["pictures"])
    decisions.add_option(session_id, "Ryhmäkoti")
    decisions.set_field(session_id, "decision", "Aino kokeilee ryhmäkotia.")
    decisions.set_field(session_id, "how_will_found", "Kuvakortit.")
    decisions.set_field(session_id, "agreement", "agrees")
    decisions.complete(session_id)


def test_the_visit_summary_lists_the_decision_making_sessions_of_the_visit(  # type: ignore[no-untyped-def]
        workspace, services, client_id) -> None:
    visits, assessments = services
    decisions = workspace.decisions
    visit = visits.start_visit(client_id, "home_visit")
    done = decisions.start(client_id, visit.id)
    complete_session(workspace, done.id)
    amended = decisions.amend(done.id, "Asiakas halusi vielä miettiä.")
    complete_session(workspace, amended.id)  # the first version is now superseded
    draft = decisions.start(client_id, visit.id)
    decisions.set_field(draft.id, "topic_plain", "Haluatko aloittaa päivätoiminnan?")
    elsewhere = decisions.start(client_id)  # not in this visit
    other_visit = visits.start_visit(client_id, "phone", another=True)
    decisions.start(client_id, other_visit.id)
    assessment = assessments.start(client_id, "pta", visit.id)

    summary = visits.end_visit(visit.id)
    assert [(s.id, s.status) for s in summary.sessions_completed] == [(done.id, "superseded"),
                                                                      (amended.id, "completed")]
    assert [s.id for s in summary.sessions_draft] == [draft.id]
    assert summary.sessions_draft[0].content == {"topic_plain": "Haluatko aloittaa päivätoiminnan?"}
    assert elsewhere.id not in {s.id for s in (*summary.sessions_completed, *summary.sessions_draft)}
    assert [a.id for a in summary.drafts] == [assessment.id] and summary.completed == ()
    # Counted like assessments: the visit, then every version made in it (each is a record to sync).
    assert summary.changes_to_sync == 1 + 1 + 3

    again = visits.end_visit(visit.id)  # ending twice changes nothing and says the same
    assert again.sessions_completed == summary.sessions_completed and again.sessions_draft == summary.sessions_draft
    assert again.visit.ends_at == summary.visit.ends_at


def test_a_second_visit_is_started_only_deliberately_while_one_is_open(  # type: ignore[no-untyped-def]
        services, client_id, workspace, client_values) -> None:
    visits, _ = services
    first = visits.start_visit(client_id, "home_visit", "Koti")
    with pytest.raises(VisitAlreadyOpen) as caught:
        visits.start_visit(client_id, "phone")
    assert caught.value.visit == first  # the GUI offers to continue this one
    assert caught.value.issues[0].key == "visit.already_open"
    assert [v.id for v in visits.visits_for_client(client_id)] == [first.id]  # nothing was started

    second = visits.start_visit(client_id, "phone", another=True)  # deliberately
    with pytest.raises(VisitAlreadyOpen) as caught:
        visits.start_visit(client_id, "office")
    assert caught.value.visit.id == second.id  # the newest open one
    other_client = workspace.clients.create_client({**client_values, "hetu": "010101A123N"})
    assert visits.start_visit(other_client, "office").status == "open"  # other clients are not affected

    visits.end_visit(first.id)
    visits.end_visit(second.id)
    assert visits.start_visit(client_id, "office").status == "open"  # ended visits do not count


def test_bad_visit_values(services, client_id) -> None:  # type: ignore[no-untyped-def]
    visits, _ = services
    with pytest.raises(ValidationError):
        visits.start_visit(client_id, "carrier_pigeon")
    visit = visits.start_visit(client_id, "phone")
    with pytest.raises(ValidationError) as caught:
        visits.update_visit_field(visit.id, "participants", [{"name": "123", "relation": "x"}])
    assert caught.value.issues[0].field == "participants"


def test_answers_autosave_with_history(services, client_id, workspace) -> None:  # type: ignore[no-untyped-def]
    _, assessments = services
    found = assessments.start(client_id, "pta")
    saved = assessments.answer(found.id, "main.need", "regular")
    assert saved.value == "regular"
    assessments.answer(found.id, "main.need", "none")
    assessments.answer(found.id, "main.need", "none")  # unchanged: no history row
    with pytest.raises(ValidationError) as caught:
        assessments.answer(found.id, "main.need", "always")
    assert caught.value.issues[0].key == "field.choice"
    history = assessments.history(found.id)
    assert [(c.field_key, c.old_value, c.new_value) for c in history] == [
        ("main.need", None, "regular"), ("main.need", "regular", "none")]
    assert history[0].changed_by_name == "Testi Ohjaaja"
    assert assessments.open(found.id).answers == {"main.need": "none"}
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "assessment")).all()
    assert [(e.action, tuple(e.fields)) for e in logged][2:] == [("update", ("main.need",)), ("view", ("history",)),
                                                                  ("view", ())]  # the history, then the form
    assert [e.action for e in logged][:2] == ["create", "update"]
    assert all("regular" not in json.dumps(e.fields) for e in logged)


def test_complete_needs_required_visible_answers(services, client_id) -> None:  # type: ignore[no-untyped-def]
    _, assessments = services
    found = assessments.start(client_id, "pta")
    assessments.answer(found.id, "main.plan", False)
    with pytest.raises(ValidationError) as caught:
        assessments.complete(found.id)
    assert [i.field for i in caught.value.issues] == ["main.date", "main.why_not"]
    assessments.answer(found.id, "main.plan", True)  # hides why_not
    assessments.answer(found.id, "main.date", "2026-11-22")
    completed = assessments.complete(found.id)
    assert completed.status == "completed" and completed.completed_at is not None


def test_completed_is_locked_and_amending_makes_a_new_version(services, client_id) -> None:  # type: ignore[no-untyped-def]
    _, assessments = services
    found = assessments.start(client_id, "pta")
    assessments.answer(found.id, "main.date", "2026-11-22")
    assessments.answer(found.id, "main.plan", True)
    assessments.complete(found.id)
    with pytest.raises(ValidationError) as caught:
        assessments.answer(found.id, "main.need", "none")
    assert caught.value.issues[0].key == "assessment.locked"
    with pytest.raises(ValidationError):
        assessments.amend(found.id, "   ")
    second = assessments.amend(found.id, "Asiakas muisti lisää tietoa tuen tarpeesta.")
    assert (second.version_no, second.status, second.series_id) == (2, "draft", found.series_id)
    assert second.answers == {"main.date": "2026-11-22", "main.plan": True}
    assessments.answer(second.id, "main.need", "regular")
    assessments.complete(second.id)
    versions = {a.version_no: a.status for a in assessments.for_client(client_id)}
    assert versions == {1: "superseded", 2: "completed"}
    history = assessments.history(found.id)
    assert history[-1].version_no == 2 and history[-1].reason.startswith("Asiakas muisti")


def test_assessment_keeps_its_template_version(services, client_id, library) -> None:  # type: ignore[no-untyped-def]
    _, assessments = services
    old = assessments.start(client_id, "pta")
    newer = make_template(2, extra_field=True)
    library.templates[newer.ref] = newer
    assert assessments.template_for(old).version == 1
    assessments.answer(old.id, "main.date", "2026-11-22")
    assessments.answer(old.id, "main.plan", True)
    assessments.complete(old.id)  # the field added in version 2 is not required of it
    fresh = assessments.start(client_id, "pta")
    assert fresh.template_version == 2
    with pytest.raises(ValidationError):
        assessments.answer(old.id, "main.added_later", "x")


def test_unknown_records(services) -> None:  # type: ignore[no-untyped-def]
    visits, assessments = services
    with pytest.raises(RecordGoneError):
        assessments.start(uuid.uuid4(), "pta")
    with pytest.raises(RecordGoneError):
        visits.end_visit(uuid.uuid4())


def test_case_overview(workspace, services, client_id) -> None:  # type: ignore[no-untyped-def]
    from sopiva_desk.domain.case import CasePhase
    from sopiva_desk.services.case import CaseService

    visits, assessments = services
    case = CaseService(workspace.db)
    assert case.overview(client_id).phase == CasePhase.ASSESSMENT
    assert [d.key for d in case.overview(client_id).due] == ["due.assessment_missing"]
    visit = visits.start_visit(client_id, "home_visit")
    found = assessments.start(client_id, "pta", visit.id)
    assert [d.key for d in case.overview(client_id).due] == ["due.visit_open", "due.assessment_draft"]
    assessments.answer(found.id, "main.date", "2026-11-22")
    assessments.answer(found.id, "main.plan", True)
    completed = assessments.complete(found.id)
    visits.end_visit(visit.id)
    overview = case.overview(client_id)
    assert overview.phase == CasePhase.PLAN and [d.key for d in overview.due] == ["due.plan"]
    assert completed.completed_at is not None
    assert overview.due[0].since == completed.completed_at.astimezone().date()
    amendment = assessments.amend(found.id, "A new diagnosis")
    overview = case.overview(client_id)
    assert overview.phase == CasePhase.ASSESSMENT
    assert [(d.key, d.version) for d in overview.due] == [("due.assessment_amendment", amendment.version_no)]


def test_a_second_draft_assessment_for_a_client_is_started_only_deliberately(  # type: ignore[no-untyped-def]
        services, client_id) -> None:
    """Issue 11's sibling of the second open visit: answers would be split between two drafts."""
    from sopiva_desk.services.assessments import AssessmentDraftOpen

    _visits, assessments = services
    first = assessments.start(client_id, "pta")
    with pytest.raises(AssessmentDraftOpen) as refused:
        assessments.start(client_id, "pta")
    assert refused.value.assessment.id == first.id
    second = assessments.start(client_id, "pta", another=True)
    assert second.id != first.id and second.status == "draft"
