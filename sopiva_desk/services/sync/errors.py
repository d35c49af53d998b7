"""What can go wrong talking to the central server, as keys the GUI translates (gui/messages.py).

Each is a ``KnownError``: the counsellor can act on it (go online, ask IT for a new code, fix
the computer's clock). Parameters are plain values the message text shows.
"""

from __future__ import annotations

from sopiva_desk.services.errors import KnownError


class SyncError(KnownError):
    key = "sync.failed"


class ServerAddressError(SyncError):
    """The server address is not an https URL (params: ``url``)."""

    key = "sync.bad_address"


class InsecureAddressError(SyncError):
    """Plain http to anything but this computer, or without the explicit flag (params: ``url``)."""

    key = "sync.insecure_address"


class OfflineError(SyncError):
    """No connection to the server at all (no network, server down, connection refused)."""

    key = "sync.offline"


class ConnectionLostError(OfflineError):
    """The connection broke while a request or its answer was under way; retrying is safe."""

    key = "sync.connection_lost"


class SyncTimeoutError(SyncError):
    key = "sync.timeout"


class ServerNotFoundError(SyncError):
    """The server's name does not resolve (params: ``host``)."""

    key = "sync.name_not_found"


class CertificateError(SyncError):
    """The server's TLS certificate is not trusted or does not match (params: ``detail``)."""

    key = "sync.certificate"


class NotEnrolledError(SyncError):
    key = "sync.not_enrolled"


class AlreadyEnrolledError(SyncError):
    """This profile is enrolled with another server (params: ``url``)."""

    key = "sync.enrolled_elsewhere"


class EnrolledForAnotherUserError(SyncError):
    """The code was issued for another user than the one this profile syncs as (params: ``user``)."""

    key = "sync.enrolled_as_other_user"


class EnrolmentCodeError(SyncError):
    """The one-time code is wrong, used or expired (the server does not say which)."""

    key = "sync.enrolment_code_invalid"


class TooManyAttemptsError(SyncError):
    """params: ``retry_after`` (seconds)."""

    key = "sync.too_many_attempts"


class DeviceRevokedError(SyncError):
    """The organisation has revoked this laptop: it cannot sync until enrolled again (params:
    ``contact``, the support contact the server gave at enrolment, when there is one)."""

    key = "sync.device_revoked"

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        if params.get("contact"):
            self.key = "sync.device_revoked_contact"


class DeviceUnknownError(SyncError):
    """The server does not know this device (removed, or a different server)."""

    key = "sync.device_unknown"


class ClockSkewError(SyncError):
    """The computer's clock is too far from the server's (params: ``server_time``, ``device_time``, ISO)."""

    key = "sync.clock_skew"


class RefusedError(SyncError):
    """The server refused the request (params: ``status``, ``code``, ``message``)."""

    key = "sync.refused"


class ServerError(SyncError):
    """The server failed (params: ``status``)."""

    key = "sync.server_error"
