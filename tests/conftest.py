"""Shared fixtures. Qt runs offscreen; tests that use qtbot/qapp are marked ``gui`` automatically."""

from __future__ import annotations

import os

# The offscreen platform's screen is 800×600 unless told otherwise. Ours is what windows may use
# of the smallest laptop we support: 1366×768 less a 40 px taskbar, 1366×728 (the platform has
# no taskbar, so its "available" area is the whole screen). tests/gui/window_checks.py measures
# every window against it.
_SCREEN = os.path.join(os.path.dirname(__file__), "data", "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from sopiva_desk.services.profiles import ProfileService  # noqa: E402
from sopiva_desk.services.workspace import Workspace  # noqa: E402
from sopiva_desk.store import keys  # noqa: E402

# Property tests explore the same examples on every run (``make test`` must not pass today and
# fail tomorrow by chance); ``HYPOTHESIS_PROFILE=explore make test`` searches new examples each run.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DEMO_PASSPHRASE = "kettle lake autumn train"
# The weakest parameters the store accepts: keeps tests fast while exercising the real code path.
FAST_KDF = keys.KdfParams(memory_kib=keys.MIN_MEMORY_KIB, iterations=keys.MIN_ITERATIONS, lanes=1, salt=b"\0" * 16)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker("gui")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes would block an offscreen test forever: record them instead.

    A crash dialog ("Unexpected error") that a test did not ask for fails the test.
    Tests that expect dialogs patch ``prompts`` themselves, which overrides this.
    """
    shown: list[str] = []
    if "gui" not in request.keywords:
        yield shown
        return
    from sopiva_desk.gui import prompts

    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(prompts, "show_about", lambda parent, title, text: shown.append(title))
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes, no: True)
    yield shown
    crashes = [s for s in shown if s.startswith("Unexpected error")]
    assert not crashes, f"unexpected crash dialog: {crashes}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def profile_service(data_dir: Path) -> ProfileService:
    return ProfileService(data_dir, kdf=FAST_KDF)


@pytest.fixture
def workspace(profile_service: ProfileService) -> Iterator[Workspace]:
    profile = profile_service.create_profile("Testi Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture
def client_values() -> dict[str, object]:
    return {
        "first_names": "Aino Maria",
        "last_name": "Virtanen",
        "hetu": "131052-308T",
        "municipality_code": "623",
        "language": "fi",
        "phone": "040 123 4567",
        "communication_methods": ["speech", "pictures"],
        "communication_notes": "Puhun lyhyin lausein. Kuvat auttavat.",
    }
