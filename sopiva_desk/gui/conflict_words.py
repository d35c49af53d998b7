"""A conflict's values in words for the counsellor: never raw JSON.

Values come as the wire holds them (``docs/sync-protocol.md``: ISO dates and times, codes,
lists, rows as objects, money in cents). Dates are written as Finns write them, list codes
through ``gui/labels.py`` (client status, language, communication methods, close persons'
roles), municipality codes by name, money in euros, yes/no in words; a list of rows becomes
one line per row with the row's own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.labels import language_label, method_label, role_label, status_label
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.widgets.budget_parts import money_text
from sopiva_desk.protocol.entities import SEPARATOR

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_CODE_LABELS = {"status": status_label, "language": language_label, "communication_methods": method_label,
                "roles": role_label}
_ROW_SKIP = frozenset({"id", "goal_id", "option_id", "created_at", "updated_at"})


def empty_words() -> str:
    return _t("Conflicts", "(empty)")


def value_words(entity: str, path: str, value: Any, language: str) -> str:
    """``value`` of ``path`` as a person reads it, in the interface ``language``."""
    column = path.partition(SEPARATOR)[0]
    if value is None or value == "" or value == [] or value == {}:
        return empty_words()
    if isinstance(value, bool):
        return _t("Conflicts", "Yes") if value else _t("Conflicts", "No")
    if entity == "client" and column == "municipality_code" and isinstance(value, str):
        return _municipality(value, language)
    label = _CODE_LABELS.get(column) if entity in ("client", "close_person") else None
    if isinstance(value, list):
        return "\n".join(_item_words(item, label, language) for item in value)
    if label is not None and isinstance(value, str):
        return label(value)
    if isinstance(value, int) and column.endswith("_cents"):
        return money_text(value, language)
    if isinstance(value, dict):
        return _row_words(value, language)
    return _scalar_words(value)


def _item_words(item: Any, label: Any, language: str) -> str:
    if isinstance(item, dict):
        return "• " + _row_words(item, language)
    if label is not None and isinstance(item, str):
        return label(item)
    return _scalar_words(item)


def _row_words(row: Mapping[str, Any], language: str) -> str:
    """A row's own words (its texts, dates, numbers), ids left out."""
    parts = []
    for key, value in row.items():
        if key in _ROW_SKIP or value in (None, "", [], {}):
            continue
        if isinstance(value, dict | list):
            inner = value_words("", key, value, language).replace("\n", "; ")
            parts.append(inner)
        elif isinstance(value, int) and not isinstance(value, bool) and key.endswith("_cents"):
            parts.append(money_text(value, language))
        else:
            parts.append(_scalar_words(value))
    return " · ".join(parts) or empty_words()


def _scalar_words(value: Any) -> str:
    if isinstance(value, bool):
        return _t("Conflicts", "Yes") if value else _t("Conflicts", "No")
    if isinstance(value, str):
        if _DAY.match(value):
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
        if _MOMENT.match(value):
            try:
                return format_date_time(datetime.fromisoformat(value))
            except ValueError:
                return value
        return value
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _municipality(code: str, language: str) -> str:
    from sopiva_desk.services import reference

    known = reference.municipality_by_code().get(code)
    return known.name(language) if known is not None else code
