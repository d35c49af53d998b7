"""Request signatures: RFC 9421 HTTP Message Signatures with Ed25519, RFC 9530 Content-Digest.

Every request except enrolment, health and the schema is signed by the device key: label
``sig1``, ``keyid`` = the device id, covering ``@method``, ``@target-uri`` and
``content-digest`` (over the body bytes as sent, after content coding), with ``created`` and a
random ``nonce``. The server verifies with :func:`verify_request` and then checks the nonce
against the ones it has seen (replay) — storage is the caller's business.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import SimpleNamespace

import httpx
from cryptography.exceptions import InvalidSignature as CryptoInvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    algorithms,
)
from http_message_signatures.exceptions import HTTPMessageSignaturesException
from http_message_signatures.structures import CaseInsensitiveDict

LABEL = "sig1"
COVERED = ("@method", "@target-uri", "content-digest")
#: How far a request's ``created`` may be from the server's clock, in seconds.
MAX_SKEW_SECONDS = 300


class SignatureError(Exception):
    """A request the server must refuse; ``code`` is the wire error code, ``status`` the HTTP status."""

    code = "bad_signature"
    status = 401


class MissingSignature(SignatureError):
    code = "bad_signature"


class BadSignature(SignatureError):
    code = "bad_signature"


class UnknownDevice(SignatureError):
    code = "unknown_device"


class ClockSkew(SignatureError):
    code = "clock_skew"

    def __init__(self, message: str, server_time: dt.datetime, created: dt.datetime) -> None:
        super().__init__(message)
        self.server_time = server_time
        self.created = created


class Replayed(SignatureError):
    code = "replayed"


@dataclass(frozen=True)
class Verified:
    keyid: str
    nonce: str
    created: dt.datetime


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """The raw 32-byte seed (the laptop keeps it inside its encrypted store)."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def private_key_from_bytes(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """Base64 of the raw 32-byte public key, as enrolment sends it."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def load_public_key(b64: str) -> Ed25519PublicKey:
    """Parse an enrolment public key; ``ValueError`` when it is not 32 raw bytes in base64."""
    try:
        raw = base64.b64decode(b64, validate=True)
    except (ValueError, TypeError) as error:
        raise ValueError("public_key is not base64") from error
    if len(raw) != 32:
        raise ValueError("public_key must be 32 raw Ed25519 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def new_nonce() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode()


class _OneKey(HTTPSignatureKeyResolver):
    def __init__(self, key_id: str, private_key: Ed25519PrivateKey) -> None:
        self.key_id = key_id
        self.private_key = private_key

    def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
        assert key_id == self.key_id
        return self.private_key

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey:  # pragma: no cover - signer only
        return self.private_key.public_key()


def sign_request(request: httpx.Request, device_id: str, private_key: Ed25519PrivateKey, *,
                 now: dt.datetime | None = None, nonce: str | None = None) -> None:
    """Sign ``request`` in place: adds ``Content-Digest``, ``Signature-Input`` and ``Signature``.

    Call it after the body is final (compressed, if it is sent compressed).
    """
    body = request.read()
    message = SimpleNamespace(method=request.method.upper(), url=str(request.url), headers=request.headers)
    for name in ("content-digest", "signature", "signature-input"):
        if name in request.headers:
            del request.headers[name]
    signer = HTTPMessageSigner(signature_algorithm=algorithms.ED25519, key_resolver=_OneKey(device_id, private_key))
    signer.sign(
        message,
        key_id=device_id,
        created=now or dt.datetime.now(dt.UTC),
        nonce=nonce or new_nonce(),
        label=LABEL,
        covered_component_ids=COVERED,
        body=body,
    )


class SigningAuth(httpx.Auth):
    """httpx auth that signs every request with the device key."""

    requires_request_body = True

    def __init__(self, device_id: str, private_key: Ed25519PrivateKey,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.device_id = device_id
        self.private_key = private_key
        self.clock = clock

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        sign_request(request, self.device_id, self.private_key, now=self.clock() if self.clock else None)
        yield request


class _LookupResolver(HTTPSignatureKeyResolver):
    def __init__(self, lookup: Callable[[str], Ed25519PublicKey | bytes | str | None]) -> None:
        self.lookup = lookup
        self.unknown: str | None = None

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey | None:
        key = self.lookup(key_id)
        if key is None:
            self.unknown = key_id
            return None
        if isinstance(key, str):
            return load_public_key(key)
        if isinstance(key, bytes):
            return Ed25519PublicKey.from_public_bytes(key)
        return key

    def resolve_private_key(self, key_id: str):  # type: ignore[no-untyped-def]  # pragma: no cover
        raise KeyError(key_id)


class _LenientClockVerifier(HTTPMessageVerifier):
    # The library refuses a "created" in the future; we check the skew ourselves afterwards so
    # that an authentic request from a laptop with a wrong clock gets ``clock_skew`` + our time.
    max_clock_skew = dt.timedelta(days=365 * 50)


def verify_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    public_key_for: Callable[[str], Ed25519PublicKey | bytes | str | None],
    *,
    now: dt.datetime | None = None,
    max_skew_seconds: int = MAX_SKEW_SECONDS,
) -> Verified:
    """Check a request's signature, digest and clock; return who signed it and the nonce.

    Raises :class:`MissingSignature`, :class:`UnknownDevice`, :class:`BadSignature` or
    :class:`ClockSkew`. ``public_key_for(keyid)`` returns ``None`` for an unknown device.
    Replay (a nonce seen before) is for the caller to check with the returned nonce.
    """
    lowered = {name.lower() for name in headers}
    if "signature" not in lowered or "signature-input" not in lowered:
        raise MissingSignature("the request is not signed")
    if "content-digest" not in lowered:
        raise BadSignature("the request has no Content-Digest")
    resolver = _LookupResolver(public_key_for)
    verifier = _LenientClockVerifier(signature_algorithm=algorithms.ED25519, key_resolver=resolver)
    message = SimpleNamespace(method=method.upper(), url=url, headers=CaseInsensitiveDict(headers))
    try:
        results = verifier.verify(message, max_age=None, require_components=COVERED, body=body)
    except (HTTPMessageSignaturesException, CryptoInvalidSignature, ValueError) as error:
        if resolver.unknown is not None:
            raise UnknownDevice(f"no device {resolver.unknown!r}") from error
        raise BadSignature(str(error) or "the signature does not verify") from error
    if len(results) != 1 or results[0].label != LABEL:
        raise BadSignature(f"expected exactly one signature labelled {LABEL}")
    result = results[0]
    nonce = result.parameters.get("nonce")
    created_ts = result.parameters.get("created")
    if not isinstance(nonce, str) or not nonce or not isinstance(created_ts, int):
        raise BadSignature("the signature needs created and nonce parameters")
    created = dt.datetime.fromtimestamp(created_ts, dt.UTC)
    server_time = now or dt.datetime.now(dt.UTC)
    if abs((server_time - created).total_seconds()) > max_skew_seconds:
        raise ClockSkew(
            f"the request was signed at {created.isoformat()}, the server's time is {server_time.isoformat()}",
            server_time, created,
        )
    return Verified(keyid=str(result.parameters["keyid"]), nonce=nonce, created=created)
