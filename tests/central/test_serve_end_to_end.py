"""A real ``sopiva-central serve`` process on loopback, spoken to over HTTP with signed requests."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from sopiva_desk.protocol import signing, wire
from tests.central.pg_cluster import free_port

CLI = [str(Path(sys.executable).parent / "sopiva-central")]
STARTUP_LIMIT_S = 60


def admin(url: str, *args: str) -> str:
    result = subprocess.run([*CLI, "--database-url", url, *args], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _wait_until_listening(base: str, port: int, process: subprocess.Popen[bytes],
                          verify: ssl.SSLContext | bool) -> None:
    """Poll the socket until /v1/health answers (or the process died, or the limit passed)."""
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"sopiva-central serve exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
        except OSError:
            time.sleep(0.02)  # not listening yet: the next connect attempt decides
            continue
        if httpx.get(f"{base}/v1/health", timeout=5, verify=verify).status_code == 200:
            return
    raise AssertionError("sopiva-central serve did not answer within the limit")


@contextmanager
def _serving(db_url: str, *extra: str, scheme: str = "http", verify: ssl.SSLContext | bool = True) \
        -> Iterator[str]:
    key_file = Path(tempfile.mkdtemp(prefix="central-key-")) / "log-signing-key.pem"
    admin(db_url, "init", "--log-key-file", str(key_file))
    assert key_file.stat().st_mode & 0o777 == 0o600
    port = free_port()
    process = subprocess.Popen([*CLI, "--database-url", db_url, "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--log-level", "warning", "--log-key-file", str(key_file), *extra],
                               env=dict(os.environ),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"{scheme}://127.0.0.1:{port}"
    try:
        _wait_until_listening(base, port, process, verify)
        yield base
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
        assert b"Traceback" not in err, err.decode(errors="replace")


@pytest.fixture
def server(db_url: str) -> Iterator[tuple[str, str]]:
    with _serving(db_url) as base:
        yield base, db_url


def test_a_laptop_enrols_pushes_and_pulls_over_real_http(server: tuple[str, str]) -> None:
    base, url = server
    user = json.loads(admin(url, "user", "add", "--name", "Olli Ohjaaja", "--role", "counsellor", "--json"))
    code = json.loads(admin(url, "device", "code", "--user", user["user_id"], "--json"))["code"]
    admin(url, "reference", "load")
    key = signing.generate_private_key()
    with httpx.Client(base_url=base, timeout=30) as http:
        enrolled = http.post("/v1/enrol", json={"code": code, "public_key": signing.public_key_b64(key),
                                                "device_name": "Läppäri", "app_version": "e2e", "schema_version": 1})
        assert enrolled.status_code == 201, enrolled.text
        device_id = enrolled.json()["device_id"]
        auth = signing.SigningAuth(device_id, key)

        client_id = str(uuid.uuid4())
        mutation = {"mutation_id": str(uuid.uuid4()), "device_seq": 1, "entity": "client", "record_id": client_id,
                    "client_id": client_id, "op": "create", "base_rev": 0,
                    "changed": {"id": client_id, "first_names": "Aino", "last_name": "Virta"},
                    "author": {"user_id": user["user_id"], "user_name": "Olli"},
                    "made_at": "2026-12-07T09:00:00+00:00", "schema_version": 1}
        body = wire.compress(wire.dumps({"mutations": [mutation]}), "zstd")
        pushed = http.post("/v1/push", content=body, auth=auth,
                           headers={"content-encoding": "zstd", "content-type": "application/json",
                                    "accept-encoding": "zstd"})
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["outcomes"][0]["outcome"] == "applied"
        repeat = http.post("/v1/push", json={"mutations": [mutation]}, auth=auth)
        assert repeat.json()["outcomes"][0]["already_applied"] is True

        pulled = http.get("/v1/pull", params={"limit": 1000}, auth=auth, headers={"accept-encoding": "zstd"})
        assert pulled.status_code == 200
        assert pulled.headers["content-encoding"] == "zstd"
        kinds = {(c.get("entity"), c["kind"]) for c in pulled.json()["changes"]}
        # Its own client, taken as sent, is not sent back; the reference data is.
        assert ("client", "record") not in kinds and ("reference", "record") in kinds
        assert http.get("/v1/me").status_code == 401  # unsigned

    export = json.loads(admin(url, "export-client", client_id))
    assert export["records"]["client"][0]["data"]["first_names"] == "Aino"


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "central.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "central.crt", folder / "central.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_serve_speaks_tls_with_the_given_certificate(db_url: str, tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    trusted = ssl.create_default_context(cafile=str(cert_file))
    with _serving(db_url, "--ssl-certfile", str(cert_file), "--ssl-keyfile", str(key_file), scheme="https",
                  verify=trusted) as base:
        assert httpx.get(f"{base}/v1/health", verify=trusted).json()["status"] == "ok"
        with pytest.raises(httpx.ConnectError):  # a client that does not trust the certificate is refused
            httpx.get(f"{base}/v1/health", verify=ssl.create_default_context())


def test_a_purged_clients_change_is_refused_over_real_http(server: tuple[str, str]) -> None:
    """The retention purge runs while the server serves; a laptop that still holds the case and
    sends a change of it gets a rejection naming the purge, and the record does not come back."""
    base, url = server
    user = json.loads(admin(url, "user", "add", "--name", "Olli Ohjaaja", "--role", "counsellor", "--json"))
    code = json.loads(admin(url, "device", "code", "--user", user["user_id"], "--json"))["code"]
    key = signing.generate_private_key()
    client_id = str(uuid.uuid4())

    def mutation(seq: int, op: str, changed: dict[str, object], base_rev: int) -> dict[str, object]:
        return {"mutation_id": str(uuid.uuid4()), "device_seq": seq, "entity": "client", "record_id": client_id,
                "client_id": client_id, "op": op, "base_rev": base_rev, "changed": changed,
                "author": {"user_id": user["user_id"], "user_name": "Olli"},
                "made_at": "2026-12-07T09:00:00+00:00", "schema_version": 1}

    with httpx.Client(base_url=base, timeout=30) as http:
        enrolled = http.post("/v1/enrol", json={"code": code, "public_key": signing.public_key_b64(key),
                                                "device_name": "Läppäri", "app_version": "e2e", "schema_version": 1})
        auth = signing.SigningAuth(enrolled.json()["device_id"], key)
        created = http.post("/v1/push", auth=auth, json={"mutations": [mutation(1, "create", {
            "id": client_id, "first_names": "Aino", "last_name": "Virta", "status": "closed",
            "closed_on": "2014-03-01"}, 0)]})
        assert created.json()["outcomes"][0]["outcome"] == "applied", created.text
        assert client_id in admin(url, "retention", "due", "--as-of", "2024-03-01")
        admin(url, "retention", "purge", "--client", client_id, "--as-of", "2024-03-01", "--by", "Ylva", "--yes")
        late = http.post("/v1/push", auth=auth, json={"mutations": [mutation(2, "update", {"phone": "040 2"}, 1)]})
        assert late.status_code == 200
        outcome = late.json()["outcomes"][0]
        assert (outcome["outcome"], outcome["reason"]) == ("rejected", "purged")
        assert "retention period ended" in outcome["message"]
        pulled = http.get("/v1/pull", params={"limit": 1000}, auth=auth).json()["changes"]
        assert {"kind": "evict", "client_id": client_id} in [
            {k: c.get(k) for k in ("kind", "client_id")} for c in pulled]
    export = json.loads(admin(url, "export-client", client_id))
    assert export["records"] == {} and [p["purged_by"] for p in export["purges"]] == ["Ylva"]
