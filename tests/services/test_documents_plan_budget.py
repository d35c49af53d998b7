"""The official client plan and the budget statement as PDFs, from a real store: the right
content in Finnish and Swedish (the client's language by default, an explicit one on request,
never the UI language), "page n / N" and the document ID on every page, a draft marked as one,
the budget figures, every special letter drawn, and nothing written to the temp directory."""

from __future__ import annotations

import io
import tempfile
import tomllib
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopiva_desk.resources import resource_path
from sopiva_desk.services.documents import DocumentService, RenderedDocument
from sopiva_desk.services.documents.fonts import missing_glyphs
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.settings import AppConfig
from sopiva_desk.services.workspace import Workspace

TODAY = date(2026, 7, 2)  # half of the 2026 budget period has gone by
LETTERS = "äöåšžčđŋŧáéőłÄÖÅŠŽČĐŊŦÁÉŐŁ"


@pytest.fixture
def documents(workspace: Workspace) -> DocumentService:
    return DocumentService(workspace.db, workspace.actor, today=lambda: TODAY)


def new_client(workspace: Workspace, **values: object) -> uuid.UUID:
    base: dict[str, object] = {"first_names": "Aino Maria", "last_name": "Virtanen", "hetu": "131052-308T",
                               "municipality_code": "491", "language": "fi", "street_address": "Myllytie 22",
                               "postal_code": "50100", "post_office": "Mikkeli"}
    return workspace.clients.create_client({**base, **values})


def write_plan(workspace: Workspace, client_id: uuid.UUID, client_name: str, *, goals: int = 2,
               agree: bool = True, extra: str = "") -> uuid.UUID:
    """A complete plan through PlanService, as a counsellor fills it in."""
    plans = workspace.plans
    plan_id = plans.start_draft(client_id).id
    for key, value in {
        "meeting_date": "2026-01-20", "meeting_place": "Asiakkaan koti, Mikkeli",
        "participants": [{"name": client_name, "relation": "asiakas"}, {"name": "Tiina Hyvönen", "relation": "täti"}],
        "communication": "Selkokieli, kuvat ja kolmen kohdan ohjeet.",
        "how_will_found": "Asiakas valitsi kuvakorteista tärkeimmät asiat. " + extra,
        "situation/housing": "Asuu vanhempien luona. Haluaa oman kodin.",
        "situation/leisure": "Pelaa salibandyä.",
        "current_services": "Työtoiminta neljä päivää viikossa.",
        "support_need_client": "Tarvitsen apua ruoan ja rahojen kanssa.",
        "strengths": "Sosiaalinen ja täsmällinen.",
        "differing_views": [{"who": "Tiina Hyvönen (täti)", "view": "Muutto on vielä liian aikaista."}],
        "rights_explained": True, "rights_explained_how": "Selkokielisen esitteen ja kuvien avulla.",
        "review_date": "2026-07-20",
    }.items():
        plans.set_field(plan_id, key, value)
    for number in range(1, goals + 1):
        view = plans.add_goal(plan_id, {"client_words": f"Haluan muuttaa omaan kotiin {number}. {extra}",
                                        "life_domain": "housing", "indicator": "Asuu omassa vuokra-asunnossa.",
                                        "target_date": "2026-10-20"})
        goal_id = view.content["goals"][-1]["id"]
        plans.add_support(plan_id, goal_id, {
            "description": "Asumisen valmennus", "provider_kind": "service_provider", "provider_name": "Arjen Taito Oy",
            "service_code": "sd-coaching", "client_proposal": "Valmentaja kotiin kaksi kertaa viikossa.",
            "arranging_method": "personal_budget", "quantity": "100", "start_date": "2026-02-01"})
        plans.add_support(plan_id, goal_id, {
            "description": "Asunnon hakeminen yhdessä", "provider_kind": "close_person",
            "provider_name": "Tiina Hyvönen", "arranging_method": "informal_support", "duration_months": "6"})
    plans.add_role(plan_id, {"name": client_name, "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi suunnitelmaa"]})
    plans.add_role(plan_id, {"name": "Tiina Hyvönen", "role": "close_person", "relation": "täti",
                             "tasks": ["Auttaa asunnon hakemisessa"]})
    plans.add_role(plan_id, {"name": "Arjen Taito Oy", "role": "provider", "tasks": ["Asumisen valmennus"]})
    if agree:
        plans.agree(plan_id, date(2026, 1, 20))
    return plan_id


