"""The laptop's HTTP client to the central server (docs/sync-protocol.md, "Endpoints").

- TLS is verified by default; an organisation may pin its own CA (``ca_pem``), and then that CA
  is the only one trusted. Plain http is accepted only to this computer's loopback address and
  only with ``allow_insecure_loopback`` (tests, a server on the same machine); anything else is a
  clear ``InsecureAddressError`` before a byte is sent.
- Every request but enrolment and health is signed with the device's Ed25519 key (RFC 9421,
  ``protocol.signing``); request bodies travel zstd-coded, answers are accepted zstd or gzip.
- Failures become typed ``SyncError``s (errors.py) whose keys the GUI translates.

Bytes sent and received (bodies as on the wire, after coding) are counted for the sync report.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sopiva_desk.protocol import signing, wire
from sopiva_desk.services.sync.errors import (
    CertificateError,
    ClockSkewError,
    ConnectionLostError,
    DeviceRevokedError,
    DeviceUnknownError,
    EnrolmentCodeError,
    InsecureAddressError,
    OfflineError,
    RefusedError,
    ServerAddressError,
    ServerError,
    ServerNotFoundError,
    SyncError,
    SyncTimeoutError,
    TooManyAttemptsError,
)

REQUEST_CODING = "zstd"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=15.0)


@dataclass(frozen=True)
class ServerAddress:
    """Where the server is and how its certificate is trusted."""

    url: str
    ca_pem: str | None = None
    allow_insecure_loopback: bool = False


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    private_key: Ed25519PrivateKey


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_address(url: str, allow_insecure_loopback: bool) -> str:
    """The server's base URL without a trailing slash, or a ``SyncError`` saying what is wrong."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query or parts.fragment:
        raise ServerAddressError(url=text)
    if parts.scheme == "http" and not (allow_insecure_loopback and is_loopback_host(parts.hostname)):
        raise InsecureAddressError(url=text)
    return text.rstrip("/")


def pinned_context(ca_pem: str) -> ssl.SSLContext:
    """Trust ``ca_pem`` alone: an organisation CA, or the server's own certificate as pinned on first
    contact (services/sync/certificates.py). With cadata only these are loaded, not the system's.
    Partial chains are accepted so a pinned leaf issued by a private CA anchors on its own (a
    self-signed one does anyway); host name and validity dates are still checked."""
    try:
        context = ssl.create_default_context(cadata=ca_pem)
    except (ssl.SSLError, ValueError) as err:
        raise CertificateError(detail=f"the pinned CA does not load: {err}") from None
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


def _tls(address: ServerAddress) -> ssl.SSLContext | bool:
    return pinned_context(address.ca_pem) if address.ca_pem else True


def _causes(err: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _network_error(err: httpx.TransportError, host: str) -> SyncError:
    chain = list(_causes(err))
    text = " ".join(str(e) for e in chain)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "CERTIFICATE_VERIFY_FAILED" in text:
        detail = next((e.verify_message for e in chain if isinstance(e, ssl.SSLCertVerificationError)), text)
        return CertificateError(detail=str(detail))
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return CertificateError(detail=text)
    if isinstance(err, httpx.TimeoutException):
        return SyncTimeoutError()
    if any(isinstance(e, socket.gaierror) for e in chain) or "Name or service not known" in text:
        return ServerNotFoundError(host=host)
    if isinstance(err, httpx.ConnectError):
        return OfflineError()
    return ConnectionLostError()


class SyncTransport:
    """One keep-alive connection's worth of requests to the central server."""

    def __init__(self, address: ServerAddress, device: DeviceKey | None = None, *,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, clock: Callable[[], dt.datetime] | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = check_address(address.url, address.allow_insecure_loopback)
        self._host = urlsplit(self.base_url).hostname or ""
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        auth = signing.SigningAuth(device.device_id, device.private_key, clock=self._clock) if device else None
        self._signed = device is not None
        self._client = httpx.Client(
            base_url=self.base_url, verify=_tls(address), timeout=timeout, auth=auth, transport=transport,
            headers={"Accept-Encoding": "zstd, gzip", "User-Agent": "sopiva-desk-sync"},
            follow_redirects=False, trust_env=False,
        )
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- endpoints ------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/v1/health", signed=False)

    def enrol(self, code: str, public_key_b64: str, device_name: str, app_version: str,
              schema_version: int) -> dict[str, Any]:
        return self._request("POST", "/v1/enrol", {"code": code, "public_key": public_key_b64,
                                                   "device_name": device_name, "app_version": app_version,
                                                   "schema_version": schema_version}, signed=False)

    def me(self) -> dict[str, Any]:
        return self._request("GET", "/v1/me")

    def push(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return self._request("POST", "/v1/push", {"mutations": mutations})

    def push_access_log(self, page: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/v1/access-log", page)

    def pull(self, cursor: str, limit: int) -> dict[str, Any]:
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        return self._request("GET", "/v1/pull", params=params)

    # -- plumbing -------------------------------------------------------------------------------

    def _request(self, method: str, path: str, document: Any = None, *, signed: bool = True,
                 params: dict[str, str] | None = None) -> dict[str, Any]:
        headers = {}
        content = b""
        if document is not None:
            content = wire.compress(wire.dumps(document), REQUEST_CODING)
            headers = {"Content-Type": "application/json", "Content-Encoding": REQUEST_CODING}
        if signed and not self._signed:
            raise SyncError()  # a bug: signed endpoints need the device key
        request = self._client.build_request(method, path, content=content, headers=headers, params=params)
        try:
            response = self._client.send(request, auth=self._client.auth if signed else None)
            body = response.read()
        except httpx.TransportError as err:
            raise _network_error(err, self._host) from err
        self.bytes_sent += len(content)
        # As coded on the wire; a response built in memory (tests) has only its decoded body.
        self.bytes_received += response.num_bytes_downloaded or len(body)
        if response.status_code >= 400:
            raise self._refusal(response)
        try:
            answer = wire.loads(body)
        except ValueError:
            raise ServerError(status=response.status_code) from None
        if not isinstance(answer, dict):
            raise ServerError(status=response.status_code)
        return answer

    def _refusal(self, response: httpx.Response) -> SyncError:
        status = response.status_code
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict) or "error" not in answer:
            if status >= 500:
                return ServerError(status=status)
            return RefusedError(status=status, code="", message="")
        code = str(answer.get("error", ""))
        message = str(answer.get("message", ""))
        if code == "clock_skew":
            return ClockSkewError(server_time=str(answer.get("server_time", "")),
                                  device_time=self._clock().isoformat())
        if code == "device_revoked":
            return DeviceRevokedError()
        if code == "unknown_device":
            return DeviceUnknownError()
        if code == "enrolment_code_invalid":
            return EnrolmentCodeError()
        if code == "too_many_attempts":
            return TooManyAttemptsError(retry_after=answer.get("retry_after"))
        if status >= 500:
            return ServerError(status=status)
        return RefusedError(status=status, code=code, message=message)
