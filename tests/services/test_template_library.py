"""The template library: the shipped default loads clean; a county's broken file is reported, not fatal."""

from __future__ import annotations

import shutil
import tomllib
import uuid
from pathlib import Path

from sopiva_desk.domain.templates import missing_required, visible_keys
from sopiva_desk.resources import resource_path
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.templates import TemplateLibrary
from tests.conftest import DEMO_PASSPHRASE

DEFAULT = "vammaispalvelut-pta"
LIFE_DOMAINS = ["everyday_life", "housing", "mobility", "communication", "health", "work_study", "leisure",
                "relationships", "finances", "safety"]


def test_default_template_loads_without_problems() -> None:
    library = TemplateLibrary()
    assert library.problems == []
    template = library.latest(DEFAULT)
    assert template is not None and template.version >= 1
    sections = [s.id for s in template.sections]
    assert sections[:2] == ["initiation", "conduct"]
    assert sections[2:12] == LIFE_DOMAINS
    assert sections[12:] == ["strengths", "conclusions", "differing_views"]


def test_every_life_domain_has_the_full_set_of_fields() -> None:
    template = TemplateLibrary().latest(DEFAULT)
    assert template is not None
    for domain in LIFE_DOMAINS:
        for field in ("client_view", "close_persons_view", "professional_view", "current_support",
                      "support_need", "functioning"):
            assert f"{domain}.{field}" in template.fields, (domain, field)
        icf = template.fields[f"{domain}.functioning"]
        assert icf.type == "scale" and icf.option_values() == ("0", "1", "2", "3", "4", "8", "9")
        assert template.fields[f"{domain}.support_need"].option_values() == (
            "none", "occasional", "regular", "continuous")


def test_every_text_is_in_three_languages_and_client_questions_have_plain_prompts() -> None:
    template = TemplateLibrary().latest(DEFAULT)
    assert template is not None
    for field in template.fields.values():
        assert field.label.fi and field.label.sv and field.label.en
    assert template.fields["housing.client_view"].plain is not None


def test_skip_logic_in_the_default_template() -> None:
    template = TemplateLibrary().latest(DEFAULT)
    assert template is not None
    assert "housing.functioning_notes" not in visible_keys(template, {})
    assert "housing.functioning_notes" in visible_keys(template, {"housing.functioning": "3"})
    missing = {i.field for i in missing_required(template, {"conclusions.plan_made": False})}
    assert "conclusions.plan_reason" in missing


def test_broken_county_template_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    county = tmp_path / "templates"
    county.mkdir()
    (county / "broken.toml").write_text(
        'schema = 1\nid = "county-form"\nversion = 1\nkind = "needs_assessment"\n'
        'title = { fi = "Lomake", sv = "Blankett", en = "Form" }\n'
        '[[sections]]\nid = "a"\ntitle = { fi = "A", sv = "A", en = "A" }\n'
        '[[sections.fields]]\nid = "x"\ntype = "single_choice"\nlabel = { fi = "X", sv = "X", en = "X" }\n',
        encoding="utf-8")
    (county / "not-toml.toml").write_text("this is = = not toml", encoding="utf-8")
    shutil.copy(resource_path("templates", f"{DEFAULT}.toml"), county / "copy-without-new-version.toml")
    library = TemplateLibrary.with_county_folder(tmp_path)
    assert library.latest(DEFAULT) is not None  # the shipped one still loads
    problems = {p.file: p for p in library.problems}
    assert set(problems) == {"broken.toml", "not-toml.toml", "copy-without-new-version.toml"}
    assert problems["broken.toml"].path == "sections/0/fields/0"
    assert "options" in problems["broken.toml"].problem
    assert "version" in problems["copy-without-new-version.toml"].problem


def test_a_template_file_changed_on_disk_is_checked_again(tmp_path: Path) -> None:
    """Checked templates are kept between unlocks (the schema check is slow); a county that
    edits its file must still get the new version, or its problem."""
    county = tmp_path / "templates"
    county.mkdir()
    source = resource_path("templates", "vammaispalvelut-pta.toml").read_text(encoding="utf-8")
    own = county / "oma.toml"
    own.write_text(source.replace('id = "vammaispalvelut-pta"', 'id = "oma-pta"', 1), encoding="utf-8")
    first = TemplateLibrary.with_county_folder(tmp_path)
    assert TemplateLibrary.with_county_folder(tmp_path).latest("oma-pta") is first.latest("oma-pta")  # kept
    own.write_text(source.replace('id = "vammaispalvelut-pta"', 'id = "oma-pta"', 1) + "\n[[broken\n",
                   encoding="utf-8")
    again = TemplateLibrary.with_county_folder(tmp_path)
    assert again.latest("oma-pta") is None and [p.file for p in again.problems] == ["oma.toml"]


def test_a_template_pulled_from_the_central_records_is_there_after_the_next_unlock(
        profile_service: ProfileService) -> None:
    """Reference data arrives by pull; a county's template the laptop never had can be used,
    and a pulled body that breaks the schema is left out and reported, not fatal."""
    from sopiva_desk.protocol.wire import encode_value
    from sopiva_desk.store.models import SyncReference

    shipped = tomllib.loads(resource_path("templates", "vammaispalvelut-pta.toml").read_text(encoding="utf-8"))
    own = encode_value(shipped | {"id": "kunnan-oma", "version": 3})
    profile = profile_service.create_profile("Testi", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    assert workspace.templates.get("kunnan-oma", 3) is None
    with workspace.db.transaction() as session:  # as the sync engine stores a pulled page
        for name, body in (("kunnan-oma", own), ("rikki", {"id": "rikki", "version": 1, "fields": "x"})):
            session.add(SyncReference(id=uuid.uuid4(), kind="assessment_template", name=name, version=body["version"],
                                      body=body, revision=1))
    workspace.close()
    workspace = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    try:
        assert workspace.templates.get("kunnan-oma", 3) is not None
        assert workspace.templates.latest(DEFAULT) is not None  # the shipped ones stay
        assert [p.file for p in workspace.templates.problems if p.file.startswith("rikki")]
        started = workspace.assessments.start(workspace.clients.create_client(
            {"first_names": "Aino", "last_name": "Virta", "hetu": "131052-308T", "municipality_code": "623"}),
            "kunnan-oma")
        assert (started.template_id, started.template_version) == ("kunnan-oma", 3)
    finally:
        workspace.close()
