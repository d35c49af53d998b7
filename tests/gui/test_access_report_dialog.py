"""The client's access report dialog and recording a disclosure of data from the client file,
against a real encrypted store on the real background runner."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sopiva_desk.gui import i18n, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.access_report import AccessReportDialog, open_access_report, year_before
from sopiva_desk.gui.dialogs.disclosure import DisclosureDialog
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import message
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.repositories import access_log as log_repo
from tests.gui.test_client_file import open_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 5000
TODAY = date.today()


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    client = workspace.clients.create_client({**client_values, "language": "sv"})
    workspace.disclosures.record_data(client, {
        "data": "Kotikäyntien päivämäärät", "recipient": "Pekka Ohjaaja", "recipient_organisation": "Mikkelin kaupunki",
        "method": "phone", "basis": "consent", "basis_detail": "", "purpose": "Asumispalvelu",
        "disclosed_on": TODAY - timedelta(days=3)})
    return client


def _dialog(qtbot: Any, context: AppContext, client_id: uuid.UUID) -> AccessReportDialog:
    dialog = AccessReportDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT)
    return dialog


def test_the_report_shows_the_period_in_words_and_the_pdf_in_the_clients_language(
        qtbot: Any, context: AppContext, client_id: uuid.UUID, dialogs: list[str]) -> None:
    dialog = _dialog(qtbot, context, client_id)
    assert dialog.start_edit.text() == format_date(year_before(TODAY)) and dialog.end_edit.text() == format_date(TODAY)
    assert "Virtanen" not in dialog.windowTitle()  # the title never names the client
    assert dialog.client_label.text() == "Aino Maria Virtanen, 131052-308T"
    model = dialog.entries_model
    rows = [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]
    assert ["Added: Client file", "Client work"] == rows[0][2:]
    assert any(row[2].startswith("Added: Disclosure to Pekka Ohjaaja") for row in rows)
    assert dialog.tabs.tabText(0) == f"Who handled the data ({model.rowCount()})"
    assert dialog.tabs.tabText(1) == "Disclosures (1)"
    what = dialog.disclosures_model.index(0, dialog.disclosures_model.DOCUMENT).data()
    assert what == "Kotikäyntien päivämäärät; by phone"
    assert dialog.disclosures_model.index(0, dialog.disclosures_model.RECIPIENT).data() == \
        "Pekka Ohjaaja, Mikkelin kaupunki"
    assert dialog.language == "sv"  # the client's language
    text = " ".join(PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text().split())
    assert "Redogörelse för användning" in text and "Pekka Ohjaaja" in text
    assert dialog.status_label.text() == "1 page"
    with qtbot.waitSignal(dialog.pdf_ready, timeout=WAIT) as ready:
        dialog.set_language("fi")
    assert "Selvitys asiakastietojen" in PdfReader(io.BytesIO(ready.args[0])).pages[0].extract_text()
    dialog.reject()
    assert dialog.pdf is None and dialog.report is None and dialog.pages.page_count == 0  # closing drops them
    assert dialogs == []


def test_a_period_without_the_entries_shows_none_and_a_bad_date_is_named(
        qtbot: Any, context: AppContext, client_id: uuid.UUID, dialogs: list[str]) -> None:
    dialog = _dialog(qtbot, context, client_id)
    with qtbot.waitSignal(dialog.report_ready, timeout=WAIT):
        dialog.set_period(TODAY - timedelta(days=400), TODAY - timedelta(days=380))
    assert dialog.entries_model.rowCount() == 0 and dialog.disclosures_model.rowCount() == 0
    assert dialog.tabs.tabText(1) == "Disclosures (0)"
    assert dialog.language == "sv"
    dialog.start_edit.setText("31.13.2026")
    dialog.show_button.click()
    assert dialog.period_error.text() == message("date.format")
    dialog.start_edit.setText(format_date(TODAY))
    dialog.end_edit.setText(format_date(TODAY - timedelta(days=1)))
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.period_error.text() == message("report.period_order"), timeout=WAIT)
    assert dialog.start_edit.text() == format_date(TODAY)  # nothing typed is lost
    assert dialogs == []


def test_save_pdf_writes_the_file_chosen_and_logs_it_for_the_clients_request(
        qtbot: Any, context: AppContext, client_id: uuid.UUID, workspace: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs: list[str]) -> None:
    dialog = _dialog(qtbot, context, client_id)
    asked: list[str] = []

    def choose(parent: object, title: str, file_name: str, name_filter: str) -> str:
        asked.append(file_name)
        return str(tmp_path / "selvitys")

    monkeypatch.setattr(prompts, "choose_save_path", choose)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as saved:
        dialog.save_button.click()
    assert asked[0].startswith("Loggredogörelse ") and "Virtanen" not in asked[0]
    assert saved.args[0] == tmp_path / "selvitys.pdf"
    assert (tmp_path / "selvitys.pdf").read_bytes() == dialog.pdf
    with workspace.db.read() as session:
        last = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.record_type, last.purpose) == ("export", "access_report", "client_request")
    assert dialogs == []


def test_the_client_file_opens_the_report_and_records_a_disclosure_given_by_phone(
        qtbot: Any, profile_service: Any, workspace: Workspace, runner: Any, client_id: uuid.UUID,
        dialogs: list[str]) -> None:
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    page.tabs.setCurrentWidget(page.log_view.parentWidget())
    page.report_button.click()
    report = page.findChildren(AccessReportDialog)[-1]
    qtbot.waitUntil(lambda: report.pdf is not None, timeout=WAIT)
    report.reject()
    page.record_disclosure_button.click()
    dialog = page.findChildren(DisclosureDialog)[-1]
    assert dialog.findChild(object, "disclosedDocument") is None  # no document: what was disclosed is asked
    dialog.recipient_edit.setText("Kela")
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("law"))
    dialog.detail_edit.setText("Asiakastietolaki 703/2023 § 17")
    dialog.purpose_edit.setPlainText("Etuuden käsittely")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors["data"].text()), timeout=WAIT)
    assert dialog.errors["data"].text() == message("disclosure.data_missing")
    assert dialog.recipient_edit.text() == "Kela"  # nothing typed is lost
    dialog.data_edit.setPlainText("Tieto asumispalvelun alkamisesta")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("phone"))
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: page.disclosures_model.rowCount() == 2, timeout=WAIT)
    texts = [page.disclosures_model.index(row, page.disclosures_model.DOCUMENT).data() for row in range(2)]
    assert "Tieto asumispalvelun alkamisesta; by phone" in texts
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    assert dialogs == []


def test_no_report_opens_without_a_client(qtbot: Any, context: AppContext) -> None:
    assert open_access_report(None, context, None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "listed", "purpose"), [
    ("fi", "Katselu: Asiakkaan tiedot (usean asiakkaan luettelossa)", "Asiakkaan oma pyyntö"),
    ("sv", "Visning: Klientens uppgifter (i en förteckning över flera klienter)", "Klientens egen begäran")])
def test_the_report_reads_in_the_interface_language(
        qtbot: Any, profile_service: Any, workspace: Workspace, runner: Any, client_id: uuid.UUID,
        client_values: dict[str, object], language: str, listed: str, purpose: str) -> None:
    other = workspace.clients.create_client({**client_values, "hetu": "010101-123N"})
    with workspace.db.transaction() as session:  # a list that showed the client among others
        log_repo.record(session, user_id="u-1", user_name="Testi Ohjaaja", purpose="client_request", action="view",
                        record_type="client", client_id=None, clients=[client_id, other])
    i18n.install(language)
    try:
        context = AppContext(profile_service, runner, ui_language=language)
        context.set_workspace(workspace)
        dialog = _dialog(qtbot, context, client_id)
        model = dialog.entries_model
        rows = [(model.index(row, model.WHAT).data(), model.index(row, model.PURPOSE).data())
                for row in range(model.rowCount())]
        assert (listed, purpose) in rows
    finally:
        i18n.install("en")
