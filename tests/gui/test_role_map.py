"""The role map section of the client plan: the table autosaves, suggestions add the missing people,
remove asks first, read-only plans stay readable, the diagram paints and describes everyone."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.gui.widgets import role_map
from sopiva_desk.gui.widgets.role_map import RoleMapSection
from sopiva_desk.gui.widgets.role_map_diagram import BACKGROUND, ROLE_COLORS, RoleMapDiagram
from sopiva_desk.services.plans import PlanView
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

TIMEOUT = 5000
PROVIDER = "Avustajapalvelu Oy"


@pytest.fixture
def plan_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    client_id = workspace.clients.create_client(client_values)
    plans = workspace.plans
    view = plans.start_draft(client_id)
    view = plans.add_goal(view.id, {"client_words": "Haluan käydä kaupassa itse"})
    plans.add_support(view.id, view.plan.goals[0].id, {
        "description": "Henkilökohtainen apu arkeen", "provider_kind": "service_provider", "provider_name": PROVIDER})
    return view.id


@pytest.fixture
def section(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
            plan_id: uuid.UUID, no_blocking_dialogs: list[str]) -> Iterator[RoleMapSection]:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    section = RoleMapSection(context)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.set_client_name("Aino Maria Virtanen")
    section.set_plan(workspace.plans.open(plan_id), True)
    section.show()
    yield section
    section.flush()
    qtbot.waitUntil(lambda: not runner.busy and not section.has_pending_saves(), timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def stored(workspace: Workspace, plan_id: uuid.UUID) -> list[dict[str, Any]]:
    return [{"name": e.name, "role": e.role, "relation": e.relation, "tasks": list(e.tasks)}
            for e in workspace.plans.open(plan_id).plan.role_map]


def click_and_wait(qtbot: Any, section: RoleMapSection, button: Any) -> PlanView:
    with qtbot.waitSignal(section.plan_changed, timeout=TIMEOUT) as signal:
        button.click()
    view = signal.args[0]
    assert isinstance(view, PlanView)
    return view


def suggestion(section: RoleMapSection, start: str) -> Any:
    return next(b for b in section.suggestion_buttons if b.text().startswith(start))


def test_a_person_is_added_and_edited_and_every_cell_is_saved(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    click_and_wait(qtbot, section, section.add_button)
    row = next(iter(section.rows.values()))
    assert section.focusWidget() is row.name_edit
    qtbot.keyClicks(row.name_edit, "Maija Virtanen")
    row.role_combo.setCurrentIndex(row.role_combo.findData("close_person"))
    row.role_combo.activated.emit(row.role_combo.currentIndex())
    qtbot.keyClicks(row.relation_edit, "aiti")
    row.tasks_edit.setPlainText("Auttaa raha-asioissa\n\n  Kay kylassa  \n")
    section.flush()
    qtbot.waitUntil(lambda: stored(workspace, plan_id) == [{
        "name": "Maija Virtanen", "role": "close_person", "relation": "aiti",
        "tasks": ["Auttaa raha-asioissa", "Kay kylassa"]}], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not section.has_pending_saves(), timeout=TIMEOUT)
    assert [e.name for e in section.diagram.people()] == ["Maija Virtanen"]
    assert row.name_edit.accessibleName() == "Person 1: Maija Virtanen, Name"


def test_suggestions_add_the_missing_client_own_worker_and_provider(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    texts = [b.text() for b in section.suggestion_buttons]
    assert texts == ["Add the client: Aino Maria Virtanen", "Add the own worker: Testi Ohjaaja",
                     f"Add {PROVIDER} (Service provider)"]
    click_and_wait(qtbot, section, suggestion(section, f"Add {PROVIDER}"))
    assert stored(workspace, plan_id) == [
        {"name": PROVIDER, "role": "provider", "relation": None, "tasks": ["Henkilökohtainen apu arkeen"]}]
    row = list(section.rows.values())[-1]
    assert section.focusWidget() is row.tasks_edit and row.tasks_edit.toPlainText() == "Henkilökohtainen apu arkeen"
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    click_and_wait(qtbot, section, suggestion(section, "Add the client"))
    assert [(p["name"], p["role"]) for p in stored(workspace, plan_id)] == [
        (PROVIDER, "provider"), ("Testi Ohjaaja", "own_worker"), ("Aino Maria Virtanen", "client")]
    assert section.suggestions.isHidden() and section.suggestion_buttons == []


def test_remove_asks_first_and_removes_the_person(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    click_and_wait(qtbot, section, suggestion(section, f"Add {PROVIDER}"))
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    asked: list[str] = []
    answer = [False]

    def confirm(parent: Any, title: str, text: str, *, yes: str, no: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(role_map.prompts, "confirm", confirm)
    provider_row = next(iter(section.rows.values()))
    provider_row.remove_button.click()
    assert asked == [f"Remove {PROVIDER} and their tasks from the role map?"]
    assert len(stored(workspace, plan_id)) == 2
    answer[0] = True
    click_and_wait(qtbot, section, provider_row.remove_button)
    assert [p["name"] for p in stored(workspace, plan_id)] == ["Testi Ohjaaja"]
    assert len(section.rows) == 1 and [e.name for e in section.diagram.people()] == ["Testi Ohjaaja"]
    assert suggestion(section, f"Add {PROVIDER}") is not None  # missing again


def test_a_rejected_task_keeps_its_text_and_shows_why(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    row = next(iter(section.rows.values()))
    too_long = "x" * 301
    row.tasks_edit.setPlainText(f"Kokoaa suunnitelman\n{too_long}")
    section.flush()
    error = row.errors["tasks"]
    qtbot.waitUntil(error.isVisible, timeout=TIMEOUT)
    assert error.text() == "Task 2: Too long: at most 300 characters."
    assert row.tasks_edit.toPlainText().endswith(too_long)
    assert stored(workspace, plan_id)[0]["tasks"] == []
    row.tasks_edit.setPlainText("Kokoaa suunnitelman")
    section.flush()
    qtbot.waitUntil(lambda: not error.isVisible(), timeout=TIMEOUT)
    assert stored(workspace, plan_id)[0]["tasks"] == ["Kokoaa suunnitelman"]


def test_rule_notes_show_under_the_row(qtbot: Any, section: RoleMapSection) -> None:
    click_and_wait(qtbot, section, section.add_button)
    row = next(iter(section.rows.values()))
    assert row.notes.isVisible()
    assert "Name: This field is required." in row.notes.text()
    assert "Write this person's tasks in the plan." not in row.notes.text()  # no role yet


def test_a_view_from_the_page_does_not_overwrite_what_is_being_typed(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    row = next(iter(section.rows.values()))
    row.tasks_edit.setFocus()
    qtbot.keyClicks(row.tasks_edit, "Kokoaa")
    section.set_plan(workspace.plans.open(plan_id), True)  # e.g. the page saved a goal meanwhile
    assert row.tasks_edit.toPlainText() == "Kokoaa"
    section.flush()
    qtbot.waitUntil(lambda: stored(workspace, plan_id)[0]["tasks"] == ["Kokoaa"], timeout=TIMEOUT)


def test_read_only_shows_the_people_without_editing(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    section.set_plan(workspace.plans.open(plan_id), False)
    row = next(iter(section.rows.values()))
    assert row.name_edit.text() == "Testi Ohjaaja"
    assert row.name_edit.isReadOnly() and row.tasks_edit.isReadOnly() and not row.role_combo.isEnabled()
    assert row.remove_button.isHidden() and section.add_button.isHidden() and section.suggestions.isHidden()
    assert not row.notes.isVisible()
    assert section.diagram.isVisible() and [e.name for e in section.diagram.people()] == ["Testi Ohjaaja"]


def test_another_plan_replaces_the_rows(
        qtbot: Any, section: RoleMapSection, workspace: Workspace, plan_id: uuid.UUID) -> None:
    click_and_wait(qtbot, section, suggestion(section, "Add the own worker"))
    section.set_plan(None, False)
    assert section.rows == {} and section.diagram.people() == ()
    section.set_plan(workspace.plans.open(plan_id), True)
    assert [r.name_edit.text() for r in section.rows.values()] == ["Testi Ohjaaja"]


def test_the_diagram_paints_and_describes_everyone(qtbot: Any, workspace: Workspace, plan_id: uuid.UUID) -> None:
    plans = workspace.plans
    people = [("Aino Virtanen", "client", None), ("Testi Ohjaaja", "own_worker", None),
              ("Maija Virtanen", "close_person", "äiti"), ("Pekka Niemi", "hb_assistant", None),
              (PROVIDER, "provider", None), ("Taksi Lahti Oy", "provider", None),
              ("Liisa Korhonen", "decision_maker", None)]
    for name, role, relation in people:
        view = plans.add_role(plan_id, {"name": name, "role": role, "relation": relation, "tasks": ["Tehtävä"]})
    diagram = RoleMapDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(diagram.sizeHint())
    diagram.set_people(view.plan.role_map)
    description = diagram.accessibleDescription()
    for name, _role, _relation in people:
        assert name in description
    assert "Maija Virtanen, Close person (äiti)" in description and "Aino Virtanen, Client" in description
    layout = diagram.layout_cards()
    assert [c.entry.name for c in layout.cards][0] == "Aino Virtanen" and len(layout.cards) == len(people)
    assert layout.cards[0].rect.center() == diagram.rect().toRectF().center()
    rects = [c.rect for c in layout.cards]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    image = diagram.grab().toImage()
    for card in layout.cards:  # each card's role band is painted in its role's colour
        band = QPoint(int(card.rect.left() + 9), int(card.rect.top() + 11))
        assert image.pixelColor(band) == QColor(ROLE_COLORS[card.entry.role or ""])
    assert image.pixelColor(2, image.height() // 2) == QColor(BACKGROUND)
    # It scales: a bigger widget spreads the cards further apart.
    diagram.resize(900, 600)
    wider = diagram.layout_cards()

    def spread(cards: list[Any]) -> float:
        return max(c.rect.right() for c in cards) - min(c.rect.left() for c in cards)

    assert spread(wider.cards) > spread(layout.cards) + 100
