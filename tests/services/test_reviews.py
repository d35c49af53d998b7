"""Plan reviews against a real SQLCipher store: start from an agreed plan, autosave with history
and access log, complete, goal snapshots that outlive plan changes, attainment changes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.protocol.access_chain import clients_digest
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.reviews import ReviewService, ReviewView
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

TODAY = date(2027, 12, 31)
AGREED = date(2026, 11, 21)


@pytest.fixture
def reviews(workspace: Workspace) -> ReviewService:
    return ReviewService(workspace.db, workspace.actor, today=lambda: TODAY)


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def agreed_plan(plans: PlanService, client_id: uuid.UUID, goals: tuple[str, ...] = ("Oma koti", "Työ"),
                draft_id: uuid.UUID | None = None) -> uuid.UUID:
    """An agreed plan whose goals are ``goals`` (the client's words); ``draft_id``: agree that draft."""
    plan_id = draft_id or plans.start_draft(client_id).id
    for name, value in [("meeting_date", "2026-11-20"), ("current_services", "Valmennus"),
                        ("rights_explained", True), ("rights_explained_how", "Selkokielellä"),
                        ("review_date", "2027-05-20")]:
        plans.set_field(plan_id, name, value)
    for words in goals:
        plans.add_goal(plan_id, {"client_words": words, "life_domain": "housing", "indicator": "Näkyy",
                                 "pictogram": "1F3E0"})
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})
    plans.agree(plan_id, AGREED)
    return plan_id


def goal_ids(view: ReviewView) -> list[str]:
    return view.review.goal_ids()


def log_of(workspace: Workspace, record_type: str = "plan_review") -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == record_type)
                                    .order_by(AccessLogEntry.seq)).all())


def finish(reviews: ReviewService, view: ReviewView, client: list[int], professional: list[int],
           wellbeing: int = 3) -> ReviewView:
    for goal, c, p in zip(goal_ids(view), client, professional, strict=True):
        reviews.set_rating(view.id, goal, "client", c)
        reviews.set_rating(view.id, goal, "professional", p)
    reviews.set_field(view.id, "wellbeing", wellbeing)
    return reviews.complete(view.id)


def test_workspace_has_the_review_service(workspace: Workspace) -> None:
    assert isinstance(workspace.reviews, ReviewService)


