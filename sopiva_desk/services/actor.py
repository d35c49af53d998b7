"""Who is working, and why: recorded on every change and in the access log."""

from __future__ import annotations

from dataclasses import dataclass

from sopiva_desk.protocol.access_chain import DEFAULT_PURPOSE, PURPOSES


@dataclass(eq=False)
class Actor:
    """One per unlocked profile, shared by its services: setting ``purpose`` (the counsellor
    chooses it in the window) changes what every later access-log entry records."""

    user_id: str
    user_name: str
    purpose: str = DEFAULT_PURPOSE

    def set_purpose(self, purpose: str) -> None:
        if purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        self.purpose = purpose
