"""The access log in words, against real stored records: every record and part is named as a
person understands it (in English, Finnish and Swedish), never by an internal key or id; the key
stays in the tooltip for an administrator."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from sopiva_desk.gui.access_log_words import AccessLogWords
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.access_log_model import AccessLogModel
from sopiva_desk.gui.models.disclosure_model import DisclosureListModel
from sopiva_desk.resources import resource_path
from sopiva_desk.services.access_log import AccessLogView
from sopiva_desk.services.workspace import Workspace
from tests.helpers.casework import Casework, build_casework

# What no cell may show: an id, a path of keys, or a key with underscores.
INTERNAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}|\w/\w|[a-z]+_[a-z]+")


@pytest.fixture
def work(workspace: Workspace, client_values: dict[str, object]) -> Casework:
    return build_casework(workspace, client_values)


@pytest.fixture
def log(workspace: Workspace, work: Casework) -> AccessLogView:
    return workspace.access_log.for_display(work.client_id)


@pytest.fixture
def translated(qapp: Any) -> Iterator[Any]:
    """``translated(language)`` installs the shipped translation (built by `make translations`)."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(resource_path("i18n", f"sopiva_desk_{language}.qm")))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def rows(workspace: Workspace, log: AccessLogView, language: str) -> list[tuple[str, str, str]]:
    model = AccessLogModel()
    model.set_log(log, language, lambda code: workspace.plans.catalogue.service(code).name(language))  # type: ignore[union-attr]
    return [(model.index(r, model.ACTION).data(), model.index(r, model.RECORD).data(),
             model.index(r, model.DETAILS).data()) for r in range(model.rowCount())]


def test_every_record_and_part_is_named_in_words(workspace: Workspace, work: Casework, log: AccessLogView) -> None:
    shown = rows(workspace, log, "en")
    visit = f"Home visit {format_date(date.today())}"
    review = f"Plan review {format_date(date.today())}"
    session = "Decision-making session “Missä haluan asua”, version 1"
    plan, budget = "Client plan, version 1", "Personal budget 1.1.2026–31.12.2026"
    for expected in [
        ("Changed", "Client file", "Phone"),
        ("Changed", "Close person Liisa Virtanen", "Phone"),
        ("Changed", visit, "notes"),
        ("Changed", "Needs assessment, version 1", "Housing › The client's own view, in their own words"),
        ("Changed", session, "Decision to make"),
        ("Changed", session, "option 1 “Ryhmäkoti”: reaction"),
        ("Changed", session, "an option since removed"),
        ("Changed", plan, "goal 1 “Haluan asua omassa kodissa…” › support 1 “Asumisen valmennus”: "
                          "arranging method"),
        ("Changed", plan, "goal 2 “Käyn kuorossa”"),
        ("Changed", plan, "a goal since removed"),
        ("Changed", plan, "Role map › person 3 “Valmennus Oy”"),
        ("Changed", plan, "Meeting date"),
        ("Changed", budget, "line 1 “Coaching”"),
        ("Changed", budget, "payment commitment MS-1"),
        ("Changed", budget, "realised use 15.2.2026"),
        ("Changed", budget, "Justification"),
        ("Changed", review, "goal 2 “Käyn kuorossa”: the client's rating"),
        ("Added", "Print queue: Client plan (official)", ""),
        ("Changed", "Print queue: Client plan (official)", "marked as printed"),
        ("Viewed", session, "document “Supported decision-making record”"),
        ("Printed", plan, "document “Plain-language plan for the client”, in Swedish"),
        ("Added", "Disclosure to Kela, Mikkelin toimisto", "document “Client plan (official)”"),
    ]:
        assert expected in shown, expected
    leaks = [row for row in shown if INTERNAL.search(" ".join(row))]
    assert not leaks, leaks


