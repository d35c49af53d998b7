"""Single source of the version number (read by the build and the packaging spec)."""

__version__ = "0.1.0"
