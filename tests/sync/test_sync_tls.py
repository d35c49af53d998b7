"""Enrol and sync over real TLS: ``sopiva-central serve --ssl-certfile`` with the organisation's own
certificate; the laptop trusts it only when pinned with ``--ca``."""

from __future__ import annotations

import ssl
from pathlib import Path

from sopiva_desk.central.db import Database
from sopiva_desk.services.profiles import ProfileService
from tests.central.helpers import add_user, issue_code
from tests.central.test_serve_end_to_end import _self_signed, _serving
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF
from tests.sync.test_sync_cli import _desk


def test_enrol_and_sync_over_tls_with_a_pinned_ca(db_url: str, tmp_path: Path, client_values: dict) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    data_dir = tmp_path / "laptop"
    profiles = ProfileService(data_dir, kdf=FAST_KDF)
    profile = profiles.create_profile("Olli Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profiles.unlock(profile.profile_id, DEMO_PASSPHRASE)
    workspace.clients.create_client(client_values)
    workspace.close()
    trusted = ssl.create_default_context(cafile=str(cert_file))
    with _serving(db_url, "--ssl-certfile", str(cert_file), "--ssl-keyfile", str(key_file), scheme="https",
                  verify=trusted) as base:
        database = Database(db_url)
        try:
            code = issue_code(database, add_user(database, "Olli Ohjaaja"))
        finally:
            database.dispose()
        unpinned = _desk(data_dir, "enrol", "--profile", profile.profile_id, "--server", base,
                         stdin=f"{DEMO_PASSPHRASE}\n{code}\n")
        assert unpinned.returncode == 1 and "sync.certificate" in unpinned.stderr  # nothing sent, code unused
        pinned = _desk(data_dir, "enrol", "--profile", profile.profile_id, "--server", base, "--ca", str(cert_file),
                       stdin=f"{DEMO_PASSPHRASE}\n{code}\n")
        assert pinned.returncode == 0, pinned.stderr
        assert "trusting only the pinned CA" in pinned.stdout
        synced = _desk(data_dir, "sync", "--profile", profile.profile_id, stdin=f"{DEMO_PASSPHRASE}\n")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("pushed: 1 change(s) (applied 1)")
