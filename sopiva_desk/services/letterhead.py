"""The organisation's letterhead on this computer, and what documents print from it.

The letterhead (name, unit and address in Finnish and Swedish, phone, e-mail, web address,
the organisation OID and a logo) is not client data, and it belongs to the organisation, not
to one user: it is kept in the data folder beside ``profiles/``, as one JSON file
(``letterhead.json``, the logo inside it as base64), written atomically and readable by every
account (0644), so that an administrator can set it for every profile on the laptop without
anyone's passphrase (``sopiva-desk admin letterhead``, docs/admin.md) and a user can set it in
Settings → Organisation.

Sopiva Desk has no administrator accounts: whoever unlocks a profile owns the data folder.
The rule is therefore the simplest honest one: anyone may set the letterhead in Settings
until an administrator sets it from the command line with ``--lock``; after that Settings
shows it read-only (``LetterheadLockedError`` if a save is tried). The lock prevents a
mistake, it is not a security boundary (on managed laptops IT can also make the file
read-only for the user, which the app respects).

Documents print the letterhead set here; the demo profile always prints the demo's (which says
clearly that it is not a real organisation); with none set, the header says the organisation
is not configured, rather than printing an example that looks real.
"""

from __future__ import annotations

import base64
import binascii
import errno
import io
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.letterhead import (
    FIELDS,
    Letterhead,
    Logo,
    clean_letterhead,
    tables_of,
    values_from_tables,
)
from sopiva_desk.services.documents.organisation import (
    Organisation,
    demo_organisation,
    unconfigured_organisation,
)
from sopiva_desk.services.errors import DiskFullError, KnownError, StorageIOError
from sopiva_desk.store.files import atomic_write_json

FILE_NAME = "letterhead.json"
FORMAT = 1
LOGO_MAX_BYTES = 512 * 1024  # a logo is a few kilobytes; this keeps a photo out of every document
LOGO_MAX_SIDE = 4096  # pixels of a PNG, each way
LOGO_MIN_SIDE = 16
_PNG = b"\x89PNG\r\n\x1a\n"
# An SVG logo is drawn as vectors (svglib). Scripts, entities and pictures loaded from elsewhere
# are refused: a logo needs none of them, and a document must never reach outside itself.
_SVG_REFUSED = re.compile(rb"<!ENTITY|<script|<foreignObject|<image[^>]*href\s*=\s*[\"'](?!data:)", re.IGNORECASE)


class LetterheadLockedError(KnownError):
    key = "letterhead.locked"


class _Keep:
    """Save without touching the logo."""


KEEP = _Keep()


@dataclass(frozen=True)
class LetterheadState:
    letterhead: Letterhead | None  # None: not configured on this computer
    logo: Logo | None
    locked: bool  # set by an administrator with --lock: read-only in Settings
    unreadable: bool = False  # the file is there but cannot be read: documents say "not configured"


