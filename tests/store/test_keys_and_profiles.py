"""Key hierarchy: passphrase wrap, re-wrap on change, office recovery, downgrade protection, back-off."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.errors import (
    ProfileInvalidError,
    RecoveryKeyError,
    UnlockThrottledError,
    WrongPassphraseError,
)
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import keys
from sopiva_desk.store.profiles import RECOVERY_KEY_FILE

PASS = "kettle lake autumn train"
NEW_PASS = "harbour violin maple seven"


def fast_kdf() -> keys.KdfParams:
    return keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)


def profile_json(data_dir: Path, profile_id: str) -> Path:
    return data_dir / "profiles" / profile_id / "profile.json"


def test_profile_file_reveals_only_the_display_name(profile_service: ProfileService, data_dir: Path) -> None:
    profile = profile_service.create_profile("Liisa Ohjaaja", PASS, PASS)
    document = json.loads(profile_json(data_dir, profile.profile_id).read_text())
    assert document["display_name"] == "Liisa Ohjaaja"
    assert PASS not in json.dumps(document)
    assert [p.display_name for p in profile_service.profiles()] == ["Liisa Ohjaaja"]


def test_weak_passphrase_is_refused_at_creation(profile_service: ProfileService) -> None:
    with pytest.raises(ValidationError) as caught:
        profile_service.create_profile("Liisa", "salasana", "salasana")
    assert {i.key for i in caught.value.issues} >= {"passphrase.too_short"}
    assert profile_service.profiles() == []


def test_change_passphrase_rewraps_without_touching_the_database(profile_service: ProfileService,
                                                                 data_dir: Path) -> None:
    profile = profile_service.create_profile("Liisa", PASS, PASS)
    ws = profile_service.unlock(profile.profile_id, PASS)
    client = ws.clients.create_client({"first_names": "Aino", "last_name": "Virtanen",
                                       "hetu": "131052-308T", "municipality_code": "491"})
    ws.close()
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    profile_service.change_passphrase(profile.profile_id, PASS, NEW_PASS, NEW_PASS)
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphraseError):
        profile_service.unlock(profile.profile_id, PASS)
    ws = profile_service.unlock(profile.profile_id, NEW_PASS)
    assert ws.clients.open_client(client).values["last_name"] == "Virtanen"
    ws.close()


def test_change_passphrase_needs_the_old_one(profile_service: ProfileService) -> None:
    profile = profile_service.create_profile("Liisa", PASS, PASS)
    with pytest.raises(WrongPassphraseError):
        profile_service.change_passphrase(profile.profile_id, "not it at all", NEW_PASS, NEW_PASS)


def test_office_recovery_restores_access(data_dir: Path) -> None:
    private_pem, public_pem = keys.generate_recovery_keypair(b"office vault password")
    (data_dir / RECOVERY_KEY_FILE).write_bytes(public_pem)
    service = ProfileService(data_dir, kdf=fast_kdf())
    profile = service.create_profile("Liisa", PASS, PASS)
    ws = service.unlock(profile.profile_id, PASS)
    client = ws.clients.create_client({"first_names": "Aino", "last_name": "Virtanen",
                                       "temporary_id": "TMP-1234", "municipality_code": "491"})
    ws.close()
    # The counsellor forgot the passphrase; the office recovers with its private key.
    service.recover(profile.profile_id, private_pem, b"office vault password", NEW_PASS)
    ws = service.unlock(profile.profile_id, NEW_PASS)
    assert ws.clients.open_client(client).values["temporary_id"] == "TMP-1234"
    ws.close()


def test_recovery_with_wrong_key_or_password_fails(data_dir: Path) -> None:
    private_pem, public_pem = keys.generate_recovery_keypair(b"right")
    other_private, _ = keys.generate_recovery_keypair(b"other")
    (data_dir / RECOVERY_KEY_FILE).write_bytes(public_pem)
    service = ProfileService(data_dir, kdf=fast_kdf())
    profile = service.create_profile("Liisa", PASS, PASS)
    with pytest.raises(RecoveryKeyError):
        service.recover(profile.profile_id, private_pem, b"wrong", NEW_PASS)
    with pytest.raises(RecoveryKeyError):
        service.recover(profile.profile_id, other_private, b"other", NEW_PASS)
    service.unlock(profile.profile_id, PASS).close()


def test_profile_without_recovery_key_cannot_be_recovered(profile_service: ProfileService) -> None:
    private_pem, _ = keys.generate_recovery_keypair(b"pw")
    profile = profile_service.create_profile("Liisa", PASS, PASS)
    with pytest.raises(RecoveryKeyError):
        profile_service.recover(profile.profile_id, private_pem, b"pw", NEW_PASS)


def test_lowered_kdf_parameters_are_refused(profile_service: ProfileService, data_dir: Path) -> None:
    profile = profile_service.create_profile("Liisa", PASS, PASS)
    path = profile_json(data_dir, profile.profile_id)
    document = json.loads(path.read_text())
    document["passphrase_wrap"]["kdf"]["memory_kib"] = 1024
    path.write_text(json.dumps(document))
    with pytest.raises(ProfileInvalidError):
        profile_service.unlock(profile.profile_id, PASS)


def test_edited_parameters_do_not_open(profile_service: ProfileService, data_dir: Path) -> None:
    """Parameters are bound into the wrap as associated data: raising them is not a way in either."""
    profile = profile_service.create_profile("Liisa", PASS, PASS)
    path = profile_json(data_dir, profile.profile_id)
    document = json.loads(path.read_text())
    document["passphrase_wrap"]["kdf"]["iterations"] += 1
    path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphraseError):
        profile_service.unlock(profile.profile_id, PASS)


def test_default_parameters_meet_the_minimum() -> None:
    params = keys.KdfParams.fresh()
    params.check_strength()
    assert params.memory_kib >= 65536 and params.iterations >= 3


def test_wrong_attempts_make_the_next_ones_wait(data_dir: Path) -> None:
    now = [1000.0]
    service = ProfileService(data_dir, clock=lambda: now[0], kdf=fast_kdf())
    profile = service.create_profile("Liisa", PASS, PASS)
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            service.unlock(profile.profile_id, "wrong guess here")
    with pytest.raises(UnlockThrottledError) as caught:
        service.unlock(profile.profile_id, PASS)  # even the right one waits
    assert caught.value.params["seconds"] == 5
    now[0] += 5
    service.unlock(profile.profile_id, PASS).close()
    # Success resets the counter.
    assert service.seconds_until_next_attempt(profile.profile_id) == 0


def test_wait_survives_a_restart(data_dir: Path) -> None:
    now = [1000.0]
    service = ProfileService(data_dir, clock=lambda: now[0], kdf=fast_kdf())
    profile = service.create_profile("Liisa", PASS, PASS)
    for _ in range(4):
        try:
            service.unlock(profile.profile_id, "wrong guess here")
        except (WrongPassphraseError, UnlockThrottledError):
            now[0] += 5
    restarted = ProfileService(data_dir, clock=lambda: now[0], kdf=fast_kdf())
    assert restarted.seconds_until_next_attempt(profile.profile_id) > 0
