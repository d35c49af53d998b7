from datetime import date

from sopiva_desk.domain.case import AssessmentFact, CasePhase, DueItem, case_phase, due_items

D1, D2 = date(2026, 10, 1), date(2026, 11, 20)


def test_phase_follows_the_assessments() -> None:
    assert case_phase("new", []) == CasePhase.ASSESSMENT
    assert case_phase("active", [AssessmentFact("draft", D1)]) == CasePhase.ASSESSMENT
    assert case_phase("active", [AssessmentFact("superseded", D1), AssessmentFact("draft", D2)]) == CasePhase.PLAN
    assert case_phase("closed", [AssessmentFact("completed", D1)]) == CasePhase.CLOSED


def test_due_items() -> None:
    assert due_items("new", []) == [DueItem("due.assessment_missing")]
    assert due_items("active", [AssessmentFact("draft", D2), AssessmentFact("draft", D1)], open_visits=1) == [
        DueItem("due.visit_open"), DueItem("due.assessment_draft", D1), DueItem("due.assessment_draft", D2)]
    assert due_items("active", [AssessmentFact("completed", D1)]) == [DueItem("due.plan")]
    assert due_items("closed", [AssessmentFact("draft", D1)]) == []
