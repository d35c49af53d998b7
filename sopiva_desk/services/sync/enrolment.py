"""Enrolling this profile with the central server (docs/sync-protocol.md, "Enrolment").

The laptop makes an Ed25519 key pair, sends the public key with the administrator's one-time
code, and keeps the private key only inside the encrypted store (the ``sync_device`` row): never
in a file, a setting or a log. A profile syncs with one server as one user; enrolling again (a
new laptop key after a revocation, say) keeps the pull cursor when the server and user are the same.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass

from sopiva_desk import __version__
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.protocol import SCHEMA_VERSION, signing
from sopiva_desk.services.sync.errors import (
    AlreadyEnrolledError,
    CertificateError,
    EnrolledForAnotherUserError,
    NotEnrolledError,
    ServerError,
)
from sopiva_desk.services.sync.transport import DeviceKey, ServerAddress, SyncTransport, check_address
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import SyncDevice, utc_now

TransportFactory = Callable[[ServerAddress, DeviceKey | None], SyncTransport]
CODE_MAX = 200
DEVICE_NAME_MAX = 100  # as the server keeps it


def default_device_name() -> str:
    """This computer's name, which IT sees in ``sopiva-central device list``."""
    return socket.gethostname()[:DEVICE_NAME_MAX] or "laptop"


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    device_id: str
    user_id: str
    user_name: str
    role: str
    ca_pinned: bool
    support_contact: str = ""


def _summary(row: SyncDevice) -> Enrolment:
    return Enrolment(row.server_url, row.device_id, row.user_id, row.user_name, row.role, bool(row.ca_pem),
                     row.support_contact or "")


def _check_ca(ca_pem: str | None) -> str | None:
    if ca_pem is None:
        return None
    if "-----BEGIN CERTIFICATE-----" not in ca_pem:
        raise CertificateError(detail="the CA file holds no PEM certificate")
    return ca_pem


class EnrolmentService:
    def __init__(self, db: Database, *, transport_factory: TransportFactory = SyncTransport,
                 device_name: str | None = None) -> None:
        self._db = db
        self._transport_factory = transport_factory
        self._device_name = default_device_name() if device_name is None else device_name.strip()

    def current(self) -> Enrolment | None:
        with self._db.read() as session:
            row = session.get(SyncDevice, 1)
            return None if row is None else _summary(row)

    def enrol(self, server_url: str, code: str, *, ca_pem: str | None = None,
              allow_insecure_loopback: bool = False) -> Enrolment:
        url = check_address(server_url, allow_insecure_loopback)
        code = code.strip()
        if not code:
            raise ValidationError([Issue("code", "field.required")])
        if len(code) > CODE_MAX:
            raise ValidationError([Issue("code", "field.too_long", {"max": CODE_MAX})])
        if not self._device_name:
            raise ValidationError([Issue("device_name", "field.required")])
        if len(self._device_name) > DEVICE_NAME_MAX:
            raise ValidationError([Issue("device_name", "field.too_long", {"max": DEVICE_NAME_MAX})])
        ca_pem = _check_ca(ca_pem)
        existing = self.current()
        if existing is not None and existing.server_url != url:
            raise AlreadyEnrolledError(url=existing.server_url)
        key = signing.generate_private_key()
        address = ServerAddress(url, ca_pem, allow_insecure_loopback)
        with self._transport_factory(address, None) as transport:
            answer = transport.enrol(code, signing.public_key_b64(key), self._device_name, __version__, SCHEMA_VERSION)
        try:
            device_id, user_id = str(answer["device_id"]), str(answer["user_id"])
            user_name, role = str(answer.get("user_name", "")), str(answer.get("role", ""))
            support_contact = str(answer.get("support_contact") or "").strip()[:300]
        except KeyError:
            raise ServerError(status=201) from None
        if existing is not None and existing.user_id != user_id:
            raise EnrolledForAnotherUserError(user=user_name)
        public_raw = key.public_key().public_bytes_raw()
        with self._db.transaction() as session:
            row = session.get(SyncDevice, 1)
            if row is None:
                row = SyncDevice(id=1, cursor="")
                session.add(row)
            row.server_url, row.device_id, row.user_id = url, device_id, user_id
            row.user_name, row.role = user_name[:100], role[:16]
            row.private_key, row.public_key = signing.private_key_bytes(key), public_raw
            row.ca_pem, row.allow_insecure_loopback = ca_pem, allow_insecure_loopback
            row.support_contact = support_contact or None
            row.enrolled_at, row.revoked_at = utc_now(), None  # a new key: revoked no more
            return _summary(row)


def device_connection(db: Database) -> tuple[ServerAddress, DeviceKey]:
    """The stored server address and device key, for one sync (``NotEnrolledError`` if none)."""
    with db.read() as session:
        row = session.get(SyncDevice, 1)
        if row is None:
            raise NotEnrolledError()
        address = ServerAddress(row.server_url, row.ca_pem, row.allow_insecure_loopback)
        return address, DeviceKey(row.device_id, signing.private_key_from_bytes(bytes(row.private_key)))
