"""The Today page's list: one section per kind of work, each row what it is, for whom and when,
in words (and an icon for what is overdue or near, never colour alone).

Sections, the dated ones first: visits today, the next days' visits, statutory deadlines,
reviews due, follow-ups of decision-making sessions, then drafts and unfinished work. An empty section says so in
a row of its own. ``ROW_ROLE`` of a row's cells is its ``TodayRow`` (what opening it does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from sopiva_desk.domain.deadlines import Deadline, DeadlineKind, LegalBasis, days_left
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.record_list_model import format_time
from sopiva_desk.gui.models.visit_list_model import notes_preview, visit_status_label, weekday_date
from sopiva_desk.services.assessments import VisitView
from sopiva_desk.services.today import ClientRef, DraftItem, DraftKind, TodayOverview

CONTEXT = "TodayModel"
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SOON_DAYS = 2  # due within this many days: marked with the warning icon

_DEADLINE_WHAT = {
    DeadlineKind.ASSESSMENT_START: QT_TRANSLATE_NOOP("TodayModel", "The assessment must start"),
    DeadlineKind.ASSESSMENT_COMPLETE: QT_TRANSLATE_NOOP("TodayModel", "The assessment must be completed"),
    DeadlineKind.APPLICATION_DECISION: QT_TRANSLATE_NOOP("TodayModel", "A decision on the application is due"),
}
_BASIS = {
    LegalBasis.OVER_75: QT_TRANSLATE_NOOP(
        "TodayModel", "Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75"),
    LegalBasis.CHILD_SPECIAL_SUPPORT: QT_TRANSLATE_NOOP(
        "TodayModel", "Social Welfare Act 1301/2014 § 36: a child needing special support, started by the "
        "7th working day and completed within 3 months"),
    LegalBasis.APPLICATION: QT_TRANSLATE_NOOP(
        "TodayModel", "Disability Services Act 675/2023: a decision within 3 months of the application"),
}


_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def _tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP in this module's context, translated."""
    return QCoreApplication.translate(CONTEXT, source)


def due_words(due_on: date, today: date) -> str:
    """``7 days left``, ``1 day left``, ``Due today``, ``Overdue by 3 days``."""
    left = days_left(due_on, today)
    if left == 0:
        return _t("TodayModel", "Due today")
    if left == 1:
        return _t("TodayModel", "1 day left")
    if left > 1:
        return _t("TodayModel", "{n} days left").format(n=left)
    if left == -1:
        return _t("TodayModel", "Overdue by 1 day")
    return _t("TodayModel", "Overdue by {n} days").format(n=-left)


def basis_text(deadline: Deadline) -> str:
    return _tr(_BASIS[deadline.basis])


def deadline_text(deadline: Deadline) -> str:
    return _tr(_DEADLINE_WHAT[deadline.kind])


@dataclass(frozen=True)
class TodayRow:
    """What a row is about and what opening it does (``kind``: see ``TodayPage``)."""

    kind: str  # visit, draft, review, follow_up, deadline
    client_id: object
    client_name: str
    record_id: object = None
    visit: VisitView | None = None
    draft_kind: str = ""
    full_name: str = ""  # "First Last", for the title of the page that opens


