"""The change history of a decision-making session: who changed what, when, from what to what, and why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

from sopiva_desk.gui.models.assessment_history_model import format_moment
from sopiva_desk.gui.widgets.decision_form import agreement_labels, method_labels, role_labels, wellbeing_labels
from sopiva_desk.gui.widgets.option_list_editor import reaction_choices
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.services.decisions import SessionChangeView

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def field_labels() -> dict[str, str]:
    return {
        "topic": _t("SessionHistoryDialog", "Decision to make"),
        "topic_plain": _t("SessionHistoryDialog", "Decision in plain language"),
        "parts": _t("SessionHistoryDialog", "Parts of the decision"),
        "participants": _t("SessionHistoryDialog", "Participants"),
        "methods": _t("SessionHistoryDialog", "Communication methods"),
        "methods_other": _t("SessionHistoryDialog", "Other method"),
        "aids": _t("SessionHistoryDialog", "Aids"),
        "decision": _t("SessionHistoryDialog", "Decision"),
        "will_questions": _t("SessionHistoryDialog", "Questions and answers"),
        "how_will_found": _t("SessionHistoryDialog", "How the will was found out"),
        "agreement": _t("SessionHistoryDialog", "Client agrees"),
        "agreement_reason": _t("SessionHistoryDialog", "Why no opinion could be expressed"),
        "differing_views": _t("SessionHistoryDialog", "Differing views"),
        "next_steps": _t("SessionHistoryDialog", "Next steps"),
        "follow_up_on": _t("SessionHistoryDialog", "Follow up by"),
        "wellbeing": _t("SessionHistoryDialog", "How are things?"),
        "client_sorted": _t("SessionHistoryDialog", "The client sorted the options in the client view"),
        "assessment_id": _t("SessionHistoryDialog", "Linked assessment"),
        "title": _t("SessionHistoryDialog", "title"),
        "plain": _t("SessionHistoryDialog", "in plain words"),
        "pictogram": _t("SessionHistoryDialog", "pictogram"),
        "tried": _t("SessionHistoryDialog", "tried out"),
        "reaction": _t("SessionHistoryDialog", "reaction"),
        "client_words": _t("SessionHistoryDialog", "client's own words"),
        "name": _t("SessionHistoryDialog", "name"),
        "role": _t("SessionHistoryDialog", "role"),
        "relation": _t("SessionHistoryDialog", "relation"),
        "chosen_by_client": _t("SessionHistoryDialog", "chosen by the client"),
        "question": _t("SessionHistoryDialog", "question"),
        "answer": _t("SessionHistoryDialog", "answer"),
        "who": _t("SessionHistoryDialog", "whose view"),
        "view": _t("SessionHistoryDialog", "view"),
    }


def field_title(key: str, option_numbers: Mapping[str, int]) -> str:
    """ "Option 2 › reaction" for ``options/<id>/reaction``; the field's caption otherwise."""
    labels = field_labels()
    if key == "options/order":
        return _t("SessionHistoryDialog", "Order of the options")
    parts = key.split("/")
    if len(parts) == 3 and parts[1].isdigit():  # a row of a list, e.g. participants/0/name
        return f"{labels.get(parts[0], parts[0])} {int(parts[1]) + 1} › {labels.get(parts[2], parts[2])}"
    if key.startswith("options/"):
        parts = key.split("/")
        number = option_numbers.get(parts[1])
        option = (
            _t("SessionHistoryDialog", "Option {number}").format(number=number)
            if number is not None
            else _t("SessionHistoryDialog", "Removed option")
        )
        return f"{option} › {labels.get(parts[2], parts[2])}" if len(parts) > 2 else option
    return labels.get(key, key)


def display_value(key: str, value: Any) -> str:
    """A stored value as the counsellor reads it (codes as words, lists one per line)."""
    if value is None or value == "" or value == []:
        return "—"
    last = key.rsplit("/", 1)[-1]
    words: dict[Any, str] = {}
    if last == "reaction":
        words = dict(reaction_choices())
    elif last == "agreement":
        words = agreement_labels()
    elif last == "methods":
        words = method_labels()
    elif last == "wellbeing":
        words = dict(wellbeing_labels())
    if isinstance(value, bool):
        return _t("SessionHistoryDialog", "Yes") if value else _t("SessionHistoryDialog", "No")
    if isinstance(value, list):
        return "\n".join(display_value(last, item) for item in value)
    if isinstance(value, dict):
        if "role" in value:
            value = {
                **value,
                "role": role_labels().get(value["role"], value["role"]),
                "chosen_by_client": _t("SessionHistoryDialog", "chosen by the client")
                if value.get("chosen_by_client")
                else "",
            }
        return ", ".join(str(v) for k, v in value.items() if k != "id" and v not in (None, "", False))
    return words.get(value, str(value))


class SessionHistoryDialog(QDialog):
    """Read-only table of every change across the versions of one session, newest first."""

    COLUMNS = ("when", "who", "version", "what", "old", "new", "reason")

    def __init__(
        self, changes: Iterable[SessionChangeView], options: Sequence[Mapping[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHistoryDialog")
        self.setWindowTitle(self.tr("History of changes"))
        fit_to_screen(self, QSize(1180, 600))
        numbers = {str(o.get("id")): n for n, o in enumerate(options, start=1)}
        rows = list(changes)[::-1]
        intro = QLabel(
            self.tr(
                "Every change to this decision-making session, newest first. Changes made in an "
                "amended version show the reason given for the amendment."
            ),
            self,
            wordWrap=True,
        )
        self.table = QTableWidget(len(rows), len(self.COLUMNS), self, objectName="sessionHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Version"),
                self.tr("What"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Reason"),
            ]
        )
        for r, change in enumerate(rows):
            texts = (
                format_moment(change.changed_at),
                change.changed_by_name,
                str(change.version_no),
                field_title(change.field_key, numbers),
                display_value(change.field_key, change.old_value),
                display_value(change.field_key, change.new_value),
                change.reason or "",
            )
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.verticalHeader().hide()
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
