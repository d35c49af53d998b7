"""How a locked record looks: a completed assessment or decision-making session, an agreed plan,
a completed review, or any version a newer one replaced.

Refusing input is not enough: a locked field that still looks like an input invites typing
that goes nowhere. ``lock_editor`` makes a field read-only *and* look it (the text on a plain
grey ground, no input frame; choices shown but greyed, their words kept readable), in every
form through this one function. ``LockedNotice`` says above the form since when the record is
locked and how to change it; Tab reaches it and a screen reader reads it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

LOCKED_PROPERTY = "locked"
_PROMPT_PROPERTY = "unlockedPlaceholder"
LOCKED_GROUND = "#e4e7eb"  # a shade under the window colour: a filled-in box, not an input
LOCKED_EDGE = "#cdd2d8"
LOCKED_TEXT = "#1f2328"  # 13:1 on the grey ground
EMPTY_LOCKED = "—"  # what an empty locked field shows instead of its prompt
LOCKED_CHOICE_TEXT = "#30343a"  # a greyed choice's words stay readable: 11:1 on the window colour
LOCKED_STYLE = (
    f'QLineEdit[locked="true"], QPlainTextEdit[locked="true"], QTextEdit[locked="true"] {{ '
    f"background: {LOCKED_GROUND}; color: {LOCKED_TEXT}; border: 1px solid {LOCKED_EDGE}; border-radius: 3px; }}\n"
    f'QComboBox[locked="true"]:disabled {{ background: {LOCKED_GROUND}; color: {LOCKED_TEXT}; '
    f"border: 1px solid {LOCKED_EDGE}; border-radius: 3px; padding: 1px 6px; }}\n"
    'QComboBox[locked="true"]::drop-down { width: 0px; border: none; }\n'  # no arrow: nothing to open
    'QComboBox[locked="true"]::down-arrow { image: none; width: 0px; height: 0px; }\n'
    f'QCheckBox[locked="true"]:disabled, QRadioButton[locked="true"]:disabled, '
    f'QAbstractSpinBox[locked="true"]:disabled, QPushButton[locked="true"]:disabled {{ color: {LOCKED_CHOICE_TEXT}; }}'
)
_NOTICE_STYLE = (
    f"QLabel#lockedNotice {{ background: #eef1f5; color: {LOCKED_TEXT}; padding: 6px 10px; "
    "border: 2px solid transparent; border-left: 5px solid #59636e; }"
    "QLabel#lockedNotice:focus { border: 2px solid #0b3f91; border-left: 5px solid #0b3f91; }"
)


def lock_editor(widget: QWidget, locked: bool) -> None:
    """Make a field read-only (text stays readable and selectable) or a choice unchangeable, and look it.

    An empty text field shows a dash instead of its prompt ("What the client said …"), which
    would read as an invitation to type.
    """
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        widget.setReadOnly(locked)
    else:
        widget.setEnabled(not locked)
    if bool(widget.property(LOCKED_PROPERTY)) == locked:
        return
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        if locked:
            widget.setProperty(_PROMPT_PROPERTY, widget.placeholderText())
            widget.setPlaceholderText(EMPTY_LOCKED)
        else:
            widget.setPlaceholderText(str(widget.property(_PROMPT_PROPERTY) or ""))
    if locked and LOCKED_STYLE not in widget.styleSheet():
        sheet = widget.styleSheet()  # keep the widget's own rules (e.g. the autosave's "invalid" frame)
        widget.setStyleSheet(f"{sheet}\n{LOCKED_STYLE}" if sheet else LOCKED_STYLE)
    widget.setProperty(LOCKED_PROPERTY, locked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def looks_locked(widget: QWidget) -> bool:
    return bool(widget.property(LOCKED_PROPERTY))


class LockedNotice(QLabel):
    """ "Locked: completed on 7.12.2026 — make a new version to change it: Amend…", above the form.

    Hidden while the record can be edited. It takes the keyboard focus in tab order (after the
    header's buttons), so that a keyboard or screen-reader user meets it before the fields.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_NOTICE_STYLE)
        self.hide()

    def show_locked(self, state: str, how: str) -> None:
        """``state``: since when or why it is locked ("completed on 7.12.2026"); ``how``: how to
        change it, or what happens to it instead."""
        template = QCoreApplication.translate("LockedNotice", "Locked: {state} — {how}")
        lead = template.partition("{state}")[0]  # "Locked: " in bold, in any language
        plain = template.format(state=state, how=how)
        self.setText(f"<b>{escape(lead)}</b>{escape(plain[len(lead):])}")
        self.setAccessibleName(plain)
        self.setAccessibleDescription(QCoreApplication.translate(
            "LockedNotice", "The fields of this version are read-only."))
        self.show()

    def clear_lock(self) -> None:
        self.clear()
        self.setAccessibleName("")
        self.hide()
