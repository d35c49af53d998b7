"""A client with a little of every kind of case work, stored through the real services, so the
access log names every kind of record and part (tests of ``AccessLogService.for_display`` and of
the words the client file shows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sopiva_desk.services.documents.service import RenderedDocument
from sopiva_desk.services.workspace import Workspace

LONG_GOAL = "Haluan asua omassa kodissa lähellä siskoani Mikkelissä"


@dataclass
class Casework:
    client_id: uuid.UUID
    person_id: uuid.UUID
    visit_id: uuid.UUID
    assessment_id: uuid.UUID
    session_id: uuid.UUID
    kept_option: str  # "Ryhmäkoti", option 1 now
    removed_option: str
    plan_id: uuid.UUID
    home_goal: str  # goal 1, LONG_GOAL, with a support
    choir_goal: str  # goal 2, "Käyn kuorossa"
    removed_goal: str
    support_id: str
    budget_id: uuid.UUID
    line_id: str
    use_id: str
    review_id: uuid.UUID
    job_id: uuid.UUID
    disclosure_id: uuid.UUID


def build_casework(ws: Workspace, client_values: dict[str, object]) -> Casework:
    client_id = ws.clients.create_client(client_values)
    ws.clients.update_client_field(client_id, "phone", "050 765 4321")
    person = ws.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko"})
    ws.clients.update_close_person_field(person.id, "phone", "040 111 2222")

    visit = ws.visits.start_visit(client_id, "home_visit", "Asiakkaan koti")
    ws.visits.update_visit_field(visit.id, "notes", "Sovittiin seuraavasta käynnistä.")
    assessment = ws.assessments.start(client_id, "vammaispalvelut-pta", visit.id)
    ws.assessments.answer(assessment.id, "housing.client_view", "Haluan muuttaa omaan kotiin.")

    session = ws.decisions.start(client_id, visit.id)
    ws.decisions.set_field(session.id, "topic", "Missä haluan asua")
    options = ws.decisions.add_option(session.id, "Oma asunto").content["options"]
    removed_option = options[-1]["id"]
    kept_option = ws.decisions.add_option(session.id, "Ryhmäkoti").content["options"][-1]["id"]
    ws.decisions.set_option_field(session.id, kept_option, "reaction", "good")
    ws.decisions.remove_option(session.id, removed_option)

    plans = ws.plans
    plan_id = plans.start_draft(client_id).id
    today = date.today()  # a review may not be in the future, nor before the plan was agreed
    for name, value in [("meeting_date", today - timedelta(days=20)), ("current_services", "Valmennus"),
                        ("rights_explained", True), ("rights_explained_how", "Selkokielellä"),
                        ("review_date", today + timedelta(days=180))]:
        plans.set_field(plan_id, name, value)
    goals: list[str] = []
    for words in (LONG_GOAL, "Käyn kuorossa", "Tilapäinen tavoite"):
        view = plans.add_goal(plan_id, {"client_words": words, "life_domain": "housing", "indicator": "Näkyy"})
        goals.append(view.content["goals"][-1]["id"])
    support_id = plans.add_support(plan_id, goals[0], {"description": "Asumisen valmennus", "provider_kind":
                                                       "service_provider", "provider_name": "Valmennus Oy"}
                                   ).content["goals"][0]["supports"][-1]["id"]
    plans.update_support(plan_id, goals[0], support_id, "arranging_method", "purchased_service")
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})
    plans.add_role(plan_id, {"name": "Valmennus Oy", "role": "provider", "tasks": ["Valmentaa"]})
    plans.remove_goal(plan_id, goals[2])
    plans.agree(plan_id, today - timedelta(days=10))

    budget = ws.budgets.create_for_plan(plan_id, date(2026, 1, 1), date(2026, 12, 31))
    line_id = ws.budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "100",
                                                    "arranging_method": "payment_commitment"}).line_id
    ws.budgets.set_justification(budget.id, "Valmennus omaan kotiin muuttamiseen.")
    ws.budgets.decide(budget.id, date(2026, 1, 2))
    ws.budgets.add_commitment(budget.id, {"number": "MS-1", "provider": "Valmennus Oy", "service_code":
                                          "sd-coaching", "max_cents": "1 000", "valid_from": "2026-01-01",
                                          "valid_to": "2026-03-31"})
    use = ws.budgets.record_use(budget.id, {"used_on": "2026-02-15", "provider": "Valmennus Oy",
                                            "budget_line_id": line_id, "units": "10", "amount_cents": "705,00",
                                            "commitment_number": "MS-1"})

    review = ws.reviews.start(plan_id, today)
    ws.reviews.set_rating(review.id, goals[1], "client", 3)

    job = ws.print_queue.queue("client_plan", plan_id, "sv")
    ws.print_queue.mark_printed(job.id)
    ws.documents.gather("decision_record", session.id, "fi")
    ws.documents.record_output(RenderedDocument("plain_plan", plan_id, client_id, "sv", "Oma suunnitelma",
                                                "SEL-1", "Aino Virtanen", b"", 1), "print")
    disclosure = ws.disclosures.record("client_plan", plan_id, "ASU-12345678-1", {
        "recipient": "Kela, Mikkelin toimisto", "basis": "consent", "basis_detail": "Suullinen suostumus",
        "purpose": "Etuushakemuksen liite", "disclosed_on": date.today()})
    return Casework(client_id, person.id, visit.id, assessment.id, session.id, kept_option, removed_option, plan_id,
                    goals[0], goals[1], goals[2], support_id, budget.id, line_id, use.id, review.id, job.id,
                    disclosure.id)
