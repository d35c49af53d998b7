"""The visit page: a focused view of one ongoing visit with a client.

Who took part, who was absent, the place and the notes autosave as they are typed. Beside
them, the "What we do today" panel (``visit_work.VisitWorkPanel``) starts and lists the
visit's assessments and decision-making sessions and leads to the client plan; the page
forwards its signals. "End visit" sends what is still waiting, ends the visit in the store and
shows what was recorded, what is still a draft and what waits for sync.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.visits import VisitWay
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.models.assessment_list_model import format_date_time, format_span
from sopiva_desk.gui.pages.visit_work import HINT_STYLE, VisitWorkPanel, template_titles
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveState, SaveStateIndicator
from sopiva_desk.gui.widgets.page_parts import VerticalScrollArea, add_back_shortcuts, bold_label, build_page_header
from sopiva_desk.gui.widgets.people_editor import PeopleEditor, people_choices
from sopiva_desk.services.assessments import VisitSummary, VisitView
from sopiva_desk.services.clients import ClientCircle
from sopiva_desk.services.errors import RecordGoneError

VISIT_FIELDS = ("way", "place", "participants", "absent", "notes")


def _heading(text: str, parent: QWidget, name: str) -> QLabel:
    return bold_label(text, parent, name, scale=1.1)


class VisitPage(QWidget):
    """One visit, edited in place with autosave.

    Signals:
        visit_opened(object): the visit's UUID, once it is shown.
        visit_ended(object): the ``VisitSummary`` after the visit was ended in the store.
        back_requested(): the user wants the client file (pending edits are already sent).
        open_assessment_requested(object): the UUID of one of this visit's assessments to open.
        new_assessment_started(object): the UUID of an assessment just started in this visit.
        open_session_requested(object): the UUID of one of this visit's decision-making sessions to open.
        new_session_started(object): the UUID of a decision-making session just started in this visit.
        open_plan_requested(object): the UUID of the client's plan to work on (a draft just started, maybe).

    The last five come from ``work``, the "What we do today" panel.
    """

    visit_opened = Signal(object)
    visit_ended = Signal(object)
    back_requested = Signal()
    open_assessment_requested = Signal(object)
    new_assessment_started = Signal(object)
    open_session_requested = Signal(object)
    new_session_started = Signal(object)
    open_plan_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPage")
        self._context = context
        self._visit: VisitView | None = None
        self._client_id: uuid.UUID | None = None
        self._client_name = ""
        self._opening: uuid.UUID | None = None
        self._ending = False
        self.summary_dialog: VisitSummaryDialog | None = None
        self._autosave = AutosaveController(context, self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.body = QWidget(self, objectName="visitBody")
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 4, 0, 0)
        columns.setSpacing(16)
        columns.addWidget(self._build_record_column(), 1)
        columns.addLayout(self._build_today_column(), 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._build_footer())

        self._autosave.field_saved.connect(self._on_autosave_field_saved)
        self._autosave.field_invalid.connect(self._on_autosave_field_invalid)
        add_back_shortcuts(self, self._go_back)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self._autosave, self)
        header, self.name_label, self.visit_label = build_page_header(
            self, back_text=self.tr("← Client file"),
            back_tip=self.tr("Back to the client file; the visit stays open (Alt+Left or Esc)"),
            on_back=self._go_back, title_name="clientName", subline_name="visitLine", side=self.save_state)
        return header

    def _build_record_column(self) -> QScrollArea:
        """Way and place, who took part and who was absent (scrolls when the lists grow)."""
        scroll = VerticalScrollArea(self.body, objectName="recordScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        column = QWidget(scroll, objectName="recordColumn")
        save, autosave = self._save_visit_field, self._autosave

        way_caption = QLabel(self.tr("&Way"), column, objectName="wayLabel")
        self.way_combo = QComboBox(column, objectName="wayCombo")
        for way in VisitWay:
            self.way_combo.addItem(way_label(way.value), way.value)
        self.way_combo.setAccessibleName(self.tr("Way of meeting"))
        way_caption.setBuddy(self.way_combo)
        place_caption = QLabel(self.tr("&Place"), column, objectName="placeLabel")
        self.place_edit = self._line_edit(column, "placeEdit", self.tr("Place"),
                                          self.tr("e.g. Client's home"))
        place_caption.setBuddy(self.place_edit)
        way_error = QLabel(column, objectName="wayError")
        place_error = QLabel(column, objectName="placeError")
        details = QGridLayout()
        details.setHorizontalSpacing(10)
        details.setVerticalSpacing(4)
        details.addWidget(way_caption, 0, 0)
        details.addWidget(self.way_combo, 0, 1)
        details.addWidget(place_caption, 0, 2)
        details.addWidget(self.place_edit, 0, 3)
        details.addWidget(way_error, 1, 1)
        details.addWidget(place_error, 1, 3)
        details.setColumnStretch(3, 1)
        autosave.bind_combo(self.way_combo, "way", save, error_label=way_error)
        autosave.bind_line_edit(self.place_edit, "place", save, error_label=place_error)

        self.participants_editor = PeopleEditor(
            self.tr("Who took part"), self.tr("Add parti&cipant"), field="participants",
            empty_text=self.tr("Add who took part: the client, and e.g. a relative, an interpreter or a "
                               "support person."), parent=column)
        self.absent_editor = PeopleEditor(
            self.tr("Who was absent"), self.tr("Add a&bsent person"), field="absent", with_reason=True,
            empty_text=self.tr("Someone who was invited or expected but did not take part."), parent=column)
        for editor in (self.participants_editor, self.absent_editor):
            binding = autosave.bind(editor.field, editor.values, save, error_label=editor.error_label,
                                    show=editor.set_values, debounce=True)
            editor.edited.connect(lambda _rows, b=binding: b.edited())
            editor.editing_finished.connect(binding.commit)

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(_heading(self.tr("Visit"), column, "detailsHeading"))
        layout.addLayout(details)
        layout.addSpacing(12)
        layout.addWidget(_heading(self.tr("Who took part"), column, "participantsHeading"))
        layout.addWidget(self.participants_editor)
        layout.addSpacing(12)
        layout.addWidget(_heading(self.tr("Who was absent"), column, "absentHeading"))
        layout.addWidget(self.absent_editor)
        layout.addStretch(1)
        scroll.setWidget(column)
        return scroll

    @staticmethod
    def _line_edit(parent: QWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(parent, objectName=name, placeholderText=placeholder)
        edit.setAccessibleName(accessible)
        return edit

    def _build_today_column(self) -> QVBoxLayout:
        """"What we do today" (assessments, decision-making sessions and the plan of this visit) and the notes."""
        self.work = work = VisitWorkPanel(self._context, self.body)
        work.open_assessment_requested.connect(self.open_assessment_requested)
        work.new_assessment_started.connect(self.new_assessment_started)
        work.open_session_requested.connect(self.open_session_requested)
        work.new_session_started.connect(self.new_session_started)
        work.open_plan_requested.connect(self.open_plan_requested)

        notes_caption = _heading(self.tr("&Notes"), self.body, "notesLabel")
        self.notes_edit = QPlainTextEdit(self.body, objectName="notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("What was discussed, what was agreed, what happens next."))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(140)
        notes_caption.setBuddy(self.notes_edit)
        notes_error = QLabel(self.body, objectName="notesError")
        self._autosave.bind_plain_text(self.notes_edit, "notes", self._save_visit_field, error_label=notes_error)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.work)
        column.addSpacing(8)
        column.addWidget(notes_caption)
        column.addWidget(self.notes_edit, 1)
        column.addWidget(notes_error)
        return column

    def _build_footer(self) -> QWidget:
        footer = QWidget(self, objectName="visitFooter")
        self.end_hint = QLabel(self.tr("Ending the visit saves everything and shows a summary."), footer,
                               objectName="endHint", wordWrap=True)
        self.end_hint.setStyleSheet(HINT_STYLE)
        self.end_button = QPushButton(self.tr("&End visit"), footer, objectName="endVisitButton")
        self.end_button.setToolTip(self.tr("End the visit and see what was recorded"))
        self.end_button.setMinimumWidth(140)
        font = self.end_button.font()
        font.setBold(True)
        self.end_button.setFont(font)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.end_hint, 1)
        row.addWidget(self.end_button)
        return footer

    # -- public ----------------------------------------------------------------------------

    @property
    def visit(self) -> VisitView | None:
        return self._visit

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def open_visit(self, visit: VisitView | uuid.UUID, client_id: uuid.UUID, client_name: str) -> None:
        """Show a visit: a ``VisitView`` at once, or a visit id read from the store in the background."""
        self.flush()
        self._client_id, self._client_name = client_id, client_name
        if isinstance(visit, VisitView):
            self._opening = visit.id
            self._show_visit(visit)
            return
        visit_id = self._opening = visit
        self.body.setEnabled(False)
        context = self._context

        def read() -> VisitView:
            found = next((v for v in context.workspace.visits.visits_for_client(client_id) if v.id == visit_id),
                         None)
            if found is None:
                raise RecordGoneError()
            return found

        context.run(read, parent=self, on_success=self._show_visit, on_failure=self._on_open_failed)

    def refresh_assessments(self) -> None:
        """Re-read this visit's assessments and decision-making sessions (e.g. after one was completed
        elsewhere)."""
        self.work.refresh()

    def flush(self) -> None:
        """Send every edit still waiting for its debounce now."""
        self._autosave.flush()

    def has_pending_saves(self) -> bool:
        return self._autosave.has_pending()

    def clear(self) -> None:
        """Empty every widget (the app locks). Call ``flush()`` first: unsent edits are dropped."""
        self._visit = self._client_id = self._opening = None
        self._client_name = ""
        self._ending = False
        self._autosave.reset()
        self._autosave.show_values({"way": None, "place": "", "participants": [], "absent": [], "notes": ""})
        self.way_combo.setCurrentIndex(-1)
        self._set_circle(None)
        self.participants_editor.show_issues([])
        self.absent_editor.show_issues([])
        self.work.clear()
        self.name_label.clear()
        self.visit_label.clear()
        self.body.setEnabled(False)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def _show_visit(self, visit: VisitView) -> None:
        if visit.id != self._opening:
            return  # another visit was asked for meanwhile
        self._autosave.reset()
        self._visit = visit
        self._ending = False
        self._autosave.show_values({
            "way": visit.way, "place": visit.place, "participants": list(visit.participants),
            "absent": list(visit.absent), "notes": visit.notes,
        })
        if visit.status == "open":
            self._autosave.use_drafts("visit", visit.id)
        self.name_label.setText(self._client_name)
        self._update_visit_line()
        self.work.show_visit(visit)
        self.body.setEnabled(True)
        self._update_buttons()
        self._load_circle(visit.client_id)
        self.visit_opened.emit(visit.id)

    def _load_circle(self, client_id: uuid.UUID) -> None:
        """The client and close persons, to pick who took part or was absent instead of typing them."""
        context = self._context

        def show(circle: ClientCircle) -> None:
            if self._visit is not None and self._visit.client_id == client_id:
                self._set_circle(circle)

        context.run(lambda: context.workspace.clients.circle(client_id), parent=self, on_success=show)

    def _set_circle(self, circle: ClientCircle | None) -> None:
        self.participants_editor.set_choices(people_choices(circle, client_relation=self.tr("client")))
        self.absent_editor.set_choices(people_choices(circle, extra={"reason": ""}), self.tr("Add a close person"))

    def _on_open_failed(self, _error: BaseException) -> None:
        self.clear()  # the error itself is shown by AppContext.run
        self.back_requested.emit()

    def _update_visit_line(self) -> None:
        visit = self._visit
        if visit is None:
            self.visit_label.clear()
            return
        if visit.status == "ended":
            text = self.tr("Visit · {way} · {span} · ended").format(
                way=way_label(visit.way), span=format_span(visit.starts_at, visit.ends_at))
        else:
            text = self.tr("Visit · {way} · started {time}").format(
                way=way_label(visit.way), time=format_date_time(visit.starts_at))
        self.visit_label.setText(text)
        self.setAccessibleName(self.tr("Visit with {name}").format(name=self._client_name))

    def _update_buttons(self) -> None:
        ended = self._visit is not None and self._visit.status == "ended"
        self.end_button.setEnabled(self._visit is not None and not ended and not self._ending)
        self.end_hint.setText(self.tr("This visit has ended. Changes are still saved.") if ended
                              else self.tr("Ending the visit saves everything and shows a summary."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_assessments()  # statuses may have changed in the assessment form

    # -- saving ----------------------------------------------------------------------------

    def _save_visit_field(self, field: str, value: Any) -> Any:
        visit_id = self._visit.id if self._visit is not None else None
        return lambda: self._context.workspace.visits.update_visit_field(visit_id, field, value)

    def _on_autosave_field_saved(self, field: str, saved: Any) -> None:
        if isinstance(saved, VisitView) and self._visit is not None and saved.id == self._visit.id:
            self._visit = saved
            self._update_visit_line()
            self.work.set_visit(saved)
        if field in ("participants", "absent"):
            self._editor(field).show_issues([])

    def _on_autosave_field_invalid(self, field: str, error: Any) -> None:
        if field in ("participants", "absent"):
            self._editor(field).show_issues(error.issues)

    def _editor(self, field: str) -> PeopleEditor:
        return self.participants_editor if field == "participants" else self.absent_editor

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()

    # -- ending ----------------------------------------------------------------------------

    def _on_end_button_clicked(self) -> None:
        visit = self._visit
        if visit is None or self._ending:
            return
        self._ending = True
        self._update_buttons()
        self.flush()
        # Queued behind the saves on the store lane, so its answer comes after theirs.
        self._context.run(lambda: None, parent=self, on_success=lambda _none: self._end_after_saves(visit.id),
                          on_failure=lambda _error: self._stop_ending())

    def _end_after_saves(self, visit_id: uuid.UUID) -> None:
        if self._visit is None or self._visit.id != visit_id:
            return
        if self._autosave.state in (SaveState.INVALID, SaveState.FAILED) and not prompts.confirm(
                self, self.tr("End visit"),
                self.tr("Some of what you typed is not saved: {reason}\n\nIf you end the visit now, that text "
                        "is lost. End the visit anyway?").format(reason=self.save_state.text()),
                yes=self.tr("End visit"), no=self.tr("Keep editing")):
            self._stop_ending()
            return
        context, language = self._context, self._context.ui_language

        def end() -> tuple[VisitSummary, dict[tuple[str, int], str]]:
            summary = context.workspace.visits.end_visit(visit_id)
            return summary, template_titles(context.workspace.templates, [*summary.completed, *summary.drafts],
                                            language)

        context.run(end, parent=self, on_success=self._on_ended, on_failure=lambda _error: self._stop_ending())

    def _stop_ending(self) -> None:
        self._ending = False
        self._update_buttons()

    def _on_ended(self, result: tuple[VisitSummary, dict[tuple[str, int], str]]) -> None:
        summary, titles = result
        self._ending = False
        if self._visit is not None and self._visit.id == summary.visit.id:
            self._visit = summary.visit
            self._update_visit_line()
            self._update_buttons()
            self.work.set_visit(summary.visit)
        dialog = VisitSummaryDialog(summary, titles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_summary_finished)
        self.summary_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        self.visit_ended.emit(summary)

    def _on_summary_finished(self, _result: int) -> None:
        self.summary_dialog = None
