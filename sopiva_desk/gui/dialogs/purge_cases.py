"""Remove synced closed cases from this computer: the list of exactly who goes, confirmed first.

``open_purge_dialog`` reads the closed cases on the store lane (``PurgeService.review``) and shows
them: those that go (name, closed, last synced) and those that stay, each with the reason
(changes not yet sent, a conflict …). Nothing goes until the counsellor presses Remove; the
service checks every case again as it removes it, and writes an access-log entry for each.
With ``policy`` (offered after a sync when the setting is on) only cases closed at least the
chosen number of days ago go. See docs/security.md, "Purge by policy".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.widgets.page_parts import bold_label, make_read_only_list
from sopiva_desk.services.sync.purge import ClosedCase, PurgeReview


class PurgeCasesDialog(QDialog):
    """Signals:
        purged(list): the ids of the clients removed (maybe fewer than listed: see ``purge``).
    """

    purged = Signal(list)

    def __init__(self, context: AppContext, review: PurgeReview, parent: QWidget | None = None, *,
                 policy: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("purgeCasesDialog")
        self._context = context
        self.review = review
        self.setWindowTitle(self.tr("Remove synced closed cases"))
        self.setMinimumWidth(760)
        count = len(review.removable)
        if count:
            intro = self.tr("These closed cases are on the central records server as they are here. Removing "
                            "them deletes them from this computer only: the server keeps them, and they come back "
                            "if a case is opened again for you. Each removal is recorded in the access log.")
            if policy and review.policy_days:
                intro = self.tr("Closed at least {days} days ago and fully synced (Settings).").format(
                    days=review.policy_days) + "\n\n" + intro
        else:
            intro = self.tr("No closed case can be removed from this computer now.")
        self.intro = QLabel(intro, self, objectName="purgeIntro", wordWrap=True)
        self.removable_view = self._table("removableView", review.removable, (
            self.tr("Client"), self.tr("Closed"), self.tr("Last synced")),
            lambda case: (case.name, format_date(case.closed_at.astimezone().date()),
                          format_date_time(review.last_sync_at)))
        self.removable_view.setAccessibleName(self.tr("Cases to remove"))
        self.kept_caption = bold_label(self.tr("Closed cases that stay on this computer"), self, "keptCaption")
        self.kept_view = self._table("keptView", review.kept, (self.tr("Client"), self.tr("Closed"), self.tr("Why")),
                                     lambda case: (case.name, format_date(case.closed_at.astimezone().date()),
                                                   message(case.reason)))
        self.kept_view.setAccessibleName(self.tr("Closed cases that stay"))
        self.status = QLabel(self, objectName="purgeStatus", wordWrap=True)
        self.status.hide()

        buttons = QDialogButtonBox(self)
        self.remove_button: QPushButton | None = None
        if count:
            self.remove_button = buttons.addButton(self.tr("Remove %n case(s)", "", count),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.setObjectName("removeButton")
            self.remove_button.clicked.connect(self._on_remove_clicked)
        self.close_button = buttons.addButton(self.tr("Cancel") if count else self.tr("Close"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.removable_view, 2)
        layout.addSpacing(8)
        layout.addWidget(self.kept_caption)
        layout.addWidget(self.kept_view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.removable_view.setVisible(bool(count))
        self.kept_caption.setVisible(bool(review.kept))
        self.kept_view.setVisible(bool(review.kept))
        (self.close_button if not count else self.removable_view).setFocus()

    def _table(self, name: str, cases: Sequence[ClosedCase], titles: tuple[str, str, str],
               cells: Callable[[ClosedCase], tuple[str, str, str]]) -> QTableWidget:
        table = QTableWidget(len(cases), len(titles), self, objectName=name)
        make_read_only_list(table, name=titles[0])
        table.setHorizontalHeaderLabels(list(titles))
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, case in enumerate(cases):
            for column, text in enumerate(cells(case)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)  # a reason that does not fit the width goes on two lines, never cut
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * min(max(len(cases), 2), 6)
                               + header.sizeHint().height() + 4)
        return table

    def _on_remove_clicked(self) -> None:
        ids = [case.client_id for case in self.review.removable]
        assert self.remove_button is not None
        self.remove_button.setEnabled(False)
        self.close_button.setEnabled(False)  # the removal finishes and is reported, not left halfway
        self.status.setText(self.tr("Removing…"))
        self.status.show()

        def done(removed: list[uuid.UUID]) -> None:
            if shiboken6.isValid(self):
                self.purged.emit(removed)
                self.accept()

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.remove_button.setEnabled(True)  # type: ignore[union-attr]
                self.close_button.setEnabled(True)
                self.status.hide()

        self._context.run(lambda: self._context.workspace.purge.purge(ids), parent=self,
                          on_success=done, on_failure=failed)


def open_purge_dialog(context: AppContext, parent: QWidget, on_purged: Callable[[list[uuid.UUID], int], None], *,
                      policy: bool = False) -> None:
    """Read the closed cases and show the dialog (with ``policy``: only when some may go).
    ``on_purged(removed, listed)`` runs after a removal."""
    if not context.unlocked:
        return

    def read() -> PurgeReview | None:
        purge = context.workspace.purge
        if policy and purge.policy_days() is None:
            return None  # the setting is off: after a sync there is nothing to look at
        return purge.review(policy=policy)

    def show(review: PurgeReview | None) -> None:
        if review is None or not shiboken6.isValid(parent):
            return
        if policy and not review.removable:
            return  # nothing the setting allows: no dialog after a sync
        dialog = PurgeCasesDialog(context, review, parent, policy=policy)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.purged.connect(lambda removed: on_purged(removed, len(review.removable)))
        dialog.open()

    context.run(read, parent=parent, on_success=show)
