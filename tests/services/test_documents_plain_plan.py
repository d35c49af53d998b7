"""The plain-language plan ("Minun suunnitelmani" / "Min plan") against a real store: the
client's own words, helpers and dates in Finnish and Swedish, no identity code, pictograms
drawn as vectors (with a fallback), body text of at least 14 pt, nothing left in temp."""

from __future__ import annotations

import io
import tempfile
import tomllib
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sopiva_desk.resources import resource_path
from sopiva_desk.services.documents import pictogram_flowable
from sopiva_desk.services.documents.layout import FOOTER_H, HEADER_H, PAGE_HEIGHT, Styles
from sopiva_desk.services.documents.pictogram_flowable import DEFAULT_HEXCODE, Pictogram
from sopiva_desk.services.documents.plain_plan import helper_lines
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.workspace import Workspace

HETU = "131052-308T"

GOALS: list[dict[str, Any]] = [
    {"client_words": "Haluan asua omassa kodissa.", "life_domain": "housing", "pictogram": "1F3E0",
     "indicator": "Muutan omaan asuntoon.", "target_date": "2027-05-15",
     "supports": [{"description": "Asumisen valmennus", "provider_kind": "service_provider",
                   "provider_name": "Arjen Taito Oy", "arranging_method": "personal_budget",
                   "service_code": "sd-coaching", "quantity": "100"}]},
    {"client_words": "Opin laittamaan ruokaa.", "life_domain": "everyday_life", "pictogram": "1F373",
     "indicator": "Teen itse ruoan kolme kertaa viikossa.", "target_date": "2027-03-01",
     "supports": [{"description": "Kokkaa kanssani sunnuntaisin", "provider_kind": "close_person",
                   "provider_name": "Liisa Virtanen", "arranging_method": "informal_support"}]},
    {"client_words": "Käyn kuorossa joka viikko.", "life_domain": "leisure",  # no pictogram: the default
     "indicator": "Olen käynyt kuorossa koko kevään.",
     "supports": [{"description": "Menen bussilla", "provider_kind": "client",
                   "arranging_method": "informal_support"}]},
]


