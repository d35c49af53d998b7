"""Template rules: schema and cross-field checks, skip logic, answer cleaning, completeness."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.templates import (
    AnswerInvalid,
    TemplateError,
    build_template,
    clean_answer,
    is_visible,
    missing_required,
    section_state,
    visible_keys,
)

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "resources" / "templates" / "schema.json").read_text())


def t(fi: str) -> dict[str, str]:
    return {"fi": fi, "sv": fi + " (sv)", "en": fi + " (en)"}


def yes_no_options() -> list[dict[str, Any]]:
    return [{"value": "yes", "label": t("kyllä")}, {"value": "no", "label": t("ei")}]


BASE: dict[str, Any] = {
    "schema": 1, "id": "test-template", "version": 2, "kind": "needs_assessment", "title": t("Testi"),
    "groups": [{"id": "domain", "fields": [
        {"id": "view", "type": "long_text", "label": t("Näkemys")},
        {"id": "need", "type": "single_choice", "required": True, "label": t("Tuen tarve"),
         "options": [{"value": "none", "label": t("ei")}, {"value": "regular", "label": t("säännöllinen")}]},
        {"id": "details", "type": "long_text", "label": t("Tarkemmin"), "required": True,
         "visible_if": {"field": "need", "equals": "regular"}},
    ]}],
    "sections": [
        {"id": "start", "title": t("Alku"), "fields": [
            {"id": "date", "type": "date", "required": True, "label": t("Päivä")},
            {"id": "hours", "type": "number", "label": t("Tunnit"), "min": 0, "max": 24, "decimals": 1},
            {"id": "plan", "type": "yes_no", "label": t("Suunnitelma"), "required": True},
            {"id": "why_not", "type": "long_text", "label": t("Miksi ei"), "required": True,
             "visible_if": {"field": "plan", "equals": False}},
            {"id": "ways", "type": "multiple_choice", "label": t("Tavat"),
             "options": [{"value": "speech", "label": t("puhe")}, {"value": "pictures", "label": t("kuvat")},
                         {"value": "signs", "label": t("viittomat")}]},
            {"id": "sign_notes", "type": "short_text", "label": t("Viittomat"), "max_length": 10,
             "visible_if": {"field": "ways", "in": ["signs"]}},
        ]},
        {"id": "housing", "title": t("Asuminen"), "use": ["domain"], "pictogram": "1F3E0"},
        {"id": "mobility", "title": t("Liikkuminen"), "use": ["domain"]},
    ],
}


@pytest.fixture
def template():  # type: ignore[no-untyped-def]
    return build_template(BASE, SCHEMA, "test.toml")


def test_groups_expand_into_each_section(template) -> None:  # type: ignore[no-untyped-def]
    assert list(template.fields)[:3] == ["start.date", "start.hours", "start.plan"]
    assert "housing.need" in template.fields and "mobility.need" in template.fields
    assert template.fields["housing.details"].visible_if.field == "housing.need"
    assert template.sections[1].pictogram == "1F3E0"
    assert template.title.get("sv") == "Testi (sv)"


def test_skip_logic(template) -> None:  # type: ignore[no-untyped-def]
    answers: dict[str, Any] = {}
    assert "start.why_not" not in visible_keys(template, answers)
    assert is_visible(template, "start.why_not", {"start.plan": False})
    assert not is_visible(template, "start.why_not", {"start.plan": True})
    assert is_visible(template, "start.sign_notes", {"start.ways": ["speech", "signs"]})
    assert not is_visible(template, "start.sign_notes", {"start.ways": ["speech"]})
    assert is_visible(template, "housing.details", {"housing.need": "regular"})
    assert not is_visible(template, "mobility.details", {"housing.need": "regular"})


def test_required_only_when_visible(template) -> None:  # type: ignore[no-untyped-def]
    answers: dict[str, Any] = {"start.date": "2026-11-22", "start.plan": True, "housing.need": "none",
                               "mobility.need": "regular"}
    assert missing_required(template, answers) == [Issue("mobility.details", "field.required")]
    answers["start.plan"] = False
    assert [i.field for i in missing_required(template, answers)] == ["start.why_not", "mobility.details"]


def test_answers_are_cleaned(template) -> None:  # type: ignore[no-untyped-def]
    f = template.fields
    assert clean_answer(f["start.date"], "2026-11-22") == "2026-11-22"
    assert clean_answer(f["start.date"], "22.11.2026") == "2026-11-22"  # as the GUI may send it
    assert clean_answer(f["start.hours"], "7,5") == 7.5
    assert clean_answer(f["start.ways"], ["signs", "speech"]) == ["speech", "signs"]
    assert clean_answer(f["start.ways"], []) is None
    assert clean_answer(f["start.plan"], False) is False
    assert clean_answer(f["housing.view"], "  ") is None


@pytest.mark.parametrize(("key", "raw", "problem"), [
    ("start.date", "22/11/2026", "date.format"),
    ("start.date", "31.2.2026", "date.no_such_day"),
    ("start.date", "22.11.26", "date.year_digits"),
    ("start.hours", "lots", "number.format"),
    ("start.hours", "25", "field.range"),
    ("start.hours", "1.25", "number.decimals"),
    ("start.plan", "yes", "field.choice"),
    ("housing.need", "always", "field.choice"),
    ("start.sign_notes", "x" * 11, "field.too_long"),
])
def test_bad_answers_name_the_problem(template, key: str, raw: Any, problem: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AnswerInvalid) as caught:
        clean_answer(template.fields[key], raw)
    assert caught.value.issue.key == problem and caught.value.issue.field == key


def test_section_states(template) -> None:  # type: ignore[no-untyped-def]
    housing = template.sections[1]
    assert section_state(template, housing, {}) == "empty"
    assert section_state(template, housing, {"housing.view": "Asun yksin"}) == "started"
    assert section_state(template, housing, {"housing.need": "none"}) == "done"
    assert section_state(template, housing, {"housing.need": "regular"}) == "started"
    assert section_state(template, housing, {"housing.need": "none"}, invalid={"housing.view"}) == "invalid"


def with_field(section: int, field: int, **extra: Any):  # type: ignore[no-untyped-def]
    data = copy.deepcopy(BASE)
    data["sections"][section]["fields"][field].update(extra)
    return build_template(data, SCHEMA, "test.toml")


def test_a_not_future_date_refuses_days_after_today() -> None:
    spec = with_field(0, 0, not_future=True).fields["start.date"]
    today = date(2026, 12, 7)
    assert clean_answer(spec, "7.12.2026", today=today) == "2026-12-07"
    assert clean_answer(spec, "1.1.2020", today=today) == "2020-01-01"
    with pytest.raises(AnswerInvalid) as caught:
        clean_answer(spec, "8.12.2026", today=today)
    assert caught.value.issue == Issue("start.date", "date.future")
    assert clean_answer(with_field(0, 0).fields["start.date"], "8.12.2030", today=today) == "2030-12-08"


def test_a_section_is_done_only_with_its_expected_fields_answered() -> None:
    data = copy.deepcopy(BASE)
    data["groups"][0]["fields"][0]["expected"] = True  # the client's own view
    template = build_template(data, SCHEMA, "test.toml")
    housing = template.sections[1]
    assert section_state(template, housing, {"housing.need": "none"}) == "started"  # no view yet
    assert section_state(template, housing, {"housing.need": "none", "housing.view": "Asun yksin"}) == "done"
    assert missing_required(template, {"housing.need": "none"}) == [  # completion does not need it
        i for i in missing_required(template, {}) if i.field != "housing.need"]


def broken(change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(BASE)
    change(data)
    return data


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d["sections"][0]["fields"][0].pop("label"), "sections/0/fields/0"),
    (lambda d: d["sections"][0]["fields"][0]["label"].pop("sv"), "sections/0/fields/0/label"),
    (lambda d: d["sections"][0]["fields"][2].update(type="checkbox"), "sections/0/fields/2/type"),
    (lambda d: d["sections"][0]["fields"][4].update(options=d["sections"][0]["fields"][4]["options"][:1]),
     "sections/0/fields/4/options"),
    (lambda d: d["sections"][0]["fields"][3]["visible_if"].update(field="nothing"),
     "sections/0/fields/3/visible_if/field"),
    (lambda d: d["sections"][0]["fields"].append(dict(d["sections"][0]["fields"][0])),
     "sections/0/fields/6/id"),
    (lambda d: d["sections"][2].update(use=["missing"]), "sections/2/use/0"),
    (lambda d: d["sections"][0]["fields"][5]["visible_if"].update({"in": ["telepathy"]}),
     "sections/0/fields/5/visible_if"),
    (lambda d: d.update(version="2"), "version"),
    (lambda d: d["sections"][0]["fields"][1].update(not_future=True), "sections/0/fields/1/not_future"),
    (lambda d: d["sections"][0]["fields"][0].update(from_visit="way"), "sections/0/fields/0/from_visit"),
    (lambda d: d["sections"][0]["fields"][0].update(from_visit="weather"), "sections/0/fields/0/from_visit"),
])
def test_broken_templates_name_file_and_field(change, path: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TemplateError) as caught:
        build_template(broken(change), SCHEMA, "county.toml")
    assert caught.value.source == "county.toml"
    assert caught.value.path == path, caught.value
