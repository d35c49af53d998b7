"""The change history of a client plan across its versions: what changed, from what to what, who, when and why."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from sopiva_desk.domain.money import format_cents
from sopiva_desk.gui.models.assessment_history_model import format_moment
from sopiva_desk.gui.widgets.page_parts import fit_to_screen, make_read_only_list
from sopiva_desk.gui.widgets.plan_cards import money_language
from sopiva_desk.gui.widgets.plan_labels import (
    arranging_method_labels,
    field_title,
    life_domain_labels,
    provider_kind_labels,
    unit_labels,
)
from sopiva_desk.gui.widgets.template_fields import date_text
from sopiva_desk.services.plans import PlanChangeView

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def _status_labels() -> dict[str, str]:
    return {"draft": _t("PlanHistoryDialog", "Draft"), "agreed": _t("PlanHistoryDialog", "Agreed"),
            "superseded": _t("PlanHistoryDialog", "Superseded")}


def display_value(key: str, value: Any, language: str = "fi") -> str:
    """A stored value as the counsellor reads it: codes as words, dates and money as Finns write them."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    last = key.rsplit("/", 1)[-1]
    if isinstance(value, bool):
        return _t("PlanHistoryDialog", "Yes") if value else _t("PlanHistoryDialog", "No")
    if isinstance(value, list):
        return "\n".join(display_value(last, item, language) for item in value)
    if isinstance(value, dict):  # a row, or a whole goal, support or role-map entry added or removed
        parts = [display_value(part, item, language) for part, item in value.items()
                 if part not in ("id", "supports") and item not in (None, "", [], False)]
        return ", ".join(part.replace("\n", "; ") for part in parts)
    words: Mapping[str, str] = {}
    if last == "life_domain":
        words = life_domain_labels()
    elif last == "provider_kind":
        words = provider_kind_labels()
    elif last == "arranging_method":
        words = arranging_method_labels()
    elif last == "unit":
        words = unit_labels()
    elif last == "status":
        words = _status_labels()
    if last == "unit_price_cents" and isinstance(value, int):
        return format_cents(value, money_language(language))
    if last.endswith("_date") or last == "target_date":
        return date_text(value)
    if last == "quantity":
        return str(value).replace(".", ",")
    return words.get(str(value), str(value))


class PlanHistoryModel(QAbstractTableModel):
    """Read-only changes, newest first: when, who, version, what, before, after, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanHistoryModel", "When"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "Who"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "Version"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "What"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "Before"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "After"),
        QT_TRANSLATE_NOOP("PlanHistoryModel", "Reason"),
    )

    def __init__(self, changes: Sequence[PlanChangeView], content: Mapping[str, Any], language: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        # Texts are made once: the view asks for them many times while laying out.
        self._rows = [(format_moment(c.changed_at), c.changed_by_name, str(c.version_no),
                       field_title(c.field_key, content), display_value(c.field_key, c.old_value, language),
                       display_value(c.field_key, c.new_value, language), c.reason or "")
                      for c in reversed(changes)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanHistoryModel", self.HEADERS[section])
        return None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]


class PlanHistoryDialog(QDialog):
    """Every change across the versions of one client plan, newest first."""

    def __init__(self, changes: Sequence[PlanChangeView], content: Mapping[str, Any], language: str = "fi",
                 parent: QWidget | None = None) -> None:
        """``content`` is the shown version's, to number goals and supports as on the page."""
        super().__init__(parent)
        self.setObjectName("planHistoryDialog")
        self.setWindowTitle(self.tr("History of the client plan"))
        fit_to_screen(self, QSize(1180, 600))
        intro = QLabel(self.tr("Every change to this client plan, newest first. Changes made in a new version "
                               "show the reason given for it."), self, wordWrap=True)
        self.model = PlanHistoryModel(changes, content, language, self)
        self.table = QTableView(self, objectName="planHistoryTable")
        self.table.setModel(self.model)
        make_read_only_list(self.table, name=self.tr("Changes"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
