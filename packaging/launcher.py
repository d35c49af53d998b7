"""Entry script for frozen builds (PyInstaller needs a file, not a console-script)."""

import sys

from sopiva_desk.cli import main

sys.exit(main())
