"""Client data never reaches disk unencrypted: temp files, logs, settings, crash reports."""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from sopiva_desk.services.profiles import ProfileService

MARKER = "Ylläpitäjä-Öljymäki-LEAKZQW"


def files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
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