def test_the_stored_key_is_in_the_tooltip_for_an_administrator(workspace: Workspace, work: Casework,
                                                                log: AccessLogView) -> None:
    model = AccessLogModel()
    model.set_log(log, "en")
    key = f"goals/{work.home_goal}/supports/{work.support_id}/arranging_method"
    (row,) = [r for r in range(model.rowCount()) if key in model.words(r).technical]
    tip = model.index(row, model.DETAILS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Client plan, version 1: goal 1 “Haluan") and f"client_plan: {key}" in tip
    assert key not in model.index(row, model.DETAILS).data()


def test_an_answer_whose_template_is_gone_is_still_words(workspace: Workspace, work: Casework) -> None:
    log = workspace.access_log.for_display(work.client_id)
    facts = log.records[work.assessment_id]
    log.records[work.assessment_id] = type(facts)(facts.record_type, version=facts.version)  # no template
    assert ("Changed", "Needs assessment, version 1", "an answer in the form") in rows(workspace, log, "en")


def test_a_removed_record_says_so(workspace: Workspace, work: Casework) -> None:
    workspace.clients.remove_close_person(work.person_id)
    shown = rows(workspace, workspace.access_log.for_display(work.client_id), "en")
    assert ("Removed", "Close person Liisa Virtanen (since removed)", "") in shown


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", [("Muutos", "Asiakassuunnitelma, versio 1",
             "tavoite 1 ”Haluan asua omassa kodissa…” › tuki 1 ”Asumisen valmennus”: järjestämistapa"),
            ("Muutos", "Asiakassuunnitelma, versio 1", "myöhemmin poistettu tavoite"),
            ("Muutos", "Tuetun päätöksenteon kirjaus ”Missä haluan asua”, versio 1",
             "vaihtoehto 1 ”Ryhmäkoti”: reaktio"),
            ("Muutos", "Henkilökohtainen budjetti 1.1.2026–31.12.2026", "rivi 1 ”Valmennus”"),
            ("Muutos", "Tulostusjono: Asiakassuunnitelma (virallinen)", "merkitty tulostetuksi"),
            ("Tulostus", "Asiakassuunnitelma, versio 1", "asiakirja ”Selkokielinen suunnitelma asiakkaalle”, "
                                                       "ruotsiksi")]),
    ("sv", [("Ändring", "Klientplan, version 1",
             "mål 1 ”Haluan asua omassa kodissa…” › stöd 1 ”Asumisen valmennus”: ordnandesätt"),
            ("Ändring", "Klientplan, version 1", "ett mål som senare tagits bort"),
            ("Ändring", "Stött beslutsfattande ”Missä haluan asua”, version 1", "alternativ 1 ”Ryhmäkoti”: reaktion"),
            ("Ändring", "Personlig budget 1.1.2026–31.12.2026", "rad 1 ”Träning”"),
            ("Ändring", "Utskriftskö: Klientplan (officiell)", "markerad som utskriven"),
            ("Utskrift", "Klientplan, version 1", "dokument ”Lättläst plan för klienten”, på svenska")]),
])
def test_the_log_reads_in_finnish_and_swedish(workspace: Workspace, log: AccessLogView, translated: Any,
                                               language: str, expected: list[tuple[str, str, str]]) -> None:
    translated(language)
    shown = rows(workspace, log, language)
    for row in expected:
        assert row in shown, (row, [r for r in shown if r[1] == row[1]])
    leaks = [row for row in shown if INTERNAL.search(" ".join(row))]
    assert not leaks, leaks


def test_the_disclosures_name_the_record_the_document_was_printed_from(workspace: Workspace, work: Casework) -> None:
    disclosures = workspace.disclosures.for_client(work.client_id)
    facts = workspace.access_log.facts_for([("client_plan", work.plan_id)])
    model = DisclosureListModel()
    model.set_rows(disclosures, AccessLogWords(facts, "en"))
    assert model.index(0, model.DOCUMENT).data() == "Client plan (official) – Client plan, version 1 (ASU-12345678-1)"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, log: AccessLogView) -> None:
    model = AccessLogModel()
    model.set_log(log, "en")
    qtmodeltester.check(model)


def test_a_conflict_resolution_is_named_with_its_fields(workspace: Workspace, client_values: dict[str, object],
                                                        translated: Any) -> None:
    from tests.helpers.conflicts import pull_conflict

    client_id = workspace.clients.create_client(client_values)
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, {
        "phone": {"base": "040 1", "server": client_values["phone"], "device": "040 2"}})
    workspace.conflicts.resolve(conflict_id, {("phone",): "mine"})
    log = workspace.access_log.for_display(client_id)
    assert ("Resolved a sync conflict", "Client file", "Phone") in rows(workspace, log, "en")
    translated("fi")
    assert ("Ratkaisi synkronoinnin ristiriidan", "Asiakkaan tiedot", "Puhelin") in rows(workspace, log, "fi")