def test_start_needs_an_agreed_plan_and_snapshots_its_goals(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    draft_plan = workspace.plans.start_draft(client_id)
    with pytest.raises(ValidationError) as caught:
        reviews.start(draft_plan.id, date(2027, 1, 10))
    assert caught.value.issues == [Issue("plan_id", "review.plan_not_agreed")]
    plan_id = agreed_plan(workspace.plans, client_id, draft_id=draft_plan.id)
    for day, issue in [(None, Issue("review_date", "field.required")),
                       ("10/1/2027", Issue("review_date", "date.format")),
                       (date(2026, 11, 20), Issue("review_date", "review.before_agreement")),
                       (date(2028, 1, 1), Issue("review_date", "date.future"))]:
        with pytest.raises(ValidationError) as caught:
            reviews.start(plan_id, day)  # type: ignore[arg-type]
        assert caught.value.issues == [issue]
    view = reviews.start(plan_id, "2027-01-10")
    assert (view.status, view.review_date, view.plan_id, view.client_id) == ("draft", date(2027, 1, 10), plan_id,
                                                                             client_id)
    assert [(r.client_words, r.pictogram, r.client) for r in view.review.ratings] == [
        ("Oma koti", "1F3E0", None), ("Työ", "1F3E0", None)]
    assert [i.key for i in view.missing] == [*["review.professional_rating_missing"] * 2,
                                             "review.client_answer_missing"]
    with pytest.raises(ValidationError) as caught:
        reviews.start(plan_id, date(2027, 1, 11))
    assert caught.value.issues == [Issue("state", "review.draft_exists")]
    assert reviews.draft_for_client(client_id) is not None and reviews.draft_for_client(client_id).id == view.id  # type: ignore[union-attr]
    assert [(e.action, e.record_id, e.client_id) for e in log_of(workspace)] == [("create", view.id, client_id)]
    with pytest.raises(RecordGoneError):
        reviews.start(uuid.uuid4(), date(2027, 1, 10))


def test_ratings_and_fields_autosave_with_history_and_a_log_naming_fields_only(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    view = reviews.start(agreed_plan(workspace.plans, client_id), date(2027, 1, 10))
    g1, g2 = goal_ids(view)
    saved = reviews.set_rating(view.id, g1, "client", 2)
    assert (saved.key, saved.value, saved.revision) == (f"ratings/{g1}/client", 2, 2)
    reviews.set_rating(view.id, g1, "client", 2)  # unchanged: nothing written
    reviews.set_rating(view.id, g1, "client", 4)
    reviews.set_rating(view.id, g1, "professional", 3)
    assert reviews.set_rating(view.id, g1, "client", None).value is None
    saved = reviews.set_field(view.id, "notes", "  Asiakas väsynyt. ")
    assert (saved.value, [i.field for i in saved.missing]) == ("Asiakas väsynyt.", [f"ratings/{g2}/professional"])
    reviews.set_field(view.id, "wellbeing", 4)
    reviews.set_field(view.id, "wellbeing", "")
    reviews.set_field(view.id, "review_date", "2027-01-12")
    for call, issue in [
        (lambda: reviews.set_rating(view.id, g1, "client", 6), Issue(f"ratings/{g1}/client", "field.range",
                                                                     {"min": 1, "max": 5})),
        (lambda: reviews.set_rating(view.id, "nope", "client", 3), Issue("ratings/nope/client", "review.goal_unknown")),
        (lambda: reviews.set_rating(view.id, g1, "boss", 3), Issue(f"ratings/{g1}/boss", "field.choice")),
        (lambda: reviews.set_field(view.id, "wellbeing", 0), Issue("wellbeing", "field.range", {"min": 1, "max": 5})),
        (lambda: reviews.set_field(view.id, "notes", "x" * 4001), Issue("notes", "field.too_long", {"max": 4000})),
        (lambda: reviews.set_field(view.id, "review_date", ""), Issue("review_date", "field.required")),
        (lambda: reviews.set_field(view.id, "review_date", "2026-01-01"), Issue("review_date",
                                                                              "review.before_agreement")),
        (lambda: reviews.set_field(view.id, "status", "completed"), Issue("status", "field.choice")),
    ]:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.issues == [issue]
    opened = reviews.open(view.id)
    row = opened.review.rating_of(g1)
    assert row is not None and (row.client, row.professional) == (None, 3)
    assert (opened.review.wellbeing, opened.review.notes, opened.review_date) == (None, "Asiakas väsynyt.",
                                                                                  date(2027, 1, 12))
    history = [(c.field_key, c.old_value, c.new_value) for c in reviews.history(view.id)]
    assert history == [
        (f"ratings/{g1}/client", None, 2), (f"ratings/{g1}/client", 2, 4), (f"ratings/{g1}/professional", None, 3),
        (f"ratings/{g1}/client", 4, None), ("notes", None, "Asiakas väsynyt."), ("wellbeing", None, 4),
        ("wellbeing", 4, None), ("review_date", "2027-01-10", "2027-01-12")]
    assert {c.changed_by_name for c in reviews.history(view.id)} == {"Testi Ohjaaja"}
    entries = log_of(workspace)
    assert [e.action for e in entries] == ["create"] + ["update"] * 8 + ["view"] * 3
    assert sorted(e.fields for e in entries[9:]) == [[], ["history"], ["history"]]  # each history looked at
    assert [e.fields for e in entries][1:4] == [[f"ratings/{g1}/client"]] * 2 + [[f"ratings/{g1}/professional"]]
    assert not any("väsynyt" in str(e.fields) for e in entries)


def test_complete_lists_what_is_missing_then_locks(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    view = reviews.start(agreed_plan(workspace.plans, client_id), date(2027, 1, 10))
    g1, g2 = goal_ids(view)
    with pytest.raises(ValidationError) as caught:
        reviews.complete(view.id)
    assert caught.value.issues == [Issue(f"ratings/{g1}/professional", "review.professional_rating_missing"),
                                   Issue(f"ratings/{g2}/professional", "review.professional_rating_missing"),
                                   Issue("notes", "review.client_answer_missing")]
    done = finish(reviews, view, [2, 3], [3, 3])
    assert (done.status, done.missing) == ("completed", ())
    assert done.completed_at is not None
    assert reviews.complete(view.id).revision == done.revision  # completing again changes nothing
    with pytest.raises(ValidationError) as caught:
        reviews.set_rating(view.id, g1, "client", 5)
    assert caught.value.issues == [Issue(f"ratings/{g1}/client", "review.locked")]
    with pytest.raises(ValidationError) as caught:
        reviews.set_field(view.id, "notes", "x")
    assert caught.value.issues == [Issue("notes", "review.locked")]
    assert reviews.history(view.id)[-1].field_key == "status"
    assert reviews.draft_for_client(client_id) is None
    with pytest.raises(RecordGoneError):
        reviews.open(uuid.uuid4())


def test_goal_words_stay_as_they_were_after_the_plan_changes(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    plans = workspace.plans
    plan_id = agreed_plan(plans, client_id)
    first = finish(reviews, reviews.start(plan_id, date(2026, 12, 1)), [1, 2], [2, 2])
    g1, g2 = goal_ids(first)
    draft = plans.new_version(plan_id, "Tavoite tarkentui")
    plans.update_goal(draft.id, g1, "client_words", "Oma koti Mikkelissä")
    plans.remove_goal(draft.id, g2)
    plans.agree(draft.id, date(2026, 12, 5))
    with pytest.raises(ValidationError):  # the superseded version cannot be reviewed any more
        reviews.start(plan_id, date(2027, 3, 1))
    second = finish(reviews, reviews.start(draft.id, date(2027, 3, 1)), [4], [3], wellbeing=5)
    assert [r.client_words for r in reviews.open(first.id).review.ratings] == ["Oma koti", "Työ"]
    assert [r.client_words for r in second.review.ratings] == ["Oma koti Mikkelissä"]
    newest_first = reviews.for_client(client_id)
    assert [v.id for v in newest_first] == [second.id, first.id]
    assert reviews.attainment_changes() == {client_id: pytest.approx(2.0)}  # client +3, professional +1 on g1


def test_attainment_changes_for_the_organisation_view(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    other = workspace.clients.create_client({"first_names": "Eino", "last_name": "Muu", "hetu": "010101-123N",
                                             "municipality_code": "491"})
    third = workspace.clients.create_client({"first_names": "Ella", "last_name": "Kolmas",
                                             "temporary_id": "TMP-AAAA-BBBB", "municipality_code": "491"})
    assert reviews.attainment_changes() == {}
    plan_id = agreed_plan(workspace.plans, client_id)
    finish(reviews, reviews.start(plan_id, date(2027, 6, 1)), [4, 5], [3, 4], wellbeing=4)
    finish(reviews, reviews.start(plan_id, date(2027, 1, 1)), [2, 2], [2, 3])  # entered later, dated earlier
    other_plan = agreed_plan(workspace.plans, other, ("Harrastus",))
    finish(reviews, reviews.start(other_plan, date(2027, 1, 1)), [3], [3])
    reviews.start(agreed_plan(workspace.plans, third, ("Liikunta",)), date(2027, 1, 1))  # a draft only
    changes = reviews.attainment_changes()
    # client: (+2 +3) / 2 = 2.5; professional: (+1 +1) / 2 = 1; overall (2.5 + 1) / 2
    assert changes == {client_id: pytest.approx(1.75), other: None}
    entries = log_of(workspace, "review_overview")  # the first view showed no client: no entry
    assert [(e.action, e.client_id, e.fields) for e in entries] == [("view", None, ["attainment"])]
    assert entries[0].clients == clients_digest([client_id, other])  # every client in it is named


def test_the_budget_overview_shows_the_change_in_goal_attainment(workspace, reviews, client_id) -> None:  # type: ignore[no-untyped-def]
    plan_id = agreed_plan(workspace.plans, client_id)
    workspace.budgets.create_for_plan(plan_id, date(2027, 1, 1), date(2027, 12, 31))
    (row,) = workspace.budgets.organisation_overview(date(2027, 2, 1))
    assert row.goal_attainment_change is None  # no reviews yet
    finish(reviews, reviews.start(plan_id, date(2027, 1, 1)), [2, 2], [2, 3])
    finish(reviews, reviews.start(plan_id, date(2027, 6, 1)), [4, 5], [3, 4])
    (row,) = workspace.budgets.organisation_overview(date(2027, 7, 1))
    assert row.goal_attainment_change == pytest.approx(1.75)
