"""First run: explain the encryption, then create a profile protected by a passphrase.

The passphrase rules are the domain's (``domain.passphrase``); this page only shows their
verdict next to the field it concerns. Rating a passphrase can take tens of milliseconds,
so it runs on the general lane; creating the profile (≈0.5 s) runs on the store lane.

``completeChanged`` is emitted only when completeness really changes: PySide6 6.12.0's
``SignalInstance.emit()`` loses a reference to ``True`` on every call under Python 3.11,
which aborts the interpreter once enough emits have added up.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.tasks import GENERAL
from sopiva_desk.gui.widgets.feedback import announce, error_label
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.gui.widgets.strength_meter import StrengthMeter
from sopiva_desk.services.profiles import DISPLAY_NAME_MAX, ProfileSummary

# zxcvbn (used by domain.passphrase) refuses input longer than 72 characters.
PASSPHRASE_MAX_LENGTH = 72

FIELDS = ("display_name", "passphrase", "repeat")
COLUMN_MAX_WIDTH = 560
RATE_DELAY_MS = 200  # rate the passphrase this long after the last keystroke


def normalise_name(text: str) -> str:
    """The display name as the service will store it."""
    return " ".join(text.split())


def _bold_heading(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def _column(page: QWizardPage) -> QVBoxLayout:
    """A left-aligned column of readable width, however wide the wizard is made."""
    outer = QHBoxLayout(page)
    body = QWidget(page)
    body.setMaximumWidth(COLUMN_MAX_WIDTH)
    outer.addWidget(body, 1)
    outer.addStretch(0)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WelcomePage(QWizardPage):
    """What the app keeps where, and why the passphrase matters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setTitle(self.tr("Welcome to Sopiva Desk"))
        self.setSubTitle(self.tr("Before you start, please read how your data is protected."))
        layout = _column(self)
        layout.setSpacing(14)
        for text in (
            self.tr("Sopiva Desk keeps your case work on this computer. "
                    "Everything you save is encrypted with a passphrase that you choose."),
            self.tr("Choose a passphrase you can remember. "
                    "Sopiva Desk cannot show your passphrase or reset it for you."),
            self.tr("If your organisation has set up a recovery key, the office can restore access "
                    "to your data. Ask IT support whether this is the case."),
            self.tr("Next, you will create your personal profile."),
        ):
            layout.addWidget(_paragraph(text))
        layout.addStretch(1)


