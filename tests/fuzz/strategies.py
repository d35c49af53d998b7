"""Hypothesis strategies for fuzzing parsers of outside input: any JSON/TOML-shaped value, and a
valid document with one part changed (what finds bugs past the first type check)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
           | st.sampled_from(["", "fi", "sv", "en", "0", "-1", "2026-02-30", "1F3E0", "x" * 300]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, doc: Any, changes: int = 3) -> Any:
    """``doc`` with up to ``changes`` parts replaced by any value, removed, or given an extra key."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, changes))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        if not path:
            return draw(values)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "remove", "extra"]))
        if action == "replace":
            parent[path[-1]] = draw(values)
        elif action == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(values)
        else:
            parent.append(draw(values))
    return doc
