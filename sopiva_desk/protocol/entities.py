"""Which entities sync, their fields, the groups of fields that conflict together, and paths.

A mutation names fields by **path**: a column (``last_name``) or, for a JSON *object* column,
one level deeper (``answers/mobility.walks``). Lists and scalars are whole values. The path
separator is the first ``/``: a column name never contains one, a key may.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SEPARATOR = "/"

#: Stamps every synchronised record carries. Never merged or conflicted: the server sets its own.
STAMPS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})
#: Fields a client never changes once a record exists.
IMMUTABLE = frozenset({"id"})
#: Fields only the server writes, per entity: a print job's pinned revision of the record it
#: prints (docs/sync-protocol.md, "Print jobs"). What a device sends for them is ignored.
SERVER_OWNED: dict[str, frozenset[str]] = {"print_job": frozenset({"record_revision"})}
_SYNC_COMMON = ("id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by")
_DELETION_GROUP = ("deleted_at", "deleted_by")
_HISTORY_COMMON = ("id", "field_key", "old_value", "new_value", "changed_at", "changed_by", "changed_by_name", "reason")


@dataclass(frozen=True)
class Entity:
    name: str
    columns: frozenset[str]
    #: JSON object columns whose keys are paths of their own (``column/key``).
    object_columns: frozenset[str] = frozenset()
    #: Groups of paths that are applied or conflicted together.
    groups: tuple[tuple[str, ...], ...] = ()
    #: Created once, never changed (history rows).
    append_only: bool = False
    #: The column naming the record's client, when the record has one.
    client_column: str | None = "client_id"
    #: The column naming the parent record, for history rows and records found through a parent.
    parent: tuple[str, str] | None = None  # (column, parent entity)
    _group_of: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for group in self.groups:
            for path in group:
                self._group_of[path] = group

    def group_of(self, path: str) -> tuple[str, ...]:
        """The group a path belongs to: its declared group, or the path alone."""
        return self._group_of.get(path, (path,))

    def is_known_path(self, path: str) -> bool:
        column, sep, key = path.partition(SEPARATOR)
        if sep:
            return column in self.object_columns and key != ""
        return column in self.columns


def _sync(name: str, columns: Iterable[str], *, objects: Iterable[str] = (), groups: Iterable[tuple[str, ...]] = (),
          client_column: str | None = "client_id", parent: tuple[str, str] | None = None) -> Entity:
    return Entity(
        name=name,
        columns=frozenset((*columns, *_SYNC_COMMON)),
        object_columns=frozenset(objects),
        groups=(*groups, _DELETION_GROUP),
        client_column=client_column,
        parent=parent,
    )


def _history(name: str, parent_column: str, parent_entity: str) -> Entity:
    return Entity(
        name=name,
        columns=frozenset((*_HISTORY_COMMON, parent_column)),
        append_only=True,
        client_column=None,
        parent=(parent_column, parent_entity),
    )


_ENTITIES: tuple[Entity, ...] = (
    _sync("client", ("first_names", "last_name", "hetu", "temporary_id", "birth_date", "language", "other_language",
                     "municipality_code", "street_address", "postal_code", "post_office", "phone",
                     "communication_methods", "communication_notes", "own_worker", "status", "closed_on"),
          groups=(("street_address", "postal_code", "post_office"), ("hetu", "temporary_id", "birth_date"),
                  ("status", "closed_on")),
          client_column="id"),
    _sync("close_person", ("client_id", "name", "relation", "phone", "roles", "notes")),
    _sync("visit", ("client_id", "starts_at", "ends_at", "way", "place", "participants", "absent", "notes", "status",
                    "planned_at", "cancelled_at", "cancel_reason"),
          groups=(("starts_at", "ends_at", "planned_at"),)),
    _sync("assessment", ("client_id", "visit_id", "series_id", "version_no", "supersedes_id", "template_id",
                         "template_version", "status", "answers", "amend_reason", "completed_at", "completed_by"),
          objects=("answers",)),
    _sync("decision_session", ("client_id", "visit_id", "assessment_id", "plan_id", "series_id", "version_no",
                               "supersedes_id", "status", "content", "amend_reason", "completed_at", "completed_by"),
          objects=("content",)),
    _sync("client_plan", ("client_id", "series_id", "version_no", "supersedes_id", "status", "content",
                          "assessment_id", "decision_session_ids", "amend_reason", "agreed_on", "agreed_at",
                          "agreed_by"),
          objects=("content",)),
    _sync("personal_budget", ("client_id", "plan_id", "state", "period_start", "period_end", "lines",
                              "reference_lines", "justification", "decision_date", "decision_reference",
                              "allocation_cents", "reference_cents", "overlap_reason"),
          # A total is its lines' sum: never applied or chosen apart from them (the overview reads it).
          groups=(("period_start", "period_end"), ("lines", "allocation_cents"),
                  ("reference_lines", "reference_cents"))),
    _sync("payment_commitment", ("budget_id", "number", "provider", "service_code", "max_cents", "valid_from",
                                 "valid_to", "correction_reason", "cancel_reason"),
          groups=(("max_cents", "valid_from", "valid_to"),), client_column=None,
          parent=("budget_id", "personal_budget")),
    _sync("realised_use", ("budget_id", "used_on", "provider", "budget_line_id", "units", "amount_cents",
                           "commitment_number", "amount_reason", "correction_reason", "cancel_reason"),
          groups=(("budget_line_id", "units", "amount_cents", "amount_reason"),), client_column=None,
          parent=("budget_id", "personal_budget")),
    _sync("plan_review", ("client_id", "plan_id", "review_date", "status", "ratings", "wellbeing", "notes",
                          "completed_at", "completed_by")),
    _sync("print_job", ("client_id", "document_kind", "record_id", "language", "status", "requested_at",
                        "requested_by", "requested_by_name", "printed_at", "printed_by", "printed_by_name",
                        "record_revision")),
    _sync("disclosure", ("client_id", "document_kind", "record_id", "document_id", "data", "recipient",
                         "recipient_organisation", "method", "basis",
                         "basis_detail", "purpose", "disclosed_on", "discloser", "discloser_name")),
    _history("assessment_change", "assessment_id", "assessment"),
    _history("decision_session_change", "session_id", "decision_session"),
    _history("client_plan_change", "plan_id", "client_plan"),
    _history("personal_budget_change", "budget_id", "personal_budget"),
    _history("plan_review_change", "review_id", "plan_review"),
)

ENTITIES: dict[str, Entity] = {entity.name: entity for entity in _ENTITIES}
#: Entities that devices push and pull, in an order where parents come before children.
SYNCED = tuple(entity.name for entity in _ENTITIES if not entity.append_only)
HISTORY = tuple(entity.name for entity in _ENTITIES if entity.append_only)
#: Reference data: server → devices only, never pushed, no client.
REFERENCE = "reference"
REFERENCE_KINDS = ("service_catalogue", "price_list", "assessment_template", "municipalities")


@dataclass(frozen=True)
class NaturalKey:
    """Columns that name one living record of an entity: the laptop store holds them in a unique
    index (``index``) over its living rows, so the server takes no second living record with the
    same values (``reason``, the push's rejection) and a laptop holds a pulled record that collides
    with one of its own aside instead of failing the page (docs/sync-protocol.md, "Natural keys")."""

    entity: str
    columns: tuple[str, ...]
    index: str
    reason: str

    def of(self, data: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The key of a living record, or None when it has none (a value missing, or deleted)."""
        if is_deleted(data):
            return None
        values = tuple(data.get(column) for column in self.columns)
        return None if any(value is None for value in values) else values


#: Per entity, its natural key. The store's unique indexes on synchronised tables are these
#: (tests/protocol/test_natural_keys.py keeps the two ends the same).
NATURAL_KEYS: dict[str, NaturalKey] = {key.entity: key for key in (
    NaturalKey("client", ("hetu",), "uq_client__hetu_alive", "duplicate_identity_code"),
    NaturalKey("payment_commitment", ("budget_id", "number"), "uq_payment_commitment__budget_number_alive",
               "duplicate_commitment_number"),
)}


def entity(name: str) -> Entity:
    """The entity called ``name``; ``KeyError`` when it does not sync."""
    return ENTITIES[name]


def paths_of(entity: Entity | str, data: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a record's columns to paths: object columns one level down, everything else whole."""
    spec = ENTITIES[entity] if isinstance(entity, str) else entity
    paths: dict[str, Any] = {}
    for column, value in data.items():
        if column in spec.object_columns and isinstance(value, Mapping):
            for key, inner in value.items():
                paths[f"{column}{SEPARATOR}{key}"] = inner
        else:
            paths[column] = value
    return paths


def unflatten(entity: Entity | str, paths: Mapping[str, Any]) -> dict[str, Any]:
    """Paths back to columns; ``unflatten(e, paths_of(e, d)) == d`` except for empty object columns."""
    return apply_paths(entity, {}, paths)


def apply_paths(entity: Entity | str, data: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with each path in ``values`` set (object columns are copied, not shared)."""
    spec = ENTITIES[entity] if isinstance(entity, str) else entity
    result = dict(data)
    for path, value in values.items():
        column, sep, key = path.partition(SEPARATOR)
        if sep and column in spec.object_columns:
            inner = result.get(column)
            inner = dict(inner) if isinstance(inner, Mapping) else {}
            inner[key] = value
            result[column] = inner
        else:
            result[path] = value
    return result


def group_closure(entity: Entity | str, paths: Iterable[str]) -> set[str]:
    """Every path of every group that ``paths`` touch (laptops send base values for all of them)."""
    spec = ENTITIES[entity] if isinstance(entity, str) else entity
    closure: set[str] = set()
    for path in paths:
        closure.update(spec.group_of(path))
    return closure


def is_deleted(data: Mapping[str, Any]) -> bool:
    return data.get("deleted_at") is not None
