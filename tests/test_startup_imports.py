"""The unlock screen appears before the database stack is loaded (start-up time).

SQLAlchemy and Alembic take ~0.6 s to import on the reference machine; they load in the
background while the unlock screen waits for the passphrase. This guards the structure;
the time itself is measured by `make bench`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_unlock_screen_modules_do_not_import_the_database_stack() -> None:
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import sopiva_desk.app, sopiva_desk.gui.controller, sopiva_desk.gui.unlock_window\n"
        "import sopiva_desk.services.profiles, sopiva_desk.services.demo_central, sopiva_desk.services.demo_server\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'sqlcipher3'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_main_window_leaves_the_document_libraries_for_the_first_document() -> None:
    """reportlab, svglib, pypdf and pypdfium2 cost ~0.5 s to import; only making a document needs them."""
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import sopiva_desk.services.workspace, sopiva_desk.gui.main_window\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'svglib', 'pypdf', 'pypdfium2'})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
