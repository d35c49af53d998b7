"""A counsellor's week of work, made through the real services (the sync bench and the proof runs):
visits with notes and an assessment each among a handful of clients, plus a few full cases (plan,
budget with commitments and follow-up, review, decision-making)."""

from __future__ import annotations

import uuid
from typing import Any

from sopiva_desk.domain.clients import new_temporary_id
from sopiva_desk.services.workspace import Workspace
from tests.helpers.casework import build_casework

_PERSON = {"first_names": "Aino", "last_name": "Virtanen", "municipality_code": "623", "language": "fi",
           "phone": "040 123 4567", "communication_methods": ["speech"], "communication_notes": ""}


def surname(prefix: str, i: int) -> str:
    """A distinct surname without digits (names refuse them): Koski-Ab, Koski-Ac, …"""
    letters = "".join(chr(ord("a") + (i // 26 ** p) % 26) for p in (2, 1, 0))
    return f"{prefix}-{letters.capitalize()}"


def person(prefix: str, i: int) -> dict[str, Any]:
    return _PERSON | {"last_name": surname(prefix, i), "temporary_id": new_temporary_id()}


def counsellors_week(workspace: Workspace, *, clients: int = 15, visits: int = 40, cases: int = 3) -> list[uuid.UUID]:
    """A week offline (the defaults are a typical one); returns the clients it made."""
    made = [workspace.clients.create_client(person("Viikko", i)) for i in range(clients)]
    for i in range(visits):
        client_id = made[i % len(made)]
        visit = workspace.visits.start_visit(client_id, "home_visit", "Asiakkaan koti", another=True)
        workspace.visits.update_visit_field(visit.id, "notes", "Käytiin läpi arjen sujuminen ja toiveet.")
        assessment = workspace.assessments.start(client_id, "vammaispalvelut-pta", visit.id, another=True)
        workspace.assessments.answer(assessment.id, "housing.client_view", "Haluan asua omassa kodissa.")
        workspace.assessments.answer(assessment.id, "mobility.client_view", "Tarvitsen kyydin harrastuksiin.")
        workspace.visits.end_visit(visit.id)
    for i in range(cases):
        made.append(build_casework(workspace, person("Suunnitelma", i)).client_id)
    return made