def check_logo(data: bytes) -> Logo:
    """A PNG or SVG logo, checked: at most ``LOGO_MAX_BYTES``, a picture that can be drawn.
    ``ValidationError`` on field ``logo`` otherwise."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError([Issue("logo", "letterhead.logo_too_large", {"max_kb": LOGO_MAX_BYTES // 1024})])
    if data.startswith(_PNG):
        from PIL import Image, UnidentifiedImageError  # Pillow comes with reportlab; only needed here

        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise ValidationError([Issue("logo", "letterhead.logo_unreadable")]) from None
        if not (LOGO_MIN_SIDE <= width <= LOGO_MAX_SIDE and LOGO_MIN_SIDE <= height <= LOGO_MAX_SIDE):
            raise ValidationError([Issue("logo", "letterhead.logo_size",
                                         {"min": LOGO_MIN_SIDE, "max": LOGO_MAX_SIDE})])
        return Logo("png", data)
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:4096].lower():
        if _SVG_REFUSED.search(data):
            raise ValidationError([Issue("logo", "letterhead.logo_svg_features")])
        from svglib.svglib import svg2rlg  # lazily: only a logo being checked needs it

        try:
            drawing = svg2rlg(io.BytesIO(data))
        except Exception:  # noqa: BLE001 - any parse failure means "cannot be drawn"
            drawing = None
        if drawing is None or not drawing.width or not drawing.height:
            raise ValidationError([Issue("logo", "letterhead.logo_unreadable")])
        return Logo("svg", data)
    raise ValidationError([Issue("logo", "letterhead.logo_format")])


def values_from_toml(data: bytes) -> dict[str, str]:
    """Flat letterhead values from a letterhead file (TOML, see ``demo_letterhead.toml``)."""
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise ValidationError([Issue("file", "letterhead.file_format")]) from None
    return values_from_tables(raw)


def toml_text(letterhead: Letterhead) -> str:
    """``letterhead`` as a letterhead file, which ``values_from_toml`` reads back."""
    lines = []
    for table, values in tables_of(letterhead).items():
        lines.append(f"[{table}]")
        # A JSON string is a TOML basic string (the same escapes), with the letters as they are.
        lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
        lines.append("")
    return "\n".join(lines)


def _file_errors(err: OSError) -> KnownError:
    return DiskFullError() if err.errno == errno.ENOSPC else StorageIOError()


class LetterheadService:
    """Reads and writes ``<data dir>/letterhead.json``; says what documents print."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME

    def current(self) -> LetterheadState:
        """What is set now (read from the file every time: cheap, and an administrator's change
        applies to the next document without unlocking again)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return LetterheadState(None, None, False)
        except (OSError, ValueError):
            return LetterheadState(None, None, False, unreadable=True)
        try:
            letterhead = clean_letterhead({name: raw.get(name, "") for name in FIELDS})
            logo = None
            if raw.get("logo"):
                logo = Logo(str(raw["logo"]["kind"]), base64.b64decode(raw["logo"]["data"], validate=True))
                if logo.kind not in ("png", "svg"):
                    raise ValueError(logo.kind)
        except (ValidationError, KeyError, TypeError, ValueError, binascii.Error, AttributeError):
            return LetterheadState(None, None, bool(raw.get("locked")) if isinstance(raw, dict) else False,
                                   unreadable=True)
        return LetterheadState(letterhead, logo, bool(raw.get("locked")))

    def save(self, values: Mapping[str, Any], logo: bytes | None | _Keep = KEEP, *, lock: bool | None = None,
             admin: bool = False) -> LetterheadState:
        """Set the letterhead from flat ``values`` (``domain/letterhead.FIELDS``) and ``logo``
        (new file bytes, ``None`` to remove it, ``KEEP``). Only an administrator (``admin``, the
        command line) may change a locked letterhead, or lock and unlock it. Every problem is
        raised at once."""
        before = self.current()
        if before.locked and not admin:
            raise LetterheadLockedError()
        issues: list[Issue] = []
        letterhead: Letterhead | None = None
        try:
            letterhead = clean_letterhead(values)
        except ValidationError as err:
            issues += err.issues
        new_logo = before.logo if isinstance(logo, _Keep) else None
        if isinstance(logo, bytes):
            try:
                new_logo = check_logo(logo)
            except ValidationError as err:
                issues += err.issues
        if issues:
            raise ValidationError(issues)
        assert letterhead is not None
        locked = before.locked if lock is None or not admin else lock
        data: dict[str, Any] = {"format": FORMAT, **letterhead.values(), "locked": locked}
        if new_logo is not None:
            data["logo"] = {"kind": new_logo.kind, "data": base64.b64encode(new_logo.data).decode("ascii")}
        try:
            atomic_write_json(self.path, data, mode=0o644)
        except OSError as err:
            raise _file_errors(err) from None
        return LetterheadState(letterhead, new_logo, locked)

    def clear(self, *, admin: bool = False) -> None:
        """Remove the letterhead: documents say the organisation is not configured."""
        if self.current().locked and not admin:
            raise LetterheadLockedError()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as err:
            raise _file_errors(err) from None

    def organisation(self, *, demo: bool = False) -> Organisation:
        """What the header of a document prints now."""
        if demo:
            return demo_organisation()
        state = self.current()
        if state.letterhead is None:
            return unconfigured_organisation()
        return Organisation(state.letterhead, logo=state.logo)
