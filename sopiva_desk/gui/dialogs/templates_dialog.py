"""Which assessment templates are in use, and which template files were left out and why.

A county adds or changes templates without code changes, so a broken file must be visible
to the people who can fix it: the app still starts, and this dialog names the file, the
place inside it and the problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.templates import Template
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.services.templates import TemplateProblem

_WARNING_STYLE = "QLabel { color: #7a2e00; font-weight: bold; }"  # 7.9:1 on the window colour


def read_only_table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str,
                     parent: QWidget, stretch: int) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent, objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    return table


class TemplatesDialog(QDialog):
    def __init__(self, templates: Sequence[Template], problems: Sequence[TemplateProblem],
                 county_folder: Path | None, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Assessment templates"))
        fit_to_screen(self, QSize(900, 520 if problems else 300))
        layout = QVBoxLayout(self)

        intro = self.tr("Assessments are made with these templates. Each assessment keeps the template "
                        "version it was started with.")
        if county_folder is not None:
            intro += " " + self.tr("Your county's own templates are read from {folder}.").format(folder=county_folder)
        self.intro_label = QLabel(intro, self, objectName="templatesIntro", wordWrap=True)
        layout.addWidget(self.intro_label)
        rows = [(t.title.get(language), t.id, str(t.version)) for t in
                sorted(templates, key=lambda t: (t.title.get(language), t.version))]
        self.templates_table = read_only_table(
            [self.tr("Title"), self.tr("Identifier"), self.tr("Version")], rows, "templatesTable", self, stretch=0)
        layout.addWidget(self.templates_table, 1)

        self.problems_heading = QLabel(self, objectName="templateProblemsHeading", wordWrap=True)
        self.problems_heading.setStyleSheet(_WARNING_STYLE)
        self.problems_table = read_only_table(
            [self.tr("File"), self.tr("Place in the file"), self.tr("Problem")],
            [(p.file, p.path, p.problem) for p in problems], "templateProblemsTable", self, stretch=2)
        if problems:
            self.problems_heading.setText(self.tr(
                "These template files were left out because they have errors. Assessments made with "
                "other templates are not affected. Ask your administrator to correct the files."))
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems_table, 1)
        self.problems_heading.setVisible(bool(problems))
        self.problems_table.setVisible(bool(problems))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
