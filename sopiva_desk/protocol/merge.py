"""Three-way field-group merge (docs/sync-protocol.md "Merge"), pure: no storage, no clock.

The server runs :func:`merge_mutation` on every pushed mutation; the laptop runs
:func:`merge_pulled` on every pulled record it still has pending changes for. Nothing is ever
silently overwritten: a group is applied whole, found already equal, or kept as a conflict
holding the base, server and device values of each of its paths.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from typing import Any, Literal

from sopiva_desk.protocol.entities import STAMPS, Entity, apply_paths, entity, group_closure, paths_of

Action = Literal["noop", "apply", "conflict"]
Outcome = Literal["applied", "merged", "conflict"]


@dataclass(frozen=True)
class GroupDecision:
    #: Every path of the group, sorted (paths the device did not change included).
    paths: tuple[str, ...]
    action: Action


@dataclass(frozen=True)
class MergeResult:
    outcome: Outcome
    decisions: tuple[GroupDecision, ...]
    #: The paths to write and their new values (only groups that were applied).
    applied: dict[str, Any]
    #: ``{path: {"base", "server", "device"}}`` for every path of every conflicting group.
    conflict_fields: dict[str, dict[str, Any]]

    @property
    def changes_record(self) -> bool:
        return bool(self.applied)


def _spec(name: Entity | str) -> Entity:
    return entity(name) if isinstance(name, str) else name


def merge_mutation(
    entity_name: Entity | str,
    server_data: Mapping[str, Any] | None,
    field_revs: Mapping[str, int],
    server_revision: int,
    base_rev: int,
    changed: Mapping[str, Any],
    base: Mapping[str, Any] | None,
) -> MergeResult:
    """Decide, group by group, what a mutation does to the server's current record.

    ``server_data`` is the record's columns (``None`` when the server has no such record: every
    group applies). ``changed``/``base`` are paths. Stamps in ``changed`` are ignored.
    """
    spec = _spec(entity_name)
    changed = {path: value for path, value in changed.items() if path not in STAMPS}
    base = dict(base or {})
    if server_data is None:
        decisions = tuple(
            GroupDecision(tuple(sorted(group)), "apply") for group in _groups(spec, changed)
        )
        return MergeResult("applied", decisions, dict(changed), {})

    current = paths_of(spec, server_data)
    decisions: list[GroupDecision] = []
    applied: dict[str, Any] = {}
    conflicts: dict[str, dict[str, Any]] = {}
    for group in _groups(spec, changed):
        paths = tuple(sorted(group))
        touched = [path for path in paths if path in changed]
        if all(_same(current.get(path), changed[path]) for path in touched):
            decisions.append(GroupDecision(paths, "noop"))
            continue
        if all(_untouched_since_base(path, current, field_revs, base_rev, base) for path in paths):
            decisions.append(GroupDecision(paths, "apply"))
            applied.update({path: changed[path] for path in touched})
            continue
        decisions.append(GroupDecision(paths, "conflict"))
        for path in paths:
            device = changed[path] if path in changed else base.get(path)
            conflicts[path] = {"base": base.get(path), "server": current.get(path), "device": device}

    if conflicts:
        outcome: Outcome = "conflict"
    elif server_revision == base_rev and all(d.action == "apply" for d in decisions):
        outcome = "applied"
    else:
        outcome = "merged"
    return MergeResult(outcome, tuple(decisions), applied, conflicts)


def _groups(spec: Entity, changed: Mapping[str, Any]) -> list[set[str]]:
    """The groups the changed paths touch, each with all its paths, in a stable order."""
    seen: dict[tuple[str, ...], set[str]] = {}
    for path in sorted(changed):
        group = spec.group_of(path)
        seen.setdefault(group, set(group))
    return list(seen.values())


def _untouched_since_base(path: str, current: Mapping[str, Any], field_revs: Mapping[str, int], base_rev: int,
                          base: Mapping[str, Any]) -> bool:
    if field_revs.get(path, 0) <= base_rev:
        return True
    return path in base and _same(current.get(path), base[path])


def _same(left: Any, right: Any) -> bool:
    """JSON equality: 1 and 1.0 are equal, True and 1 are not (they differ on the wire)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    return type(left) is type(right) and left == right


def same_value(left: Any, right: Any) -> bool:
    """Public face of the equality the merge uses."""
    return _same(left, right)


def merge_pulled(
    entity_name: Entity | str,
    local: Mapping[str, Any],
    incoming: Mapping[str, Any],
    pending_paths: Set[str],
) -> dict[str, Any]:
    """The record a laptop keeps after pulling ``incoming`` while its own changes are pending.

    Paths of a group that a pending outbox mutation touches keep the local values (the push
    will apply them or the server will record a conflict); every other path takes the server's.
    Columns are in, columns out.
    """
    spec = _spec(entity_name)
    keep = group_closure(spec, pending_paths)
    local_paths = paths_of(spec, local)
    kept = {path: local_paths[path] for path in keep if path in local_paths}
    return apply_paths(spec, dict(incoming), kept)
