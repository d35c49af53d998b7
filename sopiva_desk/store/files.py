"""Atomic writes for the few plain files we keep beside the database (profile envelopes, config).

Write a temp file in the same directory with owner-only permissions, fsync, ``os.replace``,
then fsync the directory, so a crash leaves either the old or the new file, whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600, *, durable: bool = True) -> None:
    """``durable=False`` skips the two fsyncs (a power cut may then leave the old file): for a
    file rewritten after every commit whose lag is caught up at the next unlock (the access
    log's head, store/access_head.py), where they would cost more than the commit itself."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, mode)  # restrict before any byte is written
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if durable:
        _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open directories; NTFS journals the rename itself
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_json(path: Path, data: Any, mode: int = 0o600, *, durable: bool = True) -> None:
    atomic_write_bytes(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8"), mode,
                       durable=durable)


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
