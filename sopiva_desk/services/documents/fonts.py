"""The documents' fonts live in ``sopiva_desk.reports.fonts`` (the access report, which the
central server renders too, embeds the same family without importing the services)."""

from sopiva_desk.reports.fonts import BOLD, ITALIC, REGULAR, missing_glyphs, register_fonts

__all__ = ["BOLD", "ITALIC", "REGULAR", "missing_glyphs", "register_fonts"]
