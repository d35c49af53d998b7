"""Client data never reaches disk unencrypted: temp files, logs, settings, crash reports."""

from __future__ import annotations

import logging
import os
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.services.profiles import ProfileService

MARKER = "Ylläpitäjä-Öljymäki-LEAKZQW"


def files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for path in (root.rglob("*") if root.is_dir() else [root]):
        if path.is_file() and needle in path.read_bytes():
            hits.append(path)
    return hits


def test_service_flow_leaves_no_plaintext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture) -> None:
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    data_dir = tmp_path / "data"
    from sopiva_desk.store import keys

    service = ProfileService(data_dir, kdf=keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16))
    caplog.set_level(logging.DEBUG)
    profile = service.create_profile("Vuotaja", "kettle lake autumn train", "kettle lake autumn train")
    ws = service.unlock(profile.profile_id, "kettle lake autumn train")
    client_id = ws.clients.create_client({"first_names": MARKER, "last_name": MARKER, "hetu": "131052-308T",
                                          "municipality_code": "491", "communication_notes": MARKER * 50})
    for i in range(200):  # enough writes to spill pages and use the WAL
        ws.clients.update_client_field(client_id, "communication_notes", f"{MARKER} {i} " * 40)
    ws.clients.caseload()
    # the newer records too: an assessment answer and a decision-making session with its history
    assessment = ws.assessments.start(client_id, "vammaispalvelut-pta")
    ws.assessments.answer(assessment.id, "housing.client_view", f"”{MARKER}”")
    session = ws.decisions.start(client_id)
    ws.decisions.set_field(session.id, "topic", MARKER)
    option = ws.decisions.add_option(session.id, MARKER, MARKER, "1F3E0").content["options"][0]["id"]
    ws.decisions.set_option_field(session.id, option, "client_words", f"{MARKER} omin sanoin")
    ws.decisions.history(session.id)
    # a plan with a goal, support and role map, its budget with use, and a review
    today = date.today()
    plan = ws.plans.start_draft(client_id)
    for key, value in (("meeting_date", today), ("current_services", MARKER), ("rights_explained", True),
                       ("rights_explained_how", MARKER), ("review_date", today + timedelta(days=180))):
        ws.plans.set_field(plan.id, key, value)
    goal = ws.plans.add_goal(plan.id, {"client_words": f"{MARKER} tavoite", "indicator": MARKER,
                                       "life_domain": "housing"}).content["goals"][0]["id"]
    ws.plans.add_support(plan.id, goal, {"description": MARKER, "provider_kind": "service_provider",
                                         "provider_name": f"{MARKER} Oy", "service_code": "sd-coaching",
                                         "quantity": "10", "arranging_method": "personal_budget"})
    ws.plans.add_role(plan.id, {"name": MARKER, "role": "client"})
    ws.plans.add_role(plan.id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": [MARKER]})
    ws.plans.add_role(plan.id, {"name": f"{MARKER} Oy", "role": "provider", "tasks": [MARKER]})
    ws.plans.agree(plan.id, today)
    budget = ws.budgets.create_for_plan(plan.id, today, today + timedelta(days=364))
    line = ws.budgets.add_lines_from_plan(budget.id).line_id or ws.budgets.open(budget.id).budget.lines[0].id
    ws.budgets.set_justification(budget.id, MARKER)
    ws.budgets.decide(budget.id, today, "HB-1")
    ws.budgets.record_use(budget.id, {"used_on": today, "provider": f"{MARKER} Oy", "budget_line_id": line,
                                      "units": "1", "amount_cents": "70,50"})
    review = ws.reviews.start(plan.id, today)
    ws.reviews.set_field(review.id, "notes", MARKER)
    ws.reviews.history(review.id)
    ws.budgets.organisation_overview(today)
    ws.drafts.keep("client", str(client_id), "hetu", f"{MARKER}-308X")  # a refused value, kept as typed
    ws.close()
    needle = MARKER.encode("utf-8")
    assert files_containing(data_dir, needle) == []
    assert files_containing(temp_root, needle) == []
    assert MARKER not in caplog.text
    assert "131052-308T" not in caplog.text


def test_crash_report_holds_no_client_data(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from sopiva_desk.gui import errors

    def failing_code(client_name: str) -> None:
        secret_local = client_name * 2  # noqa: F841 - a local that must not leak
        raise ValueError(f"could not handle {client_name} 131052-308T")

    try:
        failing_code(MARKER)
    except ValueError as error:
        errors.set_crash_dir(tmp_path)
        path = errors.write_crash_report(error)
    assert path is not None and path.is_file()
    text = path.read_text()
    assert "ValueError" in text and "failing_code" in text
    assert MARKER not in text and "131052-308T" not in text
    assert os.stat(path).st_size < 4000


# -- a whole visit, every document, an export and a sync -------------------------------------------

def _marked(label: str) -> str:
    return f"{MARKER} {label}"


def _fill_a_visit(ws: Any, today: date) -> dict[str, uuid.UUID]:
    """Every kind of field of a home visit's work, each holding the marker."""
    client_id = ws.clients.create_client({"first_names": MARKER, "last_name": MARKER, "hetu": "131052-308T",
                                          "municipality_code": "491", "street_address": _marked("katu 1"),
                                          "communication_notes": _marked("muistiinpano"), "phone": "040 123 4567"})
    person = ws.clients.add_close_person(client_id, {"name": _marked("läheinen"), "relation": "sisko"})
    ws.clients.update_close_person_field(person.id, "phone", "040 111 2222")
    visit = ws.visits.start_visit(client_id, "home_visit", _marked("koti"))
    ws.visits.update_visit_field(visit.id, "notes", _marked("käynnin muistiinpanot"))
    assessment = ws.assessments.start(client_id, "vammaispalvelut-pta", visit.id)
    ws.assessments.answer(assessment.id, "housing.client_view", _marked("arvio"))
    session = ws.decisions.start(client_id, visit.id)
    ws.decisions.set_field(session.id, "topic", _marked("aihe"))
    option = ws.decisions.add_option(session.id, _marked("vaihtoehto"), _marked("selko"), "1F3E0"
                                     ).content["options"][0]["id"]
    ws.decisions.set_option_field(session.id, option, "client_words", _marked("omin sanoin"))
    plan = ws.plans.start_draft(client_id)
    for key, value in (("meeting_date", today), ("current_services", _marked("palvelut")), ("rights_explained", True),
                       ("rights_explained_how", _marked("kerrottu")), ("review_date", today + timedelta(days=180))):
        ws.plans.set_field(plan.id, key, value)
    goal = ws.plans.add_goal(plan.id, {"client_words": _marked("tavoite"), "indicator": _marked("mittari"),
                                       "life_domain": "housing"}).content["goals"][0]["id"]
    ws.plans.add_support(plan.id, goal, {"description": _marked("tuki"), "provider_kind": "service_provider",
                                         "provider_name": _marked("Oy"), "service_code": "sd-coaching",
                                         "quantity": "10", "arranging_method": "personal_budget"})
    ws.plans.add_role(plan.id, {"name": MARKER, "role": "client"})
    ws.plans.add_role(plan.id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": [_marked("tehtävä")]})
    ws.plans.add_role(plan.id, {"name": _marked("Oy"), "role": "provider", "tasks": [MARKER]})
    ws.plans.agree(plan.id, today)
    budget = ws.budgets.create_for_plan(plan.id, today, today + timedelta(days=364))
    line = ws.budgets.add_lines_from_plan(budget.id).line_id or ws.budgets.open(budget.id).budget.lines[0].id
    ws.budgets.set_justification(budget.id, _marked("perustelu"))
    ws.budgets.decide(budget.id, today, "HB-1")
    ws.budgets.record_use(budget.id, {"used_on": today, "provider": _marked("tuottaja"), "budget_line_id": line,
                                      "units": "1", "amount_cents": "70,50"})
    review = ws.reviews.start(plan.id, today)
    ws.reviews.set_field(review.id, "notes", _marked("arviointi"))
    ws.disclosures.record("client_plan", plan.id, "ASU-1", {
        "recipient": _marked("vastaanottaja"), "basis": "consent", "basis_detail": _marked("peruste"),
        "purpose": _marked("tarkoitus"), "disclosed_on": today})
    return {"client": client_id, "session": session.id, "assessment": assessment.id, "plan": plan.id,
            "budget": budget.id}


def test_a_whole_visit_its_documents_an_export_and_a_sync_leave_no_plaintext_but_the_export(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, qapp: Any) -> None:
    from sopiva_desk.central import db as central_db
    from sopiva_desk.gui import errors
    from sopiva_desk.gui.widgets.pdf_pages import page_sizes, render_pages
    from sopiva_desk.services.documents.export import export_pdf
    from sopiva_desk.services.sync.engine import SyncEngine
    from sopiva_desk.services.sync.enrolment import EnrolmentService
    from tests.central.helpers import add_user, issue_code
    from tests.conftest import FAST_KDF
    from tests.sync.conftest import start_central, stop_central

    laptop = tmp_path / "laptop"  # everything of the laptop's process: its folders and the places apps write
    home, temp_root, data_dir, exports = laptop / "home", laptop / "tmp", laptop / "data", tmp_path / "exports"
    for folder in (home / ".config", home / ".cache", home / ".local" / "share", temp_root, exports):
        folder.mkdir(parents=True)
    for name, value in (("HOME", home), ("XDG_CONFIG_HOME", home / ".config"), ("XDG_CACHE_HOME", home / ".cache"),
                        ("XDG_DATA_HOME", home / ".local" / "share"), ("TMPDIR", temp_root)):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(tempfile, "tempdir", None)
    caplog.set_level(logging.DEBUG)
    server_dir = tmp_path / "central"  # the central records: another machine, its own store
    server_dir.mkdir()
    url = central_db.sqlite_url(server_dir)
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    central = start_central(url, tmp_path / "central.log")
    try:
        service = ProfileService(data_dir, kdf=FAST_KDF)
        profile = service.create_profile("Vuotaja", "kettle lake autumn train", "kettle lake autumn train")
        ws = service.unlock(profile.profile_id, "kettle lake autumn train")
        EnrolmentService(ws.db).enrol(central.url, issue_code(central.database, add_user(central.database, "Vuotaja")),
                                      allow_insecure_loopback=True)
        ids = _fill_a_visit(ws, date.today())
        record_of = {"client_plan": ids["plan"], "plain_plan": ids["plan"], "decision_record": ids["session"],
                     "assessment_summary": ids["assessment"], "budget_statement": ids["budget"]}
        assert set(record_of) == set(ws.documents.kinds)
        rendered = 0
        for kind, record_id in record_of.items():  # every document, previewed as the preview does, in memory
            for language in ("fi", "sv"):
                document = ws.documents.render(kind, record_id, language)
                rendered += len(render_pages(document.pdf, range(len(page_sizes(document.pdf))), 1.0))
        exported = export_pdf(ws.documents, ws.documents.render("client_plan", ids["plan"]), exports / "plan.pdf")
        report = SyncEngine(ws.db, ws.actor).sync()
        assert report.pushed > 0 and report.pending_left == 0
        ws.clients.caseload()
        try:
            raise ValueError(f"could not handle {MARKER}")
        except ValueError as error:
            errors.set_crash_dir(data_dir / "crash-reports")
            assert errors.write_crash_report(error) is not None
        ws.close()
    finally:
        stop_central(central)
    assert rendered >= 10 and exported.is_file()
    # The marker's ASCII tail finds it in any encoding that keeps ASCII (UTF-8, JSON's \u escapes).
    needles = (b"LEAKZQW", "LEAKZQW".encode("utf-16-le"), b"131052-308T")
    scanned = [laptop, tmp_path / "central.log"]  # the whole laptop side, and the server's log
    hits = [path for root in scanned for needle in needles for path in files_containing(root, needle)]
    assert hits == []
    scanned_files = {path.name for path in laptop.rglob("*") if path.is_file()}
    assert {"store.db", "profile.json"} <= scanned_files and any(n.endswith(".txt") for n in scanned_files)
    # The markers did travel: the central records (a server, not this laptop) hold them, and the
    # scan finds them there.
    assert files_containing(server_dir, b"LEAKZQW")
    assert MARKER not in caplog.text and "131052-308T" not in caplog.text
