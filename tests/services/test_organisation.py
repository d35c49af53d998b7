"""The organisation view against a real SQLCipher store: totals across clients, the CSV export
read back with the csv module, atomic writing and the access log."""

from __future__ import annotations

import csv
import errno
import io
import os
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sopiva_desk.services.budgets import OverviewRow
from sopiva_desk.services.organisation import (
    CSV_COLUMNS,
    CsvText,
    ExportDiskFullError,
    ExportError,
    OrganisationService,
    csv_bytes,
    totals_of,
)
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

START, END = date(2026, 1, 1), date(2026, 12, 31)
TODAY = date(2026, 7, 2)  # 183 of 365 days gone
REFERENCE = 100 * 7050  # 100 h coaching at 70,50 € in 2026
TEXT = CsvText(headers={key: f"H-{key}" for key in CSV_COLUMNS},
               states={"indicative": "Alustava", "decided": "Päätetty", "closed": "Suljettu"}, yes="kyllä", no="ei")


def hb_client(workspace: Workspace, first: str, last: str, hetu: str, hours: str, *, decide: bool,
              used_cents: int = 0) -> uuid.UUID:
    """A client with a plan (100 h coaching) and a 2026 budget of ``hours`` h coaching."""
    client_id = workspace.clients.create_client({"first_names": first, "last_name": last, "hetu": hetu,
                                                 "municipality_code": "491"})
    plans, budgets = workspace.plans, workspace.budgets
    plan = plans.start_draft(client_id)
    goal = plans.add_goal(plan.id, {"client_words": "Oma koti", "life_domain": "housing"}).content["goals"][0]["id"]
    plans.add_support(plan.id, goal, {"service_code": "sd-coaching", "quantity": "100",
                                      "arranging_method": "personal_budget"})
    budget = budgets.create_for_plan(plan.id, START, END)  # starts with the support's line
    line = budgets.set_line(budget.id, budget.budget.lines[0].id, {"quantity": hours,
                                                                   "arranging_method": "payment_commitment"}).line_id
    if decide:
        if hours != "100" and int(hours) > 100:
            budgets.set_justification(budget.id, "Tarve kasvoi")
        budgets.decide(budget.id, START)
        if used_cents:
            budgets.record_use(budget.id, {"used_on": "2026-03-01", "provider": "Valmennus Oy",
                                           "budget_line_id": line, "units": "5", "amount_cents": used_cents})
    return client_id


@pytest.fixture
def service(workspace: Workspace) -> OrganisationService:
    return OrganisationService(workspace.db, workspace.actor, workspace.budgets)


@pytest.fixture
def clients(workspace: Workspace) -> dict[str, uuid.UUID]:
    return {
        "aino": hb_client(workspace, "Aino", "Virtanen", "131052-308T", "80", decide=True, used_cents=35250),
        "eino": hb_client(workspace, "Eino", "Aalto", "010101-123N", "120", decide=True),
        "=evil": hb_client(workspace, "Ö", "=Öhman", "010203A1230", "100", decide=False),
    }


def exports(workspace: Workspace) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "export")).all())


def test_overview_adds_up_the_clients(workspace: Workspace, service: OrganisationService,
                                      clients: dict[str, uuid.UUID]) -> None:
    overview = service.overview(TODAY)
    assert [r.client_name for r in overview.rows] == ["=Öhman Ö", "Aalto Eino", "Virtanen Aino"]
    assert [r.client_id for r in overview.rows] == [clients["=evil"], clients["eino"], clients["aino"]]
    totals = overview.totals
    allocations = (120 + 80 + 100) * 7050
    assert (totals.clients, totals.reference_cents, totals.allocation_cents) == (3, 3 * REFERENCE, allocations)
    assert totals.difference_cents == allocations - 3 * REFERENCE == 0
    assert (totals.cost_neutral, totals.over_reference, totals.no_allocation) == (2, 1, 0)  # Aalto: 20 h over
    empty = hb_client(workspace, "Saara", "Tyhjä", "020304A124R", "0", decide=False)
    rows = service.overview(TODAY).rows
    row = next(r for r in rows if r.client_id == empty)
    assert (row.allocation_cents, row.cost_state, row.cost_neutral) == (0, "no_allocation", False)
    assert (totals_of(rows).cost_neutral, totals_of(rows).over_reference, totals_of(rows).no_allocation) == (2, 1, 1)
    assert totals.realised_cents == 35250
    assert totals.expected_cents == sum(r.expected_cents for r in overview.rows) > 0
    assert (totals.mean_attainment_change, totals.with_attainment) == (None, 0)


