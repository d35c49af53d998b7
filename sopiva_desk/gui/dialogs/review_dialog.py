"""The review of a client plan (seuranta): each goal rated by the client and the professional,
"How are things?", notes, and Complete.

A non-modal dialog that autosaves every choice at once and the notes as they are typed
(``AutosaveController``); it keeps no session and asks the workspace at the moment work runs.
Its body scrolls; the title, what is still missing (a panel of links, as tall as a few rows at
most) and the buttons stay in view, so it fits a 1366×768 laptop with any number of goals.
Open an existing review with ``ReviewDialog(context, review_id, parent)``, or start one (or
continue the client's unfinished one) with ``open_new_review``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain import reviews as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.client_view.wellbeing import WellbeingScale
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.assessment_problems import MissingPanel
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveStateIndicator
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.locking import lock_editor
from sopiva_desk.gui.widgets.page_parts import bold_label, fit_to_screen
from sopiva_desk.gui.widgets.review_charts import attainment_words, paint_steps
from sopiva_desk.gui.widgets.sync_state_label import SyncStateLabel
from sopiva_desk.gui.widgets.template_fields import GrowingPlainTextEdit, hint_label
from sopiva_desk.services.reviews import ReviewSaved, ReviewView

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)
GOAL_PICTOGRAM_PX = 56
# The faces keep their size but share this width: five at their smallest (190 px) and the gaps.
WELLBEING_WIDTH = 1040
CHOSEN_MARK = "✓ "  # before the word of the chosen step


class StepButton(QAbstractButton):
    """One step of the attainment scale: the staircase picture with its word underneath."""

    def __init__(self, value: int, word: str, big: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.big = big
        self.setText(word)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{value} {word}")
        font = self.font()
        font.setBold(big)
        font.setPointSizeF(font.pointSizeF() * (1.25 if big else 1.0))
        self.setFont(font)
        self.toggled.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        words = self.fontMetrics().horizontalAdvance(CHOSEN_MARK + self.text()) + 20  # room for the mark
        return QSize(max(120, words), 118) if self.big else QSize(max(84, words), 72)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        chosen = self.isChecked()
        painter.setPen(QPen(QColor("#0b3f91" if chosen else "#59636e"), 5.0 if chosen else 1.5))
        painter.setBrush(QColor("#d9e6fa" if chosen else "#ffffff"))
        painter.drawRoundedRect(rect, 12, 12)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0b3f91"), 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(6, 6, -6, -6), 8, 8)
        text_h = self.fontMetrics().lineSpacing() + 6
        picture = QRectF(rect.left() + 10, rect.top() + 8, rect.width() - 20, rect.height() - text_h - 14)
        paint_steps(painter, picture, self.value)
        painter.setPen(QColor("#1a1c1e"))
        painter.drawText(QRectF(rect.left() + 4, rect.bottom() - text_h - 2, rect.width() - 8, text_h),
                         int(Qt.AlignmentFlag.AlignCenter), (CHOSEN_MARK if chosen else "") + self.text())
        painter.end()


class AttainmentScale(QWidget):
    """Five steps, not yet (1) … reached (5), and "Clear"; ``big`` for the client's own rating.

    Signals:
        value_chosen(object): the user chose a step (int) or cleared the rating (None).
    """

    value_chosen = Signal(object)

    def __init__(self, name: str, big: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._value: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8 if big else 6)
        self.buttons = [StepButton(value, word, big, self) for value, word in attainment_words().items()]
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, v=button.value: self._choose(v))
            row.addWidget(button)
        self.clear_button = QPushButton(_t("ReviewDialog", "Clear"), self)
        self.clear_button.setAccessibleName(_t("ReviewDialog", "Clear: {name}").format(name=name))
        self.clear_button.clicked.connect(lambda: self._choose(None))
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen without emitting ``value_chosen``."""
        self._value = value
        for button in self.buttons:
            button.setChecked(button.value == value)

    def _choose(self, value: int | None) -> None:
        self.set_value(value)
        self.value_chosen.emit(value)

    def set_read_only(self, read_only: bool) -> None:
        for button in (*self.buttons, self.clear_button):
            button.setEnabled(not read_only)



