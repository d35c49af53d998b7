"""The "Start visit" dialog: how the counsellor meets the client, and where.

Also holds the translated names of the ways of meeting (``way_label``), shared by the visit
page and the end-of-visit summary.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.visits import VisitWay
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, INVALID_PROPERTY
from sopiva_desk.gui.widgets.feedback import announce, error_label
from sopiva_desk.services.assessments import VisitAlreadyOpen, VisitView

LABEL_CONTEXT = "VisitLabels"
_WAY_LABELS = {
    VisitWay.HOME_VISIT.value: QT_TRANSLATE_NOOP("VisitLabels", "Home visit"),
    VisitWay.REMOTE.value: QT_TRANSLATE_NOOP("VisitLabels", "Remote visit (video)"),
    VisitWay.PHONE.value: QT_TRANSLATE_NOOP("VisitLabels", "Phone call"),
    VisitWay.OFFICE.value: QT_TRANSLATE_NOOP("VisitLabels", "Office visit"),
}
_INVALID_STYLE = f'*[{INVALID_PROPERTY}="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'


def way_label(way: str) -> str:
    """The translated name of a way of meeting ("home_visit" -> "Home visit")."""
    source = _WAY_LABELS.get(way)
    return QCoreApplication.translate(LABEL_CONTEXT, source) if source else way



def ask_about_open_visit(parent: QWidget, visit: VisitView, client_name: str) -> int | None:
    """The client has a visit open: 0 continues it (the usual wish), 1 starts another beside it
    (deliberately), ``None`` cancels."""
    started = format_date_time(visit.starts_at)
    translate = QCoreApplication.translate
    return prompts.choose(
        parent, translate("StartVisitDialog", "A visit is still open"),
        translate("StartVisitDialog", "The {way} with {name} that started {started} has not been ended.\n\n"
                  "Continue that visit, or start a new one beside it? Ending the open visit later shows its "
                  "summary.").format(way=way_label(visit.way).lower(), name=client_name, started=started),
        [translate("StartVisitDialog", "Continue the open visit (started {started})").format(started=started),
         translate("StartVisitDialog", "Start a new visit anyway")], default=0)


class StartVisitDialog(QDialog):
    """Starts a visit with ``VisitService.start_visit`` in the background.

    On success ``started_visit`` holds the new ``VisitView`` and the dialog is accepted. While
    the client has a visit open, the counsellor chooses: continue that visit (the default;
    ``started_visit`` is then the open visit and ``continued`` is true), start a new one anyway,
    or cancel.

    Signals:
        visit_started(object): the ``VisitView`` to open (new, or the open one continued), just before
            the dialog is accepted.
    """

    visit_started = Signal(object)

    def __init__(self, context: AppContext, client_id: uuid.UUID, client_name: str,
                 parent: QWidget | None = None, *, address: str = "") -> None:
        """``address``: the client's street address and post office, the place of a home visit."""
        super().__init__(parent)
        self.setObjectName("startVisitDialog")
        self.setWindowTitle(self.tr("Start visit"))
        self._context = context
        self._client_id = client_id
        self._busy = False
        self._client_name = client_name
        self._address = address.strip()
        self._place_typed = False  # once typed, the place no longer follows the way of meeting
        self.started_visit: VisitView | None = None
        self.continued = False

        intro = QLabel(self.tr("Start a visit with {name}. Everything you record during the visit "
                               "is saved as you type.").format(name=client_name), self,
                       objectName="startVisitIntro", wordWrap=True)

        self.way_box = QGroupBox(self.tr("How do you meet?"), self, objectName="wayGroup")
        way_layout = QVBoxLayout(self.way_box)
        self.way_group = QButtonGroup(self)
        self.way_buttons: dict[str, QRadioButton] = {}
        for way in VisitWay:
            button = QRadioButton(way_label(way.value), self.way_box, objectName=f"way_{way.value}")
            self.way_group.addButton(button)
            way_layout.addWidget(button)
            self.way_buttons[way.value] = button
        self.way_buttons[VisitWay.HOME_VISIT.value].setChecked(True)
        self.way_error = error_label(self.way_box, "wayError")
        way_layout.addWidget(self.way_error)

        place_caption = QLabel(self.tr("&Place"), self, objectName="placeLabel")
        self.place_edit = QLineEdit(self, objectName="placeEdit",
                                    placeholderText=self.tr("e.g. Client's home, Juva health centre"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setStyleSheet(_INVALID_STYLE)
        place_caption.setBuddy(self.place_edit)
        self.place_error = error_label(self, "placeError")
        self.form_error = error_label(self, "startVisitError")

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("&Start visit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startVisitOkButton")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.place_edit.textEdited.connect(self._on_place_edit_text_edited)
        self.way_group.buttonClicked.connect(self._on_way_group_button_clicked)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.way_box)
        layout.addSpacing(4)
        layout.addWidget(place_caption)
        layout.addWidget(self.place_edit)
        layout.addWidget(self.place_error)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.way_buttons[VisitWay.HOME_VISIT.value].setFocus()
        self._follow_way()

    def _follow_way(self) -> None:
        """A home visit is at the client's address; another way has no default place."""
        if not self._place_typed:
            self.place_edit.setText(self._address if self.way() == VisitWay.HOME_VISIT.value else "")

    def _on_place_edit_text_edited(self, _text: str) -> None:
        self._place_typed = True
        self._show_issues("place", [])

    def _on_way_group_button_clicked(self, _button: object) -> None:
        self._show_issues("way", [])
        self._follow_way()

    # -- values ----------------------------------------------------------------------------

    def way(self) -> str:
        return next((way for way, button in self.way_buttons.items() if button.isChecked()),
                    VisitWay.HOME_VISIT.value)

    def set_way(self, way: str) -> None:
        self.way_buttons[way].setChecked(True)
        self._follow_way()

    def place(self) -> str:
        return self.place_edit.text()

    # -- starting --------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        self._start(another=False)

    def _start(self, *, another: bool) -> None:
        if self._busy:
            return
        for field in ("way", "place"):
            self._show_issues(field, [])
        self.form_error.hide()
        self._set_busy(True)
        context, client_id, way, place = self._context, self._client_id, self.way(), self.place()
        context.run(lambda: context.workspace.visits.start_visit(client_id, way, place, another=another),
                    parent=self, on_success=self._on_started, on_invalid=self._on_invalid,
                    on_failure=lambda _error: self._set_busy(False))

    def _ask_about_open_visit(self, visit: VisitView) -> None:
        choice = ask_about_open_visit(self, visit, self._client_name)
        if choice == 0:
            self.started_visit = visit
            self.continued = True
            self.visit_started.emit(visit)
            self.accept()
        elif choice == 1:
            self._start(another=True)
        else:
            self.reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.start_button.setEnabled(not busy)

    def _on_started(self, visit: VisitView) -> None:
        self._set_busy(False)
        self.started_visit = visit
        self.visit_started.emit(visit)
        self.accept()

    def _on_invalid(self, error: ValidationError) -> None:
        self._set_busy(False)
        if isinstance(error, VisitAlreadyOpen):
            self._ask_about_open_visit(error.visit)
            return
        by_field: dict[str, list[Issue]] = {}
        for issue in error.issues:
            by_field.setdefault(issue.field if issue.field in ("way", "place") else "", []).append(issue)
        for field in ("way", "place"):
            self._show_issues(field, by_field.get(field, []))
        other = by_field.get("", [])
        self.form_error.setText("\n".join(issue_text(i) for i in other))
        self.form_error.setVisible(bool(other))
        if "place" in by_field:
            self.place_edit.setFocus()
        elif "way" in by_field:
            self.way_buttons[self.way()].setFocus()
        announce(self, "\n".join(issue_text(i) for i in error.issues))

    def _show_issues(self, field: str, issues: list[Issue]) -> None:
        """Show (or, with no issues, hide) the messages under ``field``; what was typed stays."""
        text = "\n".join(issue_text(i) for i in issues)
        label = self.place_error if field == "place" else self.way_error
        label.setText(text)
        label.setVisible(bool(text))
        widget: QWidget = self.place_edit if field == "place" else self.way_box
        if field == "place" and bool(widget.property(INVALID_PROPERTY)) != bool(text):
            widget.setProperty(INVALID_PROPERTY, bool(text))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        widget.setAccessibleDescription(text)
