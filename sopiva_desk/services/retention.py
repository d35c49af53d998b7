"""The retention periods on this computer (``resources/reference/retention.toml``).

The laptop only shows them: when a closed client's records reach the end of their retention,
the central records purge them (``sopiva-central retention``); the laptop removes closed cases
much earlier, once synced (``services/sync/purge.py``). docs/security.md, "Retention".
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache

from sopiva_desk.domain.retention import RetentionRules, parse_rules
from sopiva_desk.resources import resource_path

RULES_FILE = ("reference", "retention.toml")


@cache
def rules() -> RetentionRules:
    """The shipped rules, read once (a broken file is a bug of the build: ``RetentionRulesError``)."""
    return parse_rules(tomllib.loads(resource_path(*RULES_FILE).read_text(encoding="utf-8")))


def client_record_ends_on(closed_on: date | None) -> date | None:
    """The first day the closed client's own record is no longer kept; ``None`` while not closed."""
    return None if closed_on is None else rules().client_record_ends_on(closed_on)
