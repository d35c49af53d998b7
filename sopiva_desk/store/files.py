"""Atomic writes for the few plain files we keep beside the database (profile envelopes, config),
and the folders they live in.

Write a temp file in the same directory with owner-only permissions, fsync, ``os.replace``,
then fsync the directory, so a crash leaves either the old or the new file, whole. Every folder
the app creates is owner-only (0700) and every file it writes 0600 (``private_dir``,
``open_private``): other accounts on the laptop see neither names nor sizes.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any


def private_dir(path: Path) -> Path:
    """Make ``path`` and any missing folder above it, each owner-only (0700).

    ``Path.mkdir(parents=True, mode=0o700)`` gives the mode to the last folder only; the parents
    it makes get the umask's default (0755). Folders that already exist are left as they are.
    """
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by another process: not ours to change
        os.chmod(folder, 0o700)  # exactly 0700, whatever the umask
    return path


def open_private(path: Path, mode: str = "a", encoding: str | None = "utf-8") -> IO[Any]:
    """Open a file for writing or appending, created owner-only (0600) if new."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    return os.fdopen(os.open(path, flags, 0o600), mode, encoding=encoding)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600, *, durable: bool = True) -> None:
    """``durable=False`` skips the two fsyncs (a power cut may then leave the old file): for a
    file rewritten after every commit whose lag is caught up at the next unlock (the access
    log's head, store/access_head.py), where they would cost more than the commit itself."""
    private_dir(path.parent)
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
