"""Pinning the server's own certificate on first contact (services/sync/certificates.py), against a
real ``sopiva-central serve`` over TLS: a self-signed leaf as most small servers have (CA:FALSE),
and a leaf issued by a private CA whose chain the server sends (pinned alone, it anchors through
``VERIFY_X509_PARTIAL_CHAIN``; without that flag OpenSSL refuses it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sopiva_desk.central import db as central_db
from sopiva_desk.central.db import Database
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync import certificates, errors
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.status import sync_status
from tests.central.helpers import add_user, issue_code
from tests.central.test_serve_end_to_end import _serving
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Keski-Suomen hyvinvointialue")])


def _certificate(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, issuer_key: ec.EllipticCurvePrivateKey,
                 *, ca: bool, host: str = "127.0.0.1") -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .sign(issuer_key, hashes.SHA256()))


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write(folder: Path, chain: list[x509.Certificate], key: ec.EllipticCurvePrivateKey) -> tuple[str, str]:
    cert_file, key_file = folder / "server.crt", folder / "server.key"
    cert_file.write_bytes(b"".join(_pem(c) for c in chain))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_file), str(key_file)


def _enrol_and_sync(tmp_path: Path, db_url: str, base: str, client_values: dict) -> None:
    database = Database(db_url)
    try:
        code = issue_code(database, add_user(database, "Olli Ohjaaja"))
    finally:
        database.dispose()
    profiles = ProfileService(tmp_path / "laptop", kdf=FAST_KDF)
    profile = profiles.create_profile("Olli", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profiles.unlock(profile.profile_id, DEMO_PASSPHRASE)
    try:
        workspace.clients.create_client(client_values)
        service = EnrolmentService(workspace.db)
        with pytest.raises(errors.CertificateError):  # not trusted by the system: nothing is sent
            service.enrol(base, code)
        seen = certificates.fetch(base)
        assert seen.problem == ""  # pinning it will work for this address
        done = service.enrol(base, code, ca_pem=seen.pem)  # the same code: the refused try did not use it
        assert done.ca_pinned
        from sopiva_desk.services.sync.engine import SyncEngine

        assert SyncEngine(workspace.db, workspace.actor).sync().pushed == 1
        assert sync_status(workspace.db).pending == 0
    finally:
        workspace.close()


def test_a_self_signed_server_certificate_is_shown_pinned_and_used(tmp_path: Path, client_values: dict) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _certificate("records.example.fi", key, "records.example.fi", key, ca=False)
    cert_file, key_file = _write(tmp_path, [leaf], key)
    db_url = central_db.sqlite_url(tmp_path)
    trusted = ssl.create_default_context(cadata=_pem(leaf).decode())
    with _serving(db_url, "--ssl-certfile", cert_file, "--ssl-keyfile", key_file, scheme="https",
                  verify=trusted) as base:
        seen = certificates.fetch(base)
        assert seen.subject == "records.example.fi, Keski-Suomen hyvinvointialue" and seen.self_signed
        assert seen.sha256 == hashlib.sha256(leaf.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
        assert len(seen.fingerprint_groups) == 16 and all(len(g) == 4 for g in seen.fingerprint_groups)
        assert seen.not_after == leaf.not_valid_after_utc
        _enrol_and_sync(tmp_path, db_url, base, client_values)


def test_a_leaf_of_a_private_ca_pinned_alone_is_trusted(tmp_path: Path, client_values: dict) -> None:
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    authority = _certificate("Sote IT CA", ca_key, "Sote IT CA", ca_key, ca=True)
    leaf = _certificate("records.example.fi", key, "Sote IT CA", ca_key, ca=False)
    cert_file, key_file = _write(tmp_path, [leaf, authority], key)
    db_url = central_db.sqlite_url(tmp_path)
    trusted = ssl.create_default_context(cadata=_pem(authority).decode())
    with _serving(db_url, "--ssl-certfile", cert_file, "--ssl-keyfile", key_file, scheme="https",
                  verify=trusted) as base:
        seen = certificates.fetch(base)
        assert not seen.self_signed and seen.issuer.startswith("Sote IT CA")
        without_partial_chain = ssl.create_default_context(cadata=seen.pem)
        import httpx

        with pytest.raises(httpx.ConnectError):  # why the transport sets the flag
            httpx.get(f"{base}/v1/health", verify=without_partial_chain)
        _enrol_and_sync(tmp_path, db_url, base, client_values)


def test_a_certificate_for_another_name_is_shown_with_its_problem(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _certificate("elsewhere.example.fi", key, "elsewhere.example.fi", key, ca=False, host="10.1.2.3")
    cert_file, key_file = _write(tmp_path, [leaf], key)
    db_url = central_db.sqlite_url(tmp_path)
    with _serving(db_url, "--ssl-certfile", cert_file, "--ssl-keyfile", key_file, scheme="https",
                  verify=False) as base:
        seen = certificates.fetch(base)
    assert "mismatch" in seen.problem.lower() or "match" in seen.problem.lower()
