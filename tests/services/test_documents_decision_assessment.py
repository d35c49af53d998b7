"""The supported decision-making record and the needs assessment summary against a real store:
the right content and labels in Finnish and Swedish (the client's language by default, an
explicit language wins), "Sivu n / N" and the document ID on every page, drafts marked,
value-list codes printed as words, hidden fields left out, and nothing written to disk."""

from __future__ import annotations

import io
import re
import tempfile
import tomllib
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopiva_desk.domain import decisions as decision_rules
from sopiva_desk.resources import resource_path
from sopiva_desk.services.documents.service import DocumentService, RenderedDocument
from sopiva_desk.services.workspace import Workspace

TODAY = date(2026, 3, 2)
TEMPLATE = "vammaispalvelut-pta"
DOMAINS = ("everyday_life", "housing", "mobility", "communication", "health", "work_study", "leisure",
           "relationships", "finances", "safety")


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def swedish_client(workspace: Workspace) -> uuid.UUID:
    return workspace.clients.create_client({"first_names": "Elin", "last_name": "Åberg", "hetu": "010203A9002",
                                            "municipality_code": "905", "language": "sv"})


@pytest.fixture
def documents(workspace: Workspace) -> DocumentService:
    return DocumentService(workspace.db, workspace.actor, workspace.templates, today=lambda: TODAY)


def text_of(document: RenderedDocument) -> tuple[str, list[str]]:
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(document.pdf)).pages]
    assert len(pages) == document.pages
    return "\n".join(pages), pages


def flat(text: str) -> str:
    """Line breaks of the layout as spaces, so a wrapped phrase can be found."""
    return " ".join(text.split())


# -- data, made through the services ----------------------------------------------------------


def decision_session(workspace: Workspace, client_id: uuid.UUID, *, complete: bool = True,
                     options: int = 3) -> uuid.UUID:
    decisions = workspace.decisions
    visit = workspace.visits.start_visit(client_id, "home_visit", another=True)  # several per test
    found = decisions.start(client_id, visit.id)
    decisions.set_field(found.id, "topic", "Muutetaanko tuettuun asumiseen ensi vuonna?")
    decisions.set_field(found.id, "topic_plain", "Mietitään, missä haluat asua.")
    decisions.set_field(found.id, "parts", ["Missä haluat asua?", "Kenen kanssa?"])
    decisions.set_field(found.id, "participants", [
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"},
        {"name": "Eeva Esimerkki", "role": "professional", "relation": "sosiaaliohjaaja"}])
    decisions.set_field(found.id, "methods", ["pictures", "three_point_sorting", "other"])
    decisions.set_field(found.id, "methods_other", "Valokuvat asunnoista")
    decisions.set_field(found.id, "aids", "Kuvakansio ja tabletti")
    reactions = ["good", "unsure", "not_good"]
    for index in range(options):
        view = decisions.add_option(found.id, f"Vaihtoehto {index + 1}", f"Selitys {index + 1}", "1f3e0")
        option_id = view.content["options"][-1]["id"]
        decisions.set_option_field(found.id, option_id, "reaction", reactions[index % 3])
        decisions.set_option_field(found.id, option_id, "tried", index == 0)
        decisions.set_option_field(found.id, option_id, "client_words", f"Sanoin näin {index + 1}")
    if not complete:
        return found.id
    decisions.set_field(found.id, "decision", "Aino kokeilee ryhmäkotia kuukauden ajan.")
    decisions.set_field(found.id, "will_questions", [{"question": "Mikä kodissa on tärkeintä?",
                                                      "answer": "Oma huone ja kissa."}])
    decisions.set_field(found.id, "how_will_found", "Aino lajitteli kuvat kolmeen pinoon.")
    decisions.set_field(found.id, "agreement", "partly")
    decisions.set_field(found.id, "differing_views", [{"who": "Pirkko Virtanen (äiti)",
                                                       "view": "Äidin mielestä kotona on turvallisempaa."}])
    decisions.set_field(found.id, "next_steps", "Tutustumiskäynti ryhmäkotiin.")
    decisions.set_field(found.id, "follow_up_on", "2026-04-01")
    decisions.set_field(found.id, "wellbeing", 4)
    decisions.complete(found.id)
    return found.id


