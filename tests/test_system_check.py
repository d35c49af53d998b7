"""Before Qt starts: every missing system library is named, with the command that installs it."""

from __future__ import annotations

from sopiva_desk import system_check
from sopiva_desk.system_check import XCB_LIBRARIES, advice, missing_libraries, platform_in_use


def test_the_platform_follows_the_environment() -> None:
    assert platform_in_use({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert platform_in_use({"QT_QPA_PLATFORM": "", "DISPLAY": ":0"}) == "xcb"  # `make run` clears it
    assert platform_in_use({"QT_QPA_PLATFORM": "xcb;wayland", "WAYLAND_DISPLAY": "w"}) == "xcb"
    assert platform_in_use({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "wayland"
    assert platform_in_use({}) == ""


def test_every_missing_xcb_library_is_named_with_its_package() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
    missing = missing_libraries("xcb", loads=lambda soname: soname not in absent)
    assert missing == {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
                       "libxcb-cursor.so.0": "libxcb-cursor0"}
    text = advice(missing)
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    assert "libxcb-icccm.so.4" in text


def test_offscreen_needs_no_x11_libraries() -> None:
    assert missing_libraries("offscreen", loads=lambda soname: soname not in XCB_LIBRARIES) == {}


def test_this_machine_can_start_qt_offscreen() -> None:
    """CI installs what the offscreen platform needs (.ci/run); the check agrees."""
    assert system_check.check_before_qt({"QT_QPA_PLATFORM": "offscreen"}) == 0


def test_the_xcb_list_matches_what_qts_plugin_links() -> None:
    """A Qt upgrade that links another xcb library shows up here, not on a user's desktop."""
    import subprocess
    from pathlib import Path

    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    linked: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        if not binary.is_file():
            return  # not a Linux wheel
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        linked |= {line.split()[0] for line in out.splitlines() if line.strip()}
    x11 = {name for name in linked if name.startswith(("libxcb", "libX11", "libxkbcommon-x11"))}
    assert x11 <= set(XCB_LIBRARIES), sorted(x11 - set(XCB_LIBRARIES))
