"""The plan review dialog: opens a review, autosaves ratings, wellbeing and notes, shows what is
missing, completes and locks; ``open_new_review`` starts or continues a review."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.review_dialog import ReviewDialog, open_new_review
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.workspace import Workspace

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 5000


def agreed_plan(plans: PlanService, client_id: uuid.UUID) -> uuid.UUID:
    plan_id = plans.start_draft(client_id).id
    for name, value in [("meeting_date", "2026-01-10"), ("current_services", "Valmennus"),
                        ("rights_explained", True), ("rights_explained_how", "Selkokielellä"),
                        ("review_date", "2026-06-01")]:
        plans.set_field(plan_id, name, value)
    for words, picture in [("Haluan asua omassa kodissa", "1F3E0"), ("Käyn työtoiminnassa", "1F4BC"),
                           ("Tapaan ystäviä", None)]:
        plans.add_goal(plan_id, {"client_words": words, "life_domain": "housing", "indicator": "Näkyy",
                                 "pictogram": picture})
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})
    plans.agree(plan_id, date(2026, 1, 10))
    return plan_id


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def plan_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    return agreed_plan(workspace.plans, client_id)


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, workspace: Workspace, plan_id: uuid.UUID, runner: TaskRunner,
           no_blocking_dialogs: list[str]) -> Iterator[ReviewDialog]:
    review = workspace.reviews.start(plan_id, date(2026, 6, 2))
    dialog = ReviewDialog(context, review.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.review_opened, timeout=TIMEOUT):
        dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def wait_saved(qtbot: Any, dialog: ReviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.autosave.state.value == "saved" and not dialog.has_pending_saves(),
                    timeout=TIMEOUT)


def test_the_dialog_shows_each_goal_with_both_scales(qtbot: Any, dialog: ReviewDialog) -> None:
    assert dialog.view is not None
    goals = dialog.view.review.goal_ids()
    assert set(dialog.scales) == {f"ratings/{g}/{r}" for g in goals for r in ("client", "professional")}
    client_scale = dialog.scales[f"ratings/{goals[0]}/client"]
    assert [b.text() for b in client_scale.buttons] == ["Not yet", "A little", "Halfway", "Almost", "Reached"]
    assert client_scale.buttons[0].sizeHint().height() > dialog.scales[f"ratings/{goals[0]}/professional"] \
        .buttons[0].sizeHint().height()  # the client's steps are the big ones
    assert dialog.date_edit.text() == "2.6.2026"
    assert dialog.missing_panel.isVisibleTo(dialog)
    assert dialog.missing_panel.heading.text() == "Still needed before completing:"
    assert dialog.missing_texts()
    assert dialog.complete_button.isVisibleTo(dialog)
    if os.environ.get("REVIEW_SCREENSHOTS"):
        goal = goals[0]
        dialog.autosave.show_values({f"ratings/{goal}/client": 4, f"ratings/{goal}/professional": 3, "wellbeing": 4})
        dialog.resize(1140, 1900)
        qtbot.wait(100)  # the scroll area lays out again once the scroll bars are settled
        dialog.grab().save("/tmp/review_dialog.png")


def test_choices_and_notes_autosave_then_complete_locks(qtbot: Any, dialog: ReviewDialog, workspace: Workspace,
                                                       client_id: uuid.UUID) -> None:
    assert dialog.view is not None
    goals = dialog.view.review.goal_ids()
    changed: list[object] = []
    dialog.review_changed.connect(changed.append)
    for number, goal in enumerate(goals):
        qtbot.mouseClick(dialog.scales[f"ratings/{goal}/client"].buttons[number + 1], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.scales[f"ratings/{goal}/professional"].buttons[2], Qt.MouseButton.LeftButton)
    dialog.wellbeing.choose(4)
    wait_saved(qtbot, dialog)
    review = workspace.reviews.open(dialog.review_id).review
    assert [(r.client, r.professional) for r in review.ratings] == [(2, 3), (3, 3), (4, 3)]
    assert review.wellbeing == 4 and changed
    assert dialog.missing_texts() == []  # everything needed is there
    qtbot.mouseClick(dialog.scales[f"ratings/{goals[0]}/client"].clear_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, dialog)
    assert any("write in the notes why" in text for text in dialog.missing_texts())
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "Asiakas ei halunnut vastata.")  # keyClicks: ASCII only
    dialog.date_edit.setFocus()  # focus out saves the notes at once
    wait_saved(qtbot, dialog)
    with qtbot.waitSignal(dialog.review_completed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert workspace.reviews.open(dialog.review_id).status == "completed"
    assert workspace.reviews.open(dialog.review_id).review.notes.startswith("Asiakas ei")  # type: ignore[union-attr]
    assert not dialog.complete_button.isVisibleTo(dialog)
    assert dialog.notes_edit.isReadOnly() and not dialog.scales[f"ratings/{goals[1]}/client"].buttons[0].isEnabled()
    assert dialog.status_label.text().startswith("Completed on")


def test_completing_too_early_lists_and_focuses_what_is_missing(qtbot: Any, dialog: ReviewDialog,
                                                                workspace: Workspace) -> None:
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(text.startswith("Goal 1:") for text in dialog.missing_texts()), timeout=TIMEOUT)
    assert any("Give your own rating" in text for text in dialog.missing_texts())
    assert workspace.reviews.open(dialog.review_id).status == "draft"


def test_a_wrong_date_is_shown_next_to_the_field(qtbot: Any, dialog: ReviewDialog) -> None:
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, "1.1.2025")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "review_dateError")
    qtbot.waitUntil(lambda: error is not None and error.isVisibleTo(dialog), timeout=TIMEOUT)
    assert "before the plan was agreed" in error.text()  # type: ignore[union-attr]


def test_a_refused_date_is_kept_as_a_draft_when_the_dialog_is_closed_and_opened_again(
        qtbot: Any, dialog: ReviewDialog, context: AppContext, workspace: Workspace, runner: TaskRunner) -> None:
    """Issue 11 (1): what a rule refuses is not thrown away on closing; it comes back with its message."""
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, "1.1.2025")
    dialog.close()  # closing sends what waits for its debounce
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert workspace.drafts.for_record("plan_review", str(dialog.review_id)) == {"review_date": "1.1.2025"}
    assert workspace.reviews.open(dialog.review_id).review.review_date == date(2026, 6, 2)

    again = ReviewDialog(context, dialog.review_id)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.review_opened, timeout=TIMEOUT):
        again.show()
    error = again.findChild(QLabel, "review_dateError")
    qtbot.waitUntil(lambda: error is not None and error.isVisibleTo(again), timeout=TIMEOUT)
    assert again.date_edit.text() == "1.1.2025" and again.date_edit.property("invalid") is True
    assert "before the plan was agreed" in error.text()  # type: ignore[union-attr]

    again.date_edit.selectAll()
    qtbot.keyClicks(again.date_edit, "3.6.2026")
    qtbot.keyClick(again.date_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, again)
    assert workspace.reviews.open(dialog.review_id).review.review_date == date(2026, 6, 3)
    assert workspace.drafts.for_record("plan_review", str(dialog.review_id)) == {}
    again.close()


def test_open_new_review_starts_once_then_continues_the_draft(qtbot: Any, context: AppContext, workspace: Workspace,
                                                              client_id: uuid.UUID, plan_id: uuid.UUID,
                                                              runner: TaskRunner) -> None:
    opened: list[ReviewDialog] = []
    open_new_review(context, client_id, plan_id, None, opened.append, review_date=date(2026, 6, 3))
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=TIMEOUT)
    open_new_review(context, client_id, plan_id, None, opened.append, review_date=date(2026, 6, 4))
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=TIMEOUT)
    assert opened[0].review_id == opened[1].review_id
    assert [v.review_date for v in workspace.reviews.for_client(client_id)] == [date(2026, 6, 3)]
    for dialog in opened:
        qtbot.waitUntil(lambda d=dialog: d.view is not None, timeout=TIMEOUT)
        dialog.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def test_open_new_review_refuses_a_plan_that_is_not_agreed(qtbot: Any, context: AppContext, workspace: Workspace,
                                                           client_values: dict[str, object],
                                                           dialogs: list[str]) -> None:
    other = workspace.clients.create_client({**client_values, "hetu": "010101-123N"})
    draft = workspace.plans.start_draft(other)
    open_new_review(context, other, draft.id, None)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=TIMEOUT)
    assert dialogs == ["A review can be started only for an agreed plan."]


def test_locking_closes_the_dialog(qtbot: Any, dialog: ReviewDialog, context: AppContext) -> None:
    dialog.wellbeing.choose(3)
    wait_saved(qtbot, dialog)
    context.set_workspace(None)
    assert not dialog.isVisible()


def test_the_review_says_where_it_stands_with_the_central_records(
        qtbot: Any, context: AppContext, workspace: Workspace, plan_id: uuid.UUID, runner: TaskRunner) -> None:
    from sopiva_desk.gui import i18n
    from tests.helpers.sync_state import enrol, pretend_synced
    i18n.install("en")
    enrol(workspace)
    review = workspace.reviews.start(plan_id, date(2026, 6, 2))
    pretend_synced(workspace)
    dialog = ReviewDialog(context, review.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.review_opened, timeout=TIMEOUT):
        dialog.show()
    label = dialog.sync_label
    qtbot.waitUntil(lambda: label.isVisibleTo(dialog) and label.text.text() == "Synced", timeout=TIMEOUT)
    dialog.wellbeing.choose(4)  # a save: the review now waits to be sent
    qtbot.waitUntil(lambda: label.text.text() == "Changed since sync", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def test_a_review_of_a_profile_that_does_not_sync_says_nothing_of_sync(qtbot: Any, dialog: ReviewDialog,
                                                                       runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert not dialog.sync_label.isVisibleTo(dialog)
