"""Enrol this computer with the central records: server address, one-time code and device name.

The request runs on the sync lane (never the GUI thread). A problem shows next to its field and
nothing typed is cleared. When an https server's certificate is not trusted by the system and
no organisation CA was chosen, the dialog fetches the certificate and shows who it names, who
issued it, when it is valid and its SHA-256 fingerprint in groups of four to read to IT support
over the phone; only "Trust this certificate and enrol" pins it (services/sync/certificates.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext, WorkspaceLocked
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.sync_words import failure_text
from sopiva_desk.gui.tasks import GENERAL, SYNC
from sopiva_desk.gui.widgets.feedback import announce, error_label
from sopiva_desk.gui.widgets.page_parts import VerticalScrollArea, bold_label, fit_to_screen
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.sync import certificates
from sopiva_desk.services.sync import errors as sync_errors
from sopiva_desk.services.sync.certificates import ServerCertificate
from sopiva_desk.services.sync.enrolment import CODE_MAX, DEVICE_NAME_MAX, Enrolment, EnrolmentService

# Which field a failure is about; anything else shows under the buttons.
PREFERRED_WIDTH = 700
_CODE_ERRORS = (sync_errors.EnrolmentCodeError, sync_errors.TooManyAttemptsError,
                sync_errors.EnrolledForAnotherUserError)
_SERVER_ERRORS = (sync_errors.ServerAddressError, sync_errors.InsecureAddressError, sync_errors.OfflineError,
                  sync_errors.SyncTimeoutError, sync_errors.ServerNotFoundError, sync_errors.AlreadyEnrolledError)


class EnrolDialog(QDialog):
    """Signals:
        enrolled(object): the ``Enrolment`` made (the dialog then closes).
    """

    enrolled = Signal(object)

    def __init__(self, context: AppContext, current: Enrolment | None, device_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol this computer"))
        self.enrolment: Enrolment | None = None
        self.certificate: ServerCertificate | None = None  # the server's, fetched on first contact
        self._ca_pem: str | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        self.form_page = self._build_form(current, device_name)
        self.certificate_page = self._build_certificate_page()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.certificate_page)
        # Room for a message at every field and under them; where the screen is smaller, it scrolls.
        longest = {self.errors["server"]: failure_text(sync_errors.OfflineError()),
                   self.errors["code"]: failure_text(sync_errors.EnrolmentCodeError()),
                   self.errors["device_name"]: failure_text(sync_errors.EnrolmentCodeError()),
                   self.message: failure_text(sync_errors.ClockSkewError(server_time="", device_time=""))}
        for label, text in longest.items():
            label.setText(text)
            label.show()
        body = self.form_body.layout().totalHeightForWidth(PREFERRED_WIDTH - 40)
        for label in longest:
            label.clear()
            label.hide()
        fit_to_screen(self, QSize(PREFERRED_WIDTH, body + 80))
        self.server_edit.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_form(self, current: Enrolment | None, device_name: str) -> QWidget:
        """The fields scroll when messages need more room than the screen has; the buttons stay."""
        outer_page = QWidget(self)
        outer = QVBoxLayout(outer_page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = VerticalScrollArea(outer_page, objectName="enrolScroll")
        page = self.form_body = QWidget(scroll)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Connect this computer to your organisation's central records, so your work is "
                               "kept there too and your clients' records come here. IT support gives you the "
                               "server address and a one-time code."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if current is not None:
            again = QLabel(self.tr("This computer is enrolled with {server} as {user}. Enrolling again, for example "
                                   "after its access was revoked, needs a new code.").format(
                                       server=current.server_url, user=current.user_name), page,
                           objectName="enrolledAlready")
            again.setWordWrap(True)
            layout.addWidget(again)
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.server_edit = QLineEdit(current.server_url if current else "", page, objectName="serverEdit")
        self.server_edit.setPlaceholderText("https://records.example.fi")
        self.loopback_check = QCheckBox(self.tr("A server on this computer (testing)"), page,
                                        objectName="loopbackCheck")
        self.loopback_check.setToolTip(self.tr("Allows a plain http address on this computer only. "
                                               "Never used for a server on the network."))
        self.loopback_check.setChecked(bool(current and current.server_url.startswith("http://")))
        self.code_edit = QLineEdit(page, objectName="codeEdit", maxLength=CODE_MAX)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setPlaceholderText("K7QM-2XPD")
        self.name_edit = QLineEdit(device_name, page, objectName="deviceNameEdit", maxLength=DEVICE_NAME_MAX)
        name_hint = QLabel(self.tr("IT support sees this name in their list of computers."), page)
        name_hint.setWordWrap(True)
        self.ca_label = QLabel(page, objectName="caLabel", wordWrap=True)
        self.ca_choose = QPushButton(self.tr("Choose CA file…"), page, objectName="caChooseButton")
        self.ca_choose.setToolTip(self.tr("If IT support gave you the organisation's certificate (CA) file, "
                                          "choose it: then only that certificate is trusted."))
        self.ca_choose.clicked.connect(self._on_ca_choose_clicked)
        self.ca_remove = QPushButton(self.tr("Remove"), page, objectName="caRemoveButton")
        self.ca_remove.clicked.connect(self._on_ca_remove_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_label, 1)
        ca_row.addWidget(self.ca_choose)
        ca_row.addWidget(self.ca_remove)
        self.errors = {field: error_label(page, f"{field}Error") for field in ("server", "code", "device_name", "ca")}
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Server address:"), self.server_edit), ("", self.loopback_check), ("", self.errors["server"]),
            (self.tr("One-time code:"), self.code_edit), ("", self.errors["code"]),
            (self.tr("Name of this computer:"), self.name_edit), ("", name_hint), ("", self.errors["device_name"]),
            (self.tr("Certificate:"), ca_row), ("", self.errors["ca"])]
        for row, (caption, item) in enumerate(rows):
            if caption:
                label = QLabel(caption, page)
                grid.addWidget(label, row, 0)
                if isinstance(item, QWidget):
                    label.setBuddy(item)
            if isinstance(item, QWidget):
                grid.addWidget(item, row, 1)
            else:
                grid.addLayout(item, row, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.message = error_label(page, "enrolMessage")
        layout.addWidget(self.message)
        self.busy_label = QLabel(self.tr("Connecting to the central records…"), page, objectName="enrolBusy")
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        buttons = QDialogButtonBox(outer_page)
        self.enrol_button = buttons.addButton(self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_enrol_clicked)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for field, edit in (("server", self.server_edit), ("code", self.code_edit),
                            ("device_name", self.name_edit)):
            edit.textEdited.connect(lambda _text, f=field: self._clear_error(f))
        self.loopback_check.toggled.connect(lambda _on: self._clear_error("server"))
        self._show_ca(None)
        return outer_page

    def _build_certificate_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold_label(self.tr("Check the server's certificate"), page, scale=1.2))
        explain = QLabel(self.tr("This computer does not know the server's security certificate. Call IT support "
                                 "and read them the fingerprint below. Trust the certificate only if it is the "
                                 "same as theirs: otherwise someone may be pretending to be the server."), page)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cert_server = QLabel(page, objectName="certServer", wordWrap=True)
        self.cert_subject = QLabel(page, objectName="certSubject", wordWrap=True)
        self.cert_issuer = QLabel(page, objectName="certIssuer", wordWrap=True)
        self.cert_validity = QLabel(page, objectName="certValidity", wordWrap=True)
        self.cert_fingerprint = QLabel(page, objectName="certFingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.cert_fingerprint.setFont(mono)
        self.cert_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for caption, label in ((self.tr("Server:"), self.cert_server), (self.tr("Issued to:"), self.cert_subject),
                               (self.tr("Issued by:"), self.cert_issuer), (self.tr("Valid:"), self.cert_validity),
                               (self.tr("Fingerprint (SHA-256):"), self.cert_fingerprint)):
            form.addRow(caption, label)
        layout.addLayout(form)
        self.cert_problem = error_label(page, "certProblem")
        layout.addWidget(self.cert_problem)
        layout.addStretch(1)
        buttons = QDialogButtonBox(page)
        self.trust_button = buttons.addButton(self.tr("Trust this certificate and enrol"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setObjectName("trustButton")
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("certBackButton")
        buttons.accepted.connect(self._on_trust_clicked)
        buttons.rejected.connect(self._on_cert_back_clicked)
        layout.addWidget(buttons)
        return page

    # -- the organisation CA --------------------------------------------------------------------

    def _show_ca(self, ca: ServerCertificate | None, *, pinned_server: bool = False) -> None:
        self._ca_pem = ca.pem if ca else None
        self.ca_remove.setVisible(ca is not None)
        if ca is None:
            self.ca_label.setText(self.tr("As usual: the certificates this computer trusts"))
        elif pinned_server:
            self.ca_label.setText(self.tr("Only the server's own certificate, checked with IT support"))
        else:
            self.ca_label.setText(self.tr("Only {name} (valid until {date})").format(
                name=ca.subject, date=format_date(ca.not_after.date())))
        self._clear_error("ca")

    def _on_ca_choose_clicked(self) -> None:
        chosen = prompts.choose_file(self, self.tr("Organisation's certificate (CA)"),
                                     self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if not chosen:
            return
        self.context.run(lambda: certificates.load_ca_file(Path(chosen)), parent=self, lane=GENERAL, quiet=True,
                         on_success=self._show_ca, on_failure=lambda error: self._show_error("ca", error))

    def _on_ca_remove_clicked(self) -> None:
        self._show_ca(None)

    # -- enrolling ------------------------------------------------------------------------------

    def _on_enrol_clicked(self) -> None:
        if self._busy:
            return
        for field in self.errors:
            self._clear_error(field)
        self.message.hide()
        self._enrol()

    def _enrol(self) -> None:
        context, url, code = self.context, self.server_edit.text().strip(), self.code_edit.text()
        name, loopback, ca_pem = self.name_edit.text(), self.loopback_check.isChecked(), self._ca_pem

        def work() -> Enrolment:
            service = EnrolmentService(context.workspace.db, device_name=name)
            return service.enrol(url, code, ca_pem=ca_pem, allow_insecure_loopback=loopback)

        self._set_busy(True)
        context.run(work, parent=self, lane=SYNC, quiet=True, on_success=self._on_enrolled,
                    on_invalid=self.show_invalid, on_failure=self.show_failure)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        self.enrol_button.setEnabled(not busy)
        self.trust_button.setEnabled(not busy)

    def _on_enrolled(self, enrolment: Enrolment) -> None:
        self._set_busy(False)
        self.enrolment = enrolment
        self.enrolled.emit(enrolment)
        self.accept()

    def show_invalid(self, error: ValidationError) -> None:
        self._set_busy(False)
        self.pages.setCurrentWidget(self.form_page)
        for issue in error.issues:
            field = issue.field if issue.field in self.errors else "server"
            self._put_error(field, issue_text(issue))

    def show_failure(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WorkspaceLocked) or not isinstance(error, KnownError):
            return  # locked meanwhile (nothing was written), or a bug: reported by the context
        url = self.server_edit.text().strip()
        if (isinstance(error, sync_errors.CertificateError) and self._ca_pem is None
                and url.lower().startswith("https://")):
            self._fetch_certificate(url)
            return
        self.pages.setCurrentWidget(self.form_page)
        self._show_error(self._field_of(error), error)

    @staticmethod
    def _field_of(error: KnownError) -> str:
        if isinstance(error, _CODE_ERRORS):
            return "code"
        if isinstance(error, _SERVER_ERRORS):
            return "server"
        if isinstance(error, sync_errors.CertificateError):
            return "ca"
        return ""

    # -- the server's certificate ---------------------------------------------------------------

    def _fetch_certificate(self, url: str) -> None:
        self._set_busy(True)
        self.context.run(lambda: certificates.fetch(url), parent=self, lane=SYNC, quiet=True,
                         on_success=lambda cert: self.show_certificate(url, cert),
                         on_failure=self._on_fetch_failed)

    def _on_fetch_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError):
            self._show_error("server", error)

    def show_certificate(self, url: str, cert: ServerCertificate) -> None:
        self._set_busy(False)
        self.certificate = cert
        self.cert_server.setText(url)
        self.cert_subject.setText(cert.subject)
        self.cert_issuer.setText(self.tr("the server itself (self-signed)") if cert.self_signed else cert.issuer)
        self.cert_validity.setText(self.tr("{start} – {end}").format(start=format_date(cert.not_before.date()),
                                                                     end=format_date(cert.not_after.date())))
        groups = cert.fingerprint_groups
        self.cert_fingerprint.setText("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
        self.cert_fingerprint.setAccessibleName(self.tr("Fingerprint: {groups}").format(groups=" ".join(groups)))
        if cert.problem:
            self.cert_problem.setText(self.tr("This certificate cannot be used for this address, so it cannot be "
                                              "trusted: {problem}. Contact IT support.").format(problem=cert.problem))
            self.cert_problem.show()
        else:
            self.cert_problem.hide()
        self.trust_button.setVisible(not cert.problem)
        self.pages.setCurrentWidget(self.certificate_page)
        (self.trust_button if not cert.problem else self.cert_fingerprint).setFocus()
        announce(self, self.tr("Check the server's certificate"))

    def _on_trust_clicked(self) -> None:
        if self.certificate is None or self.certificate.problem or self._busy:
            return
        self._show_ca(self.certificate, pinned_server=True)
        self.pages.setCurrentWidget(self.form_page)
        self._enrol()

    def _on_cert_back_clicked(self) -> None:
        self.pages.setCurrentWidget(self.form_page)
        self.server_edit.setFocus()

    # -- messages -------------------------------------------------------------------------------

    def _show_error(self, field: str, error: BaseException) -> None:
        text = failure_text(error) if isinstance(error, KnownError) else str(error)
        self._put_error(field, text)

    def _put_error(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.message)
        label.setText(text)
        label.show()
        announce(label, text)
        focus = {"server": self.server_edit, "code": self.code_edit, "device_name": self.name_edit,
                 "ca": self.ca_choose}.get(field)
        if focus is not None:
            focus.setFocus()

    def _clear_error(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None:
            label.clear()
            label.hide()
