"""The backup file format (docs/security.md, "Backups"): one file that restores a profile anywhere.

    offset 0   8 bytes   magic  b"SOPIVABK"
    offset 8   2 bytes   format version, big-endian (1)
    offset 10  4 bytes   header length N, big-endian (at most 64 KiB)
    offset 14  N bytes   header: UTF-8 JSON object (below)
    offset 14+N          the SQLCipher store, exactly ``store_size`` bytes, encrypted with the data key

The header holds what profile.json holds (display name, user id, the passphrase and recovery
wraps, all bound to ``profile_id``), the recovery public key (so the recovery wrap can be
sealed again for the restored profile), when the backup was made, the app and schema version,
and the store's size and SHA-256. ``header_mac`` is an HMAC-SHA256 over the canonical JSON of
every other field, keyed from the data key: once a wrap has yielded the key, an edited name,
date or digest is found. Nothing in the file is client data in plaintext.

Everything read from a file goes through ``parse_header``, which raises ``BackupInvalid`` and
nothing else for any input (fuzzed in tests/store/test_backup_fuzz.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"SOPIVABK"
FORMAT_VERSION = 1
PREAMBLE = struct.Struct(">8sHI")  # magic, version, header length
HEADER_MAX = 65536
KIND = "sopiva-desk-profile-backup"
FILE_SUFFIX = ".sopiva-backup"

_TEXT_FIELDS = {  # field → longest accepted
    "profile_id": 64, "display_name": 200, "user_id": 64, "profile_created_at": 40,
    "backup_created_at": 40, "app_version": 40, "schema_revision": 40, "store_sha256": 64,
}


class BackupInvalid(Exception):
    """Not a backup file, of an unknown format, damaged or truncated; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BackupHeader:
    profile_id: str
    display_name: str
    user_id: str
    profile_created_at: str
    backup_created_at: str
    app_version: str
    schema_revision: str
    passphrase_wrap: dict[str, Any]
    recovery_wrap: dict[str, Any] | None
    recovery_public_key: str | None
    store_size: int
    store_sha256: str
    header_mac: str = ""

    def fields(self) -> dict[str, Any]:
        """Every field but the MAC, as written."""
        return {
            "kind": KIND, "profile_id": self.profile_id, "display_name": self.display_name,
            "user_id": self.user_id, "profile_created_at": self.profile_created_at,
            "backup_created_at": self.backup_created_at, "app_version": self.app_version,
            "schema_revision": self.schema_revision, "passphrase_wrap": self.passphrase_wrap,
            "recovery_wrap": self.recovery_wrap, "recovery_public_key": self.recovery_public_key,
            "store_size": self.store_size, "store_sha256": self.store_sha256,
        }


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"sopiva-desk/backup-header/v1").derive(bytes(data_key))


def compute_mac(header: BackupHeader, data_key: bytes | bytearray) -> str:
    return hmac.new(_mac_key(data_key), _canonical(header.fields()), hashlib.sha256).hexdigest()


def check_mac(header: BackupHeader, data_key: bytes | bytearray) -> None:
    if not hmac.compare_digest(compute_mac(header, data_key), header.header_mac):
        raise BackupInvalid("header_altered")


def encode_header(header: BackupHeader) -> bytes:
    body = _canonical({**header.fields(), "header_mac": header.header_mac})
    if len(body) > HEADER_MAX:
        raise ValueError("backup header too long")
    return PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(body)) + body


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > _TEXT_FIELDS[name]:
        raise BackupInvalid("header_field")
    return value


def _mapping(value: Any, *, optional: bool = False) -> dict[str, Any] | None:
    if value is None and optional:
        return None
    if not isinstance(value, dict):
        raise BackupInvalid("header_field")
    return value


def parse_header(handle: BinaryIO) -> tuple[BackupHeader, int]:
    """The header of the backup file open in ``handle`` and the offset where the store begins."""
    try:
        preamble = handle.read(PREAMBLE.size)
    except OSError:
        raise BackupInvalid("unreadable") from None
    if len(preamble) < PREAMBLE.size:
        raise BackupInvalid("not_a_backup" if not MAGIC.startswith(preamble[:8]) else "truncated")
    magic, version, length = PREAMBLE.unpack(preamble)
    if magic != MAGIC:
        raise BackupInvalid("not_a_backup")
    if version != FORMAT_VERSION:
        raise BackupInvalid("newer_format" if version > FORMAT_VERSION else "not_a_backup")
    if not 0 < length <= HEADER_MAX:
        raise BackupInvalid("header_field")
    body = handle.read(length)
    if len(body) < length:
        raise BackupInvalid("truncated")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BackupInvalid("header_field") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise BackupInvalid("header_field")
    size = data.get("store_size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise BackupInvalid("header_field")
    digest = _text(data, "store_sha256")
    mac = data.get("header_mac")
    if len(digest) != 64 or not isinstance(mac, str) or len(mac) != 64:
        raise BackupInvalid("header_field")
    public_key = data.get("recovery_public_key")
    if public_key is not None and (not isinstance(public_key, str) or len(public_key) > 1000):
        raise BackupInvalid("header_field")
    header = BackupHeader(
        profile_id=_text(data, "profile_id"), display_name=_text(data, "display_name"),
        user_id=_text(data, "user_id"), profile_created_at=_text(data, "profile_created_at"),
        backup_created_at=_text(data, "backup_created_at"), app_version=_text(data, "app_version"),
        schema_revision=_text(data, "schema_revision"),
        passphrase_wrap=_mapping(data.get("passphrase_wrap")),  # type: ignore[arg-type]
        recovery_wrap=_mapping(data.get("recovery_wrap"), optional=True),
        recovery_public_key=public_key, store_size=size, store_sha256=digest, header_mac=mac,
    )
    return header, PREAMBLE.size + length
