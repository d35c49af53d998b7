"""The client plan page: drafting from an assessment, autosave, goals and supports with catalogue prices,
what stops agreeing, agreeing, a new version, filling from decision-making sessions and the history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.plan_history import PlanHistoryDialog
from sopiva_desk.gui.pages.plan import PlanPage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.gui.widgets.plan_agree import AgreePlanDialog
from sopiva_desk.gui.widgets.plan_form import SECTIONS
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import Assessment
from tests.gui.record_page_checks import (
    assert_every_link_leads_to_its_field,
    assert_locked_notice,
    assert_looks_locked,
    assert_renders_locked,
    click_link,
)
from tests.helpers.records import recorder

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 5000


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def plan_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    with workspace.db.transaction() as session:
        recorder(session).create(Assessment(id=uuid.uuid4(), client_id=client_id, series_id=uuid.uuid4(), version_no=1,
                               template_id="vammaispalvelut-pta", template_version=1, status="completed",
                               answers={"housing.client_view": "Haluan oman kodin.",
                                        "strengths.strengths": "Sinnikäs"},
                               created_by="t", updated_by="t"))
    return workspace.plans.start_draft(client_id).id


def open_page(qtbot: Any, context: AppContext, plan_id: uuid.UUID) -> PlanPage:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(plan_id)
    return page


@pytest.fixture
def page(qtbot: Any, context: AppContext, runner: TaskRunner, plan_id: uuid.UUID,
         no_blocking_dialogs: list[str]) -> Iterator[PlanPage]:
    page = open_page(qtbot, context, plan_id)
    yield page
    page.flush()
    qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def content(workspace: Workspace, plan_id: uuid.UUID) -> dict[str, Any]:
    return workspace.plans.open(plan_id).content


def wait_saved(qtbot: Any, page: PlanPage) -> None:
    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved") and not page.has_pending_saves(),
                    timeout=TIMEOUT)


def choose(qtbot: Any, combo: Any, value: Any) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def add_goal_with_support(qtbot: Any, page: PlanPage) -> tuple[Any, Any]:
    editor = page.goal_editor
    editor.add_button.click()
    qtbot.waitUntil(lambda: len(editor.cards) == 1, timeout=TIMEOUT)
    editor.cards[0].add_support_button.click()
    qtbot.waitUntil(lambda: bool(editor.cards and editor.cards[0].supports), timeout=TIMEOUT)
    return editor.cards[0], editor.cards[0].supports[0]


def test_a_draft_from_an_assessment_opens_with_the_situation(page: PlanPage) -> None:
    assert page.client_name == "Aino Maria Virtanen"
    assert page.title_label.text() == "Client plan"
    assert page.status_label.text().startswith("Version 1 · Draft, started")
    housing = page.form.editors["situation/housing"]
    assert isinstance(housing, QPlainTextEdit) and "Haluan oman kodin." in housing.toPlainText()
    assert page.form.editors["strengths"].toPlainText() == "Sinnikäs"  # type: ignore[attr-defined]
    assert page.agree_button.isVisibleTo(page) and not page.new_version_button.isVisibleTo(page)
    assert not page.form.fill_button.isEnabled()  # no completed decision-making sessions
    assert not page.locked_notice.isVisibleTo(page)
    assert not page.draft_notice.isVisibleTo(page)  # drafted from the assessment: nothing to explain


def test_a_draft_made_before_the_assessment_says_why_it_is_empty_and_fills_from_it_later(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace, client_id: uuid.UUID,
        no_blocking_dialogs: list[str]) -> None:
    draft = workspace.plans.start_draft(client_id)  # e.g. "Work on the plan" early in the first visit
    page = open_page(qtbot, context, draft.id)
    notice = page.draft_notice
    assert notice.isVisibleTo(page)
    assert notice.text_label.text().startswith("No completed needs assessment yet, so the situation, support "
                                               "needs and strengths are empty.")
    assert not notice.assessment_button.isVisibleTo(page) and not notice.sessions_button.isVisibleTo(page)

    assessment = workspace.assessments.start(client_id, "vammaispalvelut-pta")
    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(draft.id)
    assert notice.text_label.text().startswith("The needs assessment is not completed yet")

    page.form.show_section(0)
    qtbot.keyClicks(page.form.editors["strengths"], "Oma teksti")  # written meanwhile: kept
    wait_saved(qtbot, page)
    with workspace.db.transaction() as session:  # completed since (answers as a finished assessment has)
        found = session.get(Assessment, assessment.id)
        assert found is not None
        found.answers = {"housing.client_view": "Haluan oman kodin.", "strengths.strengths": "Sinnikäs"}
        found.status = "completed"
        recorder(session).update(found)
    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(draft.id)
    assert notice.text_label.text().startswith("This draft was made before the needs assessment was completed.")
    assert notice.assessment_button.isVisibleTo(page)
    notice.assessment_button.click()
    qtbot.waitUntil(lambda: not notice.isVisibleTo(page), timeout=TIMEOUT)
    housing = page.form.editors["situation/housing"]
    assert isinstance(housing, QPlainTextEdit) and "Haluan oman kodin." in housing.toPlainText()
    stored = content(workspace, draft.id)
    assert stored["strengths"] == "Oma teksti"
    assert workspace.plans.open(draft.id).assessment_id == assessment.id
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def test_the_support_needs_section_is_done_only_with_the_clients_own_view(
        qtbot: Any, page: PlanPage, workspace: Workspace, plan_id: uuid.UUID) -> None:
    row = next(i for i, (section, _keys) in enumerate(SECTIONS) if section == "support_needs")
    page.form.show_section(row)
    qtbot.keyClicks(page.form.editors["support_need_professional"], "Tarvitsee ohjausta arjessa")
    wait_saved(qtbot, page)
    navigator = page.form.navigator.model()  # the marks the counsellor sees
    qtbot.waitUntil(lambda: navigator.state(row) == "started", timeout=TIMEOUT)
    qtbot.keyClicks(page.form.editors["support_need_client"], "Haluan apua siivoukseen")
    wait_saved(qtbot, page)
    qtbot.waitUntil(lambda: navigator.state(row) == "done", timeout=TIMEOUT)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Aino Maria Virtanen (client)",
            "Liisa Virtanen (sisko) – Legal guardian or trustee, Chosen supporter in decision-making",
            "Matti Virtanen (isä)"]),
    ("fi", ["Aino Maria Virtanen (asiakas)",
            "Liisa Virtanen (sisko) – Edunvalvoja, Valittu tukihenkilö päätöksenteossa",
            "Matti Virtanen (isä)"]),
])
def test_participants_are_picked_from_the_client_and_the_close_persons_with_their_roles(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace, client_id: uuid.UUID,
        plan_id: uuid.UUID, language: str, expected: list[str]) -> None:
    from sopiva_desk.gui import i18n
    workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko",
                                                   "roles": ["supporter", "guardian"]})
    workspace.clients.add_close_person(client_id, {"name": "Matti Virtanen", "relation": "isä", "roles": []})
    i18n.install(language)
    try:
        page = open_page(qtbot, context, plan_id)
        editor = page.form.editors["participants"]
        editor.pick_menu.aboutToShow.emit()  # type: ignore[attr-defined]
        actions = editor.pick_menu.actions()  # type: ignore[attr-defined]
        assert [a.text() for a in actions] == expected
        actions[1].trigger()
        qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
        assert content(workspace, plan_id)["participants"] == [{"name": "Liisa Virtanen", "relation": "sisko"}]
    finally:
        i18n.uninstall()


def test_fields_autosave(qtbot: Any, page: PlanPage, workspace: Workspace, plan_id: uuid.UUID) -> None:
    page.form.show_section(0)
    qtbot.keyClicks(page.form.editors["meeting_place"], "Asiakkaan koti")
    qtbot.keyClicks(page.form.editors["meeting_date"], "20.11.2026")
    page.form.show_section(3)
    qtbot.keyClicks(page.form.editors["current_services"], "Valmennus 4 h viikossa")
    page.form.show_section(10)
    page.form.rights_check.click()
    wait_saved(qtbot, page)
    stored = content(workspace, plan_id)
    assert stored["meeting_place"] == "Asiakkaan koti" and stored["meeting_date"] == "2026-11-20"
    assert stored["current_services"] == "Valmennus 4 h viikossa" and stored["rights_explained"] is True


def test_a_goal_and_a_support_with_a_catalogue_service(qtbot: Any, page: PlanPage, workspace: Workspace,
                                                      plan_id: uuid.UUID) -> None:
    page.form.show_section(7)
    goal, support = add_goal_with_support(qtbot, page)
    qtbot.keyClicks(goal.words_edit, "Haluan asua omassa kodissa")
    choose(qtbot, goal.domain_combo, "housing")
    qtbot.keyClicks(support.description_edit, "Asumisen valmennus")
    qtbot.keyClicks(support.start_edit, "1.2.2026")
    wait_saved(qtbot, page)
    choose(qtbot, support.service_combo, "sd-coaching")
    qtbot.waitUntil(lambda: support.price_edit.text() == "70,50", timeout=TIMEOUT)  # the price on 1.2.2026
    assert support.unit_combo.currentData() == "hour"
    choose(qtbot, support.service_combo, "sd-housing-support-day")  # the wrong one first …
    qtbot.waitUntil(lambda: support.price_edit.text() == "252,00", timeout=TIMEOUT)
    assert support.unit_combo.currentData() == "day"
    choose(qtbot, support.service_combo, "sd-coaching")  # … then the right one: its unit and price
    qtbot.waitUntil(lambda: support.price_edit.text() == "70,50", timeout=TIMEOUT)
    assert support.unit_combo.currentData() == "hour"
    qtbot.keyClicks(support.quantity_edit, "7,5")
    assert support.cost_label.text() == "Cost: 528,75\u00a0€"  # live, before the save
    wait_saved(qtbot, page)
    stored = content(workspace, plan_id)["goals"][0]
    assert stored["client_words"] == "Haluan asua omassa kodissa" and stored["life_domain"] == "housing"
    saved = stored["supports"][0]
    assert (saved["description"], saved["service_code"], saved["unit"], saved["unit_price_cents"],
            saved["quantity"], saved["start_date"]) == ("Asumisen valmennus", "sd-coaching", "hour", 7050, "7.5",
                                                        "2026-02-01")


def test_a_bad_amount_shows_the_reason_and_keeps_the_text(qtbot: Any, page: PlanPage, workspace: Workspace,
                                                          plan_id: uuid.UUID) -> None:
    page.form.show_section(7)
    _goal, support = add_goal_with_support(qtbot, page)
    qtbot.keyClicks(support.price_edit, "12,345")
    error = support.error_labels["unit_price_cents"]
    qtbot.waitUntil(error.isVisible, timeout=TIMEOUT)
    assert error.text() and support.price_edit.text() == "12,345"
    assert page.save_state.text().startswith("Not saved")
    assert support.cost_label.text() == "Cost: —"
    assert content(workspace, plan_id)["goals"][0]["supports"][0]["unit_price_cents"] is None
    support.price_edit.clear()
    qtbot.keyClicks(support.price_edit, "12,30")
    wait_saved(qtbot, page)
    assert not error.isVisible()
    assert content(workspace, plan_id)["goals"][0]["supports"][0]["unit_price_cents"] == 1230


def test_a_refused_support_value_is_kept_as_a_draft_when_the_plan_is_left_and_opened_again(
        qtbot: Any, page: PlanPage, runner: TaskRunner, workspace: Workspace, plan_id: uuid.UUID) -> None:
    """Issue 11 (1): what a rule refuses is not thrown away on leaving; it comes back with its message."""
    page.form.show_section(7)
    goal, support = add_goal_with_support(qtbot, page)
    qtbot.keyClicks(support.price_edit, "12,345")
    page.flush()  # leaving the page sends what waits for its debounce
    error = support.error_labels["unit_price_cents"]
    qtbot.waitUntil(error.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
    message = error.text()
    field = f"goals/{goal.goal_id}/supports/{support.support_id}/unit_price_cents"
    assert workspace.drafts.for_record("client_plan", str(plan_id)) == {field: "12,345"}
    assert content(workspace, plan_id)["goals"][0]["supports"][0]["unit_price_cents"] is None
    page.clear()
    assert page.goal_editor.cards == []

    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(plan_id)
    page.form.show_section(7)
    support = page.goal_editor.cards[0].supports[0]
    error = support.error_labels["unit_price_cents"]
    qtbot.waitUntil(error.isVisible, timeout=TIMEOUT)
    assert support.price_edit.text() == "12,345" and error.text() == message
    assert support.price_edit.property("invalid") is True

    support.price_edit.clear()
    qtbot.keyClicks(support.price_edit, "12,35")
    qtbot.keyClick(support.price_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert content(workspace, plan_id)["goals"][0]["supports"][0]["unit_price_cents"] == 1235
    assert workspace.drafts.for_record("client_plan", str(plan_id)) == {}


def test_agree_lists_what_is_missing_and_each_item_leads_to_its_field(qtbot: Any, page: PlanPage) -> None:
    page.agree_button.click()
    qtbot.waitUntil(page.problems_panel.isVisible, timeout=TIMEOUT)
    model = page.missing_list.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Meeting date: This field is required." in texts
    assert any(t.startswith("Current services:") for t in texts)
    assert any(t.startswith("Goals:") for t in texts)
    assert any(t.startswith("Role map:") for t in texts)
    assert page.findChild(AgreePlanDialog) is None  # no date is asked while something is missing
    page.activateWindow()
    row = texts.index("Meeting date: This field is required.")
    page.missing_list.clicked.emit(model.index(row, 0))
    qtbot.waitUntil(page.form.editors["meeting_date"].hasFocus, timeout=TIMEOUT)
    assert page.form.current_section == 0
    row = next(r for r, t in enumerate(texts) if t.startswith("Current services:"))
    page.missing_list.clicked.emit(model.index(row, 0))
    qtbot.waitUntil(page.form.editors["current_services"].hasFocus, timeout=TIMEOUT)
    assert page.agree_button.isEnabled() and page.view is not None and page.view.status == "draft"


def make_agreeable(workspace: Workspace, plan_id: uuid.UUID) -> None:
    plans = workspace.plans
    plans.set_field(plan_id, "meeting_date", "2026-11-20")
    plans.set_field(plan_id, "participants", [{"name": "Aino Virtanen", "relation": "asiakas"}])
    plans.set_field(plan_id, "current_services", "Valmennus 4 h/vko")
    plans.set_field(plan_id, "rights_explained", True)
    plans.set_field(plan_id, "rights_explained_how", "Kuvin ja selkokielellä.")
    plans.set_field(plan_id, "review_date", date(2027, 5, 20))
    view = plans.add_goal(plan_id, {"client_words": "Haluan asua omassa kodissa", "life_domain": "housing",
                                    "indicator": "Muutan keväällä"})
    plans.add_support(plan_id, view.content["goals"][-1]["id"],
                      {"description": "Asumisen valmennus", "provider_kind": "service_provider",
                       "provider_name": "Valmennus Oy", "arranging_method": "personal_budget"})
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})


def test_agreeing_locks_the_plan_and_a_new_version_opens_a_draft(qtbot: Any, page: PlanPage, workspace: Workspace,
                                                                 plan_id: uuid.UUID) -> None:
    make_agreeable(workspace, plan_id)
    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(plan_id)
    page.agree_button.click()
    qtbot.waitUntil(page.problems_panel.isVisible, timeout=TIMEOUT)  # the provider is not in the role map
    model = page.missing_list.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts == ["Goal 1 › Support 1 › provider's name: " + texts[0].split(": ", 1)[1]]
    workspace.plans.add_role(plan_id, {"name": "Valmennus Oy", "role": "provider", "tasks": ["Valmentaa"]})

    page.agree_button.click()
    qtbot.waitUntil(lambda: page.findChild(AgreePlanDialog) is not None, timeout=TIMEOUT)
    dialog = page.findChild(AgreePlanDialog)
    assert dialog.date_edit.text() == f"{date.today().day}.{date.today().month}.{date.today().year}"
    tomorrow = date.today() + timedelta(days=1)
    dialog.date_edit.setText(f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}")
    dialog.agree_button.click()  # agreed at a meeting held already (issue 11, item 5's sibling)
    qtbot.waitUntil(lambda: dialog.error.text() == "The date cannot be in the future.", timeout=TIMEOUT)
    dialog.date_edit.setText("21.11.2026")
    with qtbot.waitSignal(page.plan_changed, timeout=TIMEOUT) as changed:
        dialog.agree_button.click()
    agreed = changed.args[0]
    assert agreed.status == "agreed" and agreed.agreed_on == date(2026, 11, 21)
    assert page.status_label.text() == "Version 1 · Agreed on 21.11.2026"
    assert page.locked_notice.isVisibleTo(page) and not page.agree_button.isVisibleTo(page)
    assert page.form.editors["current_services"].isReadOnly()  # type: ignore[attr-defined]
    card = page.goal_editor.cards[0]
    assert card.words_edit.isReadOnly() and not card.domain_combo.isEnabled()
    assert not page.goal_editor.add_button.isVisibleTo(page) and not card.add_support_button.isVisibleTo(page)
    assert not card.supports[0].remove_button.isVisibleTo(page)
    assert_looks_locked(page.form)
    assert_renders_locked(page.form.editors["current_services"])  # type: ignore[arg-type]
    assert_locked_notice(qtbot, page.locked_notice, page.new_version_button, "agreed on 21.11.2026",
                         "New version…")

    page.new_version_button.click()
    amend = page.findChild(AmendAssessmentDialog)
    assert amend is not None and amend.windowTitle() == "New version of the plan"
    amend.reason_edit.setPlainText("Aino haluaa lisätä harrastuksen.")
    with qtbot.waitSignal(page.plan_changed, timeout=TIMEOUT) as made:
        amend.amend_button.click()
    draft = made.args[0]
    assert draft.version_no == 2 and draft.status == "draft" and page.plan_id == draft.id
    assert page.status_label.text().startswith("Version 2 · Draft")
    assert page.reason_label.text().endswith("Aino haluaa lisätä harrastuksen.")
    assert not page.form.editors["current_services"].isReadOnly()  # type: ignore[attr-defined]
    assert page.goal_editor.cards[0].words_edit.toPlainText() == "Haluan asua omassa kodissa"
    assert_looks_locked(page.form, locked=False)


def test_fill_from_decision_making_sessions(qtbot: Any, context: AppContext, workspace: Workspace,
                                            client_id: uuid.UUID, plan_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    found = decisions.start(client_id)
    decisions.set_field(found.id, "topic", "Missä asun?")
    decisions.set_field(found.id, "methods", ["pictures"])
    decisions.set_field(found.id, "how_will_found", "Aino osoitti kuvaa")
    decisions.add_option(found.id, "Oma koti", "", None)
    decisions.set_field(found.id, "decision", "Oma koti")
    decisions.set_field(found.id, "agreement", "agrees")
    decisions.complete(found.id)
    page = open_page(qtbot, context, plan_id)
    assert page.form.fill_button.isEnabled()
    page.form.show_section(1)
    page.form.fill_button.click()
    communication = page.form.editors["communication"]
    qtbot.waitUntil(lambda: communication.toPlainText() == "Menetelmät: kuvat tai symbolit.",  # type: ignore[attr-defined]
                    timeout=TIMEOUT)
    assert "Missä asun?: Aino osoitti kuvaa" in page.form.editors["how_will_found"].toPlainText()  # type: ignore[attr-defined]
    assert page.view is not None and page.view.decision_session_ids == [str(found.id)]


def test_history_lists_changes_with_field_titles(qtbot: Any, page: PlanPage, workspace: Workspace,
                                                 plan_id: uuid.UUID) -> None:
    view = workspace.plans.add_goal(plan_id, {"client_words": "Oma koti"})
    workspace.plans.update_goal(plan_id, view.content["goals"][0]["id"], "life_domain", "housing")
    with qtbot.waitSignal(page.plan_opened, timeout=TIMEOUT):
        page.open_plan(plan_id)
    page.history_button.click()
    qtbot.waitUntil(lambda: page.findChild(PlanHistoryDialog) is not None, timeout=TIMEOUT)
    model = page.findChild(PlanHistoryDialog).model
    rows = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][3:6] == ["Goal 1 › life domain", "—", "Housing"]  # newest first
    assert rows[1][3] == "Goal 1" and "Oma koti" in rows[1][5]


def test_removing_a_support_and_a_goal(qtbot: Any, page: PlanPage, workspace: Workspace, plan_id: uuid.UUID,
                                       no_blocking_dialogs: list[str]) -> None:
    page.form.show_section(7)
    goal, support = add_goal_with_support(qtbot, page)
    support.remove_button.click()
    qtbot.waitUntil(lambda: not page.goal_editor.cards[0].supports, timeout=TIMEOUT)
    assert content(workspace, plan_id)["goals"][0].get("supports") in (None, [])
    page.goal_editor.cards[0].remove_button.click()  # the confirmation is answered yes by the fixture
    qtbot.waitUntil(lambda: not page.goal_editor.cards, timeout=TIMEOUT)
    assert "goals" not in content(workspace, plan_id)
    assert page.goal_editor.empty_label.isVisibleTo(page)


def test_every_missing_link_leads_to_its_field_and_the_list_follows_the_form(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace, plan_id: uuid.UUID) -> None:
    plans = workspace.plans
    plans.set_field(plan_id, "participants", [{"name": "", "relation": "äiti"}])
    plans.set_field(plan_id, "differing_views", [{"who": "", "view": "Äiti toivoo ryhmäkotia."}])
    view = plans.add_goal(plan_id, {"client_words": "Haluan oman kodin", "life_domain": "housing"})
    plans.add_support(plan_id, view.content["goals"][-1]["id"], {"provider_kind": "close_person"})
    plans.add_role(plan_id, {"name": "Valmennus Oy", "role": "provider"})
    page = open_page(qtbot, context, plan_id)
    page.agree_button.click()
    panel = page.problems_panel
    qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
    people = page.form.editors["participants"]
    views = page.form.editors["differing_views"]
    card = page.goal_editor.cards[0]
    expected = {
        "meeting_date": page.form.editors["meeting_date"],  # the first link
        "participants/0/name": people.cell(0, "name"),  # type: ignore[attr-defined]
        "current_services": page.form.editors["current_services"],
        f"goals/{card.goal_id}/indicator": card.editors["indicator"],
        "differing_views/0/who": views.cell(0, "who"),  # type: ignore[attr-defined]
        "review_date": page.form.editors["review_date"],
    }
    assert panel.keys()[0] == "meeting_date"
    assert_every_link_leads_to_its_field(qtbot, panel, page.form, expected)

    click_link(qtbot, panel, panel.keys().index("current_services"))
    qtbot.waitUntil(page.form.editors["current_services"].hasFocus, timeout=TIMEOUT)
    qtbot.keyClicks(page.form.editors["current_services"], "Valmennus 4 h/vko")
    qtbot.waitUntil(lambda: "current_services" not in panel.keys(), timeout=TIMEOUT)  # without Agree again
    assert panel.isVisible() and "meeting_date" in panel.keys()
    page.flush()
    qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
