"""The client plan (asiakassuunnitelma / oma suunnitelma), its goals, supports and role map.

Fields follow THL Sosmeta's disability-services client plan (../shared/DOMAIN.md); rules
are in docs/budget.md ("Client plan"). A plan is versioned: draft → agreed → superseded.
Only a draft can be edited. Agreeing a draft supersedes the plan agreed before it, so a
client has at most one agreed plan (the current one) and at most one draft at a time.

Goals are written in the client's own words. Each support says who provides it, the client's
proposal on how it is arranged, the arranging method and, when priced, quantity × unit price
(money rules in ``money``). The role map (roolikartta) lists every person with tasks in the
plan: exactly one client, the own worker (SHL §42), and everyone a support names as its
provider (private persons and their tasks, Client Data Act 703/2023 §43).

Constructors clean and check single values (``InvalidInput`` with one ``Issue``);
``missing_for_agreement`` lists everything that stops agreeing a plan. ``Issue.field`` is the
attribute, or ``goals/<id>/<attribute>``, ``goals/<id>/supports/<id>/<attribute>``,
``role_map/<id>/<attribute>``, ``participants/<index>/<attribute>`` or
``differing_views/<index>/<attribute>`` for rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import (
    InvalidInput,
    check_cents,
    check_quantity,
    check_unit,
    clean_text,
    line_cents,
    same_name,
)
from sopiva_desk.domain.pictograms import normalize_hexcode

STATES = ("draft", "agreed", "superseded")
# The assessment template's life domains (resources/templates/vammaispalvelut-pta.toml).
LIFE_DOMAINS = ("everyday_life", "housing", "mobility", "communication", "health", "work_study", "leisure",
                "relationships", "finances", "safety")
PROVIDER_KINDS = ("client", "close_person", "basic_service", "ngo", "service_provider")
# Kinds whose provider must be named and shown in the role map when named.
NAMED_PROVIDER_KINDS = ("close_person", "basic_service", "ngo", "service_provider")
ARRANGING_METHODS = ("own_production", "purchased_service", "service_voucher", "payment_commitment",
                     "personal_budget", "informal_support", "basic_service")
ROLES = ("client", "close_person", "own_worker", "hb_coordinator", "hb_assistant", "supporter", "provider",
         "decision_maker", "other")
# Roles that need at least one task written down; the client and decision maker may have none.
ROLES_WITH_TASKS = ("close_person", "own_worker", "hb_coordinator", "hb_assistant", "supporter", "provider",
                    "other")

TEXT_LIMITS: dict[str, int] = {
    "meeting_place": 200,
    "communication": 4000,
    "how_will_found": 4000,
    "current_services": 4000,
    "support_need_client": 4000,
    "support_need_close_persons": 4000,
    "support_need_professional": 4000,
    "strengths": 4000,
    "earlier_goals": 4000,
    "self_determination": 4000,
    "rights_explained_how": 2000,
}
SITUATION_MAX = 4000
ID_MAX, NAME_MAX, RELATION_MAX, CODE_MAX = 64, 100, 100, 40
GOAL_LIMITS = {"client_words": 1000, "indicator": 1000}
SUPPORT_LIMITS = {"description": 1000, "provider_name": 200, "client_proposal": 2000}
TASK_MAX, TASKS_MAX = 300, 20
GOALS_MAX, SUPPORTS_MAX, ROLE_MAP_MAX, PARTICIPANTS_MAX, DIFFERING_VIEWS_MAX = 20, 20, 40, 30, 20
WHO_MAX, VIEW_MAX = 100, 2000
DURATION_MONTHS_MAX = 120


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _choice(where: str, raw: Any, choices: Sequence[str]) -> str | None:
    if raw is None or raw == "":
        return None
    if raw not in choices:
        raise InvalidInput(Issue(where, "field.choice"))
    return str(raw)


def _date(where: str, raw: Any) -> date | None:
    if raw is None:
        return None
    if isinstance(raw, datetime) or not isinstance(raw, date):
        raise InvalidInput(Issue(where, "date.format"))
    return raw


def _id(raw: Any) -> str:
    text = clean_text("id", raw, ID_MAX, one_line=True)
    if text is None:
        raise InvalidInput(Issue("id", "field.required"))
    return text


def _rows(where: str, raw: Any, kind: type, limit: int) -> tuple[Any, ...]:
    rows = tuple(raw or ())
    if len(rows) > limit:
        raise InvalidInput(Issue(where, "field.too_many", {"max": limit}))
    if not all(isinstance(row, kind) for row in rows):
        raise TypeError(f"{where} must hold {kind.__name__} values")
    return rows


def _unique_ids(where: str, rows: Sequence[Any]) -> None:
    if len({row.id for row in rows}) != len(rows):
        raise ValueError(f"{where}: ids must be unique")


def _filled(value: Any) -> bool:
    return value is not None and value != "" and value != () and value != []


# -- parts of a plan ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Support:
    """How one goal is supported: who, how the client proposes it is arranged, how much."""

    id: str
    description: str | None = None
    provider_kind: str | None = None
    provider_name: str | None = None
    service_code: str | None = None  # from the service catalogue
    client_proposal: str | None = None  # the client's proposal on how it is arranged
    arranging_method: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price_cents: int | None = None
    start_date: date | None = None
    duration_months: int | None = None  # None: until further notice (toistaiseksi)

    def __post_init__(self) -> None:
        _set(self, "id", _id(self.id))
        for name, limit in SUPPORT_LIMITS.items():
            _set(self, name, clean_text(name, getattr(self, name), limit, one_line=name == "provider_name"))
        _set(self, "provider_kind", _choice("provider_kind", self.provider_kind, PROVIDER_KINDS))
        _set(self, "arranging_method", _choice("arranging_method", self.arranging_method, ARRANGING_METHODS))
        _set(self, "service_code", clean_text("service_code", self.service_code, CODE_MAX, one_line=True))
        if self.quantity is not None:
            _set(self, "quantity", check_quantity("quantity", self.quantity))
        if self.unit is not None and self.unit != "":
            check_unit("unit", self.unit)
        else:
            _set(self, "unit", None)
        if self.unit_price_cents is not None:
            check_cents("unit_price_cents", self.unit_price_cents)
        _date("start_date", self.start_date)
        months = self.duration_months
        if months is not None and (isinstance(months, bool) or not isinstance(months, int)
                                   or not 1 <= months <= DURATION_MONTHS_MAX):
            raise InvalidInput(Issue("duration_months", "field.range", {"min": 1, "max": DURATION_MONTHS_MAX}))

    @property
    def cost_cents(self) -> int | None:
        """quantity × unit price (half up to the cent), when both are set."""
        if self.quantity is None or self.unit_price_cents is None:
            return None
        return line_cents(self.quantity, self.unit_price_cents)


@dataclass(frozen=True, kw_only=True)
class Goal:
    id: str
    client_words: str | None = None  # the goal in the client's own words
    life_domain: str | None = None
    indicator: str | None = None  # what will show it is reached
    target_date: date | None = None
    pictogram: str | None = None  # OpenMoji hexcode
    supports: tuple[Support, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "id", _id(self.id))
        for name, limit in GOAL_LIMITS.items():
            _set(self, name, clean_text(name, getattr(self, name), limit))
        _set(self, "life_domain", _choice("life_domain", self.life_domain, LIFE_DOMAINS))
        _date("target_date", self.target_date)
        raw = self.pictogram
        code = None
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            code = normalize_hexcode(raw) if isinstance(raw, str) else None
            if code is None:
                raise InvalidInput(Issue("pictogram", "field.choice"))
        _set(self, "pictogram", code)
        supports = _rows("supports", self.supports, Support, SUPPORTS_MAX)
        _unique_ids("supports", supports)
        _set(self, "supports", supports)


@dataclass(frozen=True, kw_only=True)
class RoleEntry:
    """One person in the role map and their tasks in this plan."""

    id: str
    name: str | None = None
    role: str | None = None
    relation: str | None = None  # relation to the client, for close persons
    tasks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "id", _id(self.id))
        _set(self, "name", clean_text("name", self.name, NAME_MAX, one_line=True))
        _set(self, "role", _choice("role", self.role, ROLES))
        _set(self, "relation", clean_text("relation", self.relation, RELATION_MAX, one_line=True))
        if isinstance(self.tasks, str):
            raise InvalidInput(Issue("tasks", "field.choice"))
        tasks = tuple(self.tasks or ())
        if len(tasks) > TASKS_MAX:
            raise InvalidInput(Issue("tasks", "field.too_many", {"max": TASKS_MAX}))
        cleaned = (clean_text(f"tasks/{i}", task, TASK_MAX) for i, task in enumerate(tasks))
        _set(self, "tasks", tuple(task for task in cleaned if task))


@dataclass(frozen=True, kw_only=True)
class Participant:
    """Someone at the plan meeting, with their relation to the client."""

    name: str | None = None
    relation: str | None = None

    def __post_init__(self) -> None:
        _set(self, "name", clean_text("name", self.name, NAME_MAX, one_line=True))
        _set(self, "relation", clean_text("relation", self.relation, RELATION_MAX, one_line=True))


@dataclass(frozen=True, kw_only=True)
class DifferingView:
    """A view that differs from the client's, kept beside it (never instead of it)."""

    who: str | None = None
    view: str | None = None

    def __post_init__(self) -> None:
        _set(self, "who", clean_text("who", self.who, WHO_MAX, one_line=True))
        _set(self, "view", clean_text("view", self.view, VIEW_MAX))


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Plan:
    id: str
    version: int = 1
    state: str = "draft"
    agreed_on: date | None = None
    meeting_date: date | None = None
    meeting_place: str | None = None
    participants: tuple[Participant, ...] = ()
    communication: str | None = None  # communication methods and language
    how_will_found: str | None = None  # how the client's will was found out
    situation: Mapping[str, str] = field(default_factory=dict, hash=False)  # by life domain
    current_services: str | None = None
    support_need_client: str | None = None
    support_need_close_persons: str | None = None
    support_need_professional: str | None = None
    strengths: str | None = None
    earlier_goals: str | None = None  # attainment of earlier goals
    goals: tuple[Goal, ...] = ()
    self_determination: str | None = None  # special measures for self-determination (675/2023 §4(2))
    differing_views: tuple[DifferingView, ...] = ()
    rights_explained: bool = False  # the client was given an explanation of rights and options
    rights_explained_how: str | None = None
    review_date: date | None = None
    role_map: tuple[RoleEntry, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "id", _id(self.id))
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise ValueError("version is a positive int")
        if self.state not in STATES:
            raise InvalidInput(Issue("state", "field.choice"))
        for name in ("agreed_on", "meeting_date", "review_date"):
            _date(name, getattr(self, name))
        for name, limit in TEXT_LIMITS.items():
            _set(self, name, clean_text(name, getattr(self, name), limit, one_line=name == "meeting_place"))
        if not isinstance(self.rights_explained, bool):
            raise InvalidInput(Issue("rights_explained", "field.choice"))
        situation: dict[str, str] = {}
        for domain, text in dict(self.situation or {}).items():
            if domain not in LIFE_DOMAINS:
                raise InvalidInput(Issue(f"situation/{domain}", "field.choice"))
            cleaned = clean_text(f"situation/{domain}", text, SITUATION_MAX)
            if cleaned:
                situation[domain] = cleaned
        _set(self, "situation", situation)
        _set(self, "participants", _rows("participants", self.participants, Participant, PARTICIPANTS_MAX))
        _set(self, "differing_views",
             _rows("differing_views", self.differing_views, DifferingView, DIFFERING_VIEWS_MAX))
        goals = _rows("goals", self.goals, Goal, GOALS_MAX)
        _unique_ids("goals", goals)
        support_ids = [support.id for goal in goals for support in goal.supports]
        if len(set(support_ids)) != len(support_ids):
            raise ValueError("support ids must be unique in a plan")
        _set(self, "goals", goals)
        role_map = _rows("role_map", self.role_map, RoleEntry, ROLE_MAP_MAX)
        _unique_ids("role_map", role_map)
        _set(self, "role_map", role_map)

    @property
    def locked(self) -> bool:
        return self.state != "draft"

    def supports(self) -> list[Support]:
        return [support for goal in self.goals for support in goal.supports]

    def support_ids(self) -> set[str]:
        return {support.id for goal in self.goals for support in goal.supports}


