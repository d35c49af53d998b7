"""Client plans (asiakassuunnitelma): draft from an assessment, autosave, goals, supports,
role map, agree, new versions and history.

The rules are ``domain/plans.py`` (docs/budget.md, "Client plan"); this module only turns
what the GUI sends into domain values, stores the plan as JSON and keeps the history. Every
call is one transaction; every change writes a history row (old → new, who, when, and the
new version's reason) and an access-log entry naming the field, never its value.

Content keys are the ``Plan`` attributes except ``id``, ``version``, ``state`` and
``agreed_on`` (columns). In JSON dates are ISO text, quantities decimal text and money
integer cents; an empty value is left out, rows keep every key. History keys are the
content keys, ``situation/<domain>``, ``goals/<id>`` (a goal added or removed: the whole
goal), ``goals/<id>/<part>``, ``goals/<id>/supports/<id>[/<part>]``, ``role_map/<id>[/<part>]``,
``status``, ``assessment_id`` and ``decision_session_ids``.

Drafting from an assessment (``start_draft``) copies from the latest completed assessment of
the client (or the one given) into plan fields that are still empty, never over text the
worker wrote; the mapping is ``services/plan_from_assessment.py``. The JSON form of the
content and the parsing of GUI input are ``services/plan_content.py``.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.catalogue import Catalogue, shipped_catalogue
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import amend_reason, date_input, prefixed_error, uuid_or_none
from sopiva_desk.services.plan_content import (
    DATE_FIELDS,
    FIELDS,
    GOAL_FIELDS,
    ROLE_FIELDS,
    SUPPORT_FIELDS,
    goal_json,
    plan_content,
    plan_of,
    role_json,
    rows_input,
    support_json,
    support_value,
)
from sopiva_desk.services.plan_from_assessment import ASSESSMENT_FIELDS, SITUATION_PARTS, from_assessment
from sopiva_desk.services.plan_from_sessions import filled_from_sessions
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Assessment, ClientPlan, ClientPlanChange, utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import assessments as assessment_repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as decision_repo
from sopiva_desk.store.repositories import plans as repo

__all__ = [
    "ASSESSMENT_FIELDS", "DATE_FIELDS", "DECISION_LINKS_MAX", "FIELDS", "GOAL_FIELDS", "RECORD_TYPE", "ROLE_FIELDS",
    "SITUATION_PARTS", "SUPPORT_FIELDS", "PlanChangeView", "PlanSaved", "PlanService", "PlanView", "goal_json",
    "plan_content", "plan_of", "role_json", "support_json",
]

RECORD_TYPE = "client_plan"
DECISION_LINKS_MAX = 20


# -- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    client_id: uuid.UUID
    series_id: uuid.UUID
    version_no: int
    status: str  # draft, agreed, superseded
    content: dict[str, Any]  # see the module doc; an absent key is empty
    plan: rules.Plan  # the same as a domain value (for missing_for_agreement, totals …)
    assessment_id: uuid.UUID | None
    decision_session_ids: list[str]
    supersedes_id: uuid.UUID | None
    amend_reason: str
    agreed_on: date | None
    created_at: datetime
    updated_at: datetime
    revision: int


@dataclass(frozen=True)
class PlanSaved:
    """One saved value: ``key`` as in the history (``goals/<id>/client_words`` …)."""

    key: str
    value: Any
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class PlanChangeView:
    version_no: int
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str
    reason: str


def _view(found: ClientPlan) -> PlanView:
    return PlanView(found.id, found.client_id, found.series_id, found.version_no, found.status,
                    copy.deepcopy(found.content), plan_of(found), found.assessment_id,
                    list(found.decision_session_ids or []), found.supersedes_id, found.amend_reason,
                    found.agreed_on, found.created_at, found.updated_at, found.revision)


class PlanService:
    def __init__(self, db: Database, actor: Actor, library: TemplateLibrary | None = None,
                 catalogue: Catalogue | None = None) -> None:
        self._db = db
        self._actor = actor
        self._library = library
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue or shipped_catalogue()

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: ClientPlan, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _stamp(self, found: ClientPlan) -> None:
        found.updated_at = utc_now()
        found.updated_by = self._actor.user_id

    def _history(self, session: Session, found: ClientPlan, key: str, old: Any, new: Any) -> None:
        session.add(ClientPlanChange(
            plan_id=found.id, field_key=key, old_value=old, new_value=new, changed_by=self._actor.user_id,
            changed_by_name=self._actor.user_name, reason=found.amend_reason))

    def _changed(self, session: Session, found: ClientPlan, key: str, old: Any, new: Any) -> None:
        """History row, stamp and access-log entry for one change, in the caller's transaction."""
        self._history(session, found, key, old, new)
        self._stamp(found)
        self._log(session, "update", found, (key,))

    def _get(self, session: Session, plan_id: uuid.UUID) -> ClientPlan:
        found = repo.get_plan(session, plan_id)
        if found is None:
            raise RecordGoneError()
        return found

    def _draft(self, session: Session, plan_id: uuid.UUID) -> tuple[ClientPlan, rules.Plan]:
        found = self._get(session, plan_id)
        if found.status != "draft":
            raise ValidationError([Issue("state", "plan.locked")])
        return found, plan_of(found)

    def _store(self, found: ClientPlan, plan: rules.Plan) -> None:
        found.content = plan_content(plan)  # a new dict, so the JSON column is written

    def _check_assessment(self, session: Session, client_id: uuid.UUID, assessment_id: uuid.UUID | None) -> None:
        if assessment_id is None:
            return
        found = assessment_repo.get_assessment(session, assessment_id)
        if found is None or found.client_id != client_id:
            raise ValidationError([Issue("assessment_id", "field.choice")])

    def _from_assessment(self, plan: rules.Plan, assessment: Assessment, language: str) -> rules.Plan:
        template = self._library.get(assessment.template_id, assessment.template_version) if self._library else None
        if template is None:
            return plan
        return from_assessment(plan, template, assessment.answers or {}, language)

    # -- use cases ----------------------------------------------------------------------------

    def start_draft(self, client_id: uuid.UUID, from_assessment_id: uuid.UUID | None = None) -> PlanView:
        """A new draft: the next version (a copy of the agreed plan), or version 1 with the
        situation, support needs and strengths from the latest completed assessment (module doc)."""
        with storage_errors(), self._db.transaction() as session:
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            self._check_assessment(session, client_id, from_assessment_id)
            stored = repo.plans_for_client(session, client_id)
            plan_id = uuid.uuid4()
            plan = rules.new_draft([plan_of(p) for p in stored], str(plan_id))  # plan.draft_exists
            assessment = (assessment_repo.get_assessment(session, from_assessment_id) if from_assessment_id
                          else repo.latest_completed_assessment(session, client_id))
            if assessment is not None:
                plan = self._from_assessment(plan, assessment, client.language)
            agreed = next((p for p in stored if p.status == "agreed"), None)
            found = ClientPlan(
                id=plan_id, created_by=self._actor.user_id, updated_by=self._actor.user_id, client_id=client_id,
                series_id=stored[0].series_id if stored else uuid.uuid4(), version_no=plan.version,
                supersedes_id=agreed.id if agreed else None, status="draft", content=plan_content(plan),
                assessment_id=assessment.id if assessment is not None else (agreed.assessment_id if agreed else None),
                decision_session_ids=list(agreed.decision_session_ids) if agreed else [], amend_reason="")
            session.add(found)
            self._log(session, "create", found)
            session.flush()
            return _view(found)

    def open(self, plan_id: uuid.UUID) -> PlanView:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            self._log(session, "view", found)
            return _view(found)

    def for_client(self, client_id: uuid.UUID) -> list[PlanView]:
        """Every version of the client's plan, newest first (not logged, like other lists)."""
        with storage_errors(), self._db.read() as session:
            return [_view(p) for p in repo.plans_for_client(session, client_id)]

    def current(self, client_id: uuid.UUID) -> PlanView | None:
        """The agreed plan in force, if any (not logged)."""
        return next((p for p in self.for_client(client_id) if p.status == "agreed"), None)

    def set_field(self, plan_id: uuid.UUID, key: str, raw: Any) -> PlanSaved:
        """Autosave one value of a draft: a content key (lists and ``situation`` whole),
        ``situation/<domain>``, ``assessment_id`` or ``decision_session_ids``."""
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            if key == "assessment_id":
                return self._set_assessment(session, found, raw)
            if key == "decision_session_ids":
                return self._set_sessions(session, found, raw)
            domain = key.split("/", 1)[1] if key.startswith("situation/") else None
            if domain is not None:
                if domain not in rules.LIFE_DOMAINS:
                    raise ValidationError([Issue(key, "field.choice")])
                if raw is not None and not isinstance(raw, str):
                    raise ValidationError([Issue(key, "field.choice")])
                value: Any = {**plan.situation, domain: raw or ""}
                attr = "situation"
            elif key in FIELDS:
                value, attr = self._plan_value(key, raw), key
            else:
                raise ValidationError([Issue(key, "field.choice")])
            try:
                changed = rules.edit(plan, **{attr: value})
            except InvalidInput as err:
                raise prefixed_error("", err) from None
            before, after = plan_content(plan), plan_content(changed)
            if domain is not None:
                old, new = before.get("situation", {}).get(domain), after.get("situation", {}).get(domain)
            else:
                old, new = before.get(key), after.get(key)
            if old != new:
                found.content = after
                self._changed(session, found, key, old, new)
            session.flush()
            return PlanSaved(key, new, found.revision, found.updated_at)

    @staticmethod
    def _plan_value(key: str, raw: Any) -> Any:
        if key in DATE_FIELDS:
            return date_input(key, raw)
        if key == "participants":
            return rows_input(key, raw, rules.Participant, ("name", "relation"))
        if key == "differing_views":
            return rows_input(key, raw, rules.DifferingView, ("who", "view"))
        if key == "situation":
            if raw is not None and not isinstance(raw, Mapping):
                raise ValidationError([Issue(key, "field.choice")])
            return dict(raw or {})
        if key == "rights_explained":
            if raw is None:
                return False
            if not isinstance(raw, bool):
                raise ValidationError([Issue(key, "field.choice")])
            return raw
        return raw

    def _set_assessment(self, session: Session, found: ClientPlan, raw: Any) -> PlanSaved:
        linked = uuid_or_none("assessment_id", raw)
        self._check_assessment(session, found.client_id, linked)
        if linked != found.assessment_id:
            old = found.assessment_id
            found.assessment_id = linked
            self._changed(session, found, "assessment_id", None if old is None else str(old),
                          None if linked is None else str(linked))
        session.flush()
        return PlanSaved("assessment_id", linked, found.revision, found.updated_at)

    def _set_sessions(self, session: Session, found: ClientPlan, raw: Any) -> PlanSaved:
        key = "decision_session_ids"
        if raw is None:
            raw = []
        if isinstance(raw, str | bytes) or not isinstance(raw, list | tuple):
            raise ValidationError([Issue(key, "field.choice")])
        if len(raw) > DECISION_LINKS_MAX:
            raise ValidationError([Issue(key, "field.too_many", {"max": DECISION_LINKS_MAX})])
        ids: list[str] = []
        for index, item in enumerate(raw):
            linked = uuid_or_none(f"{key}/{index}", item)
            decision = decision_repo.get_session(session, linked) if linked else None
            if decision is None or decision.client_id != found.client_id:
                raise ValidationError([Issue(f"{key}/{index}", "field.choice")])
            if str(linked) not in ids:
                ids.append(str(linked))
        old = list(found.decision_session_ids or [])
        if ids != old:
            found.decision_session_ids = ids
            self._changed(session, found, key, old, ids)
        session.flush()
        return PlanSaved(key, ids, found.revision, found.updated_at)

    def fill_from_sessions(self, plan_id: uuid.UUID, session_ids: list[uuid.UUID] | None = None) -> PlanView:
        """Link the client's completed decision-making sessions (all, or ``session_ids``) and copy
        how the client communicates and how the will was found out into the draft's fields that
        are still empty (``services/plan_from_sessions.py``); each change has its history row."""
        key = "decision_session_ids"
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            completed = [s for s in decision_repo.sessions_for_client(session, found.client_id)
                         if s.status == "completed"]
            if session_ids is not None:
                wanted = [str(uuid_or_none(f"{key}/{i}", raw)) for i, raw in enumerate(session_ids)]
                by_id = {str(s.id): s for s in completed}
                for index, wanted_id in enumerate(wanted):
                    if wanted_id not in by_id:
                        raise ValidationError([Issue(f"{key}/{index}", "field.choice")])
                completed = [by_id[wanted_id] for wanted_id in dict.fromkeys(wanted)]
            if not completed:
                raise ValidationError([Issue(key, "field.required")])
            completed.sort(key=lambda s: (s.completed_at or s.created_at, s.version_no))  # oldest first
            client = client_repo.get_client(session, found.client_id)
            language = client.language if client is not None else "fi"
            sessions = [((s.completed_at or s.created_at).astimezone().date(), s.content or {}) for s in completed]
            fill = filled_from_sessions(plan, sessions, language)
            if fill:
                before = plan_content(plan)
                self._store(found, rules.edit(plan, **fill))
                for name in fill:
                    self._history(session, found, name, before.get(name), found.content.get(name))
            old = list(found.decision_session_ids or [])
            ids = list(dict.fromkeys([*old, *(str(s.id) for s in completed)]))[:DECISION_LINKS_MAX]
            if ids != old:
                found.decision_session_ids = ids
                self._history(session, found, key, old, ids)
            if fill or ids != old:
                self._stamp(found)
                self._log(session, "update", found, (*fill, key) if ids != old else tuple(fill))
            session.flush()
            return _view(found)

    # -- goals and supports ---------------------------------------------------------------------

    def _goal_index(self, plan: rules.Plan, goal_id: str) -> int:
        for index, goal in enumerate(plan.goals):
            if goal.id == goal_id:
                return index
        raise RecordGoneError()

    def _with_goals(self, plan: rules.Plan, goals: list[rules.Goal]) -> rules.Plan:
        return rules.edit(plan, goals=tuple(goals))

    def add_goal(self, plan_id: uuid.UUID, fields: Mapping[str, Any] | None = None) -> PlanView:
        """Append a goal with a fresh id; ``fields`` may fill its parts at once."""
        goal_id = str(uuid.uuid4())
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            if len(plan.goals) >= rules.GOALS_MAX:
                raise ValidationError([Issue("goals", "field.too_many", {"max": rules.GOALS_MAX})])
            goal = self._changed_goal(rules.Goal(id=goal_id), fields or {}, f"goals/{goal_id}")
            self._store(found, self._with_goals(plan, [*plan.goals, goal]))
            self._changed(session, found, f"goals/{goal_id}", None, goal_json(goal))
            session.flush()
            return _view(found)

    @staticmethod
    def _changed_goal(goal: rules.Goal, fields: Mapping[str, Any], where: str) -> rules.Goal:
        unknown = set(fields) - set(GOAL_FIELDS)
        if unknown:
            raise ValidationError([Issue(f"{where}/{sorted(unknown)[0]}", "field.choice")])
        values = {key: date_input(f"{where}/{key}", raw) if key == "target_date" else raw
                  for key, raw in fields.items()}
        try:
            return replace(goal, **values)
        except InvalidInput as err:
            raise prefixed_error(where, err) from None

    def update_goal(self, plan_id: uuid.UUID, goal_id: str, key: str, raw: Any) -> PlanSaved:
        path = f"goals/{goal_id}/{key}"
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            index = self._goal_index(plan, goal_id)
            goal = self._changed_goal(plan.goals[index], {key: raw}, f"goals/{goal_id}")
            old, new = goal_json(plan.goals[index])[key], goal_json(goal)[key]
            if old != new:
                goals = list(plan.goals)
                goals[index] = goal
                self._store(found, self._with_goals(plan, goals))
                self._changed(session, found, path, old, new)
            session.flush()
            return PlanSaved(path, new, found.revision, found.updated_at)

    def remove_goal(self, plan_id: uuid.UUID, goal_id: str) -> PlanView:
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            index = self._goal_index(plan, goal_id)
            goals = list(plan.goals)
            removed = goals.pop(index)
            self._store(found, self._with_goals(plan, goals))
            self._changed(session, found, f"goals/{goal_id}", goal_json(removed), None)
            session.flush()
            return _view(found)

    def _changed_support(self, support: rules.Support, fields: Mapping[str, Any], where: str) -> rules.Support:
        unknown = set(fields) - set(SUPPORT_FIELDS)
        if unknown:
            raise ValidationError([Issue(f"{where}/{sorted(unknown)[0]}", "field.choice")])
        try:
            values = {key: support_value(key, raw) for key, raw in fields.items()}
            changed = replace(support, **values)
        except InvalidInput as err:
            raise prefixed_error(where, err) from None
        code = changed.service_code
        if code and code != support.service_code:
            service = self.catalogue.service(code)
            if service is None:
                raise ValidationError([Issue(f"{where}/service_code", "field.choice")])
            # The price list fills what is still empty: the unit, and the price on the start date (or today).
            fill: dict[str, Any] = {}
            if changed.unit is None:
                fill["unit"] = service.unit
            if changed.unit_price_cents is None and (changed.unit or service.unit) == service.unit:
                price = service.price_on(changed.start_date or date.today())
                if price is not None:
                    fill["unit_price_cents"] = price
            if fill:
                changed = replace(changed, **fill)
        return changed

    def _support_at(self, plan: rules.Plan, goal_id: str, support_id: str) -> tuple[int, int]:
        g = self._goal_index(plan, goal_id)
        for s, support in enumerate(plan.goals[g].supports):
            if support.id == support_id:
                return g, s
        raise RecordGoneError()

    def _with_supports(self, plan: rules.Plan, g: int, supports: list[rules.Support]) -> rules.Plan:
        goals = list(plan.goals)
        goals[g] = replace(goals[g], supports=tuple(supports))
        return self._with_goals(plan, goals)

    def add_support(self, plan_id: uuid.UUID, goal_id: str, fields: Mapping[str, Any] | None = None) -> PlanView:
        support_id = str(uuid.uuid4())
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            g = self._goal_index(plan, goal_id)
            supports = list(plan.goals[g].supports)
            where = f"goals/{goal_id}/supports"
            if len(supports) >= rules.SUPPORTS_MAX:
                raise ValidationError([Issue(where, "field.too_many", {"max": rules.SUPPORTS_MAX})])
            support = self._changed_support(rules.Support(id=support_id), fields or {}, f"{where}/{support_id}")
            self._store(found, self._with_supports(plan, g, [*supports, support]))
            self._changed(session, found, f"{where}/{support_id}", None, support_json(support))
            session.flush()
            return _view(found)

    def update_support(self, plan_id: uuid.UUID, goal_id: str, support_id: str, key: str, raw: Any) -> PlanSaved:
        """Autosave one part of a support. Choosing a catalogue service fills the unit and the
        unit price (on the start date, or today) when they are empty; each filled part has its
        own history row."""
        where = f"goals/{goal_id}/supports/{support_id}"
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            g, s = self._support_at(plan, goal_id, support_id)
            supports = list(plan.goals[g].supports)
            before = support_json(supports[s])
            supports[s] = self._changed_support(supports[s], {key: raw}, where)
            after = support_json(supports[s])
            parts = [part for part in SUPPORT_FIELDS if before[part] != after[part]]
            if parts:
                self._store(found, self._with_supports(plan, g, supports))
                for part in parts:
                    self._history(session, found, f"{where}/{part}", before[part], after[part])
                self._stamp(found)
                self._log(session, "update", found, tuple(f"{where}/{part}" for part in parts))
            session.flush()
            return PlanSaved(f"{where}/{key}", after[key], found.revision, found.updated_at)

    def remove_support(self, plan_id: uuid.UUID, goal_id: str, support_id: str) -> PlanView:
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            g, s = self._support_at(plan, goal_id, support_id)
            supports = list(plan.goals[g].supports)
            removed = supports.pop(s)
            self._store(found, self._with_supports(plan, g, supports))
            self._changed(session, found, f"goals/{goal_id}/supports/{support_id}", support_json(removed), None)
            session.flush()
            return _view(found)

    # -- role map -------------------------------------------------------------------------------

    @staticmethod
    def _changed_role(entry: rules.RoleEntry, fields: Mapping[str, Any], where: str) -> rules.RoleEntry:
        unknown = set(fields) - set(ROLE_FIELDS)
        if unknown:
            raise ValidationError([Issue(f"{where}/{sorted(unknown)[0]}", "field.choice")])
        values = dict(fields)
        if "tasks" in values:
            tasks = values["tasks"]
            if tasks is None:
                tasks = ()
            if isinstance(tasks, str) or not isinstance(tasks, list | tuple):
                raise ValidationError([Issue(f"{where}/tasks", "field.choice")])
            values["tasks"] = tuple(tasks)
        try:
            return replace(entry, **values)
        except InvalidInput as err:
            raise prefixed_error(where, err) from None

    @staticmethod
    def _role_index(plan: rules.Plan, entry_id: str) -> int:
        for index, entry in enumerate(plan.role_map):
            if entry.id == entry_id:
                return index
        raise RecordGoneError()

    def add_role(self, plan_id: uuid.UUID, fields: Mapping[str, Any] | None = None) -> PlanView:
        """Add a person to the role map (name, role, relation, tasks)."""
        entry_id = str(uuid.uuid4())
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            if len(plan.role_map) >= rules.ROLE_MAP_MAX:
                raise ValidationError([Issue("role_map", "field.too_many", {"max": rules.ROLE_MAP_MAX})])
            entry = self._changed_role(rules.RoleEntry(id=entry_id), fields or {}, f"role_map/{entry_id}")
            self._store(found, rules.edit(plan, role_map=(*plan.role_map, entry)))
            self._changed(session, found, f"role_map/{entry_id}", None, role_json(entry))
            session.flush()
            return _view(found)

    def update_role(self, plan_id: uuid.UUID, entry_id: str, key: str, raw: Any) -> PlanSaved:
        path = f"role_map/{entry_id}/{key}"
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            index = self._role_index(plan, entry_id)
            entry = self._changed_role(plan.role_map[index], {key: raw}, f"role_map/{entry_id}")
            old, new = role_json(plan.role_map[index])[key], role_json(entry)[key]
            if old != new:
                entries = list(plan.role_map)
                entries[index] = entry
                self._store(found, rules.edit(plan, role_map=tuple(entries)))
                self._changed(session, found, path, old, new)
            session.flush()
            return PlanSaved(path, new, found.revision, found.updated_at)

    def remove_role(self, plan_id: uuid.UUID, entry_id: str) -> PlanView:
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            index = self._role_index(plan, entry_id)
            entries = list(plan.role_map)
            removed = entries.pop(index)
            self._store(found, rules.edit(plan, role_map=tuple(entries)))
            self._changed(session, found, f"role_map/{entry_id}", role_json(removed), None)
            session.flush()
            return _view(found)

    # -- versions -------------------------------------------------------------------------------

    def agree(self, plan_id: uuid.UUID, agreed_on: date | str) -> PlanView:
        """Agree the draft (``ValidationError`` lists everything missing); the version agreed
        before it becomes superseded. Agreeing an agreed plan again changes nothing."""
        day = date_input("agreed_on", agreed_on)
        if day is None:
            raise ValidationError([Issue("agreed_on", "field.required")])
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            if found.status == "agreed":
                return _view(found)
            stored = {str(p.id): p for p in repo.plans_for_client(session, found.client_id)}
            history = rules.agree([plan_of(p) for p in stored.values()], str(found.id), day)
            for plan in history:
                record = stored[plan.id]
                if plan.state != record.status:
                    self._history(session, record, "status", record.status, plan.state)
                    record.status = plan.state
                    self._stamp(record)
                    self._log(session, "update", record, ("status",))
            found.agreed_on = day
            found.agreed_at = utc_now()
            found.agreed_by = self._actor.user_id
            session.flush()
            return _view(found)

    def new_version(self, plan_id: uuid.UUID, reason: str) -> PlanView:
        """A new draft copying the agreed version ``plan_id``, with the reason for the change."""
        text = amend_reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            if found.status != "agreed":
                raise ValidationError([Issue("state", "plan.locked" if found.status == "superseded"
                                             else "plan.draft_exists")])
            stored = repo.plans_for_client(session, found.client_id)
            new_id = uuid.uuid4()
            plan = rules.new_draft([plan_of(p) for p in stored], str(new_id))  # plan.draft_exists
            draft = ClientPlan(
                id=new_id, created_by=self._actor.user_id, updated_by=self._actor.user_id,
                client_id=found.client_id, series_id=found.series_id, version_no=plan.version,
                supersedes_id=found.id, status="draft", content=plan_content(plan),
                assessment_id=found.assessment_id, decision_session_ids=list(found.decision_session_ids or []),
                amend_reason=text)
            session.add(draft)
            self._log(session, "create", draft, ("amend_reason",))
            session.flush()
            return _view(draft)

    def history(self, plan_id: uuid.UUID) -> list[PlanChangeView]:
        """Every change across the versions of the client's plan, oldest first."""
        with storage_errors(), self._db.read() as session:
            found = self._get(session, plan_id)
            return [PlanChangeView(version, c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name,
                                   c.reason)
                    for c, version in repo.plan_changes_in_series(session, found.series_id)]
