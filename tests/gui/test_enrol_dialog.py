"""The enrolment dialog against a real ``sopiva-central`` over TLS with a certificate the system
does not trust: the certificate is shown (names, validity, fingerprint in groups of four), nothing
is pinned until the counsellor confirms, and then enrolment and sync work. An organisation CA
file can be chosen instead; a file that is not a certificate is refused next to its row."""

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
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.enrol import EnrolDialog
from sopiva_desk.gui.sync_words import failure_text, last_sync_text
from sopiva_desk.services.sync import errors as sync_errors
from sopiva_desk.services.sync.engine import SyncEngine
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.status import SyncStatus
from sopiva_desk.services.workspace import Workspace
from tests.central.helpers import add_user, issue_code
from tests.central.test_serve_end_to_end import _serving


def _self_signed(folder: Path) -> tuple[x509.Certificate, str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "records.example.fi")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=90))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "server.crt", folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert, str(cert_file), str(key_file)


def _dialog(qtbot, context: AppContext) -> EnrolDialog:  # type: ignore[no-untyped-def]
    dialog = EnrolDialog(context, None, "Ohjaajan kannettava", None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_servers_certificate_is_shown_and_pinned_only_when_confirmed(
        qtbot, context: AppContext, workspace: Workspace, tmp_path: Path, client_values: dict) -> None:
    cert, cert_file, key_file = _self_signed(tmp_path)
    db_url = central_db.sqlite_url(tmp_path)
    trusted = ssl.create_default_context(cadata=cert.public_bytes(serialization.Encoding.PEM).decode())
    workspace.clients.create_client(client_values)
    with _serving(db_url, "--ssl-certfile", cert_file, "--ssl-keyfile", key_file, scheme="https",
                  verify=trusted) as base:
        database = Database(db_url)
        try:
            code = issue_code(database, add_user(database, "Testi Ohjaaja"))
        finally:
            database.dispose()
        dialog = _dialog(qtbot, context)
        dialog.server_edit.setText(base)
        dialog.code_edit.setText(code)
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.certificate_page, timeout=30_000)
        fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
        shown = dialog.cert_fingerprint.text()
        assert shown.replace(" ", "").replace("\n", "") == fingerprint
        assert shown.split("\n")[0] == " ".join(fingerprint[i:i + 4] for i in range(0, 16, 4))
        assert dialog.cert_subject.text() == "records.example.fi"
        assert dialog.cert_issuer.text() == "the server itself (self-signed)"
        assert dialog.trust_button.isVisibleTo(dialog) and not dialog.cert_problem.isVisibleTo(dialog)
        assert EnrolmentService(workspace.db).current() is None  # nothing pinned or stored yet

        dialog.findChild(type(dialog.trust_button), "certBackButton").click()  # Back: still nothing pinned
        assert dialog.pages.currentWidget() is dialog.form_page and dialog.code_edit.text() == code
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.certificate_page, timeout=30_000)
        with qtbot.waitSignal(dialog.enrolled, timeout=30_000):
            dialog.trust_button.click()
        done = EnrolmentService(workspace.db).current()
        assert done is not None and done.ca_pinned and done.server_url == base
        assert SyncEngine(workspace.db, workspace.actor).sync().pushed == 1  # the pin holds for syncs


def test_an_organisation_ca_file_is_chosen_or_refused_next_to_its_row(
        qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cert, cert_file, _ = _self_signed(tmp_path)
    der_file = tmp_path / "org.cer"
    der_file.write_bytes(cert.public_bytes(serialization.Encoding.DER))  # as Windows exports it
    not_a_cert = tmp_path / "notes.txt"
    not_a_cert.write_text("hello")
    dialog = _dialog(qtbot, context)
    chosen = iter([str(not_a_cert), str(der_file)])
    monkeypatch.setattr(prompts, "choose_file", lambda parent, title, filters: next(chosen))
    dialog.ca_choose.click()
    qtbot.waitUntil(lambda: dialog.errors["ca"].isVisibleTo(dialog))
    assert "not trusted" in dialog.errors["ca"].text() and dialog._ca_pem is None
    dialog.ca_choose.click()
    qtbot.waitUntil(lambda: dialog.ca_label.text().startswith("Only records.example.fi"))
    assert not dialog.errors["ca"].isVisibleTo(dialog) and dialog.ca_remove.isVisibleTo(dialog)
    assert dialog._ca_pem is not None and "BEGIN CERTIFICATE" in dialog._ca_pem
    dialog.ca_remove.click()
    assert dialog._ca_pem is None and dialog.ca_label.text().startswith("As usual")


def test_failure_words_show_both_clock_times_and_how_long_ago() -> None:
    text = failure_text(sync_errors.ClockSkewError(server_time="2026-03-02T09:00:00+00:00",
                                                   device_time="2026-03-02T09:12:00+00:00")).replace("\xa0", " ")
    server = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC).astimezone()
    device = dt.datetime(2026, 3, 2, 9, 12, tzinfo=dt.UTC).astimezone()
    assert f"server time 2.3.2026 {server.hour}.{server.minute:02d}" in text
    assert f"this computer 2.3.2026 {device.hour}.{device.minute:02d}" in text
    now = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
    status = SyncStatus(enrolled=True, last_sync_at=now - dt.timedelta(minutes=12))
    assert last_sync_text(status, now) == "Synced 12 min ago"
    assert last_sync_text(SyncStatus(enrolled=True, last_sync_at=now), now) == "Synced just now"
    assert last_sync_text(SyncStatus(enrolled=True), now) == "Never synced"
    assert last_sync_text(SyncStatus(enrolled=False), now) == "Not enrolled"
    assert last_sync_text(SyncStatus(enrolled=True, revoked=True, last_sync_at=now), now) == "Sync stopped"
    long_ago = SyncStatus(enrolled=True, last_sync_at=now - dt.timedelta(days=3))
    assert last_sync_text(long_ago, now) == f"Synced on {(now - dt.timedelta(days=3)).astimezone():%-d.%-m.%Y}"


def test_a_refusal_says_nothing_is_lost_and_gives_it_support_the_servers_own_words() -> None:
    refused = sync_errors.RefusedError(status=413, code="too_large",
                                       message="The request body is larger than 8388608 bytes as sent")
    text = failure_text(refused)
    assert "kept on this computer" in text
    assert text.endswith("HTTP 413 too_large: The request body is larger than 8388608 bytes as sent")
    bare = failure_text(sync_errors.RefusedError(status=404, code="", message=""))
    assert bare.endswith("detail: HTTP 404") and "()" not in bare