# -- rules ----------------------------------------------------------------------------------


def role_map_issues(plan: Plan) -> list[Issue]:
    """The role-map rules (docs/budget.md): one client, an own worker, every named provider in
    the map, names and roles filled, no one twice in the same role, tasks for those who have them."""
    issues: list[Issue] = []
    entries = plan.role_map
    clients = [e for e in entries if e.role == "client"]
    if len(clients) != 1:
        issues.append(Issue("role_map", "plan.role_map_client", {"count": len(clients)}))
    if not any(e.role == "own_worker" for e in entries):
        issues.append(Issue("role_map", "plan.role_map_own_worker"))
    seen: list[tuple[str, str]] = []
    for entry in entries:
        where = f"role_map/{entry.id}"
        if not entry.name:
            issues.append(Issue(f"{where}/name", "field.required"))
        if not entry.role:
            issues.append(Issue(f"{where}/role", "field.required"))
        if entry.name and entry.role:
            key = (" ".join(entry.name.casefold().split()), entry.role)
            if key in seen:
                issues.append(Issue(where, "plan.role_duplicate"))
            seen.append(key)
        if entry.role in ROLES_WITH_TASKS and not entry.tasks:
            issues.append(Issue(f"{where}/tasks", "plan.role_tasks_missing"))
    for goal in plan.goals:
        for support in goal.supports:
            if (support.provider_kind in NAMED_PROVIDER_KINDS and support.provider_name
                    and not any(same_name(support.provider_name, e.name) for e in entries)):
                issues.append(Issue(f"goals/{goal.id}/supports/{support.id}/provider_name",
                                    "plan.provider_not_in_role_map", {"name": support.provider_name}))
    return issues