def assessment(workspace: Workspace, client_id: uuid.UUID, *, complete: bool = True) -> uuid.UUID:
    """The shipped template answered as far as completion needs, plus a few written answers."""
    visit = workspace.visits.start_visit(client_id, "home_visit", another=True)  # several per test
    found = workspace.assessments.start(client_id, TEMPLATE, visit.id)
    answers: list[tuple[str, object]] = [
        ("initiation.method", "referral"), ("initiation.reasons", "Näkö on heikentynyt nopeasti."),
        ("initiation.date", "2026-02-18"), ("conduct.start_date", "2026-02-28"), ("conduct.way", "home_visit"),
        ("conduct.communication_support", ["three_point", "aac"]),
        ("conduct.participants", "Aino Virtanen (asiakas), Liisa Virtanen (sisko)"),
        *((f"{domain}.support_need", "regular" if domain == "mobility" else "occasional") for domain in DOMAINS),
        ("mobility.client_view", "Kaupungissa eksyn."),
        # Answered while shown, then hidden by a milder rating: kept in the store, never printed.
        ("mobility.functioning", "3"), ("mobility.functioning_notes", "PIILOTETTU MUISTIINPANO"),
        ("mobility.functioning", "1"),
        ("strengths.strengths", "Sinnikäs ja itsenäinen."),
        ("conclusions.client_assessment", "Apua tarvitsen liikkumiseen."),
        ("conclusions.professional_assessment", "Pitkäaikainen tuen tarve liikkumisessa."),
        ("conclusions.need_nature", "long_term"), ("conclusions.right_to_special_support", False),
        ("conclusions.plan_made", True), ("conclusions.own_worker_needed", True),
        ("conclusions.clienthood_continues", True),
    ]
    for key, value in answers:
        workspace.assessments.answer(found.id, key, value)
    if complete:
        workspace.assessments.complete(found.id)
    return found.id


# -- the decision-making record ---------------------------------------------------------------


def test_decision_record_in_the_clients_language_with_words_for_every_code(  # type: ignore[no-untyped-def]
        workspace, documents, client_id) -> None:
    document = documents.render("decision_record", decision_session(workspace, client_id))
    assert (document.language, document.title) == ("fi", "Tuetun päätöksenteon kirjaus")
    assert document.document_id.startswith("TP-")
    text, _ = text_of(document)
    words = flat(text)
    for expected in ("Aino Maria Virtanen", "131052-308T", "Kotikäynti", "Valmis",
                     "Muutetaanko tuettuun asumiseen ensi vuonna?", "Mietitään, missä haluat asua.",
                     "1. Missä haluat asua?", "Asiakkaan valitsemat tukihenkilöt: Liisa Virtanen (sisko)",
                     "Asiakkaan valitsema tukihenkilö",
                     "Ammattilainen", "Kuvat tai symbolit", "Lajittelu: hyvä / en tiedä / ei hyvä",
                     "Muu tapa: Valokuvat asunnoista", "Kuvakansio ja tabletti", "Vaihtoehto 1", "Selitys 2",
                     "Hyvä", "En tiedä", "Ei hyvä", "”Sanoin näin 3”", "Aino kokeilee ryhmäkotia kuukauden ajan.",
                     "Oma huone ja kissa.", "Aino lajitteli kuvat kolmeen pinoon.", "Osittain samaa mieltä",
                     "Pirkko Virtanen (äiti)", "Äidin mielestä kotona on turvallisempaa.",
                     "Aino Maria Virtanen (asiakas)", "Tutustumiskäynti ryhmäkotiin.", "1.4.2026", "4 – hyvä",
                     "Allekirjoitukset", "Nimenselvennys: Liisa Virtanen"):
        assert expected in words, expected
    codes = (*decision_rules.ROLES, *decision_rules.METHODS, *decision_rules.REACTIONS, *decision_rules.AGREEMENT,
             "home_visit", "1f3e0", "1F3E0")
    for code in codes:
        assert re.search(rf"\b{re.escape(code)}\b", text) is None, code
    assert "LUONNOS" not in text


def test_decision_record_in_swedish_when_asked_or_when_the_client_is_swedish(  # type: ignore[no-untyped-def]
        workspace, documents, client_id, swedish_client) -> None:
    finnish_client_in_swedish = documents.render("decision_record", decision_session(workspace, client_id), "sv")
    swedish_by_default = documents.render("decision_record", decision_session(workspace, swedish_client))
    for document in (finnish_client_in_swedish, swedish_by_default):
        assert document.language == "sv"
        text, pages = text_of(document)
        words = flat(text)
        for expected in ("Dokumentation av stött beslutsfattande", "Stödperson", "Yrkesperson", "Hembesök",
                         "Bilder eller symboler", "Håller delvis med", "Bra", "Vet inte", "Inte bra", "4 – bra",
                         "Underskrifter", "Klientens egna ord"):
            assert expected in words, expected
        assert f"Sida 1 / {len(pages)}" in pages[0]
        assert "Tukihenkilö" not in words and "Sivu" not in words
    assert documents.render("decision_record", decision_session(workspace, swedish_client), "fi").language == "fi"


def test_decision_record_has_page_numbers_and_its_id_on_every_page(  # type: ignore[no-untyped-def]
        workspace, documents, client_id) -> None:
    document = documents.render("decision_record", decision_session(workspace, client_id, options=12))
    _, pages = text_of(document)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
        assert document.document_id in page


