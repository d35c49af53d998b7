"""Changes the central records refused: which client and record, when it was saved, why in words,
and what the counsellor can do. The changes stay on this computer (never their values here).
Below them, how many received changes wait because a record here holds their identity code or
commitment number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sopiva_desk.gui.dialogs.templates_dialog import read_only_table
from sopiva_desk.gui.sync_words import local_moment, record_kind, refusal_text
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.services.sync.status import RejectedChange


class RefusedChangesDialog(QDialog):
    def __init__(self, refused: Sequence[RejectedChange], language: str, parent: QWidget | None = None, *,
                 held: int = 0) -> None:
        """``held``: how many changes received from the central records wait on this computer
        because one of its records already holds their identity code or commitment number."""
        super().__init__(parent)
        self.setObjectName("refusedChangesDialog")
        self.setWindowTitle(self.tr("Changes the central records refused"))
        fit_to_screen(self, QSize(960, 520))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These changes are kept on this computer, but the central records did not take "
                               "them. Each row says why and what you can do."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [(change.client_name or self.tr("(not on this computer)"), record_kind(change.entity, language),
                 local_moment(change.made_at), refusal_text(change.reason)) for change in refused]
        self.table = read_only_table(
            [self.tr("Client"), self.tr("Record"), self.tr("Saved"), self.tr("Why, and what you can do")],
            rows, "refusedChangesTable", self, stretch=3)
        self.table.setAccessibleName(self.tr("Refused changes"))
        # The reason wraps onto more lines instead of being cut: rows follow the column's width.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.held_note = QLabel(self.tr(
            "%n change(s) received from the central records wait on this computer: a client here already has "
            "the same identity code, or a budget here already has the same payment commitment number. They come "
            "in at the next sync after you correct or remove your own copy (see the rows above).", "", held), self)
        self.held_note.setObjectName("heldNote")
        self.held_note.setWordWrap(True)
        self.held_note.setVisible(held > 0)
        layout.addWidget(self.held_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.table.resizeRowsToContents()