class TodayModel(QStandardItemModel):
    """The sections and rows of a ``TodayOverview`` (read-only)."""

    WHEN, CLIENT, WHAT, DETAILS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("TodayModel", "When"),
        QT_TRANSLATE_NOOP("TodayModel", "Client"),
        QT_TRANSLATE_NOOP("TodayModel", "What"),
        QT_TRANSLATE_NOOP("TodayModel", "Details"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.overview: TodayOverview | None = None
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])

    def set_overview(self, overview: TodayOverview | None) -> None:
        self.clear()
        self._set_headers()
        self.overview = overview
        if overview is None:
            return
        today = overview.today
        self._section("visitsToday", _t("TodayModel", "Visits today"), _t("TodayModel", "No visits today."),
                      [self._visit_row(item.client, item.visit, today, with_day=False)
                       for item in overview.visits_today])
        self._section("visitsComing", _t("TodayModel", "Visits in the next 6 days"),
                      _t("TodayModel", "No visits planned for the next 6 days."),
                      [self._visit_row(item.client, item.visit, today, with_day=True)
                       for item in overview.visits_coming])
        deadlines = []
        for item in overview.deadlines:
            deadline = item.deadline
            details = _t("TodayModel", "{basis}. Counted from {date}.").format(
                basis=basis_text(deadline), date=format_date(deadline.initiated_on))
            deadlines.append(self._row(TodayRow("deadline", item.client.id, item.client.name, item.assessment_id,
                                                full_name=item.client.full_name),
                                       self._due_cell(deadline.due_on, today), item.client.name,
                                       deadline_text(deadline), details))
        self._section("deadlines", _t("TodayModel", "Statutory deadlines"),
                      _t("TodayModel", "No statutory deadlines open."), deadlines)
        reviews = []
        for review in overview.reviews:
            what = _t("TodayModel", "Review of the client plan (version {version})").format(version=review.version)
            started = _t("TodayModel", "A review has been started") if review.started else ""
            reviews.append(self._row(TodayRow("review", review.client.id, review.client.name, review.plan_id,
                                              full_name=review.client.full_name),
                                     self._due_cell(review.review_on, today), review.client.name, what, started))
        self._section("reviews", _t("TodayModel", "Plan reviews due"), _t("TodayModel", "No reviews due this week."),
                      reviews)
        self._section("followUps", _t("TodayModel", "Follow-ups of decision-making"),
                      _t("TodayModel", "No follow-ups due this week."),
                      [self._row(TodayRow("follow_up", i.client.id, i.client.name, i.session_id,
                                          full_name=i.client.full_name),
                                 self._due_cell(i.follow_up_on, today), i.client.name,
                                 _t("TodayModel", "Follow up the decision"), i.topic)
                       for i in overview.follow_ups])
        self._section("drafts", _t("TodayModel", "Drafts and unfinished work"),
                      _t("TodayModel", "Nothing unfinished."),
                      [self._draft_row(item, today) for item in overview.drafts])

    def is_empty(self) -> bool:
        """Nothing in any section."""
        overview = self.overview
        return overview is None or not any((overview.visits_today, overview.visits_coming, overview.drafts,
                                            overview.reviews, overview.follow_ups, overview.deadlines))

    def section(self, name: str) -> QStandardItem | None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(ROW_ROLE) == name:
                return item
        return None

    def rows_of(self, name: str) -> list[tuple[str, ...]]:
        """The texts of a section's rows (for tests and checks)."""
        section = self.section(name)
        if section is None:
            return []
        return [tuple(section.child(r, c).text() if section.child(r, c) else "" for c in range(4))
                for r in range(section.rowCount())]

    # -- building --------------------------------------------------------------------------

    def _section(self, name: str, title: str, empty: str, rows: list[list[QStandardItem]]) -> None:
        text = _t("TodayModel", "{title} ({count})").format(title=title, count=len(rows)) if rows else title
        heading = QStandardItem(text)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setData(name, ROW_ROLE)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        heading.setAccessibleText(heading.text())
        filler = [QStandardItem() for _ in range(len(self.HEADERS) - 1)]
        for item in filler:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.appendRow([heading, *filler])
        if not rows:
            nothing = QStandardItem(empty)
            nothing.setFlags(Qt.ItemFlag.ItemIsEnabled)
            nothing.setForeground(Qt.GlobalColor.darkGray)
            rest = [QStandardItem() for _ in range(len(self.HEADERS) - 1)]
            for item in rest:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.appendRow([nothing, *rest])
            return
        for row in rows:
            heading.appendRow(row)

    def _row(self, action: TodayRow, when: QStandardItem | str, client: str, what: str,
             details: str) -> list[QStandardItem]:
        cells = [when if isinstance(when, QStandardItem) else QStandardItem(when), QStandardItem(client),
                 QStandardItem(what), QStandardItem(details)]
        for cell in cells:
            cell.setData(action, ROW_ROLE)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren)
            cell.setToolTip(cell.text())
        return cells

    def _due_cell(self, due_on: date, today: date) -> QStandardItem:
        """The date with the days left or overdue, and an icon when it is overdue or near."""
        item = QStandardItem(f"{format_date(due_on)} · {due_words(due_on, today)}")
        left = days_left(due_on, today)
        style = QApplication.style()
        if left < 0:
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        elif left <= SOON_DAYS:
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        return item

    def _visit_row(self, client: ClientRef, visit: VisitView, today: date, *, with_day: bool) -> list[QStandardItem]:
        start = visit.starts_at.astimezone()
        when = f"{format_time(visit.starts_at)}"
        if visit.status == "ended" and visit.ends_at is not None:
            when = f"{when}–{format_time(visit.ends_at)}"
        if with_day:
            when = f"{weekday_date(start.date())} {when}"
        what = _t("TodayModel", "{way} · {status}").format(way=way_label(visit.way),
                                                          status=visit_status_label(visit, today))
        note = notes_preview(visit, 1)
        details = " · ".join(part for part in (visit.place, note) if part)
        cells = self._row(TodayRow("visit", client.id, client.name, visit.id, visit, full_name=client.full_name),
                          when, client.name, what, details)
        if visit.status == "open":
            cells[0].setIcon(QIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)))
        return cells

    def _draft_row(self, item: DraftItem, today: date) -> list[QStandardItem]:
        what = {
            DraftKind.VISIT_OPEN: _t("TodayModel", "Visit still in progress: end it"),
            DraftKind.VISIT_MISSED: _t("TodayModel", "Planned visit not started: start, move or cancel it"),
            DraftKind.ASSESSMENT: _t("TodayModel", "Needs assessment draft") if item.version == 1
            else _t("TodayModel", "Amendment of the needs assessment (version {version})").format(version=item.version),
            DraftKind.SESSION: _t("TodayModel", "Decision-making session draft"),
            DraftKind.PLAN: _t("TodayModel", "Client plan draft (version {version})").format(version=item.version),
            DraftKind.BUDGET: _t("TodayModel", "Personal budget not decided"),
        }.get(item.kind, item.kind)
        details = item.title
        if item.period is not None:
            details = _t("TodayModel", "Period {start}–{end}").format(start=format_date(item.period[0]),
                                                         end=format_date(item.period[1]))
        when = _t("TodayModel", "Since {date}").format(date=format_date(item.since))
        cells = self._row(TodayRow("draft", item.client.id, item.client.name, item.record_id, item.visit,
                                   draft_kind=item.kind, full_name=item.client.full_name),
                          when, item.client.name, what, details)
        if item.kind in (DraftKind.VISIT_OPEN, DraftKind.VISIT_MISSED):
            cells[0].setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        return cells
