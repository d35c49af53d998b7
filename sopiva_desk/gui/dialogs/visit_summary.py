"""The end-of-visit summary: what was recorded, what is still a draft, what waits for sync.

Assessments and supported decision-making sessions of the visit are both listed: completed
ones under "Recorded", drafts under "Still drafts" (a session by its plain-language topic).

Read-only and calm: the visit is already ended and everything is stored when it opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.models.assessment_list_model import (
    TemplateTitles,
    format_date_time,
    format_span,
    format_time,
    template_title,
)
from sopiva_desk.gui.models.session_list_model import session_title
from sopiva_desk.services.assessments import AssessmentView, VisitSummary, VisitView
from sopiva_desk.services.decisions import SessionView

TOPIC_MAX = 90  # characters of a session's topic on one summary line (the topic comes last: it may end in "?")

_PANEL_STYLE = (
    "QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 8px; }}"
    "QFrame#{name} QLabel {{ background: transparent; border: none; color: #1f2328; }}"
)
_PANELS = {  # background, border: pale tints, body text stays ≥ 12:1
    "recorded": ("#eef7f0", "#b7dcc0"),
    "drafts": ("#fff6e5", "#ecd3a2"),
    "sync": ("#eef2f8", "#c3cfe0"),
}


class VisitSummaryDialog(QDialog):
    """Shows a ``VisitSummary``. ``template_titles`` maps ``(template id, version)`` or a template id
    to its title in the UI language; unknown templates are shown by id.

    With ``record`` it is the read-only record of a visit opened from the client's list: the
    whole notes instead of "Notes written", a cancelled visit's reason, and no sync panel.
    """

    def __init__(self, summary: VisitSummary, template_titles: TemplateTitles,
                 parent: QWidget | None = None, *, record: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("visitRecordDialog" if record else "visitSummaryDialog")
        self.setWindowTitle(self.tr("Visit") if record else self.tr("Visit ended"))
        self._titles = template_titles
        self._record = record
        visit = summary.visit

        heading = way_label(visit.way) if record else self.tr("The visit has ended")
        title = QLabel(heading, self, objectName="summaryTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        when = format_span(visit.starts_at, visit.ends_at)
        parts = ([] if record else [way_label(visit.way)]) + [when] + ([visit.place] if visit.place else [])
        if visit.planned_at is not None:
            parts.append(self.tr("planned for {time}").format(time=self._when(visit.planned_at, visit)))
        self.when_label = QLabel(" · ".join(parts), self, objectName="summaryWhen", wordWrap=True)
        self.when_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.when_label)
        if not record:
            layout.addWidget(QLabel(self.tr("Everything is saved on this computer."), self,
                                    objectName="summarySaved"))
        layout.addSpacing(4)

        if visit.status == "cancelled":
            cancelled = format_date_time(visit.cancelled_at) if visit.cancelled_at else ""
            self.cancelled_panel: QFrame | None = self._panel(
                "drafts", self.tr("Cancelled {time}").format(time=cancelled).strip(), [visit.cancel_reason])
            layout.addWidget(self.cancelled_panel)
        else:
            self.cancelled_panel = None

        # -- what was recorded --
        self.recorded_panel: QFrame | None = None
        if visit.status != "cancelled":  # nothing was recorded in a visit that did not happen
            self.recorded_panel = self._panel("recorded", self.tr("Recorded"), self._recorded_lines(summary))
            layout.addWidget(self.recorded_panel)
        self.notes_view: QPlainTextEdit | None = None
        if record:
            notes_caption = QLabel(self.tr("Notes"), self, objectName="notesCaption")
            notes_caption.setFont(self._bold(notes_caption))
            self.notes_view = QPlainTextEdit(visit.notes or self.tr("No notes were written."), self,
                                             objectName="visitNotesView", readOnly=True)
            self.notes_view.setAccessibleName(self.tr("Notes"))
            self.notes_view.setTabChangesFocus(True)
            self.notes_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 14)
            layout.addWidget(notes_caption)
            layout.addWidget(self.notes_view, 1)

        # -- drafts --
        if summary.drafts or summary.sessions_draft:
            lines = [self._draft_line(a, visit) for a in summary.drafts]
            lines += [self._session_draft_line(s, visit) for s in summary.sessions_draft]
            hint = self.tr("Drafts are kept as they are. You can finish them later from the client's "
                           "Visits and assessments tab.")
            self.drafts_panel: QFrame | None = self._panel("drafts", self.tr("Still drafts"), lines, hint=hint)
            layout.addWidget(self.drafts_panel)
        else:
            self.drafts_panel = None

        # -- sync --
        n = summary.changes_to_sync
        sync_text = (self.tr("1 record is waiting for the next sync.") if n == 1
                     else self.tr("{n} records are waiting for the next sync.").format(n=n))
        self.sync_panel: QFrame | None = None
        if not record:
            self.sync_panel = self._panel(
                "sync", self.tr("Waiting for sync"), [sync_text],
                hint=self.tr("They stay encrypted on this computer until you sync with the central records."))
            layout.addWidget(self.sync_panel)
            layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("summaryCloseButton")
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().horizontalAdvance("x") * 84
        self.setMinimumWidth(width)
        height = max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
        if record:  # long notes scroll inside their box: the dialog fits a 1366×768 screen
            height = min(height, self.screen().availableGeometry().height() - 60)
        self.resize(width, height)
        self.close_button.setFocus()

    # -- content ---------------------------------------------------------------------------

    def _title(self, found: AssessmentView) -> str:
        return template_title(self._titles, found.template_id, found.template_version)

    def _recorded_lines(self, summary: VisitSummary) -> list[str]:
        visit = summary.visit
        present = ", ".join(p.get("name", "") for p in visit.participants)
        absent = ", ".join(p.get("name", "") for p in visit.absent)
        n_present, n_absent = len(visit.participants), len(visit.absent)
        if n_present == 1:
            lines = [self.tr("1 participant: {names}").format(names=present)]
        elif n_present:
            lines = [self.tr("{n} participants: {names}").format(n=n_present, names=present)]
        else:
            lines = [self.tr("No participants recorded")]
        if n_absent == 1:
            lines.append(self.tr("1 person absent: {names}").format(names=absent))
        elif n_absent:
            lines.append(self.tr("{n} people absent: {names}").format(n=n_absent, names=absent))
        if not self._record:  # the record shows the notes themselves
            lines.append(self.tr("Notes written") if visit.notes.strip() else self.tr("No notes"))
        if summary.completed:
            for found in summary.completed:
                lines.append(self.tr("Completed: {title} ({time})").format(
                    title=self._title(found), time=self._when(found.completed_at or found.updated_at, visit)))
        elif visit.status in ("open", "ended"):
            lines.append(self.tr("No assessment was completed during this visit"))
        for session in summary.sessions_completed:
            lines.append(self.tr("Decision-making session completed {time}: {topic}").format(
                topic=session_title(session, TOPIC_MAX),
                time=self._when(session.completed_at or session.updated_at, visit)))
        return lines

    def _draft_line(self, found: AssessmentView, visit: VisitView) -> str:
        return self.tr("{title}, started {time}").format(
            title=self._title(found), time=self._when(found.created_at, visit))

    def _session_draft_line(self, found: SessionView, visit: VisitView) -> str:
        return self.tr("Decision-making session started {time}: {topic}").format(
            topic=session_title(found, TOPIC_MAX), time=self._when(found.created_at, visit))

    @staticmethod
    def _when(at: datetime, visit: VisitView) -> str:
        """The time alone on the visit's day, else the date and time."""
        same_day = at.astimezone().date() == visit.starts_at.astimezone().date()
        return format_time(at) if same_day else format_date_time(at)

    @staticmethod
    def _bold(label: QLabel) -> QFont:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _panel(self, name: str, heading: str, lines: Sequence[str], *, hint: str = "") -> QFrame:
        panel = QFrame(self, objectName=f"{name}Panel")
        background, border = _PANELS[name]
        panel.setStyleSheet(_PANEL_STYLE.format(name=f"{name}Panel", background=background, border=border))
        panel.setAccessibleName(heading)
        box = QVBoxLayout(panel)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(4)
        caption = QLabel(heading, panel, objectName=f"{name}Heading")
        font = caption.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        caption.setFont(font)
        box.addWidget(caption)
        for number, line in enumerate(lines):
            label = QLabel(f"•  {line}" if len(lines) > 1 else line, panel, objectName=f"{name}Line{number}",
                           wordWrap=True)
            label.setAccessibleName(line)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(label)
        if hint:
            hint_label = QLabel(hint, panel, objectName=f"{name}Hint", wordWrap=True)
            hint_label.setStyleSheet("color: #3d4349;")  # ≥ 9:1 on the pale panels
            box.addSpacing(2)
            box.addWidget(hint_label)
        return panel

    def lines(self, panel: QFrame | None) -> list[str]:
        """The text lines of a panel (for tests and screen-reader checks)."""
        if panel is None:
            return []
        return [label.accessibleName() for label in panel.findChildren(QLabel)
                if "Line" in label.objectName()]