class ReviewDialog(QDialog):
    """Signals:
    review_opened(object): the ``ReviewView`` was loaded and shown.
    review_changed(object): the review's id, after every save and after completing.
    review_completed(object): the completed ``ReviewView``.
    """

    review_opened = Signal(object)
    review_changed = Signal(object)
    review_completed = Signal(object)

    def __init__(self, context: AppContext, review_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review of the client plan"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.context = context
        self.review_id = review_id
        self.view: ReviewView | None = None
        self.scales: dict[str, AttainmentScale] = {}  # "ratings/<goal>/<rater>" -> its scale
        self.editors: dict[str, QWidget] = {}  # issue field -> the widget to focus
        self.autosave = AutosaveController(context, self)
        self.autosave.field_saved.connect(self._on_autosave_field_saved)
        context.workspace_changed.connect(self._on_context_workspace_changed)
        self._build()
        fit_to_screen(self, QSize(WELLBEING_WIDTH + 100, 860))
        context.run(lambda: context.workspace.reviews.open(review_id), parent=self, on_success=self._show_review)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = bold_label(self.tr("Review of the client plan"), self, "reviewTitle", scale=1.4)
        top.addWidget(self.title_label, 1)
        top.addWidget(SaveStateIndicator(self.autosave, self))
        outer.addLayout(top)
        self.status_label = QLabel(self, objectName="reviewStatus")
        self.sync_label = SyncStateLabel(self, object_name="reviewSyncState")  # hidden if the profile does not sync
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addSpacing(16)
        status_row.addWidget(self.sync_label)
        status_row.addStretch(1)
        outer.addLayout(status_row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self._body = QVBoxLayout(body)
        self._body.setSpacing(10)
        date_row = QHBoxLayout()
        self.date_edit = QLineEdit(body, objectName="review_date")
        self.date_edit.setPlaceholderText(date_placeholder())
        self.date_edit.setMaximumWidth(160)
        self.date_edit.setAccessibleName(self.tr("Review date"))
        caption = bold_label(self.tr("Review &date"), body)
        caption.setBuddy(self.date_edit)
        date_row.addWidget(caption)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self._body.addLayout(date_row)
        date_error = error_label(body, "review_dateError")
        self._body.addWidget(date_error)
        self.editors["review_date"] = self.date_edit
        self.autosave.bind_line_edit(self.date_edit, "review_date", self._save_field, error_label=date_error,
                                     to_value=parse_date, to_text=lambda v: format_date(v) if v else "")
        self._body.addWidget(bold_label(self.tr("How far has each goal been reached?"), body, scale=1.25))
        self._body.addWidget(hint_label(self.tr(
            "Ask the client first and let them tap a step; then give your own rating. The staircase goes up to the "
            "flag: the more steps, the nearer the goal."), body))
        self.goals_box = QVBoxLayout()
        self._body.addLayout(self.goals_box)
        self._build_wellbeing(body)
        notes_caption = bold_label(self.tr("&Notes"), body, scale=1.25)
        self.notes_edit = GrowingPlainTextEdit(body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        notes_caption.setBuddy(self.notes_edit)
        self._body.addWidget(notes_caption)
        self._body.addWidget(hint_label(self.tr(
            "What has changed, what helped, what next. If the client did not answer, write why."), body))
        self._body.addWidget(self.notes_edit)
        notes_error = error_label(body, "notesError")
        self._body.addWidget(notes_error)
        self.editors["notes"] = self.notes_edit
        self.autosave.bind_plain_text(self.notes_edit, "notes", self._save_field, error_label=notes_error)
        self._body.addStretch(1)
        scroll.setWidget(body)
        self.scroll = scroll
        outer.addWidget(scroll, 1)
        self.missing_panel = MissingPanel(self.tr("Still needed before completing"), self)
        self.missing_panel.heading.setText(self.tr("Still needed before completing:"))
        self.missing_panel.field_chosen.connect(self.focus_field)
        self.missing_panel.hide()
        self._missing_dismissed = False  # the user hid the panel: saves do not bring it back
        hide_button = self.missing_panel.findChild(QPushButton, "hideMissingButton")
        if hide_button is not None:
            hide_button.clicked.connect(lambda: setattr(self, "_missing_dismissed", True))
        outer.addWidget(self.missing_panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.complete_button = QPushButton(self.tr("&Complete the review"), self, objectName="completeReview")
        self.complete_button.setToolTip(self.tr("Lock the review; its ratings then show in the client's charts"))
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.close_button = QPushButton(self.tr("Close"), self, objectName="closeReview")
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

    def _build_wellbeing(self, body: QWidget) -> None:
        self._body.addWidget(bold_label(self.tr("How are things?"), body, scale=1.25))
        self._body.addWidget(hint_label(self.tr("The client's own answer: let the client tap a face."), body))
        self.wellbeing = WellbeingScale(body)
        self.wellbeing.setFixedWidth(WELLBEING_WIDTH)
        self._body.addWidget(self.wellbeing)
        row = QHBoxLayout()
        self.wellbeing_clear = QPushButton(self.tr("Clear the answer"), body, objectName="wellbeingClear")
        row.addWidget(self.wellbeing_clear)
        row.addStretch(1)
        self._body.addLayout(row)
        error = error_label(body, "wellbeingError")
        self._body.addWidget(error)
        self.editors["wellbeing"] = self.wellbeing
        binding = self.autosave.bind("wellbeing", self.wellbeing.value, self._save_field, error_label=error,
                                     show=self.wellbeing.set_value)
        self.wellbeing.value_chosen.connect(binding.edited)
        self.wellbeing_clear.clicked.connect(lambda: (self.wellbeing.clear(), binding.edited()))

    def _goal_row(self, row: rules.GoalRating, number: int) -> QFrame:
        frame = QFrame(self, objectName=f"goal_{row.goal_id}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        head = QHBoxLayout()
        picture = QLabel(frame)
        picture.setFixedSize(GOAL_PICTOGRAM_PX, GOAL_PICTOGRAM_PX)
        if row.pictogram:
            picture.setPixmap(pictogram_pixmap(row.pictogram, GOAL_PICTOGRAM_PX, self.devicePixelRatioF()))
        head.addWidget(picture)
        words = row.client_words or self.tr("(no words)")
        title = bold_label(self.tr("Goal {number}: “{words}”").format(number=number, words=words), frame, scale=1.25)
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        for rater, caption, big in (("client", self.tr("The client's rating"), True),
                                    ("professional", self.tr("Your rating (professional)"), False)):
            field = f"ratings/{row.goal_id}/{rater}"
            layout.addWidget(bold_label(caption, frame))
            scale = AttainmentScale(f"{caption}: {words}", big, frame)
            scale.setObjectName(field)
            layout.addWidget(scale)
            error = error_label(frame, f"{field}Error")
            layout.addWidget(error)
            self.scales[field] = scale
            self.editors[field] = scale.buttons[0]

            def save(field: str, value: Any, goal_id: str = row.goal_id, rater: str = rater) -> Callable[[], Any]:
                review_id = self.review_id
                return lambda: self.context.workspace.reviews.set_rating(review_id, goal_id, rater, value)

            binding = self.autosave.bind(field, scale.value, save, error_label=error, show=scale.set_value)
            scale.value_chosen.connect(binding.edited)
        return frame

    # -- showing ---------------------------------------------------------------------------

    def _save_field(self, field: str, value: Any) -> Callable[[], Any]:
        review_id = self.review_id
        return lambda: self.context.workspace.reviews.set_field(review_id, field, value)

    def _show_review(self, view: ReviewView) -> None:
        previous, self.view = self.view, view
        review = view.review
        if not self.scales:
            for number, row in enumerate(review.ratings, start=1):
                self.goals_box.addWidget(self._goal_row(row, number))
        values: dict[str, Any] = {"review_date": review.review_date, "wellbeing": review.wellbeing,
                                  "notes": review.notes or ""}
        for row in review.ratings:
            for rater in rules.RATERS:
                values[f"ratings/{row.goal_id}/{rater}"] = row.rating(rater)
        first_showing = previous is None or previous.id != view.id
        self.autosave.show_values(values)
        if first_showing and view.status != "completed":
            self.autosave.use_drafts("plan_review", view.id)
        self._show_state(view)
        self._show_missing(list(view.missing))
        self.sync_label.follow(self.context, "plan_review", view.id)
        self.review_opened.emit(view)

    def _show_state(self, view: ReviewView) -> None:
        completed = view.status == "completed"
        if completed and view.completed_at is not None:
            self.status_label.setText(self.tr("Completed on {date}. The review is locked.").format(
                date=format_date(view.completed_at.astimezone().date())))
        else:
            self.status_label.setText(self.tr("Draft: every choice is saved at once."))
        lock_editor(self.date_edit, completed)
        lock_editor(self.notes_edit, completed)
        for scale in self.scales.values():
            scale.set_read_only(completed)
        self.wellbeing.setEnabled(not completed)
        self.wellbeing_clear.setEnabled(not completed)
        self.complete_button.setVisible(not completed)

    def _show_missing(self, issues: list[Issue], *, reveal: bool = True) -> None:
        """List ``issues``; after a save (``reveal=False``) the panel stays hidden if the user hid it."""
        if reveal:
            self._missing_dismissed = False
        self.missing_panel.model.set_items([(issue.field, self._issue_line(issue)) for issue in issues])
        self.missing_panel.setVisible(bool(issues) and not self._missing_dismissed)

    def missing_texts(self) -> list[str]:
        """What the panel lists as still needed (empty when it is hidden)."""
        if not self.missing_panel.isVisibleTo(self):
            return []
        model = self.missing_panel.model
        return [model.data(model.index(row, 0)) for row in range(model.rowCount())]

    def _issue_line(self, issue: Issue) -> str:
        parts = issue.field.split("/")
        if parts[0] == "ratings" and len(parts) == 3 and self.view is not None:
            ids = self.view.review.goal_ids()
            if parts[1] in ids:
                return self.tr("Goal {number}: {text}").format(number=ids.index(parts[1]) + 1, text=issue_text(issue))
        return issue_text(issue)

    # -- slots -----------------------------------------------------------------------------

    def _on_autosave_field_saved(self, field: str, result: object) -> None:
        if isinstance(result, ReviewSaved):
            self._show_missing(list(result.missing), reveal=False)
        self.sync_label.refresh()
        self.review_changed.emit(self.review_id)

    def _on_complete_button_clicked(self) -> None:
        self.autosave.flush()  # saves and completing share one lane: completing runs after them
        review_id = self.review_id
        self.context.run(lambda: self.context.workspace.reviews.complete(review_id), parent=self,
                         on_success=self._on_completed, on_invalid=self._on_complete_invalid)

    def _on_completed(self, view: ReviewView) -> None:
        self.view = view
        self._show_state(view)
        self._show_missing([])
        self.sync_label.refresh()
        self.review_changed.emit(self.review_id)
        self.review_completed.emit(view)

    def _on_complete_invalid(self, error: ValidationError) -> None:
        self._show_missing(error.issues)
        if error.issues:
            self.focus_field(error.issues[0].field)

    def focus_field(self, field: str) -> None:
        editor = self.editors.get(field)
        if editor is not None:
            self.scroll.ensureWidgetVisible(editor, 40, 80)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:  # locked: the store is closed, so nothing more can be saved here
            self.autosave.reset()
            self.close()

    def has_pending_saves(self) -> bool:
        return self.autosave.has_pending()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.context.unlocked:
            self.autosave.flush()
        super().closeEvent(event)


def open_new_review(context: AppContext, client_id: uuid.UUID, plan_id: uuid.UUID, parent: QWidget | None,
                    on_opened: Callable[[ReviewDialog], None] | None = None, review_date: date | None = None) -> None:
    """Continue the client's unfinished review, or start one of the agreed plan ``plan_id``
    dated ``review_date`` (today), and show it in a ``ReviewDialog`` (given to ``on_opened``).
    A refusal (e.g. the plan is not agreed) is shown in an error dialog."""
    day = review_date or date.today()

    def work() -> ReviewView:
        reviews = context.workspace.reviews
        return reviews.draft_for_client(client_id) or reviews.start(plan_id, day)

    def opened(view: ReviewView) -> None:
        dialog = ReviewDialog(context, view.id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        if on_opened is not None:
            on_opened(dialog)

    def refused(error: ValidationError) -> None:
        prompts.show_error(parent, _t("ReviewDialog", "The review cannot be started"),
                           "\n".join(issue_text(issue) for issue in error.issues))

    context.run(work, parent=parent, on_success=opened, on_invalid=refused)
