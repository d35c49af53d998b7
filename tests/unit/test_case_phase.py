from datetime import date

from sopiva_desk.domain.case import AssessmentFact, CaseOverview, CasePhase, DueItem, PlanFact, case_overview

D1, D2, D3 = date(2026, 10, 1), date(2026, 11, 20), date(2026, 11, 21)


def test_no_assessment_yet() -> None:
    assert case_overview("new", []) == CaseOverview(CasePhase.ASSESSMENT, (DueItem("due.assessment_missing"),))


def test_a_draft_keeps_the_case_in_assessment_newest_first() -> None:
    overview = case_overview("active", [AssessmentFact("draft", D1), AssessmentFact("draft", D2)], open_visits=1)
    assert overview.phase == CasePhase.ASSESSMENT
    assert overview.due == (DueItem("due.visit_open"), DueItem("due.assessment_draft", D2),
                            DueItem("due.assessment_draft", D1))


def test_completed_assessment_makes_the_plan_due_from_its_completion_day() -> None:
    done = AssessmentFact("completed", D1, completed_on=D2)
    assert case_overview("active", [done]) == CaseOverview(CasePhase.PLAN, (DueItem("due.plan", D2),))


def test_the_newest_completion_decides() -> None:
    old = AssessmentFact("completed", D1, completed_on=D1)
    other = AssessmentFact("completed", D1, completed_on=D3)
    assert case_overview("active", [other, old]).due == (DueItem("due.plan", D3),)


def test_an_unfinished_amendment_puts_the_case_back_in_assessment() -> None:
    facts = [AssessmentFact("superseded", D1, 1, D1), AssessmentFact("draft", D2, 2)]
    assert case_overview("active", facts) == CaseOverview(
        CasePhase.ASSESSMENT, (DueItem("due.assessment_amendment", D2, 2),))


def test_superseded_versions_count_for_nothing() -> None:
    facts = [AssessmentFact("superseded", D1, 1, D1), AssessmentFact("completed", D2, 2, D3)]
    assert case_overview("active", facts).due == (DueItem("due.plan", D3),)


def test_a_closed_case_has_nothing_due() -> None:
    assert case_overview("closed", [AssessmentFact("draft", D1)], open_visits=2) == CaseOverview(CasePhase.CLOSED, ())


def test_plan_draft_keeps_the_case_in_plan() -> None:
    done = AssessmentFact("completed", D1, completed_on=D2)
    overview = case_overview("active", [done], plans=[PlanFact("draft", D3, 1)])
    assert overview == CaseOverview(CasePhase.PLAN, (DueItem("due.plan_draft", D3, 1),))


def test_agreed_plan_moves_to_implementation_then_follow_up_on_the_review_date() -> None:
    done = AssessmentFact("completed", D1, completed_on=D2)
    plan = PlanFact("agreed", D2, 1, agreed_on=D3, review_on=date(2026, 6, 1))
    assert case_overview("active", [done], plans=[plan], today=date(2026, 5, 31)) == CaseOverview(
        CasePhase.IMPLEMENTATION, ())
    assert case_overview("active", [done], plans=[plan], today=date(2026, 6, 1)) == CaseOverview(
        CasePhase.FOLLOW_UP, (DueItem("due.plan_review", date(2026, 6, 1), 1),))


def test_assessment_completed_after_the_agreed_plan_makes_the_plan_due_again() -> None:
    plan = PlanFact("agreed", D1, 1, agreed_on=D1)
    later = AssessmentFact("completed", D2, 2, completed_on=D3)
    assert case_overview("active", [later], plans=[plan, PlanFact("superseded", D1)]) == CaseOverview(
        CasePhase.PLAN, (DueItem("due.plan", D3),))


def test_superseded_plan_alone_counts_for_nothing() -> None:
    done = AssessmentFact("completed", D1, completed_on=D2)
    assert case_overview("active", [done], plans=[PlanFact("superseded", D1)]).phase == CasePhase.PLAN


def test_planned_visits_are_listed_after_an_open_visit_earliest_first_and_missed_ones_say_so() -> None:
    today = date(2026, 12, 7)
    overview = case_overview("active", [], open_visits=1, today=today,
                             planned_visits=[date(2026, 12, 9), date(2026, 12, 1), today])
    assert overview.due[:4] == (DueItem("due.visit_open"), DueItem("due.visit_planned_missed", date(2026, 12, 1)),
                                DueItem("due.visit_planned", today), DueItem("due.visit_planned", date(2026, 12, 9)))
    assert overview.phase == CasePhase.ASSESSMENT  # planning a visit changes no phase


def test_a_planned_visit_alone_is_not_an_open_visit() -> None:
    overview = case_overview("active", [], today=D1, planned_visits=[D2])
    assert DueItem("due.visit_open") not in overview.due
    assert case_overview("closed", [], planned_visits=[D2]).due == ()
