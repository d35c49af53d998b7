"""What a visit already knows is carried into the assessment, decision-making session and plan
made during it: only into fields never written, never over what the counsellor typed."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from sopiva_desk.services.assessments import VisitView
from sopiva_desk.services.workspace import Workspace

TEMPLATE_ID = "vammaispalvelut-pta"
PEOPLE = [{"name": "Aino Maria Virtanen", "relation": "asiakas"},
          {"name": "Liisa Virtanen", "relation": "sisko"},
          {"name": "Matti Virtanen", "relation": "isä"},
          {"name": "Tuula Tulkki", "relation": "tulkki"}]
ABSENT = [{"name": "Pekka Virtanen", "relation": "veli", "reason": "töissä"}]


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    client = workspace.clients.create_client(client_values)
    workspace.clients.add_close_person(client, {"name": "Liisa Virtanen", "relation": "sisko",
                                                "roles": ["supporter"]})
    workspace.clients.add_close_person(client, {"name": "Matti Virtanen", "relation": "isä", "roles": ["guardian"]})
    return client


@pytest.fixture
def visit(workspace: Workspace, client_id: uuid.UUID) -> VisitView:
    return workspace.visits.start_visit(client_id, "remote", "Kuusitie 3, Puumala")


def record_people(workspace: Workspace, visit: VisitView) -> None:
    workspace.visits.update_visit_field(visit.id, "participants", PEOPLE)
    workspace.visits.update_visit_field(visit.id, "absent", ABSENT)


def today_of(visit: VisitView) -> str:
    return visit.starts_at.astimezone().date().isoformat()


def test_an_assessment_started_in_a_visit_takes_its_date_way_and_people(
        workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    record_people(workspace, visit)
    found = workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)
    assert {k: v for k, v in found.answers.items() if k.startswith("conduct.")} == {
        "conduct.start_date": today_of(visit),
        "conduct.way": "video",  # the template's word for a remote visit
        "conduct.participants": "Aino Maria Virtanen (asiakas)\nLiisa Virtanen (sisko)\nMatti Virtanen (isä)\n"
                                "Tuula Tulkki (tulkki)",
        "conduct.absent": "Pekka Virtanen (veli): töissä",
    }
    assert "initiation.date" not in found.answers  # the referral date is not the visit's
    history = workspace.assessments.history(found.id)
    assert {c.field_key for c in history} == {"conduct.start_date", "conduct.way", "conduct.participants",
                                              "conduct.absent"}


def test_people_recorded_later_reach_the_draft_when_it_is_opened_but_never_over_typing(
        workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    found = workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)  # nobody recorded yet
    assert "conduct.participants" not in found.answers and found.answers["conduct.way"] == "video"
    workspace.assessments.answer(found.id, "conduct.way", "phone")  # typed over the visit's
    workspace.assessments.answer(found.id, "conduct.absent", "Veli")
    workspace.assessments.answer(found.id, "conduct.absent", "")  # cleared on purpose
    record_people(workspace, visit)

    opened = workspace.assessments.open(found.id)
    assert opened.answers["conduct.participants"].startswith("Aino Maria Virtanen (asiakas)")
    assert opened.answers["conduct.way"] == "phone"
    assert "conduct.absent" not in opened.answers  # cleared stays cleared
    again = workspace.assessments.open(found.id)
    assert again.answers == opened.answers and again.updated_at == opened.updated_at  # nothing more to do

    no_visit = workspace.assessments.start(client_id, TEMPLATE_ID, another=True)
    assert "conduct.start_date" not in no_visit.answers


def test_a_decision_session_of_a_visit_takes_who_took_part_with_their_roles(
        workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    record_people(workspace, visit)
    found = workspace.decisions.start(client_id, visit.id)
    assert found.content["participants"] == [  # the client is always there and is not listed
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"},  # the client chose her
        {"name": "Matti Virtanen", "role": "close_person", "relation": "isä"},
        {"name": "Tuula Tulkki", "role": None, "relation": "tulkki"},  # the counsellor says which
    ]
    workspace.decisions.set_field(found.id, "participants", None)  # emptied on purpose
    assert "participants" not in workspace.decisions.open(found.id).content

    later = workspace.decisions.start(client_id, visit.id)
    assert [p["name"] for p in workspace.decisions.open(later.id).content["participants"]] == [
        "Liisa Virtanen", "Matti Virtanen", "Tuula Tulkki"]
    assert "participants" not in workspace.decisions.start(client_id).content  # not in a visit


def test_the_plan_worked_on_in_a_visit_takes_the_meeting_from_it(
        workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    record_people(workspace, visit)
    plans = workspace.plans
    draft = plans.start_draft(client_id)
    plans.set_field(draft.id, "meeting_place", "Puumalan kunnantalo")  # typed before: kept
    filled = plans.fill_from_visit(draft.id, visit.id)
    assert filled.content["meeting_date"] == today_of(visit)
    assert filled.content["meeting_place"] == "Puumalan kunnantalo"
    assert [p["name"] for p in filled.content["participants"]] == [p["name"] for p in PEOPLE]
    assert {c.field_key for c in plans.history(draft.id)} >= {"meeting_date", "participants"}

    plans.set_field(draft.id, "meeting_date", date(2026, 11, 20))
    assert plans.fill_from_visit(draft.id, visit.id).content["meeting_date"] == "2026-11-20"  # never over it
