"""Before Qt starts on Linux: are the system libraries its window system needs installed?

PySide6 wheels bring Qt but not the X11/xcb libraries of the system. When one is missing,
Qt aborts with "Could not load the Qt platform plugin "xcb" … even though it was found" and
names at most one library (sometimes one that is present). We try each library the way the
dynamic loader will, and name every missing one with the command that installs it.
No Qt is imported here: this runs before Qt could fail.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# Every platform (offscreen included) needs these.
BASE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Qt's xcb platform plugin (an X11 desktop): what libqxcb.so and libQt6XcbQpa link or open.
XCB_LIBRARIES = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_in_use(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The Qt platform plugin that will start: "xcb", "wayland", "offscreen", … ("" unknown)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb" if environ.get("DISPLAY") else ""


def missing_libraries(platform: str, loads: Callable[[str], bool] = _loads) -> dict[str, str]:
    """Missing library soname -> the Debian/Ubuntu package that has it."""
    wanted = dict(BASE_LIBRARIES)
    if platform == "xcb":
        wanted.update(XCB_LIBRARIES)
    return {soname: package for soname, package in wanted.items() if not loads(soname)}


def advice(missing: dict[str, str]) -> str:
    packages = " ".join(sorted(set(missing.values())))
    libraries = ", ".join(sorted(missing))
    return (
        "Sopiva Desk cannot start its window: these system libraries, which Qt needs, are missing:\n"
        f"  {libraries}\n"
        "On Debian or Ubuntu, install them with:\n"
        f"  sudo apt-get install -y {packages}\n"
        "(On Ubuntu 24.04 and Debian 13 the GLib package is named libglib2.0-0t64.)\n"
        "On other systems, install the packages that provide the libraries named above."
    )


def check_before_qt(environ: dict[str, str] | os._Environ[str] = os.environ) -> int:
    """0 when Qt can start here; otherwise print what to install to stderr and return 3."""
    if not sys.platform.startswith("linux"):
        return 0
    missing = missing_libraries(platform_in_use(environ))
    if not missing:
        return 0
    print(advice(missing), file=sys.stderr)
    return 3
