"""Composition root: builds the services, the task runner and the windows. Nothing global."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

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

log = logging.getLogger("sopiva_desk")
SMOKE_TIMEOUT_MS = 60_000


def run_gui(data_dir: Path, *, demo_profile: bool = False, smoke: bool = False, language: str | None = None,
            probe_start: bool = False, probe_unlock: str | None = None, probe_after_warm_up: bool = False) -> int:
    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
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

    profiles = ProfileService(data_dir)
    runner = TaskRunner(app)
    context = AppContext(profiles, runner, ui_language, app)
    controller = AppController(context, data_dir, app)

    preselect = None
    if demo_profile:
        from sopiva_desk.services import demo

        log.info("opening the demo profile (passphrase: %s)", demo.DEMO_PASSPHRASE)
        found = demo.find_demo_profile(profiles)
        if found is None and not (smoke or probing):
            return _create_demo_then_start(app, context, controller, profiles)
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
                            profiles: ProfileService) -> int:
    """First `make run`: create the demo in the background with a window saying what happens,
    then show the unlock window for it."""
    from sopiva_desk.gui.demo_setup import DemoSetupWindow
    from sopiva_desk.services import demo

    window = DemoSetupWindow()
    window.show()

    def created(profile: object) -> None:
        window.close()
        window.deleteLater()
        controller.start(getattr(profile, "profile_id", None))

    def failed(error: BaseException) -> None:
        errors.report(window, error)  # e.g. disk full: a friendly dialog; a bug: a crash report
        app.quit()

    context.runner.run(lambda: demo.ensure_demo_profile(profiles, progress=window.step_reached.emit),
                       on_success=created, on_error=failed, lane=GENERAL)
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
