"""Planning a visit ahead, and what can be done with a planned visit: move it, start it on
arrival, or cancel it with a reason (the visit is kept, marked cancelled).

The place of a home visit defaults to the client's address until the counsellor types another.
Everything goes through ``VisitService`` in the background; refusals are shown next to the field
and what was typed stays.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.visits import VisitWay
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.start_visit import ask_about_open_visit, way_label
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.models.record_list_model import format_time
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, INVALID_PROPERTY
from sopiva_desk.gui.widgets.feedback import announce, error_label, keep_room_for_messages
from sopiva_desk.services.assessments import VisitAlreadyOpen, VisitView

_INVALID_STYLE = f'*[{INVALID_PROPERTY}="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'
_HINT_STYLE = "color: #555b61;"  # 6.6:1 on the window colour
FIELDS = ("day", "time", "way", "place", "notes")



class PlanVisitDialog(QDialog):
    """Plans a new visit (``visit`` is ``None``) or shows a planned one to move, start or cancel.

    When the dialog closes, ``result_visit`` is the visit as stored after what was done, and
    ``action`` says what that was: ``"planned"``, ``"saved"``, ``"started"`` or ``"cancelled"``
    (``""`` when nothing was done).

    Signals:
        visit_started(object): the ``VisitView`` of the visit just started (now the open visit).
    """

    visit_started = Signal(object)

    def __init__(self, context: AppContext, client_id: uuid.UUID, client_name: str, home_address: str = "",
                 visit: VisitView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planVisitDialog")
        self._context = context
        self._client_id = client_id
        self._visit = visit
        self._home_address = home_address
        self._client_name = client_name
        self._busy = False
        self.result_visit: VisitView | None = None
        self.action = ""
        new = visit is None
        self.setWindowTitle(self.tr("Plan a visit") if new else self.tr("Planned visit"))

        intro_text = (self.tr("Plan a visit with {name}. You can start it when you arrive, move it or cancel it.")
                      if new else self.tr("A visit with {name} that has not started yet."))
        intro = QLabel(intro_text.format(name=client_name), self, objectName="planVisitIntro", wordWrap=True)

        self.day_edit = QLineEdit(self, objectName="dayEdit", placeholderText=date_placeholder())
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.time_edit = QLineEdit(self, objectName="timeEdit", placeholderText=self.tr("e.g. 9.30"))
        self.time_edit.setAccessibleName(self.tr("Time"))
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 24
        self.day_edit.setMaximumWidth(width * 2)
        self.time_edit.setMaximumWidth(width)
        day_caption = QLabel(self.tr("&Day"), self)
        day_caption.setBuddy(self.day_edit)
        time_caption = QLabel(self.tr("&Time"), self)
        time_caption.setBuddy(self.time_edit)
        self.errors: dict[str, QLabel] = {field: error_label(self, f"{field}Error") for field in FIELDS}

        self.way_box = QGroupBox(self.tr("How do you meet?"), self, objectName="wayGroup")
        way_layout = QGridLayout(self.way_box)
        self.way_group = QButtonGroup(self)
        self.way_buttons: dict[str, QRadioButton] = {}
        for index, way in enumerate(VisitWay):
            button = QRadioButton(way_label(way.value), self.way_box, objectName=f"way_{way.value}")
            self.way_group.addButton(button)
            way_layout.addWidget(button, index // 2, index % 2)
            self.way_buttons[way.value] = button
        way_layout.addWidget(self.errors["way"], 2, 0, 1, 2)

        place_caption = QLabel(self.tr("&Place"), self)
        self.place_edit = QLineEdit(self, objectName="placeEdit",
                                    placeholderText=self.tr("e.g. Client's home, Juva health centre"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        place_caption.setBuddy(self.place_edit)
        self.place_hint = QLabel(self, objectName="placeHint", wordWrap=True)
        self.place_hint.setStyleSheet(_HINT_STYLE)
        notes_caption = QLabel(self.tr("&Note"), self)
        self.notes_edit = QPlainTextEdit(self, objectName="planNotesEdit")
        self.notes_edit.setAccessibleName(self.tr("Note"))
        self.notes_edit.setPlaceholderText(self.tr("e.g. Bring the picture cards. The note starts the visit's notes."))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        notes_caption.setBuddy(self.notes_edit)
        for edit in (self.day_edit, self.time_edit, self.place_edit, self.notes_edit):
            edit.setStyleSheet(_INVALID_STYLE)
        self.form_error = error_label(self, "planVisitError")

        self.buttons = QDialogButtonBox(self)
        self.start_button: QPushButton | None = None
        self.cancel_visit_button: QPushButton | None = None
        if new:
            self.save_button = self.buttons.addButton(self.tr("Plan v&isit"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.start_button = QPushButton(self.tr("&Start visit now"), self, objectName="startPlannedButton")
            self.start_button.setToolTip(self.tr("You have arrived: the visit starts now and opens"))
            font = self.start_button.font()
            font.setBold(True)
            self.start_button.setFont(font)
            self.start_button.clicked.connect(self._on_start_clicked)
            self.cancel_visit_button = QPushButton(self.tr("&Cancel the visit…"), self,
                                                   objectName="cancelVisitButton")
            self.cancel_visit_button.setToolTip(self.tr("The visit will not happen: record why. It stays listed."))
            self.cancel_visit_button.clicked.connect(self._on_cancel_visit_clicked)
            self.save_button = self.buttons.addButton(self.tr("Sa&ve changes"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setObjectName("planVisitSaveButton")
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        when = QGridLayout()
        when.setHorizontalSpacing(10)
        when.addWidget(day_caption, 0, 0)
        when.addWidget(self.day_edit, 0, 1)
        when.addWidget(time_caption, 0, 2)
        when.addWidget(self.time_edit, 0, 3)
        when.setColumnStretch(4, 1)
        when.addWidget(self.errors["day"], 1, 1)
        when.addWidget(self.errors["time"], 1, 3, 1, 2)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(when)
        layout.addWidget(self.way_box)
        layout.addWidget(place_caption)
        layout.addWidget(self.place_edit)
        layout.addWidget(self.place_hint)
        layout.addWidget(self.errors["place"])
        layout.addWidget(notes_caption)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.errors["notes"])
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        if self.start_button is not None and self.cancel_visit_button is not None:
            actions = QHBoxLayout()
            actions.addWidget(self.start_button)
            actions.addWidget(self.cancel_visit_button)
            actions.addStretch(1)
            layout.addSpacing(4)
            layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)
        # Messages show under their fields without squeezing the fields or moving the buttons.
        keep_room_for_messages(self, {
            self.errors["day"]: message("date.no_such_day", {"text": "31.2.2027", "month": 2, "days": 28}),
            self.errors["time"]: message("time.format"),
            self.errors["way"]: message("field.required"),
            self.errors["place"]: message("field.too_long", {"max": 200}),
            self.errors["notes"]: message("field.too_long", {"max": 20000}),
        })

        self._place_is_default = False
        self.place_edit.textEdited.connect(self._on_place_edited)
        self.way_group.buttonClicked.connect(self._on_way_clicked)
        self.day_edit.textEdited.connect(lambda _t: self._show_issues("day", []))
        self.time_edit.textEdited.connect(lambda _t: self._show_issues("time", []))
        self.notes_edit.textChanged.connect(lambda: self._show_issues("notes", []))
        self._fill(visit)

    # -- values ----------------------------------------------------------------------------

    def _fill(self, visit: VisitView | None) -> None:
        if visit is None:
            self.day_edit.setText(format_date(date.today() + timedelta(days=1)))
            self.set_way(VisitWay.HOME_VISIT.value)
            self.time_edit.setFocus()
            return
        at = visit.starts_at.astimezone()
        self.day_edit.setText(format_date(at.date()))
        self.time_edit.setText(format_time(visit.starts_at))
        if visit.way in self.way_buttons:
            self.way_buttons[visit.way].setChecked(True)
        self.place_edit.setText(visit.place)
        self.notes_edit.setPlainText(visit.notes)
        self._place_is_default = bool(visit.place) and visit.place == self._home_address
        self._show_place_hint()
        if self.start_button is not None:
            self.start_button.setFocus()

    def way(self) -> str:
        return next((way for way, button in self.way_buttons.items() if button.isChecked()),
                    VisitWay.HOME_VISIT.value)

    def set_way(self, way: str) -> None:
        """Choose a way; the place follows it while it is the default (the client's address for a home visit)."""
        self.way_buttons[way].setChecked(True)
        self._on_way_clicked()

    def values(self) -> dict[str, Any]:
        return {"day": parse_date(self.day_edit.text()), "time": self.time_edit.text(), "way": self.way(),
                "place": self.place_edit.text(), "notes": self.notes_edit.toPlainText()}

    def _on_way_clicked(self, *_: object) -> None:
        self._show_issues("way", [])
        if self._place_is_default or not self.place_edit.text().strip():
            home = self.way() == VisitWay.HOME_VISIT.value and bool(self._home_address)
            self.place_edit.setText(self._home_address if home else "")
            self._place_is_default = home
        self._show_place_hint()

    def _on_place_edited(self, _text: str) -> None:
        self._place_is_default = False
        self._show_issues("place", [])
        self._show_place_hint()

    def _show_place_hint(self) -> None:
        self.place_hint.setText(self.tr("The client's address, from the client file.") if self._place_is_default
                                else "")
        self.place_hint.setVisible(self._place_is_default)

    # -- actions ---------------------------------------------------------------------------

    def _run(self, work: Any, action: str) -> None:
        if self._busy:
            return
        for field in FIELDS:
            self._show_issues(field, [])
        self.form_error.hide()
        self._set_busy(True)
        self._context.run(work, parent=self, on_success=lambda visit: self._on_done(visit, action),
                          on_invalid=self._on_invalid, on_failure=lambda _error: self._set_busy(False))

    def _on_save_clicked(self) -> None:
        context, values = self._context, self.values()
        if self._visit is None:
            client_id = self._client_id
            self._run(lambda: context.workspace.visits.plan_visit(client_id, **_service_values(values)), "planned")
            return
        visit_id = self._visit.id
        self._run(lambda: context.workspace.visits.replan_visit(visit_id, **_service_values(values)), "saved")

    def _on_start_clicked(self, *, another: bool = False) -> None:
        """Start now, with the way, place and note as they are in the dialog (a changed day or
        time does not matter any more: the visit starts now, and its planned time is kept)."""
        if self._visit is None:
            return
        context, visit_id, values = self._context, self._visit.id, self.values()
        changed = {field: values[field] for field in ("way", "place", "notes")
                   if values[field] != getattr(self._visit, field)}
        self._run(lambda: context.workspace.visits.start_planned_visit(visit_id, **changed, another=another),
                  "started")

    def _on_cancel_visit_clicked(self) -> None:
        if self._visit is None or self._busy:
            return
        dialog = CancelVisitDialog(self)
        context, visit_id = self._context, self._visit.id

        def submit(reason: str) -> None:
            context.run(lambda: context.workspace.visits.cancel_visit(visit_id, reason), parent=dialog,
                        on_success=lambda visit: (dialog.accept(), self._on_done(visit, "cancelled")),
                        on_invalid=dialog.show_issues, on_failure=lambda _error: dialog.set_busy(False))

        dialog.submitted.connect(submit)
        dialog.open()
        self.cancel_dialog = dialog

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.start_button, self.cancel_visit_button):
            if button is not None:
                button.setEnabled(not busy)

    def _on_done(self, visit: VisitView, action: str) -> None:
        self._set_busy(False)
        self.result_visit, self.action = visit, action
        if action == "started":
            self.visit_started.emit(visit)
        self.accept()

    def _on_invalid(self, error: ValidationError) -> None:
        self._set_busy(False)
        if isinstance(error, VisitAlreadyOpen):  # another visit of this client is still open
            choice = ask_about_open_visit(self, error.visit, self._client_name)
            if choice == 0:
                self._on_done(error.visit, "started")  # the open one is continued
            elif choice == 1:
                self._on_start_clicked(another=True)
            return
        by_field: dict[str, list[Issue]] = {}
        for issue in error.issues:
            by_field.setdefault(issue.field if issue.field in FIELDS else "", []).append(issue)
        for field in FIELDS:
            self._show_issues(field, by_field.get(field, []))
        other = by_field.get("", [])
        self.form_error.setText("\n".join(issue_text(i) for i in other))
        self.form_error.setVisible(bool(other))
        first = next((field for field in FIELDS if field in by_field), None)
        widgets = {"day": self.day_edit, "time": self.time_edit, "place": self.place_edit, "notes": self.notes_edit}
        if first in widgets:
            widgets[first].setFocus()
        elif first == "way":
            self.way_buttons[self.way()].setFocus()
        announce(self, "\n".join(issue_text(i) for i in error.issues))

    def _show_issues(self, field: str, issues: list[Issue]) -> None:
        text = "\n".join(issue_text(i) for i in issues)
        label = self.errors[field]
        label.setText(text)
        label.setVisible(bool(text))
        widget: QWidget = {"day": self.day_edit, "time": self.time_edit, "place": self.place_edit,
                           "notes": self.notes_edit}.get(field, self.way_box)
        if widget is not self.way_box and bool(widget.property(INVALID_PROPERTY)) != bool(text):
            widget.setProperty(INVALID_PROPERTY, bool(text))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        widget.setAccessibleDescription(text)


