"""The tables and small labels of the Budget tab: the columns of budget and reference lines,
an editable table that is as tall as its rows, and the hint and error captions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from sopiva_desk.gui.models.budget_lines_model import BudgetCellDelegate, BudgetLinesModel, LineColumn
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def line_columns() -> list[LineColumn]:
    return [LineColumn("service_code", _t("BudgetEditor", "Service"), "service"),
            LineColumn("plan_support_id", _t("BudgetEditor", "Plan support"), "support"),
            LineColumn("description", _t("BudgetEditor", "Description"), "text"),
            LineColumn("quantity", _t("BudgetEditor", "Quantity"), "quantity"),
            LineColumn("unit", _t("BudgetEditor", "Unit"), "unit"),
            LineColumn("unit_price_cents", _t("BudgetEditor", "Unit price (€)"), "money"),
            LineColumn("arranging_method", _t("BudgetEditor", "Arranged as"), "method"),
            LineColumn("provider", _t("BudgetEditor", "Provider"), "text"),
            LineColumn("cents", _t("BudgetEditor", "Cost"), "cost")]


def reference_columns() -> list[LineColumn]:
    return [LineColumn("service_code", _t("BudgetEditor", "Service"), "service"),
            LineColumn("description", _t("BudgetEditor", "Description"), "text"),
            LineColumn("quantity", _t("BudgetEditor", "Quantity"), "quantity"),
            LineColumn("unit", _t("BudgetEditor", "Unit"), "unit"),
            LineColumn("unit_price_cents", _t("BudgetEditor", "Unit price (€)"), "money"),
            LineColumn("cents", _t("BudgetEditor", "Cost"), "cost")]



def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent, wordWrap=True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def lines_table(parent: QWidget, model: BudgetLinesModel, name: str, stretch: int) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setItemDelegate(BudgetCellDelegate(table))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # Sized to the contents when rows come or go, not on every value: ResizeToContents would ask
    # every cell for its size after each "what if" save.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit() -> None:
        fit_height(table)
        table.resizeColumnsToContents()

    model.modelReset.connect(fit)
    fit()
    return table


def fit_height(table: QTableView) -> None:
    """Tall enough for every row (the tab scrolls, not the table)."""
    rows = max(table.model().rowCount(), 1)
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader()
                         .defaultSectionSize() + 2 * table.frameWidth() + 2)
