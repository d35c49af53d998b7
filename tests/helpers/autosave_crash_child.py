"""Child process for the autosave kill test: the real client file page, typing until killed.

Reads ``data_dir profile_id first_number`` from stdin (the passphrase is the tests' one). Opens the
profile's first client in ``ClientFilePage`` offscreen with the real background runner and keeps
typing numbered values into two text fields, the next edit starting as soon as the previous one
was sent, so a kill lands anywhere in the save cycle. Prints ``saved <field> <number>`` once the
page has shown that value as saved (the autosave's ``field_saved``), and nothing before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sopiva_desk.gui.context import AppContext  # noqa: E402
from sopiva_desk.gui.pages.client_file import ClientFilePage  # noqa: E402
from sopiva_desk.gui.tasks import TaskRunner  # noqa: E402
from sopiva_desk.services.profiles import ProfileService  # noqa: E402
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF  # noqa: E402

FIELDS = ("street_address", "communication_notes")


def value_for(field: str, number: int) -> str:
    return f"Katu {number}" if field == "street_address" else f"Muistiinpano {number}. " + "ö" * (number % 300)


def number_in(field: str, value: str) -> int:
    return int(value.removeprefix("Katu ") if field == "street_address" else value.split(".")[0].split()[1])


def main() -> None:
    data_dir, profile_id, first = sys.stdin.readline().split()
    app = QApplication([])
    service = ProfileService(Path(data_dir), kdf=FAST_KDF)
    workspace = service.unlock(profile_id, DEMO_PASSPHRASE)
    client_id = workspace.clients.caseload()[0].id
    context = AppContext(service, TaskRunner())
    context.set_workspace(workspace)
    page = ClientFilePage(context)
    page.resize(1366, 768)
    page.show()
    autosave = page._autosave  # noqa: SLF001 - the signal the save indicator follows
    editors = {"street_address": page.ui.streetAddressEdit, "communication_notes": page.notes_edit}
    number = int(first)

    def saved(field: str, result: object) -> None:
        if field in FIELDS:
            print(f"saved {field} {number_in(field, result.value)}", flush=True)  # type: ignore[attr-defined]

    def type_next() -> None:
        nonlocal number
        number += 1
        field = FIELDS[number % 2]
        editor = editors[field]
        if field == "street_address":
            editor.setText(value_for(field, number))
            editor.textEdited.emit(editor.text())  # as typing does; setText alone is no edit
        else:
            editor.setPlainText(value_for(field, number))  # textChanged: an edit
        autosave.flush()  # sent now, not after the debounce
        QTimer.singleShot(0, type_next)

    def opened(_client_id: object) -> None:
        autosave.field_saved.connect(saved)
        print("ready", flush=True)
        QTimer.singleShot(0, type_next)

    page.client_opened.connect(opened)
    page.open_client(client_id)
    app.exec()


if __name__ == "__main__":
    main()
