"""Plan content: the JSON form of a client plan and GUI input turned into domain values.

Pure conversion for ``services/plans.py`` (no session, no history). Content keys are the
``Plan`` attributes except ``id``, ``version``, ``state`` and ``agreed_on`` (columns). In JSON
dates are ISO text, quantities decimal text and money integer cents; an empty value is left
out, rows keep every key.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity
from sopiva_desk.services.inputs import date_input, prefixed_error
from sopiva_desk.store.models import ClientPlan

DATE_FIELDS = ("meeting_date", "review_date")
FIELDS = (*rules.TEXT_LIMITS, *DATE_FIELDS, "participants", "situation", "differing_views", "rights_explained")
GOAL_FIELDS = ("client_words", "life_domain", "indicator", "target_date", "pictogram")
SUPPORT_FIELDS = ("description", "provider_kind", "provider_name", "service_code", "client_proposal",
                  "arranging_method", "quantity", "unit", "unit_price_cents", "start_date", "duration_months")
ROLE_FIELDS = ("name", "role", "relation", "tasks")


# -- JSON <-> domain ------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(raw: Any) -> date | None:
    return None if raw is None else date.fromisoformat(raw)


def support_json(support: rules.Support) -> dict[str, Any]:
    return {
        "id": support.id, "description": support.description, "provider_kind": support.provider_kind,
        "provider_name": support.provider_name, "service_code": support.service_code,
        "client_proposal": support.client_proposal, "arranging_method": support.arranging_method,
        "quantity": None if support.quantity is None else str(support.quantity), "unit": support.unit,
        "unit_price_cents": support.unit_price_cents, "start_date": _iso(support.start_date),
        "duration_months": support.duration_months,
    }


def goal_json(goal: rules.Goal) -> dict[str, Any]:
    return {"id": goal.id, "client_words": goal.client_words, "life_domain": goal.life_domain,
            "indicator": goal.indicator, "target_date": _iso(goal.target_date), "pictogram": goal.pictogram,
            "supports": [support_json(s) for s in goal.supports]}


def role_json(entry: rules.RoleEntry) -> dict[str, Any]:
    return {"id": entry.id, "name": entry.name, "role": entry.role, "relation": entry.relation,
            "tasks": list(entry.tasks)}


def plan_content(plan: rules.Plan) -> dict[str, Any]:
    """The JSON content of a plan: every filled attribute except id, version, state and agreed_on."""
    content: dict[str, Any] = {name: getattr(plan, name) for name in rules.TEXT_LIMITS}
    content.update({name: _iso(getattr(plan, name)) for name in DATE_FIELDS})
    content["participants"] = [{"name": p.name, "relation": p.relation} for p in plan.participants]
    content["situation"] = dict(plan.situation)
    content["differing_views"] = [{"who": v.who, "view": v.view} for v in plan.differing_views]
    content["rights_explained"] = plan.rights_explained or None
    content["goals"] = [goal_json(g) for g in plan.goals]
    content["role_map"] = [role_json(e) for e in plan.role_map]
    return {key: value for key, value in content.items() if value not in (None, [], {})}


def _support(raw: Mapping[str, Any]) -> rules.Support:
    values = dict(raw)
    values["quantity"] = None if values.get("quantity") is None else Decimal(values["quantity"])
    values["start_date"] = _day(values.get("start_date"))
    return rules.Support(**values)


def _goal(raw: Mapping[str, Any]) -> rules.Goal:
    values = dict(raw)
    values["target_date"] = _day(values.get("target_date"))
    values["supports"] = tuple(_support(s) for s in values.get("supports") or ())
    return rules.Goal(**values)


def _role(raw: Mapping[str, Any]) -> rules.RoleEntry:
    return rules.RoleEntry(**{**raw, "tasks": tuple(raw.get("tasks") or ())})


def plan_of(found: ClientPlan) -> rules.Plan:
    """The domain plan of a stored version."""
    content = found.content
    return rules.Plan(
        id=str(found.id), version=found.version_no, state=found.status, agreed_on=found.agreed_on,
        **{name: content.get(name) for name in rules.TEXT_LIMITS},
        **{name: _day(content.get(name)) for name in DATE_FIELDS},
        participants=tuple(rules.Participant(**p) for p in content.get("participants") or ()),
        situation=dict(content.get("situation") or {}),
        differing_views=tuple(rules.DifferingView(**v) for v in content.get("differing_views") or ()),
        rights_explained=bool(content.get("rights_explained", False)),
        goals=tuple(_goal(g) for g in content.get("goals") or ()),
        role_map=tuple(_role(e) for e in content.get("role_map") or ()),
    )


# -- raw input -> domain values -------------------------------------------------------------


def rows_input(where: str, raw: Any, kind: type, parts: tuple[str, ...]) -> tuple[Any, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str | bytes | Mapping) or not isinstance(raw, list | tuple):
        raise ValidationError([Issue(where, "field.choice")])
    rows = []
    for index, row in enumerate(raw):
        if isinstance(row, kind):
            rows.append(row)
            continue
        if not isinstance(row, Mapping) or set(row) - set(parts):
            raise ValidationError([Issue(f"{where}/{index}", "field.choice")])
        try:
            value = kind(**{part: row.get(part) for part in parts})
        except InvalidInput as err:
            raise prefixed_error(f"{where}/{index}", err) from None
        if any(getattr(value, part) for part in parts):  # an empty row is dropped
            rows.append(value)
    return tuple(rows)


def support_value(key: str, raw: Any) -> Any:
    """A support part from GUI input: quantities and prices as typed text, dates, months."""
    if key == "quantity":
        return parse_quantity(raw, key)
    if key == "unit_price_cents":
        return parse_cents(raw, key)
    if key == "start_date":
        return date_input(key, raw)
    if key == "duration_months":
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, str) and raw.strip().isdigit():
            return int(raw.strip())
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise InvalidInput(Issue(key, "field.range", {"min": 1, "max": rules.DURATION_MONTHS_MAX}))
    if key == "unit" and raw == "":
        return None
    return raw

