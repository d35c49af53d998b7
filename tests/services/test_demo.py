from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain import decisions as decision_rules
from sopiva_desk.domain import plans as plan_rules
from sopiva_desk.domain import templates as template_rules
from sopiva_desk.domain.case import CasePhase
from sopiva_desk.domain.deadlines import DeadlineKind, LegalBasis
from sopiva_desk.services import demo, demo_casework, reference
from sopiva_desk.services.assessments import AssessmentView, VisitView
from sopiva_desk.services.decisions import SessionView
from sopiva_desk.services.pictograms import default_library
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import FAST_KDF

TODAY = date(2026, 3, 2)  # a fixed day, so dates in the answers are the same in every creation


@dataclass
class ClientWork:
    identifier: str
    language: str
    own: bool
    visits: list[VisitView]
    assessments: list[AssessmentView]
    sessions: list[SessionView]


def _work_of_every_client(ws: Workspace) -> dict[str, ClientWork]:
    work = {}
    for row in ws.clients.caseload():
        file = ws.clients.open_client(row.id)
        work[row.identifier] = ClientWork(
            row.identifier, file.values["language"], row.own_worker == demo.DEMO_DISPLAY_NAME,
            ws.visits.visits_for_client(row.id), ws.assessments.for_client(row.id), ws.decisions.for_client(row.id))
    return work


STEPS_HEARD: list[str] = []


