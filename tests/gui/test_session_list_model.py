"""The list of a client's supported decision-making sessions: columns, order, versions, topics."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QBrush

from sopiva_desk.gui.models.session_list_model import (
    SessionListModel,
    session_status_label,
    session_title,
    session_topic,
)
from sopiva_desk.services.decisions import DecisionService, SessionView
from sopiva_desk.services.workspace import Workspace


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def fill_and_complete(decisions: DecisionService, session_id: uuid.UUID, topic: str) -> SessionView:
    """Everything completion needs, then complete."""
    decisions.set_field(session_id, "topic", topic)
    decisions.set_field(session_id, "participants", [
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"}])
    decisions.set_field(session_id, "methods", ["pictures"])
    decisions.add_option(session_id, "Ryhmäkoti", "Asut muiden kanssa", "1f3e0")
    decisions.set_field(session_id, "decision", "Aino kokeilee ryhmäkotia.")
    decisions.set_field(session_id, "how_will_found", "Kuvakortit.")
    decisions.set_field(session_id, "agreement", "agrees")
    return decisions.complete(session_id)


def view(content: dict[str, Any], *, status: str = "draft", minutes: int = 0, version: int = 1,
         visit_id: uuid.UUID | None = None) -> SessionView:
    at = datetime(2025, 3, 12, 7, 5, tzinfo=UTC) + timedelta(minutes=minutes)
    return SessionView(uuid.uuid4(), uuid.uuid4(), visit_id, None, None, uuid.uuid4(), version, status, content, "",
                       at, at, at if status != "draft" else None, 1)


def rows(model: SessionListModel) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.SYNC))
            for r in range(model.rowCount())]  # the sync column: tests/gui/test_record_sync_columns.py


def today() -> str:
    day = datetime.now(UTC).astimezone().date()
    return f"{day.day}.{day.month}.{day.year}"


def test_sessions_are_listed_newest_first_with_every_version(workspace: Workspace, client_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    first = fill_and_complete(decisions, decisions.start(client_id).id, "Muutetaanko tuettuun asumiseen?")
    amended = decisions.amend(first.id, "Asiakas halusi vielä miettiä.")
    fill_and_complete(decisions, amended.id, "Muutetaanko tuettuun asumiseen?")
    draft = decisions.start(client_id, visit.id)
    decisions.set_field(draft.id, "topic", "Päivätoiminta\nMissä ja kuinka usein?")
    model = SessionListModel()
    model.set_sessions(decisions.for_client(client_id), {visit.id: f"Home visit, {today()}"})

    assert [model.session(r).id for r in range(model.rowCount())] == [draft.id, amended.id, first.id]
    assert rows(model) == [
        (today(), "Päivätoiminta", "1", "Draft", "", f"Home visit, {today()}"),
        (today(), "Muutetaanko tuettuun asumiseen?", "2", "Completed", today(), ""),
        (today(), "Muutetaanko tuettuun asumiseen?", "1", "Superseded", today(), ""),
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Started", "Decision", "Version", "Status", "Completed", "Visit", "Sync"]
    assert model.index(0, model.DECISION).data(Qt.ItemDataRole.ToolTipRole) == (
        "Päivätoiminta\nMissä ja kuinka usein?")  # the whole text; the cell shows the first line
    assert all(model.index(1, c).data(Qt.ItemDataRole.UserRole) == amended.id for c in range(model.columnCount()))
    assert model.row_of(first.id) == 2 and model.row_of(uuid.uuid4()) == -1
    assert [s.id for s in model.sessions()] == [draft.id, amended.id, first.id]


def test_the_plain_language_topic_comes_first_and_an_empty_one_says_so(qapp: Any) -> None:
    plain = view({"topic": "Asumisratkaisu 2026", "topic_plain": "  Missä haluat asua?  "}, minutes=1)
    written = view({"topic": "Asumisratkaisu 2026", "topic_plain": "   "})
    empty = view({})
    assert session_topic(plain) == "Missä haluat asua?" and session_title(plain) == "Missä haluat asua?"
    assert session_topic(written) == "Asumisratkaisu 2026"
    assert session_topic(empty) == "" and session_title(empty) == "No topic written yet"
    assert session_title(view({"topic": "x" * 50}), 10) == "x" * 9 + "…"
    assert session_title(view({"topic": "lyhyt"}), 10) == "lyhyt"

    model = SessionListModel()
    model.set_sessions([empty, plain])
    assert [model.index(r, model.DECISION).data() for r in range(2)] == ["Missä haluat asua?", "No topic written yet"]
    assert model.index(0, model.DECISION).data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(model.index(1, model.DECISION).data(Qt.ItemDataRole.ForegroundRole), QBrush)  # greyed
    assert model.index(1, model.DECISION).data(Qt.ItemDataRole.ToolTipRole) == "No topic written yet"


def test_a_visit_list_shows_the_time_and_the_statuses_follow_the_ui_language(qapp: Any) -> None:
    class Finnish(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                      n: int = -1) -> str:  # noqa: ARG002
            words = {"Draft": "Luonnos", "Superseded": "Korvattu", "Decision": "Päätös",
                     "No topic written yet": "Aihetta ei ole vielä kirjoitettu"}
            return words.get(source, "") if context == "SessionListModel" else ""

    model = SessionListModel(with_time=True)
    done = view({"topic": "Asuminen"}, status="completed", minutes=30)
    model.set_sessions([view({}), done])
    local = done.created_at.astimezone()
    assert model.index(0, model.STARTED).data() == f"{local.day}.{local.month}.{local.year} {local.hour}.35"
    assert model.index(0, model.COMPLETED).data() == model.index(0, model.STARTED).data()
    assert model.index(1, model.COMPLETED).data() == ""
    translator = Finnish()
    QCoreApplication.installTranslator(translator)
    try:
        assert model.index(1, model.STATUS).data() == "Luonnos"
        assert model.index(1, model.DECISION).data() == "Aihetta ei ole vielä kirjoitettu"
        assert model.headerData(model.DECISION, Qt.Orientation.Horizontal) == "Päätös"
        assert session_status_label("superseded") == "Korvattu"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert session_status_label("completed") == "Completed" and session_status_label("odd") == "odd"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, workspace: Workspace, client_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    visit = workspace.visits.start_visit(client_id, "office", "")
    decisions.start(client_id, visit.id)
    fill_and_complete(decisions, decisions.start(client_id).id, "Asuminen")
    model = SessionListModel()
    model.set_sessions(decisions.for_client(client_id), {visit.id: "Office visit, 1.1.2025"})
    qtmodeltester.check(model)
    model.set_sessions([])
    qtmodeltester.check(model)
    qtmodeltester.check(SessionListModel(with_time=True))