def test_a_draft_record_is_marked_on_every_page_and_has_no_signature_lines(  # type: ignore[no-untyped-def]
        workspace, documents, client_id) -> None:
    document = documents.render("decision_record", decision_session(workspace, client_id, complete=False))
    assert document.title == "Tuetun päätöksenteon kirjaus – LUONNOS"
    text, pages = text_of(document)
    assert all("LUONNOS" in page for page in pages)
    assert "Luonnos" in text and "Ei lajiteltu" not in text  # every option was sorted
    assert "Allekirjoitukset" not in text
    swedish = text_of(documents.render("decision_record", document.record_id, "sv"))[1]
    assert all("UTKAST" in page for page in swedish)


# -- the needs assessment summary -------------------------------------------------------------


def test_assessment_summary_in_finnish_with_template_words(workspace, documents, client_id) -> None:  # type: ignore[no-untyped-def]
    document = documents.render("assessment_summary", assessment(workspace, client_id))
    assert (document.language, document.title) == ("fi", "Palvelutarpeen arvion yhteenveto")
    assert document.document_id.startswith("PTA-")
    text, pages = text_of(document)
    words = flat(text)
    for expected in ("Vammaispalvelujen palvelutarpeen arvio", "Aino Maria Virtanen", "Valmis", "Vireilletulo",
                     "Ohjaus toiselta viranomaiselta", "18.2.2026", "Arvioinnin toteutus", "Kotikäynti",
                     "Kolmiportainen lajittelu (esim. Talking Mats), Kommunikoinnin apuväline (AAC)",
                     "Johtopäätökset", "Pitkäaikainen", "Tuen tarve elämänalueittain", "Elämänalue",
                     "Liikkuminen", "Säännöllinen", "Satunnainen", "1 – lievä vaikeus (5–24 %)",
                     "Kaupungissa eksyn.", "Vahvuudet ja toiveet", "Sinnikäs ja itsenäinen.", "Allekirjoitukset"):
        assert expected in words, expected
    assert re.search(r"Erityistä tukea tarvitseva asiakas \(SHL\) Ei", words)
    assert re.search(r"Jatkuuko asiakkuus Kyllä", words)
    assert re.search(r"Hyvä, omannäköinen elämä –", words)  # shown, not answered: a dash
    # Hidden by skip logic: neither the label nor the kept answer is printed.
    for hidden in ("PIILOTETTU", "Perustelu erityisen tuen tarpeelle", "Miksi suunnitelmaa ei laadita"):
        assert hidden not in words, hidden
    for code in ("home_visit", "three_point", "aac", "long_term", "referral", "regular", "occasional", "True"):
        assert re.search(rf"\b{code}\b", text) is None, code
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
        assert document.document_id in page


def test_assessment_summary_in_swedish(workspace, documents, client_id, swedish_client) -> None:  # type: ignore[no-untyped-def]
    for document in (documents.render("assessment_summary", assessment(workspace, client_id), "sv"),
                     documents.render("assessment_summary", assessment(workspace, swedish_client))):
        assert document.language == "sv"
        text, pages = text_of(document)
        words = flat(text)
        for expected in ("Sammandrag av bedömningen av servicebehovet", "Anhängiggörande", "Hembesök",
                         "Hänvisning från en annan myndighet", "Slutsatser", "Långvarigt",
                         "Behov av stöd per livsområde", "Att röra sig och ta sig fram", "Regelbundet"):
            assert expected in words, expected
        assert "Vireilletulo" not in words and "Kotikäynti" not in words
        assert all(f"Sida {n} / {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_a_draft_summary_is_marked_and_lists_what_is_not_yet_written(  # type: ignore[no-untyped-def]
        workspace, documents, client_id) -> None:
    document = documents.render("assessment_summary", assessment(workspace, client_id, complete=False))
    text, pages = text_of(document)
    assert all("LUONNOS" in page for page in pages)
    assert "Allekirjoitukset" not in text
    assert "Ei sanallisia kirjauksia: Arki ja itsestä huolehtiminen" in flat(text)


# -- resources and the disk -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["decision_record", "assessment_summary"])
def test_the_texts_have_the_same_keys_in_finnish_and_swedish(kind: str) -> None:
    with resource_path("documents", f"{kind}.toml").open("rb") as file:
        raw = tomllib.load(file)
    assert set(raw["fi"]) == set(raw["sv"])
    assert all(raw["fi"][key].strip() and raw["sv"][key].strip() for key in raw["fi"])


def test_rendering_writes_nothing_to_the_temp_directory(  # type: ignore[no-untyped-def]
        workspace, documents, client_id, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session_id, assessment_id = decision_session(workspace, client_id), assessment(workspace, client_id)
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = sorted(p for p in tmp_path.rglob("*") if temp_root not in p.parents)
    for language in ("fi", "sv"):
        documents.render("decision_record", session_id, language)
        documents.render("assessment_summary", assessment_id, language)
    assert list(temp_root.rglob("*")) == []
    after = sorted(p for p in tmp_path.rglob("*") if temp_root not in p.parents)
    assert [p for p in after if p not in before and "data" not in p.parts] == []
