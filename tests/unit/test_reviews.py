"""Plan reviews in the pure domain: scales, validation, completing, attainment change, chart series."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sopiva_desk.domain import reviews as rules
from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.domain.plans import Goal, Plan

TODAY = date(2026, 11, 22)
AGREED = date(2026, 3, 1)


def plan(state: str = "agreed", goals: int = 3) -> Plan:
    return Plan(id="p1", state=state, agreed_on=AGREED if state != "draft" else None,
                goals=tuple(Goal(id=f"g{i}", client_words=f"Tavoite {i}", life_domain="housing",
                                 pictogram="1F3E0" if i == 1 else None) for i in range(1, goals + 1)))


def issue_of(call: object) -> Issue:
    with pytest.raises(InvalidInput) as caught:
        call()  # type: ignore[operator]
    return caught.value.issue


def completed(review_id: str, day: date, client: dict[str, int | None], professional: dict[str, int | None],
              wellbeing: int | None = 3) -> rules.Review:
    ratings = tuple(rules.GoalRating(goal_id=g, client_words=f"Sanat {g}", client=client.get(g),
                                     professional=professional.get(g)) for g in sorted({*client, *professional}))
    return rules.Review(id=review_id, plan_id="p1", review_date=day, ratings=ratings, wellbeing=wellbeing,
                        notes="Muistiinpano", state="completed")


def test_new_review_snapshots_the_goals_of_an_agreed_plan() -> None:
    review = rules.new_review("r1", plan(), date(2026, 6, 1), TODAY)
    assert (review.state, review.review_date, review.plan_id) == ("draft", date(2026, 6, 1), "p1")
    assert [(r.goal_id, r.client_words, r.pictogram, r.client, r.professional) for r in review.ratings] == [
        ("g1", "Tavoite 1", "1F3E0", None, None), ("g2", "Tavoite 2", None, None, None),
        ("g3", "Tavoite 3", None, None, None)]
    assert review.ratings[0].life_domain == "housing"


@pytest.mark.parametrize(("the_plan", "day", "expected"), [
    (plan("draft"), date(2026, 6, 1), Issue("plan_id", "review.plan_not_agreed")),
    (plan("superseded"), date(2026, 6, 1), Issue("plan_id", "review.plan_not_agreed")),
    (plan(goals=0), date(2026, 6, 1), Issue("ratings", "review.goals_missing")),
    (plan(), None, Issue("review_date", "field.required")),
    (plan(), "2026-06-01", Issue("review_date", "date.format")),
    (plan(), date(2026, 2, 28), Issue("review_date", "review.before_agreement")),
    (plan(), date(2026, 11, 23), Issue("review_date", "date.future")),
])
def test_new_review_refuses(the_plan: Plan, day: object, expected: Issue) -> None:
    assert issue_of(lambda: rules.new_review("r1", the_plan, day, TODAY)) == expected


def test_the_agreement_day_and_today_are_allowed() -> None:
    assert rules.new_review("r1", plan(), AGREED, TODAY).review_date == AGREED
    assert rules.new_review("r1", plan(), TODAY, TODAY).review_date == TODAY


def test_rate_sets_and_clears_ratings_in_range() -> None:
    review = rules.new_review("r1", plan(), date(2026, 6, 1), TODAY)
    review = rules.rate(review, "g2", "client", 4)
    review = rules.rate(review, "g2", "professional", 1)
    assert (review.ratings[1].client, review.ratings[1].professional) == (4, 1)
    assert rules.rate(review, "g2", "client", None).ratings[1].client is None
    for value in (0, 6, 2.5, "3", True):
        assert issue_of(lambda v=value: rules.rate(review, "g2", "client", v)) == Issue(
            "ratings/g2/client", "field.range", {"min": 1, "max": 5})
    assert issue_of(lambda: rules.rate(review, "g9", "client", 3)) == Issue("ratings/g9/client", "review.goal_unknown")
    assert issue_of(lambda: rules.rate(review, "g1", "neighbour", 3)) == Issue("ratings/g1/neighbour", "field.choice")


def test_edit_checks_wellbeing_notes_and_date() -> None:
    review = rules.new_review("r1", plan(), date(2026, 6, 1), TODAY)
    assert rules.edit(review, AGREED, TODAY, wellbeing=5).wellbeing == 5
    assert rules.edit(review, AGREED, TODAY, notes="  Hyvä päivä \n").notes == "Hyvä päivä"
    assert rules.edit(review, AGREED, TODAY, notes="   ").notes is None
    assert rules.edit(review, AGREED, TODAY, review_date=date(2026, 7, 1)).review_date == date(2026, 7, 1)
    assert issue_of(lambda: rules.edit(review, AGREED, TODAY, wellbeing=6)) == Issue(
        "wellbeing", "field.range", {"min": 1, "max": 5})
    assert issue_of(lambda: rules.edit(review, AGREED, TODAY, notes="x" * 4001)) == Issue(
        "notes", "field.too_long", {"max": rules.NOTES_MAX})
    assert issue_of(lambda: rules.edit(review, AGREED, TODAY, notes="a\x00b")).key == "field.control_chars"
    assert issue_of(lambda: rules.edit(review, AGREED, TODAY, review_date=date(2026, 1, 1))).key == (
        "review.before_agreement")
    assert issue_of(lambda: rules.edit(review, AGREED, TODAY, review_date=None)).key == "field.required"
    with pytest.raises(ValueError, match="not a review field"):
        rules.edit(review, AGREED, TODAY, state="completed")


def test_missing_for_completion_and_complete() -> None:
    review = rules.new_review("r1", plan(goals=2), date(2026, 6, 1), TODAY)
    assert rules.missing_for_completion(review) == [
        Issue("ratings/g1/professional", "review.professional_rating_missing"),
        Issue("ratings/g2/professional", "review.professional_rating_missing"),
        Issue("notes", "review.client_answer_missing")]
    for goal in ("g1", "g2"):
        review = rules.rate(review, goal, "professional", 3)
    # The client's answers are asked for, never forced: without them the notes say why.
    assert rules.missing_for_completion(review) == [Issue("notes", "review.client_answer_missing")]
    noted = rules.edit(review, AGREED, TODAY, notes="Asiakas ei halunnut vastata tänään.")
    assert rules.missing_for_completion(noted) == []
    answered = rules.edit(rules.rate(rules.rate(review, "g1", "client", 2), "g2", "client", 5), AGREED, TODAY,
                          wellbeing=4)
    assert rules.missing_for_completion(answered) == []
    done = rules.complete(answered)
    assert done.state == "completed" and done.locked
    assert issue_of(lambda: rules.complete(review)) == Issue("notes", "review.client_answer_missing")
    assert issue_of(lambda: rules.rate(done, "g1", "client", 3)) == Issue("ratings/g1/client", "review.locked")
    assert issue_of(lambda: rules.edit(done, AGREED, TODAY, notes="x")) == Issue("notes", "review.locked")
    assert issue_of(lambda: rules.complete(done)) == Issue("state", "review.locked")


def test_review_values_are_checked_when_built() -> None:
    with pytest.raises(InvalidInput):
        rules.Review(id="r", plan_id="p", state="archived")
    with pytest.raises(InvalidInput):
        rules.GoalRating(goal_id="g", client=7)
    with pytest.raises(ValueError, match="one row per goal"):
        rules.Review(id="r", plan_id="p", ratings=(rules.GoalRating(goal_id="g"), rules.GoalRating(goal_id="g")))
    with pytest.raises(ValueError):
        rules.GoalRating(goal_id="g").rating("someone")


def test_attainment_change_compares_first_and_latest_per_rater() -> None:
    first = completed("a", date(2026, 4, 1), {"g1": 1, "g2": 2, "g3": None}, {"g1": 2, "g2": 2, "g3": 3})
    middle = completed("b", date(2026, 6, 1), {"g1": 5, "g2": 5, "g3": 5}, {"g1": 5, "g2": 5, "g3": 5})
    latest = completed("c", date(2026, 9, 1), {"g1": 3, "g2": 3, "g3": 4}, {"g1": 3, "g2": 1, "g3": None})
    draft = replace(completed("d", date(2026, 10, 1), {"g1": 1}, {"g1": 1}), state="draft")
    change = rules.attainment_change([latest, draft, first, middle])  # any order; drafts left out
    assert change.client == pytest.approx(1.5)  # g1 +2, g2 +1; g3 not rated in the first review
    assert change.professional == pytest.approx(0.0)  # g1 +1, g2 −1; g3 not rated in the latest
    assert change.goals == {"client": 2, "professional": 2}
    assert (change.first, change.latest) == (date(2026, 4, 1), date(2026, 9, 1))
    assert change.overall == pytest.approx(0.75)


def test_attainment_change_with_too_little_to_compare() -> None:
    one = completed("a", date(2026, 4, 1), {"g1": 1}, {"g1": 2})
    assert rules.attainment_change([]) == rules.AttainmentChange(None, None, {"client": 0, "professional": 0},
                                                                 None, None)
    alone = rules.attainment_change([one])
    assert (alone.client, alone.professional, alone.overall, alone.first) == (None, None, None, date(2026, 4, 1))
    other_goal = completed("b", date(2026, 5, 1), {"g2": 3}, {"g2": 3})
    assert rules.attainment_change([one, other_goal]).overall is None  # no goal rated in both
    client_only = completed("c", date(2026, 5, 1), {"g1": 4}, {"g1": None})
    change = rules.attainment_change([one, client_only])
    assert (change.client, change.professional, change.overall) == (3.0, None, 3.0)


def test_goal_series_and_wellbeing_series_for_the_charts() -> None:
    first = completed("a", date(2026, 4, 1), {"g1": 1, "g2": 2}, {"g1": 2, "g2": 2}, wellbeing=2)
    second = completed("b", date(2026, 6, 1), {"g1": 3, "g3": 4}, {"g1": 3, "g3": 2}, wellbeing=None)
    renamed = rules.GoalRating(goal_id="g1", client_words="Uudet sanat", pictogram="1F3E0", client=4, professional=4)
    third = replace(completed("c", date(2026, 8, 1), {}, {}, wellbeing=5), ratings=(renamed,))
    draft = replace(completed("d", date(2026, 9, 1), {"g1": 1}, {"g1": 1}, wellbeing=1), state="draft")
    series = rules.goal_series([third, draft, second, first])
    assert [s.goal_id for s in series] == ["g1", "g2", "g3"]
    assert (series[0].client_words, series[0].pictogram) == ("Uudet sanat", "1F3E0")
    assert [(p.day.month, p.client, p.professional) for p in series[0].points] == [(4, 1, 2), (6, 3, 3), (8, 4, 4)]
    assert [p.day.month for p in series[2].points] == [6]
    assert rules.wellbeing_series([third, second, first, draft]) == [(date(2026, 4, 1), 2), (date(2026, 8, 1), 5)]
    assert rules.wellbeing_series([draft], completed_only=False) == [(date(2026, 9, 1), 1)]
    assert len(rules.goal_series([draft], completed_only=False)) == 1


def test_a_plan_review_is_done_by_a_review_at_most_six_weeks_early_or_later() -> None:
    from sopiva_desk.domain.reviews import plan_review_done

    due = date(2027, 5, 20)
    assert not plan_review_done(due, [])
    assert not plan_review_done(due, [date(2027, 4, 7)])  # an interim follow-up: 43 days early
    assert plan_review_done(due, [date(2027, 4, 8)])  # 42 days early
    assert plan_review_done(due, [date(2026, 12, 1), date(2027, 6, 2)])  # late, but done
