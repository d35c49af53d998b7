"""The demo counsellor's case work: visits, needs assessments, decision-making sessions, and
client plans with personal budgets (``demo_plans``), and the week ahead (``demo_today``).

Visits happened on earlier working days (their assessments and sessions carry those times),
except the one still going on today; the clock comes from a random generator of its own, so
the story's words stay the same.

The own clients of the demo counsellor (``demo.seed``) get case work in every phase: ended and
open visits, completed, draft and amended needs assessments, and completed and draft supported
decision-making sessions, in Finnish or Swedish by the client's language. It is all seeded, so
two demo profiles tell the same story.

Everything is written through the services, as a counsellor's clicks would write it: the same
cleaning, history rows and access-log entries. The texts are fictional and live in
``resources/demo/casework.toml``, with placeholders filled per client (``_Case.text``).
"""

from __future__ import annotations

import random
import tomllib
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import hetu
from sopiva_desk.domain.clients import ClientStatus, CloseRole
from sopiva_desk.resources import resource_path
from sopiva_desk.services.assessments import AssessmentService, VisitService
from sopiva_desk.services.decisions import DecisionService
from sopiva_desk.services.demo import swedish_pronoun
from sopiva_desk.services.demo_plans import PlanStory, plan_kinds
from sopiva_desk.services.demo_today import seed_week
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Assessment, DecisionSession, Visit, utc_now

TEMPLATE_ID = "vammaispalvelut-pta"
COUNSELLOR = "Eeva Esimerkki"
DOMAINS = ("everyday_life", "housing", "mobility", "communication", "health", "work_study", "leisure",
           "relationships", "finances", "safety")
_LIFE_PARTS = ("client_view", "close_persons_view", "professional_view", "current_support", "functioning_notes")
_DIFFERING = ("client_differing", "others_differing", "recorded_how")
_INTERPRETER = "Tiina Kettunen"
_CONDUCT_WAY = {"home_visit": "home_visit", "office": "office", "remote": "video", "phone": "phone"}

# How many clients of the demo counsellor get each part of the story (fewer when the caseload is small).
STORY = {"completed": 24, "draft": 8, "open": 3, "contact": 8, "session_only": 4}


def _needs(spec: str) -> dict[str, tuple[str, str]]:
    """``"regular:2 none:0 …"`` in ``DOMAINS`` order -> {domain: (support need, ICF qualifier)}."""
    pairs = [tuple(item.split(":")) for item in spec.split()]
    assert len(pairs) == len(DOMAINS)
    return {domain: (need, icf) for domain, (need, icf) in zip(DOMAINS, pairs, strict=True)}


@cache
def _texts() -> dict[str, Any]:
    """The story's texts from ``resources/demo/casework.toml``, with the keys a persona or topic
    leaves out filled in. Shared by every call: read, never changed."""
    with resource_path("demo", "casework.toml").open("rb") as file:
        raw = tomllib.load(file)
    personas = []
    for persona in raw["personas"]:
        assert all(tuple(texts) == _LIFE_PARTS for texts in persona["details"].values()), persona["id"]
        assert tuple(persona.get("differing", _DIFFERING)) == _DIFFERING, persona["id"]
        personas.append({"interpreter": False, "special_support": None, "plan_reason": None, "own_worker": None,
                         "differing": None, **persona, "needs": _needs(persona["needs"])})
    topics = {topic["id"]: {"agreement_reason": "", "follow_up_days": None, "differing": [], **topic}
              for topic in raw["topics"]}
    return {"personas": personas, "topics": topics, "contacts": raw["contacts"], "phrases": raw["phrases"],
            "today": raw["today"]}


@dataclass(frozen=True)
class CaseworkCounts:
    visits_ended: int = 0
    visits_open: int = 0
    assessments_completed: int = 0
    assessments_draft: int = 0
    assessments_amended: int = 0
    sessions_completed: int = 0
    sessions_draft: int = 0
    plans_draft: int = 0
    plans_agreed: int = 0
    budgets_decided: int = 0
    reviews_completed: int = 0
    visits_planned: int = 0
    visits_cancelled: int = 0
    deadlines: int = 0


