"""The client file's "Plan and budget" tab: what it offers as the plan moves from nothing to a
draft to agreed, the versions and budgets listed, and the requests it sends to open them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.plan_list_model import BudgetListModel, PlanListModel, ReviewListModel
from sopiva_desk.gui.pages.client_plan import ClientPlanWidget
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def widget(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
           dialogs: list[str]) -> Iterator[ClientPlanWidget]:
    context = AppContext(profile_service, ImmediateTaskRunner(), ui_language="en")
    context.set_workspace(workspace)
    widget = ClientPlanWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    yield widget
    assert dialogs == []


def agree(plans: PlanService, plan_id: uuid.UUID) -> None:
    plans.set_field(plan_id, "meeting_date", "2026-11-20")
    plans.set_field(plan_id, "current_services", "Valmennus 4 h/vko")
    plans.set_field(plan_id, "rights_explained", True)
    plans.set_field(plan_id, "rights_explained_how", "Kuvin ja selkokielellä.")
    plans.set_field(plan_id, "review_date", date(2027, 5, 20))
    view = plans.add_goal(plan_id, {"client_words": "Haluan asua omassa kodissa", "life_domain": "housing",
                                    "indicator": "Muutan keväällä"})
    plans.add_support(view.id, view.content["goals"][-1]["id"], {
        "description": "Asumisen valmennus", "provider_kind": "service_provider", "provider_name": "Valmennus Oy",
        "arranging_method": "personal_budget", "service_code": "sd-coaching", "quantity": "100"})
    plans.add_role(plan_id, {"name": "Aino Virtanen", "role": "client"})
    plans.add_role(plan_id, {"name": "Eeva Esimerkki", "role": "own_worker", "tasks": ["Koordinoi"]})
    plans.add_role(plan_id, {"name": "Valmennus Oy", "role": "provider", "tasks": ["Valmentaa"]})
    plans.agree(plan_id, date(2026, 11, 21))


def test_no_plan_offers_drafting_and_drafting_opens_the_new_draft(qtbot, widget, workspace,  # type: ignore[no-untyped-def]
                                                                   client_id) -> None:
    widget.load(client_id)
    assert widget.draft_button.isVisibleTo(widget) and not widget.continue_button.isVisibleTo(widget)
    assert widget.no_plans_label.isVisibleTo(widget) and not widget.plans_view.isVisibleTo(widget)
    assert not widget.create_budget_button.isEnabled()
    assert "Draft the client plan first" in widget.create_budget_button.toolTip()
    with qtbot.waitSignal(widget.new_plan_started) as started:
        qtbot.mouseClick(widget.draft_button, Qt.MouseButton.LeftButton)
    draft = workspace.plans.for_client(client_id)
    assert [p.id for p in draft] == [started.args[0]]
    assert widget.continue_button.isVisibleTo(widget) and not widget.draft_button.isVisibleTo(widget)
    assert widget.plans_model.rowCount() == 1
    assert widget.plans_model.index(0, PlanListModel.STATUS).data() == "Draft"
    assert "No agreed plan yet. Version 1 is a draft." == widget.plan_status_label.text()
    with qtbot.waitSignal(widget.open_plan_requested) as opened:
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)
    assert opened.args == [draft[0].id]


def test_agreed_plan_shows_in_force_and_budgets_are_listed(qtbot, widget, workspace,  # type: ignore[no-untyped-def]
                                                           client_id) -> None:
    plan = workspace.plans.start_draft(client_id)
    agree(workspace.plans, plan.id)
    budget = workspace.budgets.create_for_plan(plan.id, date(2027, 1, 1), date(2027, 12, 31))
    widget.load(client_id)
    assert widget.plan_status_label.text() == "In force: version 1, agreed on 21.11.2026. Review on 20.5.2027."
    assert widget.open_button.isVisibleTo(widget) and not widget.draft_button.isVisibleTo(widget)
    model = widget.budgets_model
    assert model.rowCount() == 1
    assert model.index(0, BudgetListModel.PERIOD).data() == "1.1.2027–31.12.2027"
    assert model.index(0, BudgetListModel.STATE).data() == "Indicative"
    assert model.index(0, BudgetListModel.REFERENCE).data().endswith("\u00a0€")
    with qtbot.waitSignal(widget.create_budget_requested) as create:
        qtbot.mouseClick(widget.create_budget_button, Qt.MouseButton.LeftButton)
    assert create.args == [plan.id]
    with qtbot.waitSignal(widget.open_budget_requested) as opened:
        widget.budgets_view.activated.emit(model.index(0, 0))
    assert opened.args == [budget.id]
    with qtbot.waitSignal(widget.open_plan_requested) as opened:
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [plan.id]


def test_clear_forgets_the_client(widget, workspace, client_id) -> None:  # type: ignore[no-untyped-def]
    workspace.plans.start_draft(client_id)
    widget.load(client_id)
    widget.clear()
    assert widget.plans_model.rowCount() == 0 and not widget.isEnabled()
    assert widget.plan_status_label.text() == ""


def test_reviews_start_from_the_agreed_plan_and_show_in_the_list_and_charts(qtbot, widget, workspace,  # type: ignore[no-untyped-def]
                                                                           client_id) -> None:
    plan = workspace.plans.start_draft(client_id)
    widget.load(client_id)
    assert not widget.review_button.isEnabled()
    assert widget.review_button.toolTip() == "A plan is reviewed once it has been agreed."
    agree(workspace.plans, plan.id)
    widget.refresh()
    assert widget.review_button.isEnabled() and widget.no_reviews_label.isVisibleTo(widget)
    assert widget.charts.is_empty()
    qtbot.mouseClick(widget.review_button, Qt.MouseButton.LeftButton)
    dialog = widget.review_dialog
    assert dialog is not None and dialog.isVisible()
    (review,) = workspace.reviews.for_client(client_id)
    assert widget.review_button.text() == "&Continue the review"
    goal_id = review.review.ratings[0].goal_id
    workspace.reviews.set_rating(review.id, goal_id, "client", 4)
    workspace.reviews.set_rating(review.id, goal_id, "professional", 3)
    workspace.reviews.set_field(review.id, "wellbeing", 4)
    with qtbot.waitSignal(widget.loaded):
        dialog.close()
    workspace.reviews.complete(review.id)
    widget.refresh()
    assert widget.reviews_model.rowCount() == 1 and widget.reviews_view.isVisibleTo(widget)
    assert widget.reviews_model.index(0, ReviewListModel.STATUS).data() == "Completed"
    assert widget.reviews_model.index(0, ReviewListModel.RATED).data() == "1 / 1"
    assert not widget.charts.is_empty()
    assert widget.review_button.text() == "&Review the plan…"
