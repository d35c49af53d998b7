"""Both ends know the same natural keys: every unique index of a synchronised table in the laptop
store is one of ``protocol.entities.NATURAL_KEYS`` (the server refuses a second living holder, the
pull holds one aside), and each of those is such an index over living rows."""

from __future__ import annotations

from sopiva_desk.protocol.entities import NATURAL_KEYS, SYNCED, is_deleted
from sopiva_desk.store.models import Base


def test_every_unique_index_of_a_synced_table_is_a_natural_key_of_both_ends() -> None:
    found = {}
    for name in SYNCED:
        table = Base.metadata.tables[name]
        for index in table.indexes:
            if index.unique:
                found[name] = (index.name, tuple(column.name for column in index.columns),
                               str(index.dialect_options["sqlite"]["where"]))
        assert not [c for c in table.constraints if type(c).__name__ == "UniqueConstraint"], name
    assert {name: (key.index, key.columns) for name, key in NATURAL_KEYS.items()} == \
        {name: (index, columns) for name, (index, columns, _) in found.items()}
    for _, _, where in found.values():
        assert "deleted_at IS NULL" in where  # only living records hold a key


def test_a_key_is_held_only_by_a_living_record_with_every_value() -> None:
    key = NATURAL_KEYS["payment_commitment"]
    assert key.of({"budget_id": "b", "number": "MS-2", "deleted_at": None}) == ("b", "MS-2")
    assert key.of({"budget_id": "b", "number": "MS-2", "deleted_at": "2026-12-07T09:00:00+00:00"}) is None
    assert NATURAL_KEYS["client"].of({"hetu": None, "temporary_id": "T-1"}) is None
    assert not is_deleted({})
