"""What a counsellor can choose for one conflicting group, and the values each choice gives (pure).

- **mine / theirs**: every path of the group takes one side's value (a group is decided whole:
  an address's street, postal code and post office never mix two versions).
- **both**: only for free text (both texts kept, each under a mark naming whose it is) and for
  lists (the union: mine, then what only theirs has; rows with an ``id`` are one row per id).
  Other fields (dates, codes, numbers, an identity code) have no "both".
- **edited**: free text typed or corrected by hand, starting from the suggested three-way merge:
  the changes the other side made since the common base (``diff-match-patch`` patches of base →
  theirs), applied onto mine. Whether every patch applied cleanly is reported, so the screen can
  say when the suggestion needs a careful read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from diff_match_patch import diff_match_patch
from sqlalchemy import Text

from sopiva_desk.protocol.entities import SEPARATOR, entity

Kind = Literal["text", "list", "value"]
MINE, THEIRS, BOTH, EDITED = "mine", "theirs", "both", "edited"


@dataclass(frozen=True)
class Suggestion:
    """The suggested merge of one free-text path: ``text``, and whether every change of the other
    side applied cleanly onto mine (``clean``); not clean means a person should read it closely."""

    text: str
    clean: bool


@dataclass(frozen=True)
class Edited:
    """Values typed by hand for the text paths of a group (the others keep mine)."""

    values: Mapping[str, str]


Choice = Literal["mine", "theirs", "both"] | Edited


def three_way(base: str | None, mine: str | None, theirs: str | None) -> Suggestion:
    """Their changes since ``base`` applied onto ``mine``."""
    base, mine, theirs = base or "", mine or "", theirs or ""
    if mine == theirs or theirs == base:
        return Suggestion(mine, True)
    if mine == base:
        return Suggestion(theirs, True)
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.4  # a patch whose context moved a little still finds its place, a wrong one fails
    text, applied = dmp.patch_apply(dmp.patch_make(base, theirs), mine)
    return Suggestion(text, all(applied))


def is_text_column(model: type | None, path: str) -> bool:
    """A free-text field: a ``Text`` column (notes, reasons, how I communicate); short ``String``
    columns are names, codes and numbers, which have no "both" and no hand merge."""
    column, sep, _key = path.partition(SEPARATOR)
    if sep or model is None:
        return False
    table = getattr(model, "__table__", None)
    return table is not None and column in table.c and isinstance(table.c[column].type, Text)


def kind_of(model: type | None, entity_name: str, values: Mapping[str, Sequence[Any]]) -> Kind:
    """What kind of group this is, from its columns and the values (base, mine, theirs) of each path."""
    present = [value for sides in values.values() for value in sides if value is not None]
    if present and all(isinstance(value, list) for value in present):
        return "list"
    if not present or not all(isinstance(value, str) for value in present):
        return "value"
    spec = entity(entity_name)
    for path, sides in values.items():
        column, sep, _key = path.partition(SEPARATOR)
        if sep and column in spec.object_columns:
            # A free answer or note is prose; a choice's code never has a space in it.
            if not any(isinstance(v, str) and any(ch.isspace() for ch in v) for v in sides):
                return "value"
        elif not is_text_column(model, path):
            return "value"
    return "text"


def both_text(mine: str | None, theirs: str | None, marks: tuple[str, str]) -> str:
    """Both texts, mine first, each under its mark; one side empty or both equal: the other one."""
    mine, theirs = mine or "", theirs or ""
    if not theirs.strip() or mine == theirs:
        return mine
    if not mine.strip():
        return theirs
    mine_mark, theirs_mark = marks
    return f"{mine_mark}\n{mine}\n\n{theirs_mark}\n{theirs}"


def union(mine: list[Any] | None, theirs: list[Any] | None) -> list[Any]:
    """Mine, then whatever only theirs has (rows with an ``id``: one per id, mine's version)."""
    result = list(mine or [])
    seen_ids = {row.get("id") for row in result if isinstance(row, dict) and row.get("id") is not None}
    for item in theirs or []:
        if isinstance(item, dict) and item.get("id") is not None:
            if item["id"] not in seen_ids:
                result.append(item)
                seen_ids.add(item["id"])
        elif item not in result:
            result.append(item)
    return result


def offered(kind: Kind) -> tuple[str, ...]:
    """The choices the screen offers for a group of this kind."""
    if kind == "text":
        return (MINE, THEIRS, BOTH, EDITED)
    if kind == "list":
        return (MINE, THEIRS, BOTH)
    return (MINE, THEIRS)


def chosen_values(kind: Kind, choice: Choice, mine: Mapping[str, Any], theirs: Mapping[str, Any],
                  marks: tuple[str, str]) -> dict[str, Any]:
    """The value of every path of the group under ``choice`` (``ValueError``: not offered for it)."""
    name = EDITED if isinstance(choice, Edited) else choice
    if name not in offered(kind):
        raise ValueError(f"{name!r} is not a choice for a {kind} group")
    if choice == MINE:
        return dict(mine)
    if choice == THEIRS:
        return dict(theirs)
    if choice == BOTH:
        if kind == "list":
            return {path: union(mine[path], theirs[path]) for path in mine}
        return {path: both_text(mine[path], theirs[path], marks) for path in mine}
    assert isinstance(choice, Edited)
    unknown = set(choice.values) - set(mine)
    if unknown:
        raise ValueError(f"edited values for paths outside the group: {sorted(unknown)}")
    return {path: choice.values.get(path, mine[path]) for path in mine}
