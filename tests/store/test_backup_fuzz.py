"""The backup-file parser takes outside input: any bytes give a clean ``BackupInvalid``, never
another exception, a hang or a profile."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopiva_desk.services.errors import BackupInvalidError, BackupNewerError, WrongPassphraseError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.backup_file import FORMAT_VERSION, MAGIC, PREAMBLE, BackupInvalid, parse_header
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF


def _parses_or_refuses(data: bytes) -> None:
    try:
        parse_header(io.BytesIO(data))
    except BackupInvalid:
        pass


@given(st.binary(max_size=512))
def test_random_bytes(data: bytes) -> None:
    _parses_or_refuses(data)
    _parses_or_refuses(MAGIC + data)


_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
_json_values = st.recursive(_scalars, lambda children: st.lists(children, max_size=4)
                            | st.dictionaries(st.text(max_size=10), children, max_size=4), max_leaves=20)


@given(st.dictionaries(st.sampled_from(["kind", "profile_id", "display_name", "user_id", "profile_created_at",
                                        "backup_created_at", "app_version", "schema_revision", "passphrase_wrap",
                                        "recovery_wrap", "recovery_public_key", "store_size", "store_sha256",
                                        "header_mac"]) | st.text(max_size=8), _json_values, max_size=16),
       st.integers(min_value=0, max_value=70000))
def test_well_framed_headers_with_any_fields(fields: dict[str, object], declared: int) -> None:
    body = json.dumps(fields).encode()
    _parses_or_refuses(PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(body)) + body)
    _parses_or_refuses(PREAMBLE.pack(MAGIC, FORMAT_VERSION, declared) + body)


@pytest.fixture(scope="module")
def real_backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    data_dir = tmp_path_factory.mktemp("fuzz-data")
    service = ProfileService(data_dir, kdf=FAST_KDF)
    profile = service.create_profile("Eeva", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    ws.clients.create_client({"first_names": "Aino", "last_name": "Virtanen", "temporary_id": "TMP-1",
                              "municipality_code": "491"})
    target = data_dir / "b.sopiva-backup"
    ws.backups.back_up_to(target)
    ws.close()
    return data_dir, target.read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutations_of_a_real_backup_are_refused_cleanly(real_backup: tuple[Path, bytes], data: st.DataObject) -> None:
    """Flipped, cut, inserted or overwritten bytes, mostly in the header where the parser works:
    refused with the backup messages, by ``inspect`` or at the latest by the restore."""
    data_dir, good = real_backup
    header_end = PREAMBLE.size + int.from_bytes(good[10:14], "big")
    offset = data.draw(st.integers(0, header_end + 64), label="offset")
    kind = data.draw(st.sampled_from(["flip", "cut", "insert", "overwrite"]), label="kind")
    if kind == "flip":
        bad = good[:offset] + bytes([good[offset] ^ data.draw(st.integers(1, 255))]) + good[offset + 1:]
    elif kind == "cut":
        bad = good[:offset]
    elif kind == "insert":
        bad = good[:offset] + data.draw(st.binary(min_size=1, max_size=16)) + good[offset:]
    else:
        chunk = data.draw(st.binary(min_size=1, max_size=16))
        bad = good[:offset] + chunk + good[offset + len(chunk):]
    path = data_dir / "mutated.sopiva-backup"
    path.write_bytes(bad)
    restorer = ProfileService(data_dir, kdf=FAST_KDF).backup_restorer()
    try:
        restorer.inspect(path)
    except (BackupInvalidError, BackupNewerError):
        return
    # Accepted: the change kept the framing, the digest and every field well formed (a flip inside
    # a string value of the header, say). Then the passphrase wrap or the header MAC refuses it.
    with pytest.raises((BackupInvalidError, WrongPassphraseError)):
        restorer.restore(path, DEMO_PASSPHRASE)
    assert len(ProfileService(data_dir).profiles()) == 1


def test_a_key_derivation_too_costly_to_attempt_is_refused(real_backup: tuple[Path, bytes]) -> None:
    data_dir, good = real_backup
    length = int.from_bytes(good[10:14], "big")
    header = json.loads(good[PREAMBLE.size:PREAMBLE.size + length])
    header["passphrase_wrap"]["kdf"]["memory_kib"] = 1 << 30  # a terabyte: would never finish
    body = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    path = data_dir / "costly.sopiva-backup"
    path.write_bytes(PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(body)) + body + good[PREAMBLE.size + length:])
    with pytest.raises(BackupInvalidError):
        ProfileService(data_dir, kdf=FAST_KDF).backup_restorer().restore(path, DEMO_PASSPHRASE)


def test_a_backup_of_a_newer_app_says_so(real_backup: tuple[Path, bytes]) -> None:
    from sopiva_desk.services.errors import BackupNewerError

    data_dir, good = real_backup
    length = int.from_bytes(good[10:14], "big")
    header = json.loads(good[PREAMBLE.size:PREAMBLE.size + length])
    header["schema_revision"] = "9999"
    body = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    path = data_dir / "newer.sopiva-backup"
    path.write_bytes(PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(body)) + body + good[PREAMBLE.size + length:])
    with pytest.raises(BackupNewerError):
        ProfileService(data_dir, kdf=FAST_KDF).backup_restorer().restore(path, DEMO_PASSPHRASE)
    (data_dir / "newer.sopiva-backup").write_bytes(PREAMBLE.pack(MAGIC, FORMAT_VERSION + 1, 2) + b"{}")
    with pytest.raises(BackupNewerError):
        ProfileService(data_dir, kdf=FAST_KDF).backup_restorer().inspect(path)
