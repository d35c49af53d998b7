"""Supported decision-making sessions against a real SQLCipher store: autosave with history,
options, completion, locking, amendments, links and the case overview."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.decisions import DecisionService, FieldSaved, SessionView
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, Assessment
from tests.helpers.records import recorder

PEOPLE = [{"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"}]


@pytest.fixture
def decisions(workspace: Workspace) -> DecisionService:
    return workspace.decisions


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def other_client(workspace: Workspace) -> uuid.UUID:
    return workspace.clients.create_client({"first_names": "Eino", "last_name": "Muu", "hetu": "010101-123N",
                                            "municipality_code": "491"})


def add_assessment(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    """An assessment row straight into the store (no template needed for a link)."""
    with workspace.db.transaction() as session:
        found = Assessment(id=uuid.uuid4(), client_id=client_id, series_id=uuid.uuid4(), version_no=1,
                           template_id="pta", template_version=1, status="completed", answers={},
                           created_by="t", updated_by="t")
        recorder(session).create(found)
        return found.id


def fill(decisions: DecisionService, session_id: uuid.UUID) -> SessionView:
    """Everything completion needs."""
    decisions.set_field(session_id, "topic", "Muutetaanko tuettuun asumiseen?")
    decisions.set_field(session_id, "participants", PEOPLE)
    decisions.set_field(session_id, "methods", ["pictures", "three_point_sorting"])
    view = decisions.add_option(session_id, "Ryhmäkoti", "Asut muiden kanssa", "1f3e0")
    decisions.set_field(session_id, "decision", "Aino kokeilee ryhmäkotia.")
    decisions.set_field(session_id, "how_will_found", "Kuvakortit ja kolmijako.")
    decisions.set_field(session_id, "agreement", "agrees")
    return view


def log_of(workspace: Workspace) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "decision_session")
                                    .order_by(AccessLogEntry.seq)).all())


def test_start_and_open_are_logged(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    visit = workspace.visits.start_visit(client_id, "home_visit")
    started = decisions.start(client_id, visit.id)
    assert (started.status, started.version_no, started.visit_id, started.content) == ("draft", 1, visit.id, {})
    assert started.revision == 1 and started.created_at is not None and started.assessment_id is None
    opened = decisions.open(started.id)
    assert opened == started
    assert [(e.action, e.record_id, e.client_id) for e in log_of(workspace)] == [
        ("create", started.id, client_id), ("view", started.id, client_id)]


def test_set_field_autosaves_with_history_and_access_log(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    saved = decisions.set_field(found.id, "topic", "  Asuminen  ")
    assert isinstance(saved, FieldSaved)
    assert (saved.key, saved.value, saved.revision) == ("topic", "Asuminen", 2)
    decisions.set_field(found.id, "topic", "Asuminen")  # unchanged: no history, no log, no revision
    again = decisions.set_field(found.id, "topic", "Muutto")
    assert again.revision == 3 and again.saved_at >= saved.saved_at
    decisions.set_field(found.id, "methods", ["pictures"])
    decisions.set_field(found.id, "wellbeing", 4)
    decisions.set_field(found.id, "topic", "")  # cleared: the key goes
    with pytest.raises(ValidationError) as caught:
        decisions.set_field(found.id, "wellbeing", 9)
    assert caught.value.issues == [Issue("wellbeing", "field.range", {"min": 1, "max": 5})]
    with pytest.raises(ValidationError) as caught:
        decisions.set_field(found.id, "options", [])
    assert caught.value.issues[0].key == "field.choice"
    assert decisions.open(found.id).content == {"methods": ["pictures"], "wellbeing": 4}
    history = decisions.history(found.id)
    assert [(c.field_key, c.old_value, c.new_value) for c in history] == [
        ("topic", None, "Asuminen"), ("topic", "Asuminen", "Muutto"), ("methods", None, ["pictures"]),
        ("wellbeing", None, 4), ("topic", "Muutto", None)]
    assert {(c.version_no, c.changed_by_name, c.reason) for c in history} == {(1, "Testi Ohjaaja", "")}
    logged = log_of(workspace)
    assert [(e.action, e.fields) for e in logged] == [
        ("create", []), ("update", ["topic"]), ("update", ["topic"]), ("update", ["methods"]),
        ("update", ["wellbeing"]), ("update", ["topic"]), ("view", []), ("view", ["history"])]
    assert all("Asuminen" not in json.dumps(e.fields) for e in logged)


def test_lists_are_saved_whole(decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    decisions.set_field(found.id, "participants", PEOPLE + [{"name": "", "role": None, "relation": ""}])
    decisions.set_field(found.id, "will_questions", [{"question": "Haluatko?", "answer": "Kyllä"}])
    decisions.set_field(found.id, "differing_views", [{"who": "Äiti", "view": "Liian kaukana."}])
    decisions.set_field(found.id, "follow_up_on", date(2027, 1, 15))
    with pytest.raises(ValidationError) as caught:
        decisions.set_field(found.id, "participants", [{"name": "Liisa", "role": "boss"}])
    assert caught.value.issues == [Issue("participants/0/role", "field.choice")]
    content = decisions.open(found.id).content
    assert content["participants"] == PEOPLE
    assert content["follow_up_on"] == "2027-01-15"
    assert content["differing_views"] == [{"who": "Äiti", "view": "Liian kaukana."}]


def test_options_add_update_move_remove_with_history(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    first = decisions.add_option(found.id, "Oma asunto", "Asut yksin")
    second = decisions.add_option(found.id, "Ryhmäkoti", pictogram="1f3e0")
    third = decisions.add_option(found.id)
    ids = [o["id"] for o in third.content["options"]]
    assert len(set(ids)) == 3 and ids[0] == first.content["options"][0]["id"]
    assert second.content["options"][1] == {"id": ids[1], "title": "Ryhmäkoti", "plain": None, "pictogram": "1F3E0",
                                            "tried": False, "reaction": None, "client_words": None}
    saved = decisions.set_option_field(found.id, ids[0], "reaction", "good")
    assert (saved.key, saved.value) == (f"options/{ids[0]}/reaction", "good")
    decisions.set_option_field(found.id, uuid.UUID(ids[0]), "tried", True)
    decisions.set_option_field(found.id, ids[0], "client_words", "Oma rauha")
    decisions.set_option_field(found.id, ids[0], "tried", True)  # unchanged
    with pytest.raises(ValidationError) as caught:
        decisions.set_option_field(found.id, ids[1], "reaction", "meh")
    assert caught.value.issues == [Issue(f"options/{ids[1]}/reaction", "field.choice")]
    with pytest.raises(ValidationError):
        decisions.set_option_field(found.id, ids[1], "id", "x")
    with pytest.raises(RecordGoneError):
        decisions.set_option_field(found.id, str(uuid.uuid4()), "title", "x")
    moved = decisions.move_option(found.id, ids[2], 0)
    assert [o["id"] for o in moved.content["options"]] == [ids[2], ids[0], ids[1]]
    decisions.move_option(found.id, ids[2], 0)  # already there: nothing happens
    assert [o["id"] for o in decisions.move_option(found.id, ids[2], 99).content["options"]] == [ids[0], ids[1], ids[2]]
    option = decisions.open(found.id).content["options"][1]
    removed = decisions.remove_option(found.id, ids[1])
    assert [o["id"] for o in removed.content["options"]] == [ids[0], ids[2]]
    history = [(c.field_key, c.old_value, c.new_value) for c in decisions.history(found.id)]
    assert history[0] == (f"options/{ids[0]}", None, first.content["options"][0])
    assert history[3:] == [
        (f"options/{ids[0]}/reaction", None, "good"),
        (f"options/{ids[0]}/tried", False, True),
        (f"options/{ids[0]}/client_words", None, "Oma rauha"),
        ("options/order", ids, [ids[2], ids[0], ids[1]]),
        ("options/order", [ids[2], ids[0], ids[1]], ids),
        (f"options/{ids[1]}", option, None),
    ]
    fields = [e.fields for e in log_of(workspace) if e.action == "update"]
    assert fields[-1] == [f"options/{ids[1]}"] and ["options/order"] in fields
    decisions.remove_option(found.id, ids[0])
    assert [o["id"] for o in decisions.remove_option(found.id, ids[2]).content.get("options", [])] == []


def test_at_most_twelve_options(decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    for n in range(12):
        decisions.add_option(found.id, f"Vaihtoehto {n}")
    with pytest.raises(ValidationError) as caught:
        decisions.add_option(found.id, "Liikaa")
    assert caught.value.issues == [Issue("options", "field.too_many", {"max": 12})]
    with pytest.raises(ValidationError) as caught:
        decisions.add_option(found.id, "x" * 121)
    assert caught.value.issues == [Issue("title", "field.too_long", {"max": 120})]


def test_complete_lists_what_is_missing_then_locks(decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    with pytest.raises(ValidationError) as caught:
        decisions.complete(found.id)
    assert [i.key for i in caught.value.issues] == [
        "field.required", "decision.methods_missing", "decision.options_missing", "field.required",
        "decision.will_not_recorded", "decision.agreement_missing"]
    option_id = fill(decisions, found.id).content["options"][0]["id"]
    decisions.set_field(found.id, "agreement", "could_not_express")
    with pytest.raises(ValidationError) as caught:
        decisions.complete(found.id)
    assert caught.value.issues == [Issue("agreement_reason", "decision.reason_missing")]
    decisions.set_field(found.id, "agreement_reason", "Väsyi; jatketaan ensi viikolla.")
    completed = decisions.complete(found.id)
    assert completed.status == "completed" and completed.completed_at is not None
    assert decisions.complete(found.id) == completed  # completing twice changes nothing
    locked = [
        lambda: decisions.set_field(found.id, "topic", "x"),
        lambda: decisions.set_field(found.id, "assessment_id", None),
        lambda: decisions.add_option(found.id, "x"),
        lambda: decisions.set_option_field(found.id, option_id, "title", "x"),
        lambda: decisions.move_option(found.id, option_id, 0),
        lambda: decisions.remove_option(found.id, option_id),
    ]
    for edit in locked:
        with pytest.raises(ValidationError) as caught:
            edit()
        assert caught.value.issues[0].key == "decision.locked"
    assert decisions.open(found.id).content["topic"] == "Muutetaanko tuettuun asumiseen?"


def test_amend_makes_a_new_version_and_completion_supersedes(decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    fill(decisions, found.id)
    with pytest.raises(ValidationError) as caught:
        decisions.amend(found.id, "Syy")  # a draft cannot be amended
    assert caught.value.issues == [Issue("amend_reason", "decision.not_completed")]
    decisions.complete(found.id)
    with pytest.raises(ValidationError) as caught:
        decisions.amend(found.id, "   ")
    assert caught.value.issues == [Issue("amend_reason", "field.required")]
    with pytest.raises(ValidationError):
        decisions.amend(found.id, "x" * 2001)
    second = decisions.amend(found.id, "Aino muutti mielensä seuraavana päivänä.")
    assert (second.version_no, second.status, second.series_id) == (2, "draft", found.series_id)
    assert second.content == decisions.open(found.id).content and second.amend_reason.startswith("Aino")
    decisions.set_field(second.id, "agreement", "partly")
    assert decisions.open(found.id).content["agreement"] == "agrees"  # the completed version is untouched
    decisions.complete(second.id)
    assert {s.version_no: s.status for s in decisions.for_client(client_id)} == {1: "superseded", 2: "completed"}
    history = decisions.history(found.id)
    assert history == decisions.history(second.id)
    assert [c.version_no for c in history] == sorted(c.version_no for c in history)
    assert (history[-1].version_no, history[-1].field_key, history[-1].old_value, history[-1].new_value) == (
        2, "agreement", "agrees", "partly")
    assert history[-1].reason.startswith("Aino muutti") and history[0].reason == ""


def test_for_client_and_for_visit_newest_first(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    visit = workspace.visits.start_visit(client_id, "home_visit")
    first = decisions.start(client_id, visit.id)
    second = decisions.start(client_id)
    third = decisions.start(client_id, visit.id)
    decisions.start(other_client(workspace))
    assert [s.id for s in decisions.for_client(client_id)] == [third.id, second.id, first.id]
    assert [s.id for s in decisions.for_visit(visit.id)] == [third.id, first.id]
    assert decisions.for_visit(uuid.uuid4()) == []
    before = len(log_of(workspace))
    decisions.for_client(client_id)
    assert len(log_of(workspace)) == before  # lists are not logged as views


def test_assessment_link_must_be_the_same_clients(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    own = add_assessment(workspace, client_id)
    foreign = add_assessment(workspace, other_client(workspace))
    started = decisions.start(client_id, assessment_id=own)
    assert started.assessment_id == own
    with pytest.raises(ValidationError) as caught:
        decisions.start(client_id, assessment_id=foreign)
    assert caught.value.issues == [Issue("assessment_id", "field.choice")]
    found = decisions.start(client_id)
    for bad in (foreign, str(uuid.uuid4()), "not-a-uuid"):
        with pytest.raises(ValidationError) as caught:
            decisions.set_field(found.id, "assessment_id", bad)
        assert caught.value.issues == [Issue("assessment_id", "field.choice")]
    saved = decisions.set_field(found.id, "assessment_id", str(own))
    assert saved.value == own and decisions.open(found.id).assessment_id == own
    decisions.set_field(found.id, "assessment_id", "")
    assert decisions.open(found.id).assessment_id is None
    assert [(c.field_key, c.old_value, c.new_value) for c in decisions.history(found.id)] == [
        ("assessment_id", None, str(own)), ("assessment_id", str(own), None)]


def test_visit_of_another_client_is_refused(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    visit = workspace.visits.start_visit(other_client(workspace), "phone")
    with pytest.raises(ValidationError) as caught:
        decisions.start(client_id, visit.id)
    assert caught.value.issues == [Issue("visit_id", "field.choice")]


def test_unknown_records(decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    gone = uuid.uuid4()
    with pytest.raises(RecordGoneError):
        decisions.start(gone)
    with pytest.raises(RecordGoneError):
        decisions.start(client_id, visit_id=gone)
    for call in (lambda: decisions.open(gone), lambda: decisions.set_field(gone, "topic", "x"),
                 lambda: decisions.add_option(gone), lambda: decisions.set_option_field(gone, "o", "title", "x"),
                 lambda: decisions.remove_option(gone, "o"), lambda: decisions.move_option(gone, "o", 0),
                 lambda: decisions.complete(gone), lambda: decisions.amend(gone, "syy"),
                 lambda: decisions.history(gone)):
        with pytest.raises(RecordGoneError):
            call()
    found = decisions.start(client_id)
    with pytest.raises(RecordGoneError):
        decisions.remove_option(found.id, "missing")


def test_case_overview_lists_sessions(workspace, decisions, client_id) -> None:  # type: ignore[no-untyped-def]
    found = decisions.start(client_id)
    overview = workspace.case.overview(client_id)
    assert [d.key for d in overview.due] == ["due.assessment_missing", "due.session_draft"]
    assert overview.due[1].since == found.created_at.astimezone().date()
    fill(decisions, found.id)
    decisions.set_field(found.id, "follow_up_on", "2027-01-15")
    decisions.complete(found.id)
    overview = workspace.case.overview(client_id)
    assert [(d.key, d.since) for d in overview.due][1:] == [("due.session_follow_up", date(2027, 1, 15))]
    decisions.amend(found.id, "Uusi tieto")
    assert [d.key for d in workspace.case.overview(client_id).due][1:] == [
        "due.session_draft", "due.session_follow_up"]