class _OneTransaction(Database):
    """A ``Database`` whose every transaction is one that is already open.

    The demo story goes through the services, so it is cleaned, kept in history and logged
    exactly like a counsellor's clicks, but committed once instead of ~2000 times. The records
    the services touched are kept alive between calls (the session holds them only weakly),
    so a service's next look-up of the same visit or assessment needs no query.
    """

    def __init__(self, engine: Any, session: Session) -> None:
        super().__init__(engine)
        self._session = session
        self._alive: dict[int, Any] = {}

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self._session
        self._alive.update((id(record), record) for record in self._session.identity_map.values())

    read = transaction

    def release(self) -> None:
        self._alive.clear()


@dataclass
class _Case:
    """One client of the demo counsellor, with the words the texts are filled with."""

    id: uuid.UUID
    client: dict[str, Any]
    persons: list[dict[str, Any]]
    today: date

    @property
    def language(self) -> str:
        return "sv" if self.client["language"] == "sv" else "fi"

    @property
    def name(self) -> str:
        return f"{self.client['first_names']} {self.client['last_name']}"

    @property
    def age(self) -> int:
        born = self.client.get("birth_date") or hetu.parse(self.client["hetu"]).birth_date
        return self.today.year - born.year - ((self.today.month, self.today.day) < (born.month, born.day))

    @property
    def close(self) -> dict[str, Any]:
        """The close person the client turns to: the chosen supporter if there is one."""
        supporters = [p for p in self.persons if CloseRole.SUPPORTER.value in p["roles"]]
        return (supporters or self.persons)[0]

    @property
    def other(self) -> dict[str, Any] | None:
        rest = [p for p in self.persons if p is not self.close]
        return rest[0] if rest else None

    def text(self, template: str) -> str:
        first = self.client["first_names"].split()[0]
        close = self.close
        return template.format(
            first=first, han=swedish_pronoun(first),
            close=f"{close['name']} ({close['relation']})", close_first=close["name"].split()[0],
            address=f"{self.client['street_address']}, {self.client['post_office']}",
            town=self.client["post_office"],
        )

    def words(self, key: str) -> str:
        return self.text(_texts()["phrases"][self.language][key])


def _persona_answers(case: _Case, persona: dict[str, Any], way: str, participants: list[dict[str, str]],
                     absent: list[dict[str, str]], rng: random.Random,
                     started_on: date | None = None) -> list[tuple[str, Any]]:
    """Every answer of a completed assessment, in the order of the form; it started on the day of
    the visit (``started_on``) when that is known."""
    t = case.text
    offset = rng.randint(0, 2)  # drawn either way, so the rest of the story stays the same
    started = started_on or case.today - timedelta(days=offset)
    answers: list[tuple[str, Any]] = [
        ("initiation.method", persona["method"]),
        ("initiation.reasons", t(persona["reasons"])),
        ("initiation.date", started - timedelta(days=rng.randint(3, 20))),
        ("conduct.start_date", started),
        ("conduct.way", _CONDUCT_WAY[way]),
        ("conduct.how_done", t(persona["how_done"])),
        ("conduct.communication_support", persona["communication_support"]),
        ("conduct.participants", ", ".join(f"{p['name']} ({p['relation']})" for p in participants)
         + f", {COUNSELLOR} ({case.words('role')})"),
    ]
    if absent:
        answers.append(("conduct.absent", "; ".join(f"{p['name']} ({p['relation']}): {p['reason']}" for p in absent)))
    described = list(persona["details"])
    if len(described) > 2 and rng.random() < 0.5:  # not every visit gets to every domain: leave the lightest
        described.remove(min(reversed(described), key=lambda domain: persona["needs"][domain][1]))
    for domain in DOMAINS:
        need, icf = persona["needs"][domain]
        if domain not in described:  # only the required rating
            answers.append((f"{domain}.support_need", need))
            continue
        texts = persona["details"][domain]
        answers += [(f"{domain}.{part}", t(texts[part])) for part in _LIFE_PARTS[:4]]
        answers += [(f"{domain}.support_need", need), (f"{domain}.functioning", icf)]
        if icf in ("2", "3", "4"):
            answers.append((f"{domain}.functioning_notes", t(texts["functioning_notes"])))
    answers += [(f"strengths.{key}", t(persona[key])) for key in ("strengths", "wishes", "important_people")]
    special, plan_reason, own_worker = persona["special_support"], persona.get("plan_reason"), persona["own_worker"]
    answers += [
        ("conclusions.client_assessment", t(persona["client_assessment"])),
        ("conclusions.close_persons_assessment", t(persona["close_persons_assessment"])),
        ("conclusions.professional_assessment", t(persona["professional_assessment"])),
        ("conclusions.need_nature", persona["need_nature"]),
        ("conclusions.right_to_special_support", special is not None),
        ("conclusions.special_support_reason", t(special or "")),
        ("conclusions.plan_made", plan_reason is None),
        ("conclusions.plan_reason", t(plan_reason or "")),
        ("conclusions.own_worker_needed", own_worker is not None),
        ("conclusions.own_worker_name", own_worker or ""),
        ("conclusions.clienthood_continues", True),
        ("conclusions.further_plan", t(persona["further_plan"])),
    ]
    if persona["differing"]:
        answers += [(f"differing_views.{key}", t(persona["differing"][key])) for key in _DIFFERING]
    # Empty texts (a part this persona has nothing for) are not typed in at all.
    return [(key, value) for key, value in answers if value not in ("", [], None)]


