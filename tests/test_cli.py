"""The command line as IT staff and CI use it: version, headless profiles, smoke start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sopiva_desk import __version__

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str = "", data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "sopiva_desk", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_profile_create_reads_the_passphrase_from_stdin(tmp_path: Path) -> None:
    created = run("profile", "create", "--name", "Liisa Laitinen", stdin="harbour violin maple seven\n",
                  data_dir=tmp_path)
    assert created.returncode == 0, created.stderr
    listed = run("profile", "list", data_dir=tmp_path)
    assert "Liisa Laitinen" in listed.stdout
    assert "harbour" not in created.stdout + created.stderr + listed.stdout


def test_profile_create_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    result = run("profile", "create", "--name", "Liisa", stdin="salasana\n", data_dir=tmp_path)
    assert result.returncode == 2
    assert "passphrase.too_short" in result.stderr
    assert run("profile", "list", data_dir=tmp_path).stdout == ""


def test_recovery_round_trip(tmp_path: Path) -> None:
    keys_dir = tmp_path / "office"
    data = tmp_path / "data"
    data.mkdir()
    made = run("admin", "recovery-keygen", "--private-out", str(keys_dir / "office.pem"),
               "--public-out", str(data / "recovery_public_key.pem"), stdin="a long office key password\n")
    assert made.returncode == 0, made.stderr
    assert (keys_dir / "office.pem").stat().st_mode & 0o077 == 0
    run("profile", "create", "--name", "Liisa", stdin="harbour violin maple seven\n", data_dir=data)
    profile_id = run("profile", "list", data_dir=data).stdout.split("\t")[0]
    recovered = run("profile", "recover", "--profile", profile_id, "--recovery-private-key",
                    str(keys_dir / "office.pem"), stdin="a long office key password\nkettle lake autumn train\n",
                    data_dir=data)
    assert recovered.returncode == 0, recovered.stderr


@pytest.mark.slow
def test_smoke_start_opens_the_main_window(tmp_path: Path) -> None:
    result = run("--demo", "--smoke", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is up: main window shown, 200 clients" in result.stderr


LETTERHEAD = """[name]
fi = "Etelä-Savon hyvinvointialue"
sv = "Välfärdsområdet i Södra Savolax"

[unit]
fi = "Vammaispalvelut"
sv = "Handikappservice"

[address]
fi = "PL 50, 50101 Mikkeli"
sv = "PB 50, 50101 S:t Michel"

[contact]
phone = "+358 15 351 11"
email = "kirjaamo@esavo.fi"
web = "www.esavo.fi"
oid = "1.2.246.10.12345678"
"""


def test_admin_letterhead_set_show_and_clear(tmp_path: Path) -> None:
    empty = run("admin", "letterhead", "show", data_dir=tmp_path)
    assert empty.returncode == 0 and "not configured" in empty.stdout
    source = tmp_path / "letterhead.toml"
    source.write_text(LETTERHEAD, encoding="utf-8")
    logo = ROOT / "resources" / "icons" / "sopiva-desk.svg"
    made = run("admin", "letterhead", "set", str(source), "--logo", str(logo), "--lock", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "logo: svg, locked: yes" in made.stdout
    shown = run("admin", "letterhead", "show", data_dir=tmp_path)
    assert "# logo: svg" in shown.stdout and "# locked: yes" in shown.stdout
    assert LETTERHEAD in shown.stdout  # prints what 'set' reads: edit it and set it again
    from_stdin = run("admin", "letterhead", "set", "-", "--unlock", stdin=LETTERHEAD.replace("Vammaispalvelut",
                                                                                             "Palveluohjaus"),
                     data_dir=tmp_path)
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert "logo: svg, locked: no" in from_stdin.stdout  # the logo is kept unless --logo or --no-logo
    assert 'fi = "Palveluohjaus"' in run("admin", "letterhead", "show", data_dir=tmp_path).stdout
    assert run("admin", "letterhead", "clear", data_dir=tmp_path).returncode == 0
    assert "not configured" in run("admin", "letterhead", "show", data_dir=tmp_path).stdout


def test_admin_letterhead_refuses_with_the_reasons(tmp_path: Path) -> None:
    wrong = LETTERHEAD.replace('"1.2.246.10.12345678"', '"1.2.246.010"').replace('"kirjaamo@esavo.fi"', '"kirjaamo"')
    refused = run("admin", "letterhead", "set", "-", "--logo", str(ROOT / "README.md"), stdin=wrong,
                  data_dir=tmp_path)
    assert refused.returncode == 2
    assert "email: Enter an e-mail address" in refused.stderr
    assert "oid: Enter the organisation's OID as numbers separated by dots" in refused.stderr
    assert "logo: Choose a PNG or SVG picture as the logo. (letterhead.logo_format)" in refused.stderr
    typo = run("admin", "letterhead", "set", "-", stdin=LETTERHEAD.replace("[address]", "[adress]"),
               data_dir=tmp_path)
    assert typo.returncode == 2 and "adress: Not a part of the letterhead" in typo.stderr
    assert not (tmp_path / "letterhead.json").exists()


def test_backup_restore_and_rekey_from_the_command_line(tmp_path: Path) -> None:
    laptop, other = tmp_path / "laptop", tmp_path / "other"
    passphrase = "harbour violin maple seven\n"
    run("profile", "create", "--name", "Liisa Laitinen", stdin=passphrase, data_dir=laptop)
    profile_id = run("profile", "list", data_dir=laptop).stdout.split("\t")[0]
    target = tmp_path / "usb" / "liisa.sopiva-backup"
    target.parent.mkdir()
    made = run("profile", "backup", "--profile", profile_id, "--file", str(target), stdin=passphrase,
               data_dir=laptop)
    assert made.returncode == 0, made.stderr
    assert "written and verified" in made.stdout
    wrong = run("profile", "restore", "--file", str(target), stdin="not the passphrase at all\n", data_dir=other)
    assert wrong.returncode == 1 and "Wrong passphrase" in wrong.stderr
    restored = run("profile", "restore", "--file", str(target), stdin=passphrase, data_dir=other)
    assert restored.returncode == 0, restored.stderr
    assert "restored as profile" in restored.stdout
    assert "Liisa Laitinen" in run("profile", "list", data_dir=other).stdout
    damaged = tmp_path / "damaged.sopiva-backup"
    damaged.write_bytes(target.read_bytes()[:-100])
    refused = run("profile", "restore", "--file", str(damaged), stdin=passphrase, data_dir=other)
    assert refused.returncode == 1 and "backup.invalid" in refused.stderr
    rekeyed = run("profile", "rekey", "--profile", profile_id, stdin=passphrase, data_dir=laptop)
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert list((laptop / "backups").glob("*.sopiva-backup"))
    again = run("profile", "backup", "--profile", profile_id, "--file", str(target), stdin=passphrase,
                data_dir=laptop)
    assert again.returncode == 0, again.stderr  # opens under the new key with the same passphrase
    assert "harbour" not in made.stdout + restored.stdout + rekeyed.stdout + refused.stderr


def test_the_data_folder_may_be_named_before_or_after_the_subcommand(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    created = subprocess.run([sys.executable, "-m", "sopiva_desk", "--data-dir", str(before), "profile", "create",
                              "--name", "Liisa Laitinen"], input="harbour violin maple seven\n",
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert created.returncode == 0, created.stderr
    assert str(before.resolve()) in created.stdout and any(before.iterdir())
    assert "Liisa Laitinen" in run("profile", "list", data_dir=before).stdout
    assert "Liisa Laitinen" not in run("profile", "list", data_dir=after).stdout
