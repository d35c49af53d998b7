"""`python -m sopiva_desk` runs the same entry point as the `sopiva-desk` command."""

import sys

from sopiva_desk.cli import main

sys.exit(main())