def missing_for_agreement(plan: Plan) -> list[Issue]:
    """Everything that stops agreeing the plan, in form order."""
    issues: list[Issue] = []
    if plan.meeting_date is None:
        issues.append(Issue("meeting_date", "field.required"))
    for index, person in enumerate(plan.participants):
        if not person.name:
            issues.append(Issue(f"participants/{index}/name", "field.required"))
    if not plan.current_services:
        issues.append(Issue("current_services", "field.required"))
    if not plan.goals:
        issues.append(Issue("goals", "plan.goals_missing"))
    for goal in plan.goals:
        issues += _goal_issues(goal, plan.meeting_date)
    for index, row in enumerate(plan.differing_views):
        for part in ("who", "view"):
            if not getattr(row, part):
                issues.append(Issue(f"differing_views/{index}/{part}", "field.required"))
    if not plan.rights_explained:
        issues.append(Issue("rights_explained", "plan.rights_not_explained"))
    if not plan.rights_explained_how:
        issues.append(Issue("rights_explained_how", "field.required"))
    if plan.review_date is None:
        issues.append(Issue("review_date", "field.required"))
    elif plan.meeting_date is not None and plan.review_date <= plan.meeting_date:
        issues.append(Issue("review_date", "plan.review_not_after_meeting"))
    issues += role_map_issues(plan)
    return issues


