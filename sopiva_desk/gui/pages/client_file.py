"""The client file: details, close persons, communication and the access log, edited in place.

Nothing here has a Save button: every field autosaves through ``AutosaveController`` and the
header shows whether everything is stored. Opening a file is logged as a view by the service.
"""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.clients import (
    CLIENT_FIELDS,
    ClientStatus,
    CloseRole,
    CommunicationMethod,
    Language,
    new_temporary_id,
)
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.access_log_words import AccessLogWords, client_field_label
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.access_report import access_report_button
from sopiva_desk.gui.dialogs.close_person import AddClosePersonDialog
from sopiva_desk.gui.dialogs.disclosure import record_disclosure_button
from sopiva_desk.gui.formatting import age_on, date_placeholder, format_date, parse_date
from sopiva_desk.gui.forms.ui_client_details import Ui_ClientDetails
from sopiva_desk.gui.labels import language_label, method_label, role_label, status_label
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.access_log_model import AccessLogModel
from sopiva_desk.gui.models.close_persons_model import ClosePersonsModel
from sopiva_desk.gui.models.disclosure_model import DisclosureListModel
from sopiva_desk.gui.pages.client_assessments import ClientAssessmentsWidget
from sopiva_desk.gui.pages.client_plan import ClientPlanWidget
from sopiva_desk.gui.pages.client_retention import export_client_data, show_retention
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveStateIndicator
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.page_parts import (
    add_back_shortcuts,
    bold_label,
    build_page_header,
    button_row,
    make_read_only_list,
)
from sopiva_desk.gui.widgets.sync_state_label import SyncStateLabel, stacked_right
from sopiva_desk.services import reference
from sopiva_desk.services.access_log import AccessLogView
from sopiva_desk.services.catalogue import Catalogue
from sopiva_desk.services.clients import ClientFile, ClosePersonView, Saved
from sopiva_desk.services.documents.disclosures import DisclosureView
from sopiva_desk.services.documents.queue import KIND_RECORDS

CONTEXT = "ClientFilePage"
_PERSON_KEY = "close_person:"  # autosave keys of close-person cells: "close_person:<id>:<field>"

def _person_key(person_id: uuid.UUID, field: str) -> str:
    return f"{_PERSON_KEY}{person_id}:{field}"


def _split_person_key(key: str) -> tuple[uuid.UUID, str]:
    _, person_id, field = key.split(":")
    return uuid.UUID(person_id), field


def _service_name(catalogue: Catalogue, language: str, code: str) -> str:
    """A catalogue service by its name in ``language`` (the code if the catalogue has no such service)."""
    service = catalogue.service(code)
    return service.name(language) if service is not None else code


