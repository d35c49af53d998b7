"""Disclosure entries in the Sosmeta structure ("Merkintä asiakastietojen luovuttamisesta"): data
disclosed without a document of ours (by phone, a copy handed over), what else went with a
document, the recipient's organisation and the way it was handed over — validated, stored,
logged by field name and sent to the central records with the rest of the entry."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.protocol.entities import entity
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, SyncOutbox

TODAY = date(2026, 11, 22)
BY_PHONE = {"data": "Kotikäyntien päivämäärät syksyltä", "recipient": "Pekka Ohjaaja",
            "recipient_organisation": "Mikkelin kaupungin asumispalvelut", "method": "phone", "basis": "consent",
            "basis_detail": "suullinen suostumus 20.11.", "purpose": "Asumispalvelun järjestäminen",
            "disclosed_on": "2026-11-21"}


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def disclosures(workspace: Workspace) -> DisclosureService:
    return DisclosureService(workspace.db, workspace.actor, today=lambda: TODAY)


def test_data_given_by_phone_is_recorded_without_a_document(
        workspace: Workspace, client_id: uuid.UUID, disclosures: DisclosureService) -> None:
    found = disclosures.record_data(client_id, BY_PHONE)
    assert (found.kind, found.record_id, found.document_id) == (None, None, "")
    assert (found.data, found.recipient, found.recipient_organisation, found.method) == (
        "Kotikäyntien päivämäärät syksyltä", "Pekka Ohjaaja", "Mikkelin kaupungin asumispalvelut", "phone")
    assert (found.basis, found.disclosed_on, found.discloser_name) == ("consent", date(2026, 11, 21), "Testi Ohjaaja")
    assert [d.id for d in disclosures.for_client(client_id)] == [found.id]
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "disclosure",
                                                              AccessLogEntry.action == "create")).one()
        outbox = session.scalars(select(SyncOutbox).where(SyncOutbox.entity == "disclosure")).one()
    assert logged.client_id == client_id and "data" in logged.fields and "method" in logged.fields
    assert "Kotikäyntien" not in " ".join(logged.fields)  # names, never values
    assert {"data", "recipient_organisation", "method"} <= set(outbox.changed)
    assert outbox.changed["document_kind"] is None and outbox.changed["method"] == "phone"


def test_the_sync_entity_carries_the_sosmeta_parts() -> None:
    assert {"data", "recipient_organisation", "method", "document_kind", "record_id"} <= set(
        entity("disclosure").columns)


def test_what_was_disclosed_is_required_without_a_document_and_each_problem_named(
        client_id: uuid.UUID, disclosures: DisclosureService) -> None:
    with pytest.raises(ValidationError) as refused:
        disclosures.record_data(client_id, {**BY_PHONE, "data": "  ", "method": "pigeon",
                                            "recipient_organisation": "x" * 201})
    assert {(i.field, i.key) for i in refused.value.issues} == {
        ("data", "disclosure.data_missing"), ("method", "field.choice"),
        ("recipient_organisation", "field.too_long")}


def test_the_way_and_the_organisation_may_be_left_unstated(
        client_id: uuid.UUID, disclosures: DisclosureService) -> None:
    found = disclosures.record_data(client_id, {**BY_PHONE, "method": "", "recipient_organisation": ""})
    assert (found.method, found.recipient_organisation) == ("", "")


def test_a_client_removed_meanwhile_gets_no_disclosure(disclosures: DisclosureService) -> None:
    with pytest.raises(RecordGoneError):
        disclosures.record_data(uuid.uuid4(), BY_PHONE)


def test_a_document_disclosed_with_other_papers_names_them(
        workspace: Workspace, client_id: uuid.UUID, disclosures: DisclosureService) -> None:
    plan_id = workspace.plans.start_draft(client_id).id
    found = disclosures.record("client_plan", plan_id, "ASU-1", {
        **BY_PHONE, "data": "Lisäksi kopio palvelutarpeen arviosta", "method": "paper"})
    assert (found.kind, found.record_id, found.document_id, found.data, found.method) == (
        "client_plan", plan_id, "ASU-1", "Lisäksi kopio palvelutarpeen arviosta", "paper")
    plain = disclosures.record("client_plan", plan_id, "ASU-1", {**BY_PHONE, "data": ""})
    assert plain.data == ""  # with a document, nothing else need be named
