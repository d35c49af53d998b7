"""Composition root: builds the services, the task runner and the windows. Nothing global."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sopiva_desk import __version__
from sopiva_desk.gui import errors, i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.tasks import GENERAL, TaskRunner
from sopiva_desk.resources import resource_path
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.settings import AppConfig
from sopiva_desk.store.files import private_dir

if TYPE_CHECKING:
    from sopiva_desk.services.demo_server import DemoServer

log = logging.getLogger("sopiva_desk")
SMOKE_TIMEOUT_MS = 60_000


def run_gui(data_dir: Path, *, demo_profile: bool = False, smoke: bool = False, language: str | None = None,
            probe_start: bool = False, probe_unlock: str | None = None, probe_after_warm_up: bool = False) -> int:
    started = time.perf_counter()
    private_dir(data_dir)
    probing = probe_start or probe_unlock is not None
    if (smoke or probing) and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # checks must run on headless machines
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Sopiva Desk")
    app.setOrganizationName("Sopiva")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "sopiva-desk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    config = AppConfig.load(data_dir)
    ui_language = language or config.language
    i18n.install(ui_language)
    errors.set_crash_dir(data_dir / "crash-reports")
    errors.install_excepthook()

    # The demo's own central records, a child process for as long as the app runs (not for the
    # smoke check and the benchmarks, which measure the app alone).
    server = _start_demo_server(data_dir) if demo_profile and not (smoke or probing) else None
    try:
        return _run(app, data_dir, server, started, demo_profile=demo_profile, smoke=smoke, language=ui_language,
                    probe_start=probe_start, probe_unlock=probe_unlock, probe_after_warm_up=probe_after_warm_up)
    finally:
        if server is not None:
            server.stop()


def _start_demo_server(data_dir: Path) -> DemoServer | None:
    from sopiva_desk.services.demo_server import DemoServer, DemoServerError

    server = DemoServer(data_dir)
    try:
        server.start()  # spawning only (a few ms): the server comes up while the windows do
    except (DemoServerError, OSError) as error:
        log.warning("the demo's central records server did not start (%s); the demo works offline", error)
        return None

    def wait() -> None:
        try:
            log.info("the demo's central records are at %s (log: %s)", server.wait_ready(), server.log_path)
        except DemoServerError as error:
            log.warning("%s; the demo works offline (Sync says the server cannot be reached)", error)

    threading.Thread(target=wait, name="demo-server-ready", daemon=True).start()
    return server


def _run(app: QApplication, data_dir: Path, server: DemoServer | None, started: float, *, demo_profile: bool,
         smoke: bool, language: str, probe_start: bool, probe_unlock: str | None, probe_after_warm_up: bool) -> int:
    probing = probe_start or probe_unlock is not None
    if server is not None:
        from sopiva_desk.services.demo_central import DemoProfiles

        profiles: ProfileService = DemoProfiles(data_dir, server)
    else:
        profiles = ProfileService(data_dir)
    runner = TaskRunner(app)
    context = AppContext(profiles, runner, language, app)
    controller = AppController(context, data_dir, app)

    preselect = None
    if demo_profile:
        from sopiva_desk.services import demo

        log.info("opening the demo profile (passphrase: %s)", demo.DEMO_PASSPHRASE)
        found = demo.find_demo_profile(profiles)
        if server is not None:
            from sopiva_desk.services.demo_central import is_connected

            if found is None or not is_connected(data_dir):
                return _create_demo_then_start(app, context, controller, profiles, server)
        elif found is None and not (smoke or probing):
            return _create_demo_then_start(app, context, controller, profiles, None)
        preselect = (found or demo.ensure_demo_profile(profiles)).profile_id

    if probe_unlock is not None:  # the unlock benchmark: the first profile, unlocked as a user would
        from sopiva_desk.gui.probes import probe_unlock as run_probe

        first = profiles.profiles()[0].profile_id
        return run_probe(app, context, controller, first, probe_unlock, after_warm_up=probe_after_warm_up)

    if probe_start:
        # For the start-up benchmark: say when the first window is on screen, then leave.
        controller.start(preselect)

        def shown() -> None:
            print(f"unlock window shown {(time.perf_counter() - started) * 1000:.0f} ms into run_gui", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
        app.exec()
        runner.shutdown()
        return 0

    if smoke:
        return _smoke(app, context, controller, preselect)

    controller.start(preselect)
    code = app.exec()
    runner.shutdown()
    return code


def _create_demo_then_start(app: QApplication, context: AppContext, controller: AppController,
                            profiles: ProfileService, server: DemoServer | None) -> int:
    """First `make run`: create the demo (and connect it to its central records) in the
    background with a window saying what happens, then show the unlock window for it."""
    from sopiva_desk.gui.demo_setup import DemoSetupWindow
    from sopiva_desk.services import demo, demo_central

    window = DemoSetupWindow()
    window.show()

    def created(profile: object) -> None:
        window.close()
        window.deleteLater()
        controller.start(getattr(profile, "profile_id", None))

    def failed(error: BaseException) -> None:
        errors.report(window, error)  # e.g. disk full: a friendly dialog; a bug: a crash report
        app.quit()

    def work() -> object:
        if server is None:
            return demo.ensure_demo_profile(profiles, progress=window.step_reached.emit)
        return demo_central.prepare_demo(profiles, server, progress=window.step_reached.emit)

    context.runner.run(work, on_success=created, on_error=failed, lane=GENERAL)
    code = app.exec()
    context.runner.shutdown()
    return code


def _smoke(app: QApplication, context: AppContext, controller: AppController, profile_id: str | None) -> int:
    """Unlock the demo profile, show the main window with the caseload loaded, then exit."""
    if profile_id is None:
        log.error("--smoke needs --demo (a profile with a known passphrase)")
        return 2
    result = {"code": 1, "done": False}

    def caseload_loaded() -> None:
        window = controller.main_window
        if window is None or result["done"]:
            return  # quitting clears the model again; only the first load counts
        result["done"] = True
        rows = window.caseload.model.rowCount()
        log.info("Sopiva Desk %s is up: main window shown, %d clients in the caseload", __version__, rows)
        result["code"] = 0 if rows > 0 else 1
        controller.quit()

    def unlocked(workspace: object) -> None:
        controller.open_workspace(workspace)  # type: ignore[arg-type]
        window = controller.main_window
        assert window is not None
        window.caseload.model.modelReset.connect(caseload_loaded)

    from sopiva_desk.services import demo

    context.runner.run(lambda: context.profiles.unlock(profile_id, demo.DEMO_PASSPHRASE), on_success=unlocked,
                       on_error=lambda error: (log.error("smoke unlock failed: %s", type(error).__name__),
                                               app.quit()))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    app.exec()
    context.runner.shutdown()
    return result["code"]
