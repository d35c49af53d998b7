"""The client file's parts for data-protection duties: the retention note under the status, and
exporting everything held on the client when they ask for their data (docs/client-export.md).

Kept out of ``client_file.py``, which assembles the tabs.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.services import retention
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.organisation import ExportDiskFullError, ExportError
from sopiva_desk.services.subject_export import ClientExport

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def retention_text(closed_on: date | None) -> str:
    """What the client file says under a closed client's status: when the retention ends."""
    ends_on = retention.client_record_ends_on(closed_on)
    if closed_on is None or ends_on is None:
        return ""
    return _t("ClientFilePage", "Client-hood ended on {closed}. The retention period of the client's records "
              "ends on {ends}; reopening the client stops it.").format(
        closed=format_date(closed_on), ends=format_date(ends_on))


def show_retention(label: QLabel, closed_on: date | None) -> None:
    text = retention_text(closed_on)
    label.setText(text)
    label.setVisible(bool(text))


def default_export_name(today: date) -> str:
    return _t("ClientFilePage", "client-data-{date}.json").format(date=today.isoformat())


def export_client_data(parent: QWidget, context: AppContext, client_id: uuid.UUID | None, name: str) -> None:
    """Ask where to save and write the client's data there on the store lane; say how it went."""
    if client_id is None:
        return
    chosen = prompts.choose_save_path(parent, _t("ClientFilePage", "Export the data of {name}").format(name=name),
                                      default_export_name(date.today()), _t("ClientFilePage", "JSON files (*.json)"))
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.casefold() != ".json":
        path = path.with_name(path.name + ".json")

    def done(export: ClientExport) -> None:
        prompts.show_info(parent, _t("ClientFilePage", "Client's data exported"), _t(
            "ClientFilePage", "Everything this computer holds on {name} is in {file}: {records} records and "
            "{entries} access-log entries. The export is recorded in the access log as made at the client's "
            "own request. The central records may hold more: the administrator exports those.").format(
            name=name, file=export.path.name, records=export.records, entries=export.log_entries))

    def failed(error: BaseException) -> None:
        title = _t("ClientFilePage", "Client's data not exported")
        if isinstance(error, ExportDiskFullError):
            prompts.show_error(parent, title, _t("ClientFilePage", "The disk is full, so the file was not saved. "
                                                 "Free some space or choose another place and try again."))
        elif isinstance(error, ExportError):
            prompts.show_error(parent, title, _t("ClientFilePage", "The file could not be saved there. Check that "
                                                 "the folder exists and you may write to it, or choose another "
                                                 "place."))
        elif isinstance(error, KnownError):
            errors.report(parent, error)

    context.run(lambda: context.workspace.client_export.export(client_id, path), parent=parent,
                on_success=done, on_failure=failed, quiet=True)