def write_budget(workspace: Workspace, plan_id: uuid.UUID) -> uuid.UUID:
    """A decided 2026 budget over the reference (justified), a commitment and uses exceeding it."""
    budgets = workspace.budgets
    budget = budgets.create_for_plan(plan_id, date(2026, 1, 1), date(2026, 12, 31))  # reference 100 h × 70,50 €
    line_id = budget.budget.lines[0].id  # from the plan's support: coaching 100 h
    budgets.set_line(budget.id, line_id, {"quantity": "110", "arranging_method": "payment_commitment",
                                          "description": "Asumisen valmennus kotona"})
    budgets.set_justification(budget.id, "Valmentaja lähempänä kotia.")
    budgets.decide(budget.id, date(2026, 1, 15), "HB-2026-101")
    budgets.add_commitment(budget.id, {"number": "MS-1", "provider": "Arjen Taito Oy", "service_code": "sd-coaching",
                                       "max_cents": "5 000", "valid_from": "2026-01-01", "valid_to": "2026-12-31"})
    for day, amount in (("2026-02-10", "705"), ("2026-03-10", "705"), ("2026-04-10", "705"), ("2026-05-10", "3000")):
        budgets.record_use(budget.id, {"used_on": day, "provider": "Arjen Taito Oy", "budget_line_id": line_id,
                                       "units": "10", "amount_cents": amount, "commitment_number": "MS-1",
                                       "amount_reason": "Laskulla myös leirin kulut" if amount == "3000" else None})
    return budget.id


def pages_of(document: RenderedDocument) -> list[str]:
    """Each page's text with white space (also no-break spaces) folded to single spaces."""
    reader = PdfReader(io.BytesIO(document.pdf))
    assert len(reader.pages) == document.pages
    return [" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in reader.pages]


def assert_numbered(document: RenderedDocument, word: str) -> list[str]:
    pages = pages_of(document)
    for number, text in enumerate(pages, start=1):
        assert f"{word} {number} / {len(pages)}" in text
        assert document.document_id in text
    return pages


def test_client_plan_in_finnish_by_default_and_in_swedish_on_request(workspace, documents, data_dir) -> None:  # type: ignore[no-untyped-def]
    AppConfig(language="sv").save(data_dir)  # the UI language: the document does not follow it
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=1)
    write_budget(workspace, plan_id)

    finnish = documents.render("client_plan", plan_id)
    assert (finnish.language, finnish.title, finnish.client_name) == ("fi", "Asiakassuunnitelma", "Aino Maria Virtanen")
    assert finnish.document_id.startswith("ASU-") and finnish.document_id.endswith("-1")
    text = " ".join(assert_numbered(finnish, "Sivu"))
    for expected in ("Asiakassuunnitelma", "Aino Maria Virtanen", "131052-308T", "13.10.1952",
                     "Myllytie 22, 50100 Mikkeli", "Hyväksytty 20.1.2026", "Suunnitteluneuvottelu", "Tiina Hyvönen",
                     "Asuminen", "Vapaa-aika",
                     "Ei kirjattu: Arjen toiminnot", "”Haluan muuttaa omaan kotiin 1.”", "Tavoite 1 · Asuminen",
                     "Palveluntuottaja: Arjen Taito Oy", "Valmennus", "Henkilökohtainen budjetti",
                     "100 h × 70,50 € = 7 050,00 €", "alkaen 1.2.2026, toistaiseksi", "6 kk", "Roolikartta",
                     "Omatyöntekijä", "Auttaa asunnon hakemisessa", "Viitekustannus 7 050,00 €", "+705,00 €",
                     "Budjetti ylittää viitekustannuksen", "Valmentaja lähempänä kotia.",
                     "Päätetty 15.1.2026, päätös HB-2026-101", "Eriävät näkemykset", "Muutto on vielä liian aikaista.",
                     "Tarvitsen apua ruoan ja rahojen kanssa.", "Kyllä", "Selkokielisen esitteen",
                     "viimeistään 20.7.2026", "Allekirjoitukset", "Nimenselvennys: Eeva Esimerkki"):
        assert expected in text, expected
    assert "Klientplan" not in text and "LUONNOS" not in text

    swedish = documents.render("client_plan", plan_id, "sv")
    assert (swedish.language, swedish.title, swedish.document_id) == ("sv", "Klientplan", finnish.document_id)
    text = " ".join(assert_numbered(swedish, "Sida"))
    for expected in ("Klientplan", "Personbeteckning", "Godkänd 20.1.2026", "Boende", "Mål 1 · Boende", "Träning",
                     "Serviceproducent: Arjen Taito Oy", "Personlig budget", "från 1.2.2026, tills vidare",
                     "Rollkarta", "Referenskostnad", "Avvikande åsikter", "Underskrifter", "Ja"):
        assert expected in text, expected
    assert "Asiakassuunnitelma" not in text


