"""Client plan rules: goals in the client's words, supports, role map, completion for "agreed", versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sopiva_desk.domain import plans
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.domain.plans import DifferingView, Goal, Participant, Plan, RoleEntry, Support

MEETING = date(2025, 3, 10)


def support(support_id: str = "s1", **changes: Any) -> Support:
    values: dict[str, Any] = {
        "description": "Avustaja iltaisin kotona ja harrastuksissa",
        "provider_kind": "service_provider",
        "provider_name": "Avustajapalvelu Oy",
        "service_code": "sd-personal-assistance",
        "client_proposal": "Haluan valita avustajani itse palvelusetelillä.",
        "arranging_method": "personal_budget",
        "quantity": Decimal("40"),
        "unit": "hour",
        "unit_price_cents": 3350,
        "start_date": date(2025, 4, 1),
        "duration_months": 12,
    }
    values.update(changes)
    return Support(id=support_id, **values)


def goal(goal_id: str = "g1", supports: tuple[Support, ...] | None = None, **changes: Any) -> Goal:
    values: dict[str, Any] = {
        "client_words": "Haluan käydä kuorossa joka torstai.",
        "life_domain": "leisure",
        "indicator": "Olen käynyt kuorossa kymmenen kertaa keväällä.",
        "target_date": date(2025, 6, 30),
        "pictogram": "1f3b5",
    }
    values.update(changes)
    return Goal(id=goal_id, supports=(support(),) if supports is None else supports, **values)


def role_map(*extra: RoleEntry) -> tuple[RoleEntry, ...]:
    return (
        RoleEntry(id="r1", name="Aino Asiakas", role="client", tasks=("Valitsee avustajan",)),
        RoleEntry(id="r2", name="Eeva Esimerkki", role="own_worker", tasks=("Kirjaa suunnitelman", "Seuraa")),
        RoleEntry(id="r3", name="Avustajapalvelu Oy", role="provider", tasks=("Järjestää avustajan",)),
        *extra,
    )


def complete_plan(**changes: Any) -> Plan:
    values: dict[str, Any] = {
        "id": "p1",
        "meeting_date": MEETING,
        "meeting_place": "Asiakkaan koti, Puumala",
        "participants": (Participant(name="Liisa Virtanen", relation="sisko"),),
        "communication": "Selkokieli ja kuvat.",
        "situation": {"leisure": "Kuoro kiinnostaa."},
        "current_services": "Henkilökohtainen apu 25 h/kk.",
        "goals": (goal(),),
        "rights_explained": True,
        "rights_explained_how": "Kerrottu selkokielellä ja kuvilla; sisko oli mukana.",
        "review_date": date(2025, 9, 10),
        "role_map": role_map(),
    }
    values.update(changes)
    return Plan(**values)


def missing(plan: Plan) -> list[tuple[str, str]]:
    return [(i.field, i.key) for i in plans.missing_for_agreement(plan)]


def refused(make: Any) -> Issue:
    with pytest.raises(InvalidInput) as caught:
        make()
    return caught.value.issue


def blocked(action: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        action()
    return [issue.key for issue in caught.value.issues]


# -- values ---------------------------------------------------------------------------------


def test_a_complete_plan_can_be_agreed() -> None:
    assert plans.missing_for_agreement(complete_plan()) == []


def test_values_are_cleaned() -> None:
    g = goal(client_words="  Haluan   oppia  ", pictogram=" 1f3b5 ")
    assert (g.client_words, g.pictogram) == ("Haluan   oppia", "1F3B5")
    assert goal(pictogram="  ").pictogram is None
    s = support(provider_name="  Avustaja   palvelu ", unit="", quantity=Decimal("7.50"))
    assert (s.provider_name, s.unit, str(s.quantity)) == ("Avustaja palvelu", None, "7.5")
    entry = RoleEntry(id="r", name=" Liisa ", role="close_person", tasks=(" Kyyditsee ", "", "  "))
    assert entry.tasks == ("Kyyditsee",)
    plan = complete_plan(situation={"leisure": "  ", "housing": " Oma koti "})
    assert plan.situation == {"housing": "Oma koti"}


@pytest.mark.parametrize(("make", "issue"), [
    (lambda: goal(life_domain="hobbies"), Issue("life_domain", "field.choice")),
    (lambda: goal(pictogram="../etc/passwd"), Issue("pictogram", "field.choice")),
    (lambda: goal(client_words="x" * 1001), Issue("client_words", "field.too_long", {"max": 1000})),
    (lambda: support(provider_kind="relative"), Issue("provider_kind", "field.choice")),
    (lambda: support(arranging_method="cash"), Issue("arranging_method", "field.choice")),
    (lambda: support(unit="euro"), Issue("unit", "field.choice")),
    (lambda: support(quantity=Decimal("-1")), Issue("quantity", "quantity.negative")),
    (lambda: support(unit_price_cents=-1), Issue("unit_price_cents", "money.negative")),
    (lambda: support(duration_months=0), Issue("duration_months", "field.range", {"min": 1, "max": 120})),
    (lambda: support(start_date="2025-04-01"), Issue("start_date", "date.format")),
    (lambda: RoleEntry(id="r", role="boss"), Issue("role", "field.choice")),
    (lambda: RoleEntry(id="r", tasks="Kyyditsee"), Issue("tasks", "field.choice")),
    (lambda: complete_plan(situation={"hobbies": "x"}), Issue("situation/hobbies", "field.choice")),
    (lambda: complete_plan(state="archived"), Issue("state", "field.choice")),
    (lambda: complete_plan(rights_explained="yes"), Issue("rights_explained", "field.choice")),
    (lambda: complete_plan(goals=tuple(goal(f"g{i}") for i in range(21))), Issue("goals", "field.too_many",
                                                                                  {"max": 20})),
])
def test_bad_values_are_refused(make: Any, issue: Issue) -> None:
    assert refused(make) == issue


def test_ids_are_unique_within_a_plan() -> None:
    with pytest.raises(ValueError):
        complete_plan(goals=(goal("g1"), goal("g1")))
    with pytest.raises(ValueError):
        complete_plan(goals=(goal("g1"), goal("g2")))  # both hold support "s1"
    with pytest.raises(ValueError):
        complete_plan(role_map=role_map(RoleEntry(id="r1", name="X", role="other")))


def test_support_cost_is_quantity_times_price_half_up() -> None:
    assert support(quantity=Decimal("7.5"), unit_price_cents=3333).cost_cents == 24998
    assert support(quantity=None).cost_cents is None
    assert support(unit_price_cents=None).cost_cents is None


def test_every_life_domain_of_the_assessment_template_is_allowed() -> None:
    assert plans.LIFE_DOMAINS == ("everyday_life", "housing", "mobility", "communication", "health", "work_study",
                                  "leisure", "relationships", "finances", "safety")
    for domain in plans.LIFE_DOMAINS:
        assert goal(life_domain=domain).life_domain == domain


# -- completion -----------------------------------------------------------------------------


def test_required_fields_for_agreeing() -> None:
    bare = Plan(id="p")
    assert missing(bare) == [
        ("meeting_date", "field.required"),
        ("current_services", "field.required"),
        ("goals", "plan.goals_missing"),
        ("rights_explained", "plan.rights_not_explained"),
        ("rights_explained_how", "field.required"),
        ("review_date", "field.required"),
        ("role_map", "plan.role_map_client"),
        ("role_map", "plan.role_map_own_worker"),
    ]


def test_rights_must_be_explained_and_how() -> None:
    assert missing(complete_plan(rights_explained=False)) == [("rights_explained", "plan.rights_not_explained")]
    assert missing(complete_plan(rights_explained_how=" ")) == [("rights_explained_how", "field.required")]


def test_review_date_must_come_after_the_meeting() -> None:
    assert missing(complete_plan(review_date=MEETING)) == [("review_date", "plan.review_not_after_meeting")]
    assert missing(complete_plan(review_date=date(2025, 1, 1))) == [("review_date", "plan.review_not_after_meeting")]
    assert missing(complete_plan(review_date=date(2025, 3, 11))) == []


def test_goals_need_the_clients_words_a_life_domain_and_a_sign_of_success() -> None:
    plan = complete_plan(goals=(goal(client_words=None, life_domain=None, indicator=" ", target_date=MEETING),))
    assert missing(plan) == [("goals/g1/client_words", "field.required"), ("goals/g1/life_domain", "field.required"),
                             ("goals/g1/indicator", "field.required"),
                             ("goals/g1/target_date", "plan.target_not_after_meeting")]
    assert missing(complete_plan(goals=(goal(target_date=None, pictogram=None),))) == []  # both optional


def test_supports_need_a_description_a_provider_kind_and_a_method() -> None:
    bare = Support(id="s9", quantity=Decimal(3))
    plan = complete_plan(goals=(goal(supports=(bare,)),))
    assert missing(plan) == [("goals/g1/supports/s9/description", "field.required"),
                             ("goals/g1/supports/s9/provider_kind", "field.required"),
                             ("goals/g1/supports/s9/arranging_method", "field.required"),
                             ("goals/g1/supports/s9/unit", "field.required")]
    close = support(provider_kind="close_person", provider_name=None, arranging_method="informal_support")
    assert missing(complete_plan(goals=(goal(supports=(close,)),))) == [
        ("goals/g1/supports/s1/provider_name", "field.required")]
    by_client = support(provider_kind="client", provider_name=None, arranging_method="informal_support",
                        quantity=None, unit=None, unit_price_cents=None)
    assert missing(complete_plan(goals=(goal(supports=(by_client,)),))) == []
    assert missing(complete_plan(goals=(goal(supports=()),))) == []  # a goal the client reaches alone


def test_differing_views_and_participants_are_complete_rows() -> None:
    plan = complete_plan(differing_views=(DifferingView(who="Äiti", view=None),),
                         participants=(Participant(relation="isä"),))
    assert missing(plan) == [("participants/0/name", "field.required"), ("differing_views/0/view", "field.required")]


# -- role map -------------------------------------------------------------------------------


def test_role_map_has_exactly_one_client() -> None:
    no_client = complete_plan(role_map=role_map()[1:])
    assert plans.role_map_issues(no_client) == [Issue("role_map", "plan.role_map_client", {"count": 0})]
    two = complete_plan(role_map=role_map(RoleEntry(id="r9", name="Joku Muu", role="client")))
    assert plans.role_map_issues(two) == [Issue("role_map", "plan.role_map_client", {"count": 2})]


def test_role_map_has_the_own_worker() -> None:
    plan = complete_plan(role_map=tuple(e for e in role_map() if e.role != "own_worker"))
    assert plans.role_map_issues(plan) == [Issue("role_map", "plan.role_map_own_worker")]


def test_every_named_provider_is_in_the_role_map() -> None:
    choir = support("s2", provider_name="Kuoro ry", provider_kind="ngo", arranging_method="informal_support")
    sister = support("s3", provider_name="Liisa Virtanen", provider_kind="close_person",
                     arranging_method="informal_support")
    plan = complete_plan(goals=(goal(supports=(support(provider_name="avustajapalvelu  OY"), choir, sister)),))
    assert plans.role_map_issues(plan) == [
        Issue("goals/g1/supports/s2/provider_name", "plan.provider_not_in_role_map", {"name": "Kuoro ry"}),
        Issue("goals/g1/supports/s3/provider_name", "plan.provider_not_in_role_map", {"name": "Liisa Virtanen"})]
    mapped = replace(plan, role_map=role_map(
        RoleEntry(id="r4", name="Kuoro ry", role="provider", tasks=("Ottaa mukaan kuoroon",)),
        RoleEntry(id="r5", name="Liisa Virtanen", role="close_person", relation="sisko", tasks=("Kyyditsee",))))
    assert plans.role_map_issues(mapped) == []
    unnamed_provider = support("s4", provider_name=None)  # the client has not chosen the provider yet
    assert plans.role_map_issues(complete_plan(goals=(goal(supports=(unnamed_provider,)),))) == []


def test_role_map_rows_need_a_name_a_role_and_tasks() -> None:
    plan = complete_plan(role_map=role_map(
        RoleEntry(id="r4", name="Liisa Virtanen", role="close_person"),
        RoleEntry(id="r5", role="supporter", tasks=("Tukee päätöksissä",)),
        RoleEntry(id="r6", name="Pekka Päättäjä", role="decision_maker"),
        RoleEntry(id="r7", name="eeva  esimerkki", role="own_worker", tasks=("x",))))
    assert plans.role_map_issues(plan) == [
        Issue("role_map/r4/tasks", "plan.role_tasks_missing"),
        Issue("role_map/r5/name", "field.required"),
        Issue("role_map/r7", "plan.role_duplicate"),
    ]


def test_the_same_person_may_have_two_roles() -> None:
    plan = complete_plan(role_map=role_map(RoleEntry(id="r4", name="Eeva Esimerkki", role="hb_coordinator",
                                                     tasks=("Neuvoo budjetissa",))))
    assert plans.role_map_issues(plan) == []


# -- versions -------------------------------------------------------------------------------


def test_draft_agreed_superseded() -> None:
    first = plans.new_draft((), "p1")
    assert (first.version, first.state) == (1, "draft")
    filled = plans.edit(first, **{k: getattr(complete_plan(), k) for k in (
        "meeting_date", "current_services", "goals", "rights_explained", "rights_explained_how", "review_date",
        "role_map")})
    history = plans.agree((filled,), "p1", MEETING)
    assert [(p.id, p.state, p.agreed_on) for p in history] == [("p1", "agreed", MEETING)]
    assert plans.current(history) == history[0]

    second = plans.new_draft(history, "p2")
    assert (second.version, second.state, second.agreed_on) == (2, "draft", None)
    assert second.goals == history[0].goals  # the new version starts from the agreed one
    revised = plans.edit(second, review_date=date(2026, 3, 1), meeting_date=date(2025, 9, 10))
    # a goal carried over with a target date before the new meeting must get a new one
    assert blocked(lambda: plans.agree((*history, revised), "p2", date(2025, 9, 10))) == [
        "plan.target_not_after_meeting"]
    revised = plans.edit(revised, goals=(replace(revised.goals[0], target_date=date(2025, 12, 31)),))
    history = plans.agree((*history, revised), "p2", date(2025, 9, 10))
    assert [(p.id, p.version, p.state) for p in history] == [("p1", 1, "superseded"), ("p2", 2, "agreed")]
    assert plans.current(history).id == "p2"  # type: ignore[union-attr]
    assert plans.history_issues(history) == []


def test_agreed_and_superseded_plans_are_locked() -> None:
    agreed = complete_plan(state="agreed", agreed_on=MEETING)
    superseded = complete_plan(id="p0", state="superseded")
    for plan in (agreed, superseded):
        assert plan.locked
        assert blocked(lambda: plans.edit(plan, strengths="x")) == ["plan.locked"]  # noqa: B023
    assert blocked(lambda: plans.agree((agreed,), "p1", MEETING)) == ["plan.locked"]
    with pytest.raises(ValueError):
        plans.edit(complete_plan(), state="agreed")


def test_one_draft_at_a_time() -> None:
    history = (complete_plan(state="agreed"), complete_plan(id="p2", version=2))
    assert blocked(lambda: plans.new_draft(history, "p3")) == ["plan.draft_exists"]
    assert plans.draft(history).id == "p2"  # type: ignore[union-attr]


def test_an_incomplete_draft_cannot_be_agreed() -> None:
    history = (complete_plan(current_services=None, rights_explained=False),)
    assert blocked(lambda: plans.agree(history, "p1", MEETING)) == ["field.required", "plan.rights_not_explained"]
    with pytest.raises(ValueError):
        plans.agree(history, "nope", MEETING)


def test_history_invariants_are_checked() -> None:
    broken = (complete_plan(state="agreed"), complete_plan(id="p2", state="agreed"),
              complete_plan(id="p3"), complete_plan(id="p4"))
    assert plans.history_issues(broken) == ["more than one agreed plan", "more than one draft",
                                            "version numbers repeat"]