class _Story:
    """Writes the story of one client after another through the services, in one transaction."""

    def __init__(self, workspace: Workspace, session: Session, rng: random.Random,
                 clock: random.Random | None = None) -> None:
        self.db = _OneTransaction(workspace.db.engine, session)
        self.orm = session  # the one open transaction, for setting the clock back
        # When visits happened: random numbers of their own, so the story's words stay the same.
        self.clock = clock or random.Random(0)
        self.times: dict[uuid.UUID, tuple[datetime, datetime]] = {}  # visit -> start and end
        self.visits = VisitService(self.db, workspace.actor)
        self.assessments = AssessmentService(self.db, workspace.actor, workspace.templates)
        self.decisions = DecisionService(self.db, workspace.actor)
        self.rng = rng
        self.used: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()

    def _least_used(self, ids: list[str]) -> str:
        """Spread personas and topics over the clients: one of the least used, by the seeded random."""
        fewest = min(self.used[i] for i in ids)
        chosen = self.rng.choice([i for i in ids if self.used[i] == fewest])
        self.used[chosen] += 1
        return chosen

    def persona(self, case: _Case) -> dict[str, Any]:
        personas = _texts()["personas"]
        fits = [p for p in personas if p["language"] == case.language and p["ages"][0] <= case.age <= p["ages"][1]]
        fits = fits or [p for p in personas if p["language"] == case.language]
        chosen = self._least_used([p["id"] for p in fits])
        return next(p for p in personas if p["id"] == chosen)

    def topic(self, case: _Case, persona: dict[str, Any] | None) -> dict[str, Any]:
        topics = _texts()["topics"]
        ids = list(persona["topics"]) if persona else [
            key for key, topic in topics.items()
            if topic["language"] == case.language and (case.age < 45 or not topic["young"])]
        return topics[self._least_used(ids)]

    # -- visits ---------------------------------------------------------------------------------

    def visit(self, case: _Case, way: str, notes: str, *, interpreter: bool = False, end: bool = True,
              close_only: bool = False, days_ago: int | None = None,
              at: tuple[int, int] | None = None) -> tuple[Any, list[dict[str, str]], list[dict[str, str]]]:
        """A visit with who took part and who was absent; ended unless ``end`` is false. With
        ``days_ago`` it happened that many days before today (the weekday before, on a weekend)
        in office hours, or at ``at``; else it starts now."""
        visit = self.visits.start_visit(case.id, way, case.words(way))
        if days_ago is not None:
            self._happened(visit.id, case.today - timedelta(days=days_ago), at)
        me = {"name": case.name, "relation": case.words("client")}
        close = {"name": case.close["name"], "relation": case.close["relation"]}
        if close_only:
            participants = [close]
        elif way == "phone":
            participants = [me]
        else:
            participants = [me, close]
        if interpreter:
            participants.append({"name": _INTERPRETER, "relation": case.words("interpreter")})
        absent = []
        if case.other is not None and way in ("home_visit", "office") and self.rng.random() < 0.4:
            absent = [{"name": case.other["name"], "relation": case.other["relation"], "reason": case.words("absent")}]
        self.visits.update_visit_field(visit.id, "participants", participants)
        if absent:
            self.visits.update_visit_field(visit.id, "absent", absent)
        self.visits.update_visit_field(visit.id, "notes", case.text(notes))
        self.counts["visits_open"] += 1
        if end:
            self.end(visit.id)
        return visit, participants, absent

    def end(self, visit_id: uuid.UUID) -> None:
        self.visits.end_visit(visit_id)
        if visit_id in self.times:
            self.orm.get(Visit, visit_id).ends_at = self.times[visit_id][1]
        self.counts["visits_open"] -= 1
        self.counts["visits_ended"] += 1

    def _day_of(self, visit_id: uuid.UUID | None, today: date) -> date:
        """The day of a visit of an earlier day, else today (a follow-up is set from the session's day)."""
        return self.times[visit_id][0].date() if visit_id in self.times else today  # type: ignore[index]

    def moment(self, day: date, hour: int, minute: int = 0) -> datetime:
        """``day`` at a local clock time, as stored (aware)."""
        return datetime.combine(day, time(hour, minute)).astimezone()

    def _happened(self, visit_id: uuid.UUID, day: date, at: tuple[int, int] | None = None) -> None:
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        hour, minute = self.clock.choice((8, 9, 10, 12, 13, 14)), self.clock.choice((0, 15, 30))
        start = self.moment(day, *(at or (hour, minute)))
        start = min(start, utc_now() - timedelta(minutes=20))  # a visit of today has begun by now
        self.times[visit_id] = (start, start + timedelta(minutes=self.clock.choice((45, 60, 75, 90, 120))))
        record = self.orm.get(Visit, visit_id)
        record.starts_at = record.created_at = start

    def date_as_visit(self, record: Assessment | DecisionSession, visit_id: uuid.UUID | None, *,
                        complete: bool) -> None:
        """An assessment or session made in a visit of an earlier day carries that day's times."""
        if visit_id not in self.times:
            return
        start, end = self.times[visit_id]  # type: ignore[index]
        record.created_at = start + timedelta(minutes=10)
        record.updated_at = end - timedelta(minutes=5)
        if complete:
            record.completed_at = record.updated_at

    # -- assessments -----------------------------------------------------------------------------

    def assessment(self, case: _Case, persona: dict[str, Any], visit_id: uuid.UUID, way: str,
                   participants: list[dict[str, str]], absent: list[dict[str, str]], *, complete: bool) -> Any:
        """A needs assessment made on the visit: every answer and completed, or a draft partly filled."""
        started = self.times[visit_id][0].date() if visit_id in self.times else None
        answers = _persona_answers(case, persona, way, participants, absent, self.rng, started)
        if not complete:  # the beginning of the form and a few life domains, as far as the visit got
            reached = {"initiation", "conduct", *DOMAINS[:self.rng.randint(1, 3)]}
            answers = [(key, value) for key, value in answers if key.split(".")[0] in reached]
        view = self.assessments.start(case.id, TEMPLATE_ID, visit_id)
        for key, value in answers:
            self.assessments.answer(view.id, key, value)
        if complete:
            view = self.assessments.complete(view.id)
        self.date_as_visit(self.orm.get(Assessment, view.id), visit_id, complete=complete)
        self.counts["assessments_completed" if complete else "assessments_draft"] += 1
        return view

    def amend(self, case: _Case, completed: Any, *, complete: bool) -> None:
        """Version 2 of a completed assessment: completed with new information, or a draft just begun."""
        if complete:
            draft = self.assessments.amend(completed.id, case.words("amend_completed"))
            self.assessments.answer(draft.id, "health.professional_view", case.words("amend_health"))
            plan = completed.answers.get("conclusions.further_plan", "")
            self.assessments.answer(draft.id, "conclusions.further_plan", plan + case.words("amend_plan"))
            self.assessments.complete(draft.id)
        else:
            draft = self.assessments.amend(completed.id, case.words("amend_draft"))
            words = completed.answers.get("conclusions.client_assessment", "")
            self.assessments.answer(draft.id, "conclusions.client_assessment", words + case.words("amend_words"))
            self.counts["assessments_draft"] += 1
        self.counts["assessments_amended"] += 1

    # -- supported decision-making ----------------------------------------------------------------

    def session(self, case: _Case, topic: dict[str, Any], *, complete: bool, visit_id: uuid.UUID | None = None,
                assessment_id: uuid.UUID | None = None, interpreter: bool = False) -> None:
        """A decision-making session: completed with the decision, or a draft with the options being sorted."""
        t = case.text
        view = self.decisions.start(case.id, visit_id=visit_id, assessment_id=assessment_id)
        close = case.close
        participants = [
            {"name": close["name"], "role": "supporter", "relation": close["relation"]},
            {"name": COUNSELLOR, "role": "professional", "relation": case.words("role")},
        ]
        if interpreter:
            participants.append({"name": _INTERPRETER, "role": "interpreter", "relation": case.words("interpreter")})
        fields: list[tuple[str, Any]] = [
            ("topic", t(topic["topic"])), ("topic_plain", t(topic["topic_plain"])),
            ("parts", [t(part) for part in topic["parts"]]), ("participants", participants),
            ("methods", topic["methods"]), ("aids", t(topic["aids"])),
        ]
        for key, value in fields:
            self.decisions.set_field(view.id, key, value)
        options = topic["options"] if complete else topic["options"][:3]
        for index, option in enumerate(options):
            added = self.decisions.add_option(view.id, t(option["title"]), t(option["plain"]), option["pictogram"])
            option_id = added.content["options"][-1]["id"]
            if not complete and index >= 2:
                continue  # not sorted yet
            if option["tried"]:
                self.decisions.set_option_field(view.id, option_id, "tried", True)
            self.decisions.set_option_field(view.id, option_id, "reaction", option["reaction"])
            self.decisions.set_option_field(view.id, option_id, "client_words", t(option["words"]))
        if complete:
            follow_up = topic["follow_up_days"]
            fields = [
                ("decision", t(topic["decision"])),
                ("will_questions", [{"question": t(w["question"]), "answer": t(w["answer"])}
                                    for w in topic["will_questions"]]),
                ("how_will_found", t(topic["how_will_found"])),
                ("agreement", topic["agreement"]), ("agreement_reason", t(topic["agreement_reason"])),
                ("differing_views", [{"who": t(d["who"]), "view": t(d["view"])} for d in topic["differing"]]),
                ("next_steps", t(topic["next_steps"])),
                ("follow_up_on", self._day_of(visit_id, case.today) + timedelta(days=follow_up) if follow_up
                 else None),
                ("wellbeing", topic["wellbeing"]),
            ]
            for key, value in fields:
                if value not in ("", [], None):
                    self.decisions.set_field(view.id, key, value)
            self.decisions.complete(view.id)
        self.date_as_visit(self.orm.get(DecisionSession, view.id), visit_id, complete=complete)
        self.counts["sessions_completed" if complete else "sessions_draft"] += 1