def test_mean_attainment_counts_only_clients_that_have_one(service: OrganisationService,
                                                           clients: dict[str, uuid.UUID]) -> None:
    rows = service.overview(TODAY).rows
    rows = (rows[0], replace(rows[1], goal_attainment_change=0.5), replace(rows[2], goal_attainment_change=-0.25))
    totals = totals_of(rows)
    assert (totals.mean_attainment_change, totals.with_attainment) == (0.125, 2)
    assert totals_of(()).clients == 0 and totals_of(()).mean_attainment_change is None


def test_export_writes_a_finnish_spreadsheet_csv(service: OrganisationService, workspace: Workspace,
                                                 clients: dict[str, uuid.UUID], tmp_path: Path) -> None:
    target = tmp_path / "hb-yhteenveto-2026-07-02.csv"
    assert service.export_csv(TODAY, target, TEXT) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == [f"H-{key}" for key in CSV_COLUMNS]
    by_name = {row[0]: dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]}
    assert list(by_name) == ["'=Öhman Ö", "Aalto Eino", "Virtanen Aino"]  # a formula is defused
    aino = by_name["Virtanen Aino"]
    assert aino == {
        "client": "Virtanen Aino", "state": "Päätetty", "period_start": "2026-01-01", "period_end": "2026-12-31",
        "reference": "7050,00", "allocation": "5640,00", "difference": "-1410,00", "cost_neutral": "kyllä",
        "realised": "352,50", "expected": "2827,73", "use_percent": "6,3", "attainment_change": ""}
    eino = by_name["Aalto Eino"]
    assert (eino["difference"], eino["cost_neutral"], eino["use_percent"]) == ("1410,00", "ei", "0,0")
    assert by_name["'=Öhman Ö"]["state"] == "Alustava"
    assert oct(target.stat().st_mode & 0o777) == "0o600"  # client data: owner-only
    logged = exports(workspace)
    assert len(logged) == 1
    entry = logged[0]
    assert (entry.record_type, entry.client_id, sorted(entry.fields)) == (
        "budget_overview", None, sorted(CSV_COLUMNS))
    assert not any("Virtanen" in f or "," in f for f in entry.fields)  # column names, never values


def test_a_failing_write_leaves_nothing_behind(service: OrganisationService, workspace: Workspace,
                                               clients: dict[str, uuid.UUID], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportDiskFullError):
        service.export_csv(TODAY, target, TEXT)
    assert list(folder.iterdir()) == []  # neither the file nor a temp file
    assert exports(workspace) == []  # an export that did not happen is not logged

    def refused(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportError) as caught:
        service.export_csv(TODAY, target, TEXT)
    assert not isinstance(caught.value, ExportDiskFullError)
    assert list(folder.iterdir()) == [] and exports(workspace) == []


def test_an_existing_file_stays_whole_when_the_write_fails(service: OrganisationService, workspace: Workspace,
                                                           clients: dict[str, uuid.UUID], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    with pytest.raises(ExportError):
        service.export_csv(TODAY, target, TEXT)
    assert target.read_bytes() == b"old" and list(folder.iterdir()) == [target]


def test_csv_needs_every_header() -> None:
    row = OverviewRow(uuid.uuid4(), "A B", uuid.uuid4(), "decided", START, END, 0, 0, 0, True, 0, 0, None, 1)
    with pytest.raises(ValueError, match="attainment_change"):
        csv_bytes([row], replace(TEXT, headers={k: k for k in CSV_COLUMNS[:-1]}))
    text = csv_bytes([replace(row, goal_attainment_change=-0.125)], TEXT).decode("utf-8-sig")
    assert text.splitlines()[1].split(";")[-2:] == ["", "-0,13"]  # no allocation: no use share; half up
