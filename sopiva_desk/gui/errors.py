"""Errors reaching the GUI: a friendly dialog for what the user can fix, a crash report for bugs.

Crash reports hold the exception type, the code locations of the traceback and versions;
never exception messages or local values, which could contain client data.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sopiva_desk import __version__
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.services.errors import KnownError

log = logging.getLogger(__name__)

_crash_dir: Path | None = None


def set_crash_dir(path: Path) -> None:
    global _crash_dir  # noqa: PLW0603 - set once by the composition root
    _crash_dir = path


def crash_report_text(error: BaseException) -> str:
    """A report safe to send to IT: types and code locations only."""
    frames = traceback.extract_tb(error.__traceback__)
    lines = [
        f"Sopiva Desk {__version__} crash report",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"python: {platform.python_version()} ({sys.platform})",
        f"error: {type(error).__module__}.{type(error).__qualname__}",
        "traceback (most recent call last):",
    ]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    cause = error.__cause__ or error.__context__
    if cause is not None:
        lines.append(f"caused by: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines) + "\n"


def write_crash_report(error: BaseException) -> Path | None:
    if _crash_dir is None:
        return None
    _crash_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = _crash_dir / f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(crash_report_text(error))
    return path


def report(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` to the user in the right way."""
    if isinstance(error, KnownError):
        title = QCoreApplication.translate("Errors", "Sopiva Desk")
        prompts.show_error(parent, title, message(error.key, error.params))
    elif isinstance(error, ValidationError):
        title = QCoreApplication.translate("Errors", "Check the entry")
        prompts.show_error(parent, title, "\n".join(issue_text(i) for i in error.issues))
    else:
        path = write_crash_report(error)
        log.error("unexpected error %s", type(error).__qualname__)
        text = QCoreApplication.translate(
            "Errors", "Sorry, Sopiva Desk ran into a programming error. Everything you saved is safe.")
        if path is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Errors", "A crash report without client data was saved to:") + "\n" + str(path)
        prompts.show_error(parent, QCoreApplication.translate("Errors", "Unexpected error"), text)


def install_excepthook() -> None:
    """Uncaught exceptions in slots become crash reports instead of silent stderr noise."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report(None, error.with_traceback(tb))

    sys.excepthook = hook
