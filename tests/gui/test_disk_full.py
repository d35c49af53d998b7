"""A disk that refuses writes, as the user sees it on the client file page.

Two real faults, no stand-in for the store: a small tmpfs holding the data folder, filled to the
last byte (ENOSPC: SQLite's "database or disk is full"), where the test may mount one (root with
CAP_SYS_ADMIN, as here); and everywhere a file-size limit of 0 for the process
(``RLIMIT_FSIZE`` with SIGXFSZ ignored: every write fails with EFBIG, which SQLite reports as an
I/O error), which works for root in a container where ``chmod`` and ``mount`` do not.
A read-only data folder is a read-only bind mount of it (root ignores file modes; a mount
cannot turn read-only under open files, so this is the folder being read-only at unlock).

The autosave fails, the field keeps its value, the page says why once (no dialog), and once
space returns the retry stores the value without the user doing anything.
"""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import DEMO_PASSPHRASE
from tests.gui.test_client_file import open_page, retype, stored
from tests.gui.test_unlock_window import make_window, type_and_unlock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TIMEOUT = 10000


@dataclass
class DiskFault:
    name: str
    message_key: str  # what the page must say
    fill: Callable[[], None]  # the disk refuses writes from now on
    free: Callable[[], None]  # space is back


def _tmpfs_fault(data_dir: Path) -> Iterator[DiskFault]:
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(data_dir)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    filler = data_dir / "filler"

    def fill() -> None:
        with filler.open("wb", buffering=0) as handle:
            for size in (1 << 20, 65536, 4096, 512, 1):  # to the last byte
                try:
                    while True:
                        handle.write(b"\0" * size)
                except OSError:
                    pass

    try:
        yield DiskFault("full tmpfs", "disk.full", fill, lambda: filler.unlink())
    finally:
        subprocess.run(["umount", "-l", str(data_dir)], check=False)


def _file_size_limit_fault() -> Iterator[DiskFault]:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of the process being killed

    def fill() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))

    def free() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    try:
        yield DiskFault("file size limit", "disk.io_error", fill, free)
    finally:
        free()
        signal.signal(signal.SIGXFSZ, previous)


@pytest.fixture(params=["tmpfs", "rlimit"])
def fault(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[DiskFault]:
    # data_dir is still empty here: the profile is made after, on the mounted folder.
    yield from (_tmpfs_fault(data_dir) if request.param == "tmpfs" else _file_size_limit_fault())


@pytest.fixture
def full_page(qtbot: Any, fault: DiskFault, profile_service: ProfileService, workspace: Workspace,
              client_values: dict[str, object]) -> Iterator[tuple[ClientFilePage, uuid.UUID, TaskRunner]]:
    client_id = workspace.clients.create_client(client_values)
    runner = TaskRunner()
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    raw = workspace.db.engine.raw_connection()  # later writes must grow the files, not reuse the WAL
    try:
        assert raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        raw.close()
    yield page, client_id, runner
    runner.wait_idle()
    runner.shutdown()


def test_a_save_the_disk_refuses_is_kept_said_once_and_stored_when_space_returns(
        qtbot: Any, fault: DiskFault, full_page: tuple[ClientFilePage, uuid.UUID, TaskRunner],
        workspace: Workspace, dialogs: list[str]) -> None:
    page, client_id, runner = full_page
    page._autosave.set_retry_interval_ms(150)  # noqa: SLF001 - the real 5 s would only slow the test
    shown: list[str] = []
    failures: list[str] = []
    page._autosave.field_failed.connect(lambda field, _error: failures.append(field))  # noqa: SLF001
    expected = f"Not saved: {message(fault.message_key)}"

    fault.fill()
    try:
        retype(qtbot, page.ui.phoneEdit, "050 123 4567")
        qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.save_state.text() == expected, timeout=TIMEOUT)
        page._autosave.state_changed.connect(lambda _state: shown.append(page.save_state.text()))  # noqa: SLF001
        page.notes_edit.setFocus()
        qtbot.keyClicks(page.notes_edit, "Lisays. ")
        page.flush()
        # Several retries of both fields, each refused again: still the one message, no dialog.
        qtbot.waitUntil(lambda: failures.count("phone") >= 3 and failures.count("communication_notes") >= 2,
                        timeout=TIMEOUT)
        assert page.ui.phoneEdit.text() == "050 123 4567"
        assert page.notes_edit.toPlainText().startswith("Lisays. Puhun")
        assert page.save_state.text() == expected
        assert set(shown) <= {expected, "Saving…"} and shown.count("Saving…") <= 1  # the notes' first save
        assert dialogs == []
    finally:
        fault.free()

    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved at"), timeout=TIMEOUT)
    runner.wait_idle()
    values = stored(workspace, client_id)
    assert values["phone"] == "050 123 4567"
    assert values["communication_notes"] == "Lisays. Puhun lyhyin lausein. Kuvat auttavat."
    with workspace.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert dialogs == []


@pytest.fixture
def read_only_data_dir(data_dir: Path, profile_service: ProfileService) -> Iterator[Path]:
    """The data folder with one profile, then mounted read-only over itself."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    profile_service.create_profile("Testi Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    bound = subprocess.run(["mount", "--bind", str(data_dir), str(data_dir)], capture_output=True, check=False)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bound.stderr.decode(errors='replace').strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(data_dir)], check=True, capture_output=True)
        yield data_dir
    finally:
        subprocess.run(["umount", "-l", str(data_dir)], check=False)


def test_a_read_only_data_folder_is_named_at_unlock_and_left_as_it_was(
        qtbot: Any, read_only_data_dir: Path, profile_service: ProfileService, dialogs: list[str]) -> None:
    files = {path: path.read_bytes() for path in read_only_data_dir.rglob("*") if path.is_file()}
    runner = ImmediateTaskRunner()
    window = make_window(qtbot, AppContext(profile_service, runner))
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, DEMO_PASSPHRASE)
    assert window.ui.errorLabel.text() == message("disk.read_only")
    assert window.ui.passphraseEdit.isEnabled()
    assert {path: path.read_bytes() for path in read_only_data_dir.rglob("*") if path.is_file()} == files
    assert dialogs == []
    runner.shutdown()
