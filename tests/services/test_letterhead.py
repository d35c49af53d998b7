"""The organisation's letterhead: kept in the data folder, round-trips, its logo checked, the
administrator's lock, and every document printing it (read back from the PDF with pypdf).
Without one the header says the organisation is not configured; the demo's says it is a demo."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.documents.layout import DocumentMeta, Styles, para, render_pdf
from sopiva_desk.services.documents.letterhead_drawing import logo_art
from sopiva_desk.services.documents.organisation import DEMO, UNCONFIGURED, Organisation
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.letterhead import (
    KEEP,
    LOGO_MAX_BYTES,
    LetterheadLockedError,
    LetterheadService,
    check_logo,
    toml_text,
    values_from_toml,
)
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import DEMO_PASSPHRASE

VALUES = {"name_fi": "Etelä-Savon hyvinvointialue", "name_sv": "Välfärdsområdet i Södra Savolax",
          "unit_fi": "Vammaispalvelut", "unit_sv": "Handikappservice", "address_fi": "PL 50, 50101 Mikkeli",
          "address_sv": "PB 50, 50101 S:t Michel", "phone": "+358 15 351 11", "email": "kirjaamo@esavo.fi",
          "web": "www.esavo.fi", "oid": "1.2.246.10.12345678"}
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32" width="64" height="32">'
       b'<rect x="2" y="2" width="60" height="28" fill="#1f5f8b"/></svg>')


def png(width: int = 120, height: int = 40) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (31, 95, 139)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def service(data_dir: Path) -> LetterheadService:
    return LetterheadService(data_dir)


def pdf_of(organisation: Organisation, language: str) -> PdfReader:
    texts = Texts("common", language)
    meta = DocumentMeta(kind="common", title="Asiakassuunnitelma", document_id="ASU-0001", language=language,
                        organisation=organisation, client_name="Aino Virtanen", version=1)
    styles = Styles()
    rendered = render_pdf(meta, [para(f"Sisältö {n}", styles.body) for n in range(120)], texts)
    return PdfReader(io.BytesIO(rendered.pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_not_configured_until_set_then_round_trips(service: LetterheadService, data_dir: Path) -> None:
    assert service.current().letterhead is None and service.organisation().status == UNCONFIGURED
    saved = service.save(VALUES, png())
    again = LetterheadService(data_dir).current()
    assert again == saved and again.letterhead is not None
    assert again.letterhead.values() == VALUES and again.logo is not None and again.logo.kind == "png"
    assert not again.locked
    # One file in the data folder, readable by every account (not client data), the logo inside it.
    assert [p.name for p in data_dir.iterdir()] == ["letterhead.json"]
    assert stat.S_IMODE((data_dir / "letterhead.json").stat().st_mode) == 0o644
    service.save({**VALUES, "unit_fi": "Palveluohjaus"})  # the logo is kept unless told otherwise
    assert service.current().logo == again.logo
    service.save(VALUES, None)
    assert service.current().logo is None
    service.clear()
    assert service.current().letterhead is None


def test_nothing_is_written_when_anything_is_wrong(service: LetterheadService) -> None:
    service.save(VALUES)
    with pytest.raises(ValidationError) as caught:
        service.save({**VALUES, "name_fi": "", "oid": "1.2.246.010"}, b"GIF89a")
    assert caught.value.issues == [Issue("name_fi", "field.required"), Issue("oid", "letterhead.oid_format"),
                                   Issue("logo", "letterhead.logo_format")]
    assert service.current().letterhead is not None and service.current().letterhead.values() == VALUES


@pytest.mark.parametrize(("data", "issue"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES, Issue("logo", "letterhead.logo_too_large", {"max_kb": 512})),
    (b"GIF89a...", Issue("logo", "letterhead.logo_format")),
    (b"\x89PNG\r\n\x1a\nnot really", Issue("logo", "letterhead.logo_unreadable")),
    (png(8, 8), Issue("logo", "letterhead.logo_size", {"min": 16, "max": 4096})),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
     Issue("logo", "letterhead.logo_svg_features")),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><image href='file:///etc/passwd'/></svg>",
     Issue("logo", "letterhead.logo_svg_features")),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>',
     Issue("logo", "letterhead.logo_svg_features")),
    (b"<svg", Issue("logo", "letterhead.logo_unreadable")),
])
def test_a_logo_is_checked(data: bytes, issue: Issue) -> None:
    with pytest.raises(ValidationError) as caught:
        check_logo(data)
    assert caught.value.issues == [issue]


def test_png_and_svg_logos_are_accepted() -> None:
    assert check_logo(png()).kind == "png" and check_logo(SVG).kind == "svg"
    assert check_logo(b"\xef\xbb\xbf\n" + SVG).kind == "svg"  # a byte-order mark and a blank line first


def test_a_locked_letterhead_is_changed_only_by_the_administrator(service: LetterheadService) -> None:
    service.save(VALUES, lock=True, admin=True)
    assert service.current().locked
    with pytest.raises(LetterheadLockedError):
        service.save({**VALUES, "unit_fi": "Muu"})
    with pytest.raises(LetterheadLockedError):
        service.clear()
    service.save({**VALUES, "unit_fi": "Muu"}, KEEP, admin=True)  # still locked
    assert service.current().locked and service.current().letterhead.unit["fi"] == "Muu"  # type: ignore[union-attr]
    service.save(VALUES, lock=False, admin=True)
    service.save({**VALUES, "unit_fi": "Taas muu"})
    service.save(VALUES, lock=True)  # only an administrator may lock
    assert not service.current().locked


def test_a_damaged_file_is_reported_and_documents_say_not_configured(service: LetterheadService) -> None:
    service.path.write_text('{"name_fi": "Etelä-Savo", "logo": {"kind": "png", "data": "%%%"}}', encoding="utf-8")
    assert service.current().unreadable and service.organisation().status == UNCONFIGURED
    service.path.write_text("not json", encoding="utf-8")
    assert service.current().unreadable


def test_the_letterhead_file_round_trips_through_its_toml_form(service: LetterheadService) -> None:
    letterhead = service.save(VALUES).letterhead
    assert letterhead is not None
    assert values_from_toml(toml_text(letterhead).encode("utf-8")) == VALUES
    with pytest.raises(ValidationError) as caught:
        values_from_toml(b"[name\nfi = ")
    assert caught.value.issues == [Issue("file", "letterhead.file_format")]


@pytest.mark.parametrize(("language", "name", "unit", "address"), [
    ("fi", "Etelä-Savon hyvinvointialue", "Vammaispalvelut", "PL 50, 50101 Mikkeli"),
    ("sv", "Välfärdsområdet i Södra Savolax", "Handikappservice", "PB 50, 50101 S:t Michel"),
])
def test_every_page_prints_the_letterhead(service: LetterheadService, language: str, name: str, unit: str,
                                          address: str) -> None:
    service.save(VALUES, png())
    reader = pdf_of(service.organisation(), language)
    assert len(reader.pages) > 1
    for page in reader.pages:
        text = flat(page.extract_text())
        assert name in text and unit in text
        assert f"{address} · +358 15 351 11 · kirjaamo@esavo.fi · www.esavo.fi · OID 1.2.246.10.12345678" in text
        images = [o for o in page["/Resources"]["/XObject"].values() if o.get_object()["/Subtype"] == "/Image"]
        assert images, "the logo is on every page"
    assert reader.metadata is not None and reader.metadata.author == name


def test_an_svg_logo_is_drawn_as_vectors(service: LetterheadService) -> None:
    service.save(VALUES, SVG)
    organisation = service.organisation()
    art = logo_art(organisation.logo)
    assert art is not None and art.drawing is not None and art.image is None
    assert "Etelä-Savon hyvinvointialue" in pdf_of(organisation, "fi").pages[0].extract_text()


@pytest.mark.parametrize(("language", "words"), [
    ("fi", ["ORGANISAATION TIETOJA EI OLE ASETETTU", "Asetukset → Organisaatio"]),
    ("sv", ["ORGANISATIONENS UPPGIFTER HAR INTE ANGETTS", "Inställningar → Organisation"]),
])
def test_without_a_letterhead_the_header_says_so(service: LetterheadService, language: str,
                                                 words: list[str]) -> None:
    text = flat(pdf_of(service.organisation(), language).pages[0].extract_text())
    for word in words:
        assert word in text
    assert "Esimerkin" not in text and "hyvinvointialue" not in text


def test_documents_of_a_workspace_follow_the_letterhead_of_its_data_folder(workspace: Workspace,
                                                                          client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    plan_id = workspace.plans.start_draft(client_id).id
    before = flat(PdfReader(io.BytesIO(workspace.documents.render("client_plan", plan_id).pdf)).pages[0]
                  .extract_text())
    assert "ORGANISAATION TIETOJA EI OLE ASETETTU" in before
    assert workspace.letterhead is not None
    workspace.letterhead.save(VALUES)  # applies to the next document, without unlocking again
    after = flat(PdfReader(io.BytesIO(workspace.documents.render("client_plan", plan_id, "sv").pdf)).pages[0]
                 .extract_text())
    assert "Välfärdsområdet i Södra Savolax" in after and "OID 1.2.246.10.12345678" in after


def test_the_demo_profile_always_prints_the_demo_letterhead(profile_service: ProfileService, data_dir: Path,
                                                           client_values: dict[str, object]) -> None:
    LetterheadService(data_dir).save(VALUES)  # a real letterhead on this computer …
    profile = profile_service.create_profile("Demo", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    ws.settings.mark_demo()  # what demo seeding does
    ws.close()
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    try:
        assert ws.demo
        plan_id = ws.plans.start_draft(ws.clients.create_client(client_values)).id
        for language, words in (("fi", ["DEMO – Esimerkin hyvinvointialue, ei todellinen organisaatio",
                                         "Harjoitusaineisto: henkilöt ja tiedot ovat keksittyjä."]),
                                ("sv", ["DEMO – Exempelvälfärdsområdet, ingen verklig organisation",
                                        "Övningsmaterial: personerna och uppgifterna är påhittade."])):
            text = flat(PdfReader(io.BytesIO(ws.documents.render("client_plan", plan_id, language).pdf)).pages[0]
                        .extract_text())
            for word in words:
                assert word in text, word
            assert "Etelä-Savon" not in text  # … is never printed on the demo's fictional documents
    finally:
        ws.close()


def test_the_demo_letterhead_says_it_is_a_demo() -> None:
    from sopiva_desk.services.documents.organisation import demo_organisation

    demo = demo_organisation()
    assert demo.status == DEMO
    assert demo.words("name", "fi").startswith("DEMO – ") and demo.words("name", "sv").startswith("DEMO – ")


def test_the_stored_file_holds_the_values_and_the_logo(service: LetterheadService) -> None:
    service.save(VALUES, SVG, lock=True, admin=True)
    stored = json.loads(service.path.read_text(encoding="utf-8"))
    assert stored["locked"] is True and stored["logo"]["kind"] == "svg" and stored["oid"] == VALUES["oid"]
