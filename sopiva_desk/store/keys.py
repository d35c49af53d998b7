"""Key hierarchy: a random 256-bit data key, stored only wrapped.

* Passphrase wrap: Argon2id(passphrase, salt, params) -> KEK; AES-256-GCM(KEK) seals the data
  key with the profile id and the parameters as associated data, so a swapped or edited
  envelope fails to open instead of yielding a wrong key.
* Recovery wrap: HPKE (RFC 9180; X25519, HKDF-SHA256, AES-256-GCM) to the organisation's
  recovery public key. Only the office holds the private half.

The data key lives in a ``bytearray`` that ``wipe`` zeroes when the store is locked.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

DATA_KEY_BYTES = 32
WRAP_ALGORITHM = "argon2id+aes-256-gcm/v1"
RECOVERY_ALGORITHM = "hpke-x25519-hkdf-sha256-aes-256-gcm/v1"

# Calibrated on the reference 2-core machine: 128 MiB, t=4, p=4 takes ~0.42 s.
DEFAULT_KDF = {"memory_kib": 131072, "iterations": 4, "lanes": 4}
# Never accept weaker parameters than these from a file (downgrade protection).
MIN_MEMORY_KIB = 65536
MIN_ITERATIONS = 3

_HPKE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


class WrongPassphrase(Exception):
    """The passphrase does not open the key envelope."""


class EnvelopeInvalid(Exception):
    """The envelope is malformed, uses unknown algorithms or too weak parameters."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytearray:
    return bytearray(os.urandom(DATA_KEY_BYTES))


def wipe(key: bytearray) -> None:
    """Overwrite a key in place (best effort: Python may hold other copies briefly)."""
    for i in range(len(key)):
        key[i] = 0


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    @classmethod
    def fresh(cls, memory_kib: int | None = None, iterations: int | None = None) -> KdfParams:
        return cls(
            memory_kib=memory_kib or DEFAULT_KDF["memory_kib"],
            iterations=iterations or DEFAULT_KDF["iterations"],
            lanes=DEFAULT_KDF["lanes"],
            salt=os.urandom(16),
        )

    def check_strength(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.lanes < 1:
            raise EnvelopeInvalid("key derivation parameters are weaker than allowed")

    def derive(self, passphrase: str) -> bytes:
        self.check_strength()
        kdf = Argon2id(
            salt=self.salt, length=32, iterations=self.iterations, lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
            "lanes": self.lanes, "salt": b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise EnvelopeInvalid("unknown key derivation algorithm")
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]), unb64(data["salt"]))
        params.check_strength()
        return params


def _aad(profile_id: str, kdf: KdfParams) -> bytes:
    # Binding the parameters stops an attacker lowering them in the file to speed up guessing.
    return f"sopiva-desk/{WRAP_ALGORITHM}/{profile_id}/{kdf.memory_kib}/{kdf.iterations}/{kdf.lanes}".encode()


@dataclass(frozen=True)
class PassphraseWrap:
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(
        cls, data_key: bytearray, passphrase: str, profile_id: str, kdf: KdfParams | None = None
    ) -> PassphraseWrap:
        kdf = kdf or KdfParams.fresh()
        kek = kdf.derive(passphrase)
        nonce = os.urandom(12)
        ciphertext = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(profile_id, kdf))
        return cls(kdf, nonce, ciphertext)

    def open(self, passphrase: str, profile_id: str) -> bytearray:
        kek = self.kdf.derive(passphrase)
        try:
            return bytearray(AESGCM(kek).decrypt(self.nonce, self.ciphertext, _aad(profile_id, self.kdf)))
        except InvalidTag:
            raise WrongPassphrase() from None

    def to_json(self) -> dict[str, Any]:
        return {"algorithm": WRAP_ALGORITHM, "kdf": self.kdf.to_json(), "nonce": b64(self.nonce),
                "ciphertext": b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PassphraseWrap:
        if data.get("algorithm") != WRAP_ALGORITHM:
            raise EnvelopeInvalid("unknown key wrap algorithm")
        return cls(KdfParams.from_json(data["kdf"]), unb64(data["nonce"]), unb64(data["ciphertext"]))


def public_key_fingerprint(public_key: X25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_recovery_public_key(pem: bytes) -> X25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, X25519PublicKey):
        raise EnvelopeInvalid("the recovery key must be an X25519 public key")
    return key


def load_recovery_private_key(pem: bytes, password: bytes | None) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=password)
    except (TypeError, ValueError):
        raise WrongPassphrase() from None
    if not isinstance(key, X25519PrivateKey):
        raise EnvelopeInvalid("the recovery key must be an X25519 private key")
    return key


def generate_recovery_keypair(password: bytes) -> tuple[bytes, bytes]:
    """(private PEM encrypted with ``password``, public PEM) for the office's recovery key."""
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def _recovery_info(profile_id: str) -> bytes:
    return f"sopiva-desk/{RECOVERY_ALGORITHM}/{profile_id}".encode()


@dataclass(frozen=True)
class RecoveryWrap:
    key_id: str
    sealed: bytes

    @classmethod
    def seal(cls, data_key: bytearray, public_key: X25519PublicKey, profile_id: str) -> RecoveryWrap:
        sealed = _HPKE.encrypt(bytes(data_key), public_key, info=_recovery_info(profile_id))
        return cls(public_key_fingerprint(public_key), sealed)

    def open(self, private_key: X25519PrivateKey, profile_id: str) -> bytearray:
        if public_key_fingerprint(private_key.public_key()) != self.key_id:
            raise EnvelopeInvalid("this profile was wrapped to a different recovery key")
        try:
            return bytearray(_HPKE.decrypt(self.sealed, private_key, info=_recovery_info(profile_id)))
        except InvalidTag:
            raise EnvelopeInvalid("the recovery envelope does not open") from None

    def to_json(self) -> dict[str, Any]:
        return {"algorithm": RECOVERY_ALGORITHM, "key_id": self.key_id, "sealed": b64(self.sealed)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecoveryWrap:
        if data.get("algorithm") != RECOVERY_ALGORITHM:
            raise EnvelopeInvalid("unknown recovery algorithm")
        return cls(str(data["key_id"]), unb64(data["sealed"]))
