"""The server's certificate on first contact, for a person to check and pin (docs/sync-app.md).

When an https server's certificate is not trusted by the system and no organisation CA is
pinned, the enrolment dialog fetches the certificate the server presents, shows who it names,
who issued it, when it is valid and its SHA-256 fingerprint (read to IT over the phone), and
pins it only when the counsellor confirms. Pinning stores the certificate as the profile's
``ca_pem``: the transport then trusts it alone. Python's ``ssl`` takes a self-signed leaf as its
own trust anchor; a leaf issued by a private CA needs ``VERIFY_X509_PARTIAL_CHAIN``, which the
transport sets (tests/sync/test_certificate_pinning.py checks both against a real server).

``fetch`` makes one handshake without verification and sends nothing: no code, no key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from sopiva_desk.services.sync.errors import CertificateError, OfflineError, ServerNotFoundError, SyncTimeoutError
from sopiva_desk.services.sync.transport import check_address, pinned_context

FETCH_TIMEOUT_S = 15.0
MAX_CA_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class ServerCertificate:
    pem: str
    subject: str  # the certificate's names, as written in it (CN=…, O=…)
    issuer: str
    not_before: dt.datetime  # UTC
    not_after: dt.datetime
    sha256: str  # 64 hex digits, upper case
    self_signed: bool
    # Why pinning this certificate would still not let the laptop connect (wrong name, expired), or "".
    problem: str

    @property
    def fingerprint_groups(self) -> list[str]:
        """The fingerprint in 16 groups of four, for reading aloud."""
        return [self.sha256[i:i + 4] for i in range(0, len(self.sha256), 4)]


def _names(name: x509.Name) -> str:
    wanted = (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME,
              NameOID.LOCALITY_NAME, NameOID.COUNTRY_NAME)
    parts = [str(attribute.value) for oid in wanted for attribute in name.get_attributes_for_oid(oid)]
    return ", ".join(parts) or name.rfc4514_string()


def describe(pem: str, problem: str = "") -> ServerCertificate:
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    der = cert.public_bytes(serialization.Encoding.DER)
    return ServerCertificate(
        pem=pem, subject=_names(cert.subject), issuer=_names(cert.issuer),
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
        sha256=hashlib.sha256(der).hexdigest().upper(), self_signed=cert.subject == cert.issuer, problem=problem)


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT_S) -> ServerCertificate:
    """The certificate an https server presents, and whether pinning it would work."""
    text = check_address(url, allow_insecure_loopback=False)
    parts = urlsplit(text)
    host, port = parts.hostname or "", parts.port or 443
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except socket.gaierror:
        raise ServerNotFoundError(host=host) from None
    except TimeoutError:
        raise SyncTimeoutError() from None
    except ssl.SSLError as err:
        raise CertificateError(detail=str(err)) from None
    except OSError:
        raise OfflineError() from None
    return describe(pem, _trial(host, port, pem, timeout))


def _trial(host: str, port: int, pem: str, timeout: float) -> str:
    """One verified handshake trusting only ``pem``: the verify message if it fails, else ""."""
    context = pinned_context(pem)
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=host):
            return ""
    except ssl.SSLCertVerificationError as err:
        return str(err.verify_message or err)
    except (ssl.SSLError, OSError) as err:
        return str(err)


def load_ca_file(path: Path) -> ServerCertificate:
    """An organisation CA file as chosen in the enrolment dialog: PEM (one or more certificates) or
    DER (a .cer from Windows), as PEM text; ``CertificateError`` when it holds no certificate."""
    try:
        data = path.read_bytes()[:MAX_CA_FILE_BYTES + 1]
    except OSError as err:
        raise CertificateError(detail=err.strerror or str(err)) from None
    if len(data) > MAX_CA_FILE_BYTES:
        raise CertificateError(detail="the file is too large for a certificate")
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise CertificateError(detail="the file holds no certificate") from None
    pem = "".join(cert.public_bytes(serialization.Encoding.PEM).decode("ascii") for cert in certs)
    return describe(pem)