def _service_values(values: dict[str, Any]) -> dict[str, Any]:
    """The dialog's values as ``plan_visit`` / ``replan_visit`` take them; a day that is not
    d.m.yyyy goes as typed, so the service can say what is wrong with it."""
    return {"day": values["day"] if values["day"] is not None else "", "at": values["time"],
            "way": values["way"], "place": values["place"], "notes": values["notes"]}


class CancelVisitDialog(QDialog):
    """Why the planned visit will not happen (required); stays open until the visit is cancelled.

    Signals:
        submitted(str): the reason.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelVisitDialog")
        self.setWindowTitle(self.tr("Cancel the visit"))
        explanation = QLabel(self.tr("The visit is kept in the client's list, marked cancelled, with the reason. "
                                     "Nothing is deleted."), self, wordWrap=True)
        caption = QLabel(self.tr("&Reason"), self)
        self.reason_edit = QPlainTextEdit(self, objectName="cancelReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason for cancelling (required)"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. The client is ill; a new time is agreed by phone."))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        caption.setBuddy(self.reason_edit)
        self.error = error_label(self, "cancel_reasonError")
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(self.tr("Cancel the visit"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmCancelButton")
        self.buttons.addButton(self.tr("Keep the visit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 56)
        self._busy = False
        self._update()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def show_issues(self, error: ValidationError) -> None:
        self._busy = False
        text = "\n".join(issue_text(issue) for issue in error.issues)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.reason_edit.setAccessibleDescription(text)
        self.reason_edit.setFocus()
        self._update()

    def _update(self) -> None:
        self.confirm_button.setEnabled(bool(self.reason()) and not self._busy)

    def _on_accepted(self) -> None:
        if self.confirm_button.isEnabled():
            self.set_busy(True)
            self.submitted.emit(self.reason())


def planned_visit_line(visit: VisitView) -> str:
    """``Home visit · 8.12.2026 9.30 · Koivukuja 8`` (for lists that name a planned visit)."""
    at = visit.starts_at.astimezone()
    parts = [way_label(visit.way), f"{format_date(at.date())} {format_time(visit.starts_at)}"]
    return " · ".join(parts + ([visit.place] if visit.place else []))