def _pick(pool: list[_Case], n: int, statuses: tuple[str, ...], *, swedish_first: int = 0) -> list[_Case]:
    """Take ``n`` clients out of ``pool``: up to ``swedish_first`` Swedish-speaking ones first, then
    any with these statuses, then (when too few have them) any at all."""
    chosen: list[_Case] = []

    def take(fits: Callable[[_Case], bool], limit: int) -> None:
        for case in [c for c in pool if fits(c)][:max(limit, 0)]:
            pool.remove(case)
            chosen.append(case)

    take(lambda c: c.language == "sv" and c.client["status"] in statuses, min(swedish_first, n))
    take(lambda c: c.client["status"] in statuses, n - len(chosen))
    take(lambda c: True, n - len(chosen))
    return chosen


def seed_casework(workspace: Workspace, clients: list[tuple[uuid.UUID, dict[str, Any], list[dict[str, Any]]]],
                  *, today: date | None = None, seed: int = 2026) -> CaseworkCounts:
    """Visits, needs assessments and decision-making sessions for the workspace user's own clients
    (``clients`` as created: id, values, close persons), deterministic for a given ``seed`` and ``today``."""
    today = today or date.today()
    rng = random.Random(seed + 1)
    pool = [_Case(cid, values, persons, today) for cid, values, persons in clients
            if values.get("own_worker") == workspace.actor.user_name and values["status"] != ClientStatus.CLOSED.value
            and persons]
    rng.shuffle(pool)
    active = (ClientStatus.ACTIVE.value, ClientStatus.PAUSED.value)
    starting = (ClientStatus.NEW.value, ClientStatus.ACTIVE.value)
    completed = _pick(pool, STORY["completed"], active, swedish_first=2)
    drafts = _pick(pool, STORY["draft"], starting)
    open_visits = _pick(pool, STORY["open"], starting)
    contacts = _pick(pool, STORY["contact"], active + starting)
    session_only = _pick(pool, STORY["session_only"], active, swedish_first=1)

    with workspace.db.transaction() as session:
        story = _Story(workspace, session, rng, random.Random(seed + 11))
        finnish = [c for c in completed if c.language == "fi"]
        amended = {finnish[-1].id: True, finnish[-2].id: False} if len(finnish) >= 2 else {}
        planned: list[tuple[_Case, str]] = []  # clients whose plan story follows, with their persona
        for index, case in enumerate(completed):
            persona = story.persona(case)
            way = rng.choice(persona["ways"])
            interpreter = bool(persona.get("interpreter"))
            visit, participants, absent = story.visit(case, way, persona["visit_notes"], interpreter=interpreter,
                                                      end=False, days_ago=story.clock.randint(7, 60))
            view = story.assessment(case, persona, visit.id, way, participants, absent, complete=True)
            if index < 5:  # the decision at hand came up in the assessment: a session on the same visit
                story.session(case, story.topic(case, persona), complete=index < 4, visit_id=visit.id,
                              assessment_id=view.id, interpreter=interpreter)
            story.end(visit.id)
            if case.id in amended:
                story.amend(case, view, complete=amended[case.id])
            else:
                planned.append((case, persona["id"]))
            story.db.release()
        for case in drafts:
            persona = story.persona(case)
            way = rng.choice(persona["ways"])
            visit, participants, absent = story.visit(case, way, persona["visit_notes"],
                                                      interpreter=bool(persona.get("interpreter")),
                                                      days_ago=story.clock.randint(1, 6))
            story.assessment(case, persona, visit.id, way, participants, absent, complete=False)
            story.db.release()
        contact_lines = {lang: list(lines) for lang, lines in _texts()["contacts"].items()}
        for index, case in enumerate(contacts):
            lines = contact_lines[case.language]
            line = lines.pop(rng.randrange(len(lines))) if len(lines) > 1 else lines[0]
            way, notes = line["way"], line["notes"]
            visit, _, _ = story.visit(case, way, notes, close_only=notes.startswith("{close}"),
                                      days_ago=story.clock.randint(1, 30))
            if index < 2:
                story.session(case, story.topic(case, None), complete=index == 0,
                              visit_id=visit.id if way != "phone" else None)
            story.db.release()
        for index, case in enumerate(open_visits):  # still at the client's: "Continue visit"; the others left open
            notes = _texts()["phrases"][case.language]["open_notes"]
            visit, participants, absent = story.visit(case, "home_visit", notes, end=False, days_ago=index,
                                                      at=(10, 0))  # the notes say it began at ten
            if index == 0:
                persona = story.persona(case)
                view = story.assessments.start(case.id, TEMPLATE_ID, visit.id)
                story.assessments.answer(view.id, "initiation.method", persona["method"])
                story.assessments.answer(view.id, "initiation.reasons", case.text(persona["reasons"]))
                story.counts["assessments_draft"] += 1
            elif index == 1:
                story.session(case, story.topic(case, None), complete=False, visit_id=visit.id)
            story.db.release()
        for index, case in enumerate(session_only):
            story.session(case, story.topic(case, None), complete=index < 3)
            story.db.release()
        plans = PlanStory(story.db, workspace.actor, workspace.templates, rng, today)
        kinds = plan_kinds([persona_id for _, persona_id in planned])
        for (case, persona_id), kind in zip(planned, kinds, strict=True):
            if kind is not None:
                plans.plan(case.id, case.name, case.language, persona_id, kind, case.text)
                story.db.release()
        story.counts.update(plans.counts)
        seed_week(story, today, _texts()["today"], planned=[*completed[:4], *contacts[:2], *drafts[:1]],
                  spare=pool)
        return CaseworkCounts(**{key: story.counts[key] for key in CaseworkCounts.__dataclass_fields__})
