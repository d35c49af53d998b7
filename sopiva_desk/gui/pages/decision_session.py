"""A supported decision-making session (tuettu päätöksenteko, Disability Services Act 675/2023 §15).

The professional's page: the header names the client; the form autosaves every field; the
client view (F5) turns the options into cards the client sorts, and each move is saved at
once. Complete checks the rules and lists what is missing, each item leading to its field;
a completed session is locked and changed only by amending it with a reason.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from sopiva_desk.domain.decisions import missing_for_completion
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.client_view import ClientViewContent, ClientViewWindow, OptionCard
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.document_preview import documents_button
from sopiva_desk.gui.dialogs.session_history import SessionHistoryDialog, field_title
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.assessment_problems import MissingPanel
from sopiva_desk.gui.widgets.autosave import SaveState, SaveStateIndicator
from sopiva_desk.gui.widgets.decision_form import DecisionForm, role_labels
from sopiva_desk.gui.widgets.locking import LockedNotice
from sopiva_desk.gui.widgets.page_parts import build_record_header
from sopiva_desk.gui.widgets.people_editor import people_choices
from sopiva_desk.services.clients import ClientCircle
from sopiva_desk.services.decisions import FieldSaved, SessionView


class DecisionSessionPage(QWidget):
    """Signals:
        back_requested(): the user wants to go back (edits are saved first).
        session_opened(object): the ``SessionView`` now shown.
        session_changed(object): the session was completed or amended (its ``SessionView``).
    """

    back_requested = Signal()
    session_opened = Signal(object)
    session_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionSessionPage")
        self._context = context
        self._view: SessionView | None = None
        self._opening: uuid.UUID | None = None
        self._completing: str | None = None  # None, "waiting" (for saves) or "sent"
        self.client_window: ClientViewWindow | None = None

        self.form = DecisionForm(context, self._save_field, self._save_option_field, self)
        self.form.option_add_requested.connect(self._on_form_option_add_requested)
        self.form.option_remove_requested.connect(self._on_form_option_remove_requested)
        self.form.option_move_requested.connect(self._on_form_option_move_requested)
        self.form.wellbeing_view_requested.connect(self._on_form_wellbeing_view_requested)
        self.form.autosave.state_changed.connect(self._on_autosave_state_changed)
        self.form.autosave.field_saved.connect(self._on_autosave_field_saved)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_problems())
        self.locked_notice = LockedNotice(self)
        layout.addWidget(self.locked_notice)
        layout.addWidget(self.form, 1)
        for keys, slot in ((("Escape", "Alt+Left"), self._go_back),
                           (("Ctrl+Return", "Ctrl+Enter"), self._on_complete_clicked),
                           (("F5",), self._on_client_view_clicked)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._header.chain_tabs(self.problems_panel, self.locked_notice, self.form)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self.form.autosave, self)
        self.client_view_button = QPushButton(self.tr("Client view (F5)"), self, objectName="clientViewButton")
        self.client_view_button.setToolTip(self.tr("A full-screen view for the client: big text and pictures, "
                                                   "sorting the options"))
        self.client_view_button.clicked.connect(self._on_client_view_clicked)
        self.history_button = QPushButton(self.tr("History"), self, objectName="historyButton")
        self.history_button.clicked.connect(self._on_history_clicked)
        self.amend_button = QPushButton(self.tr("Amend…"), self, objectName="amendButton")
        self.amend_button.setToolTip(self.tr("Make a new version to change a completed session"))
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.complete_button = QPushButton(self.tr("Complete"), self, objectName="completeButton")
        self.complete_button.setToolTip(self.tr("Check what is required and lock the session (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self._on_complete_clicked)
        self.documents_button = documents_button(self, self._context, ("decision_record",),
                                                 lambda: self.session_id, self.flush)
        header = build_record_header(self, on_back=self._go_back, title_name="sessionTitle",
                                     status_name="sessionStatus", side=self.save_state,
                                     buttons=(self.client_view_button, self.documents_button, self.history_button,
                                              self.amend_button, self.complete_button))
        self.back_button, self.client_label, self.title_label = (header.back_button, header.client_label,
                                                                 header.title_label)
        self.status_label, self.reason_label = header.status_label, header.reason_label
        self.sync_label = header.sync_label
        self._header = header
        self.title_label.setText(self.tr("Supported decision-making"))
        return header.layout

    def _build_problems(self) -> MissingPanel:
        self.problems_panel = MissingPanel(
            self.tr("What to record before completing"), self, heading=self.tr("Before completing, record:"),
            done_text=self.tr("Everything needed is recorded. You can complete the session now (Ctrl+Enter)."))
        self.problems_heading = self.problems_panel.heading
        self.missing_list = self.problems_panel.list_view
        self._problems = self.problems_panel.model
        self.problems_panel.field_chosen.connect(self._on_missing_field_chosen)
        return self.problems_panel

    # -- public ----------------------------------------------------------------------------

    @property
    def view(self) -> SessionView | None:
        return self._view

    @property
    def session_id(self) -> uuid.UUID | None:
        return self._view.id if self._view is not None else None

    @property
    def client_name(self) -> str:
        return self.client_label.text()

    def open_session(self, session_id: uuid.UUID) -> None:
        """Load a session and its client's name in the background and show it."""
        self.flush()
        self._opening = session_id
        self._completing = None
        self.form.setEnabled(False)
        context = self._context

        language = context.ui_language

        def load() -> tuple[SessionView, ClientCircle, list[tuple[str, str]]]:
            workspace = context.workspace
            view = workspace.decisions.open(session_id)
            circle = workspace.clients.circle(view.client_id)  # the name, and close persons to pick
            choices = []
            for found in workspace.assessments.for_client(view.client_id):
                if found.status == "superseded":
                    continue
                template = workspace.templates.get(found.template_id, found.template_version)
                title = template.title.get(language) if template is not None else found.template_id
                choices.append((str(found.id), f"{format_date(found.created_at.astimezone().date())} · {title}"
                                               f" · v{found.version_no}"))
            return view, circle, choices

        self._context.run(load, parent=self, on_success=self._on_session_loaded, on_failure=self._on_open_failed)

    def flush(self) -> None:
        self.form.autosave.flush()

    def has_pending_saves(self) -> bool:
        return self.form.autosave.has_pending()

    def clear(self) -> None:
        """Empty every widget (the app locks, or another client opens). Call ``flush()`` first."""
        self.sync_label.clear()
        self.close_client_view()
        self._view = self._opening = None
        self.form.autosave.reset()
        self.form.show_content({})
        self.form.set_assessment_choices([])
        self.form.participants_editor.set_choices([])
        self.client_label.clear()
        self.status_label.clear()
        self.reason_label.clear()
        self.reason_label.hide()
        self.locked_notice.clear_lock()
        self.problems_panel.hide()
        self._problems.set_items([])
        self.setAccessibleName(self.tr("Decision-making session"))
        self.form.setEnabled(False)
        self._update_buttons()

    def close_client_view(self) -> None:
        """Close the client view without the leave gesture (the app locks or the page goes)."""
        if self.client_window is not None:
            self.client_window.clear()
            self.client_window.force_close()
            self.client_window.deleteLater()
            self.client_window = None

    # -- showing ---------------------------------------------------------------------------

    def _on_session_loaded(self, loaded: tuple[SessionView, ClientCircle, list[tuple[str, str]]]) -> None:
        view, circle, choices = loaded
        if view.id != self._opening:
            return  # another session was asked for meanwhile
        name = circle.client_name
        self.form.set_assessment_choices(choices)
        self.form.participants_editor.set_choices(people_choices(circle, role_labels=role_labels()))
        self._show(view)
        self.client_label.setText(name)
        self.setAccessibleName(self.tr("Decision-making session with {name}").format(name=name))
        self.form.verticalScrollBar().setValue(0)
        self.session_opened.emit(view)

    def _on_open_failed(self, _error: BaseException) -> None:
        self.clear()
        self.back_requested.emit()

    def _show(self, view: SessionView) -> None:
        self.sync_label.follow(self._context, "decision_session", view.id)
        self._view = view
        self.form.autosave.reset()
        self.form.show_content(view.content)
        with self.form.autosave.loading():
            self.form.show_assessment(view.assessment_id)
        self.form.set_read_only(view.status != "draft")
        if view.status == "draft":
            self.form.autosave.use_drafts("decision_session", view.id)
        self.form.setEnabled(True)
        started = format_date(view.created_at.astimezone().date())
        completed = format_date(view.completed_at.astimezone().date()) if view.completed_at else ""
        if view.status == "draft":
            status = self.tr("Draft, started {date}").format(date=started)
        else:
            status = (self.tr("Completed {date}").format(date=completed) if view.status == "completed"
                      else self.tr("Replaced by a newer version"))
        if view.version_no > 1:
            status = self.tr("{status} · version {version}").format(status=status, version=view.version_no)
        self.status_label.setText(status)
        self.reason_label.setText(self.tr("Reason for the amendment: {reason}").format(reason=view.amend_reason))
        self.reason_label.setVisible(bool(view.amend_reason))
        if view.status == "completed":
            self.locked_notice.show_locked(self.tr("completed on {date}").format(date=completed),
                                           self.tr("make a new version to change it: Amend…"))
        elif view.status == "superseded":
            self.locked_notice.show_locked(self.tr("a newer version replaces this one"),
                                           self.tr("it is kept as it was"))
        else:
            self.locked_notice.clear_lock()
        self._update_buttons()
        if self.client_window is not None:
            self.client_window.set_content(self._client_content())

    def _update_buttons(self) -> None:
        view = self._view
        draft = view is not None and view.status == "draft"
        self.complete_button.setVisible(view is None or draft)
        self.complete_button.setEnabled(draft and self._completing is None)
        self.amend_button.setVisible(view is not None and view.status == "completed")
        self.history_button.setEnabled(view is not None)
        self.client_view_button.setEnabled(draft)

    # -- saving ----------------------------------------------------------------------------

    def _save_field(self, key: str, value: Any) -> Any:
        session_id = self.session_id
        return lambda: self._context.workspace.decisions.set_field(session_id, key, value)

    def _save_option_field(self, option_id: str, key: str, value: Any) -> Any:
        session_id = self.session_id
        return lambda: self._context.workspace.decisions.set_option_field(session_id, option_id, key, value)

    def _on_autosave_field_saved(self, field: str, saved: object) -> None:
        self.sync_label.refresh()
        if self._view is None or not isinstance(saved, FieldSaved):
            return
        if field == "assessment_id":
            self._view = replace(self._view, assessment_id=saved.value)
            return
        content = dict(self._view.content)
        if field.startswith("options/"):
            _, option_id, key = field.split("/")
            content["options"] = [{**o, key: saved.value} if str(o.get("id")) == option_id else o
                                  for o in content.get("options") or []]
        else:
            content[field] = saved.value
        self._view = replace(self._view, content=content)
        self._refresh_problems()
        if self.client_window is not None and field.startswith("options/"):
            self.client_window.set_content(self._client_content())

    def _run_option_change(self, work: Any, *, added: bool = False) -> None:
        """Add, move or remove an option: saved edits first, then the service, then show the result."""
        self.flush()
        self._context.run(work, parent=self, on_success=lambda view: self._on_option_change_done(view, added))

    def _on_option_change_done(self, view: SessionView, added: bool) -> None:
        if self._view is not None and view.id == self._view.id:
            self._view = view
            with self.form.autosave.loading():
                self.form.options_editor.set_options(view.content.get("options") or [])
            self._refresh_problems()
            if added and self.form.options_editor.cards:
                self.form.focus_field(f"options/{self.form.options_editor.cards[-1].option_id}/title")
            if self.client_window is not None:
                self.client_window.set_content(self._client_content())

    def _on_form_option_add_requested(self) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._run_option_change(lambda: self._context.workspace.decisions.add_option(session_id), added=True)

    def _on_form_option_remove_requested(self, option_id: str) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._run_option_change(lambda: self._context.workspace.decisions.remove_option(session_id, option_id))

    def _on_form_option_move_requested(self, option_id: str, index: int) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._run_option_change(
                lambda: self._context.workspace.decisions.move_option(session_id, option_id, index))

    # -- the client view -------------------------------------------------------------------

    def _client_content(self) -> ClientViewContent:
        content = self._view.content if self._view is not None else {}
        options = [OptionCard(str(o["id"]), o.get("title") or "", o.get("plain") or "", o.get("pictogram"),
                              o.get("reaction")) for o in content.get("options") or [] if o.get("title")]
        return ClientViewContent(content.get("topic_plain") or "", options)

    def _on_client_view_clicked(self) -> None:
        self._open_client_view(wellbeing=False)

    def _on_form_wellbeing_view_requested(self) -> None:
        self._open_client_view(wellbeing=True)

    def _open_client_view(self, *, wellbeing: bool) -> None:
        if self._view is None or self._view.status != "draft":
            return
        self.flush()
        if self.client_window is None:
            window = ClientViewWindow(None)
            window.reaction_changed.connect(self._on_client_window_reaction_changed)
            window.wellbeing_chosen.connect(self._on_client_window_wellbeing_chosen)
            window.leave_requested.connect(self._on_client_window_leave_requested)
            self.client_window = window
        self.client_window.set_content(self._client_content())
        if wellbeing:
            self.client_window.show_wellbeing(self.form.wellbeing_combo.currentData())
        else:
            self.client_window.show_sorting()
        self.client_window.present()

    def _on_client_window_reaction_changed(self, option_id: str, reaction: object) -> None:
        card = self.form.options_editor.card(option_id)
        if card is None:
            return
        card.show_value("reaction", reaction)
        self.form.autosave.binding(f"options/{option_id}/reaction").edited()
        self._note_client_sorted()

    def _note_client_sorted(self) -> None:
        """The client sorted a card: tick "sorting" among the communication methods, once.

        The session keeps the mark ``client_sorted``, so a counsellor who then unticks the method
        (it was not really used) is not overruled by the next card the client moves, in this or a
        later sitting. Both go through the autosave, with a history row each.
        """
        if self._view is None or self._view.status != "draft" or self._view.content.get("client_sorted"):
            return
        self._view = replace(self._view, content={**self._view.content, "client_sorted": True})
        autosave = self.form.autosave
        autosave.save_value("client_sorted", True, self._save_field)
        box = self.form.method_boxes["three_point_sorting"]
        if not box.isChecked():
            box.setChecked(True)
            autosave.binding("methods").edited()

    def _on_client_window_wellbeing_chosen(self, value: int) -> None:
        combo = self.form.wellbeing_combo
        combo.setCurrentIndex(max(combo.findData(value), 0))
        self.form.autosave.binding("wellbeing").edited()

    def _on_client_window_leave_requested(self) -> None:
        self.close_client_view()
        self.window().activateWindow()
        self.form.setFocus()

    # -- completing and amending -----------------------------------------------------------

    def _on_complete_clicked(self) -> None:
        if self._view is None or self._view.status != "draft" or self._completing is not None:
            return
        self.flush()
        self._completing = "waiting"
        self._update_buttons()
        self._complete_when_saved()

    def _on_autosave_state_changed(self, _state: str) -> None:
        if self._completing == "waiting":
            self._complete_when_saved()

    def _complete_when_saved(self) -> None:
        autosave = self.form.autosave
        if autosave.has_pending():
            return  # called again when the saves are done
        if autosave.state in (SaveState.INVALID, SaveState.FAILED):
            self._completing = None  # the field's own message says what to fix
            self._update_buttons()
            return
        self._completing = "sent"
        session_id = self.session_id
        self._context.run(lambda: self._context.workspace.decisions.complete(session_id), parent=self,
                          on_success=self._on_completed, on_invalid=self._on_complete_invalid,
                          on_failure=lambda _error: self._done_completing())

    def _done_completing(self) -> None:
        self._completing = None
        self._update_buttons()

    def _on_completed(self, view: SessionView) -> None:
        self._completing = None
        self.problems_panel.hide()
        self._show(view)
        self.session_changed.emit(view)

    def _on_complete_invalid(self, error: ValidationError) -> None:
        self._done_completing()
        self._show_problems(error.issues)

    def _problem_items(self, issues: list[Issue]) -> list[tuple[str, str]]:
        numbers = {str(o.get("id")): n for n, o in enumerate((self._view.content if self._view else {})
                                                              .get("options") or [], start=1)}
        return [(issue.field, self.tr("{where}: {what}").format(
            where=field_title(issue.field, numbers), what=issue_text(issue))) for issue in issues]

    def _show_problems(self, issues: list[Issue]) -> None:
        self.problems_panel.show_items(self._problem_items(issues), focus=True)

    def _refresh_problems(self) -> None:
        """While the list is shown it follows the saved content: a filled field drops off it."""
        if self._view is not None and self._view.status == "draft":
            self.problems_panel.refresh(self._problem_items(missing_for_completion(self._view.content)))

    def _on_missing_field_chosen(self, key: str) -> None:
        self.form.focus_field(key)

    def _on_amend_clicked(self) -> None:
        if self._view is None or self._view.status != "completed":
            return
        dialog = AmendAssessmentDialog(self, title=self.tr("Amend the session"), explanation=self.tr(
            "A completed session is not changed. Amending makes a new version with the same content, as a draft "
            "you can edit and complete again. The reason is kept with every change made in the new version."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda reason: self._amend(dialog, reason))
        dialog.open()

    def _amend(self, dialog: AmendAssessmentDialog, reason: str) -> None:
        session_id = self.session_id

        def amended(draft: SessionView) -> None:
            dialog.accept()
            self._opening = draft.id
            self._show(draft)
            self.session_changed.emit(draft)

        self._context.run(lambda: self._context.workspace.decisions.amend(session_id, reason), parent=self,
                          on_success=amended, on_invalid=dialog.show_issues,
                          on_failure=lambda _error: dialog.reject())

    def _on_history_clicked(self) -> None:
        view = self._view
        if view is None:
            return

        def show(changes: list[Any]) -> None:
            dialog = SessionHistoryDialog(changes, view.content.get("options") or [], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self._context.run(lambda: self._context.workspace.decisions.history(view.id), parent=self, on_success=show)

    def _go_back(self) -> None:
        self.flush()
        self.close_client_view()
        self.back_requested.emit()