class ClientFilePage(QWidget):
    """One client's file, edited in place with autosave.

    Signals:
        back_requested(): the user wants the caseload (pending edits are already sent).
        client_opened(object): the client's UUID, once its file is shown.
        client_changed(object): the client's UUID, after any saved change.
        client_deleted(object): the client's UUID, after the client was deleted.
    """

    back_requested = Signal()
    client_opened = Signal(object)
    client_changed = Signal(object)
    client_deleted = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFilePage")
        self._context = context
        self._client_id: uuid.UUID | None = None
        self._opening: uuid.UUID | None = None
        self._open_on_tab: QWidget | None = None
        self._values: dict[str, Any] = {}
        self._autosave = AutosaveController(context, self)
        self._persons = ClosePersonsModel(self)
        self._log_model = AccessLogModel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget(self, objectName="clientTabs")
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_close_persons(), self.tr("Close persons"))
        self.tabs.addTab(self._build_communication(), self.tr("Communication"))
        self.assessments_tab = ClientAssessmentsWidget(context, self)
        self.tabs.addTab(self.assessments_tab, self.tr("Visits and assessments"))
        self.plan_tab = ClientPlanWidget(context, self)
        self.tabs.addTab(self.plan_tab, self.tr("Plan and budget"))
        self.tabs.addTab(self._build_access_log(), self.tr("Access log"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout.addWidget(self.tabs, 1)

        self._autosave.field_saved.connect(self._on_autosave_field_saved)
        self._autosave.field_invalid.connect(self._on_autosave_field_invalid)
        self._autosave.draft_restored.connect(self._on_autosave_draft_restored)
        self._persons.edited.connect(self._on_persons_edited)
        add_back_shortcuts(self, self._go_back)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self._autosave, self)
        self.sync_state = SyncStateLabel(self, object_name="clientSyncState")  # the client over all its records
        side = stacked_right(self, self.save_state, self.sync_state)
        header, self.name_label, self.identity_label = build_page_header(
            self, back_text=self.tr("← Clients"), back_tip=self.tr("Back to the client list (Alt+Left or Esc)"),
            on_back=self._go_back, title_name="clientName", subline_name="clientIdentity", side=side)
        return header

    def set_back_label(self, text: str = "", tip: str = "") -> None:
        """Name where Back leads (the client list unless given, e.g. the budgets overview)."""
        back = self.findChild(QPushButton, "backButton")
        back.setText(text or self.tr("← Clients"))
        back.setToolTip(tip or self.tr("Back to the client list (Alt+Left or Esc)"))

    def _build_details(self) -> QWidget:
        tab = QWidget(self)
        self.ui = Ui_ClientDetails()
        self.ui.setupUi(tab)
        ui, save, autosave = self.ui, self._save_client_field, self._autosave
        ui.birthDateHint.setStyleSheet("color: #555b61;")  # 6.6:1 on the window colour
        for value in Language:
            ui.languageCombo.addItem(language_label(value), value.value)
        for value in ClientStatus:
            ui.statusCombo.addItem(status_label(value), value.value)
        language = self._context.ui_language
        for municipality in sorted((m for m in reference.municipalities() if m.active),
                                   key=lambda m: m.name(language)):
            ui.municipalityCombo.addItem(municipality.name(language), municipality.code)
        for field, edit in (
            ("first_names", ui.firstNamesEdit), ("last_name", ui.lastNameEdit), ("hetu", ui.hetuEdit),
            ("temporary_id", ui.temporaryIdEdit), ("other_language", ui.otherLanguageEdit),
            ("street_address", ui.streetAddressEdit), ("postal_code", ui.postalCodeEdit),
            ("post_office", ui.postOfficeEdit), ("phone", ui.phoneEdit), ("own_worker", ui.ownWorkerEdit),
        ):
            autosave.bind_line_edit(edit, field, save, error_label=getattr(ui, f"{field}Error"))
        ui.birthDateEdit.setPlaceholderText(date_placeholder())
        autosave.bind_line_edit(ui.birthDateEdit, "birth_date", save, error_label=ui.birth_dateError,
                                to_value=parse_date, to_text=format_date)
        for field, combo in (("language", ui.languageCombo), ("municipality_code", ui.municipalityCombo),
                             ("status", ui.statusCombo)):
            autosave.bind_combo(combo, field, save, error_label=getattr(ui, f"{field}Error"))
        ui.languageCombo.activated.connect(self._update_language_row)
        ui.temporaryIdEdit.textChanged.connect(self._update_generate_button)
        ui.generateTemporaryIdButton.clicked.connect(self._on_generate_clicked)
        ui.deleteClientButton.clicked.connect(self._on_delete_clicked)
        ui.exportClientButton.clicked.connect(self.export_client_data)
        ui.retentionNote.setStyleSheet("color: #555b61;")  # a note like the birth-date hint, 6.6:1
        ui.retentionNote.hide()
        return tab

    def _build_close_persons(self) -> QWidget:
        tab = QWidget(self)
        hint = QLabel(self.tr("Double-click a name, relation or phone number to change it. "
                              "Changes are saved automatically."), tab, wordWrap=True)
        self.persons_view = QTableView(tab, objectName="closePersonsView")
        view = self.persons_view
        view.setModel(self._persons)
        view.setAccessibleName(self.tr("Close persons"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 170, 170)):
            header.resizeSection(column, width)
        view.selectionModel().selectionChanged.connect(self._on_persons_selection_changed)
        self.persons_error = error_label(tab, "closePersonsError")

        self.add_person_button = QPushButton(self.tr("Add close person…"), tab,
                                             objectName="addClosePersonButton")
        self.add_person_button.clicked.connect(self._on_add_person_clicked)
        self.remove_person_button = QPushButton(self.tr("Remove"), tab, objectName="removeClosePersonButton")
        self.remove_person_button.setToolTip(self.tr("Remove the selected close person"))
        self.remove_person_button.clicked.connect(self._on_remove_person_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addStretch(1)

        self.roles_group = QGroupBox(self.tr("Roles of the selected person"), tab, objectName="rolesGroup")
        roles_layout = QVBoxLayout(self.roles_group)
        self.role_boxes: dict[str, QCheckBox] = {}
        for role in CloseRole:
            box = QCheckBox(role_label(role.value), self.roles_group, objectName=f"role_{role.value}")
            box.clicked.connect(self._on_role_clicked)
            roles_layout.addWidget(box)
            self.role_boxes[role.value] = box

        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(view, 1)
        layout.addWidget(self.persons_error)
        layout.addLayout(buttons)
        roles_row = QHBoxLayout()
        roles_row.addWidget(self.roles_group)
        roles_row.addStretch(1)
        layout.addLayout(roles_row)
        return tab

    def _build_communication(self) -> QWidget:
        tab = QWidget(self)
        methods = QGroupBox(self.tr("Communication methods"), tab, objectName="methodsGroup")
        grid = QGridLayout(methods)
        self.method_boxes: dict[str, QCheckBox] = {}
        half = (len(CommunicationMethod) + 1) // 2
        for number, method in enumerate(CommunicationMethod):
            box = QCheckBox(method_label(method.value), methods, objectName=f"method_{method.value}")
            grid.addWidget(box, number % half, number // half)
            self.method_boxes[method.value] = box
        grid.setColumnStretch(2, 1)
        methods_error = error_label(tab, "communication_methodsError")

        title = QLabel(self.tr("How I communicate and how to support me"), tab, objectName="notesLabel")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("In the client's own words, e.g. “I understand best when you show me "
                              "a picture.”"), tab, wordWrap=True)
        self.notes_edit = QPlainTextEdit(tab, objectName="communicationNotesEdit")
        self.notes_edit.setAccessibleName(self.tr("How I communicate and how to support me"))
        self.notes_edit.setTabChangesFocus(True)
        title.setBuddy(self.notes_edit)
        notes_error = error_label(tab, "communication_notesError")

        self._autosave.bind_checkboxes(self.method_boxes, "communication_methods", self._save_client_field,
                                       error_label=methods_error)
        self._autosave.bind_plain_text(self.notes_edit, "communication_notes", self._save_client_field,
                                       error_label=notes_error)
        layout = QVBoxLayout(tab)
        layout.addWidget(methods)
        layout.addWidget(methods_error)
        layout.addSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(notes_error)
        return tab

    def _build_access_log(self) -> QWidget:
        tab = QWidget(self)
        hint = QLabel(self.tr("Everyone who has viewed, listed or changed this client's data, and why, newest "
                              "first. The client has the right to see this log."), tab, wordWrap=True)
        self.log_view = QTableView(tab, objectName="accessLogView")
        self.log_view.setModel(self._log_model)
        make_read_only_list(self.log_view, name=self.tr("Access log"))
        self.log_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 170, 165, 100, 360)):
            self.log_view.horizontalHeader().resizeSection(column, width)
        self.disclosures_model = DisclosureListModel(self)
        disclosures_caption = bold_label(self.tr("Disclosures"), tab, "disclosuresCaption")
        disclosures_hint = QLabel(self.tr("Documents and other client data handed to someone outside the "
                                          "organisation: what, to whom, how, on what basis and why. The client has "
                                          "the right to see these too."), tab,
                                  wordWrap=True)
        self.disclosures_view = QTableView(tab, objectName="disclosuresView")
        self.disclosures_view.setModel(self.disclosures_model)
        make_read_only_list(self.disclosures_view, name=self.tr("Disclosures"))
        self.disclosures_view.horizontalHeader().setStretchLastSection(True)
        self.disclosures_view.setMaximumHeight(180)
        self.report_button = access_report_button(self, self._context, lambda: self._client_id)
        self.record_disclosure_button = record_disclosure_button(self, self._context, lambda: self._client_id,
                                                                 lambda _view: self._refresh_access_log())
        layout = QVBoxLayout(tab)
        layout.addLayout(button_row(hint, self.report_button))
        layout.addWidget(self.log_view, 1)
        layout.addLayout(button_row(disclosures_caption, self.record_disclosure_button))
        layout.addWidget(disclosures_hint)
        layout.addWidget(self.disclosures_view)
        return tab

    # -- public ----------------------------------------------------------------------------

    @property
    def client_name(self) -> str:
        return self.name_label.text()

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def home_address(self) -> str:
        """The client's address as one line ("Koivukuja 8, 52200 Puumala"), as last shown or saved."""
        street = str(self._values.get("street_address") or "").strip()
        town = " ".join(str(self._values.get(key) or "").strip() for key in ("postal_code", "post_office")).strip()
        return ", ".join(part for part in (street, town) if part)

    def open_client(self, client_id: uuid.UUID, tab: QWidget | None = None) -> None:
        """Load and show a client's file in the background (the service logs it as a view), on
        its first tab or on ``tab`` (e.g. ``assessments_tab``)."""
        self.flush()
        self._opening = client_id
        self._open_on_tab = tab
        self.tabs.setEnabled(False)
        self._context.run(lambda: self._context.clients().open_client(client_id), parent=self,
                          on_success=self._on_client_loaded, on_failure=self._on_open_failed)

    def clear(self) -> None:
        """Empty every widget (the app locks). Call ``flush()`` first: unsent edits are dropped."""
        self.assessments_tab.clear()
        self.plan_tab.clear()
        self._opening = self._client_id = None
        self._values = {}
        self._autosave.reset()
        self._autosave.show_values(dict.fromkeys(CLIENT_FIELDS))
        self._persons.set_persons(())
        self._log_model.clear()
        self.persons_error.hide()
        self.name_label.clear()
        self.identity_label.clear()
        self.sync_state.clear()
        self.tabs.setEnabled(False)
        self._update_roles()

    def flush(self) -> None:
        """Send every edit still waiting for its debounce now (an open review dialog's too)."""
        self._autosave.flush()
        self.plan_tab.flush()

    def has_pending_saves(self) -> bool:
        return self._autosave.has_pending()

    # -- loading and showing ---------------------------------------------------------------

    def _on_client_loaded(self, file: ClientFile) -> None:
        if file.id != self._opening:
            return  # another client was asked for meanwhile
        self._autosave.reset()
        self._client_id, self._values = file.id, dict(file.values)
        ui = self.ui
        code = file.values["municipality_code"]
        if code and ui.municipalityCombo.findData(code) < 0:
            known = reference.municipality_by_code().get(code)
            name = known.name(self._context.ui_language) if known else code
            ui.municipalityCombo.addItem(self.tr("{name} (no longer a municipality)").format(name=name), code)
        self._autosave.show_values(file.values)
        self._persons.set_persons(file.close_persons)
        self._autosave.use_drafts("client", file.id)
        self.sync_state.follow(self._context, "client", file.id, client=True)
        self.persons_error.hide()
        self._update_roles()
        self._update_language_row()
        self._update_identity_widgets()
        self._log_model.clear()  # read when its tab is shown
        tab = self._open_on_tab
        if tab is not None and self.tabs.indexOf(tab) >= 0:
            self.tabs.setCurrentWidget(tab)
        else:
            self.tabs.setCurrentIndex(0)
        self.tabs.setEnabled(True)
        if self.isVisible():
            # The tab bar, not a field: arrows and Ctrl+Tab move between tabs, Tab goes into the
            # form, and nothing typed by habit lands in the client's name.
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        self.assessments_tab.load(file.id)
        self.plan_tab.load(file.id)
        self.client_opened.emit(file.id)

    def _on_open_failed(self, error: BaseException) -> None:
        self.clear()  # the error itself is shown by AppContext.run
        self.back_requested.emit()

    def _update_identity_widgets(self) -> None:
        values, ui = self._values, self.ui
        self.name_label.setText(f"{values.get('first_names', '')} {values.get('last_name', '')}".strip())
        parts = [values.get("hetu") or values.get("temporary_id") or ""]
        birth = values.get("birth_date")
        if birth is not None:
            parts.append(self.tr("%n years", "", age_on(birth, date.today())))
        self.identity_label.setText(" · ".join(p for p in parts if p))
        show_retention(ui.retentionNote, values.get("closed_on"))
        from_code = bool(values.get("hetu"))
        ui.birthDateEdit.setReadOnly(from_code)
        ui.birthDateHint.setVisible(from_code)
        ui.birthDateEdit.setAccessibleDescription(ui.birthDateHint.text() if from_code else "")
        self._update_generate_button()

    def _update_language_row(self) -> None:
        self.ui.personForm.setRowVisible(self.ui.otherLanguageLabel,
                                         self.ui.languageCombo.currentData() == Language.OTHER.value)

    def _update_generate_button(self) -> None:
        self.ui.generateTemporaryIdButton.setEnabled(self._client_id is not None
                                                     and not self.ui.temporaryIdEdit.text().strip())

    def _refresh_access_log(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        language = self._context.ui_language

        def read() -> tuple[AccessLogView, list[DisclosureView], Catalogue]:
            workspace = self._context.workspace
            log = workspace.access_log.for_display(client_id)  # before the view of the disclosures is logged
            disclosures = workspace.disclosures.for_client(client_id)
            disclosed = workspace.access_log.facts_for(
                (KIND_RECORDS[d.kind], d.record_id) for d in disclosures if d.kind in KIND_RECORDS)
            workspace.access_log.record_view(client_id)  # looking at the log is a use of the client's data
            return (AccessLogView(log.entries, {**disclosed, **log.records}), disclosures,
                    workspace.plans.catalogue)

        def show(found: tuple[AccessLogView, list[DisclosureView], Catalogue]) -> None:
            log, disclosures, catalogue = found
            if client_id == self._client_id:
                self._log_model.set_log(log, language, partial(_service_name, catalogue, language))
                self.disclosures_model.set_rows(disclosures, AccessLogWords(log.records, language))
                self.disclosures_view.resizeColumnsToContents()
                self.disclosures_view.horizontalHeader().setStretchLastSection(True)

        self._context.run(read, parent=self, on_success=show)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.sync_state.refresh()  # back from a record page: its saves count for the client too

    def after_sync(self, pulled: bool) -> None:
        """A sync finished: the tabs' sync columns are read again, and their lists too when the sync
        brought changes (another device's new version of a record). The header's state follows as
        every ``SyncStateLabel`` does."""
        if self.client_id is None:
            return
        for tab in (self.assessments_tab, self.plan_tab):
            if pulled:
                tab.refresh()
            else:
                tab.refresh_sync_states()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.log_view.parentWidget():
            self._refresh_access_log()

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()

    # -- saving ----------------------------------------------------------------------------

    def _save_client_field(self, field: str, value: Any) -> Any:
        client_id = self._client_id
        return lambda: self._context.clients().update_client_field(client_id, field, value)

    def _save_person_field(self, key: str, value: Any) -> Any:
        person_id, field = _split_person_key(key)
        return lambda: self._context.clients().update_close_person_field(person_id, field, value)

    def _on_autosave_field_saved(self, key: str, saved: Saved) -> None:
        if key.startswith(_PERSON_KEY):
            person_id, field = _split_person_key(key)
            binding = self._autosave.binding(key)
            self._persons.mark_saved(person_id, field, saved.value,
                                     newer_pending=binding.dirty or binding.in_flight > 0)
            self._show_person_errors()
        else:
            self._values[key] = saved.value
            self._values.update(saved.derived)
            self._autosave.show_values(saved.derived)  # e.g. the birth date the identity code gives
            self._update_identity_widgets()
        if self._client_id is not None:
            self.sync_state.refresh()
            self.client_changed.emit(self._client_id)

    def _on_autosave_field_invalid(self, key: str, error: ValidationError) -> None:
        if key.startswith(_PERSON_KEY):
            person_id, field = _split_person_key(key)
            self._persons.mark_invalid(person_id, field, "\n".join(issue_text(i) for i in error.issues))
            self._show_person_errors()

    def _on_autosave_draft_restored(self, key: str, value: Any) -> None:
        """A close person's value kept as a draft: back into its cell, which saves it again."""
        if key.startswith(_PERSON_KEY):
            person_id, field = _split_person_key(key)
            row = self._persons.row_of(person_id)
            if row >= 0:
                self._persons.edit(row, field, value)

    def export_client_data(self) -> None:
        """Everything held on the client, to a file the counsellor chooses (the client's own request)."""
        self.flush()
        export_client_data(self, self._context, self._client_id, self.name_label.text())

    def _on_generate_clicked(self) -> None:
        self.ui.temporaryIdEdit.setText(new_temporary_id())
        binding = self._autosave.binding("temporary_id")
        binding.edited()
        binding.commit()

    def _on_delete_clicked(self) -> None:
        client_id = self._client_id
        if client_id is None or not prompts.confirm(
            self, self.tr("Delete client"),
            self.tr("Delete the client file of {name}? The client and their close persons are removed "
                    "from your caseload. The deletion is recorded in the access log.").format(
                name=self.name_label.text()),
            yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        self.flush()

        def deleted(_: object) -> None:
            self.clear()
            self.client_deleted.emit(client_id)

        self._context.run(lambda: self._context.clients().delete_client(client_id), parent=self,
                          on_success=deleted)

    # -- close persons ---------------------------------------------------------------------

    def _selected_person(self) -> ClosePersonView | None:
        rows = self.persons_view.selectionModel().selectedRows()
        return self._persons.person(rows[0].row()) if rows else None

    def _on_persons_edited(self, person_id: uuid.UUID, field: str, value: Any) -> None:
        self._autosave.save_value(_person_key(person_id, field), value, self._save_person_field)

    def _on_persons_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_roles()

    def _update_roles(self) -> None:
        person = self._selected_person()
        self.roles_group.setEnabled(person is not None)
        self.remove_person_button.setEnabled(person is not None)
        self.add_person_button.setEnabled(self._client_id is not None)
        row = self._persons.row_of(person.id) if person else -1
        roles = self._persons.value(row, "roles") if person else ()
        self.roles_group.setTitle(self.tr("Roles of {name}").format(name=self._persons.value(row, "name"))
                                  if person else self.tr("Roles of the selected person"))
        for value, box in self.role_boxes.items():
            box.setChecked(value in roles)

    def _on_role_clicked(self) -> None:
        person = self._selected_person()
        if person is not None:
            roles = [value for value, box in self.role_boxes.items() if box.isChecked()]
            self._persons.edit(self._persons.row_of(person.id), "roles", roles)

    def _show_person_errors(self) -> None:
        lines = [
            self.tr("{name} – {field}: {reason}").format(
                name=person.name, field=client_field_label(field), reason=reason)
            for person, field, reason in self._persons.errors()
        ]
        self.persons_error.setText("\n".join(lines))
        self.persons_error.setVisible(bool(lines))

    def _on_add_person_clicked(self) -> None:
        dialog = AddClosePersonDialog(self)
        dialog.submitted.connect(partial(self._add_person, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add_person(self, dialog: AddClosePersonDialog, raw: dict[str, Any]) -> None:
        client_id = self._client_id
        if client_id is None:
            dialog.reject()
            return

        def added(person: ClosePersonView) -> None:
            dialog.accept()
            if client_id == self._client_id:
                row = self._persons.add_person(person)
                self.persons_view.selectRow(row)
                self.client_changed.emit(client_id)

        self._context.run(lambda: self._context.clients().add_close_person(client_id, raw), parent=dialog,
                          on_success=added, on_invalid=dialog.show_issues,
                          on_failure=lambda _error: dialog.add_button.setEnabled(True))

    def _on_remove_person_clicked(self) -> None:
        person = self._selected_person()
        if person is None or not prompts.confirm(
            self, self.tr("Remove close person"),
            self.tr("Remove {name} from the close persons of this client?").format(name=person.name),
            yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        self.flush()
        client_id = self._client_id

        def removed(_: object) -> None:
            self._persons.remove_person(person.id)
            self._show_person_errors()
            self._update_roles()
            self.client_changed.emit(client_id)

        self._context.run(lambda: self._context.clients().remove_close_person(person.id), parent=self,
                          on_success=removed)
