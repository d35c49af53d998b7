"""Where shipped resources (reference data, translations, icons) are found.

A wheel or frozen build carries them inside the package as ``sopiva_desk/resources``; a
source checkout has them in the top-level ``resources/`` folder beside the package.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any


@cache
def resources_dir() -> Path:
    packaged = Path(str(files("sopiva_desk"))) / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("Sopiva Desk resources are missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
