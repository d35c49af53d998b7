"""The access report's PDF (``sopiva_desk/reports/access_report.py``), the same for the laptop and
the central server: its words in Finnish and Swedish, which source it is, what a listing means,
the disclosures with the Sosmeta parts, and a long report over many pages."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from sopiva_desk.reports.access_report import render_pdf


def _report(entries: int = 3, source: str = "laptop") -> dict[str, Any]:
    start = datetime(2026, 3, 2, 7, 5, tzinfo=UTC)
    kinds = [("view", "client", "follow_up", False, []), ("update", "client_plan", "planning", False,
                                                          ["goals/1/client_words", "goals/1/supports/2/unit"]),
             ("view", "caseload", "client_work", True, [])]
    return {
        "source": source,
        "client": {"id": "7f0c5d1e-0000-4000-8000-000000000001", "name": "Åsa Öhman", "hetu": "131052-308T"},
        "period": {"start": "2026-03-01", "end": "2026-03-31"},
        "made_at": "2026-04-01T10:00:00+00:00", "made_by": "Sanna Ohjaaja",
        "entries": [{"at": (start + timedelta(hours=i)).isoformat(), "who": f"Käyttäjä {i}",
                     "device": "Läppäri 7" if source == "central" else "", "action": kinds[i % 3][0],
                     "record_type": kinds[i % 3][1], "fields": kinds[i % 3][4], "purpose": kinds[i % 3][2],
                     "listing": kinds[i % 3][3]} for i in range(entries)],
        "disclosures": [
            {"disclosed_on": "2026-03-12", "document_kind": "client_plan", "recipient": "Kela",
             "basis": "law", "basis_detail": "Asiakastietolaki 703/2023 § 17", "purpose": "Etuuden käsittely",
             "discloser_name": "Sanna Ohjaaja"},
            {"disclosed_on": "2026-03-20", "document_kind": None, "data": "Kotikäyntien päivämäärät",
             "recipient": "Pekka Ohjaaja", "recipient_organisation": "Mikkelin asumispalvelut", "method": "phone",
             "basis": "consent", "basis_detail": "", "purpose": "Asumispalvelu", "discloser_name": "Sanna Ohjaaja"},
        ],
    }


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split()), len(reader.pages)


def test_the_finnish_report_names_every_part_in_finnish() -> None:
    text, pages = _text(render_pdf(_report(), "fi"))
    assert pages == 1
    for expected in ("Selvitys asiakastietojen käytöstä ja luovutuksista", "Åsa Öhman, 131052-308T",
                     "1.3.2026–31.3.2026", "Tämän kannettavan tietokoneen lokitiedot",
                     "Katsottu: Asiakkaan perustiedot", "Muutettu: Asiakassuunnitelma (2 tietoa)", "Seuranta",
                     "Suunnittelu", "Asiakastyö", "Katsottu: Asiakaslista Luettelossa",
                     "”Luettelossa” tarkoittaa", "2.3.2026 9.05",  # 7.05 UTC is 9.05 in Finland in March
                     "Asiakassuunnitelma", "Laki: Asiakastietolaki 703/2023 § 17", "Kotikäyntien päivämäärät",
                     "puhelimessa", "Mikkelin asumispalvelut", "Asiakkaan suostumus", "Sivu 1 / 1"):
        assert expected in text, expected
    assert "goals/" not in text and "client_plan" not in text  # never the technical keys


def test_the_swedish_report_of_the_central_records_says_so() -> None:
    text, _pages = _text(render_pdf(_report(source="central"), "sv"))
    for expected in ("Redogörelse för användning och utlämnande av klientuppgifter",
                     "Loggen i det centrala klientdatasystemet", "Visad: Klientens grunduppgifter",
                     "Ändrad: Klientplan (2 uppgifter)", "Uppföljning", "Planering", "I en förteckning",
                     "”I en förteckning” betyder", "enhet: Läppäri 7", "Lag: Asiakastietolaki",
                     "per telefon", "Klientens samtycke", "Sida 1 / 1"):
        assert expected in text, expected
    assert "Tämän kannettavan" not in text


def test_hundreds_of_entries_run_over_numbered_pages_with_every_entry_in_order() -> None:
    text, pages = _text(render_pdf(_report(entries=400), "fi"))
    assert pages >= 10
    assert f"Sivu {pages} / {pages}" in text
    assert text.count("Käyttäjä ") == 400
    assert text.index("Käyttäjä 9 ") < text.index("Käyttäjä 10 ") < text.index("Käyttäjä 399")
    assert text.count("Milloin Kuka Mitä Käyttötarkoitus") >= pages - 1  # repeated on each page the table spans


def test_an_empty_period_says_there_is_nothing() -> None:
    report = {**_report(entries=0), "disclosures": []}
    text, _pages = _text(render_pdf(report, "fi"))
    assert "Ajanjaksolla ei ole käsittelymerkintöjä." in text and "Ajanjaksolla ei ole luovutuksia." in text


def test_an_unknown_record_type_is_named_in_general_words_not_by_its_key() -> None:
    report = _report(entries=1)
    report["entries"][0]["record_type"] = "something_new"
    text, _pages = _text(render_pdf(report, "sv"))
    assert "Visad: Övriga klientuppgifter" in text and "something_new" not in text


@pytest.mark.parametrize(("language", "source"), [("en", "laptop"), ("fi", "somewhere")])
def test_another_language_or_source_is_refused(language: str, source: str) -> None:
    with pytest.raises(ValueError):
        render_pdf(_report(source=source), language)
