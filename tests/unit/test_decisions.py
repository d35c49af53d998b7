"""Supported decision-making rules without a store: cleaning, limits, completion, summaries, due items."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain import decisions as rules
from sopiva_desk.domain.case import AssessmentFact, CasePhase, DueItem, SessionFact, case_overview
from sopiva_desk.domain.decisions import DecisionInvalid, clean_field, clean_option_field, missing_for_completion
from sopiva_desk.domain.issues import Issue


def refused(key: str, raw: Any) -> Issue:
    with pytest.raises(DecisionInvalid) as caught:
        clean_field(key, raw)
    return caught.value.issue


def complete_content(**changes: Any) -> dict[str, Any]:
    """A session that can be completed; ``changes`` replace keys (``None`` removes one)."""
    content: dict[str, Any] = {
        "topic": "Muutetaanko tuettuun asumiseen Mikkeliin?",
        "topic_plain": "Haluatko muuttaa uuteen kotiin?",
        "participants": [{"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"}],
        "methods": ["pictures", "three_point_sorting"],
        "options": [rules.new_option("o1", "Oma asunto", "Asut yksin"),
                    rules.new_option("o2", "Ryhmäkoti", "Asut muiden kanssa")],
        "decision": "Aino haluaa kokeilla ryhmäkotia.",
        "how_will_found": "Kuvakortit ja kolmijako: ryhmäkoti hyvä-sarakkeeseen.",
        "agreement": "agrees",
    }
    for key, value in changes.items():
        if value is None:
            content.pop(key, None)
        else:
            content[key] = value
    return content


# -- cleaning --------------------------------------------------------------------------------


def test_text_is_stripped_and_empty_is_none() -> None:
    assert clean_field("topic", "  Asuminen  ") == "Asuminen"
    assert clean_field("topic", "   ") is None
    assert clean_field("topic", None) is None
    assert clean_field("decision", "Rivi 1\nRivi 2\tsarkain") == "Rivi 1\nRivi 2\tsarkain"


@pytest.mark.parametrize(("key", "limit"), [("topic", 2000), ("topic_plain", 500), ("methods_other", 300),
                                            ("aids", 1000), ("decision", 2000), ("how_will_found", 2000),
                                            ("agreement_reason", 1000), ("next_steps", 2000)])
def test_text_limits(key: str, limit: int) -> None:
    assert clean_field(key, "x" * limit) == "x" * limit
    assert refused(key, "x" * (limit + 1)) == Issue(key, "field.too_long", {"max": limit})


def test_control_characters_are_refused() -> None:
    assert refused("topic", "abc\x00def") == Issue("topic", "field.control_chars")
    with pytest.raises(DecisionInvalid) as caught:
        clean_field("parts", ["ok", "bad\x1b"])
    assert caught.value.issue == Issue("parts/1", "field.control_chars")


def test_parts_drop_empty_rows_and_keep_limits() -> None:
    assert clean_field("parts", [" Missä asun ", "", "  ", "Kenen kanssa"]) == ["Missä asun", "Kenen kanssa"]
    assert clean_field("parts", []) is None
    assert clean_field("parts", ["p"] * 20) == ["p"] * 20
    assert refused("parts", ["p"] * 21) == Issue("parts", "field.too_many", {"max": 20})
    assert refused("parts", ["x" * 301]) == Issue("parts/0", "field.too_long", {"max": 300})
    assert refused("parts", "not a list") == Issue("parts", "field.choice")


def test_participants() -> None:
    rows = clean_field("participants", [
        {"name": "  Liisa   Virtanen ", "role": "supporter", "relation": "sisko"},
        {"name": "", "role": None, "relation": ""},  # an empty row is dropped
        {"name": "Tulkki", "role": "interpreter"},
    ])
    assert rows == [
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"},
        {"name": "Tulkki", "role": "interpreter", "relation": None},
    ]
    # A row being filled in keeps what is there (the name may come later).
    assert clean_field("participants", [{"role": "supporter"}]) == [
        {"name": None, "role": "supporter", "relation": None}]
    assert refused("participants", [{"name": "A", "role": "boss"}]) == Issue("participants/0/role", "field.choice")
    # The role says who the client chose: no separate flag is kept (migration 0010 folded it in).
    assert clean_field("participants", [{"name": "A", "role": "supporter", "chosen_by_client": "yes"}]) == [
        {"name": "A", "role": "supporter", "relation": None}]
    assert refused("participants", [{"name": "x" * 101}]) == Issue("participants/0/name", "field.too_long",
                                                                   {"max": 100})
    assert refused("participants", [{"name": "A", "relation": "r" * 101}]).key == "field.too_long"
    assert refused("participants", [{"name": "A"}] * 31) == Issue("participants", "field.too_many", {"max": 30})
    assert refused("participants", ["Liisa"]) == Issue("participants/0", "field.choice")


def test_methods_are_codes_in_a_fixed_order() -> None:
    assert clean_field("methods", ["other", "pictures", "pictures"]) == ["pictures", "other"]
    assert clean_field("methods", []) is None
    assert refused("methods", ["telepathy"]) == Issue("methods", "field.choice")


def test_choices_dates_and_wellbeing() -> None:
    assert clean_field("agreement", "could_not_express") == "could_not_express"
    assert clean_field("agreement", "") is None
    assert refused("agreement", "maybe") == Issue("agreement", "field.choice")
    assert clean_field("follow_up_on", "2027-01-15") == "2027-01-15"
    assert clean_field("follow_up_on", date(2027, 1, 15)) == "2027-01-15"
    assert clean_field("follow_up_on", "") is None
    assert clean_field("follow_up_on", "15.1.2027") == "2027-01-15"  # as typed (domain.dates)
    assert refused("follow_up_on", "15/1/2027") == Issue("follow_up_on", "date.format")
    assert refused("follow_up_on", "30.2.2027") == Issue("follow_up_on", "date.no_such_day",
                                                         {"text": "30.2.2027", "month": 2, "days": 28})
    assert refused("follow_up_on", datetime(2027, 1, 15, 12)) == Issue("follow_up_on", "date.format")
    assert clean_field("wellbeing", 1) == 1
    assert clean_field("wellbeing", "5") == 5
    assert clean_field("wellbeing", None) is None
    assert refused("wellbeing", 6) == Issue("wellbeing", "field.range", {"min": 1, "max": 5})
    assert refused("wellbeing", 0).key == "field.range"
    assert refused("wellbeing", True) == Issue("wellbeing", "number.format")
    assert refused("wellbeing", "good").key == "number.format"


def test_client_sorted_is_a_mark_that_is_set_or_absent() -> None:
    assert clean_field("client_sorted", True) is True
    assert clean_field("client_sorted", False) is None  # absent, like every empty value
    assert clean_field("client_sorted", None) is None
    assert refused("client_sorted", "yes") == Issue("client_sorted", "field.choice")


def test_will_questions_and_differing_views() -> None:
    assert clean_field("will_questions", [{"question": " Haluatko? ", "answer": ""}, {"question": "", "answer": ""}]) \
        == [{"question": "Haluatko?", "answer": None}]
    assert refused("will_questions", [{"question": "q" * 501}]) == Issue("will_questions/0/question",
                                                                         "field.too_long", {"max": 500})
    assert refused("will_questions", [{"answer": "a" * 1001}]).field == "will_questions/0/answer"
    assert refused("will_questions", [{"question": "q"}] * 31).key == "field.too_many"
    assert clean_field("differing_views", [{"who": "Äiti", "view": "Oma asunto olisi parempi."}]) == [
        {"who": "Äiti", "view": "Oma asunto olisi parempi."}]
    assert refused("differing_views", [{"who": "w" * 101}]).field == "differing_views/0/who"
    assert refused("differing_views", [{"who": "Äiti"}] * 21) == Issue("differing_views", "field.too_many",
                                                                        {"max": 20})


def test_unknown_keys_are_refused() -> None:
    assert refused("options", []) == Issue("options", "field.choice")
    assert refused("secret", "x") == Issue("secret", "field.choice")


def test_option_parts() -> None:
    assert clean_option_field("o1", "title", "  Oma   asunto ") == "Oma asunto"
    with pytest.raises(DecisionInvalid) as caught:
        clean_option_field("o1", "title", "t" * 121)
    assert caught.value.issue == Issue("options/o1/title", "field.too_long", {"max": 120})
    assert clean_option_field("o1", "pictogram", "1f3e0") == "1F3E0"
    assert clean_option_field("o1", "pictogram", "") is None
    for bad_code in ("../../etc/passwd", "house", 42):
        with pytest.raises(DecisionInvalid) as caught:
            clean_option_field("o1", "pictogram", bad_code)
        assert caught.value.issue == Issue("options/o1/pictogram", "field.choice")
    assert clean_option_field("o1", "tried", True) is True
    assert clean_option_field("o1", "reaction", "not_good") == "not_good"
    assert clean_option_field("o1", "reaction", None) is None
    with pytest.raises(DecisionInvalid):
        clean_option_field("o1", "reaction", "meh")
    with pytest.raises(DecisionInvalid):
        clean_option_field("o1", "tried", "yes")
    assert clean_option_field("o1", "client_words", "x" * 1000) == "x" * 1000
    with pytest.raises(DecisionInvalid):
        clean_option_field("o1", "client_words", "x" * 1001)
    with pytest.raises(DecisionInvalid):
        clean_option_field("o1", "id", "o2")
    assert rules.new_option("o9", " Ryhmäkoti ", "", "1f3e1") == {
        "id": "o9", "title": "Ryhmäkoti", "plain": None, "pictogram": "1F3E1", "tried": False, "reaction": None,
        "client_words": None}


# -- completion ------------------------------------------------------------------------------


def issues_of(content: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i.field, i.key) for i in missing_for_completion(content)]


def test_a_full_session_can_be_completed() -> None:
    assert missing_for_completion(complete_content()) == []


def test_an_empty_session_lists_everything_in_form_order() -> None:
    assert issues_of({}) == [
        ("topic", "field.required"),
        ("methods", "decision.methods_missing"),
        ("options", "decision.options_missing"),
        ("decision", "field.required"),
        ("how_will_found", "decision.will_not_recorded"),
        ("agreement", "decision.agreement_missing"),
    ]


def test_other_method_needs_a_description() -> None:
    assert issues_of(complete_content(methods=["other"])) == [("methods_other", "field.required")]
    assert issues_of(complete_content(methods=["other"], methods_other="Eleet")) == []


def test_every_option_needs_a_title() -> None:
    options = [rules.new_option("o1", "Oma asunto"), rules.new_option("o2")]
    assert issues_of(complete_content(options=options)) == [("options/o2/title", "field.required")]


def test_a_completed_session_must_record_how_the_will_was_found_out() -> None:
    assert issues_of(complete_content(how_will_found=None)) == [("how_will_found", "decision.will_not_recorded")]
    # A question and its answer are enough on their own ...
    answered = [{"question": "Haluatko asua muiden kanssa?", "answer": "Kyllä (nyökkäsi)"}]
    assert issues_of(complete_content(how_will_found=None, will_questions=answered)) == []
    # ... a question without its answer is not, and is itself incomplete.
    half = [{"question": "Haluatko asua muiden kanssa?", "answer": None}]
    assert issues_of(complete_content(how_will_found=None, will_questions=half)) == [
        ("will_questions/0/answer", "field.required"), ("how_will_found", "decision.will_not_recorded")]
    assert issues_of(complete_content(will_questions=half)) == [("will_questions/0/answer", "field.required")]


def test_agreement_is_required_and_could_not_express_needs_a_reason() -> None:
    assert issues_of(complete_content(agreement=None)) == [("agreement", "decision.agreement_missing")]
    assert issues_of(complete_content(agreement="could_not_express")) == [
        ("agreement_reason", "decision.reason_missing")]
    assert issues_of(complete_content(agreement="could_not_express", agreement_reason="Väsynyt, jatketaan")) == []
    for agreement in ("partly", "disagrees"):
        assert issues_of(complete_content(agreement=agreement)) == []


def test_a_supporter_chosen_by_the_client_is_one_fact() -> None:
    """The role "supporter" is the supporter the client chose: nothing else to tick before completing."""
    people = [{"name": "Liisa", "role": "supporter", "relation": None},
              {"name": "Tulkki", "role": "interpreter", "relation": None}]
    assert issues_of(complete_content(participants=people)) == []


def test_participants_need_a_name_and_a_role() -> None:
    people = [{"name": None, "role": "close_person", "relation": None},
              {"name": "Matti", "role": None, "relation": None}]
    assert issues_of(complete_content(participants=people)) == [
        ("participants/0/name", "field.required"), ("participants/1/role", "field.required")]


def test_differing_views_need_who_and_what() -> None:
    views = [{"who": "Äiti", "view": None}, {"who": None, "view": "Liian kaukana"}]
    assert issues_of(complete_content(differing_views=views)) == [
        ("differing_views/0/view", "field.required"), ("differing_views/1/who", "field.required")]


# -- summaries and due items -----------------------------------------------------------------


def test_reaction_summary() -> None:
    options = [{"id": "a", "reaction": "good"}, {"id": "b", "reaction": None}, {"id": "c", "reaction": "not_good"},
               {"id": "d", "reaction": "good"}, {"id": "e"}]
    assert rules.reaction_summary(options) == {"good": ["a", "d"], "unsure": [], "not_good": ["c"],
                                               "unsorted": ["b", "e"]}
    assert rules.reaction_summary([]) == {"good": [], "unsure": [], "not_good": [], "unsorted": []}


D1, D2, D3 = date(2026, 10, 1), date(2026, 11, 20), date(2027, 1, 15)


def test_sessions_add_due_items_without_changing_the_phase() -> None:
    done = AssessmentFact("completed", D1, completed_on=D1)
    sessions = [SessionFact("draft", D1), SessionFact("draft", D2), SessionFact("completed", D1, D3),
                SessionFact("completed", D1, D2), SessionFact("completed", D1), SessionFact("superseded", D1, D1)]
    overview = case_overview("active", [done], sessions=sessions)
    assert overview.phase == CasePhase.PLAN
    assert overview.due == (DueItem("due.plan", D1), DueItem("due.session_draft", D2),
                            DueItem("due.session_draft", D1), DueItem("due.session_follow_up", D2),
                            DueItem("due.session_follow_up", D3))
    draft_assessment = case_overview("active", [AssessmentFact("draft", D1)], 1, sessions=[SessionFact("draft", D2)])
    assert draft_assessment.phase == CasePhase.ASSESSMENT
    assert [d.key for d in draft_assessment.due] == ["due.visit_open", "due.assessment_draft", "due.session_draft"]
    assert case_overview("closed", [], sessions=[SessionFact("draft", D1)]).due == ()
    assert case_overview("new", []) == case_overview("new", [], sessions=())


def test_every_message_key_is_in_the_catalogue() -> None:
    """Keys returned by the decision rules and service exist in gui/messages.py (read as text: no Qt here)."""
    root = Path(__file__).resolve().parents[2] / "sopiva_desk"
    catalogue = ast.parse((root / "gui" / "messages.py").read_text())
    known = {node.value for node in ast.walk(catalogue) if isinstance(node, ast.Constant)
             and isinstance(node.value, str)}
    used = set()
    for path in (root / "domain" / "decisions.py", root / "domain" / "case.py", root / "services" / "decisions.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    node.value.startswith(("decision.", "due.", "field.", "date.", "number."))):
                used.add(node.value)
    assert used and used <= known, sorted(used - known)
