"""Enrolment codes, device enrolment and the check every signed request passes."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopiva_desk.central.errors import ApiError
from sopiva_desk.central.models import Device, EnrolmentAttempt, EnrolmentCode, Nonce, User, utc_now
from sopiva_desk.protocol import signing

#: 32 letters and digits without look-alikes (0/O, 1/I): 8 of them carry 40 bits.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_CODE_LIFETIME = timedelta(minutes=15)
#: Failed attempts allowed in the window per source address, and from everyone together.
ATTEMPT_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_SOURCE = 5
MAX_FAILURES_TOTAL = 100
#: Seen nonces are kept this long: longer than twice the allowed clock skew, so a request
#: signed at the edge of the window cannot be replayed after its nonce was forgotten.
NONCE_RETENTION = timedelta(minutes=20)


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def issue_code(session: Session, user_id: str, lifetime: timedelta = DEFAULT_CODE_LIFETIME,
               now: datetime | None = None) -> tuple[str, datetime]:
    """A new one-time code for ``user_id`` (shown once, stored only as a hash) and its expiry."""
    if session.get(User, user_id) is None:
        raise LookupError(f"no user {user_id}")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = now or utc_now()
    expires = now + lifetime
    session.add(EnrolmentCode(user_id=user_id, code_hash=hash_code(raw), created_at=now, expires_at=expires))
    return f"{raw[:4]}-{raw[4:]}", expires


@dataclass(frozen=True)
class Enrolled:
    device: Device
    user: User


def check_rate(session: Session, source: str, now: datetime) -> None:
    since = now - ATTEMPT_WINDOW
    mine = session.scalars(
        select(EnrolmentAttempt.at).where(EnrolmentAttempt.source == source, EnrolmentAttempt.at > since)
        .order_by(EnrolmentAttempt.at)
    ).all()
    total = session.scalar(select(func.count()).select_from(EnrolmentAttempt).where(EnrolmentAttempt.at > since))
    if len(mine) >= MAX_FAILURES_PER_SOURCE or (total or 0) >= MAX_FAILURES_TOTAL:
        oldest = mine[0] if len(mine) >= MAX_FAILURES_PER_SOURCE else now
        retry = max(1, int((oldest + ATTEMPT_WINDOW - now).total_seconds()) + 1)
        raise ApiError(429, "too_many_attempts", "Too many enrolment attempts; wait and try again.",
                       retry_after=retry)


def record_failure(session: Session, source: str, now: datetime) -> None:
    session.add(EnrolmentAttempt(source=source[:64], at=now))
    session.execute(delete(EnrolmentAttempt).where(EnrolmentAttempt.at < now - 2 * ATTEMPT_WINDOW))


def find_usable_code(session: Session, code: str, now: datetime) -> EnrolmentCode | None:
    row = session.scalar(select(EnrolmentCode).where(EnrolmentCode.code_hash == hash_code(code)))
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    return row


def enrol(session: Session, code_row: EnrolmentCode, public_key: str, device_name: str, app_version: str,
          schema_version: int, now: datetime) -> Enrolled | None:
    """Use the code (once: a concurrent second use loses) and register the device."""
    taken = session.execute(
        update(EnrolmentCode).where(EnrolmentCode.id == code_row.id, EnrolmentCode.used_at.is_(None))
        .values(used_at=now)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    user = session.get(User, code_row.user_id)
    assert user is not None
    device = Device(user_id=user.id, name=device_name, public_key=public_key, app_version=app_version,
                    schema_version=schema_version, enrolled_at=now)
    session.add(device)
    session.flush()
    code_row.device_id = device.id
    return Enrolled(device, user)


@dataclass(frozen=True)
class Caller:
    device: Device
    user: User


def authenticate(session: Session, method: str, url: str, headers: dict[str, str], body: bytes,
                 now: datetime | None = None) -> Caller:
    """Verify a signed request and consume its nonce; :class:`ApiError` for every refusal."""
    now = now or utc_now()
    devices: dict[str, Device] = {}

    def lookup(key_id: str) -> str | None:
        device = session.get(Device, key_id) if len(key_id) <= 36 else None
        if device is None:
            return None
        devices[key_id] = device
        return device.public_key

    try:
        verified = signing.verify_request(method, url, headers, body, lookup, now=now)
    except signing.ClockSkew as error:
        raise ApiError(401, error.code, str(error), server_time=now.isoformat()) from error
    except signing.SignatureError as error:
        raise ApiError(error.status, error.code, str(error)) from error
    device = devices[verified.keyid]
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked", "This device has been revoked.")
    if len(verified.nonce) > 64:
        raise ApiError(401, "bad_signature", "the nonce is too long")
    seen = session.get(Nonce, (device.id, verified.nonce))
    if seen is not None:
        raise ApiError(401, "replayed", "This request was already received (nonce seen before).")
    session.add(Nonce(device_id=device.id, nonce=verified.nonce, seen_at=now))
    try:
        session.flush()
    except IntegrityError as error:  # the same request twice at the same moment
        raise ApiError(401, "replayed", "This request was already received (nonce seen before).") from error
    session.execute(delete(Nonce).where(Nonce.seen_at < now - NONCE_RETENTION))
    device.last_seen_at = now
    user = session.get(User, device.user_id)
    assert user is not None
    return Caller(device, user)
