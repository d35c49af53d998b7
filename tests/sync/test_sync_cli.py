"""``sopiva-desk enrol`` and ``sopiva-desk sync`` as IT staff and scripts run them: secrets on
standard input, a real ``sopiva-central serve`` on loopback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.models import SyncDevice
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF
from tests.sync.conftest import Central


def _desk(data_dir: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sopiva_desk", *args, "--data-dir", str(data_dir)], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


def test_enrol_then_sync_from_the_command_line(central: Central, tmp_path: Path, client_values: dict) -> None:
    data_dir = tmp_path / "laptop"
    profiles = ProfileService(data_dir, kdf=FAST_KDF)
    profile = profiles.create_profile("Olli Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    workspace = profiles.unlock(profile.profile_id, DEMO_PASSPHRASE)
    client_id = workspace.clients.create_client(client_values)  # made before the laptop was enrolled
    workspace.close()
    user_id = central.add_user("Olli Ohjaaja")
    code = central.code(user_id)

    refused = _desk(data_dir, "enrol", "--profile", profile.profile_id, "--server", central.url,
                    stdin=f"{DEMO_PASSPHRASE}\n{code}\n")
    assert refused.returncode == 1 and "sync.insecure_address" in refused.stderr  # http needs the flag

    enrolled = _desk(data_dir, "enrol", "--profile", profile.profile_id, "--server", central.url,
                     "--insecure-loopback", stdin=f"{DEMO_PASSPHRASE}\n{code}\n")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled with" in enrolled.stdout and "Olli Ohjaaja (counsellor)" in enrolled.stdout
    assert code not in enrolled.stdout + enrolled.stderr

    again = _desk(data_dir, "enrol", "--profile", profile.profile_id, "--server", central.url,
                  "--insecure-loopback", stdin=f"{DEMO_PASSPHRASE}\n{code}\n")
    assert again.returncode == 1 and "sync.enrolment_code_invalid" in again.stderr  # single use

    synced = _desk(data_dir, "sync", "--profile", profile.profile_id, stdin=f"{DEMO_PASSPHRASE}\n")
    assert synced.returncode == 0, synced.stderr
    lines = synced.stdout.splitlines()
    assert lines[0] == "pushed: 1 change(s) (applied 1)"  # the client made before enrolment, as a create
    assert lines[1].startswith("pulled: 0 record(s)")  # its own client, taken as sent, is not sent back
    assert "conflicts: 0 new, 0 open" in lines

    wrong = _desk(data_dir, "sync", "--profile", profile.profile_id, stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "unlock.wrong_passphrase" in wrong.stderr

    # The private key is inside the encrypted store and in no file of the data folder.
    workspace = profiles.unlock(profile.profile_id, DEMO_PASSPHRASE)
    with workspace.db.read() as session:
        key = bytes(session.get(SyncDevice, 1).private_key)  # type: ignore[union-attr]
    workspace.close()
    assert len(key) == 32
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes(), path
    with central.database.transaction() as session:
        from sopiva_desk.central import admin

        assert admin.export_client(session, str(client_id))["records"]["client"][0]["data"]["last_name"] == "Virtanen"


def test_sync_of_a_profile_not_enrolled_says_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "laptop"
    profile = ProfileService(data_dir, kdf=FAST_KDF).create_profile("Olli", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    done = _desk(data_dir, "sync", "--profile", profile.profile_id, stdin=f"{DEMO_PASSPHRASE}\n")
    assert done.returncode == 1 and "sync.not_enrolled" in done.stderr


def test_sync_lists_what_is_in_conflict_without_the_values(central: Central, make_laptop, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    office = make_laptop("office", central, user_id)
    road = make_laptop("road", central, user_id)
    client_id = office.workspace.clients.create_client(client_values)
    office.sync()
    road.sync()
    office.workspace.clients.update_client_field(client_id, "phone", "040 111 1111")
    office.sync()
    road.workspace.clients.update_client_field(client_id, "phone", "040 222 2222")
    road.workspace.close()  # the command opens the profile itself
    synced = _desk(road.data_dir, "sync", "--profile", road.profile_id, stdin=f"{DEMO_PASSPHRASE}\n")
    assert synced.returncode == 0, synced.stderr
    assert "pushed: 1 change(s) (conflict 1)" in synced.stdout
    assert "conflicts: 1 new, 1 open" in synced.stdout
    assert f"  client {client_id} of client {client_id}: phone (since " in synced.stdout
    assert "040 111 1111" not in synced.stdout and "040 222 2222" not in synced.stdout
