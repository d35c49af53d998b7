"""The transport to the central server: TLS trust, the loopback-only http rule, signatures and
typed errors. TLS runs against a real HTTPS server on loopback with a CA made for the test."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sopiva_desk.protocol import signing, wire
from sopiva_desk.services.sync import errors
from sopiva_desk.services.sync.transport import DeviceKey, ServerAddress, SyncTransport, check_address


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _ca(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture(scope="module")
def organisation_ca() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    return _ca("Sopiva test organisation CA")


@pytest.fixture
def https_server(tmp_path: Path, organisation_ca) -> Iterator[int]:  # type: ignore[no-untyped-def]
    ca_key, ca_cert = organisation_ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))

    class Health(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = json.dumps({"status": "ok", "server_time": "2026-12-07T06:00:00+00:00"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_pinned_organisation_ca_is_trusted(https_server: int, organisation_ca) -> None:  # type: ignore[no-untyped-def]
    address = ServerAddress(f"https://127.0.0.1:{https_server}", ca_pem=_pem(organisation_ca[1]))
    with SyncTransport(address) as transport:
        assert transport.health()["status"] == "ok"


def test_without_the_pin_the_certificate_is_refused(https_server: int) -> None:
    with SyncTransport(ServerAddress(f"https://127.0.0.1:{https_server}")) as transport:
        with pytest.raises(errors.CertificateError):
            transport.health()


def test_a_pin_of_another_ca_is_refused_even_for_a_valid_chain(https_server: int) -> None:
    other = _pem(_ca("Someone else")[1])
    with SyncTransport(ServerAddress(f"https://127.0.0.1:{https_server}", ca_pem=other)) as transport:
        with pytest.raises(errors.CertificateError):
            transport.health()


@pytest.mark.parametrize(("url", "flag", "error"), [
    ("http://records.example.fi", True, errors.InsecureAddressError),
    ("http://127.0.0.1:8000", False, errors.InsecureAddressError),
    ("http://10.0.0.5:8000", True, errors.InsecureAddressError),
    ("ftp://records.example.fi", False, errors.ServerAddressError),
    ("records.example.fi", False, errors.ServerAddressError),
])
def test_plain_http_only_to_loopback_and_only_when_asked(url: str, flag: bool, error: type) -> None:
    with pytest.raises(error):
        check_address(url, flag)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/", "http://localhost:8000", "http://[::1]:8000",
                                 "https://records.example.fi"])
def test_accepted_addresses(url: str) -> None:
    assert check_address(url, True) == url.rstrip("/")


def test_nothing_listening_is_offline() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused
        with SyncTransport(ServerAddress(f"http://127.0.0.1:{port}", allow_insecure_loopback=True)) as transport:
            with pytest.raises(errors.OfflineError) as caught:
                transport.health()
    assert type(caught.value) is errors.OfflineError


def test_a_name_that_does_not_resolve() -> None:
    with SyncTransport(ServerAddress("https://sopiva-central.invalid")) as transport:
        with pytest.raises(errors.ServerNotFoundError) as caught:
            transport.health()
    assert caught.value.params == {"host": "sopiva-central.invalid"}


def _device() -> DeviceKey:
    return DeviceKey("device-1", signing.generate_private_key())


def _mock(handler) -> SyncTransport:  # type: ignore[no-untyped-def]
    address = ServerAddress("http://127.0.0.1:9", allow_insecure_loopback=True)
    return SyncTransport(address, _device(), transport=httpx.MockTransport(handler))


def test_push_is_signed_and_zstd_coded() -> None:
    device = _device()
    seen: dict[str, object] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        body = request.read()
        verified = signing.verify_request(request.method, str(request.url), dict(request.headers), body,
                                          lambda key_id: device.private_key.public_key())
        seen["keyid"] = verified.keyid
        seen["document"] = wire.loads(wire.decompress(body, request.headers["content-encoding"]))
        return httpx.Response(200, json={"outcomes": [], "server_time": "2026-12-07T06:00:00+00:00"})

    address = ServerAddress("http://127.0.0.1:9", allow_insecure_loopback=True)
    with SyncTransport(address, device, transport=httpx.MockTransport(handler)) as transport:
        assert transport.push([{"mutation_id": "m1"}])["outcomes"] == []
        assert transport.bytes_sent > 0 and transport.bytes_received > 0
    assert seen == {"keyid": "device-1", "document": {"mutations": [{"mutation_id": "m1"}]}}


@pytest.mark.parametrize(("status", "body", "error", "params"), [
    (401, {"error": "clock_skew", "message": "m", "server_time": "2026-12-07T06:00:00+00:00"},
     errors.ClockSkewError, {"server_time": "2026-12-07T06:00:00+00:00"}),
    (403, {"error": "device_revoked", "message": "m"}, errors.DeviceRevokedError, {}),
    (401, {"error": "unknown_device", "message": "m"}, errors.DeviceUnknownError, {}),
    (422, {"error": "mutation_id_reused", "message": "same id, other payload"}, errors.RefusedError,
     {"status": 422, "code": "mutation_id_reused", "message": "same id, other payload"}),
    (429, {"error": "too_many_attempts", "message": "m", "retry_after": 60}, errors.TooManyAttemptsError,
     {"retry_after": 60}),
    (500, {"error": "internal", "message": "m"}, errors.ServerError, {"status": 500}),
    (502, None, errors.ServerError, {"status": 502}),
])
def test_refusals_become_typed_errors(status: int, body: dict | None, error: type, params: dict) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, text="<html>Bad gateway</html>")
        return httpx.Response(status, json=body)

    with _mock(handler) as transport, pytest.raises(error) as caught:
        transport.pull("", 100)
    assert type(caught.value) is error
    for name, value in params.items():
        assert caught.value.params[name] == value


def test_a_timeout_and_a_broken_connection() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    with _mock(timeout) as transport, pytest.raises(errors.SyncTimeoutError):
        transport.me()
    with _mock(broken) as transport, pytest.raises(errors.ConnectionLostError):
        transport.me()
