"""Who is working: recorded on every change and in the access log."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: str
    user_name: str
