"""Assessment templates: their structure, skip logic, answer rules and completeness.

A template arrives as a parsed TOML document (see docs/templates.md). ``build_template``
checks it against the JSON Schema and the rules a schema cannot express, and raises
``TemplateError`` naming the source and the path of the first bad value. Answers are plain
JSON values keyed by ``"<section>.<field>"``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import jsonschema

from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue

LANGUAGES = ("fi", "sv", "en")
TEXT_DEFAULT_MAX = {"short_text": 200, "long_text": 10000}
CHOICE_TYPES = ("single_choice", "multiple_choice", "scale")
# What a field may take from the visit the assessment belongs to, and the field types that hold it.
FROM_VISIT_TYPES = {"date": ("date",), "way": ("single_choice",), "place": ("short_text", "long_text"),
                    "participants": ("short_text", "long_text"), "absent": ("short_text", "long_text")}


class TemplateError(ValueError):
    """A template file is broken: ``source`` is the file, ``path`` the place inside it."""

    def __init__(self, source: str, path: str, problem: str) -> None:
        super().__init__(f"{source}: {path}: {problem}")
        self.source = source
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Text:
    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        return {"fi": self.fi, "sv": self.sv, "en": self.en}.get(language, self.fi)


@dataclass(frozen=True)
class Option:
    value: str
    label: Text
    pictogram: str | None = None


@dataclass(frozen=True)
class Condition:
    field: str  # full key
    equals: Any = None
    in_: tuple[Any, ...] | None = None
    answered: bool | None = None

    def holds(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.field)
        if self.answered is not None:
            return is_answered(value) == self.answered
        if self.in_ is not None:
            if isinstance(value, list):
                return any(v in self.in_ for v in value)
            return value in self.in_
        return bool(value == self.equals and type(value) is type(self.equals))


@dataclass(frozen=True)
class Field:
    key: str  # "<section>.<field>"
    id: str
    section: str
    type: str
    label: Text
    required: bool = False
    help: Text | None = None
    plain: Text | None = None
    pictogram: str | None = None
    visible_if: Condition | None = None
    options: tuple[Option, ...] = ()
    max_length: int | None = None
    min: float | None = None
    max: float | None = None
    decimals: int = 0
    not_future: bool = False  # a date that has happened (e.g. initiation): after today is refused
    expected: bool = False  # the section is "done" only with this answered; completion does not need it
    from_visit: str | None = None  # a key of FROM_VISIT_TYPES: filled from the visit while empty

    def option_values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    fields: tuple[Field, ...]
    help: Text | None = None
    plain: Text | None = None
    pictogram: str | None = None


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    kind: str
    title: Text
    sections: tuple[Section, ...]
    description: Text | None = None
    fields: dict[str, Field] = field(default_factory=dict)  # by key, in template order

    @property
    def ref(self) -> tuple[str, int]:
        return (self.id, self.version)


# -- building -------------------------------------------------------------------------------


def _text(raw: Mapping[str, str] | None) -> Text | None:
    return None if raw is None else Text(raw["fi"], raw["sv"], raw["en"])


def build_template(data: Mapping[str, Any], schema: Mapping[str, Any], source: str) -> Template:
    """Check ``data`` against ``schema`` and the cross-field rules, then build the template."""
    validator = jsonschema.Draft202012Validator(schema)
    error = next(iter(sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))), None)
    if error is not None:
        path = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise TemplateError(source, path, error.message)
    groups = {g["id"]: g["fields"] for g in data.get("groups", [])}
    sections: list[Section] = []
    fields: dict[str, Field] = {}
    seen_sections: set[str] = set()
    for s_index, raw_section in enumerate(data["sections"]):
        section_id = raw_section["id"]
        where = f"sections/{s_index}"
        if section_id in seen_sections:
            raise TemplateError(source, f"{where}/id", f"section id {section_id!r} is used twice")
        seen_sections.add(section_id)
        raw_fields: list[tuple[str, Mapping[str, Any]]] = [
            (f"{where}/fields/{i}", f) for i, f in enumerate(raw_section.get("fields", []))
        ]
        for u_index, group_id in enumerate(raw_section.get("use", [])):
            if group_id not in groups:
                raise TemplateError(source, f"{where}/use/{u_index}", f"no group {group_id!r}")
            raw_fields += [(f"groups[{group_id}]/fields/{i}", f) for i, f in enumerate(groups[group_id])]
        built: list[Field] = []
        for path, raw in raw_fields:
            key = f"{section_id}.{raw['id']}"
            if key in fields:
                raise TemplateError(source, f"{path}/id", f"field {key!r} is defined twice")
            built_field = _build_field(raw, section_id, key, fields, source, path)
            fields[key] = built_field
            built.append(built_field)
        sections.append(Section(section_id, _text(raw_section["title"]), tuple(built),  # type: ignore[arg-type]
                                _text(raw_section.get("help")), _text(raw_section.get("plain")),
                                raw_section.get("pictogram")))
    return Template(data["id"], int(data["version"]), data["kind"], _text(data["title"]),  # type: ignore[arg-type]
                    tuple(sections), _text(data.get("description")), fields)


def _build_field(raw: Mapping[str, Any], section: str, key: str, earlier: Mapping[str, Field],
                 source: str, path: str) -> Field:
    options = tuple(Option(o["value"], _text(o["label"]), o.get("pictogram"))  # type: ignore[arg-type]
                    for o in raw.get("options", []))
    values = [o.value for o in options]
    if len(values) != len(set(values)):
        raise TemplateError(source, f"{path}/options", "option values must be unique")
    low, high = raw.get("min"), raw.get("max")
    if low is not None and high is not None and low > high:
        raise TemplateError(source, f"{path}/min", "min is greater than max")
    if raw.get("not_future") and raw["type"] != "date":
        raise TemplateError(source, f"{path}/not_future", "only a date field can be not_future")
    from_visit = raw.get("from_visit")
    if from_visit is not None and raw["type"] not in FROM_VISIT_TYPES[from_visit]:
        raise TemplateError(source, f"{path}/from_visit",
                            f"a {raw['type']} field cannot hold the visit's {from_visit}")
    condition = None
    if "visible_if" in raw:
        cond = raw["visible_if"]
        target = cond["field"] if "." in cond["field"] else f"{section}.{cond['field']}"
        if target not in earlier:
            raise TemplateError(source, f"{path}/visible_if/field",
                                f"{cond['field']!r} is not a field that comes earlier in the template")
        referred = earlier[target]
        for value in ([cond["equals"]] if "equals" in cond else list(cond.get("in", []))):
            if referred.options and value not in referred.option_values():
                raise TemplateError(source, f"{path}/visible_if", f"{value!r} is not an option of {target!r}")
        condition = Condition(target, cond.get("equals"), tuple(cond["in"]) if "in" in cond else None,
                              cond.get("answered"))
    return Field(
        key=key, id=raw["id"], section=section, type=raw["type"], label=_text(raw["label"]),  # type: ignore[arg-type]
        required=bool(raw.get("required", False)), help=_text(raw.get("help")), plain=_text(raw.get("plain")),
        pictogram=raw.get("pictogram"), visible_if=condition, options=options,
        max_length=raw.get("max_length", TEXT_DEFAULT_MAX.get(raw["type"])), min=low, max=high,
        decimals=int(raw.get("decimals", 0)), not_future=bool(raw.get("not_future", False)),
        expected=bool(raw.get("expected", False)), from_visit=from_visit,
    )


# -- answers --------------------------------------------------------------------------------


class AnswerInvalid(ValueError):
    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.key)
        self.issue = issue


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple):
        return len(value) > 0
    return True


def visible_keys(template: Template, answers: Mapping[str, Any]) -> list[str]:
    """Keys of the fields shown for these answers, in template order."""
    return [key for key, f in template.fields.items() if f.visible_if is None or f.visible_if.holds(answers)]


def is_visible(template: Template, key: str, answers: Mapping[str, Any]) -> bool:
    condition = template.fields[key].visible_if
    return condition is None or condition.holds(answers)


def clean_answer(spec: Field, raw: Any, *, today: date | None = None) -> Any:
    """The value to store for ``raw`` (``None`` = unanswered), or ``AnswerInvalid``.

    ``today`` is for ``not_future`` dates (default: the computer's date)."""
    key = spec.key
    if raw is None or raw == "" or raw == []:
        return None
    if spec.type in ("short_text", "long_text"):
        text = str(raw).strip()
        if spec.max_length is not None and len(text) > spec.max_length:
            raise AnswerInvalid(Issue(key, "field.too_long", {"max": spec.max_length}))
        return text or None
    if spec.type in ("single_choice", "scale"):
        if raw not in spec.option_values():
            raise AnswerInvalid(Issue(key, "field.choice"))
        return raw
    if spec.type == "multiple_choice":
        chosen = list(raw) if isinstance(raw, list | tuple | set) else [raw]
        if any(v not in spec.option_values() for v in chosen):
            raise AnswerInvalid(Issue(key, "field.choice"))
        return [v for v in spec.option_values() if v in chosen] or None
    if spec.type == "yes_no":
        if not isinstance(raw, bool):
            raise AnswerInvalid(Issue(key, "field.choice"))
        return raw
    if spec.type == "date":
        try:
            value = read_day(raw if isinstance(raw, date) else str(raw))
        except DateProblem as problem:
            raise AnswerInvalid(problem.issue(key)) from None
        if value is None:
            return None
        if spec.not_future and value > (today or date.today()):
            raise AnswerInvalid(Issue(key, "date.future"))
        return value.isoformat()
    if spec.type == "number":
        return _clean_number(spec, raw)
    raise AnswerInvalid(Issue(key, "field.choice"))


def _clean_number(spec: Field, raw: Any) -> float | int:
    if isinstance(raw, bool):
        raise AnswerInvalid(Issue(spec.key, "number.format"))
    try:
        value = float(str(raw).strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        raise AnswerInvalid(Issue(spec.key, "number.format")) from None
    if not math.isfinite(value):
        raise AnswerInvalid(Issue(spec.key, "number.format"))
    if round(value, spec.decimals) != value:
        raise AnswerInvalid(Issue(spec.key, "number.decimals", {"decimals": spec.decimals}))
    if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
        raise AnswerInvalid(Issue(spec.key, "field.range", {"min": _plain(spec.min), "max": _plain(spec.max)}))
    return int(value) if spec.decimals == 0 else value


def _plain(number: float | None) -> str:
    if number is None:
        return "…"
    return str(int(number)) if float(number).is_integer() else str(number)


def missing_required(template: Template, answers: Mapping[str, Any]) -> list[Issue]:
    """What stops completion: required, visible fields without an answer, in template order."""
    return [
        Issue(key, "field.required")
        for key in visible_keys(template, answers)
        if template.fields[key].required and not is_answered(answers.get(key))
    ]


def section_state(template: Template, section: Section, answers: Mapping[str, Any],
                  invalid: set[str] | frozenset[str] = frozenset()) -> str:
    """'invalid', 'done' (every visible required and expected field answered, e.g. the client's
    own view, and something answered), 'started' or 'empty' — for the section navigator."""
    shown = [f for f in section.fields if f.visible_if is None or f.visible_if.holds(answers)]
    if any(f.key in invalid for f in shown):
        return "invalid"
    answered = [f for f in shown if is_answered(answers.get(f.key))]
    if not answered:
        return "empty"
    if all(is_answered(answers.get(f.key)) for f in shown if f.required or f.expected):
        return "done"
    return "started"