def test_a_swedish_speaking_clients_plan_is_in_swedish(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    client_id = new_client(workspace, first_names="Linnea", last_name="Nyström", hetu="011185-931F", language="sv")
    plan_id = write_plan(workspace, client_id, "Linnea Nyström", goals=1)
    plan = documents.render("client_plan", plan_id)
    assert plan.language == "sv"
    text = " ".join(assert_numbered(plan, "Sida"))
    assert "Klientplan" in text and "Linnea Nyström" in text
    assert "Ingen personlig budget har gjorts upp för denna plan." in text  # stated, not left out
    assert documents.render("client_plan", plan_id, "fi").language == "fi"


def test_a_long_plan_spans_pages_numbered_n_of_all(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=14,
                         extra="Asiakas kertoi toiveistaan pitkästi ja omin sanoin. " * 6)
    plan = documents.render("client_plan", plan_id)
    assert plan.pages >= 5
    pages = assert_numbered(plan, "Sivu")
    assert "Tavoite 14 · Asuminen" in " ".join(pages)
    assert "Allekirjoitukset" in pages[-1] and "Allekirjoitukset" not in " ".join(pages[:-1])


def test_a_draft_is_marked_as_a_draft_on_every_page(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=6, agree=False,
                         extra="Pitkä kuvaus. " * 20)
    draft = documents.render("client_plan", plan_id)
    pages = assert_numbered(draft, "Sivu")
    assert len(pages) > 1
    assert "LUONNOS – suunnitelmaa ei ole vielä hyväksytty" in pages[0]
    assert all("LUONNOS" in page for page in pages)
    assert "Tila Luonnos" in pages[0]
    swedish = pages_of(documents.render("client_plan", plan_id, "sv"))
    assert "UTKAST – planen har inte godkänts ännu" in swedish[0] and all("UTKAST" in page for page in swedish)


def test_budget_statement_shows_lines_reference_use_balance_and_alerts(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=1)
    budget_id = write_budget(workspace, plan_id)
    statement = documents.render("budget_statement", budget_id)
    assert (statement.language, statement.title) == ("fi", "Henkilökohtainen budjetti ja seuranta")
    assert statement.document_id.startswith("HB-")
    text = " ".join(assert_numbered(statement, "Sivu"))
    for expected in (
            "1.1.2026–31.12.2026", "Päätetty", "15.1.2026", "HB-2026-101", "1. Valmennus Asumisen valmennus kotona",
            "Maksusitoumus Arjen Taito Oy 110 h 70,50 € 7 755,00 €", "Yhteensä 7 755,00 €",
            "Viitekustannus 7 050,00 €", "Budjetti (kohdennettu) 7 755,00 €", "Erotus +705,00 €",
            "Budjetti ylittää viitekustannuksen 705,00 €.", "Perustelu Valmentaja lähempänä kotia.",
            "MS-1 Arjen Taito Oy Valmennus 5 000,00 € 1.1.2026–31.12.2026 5 115,00 €",
            "10.5.2026 Arjen Taito Oy MS-1 1. Valmennus Summan perustelu: Laskulla myös leirin kulut 10 h 3 000,00 €",
            "Yhteensä 5 115,00 €",
            "Budjettikaudesta on kulunut 50 % (183 / 365 päivää) 2.7.2026 mennessä.",
            "Käyttö on 132 % tähän mennessä odotetusta (5 115,00 € / 3 888,12 €).",
            "1. Valmennus 7 755,00 € 3 888,12 € 5 115,00 € 2 640,00 € 66 %",
            "Maksusitoumus MS-1 ylittyy: käytetty 5 115,00 €, enimmäissumma 5 000,00 €.",
            "Rahaa ei makseta asiakkaalle"):
        assert expected in text, expected
    swedish = " ".join(assert_numbered(documents.render("budget_statement", budget_id, "sv"), "Sida"))
    for expected in ("Personlig budget och uppföljning", "Betalningsförbindelse", "Referenskostnad 7 050,00 €",
                     "Skillnad +705,00 €", "Betalningsförbindelse MS-1 överskrids", "Totalt 5 115,00 €"):
        assert expected in swedish, expected


def test_an_indicative_budget_says_so_and_has_no_follow_up_yet(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=1)
    budget = workspace.budgets.create_for_plan(plan_id, date(2026, 1, 1), date(2026, 12, 31))
    text = " ".join(assert_numbered(documents.render("budget_statement", budget.id), "Sivu"))
    for expected in ("ALUSTAVA – budjettia ei ole vielä päätetty", "1. Valmennus Asumisen valmennus",
                     "Maksusitoumuksia ei ole kirjattu.", "Toteutunutta käyttöä ei ole kirjattu.",
                     "Käyttöä seurataan, kun budjetti on päätetty.", "Kustannusneutraali", "Päätöspäivä –"):
        assert expected in text, expected
    # with every line removed the budget holds nothing: not called cost-neutral
    workspace.budgets.remove_line(budget.id, budget.budget.lines[0].id)
    text = " ".join(pages_of(documents.render("budget_statement", budget.id)))
    assert "Budjettiin ei ole lisätty rivejä." in text and "Kustannusneutraali" not in text
    assert "Budjettiin ei ole vielä kohdennettu rahaa" in text
    swedish = " ".join(pages_of(documents.render("budget_statement", budget.id, "sv")))
    assert "Inga pengar har ännu fördelats i budgeten" in swedish and "Kostnadsneutral" not in swedish


def test_every_special_letter_renders(workspace, documents) -> None:  # type: ignore[no-untyped-def]
    name = ("Äöå Šžčš Đđŋŧ", "Máéőł-ÄÖÅŠŽČĐŊŦÁÉŐŁ")
    client_id = new_client(workspace, first_names=name[0], last_name=name[1], hetu=None, temporary_id="TMP-1")
    plan_id = write_plan(workspace, client_id, " ".join(name), goals=1, extra=f"Sanoi: {LETTERS}")
    budget_id = write_budget(workspace, plan_id)
    for kind, record_id in (("client_plan", plan_id), ("budget_statement", budget_id)):
        for language in ("fi", "sv"):
            text = " ".join(pages_of(documents.render(kind, record_id, language)))
            assert missing_glyphs(text) == set()
            assert "".join(name).replace(" ", "") in text.replace(" ", "")  # a table cell may wrap the name
            assert [letter for letter in LETTERS if letter not in text] == [], (kind, language)
    assert "Tilapäinen tunniste TMP-1" in " ".join(pages_of(documents.render("client_plan", plan_id)))


def test_the_texts_have_the_same_keys_in_finnish_and_swedish() -> None:
    for kind in ("client_plan", "budget_statement"):
        with resource_path("documents", f"{kind}.toml").open("rb") as file:
            raw = tomllib.load(file)
        assert set(raw["fi"]) == set(raw["sv"]), kind
        assert all(raw["fi"][key].strip() and raw["sv"][key].strip() for key in raw["fi"]), kind


def test_unknown_records_are_gone(documents) -> None:  # type: ignore[no-untyped-def]
    for kind in ("client_plan", "budget_statement"):
        with pytest.raises(RecordGoneError):
            documents.render(kind, uuid.uuid4())


def test_rendering_writes_nothing_to_the_temp_directory(workspace, documents, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = new_client(workspace)
    plan_id = write_plan(workspace, client_id, "Aino Maria Virtanen", goals=3)
    budget_id = write_budget(workspace, plan_id)
    sources = [documents.gather("client_plan", plan_id), documents.gather("budget_statement", budget_id)]
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for source in sources:
        assert documents.build(source).pages >= 1
    for kind, record_id in (("client_plan", plan_id), ("budget_statement", budget_id)):
        documents.render(kind, record_id, "sv")
    assert list(temp_root.iterdir()) == []
