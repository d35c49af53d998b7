"""Command line: ``sopiva-desk [--data-dir DIR] [--demo] [--smoke]`` and ``sopiva-desk profile …``."""

from __future__ import annotations

import argparse
import sys

from sopiva_desk import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sopiva-desk")
    parser.add_argument("--version", action="version", version=f"Sopiva Desk {__version__}")
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
