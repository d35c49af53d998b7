"""The office print station over real HTTP: a counsellor's laptop and an office station enrolled
to a real ``sopiva-central serve`` (SQLite and PostgreSQL), every step through the app's own
services and the sync engine."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pypdfium2
import pytest
from sqlalchemy import func, select

from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.store.models import Client, ClientPlan, PrintSnapshot
from tests.central.helpers import add_user
from tests.sync.conftest import Central, Laptop

OLD, NEW = "Oma koti Hervannassa", "Oma koti Kalevassa"


def pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def _count(laptop: Laptop, model: type, *where: object) -> int:
    with laptop.workspace.db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _plan_with_goal(laptop: Laptop, client_id: uuid.UUID, words: str) -> tuple[uuid.UUID, str]:
    plans = laptop.workspace.plans
    plan = plans.start_draft(client_id)
    plan = plans.add_goal(plan.id, {"client_words": words, "life_domain": "housing"})
    return plan.id, plan.plan.goals[0].id


@pytest.fixture
def unit(central: Central, make_laptop: Callable[..., Laptop]) -> tuple[Laptop, Laptop]:
    """A counsellor's laptop and the print station of the same unit."""
    counsellor = make_laptop("olli", central, add_user(central.database, "Olli Ohjaaja", unit="Itä"))
    station = make_laptop("toimisto", central, add_user(central.database, "Tiina Toimisto", "office", "Itä"))
    return counsellor, station


def test_the_station_prints_the_version_queued_and_the_mark_comes_back(
        unit: tuple[Laptop, Laptop], client_values: dict[str, object]) -> None:
    counsellor, station = unit
    road = counsellor.workspace
    client_id = road.clients.create_client(client_values)
    plan_id, goal_id = _plan_with_goal(counsellor, client_id, OLD)
    job = road.print_queue.queue("client_plan", plan_id, "fi")
    road.plans.update_goal(plan_id, goal_id, "client_words", NEW)  # after queuing, before any sync
    assert NEW in pdf_text(road.documents.render("client_plan", plan_id, "fi").pdf)
    counsellor.sync()

    report = station.sync()
    assert report.pending_left == 0
    office = station.workspace
    (waiting,) = office.print_queue.pending()
    assert (waiting.id, waiting.client_name, waiting.from_snapshot) == (job.id, "Aino Maria Virtanen", True)
    assert waiting.record_revision is not None
    # Data minimisation: the station holds the job and its snapshot, no client or plan rows.
    assert _count(station, Client) == 0 and _count(station, ClientPlan) == 0
    text = pdf_text(office.documents.render(waiting.kind, waiting.record_id, waiting.language, waiting.id).pdf)
    assert OLD in text and NEW not in text
    assert "Aino Maria Virtanen" in text

    office.print_queue.mark_printed(job.id)
    assert _count(station, PrintSnapshot, PrintSnapshot.records.is_not(None)) == 0
    with pytest.raises(RecordGoneError):  # nothing left to print from on the station
        office.documents.render(waiting.kind, waiting.record_id, waiting.language, waiting.id)
    station.sync()
    counsellor.sync()
    (printed,) = road.print_queue.printed()
    assert (printed.id, printed.printed_by_name) == (job.id, "toimisto")
    assert printed.printed_at is not None
    assert road.print_queue.pending() == []


def test_a_cancelled_job_leaves_the_station(unit: tuple[Laptop, Laptop], client_values: dict[str, object]) -> None:
    counsellor, station = unit
    road = counsellor.workspace
    client_id = road.clients.create_client(client_values)
    plan_id, _ = _plan_with_goal(counsellor, client_id, OLD)
    job = road.print_queue.queue("plain_plan", plan_id, "sv")
    counsellor.sync()
    station.sync()
    assert [j.id for j in station.workspace.print_queue.pending()] == [job.id]
    road.print_queue.cancel(job.id)
    counsellor.sync()
    station.sync()
    assert station.workspace.print_queue.pending() == []
    assert station.workspace.print_queue.printed() == []
    assert _count(station, PrintSnapshot, PrintSnapshot.records.is_not(None)) == 0


def test_another_units_station_gets_nothing(central: Central, make_laptop: Callable[..., Laptop],
                                            unit: tuple[Laptop, Laptop], client_values: dict[str, object]) -> None:
    counsellor, _ = unit
    elsewhere = make_laptop("länsi", central, add_user(central.database, "Leena Länsi", "office", "Länsi"))
    client_id = counsellor.workspace.clients.create_client(client_values)
    plan_id, _ = _plan_with_goal(counsellor, client_id, OLD)
    counsellor.workspace.print_queue.queue("client_plan", plan_id, "fi")
    counsellor.sync()
    report = elsewhere.sync()
    assert report.pulled == 0
    assert elsewhere.workspace.print_queue.pending() == []
