"""Filling a client plan from completed decision-making sessions: links, texts, never over the worker's."""

from __future__ import annotations

import uuid

import pytest

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.plan_from_sessions import communication_text, filled_from_sessions, will_text
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.workspace import Workspace


@pytest.fixture
def plans(workspace: Workspace) -> PlanService:
    return workspace.plans


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def completed_session(workspace: Workspace, client_id: uuid.UUID, topic: str, methods: list[str], *,
                      aids: str = "", how: str = "", questions: list[dict[str, str]] | None = None) -> uuid.UUID:
    decisions = workspace.decisions
    found = decisions.start(client_id)
    decisions.set_field(found.id, "topic", topic)
    decisions.set_field(found.id, "methods", methods)
    if aids:
        decisions.set_field(found.id, "aids", aids)
    decisions.set_field(found.id, "how_will_found", how or "Kuvakortit")
    if questions:
        decisions.set_field(found.id, "will_questions", questions)
    decisions.add_option(found.id, "Oma koti", "", None)
    decisions.set_field(found.id, "decision", "Päätetty")
    decisions.set_field(found.id, "agreement", "agrees")
    decisions.complete(found.id)
    return found.id


def test_texts_in_the_clients_language() -> None:
    sessions = [{"methods": ["pictures", "plain_language", "other"], "methods_other": "Tabletti", "aids": "Kuvakansio"},
                {"methods": ["pictures"], "aids": "Kuvakansio"}]
    assert communication_text(sessions, "fi") == ("Menetelmät: selkokieli, kuvat tai symbolit, Tabletti.\n"
                                                  "Apuvälineet: Kuvakansio.")
    assert communication_text(sessions, "sv").startswith("Metoder: lättläst språk, bilder eller symboler")
    assert communication_text([{}], "fi") is None
    text = will_text([(None, {"topic": "Asuminen", "how_will_found": "Näytti kuvaa",
                              "will_questions": [{"question": "Missä?", "answer": "Kotona"}]})], "other")
    assert text == "Asuminen: Näytti kuvaa\n– Missä? – Kotona"
    plan = rules.Plan(id="p", communication="Oma teksti")
    assert filled_from_sessions(plan, [(None, sessions[0])], "fi") == {}  # nothing written over


def test_fill_links_the_sessions_and_fills_empty_fields(workspace: Workspace, plans: PlanService,
                                                        client_id: uuid.UUID) -> None:
    first = completed_session(workspace, client_id, "Missä asun?", ["pictures"], aids="Kuvakansio",
                              how="Aino osoitti kuvaa", questions=[{"question": "Kenen kanssa?", "answer": "Yksin"}])
    second = completed_session(workspace, client_id, "Harrastus", ["plain_language", "pictures"],
                               how="Kokeili uimista")
    workspace.decisions.start(client_id)  # a draft session is not used
    draft = plans.start_draft(client_id)
    view = plans.fill_from_sessions(draft.id)
    assert view.decision_session_ids == [str(first), str(second)]
    assert view.content["communication"] == "Menetelmät: selkokieli, kuvat tai symbolit.\nApuvälineet: Kuvakansio."
    found = view.content["how_will_found"]
    assert "Missä asun?: Aino osoitti kuvaa\n– Kenen kanssa? – Yksin" in found
    assert found.index("Missä asun?") < found.index("Harrastus: Kokeili uimista")  # oldest first
    history = {change.field_key: change for change in plans.history(draft.id)}
    assert history["communication"].old_value is None and history["communication"].new_value.startswith("Menetelmät")
    assert history["decision_session_ids"].new_value == [str(first), str(second)]

    # the worker's own text is never replaced; filling again changes nothing
    plans.set_field(draft.id, "how_will_found", "Oma kirjaus")
    plans.set_field(draft.id, "communication", None)
    again = plans.fill_from_sessions(draft.id, [second])
    assert again.content["how_will_found"] == "Oma kirjaus"
    assert again.content["communication"].startswith("Menetelmät: selkokieli, kuvat")
    assert again.decision_session_ids == [str(first), str(second)]
    assert len(plans.history(draft.id)) == len(history) + 3  # two set_field rows and the refill


def test_fill_refuses_without_completed_sessions_and_foreign_ones(workspace: Workspace, plans: PlanService,
                                                                  client_id: uuid.UUID) -> None:
    draft = plans.start_draft(client_id)
    with pytest.raises(ValidationError) as no_sessions:
        plans.fill_from_sessions(draft.id)
    assert no_sessions.value.issues[0].field == "decision_session_ids"
    other = workspace.clients.create_client({"first_names": "Eino", "last_name": "Muu", "hetu": "010101-123N",
                                             "municipality_code": "491"})
    foreign = completed_session(workspace, other, "Muu", ["pictures"])
    with pytest.raises(ValidationError) as refused:
        plans.fill_from_sessions(draft.id, [foreign])
    assert refused.value.issues[0].field == "decision_session_ids/0"