def _create(folder: Path) -> tuple[ProfileService, Any]:
    service = ProfileService(folder, kdf=FAST_KDF)
    return service, demo.ensure_demo_profile(service, count=200, today=TODAY, progress=STEPS_HEARD.append)


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProfileService, Any]:
    return _create(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def demo_ws(demo_profile: tuple[ProfileService, Any]) -> Iterator[Workspace]:
    service, profile = demo_profile
    ws = service.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def work(demo_ws: Workspace) -> dict[str, ClientWork]:
    return _work_of_every_client(demo_ws)


def test_demo_profile_has_fictional_clients_across_etela_savo(demo_profile, demo_ws: Workspace) -> None:
    service, profile = demo_profile
    assert STEPS_HEARD == list(demo.STEPS)  # the start-up window could say what was happening
    assert demo.ensure_demo_profile(service, progress=STEPS_HEARD.append) == profile  # second call reuses it
    assert STEPS_HEARD == list(demo.STEPS)
    assert demo_ws.settings.is_demo() and demo_ws.demo  # its documents carry the demo letterhead
    rows = demo_ws.clients.caseload()
    assert len(rows) == 200
    towns = Counter(r.municipality_code for r in rows)
    county = {m.code for m in reference.municipalities() if m.county == "Etelä-Savo"}
    assert set(towns) <= county and len(towns) >= 8
    for row in rows[:20]:
        file = demo_ws.clients.open_client(row.id)
        assert file.close_persons
        assert file.values["communication_notes"]
        if file.values["hetu"]:
            assert 900 <= int(file.values["hetu"][7:10]) <= 999


def test_casework_texts_fit_together() -> None:
    texts = demo_casework._texts()
    topics, personas = texts["topics"], texts["personas"]
    assert {p["language"] for p in personas} == {t["language"] for t in topics.values()} == set(texts["phrases"])
    assert set(texts["contacts"]) == set(texts["phrases"])
    for persona in personas:
        assert persona["topics"] and all(topics[t]["language"] == persona["language"] for t in persona["topics"])
        assert len(persona["details"]) >= 2 and set(persona["details"]) <= set(demo_casework.DOMAINS)
    for topic in topics.values():
        assert 3 <= len(topic["options"]) <= 4 and topic["will_questions"]


def test_importing_demo_leaves_the_database_stack_for_later() -> None:
    """``--demo`` imports this before the unlock screen; seeding (and SQLAlchemy) waits for a new profile."""
    code = ("import sys; import sopiva_desk.services.demo\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlcipher3'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_close_persons_names_fit_their_relation() -> None:
    female_only = set(demo._FIRST_F) | set(demo._FEMALE_SV)
    male_only = set(demo._FIRST_M) | set(demo._MALE_SV)
    for client, persons in demo.demo_clients():
        names = client["first_names"].split()
        assert len(names) == len(set(names))  # no "Minna Minna"
        for person in persons:
            first = person["name"].split()[0]
            if person["relation"] in demo._FEMALE_RELATIONS:
                assert first not in male_only, person
            if person["relation"] in demo._MALE_RELATIONS:
                assert first not in female_only, person


def test_own_clients_have_case_work_in_every_phase(demo_ws: Workspace, work: dict[str, ClientWork]) -> None:
    assert all(w.own for w in work.values() if w.visits or w.assessments or w.sessions)
    visits = Counter(v.status for w in work.values() for v in w.visits)
    assert visits["ended"] >= 35 and 2 <= visits["open"] <= 3
    assessed = [w for w in work.values() if w.assessments]
    statuses = Counter(a.status for w in assessed for a in w.assessments)
    assert statuses["completed"] >= 20 and statuses["draft"] >= 6 and statuses["superseded"] >= 1
    amended = [a for w in assessed for a in w.assessments if a.version_no == 2]
    assert {a.status for a in amended} == {"completed", "draft"}
    assert all(a.amend_reason for a in amended)
    # Assessments are made on visits; only a referral whose assessment has not started has none yet.
    assert all(a.visit_id is not None or "conduct.start_date" not in a.answers
               for w in assessed for a in w.assessments)
    sessions = Counter(s.status for w in work.values() for s in w.sessions)
    assert sessions["completed"] >= 6 and sessions["draft"] >= 3
    assert sum(1 for w in work.values() if w.sessions) >= 10

    due: Counter[str] = Counter()
    phases: Counter[CasePhase] = Counter()
    for row in demo_ws.clients.caseload():
        overview = demo_ws.case.overview(row.id)
        phases[overview.phase] += 1
        due.update(item.key for item in overview.due)
    assert phases[CasePhase.PLAN] >= 12 and phases[CasePhase.ASSESSMENT] > 0
    # Agreed plans are dated TODAY and completions by the clock, so their phase is not tested here.
    for key in ("due.visit_open", "due.assessment_draft", "due.assessment_amendment", "due.plan",
                "due.plan_draft", "due.session_draft", "due.session_follow_up"):
        assert due[key] >= 1, key


def test_the_today_page_has_a_week_of_work(demo_ws: Workspace, work: dict[str, ClientWork]) -> None:
    """Planned visits today and in the coming days, a missed and a cancelled one, reviews due and
    statutory deadlines near and overdue, all seeded relative to the demo's day."""
    overview = demo_ws.today.overview(TODAY)
    planned_today = [i for i in overview.visits_today if i.visit.status == "planned"]
    assert len(planned_today) >= 2 and len(overview.visits_coming) >= 3
    assert all(i.visit.status == "planned" for i in overview.visits_coming)
    home = next(i for i in planned_today if i.visit.way == "home_visit")
    assert home.visit.place and home.visit.notes  # the client's address, and a planning note
    kinds = Counter(d.kind for d in overview.drafts)
    assert kinds["visit_missed"] == 1 and kinds["visit_open"] >= 1 and kinds["assessment"] >= 1
    assert sum(1 for w in work.values() for v in w.visits if v.status == "cancelled") == 1
    assert sum(1 for w in work.values() for v in w.visits if v.status == "ended"
               and v.starts_at.astimezone().date() < TODAY) >= 35  # visits happened on earlier days
    assert [r.review_on - TODAY for r in overview.reviews] == [timedelta(days=-4), timedelta(days=2)]
    deadlines = {d.deadline.basis: d.deadline for d in overview.deadlines}
    near = deadlines[LegalBasis.OVER_75]
    assert near.kind == DeadlineKind.ASSESSMENT_START and 0 < (near.due_on - TODAY).days <= 4
    overdue = [d.deadline for d in overview.deadlines if d.deadline.due_on < TODAY]
    assert [d.kind for d in overdue] == [DeadlineKind.APPLICATION_DECISION]


def test_plans_and_budgets_follow_the_rules(demo_ws: Workspace) -> None:
    """Drafts and agreed plans (each agreed one passed the agreement rules), decided budgets
    with commitments and uses, and at least one follow-up alert to show."""
    plans = [p for row in demo_ws.clients.caseload() for p in demo_ws.plans.for_client(row.id)]
    statuses = Counter(p.status for p in plans)
    assert statuses["draft"] >= 2 and statuses["agreed"] >= 6
    for plan in plans:
        assert plan.plan.goals and all(goal.client_words for goal in plan.plan.goals)
        if plan.status == "agreed":
            assert plan_rules.missing_for_agreement(plan.plan) == []
    budgets = [b for row in demo_ws.clients.caseload() for b in demo_ws.budgets.for_client(row.id)]
    assert len(budgets) >= 3 and {b.budget.state for b in budgets} == {"decided"}
    assert all(b.budget.justification for b in budgets if not b.totals.cost_neutral)
    alerts = [a.key for b in budgets for a in demo_ws.budgets.follow_up(b.id, TODAY + timedelta(days=7)).alerts]
    assert "budget.commitment_exceeded" in alerts
    assert all(demo_ws.budgets.uses(b.id) for b in budgets)
    alerts_now = {a.key for b in budgets for a in demo_ws.budgets.follow_up(b.id, TODAY).alerts}
    assert {"budget.under_use", "budget.over_use"} <= alerts_now  # the budgets of the reviewed plans
    reviews = [r for row in demo_ws.clients.caseload() for r in demo_ws.reviews.for_client(row.id)]
    assert len(reviews) >= 4 and {r.status for r in reviews} == {"completed"}
    assert any(change is not None and change > 0 for change in demo_ws.reviews.attainment_changes().values())


def test_completed_assessments_answer_everything_required(demo_ws: Workspace, work: dict[str, ClientWork]) -> None:
    done = [a for w in work.values() for a in w.assessments if a.status in ("completed", "superseded")]
    for found in done:
        template = demo_ws.assessments.template_for(found)
        assert template_rules.missing_required(template, found.answers) == []
        assert set(found.answers) <= set(template_rules.visible_keys(template, found.answers))
        described = [d for d in demo_casework.DOMAINS if f"{d}.client_view" in found.answers]
        assert len(described) >= 2
        for domain in described:
            assert "”" in found.answers[f"{domain}.client_view"]  # the client's own words, quoted
            assert found.answers[f"{domain}.professional_view"]
            assert found.answers[f"{domain}.functioning"] in ("0", "1", "2", "3", "4", "8", "9")
    drafts = [a for w in work.values() for a in w.assessments if a.status == "draft" and a.version_no == 1]
    for found in drafts:
        assert found.answers and template_rules.missing_required(demo_ws.assessments.template_for(found),
                                                                 found.answers)


def test_completed_sessions_pass_the_completion_rules(work: dict[str, ClientWork]) -> None:
    pictograms = default_library()
    sessions = [s for w in work.values() for s in w.sessions]
    for found in sessions:
        content = found.content
        options = content["options"]
        assert 3 <= len(options) <= 4 and content["topic"] and content["topic_plain"]
        assert all(pictograms.by_hexcode(o["pictogram"]) is not None for o in options)
        assert any(o["reaction"] in decision_rules.REACTIONS and o["client_words"] for o in options)
        supporters = [p for p in content["participants"] if p["role"] == "supporter"]
        assert supporters and all("chosen_by_client" not in p for p in supporters)  # the role says it
        if found.status == "completed":
            assert decision_rules.missing_for_completion(content) == []
            assert {o["reaction"] for o in options} <= set(decision_rules.REACTIONS)
        else:
            assert "decision" not in content
    assert any(s.assessment_id is not None and s.visit_id is not None for s in sessions)
    assert any(s.visit_id is None for s in sessions)


def _texts(w: ClientWork) -> list[str]:
    found: list[str] = [v.notes for v in w.visits]
    found += [value for a in w.assessments for value in a.answers.values() if isinstance(value, str)]
    found += [s.content["topic"] for s in w.sessions] + [s.content.get("decision", "") for s in w.sessions]
    return found


def test_texts_are_filled_in_and_in_the_clients_language(work: dict[str, ClientWork]) -> None:
    languages: Counter[str] = Counter()
    for w in work.values():
        texts = _texts(w)
        assert not any("{" in text or "}" in text for text in texts)
        for found in w.assessments:
            languages[w.language] += 1
            if "conduct.participants" in found.answers:  # not yet in the draft begun on an open visit
                assert ("(klient)" if w.language == "sv" else "(asiakas)") in found.answers["conduct.participants"]
        if w.language == "sv":
            assert not any("asiakas" in text.lower() for text in texts)
    assert languages["sv"] >= 1 and languages["fi"] >= 20


def _story(work: dict[str, ClientWork]) -> dict[str, Any]:
    """What must come out the same every time, by identity code (ids and timestamps differ)."""
    return {
        key: (
            [(v.way, v.place, v.participants, v.absent, v.notes, v.status) for v in w.visits],
            sorted((a.version_no, a.status, a.amend_reason, sorted(a.answers.items())) for a in w.assessments),
            sorted((s.status, s.content["topic"], s.content.get("decision"),
                    [(o["title"], o["pictogram"], o["reaction"], o["client_words"]) for o in s.content["options"]])
                   for s in w.sessions),
        )
        for key, w in work.items() if w.visits or w.assessments or w.sessions
    }


def test_two_demo_profiles_tell_the_same_story(tmp_path: Path, work: dict[str, ClientWork]) -> None:
    service, profile = _create(tmp_path)
    ws = service.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    try:
        again = _work_of_every_client(ws)
    finally:
        ws.close()
    assert set(again) == set(work)
    assert _story(again) == _story(work)
