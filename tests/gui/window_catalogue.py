"""Every window of the app, found by itself and opened with realistic content.

``discover()`` walks the GUI packages that hold windows (dialogs, pages, the client view, the
main and unlock windows) and lists each ``QWidget`` subclass defined there, and every
``QDialog`` or ``QMainWindow`` subclass defined anywhere else under ``sopiva_desk.gui`` (a
dialog kept beside the widget that opens it, such as ``widgets.plan_agree``). Each one is either
a window that ``BUILDERS`` knows how to open, or a part of one (``PARTS``). A class that is
neither makes ``tests/gui/test_windows_on_a_laptop.py`` fail, so a dialog added later is
looked at too.

A builder is given a ``Look`` (the UI language, the text size, a demo-like ``Desk`` and a main
window made for that look) and yields ``(state, window)`` pairs: the same window in each state
worth checking (a wizard's pages, a form with its error messages showing …). Pages are shown in
the main window, as the user sees them; dialogs are opened the way the app opens them where
that is a click, and built with what the app would give them otherwise.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QPushButton, QWidget

from sopiva_desk.gui.context import AppContext
from sopiva_desk.services import demo
from sopiva_desk.services.assessments import VisitView
from sopiva_desk.services.demo_plans import plan_texts
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import SyncDevice
from tests.conftest import FAST_KDF
from tests.helpers.conflicts import demo_conflicts
from tests.helpers.sync_state import enrol

TODAY = date(2026, 3, 2)  # the demo is made for a fixed day, so every run shows the same content
WINDOW_PACKAGES = ("sopiva_desk.gui.dialogs", "sopiva_desk.gui.pages", "sopiva_desk.gui.client_view")
WINDOW_MODULES = ("sopiva_desk.gui.main_window", "sopiva_desk.gui.unlock_window")

State = tuple[str, QWidget]
Builder = Callable[["Look"], Iterator[State]]


def _is_window_module(module_name: str) -> bool:
    return module_name in WINDOW_MODULES or module_name.startswith(tuple(f"{p}." for p in WINDOW_PACKAGES))


def discover() -> dict[str, type[QWidget]]:
    """``module.Class`` → class, for every QWidget subclass defined in the window modules and
    every QDialog/QMainWindow subclass defined in any other module of the GUI."""
    import sopiva_desk.gui

    found = {}
    for info in pkgutil.walk_packages(sopiva_desk.gui.__path__, "sopiva_desk.gui."):
        module = importlib.import_module(info.name)
        kind = QWidget if _is_window_module(module.__name__) else (QDialog, QMainWindow)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, kind) and value.__module__ == module.__name__:
                found[f"{module.__name__.removeprefix('sopiva_desk.gui.')}.{name}"] = value
    return found


# Widgets that are only ever shown inside another window, and the window that shows them.
PARTS = {
    "dialogs.first_run.WelcomePage": "dialogs.first_run.FirstRunWizard",
    "dialogs.first_run.ProfilePage": "dialogs.first_run.FirstRunWizard",
    "dialogs.pictogram_picker.PictogramButton": "pages.decision_session.DecisionSessionPage",
    "dialogs.review_dialog.StepButton": "dialogs.review_dialog.ReviewDialog",
    "dialogs.review_dialog.AttainmentScale": "dialogs.review_dialog.ReviewDialog",
    "dialogs.budget_form.BudgetFormDialog": "dialogs.budget_form.DecideBudgetDialog",
    "pages.client_assessments.ClientAssessmentsWidget": "pages.client_file.ClientFilePage",
    "pages.client_plan.ClientPlanWidget": "pages.client_file.ClientFilePage",
    "client_view.leave.HoldToLeaveButton": "client_view.window.ClientViewWindow",
    "client_view.option_card.OptionCardWidget": "client_view.window.ClientViewWindow",
    "client_view.zones.DropZone": "client_view.window.ClientViewWindow",
    "dialogs.organisation_settings.OrganisationTab": "dialogs.settings.SettingsDialog",
    "dialogs.backup_settings.BackupTab": "dialogs.settings.SettingsDialog",
    "dialogs.backup_settings.SecurityTab": "dialogs.settings.SettingsDialog",
    "pages.client_visits.ClientVisitsPart": "pages.client_file.ClientFilePage",
    "pages.visit_work.VisitWorkPanel": "pages.visit.VisitPage",
    "client_view.sorting.SortingBoard": "client_view.window.ClientViewWindow",
    "client_view.wellbeing.FaceButton": "client_view.window.ClientViewWindow",
    "client_view.wellbeing.WellbeingScale": "client_view.window.ClientViewWindow",
    "client_view.window.WellbeingPage": "client_view.window.ClientViewWindow",
}


# -- the content: a demo profile and one client with a full case ---------------------------


@dataclass
class Desk:
    """A demo workspace with a client whose plan has five goals, a decided budget with
    follow-up, two completed reviews and a draft one: the content real use produces."""

    data_dir: Path
    profiles: ProfileService
    workspace: Workspace
    client_id: uuid.UUID
    client_name: str
    plan_id: uuid.UUID  # agreed, five goals
    budget_id: uuid.UUID  # decided, with commitments and use
    review_id: uuid.UUID  # a draft review of the five goals
    assessment_id: uuid.UUID  # completed
    draft_assessment_id: uuid.UUID
    session_id: uuid.UUID  # a draft decision-making session with options
    open_visit: VisitView
    open_visit_client: tuple[uuid.UUID, str]
    # Other clients, for what the client file offers in other phases of a case: an agreed plan
    # with no review begun, a draft plan, and a completed assessment with no plan yet.
    other_clients: list[uuid.UUID] = field(default_factory=list)


def _own_clients(ws: Workspace) -> list[Any]:
    return [row for row in ws.clients.caseload() if row.own_worker == demo.DEMO_DISPLAY_NAME]


def _display_name(ws: Workspace, client_id: uuid.UUID) -> str:
    values = ws.clients.open_client(client_id).values
    return f"{values['first_names']} {values['last_name']}"


def _richer_plan(ws: Workspace, plan_id: uuid.UUID) -> uuid.UUID:
    """A new version of an agreed plan with goals (and their supports) of other demo clients
    added, up to five, agreed."""
    draft = ws.plans.new_version(plan_id, "Uusia tavoitteita arvioinnin jälkeen.")
    have = len(draft.plan.goals)
    extra_goals = [goal for texts in plan_texts().values() for goal in texts["goals"]
                   if "{" not in goal["client_words"] and not goal["client_words"].isascii()]
    providers = {role.name for role in draft.plan.role_map}
    for goal in extra_goals[: max(0, 5 - have)]:
        added = ws.plans.add_goal(draft.id, {
            "client_words": goal["client_words"], "life_domain": goal["life_domain"],
            "indicator": goal["indicator"].replace("{first}", "Asiakas"),
            "target_date": TODAY + timedelta(days=30 * goal["target_months"]), "pictogram": goal["pictogram"]})
        goal_id = added.content["goals"][-1]["id"]
        for support in goal.get("supports", ()):
            if any("{" in str(value) for value in support.values()):
                continue
            ws.plans.add_support(draft.id, goal_id, {**support, "start_date": TODAY.replace(day=1)})
            if support["provider_name"] not in providers:
                providers.add(support["provider_name"])
                ws.plans.add_role(draft.id, {"name": support["provider_name"], "role": "provider",
                                             "tasks": [support["description"]]})
    ws.plans.agree(draft.id, TODAY)
    return draft.id


def build_desk() -> Desk:
    data_dir = Path(tempfile.mkdtemp(prefix="sopiva-windows-"))
    profiles = ProfileService(data_dir, kdf=FAST_KDF)
    profile = demo.ensure_demo_profile(profiles, today=TODAY)
    ws = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    own = _own_clients(ws)
    reviewed = next(row.id for row in own if len(ws.reviews.for_client(row.id)) >= 2
                    and ws.clients.open_client(row.id).values["language"] == "fi")
    plan_id = _richer_plan(ws, next(p.id for p in ws.plans.for_client(reviewed) if p.status == "agreed"))
    review = ws.reviews.start(plan_id, TODAY)
    first_goal = review.review.goal_ids()[0]
    ws.reviews.set_rating(review.id, first_goal, "client", 3)  # begun, so most of it is still missing
    completed = next(a for a in ws.assessments.for_client(reviewed) if a.status == "completed")
    draft_assessment = next(a for row in own for a in ws.assessments.for_client(row.id) if a.status == "draft")
    session = next(s for row in own for s in ws.decisions.for_client(row.id)
                   if s.status == "draft" and len(s.content.get("options") or []) >= 3)
    open_visit, visit_client = next((v, row.id) for row in own for v in ws.visits.visits_for_client(row.id)
                                    if v.status == "open")
    for kind, record in (("client_plan", plan_id), ("budget_statement", ws.budgets.for_client(reviewed)[0].id)):
        ws.print_queue.queue(kind, record)
    demo_conflicts(ws, reviewed)  # as a sync pulls them: phone and address, a long text, a list
    ws.disclosures.record_data(reviewed, {  # long words in every column of the access report's disclosures
        "data": "Tiedot kotikäyntien ajankohdista ja asumispalvelun järjestämissuunnitelman tavoitteista",
        "recipient": "Palveluohjaaja Pekka Kääriäinen-Ylönen",
        "recipient_organisation": "Etelä-Savon hyvinvointialueen asumispalveluyksikkö", "method": "phone",
        "basis": "consent", "basis_detail": "suullinen suostumus kotikäynnillä",
        "purpose": "Asumispalvelun järjestäminen ja palvelusuunnitelman toteuttaminen", "disclosed_on": TODAY})
    # Enrolled, with changes waiting and conflicts open: the status bar's sync corner at its widest,
    # and the sync columns of the caseload and the client file's lists in view.
    enrol(ws)
    with ws.db.transaction() as store:
        store.get(SyncDevice, 1).last_sync_at = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)  # type: ignore[union-attr]
    phases = {"agreed": None, "draft": None, "none": None}
    for row in own:
        plans = ws.plans.for_client(row.id)
        if plans and plans[0].status == "agreed" and not ws.reviews.for_client(row.id):
            phases["agreed"] = phases["agreed"] or row.id
        elif plans and plans[0].status == "draft":
            phases["draft"] = phases["draft"] or row.id
        elif not plans and any(a.status == "completed" for a in ws.assessments.for_client(row.id)):
            phases["none"] = phases["none"] or row.id
    return Desk(
        data_dir=data_dir, profiles=profiles, workspace=ws, client_id=reviewed,
        client_name=_display_name(ws, reviewed), plan_id=plan_id,
        budget_id=ws.budgets.for_client(reviewed)[0].id, review_id=review.id, assessment_id=completed.id,
        draft_assessment_id=draft_assessment.id, session_id=session.id, open_visit=open_visit,
        open_visit_client=(visit_client, _display_name(ws, visit_client)),
        other_clients=[client for client in phases.values() if client is not None])


# -- a look: language and text size -------------------------------------------------------


@dataclass
class Look:
    """What one run of the checks sees: the UI in ``language`` with text ``scale`` times the
    normal size, the desk's content, and a main window made for it."""

    language: str
    scale: float
    desk: Desk
    context: AppContext
    main_window: Any  # MainWindow; imported late like the app does

    @property
    def name(self) -> str:
        return f"{self.language} {round(self.scale * 100)} %"


def close_dialogs(parent: QWidget) -> None:
    """Close what a builder opened over ``parent`` (top-level windows too)."""
    for dialog in parent.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    QApplication.processEvents()


def shown(window: QWidget) -> QWidget:
    if not window.isVisible():
        window.show()
    QApplication.processEvents()
    return window


def newest(parent: QWidget, kind: type[QWidget]) -> Any:
    """The last ``kind`` made under ``parent`` (a dialog a click has just opened)."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} was opened"
    return found[-1]


def click(button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    button.click()
    QApplication.processEvents()
