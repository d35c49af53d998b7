"""The client plan (asiakassuunnitelma) page: the counsellor writes the plan with the client.

The header names the client, the version and its state; the form (``widgets/plan_form.py``)
autosaves every field. Agree first lets the saves finish, then lists what the rules still
need (``domain.plans.missing_for_agreement``), each item leading to its field; when nothing
is missing it asks the agreement date. An agreed or superseded version is shown read-only;
a change is made in a new version, with a reason.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.plans import missing_for_agreement
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.document_preview import documents_button
from sopiva_desk.gui.dialogs.plan_history import PlanHistoryDialog
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.assessment_problems import MissingPanel
from sopiva_desk.gui.widgets.autosave import SaveState, SaveStateIndicator
from sopiva_desk.gui.widgets.locking import LockedNotice
from sopiva_desk.gui.widgets.page_parts import build_record_header
from sopiva_desk.gui.widgets.people_editor import people_choices
from sopiva_desk.gui.widgets.plan_agree import AgreePlanDialog
from sopiva_desk.gui.widgets.plan_draft_notice import (
    ASSESSMENT_COMPLETED,
    ASSESSMENT_DRAFT,
    ASSESSMENT_NONE,
    PlanDraftNotice,
)
from sopiva_desk.gui.widgets.plan_form import PlanForm
from sopiva_desk.gui.widgets.plan_labels import field_title
from sopiva_desk.services.catalogue import Service
from sopiva_desk.services.clients import ClientCircle
from sopiva_desk.services.plans import PlanSaved, PlanView

REFRESH_MS = 800  # after the last save, the plan is read again for the section marks and the missing list
# Support parts whose save also brings the saved plan back: the service fills the unit and price
# of a catalogue service, and the role map's hint follows the providers.
_WITH_VIEW = ("service_code", "provider_kind", "provider_name")


@dataclass(frozen=True)
class SupportSaved:
    """A support part saved, with the whole plan after it (``value`` and ``saved_at`` as in ``PlanSaved``)."""

    key: str
    value: Any
    revision: int
    saved_at: datetime
    view: PlanView


@dataclass(frozen=True)
class _Loaded:
    view: PlanView
    circle: ClientCircle  # the client's name, and the close persons to pick as participants
    sessions: int  # the client's completed decision-making sessions
    services: tuple[Service, ...]
    assessment: str  # the client's needs assessment now: none, draft or completed (PlanDraftNotice)


class PlanPage(QWidget):
    """Signals:
        back_requested(): the user wants to go back (edits are saved first).
        plan_opened(object): the ``PlanView`` now shown.
        plan_changed(object): the plan was agreed, or a new version made (its ``PlanView``).
    """

    back_requested = Signal()
    plan_opened = Signal(object)
    plan_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self._context = context
        self._view: PlanView | None = None
        self._opening: uuid.UUID | None = None
        self._agreeing: str | None = None  # None, "waiting" (for saves), "checking" or "sent"

        self.form = PlanForm(context, self._save_field, self)
        self.goal_editor, self.role_map = self.form.goal_editor, self.form.role_map
        self.form.fill_requested.connect(self._on_form_fill_requested)
        self.form.autosave.state_changed.connect(self._on_autosave_state_changed)
        self.form.autosave.field_saved.connect(self._on_autosave_field_saved)
        self.role_map.autosave.state_changed.connect(self._on_autosave_state_changed)
        self.role_map.plan_changed.connect(self._on_role_map_plan_changed)
        self.goal_editor.add_goal_requested.connect(self._on_goal_editor_add_goal_requested)
        self.goal_editor.remove_goal_requested.connect(self._on_goal_editor_remove_goal_requested)
        self.goal_editor.add_support_requested.connect(self._on_goal_editor_add_support_requested)
        self.goal_editor.remove_support_requested.connect(self._on_goal_editor_remove_support_requested)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_problems())
        self.locked_notice = LockedNotice(self)
        layout.addWidget(self.locked_notice)
        self.draft_notice = PlanDraftNotice(self)
        self.draft_notice.fill_from_assessment_requested.connect(self._on_draft_notice_fill_from_assessment)
        self.draft_notice.fill_from_sessions_requested.connect(self._on_form_fill_requested)
        self._sources = (ASSESSMENT_NONE, 0)  # the client's assessment state and completed sessions
        layout.addWidget(self.draft_notice)
        layout.addWidget(self.form, 1)
        for keys, slot in ((("Escape", "Alt+Left"), self._go_back),
                           (("Ctrl+Return", "Ctrl+Enter"), self._on_agree_clicked),
                           (("Ctrl+PgDown",), lambda: self.form.move_section(1)),
                           (("Ctrl+PgUp",), lambda: self.form.move_section(-1))):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._header.chain_tabs(self.problems_panel, self.locked_notice, self.form)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self.form.autosave, self)
        self.history_button = QPushButton(self.tr("History"), self, objectName="historyButton")
        self.history_button.setToolTip(self.tr("Every change to the plan: who, when, before and after"))
        self.history_button.clicked.connect(self._on_history_clicked)
        self.new_version_button = QPushButton(self.tr("New version…"), self, objectName="newVersionButton")
        self.new_version_button.setToolTip(self.tr("Make a new version to change the agreed plan"))
        self.new_version_button.clicked.connect(self._on_new_version_clicked)
        self.agree_button = QPushButton(self.tr("Agree"), self, objectName="agreeButton")
        self.agree_button.setToolTip(self.tr("Check what the plan needs and record that it was agreed with the "
                                             "client (Ctrl+Enter)"))
        self.agree_button.clicked.connect(self._on_agree_clicked)
        self.documents_button = documents_button(self, self._context, ("client_plan", "plain_plan"),
                                                 lambda: self.plan_id, self.flush)
        header = build_record_header(self, on_back=self._go_back, title_name="planTitle", status_name="planStatus",
                                     side=self.save_state,
                                     buttons=(self.documents_button, self.history_button, self.new_version_button,
                                              self.agree_button))
        self.back_button, self.client_label, self.title_label = (header.back_button, header.client_label,
                                                                 header.title_label)
        self.status_label, self.reason_label = header.status_label, header.reason_label
        self.sync_label = header.sync_label
        self._header = header
        self.title_label.setText(self.tr("Client plan"))
        return header.layout

    def _build_problems(self) -> MissingPanel:
        self.problems_panel = MissingPanel(
            self.tr("What to record before agreeing"), self, heading=self.tr("Before the plan can be agreed, record:"),
            done_text=self.tr("Everything needed is recorded. You can agree the plan now (Ctrl+Enter)."))
        self.missing_list = self.problems_panel.list_view
        self._problems = self.problems_panel.model
        self.problems_panel.field_chosen.connect(self.form.focus_field)
        return self.problems_panel

    # -- public ----------------------------------------------------------------------------

    @property
    def view(self) -> PlanView | None:
        return self._view

    @property
    def plan_id(self) -> uuid.UUID | None:
        return self._view.id if self._view is not None else None

    @property
    def client_name(self) -> str:
        return self.client_label.text()

    def open_plan(self, plan_id: uuid.UUID) -> None:
        """Load a plan version, its client's name and what the form offers, in the background."""
        self.flush()
        self._opening = plan_id
        self._agreeing = None
        self.form.setEnabled(False)
        context = self._context

        def load() -> _Loaded:
            workspace = context.workspace
            view = workspace.plans.open(plan_id)
            circle = workspace.clients.circle(view.client_id)
            sessions = sum(s.status == "completed" for s in workspace.decisions.for_client(view.client_id))
            statuses = {a.status for a in workspace.assessments.for_client(view.client_id)}
            assessment = next((state for state in (ASSESSMENT_COMPLETED, ASSESSMENT_DRAFT) if state in statuses),
                              ASSESSMENT_NONE)
            return _Loaded(view, circle, sessions, workspace.plans.catalogue.list_services(), assessment)

        context.run(load, parent=self, on_success=self._on_plan_loaded, on_failure=self._on_open_failed)

    def flush(self) -> None:
        self.form.autosave.flush()
        self.role_map.flush()

    def has_pending_saves(self) -> bool:
        return self.form.autosave.has_pending() or self.role_map.has_pending_saves()

    def clear(self) -> None:
        """Empty every widget (the app locks, or another client opens). Call ``flush()`` first."""
        self.sync_label.clear()
        self._view = self._opening = None
        self._refresh_timer.stop()
        self.form.autosave.reset()
        self.form.show_content({})
        self.role_map.set_plan(None, False)
        self.client_label.clear()
        self.status_label.clear()
        self.reason_label.clear()
        self.reason_label.hide()
        self.locked_notice.clear_lock()
        self.draft_notice.hide()
        self._sources = (ASSESSMENT_NONE, 0)
        self.problems_panel.hide()
        self._problems.set_items([])
        self.setAccessibleName(self.tr("Client plan"))
        self.form.setEnabled(False)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def _on_plan_loaded(self, loaded: _Loaded) -> None:
        if loaded.view.id != self._opening:
            return  # another plan was asked for meanwhile
        self.goal_editor.set_services(loaded.services)
        self.form.set_sessions_available(loaded.sessions)
        self._sources = (loaded.assessment, loaded.sessions)
        name = loaded.circle.client_name
        self.client_label.setText(name)
        self.role_map.set_client_name(name)
        self.form.editors["participants"].set_choices(  # type: ignore[attr-defined]
            people_choices(loaded.circle, client_relation=self.tr("client")))
        self.setAccessibleName(self.tr("Client plan of {name}").format(name=name))
        self._show(loaded.view)
        self.form.show_section(0)
        self.plan_opened.emit(loaded.view)

    def _on_open_failed(self, _error: BaseException) -> None:
        self.clear()
        self.back_requested.emit()

    def _show(self, view: PlanView) -> None:
        self.sync_label.follow(self._context, "client_plan", view.id)
        self._view = view
        editable = view.status == "draft"
        self.problems_panel.hide()
        self.form.autosave.reset()
        self.form.show_content(view.content)
        self.form.set_read_only(not editable)
        if editable:
            self.form.autosave.use_drafts("client_plan", view.id)
        self.role_map.set_plan(view, editable)
        self.form.setEnabled(True)
        if view.status == "agreed":
            state = self.tr("Agreed on {date}").format(date=format_date(view.agreed_on))
            self.locked_notice.show_locked(self.tr("agreed on {date}").format(date=format_date(view.agreed_on)),
                                           self.tr("make a new version to change it: New version…"))
        elif view.status == "superseded":
            state = self.tr("Superseded by a newer version")
            self.locked_notice.show_locked(self.tr("a newer version replaces this plan"),
                                           self.tr("it is kept as it was"))
        else:
            state = self.tr("Draft, started {date}").format(date=format_date(view.created_at.astimezone().date()))
            self.locked_notice.clear_lock()
        self.status_label.setText(self.tr("Version {number} · {state}").format(number=view.version_no, state=state))
        self.reason_label.setText(self.tr("Reason for the new version: {reason}").format(reason=view.amend_reason))
        self.reason_label.setVisible(bool(view.amend_reason))
        self.draft_notice.show_for(view, *self._sources)
        self._update_states()
        self._update_buttons()

    def _adopt(self, view: PlanView) -> None:
        """A fresher copy of the shown plan (after saves): marks and the missing list follow it."""
        if self._view is None or view.id != self._view.id or view.revision < self._view.revision:
            return
        self._view = view
        self._update_states()
        if view.status == "draft":
            self.problems_panel.refresh(self._problem_items(missing_for_agreement(view.plan)))

    def _update_states(self) -> None:
        view = self._view
        if view is not None:
            self.form.update_states(view.content, missing_for_agreement(view.plan) if view.status == "draft" else [])

    def _update_buttons(self) -> None:
        view = self._view
        draft = view is not None and view.status == "draft"
        self.agree_button.setVisible(view is None or draft)
        self.agree_button.setEnabled(draft and self._agreeing is None)
        self.new_version_button.setVisible(view is not None and view.status == "agreed")
        self.history_button.setEnabled(view is not None)

    # -- saving ----------------------------------------------------------------------------

    def _save_field(self, field: str, value: Any) -> Any:
        """``SaveFn`` of the form: a plan field, ``goals/<id>/<part>`` or ``goals/<id>/supports/<id>/<part>``."""
        assert self._view is not None
        context, plan_id = self._context, self._view.id
        parts = field.split("/")
        if parts[0] == "goals" and len(parts) == 5:
            goal_id, support_id, key = parts[1], parts[3], parts[4]
            if key not in _WITH_VIEW:
                return lambda: context.workspace.plans.update_support(plan_id, goal_id, support_id, key, value)

            def work() -> SupportSaved:
                saved = context.workspace.plans.update_support(plan_id, goal_id, support_id, key, value)
                return SupportSaved(saved.key, saved.value, saved.revision, saved.saved_at,
                                    context.workspace.plans.reread(plan_id))

            return work
        if parts[0] == "goals" and len(parts) == 3:
            return lambda: context.workspace.plans.update_goal(plan_id, parts[1], parts[2], value)
        return lambda: context.workspace.plans.set_field(plan_id, field, value)

    def _on_autosave_field_saved(self, field: str, saved: object) -> None:
        self.sync_label.refresh()
        view = self._view
        if view is None:
            return
        if isinstance(saved, SupportSaved) and saved.view.id == view.id:
            self._adopt(saved.view)
            goal_id, key = field.split("/")[1], field.rsplit("/", 1)[-1]
            support = next((s for g in saved.view.content.get("goals") or [] if g["id"] == goal_id
                            for s in g.get("supports") or [] if s["id"] == field.split("/")[3]), None)
            if key == "service_code" and support is not None:
                self.goal_editor.show_support(goal_id, support, ("unit", "unit_price_cents"))
            else:
                self.role_map.set_plan(saved.view, True)  # its "missing from the role map" follows the providers
            return
        if isinstance(saved, PlanSaved) and "/" not in field:
            content = dict(view.content)
            content[field] = saved.value
            self._view = replace(view, content=content)
        self._refresh_timer.start()

    def _refresh(self) -> None:
        view = self._view
        if view is None or view.status != "draft":
            return
        context, plan_id = self._context, view.id
        context.run(lambda: context.workspace.plans.reread(plan_id), parent=self, on_success=self._adopt,
                    quiet=True, on_failure=lambda _error: None)

    def _on_role_map_plan_changed(self, view: PlanView) -> None:
        self._adopt(view)

    # -- goals and supports ----------------------------------------------------------------

    def _change_goals(self, work: Any, focus_goal: str | None = None, *, focus_new: bool = True) -> None:
        """Add or remove a goal or support: saved edits first, then the service, then show the result."""
        self.flush()
        self._context.run(work, parent=self, on_success=lambda view: self._on_goals_changed(view, focus_goal,
                                                                                             focus_new))

    def _on_goals_changed(self, view: PlanView, focus_goal: str | None, focus_new: bool) -> None:
        if self._view is None or view.id != self._view.id:
            return
        self._view = view
        with self.form.autosave.loading():
            self.goal_editor.set_goals(view.content.get("goals") or [])
        self.role_map.set_plan(view, True)
        self._adopt(view)
        if focus_new:
            self.goal_editor.focus_new(focus_goal)
        else:
            self.goal_editor.add_button.setFocus()

    def _on_goal_editor_add_goal_requested(self) -> None:
        plan_id = self.plan_id
        if plan_id is not None:
            self._change_goals(lambda: self._context.workspace.plans.add_goal(plan_id))

    def _on_goal_editor_remove_goal_requested(self, goal_id: str) -> None:
        plan_id, card = self.plan_id, self.goal_editor.card(goal_id)
        if plan_id is None or card is None:
            return
        words = card.words_edit.toPlainText().strip()
        if not prompts.confirm(self, self.tr("Remove goal"),
                               self.tr("Remove goal {number} and its supports from the plan?\n\n{words}").format(
                                   number=card.number, words=words).strip(),
                               yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        self._change_goals(lambda: self._context.workspace.plans.remove_goal(plan_id, goal_id), focus_new=False)

    def _on_goal_editor_add_support_requested(self, goal_id: str) -> None:
        plan_id = self.plan_id
        if plan_id is not None:
            self._change_goals(lambda: self._context.workspace.plans.add_support(plan_id, goal_id), goal_id)

    def _on_goal_editor_remove_support_requested(self, goal_id: str, support_id: str) -> None:
        plan_id = self.plan_id
        if plan_id is not None:
            self._change_goals(lambda: self._context.workspace.plans.remove_support(plan_id, goal_id, support_id),
                               focus_new=False)

    # -- filling from decision-making sessions ---------------------------------------------

    def _on_form_fill_requested(self) -> None:
        plan_id = self.plan_id
        if plan_id is None or self._view is None or self._view.status != "draft":
            return
        self.flush()
        self.form.fill_button.setEnabled(False)

        def filled(view: PlanView) -> None:
            self.form.fill_button.setEnabled(True)
            if self._view is None or view.id != self._view.id:
                return
            self._view = view
            self.form.autosave.show_values({key: view.content.get(key) for key in ("communication", "how_will_found")})
            self._update_states()

        self._context.run(lambda: self._context.workspace.plans.fill_from_sessions(plan_id), parent=self,
                          on_success=filled, on_invalid=lambda _error: self.form.set_sessions_available(0),
                          on_failure=lambda _error: self.form.fill_button.setEnabled(True))

    def _on_draft_notice_fill_from_assessment(self) -> None:
        plan_id = self.plan_id
        if plan_id is None or self._view is None or self._view.status != "draft":
            return
        self.flush()
        self.draft_notice.assessment_button.setEnabled(False)

        def filled(view: PlanView) -> None:
            self.draft_notice.assessment_button.setEnabled(True)
            if self._view is not None and view.id == self._view.id:
                self._show(view)  # many fields changed; the notice goes (the plan has its assessment)

        self._context.run(lambda: self._context.workspace.plans.fill_from_assessment(plan_id), parent=self,
                          on_success=filled, on_failure=lambda _e: self.draft_notice.assessment_button.setEnabled(True))

    # -- agreeing and new versions ---------------------------------------------------------

    def _on_agree_clicked(self) -> None:
        if self._view is None or self._view.status != "draft" or self._agreeing is not None:
            return
        self.flush()
        self._agreeing = "waiting"
        self._update_buttons()
        self._agree_when_saved()

    def _on_autosave_state_changed(self, _state: str) -> None:
        if self._agreeing == "waiting":
            self._agree_when_saved()

    def _agree_when_saved(self) -> None:
        if self.has_pending_saves():
            return  # called again when the saves are done
        if self.form.autosave.state in (SaveState.INVALID, SaveState.FAILED):
            self._done_agreeing()  # the field's own message says what to fix
            return
        assert self._view is not None
        self._agreeing = "checking"
        context, plan_id = self._context, self._view.id
        context.run(lambda: context.workspace.plans.reread(plan_id), parent=self, on_success=self._on_checked,
                    on_failure=lambda _error: self._done_agreeing())

    def _on_checked(self, view: PlanView) -> None:
        self._adopt(view)
        missing = missing_for_agreement(view.plan)
        if missing:
            self._done_agreeing()
            self._show_problems(missing)
            return
        self.problems_panel.hide()
        dialog = AgreePlanDialog(date.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda day: self._agree(dialog, day))
        dialog.rejected.connect(self._done_agreeing)
        dialog.open()

    def _agree(self, dialog: AgreePlanDialog, day: date) -> None:
        plan_id = self.plan_id
        self._agreeing = "sent"

        def agreed(view: PlanView) -> None:
            self._agreeing = None
            dialog.accept()
            self._show(view)
            self.plan_changed.emit(view)

        def refused(error: ValidationError) -> None:
            if all(issue.field == "agreed_on" for issue in error.issues):
                dialog.show_issues(error)
                return
            dialog.reject()
            self._show_problems(error.issues)

        self._context.run(lambda: self._context.workspace.plans.agree(plan_id, day), parent=self,
                          on_success=agreed, on_invalid=refused, on_failure=lambda _error: dialog.reject())

    def _done_agreeing(self) -> None:
        self._agreeing = None
        self._update_buttons()

    def _problem_items(self, issues: list[Issue]) -> list[tuple[str, str]]:
        content = self._view.content if self._view is not None else {}
        return [(issue.field, self.tr("{where}: {what}").format(where=field_title(issue.field, content),
                                                                what=issue_text(issue))) for issue in issues]

    def _show_problems(self, issues: list[Issue]) -> None:
        self.problems_panel.show_items(self._problem_items(issues), focus=True)

    def _on_new_version_clicked(self) -> None:
        if self._view is None or self._view.status != "agreed":
            return
        dialog = AmendAssessmentDialog(self, title=self.tr("New version of the plan"), explanation=self.tr(
            "An agreed plan is not changed. A new version starts as a copy of it, as a draft you edit with the "
            "client and agree again. The reason is kept with every change made in the new version."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda reason: self._new_version(dialog, reason))
        dialog.open()

    def _new_version(self, dialog: AmendAssessmentDialog, reason: str) -> None:
        plan_id = self.plan_id

        def made(draft: PlanView) -> None:
            dialog.accept()
            self._opening = draft.id
            self._show(draft)
            self.plan_changed.emit(draft)

        self._context.run(lambda: self._context.workspace.plans.new_version(plan_id, reason), parent=self,
                          on_success=made, on_invalid=dialog.show_issues, on_failure=lambda _error: dialog.reject())

    def _on_history_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        language = self._context.ui_language

        def show(changes: list[Any]) -> None:
            dialog = PlanHistoryDialog(changes, view.content, language, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self._context.run(lambda: self._context.workspace.plans.history(view.id), parent=self, on_success=show)

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()