def _goal_issues(goal: Goal, meeting_date: date | None) -> list[Issue]:
    where = f"goals/{goal.id}"
    issues = [Issue(f"{where}/{name}", "field.required")
              for name in ("client_words", "life_domain", "indicator") if not getattr(goal, name)]
    if goal.target_date and meeting_date and goal.target_date <= meeting_date:
        issues.append(Issue(f"{where}/target_date", "plan.target_not_after_meeting"))
    for support in goal.supports:
        at = f"{where}/supports/{support.id}"
        for name in ("description", "provider_kind", "arranging_method"):
            if not getattr(support, name):
                issues.append(Issue(f"{at}/{name}", "field.required"))
        if support.provider_kind == "close_person" and not support.provider_name:
            issues.append(Issue(f"{at}/provider_name", "field.required"))
        if (support.quantity is not None or support.unit_price_cents is not None) and not support.unit:
            issues.append(Issue(f"{at}/unit", "field.required"))
    return issues


# -- versions -------------------------------------------------------------------------------


def edit(plan: Plan, **changes: Any) -> Plan:
    """A changed copy of a draft; agreed and superseded plans are locked."""
    if {"id", "version", "state", "agreed_on"} & changes.keys():
        raise ValueError("versions and states change through new_draft() and agree()")
    if plan.locked:
        raise ValidationError([Issue("state", "plan.locked")])
    return replace(plan, **changes)


def current(history: Sequence[Plan]) -> Plan | None:
    """The agreed plan in force, if any."""
    return next((plan for plan in history if plan.state == "agreed"), None)


def draft(history: Sequence[Plan]) -> Plan | None:
    return next((plan for plan in history if plan.state == "draft"), None)


def new_draft(history: Sequence[Plan], plan_id: str) -> Plan:
    """The next version as a draft: a copy of the agreed plan (or an empty plan if none)."""
    if draft(history) is not None:
        raise ValidationError([Issue("state", "plan.draft_exists")])
    version = max((plan.version for plan in history), default=0) + 1
    base = current(history)
    if base is None:
        return Plan(id=plan_id, version=version)
    return replace(base, id=plan_id, version=version, state="draft", agreed_on=None)


def agree(history: Sequence[Plan], plan_id: str, agreed_on: date) -> tuple[Plan, ...]:
    """Agree the draft ``plan_id``; the plan agreed before it becomes superseded.

    Returns the whole history with both changes, or raises ``ValidationError`` with every
    issue that stops agreeing (``missing_for_agreement``).
    """
    plan = next((p for p in history if p.id == plan_id), None)
    if plan is None:
        raise ValueError(f"no plan {plan_id} in the history")
    if plan.state != "draft":
        raise ValidationError([Issue("state", "plan.locked")])
    issues = missing_for_agreement(plan)
    if issues:
        raise ValidationError(issues)
    agreed = replace(plan, state="agreed", agreed_on=agreed_on)
    return tuple(agreed if p.id == plan_id else replace(p, state="superseded") if p.state == "agreed" else p
                 for p in history)


def history_issues(history: Sequence[Plan]) -> list[str]:
    """Broken invariants of a stored history (for the store's own checks; not user messages)."""
    problems = []
    if sum(p.state == "agreed" for p in history) > 1:
        problems.append("more than one agreed plan")
    if sum(p.state == "draft" for p in history) > 1:
        problems.append("more than one draft")
    versions = [p.version for p in history]
    if len(set(versions)) != len(versions):
        problems.append("version numbers repeat")
    return problems
