"""The documents core: fonts cover the letters of Finnish, Swedish, Sámi and common foreign
names; texts have the same keys in both languages; every page says "n / N" and the document
ID; text is printed as written (no markup injection); nothing touches the disk."""

from __future__ import annotations

import io
import tempfile
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopiva_desk.resources import resource_path
from sopiva_desk.services.documents.fonts import missing_glyphs
from sopiva_desk.services.documents.layout import (
    DocumentMeta,
    Styles,
    bullets,
    field_table,
    heading,
    para,
    render_pdf,
    signature_block,
)
from sopiva_desk.services.documents.organisation import demo_organisation
from sopiva_desk.services.documents.texts import Texts, document_language

LETTERS = "äöåšžčđŋŧáéőłÄÖÅŠŽČĐŊŦÁÉŐŁüÜçñøæß"


def test_the_fonts_draw_every_letter_names_use() -> None:
    assert missing_glyphs(LETTERS) == set()
    assert missing_glyphs("漢") == {"漢"}  # the check can fail


def test_every_texts_file_has_the_same_keys_in_finnish_and_swedish() -> None:
    for path in sorted(resource_path("documents").glob("*.toml")):
        with path.open("rb") as file:
            raw = tomllib.load(file)
        assert set(raw["fi"]) == set(raw["sv"]), path.name


def test_document_language_is_finnish_or_swedish() -> None:
    assert [document_language(x) for x in ("sv", "fi", "en", None, "se")] == ["sv", "fi", "fi", "fi", "fi"]
    assert Texts("common", "sv")("page", page=1, pages=2) == "Sida 1 / 2"


def render(language: str, paragraphs: int) -> tuple[PdfReader, int]:
    texts = Texts("common", language)
    meta = DocumentMeta(kind="common", title="Testiasiakirja", document_id="TST-0001", language=language,
                        organisation=demo_organisation(), client_name="Áile Ŋuolja", version=3)
    styles = Styles()
    story = [para("Testiasiakirja", styles.title),
             field_table([("Nimi", "Áile Ŋuolja <b>&amp;</b>"), ("Tyhjä", None)], styles, texts)]
    for index in range(paragraphs):
        story += [heading(f"Osio {index}", styles.h2), para("Rivi yksi\nrivi kaksi " * 12, styles.body)]
    story += bullets(["yksi", "kaksi"], styles)
    story.append(signature_block(texts, styles, [(texts("signature_client"), "Áile Ŋuolja")]))
    rendered = render_pdf(meta, story, texts)
    return PdfReader(io.BytesIO(rendered.pdf)), rendered.pages


@pytest.mark.parametrize(("language", "word"), [("fi", "Sivu"), ("sv", "Sida")])
def test_every_page_has_its_number_of_all_and_the_document_id(language: str, word: str) -> None:
    reader, pages = render(language, 40)
    assert pages == len(reader.pages) > 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"{word} {number} / {pages}" in text
        assert "TST-0001" in text
        assert ("Esimerkin hyvinvointialue" if language == "fi" else "Exempelvälfärdsområdet") in text


def test_text_is_printed_as_written_and_blanks_show_a_dash() -> None:
    reader, _ = render("fi", 1)
    text = reader.pages[0].extract_text()
    assert "Áile Ŋuolja <b>&amp;</b>" in text  # markup characters are text, not formatting
    assert "Tyhjä\n–" in text or "Tyhjä –" in text


def test_rendering_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(tmp_path)
    render("fi", 5)
    assert list(tmp_path.rglob("*")) == [temp_root]
