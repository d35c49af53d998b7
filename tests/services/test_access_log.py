"""The access log read for display, against real stored records: the facts that name each record
and part are read when the log is shown, never written into it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sopiva_desk.services.access_log import PartFacts, first_words
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry
from tests.helpers.casework import LONG_GOAL, Casework, build_casework


@pytest.fixture
def work(workspace: Workspace, client_values: dict[str, object]) -> Casework:
    return build_casework(workspace, client_values)


def test_first_words_cut_at_a_whole_word() -> None:
    assert first_words("  Käyn   kuorossa ") == "Käyn kuorossa"
    assert first_words(LONG_GOAL) == "Haluan asua omassa kodissa…"
    assert first_words("Sanahirviöhyvinvointialuekokonaisuus", 10) == "Sanahirviö…"
    assert first_words(None) == ""


def test_every_record_the_log_names_has_its_facts(workspace: Workspace, work: Casework) -> None:
    log = workspace.access_log.for_display(work.client_id)
    named = {e.record_id for e in log.entries if e.record_id is not None}
    assert named <= set(log.records) | {work.client_id}  # the client file needs no facts
    facts = log.records

    assert facts[work.person_id].title == "Liisa Virtanen"
    assert (facts[work.visit_id].kind, facts[work.visit_id].day) == ("home_visit", date.today())
    assessment = facts[work.assessment_id]
    assert assessment.version == 1 and assessment.template is not None
    assert assessment.template.id == "vammaispalvelut-pta"

    session = facts[work.session_id]
    assert (session.title, session.version) == ("Missä haluan asua", 1)
    assert session.parts[work.kept_option] == PartFacts(1, "Ryhmäkoti")
    assert work.removed_option not in session.parts  # removed since: the GUI says so

    plan = facts[work.plan_id]
    assert plan.version == 1
    assert plan.parts[work.home_goal] == PartFacts(1, "Haluan asua omassa kodissa…")
    assert plan.parts[work.choir_goal] == PartFacts(2, "Käyn kuorossa")
    assert plan.parts[work.support_id] == PartFacts(1, "Asumisen valmennus")
    assert work.removed_goal not in plan.parts

    budget = facts[work.budget_id]
    assert budget.period == (date(2026, 1, 1), date(2026, 12, 31))
    assert budget.parts[work.line_id] == PartFacts(1, "", service_code="sd-coaching")
    assert budget.parts[work.use_id].day == date(2026, 2, 15)

    review = facts[work.review_id]
    assert review.day == date.today() and review.parts[work.choir_goal] == PartFacts(2, "Käyn kuorossa")
    assert (facts[work.job_id].kind, facts[work.job_id].language) == ("client_plan", "sv")
    assert (facts[work.disclosure_id].title, facts[work.disclosure_id].kind) == ("Kela, Mikkelin toimisto",
                                                                                 "client_plan")


def test_the_log_itself_still_holds_keys_only(workspace: Workspace, work: Casework) -> None:
    with workspace.db.read() as session:
        stored = " ".join(" ".join(e.fields) for e in session.scalars(select(AccessLogEntry)))
    for value in ("Ryhmäkoti", "Haluan", "Liisa", "Valmennus", "Kela", "Missä"):
        assert value not in stored


def test_a_removed_record_is_still_named_and_marked(workspace: Workspace, work: Casework) -> None:
    workspace.clients.remove_close_person(work.person_id)
    facts = workspace.access_log.for_display(work.client_id).records[work.person_id]
    assert facts.removed and facts.title == "Liisa Virtanen"


def test_records_named_elsewhere_can_be_asked_for(workspace: Workspace, work: Casework) -> None:
    other = workspace.clients.create_client({"first_names": "Eino", "last_name": "Muu", "hetu": "010101-123N",
                                             "municipality_code": "491"})
    facts = workspace.access_log.facts_for([("decision_session", work.session_id)])
    assert facts[work.session_id].title == "Missä haluan asua"
    assert all(e.record_type == "client" for e in workspace.access_log.for_display(other).entries)
