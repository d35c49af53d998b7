"""What the client view is given: plain data only, never a service or a record.

The professional side builds a ``ClientViewContent`` from the decision-making session it
has open. Only the topic and the options are in it, so the client view cannot show any
other data (no identity code, no notes, no other client).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Reaction = Literal["good", "unsure", "not_good"]
REACTIONS: tuple[Reaction, ...] = ("good", "unsure", "not_good")


@dataclass(frozen=True)
class OptionCard:
    """One option to sort: a short title, a plain-language sentence and a pictogram hexcode.

    ``reaction`` is where the card lies now: "good", "unsure", "not_good", or None (unsorted).
    """

    id: str
    title: str
    plain: str = ""
    pictogram: str | None = None
    reaction: Reaction | None = None

    def __post_init__(self) -> None:
        if self.reaction is not None and self.reaction not in REACTIONS:
            raise ValueError(f"unknown reaction {self.reaction!r}")


@dataclass(frozen=True)
class ClientViewContent:
    """The question in plain language and the options the client sorts."""

    topic_plain: str
    options: list[OptionCard] = field(default_factory=list)

    def __post_init__(self) -> None:
        ids = [option.id for option in self.options]
        if len(ids) != len(set(ids)):
            raise ValueError("option ids must be unique")
