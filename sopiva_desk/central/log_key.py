"""The server's own Ed25519 key, with which it countersigns the access-log heads it has verified
(docs/security.md, "Countersignature"; docs/admin.md, "The server's log key").

Made by ``sopiva-central init`` into a file only its owner may read (0600), next to the SQLite
database by default or where ``--log-key-file`` says. Only the server process reads it; the
database never holds it, so a person who can edit the database still cannot countersign.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sopiva_desk.protocol import signing

FILE_NAME = "log-signing-key.pem"


class LogKeyError(Exception):
    pass


def create(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The key in ``path``, made first if there is none (``True`` when made now)."""
    if path.exists():
        return load(path), False
    key = signing.generate_private_key()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # O_EXCL: never overwrite a key another init made meanwhile; 0600 from the first byte.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    return key, True


def load(path: Path) -> Ed25519PrivateKey:
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except FileNotFoundError:
        raise LogKeyError(f"no log signing key at {path}: run `sopiva-central init` (or give --log-key-file)") \
            from None
    except OSError as error:
        raise LogKeyError(f"the log signing key {path} cannot be read: {error.strerror}") from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise LogKeyError(f"the log signing key {path} is readable by others: chmod 600 it")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except ValueError as error:
        raise LogKeyError(f"the log signing key {path} is not a PEM private key") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise LogKeyError(f"the log signing key {path} is not an Ed25519 key")
    return key


def public_b64(key: Ed25519PrivateKey) -> str:
    return signing.public_key_b64(key)