def make_plan(plans: PlanService, client_id: uuid.UUID, goals: list[dict[str, Any]] = GOALS,
              agree: bool = True) -> uuid.UUID:
    """An agreed plan with goals, pictograms, supports and a role map, made as the GUI would."""
    plan_id = plans.start_draft(client_id).id
    plans.set_field(plan_id, "meeting_date", "2026-11-20")
    plans.set_field(plan_id, "participants", [{"name": "Aino Virtanen", "relation": "asiakas"},
                                              {"name": "Liisa Virtanen", "relation": "sisko"},
                                              {"name": "Eeva Esimerkki", "relation": "omatyöntekijä"}])
    plans.set_field(plan_id, "current_services", "Valmennus 4 h/vko")
    plans.set_field(plan_id, "rights_explained", True)
    plans.set_field(plan_id, "rights_explained_how", "Kuvin ja selkokielellä.")
    plans.set_field(plan_id, "review_date", date(2027, 5, 20))
    for raw in goals:
        fields = {key: value for key, value in raw.items() if key != "supports"}
        goal_id = plans.add_goal(plan_id, fields).content["goals"][-1]["id"]
        for support in raw.get("supports", ()):
            plans.add_support(plan_id, goal_id, support)
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker",
                             "tasks": ["Kokoaa suunnitelman", "Hakee palvelut"]})
    plans.add_role(plan_id, {"name": "Liisa Virtanen", "role": "close_person", "relation": "sisko",
                             "tasks": ["Kokkaa Ainon kanssa"]})
    plans.add_role(plan_id, {"name": "Arjen Taito Oy", "role": "provider", "tasks": ["Valmentaa asumisessa"]})
    if agree:
        plans.agree(plan_id, date(2026, 11, 21))
    return plan_id


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def plan_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    return make_plan(workspace.plans, client_id)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces (a sentence may wrap)."""
    return " ".join(text.split())


def test_finnish_plan_has_the_clients_words_helpers_and_dates(workspace, plan_id) -> None:  # type: ignore[no-untyped-def]
    # The contact at the end comes from the organisation's letterhead set on this computer.
    workspace.letterhead.save({"name_fi": "Etelä-Savon hyvinvointialue", "unit_fi": "Vammaispalvelut",
                               "phone": "+358 15 000 0000"})
    document = workspace.documents.render("plain_plan", plan_id)
    assert (document.language, document.title) == ("fi", "Minun suunnitelmani")  # the client's language
    assert document.document_id.startswith("OMA-")
    text = flat(pdf_text(document.pdf))
    for expected in ["Minun suunnitelmani", "Hei Aino!", "Tämä on sinun suunnitelmasi.",
                     "Teimme suunnitelman yhdessä perjantaina 20.11.2026.",
                     "Haluan asua omassa kodissa.", "Opin laittamaan ruokaa.", "Käyn kuorossa joka viikko.",
                     "Muutan omaan asuntoon.", "Toukokuussa 2027.", "Maaliskuussa 2027.",
                     "Arjen Taito Oy: Asumisen valmennus", "Liisa Virtanen: Kokkaa kanssani sunnuntaisin",
                     "Sinä itse: Menen bussilla",
                     "Kuka auttaa sinua?", "Eeva Esimerkki, omatyöntekijä", "Kokoaa suunnitelman", "Hakee palvelut",
                     "Liisa Virtanen, sisko", "Kokkaa Ainon kanssa", "Valmentaa asumisessa",
                     "Katsomme suunnitelman yhdessä uudelleen torstaina 20.5.2027.",
                     "Omatyöntekijäsi on Eeva Esimerkki.", "015 000 0000",
                     "Etelä-Savon hyvinvointialue, Vammaispalvelut", "Minun allekirjoitukseni",
                     "Sivu 1 / ", "OpenMoji"]:
        assert expected in text, expected
    assert text.index("Haluan asua") < text.index("Opin laittamaan") < text.index("Käyn kuorossa")
    # Never the office's business: no identity code, methods, service codes, quantities or prices.
    for absent in [HETU, "131052", "Henkilötunnus", "personal_budget", "henkilökohtainen budjetti", "sd-coaching",
                   "100", "€", "SALASSA"]:
        assert absent not in text, absent


def test_swedish_plan_on_request_and_by_the_clients_language(workspace, plan_id, client_values) -> None:  # type: ignore[no-untyped-def]
    text = flat(pdf_text(workspace.documents.render("plain_plan", plan_id, "sv").pdf))
    for expected in ["Min plan", "Hej Aino!", "Det här är din plan.", "Mina mål", "Haluan asua omassa kodissa.",
                     "I maj 2027.", "Vem hjälper?", "Arjen Taito Oy: Asumisen valmennus", "Du själv: Menen bussilla",
                     "Eeva Esimerkki, egen kontaktperson", "Kokoaa suunnitelman",
                     "Vi går igenom planen tillsammans igen torsdagen den 20.5.2027.",
                     "Din egen kontaktperson är Eeva Esimerkki.", "Min underskrift", "Sida 1 / "]:
        assert expected in text, expected
    assert "Minun suunnitelmani" not in text and HETU not in text
    swedish = workspace.clients.create_client({**client_values, "hetu": "010101-123N", "language": "sv"})
    document = workspace.documents.render("plain_plan", make_plan(workspace.plans, swedish))
    assert document.language == "sv" and "Min plan" in pdf_text(document.pdf)


def test_a_draft_says_so_and_a_missing_plan_is_gone(workspace, client_id) -> None:  # type: ignore[no-untyped-def]
    draft = make_plan(workspace.plans, client_id, goals=GOALS[:1], agree=False)
    text = flat(pdf_text(workspace.documents.render("plain_plan", draft).pdf))
    assert "Tämä suunnitelma on vielä kesken." in text
    with pytest.raises(RecordGoneError):
        workspace.documents.render("plain_plan", uuid.uuid4())


def test_every_goal_pictogram_is_drawn_as_vectors(workspace, plan_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drawn: list[str | None] = []
    original = Pictogram.draw

    def spy(self: Pictogram) -> None:
        drawn.append(self.hexcode)
        original(self)

    monkeypatch.setattr(Pictogram, "draw", spy)
    pdf = workspace.documents.render("plain_plan", plan_id).pdf
    # Each goal's own picture, the default for the goal without one, and the section pictures.
    assert {"1F3E0", "1F373", DEFAULT_HEXCODE} <= set(drawn) and None not in drawn
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        images = [name for name, ref in (xobjects.get_object() if xobjects else {}).items()
                  if ref.get_object().get("/Subtype") == "/Image"]
        assert images == []  # no raster pictures anywhere
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert " c\n" in content or " c " in content  # Bézier curves: the pictures are paths
    assert content.count(" m ") + content.count(" m\n") > 20


def test_missing_or_unknown_pictogram_falls_back() -> None:
    assert Pictogram(None, 20).hexcode == DEFAULT_HEXCODE
    assert Pictogram("1F3E0", 20).hexcode == "1F3E0"
    assert Pictogram("10FFFF", 20).hexcode == DEFAULT_HEXCODE  # a valid code OpenMoji has no picture for
    assert Pictogram("10FFFF", 20, fallback=None).hexcode is None  # draws nothing, keeps its place
    assert Pictogram("10FFFF", 20, fallback=None).wrap(100, 100) == (20, 20)


def test_body_text_is_at_least_14_pt(workspace, plan_id) -> None:  # type: ignore[no-untyped-def]
    styles = Styles(plain=True)
    assert styles.body.fontSize >= 14 and styles.body.leading >= 1.5 * styles.body.fontSize
    pdf = workspace.documents.render("plain_plan", plan_id).pdf
    sizes: list[float] = []
    small: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and FOOTER_H < y < PAGE_HEIGHT - HEADER_H:  # the body, not the core's header and footer
            sizes.append(size)
            if size < 14:
                small.append(text.strip())

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    assert len(sizes) > 50 and max(sizes) >= 20  # the goals in big type
    # Only the picture credit (CC BY-SA asks for it) is small print.
    credit = " ".join(small)
    assert credit.startswith("Kuvat:") and "OpenMoji" in credit and "Haluan" not in credit


def test_helpers_come_from_supports_and_the_role_map(workspace, plan_id) -> None:  # type: ignore[no-untyped-def]
    plan = workspace.plans.open(plan_id).plan
    texts = Texts("plain_plan", "fi")
    assert helper_lines(plan.goals[0], plan.role_map, texts) == [("Arjen Taito Oy", "Asumisen valmennus")]
    # A support without a description says what the role map says the helper does.
    bare = plan.goals[0].supports[0].__class__(id="s", provider_kind="service_provider",
                                               provider_name="arjen taito oy")
    goal = plan.goals[0].__class__(id="g", supports=(bare,))
    assert helper_lines(goal, plan.role_map, texts) == [("arjen taito oy", "Valmentaa asumisessa")]


def test_finnish_and_swedish_texts_have_the_same_keys() -> None:
    with resource_path("documents", "plain_plan.toml").open("rb") as file:
        raw = tomllib.load(file)
    assert set(raw) == {"fi", "sv"} and set(raw["fi"]) == set(raw["sv"])
    for language in ("fi", "sv"):
        texts = Texts("plain_plan", language)
        for number in range(7):
            assert texts(f"weekday_{number}")
        for number in range(1, 13):
            assert texts(f"month_{number}")


def test_nothing_is_written_to_the_temp_directory(workspace, plan_id, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    pictogram_flowable.pictogram_drawing.cache_clear()  # parse the SVGs again, inside the test
    source = workspace.documents.gather("plain_plan", plan_id)
    for language in ("fi", "sv"):
        assert workspace.documents.build(source).pdf.startswith(b"%PDF")
        assert workspace.documents.render("plain_plan", plan_id, language).pages >= 2
    assert list(Path(temp).iterdir()) == []


def test_an_empty_draft_and_a_very_long_goal_still_render(workspace, client_id, client_values) -> None:  # type: ignore[no-untyped-def]
    empty = workspace.plans.start_draft(client_id).id
    text = flat(pdf_text(workspace.documents.render("plain_plan", empty).pdf))
    assert "Suunnitelmassa ei ole vielä tavoitteita." in text and "Sovimme myöhemmin" in text
    other = workspace.clients.create_client({**client_values, "hetu": "010101-123N"})
    words = " ".join(["Haluan oppia tekemään asioita itse kotona ja kaupassa."] * 18)[:1000]
    long_plan = make_plan(workspace.plans, other, goals=[{**GOALS[0], "client_words": words,
                                                         "indicator": words}], agree=False)
    document = workspace.documents.render("plain_plan", long_plan)
    assert document.pages >= 3 and "Haluan oppia tekemään" in pdf_text(document.pdf)


def test_documents_built_at_once_share_the_pictogram_cache_safely(workspace, plan_id) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    source = workspace.documents.gather("plain_plan", plan_id)
    single = workspace.documents.build(source)
    with ThreadPoolExecutor(max_workers=4) as pool:
        built = list(pool.map(lambda _: workspace.documents.build(source), range(4)))
    for document in built:
        assert document.pages == single.pages
        assert flat(pdf_text(document.pdf)) == flat(pdf_text(single.pdf))
