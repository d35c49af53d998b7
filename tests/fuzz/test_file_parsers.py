"""Fuzzing the parsers of files that come from outside: assessment templates (files and pulled
bodies), the service catalogue (file and pulled), the pictogram manifest, letterhead files and
logos. Whatever the input, the only outcome besides success is the parser's own clean error
(the one the app turns into a message or a "left out" note), never another exception.

``make test`` runs the examples derandomised (tests/conftest.py); ``HYPOTHESIS_PROFILE=explore``
searches new ones.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.letterhead import clean_letterhead
from sopiva_desk.domain.templates import TemplateError, build_template
from sopiva_desk.resources import resource_path
from sopiva_desk.services.catalogue import CatalogueError, build_catalogue, load_catalogue, pulled_catalogue
from sopiva_desk.services.letterhead import check_logo, values_from_toml
from sopiva_desk.services.pictograms import PictogramLibrary
from sopiva_desk.services.templates import TemplateLibrary, _load_template_file
from sopiva_desk.services.templates import _schema as template_schema
from tests.fuzz.strategies import mutated, values

# The failing example of a changed template is printed whole (tens of kB): fine for a fuzz test.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
TEMPLATE = tomllib.loads(resource_path("templates", "vammaispalvelut-pta.toml").read_text(encoding="utf-8"))
CATALOGUE_TEXT = resource_path("reference", "service_catalogue.toml").read_text(encoding="utf-8")
CATALOGUE = tomllib.loads(CATALOGUE_TEXT)
PICTOGRAMS = tomllib.loads(resource_path("pictograms", "curated.toml").read_text(encoding="utf-8"))
LETTERHEAD = tomllib.loads(resource_path("reference", "demo_letterhead.toml").read_text(encoding="utf-8"))


def _wire_form(value: Any) -> Any:
    """A TOML document as it travels in a sync payload (dates as ISO text)."""
    return json.loads(json.dumps(value, default=str))


def _toml_bytes(original: str) -> st.SearchStrategy[bytes]:
    """Bytes near a real file: cut, with bytes flipped or inserted, or anything at all."""
    data = original.encode("utf-8")

    @st.composite
    def near(draw: st.DrawFn) -> bytes:
        cut = draw(st.integers(0, len(data)))
        noise = draw(st.binary(max_size=8))
        where = draw(st.integers(0, cut))
        return data[:where] + noise + data[where:cut]

    return near() | st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8"))


# -- assessment templates ------------------------------------------------------------------------

@FUZZ
@given(doc=mutated(TEMPLATE, changes=4))
def test_a_changed_template_is_built_or_refused_with_a_template_error(doc: Any) -> None:
    try:
        build_template(doc, template_schema(), "fuzz.toml")
    except TemplateError:
        pass


@FUZZ
@given(doc=values)
def test_any_value_as_a_template_is_refused_with_a_template_error(doc: Any) -> None:
    with pytest.raises(TemplateError):
        build_template(doc, template_schema(), "fuzz.toml")


@FUZZ
@given(data=_toml_bytes(resource_path("templates", "vammaispalvelut-pta.toml").read_text(encoding="utf-8")))
def test_template_file_bytes_are_read_or_refused_with_a_template_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "county.toml"
    path.write_bytes(data)
    try:
        _load_template_file(path)
    except TemplateError:
        pass


@FUZZ
@given(body=mutated(_wire_form(TEMPLATE), changes=3) | values)
def test_a_pulled_template_is_taken_or_left_out_with_a_problem(body: Any) -> None:
    library = TemplateLibrary([])
    combined = library.with_pulled([("fuzz (central records)", body)])
    assert len(combined.templates) + len(combined.problems) <= 1


# -- service catalogue and price list ------------------------------------------------------------

@FUZZ
@given(doc=mutated(CATALOGUE, changes=4))
def test_a_changed_catalogue_is_built_or_refused_with_a_catalogue_error(doc: Any) -> None:
    try:
        build_catalogue(doc, "fuzz.toml")
    except CatalogueError:
        pass


@FUZZ
@given(body=mutated(_wire_form(CATALOGUE), changes=4) | values)
def test_a_pulled_catalogue_is_taken_or_refused_with_a_catalogue_error(body: Any) -> None:
    try:
        pulled_catalogue(body, "fuzz (central records)")
    except CatalogueError:
        pass


@FUZZ
@given(data=_toml_bytes(CATALOGUE_TEXT))
def test_catalogue_file_bytes_are_read_or_refused_with_a_catalogue_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "service_catalogue.toml"
    path.write_bytes(data)
    try:
        load_catalogue(path)
    except CatalogueError:
        pass


# -- pictogram manifest --------------------------------------------------------------------------

@FUZZ
@given(data=_toml_bytes(resource_path("pictograms", "curated.toml").read_text(encoding="utf-8")[:3000])
       | mutated(PICTOGRAMS, changes=4).map(lambda doc: _toml_dump(doc).encode("utf-8")))
def test_a_pictogram_manifest_loads_what_is_sound_and_names_the_rest(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "curated.toml"
    path.write_bytes(data)
    library = PictogramLibrary(path)  # never raises: a bad entry is left out with a problem
    for pictogram in library.all():
        assert library.by_hexcode(pictogram.hexcode) is pictogram


def _toml_dump(doc: Any) -> str:
    """A small TOML writer for the manifest's shape (tables of arrays of tables); what it cannot
    write as TOML is written as a JSON string, which is still a TOML value."""
    lines: list[str] = []
    if not isinstance(doc, dict):
        return json.dumps(doc, default=str)
    for key, value in doc.items():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            for item in value:
                lines.append(f"[[{json.dumps(key)}]]")
                lines += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in item.items()]
        else:
            lines.append(f"{json.dumps(key)} = {_toml_value(value)}")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items() if v is not None) + "}"
    return json.dumps(str(value) if value is not None else "")


# -- letterhead files and logos ------------------------------------------------------------------

@FUZZ
@given(data=_toml_bytes(resource_path("reference", "demo_letterhead.toml").read_text(encoding="utf-8"))
       | mutated(LETTERHEAD, changes=3).map(lambda doc: _toml_dump(doc).encode("utf-8")))
def test_a_letterhead_file_is_read_or_refused_with_a_validation_error(data: bytes) -> None:
    try:
        clean_letterhead(values_from_toml(data))
    except ValidationError:
        pass


PNG_HEAD = b"\x89PNG\r\n\x1a\n"


@FUZZ
@given(data=st.binary(max_size=300).map(lambda tail: PNG_HEAD + tail)
       | st.text(max_size=200).map(lambda t: f'<svg xmlns="http://www.w3.org/2000/svg">{t}</svg>'.encode())
       | st.text(max_size=120).map(lambda t: f'<?xml version="1.0"?><svg width="{t}" height="10"/>'.encode())
       | st.binary(max_size=300))
def test_a_logo_is_taken_or_refused_with_a_validation_error(data: bytes) -> None:
    try:
        check_logo(data)
    except ValidationError:
        pass
