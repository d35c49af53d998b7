"""The change history of an assessment: who changed which answer, when, from what to what, and why."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QRegularExpression, QSize, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.templates import Template
from sopiva_desk.gui.models.assessment_history_model import KEY_ROLE, AssessmentHistoryModel, field_title
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.gui.widgets.template_fields import HINT_COLOR
from sopiva_desk.services.assessments import ChangeView


class AssessmentHistoryDialog(QDialog):
    """Read-only list of every answer change across the versions of one assessment, newest first.

    Choosing a row shows the whole old and new text below the table; the field list above it
    narrows the table to one field.
    """

    def __init__(self, template: Template, changes: Iterable[ChangeView], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHistoryDialog")
        self.setWindowTitle(self.tr("History of changes"))
        fit_to_screen(self, QSize(1180, 640))
        changes = list(changes)
        self._template, self._language = template, language
        self.model = AssessmentHistoryModel(template, language, self)
        self.model.set_changes(changes)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(KEY_ROLE)

        intro = QLabel(self.tr("Every change to the answers of “{title}”, newest first. Changes made in an "
                               "amended version show the reason given for the amendment.").format(
            title=template.title.get(language)), self, wordWrap=True)
        self.field_filter = QComboBox(self, objectName="historyFieldFilter")
        self.field_filter.addItem(self.tr("All fields"), "")
        changed = {c.field_key for c in changes}
        for key in [k for k in template.fields if k in changed] + sorted(changed - template.fields.keys()):
            self.field_filter.addItem(field_title(template, key, language), key)
        self.field_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.field_filter.currentIndexChanged.connect(self._on_field_filter_current_index_changed)
        filter_label = QLabel(self.tr("&Show changes of:"), self)
        filter_label.setBuddy(self.field_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.field_filter)
        filter_row.addStretch(1)

        self.view = QTableView(self, objectName="historyView")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((124, 130, 64, 330, 160, 160)):
            header.resizeSection(column, width)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

        self.empty_label = QLabel(self.tr("No answers have been changed yet."), self, objectName="historyEmpty")
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.detail = QPlainTextEdit(self, objectName="historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen change in full"))
        self.detail.setPlaceholderText(self.tr("Choose a change to see the whole old and new answer."))
        self.detail.setTabChangesFocus(True)
        self.detail.setMaximumHeight(170)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        self.detail.setVisible(has_rows)
        if has_rows:
            self.view.selectRow(0)
        self.view.setFocus()

    def show_field(self, key: str) -> None:
        """Only the changes of one field ("" = every field)."""
        index = self.field_filter.findData(key) if key else 0
        if index < 0 and key in self._template.fields:  # a field without changes: an empty list
            self.field_filter.addItem(field_title(self._template, key, self._language), key)
            index = self.field_filter.count() - 1
        self.field_filter.setCurrentIndex(max(0, index))

    def _on_field_filter_current_index_changed(self, _index: int) -> None:
        key = self.field_filter.currentData() or ""
        pattern = f"^{re.escape(key)}$" if key else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))
        if self.proxy.rowCount() > 0:
            self.view.selectRow(0)

    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        row = self.proxy.mapToSource(rows[0]).row()
        text = self.model.text
        change = self.model.change(row)
        parts = [
            text(row, self.model.FIELD),
            self.tr("{when} · {who} · version {version}").format(
                when=text(row, self.model.WHEN), who=text(row, self.model.WHO), version=change.version_no),
            "",
            self.tr("Before:"),
            text(row, self.model.BEFORE),
            "",
            self.tr("After:"),
            text(row, self.model.AFTER),
        ]
        if change.reason:
            parts += ["", self.tr("Reason for the change: {reason}").format(reason=change.reason)]
        self.detail.setPlainText("\n".join(parts))
