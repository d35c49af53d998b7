"""Goals, their supports and the role map of a draft plan (part of ``PlanService``; the module
doc of ``services/plans.py`` names the history keys)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input, prefixed_error
from sopiva_desk.services.plan_base import PlanBase, PlanSaved, PlanView
from sopiva_desk.services.plan_base import plan_view as _view
from sopiva_desk.services.plan_content import (
    GOAL_FIELDS,
    ROLE_FIELDS,
    SUPPORT_FIELDS,
    goal_json,
    role_json,
    support_json,
    support_value,
)
from sopiva_desk.services.storage_errors import storage_errors


class PlanParts(PlanBase):
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
        if code and code != support.service_code and "unit" not in fields and "unit_price_cents" not in fields:
            service = self.catalogue.service(code)
            if service is None:
                raise ValidationError([Issue(f"{where}/service_code", "field.choice")])
            # Choosing a service sets its unit and its price on the start date (or today): a unit or
            # price left from another service, or chosen before, would make a wrong cost. A service
            # priced per decision keeps a price typed by hand, not one that came from the old service.
            price = service.price_on(changed.start_date or date.today())
            if price is None:
                old = self.catalogue.service(support.service_code) if support.service_code else None
                old_price = old.price_on(support.start_date or date.today()) if old is not None else None
                price = None if changed.unit_price_cents == old_price else changed.unit_price_cents
            changed = replace(changed, unit=service.unit, unit_price_cents=price)
        elif code and code != support.service_code and self.catalogue.service(code) is None:
            raise ValidationError([Issue(f"{where}/service_code", "field.choice")])
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
                    self._recorder(session).history(found, f"{where}/{part}", before[part], after[part])
                self._recorder(session).update(found, tuple(f"{where}/{part}" for part in parts))
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

