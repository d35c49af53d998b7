"""Client plans against a real SQLCipher store: drafting from an assessment, autosave with
history and access log, goals, supports, role map, agreeing, versions and links."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.case import CaseOverview, CasePhase
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.case import CaseService
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plans import PlanService, PlanView
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, Assessment
from tests.helpers.records import recorder

TEMPLATE = ("vammaispalvelut-pta", 1)


@pytest.fixture
def plans(workspace: Workspace) -> PlanService:
    return workspace.plans


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def other_client(workspace: Workspace) -> uuid.UUID:
    return workspace.clients.create_client({"first_names": "Eino", "last_name": "Muu", "hetu": "010101-123N",
                                            "municipality_code": "491"})


def add_assessment(workspace: Workspace, client_id: uuid.UUID, answers: dict[str, object],
                   status: str = "completed") -> uuid.UUID:
    with workspace.db.transaction() as session:
        found = Assessment(id=uuid.uuid4(), client_id=client_id, series_id=uuid.uuid4(), version_no=1,
                           template_id=TEMPLATE[0], template_version=TEMPLATE[1], status=status, answers=answers,
                           created_by="t", updated_by="t")
        recorder(session).create(found)
        return found.id


def log_of(workspace: Workspace) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "client_plan")
                                    .order_by(AccessLogEntry.seq)).all())


def agreeable(plans: PlanService, plan_id: uuid.UUID) -> PlanView:
    """Everything agreeing needs: a goal with a support by a named provider, and the role map."""
    plans.set_field(plan_id, "meeting_date", "2026-11-20")
    plans.set_field(plan_id, "participants", [{"name": "Aino Virtanen", "relation": "asiakas"}])
    plans.set_field(plan_id, "current_services", "Valmennus 4 h/vko")
    plans.set_field(plan_id, "rights_explained", True)
    plans.set_field(plan_id, "rights_explained_how", "Kuvin ja selkokielellä.")
    plans.set_field(plan_id, "review_date", date(2027, 5, 20))
    view = plans.add_goal(plan_id, {"client_words": "Haluan asua omassa kodissa", "life_domain": "housing",
                                    "indicator": "Muutan keväällä"})
    goal_id = view.content["goals"][-1]["id"]
    plans.add_support(plan_id, goal_id, {"description": "Asumisen valmennus", "provider_kind": "service_provider",
                                         "provider_name": "Valmennus Oy", "arranging_method": "personal_budget",
                                         "service_code": "sd-coaching", "quantity": "100"})
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})
    return plans.add_role(plan_id, {"name": "Valmennus Oy", "role": "provider", "tasks": ["Valmentaa"]})


def test_start_draft_pulls_the_latest_completed_assessment(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    add_assessment(workspace, client_id, {"housing.client_view": "Vanha"})
    latest = add_assessment(workspace, client_id, {
        "housing.client_view": "Haluan oman kodin.", "housing.professional_view": "Tarvitsee ohjausta.",
        "mobility.current_support": "Kuljetuspalvelu", "conclusions.client_assessment": "Apua kotiin",
        "strengths.strengths": "Sinnikäs", "unknown.key": "x"})
    add_assessment(workspace, client_id, {"housing.client_view": "Luonnos"}, status="draft")
    draft = plans.start_draft(client_id)
    assert (draft.status, draft.version_no, draft.assessment_id) == ("draft", 1, latest)
    situation = draft.content["situation"]
    assert situation["housing"] == ("Asiakkaan oma näkemys, omin sanoin: Haluan oman kodin.\n\n"
                                    "Ammattilaisen arvio: Tarvitsee ohjausta.")
    assert situation["mobility"] == "Nykyinen tuki ja kuka sitä antaa: Kuljetuspalvelu"
    assert set(situation) == {"housing", "mobility"}
    assert draft.content["support_need_client"] == "Apua kotiin" and draft.content["strengths"] == "Sinnikäs"
    assert "current_services" not in draft.content
    assert isinstance(draft.plan, rules.Plan) and draft.plan.situation == situation
    assert [(e.action, e.record_id) for e in log_of(workspace)] == [("create", draft.id)]
    with pytest.raises(ValidationError) as caught:
        plans.start_draft(client_id)
    assert caught.value.issues == [Issue("state", "plan.draft_exists")]


def test_start_draft_from_a_given_assessment_and_without_one(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    chosen = add_assessment(workspace, client_id, {"leisure.client_view": "Kuoro"}, status="draft")
    other = other_client(workspace)
    assert plans.start_draft(other).content == {}
    with pytest.raises(ValidationError) as caught:
        plans.start_draft(other, chosen)
    assert caught.value.issues == [Issue("assessment_id", "field.choice")]
    draft = plans.start_draft(client_id, chosen)
    assert draft.content["situation"] == {"leisure": "Asiakkaan oma näkemys, omin sanoin: Kuoro"}
    with pytest.raises(RecordGoneError):
        plans.start_draft(uuid.uuid4())


def test_set_field_cleans_and_keeps_history_and_log(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    found = plans.start_draft(client_id)
    saved = plans.set_field(found.id, "meeting_place", "  Aino   koti ")
    assert (saved.key, saved.value, saved.revision) == ("meeting_place", "Aino koti", 2)
    plans.set_field(found.id, "meeting_place", "Aino koti")  # unchanged: nothing written
    plans.set_field(found.id, "meeting_date", "2026-11-20")
    plans.set_field(found.id, "situation/housing", "Asuu vanhempien luona.")
    plans.set_field(found.id, "participants", [{"name": "Liisa", "relation": "sisko"}, {"name": "", "relation": ""}])
    plans.set_field(found.id, "rights_explained", True)
    for key, raw, issue in [
        ("meeting_date", "20.11.", Issue("meeting_date", "date.year_digits")),
        ("meeting_place", "x" * 201, Issue("meeting_place", "field.too_long", {"max": 200})),
        ("situation/space", "x", Issue("situation/space", "field.choice")),
        ("participants", [{"name": "x" * 101}], Issue("participants/0/name", "field.too_long", {"max": 100})),
        ("participants", [{"age": 3}], Issue("participants/0", "field.choice")),
        ("rights_explained", "yes", Issue("rights_explained", "field.choice")),
        ("goals", [], Issue("goals", "field.choice")),
        ("state", "agreed", Issue("state", "field.choice")),
    ]:
        with pytest.raises(ValidationError) as caught:
            plans.set_field(found.id, key, raw)
        assert caught.value.issues == [issue], key
    content = plans.open(found.id).content
    assert content == {"meeting_place": "Aino koti", "meeting_date": "2026-11-20",
                       "situation": {"housing": "Asuu vanhempien luona."},
                       "participants": [{"name": "Liisa", "relation": "sisko"}], "rights_explained": True}
    plans.set_field(found.id, "situation/housing", "")
    assert [(c.field_key, c.old_value, c.new_value) for c in plans.history(found.id)] == [
        ("meeting_place", None, "Aino koti"), ("meeting_date", None, "2026-11-20"),
        ("situation/housing", None, "Asuu vanhempien luona."),
        ("participants", None, [{"name": "Liisa", "relation": "sisko"}]), ("rights_explained", None, True),
        ("situation/housing", "Asuu vanhempien luona.", None)]
    logged = log_of(workspace)
    assert [(e.action, e.fields) for e in logged] == [
        ("create", []), ("update", ["meeting_place"]), ("update", ["meeting_date"]),
        ("update", ["situation/housing"]), ("update", ["participants"]), ("update", ["rights_explained"]),
        ("view", []), ("update", ["situation/housing"]), ("view", ["history"])]  # looking at the history too
    assert all("Aino koti" not in json.dumps(e.fields) for e in logged)


def test_goals_and_supports_with_catalogue_prices(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    found = plans.start_draft(client_id)
    view = plans.add_goal(found.id, {"client_words": "Käyn kuorossa"})
    goal_id = view.content["goals"][0]["id"]
    with pytest.raises(ValidationError) as caught:
        plans.add_goal(found.id, {"life_domain": "space"})
    assert caught.value.issues[0].field.endswith("/life_domain") and caught.value.issues[0].key == "field.choice"
    saved = plans.update_goal(found.id, goal_id, "target_date", "2027-06-01")
    assert (saved.key, saved.value) == (f"goals/{goal_id}/target_date", "2027-06-01")
    plans.update_goal(found.id, goal_id, "pictogram", "1f3b5")
    with pytest.raises(ValidationError) as caught:
        plans.update_goal(found.id, goal_id, "pictogram", "not-an-emoji")
    assert caught.value.issues == [Issue(f"goals/{goal_id}/pictogram", "field.choice")]
    view = plans.add_support(found.id, goal_id, {"description": "Kuljetus"})
    support_id = view.content["goals"][0]["supports"][0]["id"]
    saved = plans.update_support(found.id, goal_id, support_id, "service_code", "sd-coaching")
    support = plans.open(found.id).plan.goals[0].supports[0]
    assert support.unit == "hour" and support.unit_price_cents is not None and support.unit_price_cents > 0
    plans.update_support(found.id, goal_id, support_id, "quantity", "7,5")
    plans.update_support(found.id, goal_id, support_id, "unit_price_cents", "70,50")
    support = plans.open(found.id).plan.goals[0].supports[0]
    assert (support.quantity, support.unit_price_cents, support.cost_cents) == (Decimal("7.5"), 7050, 52875)
    for key, raw, problem in [("quantity", "-1", "quantity.negative"), ("service_code", "sd-nothing", "field.choice"),
                              ("arranging_method", "cash", "field.choice"), ("duration_months", "0", "field.range"),
                              ("colour", "red", "field.choice")]:
        with pytest.raises(ValidationError) as caught:
            plans.update_support(found.id, goal_id, support_id, key, raw)
        assert caught.value.issues[0].key == problem and caught.value.issues[0].field.startswith(
            f"goals/{goal_id}/supports/{support_id}/"), key
    with pytest.raises(RecordGoneError):
        plans.update_support(found.id, goal_id, "missing", "description", "x")
    history = [(c.field_key, c.new_value) for c in plans.history(found.id)]
    where = f"goals/{goal_id}/supports/{support_id}"
    assert (f"{where}/service_code", "sd-coaching") in history and (f"{where}/unit", "hour") in history
    assert (f"{where}/quantity", "7.5") in history
    plans.remove_support(found.id, goal_id, support_id)
    assert plans.open(found.id).content["goals"][0]["supports"] == []
    plans.remove_goal(found.id, goal_id)
    assert "goals" not in plans.open(found.id).content
    assert plans.history(found.id)[-1].field_key == f"goals/{goal_id}"
    with pytest.raises(RecordGoneError):
        plans.remove_goal(found.id, goal_id)


def test_choosing_a_catalogue_service_sets_its_unit_and_price(plans, client_id) -> None:  # type: ignore[no-untyped-def]
    """The unit and price follow the chosen service, also when a unit was chosen first or the
    service is changed (the tester's price stayed empty or stayed the old service's)."""
    found = plans.start_draft(client_id)
    goal_id = plans.add_goal(found.id, {"client_words": "Oma koti"}).content["goals"][0]["id"]
    support_id = plans.add_support(found.id, goal_id, {"start_date": "2026-03-01"}).content["goals"][0][
        "supports"][0]["id"]

    def update(key: str, raw: object) -> Any:
        plans.update_support(found.id, goal_id, support_id, key, raw)
        return plans.open(found.id).plan.goals[0].supports[0]

    update("unit", "day")  # chosen before the service
    support = update("service_code", "sd-coaching")
    assert (support.unit, support.unit_price_cents) == ("hour", 7050)
    support = update("service_code", "sd-housing-support-day")  # another service: its unit and price
    assert (support.unit, support.unit_price_cents) == ("day", 25200)
    support = update("service_code", "sd-financial-support")  # priced per decision: the old price goes
    assert support.unit_price_cents is None
    update("unit_price_cents", "120,00")  # typed by hand for a service priced per decision
    support = update("service_code", "sd-financial-support")  # the same again: nothing changes
    assert support.unit_price_cents == 12000
    plans.update_support(found.id, goal_id, support_id, "service_code", None)  # "not from the catalogue"
    support = update("service_code", "sd-financial-support")
    assert support.unit_price_cents == 12000  # a hand-typed price is kept
    history = [c.field_key.rsplit("/", 1)[-1] for c in plans.history(found.id)][-3:]
    assert history == ["unit_price_cents", "service_code", "service_code"]


def test_role_map_edits(plans, client_id) -> None:  # type: ignore[no-untyped-def]
    found = plans.start_draft(client_id)
    view = plans.add_role(found.id, {"name": "Liisa Virtanen", "role": "close_person", "relation": "sisko"})
    entry_id = view.content["role_map"][0]["id"]
    saved = plans.update_role(found.id, entry_id, "tasks", ["Tukee päätöksissä", "  "])
    assert saved.value == ["Tukee päätöksissä"]
    with pytest.raises(ValidationError) as caught:
        plans.update_role(found.id, entry_id, "role", "boss")
    assert caught.value.issues == [Issue(f"role_map/{entry_id}/role", "field.choice")]
    with pytest.raises(ValidationError) as caught:
        plans.update_role(found.id, entry_id, "tasks", "one string")
    assert caught.value.issues == [Issue(f"role_map/{entry_id}/tasks", "field.choice")]
    issues = rules.role_map_issues(plans.open(found.id).plan)
    assert [i.key for i in issues] == ["plan.role_map_client", "plan.role_map_own_worker"]
    plans.remove_role(found.id, entry_id)
    assert "role_map" not in plans.open(found.id).content


def test_agree_supersede_and_new_version(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    first = plans.start_draft(client_id)
    with pytest.raises(ValidationError) as caught:
        plans.agree(first.id, "2026-11-21")
    assert {"plan.goals_missing", "plan.rights_not_explained", "plan.role_map_client"} <= {
        i.key for i in caught.value.issues}
    agreeable(plans, first.id)
    agreed = plans.agree(first.id, date(2026, 11, 21))
    assert (agreed.status, agreed.agreed_on) == ("agreed", date(2026, 11, 21))
    assert plans.agree(first.id, date(2026, 12, 1)).agreed_on == date(2026, 11, 21)  # already agreed
    with pytest.raises(ValidationError) as caught:
        plans.set_field(first.id, "strengths", "x")
    assert caught.value.issues == [Issue("state", "plan.locked")]
    with pytest.raises(ValidationError) as caught:
        plans.add_goal(first.id)
    assert caught.value.issues == [Issue("state", "plan.locked")]
    with pytest.raises(ValidationError) as caught:
        plans.new_version(first.id, "  ")
    assert caught.value.issues == [Issue("amend_reason", "field.required")]
    second = plans.new_version(first.id, "Muutto toteutui")
    assert (second.version_no, second.status, second.series_id, second.supersedes_id) == (
        2, "draft", first.series_id, first.id)
    assert second.content == agreed.content and second.amend_reason == "Muutto toteutui"
    with pytest.raises(ValidationError) as caught:
        plans.new_version(first.id, "Toinen")
    assert caught.value.issues == [Issue("state", "plan.draft_exists")]
    with pytest.raises(ValidationError):
        plans.start_draft(client_id)
    plans.set_field(second.id, "strengths", "Rohkea")
    assert "strengths" not in plans.open(first.id).content  # the agreed version is untouched
    plans.agree(second.id, date(2026, 12, 1))
    assert {p.version_no: p.status for p in plans.for_client(client_id)} == {1: "superseded", 2: "agreed"}
    assert plans.current(client_id).id == second.id  # type: ignore[union-attr]
    history = plans.history(first.id)
    assert history == plans.history(second.id)
    statuses = [(c.version_no, c.old_value, c.new_value) for c in history if c.field_key == "status"]
    assert statuses == [(1, "draft", "agreed"), (1, "agreed", "superseded"), (2, "draft", "agreed")]
    assert [c.reason for c in history if c.field_key == "strengths"] == ["Muutto toteutui"]
    third = plans.start_draft(client_id)  # a new draft copies the agreed version
    assert third.version_no == 3 and third.content["strengths"] == "Rohkea"
    with pytest.raises(ValidationError) as caught:
        plans.new_version(first.id, "Vanha")
    assert caught.value.issues == [Issue("state", "plan.locked")]


def test_links_to_assessment_and_decision_sessions(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    found = plans.start_draft(client_id)
    own = add_assessment(workspace, client_id, {})
    foreign_session = workspace.decisions.start(other_client(workspace))
    session = workspace.decisions.start(client_id)
    assert plans.set_field(found.id, "assessment_id", str(own)).value == own
    with pytest.raises(ValidationError):
        plans.set_field(found.id, "assessment_id", "nope")
    saved = plans.set_field(found.id, "decision_session_ids", [str(session.id), session.id])
    assert saved.value == [str(session.id)]
    with pytest.raises(ValidationError) as caught:
        plans.set_field(found.id, "decision_session_ids", [str(foreign_session.id)])
    assert caught.value.issues == [Issue("decision_session_ids/0", "field.choice")]
    view = plans.open(found.id)
    assert (view.assessment_id, view.decision_session_ids) == (own, [str(session.id)])
    assert [c.field_key for c in plans.history(found.id)] == ["assessment_id", "decision_session_ids"]


def test_unknown_records(plans, client_id) -> None:  # type: ignore[no-untyped-def]
    gone = uuid.uuid4()
    for call in (lambda: plans.open(gone), lambda: plans.set_field(gone, "strengths", "x"),
                 lambda: plans.add_goal(gone), lambda: plans.update_goal(gone, "g", "indicator", "x"),
                 lambda: plans.add_role(gone), lambda: plans.agree(gone, date(2026, 1, 1)),
                 lambda: plans.new_version(gone, "syy"), lambda: plans.history(gone)):
        with pytest.raises(RecordGoneError):
            call()
    found = plans.start_draft(client_id)
    with pytest.raises(RecordGoneError):
        plans.add_support(found.id, "missing")
    assert plans.for_client(uuid.uuid4()) == [] and plans.current(client_id) is None


def test_case_overview_follows_the_plan(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    """Draft plan: Plan phase with the draft due; agreed: Implementation (rule: tests/unit)."""
    add_assessment(workspace, client_id, {})
    case = CaseService(workspace.db)
    assert [d.key for d in case.overview(client_id).due] == ["due.plan"]
    draft = plans.start_draft(client_id)
    overview = case.overview(client_id)
    assert overview.phase == CasePhase.PLAN and [d.key for d in overview.due] == ["due.plan_draft"]
    agreeable(plans, draft.id)
    plans.agree(draft.id, date.today())
    assert case.overview(client_id) == CaseOverview(CasePhase.IMPLEMENTATION, ())


def test_reread_returns_the_stored_plan_without_logging_a_view(workspace, plans, client_id) -> None:  # type: ignore[no-untyped-def]
    draft = plans.start_draft(client_id)
    plans.set_field(draft.id, "strengths", "Sinnikäs")
    views = len([e for e in log_of(workspace) if e.action == "view"])
    again = plans.reread(draft.id)
    assert again.content["strengths"] == "Sinnikäs" and again.revision == plans.open(draft.id).revision
    assert len([e for e in log_of(workspace) if e.action == "view"]) == views + 1  # only open() logged


def test_a_draft_made_before_the_assessment_is_filled_from_it_once_completed(  # type: ignore[no-untyped-def]
        workspace, client_id) -> None:
    plans = workspace.plans
    draft = plans.start_draft(client_id)
    assert draft.assessment_id is None and "situation" not in draft.content
    with pytest.raises(ValidationError) as caught:
        plans.fill_from_assessment(draft.id)
    assert caught.value.issues == [Issue("assessment_id", "plan.assessment_missing")]
    plans.set_field(draft.id, "strengths", "Kirjoitettu itse")
    assessment_id = add_assessment(workspace, client_id, {"housing.client_view": "Haluan oman kodin.",
                                                          "strengths.strengths": "Sinnikäs"})
    filled = plans.fill_from_assessment(draft.id)
    assert filled.assessment_id == assessment_id
    assert "Haluan oman kodin." in filled.content["situation"]["housing"]
    assert filled.content["strengths"] == "Kirjoitettu itse"  # never over what was written
    assert [c.field_key for c in plans.history(draft.id)][-2:] == ["situation", "assessment_id"]
