"""The Today page's service: visits, open drafts, reviews, follow-ups and statutory deadlines of the
counsellor's own clients, read in one go from a real store."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from sopiva_desk.domain.deadlines import DeadlineKind, LegalBasis
from sopiva_desk.services.reviews import ReviewService
from sopiva_desk.services.today import DraftKind, TodayService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, DecisionSession, PersonalBudget, Visit
from tests.gui.test_client_assessments import complete
from tests.helpers.records import recorder
from tests.services.test_reviews import agreed_plan

TODAY = date.today()  # planned visits are checked against the real day; everything else uses TODAY too
TEMPLATE = "vammaispalvelut-pta"


def client(workspace: Workspace, last: str, *, worker: str | None = None, status: str = "active",
           born: date | None = None) -> uuid.UUID:
    raw: dict[str, Any] = {"first_names": "Testi", "last_name": last, "municipality_code": "491", "status": status,
                           "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}",
                           "birth_date": born or date(1980, 1, 1)}
    if worker is not None:
        raw["own_worker"] = worker
    return workspace.clients.create_client(raw)


def backdate(workspace: Workspace, visit_id: uuid.UUID, days: int) -> None:
    with workspace.db.transaction() as session:
        record = session.get(Visit, visit_id)
        record.starts_at -= timedelta(days=days)
        recorder(session).update(record)


def assessment_with(workspace: Workspace, client_id: uuid.UUID, **answers: Any) -> uuid.UUID:
    view = workspace.assessments.start(client_id, TEMPLATE, another=True)  # several per client on purpose
    for key, value in answers.items():
        workspace.assessments.answer(view.id, key.replace("__", "."), value)
    return view.id


def test_the_workspace_has_the_today_service(workspace: Workspace) -> None:
    assert isinstance(workspace.today, TodayService)


def test_nothing_due_for_a_counsellor_without_clients(workspace: Workspace) -> None:
    client(workspace, "Muu", worker="Toinen Ohjaaja")
    overview = workspace.today.overview(TODAY)
    assert overview.own_clients == 0
    assert (overview.visits_today, overview.visits_coming, overview.drafts, overview.reviews, overview.follow_ups,
            overview.deadlines) == ((), (), (), (), (), ())
    assert overview.window_end == TODAY + timedelta(days=6)


def test_visits_of_today_and_the_next_six_days_of_own_clients_only(workspace: Workspace) -> None:
    mine, other = client(workspace, "Oma"), client(workspace, "Muu", worker="Toinen Ohjaaja")
    closed = client(workspace, "Päättynyt", status="closed")
    visits = workspace.visits
    later_today = visits.plan_visit(mine, TODAY, "23.58", "home_visit", "Koti")
    early_today = visits.plan_visit(mine, TODAY, "0.01", "phone")
    in_three = visits.plan_visit(mine, TODAY + timedelta(days=3), "10", "office", "Toimisto")
    visits.plan_visit(mine, TODAY + timedelta(days=7), "10", "office")  # past the window
    visits.plan_visit(other, TODAY, "12", "home_visit")  # not my client
    visits.plan_visit(closed, TODAY, "12", "home_visit")  # client-hood ended
    cancelled = visits.plan_visit(mine, TODAY, "13", "home_visit")
    visits.cancel_visit(cancelled.id, "Asiakas perui")
    ended = visits.start_visit(mine, "home_visit", "Koti")
    visits.end_visit(ended.id)
    overview = workspace.today.overview(TODAY)
    by_time = sorted([early_today, later_today, ended], key=lambda v: v.starts_at)  # ``ended`` started just now
    assert [i.visit.id for i in overview.visits_today] == [v.id for v in by_time]
    assert [i.visit.status for i in overview.visits_today if i.visit.id == ended.id] == ["ended"]
    assert {i.client.name for i in overview.visits_today} == {"Oma, Testi"}
    assert [i.visit.id for i in overview.visits_coming] == [in_three.id]
    assert overview.own_clients == 1


def test_loose_visits_and_every_kind_of_draft_are_open_work(workspace: Workspace) -> None:
    mine = client(workspace, "Oma")
    left_open = workspace.visits.start_visit(mine, "home_visit")
    backdate(workspace, left_open.id, 2)
    missed = workspace.visits.plan_visit(mine, TODAY, "9", "home_visit")
    backdate(workspace, missed.id, 1)
    assessment = workspace.assessments.start(mine, TEMPLATE)
    session = workspace.decisions.start(mine)
    workspace.decisions.set_field(session.id, "topic_plain", "Missä haluan asua?\nToinen rivi")
    plan = workspace.plans.start_draft(mine)
    budget = workspace.budgets.create_for_plan(plan.id, TODAY, TODAY + timedelta(days=300))
    drafts = workspace.today.overview(TODAY).drafts
    assert [(d.kind, d.record_id, d.since) for d in drafts] == [
        (DraftKind.VISIT_OPEN, left_open.id, TODAY - timedelta(days=2)),
        (DraftKind.VISIT_MISSED, missed.id, TODAY - timedelta(days=1)),
        *sorted([(DraftKind.ASSESSMENT, assessment.id, TODAY), (DraftKind.SESSION, session.id, TODAY),
                 (DraftKind.PLAN, plan.id, TODAY), (DraftKind.BUDGET, budget.id, TODAY)],
                key=lambda d: str(d[1])),
    ]
    by_kind = {d.kind: d for d in drafts}
    assert by_kind[DraftKind.SESSION].title == "Missä haluan asua?"
    assert by_kind[DraftKind.BUDGET].period == (TODAY, TODAY + timedelta(days=300))


def test_reviews_due_this_week_or_overdue_until_a_review_is_completed(workspace: Workspace) -> None:
    mine = client(workspace, "Oma")
    plan_id = agreed_plan(workspace.plans, mine)  # review date 20.5.2027
    review_on = date(2027, 5, 20)
    assert workspace.today.overview(review_on - timedelta(days=7)).reviews == ()
    (item,) = workspace.today.overview(review_on - timedelta(days=6)).reviews
    assert (item.plan_id, item.review_on, item.version, item.started) == (plan_id, review_on, 1, False)
    assert len(workspace.today.overview(review_on + timedelta(days=30)).reviews) == 1  # overdue stays
    reviews = ReviewService(workspace.db, workspace.actor, today=lambda: review_on)
    review = reviews.start(plan_id, review_on)
    assert workspace.today.overview(review_on).reviews[0].started
    for goal in review.review.goal_ids():
        reviews.set_rating(review.id, goal, "client", 3)
        reviews.set_rating(review.id, goal, "professional", 3)
    reviews.set_field(review.id, "wellbeing", 4)
    reviews.complete(review.id)
    assert workspace.today.overview(review_on).reviews == ()


def test_follow_ups_of_completed_sessions(workspace: Workspace) -> None:
    mine = client(workspace, "Oma")
    with workspace.db.transaction() as session:  # a completed session with a follow-up date, as if finished
        found = workspace.decisions.start(mine)
        record = session.get(DecisionSession, found.id)
        record.status = "completed"
        record.content = {"topic_plain": "Päivätoiminta", "follow_up_on": (TODAY + timedelta(days=3)).isoformat()}
        recorder(session).update(record)
    (item,) = workspace.today.overview(TODAY).follow_ups
    assert (item.session_id, item.follow_up_on, item.topic) == (found.id, TODAY + timedelta(days=3), "Päivätoiminta")
    assert workspace.today.overview(TODAY - timedelta(days=5)).follow_ups == ()


def test_statutory_deadlines_from_the_initiation_date(workspace: Workspace) -> None:
    older = client(workspace, "Vanhus", born=date(1940, 5, 5))
    applicant = client(workspace, "Hakija")
    started = client(workspace, "Aloitettu", born=date(1940, 5, 5))
    initiated = date(2026, 11, 2)  # a Monday; dates typed in assessments may not be in the future
    over_75 = assessment_with(workspace, older, initiation__date=initiated.isoformat(), initiation__method="phone")
    application = assessment_with(workspace, applicant, initiation__date="2026-09-24",
                                  initiation__method="application")
    assessment_with(workspace, started, initiation__date=initiated.isoformat(), conduct__start_date="2026-11-04")
    assessment_with(workspace, older, initiation__method="phone")  # no initiation date: nothing to count from
    deadlines = workspace.today.overview(initiated).deadlines
    assert [(d.client.name, d.assessment_id, d.deadline.kind, d.deadline.basis, d.deadline.due_on)
            for d in deadlines] == [
        ("Vanhus, Testi", over_75, DeadlineKind.ASSESSMENT_START, LegalBasis.OVER_75, date(2026, 11, 11)),
        ("Hakija, Testi", application, DeadlineKind.APPLICATION_DECISION, LegalBasis.APPLICATION,
         date(2026, 12, 28)),  # three months on is Christmas Eve: the next working day
    ]
    workspace.assessments.answer(over_75, "conduct.start_date", "2026-11-05")
    plan = workspace.plans.start_draft(applicant)
    budget = workspace.budgets.create_for_plan(plan.id, date(2026, 11, 1), date(2027, 10, 31))
    with workspace.db.transaction() as session:  # decided on 2.11. (the budget's own rules are tested elsewhere)
        record = session.get(PersonalBudget, budget.id)
        record.state, record.decision_date = "decided", date(2026, 11, 2)
        recorder(session).update(record)
    assert workspace.today.overview(initiated).deadlines == ()


def test_a_child_needing_special_support_gets_both_deadlines_from_the_answers(workspace: Workspace) -> None:
    child = client(workspace, "Lapsi", born=date(2015, 3, 3))
    assessment_with(workspace, child, initiation__date="2026-12-07", conclusions__right_to_special_support=True)
    kinds = [d.deadline.kind for d in workspace.today.overview(date(2026, 12, 7)).deadlines]
    assert kinds == [DeadlineKind.ASSESSMENT_START, DeadlineKind.ASSESSMENT_COMPLETE]


def test_an_amendment_counts_once_and_the_first_completion_meets_the_deadline(workspace: Workspace) -> None:
    child = client(workspace, "Lapsi", born=date(2015, 3, 3))
    first = assessment_with(workspace, child, initiation__date="2026-12-01", initiation__method="phone",
                            conduct__start_date="2026-12-02", conclusions__right_to_special_support=True)
    complete(workspace, first)
    workspace.assessments.amend(first, "Uutta tietoa")
    assert workspace.today.overview(date(2026, 12, 7)).deadlines == ()


def test_one_access_log_entry_per_page_load_naming_no_client(workspace: Workspace) -> None:
    client(workspace, "Oma")
    workspace.today.overview(TODAY)
    with workspace.db.read() as session:
        entries = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "today")).all()
    assert [(e.action, e.client_id, e.user_name, e.fields) for e in entries] == [
        ("view", None, "Testi Ohjaaja", ["deadlines", "drafts", "follow_ups", "reviews", "visits"])]


@pytest.mark.parametrize("hour", [0, 23])
def test_a_visit_near_midnight_belongs_to_its_local_day(workspace: Workspace, hour: int) -> None:
    mine = client(workspace, "Oma")
    planned = workspace.visits.plan_visit(mine, TODAY + timedelta(days=1), f"{hour}.00", "home_visit")
    assert planned.starts_at.astimezone() == datetime.combine(TODAY + timedelta(days=1), time(hour)).astimezone()
    overview = workspace.today.overview(TODAY)
    assert [i.visit.id for i in overview.visits_coming] == [planned.id] and overview.visits_today == ()


def test_the_clients_case_work_counts_the_same_deadlines(workspace: Workspace) -> None:
    older = client(workspace, "Vanhus", born=date(1940, 5, 5))
    assessment = assessment_with(workspace, older, initiation__date="2026-12-07", initiation__method="application")
    work = workspace.case.casework(older)
    assert [(a, d.kind) for a, d in work.deadlines] == [
        (assessment, DeadlineKind.ASSESSMENT_START), (assessment, DeadlineKind.APPLICATION_DECISION)]
    assert [d.deadline for d in workspace.today.overview(date(2026, 12, 7)).deadlines] == [
        d for _, d in work.deadlines]
    workspace.clients.update_client_field(older, "status", "closed")
    assert workspace.case.casework(older).deadlines == ()
