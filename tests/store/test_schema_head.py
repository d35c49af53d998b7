"""The head revision the store checks at unlock without loading Alembic is Alembic's head."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sopiva_desk.store import migrate
from sopiva_desk.store.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_head_constant_is_alembics_head() -> None:
    assert HEAD_REVISION == migrate.head_revision(), "a new migration: update sopiva_desk/store/schema.py"


def test_an_unlock_of_a_current_store_does_not_load_alembic(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sopiva_desk.services.profiles import ProfileService\n"
        "from tests.conftest import FAST_KDF, DEMO_PASSPHRASE\n"
        f"service = ProfileService(Path({str(tmp_path)!r}), kdf=FAST_KDF)\n"
        "profile = service.create_profile('Testi', DEMO_PASSPHRASE, DEMO_PASSPHRASE)\n"
        "for name in [m for m in sys.modules if m.split('.')[0] == 'alembic' or m == 'sopiva_desk.store.migrate']:\n"
        "    del sys.modules[name]\n"
        "service.unlock(profile.profile_id, DEMO_PASSPHRASE).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