class ProfilePage(QWizardPage):
    """Display name and passphrase, with a live strength meter and messages next to each field."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        self._context = context
        self._busy = False
        self._strength: passphrase_rules.Strength | None = None
        self._assessed: tuple[str, str] | None = None
        self._assessing = False
        self._repeat_left = False  # the user has left the repeat field once
        self._touched: set[str] = set()
        self._reported: dict[str, list[str]] = {}  # issues the service returned, until edited
        self._complete = False
        self._rate_timer = QTimer(self)
        self._rate_timer.setSingleShot(True)
        self._rate_timer.setInterval(RATE_DELAY_MS)
        self._rate_timer.timeout.connect(self._request_assessment)

        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(self.tr("Your name is shown on the start screen. "
                                 "The passphrase protects everything you save."))
        layout = _column(self)
        layout.setSpacing(4)

        self.display_name_label = QLabel(self.tr("Your na&me"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("displayNameEdit")
        self.display_name_edit.setAccessibleName(self.tr("Your name"))
        self.display_name_edit.setPlaceholderText(self.tr("For example Aino Virtanen"))
        self.display_name_label.setBuddy(self.display_name_edit)
        self.display_name_error = error_label(self, "displayNameError")

        self.passphrase_label = QLabel(self.tr("&Passphrase"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.meter = StrengthMeter(self.tr("Passphrase strength"))
        self.strength_bar, self.strength_label = self.meter.bar, self.meter.word
        self.passphrase_error = error_label(self, "passphraseError")

        self.repeat_label = QLabel(self.tr("&Repeat the passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.repeat_label.setBuddy(self.repeat_edit)
        self.repeat_error = error_label(self, "repeatError")

        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(PASSPHRASE_MAX_LENGTH)
        for edit in (self.display_name_edit, self.passphrase_edit, self.repeat_edit):
            edit.setMinimumHeight(max(30, edit.sizeHint().height()))
        self.show_check = QCheckBox(self.tr("&Show the passphrase"))
        self.show_check.setObjectName("showPassphraseCheck")
        self.tip_label = _paragraph(self.tr(
            "Tip: a few unrelated words that only you would put together are easy to remember "
            "and hard to guess."))
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.hide()

        layout.addWidget(self.display_name_label)
        layout.addWidget(self.display_name_edit)
        layout.addWidget(self.display_name_error)
        layout.addSpacing(12)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.meter)
        layout.addWidget(self.passphrase_error)
        layout.addSpacing(12)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.repeat_edit)
        layout.addWidget(self.repeat_error)
        layout.addSpacing(8)
        layout.addWidget(self.show_check)
        layout.addSpacing(8)
        layout.addWidget(self.tip_label)
        layout.addStretch(1)
        layout.addWidget(self.status_label)

        self.display_name_edit.textChanged.connect(self._on_display_name_edit_text_changed)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.repeat_edit.textChanged.connect(self._on_repeat_edit_text_changed)
        self.display_name_edit.editingFinished.connect(self._on_display_name_edit_editing_finished)
        self.repeat_edit.editingFinished.connect(self._on_repeat_edit_editing_finished)
        self.show_check.toggled.connect(self._on_show_check_toggled)
        self._request_assessment()
        self._refresh()


    # -- values ----------------------------------------------------------------------------

    def display_name(self) -> str:
        return normalise_name(self.display_name_edit.text())

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def repeated(self) -> str:
        return self.repeat_edit.text()

    def _key(self) -> tuple[str, str]:
        return self.passphrase(), self.display_name()

    def _name_issues(self) -> list[Issue]:
        name = self.display_name()
        if not name:
            return [Issue("display_name", "field.required")]
        if len(name) > DISPLAY_NAME_MAX:
            return [Issue("display_name", "field.too_long", {"max": DISPLAY_NAME_MAX})]
        return []

    def _passphrase_issues(self) -> list[Issue]:
        # While a new rating is pending the last one stays up, so messages do not flicker.
        if self._strength is None:
            return []
        return [Issue("passphrase", key) for key in self._strength.feedback]

    def _repeat_issues(self) -> list[Issue]:
        passphrase, repeated = self.passphrase(), self.repeated()
        if passphrase == repeated:
            return []
        return [Issue("repeat", "passphrase.mismatch")]

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (
            not self._busy
            and not self._name_issues()
            and self._strength is not None
            and self._assessed == self._key()
            and self._strength.acceptable
            and not self._repeat_issues()
        )

    # -- live feedback ---------------------------------------------------------------------

    @property
    def rating_pending(self) -> bool:
        """True until the meter and the passphrase messages describe the text as typed now."""
        return self._assessed != self._key()

    def _schedule_assessment(self) -> None:
        """Rate once typing pauses: the meter does not flicker and the lane is not flooded."""
        if not self.passphrase():
            self._rate_timer.stop()
            self._request_assessment()  # the empty case needs no zxcvbn: answered at once
        else:
            self._rate_timer.start()

    @Slot()
    def _request_assessment(self) -> None:
        key = self._key()
        if key == self._assessed or self._assessing:
            return  # up to date, or the running rating will be followed by a fresh one
        passphrase, name = key
        if not passphrase:
            self._on_rated(key, passphrase_rules.assess(passphrase))
            return
        self._assessing = True

        def rated(strength: passphrase_rules.Strength) -> None:
            if shiboken6.isValid(self):
                self._on_rated(key, strength)

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._assessing = False

        self._context.run(
            lambda: passphrase_rules.assess(passphrase, user_inputs=(name,)),
            parent=self, on_success=rated, on_failure=failed, lane=GENERAL)

    def _on_rated(self, key: tuple[str, str], strength: passphrase_rules.Strength) -> None:
        self._assessing = False
        self._strength, self._assessed = strength, key
        if key != self._key():
            self._schedule_assessment()  # typed on meanwhile: rate the latest text
        self._refresh()

    def _refresh(self) -> None:
        self._show_meter()
        shown = {
            "display_name": self._name_issues() if "display_name" in self._touched else [],
            "passphrase": self._passphrase_issues() if "passphrase" in self._touched else [],
            "repeat": self._visible_repeat_issues(),
        }
        for field, label, edit in (
            ("display_name", self.display_name_error, self.display_name_edit),
            ("passphrase", self.passphrase_error, self.passphrase_edit),
            ("repeat", self.repeat_error, self.repeat_edit),
        ):
            texts = [issue_text(i) for i in shown[field]] or self._reported.get(field, [])
            self._set_field_message(label, edit, "\n".join(texts))
        self._update_complete()

    def _update_complete(self) -> None:
        # Emit only on a real change: besides sparing QWizard work, each Python-side emit()
        # in PySide6 6.12.0 on Python 3.11 drops a reference to True (see the module docstring).
        complete = self.isComplete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def _visible_repeat_issues(self) -> list[Issue]:
        repeated = self.repeated()
        if not repeated and not self._repeat_left:
            return []
        if not self._repeat_left and self.passphrase().startswith(repeated):
            return []  # still typing the same thing
        return self._repeat_issues()

    def _set_field_message(self, label: QLabel, edit: QLineEdit, text: str) -> None:
        if label.text() != text:
            label.setText(text)
            label.setVisible(bool(text))
            edit.setAccessibleDescription(text)
            announce(label, text)

    def _show_meter(self) -> None:
        fresh = self._strength is not None and self._assessed == self._key()
        if not self.passphrase() or not fresh or self._strength is None:
            if not self.passphrase():
                self.meter.clear()
            return
        self.meter.show_strength(self._strength)

    @Slot(str)
    def _on_display_name_edit_text_changed(self, text: str) -> None:
        if text.strip():
            self._touched.add("display_name")
        self._reported.pop("display_name", None)
        self._schedule_assessment()
        self._refresh()

    @Slot(str)
    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        if text:
            self._touched.add("passphrase")
        self._reported.pop("passphrase", None)
        self._reported.pop("repeat", None)
        self._schedule_assessment()
        self._refresh()

    @Slot(str)
    def _on_repeat_edit_text_changed(self, _text: str) -> None:
        self._reported.pop("repeat", None)
        self._refresh()

    def _tearing_down(self) -> bool:
        # Focus leaves the fields (editingFinished) while the dialog's children are deleted.
        return not all(shiboken6.isValid(w) for w in (self.meter, self.strength_bar, self.strength_label,
                                                       self.display_name_error, self.passphrase_error,
                                                       self.repeat_error))

    @Slot()
    def _on_display_name_edit_editing_finished(self) -> None:
        if self._tearing_down():
            return
        self._touched.add("display_name")
        self._refresh()

    @Slot()
    def _on_repeat_edit_editing_finished(self) -> None:
        if self._tearing_down():
            return
        if self.repeated():
            self._repeat_left = True
            self._refresh()

    @Slot(bool)
    def _on_show_check_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    # -- creating --------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.display_name_edit, self.passphrase_edit, self.repeat_edit, self.show_check):
            widget.setEnabled(not busy)
        self.status_label.setText(self.tr("Creating your profile…") if busy else "")
        self.status_label.setVisible(busy)
        self._update_complete()

    def show_issues(self, issues: list[Issue]) -> None:
        """Issues the service found: shown next to their fields until the field is edited."""
        self._reported = {}
        for issue in issues:
            field = issue.field if issue.field in FIELDS else "passphrase"
            self._reported.setdefault(field, []).append(issue_text(issue))
            self._touched.add(field)
        self._refresh()
        for field, edit in (("display_name", self.display_name_edit), ("passphrase", self.passphrase_edit),
                            ("repeat", self.repeat_edit)):
            if field in self._reported:
                edit.setFocus()
                break

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.display_name_edit.setFocus()

    def clear_passphrases(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()


class FirstRunWizard(QWizard):
    """Welcome page, then profile creation.

    After ``exec()`` returns ``Accepted``, ``created_profile`` is the new ``ProfileSummary``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._context = context
        self._busy = False
        self.created_profile: ProfileSummary | None = None
        self.setWindowTitle(self.tr("Create a profile – Sopiva Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create profile"))
        self.welcome_page = WelcomePage(self)
        self.profile_page = ProfilePage(context, self)
        self.addPage(self.welcome_page)
        self.addPage(self.profile_page)
        # A new computer for someone who has a backup: restore it instead of starting empty.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Restore from a backup…"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("wizardRestoreButton")
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        self.setMinimumSize(560, 540)
        fit_to_screen(self, QSize(680, 620))

    @property
    def busy(self) -> bool:
        return self._busy

    def _on_custom_button_clicked(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value or self._busy:
            return
        from sopiva_desk.gui.dialogs.restore_backup import RestoreBackupDialog  # not on the start-up path

        dialog = RestoreBackupDialog(self._context, self)
        dialog.restored.connect(self._on_restored)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _on_restored(self, profile: ProfileSummary) -> None:
        """The restored profile is the one made here: the unlock window opens with it chosen."""
        self.created_profile = profile
        self.restore_dialog.finished.connect(lambda _result: super(FirstRunWizard, self).accept())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.profile_page.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def accept(self) -> None:
        """Finish: create the profile in the background, close once it exists."""
        if self.created_profile is not None:
            super().accept()
            return
        if self._busy or not self.profile_page.isComplete():
            return
        page = self.profile_page
        name, passphrase, repeated = page.display_name(), page.passphrase(), page.repeated()
        profiles = self._context.profiles
        self._set_busy(True)

        def created(summary: ProfileSummary) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self.created_profile = summary
            super(FirstRunWizard, self).accept()
            self.profile_page.clear_passphrases()

        def invalid(error: ValidationError) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                self.profile_page.show_issues(error.issues)

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)

        self._context.run(lambda: profiles.create_profile(name, passphrase, repeated), parent=self,
                          on_success=created, on_invalid=invalid, on_failure=failed)

    def reject(self) -> None:
        if not self._busy:  # the profile is being written: let it finish
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
