"""The "Visits" part of the client file's Visits and assessments tab: every visit of the client
(planned, in progress, ended, cancelled), newest first, with the first lines of its notes, and
"Plan a visit…". Opening a visit is decided by the tab's owner (continue, the planned visit's
dialog, or the read-only record).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sopiva_desk.gui.models.visit_list_model import VisitListModel
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, make_read_only_list
from sopiva_desk.services.assessments import VisitView

# Sample texts that size the columns, so widths follow the font the user chose.
_SAMPLES = {
    VisitListModel.WHEN: "Wed 28.12.2026 10.05–11.40__",
    VisitListModel.WAY: "Remote visit (video)__",
    VisitListModel.STATUS: "Planned, not started__",
    VisitListModel.PLACE: "Porrassalmenkatu 12 B, Mikkeli",
    VisitListModel.PEOPLE: "Aino Virtanen, Liisa Virtanen",
}


class ClientVisitsPart(QWidget):
    """The visits of one client, newest first.

    Signals:
        plan_visit_requested(): the user wants to plan a visit ahead.
        visit_activated(object): the ``VisitView`` the user opened (double-click or Enter).
    """

    plan_visit_requested = Signal()
    visit_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientVisits")
        self.model = VisitListModel(self)
        caption = bold_label(self.tr("Visits"), self, "visitsCaption", scale=1.1)
        self.plan_button = QPushButton(self.tr("&Plan a visit…"), self, objectName="planVisitButton")
        self.plan_button.setToolTip(self.tr("Plan a visit ahead: day, time, way and place. Start it when you "
                                            "arrive."))
        self.plan_button.clicked.connect(self.plan_visit_requested)
        row = QHBoxLayout()
        row.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.plan_button)

        self.view = QTableView(self, objectName="visitsView")
        view = self.view
        view.setModel(self.model)
        make_read_only_list(view, name=self.tr("Visits"),
                            description=self.tr("Newest first. Press Enter to open the selected visit."))
        view.setWordWrap(True)  # two lines of notes per visit
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.fontMetrics()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 10)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, sample in _SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample))
        header.setStretchLastSection(True)
        view.setMinimumHeight(metrics.lineSpacing() * 5 + 30)
        view.activated.connect(self._on_view_activated)
        self.hint_label = QLabel(self.tr("Double-click a visit or press Enter to open it: a planned visit to "
                                         "start, move or cancel it, an ended one to read it."), self,
                                 objectName="visitsHint", wordWrap=True)
        self.hint_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.empty_label = QLabel(self.tr("No visits yet. Plan one ahead, or start a visit when you meet."), self,
                                  objectName="noVisitsHint")
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        QWidget.setTabOrder(self.plan_button, view)
        self.set_visits([])

    def set_visits(self, visits: list[VisitView], today: date | None = None) -> None:
        selected = self.selected_visit()
        self.model.set_visits(visits, today)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.hint_label.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.view.selectRow(row)

    def has_rows(self) -> bool:
        return self.model.rowCount() > 0

    def selected_visit(self) -> VisitView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.visit_activated.emit(self.model.visit(index.row()))
