"""Sopiva Desk: offline case work for service counsellors in Finnish disability services."""

from sopiva_desk._version import __version__

__all__ = ["__version__"]
